package extract

import "testing"

// monthMayTests test the month "May" told apart from the modal "may"
// (monthMay): a trip dated "on May 4" is a plan read ahead as one dated
// "on Friday" is, and an attack or a prisoner swap dated in May is told
// as done; the modal still makes talks or strikes only possible.
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
		name: "an attack dated \"On May 4\" just before its verb is one",
		text: "On May 4 Ethiopian drones struck Kisumu, killing two, officials said.",
		want: []string{"event:attack-2024-05-04-kisumu-by-ethiopia target place:kisumu"},
	},
	{
		name: "a prisoner swap \"in May\" is one, not one to come",
		text: "Kenya released 40 prisoners and Ethiopia freed 35 detainees in May, officials said.",
		want: []string{"event:prisoner_exchange-2024-05-ethiopia-kenya participant country:kenya"},
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
