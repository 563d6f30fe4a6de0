package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

func TestHyphenModifier(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ostvale-based", "Ostvale"},
		{"Kong-flagged", "Kong"},
		{"Kremlin-backed", "Kremlin"}, // (nameWord keeps it: ledCompound)
		{"Ostvale-born", "Ostvale"},
		{"Guinea-Bissau", ""}, // a name of two capitalized parts
		{"al-Burhan", ""},     // a lower-case article
		{"Ostvale-based2", ""},
		{"Ostvale", ""},
		{"Ostvale-", ""},
		{"Self-rule", ""}, // no participle, no modifier suffix
	}
	for _, tc := range tests {
		if got := hyphenModifier(tc.in); got != tc.want {
			t.Errorf("hyphenModifier(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestHyphenatedPlaceNames(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		// a place of two words before a hyphenated modifier is the place,
		// and the body after the modifier is named on its own
		{"Ana Soler works for the New Delhi-based Corvin Trust.", []string{"place:new-delhi", "org:corvin-trust"}, []string{"org:new", "place:delhi", "country:india"}},
		{"A Kuwait City-based group said the vote was fair.", []string{"place:kuwait-city"}, []string{"country:kuwait"}},
		{"The Phnom Penh-flagged Varna Star docked in Ostvale.", []string{"place:phnom-penh"}, []string{"org:phnom-penh-flagged-varna-star"}},
		// a place of one word, as before
		{"The Kenya-based Corvin Trust said sales fell.", []string{"country:kenya", "org:corvin-trust"}, nil},
		// words the gazetteer does not know together make no place
		{"The Tarrow Falls-based Corvin Trust said sales fell.", []string{"org:corvin-trust"}, []string{"place:tarrow-falls"}},
	})
}

func TestPrepositionInName(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		// a preposition in capitals inside a sentence holds a body's name
		{"The group Lawyers Without Frontiers condemned the arrests.", []string{"org:lawyers-without-frontiers"}, []string{"org:lawyers", "org:frontiers"}},
		{"Ana Soler spoke to the Coalition Against Landmines on Monday.", []string{"org:coalition-against-landmines"}, nil},
		// a preposition in lower case still parts two names
		{"Ana Soler flew to Ostvale without Tomas Rell.", []string{"person:ana-soler", "person:tomas-rell"}, nil},
		// a work's title is no body ("Over" is no preposition of names)
		{"Ana Soler read Winter Over Ostvale on the flight.", nil, []string{"org:winter-over-ostvale"}},
	})
}

func TestParticleInPlaceName(t *testing.T) {
	g := newFakeGaz()
	g.places["Porto es Vela"] = []gazetteer.Entry{{Name: "Porto es Vela", Type: domain.Place, Country: "Kenya", Population: 400_000}}
	tests := []struct {
		text          string
		want, notWant string
	}{
		// a lower-case particle no list holds, inside a place the
		// gazetteer knows
		{"The talks opened in Porto es Vela on Monday.", "place:porto-es-vela", "place:porto"},
		// a particle between names the gazetteer does not know together
		{"Ana Soler flew to Mombasa en Route to Kisumu.", "place:mombasa", "place:mombasa-en-route"},
	}
	for _, tc := range tests {
		checkMentionedWith(t, g, tc.text, tc.want, tc.notWant)
	}
}

func TestCountryOpensName(t *testing.T) {
	// a country's own spelling that is also read as a demonym
	g := newFakeGaz()
	g.countries["Norlandia"] = gazetteer.Entry{Name: "Norland", Type: domain.Country}
	g.demonyms["Norlandia"] = "Norland"
	tests := []struct {
		text          string
		want, notWant string
	}{
		// a country's name opens a body's name that an apposition describes
		{"Tickets were sold through Norlandia Zarto Vellini, a travel agency.", "org:norlandia-zarto-vellini", "person:zarto-vellini"},
		// without the apposition the country stands alone
		{"Tickets were sold through Norlandia Zarto Vellini on Monday.", "country:norland", "org:norlandia-zarto-vellini"},
		// before a title too
		{"The talks with Norlandia Foreign Minister Ana Soler ended, a source said.", "person:ana-soler", "org:norlandia-foreign-minister-ana-soler"},
	}
	for _, tc := range tests {
		checkMentionedWith(t, g, tc.text, tc.want, tc.notWant)
	}
}

