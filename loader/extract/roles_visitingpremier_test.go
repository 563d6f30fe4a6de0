package extract

import (
	"testing"

	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// TestVisitingPremier checks that a bare "Premier X" whose sentence has
// him travel to the dateline's place or country, or be the guest of a
// prime minister or president in a story from the country's capital, is
// a foreign visitor: he heads no province of the host country the story
// names (visitingPremier). The title stays. A provincial premier who
// travels inside his province, or whose dateline is no capital, keeps
// his province.
func TestVisitingPremier(t *testing.T) {
	cases := []struct {
		text          string
		want, notWant []string
	}{
		{"OTTAWA – Premier Hu Yanbing arrived in Ottawa for talks with Prime Minister Odile Marchand on canola tariffs. Saskatchewan's farm lobby has urged the government to press for lower duties.",
			[]string{"person:hu-yanbing title \"Premier\""}, []string{"person:hu-yanbing head_of"}},
		{"OTTAWA – Premier Sun Liwei arrived in Ottawa on Sunday. Manitoba grain growers hope for a deal. Manitoba exports wheat.",
			[]string{"person:sun-liwei title \"Premier\""}, []string{"person:sun-liwei head_of"}},
		{"OTTAWA – Premier Sun Liwei, who landed in Canada on Sunday, praised Manitoba wheat. Manitoba exports wheat.",
			[]string{"person:sun-liwei title \"Premier\""}, []string{"person:sun-liwei head_of"}},
		{"OTTAWA – Premier Raza Hamdani was hosted by Prime Minister Odile Marchand on Monday. Manitoba wheat farmers hope for a deal. Manitoba sells to Asia.",
			[]string{"person:raza-hamdani title \"Premier\""}, []string{"person:raza-hamdani head_of"}},
		// near misses: a province's own premier
		{"EDMONTON – Premier Lorna Pasternak said Alberta would spend more on rural clinics next year. Alberta's budget is due in March.",
			[]string{"person:lorna-pasternak head_of place:alberta"}, nil},
		{"KELOWNA, British Columbia – Premier Ewan Forsythe toured the burned orchards on Sunday. Crews from Alberta helped.",
			[]string{"person:ewan-forsythe head_of place:british-columbia"}, nil},
		{"REGINA – Premier Bram Osterhout arrived in Moose Jaw on Tuesday to see the flooded farms. Saskatchewan crews worked overnight.",
			[]string{"person:bram-osterhout head_of place:saskatchewan"}, nil},
		{"OTTAWA – Premier Nadine Roulier said on Monday that Prime Minister Odile Marchand had ignored Manitoba. Manitoba needs new roads.",
			[]string{"person:nadine-roulier head_of place:manitoba"}, nil},
	}
	for _, tc := range cases {
		checkFactsGaz(t, gazetteer.Default(), tc.text, tc.want, tc.notWant)
	}
}
