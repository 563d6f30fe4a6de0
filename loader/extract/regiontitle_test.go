package extract

import "testing"

// TestRegionTitleBeforeName checks that a region's or a town's own title
// between its name and a person's ("Tarrow Governor X", "Tarrow Gov. X",
// "Tarrow Regent X") makes the name before it the place the person
// heads, where the gazetteer does not know it and the recognizer reads
// the place and the title as one name or the place as a person; a
// central bank's governor, an acronym's and a lower-case title are no
// such place.
func TestRegionTitleBeforeName(t *testing.T) {
	cases := []struct {
		text          string
		want, notWant []string
	}{
		{"Upper Velmora Governor Tomas Kerrigan condemned the attack on Monday.",
			[]string{"person:tomas-kerrigan head_of place:upper-velmora"}, []string{"person:upper-velmora"}},
		{"Ostrany Premier Dalia Venn has proposed a ban on new quarries.",
			[]string{"person:dalia-venn head_of place:ostrany"}, []string{"org:ostrany"}},
		{"The minister will meet Brelka Regent Ardi Wuyan in the town on Friday.",
			[]string{"person:ardi-wuyan head_of place:brelka", `person:ardi-wuyan title "Regent"`}, []string{"person:brelka-regent-ardi-wuyan"}},
		{"Talks resumed after Korvask Mayor Lina Othe returned on Monday.",
			[]string{"person:lina-othe head_of place:korvask"}, nil},
		{"Upper Kelvaro Gov. Dana Whitby said the state would help.",
			[]string{"person:dana-whitby head_of place:upper-kelvaro"}, []string{"place:upper-kelvaro-gov"}},
		// near misses: a bank's governor, an acronym, a lower-case
		// title, a possessive office
		{"Norrbank Governor Pella Strand said rates would hold.",
			nil, []string{"place:norrbank"}},
		{"Velk Governor Pella Strand said rates would hold.",
			nil, []string{"place:velk"}},
		{"Halvard University Regent Ana Soler voted against the plan.",
			[]string{"person:ana-soler member_of org:halvard-university"}, []string{"person:ana-soler head_of"}},
		{"BKV Governor Pella Strand said rates would hold.",
			nil, []string{"place:bkv"}},
		{"Tessaly governor Pella Strand said the roads were shut.",
			nil, []string{"place:tessaly"}},
		{"Staff at the Vorn Governor's office left early on Monday.",
			nil, []string{"place:vorn"}},
		// near misses (rv16): a tenure or party word before the title is
		// no place, nor a name the parse tags no proper noun; a one-word
		// or plural "name" after the title is a hotel's, a cruise
		// line's or a surname's ("Mayor" a Spanish surname)
		{"Outgoing Premier Halla Fenwick thanked her staff on Friday.",
			[]string{`person:halla-fenwick title "Premier"`}, []string{"place:outgoing", "head_of place:outgoing"}},
		{"Conservative Mayor Brin Oakes opposed the new levy.",
			nil, []string{"place:conservative", "head_of place:conservative"}},
		{"Green Premier Tova Lind met farmers on Monday.",
			nil, []string{"place:green", "head_of place:green"}},
		{"Tory Mayor Edwin Blyth lost his seat.",
			nil, []string{"place:tory", "head_of place:tory"}},
		// a doctrine's adherent ("-ist") says the holder's politics (rv17)
		{"Centrist Mayor Oskar Linde said on Tuesday the city would cut fares.",
			nil, []string{"place:centrist", "head_of place:centrist"}},
		{"Guests stayed at the Dunmore Premier Inn overnight.",
			nil, []string{"place:dunmore", "head_of place:dunmore"}},
		{"Falcon Premier Cruises said its profits doubled.",
			nil, []string{"place:falcon", "head_of place:falcon"}},
		{"The analyst Marta Mayor Quintana said prices would fall.",
			nil, []string{"place:marta"}},
	}
	for _, tc := range cases {
		checkFactsWith(t, newFakeGaz(), tc.text, tc.want, tc.notWant, func(fact, nw string) bool {
			return len(fact) >= len(nw) && fact[:len(nw)] == nw || containsWord(fact, nw)
		})
	}
}

func containsWord(fact, w string) bool {
	for i := 0; i+len(w) <= len(fact); i++ {
		if fact[i:i+len(w)] == w && (i+len(w) == len(fact) || fact[i+len(w)] == ' ') {
			return true
		}
	}
	return false
}

// TestTrimTitleEnd checks that a title head closing a place's or a
// body's name the recognizer found, before a capitalized name, is cut
// off the name ("Kelvaro Gov. Dana Whitby"); a person's name, a title
// after "the" ("the Office of the President") and a title before a
// lower-case word keep their words.
func TestTrimTitleEnd(t *testing.T) {
	cases := []struct {
		text       string
		start, end int
		typ        string
		want       int
	}{
		{"Kelvaro Gov. Dana Whitby said so.", 0, 2, "place", 1},
		{"Norvale Institute Director Ana Soler said so.", 0, 3, "organization", 2},
		{"Kelvaro Gov. Dana Whitby said so.", 0, 2, "person", 2},
		{"Office of the President Ana Soler said so.", 0, 4, "organization", 4},
		{"Kelvaro Governor said so.", 0, 2, "place", 2},
	}
	for _, tc := range cases {
		toks := tokenize(tc.text, nil)
		if got := trimTitleEnd(toks, tc.start, tc.end, tc.typ); got != tc.want {
			t.Errorf("%q [%d,%d) %s: end %d, want %d", tc.text, tc.start, tc.end, tc.typ, got, tc.want)
		}
	}
}
