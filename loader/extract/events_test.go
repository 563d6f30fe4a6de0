package extract

import "testing"

// eventMergeTests test how events.go joins the reports of one event.
var eventMergeTests = []struct {
	name, text    string
	want, notWant []string
}{
	{
		name: "a summit and the summit opened at a venue named after its city are one",
		text: "African leaders gathered on Monday at a summit in Nairobi that Ethiopia boycotted. Kenyan President Ivo Brandt opened the summit at the Nairobi International Conference Centre with a call for unity.",
		want: []string{
			"event:summit-2025-03-24-nairobi held_in place:nairobi",
			"event:summit-2025-03-24-nairobi participant person:ivo-brandt",
		},
		notWant: []string{"event:summit-in-nairobi-international-conference-centre"},
	},
}

func TestEventMerge(t *testing.T) {
	for _, tt := range eventMergeTests {
		t.Run(tt.name, func(t *testing.T) {
			checkFacts(t, tt.text, tt.want, tt.notWant)
		})
	}
}
