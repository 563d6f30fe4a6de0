package extract

import (
	"testing"

	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// TestOpeningBodyBefore checks openingBodyBefore: a sentence-opening
// "Its <title>, X" after a sentence that opens with an organization's
// name as the subject of its words, where the parser hung the name
// elsewhere than on the main verb, gives X the role in that body; a
// sentence naming a second organization, or after its verb a thing with
// officers of its own, or one whose subject is no organization, gives
// none.
func TestOpeningBodyBefore(t *testing.T) {
	for _, tc := range []struct {
		text          string
		want, notWant []string
	}{
		{"Corvane Shipping, which is headquartered in Bergen, warned in its annual report that fuel costs would hit its staff. Its chief executive, Mara Lindqvist, said the company would cut two routes.",
			[]string{"person:mara-lindqvist head_of org:corvane-shipping"}, nil},
		{"The haulage association Trevnor rejected the toll, saying hundreds of its members' lorries were stuck at the border. Its president, Olek Varga, said the plan punished drivers.",
			[]string{"person:olek-varga head_of org:trevnor"}, nil},
		{"The Velmar opposition has criticised the harbour's budget plan. Its leader, Ines Tarrow, called for a vote before the summer.",
			[]string{"person:ines-tarrow head_of org:velmar"}, nil},
		{"The Velmar Party backed the bill, but the Trevnor Dockers Union has yet to decide. Its president, Olek Varga, said members would vote next week.",
			nil, []string{"person:olek-varga head_of org:velmar-party"}},
		{"Corvane Shipping, which is headquartered in Bergen, warned in its annual report that the ferry operator would hit its staff. Its chief executive, Mara Lindqvist, said the company would cut two routes.",
			nil, []string{"person:mara-lindqvist head_of org:corvane-shipping"}},
		{"The regulator fined Corvane Shipping on Monday for late filings. Its chairman, Olek Varga, said the fine was fair.",
			nil, []string{"person:olek-varga head_of org:corvane-shipping"}},
	} {
		checkFactsGaz(t, gazetteer.Default(), tc.text, tc.want, tc.notWant)
	}
}
