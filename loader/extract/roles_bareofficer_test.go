package extract

import "testing"

// TestBareOfficerPreviousSubject checks that a bare company officer's
// title opening a sentence ("Chief executive X said …") serves the one
// organization the sentence before, in its paragraph, has for subject
// (officerOfPreviousSubject); a governor only a bank. Near misses: a
// second organization in the title's sentence, a subject that is no
// bank for a governor, a subject in another paragraph.
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
	}
	for _, tc := range cases {
		checkFacts(t, tc.text, tc.want, tc.notWant)
	}
}
