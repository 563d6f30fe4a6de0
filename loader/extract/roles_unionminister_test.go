package extract

import (
	"testing"

	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// TestUnionMinister checks that a bare minister's title right after a
// "Union" that opens no name ("Union Finance Minister X") is India's
// central government's minister (unionMinister), under a state
// capital's dateline too, but not where the dateline or the sentence
// gives another country (Myanmar's "Union Minister"s);
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
		// another country named in the sentence is no owner of the title
		{"Union Home Minister Vikram Sethi said on Monday that Pakistan must stop backing the militants.",
			[]string{"person:vikram-sethi minister_of country:india"}, []string{"minister_of country:pakistan"}},
		// near misses
		{"NAIROBI – The Tarrow Dockers Union Transport Minister Ivo Brandtsen said the port would reopen.",
			nil, []string{"minister_of country:india"}},
		{"NAIROBI – Union leader Ivo Brandtsen met Transport Minister Ana Solberg on Monday.",
			nil, []string{"minister_of country:india"}},
	}
	for _, tc := range cases {
		checkFacts(t, tc.text, tc.want, tc.notWant)
	}
	// Myanmar styles its ministers "Union Minister" too: another
	// country in the dateline or the sentence gives no India (near
	// misses, with the full gazetteer, which knows Myanmar)
	mm := []struct {
		text          string
		want, notWant []string
	}{
		{"NAYPYITAW, Mar 4 (Reuters) - Union Minister for Energy Myint Aung Soe said on Friday the new dam would open in May.",
			[]string{"person:myint-aung-soe minister_of country:myanmar"}, []string{"minister_of country:india"}},
		{"Myanmar's Union Transport Minister Aung Kyaw Thein met traders in Mae Sot on Monday.",
			nil, []string{"minister_of country:india"}},
		// no dateline city: Myanmar named beside a place of India is no
		// Myanmar story
		{"(PTI) Union Home Minister Arvind Menon said on Tuesday that gunmen from Myanmar had slipped into Manipur before dawn.",
			[]string{"person:arvind-menon minister_of country:india"}, nil},
		// no dateline city: an article naming Myanmar and never India
		{"(AFP) - Union Minister for Planning Khin Maung Lwin said on Thursday that Myanmar would open two more border crossings next year.",
			nil, []string{"minister_of country:india"}},
	}
	for _, tc := range mm {
		checkFactsGaz(t, gazetteer.Default(), tc.text, tc.want, tc.notWant)
	}
}
