package extract

import "testing"

// TestSurnameTradeCompany checks a name the recognizer or the token
// rules read as a person's whose last word is a trade that is also a
// surname ("Gold", "Power", "Mills"): a company's, unless a title, an
// age, an occupation, the surname alone, a personal pronoun or a relative
// "who" makes it a person's.
func TestSurnameTradeCompany(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Halvorn Gold said on Tuesday that output at its mine in Ghana fell by a fifth. Halvorn blamed the rains.", []string{"org:halvorn-gold"}, []string{"person:halvorn-gold"}},
		{"Trucks queued for a week outside Delmar Terminals after the customs system failed.", []string{"org:delmar-terminals"}, []string{"person:delmar-terminals"}},
		{"Kessaly Cobalt, based in Wuxi, agreed to buy a stake in the Kabwe project.", []string{"org:kessaly-cobalt"}, []string{"person:kessaly-cobalt"}},
		{"Flour from Sendara Valley Mills reached the markets of Kisumu on Friday.", []string{"org:sendara-valley-mills"}, []string{"person:sendara-valley-mills"}},
		// a person's: a title, an age, an occupation, the surname alone,
		// a personal pronoun
		{"Senator Leah Power voted against the bill on Monday.", []string{"person:leah-power"}, []string{"org:leah-power"}},
		{"Oren Steel, 61, was freed on bail on Monday.", []string{"person:oren-steel"}, []string{"org:oren-steel"}},
		{"Rhea Mills, a nurse in Galway, said the ward was full.", []string{"person:rhea-mills"}, []string{"org:rhea-mills"}},
		{"The award went to Petra Gold. Gold said the book took ten years.", []string{"person:petra-gold"}, []string{"org:petra-gold"}},
		{"Witnesses said Callum Power fell when his boat hit the rocks.", []string{"person:callum-power"}, []string{"org:callum-power"}},
		// a relative "who": a person's
		{"\"The queues are too long,\" said Nadia Gold, who runs the depot's night shift.", []string{"person:nadia-gold"}, []string{"org:nadia-gold"}},
		{"The letter was signed by Oskar Silver and Lena Mills, who both farm near the river.", []string{"person:oskar-silver", "person:lena-mills"}, []string{"org:oskar-silver", "org:lena-mills"}},
		// a common surname (Power, Gold, Mills …) makes a company only with a
		// company cue: a body noun before it or heading its apposition, or
		// its first word alone elsewhere
		{"Workers at the plant of the steel group Orvik Steel went on strike on Monday.", []string{"org:orvik-steel"}, []string{"person:orvik-steel"}},
		{"Tarlow Power, the island's private utility, restored supply to most homes.", []string{"org:tarlow-power"}, []string{"person:tarlow-power"}},
		{"Mendra Iron raised its output target. Shares in Mendra rose 4 percent.", []string{"org:mendra-iron"}, []string{"person:mendra-iron"}},
		{"\"The shelter will stay open all winter,\" Miriam Power said in a statement.", []string{"person:miriam-power"}, []string{"org:miriam-power"}},
		{"Among the guests at the opening was Tobias Silver, and the hall was full.", []string{"person:tobias-silver"}, []string{"org:tobias-silver"}},
	})
}
