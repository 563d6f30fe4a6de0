package extract

import "testing"

// TestTrimTitleEnd checks that a title head closing a place's or a
// body's name the recognizer found, before a capitalized name, is cut
// off the name ("Kelvaro Gov. Dana Whitby"); a person's name, a title
// after "the" ("the Office of the President") and a title before a
// lower-case word keep their words.
func TestTrimTitleEnd(t *testing.T) {
	cases := []struct {
		text       string
		start, end int
		typ        string
		want       int
	}{
		{"Kelvaro Gov. Dana Whitby said so.", 0, 2, "place", 1},
		{"Norvale Institute Director Ana Soler said so.", 0, 3, "organization", 2},
		{"Kelvaro Gov. Dana Whitby said so.", 0, 2, "person", 2},
		{"Office of the President Ana Soler said so.", 0, 4, "organization", 4},
		{"Kelvaro Governor said so.", 0, 2, "place", 2},
	}
	for _, tc := range cases {
		toks := tokenize(tc.text, nil)
		if got := trimTitleEnd(toks, tc.start, tc.end, tc.typ); got != tc.want {
			t.Errorf("%q [%d,%d) %s: end %d, want %d", tc.text, tc.start, tc.end, tc.typ, got, tc.want)
		}
	}
}
