package extract

import "testing"

// TestRelativeClauseMeasure tests insideRelative
// (rules_position_measure.go): a measure noun inside a relative clause
// that describes another noun is not noted for "the agreement" later,
// which is the noun described or nothing; a measure named in the main
// clause still is. want and notWant are facts and parts of facts
// (checkFacts).
func TestRelativeClauseMeasure(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text:    "Kenya and Ethiopia agreed on Monday a new revenue model that will allow the region to collect income tax. The Corvin Party rejected the agreement.",
			notWant: []string{"agreement:income-tax"},
		},
		{
			text: "Kenya and Ethiopia signed a transit agreement on Monday that replaces an older customs deal. Egypt welcomed the agreement.",
			want: []string{"country:egypt endorsed agreement:transit-agreement", "country:kenya endorsed agreement:transit-agreement"},
		},
		{
			text: "Kenya and Sudan signed a water accord on Friday. Egypt criticised the deal.",
			want: []string{"country:egypt rejected agreement:water-accord"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}
