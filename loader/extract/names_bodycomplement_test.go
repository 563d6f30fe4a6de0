package extract

import "testing"

// TestBodyComplementNoun checks that "Peace", "War" or "Mine" opening a
// body's "for" or "of" complement is a word of the body's name; and that
// the lower-case noun, or one after no body's word, is not.
func TestBodyComplementNoun(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Talks with the Coalition for Peace resumed in Nairobi on Monday.",
			[]string{"org:coalition-for-peace"}, []string{"org:coalition"}},
		{"The Ministry of War said two soldiers died near the border.",
			[]string{"org:ministry-of-war"}, nil},
		{"Talks with the Union for Peace in Ethiopia (UPE) resumed in Nairobi on Monday.",
			[]string{"org:union-for-peace-in-ethiopia"}, []string{"org:union"}},
		// near misses: a lower-case noun; no body's word before "for"
		{"The Coalition for peace talks met in Nairobi on Monday.",
			nil, []string{"org:coalition-for-peace"}},
		{"Marches for Peace were held in Nairobi on Monday.",
			nil, []string{"org:marches-for-peace"}},
	})
}
