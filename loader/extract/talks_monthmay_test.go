package extract

import "testing"

// monthMayTests test the month "May" told apart from the modal "may"
// (monthMay): a trip dated "on May 4" is a plan read ahead as one dated
// "on Friday" is; the modal still makes talks or strikes only possible.
var monthMayTests = []struct {
	name, text    string
	want, notWant []string
}{
	{
		name: "talks one is due in a town for on May 4 are read on their day",
		text: "Envoy Lena Varga is due in Mombasa on May 4 for talks with Ivo Brandt, the embassy said.",
		want: []string{"event:talks-2025-05-04-mombasa held_in place:mombasa", "event:talks-2025-05-04-mombasa participant person:ivo-brandt"},
	},
	{
		name:    "talks that may resume are none",
		text:    "Lena Varga said talks with Ivo Brandt in Mombasa may resume on Friday.",
		notWant: []string{"event:"},
	},
	{
		name:    "a title-case headline's May is the modal",
		text:    "Talks May Resume In Mombasa On Friday With Ivo Brandt.",
		notWant: []string{"event:"},
	},
	{
		name:    "drones that may strike a town strike none",
		text:    "Ethiopian drones may strike Kisumu on Friday, officials warned.",
		notWant: []string{"event:"},
	},
}

func TestMonthMay(t *testing.T) {
	for _, tt := range monthMayTests {
		t.Run(tt.name, func(t *testing.T) {
			checkFacts(t, tt.text, tt.want, tt.notWant)
		})
	}
}
