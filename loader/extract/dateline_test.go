package extract

import (
	"testing"

	"github.com/actorgraph/actorgraph/loader/article"
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
