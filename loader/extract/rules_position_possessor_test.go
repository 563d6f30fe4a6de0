package extract

import "testing"

// TestPossessorWord tests possessorWord (rules_position_measure.go): a
// word the parser hung on a measure noun but that stands before the
// noun's possessive is the possessor's ("the Energy Ministry's
// proposal"), no name of the measure; a modifier after the possessive
// ("the ministry's energy proposal") names it.
func TestPossessorWord(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text:    "Kenya rejected the Energy Ministry's proposal. Ethiopia backed the Transport Ministry's plan on Monday. Egypt welcomed the Trade ministry's offer.",
			notWant: []string{"agreement:energy-proposal", "agreement:transport-plan", "agreement:trade-offer"},
		},
		{
			text: "Kenya rejected the ministry's energy proposal.",
			want: []string{"country:kenya rejected agreement:energy-proposal"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}
