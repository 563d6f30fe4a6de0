package extract

import "testing"

// TestRegionGovernmentAgency checks that only a region's whole
// government or administration, bare or of a kind ("interim",
// "transitional", "state"), makes its head the region's: the head of one
// of its agencies ("the water administration of Nyanza") or of a
// government it had before ("Nyanza's outgoing government") heads no
// region.
func TestRegionGovernmentAgency(t *testing.T) {
	cases := []struct {
		text          string
		want, notWant []string
	}{
		{"Amina Wekesa, the head of the transitional administration of Nyanza, said the schools would reopen.",
			[]string{"person:amina-wekesa head_of place:nyanza"}, nil},
		{"Otieno Barasa, the head of the caretaker government of Nyanza, said on Monday that the vote would be held in April.",
			[]string{"person:otieno-barasa head_of place:nyanza"}, nil},
		// near misses
		{"Joseph Kamau, the head of the water administration of Nyanza, said the dams were full.",
			nil, []string{"person:joseph-kamau head_of"}},
		{"Lucy Chebet, the president of the revenue administration of Nyanza, told reporters that audits would rise.",
			nil, []string{"person:lucy-chebet head_of"}},
		{"Grace Njeri, the head of Nyanza's outgoing government, thanked the voters on Friday.",
			nil, []string{"person:grace-njeri head_of"}},
	}
	for _, tc := range cases {
		checkFacts(t, tc.text, tc.want, tc.notWant)
	}
}
