package extract

import (
	"testing"

	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// TestProvincialPremierRegion checks that a bare "Premier X" who speaks
// for "the province" heads a province, never the dateline's country: the
// province the dateline names after its city's comma, else the one the
// article names outside its dateline, else none (the title stays). A
// dateline city that the gazetteer also knows as a region or as a
// country's capital ("VICTORIA —") is neither, nor is a region of
// another country than the dateline's. In a story from a country whose
// provinces or states have premiers ("PERTH —") a bare premier heads no
// country. A country's premier, whose title names the country, keeps
// prime_minister_of.
func TestProvincialPremierRegion(t *testing.T) {
	cases := []struct {
		text          string
		want, notWant []string
	}{
		{"REGINA — Premier Colm Ostrander said on Monday that the province will cut fuel taxes this spring. Ostrander said farmers would gain most.",
			[]string{"person:colm-ostrander title \"Premier\""}, []string{"person:colm-ostrander prime_minister_of", "person:colm-ostrander head_of"}},
		{"VICTORIA, Dec 7 — Premier Dana Kessler said Tuesday the province would hire more wildfire crews before the summer. Kessler gave no cost.",
			[]string{"person:dana-kessler title \"Premier\""}, []string{"person:dana-kessler prime_minister_of", "person:dana-kessler head_of"}},
		{"VICTORIA — Premier Dana Kessler said the provincial budget would rise next year. Kessler gave no figure.",
			[]string{"person:dana-kessler title \"Premier\""}, []string{"person:dana-kessler prime_minister_of", "person:dana-kessler head_of"}},
		{"EDMONTON — Premier Gail Worthen said Alberta would sue over the emissions cap, and the province would pay for the case. Worthen said Alberta would not back down.",
			[]string{"person:gail-worthen head_of place:alberta"}, []string{"person:gail-worthen prime_minister_of"}},
		{"KELOWNA, British Columbia — Premier Tessa Harlow said the province would send more crews to the fires. Harlow spoke on Sunday.",
			[]string{"person:tessa-harlow head_of place:british-columbia"}, []string{"person:tessa-harlow prime_minister_of"}},
		{"VICTORIA — Premier Dana Kessler said the province would hire more wildfire crews. Kessler spoke to reporters in Victoria on Tuesday.",
			[]string{"person:dana-kessler title \"Premier\""}, []string{"person:dana-kessler prime_minister_of", "person:dana-kessler head_of"}},
		{"PERTH — Premier Mark Dillane said on Monday that the state would cap power prices for a year. Dillane spoke in Perth.",
			[]string{"person:mark-dillane title \"Premier\""}, []string{"person:mark-dillane prime_minister_of"}},
		// near misses: a country's premier
		{"BEIJING — Premier Zhou Minghan said on Friday that exports would rise, and he later toured the province of Anhui. Zhou met bankers.",
			[]string{"person:zhou-minghan prime_minister_of country:china"}, nil},
		{"ROME — Italian Premier Carla Benvenuti said on Thursday that the province would get flood aid after the storms. Benvenuti spoke to reporters.",
			[]string{"person:carla-benvenuti prime_minister_of country:italy"}, nil},
		{"BEIJING — Premier Gao Renshu visited storm-hit Jiangxi on Tuesday and said the province would receive 3 billion yuan for rebuilding. Jiangxi lost much of its harvest.",
			[]string{"person:gao-renshu prime_minister_of country:china"}, []string{"person:gao-renshu head_of"}},
		{"ISLAMABAD — Premier Kamran Qazi toured flooded Punjab on Sunday and said the province would get 20 billion rupees. Punjab lost its wheat crop.",
			[]string{"person:kamran-qazi prime_minister_of country:pakistan"}, []string{"person:kamran-qazi head_of"}},
		{"APIA — Premier Tuilagi Fale of Samoa said the province would not be hurt by the new fishing rules. Fale met donors on Monday.",
			[]string{"person:tuilagi-fale prime_minister_of country:samoa"}, nil},
	}
	for _, tc := range cases {
		checkFactsGaz(t, gazetteer.Default(), tc.text, tc.want, tc.notWant)
	}
}
