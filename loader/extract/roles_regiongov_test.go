package extract

import "testing"

// TestRegionGovernmentHead checks that the head of a region's government,
// written without a name of its own ("the president of Nyanza's
// government", "the interim administration of Nyanza", "the Rift Valley
// regional government"), heads the region; a critic, a spokeswoman, a
// deputy or a former head of it does not, nor the head of a country's
// government or of a city administration with a name.
func TestRegionGovernmentHead(t *testing.T) {
	cases := []struct {
		text          string
		want, notWant []string
	}{
		{"Mary Achieng, the president of Nyanza's government, said the levy would stay.",
			[]string{"person:mary-achieng head_of place:nyanza"}, nil},
		{"The head of the interim administration of Nyanza, Peter Otieno, said the roads were open.",
			[]string{"person:peter-otieno head_of place:nyanza"}, nil},
		{"The president of the Rift Valley regional government, Daniel Kiprop, welcomed the plan.",
			[]string{"person:daniel-kiprop head_of place:rift-valley"}, []string{"person:daniel-kiprop head_of org:"}},
		// near misses
		{"Mary Achieng, a critic of Nyanza's government, said the levy was too high.",
			nil, []string{"person:mary-achieng head_of"}},
		{"Mary Achieng, the spokeswoman of Nyanza's government, said the levy would stay.",
			nil, []string{"person:mary-achieng head_of"}},
		{"Mary Achieng, the deputy head of Nyanza's government, said the levy would stay.",
			nil, []string{"person:mary-achieng head_of"}},
		{"Rose Wanjiru, a former president of Nyanza's government, said the levy was unfair.",
			nil, []string{"person:rose-wanjiru head_of"}},
		{"The head of the Kisumu city administration, Paul Odhiambo, said the market was shut.",
			nil, []string{"person:paul-odhiambo head_of place:"}},
		{"Omar Farah, the head of the government of Kenya, said the vote would be held.",
			nil, []string{"person:omar-farah head_of place:"}},
	}
	for _, tc := range cases {
		checkFacts(t, tc.text, tc.want, tc.notWant)
	}
}

// TestMainRegionHead checks that a bare chief minister in a story that
// names several regions heads the one it names most; a tie, or a region
// whose head the story names already, gives no region.
func TestMainRegionHead(t *testing.T) {
	cases := []struct {
		text          string
		want, notWant []string
	}{
		{"Nyanza farmers blocked the highway on Monday. Officials in Nyanza said prices had fallen, and traders in Rift Valley agreed. Chief Minister Paul Otieno said the levy would be dropped.",
			[]string{"person:paul-otieno head_of place:nyanza"}, nil},
		// near misses
		{"Nyanza farmers blocked the highway on Monday. Rift Valley traders joined them. Chief Minister Paul Otieno said the levy would be dropped.",
			nil, []string{"person:paul-otieno head_of"}},
		{"Nyanza farmers blocked the highway on Monday. Officials in Nyanza and Rift Valley said prices had fallen. Traders in Nyanza and Rift Valley agreed. Chief Minister Paul Otieno said the levy would be dropped.",
			nil, []string{"person:paul-otieno head_of"}},
		{"Nyanza Premier Ann Auma met farmers on Monday. Officials in Nyanza said prices had fallen, and traders in Rift Valley agreed. Chief Minister Paul Otieno said the levy would be dropped.",
			nil, []string{"person:paul-otieno head_of"}},
		// the title's own sentence names the main region as another
		// party: what goes to it, or its own plan
		{"Chief Minister Paul Otieno said his government would send maize to Nyanza by lorry. Nyanza has run short of grain, and traders in Nyanza want relief. Officials in Rift Valley said little.",
			nil, []string{"person:paul-otieno head_of"}},
		{"Chief Minister Paul Otieno said his cabinet would oppose Nyanza's plan to tax fishing boats. Nyanza wants the money for roads, and farmers in Nyanza agree. Officials in Rift Valley said little.",
			nil, []string{"person:paul-otieno head_of"}},
		// the only region the story names, and the title's sentence names
		// it as another party; and as the place where things happen
		{"Chief Minister Joseph Wekesa said on Monday his government would ship beans to Nyanza next week. Nyanza has lost its harvest, and herders in Nyanza are moving south.",
			nil, []string{"person:joseph-wekesa head_of"}},
		{"Chief Minister Joseph Wekesa said on Monday the new clinics in Nyanza would open in May. Nyanza has waited years for them.",
			[]string{"person:joseph-wekesa head_of place:nyanza"}, nil},
	}
	for _, tc := range cases {
		checkFacts(t, tc.text, tc.want, tc.notWant)
	}
}
