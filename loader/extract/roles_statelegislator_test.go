package extract

import (
	"testing"

	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// TestStateLegislator checks that a bare "State Sen. X" or "state Rep. Y"
// sits in no chamber of Congress and in no country's legislature
// (stateLegislator): only a state chamber the article names gives the
// seat. The title stays. A bare "Sen. X, R-Wyo." and a senator in a
// story from abroad keep theirs.
func TestStateLegislator(t *testing.T) {
	cases := []struct {
		text          string
		want, notWant []string
	}{
		{"CASPER, Wyo. (AP) - Miners walked out on Monday. State Sen. Otto Rask of Gillette, a Republican, criticized the union.",
			[]string{"person:otto-rask title \"State Sen.\""}, []string{"person:otto-rask member_of"}},
		{"SALEM, Ore. (AP) - State Sen. Lena Park, a Democrat from Bend, proposed a bill on Thursday that would fund more deputies, and lawmakers will hold a hearing next week.",
			[]string{"person:lena-park title \"State Sen.\""}, []string{"person:lena-park member_of"}},
		// near misses: a named state chamber, a member of Congress, a
		// senator abroad
		{"CHEYENNE, Wyo. (AP) - State Sen. Lena Park of Casper, who chairs the Wyoming Senate's minerals committee, proposed a moratorium. The Wyoming Senate will vote in March.",
			[]string{"person:lena-park member_of org:wyoming-senate"}, nil},
		{"WASHINGTON (AP) - Sen. Otto Rask, R-Wyo., said the bill would pass the Senate next week, while lawmakers in the House were split.",
			[]string{"person:otto-rask member_of org:senate"}, nil},
		{"SANTIAGO, Chile (Reuters) - Senator Ana Soler said on Monday the copper royalty bill would pass the chamber.",
			[]string{"person:ana-soler member_of country:chile"}, nil},
	}
	for _, tc := range cases {
		checkFactsGaz(t, gazetteer.Default(), tc.text, tc.want, tc.notWant)
	}
}
