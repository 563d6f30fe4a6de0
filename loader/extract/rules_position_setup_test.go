package extract

import "testing"

// TestAgreedSetUp tests setUp (rules_position_measure.go): what parties
// agree to set up is the measure they endorse, named by the thing set up
// with what it is to do, which "the deal" later is; a firm setting up its
// own plant, talks set up (an event), or "set" without "up" give none.
// want and notWant are facts and parts of facts (checkFacts).
func TestAgreedSetUp(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text: "Thailand and Cambodia agreed on Monday to set up a joint monitoring team to verify the troop withdrawal. Norway welcomed the deal.",
			want: []string{"country:thailand endorsed agreement:joint-monitoring-team-to-verify-troop-withdrawal",
				"country:cambodia endorsed agreement:joint-monitoring-team-to-verify-troop-withdrawal",
				"country:norway endorsed agreement:joint-monitoring-team-to-verify-troop-withdrawal"},
		},
		{
			text: "Qatar and Egypt agreed on Sunday to set up a joint border commission.",
			want: []string{"country:qatar endorsed agreement:joint-border-commission", "country:egypt endorsed agreement:joint-border-commission"},
		},
		{
			text:    "Halden Freight agreed on Monday to set up a new grain terminal at Mombasa.",
			notWant: []string{"halden-freight endorsed", "grain-terminal"},
		},
		{
			text:    "Kenya and Sudan agreed on Friday to set up regular talks in Juba.",
			notWant: []string{"country:kenya endorsed", "country:sudan endorsed"},
		},
		{
			text:    "Kenya and Sudan agreed on Friday to set the date for the vote.",
			notWant: []string{"country:kenya endorsed", "country:sudan endorsed"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}
