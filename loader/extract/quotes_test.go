package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestHeadWord checks the noun read as the head of an organization's
// name, in lower case.
func TestHeadWord(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"Corvin Bank", "bank"},
		{"Department of Transportation", "department"},
		{"U.N. Office for the Coordination of Humanitarian Affairs", "office"},
		{"UN Verification Mission in Colombia", "mission"},
		{"Commission on Human Rights", "commission"},
	} {
		if got := headWord(tt.name); got != tt.want {
			t.Errorf("headWord(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestQuoteSpeakers checks speakers that a long apposition, a country's
// lower-case ministry, "the group" of a participle's clause, "the
// Manila-based bank" or a title subject's pronoun give.
func TestQuoteSpeakers(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		// the speaker's body and its acronym before the relative clause
		{"\"The hull is damaged and there are fresh scrape marks along the seabed,\" Detective Inspector Aino Virtanen of the Central Criminal Police (CCP), who leads the inquiry, told a news conference in Oslo.",
			"person:aino-virtanen: The hull is damaged and there are fresh scrape marks along the seabed"},
		{"China's foreign ministry said Norway was \"turning the northern seas into an arena for rivalry and distrust.\"",
			"country:china: turning the northern seas into an arena for rivalry and distrust."},
		{"The Sahel Front said it attacked the post. The group claimed responsibility in a statement on its website, saying it had targeted \"the traitors and all those who protect them at home.\"",
			"org:sahel-front: the traitors and all those who protect them at home."},
		{"Mines Minister Oumar Keita announced the decision on Monday. Graham Pellow flew to Oslo last week to offer a payment. The minister rejected the offer, which he called \"an insult to the people of this country and its miners.\"",
			"person:oumar-keita: an insult to the people of this country and its miners."},
		// the appositive name after a title and the place it is held
		// in, or after the name's own title
		{"The Unity party rejected the sale. Its spokesman in Congress, Tomas Reyl, said the government had \"sold the harbour to a foreign fund for nothing.\"",
			"person:tomas-reyl: sold the harbour to a foreign fund for nothing."},
		{"The Civic Party backed the sale. Its floor leader, Rep. Ana Kwon, said the sale \"should be the one deal on which every party in this chamber agrees.\"",
			"person:ana-kwon: should be the one deal on which every party in this chamber agrees."},
		{"\"The gunmen shot at the lock until it broke,\" a spokesman for the navy, Commander Leo Brant, told reporters.",
			"person:leo-brant: The gunmen shot at the lock until it broke"},
		// a description of the body's seat or owner before "the bank",
		// "the union"
		{"The loan was arranged by the Asian Development Bank. The Manila-based bank said it was \"watching the currency very closely this week.\"",
			"org:asian-development-bank: watching the currency very closely this week."},
		{"The Halden Teachers Union rejected the offer. The Oslo-based union said it was \"not enough to keep a single teacher in the northern schools.\"",
			"org:halden-teachers-union: not enough to keep a single teacher in the northern schools."},
		// the seat the description names picks the body it agrees with,
		// passing over one whose name puts it elsewhere
		{"The Corvin Development Bank lowered its growth estimate for Kenya on Tuesday. The Bank of Kenya left its benchmark rate unchanged. \"Tight money remains the right policy for now,\" the Washington-based bank said in a note.",
			"org:corvin-development-bank: Tight money remains the right policy for now"},
		{"The Oslo-based Fjordlys Savings Bank raised its card fees on Monday. Selby Bank cut its own fees. \"Customers will pay less for transfers from March,\" the Oslo-based bank said.",
			"org:fjordlys-savings-bank: Customers will pay less for transfers from March"},
		// a participle after ", but" and a clause with a subject of its
		// own: that subject speaks, not the sentence's first person
		{"Interior Minister Piet Olund said his government welcomed the offer, but the Halden Dockworkers Union rejected it, saying the plan would \"leave every crane operator poorer than before.\"",
			"org:halden-dockworkers-union: leave every crane operator poorer than before."},
		{"Mara Lind visited the port on Monday, but declined to meet the strikers, saying they had \"no right to block the food supply of the islands.\"",
			"person:mara-lind: no right to block the food supply of the islands."},
		// a rank before a word in lower case is an adjective: the
		// relative clause's predicate is no apposition to skip to its name
		{"The Varno Dockworkers Union, whose president, Ilse Marten, threatened a general strike last spring, said the new contract would \"leave every crane operator poorer than before.\"",
			"org:varno-dockworkers-union: leave every crane operator poorer than before."},
		// an occupation ends the apposition's piece as a title does
		// (the parser takes "Gulf" for the subject)
		{"The Corvin Fund urged donors to act. Its Gulf of Guinea economist, Kofi Mensah, said piracy off the coast had caused \"a sharp rise in the price of imported rice in the port cities.\"",
			"person:kofi-mensah: a sharp rise in the price of imported rice in the port cities."},
	} {
		ex, _ := run(tt.text)
		if got := saidBy(ex); !slices.Contains(got, tt.want) {
			t.Errorf("%q:\nexpected %s\ngot %q", tt.text, tt.want, got)
		}
	}
	// two bodies of the kind, and a seat that can choose neither (or
	// denies the nearer one): no speaker
	for _, text := range []string{
		"The Corvin Bank cut its lending rate on Monday. The Selby Bank raised its own. \"Demand for loans is falling everywhere,\" the Tokyo-based bank said.",
		"The Bank of Kenya held its policy rate on Monday. \"Fiscal discipline remains essential for the recovery,\" the Washington-based bank said.",
	} {
		ex, _ := run(text)
		if got := saidBy(ex); len(got) > 0 {
			t.Errorf("%q:\nunexpected speakers %q", text, got)
		}
	}
	// a ministry no portfolio names is not read as its country's
	ex, _ := run("China's ministry said Norway was \"turning the northern seas into an arena for rivalry and distrust.\"")
	if got := saidBy(ex); slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "country:china:") }) {
		t.Errorf("unexpected speaker China: %q", got)
	}
}

