package extract

import "testing"

// TestStakeInName checks that a name a stake is held in is a company's
// over all its mentions, and that the holder keeps a person.
func TestStakeInName(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"The cabinet approved the sale of a 20 percent stake in state-owned Veloria Tesh on Thursday.",
			[]string{"org:veloria-tesh"}, []string{"person:veloria-tesh"}},
		{"The government will raise its stake in Korrabel Osun to 60 percent.",
			[]string{"org:korrabel-osun"}, []string{"person:korrabel-osun"}},
		// near misses: the holder of a stake, a stake in a place
		{"Last year Mirela Dostan sold her stake in the bank.", []string{"person:mirela-dostan"}, []string{"org:mirela-dostan"}},
		{"Mirela Dostan holds a stake in the port, officials said.", []string{"person:mirela-dostan"}, []string{"org:mirela-dostan"}},
		{"Officials said the stake in talks with Arvid Lenne was small.", []string{"person:arvid-lenne"}, []string{"org:arvid-lenne"}},
		// the owner of what the stake is in (rv19f p03, p07)
		{"Bankers are eyeing a 40 percent stake in Tobiah Quirante's cement firm.", []string{"person:tobiah-quirante"}, []string{"org:tobiah-quirante"}},
		{"Her brother said he had no stake in Ondra Velisek's trucking company.", []string{"person:ondra-velisek"}, []string{"org:ondra-velisek"}},
	})
}
