package extract

import "testing"

// TestBodyPeopleOfThe checks that a plural naming a body's people, first
// in its sentence before "of the", is no word of the body's name; and
// that such a word in lower case, or before "of" without "the", is left
// as it was.
func TestBodyPeopleOfThe(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Deputies of the Regional Assembly of Ostvale adopted the budget on Tuesday.",
			[]string{"org:regional-assembly-of-ostvale"}, []string{"org:deputies-of-the-regional-assembly-of-ostvale"}},
		{"Fighters of the Revolutionary Front of Tarrow ambushed a convoy near the border.",
			[]string{"org:revolutionary-front-of-tarrow"}, []string{"org:fighters-of-the-revolutionary-front-of-tarrow"}},
		{"Negotiators of the Northern Farmers Union walked out of the talks on Monday.",
			[]string{"org:northern-farmers-union"}, []string{"org:negotiators-of-the-northern-farmers-union"}},
		// near misses: the plural in lower case; before "of" with no "the"
		{"The army said fighters of the Revolutionary Front of Tarrow ambushed a convoy.",
			[]string{"org:revolutionary-front-of-tarrow"}, nil},
		{"Soldiers of Odin Brelnitz Association held a rally on Sunday.",
			[]string{"org:soldiers-of-odin-brelnitz-association"}, nil},
	})
}
