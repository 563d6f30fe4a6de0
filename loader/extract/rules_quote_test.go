package extract

// quoteRuleTests test the quote rule of the structure pass (rules_quote.go).
var quoteRuleTests = []ruleTest{
	{
		// the parser reads the title as the root and "said" as its
		// parataxis: the name in apposition to the title speaks
		rule: "quote-verb",
		text: "The council's president for October, Ambassador Ana Soler of Norway, said the vote showed \"the council can still agree when lives are at stake.\"",
		want: []string{"person:ana-soler said " + statementID("person:ana-soler", "the council can still agree when lives are at stake.")},
	},
	{
		rule: "quote-verb",
		text: "The bureau's head of operations in Halden, Mara Lind, said fuel supplies remained \"far below what the hospitals need to function.\"",
		want: []string{"person:mara-lind said " + statementID("person:mara-lind", "far below what the hospitals need to function.")},
	},
	{
		// the parser hangs the name on its title as flat, and the token
		// rules stop at the body's lower-case noun before the verb
		rule: "quote-verb",
		text: "Veteran mayor Ilse Marten of the Green alliance said the ferry plan would \"leave the islands cut off for most of the winter.\"",
		want: []string{"person:ilse-marten said " + statementID("person:ilse-marten", "leave the islands cut off for most of the winter.")},
	},
	{
		rule: "quote-verb",
		text: "Ivo Brandt told reporters the talks had stalled and accused Norland of \"dragging its feet on every single point.\"",
		want: []string{"person:ivo-brandt said " + statementID("person:ivo-brandt", "dragging its feet on every single point.")},
	},
	{
		rule:    "quote-verb",
		text:    "Mara Lind read a novel titled \"The Long Road to the Northern Sea\" on the train.",
		notWant: []string{"person:mara-lind said"},
	},
	{
		rule:    "quote-verb",
		text:    "Mara Lind never called the deal \"a complete surrender to the northern provinces,\" her office said.",
		notWant: []string{"person:mara-lind said"},
	},
	{
		// the body the group noun carries as a compound speaks through
		// the participle of its clause
		rule: "quote-verb",
		text: "The Tarvo Liberation Front armed group claimed responsibility for the ambush in a short statement, saying its men had struck \"a convoy of the occupation army and its hired guards.\"",
		want: []string{"org:tarvo-liberation-front said " + statementID("org:tarvo-liberation-front", "a convoy of the occupation army and its hired guards.")},
	},
	{
		// the parser takes the description in apposition for the
		// subject: the name before its comma speaks
		rule: "quote-verb",
		text: "FORCE, an armed group based in western Halden, claimed the ambush in a statement posted online, saying its men had \"burned the barracks of the junta and taken its trucks.\"",
		want: []string{"org:force said " + statementID("org:force", "burned the barracks of the junta and taken its trucks.")},
	},
	{
		// a body the description names is another party
		rule:    "quote-verb",
		text:    "The Tarvo Liberation Front-linked group claimed responsibility for the ambush in a short statement, saying its men had struck \"a convoy of the occupation army and its hired guards.\"",
		notWant: []string{"org:tarvo-liberation said", "org:tarvo-liberation-front said"},
	},
	{
		// no comma and "a" between the name and the group noun, or the
		// noun is not the speaking verb's subject
		rule:    "quote-verb",
		text:    "Police detained two members of KLR, a rebel movement, on Monday. A local group later claimed the raid in a statement, saying it had \"destroyed the depot that fed the enemy's forward positions.\"",
		notWant: []string{"org:klr said"},
	},
	{
		rule:    "quote-verb",
		text:    "Soldiers fought KLR, a rebel movement, near the border, and an armed group claimed the raid, saying it had \"destroyed the depot that fed the enemy's forward positions.\"",
		notWant: []string{"org:klr said"},
	},
	{
		// a person's name on the group noun is no body
		rule:    "quote-verb",
		text:    "The Ivo Brandt support group claimed in a leaflet, saying the trial had been \"a theatre staged for the cameras and the ministers.\"",
		notWant: []string{"person:ivo-brandt said"},
	},
	{
		// another noun between the name and the group noun: a group of
		// its own, not the body or place it is named after
		rule:    "quote-verb",
		text:    "Officials from the Tarvo Front met the mediators on Monday. The Halden contact group said the talks had been \"useful, frank and long overdue for both of the parties.\"",
		notWant: []string{"org:halden said"},
	},
	{
		rule:    "quote-verb",
		text:    "The Corvin Bank working group said the reform would \"leave the small lenders without any room to breathe at all.\"",
		notWant: []string{"org:corvin-bank said"},
	},
}