// TestRelayedStance checks that a person who says a country's stance
// ("X said Kenya welcomed “…”") is the quote's speaker, not the country.
func TestRelayedStance(t *testing.T) {
	ex, _ := run("Mara Lind, a spokeswoman for the ministry, said Kenya welcomed \"every step that brings calm to the whole region.\"")
	want := "person:mara-lind: every step that brings calm to the whole region."
	if got := saidBy(ex); !slices.Contains(got, want) {
		t.Errorf("expected %s; got %q", want, got)
	}
}

// TestUnionByApposition checks "the union" as a speaker: the organization
// named in apposition to the noun earlier, read from the words where the
// parse hangs the name elsewhere.
func TestUnionByApposition(t *testing.T) {
	text := "\"We were arrested for asking for clean water,\" said Edgar Mamani, general secretary of the Tarvo mineworkers' union, the Sindicato Unificado de Trabajadores de Tarvo.\n\nThe union accepted the offer on Wednesday.\n\nCorvin Copper had offered a 6% pay rise last week, an offer the union rejected as \"a slap in the face for people who go underground every shift.\""
	ex, _ := run(text)
	want := "org:sindicato-unificado-de-trabajadores-de-tarvo: a slap in the face for people who go underground every shift."
	if got := saidBy(ex); !slices.Contains(got, want) {
		t.Errorf("expected %s; got %q", want, got)
	}
}

// TestVenueNotSpeaker checks that a name after a verb of saying and "on",
// "in" or "at" is where the words were said, never their speaker.
func TestVenueNotSpeaker(t *testing.T) {
	checkNoSpeaker(t,
		"\"We welcome any law that makes the next vote cleaner and fairer,\" the embassy in Nairobi said on X.",
		"\"We welcome any law that makes the next vote cleaner and fairer,\" a diplomat said at the United Nations.")
}

