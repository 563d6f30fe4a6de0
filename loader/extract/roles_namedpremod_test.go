package extract

import (
	"testing"

	"github.com/actorgraph/actorgraph/domain"
)

// TestNamedPremodifierKeeps checks that a bare title a portfolio, a
// body's noun alone, the government or a sentence's opening word
// premodifies keeps the country it is guessed, and a demonym's title
// its country: namedPremodifier leaves them alone.
func TestNamedPremodifierKeeps(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			// near misses: a portfolio, a body's noun alone, a demonym,
			// the government, a sentence's opening word
			text: "NAIROBI, Kenya (Reuters) - Kenya's government raised the fuel levy on Monday. " +
				"Police Minister Ana Soler said the roads would be patrolled.",
			want: []string{"person:ana-soler minister_of country:kenya"},
		},
		{
			text: "NAIROBI, Kenya (Reuters) - Kenya's government raised the fuel levy on Monday. " +
				"Outgoing President Ivo Brandt said the money would build roads.",
			want: []string{"person:ivo-brandt president_of country:kenya"},
		},
		{
			text: "NAIROBI, Kenya (Reuters) - Kenya's government raised the fuel levy on Monday. " +
				"Government spokesman Ivo Brandt said the money would build roads.",
			want: []string{"person:ivo-brandt spokesperson_for country:kenya"},
		},
		{
			text: "NAIROBI, Kenya (Reuters) - Kenya raised the fuel levy on Monday. " +
				"Ethiopian Transport Minister Ana Soler said Ethiopia's lorries would pay it too.",
			want: []string{"person:ana-soler minister_of country:ethiopia"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}

// TestNamedPremodifier checks the words before a bare title that name a
// body or a region the article knows (namedPremodifier), where the name
// recognizer did not make them a mention of their own: resolveBare then
// gives the title no country. The mention over the premodifier is taken
// out to stand for the recognizer's miss ("Corvin Freight President X"
// read as one person, "Mombasa Region" not recognized).
func TestNamedPremodifier(t *testing.T) {
	for _, tt := range []struct {
		text, title string
		want        bool
	}{
		// a company the article names elsewhere
		{"Truckers struck at Corvin Freight on Monday. Corvin Freight President Ivo Brandt said the offer stood.", "President", true},
		// a place below a country, with its region word
		{"Floods hit the coast on Monday. Mombasa Region Prime Minister Ivo Brandt said the roads were closed.", "Prime", true},
		// a body's noun alone, a portfolio, an opening word, a demonym
		{"Prices rose on Monday. Union Finance Minister Ivo Brandt said the cap would hold.", "Finance", false},
		{"Prices rose on Monday. Police Minister Ivo Brandt said the roads were patrolled.", "Minister", false},
		{"Prices rose on Monday. Outgoing President Ivo Brandt said the cap would hold.", "President", false},
		{"Prices rose on Monday. Kenyan President Ivo Brandt said the cap would hold.", "President", false},
	} {
		x := newExtractor(newFakeGaz(), makeArticle("a", tt.text))
		x.prepare()
		x.findEntities()
		s := &x.sents[1]
		k := -1
		for i, tok := range s.toks {
			if tok.text == tt.title {
				k = i
				break
			}
		}
		if k < 0 {
			t.Fatalf("%q: no %q", tt.text, tt.title)
		}
		// the recognizer's miss: no mention of a body or place up to the title
		var kept []mention
		for _, m := range s.ments {
			if m.end > k || m.ent.typ == domain.Country {
				kept = append(kept, m)
			}
		}
		s.ments = kept
		if got := x.namedPremodifier(s, k); got != tt.want {
			t.Errorf("%q: namedPremodifier before %q = %v, want %v", tt.text, tt.title, got, tt.want)
		}
	}
}

// TestNamedPremodifierBare checks the wiring of namedPremodifier end to
// end: a party's mention the recognizer ran into the title ("KPU State")
// makes the bare title that body's office, so resolveBare gives it no
// country (without the premodified mark, the dateline's Kenya).
func TestNamedPremodifierBare(t *testing.T) {
	checkFacts(t, "NAIROBI, Kenya (Reuters) - Kenya raised the fuel levy on Monday. "+
		"The KPU State president Ivo Brandt said the levy would cost jobs.",
		[]string{"person:ivo-brandt title \"State president\""},
		[]string{"person:ivo-brandt president_of"})
}
