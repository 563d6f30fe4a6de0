package nlp

import (
	"strings"
	"testing"
)

func TestOpensArticle(t *testing.T) {
	const (
		wire   = "Port reopens\n\nVELMORA, March 4 (Reuters) - The port reopened. UNESCO — the agency — said so.\nMore followed."
		byline = "Port reopens\nBy Ana Reyes\nVELMORA (AP) — The port reopened."
	)
	for _, c := range []struct {
		name, text, sentence string
		i                    int
		want                 bool
	}{
		{"headline", wire, "Port reopens", 0, true},
		{"dateline's sentence opens a line", wire, "VELMORA", 1, true},
		{"inside a line", wire, "UNESCO", 2, false},
		{"opens a line past the first three", wire, "More", 3, false},
		{"after a byline, the third opens a line", byline, "VELMORA", 2, true},
	} {
		start := strings.Index(c.text, c.sentence)
		if start < 0 {
			t.Fatalf("%s: %q not in the text", c.name, c.sentence)
		}
		if got := opensArticle(c.text, c.i, start); got != c.want {
			t.Errorf("%s: opensArticle(%d, %d) = %v, want %v", c.name, c.i, start, got, c.want)
		}
	}
}
