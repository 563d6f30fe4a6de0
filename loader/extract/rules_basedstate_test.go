package extract

import (
	"testing"

	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// TestBasedStateBody checks that "the CITY-based" before a state body or
// an armed unit bases it in the city, as "based in" after it does, and
// that a bare "in" phrase, a person's "-based" or a body in another
// phrase does not.
func TestBasedStateBody(t *testing.T) {
	for _, c := range []struct {
		text          string
		want, notWant []string
	}{
		{"The Benghazi-based Government of National Renewal rejected the plan on Monday.",
			[]string{"org:government-of-national-renewal based_in place:benghazi"}, nil},
		{"The Kandahar-based Falcon Corps said two of its soldiers were wounded.",
			[]string{"org:falcon-corps based_in place:kandahar"}, nil},
		{"The Geneva-based Agency for Mountain Water said its survey was complete.",
			[]string{"org:agency-for-mountain-water based_in place:geneva"}, nil},
		// near misses: no "-based" word, another phrase, a person
		{"Soldiers of the Falcon Corps in Kandahar were wounded on Monday.", nil, []string{"based_in"}},
		{"A Benghazi-based analyst said the Government of National Renewal had lost support.", nil, []string{"based_in"}},
		{"The Government of National Renewal met in Benghazi on Monday.", nil, []string{"based_in"}},
		{"A Kandahar-based commander of the Falcon Corps said two soldiers were wounded.", nil, []string{"based_in"}},
	} {
		checkFactsGaz(t, gazetteer.Default(), c.text, c.want, c.notWant)
	}
}
