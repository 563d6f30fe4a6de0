package extract

import (
	"testing"

	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// TestBasedBeforeName checks that a name right after "CITY-based", or
// after "CITY-based" and a noun of a body or a maker's trade, is a body
// based in the city, and that a person's trade there, a name the phrase
// goes on past, or a person-shaped name keep their reading.
func TestBasedBeforeName(t *testing.T) {
	for _, c := range []struct {
		text          string
		want, notWant []string
	}{
		{"Shares of London-based Santa Marta fell 4 percent on Friday.",
			[]string{"org:santa-marta based_in place:london"}, []string{"place:santa-marta"}},
		{"The plant belongs to Istanbul-based glassmaker Veralux, the statement said.",
			[]string{"org:veralux based_in place:istanbul"}, []string{"person:veralux"}},
		{"The Monterrey-based employers' group Tarvex said the delays were costly.",
			[]string{"org:tarvex based_in place:monterrey"}, []string{"person:tarvex"}},
		// near misses: a person's trade, a noun after the name, a person's name
		{"The Lagos-based designer Tunde Bakare said orders had doubled.", []string{"person:tunde-bakare mentioned_in article:t"}, []string{"based_in"}},
		{"A Berlin-based Kreuzberg charity said it would help the families.", nil, []string{"org:kreuzberg"}},
		{"The Lisbon-based novelist Quarto said his book would appear in May.", nil, []string{"org:quarto"}},
	} {
		checkFactsGaz(t, gazetteer.Default(), c.text, c.want, c.notWant)
	}
}
