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
	})
}
