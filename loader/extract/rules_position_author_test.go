package extract

import "testing"

// TestLawAuthorAct tests authorBefore and authorName
// (rules_position_measure.go): a law noun's "by" phrase names who moved
// it, no part of its name (as a proposal's does), and an infinitive
// right after it says what the law is to do, where the parser hung it on
// the stance's verb; a name split off "by lawmaker" goes with it. An
// infinitive after a law noun with no author phrase, hung on the verb,
// stays the subject's purpose.
func TestLawAuthorAct(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text:    "Kenya said it would back a motion by opposition senator Ilse Varga to suspend the levy pending an audit.",
			want:    []string{"country:kenya endorsed agreement:motion-to-suspend-levy"},
			notWant: []string{"motion-by", "motion-ilse"},
		},
		{
			// near misses: a vote's margin, a deadline
			text: "Egypt voted down the motion by a wide margin to show its anger. " +
				"Kenya backed a bill by next Friday to calm the unions.",
			notWant: []string{"to-show", "to-calm"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}
