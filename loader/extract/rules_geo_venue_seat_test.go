package extract

import "testing"

// TestVenueSeatOfGovernment checks that a seat of government the
// gazetteer knows stays the body it stands for in the "at" phrase of a
// gathering ("met at the White House in Washington"), while a building
// the gazetteer does not know is still read as the venue.
func TestVenueSeatOfGovernment(t *testing.T) {
	for _, tt := range []struct {
		name, text    string
		want, notWant []string
	}{
		{
			name:    "the White House is a body, not a venue",
			text:    "The trade ministers of Ghana and Togo held talks at the White House in Washington on Friday to settle the cocoa quarrel.",
			notWant: []string{"place:white-house"},
		},
		{
			name: "a house the gazetteer does not know is still a venue",
			text: "The two envoys met at Marula House in Gaborone on Monday.",
			want: []string{"place:marula-house located_in place:gaborone"},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkFacts(t, tt.text, tt.want, tt.notWant)
		})
	}
}
