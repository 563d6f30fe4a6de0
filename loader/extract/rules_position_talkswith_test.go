package extract

import "testing"

// TestTalksWith tests talksWith (rules_position_measure.go): a "with"
// phrase the parser hung on the verb after talks names whom the talks
// are with, also where an infinitive of the verb's purpose follows; a
// manner, a backer, a helper's or mediator's part (sidePartNouns), a
// party an "as" phrase casts as mediator (castAs) or another measure's
// party does not.
func TestTalksWith(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text: "The Defence Ministry of Lagoria said it would propose security talks with Vestmark to calm the frontier.",
			want: []string{"org:defence-ministry-of-lagoria proposed agreement:security-talks-with-vestmark"},
		},
		{
			// how they are proposed, not with whom
			text:    "The Defence Ministry of Lagoria said it would propose security talks with urgency to calm the frontier.",
			want:    []string{"org:defence-ministry-of-lagoria proposed agreement:security-talks"},
			notWant: []string{"org:defence-ministry-of-lagoria proposed agreement:security-talks-with-urgency"},
		},
		{
			text:    "The Defence Ministry of Lagoria said it would propose security talks with the backing of Vestmark to calm the frontier.",
			want:    []string{"org:defence-ministry-of-lagoria proposed agreement:security-talks"},
			notWant: []string{"org:defence-ministry-of-lagoria proposed agreement:security-talks-with-backing-of-vestmark"},
		},
		{
			// a helper's or mediator's part, whatever its determiner, is no side
			text:    "The Defence Ministry of Lagoria said it would propose security talks with the help of Vestmark to calm the frontier.",
			want:    []string{"org:defence-ministry-of-lagoria proposed agreement:security-talks"},
			notWant: []string{"org:defence-ministry-of-lagoria proposed agreement:security-talks-with-help-of-vestmark"},
		},
		{
			text:    "The Defence Ministry of Lagoria said it would propose security talks with Vestmark's mediation to calm the frontier.",
			want:    []string{"org:defence-ministry-of-lagoria proposed agreement:security-talks"},
			notWant: []string{"org:defence-ministry-of-lagoria proposed agreement:security-talks-with-mediation"},
		},
		{
			// an "as" phrase casts the country in another part
			text:    "The Defence Ministry of Lagoria said it would propose security talks with Vestmark as mediator to calm the frontier.",
			want:    []string{"org:defence-ministry-of-lagoria proposed agreement:security-talks"},
			notWant: []string{"org:defence-ministry-of-lagoria proposed agreement:security-talks-with-vestmark"},
		},
		{
			// "as soon as" says when, not in what part
			text: "The Defence Ministry of Lagoria said it would propose security talks with Vestmark as soon as possible.",
			want: []string{"org:defence-ministry-of-lagoria proposed agreement:security-talks-with-vestmark"},
		},
		{
			// no talks: the pact's party does not name it
			text:    "The Defence Ministry of Lagoria proposed a ceasefire with the rebels to calm the frontier.",
			want:    []string{"org:defence-ministry-of-lagoria proposed agreement:ceasefire"},
			notWant: []string{"org:defence-ministry-of-lagoria proposed agreement:ceasefire-with-rebels"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}
