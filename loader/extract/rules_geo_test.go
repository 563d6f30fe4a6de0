package extract

// geoRuleTests test the geography and organization-place rules (rules_geo.go).
var geoRuleTests = []ruleTest{
	{
		rule: "geo-city-state",
		text: "The plant in Lake Tarrow, La., closed on Monday.",
		want: []string{"place:lake-tarrow located_in place:louisiana"},
	},
	{
		rule:    "geo-city-state",
		text:    "Nine people were wounded in the Tana Valley, Kenya's military said.",
		notWant: []string{"place:tana-valley located_in"},
	},
	{
		rule:    "geo-city-state",
		text:    "NAIROBI, Kenya (Reuters) - Talks resumed on Monday.",
		notWant: []string{"place:nairobi located_in"},
	},
	{
		rule: "geo-in",
		text: "The Corvin Hospital in Lake Tarrow, La., closed on Monday.",
		want: []string{"org:corvin-hospital based_in place:lake-tarrow"},
	},
	{
		rule: "geo-possessive",
		text: "Kenya's Tana Valley flooded on Monday.",
		want: []string{"place:tana-valley located_in country:kenya"},
	},
	{
		rule: "org-based",
		text: "The Nairobi-based Corvin Group said sales fell.",
		want: []string{"org:corvin-group based_in place:nairobi"},
	},
	{
		rule: "org-apposition",
		text: "Corvin Group, a Japanese company, said sales fell.",
		want: []string{"org:corvin-group based_in country:japan"},
	},
}
