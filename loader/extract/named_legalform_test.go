package extract

import "testing"

// TestLegalFormEndsPersonName checks a name the recognizer types a
// person's that a company's legal form ends: a company's.
func TestLegalFormEndsPersonName(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"The loan was arranged by a group of lenders led by Banque Moreau SA and Halvik Bank Plc.", []string{"org:banque-moreau-sa"}, []string{"person:banque-moreau-sa"}},
		{"Shares in Vastrand Kemi AB fell after the profit warning.", []string{"org:vastrand-kemi-ab"}, []string{"person:vastrand-kemi-ab"}},
		{"Caracas signed the deal with Petrolera Andina SA, the state company known as PANSA.", []string{"org:petrolera-andina-sa"}, []string{"person:petrolera-andina-sa"}},
		// a person's name: as before
		{"Finance Minister Ama Sarpong welcomed the loan on Monday.", []string{"person:ama-sarpong"}, nil},
		// "Holding" is also a surname
		{"The umpire was criticised on Tuesday by Colin Holding.", []string{"person:colin-holding"}, []string{"org:colin-holding"}},
		// "Asa" is also a name: the form only in capitals
		{"The prize for new fiction went to Funke Asa on Saturday.", []string{"person:funke-asa"}, []string{"org:funke-asa"}},
		{"Choir leader Bisi Asa and the drummer Femi Ojo opened the festival.", nil, []string{"org:bisi-asa", "org:choir-leader-bisi-asa", "org:leader-bisi-asa"}},
		{"Shares in Brekkvik Salmon ASA rose after the quota was raised.", []string{"org:brekkvik-salmon-asa"}, []string{"person:brekkvik-salmon-asa"}},
	})
}

// TestSpelledLegalFormNoPerson checks a run of names the token rules
// read that a legal form spelled out ends: no person's name.
func TestSpelledLegalFormNoPerson(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"The mine is run by Tamberlo Niugini Limited, a joint venture.", []string{"org:tamberlo-niugini-limited"}, []string{"person:tamberlo-niugini-limited"}},
		{"Workers at Oskarby Pulp Incorporated walked out on Monday.", nil, []string{"person:oskarby-pulp-incorporated"}},
		// a person's name: as before
		{"The mine manager, Tamberlo Niugini, resigned on Monday.", []string{"person:tamberlo-niugini"}, nil},
		{"Former opening batsman Colin Holding said the pitch was poor.", []string{"person:colin-holding"}, []string{"org:colin-holding"}},
	})
}
