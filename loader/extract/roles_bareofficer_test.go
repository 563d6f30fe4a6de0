package extract

import "testing"

// TestBareOfficerPreviousSubject checks that a bare company officer's
// title opening a sentence ("Chief executive X said …") serves the one
// organization the sentence before, in its paragraph, has for subject
// (officerOfPreviousSubject); a governor only a country's bank. Near
// misses: a second organization in the title's sentence or in the main
// clause of the sentence before, a subject that is no bank or a
// multilateral one for a governor, a subject in another paragraph.
func TestBareOfficerPreviousSubject(t *testing.T) {
	cases := []struct {
		text          string
		want, notWant []string
	}{
		{"Halden Motors Ltd., based in Tarrow, cut its sales forecast on Monday. Chief Executive Officer Ivo Brandtsen told analysts that the company expected weaker demand.",
			[]string{"person:ivo-brandtsen head_of org:halden-motors-ltd"}, nil},
		{"The Corvin Reserve Bank, based in Tarrow, has warned that prices would rise. Deputy Governor Ana Solberg said the bank would act if needed.",
			[]string{"person:ana-solberg member_of org:corvin-reserve-bank"}, nil},
		{"The Corvin Reserve Bank said exports fell 9% in the first quarter. Governor Ana Solberg warned that reserves would keep falling.",
			[]string{"person:ana-solberg head_of org:corvin-reserve-bank"}, nil},
		// near misses
		{"Halden Motors Ltd. cut its sales forecast on Monday. Chief Executive Officer Ivo Brandtsen of Amberline Freight said demand was weak.",
			nil, []string{"person:ivo-brandtsen head_of org:halden-motors-ltd"}},
		{"The Corvin Land Trust said exports fell 9% in the first quarter. Governor Ana Solberg warned that reserves would keep falling.",
			nil, []string{"person:ana-solberg head_of org:corvin-land-trust"}},
		{"Halden Motors Ltd. cut its sales forecast on Monday.\n\nChairman Ivo Brandtsen said the weather had been poor.",
			nil, []string{"person:ivo-brandtsen head_of org:halden-motors-ltd"}},
		// a multilateral bank has no governor at its head; a second body
		// in the sentence before may be the officer's
		{"The World Bank lowered its growth forecast for Norland on Wednesday. Governor Oskar Lindqvist said the central bank would keep rates steady.",
			nil, []string{"person:oskar-lindqvist head_of org:world-bank", "person:oskar-lindqvist member_of org:world-bank"}},
		{"The Tarrow Dockers Union called a strike at Corvin Terminals Ltd. on Monday. Chairman Ruben Castell said the company would not give in.",
			nil, []string{"person:ruben-castell head_of org:tarrow-dockers-union"}},
		// a lender is no state's bank: its governor is the central bank's
		{"Harbourline Bank lifted its lending rate on Tuesday. Governor Ana Solberg said the central bank's last cut had not reached borrowers.",
			nil, []string{"person:ana-solberg head_of org:harbourline-bank", "person:ana-solberg member_of org:harbourline-bank"}},
		// a lender named for a city or a "National Bank" the sentence
		// sets against the central bank
		{"Bank of Kisumu reported a record profit for the year on Tuesday. Governor Oskar Lindqvist said the central bank would hold rates.",
			nil, []string{"person:oskar-lindqvist head_of org:bank-of-kisumu", "person:oskar-lindqvist member_of org:bank-of-kisumu"}},
		{"National Bank of Corvin trimmed its lending rate on Monday. Governor Oskar Lindqvist said the central bank was pleased with the step.",
			nil, []string{"person:oskar-lindqvist head_of org:national-bank-of-corvin", "person:oskar-lindqvist member_of org:national-bank-of-corvin"}},
		{"Bank of Halvia lifted its mortgage rates on Thursday. Governor Oskar Lindqvist said the central bank expected prices to cool.",
			nil, []string{"person:oskar-lindqvist head_of org:bank-of-halvia", "person:oskar-lindqvist member_of org:bank-of-halvia"}},
		// a body named only in a clause describing the subject is no
		// second body
		{"Halden Motors Ltd., which is listed on the Tarrow Stock Exchange, cut its sales forecast on Monday. Chief Executive Officer Ivo Brandtsen said demand was weak.",
			[]string{"person:ivo-brandtsen head_of org:halden-motors-ltd"}, nil},
	}
	for _, tc := range cases {
		checkFacts(t, tc.text, tc.want, tc.notWant)
	}
}