// TestTwoWordDemonymOpensStateBody checks that a demonym of two words
// before a state body's name makes the body part of its country, as one
// word does: "the Costa Rican Public Security Ministry".
func TestTwoWordDemonymOpensStateBody(t *testing.T) {
	checkFacts(t, "The South Korean Defense Ministry said on Monday the drill would go ahead.",
		[]string{"org:south-korean-defense-ministry part_of country:south-korea"}, nil)
	checkFacts(t, "A spokesman for the South Korean Navy said four boats were seized.",
		[]string{"org:south-korean-navy part_of country:south-korea"}, nil)
	// a company the demonym opens is not the state's
	checkFacts(t, "The South Korean Shipping Group said on Monday its fleet would sail.",
		nil, []string{"part_of country:south-korea"})
}

// TestForcesHostCountry checks that a country's command named with the
// host country after "Forces" is one organization, part of the first
// country, and that the host country read as a modifier stays apart.
func TestForcesHostCountry(t *testing.T) {
	checkFacts(t, "The drill was planned by U.S. Forces Japan, the command said on Monday.",
		[]string{"org:us-forces-japan part_of country:united-states"}, []string{"org:us-forces part_of"})
	checkFacts(t, "Officials said American Forces Kuwait (AFK) would move two brigades.",
		[]string{"org:american-forces-kuwait part_of country:united-states"}, nil)
	// the host's name goes on into another noun: no command's name
	checkMentioned(t, "The U.S. Forces Japan exercise began on Monday near Tokyo.", nil, []string{"org:us-forces-japan"})
}

// checkMentionedWith checks that the extraction of text with gazetteer g
// mentions the node want and not the node notWant.
func checkMentionedWith(t *testing.T, g *fakeGaz, text, want, notWant string) {
	t.Helper()
	var got []string
	for _, f := range extractWith(g, makeArticle("t", text)).Facts {
		if f.Predicate == domain.MentionedIn {
			got = append(got, f.Subject)
		}
	}
	if !slices.Contains(got, want) || slices.Contains(got, notWant) {
		t.Errorf("%q: mentions %q, want %s and no %s", text, got, want, notWant)
	}
}

func TestBasedNameIsBody(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		// what is based somewhere by name is a body, not a person
		{"Shares rose after the Ostvale-based Zarto Vellini said it would buy the bank.", []string{"org:zarto-vellini"}, []string{"person:zarto-vellini"}},
		// a noun between the modifier and the name leaves the name a person's
		{"The Ostvale-based analyst Zarto Vellini said the deal was fair.", []string{"person:zarto-vellini"}, []string{"org:zarto-vellini"}},
	})
}

func TestLeadingDescriptorIsNoName(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		// a party's describing word, capitalized as the sentence's first
		{"Opposition Sentinel Party leader Tama Ngata said the budget would fail.", []string{"org:sentinel-party", "person:tama-ngata"}, []string{"org:opposition-sentinel-party"}},
		{"Ruling party lawmaker Ana Velt voted against the bill.", []string{"person:ana-velt"}, []string{"org:ruling"}},
		// inside the sentence it was never capitalized
		{"The rival Sentinel Party said the count was fair.", []string{"org:sentinel-party"}, []string{"org:rival-sentinel-party"}},
	})
}

