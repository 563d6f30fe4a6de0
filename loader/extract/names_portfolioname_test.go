package extract

import "testing"

// TestPortfolioBeforeName checks that a title's portfolio ending in an
// abstract noun is no part of the name after it; and that a name word
// with no such ending, a name right after the title, or a lone name of
// two words keep their names.
func TestPortfolioBeforeName(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Norwegian Minister for Regional Cooperation Ingrid Solvang will visit Bergen on Monday.",
			[]string{"person:ingrid-solvang"}, []string{"person:regional-cooperation-ingrid-solvang"}},
		{"Minister for Water, Lands and Irrigation Amina Wekesa signed the deal in Nairobi.",
			[]string{"person:amina-wekesa"}, []string{"person:irrigation-amina-wekesa"}},
		{"Deputy Secretary for Trade and Financial Intelligence Marco Pellew said the sanctions would stay.",
			[]string{"person:marco-pellew"}, []string{"person:financial-intelligence-marco-pellew"}},
		// near misses: no abstract noun; a first name after the title; no title
		{"Minister for Lands Peter Achola Wekesa signed the deal in Nairobi.",
			nil, []string{"person:achola-wekesa"}},
		{"Prime Minister Lawrence Tan Boon Seng arrived in Bangkok on Monday.",
			nil, []string{"person:tan-boon-seng"}},
		{"Farmers in Nordic Cooperation Helena Rydvik said prices fell.",
			nil, []string{"person:helena-rydvik"}},
	})
}
