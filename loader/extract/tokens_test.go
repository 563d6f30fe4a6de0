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