// checkNoSpeaker checks that no quote of each text has a speaker.
func checkNoSpeaker(t *testing.T, texts ...string) {
	t.Helper()
	for _, text := range texts {
		ex, _ := run(text)
		for _, got := range saidBy(ex) {
			t.Errorf("%q: unexpected speaker %s", text, got)
		}
	}
}

// TestReportedThrough checks that words a person said only as another
// speaker reports them are no one's statement ("X said Y had called it
// “…”"), and that a speaker reporting their own words keeps them.
func TestReportedThrough(t *testing.T) {
	checkNoSpeaker(t,
		"President Daniel Mwangi opened the session. Opposition leader Rita Kamau said Mwangi had called her party \"a gang of thieves pretending to be politicians\" at a rally.",
		"Kenya's government said in a statement that President Daniel Mwangi had asked parliament for \"a new law on campaign financing before the next election.\"",
		"The statement said Daniel Mwangi had told the cabinet that \"the country deserves elections that money cannot buy.\"")
	checkSaid(t, "Daniel Mwangi said he had told Rita Kamau that \"the door of State House is open to her party at any time.\"",
		"person:daniel-mwangi: the door of State House is open to her party at any time.")
}

// TestReportedAct checks that a party's act another reports, the quote
// a verb phrase of it ("X spoke with Y and promised “…,” the ministry
// said", "X met Y, his spokesman said, and “urged …”", "…, according to
// a readout, and “stressed …”"), is no one's statement, and that a
// clause of the speaker's own after ", and" keeps its speaker.
func TestReportedAct(t *testing.T) {
	checkNoSpeaker(t,
		"Norway's trade minister, Ilse Marten, spoke by phone with her Danish counterpart on Monday evening and promised \"every support the northern ports can give,\" the Norwegian trade ministry said.",
		"Interior Minister Piet Olund met the mayors of the coastal towns on Friday, ministry spokesman Jon Aas said in a statement, and \"urged them to keep the shelters open all winter.\"",
		"Premier Mara Lind spoke with the union leaders by phone on Monday, according to a readout from the Premier's Office, and \"stressed that the pension fund belongs to every worker in the province.\"")
	checkSaid(t, "Mara Lind, who chairs the harbour board, said the port would reopen in May, and \"nobody should expect the ferries to wait for the bridge.\"",
		"person:mara-lind: nobody should expect the ferries to wait for the bridge.")
	checkSaid(t, "Interior Minister Piet Olund visited the flooded towns on Friday and promised \"every shelter will stay open until the last family is home.\"",
		"person:piet-olund: every shelter will stay open until the last family is home.")
}

// checkSaid checks that text gives the statement want ("speaker: words").
func checkSaid(t *testing.T, text, want string) {
	t.Helper()
	ex, _ := run(text)
	if got := saidBy(ex); !slices.Contains(got, want) {
		t.Errorf("%q: expected %s; got %q", text, want, got)
	}
}

// TestSpeakerAfterAnother checks that a second speaker's clause the parser
// may read as a complement of the first's ("X said, before Y added that
// “…”") keeps its own speaker.
func TestSpeakerAfterAnother(t *testing.T) {
	checkSaid(t, "Ivo Brandt and Mara Lind met in Oslo. \"Nobody wants a trade war between friends and neighbours in northern Europe,\" Brandt said, before Lind added that \"a deal is still within reach if everyone keeps calm.\"",
		"person:mara-lind: a deal is still within reach if everyone keeps calm.")
}

// TestPronounAfterOther checks that a "he" after a quote "she said" gave
// to one of two people of unknown gender is the other one.
func TestPronounAfterOther(t *testing.T) {
	checkSaid(t, "Trade ministers Mara Lind of Sweden and Ivo Brandt of Norway clashed on Thursday over a steel levy.\n\n\"This levy would punish our producers for the sins of others,\" she said.\n\nHe replied that the levy was \"the only tool left to protect thousands of jobs in our towns.\"",
		"person:ivo-brandt: the only tool left to protect thousands of jobs in our towns.")
}