// TestPortfolioMinistryNames checks the name shown for a state body that a
// country's possessive introduces, or a ministry its context gives a
// country: English names a portfolio ministry with its country's
// adjective, other state bodies by their own name, and the written form
// stays the id and an alias.
func TestPortfolioMinistryNames(t *testing.T) {
	tests := []struct {
		text, id, name, alias string
	}{
		{"Kenya's Interior Ministry said the march was banned.", "org:kenyas-interior-ministry", "Kenyan Interior Ministry", "Kenya's Interior Ministry"},
		{"Officials at Japan's Foreign Affairs Ministry declined to comment.", "org:japans-foreign-affairs-ministry", "Japanese Foreign Affairs Ministry", "Japan's Foreign Affairs Ministry"},
		{"In Mombasa, Foreign Ministry spokesman Dario Quell said the talks would go on.", "org:kenyas-foreign-ministry", "Kenyan Foreign Ministry", "Kenya’s Foreign Ministry"},
		// a definite bare ministry ("the Labour Ministry") is shown as
		// the story writes it; its country stays in the id and alias
		{"In Mombasa, the Labour Ministry said the dockers' strike was illegal.", "org:kenyas-labour-ministry", "Labour Ministry", "Kenya’s Labour Ministry"},
		{"MOMBASA, Kenya (Reuters) - Dockers rejected an offer from the Transport Ministry in Nairobi on Monday.", "org:kenyas-transport-ministry", "Transport Ministry", "Kenya’s Transport Ministry"},
		{"In Mombasa, union leaders said the Labour Ministry's offer was too low.", "org:kenyas-labour-ministry", "Labour Ministry", "Kenya’s Labour Ministry"},
		// the country written in the name: as before
		{"In Mombasa, the Kenyan Labour Ministry said the strike was illegal.", "org:kenyan-labour-ministry", "Kenyan Labour Ministry", ""},
		{"In Mombasa, the union said Kenya's Labour Ministry had ignored it.", "org:kenyas-labour-ministry", "Kenyan Labour Ministry", "Kenya's Labour Ministry"},
		// no "the": the country's adjective, as before
		{"In Mombasa, Labour Ministry official Dario Quell said the strike was illegal.", "org:kenyas-labour-ministry", "Kenyan Labour Ministry", "Kenya’s Labour Ministry"},
		// a state body with a name of its own goes by it (its country
		// stays in part_of); so does any other body, whose possessive is
		// the sentence's too (no part_of: a party is not the state's)
		{"Kenya's Electoral Commission said the count was over.", "org:kenyas-electoral-commission", "Electoral Commission", "Kenya's Electoral Commission"},
		{"Egypt's Ministry of Housing said the towers were safe.", "org:egypts-ministry-of-housing", "Ministry of Housing", "Egypt's Ministry of Housing"},
		{"Kenya's Sentinel Party said the count was over.", "org:kenyas-sentinel-party", "Sentinel Party", "Kenya's Sentinel Party"},
	}
	for _, tc := range tests {
		ex, _ := run(tc.text)
		i := slices.IndexFunc(ex.Nodes, func(n domain.Node) bool { return n.ID == tc.id })
		if i < 0 {
			t.Errorf("%q: no node %s in %v", tc.text, tc.id, ex.Nodes)
			continue
		}
		n := ex.Nodes[i]
		if n.Name != tc.name {
			t.Errorf("%q: %s is named %q, want %q", tc.text, tc.id, n.Name, tc.name)
		}
		if tc.alias != "" && !slices.Contains(n.Aliases, tc.alias) {
			t.Errorf("%q: %s has aliases %q, want %q among them", tc.text, tc.id, n.Aliases, tc.alias)
		}
	}
}

func TestBodyNameWords(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		// a body's "of" or "for" complement goes on past a trade word in it
		{"Delegates met at the Organization of the Copper Exporting Countries in Ostvale.", []string{"org:organization-of-the-copper-exporting-countries"}, []string{"org:organization-of-the-copper"}},
		{"The deal joins the State Company for Oil Projects and Corvin Infrastructure.", []string{"org:state-company-for-oil-projects"}, []string{"org:state-company-for-oil", "org:state-company-for-oil-projects-and-corvin-infrastructure"}},
		// "All" opens a body's name
		{"Tama Ngata, head of the All Ostvale Farmers Association, said prices fell.", []string{"org:all-ostvale-farmers-association"}, []string{"org:ostvale-farmers-association"}},
		{"All Ostvale traders closed their shops.", nil, []string{"org:all-ostvale"}},
		// a titled name before "of" is a person of the body after it
		{"Dr. Ana Soler of Halden University said the study was done.", []string{"person:ana-soler", "org:halden-university"}, []string{"org:ana-soler-of-halden-university"}},
		{"Senator Tomas Rell of the Corvin Party said the vote was fair.", []string{"person:tomas-rell", "org:corvin-party"}, []string{"org:tomas-rell-of-the-corvin-party"}},
		// the title may open the run, and a patrol is a body
		{"Professor Tomas Rell of the Corvin Institute said the study was done.", []string{"person:tomas-rell", "org:corvin-institute"}, []string{"person:professor-tomas-rell", "org:professor-tomas-rell-of-the-corvin-institute"}},
		{"Coast Patrol Officer Ana Soler said the road was closed.", []string{"person:ana-soler", "org:coast-patrol"}, []string{"person:coast-patrol"}},
		// a body's name with "of" stays whole
		{"Ana Soler spoke for the Bank of Ostvale on Monday.", []string{"org:bank-of-ostvale"}, nil},
	})
}

func TestBodyWordsInLexicon(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		// a demonym before a body's word opens the body's name
		{"Police raided the offices of the Kenyan Rowing Confederation on Tuesday.", []string{"org:kenyan-rowing-confederation"}, []string{"org:rowing-confederation", "person:rowing-confederation"}},
		{"The pipeline will be built by Tarrow Link Consortium, officials said.", []string{"org:tarrow-link-consortium"}, []string{"place:tarrow-link-consortium", "person:tarrow-link-consortium"}},
		{"Canary Islands Forum leaders ended their summit on Thursday without a joint position.", []string{"org:canary-islands-forum"}, []string{"place:canary-islands"}},
		// a dam's name holds the demonym inside it
		{"Talks on filling the Great Kenyan Unity Dam stalled on Monday.", []string{"place:great-kenyan-unity-dam"}, []string{"org:great", "place:unity-dam"}},
	})
}

