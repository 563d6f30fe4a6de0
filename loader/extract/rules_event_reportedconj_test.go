package extract

import "testing"

// TestReportedWouldConjunct tests that a "would" clause conjoined to the
// clause a past verb of saying reports ("said A and that she would travel
// to X on May 2") is a plan, as the first clause would be, and that a
// conjunct with a condition, a negation, "have" or a verb of hoping above
// stays no event.
func TestReportedWouldConjunct(t *testing.T) {
	for _, tt := range []struct {
		name, text    string
		want, notWant []string
	}{
		{
			name: "the second clause of what was said is planned",
			text: "Trade Minister Ana Soler said the cabinet had approved the tariffs and that she would travel to Arusha on April 3 to meet Joseph Kamau.",
			want: []string{
				"event:visit-2025-04-03-arusha participant person:ana-soler",
				"event:visit-2025-04-03-arusha participant person:joseph-kamau",
			},
		},
		{
			name: "a meeting in the second clause too",
			text: "Foreign Minister Lena Varga told reporters the border had reopened and that she would meet Ivo Brandt in Eldoret on April 9.",
			want: []string{"event:meeting-2025-04-09-eldoret participant person:ivo-brandt"},
		},
		{
			name:    "a negated conjunct is no plan",
			text:    "Trade Minister Ana Soler said the cabinet had approved the tariffs and that she would not travel to Arusha on April 3.",
			notWant: []string{"event:visit"},
		},
		{
			name:    "a conjunct with a condition is no plan",
			text:    "Trade Minister Ana Soler said the cabinet had approved the tariffs and that she would travel to Arusha on April 3 if the roads reopened.",
			notWant: []string{"event:visit"},
		},
		{
			name:    "what would have happened did not",
			text:    "Trade Minister Ana Soler said the talks had failed and that she would have travelled to Arusha on April 3.",
			notWant: []string{"event:visit"},
		},
		{
			name:    "a hope is no report",
			text:    "Trade Minister Ana Soler hoped the cabinet would approve the tariffs and that she would travel to Arusha on April 3.",
			notWant: []string{"event:visit"},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkFacts(t, tt.text, tt.want, tt.notWant)
		})
	}
}
