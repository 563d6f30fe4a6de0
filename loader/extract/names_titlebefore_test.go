package extract

import "testing"

func TestLowerTitleNameOf(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		// a title head in lower case before a name and an "of" phrase
		// naming a body: the person of that body, not one body's name
		{"Opposition leader Ilse-Marie Varga of the Ostvale Green Union called for new elections.", []string{"person:ilse-marie-varga", "org:ostvale-green-union"}, []string{"org:ilse-marie-varga-of-the-ostvale-green-union"}},
		{"The motion, tabled by lawmaker Oskar Brandl of Civic Renewal Party, failed on Friday.", []string{"person:oskar-brandl", "org:civic-renewal-party"}, []string{"org:oskar-brandl-of-civic-renewal-party"}},
		{"Party chairman Teodor Lisk of the Halden Farmers Alliance rejected the plan.", []string{"person:teodor-lisk", "org:halden-farmers-alliance"}, []string{"org:teodor-lisk-of-the-halden-farmers-alliance"}},
		// a body's name with "of" after a lower-case title stays whole
		{"Its director Corvin Bank of Ostvale said profits rose.", []string{"org:corvin-bank-of-ostvale"}, []string{"person:corvin"}},
		{"Opposition leader Party of the Northern Regions said the count was rigged.", []string{"org:party-of-the-northern-regions"}, nil},
	})
}

func TestLeadingOccupation(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		// a job that opens the sentence is no part of the name after it
		{"Historian Marit Oddvik said the archive had been burned.", []string{"person:marit-oddvik"}, []string{"person:historian-marit-oddvik"}},
		{"Economist Pavel Ruzek of the Ostvale Institute for Trade said prices would rise.", []string{"person:pavel-ruzek", "org:ostvale-institute-for-trade"}, []string{"person:economist-pavel-ruzek", "org:pavel-ruzek-of-the-ostvale-institute-for-trade"}},
		// a title stays a title, and a body's word keeps the body whole
		{"Analyst Capital Partners said the fund would close.", []string{"org:analyst-capital-partners"}, nil},
		{"Attorney General Lise Marrow said the case was closed.", []string{"person:lise-marrow"}, []string{"person:general-lise-marrow"}},
	})
}
