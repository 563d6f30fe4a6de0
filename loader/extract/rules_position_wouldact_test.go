package extract

import "testing"

// TestMeasureWouldAct tests wouldAct and wouldActPhrase
// (rules_position_measure.go): any measure noun, not a law's alone, is
// named by what its "that would"/"which will" clause says it does, with
// what the act lets its object do (controlsObject), up to a comma, the
// verb in its plain form after "would have"; "the corridor" or "the
// treaty" later is that one. A proposal or plan keeps its own name, and
// a clause after a comma, one whose subject is no "that"/"which", or one
// on a noun with a phrase of its own names nothing.
func TestMeasureWouldAct(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text: "Kenya proposed a humanitarian corridor that would let aid convoys reach Gondar under escort. Ethiopia rejected the corridor.",
			want: []string{"country:kenya proposed agreement:humanitarian-corridor-to-let-aid-convoys-reach-gondar-under-escort",
				"country:ethiopia rejected agreement:humanitarian-corridor-to-let-aid-convoys-reach-gondar-under-escort"},
		},
		{
			text:    "Mara Lind on Monday rejected a constitutional reform that would have allowed the president to dismiss the chief justice, handing the cabinet a defeat.",
			want:    []string{"person:mara-lind rejected agreement:constitutional-reform-to-allow-president-to-dismiss-chief-justice"},
			notWant: []string{"agreement:constitutional-reform-to-allowed", "handing"},
		},
		{
			text: "Egypt and Sudan signed a treaty that will reopen the railway between Kisumu and Khartoum within a year. Norway welcomed the treaty.",
			want: []string{"country:norway endorsed agreement:treaty-to-reopen-railway-between-kisumu-and-khartoum-within-year"},
		},
		{
			// near misses: a proposal keeps its name; a clause after a
			// comma, one the noun is the object of, one on a noun with a
			// phrase of its own
			text: "Ethiopia rejected the Norwegian proposal that would allow inspectors to board ships. " +
				"Kenya backed a ceasefire, which would take effect on Monday. " +
				"Egypt backed a truce that Sudan would sign within days. " +
				"Qatar endorsed a pause in Gondar that would last a week.",
			notWant: []string{"proposal-to-allow", "ceasefire-to-take", "to-sign", "to-last"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}
