package extract

import "testing"

// heldFrameTests test that a talks word reading no talks held leaves the
// clause's next talks noun told as held to be read (sentenceEvents,
// heldFrame), and that hoped-for or planned nouns after it stay unread.
var heldFrameTests = []struct {
	name, text    string
	want, notWant []string
}{
	{
		name: "talks only urged do not keep the meeting they are urged during from being read",
		text: "Foreign Minister Ana Soler urged Ethiopia to return to border talks during a meeting with Ivo Brandt in Mombasa on Tuesday, her ministry said.",
		want: []string{"event:meeting-2025-03-25-mombasa participant person:ivo-brandt", "event:meeting-2025-03-25-mombasa held_in place:mombasa"},
	},
	{
		name: "… nor the meeting after which they are to resume",
		text: "Kenya agreed on Tuesday to resume water talks with Ethiopia after a meeting in Mombasa between Ana Soler and Ivo Brandt.",
		want: []string{"event:meeting-2025-03-25-mombasa held_in place:mombasa"},
	},
	{
		name:    "a meeting called for with the talks is no event",
		text:    "Ana Soler called for fresh talks and a meeting with Ivo Brandt in Mombasa next year.",
		notWant: []string{"event:"},
	},
	{
		name:    "a meeting the talks could resume after, next month, is no event",
		text:    "Ana Soler said peace talks could resume after a meeting with Ivo Brandt in Mombasa next month.",
		notWant: []string{"event:"},
	},
	{
		name:    "a summit the talks are hoped to lead to is no event",
		text:    "Ana Soler hopes the talks will lead to a summit with Ivo Brandt in Mombasa.",
		notWant: []string{"event:"},
	},
	{
		name:    "a meeting saying that no talks were held is no event",
		text:    "Ana Soler said no talks were held at the meeting with Ivo Brandt in Mombasa on Tuesday because the meeting was postponed.",
		notWant: []string{"event:talks", "event:meeting"},
	},
	{
		name:    "a summit still to come, which the urged talks are to return at, is no event",
		text:    "Foreign Minister Ana Soler urged Ethiopia to return to water negotiations at a summit with Ivo Brandt in Mombasa next month, her office said.",
		notWant: []string{"event:"},
	},
	{
		name:    "… nor a meeting next month",
		text:    "Ana Soler pressed Ethiopia to resume the dam talks during a meeting with Ivo Brandt in Mombasa next month.",
		notWant: []string{"event:"},
	},
	{
		name:    "… nor a summit in a month only, which a past urging verb dates back a year",
		text:    "Foreign Minister Ana Soler urged Ethiopia to revive the water negotiations at a summit with Ivo Brandt in Mombasa in June, her office said on Tuesday.",
		notWant: []string{"event:"},
	},
	{
		name:    "… nor during a summit in a month only",
		text:    "Ana Soler pressed Ethiopia to resume the dam negotiations during a summit with Ivo Brandt in Mombasa in June.",
		notWant: []string{"event:"},
	},
	{
		name:    "… nor a summit with no date",
		text:    "Ana Soler hopes to restart the dam negotiations at a summit with Ivo Brandt in Mombasa later this month, her office said on Tuesday.",
		notWant: []string{"event:"},
	},
}

func TestHeldFrame(t *testing.T) {
	for _, tt := range heldFrameTests {
		t.Run(tt.name, func(t *testing.T) {
			checkFacts(t, tt.text, tt.want, tt.notWant)
		})
	}
}
