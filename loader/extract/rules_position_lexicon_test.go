package extract

import "testing"

// TestPositionLexicon tests two lexicon entries of the position rules:
// a budget is a measure (measureNouns) and "recommend" proposes what it
// recommends (stanceLemmas), which "the commission's proposal" later is;
// a recommendation of a person, a caution or that people do something
// names no measure.
func TestPositionLexicon(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text: "Finance Minister Dora Kelm presented the 2031 budget on Monday, two weeks before the vote.",
			want: []string{"person:dora-kelm proposed agreement:2031-budget"},
		},
		{
			text: "The National Pay Commission recommended raising the daily minimum wage to 900 rupees. The Federation of Textile Mills backed the commission's proposal.",
			want: []string{"org:national-pay-commission proposed agreement:raising-daily-minimum-wage-to-900-rupees",
				"org:federation-of-textile-mills endorsed agreement:raising-daily-minimum-wage-to-900-rupees"},
		},
		// another party's offer: the board backs it, the bidder proposed it
		{
			text:    "The directors of Pellow Mining recommended the cash offer from Arden Resources to investors on Monday. The trustees of Corbel Estates recommended Hanlow Capital's bid.",
			notWant: []string{"org:pellow-mining proposed", "org:corbel-estates proposed"},
		},
		{
			text:    "The Health Ministry recommended that residents stay indoors on Monday. Police recommended charges against Mayor Ivo Petrak. The National Pay Commission recommended Anton Belic for the post of auditor. The World Bank recommended caution over new borrowing.",
			notWant: []string{" proposed "},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}
