package extract

import "testing"

// TestTalksToldAtVenue tests that "the talks" (or "the meeting") told
// again at a venue the gazetteer does not know, undated and with fewer
// than two parties, are no event of their own beside the talks the
// article placed in a town (talksEvent, toldAtVenue, venueOnly),
// while a report with its own day, two parties, or no article is still
// read.
func TestTalksToldAtVenue(t *testing.T) {
	for _, tt := range []struct {
		name, text    string
		want, notWant []string
	}{
		{
			name:    "a speaker during the talks at a venue",
			text:    "Kenyan President Ayo Mbeki held talks in Nairobi on Monday with visiting Ethiopian Prime Minister Dawit Haile. \"We have much to build together,\" Mbeki said during the talks at the Jade Palace.",
			want:    []string{"event:talks-2025-03-24-nairobi held_in place:nairobi"},
			notWant: []string{"jade-palace"},
		},
		{
			name:    "a delegation led at the talks, which lasted hours at a venue",
			text:    "Kenyan President Ayo Mbeki held talks in Nairobi on Monday with Ethiopian Prime Minister Dawit Haile. Ethiopian Foreign Minister Selam Tekle led her delegation at the talks, which lasted five hours at the Jade Palace.",
			want:    []string{"event:talks-2025-03-24-nairobi held_in place:nairobi"},
			notWant: []string{"jade-palace"},
		},
		// near misses: the venue's event is still read
		{
			name: "the meeting at a venue on a day of its own",
			text: "Kenyan President Ayo Mbeki held talks in Nairobi on Monday with Ethiopian Prime Minister Dawit Haile. Mbeki spoke to reporters during the meeting at the Jade Palace on Tuesday.",
			want: []string{"event:meeting-2025-03-25-jade-palace held_in place:jade-palace"},
		},
		{
			name: "two parties open the talks at a venue",
			text: "Kenyan President Ayo Mbeki held talks in Nairobi on Monday with Ethiopian Prime Minister Dawit Haile. Mbeki and Haile opened the talks at the Jade Palace with a prayer.",
			want: []string{"event:talks-t-jade-palace participant person:dawit-haile"},
		},
		{
			name: "talks at a venue with no article",
			text: "Kenyan President Ayo Mbeki held talks in Nairobi on Monday with Ethiopian Prime Minister Dawit Haile. Mbeki said during talks at the Jade Palace that trade would grow.",
			want: []string{"event:talks-t-jade-palace held_in place:jade-palace"},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkFacts(t, tt.text, tt.want, tt.notWant)
		})
	}
}
