package extract

import "testing"

// TestTrimNameInsideObject tests trimName (rules_position_measure.go):
// a measure's name that runs long loses the last phrase inside its act's
// object from the end first, so that the object keeps what it counts
// ("one of two ferries"), where dropping the whole phrase left "sell
// one"; a name that fits keeps every phrase.
func TestTrimNameInsideObject(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text: "Ethiopia opposed Sudan's plan to sell one of the two ferries of its Port Sudan fleet on the northern coast of the Red Sea region from May, and recalled its envoy.",
			want: []string{"country:sudan proposed agreement:plan-to-sell-one-of-two-ferries-of-port-sudan-fleet-on-northern-coast",
				"country:ethiopia rejected agreement:plan-to-sell-one-of-two-ferries-of-port-sudan-fleet-on-northern-coast"},
		},
		{
			text: "Norway criticised Kenya's plan to lay off one of every four workers at its Kisumu sugar mill in the western region of Nyanza from July, and summoned the ambassador.",
			want: []string{"country:kenya proposed agreement:plan-to-lay-off-one-of-four-workers-at-kisumu-sugar-mill"},
		},
		{
			text: "Kenya rejected Egypt's plan to cut one of three shifts at its Mombasa plant.",
			want: []string{"country:egypt proposed agreement:plan-to-cut-one-of-three-shifts-at-mombasa-plant"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}
