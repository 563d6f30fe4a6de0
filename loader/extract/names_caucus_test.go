package extract

import "testing"

// A chamber's caucus word in a floor leader's title is part of the title,
// no body of its own, and its holder sits in the chamber: "Senate
// Majority Leader X", "Leader of the Opposition in the Y Assembly".
func TestCaucusTitles(t *testing.T) {
	for _, tc := range []struct {
		text          string
		want, notWant []string
	}{
		{"Ohio Senate Majority Leader Dana Whitcombe said the budget would pass.",
			[]string{"person:dana-whitcombe member_of org:ohio-senate"},
			[]string{"org:majority", "person:dana-whitcombe head_of"}},
		{"State House Minority Leader Tobin Grayle voted against the levy.",
			nil,
			[]string{"org:minority", "person:tobin-grayle head_of"}},
		{"Mira Halvorsen, Leader of the Opposition in the Manitoba Legislative Assembly, said the plan would fail.",
			[]string{"person:mira-halvorsen member_of org:manitoba-legislative-assembly"},
			[]string{"org:opposition", "person:mira-halvorsen head_of"}},
	} {
		checkFacts(t, tc.text, tc.want, tc.notWant)
	}
}
