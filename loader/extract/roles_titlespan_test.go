package extract

import "testing"

// TestTitleOfComplement checks the title written for a title noun whose
// "of" complement is a title's word: the complement's own describing
// words go with it ("Minister of Foreign Affairs", not "Minister of
// Affairs"), and a complement a name owns ("Nyanza's regional
// administration") stays out of the title.
func TestTitleOfComplement(t *testing.T) {
	cases := []struct {
		text          string
		want, notWant []string
	}{
		{"Kenya's Second Minister of Foreign Affairs, Ruth Wairimu, will visit Oslo in May.",
			[]string{`person:ruth-wairimu title "Minister of Foreign Affairs"`}, nil},
		{"Mary Achieng, the head of Nyanza's regional administration, said the roads were open.",
			[]string{`person:mary-achieng title "head"`}, []string{`person:mary-achieng title "head of`}},
	}
	for _, tc := range cases {
		checkFacts(t, tc.text, tc.want, tc.notWant)
	}
}
