package extract

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// TestParticlePlaceBeforeHyphen checks that a place whose name a
// lower-case particle joins ("Dar es Salaam") is read whole before a
// hyphenated adjective ("a Dar es Salaam-based group"), as a place of
// capitalized words is ("the New Delhi-based Corvin Trust"), where the
// gazetteer knows the words together.
func TestParticlePlaceBeforeHyphen(t *testing.T) {
	g := newFakeGaz()
	g.places["Porto es Vela"] = []gazetteer.Entry{{Name: "Porto es Vela", Type: domain.Place, Country: "Kenya", Population: 400_000}}
	mentions := []struct {
		text          string
		want, notWant string
	}{
		{"The Corvin Trust, a Porto es Vela-based charity, said aid was late.", "place:porto-es-vela", "person:porto"},
		{"The Porto es Vela-based lender Corvin Bank raised its rates.", "place:porto-es-vela", "place:porto"},
		// words the gazetteer does not know together make no place
		{"Ana Soler of Ostvale-based Corvin Trust said sales fell.", "person:ana-soler", "place:ana-soler-of-ostvale"},
		{"Fares from Kisumu to Ostvale-based carriers rose.", "place:kisumu", "place:kisumu-to-ostvale"},
	}
	for _, tc := range mentions {
		checkMentionedWith(t, g, tc.text, tc.want, tc.notWant)
	}
	refused := func(fact, nw string) bool { return strings.Contains(fact, nw) }
	checkFactsWith(t, g, "The Corvin Trust, a Porto es Vela-based charity, said aid was late.",
		[]string{"org:corvin-trust based_in place:porto-es-vela"}, []string{"based_in place:porto "}, refused)
}
