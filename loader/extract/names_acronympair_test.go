package extract

import "testing"

// TestAcronymPair checks that two acronyms a hyphen joins, neither a
// country, a place or a common acronym, are one body's name wherever
// they stand.
func TestAcronymPair(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Employers' federation KVZO-FPEB, which is based in Nairobi, welcomed the reform.",
			[]string{"org:kvzo-fpeb"}, nil},
		{"The plan was rejected by the liberal TRAVB-CLOSB and two smaller unions.",
			[]string{"org:travb-closb"}, nil},
		{"The Ferm-CISU and Vilm-VIT unions said the plan put jobs at risk.",
			[]string{"org:vilm-vit"}, nil},
	})
}

// TestAcronymPairShape checks the words acronymPair reads as two
// acronyms and those it does not: a country or a bloc in the pair, long
// words, a lower-case part, a common acronym, three parts.
func TestAcronymPairShape(t *testing.T) {
	x := newExtractor(newFakeGaz(), makeArticle("t", "Nothing happened."))
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"VBO-FEB", true}, {"ACLVB-CGSLB", true}, {"Uilm-UIL", true}, {"ZANU-PF", true},
		{"US-EU", false}, {"KENYA-QATAR", false}, {"TARVOLA-MEKSTAD", false},
		{"Tarvo-based", false}, {"TV-AM", false}, {"AB-CD-EF", false}, {"A-BC", false},
	} {
		if got := x.acronymPair(tc.w); got != tc.want {
			t.Errorf("acronymPair(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}
