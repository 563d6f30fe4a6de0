package extract

import "testing"

// partRuleTests test the part_of rules (rules_part.go).
var partRuleTests = []ruleTest{
	{
		rule: "part-possessive",
		text: "The Corvin Group's Lumen Fund said on Monday that returns fell.",
		want: []string{"org:lumen-fund part_of org:corvin-group"},
	},
	{
		rule:    "part-possessive",
		text:    "Kenya's Corvin Group said on Monday that sales fell.",
		notWant: []string{"org:corvin-group part_of"},
	},
	{
		// a house of a legislature is a state body, of the country that
		// owns it, before a title too
		rule: "part-possessive",
		text: "Kenya's Senate President, Ivo Brandt, met the delegation on Monday.",
		want: []string{"org:senate part_of country:kenya"},
	},
	{
		rule: "part-possessive",
		text: "Ethiopia's Senate approved the budget on Monday.",
		want: []string{"org:senate part_of country:ethiopia"},
	},
	{
		// a legislature called a congress alone is the state's; a
		// party's or a union's congress has a name of its own
		rule: "part-possessive",
		text: "Kenya's Congress on Monday voted down the tax plan.",
		want: []string{"org:congress part_of country:kenya"},
	},
	{
		rule:    "part-possessive",
		text:    "Kenya's Trades Union Congress called a strike on Monday.",
		notWant: []string{"part_of country:kenya"},
	},
	{
		rule:    "part-possessive",
		text:    "Ethiopia's Orange Democratic Congress won the vote in Gondar.",
		notWant: []string{"part_of country:ethiopia"},
	},
	{
		// "Congress" alone is the legislature only when it acts as one
		// (legislates): a party wins seats, accuses, is led
		rule:    "part-possessive",
		text:    "Pakistan's Congress swept four provinces on Sunday, the poll board said.",
		notWant: []string{"part_of country:pakistan"},
	},
	{
		rule:    "part-possessive",
		text:    "Arif Qadri, who heads Pakistan's Congress, spoke at a rally in Multan on Sunday.",
		notWant: []string{"part_of country:pakistan"},
	},
	{
		rule: "part-possessive",
		text: "Egypt's Congress must still approve the mining law, officials said.",
		want: []string{"org:congress part_of country:egypt"},
	},
	{
		// a verb a party does too is a legislature's act only on a law
		// (legislativeAct: lawObject)
		rule:    "part-possessive",
		text:    "Kenya's Congress on Thursday rejected opinion surveys that showed it trailing in two districts.",
		notWant: []string{"part_of country:kenya"},
	},
	{
		rule:    "part-possessive",
		text:    "Kenya's Congress will vote to expel four dissident members, party aides said on Thursday.",
		notWant: []string{"part_of country:kenya"},
	},
	{
		rule:    "part-possessive",
		text:    "Kenya's Congress suspended three members for breaking party discipline on Thursday.",
		notWant: []string{"part_of country:kenya"},
	},
	{
		rule: "part-possessive",
		text: "Kenya's Congress on Thursday rejected a tax reform that would have raised fuel duties.",
		want: []string{"org:congress part_of country:kenya"},
	},
	{
		rule:    "part-possessive",
		text:    "Kenya's Corvin Group chairman, Ivo Brandt, met the delegation on Monday.",
		notWant: []string{"org:corvin-group part_of"},
	},
	{
		rule: "part-descriptor",
		text: "The Corvin Group research unit Lumen Institute said on Monday that the trial had ended.",
		want: []string{"org:lumen-institute part_of org:corvin-group"},
	},
	{
		rule: "part-descriptor",
		text: "The Corvin Group's research unit, the Lumen Institute, said on Monday that the trial had ended.",
		want: []string{"org:lumen-institute part_of org:corvin-group"},
	},
	{
		rule:    "part-descriptor",
		text:    "The Corvin Group sued its rival firm Halden Bank on Monday.",
		notWant: []string{"org:halden-bank part_of"},
	},
	{
		// a description of the whole between "of" and its name: the
		// parser hangs the name anywhere, the words are read in order
		rule: "org-part-apposition",
		text: "The agency said Kestrel Ridge Minerals, a Kisumu-based subsidiary of Norwegian mining group Andes Plata Holdings, had filed the permit.",
		want: []string{"org:kestrel-ridge-minerals part_of org:andes-plata-holdings"},
	},
	{
		rule: "org-part-apposition",
		text: "Production stopped at the mine operated by Osterby Coal, a unit of the Rotterdam-based energy group Valmora Energy, which bought it in 2019.",
		want: []string{"org:osterby-coal part_of org:valmora-energy"},
	},
	{
		// no part: another relation than a unit's, a clause between, a
		// former unit, people not a body before the name
		rule:    "org-part-apposition",
		text:    "Kestrel Minerals, a supplier of mining group Andes Holdings, said output fell.",
		notWant: []string{"org:kestrel-minerals part_of"},
	},
	{
		rule:    "org-part-apposition",
		text:    "Brightwater Minerals, a unit of the company that Andes Holdings sold last year, closed the pit.",
		notWant: []string{"org:brightwater-minerals part_of"},
	},
	{
		rule:    "org-part-apposition",
		text:    "Harbor Mining, a former unit of Valmora Energy, was sold in 2020.",
		notWant: []string{"org:harbor-mining part_of"},
	},
	{
		rule:    "org-part-apposition",
		text:    "Ridge Copper, an arm of Peruvian investors Andes Holdings, bought the mine.",
		notWant: []string{"org:ridge-copper part_of"},
	},
	{
		// the name must close the phrase: a reduced relative clause, a
		// possessive or "and" after it says the name is not the whole
		rule:    "org-part-apposition",
		text:    "Marlow Paper Mills Ltd., a unit of the firm Trevane Holdings acquired in 2019, will shut its plant, the owners said.",
		notWant: []string{"org:marlow-paper-mills-ltd part_of", "org:marlow-paper-mills part_of"},
	},
	{
		rule:    "org-part-apposition",
		text:    "Ostrel Cement Co., a unit of the building group Danforth Materials plans to sell, said on Thursday it would cut jobs.",
		notWant: []string{"org:ostrel-cement-co part_of", "org:ostrel-cement part_of"},
	},
	{
		rule:    "org-part-apposition",
		text:    "Ostrel Cement Co., a unit of the building group Danforth Materials' parent Kemble Partners, said on Thursday it would cut jobs.",
		notWant: []string{"org:ostrel-cement-co part_of org:danforth-materials", "org:ostrel-cement part_of org:danforth-materials"},
	},
	{
		rule: "org-part-apposition",
		text: "Ostrel Cement Co., a subsidiary of the Lisbon-based building group Danforth Materials, said on Thursday it would cut jobs.",
		want: []string{"org:ostrel-cement-co part_of org:danforth-materials"},
	},
	{
		// a time after the name ("until last year") says it was the whole
		// once, no longer (closesPhrase: untilWords)
		rule:    "org-part-apposition",
		text:    "Ostrel Cement Co., a unit of the building group Danforth Materials until 2023, said on Thursday it would cut jobs.",
		notWant: []string{"org:ostrel-cement-co part_of", "org:ostrel-cement part_of"},
	},
}

