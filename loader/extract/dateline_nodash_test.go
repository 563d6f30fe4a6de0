package extract

import "testing"

// TestDatelineNoDash checks the title-case dateline the Indian agencies
// write with no dash after the bracket ("Imphal, Nov 10 (PTI) The Centre
// will …"): with a known agency after the filing date and a capital
// opening the story, the city is the dateline and a bare minister takes
// its country. Without the date, with a bracket that names no agency, or
// with a lower-case word after it, the line is read as before: no
// dateline.
func TestDatelineNoDash(t *testing.T) {
	for _, tc := range []struct {
		text          string
		want, notWant []string
	}{
		{"Lahore, Mar 3 (PTI) Traders shut their shops across the old city on Tuesday. Commerce Minister Sadia Rana said talks would resume on Friday.",
			[]string{"person:sadia-rana minister_of country:pakistan"}, nil},
		{"Mombasa, Jul 8 (Xinhua) Dock workers walked off the job on Monday. Transport Minister Peter Wambua called for calm at the port.",
			[]string{"person:peter-wambua minister_of country:kenya"}, nil},
		{"Lahore (PTI) Traders shut their shops across the old city on Tuesday. Commerce Minister Sadia Rana said talks would resume on Friday.",
			nil, []string{"person:sadia-rana minister_of"}},
		{"Lahore, Mar 3 (the second day of the strike) Traders shut their shops. Commerce Minister Sadia Rana said talks would resume on Friday.",
			nil, []string{"person:sadia-rana minister_of"}},
		{"Lahore, Mar 3 (Weekly Bulletin) Traders shut their shops. Commerce Minister Sadia Rana said talks would resume on Friday.",
			nil, []string{"person:sadia-rana minister_of"}},
	} {
		checkFacts(t, tc.text, tc.want, tc.notWant)
	}
}
