package extract

import "testing"

// TestIdeologyAdjectives checks that a creed's adjective before the noun
// it describes ("Islamist insurgents", "Maoist rebels") is no body's
// name, and that a body's name that holds one, or the word before a
// name, stays.
func TestIdeologyAdjectives(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"NAIROBI (Reuters) - Islamist insurgents ambushed a convoy near the border on Monday, police said.",
			nil, []string{"org:islamist", "person:islamist"}},
		{"Maoist rebels killed two policemen in the forest, officials said.",
			nil, []string{"org:maoist", "person:maoist"}},
		{"The country's largest Islamist party, Tadamun, called for a boycott.",
			nil, []string{"org:islamist", "person:islamist"}},
		// near miss: a name that holds the word
		{"The Islamist Renewal Front rejected the offer on Friday.",
			[]string{"org:islamist-renewal-front"}, nil},
	})
}
