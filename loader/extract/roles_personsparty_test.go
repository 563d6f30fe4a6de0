package extract

import (
	"testing"

	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// TestPersonsParties checks personsParties: a party named as a person's
// ("Prime Minister X's Y party", "the Y party of Prime Minister X")
// makes X a member of it. A possessive of anything else (a country, a
// person's relative), a party named further on, or "party of" with no
// person's title after it gives no role.
func TestPersonsParties(t *testing.T) {
	for _, tc := range []struct {
		text          string
		want, notWant []string
	}{
		{"Prime Minister Tomas Reyes's Civic Front party lost its majority in Sunday's election.",
			[]string{"person:tomas-reyes member_of org:civic-front"}, nil},
		{"President Ana Soler's ruling Harbour Unity Party won 40 seats in Sunday's vote, officials said.",
			[]string{"person:ana-soler member_of org:harbour-unity-party"}, nil},
		{"The ruling Civic Front party of Prime Minister Tomas Reyes abstained in Tuesday's vote.",
			[]string{"person:tomas-reyes member_of org:civic-front"}, nil},
		{"Tomas Reyes's son joined the Civic Front party last year, officials said.",
			nil, []string{"person:tomas-reyes member_of"}},
		{"Prime Minister Tomas Reyes's government and the Civic Front party clashed over the budget.",
			nil, []string{"person:tomas-reyes member_of"}},
		{"The Civic Front party of lawyers and teachers was founded by Tomas Reyes in 2019.",
			nil, []string{"person:tomas-reyes member_of"}},
	} {
		checkFactsGaz(t, gazetteer.Default(), tc.text, tc.want, tc.notWant)
	}
}
