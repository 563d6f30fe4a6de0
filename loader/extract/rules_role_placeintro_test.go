package extract

import "testing"

// TestPlaceCompoundIntroduces: an apposition "a London-based company"
// introduces the body as a company, as "a state-owned company" did, so a
// later "the company's chief executive" stands for it (placeCompound).
func TestPlaceCompoundIntroduces(t *testing.T) {
	cases := []struct {
		text          string
		want, notWant []string
	}{
		{"The permit lets Drava Nickel Works, a Vienna-based company, dig a pit near Uzice. Farmers say the pit will poison their wells. The company's chief executive, Tomas Kessler, will meet the minister on Thursday.",
			[]string{"person:tomas-kessler head_of org:drava-nickel-works"}, nil},
		{"Lumo Timber Mills, a Tallinn-listed firm, bought the sawmill in May. Loggers protested at the gates. The firm's managing director, Kadri Saar, said wages would rise.",
			[]string{"person:kadri-saar head_of org:lumo-timber-mills"}, nil},
		// near misses: the apposition's noun is another kind of body, or
		// another body is introduced as the company
		{"The permit lets Drava Nickel Works, a Vienna-based lobby group, dig a pit near Uzice. Farmers say the pit will poison their wells. The company's chief executive, Tomas Kessler, will meet the minister on Thursday.",
			nil, []string{"person:tomas-kessler head_of org:drava-nickel-works"}},
		{"Drava Nickel Works sold the pit to Sava Ore Holdings, a Vienna-based company, in May. Farmers say the pit will poison their wells. The company's chief executive, Tomas Kessler, will meet the minister on Thursday.",
			nil, []string{"person:tomas-kessler head_of org:drava-nickel-works"}},
	}
	for _, tc := range cases {
		checkFacts(t, tc.text, tc.want, tc.notWant)
	}
}
