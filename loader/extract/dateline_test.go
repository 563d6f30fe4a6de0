package extract

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/loader/article"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// TestUnknownTownDateline checks that a dateline whose town the gazetteer
// does not know is read when a region, a country or a US state's
// abbreviation the gazetteer knows follows the comma, and the agency or
// the dash after it: the town is a Place and the region is mentioned.
// The texts go through article.Parse, which keeps "Ore. (AP)" in the
// sentence, and so does a dateline alone on its line ("SAN FRANCISCO
// (AP)"), whose place and region are mentioned.
func TestUnknownTownDateline(t *testing.T) {
	for _, tc := range []mentionCase{
		{"KEROKA, Nyanza (AP) — The finance minister, Tomas Verrel, said the budget would pass on Friday.",
			[]string{"place:keroka", "place:nyanza"}, nil},
		{"PORT ALDER, Ore. (AP) — Police chief Dana Whitlock said the bridge reopened on Monday.",
			[]string{"place:port-alder", "place:oregon"}, nil},
		{"KISORI, South Nyanza (AP) — The finance minister, Tomas Verrel, said the budget would pass on Friday.",
			[]string{"place:kisori", "place:south-nyanza"}, nil},
		{"GORETTI, Ethiopia (Reuters) - The finance minister, Tomas Verrel, said the budget would pass on Friday.",
			[]string{"place:goretti", "country:ethiopia"}, nil},
		{"NAIROBI (AP)\n\nThe finance minister, Tomas Verrel, said the budget would pass on Friday.",
			[]string{"place:nairobi", "org:ap"}, nil},
		{"NAIROBI (AP)\n", []string{"place:nairobi", "org:ap"}, nil},
		{"ADDIS ABABA, Ethiopia (AP)\n", []string{"place:addis-ababa", "country:ethiopia"}, nil},
		// no agency nor dash: no dateline
		{"BRAVO, Nyanza is where the bridge reopened on Monday, police said.", nil, []string{"place:bravo"}},
	} {
		a, err := article.Parse("t", "t", []byte(tc.text))
		if err != nil {
			t.Errorf("%q: %v", tc.text, err)
			continue
		}
		checkGotMentions(t, tc.text, mentioned(extractWith(newFakeGaz(), a)), tc.want, tc.notWant)
	}
}

// TestColonAndStopDatelines checks two more shapes of dateline: a city
// in capitals ending in a colon ("LAHORE: …", as South Asian papers
// write it) and an agency's bracket followed by a stop before the dash
// ("Kisumu, Jun 10 (EFE).- …"). Either gives a bare minister the
// dateline's country, and the story's subject after the EFE dash is
// still the one who proposes. A word in capitals before a colon that
// names no place is no dateline; nor is a title-case city before a
// colon.
func TestColonAndStopDatelines(t *testing.T) {
	for _, tc := range []struct {
		text          string
		want, notWant []string
	}{
		{"LAHORE: Finance Minister Imran Dastagir on Monday said the provincial budget would be tabled next week.",
			[]string{"person:imran-dastagir minister_of country:pakistan"}, nil},
		{"Kisumu, Jun 10 (EFE).- The finance ministry on Monday said its budget would pass. Finance Minister Tomas Okelo said the vote would be held on Friday.",
			[]string{"person:tomas-okelo minister_of country:kenya"}, nil},
		{"Kisumu, Jun 10 (EFE).- Kenya on Wednesday proposed a joint commission to manage fishing on Lake Victoria.",
			[]string{"country:kenya proposed agreement:joint-commission-to-manage-fishing-on-lake-victoria"}, nil},
		{"UPDATE: Finance Minister Imran Dastagir on Monday said the provincial budget would be tabled next week.",
			nil, []string{"person:imran-dastagir minister_of"}},
		{"Lahore: Finance Minister Imran Dastagir on Monday said the provincial budget would be tabled next week.",
			nil, []string{"person:imran-dastagir minister_of"}},
	} {
		checkFacts(t, tc.text, tc.want, tc.notWant)
	}
}

// TestColonDatelineOrdinaryWord checks that a name in capitals before a
// colon that is also an ordinary word or a given name ("READING:",
// "MOBILE:") is no dateline, while a city's that is none ("KARACHI:")
// is; and that after "(EFE).-" the names the parser hung on the agency's
// token are the subject.
func TestColonDatelineOrdinaryWord(t *testing.T) {
	for _, tc := range []struct {
		text          string
		want, notWant []string
	}{
		{"READING: Prime Minister Osric Fenwell said on Monday the budget would pass next week.",
			nil, []string{"person:osric-fenwell prime_minister_of"}},
		{"MOBILE: Finance Minister Delia Harrow said on Monday the budget would pass next week.",
			nil, []string{"person:delia-harrow minister_of"}},
		{"KARACHI: Interior Minister Tariq Hamdani on Friday said the coast guard would get new boats.",
			[]string{"person:tariq-hamdani minister_of country:pakistan"}, nil},
		// a town of a country whose press writes no colon dateline opens
		// a line (colonDatelineCountries)
		{"CARDIFF: Prime Minister Tobin Marsh said on Friday the ferry link would reopen in spring.",
			nil, []string{"person:tobin-marsh prime_minister_of"}},
		{"LYON: Prime Minister Tobin Marsh said on Friday the ferry link would reopen in spring.",
			nil, []string{"person:tobin-marsh prime_minister_of"}},
		{"DHAKA: Home Minister Rafiq Chowdhury said on Friday the ferry link would reopen in spring.",
			[]string{"person:rafiq-chowdhury minister_of country:bangladesh"}, nil},
		{"Montevideo, Jun 4 (EFE).- Uruguay and Argentina on Thursday proposed a joint authority for the Uruguay River.",
			[]string{"country:uruguay proposed agreement:joint-authority-for-uruguay-river", "country:argentina proposed agreement:joint-authority-for-uruguay-river"}, nil},
	} {
		checkFactsWith(t, gazetteer.Default(), tc.text, tc.want, tc.notWant, strings.HasPrefix)
	}
}
