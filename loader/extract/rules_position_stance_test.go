package extract

import "testing"

// TestMeasureStanceBefore tests stanceBefore and anotherOfKind
// (rules_position_measure.go): "the agreement" after a measure someone
// signed is that measure, not a later one only mentioned in passing (a
// named charter cited as background) nor a similar one another party
// would propose.
func TestMeasureStanceBefore(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			// a named agreement only cited is no antecedent over the
			// agreement signed
			text:    "Energy Minister Karla Dunmore signed an agreement on Monday making Velora Grid the sole buyer of offshore wind power in the north. Dunmore said the terms respected the rights of fishing towns under the Harbour Towns Agreement 1958. Opposition leader Tomas Reybeck criticised the agreement.",
			want:    []string{"person:tomas-reybeck rejected agreement:agreement-making-velora-grid"},
			notWant: []string{"person:tomas-reybeck rejected agreement:harbour-towns-agreement-1958"},
		},
		{
			// a similar arrangement another would propose is no
			// antecedent either
			text:    "Energy Minister Karla Dunmore signed an agreement on Monday making Velora Grid the sole buyer of offshore wind power in the north. The southern governor, Ines Palko, said her province would seek a similar power purchase arrangement for its own utility. Opposition leader Tomas Reybeck criticised the agreement.",
			want:    []string{"person:tomas-reybeck rejected agreement:agreement-making-velora-grid"},
			notWant: []string{"person:tomas-reybeck rejected agreement:similar-power-purchase-arrangement-for-its-own-utility"},
		},
		{
			// a similar arrangement another proposes is that one's
			// proposal, not the agreement named before
			text: "Energy Minister Karla Dunmore signed an agreement on Monday making Velora Grid the sole buyer of offshore wind power in the north. Governor Ines Palko proposed a similar power purchase arrangement for her province's utility. Opposition leader Tomas Reybeck criticised the agreement.",
			want: []string{"person:tomas-reybeck rejected agreement:agreement-making-velora-grid",
				"person:ines-palko proposed agreement:similar-power-purchase-arrangement-for-utility"},
			notWant: []string{"person:tomas-reybeck rejected agreement:similar-power-purchase-arrangement"},
		},
		{
			// a new agreement named as the subject of its own
			// sentence is no citation: "the agreement" is that one
			text:    "Energy Minister Karla Dunmore signed an agreement on Monday making Velora Grid the sole buyer of offshore wind power in the north. A new agreement on fishing quotas with the Faroe Islands was announced by the fisheries ministry on Tuesday. Opposition leader Tomas Reybeck criticised the agreement.",
			notWant: []string{"person:tomas-reybeck rejected agreement:agreement-making-velora-grid"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}