func TestMissionInPlace(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		// a mission's name holds the place it serves in
		{"Ana Soler heads the UN Observer Mission in Kenya, officials said.", []string{"org:un-observer-mission-in-kenya"}, []string{"org:un-observer-mission"}},
		{"Tomas Rell joined the EU Assistance Mission in the Central African Republic in May.", []string{"org:eu-assistance-mission-in-the-central-african-republic"}, []string{"org:eu-assistance-mission"}},
		// in lower case the place is where the mission is, no part of a name
		{"Ana Soler heads the UN mission in Kenya, officials said.", []string{"country:kenya"}, []string{"org:un-mission-in-kenya"}},
	})
}

func TestLedCompoundOfSeveralWords(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		// a "-led" adjective names no one of its own, however many words
		// its leader's name has
		{"The Corvin Union said on Monday that Corvin Union-led talks would resume in Ostvale.", []string{"org:corvin-union"}, []string{"person:corvin-union-led", "org:corvin-union-led", "place:corvin-union-led"}},
	})
}

func TestDescribedPartyName(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		// a party's name a country or demonym opens, between a describing
		// word and the lower-case party noun
		{"The plan was rejected by the ruling Kenyan Unity Dawn party on Monday.", []string{"org:kenyan-unity-dawn", "country:kenya"}, []string{"org:unity-dawn", "person:unity-dawn"}},
		{"Ana Soler, a lawmaker from the opposition Kenya Harambee Tena party, said the vote was fair.", []string{"org:kenya-harambee-tena"}, []string{"person:harambee-tena", "org:harambee-tena"}},
		// without the describing word the demonym stays apart
		{"Ana Soler met Kenyan Unity Dawn members on Monday.", nil, []string{"org:kenyan-unity-dawn"}},
	})
}

func TestWorksNamedAsPlaces(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		// a road, a temple, a mine or a plaza by name is a place
		{"Protesters blocked the Corvin Highway near Ostvale on Monday.", []string{"place:corvin-highway"}, []string{"org:corvin-highway", "person:corvin-highway"}},
		{"Troops guarded the Ta Vorn Temple near the border.", []string{"place:ta-vorn-temple"}, []string{"org:ta-vorn-temple", "person:ta-vorn-temple"}},
		{"Gunmen stormed the Hotel Tarrow Plaza in Ostvale.", []string{"place:hotel-tarrow-plaza"}, []string{"org:hotel-tarrow-plaza", "person:hotel-tarrow-plaza"}},
	})
}

// TestVenueAfterBodyWord checks that a place whose name holds a body's
// word keeps its last word, and that a military command's region stays
// the force's.
func TestVenueAfterBodyWord(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Two jets came close over Ostvale Liberty International Airport on Friday.", []string{"place:ostvale-liberty-international-airport"}, []string{"org:ostvale-liberty-international"}},
		{"The Korvath Ports Authority Bridge was shut on Monday.", []string{"place:korvath-ports-authority-bridge"}, []string{"org:korvath-ports-authority"}},
	})
}

// TestCompassProvince checks that a province the gazetteer names by a
// compass word alone keeps the name the story gives it.
func TestCompassProvince(t *testing.T) {
	g := newFakeGaz()
	g.places["Eastern Province"] = []gazetteer.Entry{{Name: "Eastern", Type: domain.Place, Country: "Kenya", Region: true}}
	checkMentionedWith(t, g, "Voting was slow at polling stations in Eastern Province on Monday.", "place:eastern-province", "place:eastern")
}

// TestCompanyShortForm checks that the first word or two of a company's
// name before its trade, used alone later, are the company and not a
// person, and that a first word that is a place gives no short form.
func TestCompanyShortForm(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"The licence went to Grey Heron Energy on Monday. Grey Heron's chief executive, Marit Solvang, said work would start in May.", []string{"org:grey-heron-energy"}, []string{"person:grey-heron"}},
		{"Copper Lantern Builders won the contract. Copper Lantern said it would hire 300 workers.", []string{"org:copper-lantern-builders"}, []string{"person:copper-lantern"}},
		// no two-word short form that reads as a person's name or a
		// place's: a role in apposition or a title before the words, a
		// feature of the map's word, "in the X Y"
		{"Ansel Whitcombe Construction won the bridge contract on Monday. Ansel Whitcombe, the firm's founder, said work would begin in June.", []string{"person:ansel-whitcombe"}, nil},
		{"Tobias Rennick Holdings chairman Tobias Rennick said profits rose.", []string{"person:tobias-rennick"}, nil},
		{"Coral Sea Energy said output fell. Storms in the Coral Sea shut two platforms.", []string{"place:coral-sea"}, nil},
		{"Amber Coast Shipping said tankers were late. Ships waited along the Amber Coast for a week.", []string{"place:amber-coast"}, nil},
		{"The syrup was made by the Ostvale-based Tarvic Pharma, regulators said. Tarvic said in a statement that it disputed the findings.", []string{"org:tarvic-pharma"}, []string{"person:tarvic"}},
		{"A permit held by Korvanne Minerals was revoked on Tuesday. Korvanne said it would appeal.", []string{"org:korvanne-minerals"}, []string{"person:korvanne"}},
	})
}

