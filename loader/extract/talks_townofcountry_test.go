package extract

import (
	"testing"

	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// TestTalksInTownOfCountry tests that talks held "in Kazakhstan's
// capital, Astana" or "in the Saudi city of Dammam" are held in the town
// the phrase names (namedPlaceOf), not in its country, and that a
// country whose town is not named stays the place.
func TestTalksInTownOfCountry(t *testing.T) {
	for _, tt := range []struct {
		name, text    string
		want, notWant []string
	}{
		{
			name:    "a country's capital named after a comma",
			text:    "Kenyan and Ethiopian officials held a second round of talks in Kazakhstan's capital, Astana, on Monday.",
			want:    []string{"event:talks-2025-03-24-astana held_in place:astana"},
			notWant: []string{"held_in country:kazakhstan"},
		},
		{
			name:    "a city of a country named by its short name",
			text:    "Negotiators from Kenya and Ethiopia held talks in the Saudi city of Dammam on Monday.",
			want:    []string{"event:talks-2025-03-24-dammam held_in place:dammam"},
			notWant: []string{"held_in country:saudi-arabia"},
		},
		// near misses (regression rows): no town named, the country stays
		{
			name: "a country's capital with no name",
			text: "Kenyan and Ethiopian officials held talks in Kazakhstan's capital on Monday.",
			want: []string{"event:talks-2025-03-24-kazakhstan held_in country:kazakhstan"},
		},
		{
			name: "a capital named in a relative clause on the country",
			text: "Kenyan and Ethiopian officials held talks in Qatar, whose capital, Doha, hosts the mediators, on Monday.",
			want: []string{"event:talks-2025-03-24-qatar held_in country:qatar"},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkFactsGaz(t, gazetteer.Default(), tt.text, tt.want, tt.notWant)
		})
	}
}
