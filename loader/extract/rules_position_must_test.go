package extract

import "testing"

// TestMustStance tests hedgedStance (rules_position.go) for "must": a
// stance verb under "must" is an obligation, no stance yet; the plain
// verb and a speaker's own quoted "we must reject" still count.
func TestMustStance(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text:    "Kenya proposed a maritime border treaty with Ethiopia. The Kenyan Senate must still approve the treaty.",
			want:    []string{"country:kenya proposed agreement:maritime-border-treaty"},
			notWant: []string{"endorsed"},
		},
		{
			text:    "Kenya proposed a maritime border treaty with Ethiopia. Ethiopia must first ratify the treaty, officials said.",
			notWant: []string{"country:ethiopia endorsed"},
		},
		{
			text: "Kenya proposed a maritime border treaty with Ethiopia. Ethiopia approved the treaty on Monday.",
			want: []string{"country:ethiopia endorsed agreement:maritime-border-treaty"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}