// TestAirlineName checks that an airline named by a word and "Air" is a
// company, not a person.
func TestAirlineName(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"A jet operated by Korvanne Air crashed on Monday. Korvanne Air said the plane was new.", []string{"org:korvanne-air"}, []string{"person:korvanne-air"}},
	})
}

// TestArmedGroupBeforeFighters checks that a name of several words
// before "fighters" or "militants" is an armed group, not a person.
func TestArmedGroupBeforeFighters(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Harakat Vorn fighters stormed a hotel in the capital on Wednesday.", []string{"org:harakat-vorn"}, []string{"person:harakat-vorn"}},
		{"Police said Sahel Tazar militants had set up a checkpoint near the town.", []string{"org:sahel-tazar"}, []string{"person:sahel-tazar"}},
	})
}

// TestCastleVenue checks that a castle named as where leaders met is a
// place, not a person or a body.
func TestCastleVenue(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"The two leaders met at Ostvale Castle on Sunday.", []string{"place:ostvale-castle"}, []string{"person:ostvale-castle", "org:ostvale-castle"}},
	})
}

// TestCountryAfterParticle checks that a country after a Romance particle
// inside a body's name stays in the name.
func TestCountryAfterParticle(t *testing.T) {
	g := newFakeGaz()
	g.demonyms["Kenya"] = "Kenya" // as the gazetteer reads a country's name used as an adjective
	checkMentionedWith(t, g, "The licence passes to the Compagnie des Eaux du Kenya until a new operator is found.",
		"org:compagnie-des-eaux-du-kenya", "org:compagnie-des-eaux")
}

// TestTitleWordsOutOfNames checks that title words a list did not hold
// stay out of the person's name: a chamber's "Deputy", a councillor's
// style, a portfolio inside a title and a portfolio of two words.
func TestTitleWordsOutOfNames(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"The motion was backed by a faction of the Tamsin Party led by Deputy Rosa Albornoz.", []string{"person:rosa-albornoz"}, []string{"person:deputy-rosa-albornoz"}},
		{"Councillor Ruth Oyelaran said the plan would fail.", []string{"person:ruth-oyelaran"}, []string{"person:councillor-ruth-oyelaran"}},
		{"Chief Election Commissioner Ravi Menon said the count would resume.", []string{"person:ravi-menon"}, []string{"person:election"}},
		{"The minister held talks with Special Envoy for Climate Change Li Weiguo on Tuesday.", []string{"person:li-weiguo"}, []string{"person:change-li-weiguo"}},
		// "Deputy" before another title word is still that title's
		{"Deputy Foreign Minister Ana Soler arrived in Nairobi.", []string{"person:ana-soler"}, []string{"person:deputy-foreign-minister-ana-soler"}},
	})
}

// TestPlaceOpenedByDemonym checks that a place the gazetteer knows whole
// is read whole though its first word is a demonym.
func TestPlaceOpenedByDemonym(t *testing.T) {
	g := newFakeGaz()
	g.countries["United Kingdom"] = gazetteer.Entry{Name: "United Kingdom", Type: domain.Country}
	g.demonyms["British"] = "United Kingdom"
	g.places["British Columbia"] = []gazetteer.Entry{{Name: "British Columbia", Type: domain.Place, Country: "Canada", Region: true}}
	text := "The premier of British Columbia, Jane Holt, said the province would act."
	checkMentionedWith(t, g, text, "place:british-columbia", "country:united-kingdom")
	checkMentionedWith(t, g, text, "place:british-columbia", "place:columbia")
	// the demonym alone still names its country
	checkMentionedWith(t, g, "A British firm, Corvin Trust, won the contract.", "country:united-kingdom", "place:british-columbia")
}

// TestBandIsBody checks that a First Nations band is a body whose name
// may hold a demonym.
func TestBandIsBody(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"The Tamar Indian Band, whose chief, Ron Pike, said two homes burned, criticised the closure.", []string{"org:tamar-indian-band", "person:ron-pike"}, []string{"country:india", "org:tamar"}},
	})
}

