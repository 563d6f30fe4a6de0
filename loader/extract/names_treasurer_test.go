package extract

import "testing"

// TestHonorificTreasurerMonsignor checks that "Treasurer" and "Monsignor"
// before a name are kept out of it, as other styles are.
func TestHonorificTreasurerMonsignor(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Treasurer Dalia Fenwick said the budget would be tabled in May.",
			[]string{"person:dalia-fenwick"}, []string{"person:treasurer-dalia-fenwick"}},
		{"A day after Treasurer Orrin Vale resigned, the premier named a successor.",
			[]string{"person:orrin-vale"}, []string{"person:treasurer-orrin-vale"}},
		{"The bishop of Sorvo, Monsignor Tadeo Almira, called for calm.",
			[]string{"person:tadeo-almira"}, []string{"person:monsignor-tadeo-almira"}},
		// near misses: the words as a body's or a place's name stay whole
		{"The Treasurer's Office in Velm said the bonds were sold.",
			nil, []string{"person:office-in-velm"}},
	})
}
