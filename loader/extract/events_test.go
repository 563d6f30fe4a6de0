package extract

import "testing"

// eventMergeTests test how events.go and talks.go read an event and join
// the reports of one event.
var eventMergeTests = []struct {
	name, text    string
	want, notWant []string
}{
	{
		name: "meetings held separately with two ministers are two meetings",
		text: "Ana Soler said the talks had begun in February, when she met Russian Foreign Minister Ivo Brandt and German Foreign Minister Joseph Kamau separately in Nairobi, on the sidelines of a forum.",
		want: []string{
			"event:meeting-t-nairobi-ana-soler-ivo-brandt participant person:ivo-brandt",
			"event:meeting-t-nairobi-ana-soler-joseph-kamau participant person:joseph-kamau",
		},
		notWant: []string{"event:meeting-t-nairobi-ana-soler-ivo-brandt participant person:joseph-kamau"},
	},
	{
		name: "the parties of talks named by 'between' after their place",
		text: "The roadmap was announced after two days of talks at the agency's headquarters in Nairobi, the Kenyan capital, between Ana Soler and Ivo Brandt.",
		want: []string{
			"event:talks-t-nairobi participant person:ana-soler",
			"event:talks-t-nairobi participant person:ivo-brandt",
		},
	},
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
