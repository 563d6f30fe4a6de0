package extract

import "testing"

// TestHonorificStyles checks that a Malay or Bhutanese style of one or
// several words ("Datuk", "Datuk Seri", "Tan Sri Dr.", "Dasho") is no
// part of the name after it and does not cut the title before it from
// that name, and that its second words ("Sri", "Seri") and openers
// ("Tan") stay name words when no such style holds them.
func TestHonorificStyles(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Datuk Seri Nasir Latiff visited the new clinic in Ipoh on Monday.", []string{"person:nasir-latiff"}, []string{"person:datuk-seri-nasir-latiff", "person:seri-nasir-latiff"}},
		{"Tan Sri Dr. Halim Sabri opened the museum on Friday.", []string{"person:halim-sabri"}, []string{"person:tan-sri"}},
		{"Datuk Sri Datin Paduka Dr. Rohana Ismail also spoke at the dinner.", []string{"person:rohana-ismail"}, []string{"person:paduka", "person:datin-paduka"}},
		{"Puan Sri Aminah Darus cut the ribbon at the school.", []string{"person:aminah-darus"}, []string{"person:puan-sri-aminah-darus"}},
		{"Dasho Tenzin Wangmo chaired the meeting on Tuesday.", []string{"person:tenzin-wangmo"}, []string{"person:dasho-tenzin-wangmo"}},
		// "Tan" alone, and after a style, is a surname
		{"Datuk Tan Boon Keat said the road would open next year.", []string{"person:tan-boon-keat"}, []string{"person:boon-keat"}},
		// "Tan" before "Puan" is a surname: only "Toh Puan" is a style
		{"Tarvo Port Minister Tan Puan Lok met the envoy in Ipoh on Monday.", []string{"person:tan-puan-lok"}, []string{"person:lok"}},
		// a style before a place's, a building's or a body's name, or
		// before a lower-case noun of a place, stays in the name
		{"Heavy rain flooded the Datuk Lokman Mosque in Melaka on Sunday.", nil, []string{"person:lokman-mosque", "person:lokman"}},
		{"The Tan Sri Halim Foundation gave a grant to the clinic.", []string{"org:tan-sri-halim-foundation"}, []string{"org:halim-foundation"}},
		{"Officials said the Dato Seri Rahmat school in Kuantan would reopen.", nil, []string{"person:rahmat"}},
		{"Datuk Lokman voters queued for hours on Saturday.", nil, []string{"person:lokman"}},
	})
	// the bridge keeps its style and its place (typed a body, as before
	// styles were read)
	checkFacts(t, "The Pehin Salleh Bridge in Temburong reopened on Monday.",
		[]string{"org:pehin-salleh-bridge located_in place:temburong"}, []string{"person:salleh-bridge"})
	checkFacts(t, "Port Board chairman Tan Sri Dr. Yusri Malik signed the lease on Monday.",
		[]string{"person:yusri-malik head_of org:port-board"}, []string{"person:tan-sri"})
	checkFacts(t, "River Authority chairman Datuk Patinggi Jamil Saad opened the dam on Monday.",
		[]string{"person:jamil-saad head_of org:river-authority"}, []string{"person:datuk-patinggi-jamil-saad", "person:patinggi-jamil-saad"})
}
