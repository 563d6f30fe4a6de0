package extract

import "testing"

// TestInternationalGoesOn checks that "International" inside a body's
// name, before one or two capitalized words that close it, is no end of
// the name; and that a title, a portfolio or a country after it still
// ends the name there.
func TestInternationalGoesOn(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Shares of Brelvik rose 4 percent on the Tarrow International Exchange on Monday.",
			[]string{"org:tarrow-international-exchange"}, []string{"org:tarrow-international"}},
		{"The Ministry of Foreign Affairs and International Cooperation said in a statement that talks would resume.",
			[]string{"org:ministry-of-foreign-affairs-and-international-cooperation"},
			[]string{"org:ministry-of-foreign-affairs-and-international", "org:cooperation"}},
		{"A new round of the Ostvale International Discussions was called off on Friday.",
			[]string{"org:ostvale-international-discussions"}, []string{"org:ostvale-international"}},
		// near misses: a portfolio before a title, a title, a country
		{"Federal International Trade Minister Priya Dhalmor said the tariff would stay.",
			[]string{"person:priya-dhalmor"}, []string{"org:federal-international-trade"}},
		{"Amnesty International Secretary General Agnes Callamar said the law was harsh.",
			[]string{"org:amnesty-international", "person:agnes-callamar"}, []string{"org:amnesty-international-secretary"}},
		{"Transparency International Kenya said the audit was late.",
			nil, []string{"org:transparency-international-kenya"}},
	})
}
