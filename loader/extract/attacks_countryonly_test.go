package extract

import "testing"

// TestFoldCountryOnlyAttack tests that an attack with no attacker whose
// only place is a country is folded into the one other attack of the
// article that may lie in that country (foldCountryOnly), and that it
// stays an attack of its own beside an attack elsewhere, on another day,
// beside two candidates, or beside one that does not tell its target
// again or is told apart ("in a separate attack", "another attack").
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
		{
			name:    "a separate attack on the same day, in a town of the country",
			text:    "Gunmen attacked a police post in Kenya's northern region on Monday, killing nine officers, the army said. In a separate attack on Monday, a landmine hit a lorry near Voi, killing two traders.",
			want:    []string{"event:attack-2025-03-24-kenya target country:kenya"},
			notWant: []string{"event:attack-2025-03-24-voi killed 9"},
		},
		{
			name:    "another attack, on a market in a town of the country",
			text:    "Fighters attacked an army convoy in western Ethiopia, killing five soldiers, officials said. Another attack, on a cattle market in Gondar, killed four herders.",
			want:    []string{"event:attack-t-ethiopia target country:ethiopia"},
			notWant: []string{"event:attack-t-gondar killed 5"},
		},
		{
			name:    "a strike on another target the same day: the victim stays with the first",
			text:    "Armed men attacked a convoy in Kenya on Monday, killing district commissioner Omar Dabar, officials said. A drone strike hit a depot near Kisumu on Monday, killing six fighters.",
			want:    []string{"event:attack-2025-03-24-kenya target country:kenya"},
			notWant: []string{"event:attack-2025-03-24-kisumu victim person:omar-dabar"},
		},
		{
			name:    "a later attack with its own weapon and toll",
			text:    "A suicide bomber attacked a checkpoint in Ethiopia's north on Monday, killing five guards. Later on Monday, gunmen fired rockets at a police camp in Gondar, wounding three officers.",
			want:    []string{"event:attack-2025-03-24-ethiopia target country:ethiopia"},
			notWant: []string{"event:attack-2025-03-24-gondar killed 5"},
		},
		{
			name:    "another kind of camp told with its own modifier: a second attack",
			text:    "Insurgents attacked an army garrison in Ethiopia's west on Monday, killing 16 soldiers, the army said. Rebels stormed the militia camp in Gondar on Monday and burned trucks, witnesses said.",
			want:    []string{"event:attack-2025-03-24-ethiopia target country:ethiopia"},
			notWant: []string{"event:attack-2025-03-24-gondar killed \"16\""},
		},
		{
			name:    "the same modifier told again: one attack",
			text:    "Insurgents attacked an army garrison in Ethiopia's west on Monday, killing 16 soldiers, the army said. Rebels stormed the army camp in Gondar on Monday and burned trucks, witnesses said.",
			want:    []string{"event:attack-2025-03-24-gondar killed \"16\""},
			notWant: []string{"event:attack-2025-03-24-ethiopia"},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkFacts(t, tt.text, tt.want, tt.notWant)
		})
	}
}
