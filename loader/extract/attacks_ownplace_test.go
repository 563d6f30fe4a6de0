package extract

import "testing"

// TestAttackPlaceOfOtherNoun tests that an "in" phrase before an attack's
// trigger that places a journey, a meeting or a seat of government
// (ownPlaceNouns) gives the attack no place, while one that sets the
// clause, or places what was hit, still does.
func TestAttackPlaceOfOtherNoun(t *testing.T) {
	for _, tt := range []struct {
		name, text    string
		want, notWant []string
	}{
		{
			name:    "the minister's arrival in a town is not where the jet struck",
			text:    "Two hours before the minister's arrival in Mombasa, a fighter jet bombed a school, killing six children.",
			notWant: []string{"place:mombasa"},
		},
		{
			name:    "talks in a city are not where an attack killed people",
			text:    "Kenya will join a fresh round of talks in Mombasa next month despite an attack that killed four people in the north.",
			notWant: []string{"event:attack"},
		},
		{
			name:    "a government seated in a city is not where the strike was",
			text:    "The rebel administration in Kisumu blamed the Amber Front for the strike.",
			notWant: []string{"event:attack"},
		},
		{
			name: "an office in a town that was hit is where the attack was",
			text: "A Red Crescent office in Tarrow was struck by a mortar shell on Monday, killing three volunteers.",
			want: []string{"event:attack-2025-03-24-tarrow target place:tarrow"},
		},
		{
			name: "a meeting in a town that was attacked is where the attack was",
			text: "A reconciliation meeting in Kisumu was attacked by gunmen on Monday, elders said.",
			want: []string{"event:attack-2025-03-24-kisumu target place:kisumu"},
		},
		{
			name:    "talks in a town attacked by critics are no attack there",
			text:    "The ceasefire talks in Kisumu were attacked by church leaders as a charade on Tuesday, two days after the envoys flew in.",
			notWant: []string{"event:attack"},
		},
		{
			name:    "an office in a town whose staff condemned a strike is not where it was",
			text:    "The aid agency's office in Kisumu was quick to condemn the strike.",
			notWant: []string{"event:attack"},
		},
		{
			name: "a clause set in a town still places the attack",
			text: "In Tarrow, a Sudanese drone hit a school on Monday.",
			want: []string{"event:attack-2025-03-24-tarrow-by-sudan target place:tarrow"},
		},
		{
			name: "a post near a town overrun is still where the attack was",
			text: "Gunmen overran an army post near Tarrow on Monday, killing nine soldiers in the deadliest attack this year.",
			want: []string{"event:attack-2025-03-24-tarrow target place:tarrow"},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkFacts(t, tt.text, tt.want, tt.notWant)
		})
	}
}
