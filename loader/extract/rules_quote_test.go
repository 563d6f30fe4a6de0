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
}
