package extract

import (
	"testing"

	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// TestRegionAgent tests regionAgent (rules_position_region.go): a state or
// province the gazetteer lists as a first-level subdivision takes the
// stance its government takes, named bare, with a possessive or as a
// compound of "government"; a governor named after the state's name, a
// body of the state that is no government, a city, people of the state
// and the state's opposition take none for it.
func TestRegionAgent(t *testing.T) {
	gaz := gazetteer.Default()
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text: "HOBART, March 3 (Reuters) - Tasmania's government on Wednesday proposed a levy on cruise ship passengers to fund harbour repairs.",
			want: []string{"place:tasmania proposed agreement:levy-on-cruise-ship-passengers"},
		},
		{
			text: "The Queensland government rejected a proposal to build a dam on the Mary River, saying it would flood farmland.",
			want: []string{"place:queensland rejected agreement:build-dam-on-mary-river"},
		},
		{
			text: "Manitoba and Saskatchewan have backed a plan to share the cost of a new rail link to Churchill.",
			want: []string{
				"place:manitoba endorsed agreement:plan-to-share-cost-of-new-rail-link-to-churchill",
				"place:saskatchewan endorsed agreement:plan-to-share-cost-of-new-rail-link-to-churchill",
			},
		},
		{
			// the governor's proposal, the state's name read as a
			// second subject
			text:    "New Mexico Gov. Ana Beltran proposed a levy on cruise ship passengers to fund harbour repairs.",
			want:    []string{"person:ana-beltran proposed agreement:levy-on-cruise-ship-passengers"},
			notWant: []string{"place:new-mexico proposed"},
		},
		{
			text:    "Queensland police rejected a proposal to build a dam on the Mary River, saying it would flood farmland.",
			notWant: []string{"place:queensland rejected"},
		},
		{
			text:    "Hobart backed a levy on cruise ship passengers to fund harbour repairs.",
			notWant: []string{"place:hobart endorsed"},
		},
		{
			text:    "Voters in Manitoba rejected a plan to share the cost of a new rail link to Churchill.",
			notWant: []string{"place:manitoba rejected"},
		},
		{
			text:    "Manitoba's opposition leader rejected a plan to share the cost of a new rail link to Churchill.",
			notWant: []string{"place:manitoba rejected"},
		},
	} {
		checkFactsGaz(t, gaz, tt.text, tt.want, tt.notWant)
	}
}
