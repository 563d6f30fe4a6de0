package extract

import "testing"

// TestConjunctOwnSubject tests that a conjoined stance verb with a name
// right before it takes that name for its subject, not the first verb's
// (the parser hangs the name on the first verb's object), while a
// conjunct with no subject of its own still shares the first verb's.
func TestConjunctOwnSubject(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text:    "Finance Minister Ivo Saar presented the 2029 budget to parliament, and opposition leader Lena Kask voted against the budget.",
			want:    []string{"person:lena-kask rejected agreement:2029-budget"},
			notWant: []string{"person:ivo-saar rejected"},
		},
		// a conjunct with no name of its own shares the first verb's subject
		{
			text: "Opposition leader Lena Kask criticised the 2029 budget on Monday and voted against it on Friday.",
			want: []string{"person:lena-kask rejected agreement:2029-budget"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}
