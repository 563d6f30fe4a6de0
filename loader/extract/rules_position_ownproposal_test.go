package extract

import "testing"

// TestOwnProposalEndorsement tests dropOwnProposalEndorsements
// (rules_position_ownproposal.go): an actor that proposed a measure does
// not also endorse it, where it agreed to it or welcomed it with others;
// its endorsements of other measures, and others' endorsements of its
// proposal, stay. want and notWant are facts and parts of facts
// (checkFacts).
func TestOwnProposalEndorsement(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text: "Kenya and Ethiopia agreed on Tuesday to set up a joint water committee to study the falling lake levels. " +
				"Kenya had first proposed the joint water committee at talks in Nairobi last month.",
			want: []string{"country:kenya proposed agreement:joint-water-committee-to-study-falling-lake-levels",
				"country:ethiopia endorsed agreement:joint-water-committee-to-study-falling-lake-levels"},
			notWant: []string{"country:kenya endorsed"},
		},
		{
			text:    "Qatar proposed a 30-day ceasefire on Monday. Egypt and Qatar welcomed the ceasefire on Tuesday.",
			want:    []string{"country:qatar proposed agreement:30-day-ceasefire", "country:egypt endorsed agreement:30-day-ceasefire"},
			notWant: []string{"country:qatar endorsed"},
		},
		{
			text: "Kenya proposed a border truce on Monday and Sudan rejected it. Kenya also backed a fisheries accord with Egypt.",
			want: []string{"country:kenya proposed agreement:border-ceasefire", "country:sudan rejected agreement:border-ceasefire", "country:kenya endorsed agreement:accord"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}
