package extract

import (
	"testing"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// TestTitleBeats checks that a region above countries that only names
// the beat of a title is no entity, and that the same region named as a
// place stays one.
func TestTitleBeats(t *testing.T) {
	g := newFakeGaz()
	for _, r := range []string{"Latin America", "West Africa", "Europe"} {
		g.places[r] = []gazetteer.Entry{{Name: r, Type: domain.Place}}
	}
	for _, tc := range []struct{ text, want, notWant string }{
		{"Its Latin America director, Marta Quiroga, said three editors had left.", "person:marta-quiroga", "place:latin-america"},
		{"Tomas Ek, a West Africa analyst at the Corvin Group, said the talks had stalled.", "org:corvin-group", "place:west-africa"},
		{"Lena Holt, the Europe director of the Corvin Trust, called for his release.", "person:lena-holt", "place:europe"},
		// a region named as a place, and once as a beat, stays
		{"Sales in Latin America fell, said Marta Quiroga, the Latin America director of Corvin Foods.", "place:latin-america", ""},
	} {
		checkMentionedWith(t, g, tc.text, tc.want, tc.notWant)
	}
}
