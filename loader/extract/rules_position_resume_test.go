package extract

import "testing"

// TestResumeAct tests "resume" among actVerbs (rules_position_measure.go):
// agreeing to resume an act endorses it, as agreeing to reopen does, and
// refusing to resume it rejects it; resuming work after a strike names no
// measure.
func TestResumeAct(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text: "Kenya and Sudan agreed on Monday to resume talks on the shared border.",
			want: []string{"country:kenya endorsed agreement:resume-talks-on-shared-border", "country:sudan endorsed agreement:resume-talks-on-shared-border"},
		},
		{
			text: "Kenya refused to resume talks with Sudan.",
			want: []string{"country:kenya rejected agreement:resume-talks-with-sudan"},
		},
		{
			text:    "The dock workers union agreed to resume work on Monday after a week-long strike.",
			notWant: []string{" endorsed agreement:"},
		},
		{
			// a lone actor resuming its own duties or hearings agrees
			// no measure
			text:    "Malawian President Chikondi Phiri agreed on Wednesday to resume his official duties after two weeks of sick leave.",
			notWant: []string{" endorsed agreement:"},
		},
		{
			text:    "The Estonian High Court agreed to resume hearings in the harbour lease case on Friday.",
			notWant: []string{" endorsed agreement:"},
		},
		{
			// talks always have another party, named or not
			text: "Kenya agreed to resume border negotiations on Thursday, a senior diplomat said.",
			want: []string{"country:kenya endorsed agreement:resume-border-negotiations"},
		},
		{
			text:    "The Kenyan state broadcaster agreed to resume its weekly talk show on Thursday.",
			notWant: []string{" endorsed agreement:"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}
