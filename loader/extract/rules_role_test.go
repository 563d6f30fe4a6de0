package extract

// roleReadTests test the role rules of rules_role.go and the title
// reading they share (rules.go's titleRole), on parses that hang a
// title's words or body away from the name: "Corvin Chief Executive X"
// read with "Corvin" conjoined to a name before and "Executive" as an
// adjective of the name.
var roleReadTests = []ruleTest{
	{
		// the title a participle of naming hangs the name on
		rule: "role-apposition",
		text: "One of them, a Corvin Party worker named Ravi Tulsi, was stabbed near his home.",
		want: []string{"person:ravi-tulsi member_of org:corvin-party"},
	},
	{
		// one of the party's leaders, a member
		rule:    "role-apposition",
		text:    "Interior Minister Ivo Brandt, a senior Corvin Party leader, spoke with the governor on Monday.",
		want:    []string{"person:ivo-brandt member_of org:corvin-party"},
		notWant: []string{"person:ivo-brandt head_of"},
	},
	{
		// the faction is what she leads, a part of the party she is a
		// member of
		rule:    "role-led-by",
		text:    "The motion was backed by a breakaway faction of the ruling Corvin Party led by Ana Soler.",
		want:    []string{"person:ana-soler member_of org:corvin-party"},
		notWant: []string{"person:ana-soler head_of"},
	},
	{
		// a definite noun standing for a body named before
		rule: "role-led-by",
		text: "Brandt asked the Corvin Electoral Board for a recount on Monday. The board, headed by Ana Soler, sent the request to the court.",
		want: []string{"person:ana-soler head_of org:corvin-electoral-board"},
	},
	{
		// the team the body's name modifies is a part of it
		rule:    "role-led-by",
		text:    "The deal followed two weeks of talks in Nairobi between a Corvin Bank team led by mission chief Ana Soler and officials of the finance ministry.",
		want:    []string{"person:ana-soler member_of org:corvin-bank"},
		notWant: []string{"person:ana-soler head_of"},
	},
	{
		rule: "role-premodifier",
		text: "The ruling came two days after a meeting in Oslo between Vos and Corvin Chief Executive Mara Lind, who flew in.",
		want: []string{"person:mara-lind head_of org:corvin", `person:mara-lind title "Chief Executive"`},
	},
	{
		rule:    "role-apposition",
		text:    "In 1833, Ivo Brandt, the 23rd president of Kenya, was born in Kisumu.",
		notWant: []string{"person:ivo-brandt president_of"},
	},
	{
		rule:    "role-apposition",
		text:    "A statue of the 34th President of Kenya, Ivo Brandt, stands in Kisumu.",
		notWant: []string{"person:ivo-brandt president_of"},
	},
	{
		rule: "role-apposition",
		text: "Ivo Brandt, the president of Kenya, was in Kisumu on Monday.",
		want: []string{"person:ivo-brandt president_of country:kenya"},
	},
	{
		rule:    "role-apposition",
		text:    "A school named after the fifth president of Kenya, Ivo Brandt, opened in Kisumu.",
		notWant: []string{"person:ivo-brandt president_of"},
	},
	{
		rule:    "role-apposition",
		text:    "On this day in 1890, the last Kikuyu king of Kenya, Ivo Brandt, died in Kisumu.",
		notWant: []string{"person:ivo-brandt head_of"},
	},
	// roleNamedNext: the holder of a title the sentence before left
	// unnamed, named with no description of her own
	{
		rule: "role-named-next",
		text: "After a week of losses, the chief executive of Halden Bank quit on Friday. Ana Soler told staff in a memo that she would step down at once.",
		want: []string{"person:ana-soler head_of org:halden-bank"},
	},
	{
		// a name that only reacts is a witness, not the holder
		rule:    "role-named-next",
		text:    "The mayor of Mombasa said 40 homes were flooded. Mara Lind, 61, whose shop was ruined, said she would rebuild.",
		notWant: []string{"person:mara-lind head_of", "person:mara-lind title"},
	},
	{
		rule:    "role-named-next",
		text:    "The chief executive of Halden Bank resigned. Ana Soler said the bank would survive.",
		notWant: []string{"person:ana-soler head_of", "person:ana-soler title"},
	},
	{
		rule:    "role-named-next",
		text:    "The chief executive of Halden Bank resigned on Wednesday. Ana Soler, a customer, said she was angry.",
		notWant: []string{"person:ana-soler head_of"},
	},
	{
		rule:    "role-named-next",
		text:    "The chief executive of Halden Bank met Ivo Brandt on Wednesday. Ana Soler said the bank would survive.",
		notWant: []string{"person:ana-soler head_of"},
	},
	// hasNamedHolder: a title after "and" with its own name is that name's
	{
		rule:    "role-apposition",
		text:    "The governor was accompanied by his wife, Mara Lind Soler and the deputy director of the Halden Water Agency, Ivo Brandt, during a visit to Kisumu.",
		want:    []string{"person:ivo-brandt member_of org:halden-water-agency"},
		notWant: []string{"person:mara-lind-soler member_of", `person:mara-lind-soler title`},
	},
	{
		rule: "role-as",
		text: "Also on Monday, Corvin Media announced that it has named Ana Soler publisher of the Halden Courier, succeeding Ivo Brandt.",
		want: []string{"person:ana-soler member_of org:halden-courier"},
	},
	{
		rule: "role-report",
		text: "Tomas Reyes has covered the courts for the AP since 1998.",
		want: []string{"person:tomas-reyes member_of org:ap"},
	},
	{
		rule: "role-apposition",
		text: "Ana Soler, leader of the Partido Amarelo (Yellow Party), said the vote would wait.",
		want: []string{"person:ana-soler head_of org:partido-amarelo", "person:ana-soler head_of org:yellow-party"},
	},
	{
		rule: "role-copula",
		text: "The report was written by Ivo Brandt, who is chairman of the Corvin Group.",
		want: []string{"person:ivo-brandt head_of org:corvin-group"},
	},
	// namedBody: the firm's name hung on the title as a second phrase
	{
		rule: "role-apposition",
		text: "Rosa Lind, a partner at the Oslo law firm Berge Tandberg, said the court erred.",
		want: []string{"person:rosa-lind member_of org:berge-tandberg"},
	},
	// classedBody: the name before the noun that says what it is
	{
		rule: "role-apposition",
		text: "The order against Mara Okello, a correspondent for the Tarrow-based Daily Courier newspaper, was lifted.",
		want: []string{"person:mara-okello member_of org:daily-courier"},
	},
	{
		rule:    "role-apposition",
		text:    "Ana Soler, a lawyer for the U.N. agency, said the talks failed.",
		notWant: []string{"person:ana-soler member_of"},
	},
	// apposAfterName: a second title hung on the first, after the name
	{
		rule: "role-apposition",
		text: "Opposition leader Ivo Brandt, head of the KORVA party, rejected the budget on Monday.",
		want: []string{"person:ivo-brandt head_of org:korva"},
	},
	// bodyBeforeTitle: the body named right before the title, not the
	// possessor's country
	{
		rule:    "role-apposition",
		text:    "Kenya's Senate President, Ivo Brandt, opened the debate on Tuesday.",
		want:    []string{"person:ivo-brandt head_of org:senate"},
		notWant: []string{"person:ivo-brandt president_of"},
	},
	{
		rule: "role-apposition",
		text: "Ana Soler, a paramedic with the Halden Rescue Service, was hurt when her ambulance was hit.",
		want: []string{"person:ana-soler member_of org:halden-rescue-service"},
	},
	// an occupation held in a union of states
	{
		rule: "role-apposition",
		text: "Ana Soler also spoke with the European Union's trade commissioner, Ivo Brandt, who promised aid.",
		want: []string{"person:ivo-brandt member_of country:european-union"},
	},
	// portfolioPhrase: a minister's portfolio the recognizer read as a body
	{
		rule:    "role-apposition",
		text:    "Egypt's Minister of Water Resources and Irrigation, Ivo Brandt, rejected the plan in Cairo.",
		want:    []string{"person:ivo-brandt minister_of country:egypt"},
		notWant: []string{"person:ivo-brandt minister_of org:", "person:ivo-brandt member_of org:"},
	},
	// recentBloc: "the bloc" is the union of states named last
	{
		rule: "role-apposition",
		text: "Leaders of the Southern African Development Community met in Gaborone on Monday. Ivo Brandt, the bloc's chief mediator, said talks would resume.",
		want: []string{"person:ivo-brandt envoy_of org:southern-african-development-community"},
	},
	{
		rule: "role-apposition",
		text: "The European Union agreed on new sanctions. Ana Soler, the bloc's trade commissioner, said they would bite.",
		want: []string{"person:ana-soler member_of country:european-union"},
	},
	{
		rule:    "role-apposition",
		text:    "Leaders of the Southern African Development Community met in Gaborone on Monday. Ivo Brandt, the trading bloc's chief mediator, said talks would resume.",
		notWant: []string{"person:ivo-brandt envoy_of"},
	},
	{
		rule: "role-whose-party",
		text: "Opposition leader Ana Soler, whose Corvin party leads some polls, condemned the attack.",
		want: []string{"person:ana-soler head_of org:corvin"},
	},
	{
		rule:    "role-whose-party",
		text:    "Deputy leader Ana Soler, whose Corvin Party lost the vote, stayed silent.",
		notWant: []string{"person:ana-soler head_of"},
	},
	// a name with no leader's title: the party is the person's own
	{
		rule:    "role-whose-party",
		text:    "Prime Minister Ivo Brandt, whose Halden party leads the three-party coalition, called an early vote.",
		want:    []string{"person:ivo-brandt member_of org:halden"},
		notWant: []string{"person:ivo-brandt head_of org:halden"},
	},
	{
		rule:    "role-whose-party",
		text:    "Ivo Brandt, whose Halden Bank shares fell sharply, sold his house.",
		notWant: []string{"person:ivo-brandt member_of"},
	},
	// the party acts on the person, or the person on it: no membership
	{
		rule:    "role-whose-party",
		text:    "Former premier Elias Varga, whose Corvin Party expelled him last year, said he would run alone.",
		notWant: []string{"person:elias-varga member_of org:corvin", "person:elias-varga head_of"},
	},
	{
		rule:    "role-whose-party",
		text:    "Former minister Nora Lind, whose Halden party she quit in 2021, backed the plan.",
		notWant: []string{"person:nora-lind member_of org:halden", "person:nora-lind head_of"},
	},
	{
		rule:    "role-whose-party",
		text:    "Opposition leader Ana Soler, whose Corvin party suspended her membership in March, spoke on Monday.",
		notWant: []string{"person:ana-soler head_of org:corvin", "person:ana-soler member_of org:corvin"},
	},
	// a holder who leads, founded or is talked of keeps the party
	{
		rule: "role-whose-party",
		text: "Senator Ilka Moravec, whose Halden party she has led since 2018, called an early vote.",
		want: []string{"person:ilka-moravec member_of org:halden"},
	},
	{
		rule: "role-whose-party",
		text: "Former mayor Pavel Ostrom, whose Corvin party colleagues say he should step down, called an early vote.",
		want: []string{"person:pavel-ostrom member_of org:corvin"},
	},
	{
		rule:    "role-whose-party",
		text:    "Former minister Nora Lind, whose Halden party she left in 2021, backed the plan.",
		notWant: []string{"person:nora-lind member_of org:halden"},
	},
	// taskVerbs: a task done for a body
	{
		rule: "role-report",
		text: "Ana Soler, who led the inquiry for the Corvin Institute, told reporters the files were missing.",
		want: []string{"person:ana-soler member_of org:corvin-institute"},
	},
	// caseBeforeName: "for" inside the body's name
	{
		rule:    "role-report",
		text:    "Tomas Reyes, who leads the opposition Alliance for Reform, spoke on Monday.",
		notWant: []string{"person:tomas-reyes member_of"},
	},
	// conjoinedPerson: "his" is the conjunct's, not the subject's
	{
		rule:    "role-counterpart",
		text:    "Kenyan President Ana Soler welcomed Ethiopian Finance Minister Ivo Brandt and his Sudanese counterpart, Tomas Reyes, to the State House on Friday.",
		want:    []string{"person:tomas-reyes minister_of country:sudan"},
		notWant: []string{"person:tomas-reyes president_of"},
	},
	// previousSubjectBody: a full name known only by its acronym
	{
		rule: "role-apposition",
		text: "The Economic Community of Corvin States (ECCS) condemned the attack and said it would send a delegation. Its president, Ana Soler, spoke by phone.",
		want: []string{"person:ana-soler head_of org:eccs"},
	},
	// previousSubjectPerson: "his" the coreference model links to a body
	// (or to no one) stands for the person the sentence before is about
	{
		rule: "role-apposition",
		text: "Labour Minister Eva Gruber, a Social Democrat, told the Nationalrat's social affairs committee that the plan \"would punish people who work with their hands.\"\n\n\"Nobody should have to work until 70,\" she said.\n\nChancellor Stefan Maurer, who leads the People's Party, has so far stayed out of the dispute. His spokesman, Lukas Brenner, told reporters that the chancellor expected a compromise by June.",
		want: []string{"person:lukas-brenner spokesperson_for person:stefan-maurer"},
	},
	// a "her" the model or the sentence before gives a person of unknown
	// gender stands for no one when that sentence names a woman too
	{
		rule:    "role-apposition",
		text:    "Chancellor Tobias Varga received Queen Ingrid at the palace on Tuesday. The statement said her spokeswoman, Mira Holt, would visit Vienna.",
		notWant: []string{"person:mira-holt spokesperson_for person:tobias-varga"},
	},
	{
		rule:    "role-apposition",
		text:    "Mr. Tobias Varga, who leads the Farmers' Party, has so far stayed out of the dispute. Her spokeswoman, Mira Holt, told reporters that a deal was near.",
		notWant: []string{"person:mira-holt spokesperson_for person:tobias-varga"},
	},
	// titleSubjectOfName: a description between the title and the name
	{
		rule: "role-apposition",
		text: "The Halden Monitoring Mission condemned the attack. Its head, Kenyan diplomat Ivo Brandt, said patrols would grow.",
		want: []string{"person:ivo-brandt head_of org:halden-monitoring-mission"},
	},
	{
		rule:    "role-apposition",
		text:    "The Halden Monitoring Mission condemned the attack. Its head and a Kenyan diplomat Ivo Brandt said patrols would grow.",
		notWant: []string{"person:ivo-brandt head_of"},
	},
	// titleRootOverName: the title the root, the verb the name is
	// subject of its parataxis
	{
		rule: "role-apposition",
		text: "The Halvik Dockers Union rejected the offer. Its president, Tomás Ruiz Berga, said members would strike.",
		want: []string{"person:tomas-ruiz-berga head_of org:halvik-dockers-union"},
	},
	{
		rule:    "role-apposition",
		text:    "The Halvik Dockers Union rejected the offer. Its former president, Tomás Ruiz Berga, said members would strike.",
		notWant: []string{"person:tomas-ruiz-berga head_of"},
	},
	{
		rule:    "role-apposition",
		text:    "The Halvik Dockers Union rejected the offer. Its president and Tomás Ruiz Berga said members would strike.",
		notWant: []string{"person:tomas-ruiz-berga head_of"},
	},
	{
		rule:    "role-apposition",
		text:    "The Halvik Dockers Union rejected the offer. Its president said Tomás Ruiz Berga, a docker, would strike.",
		notWant: []string{"person:tomas-ruiz-berga head_of"},
	},
	// titlePredicate: a chief executive officer is the chief executive,
	// a chief financial officer one of the officers
	{
		rule:    "role-premodifier",
		text:    "The deal was signed by Tarvo Energy chief executive officer Ana Soler and Korvel Group President Ivo Brandt.",
		want:    []string{"person:ana-soler head_of org:tarvo-energy"},
		notWant: []string{"person:ana-soler member_of"},
	},
	{
		rule:    "role-premodifier",
		text:    "The deal was signed by Tarvo Energy chief financial officer Ana Soler and Korvel Group President Ivo Brandt.",
		notWant: []string{"person:ana-soler head_of"},
	},
	{
		rule:    "role-premodifier",
		text:    "Pellmar Freight deputy chief executive officer Oskar Vinter told reporters on Monday the port strike would end soon.",
		notWant: []string{"person:oskar-vinter head_of"},
	},
	{
		rule:    "role-apposition",
		text:    "Oskar Vinter, the vice chief executive officer of Pellmar Freight, told reporters on Monday the port strike would end soon.",
		notWant: []string{"person:oskar-vinter head_of"},
	},
	// recentParty: "the party" is a front or movement just named
	{
		rule: "role-apposition",
		text: "The Corvin Front, which has 18 seats, opposed the budget. The party's chairman, Ivo Brandt, told reporters the vote was lost.",
		want: []string{"person:ivo-brandt head_of org:corvin-front"},
	},
	{
		rule:    "role-apposition",
		text:    "The Corvin Front, which has 18 seats, opposed the budget. The ruling party's chairman, Ivo Brandt, told reporters the vote was won.",
		notWant: []string{"person:ivo-brandt head_of"},
	},
	// paratacticTitle: the title after an age hung on the name as a clause
	{
		rule: "role-apposition",
		text: "Among the six freed by Kenya was Ivo Brandt, 58, a historian at Halden University who was detained in Oslo in 2023 and jailed for nine years.",
		want: []string{"person:ivo-brandt member_of org:halden-university"},
	},
	// introducedBody: "the agency" is the body an apposition introduced as one
	{
		rule: "role-apposition",
		text: "Nurses criticised Halden Health, the public agency that manages the region's clinics. Ivo Brandt, the agency's chief executive, said the clinics would stay open.",
		want: []string{"person:ivo-brandt head_of org:halden-health"},
	},
	// a colleague at a body works there
	{
		rule: "role-apposition",
		text: "Ana Soler was detained at her home on Monday, her colleague at the Halden Courier, Ivo Brandt, told reporters.",
		want: []string{"person:ivo-brandt member_of org:halden-courier"},
	},
	// a ministry named by its portfolio alone in a text naming no country
	{
		rule: "role-apposition",
		text: "Dara Quell, a senior Energy Ministry official, declined to say when the pipeline would reopen.",
		want: []string{"person:dara-quell member_of org:energy-ministry"},
	},
	// possessorAt: the body's owner named before it
	{
		rule: "role-of",
		text: "Lena Park and Omar Tidi of Halden University's School of Law say the rule is wrong.",
		want: []string{"person:lena-park member_of org:school-of-law", "person:omar-tidi member_of org:school-of-law",
			"person:lena-park member_of org:halden-university", "person:omar-tidi member_of org:halden-university"},
	},
	// skipOwnerName: the owner's name before the title, the parser having
	// hung the title elsewhere
	{
		rule: "role-apposition",
		text: "\"Our cement, glass and roofing divisions posted unusually strong profits in 2025,\" said Karl Benning, General Halden Inc.'s chairman and chief executive officer.",
		want: []string{"person:karl-benning head_of org:general-halden-inc"},
	},
	// reputedTitle: what others hold the person to be
	{
		rule: "role-apposition",
		text: "Border guards stopped Omar Tidi, believed to be a senior commander of the Sentinel Front, near the river.",
		want: []string{"person:omar-tidi member_of org:sentinel-front"}, // one of its commanders
	},
	{
		rule: "role-apposition",
		text: "Omar Tidi, said by his lawyer to be a junior member of the Sentinel Front, was freed on bail.",
		want: []string{"person:omar-tidi member_of org:sentinel-front"},
	},
	{
		rule:    "role-apposition",
		text:    "Omar Tidi, not thought to be a member of the Sentinel Front, was freed on bail.",
		notWant: []string{"person:omar-tidi member_of"},
	},
	// classNoun: "company" before the title stands for the company named
	{
		rule: "role-apposition",
		text: "Halden Freight Co. of Lagos plans to close two depots, said Ana Soler, a company official.",
		want: []string{"person:ana-soler member_of org:halden-freight-co"},
	},
	{
		rule: "role-premodifier",
		text: "Halden Freight Co. plans to close two depots, company spokesman Ivo Brandt said.",
		want: []string{"person:ivo-brandt spokesperson_for org:halden-freight-co"},
	},
	// rolePost: an office held now
	{
		rule: "role-post",
		text: "Ana Soler, who occupies the office of treasurer of the Sentinel Party, resigned on Monday.",
		want: []string{"person:ana-soler member_of org:sentinel-party", `person:ana-soler title "treasurer"`},
	},
	{
		rule:    "role-post",
		text:    "Ivo Brandt held the post of deputy head of the Halden Broadcasting Service until 2020.",
		notWant: []string{"person:ivo-brandt member_of"},
	},
	// titledNameBeforeWho: "who" hung on the body of the name's title
	{
		rule: "role-post",
		text: "The commission will question Ivo Brandt, former first deputy director of the Corvin Fund, who currently holds the position of deputy head of the Halden Broadcasting Service.",
		want: []string{"person:ivo-brandt member_of org:halden-broadcasting-service"},
	},
	// unitWords: a committee named with its owner as compound
	{
		rule: "role-apposition",
		text: "Omar Tidi, chairman of the Senate budget subcommittee, said the vote was unfair.",
		want: []string{"person:omar-tidi member_of org:senate"},
	},
	// roleLate, unmentionedOrg: a body only the org rules named, spelled
	// out again as a possessor no mention was read for
	{
		rule: "role-late",
		text: "Last month the Kisumu-based airline Air Corvin bought six used freighters. Air Corvin's chairman, Ivo Brandt, said more would follow.",
		want: []string{"person:ivo-brandt head_of org:air-corvin"},
	},
	// whoseAntecedent: a country named right before ", whose"; skipScope:
	// the place a title covers between it and its comma
	{
		rule: "role-whose",
		text: "The plan was backed by Kenya but rejected by Ethiopia, whose minister for Gondar, Ana Soler, said only local people should decide.",
		want: []string{"person:ana-soler minister_of country:ethiopia"},
	},
	{
		rule: "role-whose",
		text: "The plan was backed by Kenya but rejected by Ethiopia, whose foreign minister, Ivo Brandt, said only local people should decide.",
		want: []string{"person:ivo-brandt minister_of country:ethiopia"},
	},
	// officeScoped: a country or regional director is a member
	{
		rule:    "role-apposition",
		text:    "The Halden Trust warned that famine had spread. Its country director, Ana Soler, said the window was closing.",
		want:    []string{"person:ana-soler member_of org:halden-trust"},
		notWant: []string{"person:ana-soler head_of"},
	},
	// roleAppointed: the appointee the parser made a second complement
	{
		rule: "role-appointed",
		text: "President Ana Soler of Kenya reshuffled her cabinet on Monday. Soler also named Jan van Dijk, a lawmaker of the Corvin Party, as minister of agriculture.",
		want: []string{"person:jan-van-dijk minister_of country:kenya"},
	},
	// ownershipWords: "the private university" is the one named
	{
		rule: "role-verb",
		text: "Halden University will cut 300 jobs. Ana Soler, who has led the private university since 2021, said the cuts were painful.",
		want: []string{"person:ana-soler head_of org:halden-university"},
	},
	// agencyHeads: "the agency" is the government agency named before by
	// another head noun; its administrator runs it
	{
		rule: "role-apposition",
		text: "The Halden Drug Administration banned the cough syrup on Monday. The agency's administrator, Ivo Brandt, said more recalls would follow.",
		want: []string{"person:ivo-brandt head_of org:halden-drug-administration"},
	},
	// envoyState: an ambassador read as a ministry's serves its country
	{
		rule:    "role-apposition",
		text:    "Kenya's Foreign Ministry said on Monday that the treaty was unfair. Its ambassador to Norway, Ivo Brandt, did not attend the signing.",
		want:    []string{"person:ivo-brandt envoy_of country:kenya"},
		notWant: []string{"person:ivo-brandt envoy_of org:"},
	},
	// roleLate, apposNamesOrg: the body of an untitled person's
	// apposition named by the org-based rule in the same sentence
	{
		rule: "role-late",
		text: "Ana Soler, a grain analyst at Kisumu-based consultancy Corvinia, said maize prices would rise.",
		want: []string{"person:ana-soler member_of org:corvinia"},
	},
	{
		// "the country" is the one country the nearest sentence naming
		// any names; of two, neither
		rule:    "role-apposition",
		text:    "Kenya reopened the border on Monday. Ana Soler, the country's foreign minister, said trade would resume. Kenya and Ethiopia signed a deal on Tuesday. Ivo Brandt, the country's trade minister, welcomed it.",
		want:    []string{"person:ana-soler minister_of country:kenya"},
		notWant: []string{"person:ivo-brandt minister_of"},
	},
	// roleCases: a member "from" a party
	{
		rule: "role-apposition",
		text: "At the congress in Kisumu, Ivo Brandt, a delegate from the Corvin Farmers League, voted against the motion.",
		want: []string{"person:ivo-brandt member_of org:corvin-farmers-league"},
	},
	// demonymAt: a body's director for one country is a member of it
	{
		rule: "role-whose",
		text: "Pay talks stalled at the Halden Dockers Union, whose Kenyan director, Ana Soler, walked out on Friday.",
		want: []string{"person:ana-soler member_of org:halden-dockers-union"},
	},
	// whoseAntecedent: the name before the noun that says what it is
	{
		rule: "role-whose",
		text: "Pay talks stalled at the Halden Dockers union, whose director, Ana Soler, walked out on Friday.",
		want: []string{"person:ana-soler head_of org:halden-dockers"},
	},
	// bothHolders: a plural title two conjoined names share
	{
		rule: "role-apposition",
		text: "Rescuers reached Ana Soler, a pilot, and Lena Park, a radio operator, both employees of Corvin Freight, late on Sunday.",
		want: []string{"person:ana-soler member_of org:corvin-freight", "person:lena-park member_of org:corvin-freight"},
	},
	// nameRoot: "its" is the body the parser made the sentence's root
	// before, its verb hung on the name
	{
		rule: "role-apposition",
		text: "The Halden Monitoring Force for Tarrow (HMFT), which has about 1,200 peacekeepers in the region, said patrols around Amberton had been widened. Its head, Major General Ivo Brandt of Kenya, urged restraint.",
		want: []string{"person:ivo-brandt head_of org:halden-monitoring-force-for-tarrow"},
	},
	// heldIn, with a pronoun possessor: the "in" phrase is where the
	// title is held, not its body
	{
		rule:    "role-apposition",
		text:    "The budget is opposed by the centrist Corvin Party. Its leader in the Senate, Ivo Brandt, called the plan reckless.",
		notWant: []string{"person:ivo-brandt head_of org:senate"},
	},
	// heldIn: the possessor's leader "in" another body leads a part of it
	{
		rule:    "role-apposition",
		text:    "The Corvin Party's leader in the Halden Assembly, Ivo Brandt, voted against the budget.",
		want:    []string{"person:ivo-brandt member_of org:corvin-party"},
		notWant: []string{"person:ivo-brandt head_of org:corvin-party"},
	},
	// legislatorCountry: a lawmaker from a place sits for its country
	{
		rule: "role-apposition",
		text: "Ivo Brandt, a lawmaker from Mombasa, said the vote was rigged.",
		want: []string{"person:ivo-brandt member_of country:kenya"},
	},
	// possessor: who leads a body's office is a member of the body
	{
		rule:    "role-verb",
		text:    "Ivo Brandt, who heads the Corvin Institute's Nairobi office, said the risk was high.",
		want:    []string{"person:ivo-brandt member_of org:corvin-institute"},
		notWant: []string{"person:ivo-brandt head_of org:corvin-institute"},
	},
	// asVerb: "take over as" gives the title as "become" does
	{
		rule: "role-as",
		text: "Ivo Brandt took over as head of the Corvin Bank in March.",
		want: []string{"person:ivo-brandt head_of org:corvin-bank"},
	},
	// titleThenName: "whose" with the title and the name run together,
	// no comma between them; a possessive on the name makes it an owner
	{
		rule: "role-whose",
		text: "The Halden Farmers Party, whose leader Ana Soler served as trade minister until May, rejected the offer.",
		want: []string{"person:ana-soler head_of org:halden-farmers-party"},
	},
	{
		rule:    "role-whose",
		text:    "The Sentinel Front, whose leader Lena Park's brother was arrested, called a strike.",
		notWant: []string{"person:lena-park head_of"},
	},
	// titleSubjectBefore: the title the tagger read as an adjective,
	// the parser making it and the name two subjects of the verb
	{
		rule: "role-apposition",
		text: "Corvin Logistics shut two terminals at the port on Monday. Its chief executive, Jan de Boer, said the mills would reopen.",
		want: []string{"person:jan-de-boer head_of org:corvin-logistics"},
	},
	// chamberUnitOwner: who chairs a chamber's committee named in lower
	// case sits in the chamber
	{
		rule:    "role-verb",
		text:    "Ana Soler, who chairs the Senate finance committee, backed the loan.",
		want:    []string{"person:ana-soler member_of org:senate"},
		notWant: []string{"person:ana-soler head_of"},
	},
	// governmentNamedBy: a country's government named by its adjective
	{
		rule: "role-apposition",
		text: "Nine passers-by were hurt, said Ana Soler, a spokeswoman for the Kenyan government.",
		want: []string{"person:ana-soler spokesperson_for country:kenya"},
	},
	// definiteBody in verbRole: "the union" a lead verb's object names
	{
		rule: "role-verb",
		text: "The Halden Dockers Union called a strike on Monday. Ivo Brandt, who leads the union, said pay was too low.",
		want: []string{"person:ivo-brandt head_of org:halden-dockers-union"},
	},
	// roleReported: a title with no body of its own, after the news
	// its holder reports, is held in the body the news is about
	{
		rule: "role-reported",
		text: "Halden Bank will close 40 branches next year, said Omar Tidi, the chief executive.",
		want: []string{"person:omar-tidi head_of org:halden-bank"},
	},
	{
		rule:    "role-reported",
		text:    "Halden Bank will close 40 branches next year, said Omar Tidi, an analyst.",
		notWant: []string{"person:omar-tidi member_of"},
	},
	{
		rule:    "role-reported",
		text:    "Corvin Airways will resume flights to Nairobi, said Omar Tidi, the transport minister.",
		notWant: []string{"person:omar-tidi member_of org:", "person:omar-tidi head_of org:"},
	},
	// pronounHolder: "she" the coreference model links to a name holds
	// the post a lead verb in the present perfect gives; in the past
	// she held it no more
	{
		rule: "role-verb",
		text: "Lena Park spoke to reporters in Nairobi on Monday. She has led the Corvin Trust since 2019.",
		want: []string{"person:lena-park head_of org:corvin-trust"},
	},
	{
		rule:    "role-verb",
		text:    "Lena Park spoke to reporters in Nairobi on Monday. She led the Corvin Trust until 2019.",
		notWant: []string{"person:lena-park head_of"},
	},
	// namedBody in roleOf: the body's name after a noun that says what
	// it is, which the parser made the head of the "of" phrase
	{
		rule: "role-of",
		text: "A second senator, Ivo Brandt of the opposition Halden party, voted against the loan.",
		want: []string{"person:ivo-brandt member_of org:halden"},
	},
	// mentionEntity: "its" the model links to an apposition is the name
	// the apposition describes, not the country inside it
	{
		rule:    "role-apposition",
		text:    "The figures were published by Corvin Watch, the Kenyan consumer agency in Kisumu. Its spokesman, Ivo Brandt, said prices would rise.",
		want:    []string{"person:ivo-brandt spokesperson_for org:corvin-watch"},
		notWant: []string{"person:ivo-brandt spokesperson_for country:kenya"},
	},
	// a capital before the title says where the post is, not whose
	{
		rule:    "role-apposition",
		text:    `"We tried," said Ivo Brandt, the Nairobi correspondent for state-run Ethiopian radio.`,
		notWant: []string{"person:ivo-brandt member_of country:kenya"},
	},
	// caucusLeader: a chamber's minority leader sits in it, heads it not
	{
		rule:    "role-premodifier",
		text:    "Senate minority leader Ivo Brandt announced his bid on Monday.",
		want:    []string{"person:ivo-brandt member_of org:senate"},
		notWant: []string{"person:ivo-brandt head_of"},
	},
	// the opposition's leader in a chamber sits in it too
	{
		rule:    "role-apposition",
		text:    `"We will vote no," said Ivo Brandt, the opposition leader in the Senate.`,
		want:    []string{"person:ivo-brandt member_of org:senate"},
		notWant: []string{"person:ivo-brandt head_of"},
	},
	// … where the opposition leader of a party leads the party
	{
		rule: "role-premodifier",
		text: "Opposition Green Party leader Ivo Brandt called for an inquiry.",
		want: []string{"person:ivo-brandt head_of org:green-party"},
	},
	// a possessive inside a body's name is no owner: who leads it heads it
	{
		rule:    "role-verb",
		text:    `Tomas Berg, who leads the Rural Kenya Farmers' Alliance, called the licences "a paper fence" and said his members would stay.`,
		want:    []string{"person:tomas-berg head_of org:rural-kenya-farmers-alliance"},
		notWant: []string{"person:tomas-berg member_of"},
	},
	// who heads a body's unit is a member of the body (unitOwner), the
	// owner "the group" stands for too
	{
		rule: "role-verb",
		text: "The Sentinel Front agreed to free 300 prisoners. The Sentinel Front delegation was led by Karim Haddad, who heads the group's prisoner affairs committee.",
		want: []string{"person:karim-haddad member_of org:sentinel-front"},
	},
	// … but not where "the group" may repeat a group only described
	{
		rule:    "role-verb",
		text:    "A group of farmers bought shares in Corvin Bank in May. Ana Soler, who heads the group's audit committee, said the bank was sound.",
		notWant: []string{"person:ana-soler member_of org:corvin-bank"},
	},
	// … the subject a title set off by its holder's name (apposedName)
	{
		rule:    "role-verb",
		text:    "Prime Minister Ivo Brandt named a new defence minister on Monday. His successor, Ana Soler, chairs the ruling Corvin Party's research commission on trade.",
		want:    []string{"person:ana-soler member_of org:corvin-party"},
		notWant: []string{"person:ana-soler head_of"},
	},
	// "its" with an officer's title, linked to a thing: the one body the
	// sentence before names (onlyOrgBefore)
	{
		rule: "role-apposition",
		text: "Halden Biologics won approval on Monday to sell the vaccine in Lyon. Its chief executive, Ana Soler, said the doses were ready.",
		want: []string{"person:ana-soler head_of org:halden-biologics"},
	},
	// … or the agent of a thing that has no officers, even where a noun
	// of a body describes the body itself
	{
		rule: "role-apposition",
		text: "The vaccine is made by Halden Biologics in Lyon. Its chief executive, Ana Soler, said the doses were ready.",
		want: []string{"person:ana-soler head_of org:halden-biologics"},
	},
	{
		rule: "role-apposition",
		text: "The new bridge is being built by Corvin Power Holdings, a Nairobi-based consortium, and is due to open in 2029. Its managing director, Ivo Brandt, said the work was on time.",
		want: []string{"person:ivo-brandt head_of org:corvin-power-holdings"},
	},
	// … but not when no body or thing with officers is only described
	// there: "its" may be theirs
	{
		rule:    "role-apposition",
		text:    "The farmers' coalition accused Corvin Bank on Monday of hiding fees. Its spokesman, Lena Varga, said it would sue.",
		notWant: []string{"person:lena-varga spokesperson_for org:corvin-bank"},
	},
	// … nor a body another noun stands for as the subject, nor one for a
	// title a village or a hospital has
	{
		rule:    "role-apposition",
		text:    "The ministry fined Halden Bank 40 million shillings on Monday. Its spokesman, Tom Otieno, said the fine was fair.",
		notWant: []string{"person:tom-otieno spokesperson_for org:halden-bank"},
	},
	{
		rule:    "role-apposition",
		text:    "The village of Koro was attacked on Sunday by the Sentinel Front, a rebel group. Its chief, Amadou Traore, said 12 people were killed.",
		notWant: []string{"person:amadou-traore head_of"},
	},
	// a director named by the part of the body they run is a member
	{
		rule:    "role-apposition",
		text:    "Corvin Shipping said on Monday the crew was safe. Its operations director, Ana Soler, said the ship would sail on Friday.",
		want:    []string{"person:ana-soler member_of org:corvin-shipping"},
		notWant: []string{"person:ana-soler head_of"},
	},
	{
		rule: "role-apposition",
		text: "Corvin Shipping said on Monday the crew was safe. Its managing director, Ana Soler, said the ship would sail on Friday.",
		want: []string{"person:ana-soler head_of org:corvin-shipping"},
	},
	{
		rule: "role-apposition",
		text: "Corvin Air said on Monday its flights would resume. Its president director, Ana Soler, said the fleet was safe.",
		want: []string{"person:ana-soler head_of org:corvin-air"},
	},
	// a compound naming the body's own kind leaves the head
	{
		rule:    "role-apposition",
		text:    "The festival director of the Corvin Festival, Ana Soler, said the screenings would go ahead.",
		want:    []string{"person:ana-soler head_of org:corvin-festival"},
		notWant: []string{"person:ana-soler member_of"},
	},
	// a body named in lower case, with its initials as its name
	{
		rule: "role-apposition",
		text: `"The rebels came for the cattle," said Lieutenant Ivo Brandt, a spokesman for the Kenyan armed forces (KDF) in Nyanza.`,
		want: []string{"person:ivo-brandt spokesperson_for org:kenyan-armed-forces"},
	},
	// a registrar serves the court the possessive stands for
	{
		rule: "role-apposition",
		text: "The International Criminal Court issued a warrant on Monday. The court's registrar, Ana Soler, is due to visit Nairobi on Friday.",
		want: []string{"person:ana-soler member_of org:international-criminal-court"},
	},
	// the head of a body's delegation is a member of the body
	{
		rule:    "role-apposition",
		text:    "The swap will take place next week. Pierre Lambert, head of the Corvin Aid delegation in Juba, said 40 staff would interview the detainees.",
		want:    []string{"person:pierre-lambert member_of org:corvin-aid"},
		notWant: []string{"person:pierre-lambert head_of"},
	},
	// the title's "at" phrase the parser hung on the verb (strayPhrase)
	{
		rule: "role-apposition",
		text: `LAGOS (Reuters) - The naira fell on Tuesday. "It will get worse," said Ngozi Eze, head of research at Crestline Securities, a Lagos-based brokerage.`,
		want: []string{"person:ngozi-eze member_of org:crestline-securities"},
	},
	// a party's parliamentary or floor leader leads its lawmakers: a
	// member of the party (groupLeader); its leader heads it
	{
		rule:    "role-apposition",
		text:    "The opposition Harvest Party said it would vote against the budget. Its parliamentary leader, Oskar Brandvik, called the plan wasteful.",
		want:    []string{"person:oskar-brandvik member_of org:harvest-party"},
		notWant: []string{"person:oskar-brandvik head_of"},
	},
	{
		rule:    "role-apposition",
		text:    "The Harvest Party's floor leader, Oskar Brandvik, called the plan wasteful.",
		want:    []string{"person:oskar-brandvik member_of org:harvest-party"},
		notWant: []string{"person:oskar-brandvik head_of"},
	},
	{
		rule:    "role-apposition",
		text:    "The Harvest Party's leader, Oskar Brandvik, called the plan wasteful.",
		want:    []string{"person:oskar-brandvik head_of org:harvest-party"},
		notWant: []string{"person:oskar-brandvik member_of"},
	},
	// "The opposition Harvest Party", parsed with "opposition" as the
	// head and the name its modifier: "its" is the party's
	// (describesNameAfter, coref.go)
	{
		rule: "role-apposition",
		text: "The opposition Harvest Party opposed the plan, though its chairman, Oskar Brandvik, said talks should go on.",
		want: []string{"person:oskar-brandvik head_of org:harvest-party"},
	},
	// whoever represents a place in a legislature is its member
	// (roleRepresents); a court, talks, a past or a future term are no
	// membership
	{
		rule: "role-represents",
		text: "Rep. Tova Marsh, a Democrat who represents the Lakeshore district in Congress, criticised the permit.",
		want: []string{"person:tova-marsh member_of org:congress"},
	},
	{
		rule: "role-represents",
		text: "Halvard Ek represents Kisumu in the National Assembly and sits on its budget panel.",
		want: []string{"person:halvard-ek member_of org:national-assembly"},
	},
	{
		rule:    "role-represents",
		text:    "Tova Marsh, a lawyer who represents the miners in the High Court, said the ruling was unjust.",
		notWant: []string{"person:tova-marsh member_of"},
	},
	{
		rule:    "role-represents",
		text:    "Tova Marsh, who represented Kisumu in the National Assembly from 1990 to 2004, died on Monday.",
		notWant: []string{"person:tova-marsh member_of"},
	},
	{
		rule:    "role-represents",
		text:    "Tova Marsh, who will represent Kisumu in the National Assembly after the vote, spoke on Monday.",
		notWant: []string{"person:tova-marsh member_of"},
	},
	// a client, a group or a country one represents is no seat, and a
	// lobbyist or a lawyer pleads for others
	{
		rule:    "role-represents",
		text:    "Oren Haddix, an attorney who represents the utility in the Senate, declined to comment.",
		notWant: []string{"person:oren-haddix member_of"},
	},
	{
		rule:    "role-represents",
		text:    "Ines Valdor, who represents Chile in the General Assembly, said the text was weak.",
		notWant: []string{"person:ines-valdor member_of"},
	},
	{
		rule:    "role-represents",
		text:    "Oren Haddix, a lobbyist who represents Kisumu in the National Assembly, said the levy would hurt traders.",
		notWant: []string{"person:oren-haddix member_of"},
	},
	// "d'affaires" lemmatized as a plural ("d'affaire") is still the
	// title: a chargé d'affaires is his country's envoy
	{
		rule: "role-apposition",
		text: "Kenya's chargé d'affaires in Oslo, Tomas Verrel, met the deputy minister on Monday.",
		want: []string{"person:tomas-verrel envoy_of country:kenya"},
	},
	// a thing a body runs is no body: its officer is not the body's
	{
		rule:    "role-apposition",
		text:    "The dam Corvin Power is building on the Tana has angered farmers, though its spokeswoman, Ana Soler, said work would go on.",
		notWant: []string{"person:ana-soler spokesperson_for"},
	},
	// rankHead: the parser hangs the name on the rank before it
	{
		rule: "role-apposition",
		text: "The Tarrow County Police Command said on Monday it had arrested two men. The command's spokesman, Superintendent Jonah Meriwa, said they would be charged.",
		want: []string{"person:jonah-meriwa spokesperson_for org:tarrow-county-police-command"},
	},
	{
		rule: "role-apposition",
		text: "The Velden Army said on Monday it had repelled a raid near the border. The army's spokesman, Colonel Birk Adeyemi, said nine raiders were killed.",
		want: []string{"person:birk-adeyemi spokesperson_for org:velden-army"},
	},
	{
		rule: "role-apposition",
		text: "The Tarrow County Police Command said on Monday it had arrested two men. The command's spokesperson, SP Tunde Arokoyo, said they would be charged.",
		want: []string{"person:tunde-arokoyo spokesperson_for org:tarrow-county-police-command"},
	},
	{
		// the phrase is the deputy's, not the superintendent's
		rule:    "role-apposition",
		text:    "The Tarrow County Police Command said on Monday it had arrested two men. The command's spokesman, Superintendent Jonah Meriwa's deputy, declined to comment.",
		notWant: []string{"person:jonah-meriwa spokesperson_for org:tarrow-county-police-command"},
	},
	{
		rule:    "role-apposition",
		text:    "The Sorvik Copper Company said on Monday it would reopen its smelter. The company's chief executive, Eng. Lars Mutebi, said repairs were done.",
		want:    []string{"person:lars-mutebi head_of org:sorvik-copper-company"},
		notWant: []string{"person:eng head_of org:sorvik-copper-company"},
	},
	{
		// a name's last word "Eng" at a sentence's end is no style, and
		// the sentence ends there (rv16)
		rule:    "role-apposition",
		text:    "The Halden Water Board said its new dam was drawn by Teo Kian Eng.\nEngineers praised it on Monday. The board's chairman, Eng. Amos Njoroge, said it would open in May.",
		want:    []string{"person:amos-njoroge head_of org:halden-water-board", "person:teo-kian-eng mentioned_in article:t"},
		notWant: []string{"person:teo-kian ", "person:engineers"},
	},
	// titleSubjectBefore: the title and the name both subjects of "said",
	// read from the name's first word and past an honorific
	{
		rule: "role-apposition",
		text: "The Tarrow Nurses Guild said on Monday it would strike from June. Its secretary general, Dr. Amani Kiprotich, said the guild would not back down.",
		want: []string{"person:amani-kiprotich head_of org:tarrow-nurses-guild"},
	},
	{
		// the name's first word after the comma, not its head ("der")
		rule: "role-apposition",
		text: "The World Food Programme said on Monday it would expand rations in the camps. Its representative in Dhaka, Ingrid van der Molen, said the agency needed more funds.",
		want: []string{"person:ingrid-van-der-molen envoy_of org:world-food-programme"},
	},
	{
		// the title made a clause of "said" with no verb of its own
		rule: "role-apposition",
		text: "The Acholi Farmers Union said on Tuesday it would hold elections in May. The union's chairman, Mr. Denis Ocen, said the vote would be open.",
		want: []string{"person:denis-ocen head_of org:acholi-farmers-union"},
	},
	{
		// a parenthetical "Mr. X argued": the name is no apposition
		rule:    "role-apposition",
		text:    "The Lindqvist Growers Cooperative said on Monday it would hold a vote in June. The cooperative's treasurer, Mr. Okumu Ladwar argued, should be replaced.",
		notWant: []string{"person:okumu-ladwar member_of", "person:okumu-ladwar head_of"},
	},
	{
		// a title limited in time ("No longer") names no holder (rv18)
		rule:    "role-apposition",
		text:    "The Vardal Dockers Union said on Monday it would strike. No longer the union's chairman, Mr. Tobias Rennert, 64, said the strike would fail.",
		notWant: []string{"person:tobias-rennert head_of", "person:tobias-rennert member_of"},
	},
	// … nor one whose clause the parser misreads as the name's head: only
	// a word saying what kind of body the name is ("opposition") is
	// (nameDescriptors)
	{
		rule:    "role-apposition",
		text:    "The tunnel Brannock Builders Co. is digging flooded on Tuesday, though its engineer, Silje Aamot, blamed the rain.",
		notWant: []string{"person:silje-aamot member_of", "person:silje-aamot employee_of"},
	},
}