// TestEmbassySpeaks checks that an embassy speaks for its country, named
// with the city it sits in or as "the embassy" later.
func TestEmbassySpeaks(t *testing.T) {
	checkSaid(t, "\"We welcome any law that makes the next vote cleaner and fairer,\" the Kenyan embassy in Oslo said.",
		"country:kenya: We welcome any law that makes the next vote cleaner and fairer")
	checkSaid(t, "The Kenyan embassy in Oslo said the two engineers were safe. The embassy said it had \"urged the police to protect every foreign worker in the region.\"",
		"country:kenya: urged the police to protect every foreign worker in the region.")
	// another country's embassy, named by a pronoun, came between
	checkNoSpeaker(t, "Protesters gathered outside the Kenyan embassy in Oslo on Monday.\n\nEthiopia also asked Norway to protect its embassy in Oslo. \"All our staff are safe and the building was not damaged,\" the embassy said.")
}

// TestPossessorNotSpeaker checks that a person whose spokesman or office
// speaks after a quote is not its speaker, unless the office quotes them.
func TestPossessorNotSpeaker(t *testing.T) {
	checkNoSpeaker(t, "President Daniel Mwangi flew to Oslo. \"The president intends to ask for more time to meet the targets,\" Mwangi's spokesman said.")
	checkSaid(t, "President Daniel Mwangi flew to Oslo. \"The president intends to ask for more time to meet the targets,\" Mwangi's chief negotiator, Ola Brandt, told reporters.",
		"person:ola-brandt: The president intends to ask for more time to meet the targets")
	checkSaid(t, "Finance Minister Rita Kamau met bankers. \"There will be no new taxes this year, whatever the lenders ask,\" Kamau's office quoted her as saying.",
		"person:rita-kamau: There will be no new taxes this year, whatever the lenders ask")
	// after the verb too
	checkSaid(t, "President Daniel Mwangi flew to Oslo. \"We have waited twenty years for a deal that protects our fishermen,\" said Mwangi's lawyer, Ola Brandt.",
		"person:ola-brandt: We have waited twenty years for a deal that protects our fishermen")
	// nor is a name in a relative clause about the speaker
	checkNoSpeaker(t, "The union rejected the offer. \"This offer is an insult to every nurse in the country,\" said Mwangi's deputy, who replaced Rita Kamau last year.",
		"The union rejected the offer. \"This offer is an insult to every nurse in the country,\" Mwangi's aide, who replaced Rita Kamau, told reporters.")
}

// TestPersonOfBodySpeaks checks that a person named with the body they
// belong to ("X of the Y Party said") speaks, not the body.
func TestPersonOfBodySpeaks(t *testing.T) {
	checkSaid(t, "The government proposed a new mining law. Senator Ana Soler of the Corvin Party said the bill was \"dead on arrival in this chamber.\"",
		"person:ana-soler: dead on arrival in this chamber.")
	checkSaid(t, "The government proposed a new mining law. Lawmaker Ivo Brandt of Corvin Union called it \"a gift to foreign companies that pay nothing.\"",
		"person:ivo-brandt: a gift to foreign companies that pay nothing.")
}

// TestSingleQuoteAcrossSentences checks that a quote in single marks
// running over two sentences is one quote, and that a plural possessive
// closes none.
func TestSingleQuoteAcrossSentences(t *testing.T) {
	checkSaid(t, "The governor proposed moving the villages. But the head of Kora village, Lina Sare, rejected the plan. 'Our homes are here, our cattle are here. We will return when the river falls,' she told Reuters.",
		"person:lina-sare: Our homes are here, our cattle are here. We will return when the river falls")
	checkNoSpeaker(t, "Lina Sare called the plan 'unfair to every family. The farmers' union backed it, she said.")
}

