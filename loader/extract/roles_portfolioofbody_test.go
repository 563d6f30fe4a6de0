package extract

import "testing"

// TestPortfolioOfBody checks that a portfolio completing a body's name
// before a comma ("the Ministry of Defence, Trade and Industry Minister
// X") opens no list of the minister's portfolios, while a minister's own
// list after "for" still does.
func TestPortfolioOfBody(t *testing.T) {
	const lead = "OSAKA (Reuters) - Japan will raise its power exports next year, the trade ministry said. "
	checkFacts(t, lead+"Outside the Ministry of Agriculture, Energy and Mines Minister Rin Okada told reporters the grid was ready.",
		[]string{`person:rin-okada title "Energy and Mines Minister"`},
		[]string{`person:rin-okada title "Agriculture, Energy and Mines Minister"`})
	// near miss: a demonym's list with no body before it
	checkFacts(t, lead+"Kenyan Agriculture, Energy and Mines Minister Rin Okada told reporters the grid was ready.",
		[]string{"person:rin-okada minister_of country:kenya"}, nil)
}
