package extract

import "testing"

// TestFrontedAttack tests that "the attack" opening a clause as the object
// of "despite", "after", "following" or "since" reports no attack of its
// own: the places and tolls after the comma belong to something else.
func TestFrontedAttack(t *testing.T) {
	for _, tt := range []struct {
		name, text    string
		want, notWant []string
	}{
		{
			name:    "despite the attack, talks in a city",
			text:    "Despite the attack, Kenya will hold talks with the Amber Front in Mombasa on Friday.",
			notWant: []string{"event:attack"},
		},
		{
			name:    "hours after the attack, a crash near a town",
			text:    "Hours after the attack, a lorry carrying maize overturned near Tarrow, killing three people.",
			notWant: []string{"event:attack"},
		},
		{
			name:    "following Sunday's strike, a ferry sank near a port",
			text:    "Following Sunday's strike, a ferry sank near Mombasa, killing five passengers.",
			notWant: []string{"event:attack"},
		},
		{
			name: "after an attack told in full, the attack stands",
			text: "After the attack on a police post in Tarrow on Monday, the army sent more troops.",
			want: []string{"event:attack-2025-03-24-tarrow target place:tarrow"},
		},
		{
			name: "an attack after which something else is told in its own clause stands",
			text: "Gunmen attacked a bus in Tarrow on Monday after the strike, killing two people.",
			want: []string{"event:attack-2025-03-24-tarrow target place:tarrow"},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkFacts(t, tt.text, tt.want, tt.notWant)
		})
	}
}
