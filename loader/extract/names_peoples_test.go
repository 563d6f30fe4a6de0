package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestPeoplesNoActors checks that a name the article gives a people, an
// ethnic group or a clan ("the Varsi and Oru Kadem communities", "the
// Tolvan ethnic minority") is no organization or person, there or where
// the article names it again; and that a place's tribes, a singular
// "community", a body before the noun and a headline's words stay names.
func TestPeoplesNoActors(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Elders of the Varsi and Oru Kadem communities signed the truce on Monday. A Varsi militia commander was killed in March.",
			nil, []string{"org:varsi", "person:varsi", "org:oru-kadem", "person:oru-kadem"}},
		{"The province is home to the Tolvan ethnic minority, the report said. The Tolvan leader, Arek Dosu, welcomed it.",
			[]string{"person:arek-dosu"}, []string{"org:tolvan", "person:tolvan"}},
		{"Clashes between the Hadro and Belkit clans killed four people near the well, police said.",
			nil, []string{"org:hadro", "org:belkit", "person:hadro", "person:belkit"}},
		// near misses: a singular "community", a body before the noun
		{"The leader of the Quellan community, Dario Fensk, rejected the offer from the Quellan Mining Company.",
			[]string{"person:dario-fensk", "org:quellan-mining-company"}, nil},
		{"The Varnok Farmers Union and the Varnok Traders Association represent the communities of the valley.",
			[]string{"org:varnok-farmers-union", "org:varnok-traders-association"}, nil},
	})
}

// TestPeoplesPlaceTribes checks that a name the article also writes
// before a place's kind ("the Ostrava region") stays a name before
// "tribes".
func TestPeoplesPlaceTribes(t *testing.T) {
	for _, tc := range []struct{ text, name string }{
		{"Leaders of the Ostrava tribes met in the Ostrava region on Friday.", "ostrava"},
	} {
		got := mentionedIDs(tc.text)
		if !slices.ContainsFunc(got, func(id string) bool { return strings.HasSuffix(id, ":"+tc.name) }) {
			t.Errorf("%q: %s not mentioned; got %q", tc.text, tc.name, got)
		}
	}
}