// TestReportedObjectQuote checks that words one party asked for or was
// praised for, which another then reports, are no one's statement.
func TestReportedObjectQuote(t *testing.T) {
	checkNoSpeaker(t,
		"President Ivo Brandt spoke by phone with his counterpart, Tom Okello, and asked him to \"put the study before the concrete,\" Kenya's government said in a statement.",
		"Okello also spoke with Prime Minister Ana Soler, who congratulated him on \"a steady hand in a difficult week,\" the Foreign Ministry said.")
}

// TestTitledSpeakerJustBefore checks that "the minister said", "the
// rebel leader told", "the Commission president said" after a sentence
// naming one person of that title or role is that person's, when the
// article's titles alone cannot choose; and no one's when the sentence
// before names none or several such people.
func TestTitledSpeakerJustBefore(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Finance Minister Odile Varga and her Slovak counterpart, Finance Minister Tomas Brenko, met in Gyor on Friday.\n\nVarga defended the levy on grain imports, her office said.\n\n\"Our farmers cannot wait another season for a ruling from Brussels,\" the minister said.",
			"person:odile-varga: Our farmers cannot wait another season for a ruling from Brussels"},
		{"The Northern Liberation Front is represented at the talks by its chairman, General Adok Mabior Teny.\n\nMabior Teny said the front would not sign the draft. \"A ceasefire without elections is a trap for our people,\" the rebel leader told reporters.",
			// (the short name joins the full one after extraction)
			"person:mabior-teny: A ceasefire without elections is a trap for our people"},
		{"The President of the Sahel Trade Commission, Idrissa Kone Barry, said an envoy would travel to Niamey next week. \"The window is still open, but not for very long,\" the Commission president said.",
			"person:idrissa-kone-barry: The window is still open, but not for very long"},
	} {
		checkSaid(t, tt.text, tt.want)
	}
	for _, text := range []string{
		// two ministers, and the sentence before names neither
		"Foreign Minister Lia Perez and Trade Minister Omar Haddad met the bankers on Monday.\n\nBanker Karl Stein said interest rates would rise before the summer.\n\n\"We are not worried about the markets at all,\" the minister said.",
		// the sentence before names both
		"Foreign Minister Lia Perez and Trade Minister Omar Haddad met the bankers on Monday.\n\nPerez and Haddad signed the accord after the meeting.\n\n\"We are not worried about the markets at all,\" the minister said.",
		// a leader, and the person before holds no head's role
		"Union leader Marta Oyelaran and Labour Minister Sven Aas met on Monday. The nurse Ida Holm said the wards were full every night. \"We cannot keep going like this for much longer,\" the union leader said.",
		// a president, and the person before holds another title
		"Council President Ruth Amadi and Mayor Jon Vik of Tarrow argued over the budget. The mayor of Tarrow, Jon Vik, said the city had no money left. \"The budget is a fiction from start to finish,\" the Council president said.",
		// a party leader, and the person before is a spokesman
		"Party leader Nadia Oyelowo and her deputy met voters on Monday. The party's spokesman, Ben Okafor, said the tour would go on. \"We will win every seat in the north this time,\" the party leader said.",
	} {
		ex, _ := run(text)
		for _, got := range saidBy(ex) {
			if strings.Contains(got, "this time") && !strings.HasPrefix(got, "person:nadia-oyelowo") || strings.Contains(got, "fiction") && !strings.HasPrefix(got, "person:ruth-amadi") || strings.Contains(got, "going like this") && !strings.HasPrefix(got, "person:marta-oyelaran") || strings.Contains(got, "markets") {
				t.Errorf("%q:\nunexpected speaker %q", text, got)
			}
		}
	}
}

