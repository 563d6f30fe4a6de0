package extract

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

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
		// nameHungOnNoun: the name the parser hung on a describing subject
		{"The opposition Harvest Party rejected the water bill. Its leader, Ana Soler, spoke.", "Harvest Party"},
		{"The opposition Vestra party rejected the water bill. Its leader, Ana Soler, spoke.", "Vestra"},
		// conjSubject: a body subject of each clause, either one "its"
		{"The Corvin Party backed the bill, but the Halden Teachers Union has yet to decide. Its president, Ana Soler, spoke.", ""},
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

// TestPossessiveAfterPossessedSubject checks that "its" after a subject
// a country's possessive opens stands for the subject's body, which the
// sentence before is about, not for the country the coreference model
// may link it to (nearBodyAntecedent).
func TestPossessiveAfterPossessedSubject(t *testing.T) {
	g := newFakeGaz()
	for _, c := range [][2]string{{"Peru", "Lima"}, {"Bolivia", "La Paz"}} {
		e := gazetteer.Entry{Name: c[0], Type: domain.Country}
		g.countries[c[0]] = e
		g.places[c[0]] = append(g.places[c[0]], e)
		g.places[c[1]] = append(g.places[c[1]], gazetteer.Entry{Name: c[1], Type: domain.Place, Country: c[0], Capital: true, Population: 1_000_000})
	}
	g.demonyms["Bolivian"] = "Bolivia"
	checkFactsWith(t, g, "Bolivia's largest business group, the La Paz Chamber of Industry, said the tariff would raise prices for Bolivian families and urged Peru to accept the Mercosur proposal. Its president, Mara Quispe, told Unitel that \"both sides lose from this.\"",
		[]string{"person:mara-quispe head_of org:la-paz-chamber-of-industry"},
		[]string{"person:mara-quispe president_of"},
		func(fact, nw string) bool { return strings.Contains(fact, nw) })
}
