package extract

import "testing"

// TestNameFunctionWordOpens checks that "Than", a function word that is
// also a Burmese given name, opens a name when it is capitalized inside a
// sentence after a lower-case word, a title or a comma, with a name word
// after it; and that at a sentence's start, after a quote, in lower case
// or before no name it is the comparison word.
func TestNameFunctionWordOpens(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"The envoy said she had met Senior General Than Kyaw Lwin in the capital on Monday.",
			[]string{"person:than-kyaw-lwin"}, []string{"person:kyaw-lwin"}},
		{"Officials in Yangon named the new trade minister, Than Myint Aye, on Friday.",
			[]string{"person:than-myint-aye"}, []string{"person:myint-aye"}},
		{"The delegation will be led by Than Tun Naing, a former ambassador.",
			[]string{"person:than-tun-naing"}, []string{"person:tun-naing"}},
		// near misses: the comparison word
		{"Exports rose faster than Corvelia Holdings had forecast, analyst Mira Daskal said.",
			[]string{"person:mira-daskal"}, []string{"person:than-corvelia-holdings", "org:than-corvelia-holdings"}},
		{"\"Than Borek Station there is no safer port,\" Captain Ilse Varn said.",
			nil, []string{"person:than-borek-station", "place:than-borek-station"}},
		{"Prices in Tarrow are higher Than in Velm, the mayor Osk Brant said on Tuesday.",
			nil, []string{"person:than-in-velm", "place:than-velm"}},
	})
}
