package extract

import "testing"

// TestProposedPurpose tests measureObject (rules_position.go): a "to"
// infinitive the parser hung on "proposed" or "offered" as a purpose is
// the proposal only when the verb's object names no measure; after a
// measure it is that measure's purpose, and "the proposal" later is the
// measure.
func TestProposedPurpose(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text: "Kenya's President Kofi Mensah proposed a regional fund of 2 billion dollars to help rebuild schools in the north. Sudan backed the proposal.",
			want: []string{"country:sudan endorsed agreement:regional-fund-of-2-billion-dollars"},
		},
		{
			// no measure object: the purpose is what is offered
			text: "Egypt offered troops to guard the border. Sudan welcomed the offer.",
			want: []string{"country:egypt proposed agreement:guard-border", "country:sudan endorsed agreement:guard-border"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}
