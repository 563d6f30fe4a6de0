package extract

import (
	"sort"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/nlp/doc"
)

// TestArabicArticle checks the article before the hyphen, including where
// the hyphen sits at the edge of the prefix arabicArticle looks at.
func TestArabicArticle(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"al-Tamir", true},
		{"el-Basri", true},
		{"bin-Hadi", true},
		{"abu‐Karim", true}, // U+2010 hyphen right after a three-letter article
		{"ash‐Sarif", true}, // U+2010 hyphen
		{"al-tamir", false}, // the name must be capitalized
		{"a-Tamir", false},  // one letter is no article
		{"alma-Tamir", false},
		{"well-Known", false},
		{"Al-Tamir", false}, // capitalized: cap already
		{"almanac", false},
		{"al", false},
		{"al-", false},
	} {
		if got := arabicArticle(c.w); got != c.want {
			t.Errorf("arabicArticle(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}

// TestHyphenAt checks hyphenAt against strings.IndexAny, including a
// prefix cut inside a hyphen's bytes or inside another character.
func TestHyphenAt(t *testing.T) {
	for _, w := range []string{"al-Tamir", "abu‐Karim", "ash‐Sarif", "almanac", "", "-", "‐", "a\xe2\x80-b",
		"ñu-Ola", "é‐É", "€-x", "\xe2\x80\x90x", "\xff-", "\xe2-", "na\xe2\x80\x91x-y", "‑non-breaking"} {
		for n := 0; n <= len(w); n++ {
			if got, want := hyphenAt(w[:n]), strings.IndexAny(w[:n], "-‐"); got != want {
				t.Errorf("hyphenAt(%q) = %d, want %d", w[:n], got, want)
			}
		}
	}
}

// TestTokenAlignment checks oldSpan's table against the binary searches
// it replaced, on a parse that splits and joins the token rules' words
// differently ("U.S.-backed" in three, "Vorn's" in two, "signed in" in
// one).
func TestTokenAlignment(t *testing.T) {
	text := `Gen. Ada Vorn's U.S.-backed plan, signed in al-Tarif, “stands.”`
	s := &sentence{text: text, toks: tokenize(text, nil)}
	ds := &doc.Sentence{Start: 7, End: 7 + len(text)}
	for _, f := range []string{"Gen.", "Ada", "Vorn", "'s", "U.S.", "-", "backed", "plan", ",", "signed in", "al-Tarif",
		",", "“", "stands", ".", "”"} {
		off := 0
		if n := len(ds.Tokens); n > 0 {
			off = ds.Tokens[n-1].End - ds.Start
		}
		i := strings.Index(text[off:], f) + off
		ds.Tokens = append(ds.Tokens, doc.Token{Form: f, Start: ds.Start + i, End: ds.Start + i + len(f)})
	}
	search := func(start, end int) (int, int, bool) {
		lo := ds.Tokens[start].Start - ds.Start
		hi := ds.Tokens[end-1].End - ds.Start
		toks := s.toks
		os, oe := -1, -1
		if k := sort.Search(len(toks), func(k int) bool { return toks[k].start >= lo }); k < len(toks) && toks[k].start == lo {
			os = k
		}
		if k := sort.Search(len(toks), func(k int) bool { return toks[k].end >= hi }); k < len(toks) && toks[k].end == hi {
			oe = k + 1
		}
		return os, oe, os >= 0 && oe > os
	}
	matched := 0
	for start := range ds.Tokens {
		for end := start + 1; end <= len(ds.Tokens); end++ {
			os, oe, ok := oldSpan(s, ds, start, end)
			wos, woe, wok := search(start, end)
			if os != wos || oe != woe || ok != wok {
				t.Errorf("oldSpan(%d, %d) = %d, %d, %v; want %d, %d, %v", start, end, os, oe, ok, wos, woe, wok)
			}
			if ok {
				matched++
			}
		}
	}
	if matched == 0 {
		t.Error("no span matched: the test sentence lines nothing up")
	}
}

// TestTokensInTextOrder checks what oldSpan's alignment relies on:
// the tokens of a sentence lie in text order, each one non-empty, so
// that their starts and their ends both rise.
func TestTokensInTextOrder(t *testing.T) {
	for _, s := range []string{
		`Mr. Ivo Brandt, the Corvin Bank's chief, said: "We won't sign."`,
		`The Workers' Union of Ostvale met Gen. Lars Holm on Jan. 5 in St. Halden.`,
		`“Talks resume,” Ana Soler’s aide said of the 60-day truce (1,000 troops).`,
		`the People's Front — a group of 3.5 million members — rejected it on Monday.`,
	} {
		toks := tokenize(s, nil)
		for k, tk := range toks {
			if tk.end <= tk.start {
				t.Errorf("%q: token %d %q is empty", s, k, tk.text)
			}
			if k > 0 && (tk.start < toks[k-1].end || tk.end <= toks[k-1].end) {
				t.Errorf("%q: token %d %q does not follow %q", s, k, tk.text, toks[k-1].text)
			}
		}
	}
}