// TestOrgNameParts checks the organization names the token rules read
// whole and the part_of their names state (entities.go, resolve.go).
func TestOrgNameParts(t *testing.T) {
	for _, tt := range []struct {
		name, text    string
		want, notWant []string
	}{
		{
			name: "crown word before the demonym",
			text: "The Royal Norwegian Navy said on Monday that two ships had sailed.",
			want: []string{"org:royal-norwegian-navy part_of country:norway"},
		},
		{
			name: "demonym and a common noun",
			text: "The Kenyan army said on Monday that the border was calm.",
			want: []string{"org:kenyan-army part_of country:kenya"},
		},
		{
			name:    "possessive and a common noun",
			text:    "Kenya's army said on Monday that the border was calm.",
			notWant: []string{"org:kenyas-army"},
		},
		{
			name: "ordinal and military area",
			text: "Soldiers said the Corvin Army's Fourth Army District crossed the river on Monday.",
			want: []string{"org:fourth-army-district part_of org:corvin-army"},
		},
		{
			name: "numeral ordinal",
			text: "Soldiers said the Corvin Army's 4th Armored Brigade crossed the river on Monday.",
			want: []string{"org:4th-armored-brigade part_of org:corvin-army"},
		},
		{
			name: "numeral ordinal after of",
			text: "The case went to Judge Ana Soler of the 2nd Halden Circuit Court on Monday.",
			want: []string{"person:ana-soler member_of org:2nd-halden-circuit-court"},
		},
		{
			name:    "ordinal before a title",
			text:    "The plan was backed by First Deputy Minister Ivo Brandt on Monday.",
			notWant: []string{"org:first"},
		},
		{
			// (the name holds over "and"; its parent, named on its own
			// too, in front of it)
			name: "name over and, with its parent's name in front",
			text: "The Corvin Union said the Corvin Union Trade and Transport Commission would meet on Monday.",
			want: []string{"org:corvin-union-trade-and-transport-commission part_of org:corvin-union"},
		},
		{
			name:    "and between two names",
			text:    "Ivo Brandt and the Halden Bank signed the deal on Monday.",
			notWant: []string{"org:ivo-brandt-and"},
		},
		{
			name: "acronym in front",
			text: "The CORVA summit ended on Monday. The CORVA Commission said sanctions would stay.",
			want: []string{"org:corva-commission part_of org:corva"},
		},
		{
			name: "a bloc's commission, the bloc named on its own",
			text: "The Sahel Economic Union has asked donors for aid. The Sahel Economic Union Commission said on Friday that monitors would go to Niamey.",
			want: []string{"org:sahel-economic-union-commission part_of org:sahel-economic-union"},
		},
		{
			name: "dotted acronym in front",
			text: "The U.N. Office for Tarrow Relief said on Monday that aid had arrived.",
			want: []string{"org:un-office-for-tarrow-relief part_of org:un"},
		},
		{
			name:    "an agency's name is its own, with news in it",
			text:    "Officials told KPA on Monday that the road was closed. The KPA News Agency said two bridges were shut.",
			notWant: []string{"part_of org:kpa"},
		},
		{
			name:    "a place is no whole",
			text:    "Rebels ambushed a patrol in the coca-growing TARVO valley on Sunday. The minister will meet the commanders of the TARVO Special Command on Thursday. The TARVO, the valley of three rivers, grows most of the coca.",
			notWant: []string{"org:tarvo-special-command part_of"},
		},
		{
			name:    "an agency's name is its own",
			text:    "Floods cut three roads near Kisumu on Monday, officials told KNA. The KNA Agency said two bridges were closed.",
			notWant: []string{"part_of org:kna"},
		},
		{
			name: "a part the text states keeps its whole",
			text: "The Halden Army's 3rd Brigade was sent north, and Amber Air, a unit of the Corvin Group, cancelled flights.",
			want: []string{"org:3rd-brigade part_of org:halden-army", "org:amber-air part_of org:corvin-group"},
		},
		{
			name:    "a corporate form is no part",
			text:    "Corvin Holdings said the Corvin Holdings Group would grow.",
			notWant: []string{"org:corvin-holdings-group part_of"},
		},
		{
			name:    "a members' body is no part",
			text:    "The CORVA summit ended on Monday. The CORVA Players Association said it would strike.",
			notWant: []string{"org:corva-players-association part_of"},
		},
		{
			name:    "one plain word in front",
			text:    "Tarrow fighters clashed on Monday with the Tarrow National Union, the Halden Bank said.",
			notWant: []string{"org:tarrow-national-union part_of"},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkFacts(t, tt.text, tt.want, tt.notWant)
		})
	}
}
