package extract

import "testing"

// TestEnvoysMeetAgain tests that "the envoys" or "the two negotiators"
// who will meet again are the two people of the talks told last
// (theEnvoys, lastPeople), and that a noun with more on it, or talks of
// three people, name no pair.
func TestEnvoysMeetAgain(t *testing.T) {
	const before = "Kenyan envoy Otieno Barasa and his Ethiopian counterpart, Haile Gebre, met in Mombasa on Monday to discuss the border. "
	for _, tt := range []struct {
		name, text    string
		want, notWant []string
	}{
		{
			name: "the envoys meet again",
			text: before + "The envoys will meet again in Kisumu on April 9, the ministry said.",
			want: []string{"event:meeting-2025-04-09-kisumu participant person:otieno-barasa", "event:meeting-2025-04-09-kisumu participant person:haile-gebre"},
		},
		{
			name: "the two negotiators meet again",
			text: before + "The two negotiators will meet again in Kisumu on April 9, the ministry said.",
			want: []string{"event:meeting-2025-04-09-kisumu participant person:otieno-barasa", "event:meeting-2025-04-09-kisumu participant person:haile-gebre"},
		},
		// near misses: no pair
		{
			name:    "envoys told apart by an adjective",
			text:    before + "The regional envoys will meet again in Kisumu on April 9, the ministry said.",
			notWant: []string{"event:meeting-2025-04-09-kisumu participant person:"},
		},
		{
			name:    "the envoys after talks of three",
			text:    "Otieno Barasa, Haile Gebre and Amina Yusuf met in Mombasa on Monday to discuss the border. The envoys will meet again in Kisumu on April 9, the ministry said.",
			notWant: []string{"event:meeting-2025-04-09-kisumu participant person:"},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkFacts(t, tt.text, tt.want, tt.notWant)
		})
	}
}
