package extract

import "testing"

// TestPreviousSubjectBody checks which body "its" falls back on: the
// subject of the sentence before, or the name in apposition to that
// subject when it is a common noun.
func TestPreviousSubjectBody(t *testing.T) {
	for _, tt := range []struct {
		text, want string
	}{
		{"The Corvin Union opposed the bill. Its president, Ana Soler, spoke.", "Corvin Union"},
		{"The U.N. mission in Congo, MONUSCO, condemned the shelling. Its head, Ana Soler, spoke.", "MONUSCO"},
		{"The shelling went on. Its toll, the police said, was high.", ""},
		// definiteBody: the body a definite subject stands for
		{"After Corvin Logistics lost its licence, the company said it would appeal. Its chief, Ana Soler, spoke.", "Corvin Logistics"},
		// openingNameBefore: the name a describing subject follows
		{"The Corvin Relief Fund, the UN aid agency based in Nairobi, warned that famine had spread. Its director, Ana Soler, spoke.", "Corvin Relief Fund"},
	} {
		x := newExtractor(newFakeGaz(), makeArticle("a", tt.text))
		x.run()
		got := ""
		if e := x.previousSubjectBody(1); e != nil {
			got = e.name
		}
		if got != tt.want {
			t.Errorf("%q: previousSubjectBody = %q, want %q", tt.text, got, tt.want)
		}
	}
}