// TestBracketedNamePart checks that a bracketed word after a body's name
// is part of the name, unless it is an acronym or a place.
func TestBracketedNamePart(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"The Workers Party of Kenya (Marxist), which once governed the state, won no seats.", []string{"org:workers-party-of-kenya-marxist"}, []string{"org:workers-party-of-kenya"}},
		{"The Tamsin Wildlife Service (TWS) said two rangers were hurt.", []string{"org:tamsin-wildlife-service"}, []string{"org:tamsin-wildlife-service-tws"}},
		{"The Corvin Institute (Nairobi) said the survey was flawed.", []string{"org:corvin-institute"}, []string{"org:corvin-institute-nairobi"}},
		// a short form in one word, not all in capitals: shortFormOf
		{"The Tarrow River Basin Authority (Tarba) said the dam was safe.", []string{"org:tarrow-river-basin-authority"}, []string{"org:tarrow-river-basin-authority-tarba"}},
		{"Halvik Minyak Nasional Berhad (Halminas) signed the deal on Monday.", []string{"org:halvik-minyak-nasional-berhad"}, []string{"org:halvik-minyak-nasional-berhad-halminas"}},
		{"The Farmers Union of Kenya (Maoist) boycotted the talks.", []string{"org:farmers-union-of-kenya-maoist"}, []string{"org:farmers-union-of-kenya"}},
	})
}

// TestLowerCaseAgencyDateline checks that an agency that spells itself
// in lower case still closes a dateline and is named.
func TestLowerCaseAgencyDateline(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Doha (dpa) - Two teachers held for 14 months were freed on Wednesday, officials said.", []string{"org:dpa", "place:doha"}, nil},
		{"DOHA (dpa) - Two teachers held for 14 months were freed on Wednesday, officials said.", []string{"org:dpa", "place:doha"}, nil},
	})
}

// TestOneWordLegalForm checks that one capitalized word before a legal
// form in capitals that is also a state's or a province's code (SA, NV,
// AB) is a company, unless the gazetteer knows the word as a town of
// that code's country ("Elko NV", "Lethbridge AB"); "Pty" in title case
// is a legal form too.
func TestOneWordLegalForm(t *testing.T) {
	g := newFakeGaz()
	g.places["Elko"] = []gazetteer.Entry{{Name: "Elko", Type: domain.Place, Country: "United States", Population: 20_000}}
	g.places["Lethbridge"] = []gazetteer.Entry{{Name: "Lethbridge", Type: domain.Place, Country: "Canada", Population: 90_000}}
	g.places["Dellmar"] = []gazetteer.Entry{{Name: "Dellmar", Type: domain.Place, Country: "Haiti", Population: 40_000}}
	for _, tc := range []mentionCase{
		{"Bids from Korvant SA, Dellmar NV and Ostvik AB were opened in Lisbon on Monday.",
			[]string{"org:korvant-sa", "org:dellmar-nv", "org:ostvik-ab"}, []string{"person:korvant-sa", "person:dellmar-nv", "person:ostvik-ab", "place:dellmar"}},
		{"The supplier Brisco Pty said it would appeal the ruling.", []string{"org:brisco-pty"}, []string{"person:brisco-pty"}},
		{"The retired pilot Oskar Lind moved from Elko NV to Lethbridge AB last spring.", nil, []string{"org:elko-nv", "org:lethbridge-ab"}},
		{"WASHINGTON, June 3 (Reuters) - Hail hit Tonopah NV on Monday, officials said.", nil, []string{"org:tonopah-nv"}},
	} {
		checkGotMentions(t, tc.text, mentioned(extractWith(g, makeArticle("t", tc.text))), tc.want, tc.notWant)
	}
}

