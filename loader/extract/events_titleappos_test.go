package extract

import "testing"

// titleApposTests test a party named in apposition to a title the
// parser tags as a name ("Kenya's Foreign Minister, X,"), read through
// eventActors, and that no other kind of apposition is read so.
var titleApposTests = []struct {
	name, text    string
	want, notWant []string
}{
	{
		name: "the visitor named after a capitalized title and a comma visits",
		text: "Ethiopia's Foreign Minister, Mara Lind, is scheduled to visit Mombasa on Friday to meet Ivo Brandt, the ministry said.",
		want: []string{"event:visit-2025-03-28-mombasa participant person:mara-lind", "event:visit-2025-03-28-mombasa participant person:ivo-brandt"},
	},
	{
		name: "… and so does one named after a possessed \"Minister of\" title",
		text: "Tanzania's Minister of Fisheries, Otto Rask, is due to visit Mombasa on Friday to meet Ivo Brandt, the ministry said.",
		want: []string{"event:visit-2025-03-28-mombasa participant person:otto-rask"},
	},
	{
		name:    "a country in apposition to a title takes no part",
		text:    "The Foreign Minister, Kenya, met Ivo Brandt in Mombasa on Tuesday.",
		notWant: []string{"participant country:kenya"},
	},
	{
		name:    "a title with a relative clause and no name is no party",
		text:    "Kenya's Foreign Minister, who took office in May, will meet Ivo Brandt in Mombasa on Friday.",
		notWant: []string{"participant country:kenya"},
	},
}

func TestTitleAppos(t *testing.T) {
	for _, tt := range titleApposTests {
		t.Run(tt.name, func(t *testing.T) {
			checkFacts(t, tt.text, tt.want, tt.notWant)
		})
	}
}
