package extract

import (
	"testing"

	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// TestDescribedApposition checks describerStart in roleBefore: words
// that describe the name ("Ghanaian diplomat", "the Norwegian diplomat")
// between the comma after a title and the name leave the title the
// name's, as a comma right before the name does. No title before the
// comma, or a describing noun with no comma before it, gives none.
func TestDescribedApposition(t *testing.T) {
	for _, tc := range []struct {
		text          string
		want, notWant []string
	}{
		{"The African Union's special envoy for the Sahel, Ghanaian diplomat Kofi Mensah-Bonsu, welcomed the accord on Tuesday.",
			[]string{"person:kofi-mensah-bonsu envoy_of org:african-union"}, nil},
		{"The meeting was chaired by the head of the Corvin Mission, the Norwegian diplomat Ida Brandt, and by a bloc envoy.",
			[]string{"person:ida-brandt head_of org:corvin-mission"}, nil},
		{"Nigerian diplomat Yakubu Sani said the accord would hold.",
			nil, []string{"person:yakubu-sani envoy_of", "person:yakubu-sani member_of", "person:yakubu-sani head_of"}},
		{"The envoy met the president on Monday, Ugandan lawyer Peter Okello said.",
			nil, []string{"person:peter-okello envoy_of", "person:peter-okello president_of", "person:peter-okello head_of"}},
		{"The talks were held at the request of the minister, veteran diplomat Joseph Amoah told reporters.",
			nil, []string{"person:joseph-amoah minister_of", "person:joseph-amoah member_of"}},
		{"The delegation met the defence minister, Ghanaian diplomat Kofi Mensah-Bonsu said on Friday.",
			nil, []string{"person:kofi-mensah-bonsu minister_of"}},
	} {
		checkFactsGaz(t, gazetteer.Default(), tc.text, tc.want, tc.notWant)
	}
}
