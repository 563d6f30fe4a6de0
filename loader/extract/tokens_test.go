package extract

import "testing"

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

// TestTokensInTextOrder checks what oldSpan's binary searches rely on:
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
