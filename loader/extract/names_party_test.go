package extract

import "testing"

// TestPartyNounAfterName checks that a name before "party" or
// "newspaper" is the body's over all its mentions, and that a person's
// name before other nouns keeps a person.
func TestPartyNounAfterName(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Lawmakers of the ruling Tarvo Sellan party walked out on Monday. Tarvo Sellan holds 40 seats.",
			[]string{"org:tarvo-sellan"}, []string{"person:tarvo-sellan"}},
		{"The minister gave an interview to the pro-government Maria Castell newspaper on Sunday.",
			[]string{"org:maria-castell"}, []string{"person:maria-castell"}},
		{"The bill passed with the governing Raskalu Nuit and Velmar Oss parties voting in favour.",
			[]string{"org:raskalu-nuit", "org:velmar-oss"}, []string{"person:raskalu-nuit", "person:velmar-oss"}},
		// near misses: a person before other nouns, or a party's member
		{"Officials thanked Dario Menzel and party leaders on Monday.", []string{"person:dario-menzel"}, []string{"org:dario-menzel"}},
		{"Senator Ilse Varga said the party would vote against the bill.", []string{"person:ilse-varga"}, []string{"org:ilse-varga"}},
		{"Officials met Tomas Herrel on Monday, and party leaders later joined them.", []string{"person:tomas-herrel"}, []string{"org:tomas-herrel"}},
		{"Amira Sollen, a party official, said she would resign.", []string{"person:amira-sollen"}, []string{"org:amira-sollen"}},
		// an adverb "daily", "party" modifying a noun after it (rv19f p04, p08, t04)
		{"The envoy said she had phoned Corrado Velluti daily during the talks. Velluti, a former aide, met the mayor on Friday.",
			[]string{"person:corrado-velluti"}, []string{"org:corrado-velluti"}},
		{"Farmers who backed Zurab Tskhadze party candidates in the autumn vote marched on Sunday.",
			[]string{"person:zurab-tskhadze"}, []string{"org:zurab-tskhadze"}},
	})
}
