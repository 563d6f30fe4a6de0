package extract

import "testing"

// TestWhoseClauseHolder tests closesRelative (rules_position_decided.go)
// where a "whose" clause stands between a body or a person and its verb:
// the stance is the noun's the clause describes, not the clause's own
// subject's, whether the parser set the verb beside the clause it made
// the root ("X, whose chairman is Y, had proposed …") or gave the
// clause's verb a second subject ("The speaker of X, Y, whose Z party
// holds a majority, backed …"). want and notWant are facts and parts
// of facts (checkFacts).
func TestWhoseClauseHolder(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text:    "The Lakeland Dairy Farmers' Association, whose chairman is Tomas Brekke, had proposed a lower quota of 9 percent linked to a five-year guarantee of fixed prices.",
			want:    []string{"org:lakeland-dairy-farmers-association proposed agreement:lower-quota-of-9-percent"},
			notWant: []string{"person:tomas-brekke proposed"},
		},
		{
			text:    "The Rift Valley Millers' Association, whose head is Grace Chebet, has proposed a flat tariff of 3 percent tied to a review of maize imports.",
			want:    []string{"org:rift-valley-millers-association proposed agreement:flat-tariff-of-3-percent"},
			notWant: []string{"person:grace-chebet proposed"},
		},
		{
			text:    "The speaker of the Senate, Amina Wekesa, whose ODM party holds a majority in the upper house, backed the referendum and said senators would vote before June.",
			want:    []string{"person:amina-wekesa endorsed agreement:referendum"},
			notWant: []string{"org:odm endorsed"},
		},
		{
			text:    "The chairman of the Finance Committee, Joseph Kamau, whose Jubilee party controls the committee, rejected the tax bill and said members would amend it.",
			want:    []string{"person:joseph-kamau rejected agreement:tax-bill"},
			notWant: []string{"org:jubilee rejected"},
		},
		{
			text: "The Coastal Trawler Owners' Federation, whose president is Ingrid Solheim, had proposed a smaller cut of 4 percent linked to a two-year review of stocks.",
			want: []string{"org:coastal-trawler-owners-federation proposed agreement:smaller-cut-of-4-percent"},
		},
		{
			text: "The Law Society of Kenya, whose president, Faith Odhiambo, called the killing unjustified, backed the demand for an inquiry.",
			want: []string{"org:law-society-of-kenya endorsed agreement:inquiry"},
		},
		{
			text: "Opposition leader Raila Mwangi, whose party holds ten seats, accused the government of delay and called for an independent audit.",
			want: []string{"person:raila-mwangi endorsed agreement:independent-audit"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}
