package extract

import "testing"

// TestMeetingHost checks that a bare title met by a traveller ("will
// travel to <city> to meet President X", "is due to visit <country> for
// talks with Prime Minister X") is the destination's office, not the
// dateline's (meetingHost), and that a title that travels, one met where
// no journey is said or after a journey already made, or one met at a
// named venue elsewhere, keeps the dateline's country; a bloc's seat
// (Brussels), or a capital of a country the story does not name, gives
// none. A journey in a clause that "before", "after", "when" or a
// relative pronoun opens and a comma closes is not the meeting's.
func TestMeetingHost(t *testing.T) {
	const lead = "ADDIS ABABA, Ethiopia (Reuters) - Ethiopia and Kenya agreed on Tuesday to reopen the Moyale crossing, Ethiopia's foreign ministry said. Ethiopia will send 200 customs officers to the border. "
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text:    lead + "Foreign Minister Ana Soler will travel to Nairobi on May 3 to meet President Ivo Brandt, the ministry said.",
			want:    []string{"person:ivo-brandt president_of country:kenya"},
			notWant: []string{"person:ivo-brandt president_of country:ethiopia"},
		},
		{
			text:    lead + "Foreign Minister Ana Soler will fly to the Kenyan capital, Nairobi, on May 3 for talks with President Ivo Brandt, the ministry said.",
			want:    []string{"person:ivo-brandt president_of country:kenya"},
			notWant: []string{"person:ivo-brandt president_of country:ethiopia"},
		},
		{
			text:    lead + "Foreign Minister Ana Soler is due to visit Kenya next month for talks with Prime Minister Ivo Brandt, the ministry said.",
			want:    []string{"person:ivo-brandt prime_minister_of country:kenya"},
			notWant: []string{"person:ivo-brandt prime_minister_of country:ethiopia"},
		},
		{
			// near misses: the traveller's own title, a meeting with no
			// journey, a journey home
			text: lead + "President Ivo Brandt will travel to Nairobi on May 3 to meet traders at the border.",
			want: []string{"person:ivo-brandt president_of country:ethiopia"},
		},
		{
			text: lead + "Kenya's envoy, who was in Nairobi last week, met President Ivo Brandt on Monday.",
			want: []string{"person:ivo-brandt president_of country:ethiopia"},
		},
		{
			text: lead + "Kenya's trade envoy will travel to Addis Ababa on May 3 to meet President Ivo Brandt, the ministry said.",
			want: []string{"person:ivo-brandt president_of country:ethiopia"},
		},
		{
			// a capital of a country that hosts or mediates others'
			// talks: the bare title met there may be the other side's
			text:    "ADDIS ABABA, Ethiopia (Reuters) - Ethiopia and Egypt will resume talks on the dam next week, and Kenya will host them. Foreign Minister Ana Soler will fly to Nairobi on May 3 for talks with Water Minister Ivo Brandt, the ministry said.",
			notWant: []string{"person:ivo-brandt minister_of country:kenya"},
		},
		{
			text:    "ADDIS ABABA, Ethiopia (Reuters) - Talks between Ethiopia and Egypt on the dam, mediated by Kenya, stalled in March. Foreign Minister Ana Soler will fly to Nairobi on May 3 for talks with Water Minister Ivo Brandt, the ministry said.",
			notWant: []string{"person:ivo-brandt minister_of country:kenya"},
		},
		{
			// a host of its own talks is still the host: Kenya named
			// beside the journey without hosting others
			text: "ADDIS ABABA, Ethiopia (Reuters) - Ethiopia and Kenya will discuss the Moyale crossing next week. Foreign Minister Ana Soler will fly to Nairobi on May 3 for talks with Prime Minister Ivo Brandt, the ministry said.",
			want: []string{"person:ivo-brandt prime_minister_of country:kenya"},
		},
		{
			// a journey made before the meeting: no word on the host
			text:    lead + "Kenya's envoy, who travelled to Nairobi last week for consultations, will meet President Ivo Brandt on Friday, the ministry said.",
			want:    []string{"person:ivo-brandt president_of country:ethiopia"},
			notWant: []string{"person:ivo-brandt president_of country:kenya"},
		},
		{
			text:    lead + "After visiting Nairobi last week, Trade Minister Ana Soler is due to meet President Ivo Brandt on Monday, officials said.",
			want:    []string{"person:ivo-brandt president_of country:ethiopia"},
			notWant: []string{"person:ivo-brandt president_of country:kenya"},
		},
		{
			// the venue named after the holder decides
			text:    lead + "Foreign Minister Ana Soler, who will visit Kenya next week, is to meet President Ivo Brandt in Addis Ababa on Friday, the ministry said.",
			want:    []string{"person:ivo-brandt president_of country:ethiopia"},
			notWant: []string{"person:ivo-brandt president_of country:kenya"},
		},
		{
			// talks in a third country's capital the story is not about
			text:    lead + "Foreign Minister Ana Soler will fly to Oslo on Monday for talks with Foreign Minister Ivo Brandt, the ministry said.",
			notWant: []string{"person:ivo-brandt minister_of country:norway"},
		},
		{
			// a journey after the meeting, in a clause a subordinator
			// opens and a comma closes
			text:    lead + "Before he flies to Kenya on Thursday, Trade Minister Omar Jibril will meet Prime Minister Ivo Brandt, his office said.",
			want:    []string{"person:ivo-brandt prime_minister_of country:ethiopia"},
			notWant: []string{"person:ivo-brandt prime_minister_of country:kenya"},
		},
		{
			// a journey of the traveller's own, in a comma-bounded
			// relative clause
			text:    lead + "Trade Minister Omar Jibril, who will visit Kenya later this month, is expected to meet President Ivo Brandt on Thursday, the ministry said.",
			want:    []string{"person:ivo-brandt president_of country:ethiopia"},
			notWant: []string{"person:ivo-brandt president_of country:kenya"},
		},
		{
			// a bloc's seat: no country for the host
			text:    lead + "Prime Minister Ana Soler will travel to Brussels on Monday to meet President Ivo Brandt, the ministry said.",
			notWant: []string{"person:ivo-brandt president_of country:belgium"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}