// TestCompanyNameShapes checks names a company's shape gives: "Air" and
// a name, a coined word with a capital inside, a single word a business
// noun introduces.
func TestCompanyNameShapes(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Air Tamsin and NorthJet cancelled all flights to the city on Tuesday.", []string{"org:air-tamsin", "org:northjet"}, []string{"person:tamsin"}},
		{"The Luxembourg-based group took over the pits from KorvanSteel in 2024.", []string{"org:korvansteel"}, nil},
		{"The government owns half of the airline through the state holding company Parvalia.", []string{"org:parvalia"}, nil},
		// a title, a law and a surname keep their readings
		{"Air Marshal Tom Reed said the jets were grounded.", []string{"person:tom-reed"}, []string{"org:air-marshal"}},
		{"The Air Traffic Staffing Act has 14 co-sponsors.", nil, []string{"org:air-traffic"}},
		{"Ana Soler met MacArthur on Monday.", nil, []string{"org:macarthur"}},
		// a business noun before a name that goes on in capitals the
		// rules do not read as a name's: the whole name is the recognizer's
		{"The planes went to the carrier Air Peace on Monday.", nil, []string{"org:air"}},
		// "Air" before a common noun, a coined name beside a product's
		// noun: no company
		{"Air Quality in Nairobi fell to its worst level this year on Monday.", nil, []string{"org:air-quality"}},
		{"Sales of the smartphone NovaPhone rose by a third, and the CardioMax pill was approved.", nil, []string{"org:novaphone", "org:cardiomax"}},
		// "Labs" ends a company's name
		{"Users of SkyWatch, a monitoring app made by Halden Labs, reported similar readings.", []string{"org:halden-labs"}, []string{"person:halden-labs"}},
		// other countries' legal forms end a company's name, not a
		// name of their own
		{"Investors bought Nordlys Mining ASA after the vote.", []string{"org:nordlys-mining-asa"}, []string{"org:asa", "org:nordlys-mining"}},
		{"The order went to the engineer Kessler Werke AG on Monday.", []string{"org:kessler-werke-ag"}, []string{"person:kessler-werke-ag"}},
		{"Velden Holdings NV and Tarvo Cement SA bid for the port.", []string{"org:velden-holdings-nv", "org:tarvo-cement-sa"}, []string{"org:nv", "org:sa"}},
		// a form that is also a state's or a province's code or a
		// surname ends a company only in capitals after a company's word
		{"The striker Tiago Sa scored twice for the visitors on Sunday.", nil, []string{"org:tiago-sa"}},
	})
}

// TestTravelledFromPlace checks that the place a trip began at is the
// place, not its government.
func TestTravelledFromPlace(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"The minister, who flew to the site from Nairobi, ordered an inspection.", []string{"place:nairobi"}, []string{"country:kenya"}},
		{"The minister returned from Nairobi on Monday.", []string{"place:nairobi"}, []string{"country:kenya"}},
	})
}

// TestAdjectiveIsNoName checks that a capitalized word the parse tags an
// adjective before a noun names no one, while a body with spokespeople
// and a "-led" compound keep their readings.
func TestAdjectiveIsNoName(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"The couple ran a private English school in Nairobi for ten years.", []string{"place:nairobi"}, []string{"person:english", "org:english"}},
		{"Kremlin spokesman Oleg Rudnik said the talks would go on.", []string{"org:kremlin", "person:oleg-rudnik"}, nil},
	})
}

// TestAgreementNamedAfterCapital checks that an agreement named after
// the capital it was signed in names neither the city nor its
// government.
func TestAgreementNamedAfterCapital(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Both governments should respect the Nairobi agreement that ended the war in 2000.", nil, []string{"country:kenya", "place:nairobi"}},
		// the capital that acts is still its government
		{"Nairobi rejected the agreement on Monday.", []string{"country:kenya"}, nil},
	})
}

// TestChamberName checks that a chamber is a body's word and that "the
// Chamber" later is the one chamber named, by the word heading its name.
func TestChamberName(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Kenya's Chamber of Deputies voted on Wednesday to censure the minister. The Chamber will meet again on Monday.", []string{"org:kenyas-chamber-of-deputies"}, []string{"org:chamber", "person:chamber"}},
		{"The Tamsin Chamber of Commerce said exports fell.", []string{"org:tamsin-chamber-of-commerce"}, []string{"person:tamsin-chamber"}},
	})
}

// TestRankAndHajjStyles checks that a police or gendarmerie rank and a
// West African hajj style before a name stay out of the name, and that a
// place named for a style's bearer keeps the style.
func TestRankAndHajjStyles(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Patrolman Dario Quell was shot at the checkpoint outside Tarrow.", []string{"person:dario-quell"}, []string{"person:patrolman-dario-quell"}},
		{"Adjutant Ana Soler of the gendarmerie was wounded in the blast.", []string{"person:ana-soler"}, []string{"person:adjutant-ana-soler"}},
		{"Its treasurer, Alhaji Musa Bello, said the party would contest the vote.", []string{"person:musa-bello"}, []string{"person:alhaji-musa-bello"}},
		{"Alhaja Funmi Adeyemi, a trader, said prices had doubled.", []string{"person:funmi-adeyemi"}, []string{"person:alhaja-funmi-adeyemi"}},
		// a road named for a style's bearer keeps the style
		{"Traders blocked Alhaji Kabiru Road in Kano on Monday.", []string{"place:alhaji-kabiru-road"}, []string{"person:kabiru-road"}},
		// in lower case the rank is a common noun
		{"The patrolman said the car had been stolen.", nil, []string{"person:patrolman"}},
	})
	// a stadium named for a style's bearer keeps its whole name (as
	// "the Datuk Keramat Mosque" does), of whatever type
	ex, _ := run("The Alhaji Kabiru Stadium in Kano hosted the rally on Sunday.")
	if !slices.ContainsFunc(ex.Nodes, func(n domain.Node) bool { return strings.HasSuffix(string(n.ID), ":alhaji-kabiru-stadium") }) {
		t.Errorf("no node of the Alhaji Kabiru Stadium in %v", ex.Nodes)
	}
}

