package extract

// spokesRuleTests test roleSpokesAfterBody: a bare "a spokeswoman, X"
// speaks for the one body the sentence before is about.
var spokesRuleTests = []ruleTest{
	{
		rule: "role-spokes-after-body",
		text: "Marvela Foods, the dairy group based in Tarrow, said the recall would cost millions. A spokeswoman, Ilse Varga, said the plant would reopen on Monday.",
		want: []string{"person:ilse-varga spokesperson_for org:marvela-foods"},
	},
	{
		rule: "role-spokes-after-body",
		text: "Brenholt Mining said the shaft was safe. A spokesman, Tomas Okafor, said inspectors would visit on Friday.",
		want: []string{"person:tomas-okafor spokesperson_for org:brenholt-mining"},
	},
	{
		// the owner of the previous sentence's subject
		rule: "role-spokes-after-body",
		text: "Brenholt Mining's chief executive, Paulo Eder, said the company would pay the families. He will fly to Tarrow on Sunday, a spokeswoman, Ilse Varga, said.",
		want: []string{"person:ilse-varga spokesperson_for org:brenholt-mining"},
	},
	{
		// two bodies in the sentence before: whose spokeswoman is unclear
		rule:    "role-spokes-after-body",
		text:    "Marvela Foods and the Tarrow Farmers Union signed the deal on Tuesday. A spokeswoman, Ilse Varga, said the terms were fair.",
		notWant: []string{"person:ilse-varga spokesperson_for"},
	},
	{
		// the body is the object, not the subject, of the sentence before
		rule:    "role-spokes-after-body",
		text:    "Regulators fined Marvela Foods on Tuesday. A spokeswoman, Ilse Varga, said the fine was unfair.",
		notWant: []string{"person:ilse-varga spokesperson_for"},
	},
	{
		// a spokesman of another kind of body
		rule:    "role-spokes-after-body",
		text:    "Brenholt Mining said the shaft was safe. A union spokesman, Tomas Okafor, said workers were afraid.",
		notWant: []string{"person:tomas-okafor spokesperson_for org:brenholt-mining"},
	},
	{
		// a new paragraph may turn to another body
		rule:    "role-spokes-after-body",
		text:    "Brenholt Mining said the shaft was safe.\n\nA spokeswoman, Ilse Varga, said the families would be told on Friday.",
		notWant: []string{"person:ilse-varga spokesperson_for"},
	},
	{
		// a former spokesman speaks for no one now
		rule:    "role-spokes-after-body",
		text:    "Brenholt Mining said the shaft was safe. A former spokesman, Tomas Okafor, said he doubted it.",
		notWant: []string{"person:tomas-okafor spokesperson_for"},
	},
	{
		// the sentence before is another source's word
		rule:    "role-spokes-after-body",
		text:    "Brenholt Mining will shut two shafts next spring, the regional miners' federation said on Monday. A spokesman, Tomas Okafor, said members would walk out.",
		notWant: []string{"person:tomas-okafor spokesperson_for"},
	},
	{
		rule:    "role-spokes-after-body",
		text:    "Brenholt Mining will shut two shafts next spring, according to the regional miners' federation. A spokesman, Tomas Okafor, said members would walk out.",
		notWant: []string{"person:tomas-okafor spokesperson_for"},
	},
	{
		// an "according to" in a later clause of its own is no source of
		// the root's statement
		rule: "role-spokes-after-body",
		text: "Brenholt Mining will shut two shafts next spring, leaving it the smallest miner in the valley according to state survey figures. A spokesman, Tomas Okafor, said members would walk out.",
		want: []string{"person:tomas-okafor spokesperson_for org:brenholt-mining"},
	},
	{
		// the spokesman's own phrase names another body
		rule:    "role-spokes-after-body",
		text:    "Kessler Timber said the ban would cost 600 jobs. A spokeswoman, Marta Sola, from the loggers' association said the ban was unfair.",
		notWant: []string{"person:marta-sola spokesperson_for"},
	},
	{
		rule:    "role-spokes-after-body",
		text:    "Kessler Timber Group said the logging ban would cost 600 jobs. A spokeswoman, Marta Sola, said on behalf of the forest workers that members would strike.",
		notWant: []string{"person:marta-sola spokesperson_for"},
	},
	{
		// an adverb of the verb between the name's comma and the verb
		rule: "role-spokes-after-body",
		text: "Kessler Timber said the mill would close in May. A spokesman, Aron Vidal, also said the workers would be paid.",
		want: []string{"person:aron-vidal spokesperson_for org:kessler-timber"},
	},
	{
		rule: "role-spokes-after-body",
		text: "Kessler Timber said the mill would close in May. A spokesman, Aron Vidal, however, said the workers would be paid.",
		want: []string{"person:aron-vidal spokesperson_for org:kessler-timber"},
	},
	{
		// the adverb opens a phrase of the name's own
		rule:    "role-spokes-after-body",
		text:    "Kessler Timber said the mill would close in May. A spokesman, Aron Vidal, also from the sawmill workers' association, said the workers would be paid.",
		notWant: []string{"person:aron-vidal spokesperson_for"},
	},
	{
		// the body's own word: a "the" noun of its kind, the body named
		// again, its own statement
		rule: "role-spokes-after-body",
		text: "Pellmar Insurance will close 12 offices next year, the Bergen-based insurer said. A spokeswoman, Nina Holt, said staff would be moved.",
		want: []string{"person:nina-holt spokesperson_for org:pellmar-insurance"},
	},
	{
		rule: "role-spokes-after-body",
		text: "Pellmar Insurance will close 12 offices next year, Pellmar Insurance said in a statement. A spokeswoman, Nina Holt, said staff would be moved.",
		want: []string{"person:nina-holt spokesperson_for org:pellmar-insurance"},
	},
	{
		rule: "role-spokes-after-body",
		text: "Pellmar Insurance will close 12 offices next year, according to a statement on its website. A spokeswoman, Nina Holt, said staff would be moved.",
		want: []string{"person:nina-holt spokesperson_for org:pellmar-insurance"},
	},
	{
		rule:    "role-spokes-after-body",
		text:    "Pellmar Insurance will close 12 offices next year, the rival insurer said. A spokeswoman, Nina Holt, said staff would be moved.",
		notWant: []string{"person:nina-holt spokesperson_for"},
	},
	{
		rule:    "role-spokes-after-body",
		text:    "Pellmar Insurance will close 12 offices next year, according to a statement from the insurance workers' union. A spokeswoman, Nina Holt, said staff would be moved.",
		notWant: []string{"person:nina-holt spokesperson_for"},
	},
}
