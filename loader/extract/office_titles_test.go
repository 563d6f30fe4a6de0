package extract

import "testing"

// A company officer's title of several capitalized words before a name
// is one title (officeFunctions): its inner words ("Financial",
// "Operating", "Managing", "Technical") are never a name or a body, and
// the field's word decides the role: the officer of one field is a
// member, a managing director heads the body.
func TestOfficeTitlesBeforeName(t *testing.T) {
	tests := []struct {
		text          string
		want, notWant []string
	}{
		{
			text:    "Marrow Shipping Group Chief Financial Officer Lena Ostrova said costs rose in the quarter.",
			want:    []string{"person:lena-ostrova member_of org:marrow-shipping-group"},
			notWant: []string{"person:financial", "person:lena-ostrova head_of"},
		},
		{
			text:    "Orlan Bank Chief Technology Officer Petra Vail said the outage was fixed.",
			want:    []string{"person:petra-vail member_of org:orlan-bank"},
			notWant: []string{"person:technology", "person:petra-vail head_of"},
		},
		{
			text:    "Vantor Mining Managing Director Hugo Lenz said output fell sharply.",
			want:    []string{"person:hugo-lenz head_of org:vantor-mining"},
			notWant: []string{"org:managing"},
		},
		{
			text:    "Kelso Motors Technical Director Ines Barro said the car was ready.",
			want:    []string{"person:ines-barro member_of org:kelso-motors"},
			notWant: []string{"org:technical", "person:ines-barro head_of"},
		},
		{
			text:    "Pellham Group Finance Director Rosa Tanaka said margins would improve next year.",
			want:    []string{"person:rosa-tanaka member_of org:pellham-group"},
			notWant: []string{"person:rosa-tanaka head_of"},
		},
		// near misses: a company's name ends in a field's word before its
		// president, chairman or chief executive: the word stays in the
		// name, and the title heads the company, not the dateline's country
		{
			text:    "NAIROBI, May 6 (Reuters) - Corbel Financial President Anika Strom said on Monday the lender would close 12 branches.",
			want:    []string{"person:anika-strom head_of org:corbel-financial"},
			notWant: []string{"person:anika-strom president_of", `"Financial President"`},
		},
		{
			text:    "NAIROBI, May 6 (Reuters) - Corbel Financial Vice President Anika Strom said on Monday the lender would close 12 branches.",
			notWant: []string{"person:anika-strom vice_president_of", `"Financial Vice President"`},
		},
		{
			text:    "Tamsin Medical Chairman Odhiambo Kariuki said the clinic group would list its shares next year.",
			want:    []string{"person:odhiambo-kariuki head_of org:tamsin-medical"},
			notWant: []string{`"Medical Chairman"`},
		},
		// a field of two words keeps the "Officer" of its title
		{
			text: "Tallis Savings Bank Chief Information Security Officer Noor Hadid said the breach had been contained.",
			want: []string{"person:noor-hadid member_of org:tallis-savings-bank", `person:noor-hadid title "Chief Information Security Officer"`},
		},
		// the scientific director of an institute, the artistic director
		// of a theatre lead it
		{
			text:    "Marta Lindqvist, scientific director of the Okavo Institute for Marine Biology, said the survey of the reef had ended.",
			want:    []string{"person:marta-lindqvist head_of org:okavo-institute-for-marine-biology"},
			notWant: []string{"person:marta-lindqvist member_of"},
		},
		{
			text:    "Brennick Theatre Company Artistic Director Sela Amari said the winter season would open in March.",
			want:    []string{"person:sela-amari head_of org:brennick-theatre-company"},
			notWant: []string{"person:sela-amari member_of", "org:artistic"},
		},
		// near misses: no title head after the field's word, or the
		// chief executive, who heads the company
		{
			text:    "General Motors Chief Executive Officer Dana Ruiz said demand was steady.",
			want:    []string{"person:dana-ruiz head_of org:general-motors"},
			notWant: []string{"person:dana-ruiz member_of"},
		},
	}
	for _, tt := range tests {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
	checkMentionCases(t, []mentionCase{
		{"Orlan Financial Group said profits rose on Tuesday.", []string{"org:orlan-financial-group"}, []string{"org:orlan"}},
		{"Corvane Technical Services hired 40 engineers, its director Amos Pell said.", []string{"org:corvane-technical-services"}, nil},
	})
}
