package extract

import "testing"

// placeOfPlaceTests test the place an attack hit when a town's own
// district is named after the town's possessive ("Nairobi's Kibera
// district"): the district, the smaller (firstPlaceAfter).
var placeOfPlaceTests = []struct {
	name, text    string
	want, notWant []string
}{
	{
		name:    "a grenade attack in a town's district hit the district",
		text:    "Gunmen carried out a grenade attack on a bus depot in Nairobi's Kibera district on Tuesday, killing three people, police said.",
		want:    []string{"event:attack-2025-03-25-kibera-district held_in place:kibera-district"},
		notWant: []string{"event:attack-2025-03-25-nairobi"},
	},
	{
		name: "a country's province stays the place hit",
		text: "Ethiopian drones struck a fuel depot in Kenya's Turkana province on Tuesday, killing two guards, officials said.",
		want: []string{"event:attack-2025-03-25-turkana-province-by-ethiopia target place:turkana-province"},
	},
	{
		name:    "a town's mayor names no place",
		text:    "Gunmen attacked a bus depot in Nairobi on Tuesday, killing three people, Nairobi's mayor said.",
		want:    []string{"event:attack-2025-03-25-nairobi target place:nairobi"},
		notWant: []string{"mayor"},
	},
}

func TestPlaceOfPlace(t *testing.T) {
	for _, tt := range placeOfPlaceTests {
		t.Run(tt.name, func(t *testing.T) {
			checkFacts(t, tt.text, tt.want, tt.notWant)
		})
	}
}