// TestTitledSpeakerModifiers checks that the words before the title noun
// ("the rebel leader", "the union leader", "the shadow minister") must
// be the person's title's or their body's: a mayor is no rebel leader, a
// carmaker's chief executive no union leader, a minister no shadow
// minister; a union's own leader is the union leader.
func TestTitledSpeakerModifiers(t *testing.T) {
	checkSaid(t, "Mira Castellano, the leader of the Harbour Workers Union, met the port's owners on Monday.\n\n\"Our members will not load a single ship until this is settled,\" the union leader said.",
		"person:mira-castellano: Our members will not load a single ship until this is settled")
	for _, tc := range []struct{ text, who string }{
		{"Governor Lindiwe Sarpong met envoys of the armed groups in Tamale on Friday.\n\n\"We will not lay down our guns before the vote,\" the rebel leader told a local radio station.", "person:lindiwe-sarpong"},
		{"Nadia Kettering, chief executive of Dunmore Motors, said on Monday the plant in Durnford would close in May.\n\n\"Our members deserve far better than this from the company,\" the union leader said.", "person:nadia-kettering"},
		{"Health Minister Paulo Mendes said on Friday the clinics in the north would open longer hours. Opposition deputies accused Mendes of hiding the waiting lists.\n\n\"The minister has misled the public for a year,\" the shadow minister said.", "person:paulo-mendes"},
		// a state army's commander; a union's name word not its last
		{"General Tobias Nkemelu, the commander of the Ghanaian Army, met envoys of the armed groups in Bolgatanga on Tuesday.\n\n\"We will keep our guns until the soldiers go home,\" the rebel leader told reporters after the meeting.", "person:tobias-nkemelu"},
		{"Fatoumata Sylla, the chairwoman of the West African Union Commission, met the striking bus drivers' delegates on Wednesday.\n\n\"We want our unpaid wages and nothing else,\" the union leader told reporters.", "person:fatoumata-sylla"},
	} {
		ex, _ := run(tc.text)
		for _, got := range saidBy(ex) {
			if strings.HasPrefix(got, tc.who+":") {
				t.Errorf("%q:\nunexpected speaker %q", tc.text, got)
			}
		}
	}
}

// TestAppositiveTitledSpeaker checks that "the envoy said", "the
// ombudsman said" is the one person the article set off by commas next
// to that noun, where the parse made the noun and the name two subjects
// ("Peru's ombudsman, X, urged …", "X, the bloc's envoy on Y, said …"),
// and a style noun ("ombudsman") is read like a title; and no one's
// when the noun is another's possessor, sits in a relative clause or a
// phrase of "of", or when two people hold it.
func TestAppositiveTitledSpeaker(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Chile's ombudsman, Renata Oyarzun Fell, asked the mines ministry to publish the water permits.\n\n\"The valley has a right to know who is drinking its rivers,\" the ombudsman said.",
			"person:renata-oyarzun-fell: The valley has a right to know who is drinking its rivers"},
		{"Nigerian diplomat Obiageli Nwankwo-Eze, the union's envoy on the Sahel, said she had met the junta's leaders in Bamako.\n\n\"Nobody in Bamako asked us to stay away,\" the envoy said.",
			"person:obiageli-nwankwo-eze: Nobody in Bamako asked us to stay away"},
	} {
		checkSaid(t, tt.text, tt.want)
	}
	for _, text := range []string{
		// the noun is another's possessor
		"Tomas Varela, the ombudsman's deputy, handed the report to the senate on Monday.\n\n\"The prisons hold twice the inmates they were built for,\" the ombudsman said.",
		// in a relative clause
		"Amani Wekesa, who met the envoy at the airport, said the talks would go on.\n\n\"We found little to agree on this week,\" the envoy said.",
		// in a phrase of "of"
		"Amani Wekesa, a cousin of the envoy, said the talks would go on.\n\n\"We found little to agree on this week,\" the envoy said.",
		// the noun ends a phrase of "with"/"to", no apposition
		"The bloc sent an envoy to Kisumu on Friday to rescue the truce. After a short call with the envoy, Halima Odero told reporters the truce was holding.\n\n\"We will return within a fortnight,\" the envoy said.",
		"Inmates at Kisumu jail sleep on the floor. Writing to the ombudsman, Peter Otieno described the cells as ovens.\n\n\"No one should be held like this,\" the ombudsman said.",
		// a participle clause opening the sentence, no apposition
		"The truce in the hills broke down twice in May. Praising the envoy, Peter Otieno, the militia chief, vowed to pull his men back.\n\n\"We will return within a fortnight,\" the envoy said.",
		// a former holder
		"Halima Odero, a former envoy to the delta, said the truce was doomed. A new envoy from the council arrived on Friday.\n\n\"We will return within a fortnight,\" the envoy said.",
		// two envoys
		"Amani Wekesa, the union's envoy, met Lars Gronvold, the council's envoy, in Kisumu.\n\nThe two sides signed nothing.\n\n\"We found little to agree on this week,\" the envoy said.",
	} {
		ex, _ := run(text)
		for _, got := range saidBy(ex) {
			if strings.Contains(got, "prisons hold") || strings.Contains(got, "little to agree") || strings.Contains(got, "return within") || strings.Contains(got, "held like this") {
				t.Errorf("%q:\nunexpected speaker %q", text, got)
			}
		}
	}
}

