package nlp

import "testing"

func TestOpensArticle(t *testing.T) {
	const text = "Port reopens\n\nVELMORA, March 4 (Reuters) - The port reopened. UNESCO — the agency — said so.\nIt was calm.\nMore followed."
	at := func(s string) int {
		for i := range len(text) - len(s) + 1 {
			if text[i:i+len(s)] == s {
				return i
			}
		}
		t.Fatalf("%q not in the text", s)
		return -1
	}
	for _, c := range []struct {
		name  string
		i     int
		start int
		want  bool
	}{
		{"headline", 0, 0, true},
		{"dateline's sentence opens a line", 1, at("VELMORA"), true},
		{"inside a line", 2, at("UNESCO"), false},
		{"opens a line among the first three", 2, at("It was"), true},
		{"opens a line past the first three", 3, at("More"), false},
	} {
		if got := opensArticle(text, c.i, c.start); got != c.want {
			t.Errorf("%s: opensArticle(%d, %d) = %v, want %v", c.name, c.i, c.start, got, c.want)
		}
	}
}
