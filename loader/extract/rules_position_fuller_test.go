package extract

import "testing"

// TestFullerForm tests fullerForm (rules_position.go): where the token
// rules named a measure by its modifiers and head alone, the parse's
// name of it with a complement of where it holds or what it is on is the
// one the position takes, a truce being the ceasefire the token rules
// call it, also for "the truce" later; a name that adds a party, a count
// or only a modifier, or one whose complement gave the short name a
// word, keeps the token rules' name.
func TestFullerForm(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text:    "Sudan and Kenya agreed on Tuesday to a three-month truce in the Nuba hills. Ethiopia also backed the truce.",
			want:    []string{"country:ethiopia endorsed agreement:three-month-truce-in-nuba-hills"},
			notWant: []string{"agreement:three-month-ceasefire"},
		},
		{
			text: "Egypt on Monday backed a two-year moratorium on new dams along the Nile.",
			want: []string{"country:egypt endorsed agreement:two-year-moratorium-on-new-dams"},
		},
		{
			// near misses: a party, a count, a word taken from the
			// complement
			text: "Kenya backed a maritime border treaty with Ethiopia. " +
				"Egypt proposed a larger exchange of 40 prisoners. " +
				"Qatar backed a 30-day moratorium on strikes against energy facilities.",
			want: []string{"country:kenya endorsed agreement:maritime-border-treaty",
				"country:egypt proposed agreement:larger-prisoner-exchange",
				"country:qatar endorsed agreement:30-day-energy-moratorium"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}
