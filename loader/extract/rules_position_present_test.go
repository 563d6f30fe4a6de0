package extract

import "testing"

// TestPresentAct tests presentAct (rules_position_measure.go): a law noun
// whose relative clause says, in the present tense, what it does to
// something is named by it, where it is a stance's object and where "the
// bill" later refers to it; a clause with no object, in the past or
// after a comma names nothing.
func TestPresentAct(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text: "The Kenyan National Assembly on Monday passed a bill that bans foreign funding of charities. The opposition Orange Movement rejected the bill.",
			want: []string{"org:kenyan-national-assembly endorsed agreement:bill-that-bans-foreign-funding-of-charities",
				"org:orange-movement rejected agreement:bill-that-bans-foreign-funding-of-charities"},
		},
		{
			text: "The court struck down a law that lets the fisheries regulator close harbours without notice. The Orange Movement had backed the law.",
			want: []string{"org:orange-movement endorsed agreement:law-that-lets-fisheries-regulator-close-harbours-without-notice"},
		},
		{
			text:    "The Orange Movement criticised a law that dates from 1998. The Orange Movement criticised a law that took effect in 2019. The Orange Movement criticised a law that is unfair to farmers.",
			notWant: []string{"orange-movement rejected"},
		},
		{
			text:    "The Orange Movement opposed a bill that has nine sponsors in the assembly. The Orange Movement criticised a motion that says little about teachers. The Orange Movement rejected a law that costs farmers dearly.",
			notWant: []string{"agreement:bill-that", "agreement:motion-that", "agreement:law-that"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}
