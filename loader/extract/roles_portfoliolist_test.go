package extract

import "testing"

// TestPortfolioList checks that a minister's title of several
// portfolios listed with commas and closed by "and" ("Kenyan Energy,
// Mining and Petroleum Minister X") is one title block, so that the
// demonym before its first portfolio is its anchor, not the dateline's
// country a bare title would take.
func TestPortfolioList(t *testing.T) {
	const lead = "TOKYO (Reuters) - Japan agreed on Tuesday to buy more liquefied gas from East Africa, Japan's trade ministry said. "
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text:    lead + "Kenyan Energy, Mining and Petroleum Minister Ana Soler said the first cargo would sail in June.",
			want:    []string{"person:ana-soler minister_of country:kenya"},
			notWant: []string{"person:ana-soler minister_of country:japan"},
		},
		{
			text:    lead + "Ethiopian Trade, Tourism and Industry Minister Ana Soler said the first cargo would sail in June.",
			want:    []string{"person:ana-soler minister_of country:ethiopia"},
			notWant: []string{"person:ana-soler minister_of country:japan"},
		},
		{
			// near misses: no demonym before the list, a place before a
			// coordination: the dateline's minister
			text: lead + "Economy, Trade and Industry Minister Ana Soler said the first cargo would sail in June.",
			want: []string{"person:ana-soler minister_of country:japan"},
		},
		{
			text: lead + "In Nairobi, Trade and Industry Minister Ana Soler said the first cargo would sail in June.",
			want: []string{"person:ana-soler minister_of country:japan"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}
