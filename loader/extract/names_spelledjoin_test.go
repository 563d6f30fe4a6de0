package extract

import "testing"

// TestSpelledJoinedName checks that a body's name an "and" joins and
// the acronym in brackets after it spells out is one organization, though
// no body's word ends it; and that two names an "and" joins, or a name
// the acronym does not spell, are not made one.
func TestSpelledJoinedName(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"The Coastal Fisheries and Marine Stewardship Initiative (CFMSI), a Mombasa-based group, sued the ministry on Monday.",
			[]string{"org:coastal-fisheries-and-marine-stewardship-initiative"},
			[]string{"org:coastal-fisheries", "person:marine-stewardship-initiative", "org:marine-stewardship-initiative"}},
		{"Monitors from the Dispute Prevention and Response Panel (DPRP) visited the crossing on Tuesday.",
			[]string{"org:dispute-prevention-and-response-panel"}, []string{"person:response-panel", "org:dispute-prevention"}},
		{"Lawyers said the Land Tenure and Rural Equity Project (LTREP) would appeal the ruling.",
			[]string{"org:land-tenure-and-rural-equity-project"}, []string{"person:rural-equity-project"}},
		// near misses: two names an "and" joins, an acronym of the
		// second only or of neither
		{"Officials of Halvik Petroleum and Tarrow Gas Company (TGC) met in Nairobi on Monday.",
			[]string{"org:tarrow-gas-company"}, []string{"org:halvik-petroleum-and-tarrow-gas-company"}},
		{"The Coastal Fisheries and Marine Stewardship Initiative (KMSI) sued the ministry on Monday.",
			nil, []string{"org:coastal-fisheries-and-marine-stewardship-initiative"}},
		// an event's or a law's name the acronym spells is no body
		{"The Regional Summit on Cocoa and Forest Trade (RSCFT) opened in Abidjan on Monday.",
			nil, []string{"org:regional-summit-on-cocoa-and-forest-trade"}},
		{"Parliament passed the Coastal Mining and Dredging Act (CMDA) on Thursday.",
			nil, []string{"org:coastal-mining-and-dredging-act"}},
		{"Both governments signed the Rail Freight and Transit Framework Agreement (RFTFA) in Lusaka.",
			nil, []string{"org:rail-freight-and-transit-framework-agreement"}},
	})
}
