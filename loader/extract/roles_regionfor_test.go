package extract

import "testing"

// TestPossessedTitleForRegion checks that a place after "for" in a
// possessed title before a name ("<body>'s head for <region>, X") is the
// region the title covers, not a body the person heads: the person is a
// member of the possessor.
func TestPossessedTitleForRegion(t *testing.T) {
	// a named company's head for a region
	checkFacts(t, "Harbour Logistics Group said on Monday it would expand its port operations in Ghana. "+
		"The Harbour Logistics Group's head for West Africa, Tomas Verhagen, is expected in Accra next week to sign the lease.",
		[]string{"person:tomas-verhagen member_of org:harbour-logistics-group"},
		[]string{"person:tomas-verhagen head_of place:west-africa"})
	// "the company's": the company the story named
	checkFacts(t, "Tessaro Cement said it would build a plant near Kisumu. "+
		"The company's director for East Africa, Marco Belluzzi, said the plant would open in 2028.",
		[]string{"person:marco-belluzzi member_of org:tessaro-cement"},
		[]string{"person:marco-belluzzi head_of place:east-africa"})
	// a country's possessive is no body the region's head belongs to
	checkFacts(t, "Kenya's government said the road would open in May. "+
		"Kenya's head for the Rift Valley, Joseph Kiprono, said the works were on time.",
		nil, []string{"person:joseph-kiprono head_of place:rift-valley"})
	// no body to belong to, but the title stands
	checkFacts(t, "Voting passed off calmly in the north. "+
		"The ruling party's chairman for Nyanza, Adjoa Mensimah, said on Friday the count would take two days.",
		[]string{`person:adjoa-mensimah title "chairman"`}, []string{"person:adjoa-mensimah head_of", "person:adjoa-mensimah member_of"})
	// guard: an envoy for a region is still the possessor's envoy
	// (regionFor leaves EnvoyOf alone)
	checkFacts(t, "The Nordic Union said it was ready to mediate. "+
		"The Nordic Union's special envoy for the Arctic, Liv Haugen, arrived in Tromso on Sunday.",
		[]string{"person:liv-haugen envoy_of org:nordic-union"}, nil)
}
