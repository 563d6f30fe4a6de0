package extract

import (
	"slices"
	"testing"
)

// TestObjectBeforeParticiple checks that a person named as the object of
// a verb ("had dismissed X, head of …") does not speak the quote of a
// participle after his apposition ("…, calling it “…”"), which is its
// clause's subject's; and that an inverted subject of a verb of saying
// still does.
func TestObjectBeforeParticiple(t *testing.T) {
	for _, tt := range []struct{ text, want, notWant string }{
		{"The Halden Water Board said on Friday it had dismissed Ivo Brandt, head of the board's billing office, calling the overcharges \"a betrayal of every family we serve.\"",
			"", "person:ivo-brandt: a betrayal of every family we serve."},
		// near miss: "said X, calling": X speaks
		{"\"We are not finished,\" said Ivo Brandt, head of the Halden Water Board, calling the overcharges \"a betrayal of every family we serve.\"",
			"person:ivo-brandt: a betrayal of every family we serve.", ""},
	} {
		ex, _ := run(tt.text)
		got := saidBy(ex)
		if tt.want != "" && !slices.Contains(got, tt.want) {
			t.Errorf("%q:\nexpected %s\ngot %q", tt.text, tt.want, got)
		}
		if tt.notWant != "" && slices.Contains(got, tt.notWant) {
			t.Errorf("%q:\nunexpected %s", tt.text, tt.notWant)
		}
	}
}
