package extract

import "testing"

// TestWhoseTitleShapes checks roleWhose on titles that close with a word
// that makes a title only after another ("whose secretary general, X,"),
// titles opened by an adjective ("whose congressional spokesman, X,"),
// and bodies named before lower-case class nouns ("the Corvin trade
// union federation, whose president, X,"); near misses give no role,
// nor does a union named for a company's staff ("the Halden Airways
// pilots union").
func TestWhoseTitleShapes(t *testing.T) {
	cases := []struct {
		text          string
		want, notWant []string
	}{
		{"Two of the dead were members of the Tarrow Ferrymen's Union, whose secretary general, Odile Marchetti, said crews would stay in port.",
			[]string{"person:odile-marchetti head_of org:tarrow-ferrymens-union"}, nil},
		{"The bill was backed by the Amber Dawn party, whose parliamentary spokesman, Tomas Vireo, said it was overdue.",
			[]string{"person:tomas-vireo spokesperson_for org:amber-dawn"}, nil},
		{"The Corvin trade union federation, whose president, Ilse Brandvik, has long opposed the sale, said it would study the offer.",
			[]string{"person:ilse-brandvik head_of org:corvin"}, nil},
		// near misses: a former holder, and no title at all
		{"The bill was backed by the Amber Dawn party, whose former spokesman, Tomas Vireo, said it was overdue.",
			nil, []string{"person:tomas-vireo spokesperson_for", "person:tomas-vireo head_of"}},
		{"The Corvin trade union federation, whose rival, Ilse Brandvik, leads a smaller group, said it would strike.",
			nil, []string{"person:ilse-brandvik head_of", "person:ilse-brandvik member_of"}},
		// a union of a company's staff is no part of the company: the
		// noun between says whose members it gathers
		{"The Halden Airways pilots union, whose chairman, Ruben Castell, met the managers on Friday, wants a larger pay rise.",
			nil, []string{"person:ruben-castell head_of org:halden-airways"}},
		{"Mira Olsen, secretary general of the Halden Airways cabin crew union, said the stoppage would go ahead.",
			nil, []string{"person:mira-olsen head_of org:halden-airways"}},
	}
	for _, tc := range cases {
		checkFacts(t, tc.text, tc.want, tc.notWant)
	}
}