// TestPartyNameBeforePartyNoun checks a party's name before a lower-case
// "party" that a country ends or a "for" joins, after a describing word,
// a political leaning, "whose" or a possessive: the whole run is the
// party's name.
func TestPartyNameBeforePartyNoun(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Deputy Ana Soler of the leftist United for Tarrow party rejected the budget on Monday.", []string{"org:united-for-tarrow"}, []string{"org:tarrow", "place:tarrow"}},
		{"Prime Minister Dario Quell, whose Renewal for Progress party won the last vote, said the talks would go on.", []string{"org:renewal-for-progress"}, []string{"org:progress"}},
		{"Lena Varga, who chairs the opposition Forward Kenya party, rejected the result on Sunday.", []string{"org:forward-kenya"}, []string{"country:kenya"}},
		{"Tomas Rell's Pheu Kenya party said the vote was fair.", []string{"org:pheu-kenya"}, []string{"country:kenya"}},
		// one word, a capitalized "Party", or no describing word: as before
		{"Ana Soler said the opposition Kenya party would boycott the vote.", []string{"country:kenya"}, []string{"org:kenya"}},
		{"Tomas Rell's Democratic Party said the vote was fair.", []string{"org:democratic-party"}, nil},
		{"Officials of the ruling party of Kenya said the vote was fair.", []string{"country:kenya"}, []string{"org:party-of-kenya"}},
		// a region's bloc after "whose" or a possessive, a known place whole: no party
		{"Norway, whose Bay of Tarrow coalition guards the fishing grounds, sent two more ships on Friday.", nil, []string{"org:bay-of-tarrow"}},
		{"Tomas Rell's Nairobi Kenya alliance split on Friday.", nil, []string{"org:nairobi-kenya"}},
	})
}

// TestCountryEndsName checks a body's name that a country ends, which a
// comma and "which" or an article and a body's noun describe: the whole
// run is the body's name, while a describing word before a country
// leaves the country alone.
func TestCountryEndsName(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Korvel Lithium Kenya, which runs the Lumwana mine, is a unit of a Canadian group.", []string{"org:korvel-lithium-kenya"}, []string{"person:korvel-lithium", "country:kenya"}},
		{"Brenna Kenya, a consultancy in Nairobi, said prices would rise.", []string{"org:brenna-kenya"}, []string{"country:kenya"}},
		{"Kestrel Kenya, a subsidiary of a Dutch group, paid the claims.", []string{"org:kestrel-kenya"}, []string{"country:kenya"}},
		{"Sorell Kenya, the insurer of the lake ferries, paid the claims.", []string{"org:sorell-kenya"}, []string{"country:kenya"}},
		// a trade a person may ply, or a body's noun that only modifies
		// the apposition's head, says no body
		{"Ansel Kenya, a miner at the Kakula pit, said the shaft was flooded.", nil, []string{"org:ansel-kenya"}},
		{"Osric Kenya, a grain trader in Eldoret, said the harvest was late.", nil, []string{"org:osric-kenya"}},
		{"Mirela Kenya, the company's chief engineer, said the line would reopen.", nil, []string{"org:mirela-kenya"}},
		{"Dalia Kenya, a utility engineer in Nakuru, said the outage was over.", nil, []string{"org:dalia-kenya"}},
		{"Imani Kenya, an importer of spare parts from Dubai, said duties were too high.", nil, []string{"org:imani-kenya"}},
		{"Baraka Kenya, a distributor of seed in Kitale, said the rains were late.", nil, []string{"org:baraka-kenya"}},
		// an adjective, a participle or a hyphenated adjective before the
		// country describes it
		{"Neighbouring Kenya, which hosts a million refugees, closed the border.", nil, []string{"org:neighbouring-kenya"}},
		{"Landlocked Kenya, a country of 20 million people, depends on the road.", nil, []string{"org:landlocked-kenya"}},
		{"Oil-rich Kenya, which exports crude, said the deal was off.", nil, []string{"org:oil-rich-kenya"}},
		{"War-torn Kenya, which has been at war since 2023, received aid.", nil, []string{"org:war-torn-kenya"}},
	})
}
