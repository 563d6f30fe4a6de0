package extract

import "testing"

// TestArabicArticleSunLetters: the Arabic article spelled as it sounds
// before a sun letter, with a or e, keeps the name it opens whole
// ("Deir ez-Zor"); a lower-case word that only looks like one does not.
func TestArabicArticleSunLetters(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"ez-Zawiya", true},
		{"es-Sahel", true},
		{"esh-Shaab", true},
		{"ed-Dahr", true},
		{"et-Tell", true},
		{"er-Ramla", true},
		{"en-Nafud", true},
		{"ad-Dira", true}, // the a-form too
		// near misses: no capital after the hyphen, or no article
		{"ez-zone", false},
		{"en-route", false},
		{"eco-Friendly", false},
		{"ex-Minister", false},
		{"re-Elected", false},
	} {
		if got := arabicArticle(c.w); got != c.want {
			t.Errorf("arabicArticle(%q) = %v, want %v", c.w, got, c.want)
		}
	}
	checkMentionCases(t, []mentionCase{
		{"Gunmen attacked a pumping station in the town of Tell ez-Zawiya on Monday, officials in Nairobi said.", []string{"place:tell-ez-zawiya"}, []string{"place:tell", "person:tell"}},
		{"The ex-Minister of Finance resigned on Monday.", nil, []string{"place:ex-minister"}},
	})
}
