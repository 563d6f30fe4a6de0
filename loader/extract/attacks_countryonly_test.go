package extract

import "testing"

// TestFoldCountryOnlyAttack tests that an attack with no attacker whose
// only place is a country is folded into the one other attack of the
// article that may lie in that country (foldCountryOnly), and that it
// stays an attack of its own beside an attack elsewhere, on another day,
// or beside two candidates.
func TestFoldCountryOnlyAttack(t *testing.T) {
	for _, tt := range []struct {
		name, text    string
		want, notWant []string
	}{
		{
			name:    "a clinic attacked in a country, then placed near its town",
			text:    "Rebels attacked a clinic in eastern Ethiopia, killing nine patients, the charity said. Fighters of the Amber Front stormed the clinic near Gondar late on Monday, officials said.",
			want:    []string{"event:attack-2025-03-24-gondar-by-amber-front target place:gondar"},
			notWant: []string{"event:attack-t-ethiopia"},
		},
		{
			name:    "a dated ambush in a country's north, then the undated village where it was",
			text:    "Gunmen ambushed a bus in Kenya's north on Monday, killing seven people, police said. The bus was stopped near the village of Tarrow by men who opened fire on the passengers.",
			want:    []string{"event:attack-t-tarrow held_in place:tarrow"},
			notWant: []string{"event:attack-2025-03-24-kenya", "event:attack-t-tarrow killed"},
		},
		// near misses: the country-level attack stays
		{
			name: "drones sent into one country beside a strike on a town of another",
			text: "Officials said 20 drones were sent into Ethiopia overnight. Missiles struck Mombasa on Monday, injuring 12 people.",
			want: []string{"event:attack-t-ethiopia target country:ethiopia", "event:attack-2025-03-24-mombasa target place:mombasa"},
		},
		{
			name: "an attack in a country on another day than the one in its town",
			text: "Gunmen attacked a bus in Kenya on Monday, killing seven people. A bomb hit a market in Kisumu on Friday, killing two.",
			want: []string{"event:attack-2025-03-24-kenya target country:kenya", "event:attack-2025-03-21-kisumu target place:kisumu"},
		},
		{
			name: "an older attack compared with, told as 'the bombing'",
			text: "Gunmen attacked a bus in Kenya on Monday, killing four people. It was the deadliest violence since the bombing of a bus station in Voi.",
			want: []string{"event:attack-2025-03-24-kenya target country:kenya"},
		},
		{
			name: "two attacks in towns of the country: which one is unknown",
			text: "Gunmen attacked a bus in Kenya, killing seven people. A bomb hit a market in Kisumu, killing two. Rockets struck a school near Voi, injuring four.",
			want: []string{"event:attack-t-kenya target country:kenya", "event:attack-t-kisumu target place:kisumu", "event:attack-t-voi target place:voi"},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkFacts(t, tt.text, tt.want, tt.notWant)
		})
	}
}
