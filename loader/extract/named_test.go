package extract

import "testing"

func TestTrimNameStartAndType(t *testing.T) {
	tests := []struct {
		text, typ string
		start     int    // the name's first token after trimming
		want      string // its type
	}{
		{"Foreign Minister Ana Soler", "person", 2, "person"},
		{"Tarrow-based Corvin Group", "organization", 1, "organization"},
		{"Minister Soler", "organization", 0, "organization"}, // titles are trimmed only from people
		{"Lake Ostvale", "person", 0, "place"},
		{"Korvath Street", "person", 0, "place"},
		{"Duchess of Ostvale", "place", 0, ""},
		{"Duchess Ana", "place", 0, "place"},
		{"Ana Soler", "person", 0, "person"},
	}
	for _, tc := range tests {
		toks := tokenize(tc.text, nil)
		start := trimNameStart(toks, 0, len(toks), tc.typ)
		if start != tc.start {
			t.Errorf("%q: name starts at token %d, want %d", tc.text, start, tc.start)
		}
		if got := namedType(toks[start:], tc.typ); got != tc.want {
			t.Errorf("%q (%s): type %q, want %q", tc.text, tc.typ, got, tc.want)
		}
	}
}