// TestCalledOnToQuote checks that a quote ending the infinitive of
// "called on X to …" is the caller's, as after "urged X to …", when
// words of the infinitive, or a second "and to …", stand between "to"
// and the quote; and that a comma, another clause after "and", or a
// "called on" with no "to" near keeps it no one's.
func TestCalledOnToQuote(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"The Zambian Press Union said Mwila was the second reporter killed this year. Its chairwoman, Chilufya Banda, called on the police to open an inquiry \"while the witnesses are still willing to talk to anyone.\"",
			"person:chilufya-banda: while the witnesses are still willing to talk to anyone."},
		{"The secretary-general of the Arab Maritime Council, Nasser Al-Khalidi, called on Oman to honour the treaty and to refrain from \"any act that could poison relations between neighbours.\"",
			"person:nasser-al-khalidi: any act that could poison relations between neighbours."},
	} {
		checkSaid(t, tt.text, tt.want)
	}
	for _, text := range []string{
		// a comma: the quote is in a relative clause of its own
		"Nasser Al-Khalidi called on Oman, Qatar and Bahrain to study the report, which described the treaty as \"a dead letter that nobody in the region still reads.\"",
		// no "to": "called on" is a visit
		"Nasser Al-Khalidi called on the evening of the vote at the office of the newspaper that had printed \"a dead letter that nobody in the region still reads.\"",
	} {
		ex, _ := run(text)
		for _, got := range saidBy(ex) {
			if strings.Contains(got, "dead letter") {
				t.Errorf("%q:\nunexpected speaker %q", text, got)
			}
		}
	}
}

// TestAppealedWordsQuote checks that a quote that is the content of a
// noun of words said ("his remark that “…”", "the comment “…”") inside
// the infinitive of an appeal ("called on Y to …", "urged Y to …") is
// not credited to the one who appeals; a quote ending such an
// infinitive with no such noun stays theirs.
func TestAppealedWordsQuote(t *testing.T) {
	for _, text := range []string{
		"Opposition leader Tamsin Oduya called on President Ruben Kellgard to apologise for his remark that \"the farmers of the valley are lazy and spoilt\" during a rally on Sunday.",
		"The union chief Halvard Minsk urged the president to retract his comment that \"strikers should be fired on sight\" before the talks resume.",
	} {
		ex, _ := run(text)
		for _, got := range saidBy(ex) {
			if strings.Contains(got, "tamsin-oduya") || strings.Contains(got, "halvard-minsk") {
				t.Errorf("%q:\nunexpected speaker %q", text, got)
			}
		}
	}
	checkSaid(t, "Mayor Dessa Pell called on the council to drop the new levy on fishermen \"before the harvest season ends next month.\"",
		"person:dessa-pell: before the harvest season ends next month.")
	checkSaid(t, "Trade envoy Corvin Hale urged the mill owners to sign the pact \"while the buyers are still willing to pay.\"",
		"person:corvin-hale: while the buyers are still willing to pay.")
}
