package extract

import "testing"

// TestUnionMinister checks that a bare minister's title right after a
// "Union" that opens no name ("Union Finance Minister X") is India's
// central government's minister (unionMinister), whatever the dateline;
// a "Union" closing a name, or one not right before the title, gives
// no India.
func TestUnionMinister(t *testing.T) {
	cases := []struct {
		text          string
		want, notWant []string
	}{
		{"Shillong, Mar 3 (PTI) Union Water Minister Ravi Keshavan will visit the flooded villages on Friday, officials said.",
			[]string{"person:ravi-keshavan minister_of country:india"}, nil},
		{"Shillong, Mar 3 (PTI) State Finance Minister Arun Menoth will meet Union Finance Minister Sunil Rathore in the capital next week.",
			[]string{"person:sunil-rathore minister_of country:india"}, []string{"person:arun-menoth minister_of country:india"}},
		// near misses
		{"NAIROBI – The Tarrow Dockers Union Transport Minister Ivo Brandtsen said the port would reopen.",
			nil, []string{"minister_of country:india"}},
		{"NAIROBI – Union leader Ivo Brandtsen met Transport Minister Ana Solberg on Monday.",
			nil, []string{"minister_of country:india"}},
	}
	for _, tc := range cases {
		checkFacts(t, tc.text, tc.want, tc.notWant)
	}
}
