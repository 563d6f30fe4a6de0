package extract

import "testing"

// TestPastModifiedTitle checks that a title the parser gives a modifier
// saying its holder holds it no more ("whose previous chairman, X,",
// "whose dead founder, X,") gives no role (pastModified), while the same
// words elsewhere ("dismissed the minister's plan", "the previous day")
// leave the title alone.
func TestPastModifiedTitle(t *testing.T) {
	cases := []struct {
		text          string
		want, notWant []string
	}{
		{"The Tarrow Salt Company, whose previous chairman, Edda Holmqvist, left in June, reported a loss.",
			nil, []string{"person:edda-holmqvist head_of", "person:edda-holmqvist member_of"}},
		{"The Corvin Ferrymen's Union, whose previous secretary general, Odile Marchand, retired in May, stayed neutral.",
			nil, []string{"person:odile-marchand head_of", "person:odile-marchand member_of"}},
		{"The Amber Rowing Club, whose dead founder, Moses Aldana, is honoured with a statue, won the regatta.",
			nil, []string{"person:moses-aldana head_of", "person:moses-aldana member_of"}},
		// near misses: the same words, no modifier of the title
		{"The Tarrow Salt Company, whose chairman, Edda Holmqvist, took over on the previous day, reported a loss.",
			[]string{"person:edda-holmqvist head_of org:tarrow-salt-company"}, nil},
	}
	for _, tc := range cases {
		checkFacts(t, tc.text, tc.want, tc.notWant)
	}
}
