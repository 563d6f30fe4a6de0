package extract

import "testing"

// TestLessModified tests namesLess (rules_position.go): the token rules'
// name of a measure with a modifier ("5-billion-euro plan") and the
// parse's name of it by its act without that modifier ("plan to buy out
// …"), written as one phrase, are one measure named in full, also for
// "the plan" later; a plan of another name beside it is not.
func TestLessModified(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text:    "The Danish government on Monday presented a 4-billion-krone plan to buy out hundreds of trawlers in the northern harbours. The Green Alliance welcomed the plan.",
			want:    []string{"org:green-alliance endorsed agreement:plan-to-buy-out-hundreds-of-trawlers-in-northern-harbours"},
			notWant: []string{"org:green-alliance endorsed agreement:4-billion-krone-plan"},
		},
		{
			text:    "The Portuguese government on Monday presented a 2-billion-euro plan to buy out hundreds of fishing boats in the northern ports. The Socialist Party rejected the plan within hours.",
			want:    []string{"org:socialist-party rejected agreement:plan-to-buy-out-hundreds-of-fishing-boats-in-northern-ports"},
			notWant: []string{"org:socialist-party rejected agreement:2-billion-euro-plan"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}
