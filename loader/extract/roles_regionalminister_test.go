package extract

import (
	"testing"

	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// TestRegionalMinister checks that a minister's title a state or province
// opens ("Kerala Fisheries Minister X", read even where the region falls
// inside a wrong name) or a capitalized "State" before a portfolio in a
// story from a city of the country other than its capital ("BHOPAL —
// State Revenue Minister X") makes no minister of the country
// (regionalMinister): the title stays. A country's own ministers, a
// "State Minister" and a portfolio minister in the capital keep theirs.
func TestRegionalMinister(t *testing.T) {
	cases := []struct {
		text          string
		want, notWant []string
	}{
		{"THIRUVANANTHAPURAM (PTI) - Kerala Ports Minister Thomas Varghese said on Monday that two harbours would be dredged before the monsoon.",
			nil, []string{"person:thomas-varghese minister_of"}},
		{"BHOPAL, India - State Forest Minister Vikram Rathore said on Tuesday that tiger reserves would get more guards.",
			[]string{"person:vikram-rathore title \"State Forest Minister\""}, []string{"person:vikram-rathore minister_of"}},
		// near misses: the country's ministers keep the country
		{"NEW DELHI (PTI) - Indian Steel Minister Anil Menon said on Monday that two new plants would open this year.",
			[]string{"person:anil-menon minister_of country:india"}, nil},
		{"NEW DELHI (Reuters) - Coal Minister Ravi Sharma said on Friday that output rose sharply in the quarter.",
			[]string{"person:ravi-sharma minister_of country:india"}, nil},
		{"ANKARA (Reuters) - State Minister Kemal Aydin said on Thursday that the lira would recover.",
			[]string{"person:kemal-aydin minister_of country:turkey"}, nil},
	}
	for _, tc := range cases {
		checkFactsGaz(t, gazetteer.Default(), tc.text, tc.want, tc.notWant)
	}
}
