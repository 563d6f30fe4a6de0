package extract

import "testing"

// TestSpanParticiple tests spanParticiple (rules_position_measure.go): a
// gerund right after a measure noun that says where it runs from and to
// names it with its phrases; a gerund with a "from" phrase alone keeps
// the word only, as before. A relative clause with its own subject is
// no describing participle.
func TestSpanParticiple(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text: "The Ministry of Lagoria proposed a buffer zone stretching from the Orvel River to the coast of Maren province.",
			want: []string{"org:ministry-of-lagoria proposed agreement:buffer-zone-stretching-from-orvel-river-to-coast-of-maren-province"},
		},
		{
			// a relative clause on the end's noun, with its own
			// subject, is no part of the name and does not push it
			// over the word limit (describingParticiple)
			text: "The Ministry of Lagoria proposed a buffer zone stretching from the Orvel River to the coast of Maren province, from which all artillery would be pulled back.",
			want: []string{"org:ministry-of-lagoria proposed agreement:buffer-zone-stretching-from-orvel-river-to-coast-of-maren-province"},
		},
		{
			// no end: where it starts alone does not name it
			text:    "The Ministry of Lagoria proposed a buffer zone stretching from the river.",
			want:    []string{"org:ministry-of-lagoria proposed agreement:buffer-zone-stretching"},
			notWant: []string{"org:ministry-of-lagoria proposed agreement:buffer-zone-stretching-from-river"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}
