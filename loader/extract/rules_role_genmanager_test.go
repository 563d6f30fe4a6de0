package extract

import "testing"

// TestGeneralManagerHeads checks that a body's own general manager heads
// it, while a general manager who is one of several or runs a country's
// part of the body, or a deputy, is a member (titlePredicate,
// managerOfPart).
func TestGeneralManagerHeads(t *testing.T) {
	cases := []struct {
		text          string
		want, notWant []string
	}{
		{"Halden Motors Ltd. is 40% owned by the Corvin Group. Its general manager, Ana Solberg, said the company welcomed the deal.",
			[]string{"person:ana-solberg head_of org:halden-motors-ltd"}, nil},
		{"Ana Solberg, general manager of Halden Motors Ltd., said the company welcomed the deal.",
			[]string{"person:ana-solberg head_of org:halden-motors-ltd"}, nil},
		{"Corvin Textiles reported higher sales. Its general manager for the past decade, Tomas Rell, said demand had picked up.",
			[]string{"person:tomas-rell head_of org:corvin-textiles"}, nil},
		// near misses: members
		{"Halden Motors Ltd.'s general manager for Kenya, Ana Solberg, said the company welcomed the deal.",
			[]string{"person:ana-solberg member_of org:halden-motors-ltd"}, []string{"person:ana-solberg head_of"}},
		{"Ana Solberg, a general manager at Halden Motors Ltd., said the company welcomed the deal.",
			[]string{"person:ana-solberg member_of org:halden-motors-ltd"}, []string{"person:ana-solberg head_of"}},
		{"Corvin Textiles reported higher sales. Its general manager for exports, Tomas Rell, said demand in Asia had picked up.",
			[]string{"person:tomas-rell member_of org:corvin-textiles"}, []string{"person:tomas-rell head_of"}},
		{"Corvin Textiles reported higher sales. Its general manager for four Baltic markets, Tomas Rell, said demand in Riga had picked up.",
			[]string{"person:tomas-rell member_of org:corvin-textiles"}, []string{"person:tomas-rell head_of"}},
		{"Tomas Rell, general manager of sales at Corvin Textiles, said demand in Asia had picked up.",
			nil, []string{"person:tomas-rell head_of"}},
		{"Halden Motors Ltd. is 40% owned by the Corvin Group. Its deputy general manager, Ana Solberg, said the company welcomed the deal.",
			[]string{"person:ana-solberg member_of org:halden-motors-ltd"}, []string{"person:ana-solberg head_of"}},
	}
	for _, tc := range cases {
		checkFacts(t, tc.text, tc.want, tc.notWant)
	}
}
