package extract

import "testing"

// TestMeasureSum tests sumOf (rules_position_measure.go): what a measure
// is worth is no name of its own, so a measure with a sum is named by
// what it is to do as one without ("signed a $2 billion agreement with X
// on Monday to build …"); another modifier still keeps the act out.
func TestMeasureSum(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text: "Mining Minister Elena Quispe signed a $3.2 billion agreement with a Swiss group on Friday to build a copper smelter near the port of Ilo. The Andean Miners Union rejected the deal.",
			want: []string{"person:elena-quispe endorsed agreement:32-billion-agreement-to-build-copper-smelter-near-port-of-ilo",
				"org:andean-miners-union rejected agreement:32-billion-agreement-to-build-copper-smelter-near-port-of-ilo"},
		},
		{
			// a modifier that names the agreement keeps the act out
			text:    "Mining Minister Elena Quispe signed a mining agreement with a Swiss group on Friday to protect its workers.",
			notWant: []string{"person:elena-quispe endorsed agreement:mining-agreement-to-protect-its-workers"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}
