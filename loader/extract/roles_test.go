package extract

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// TestBareRoleBodies checks the body a title with none of its own in its
// sentence is given from the sentence before or from the news it
// reports, the titles that take no country, and the complement the
// token rules read between a title and the name after its comma.
func TestBareRoleBodies(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			// previousSubjectBody in resolveBare: a bare spokesman after
			// the sentence the body was the subject of
			text: `The Corvin Rail Company scrapped its night trains. "Nobody rode them," spokesman Ivo Brandt told reporters in Nairobi.`,
			want: []string{"person:ivo-brandt spokesperson_for org:corvin-rail-company"},
		},
		{
			text:    `Heavy rain flooded the tracks near the Corvin Rail Company depot. "Nobody could ride," spokesman Ivo Brandt told reporters in Nairobi.`,
			notWant: []string{"person:ivo-brandt spokesperson_for"},
		},
		{
			// previousSubjectOwner: the country whose ministry spoke
			text: "Kenya's foreign ministry said the Ethiopian dam was turning the river into a weapon. Its spokeswoman, Ana Soler, told a weekly briefing in Nairobi that Addis Ababa should return to talks.",
			want: []string{"person:ana-soler spokesperson_for country:kenya"},
		},
		{
			// reportedBody: the subject of the words a bare spokesman's
			// speech verb follows
			text: "The Corvin Rail Company will scrap its night trains, spokesman Ivo Brandt said on Monday.",
			want: []string{"person:ivo-brandt spokesperson_for org:corvin-rail-company"},
		},
		{
			text:    "The Corvin Rail Company and the Halden Bus Company will scrap their night services, spokesman Ivo Brandt said on Monday.",
			notWant: []string{"person:ivo-brandt spokesperson_for"},
		},
		{
			// headquartersBody, the next sentence that names the holder
			text: "Ministers agreed to buy radars together. Secretary-General Ana Soler said the first contracts could be signed soon. \"We have the money,\" Soler told reporters at Corvin Union headquarters.",
			want: []string{"person:ana-soler head_of org:corvin-union"},
		},
		{
			// chamberOf: a bare senator sits in the one Senate named
			text: "The Senate must still approve the loan. Senator Ana Soler said she would vote for it.",
			want: []string{"person:ana-soler member_of org:senate"},
		},
		{
			text:    "The Kenyan Senate and the Halden Senate must still approve the loan. Senator Ana Soler said she would vote for it.",
			notWant: []string{"person:ana-soler member_of"},
		},
		{
			// senatorTitle: a senator of no chamber named sits in the
			// country's legislature, as many others may
			text: "NAIROBI, Kenya (AP) - Kenya will vote on the loan next week. Senator Ana Soler said she would vote for it. Senator Ivo Brandt said he would not.",
			want: []string{"person:ana-soler member_of country:kenya", "person:ivo-brandt member_of country:kenya"},
		},
		{
			// representedCountry: the country a bare title's holder
			// stood for, before the dateline's
			text:    "NAIROBI, Kenya (AP) - Leaders of the bloc met in Nairobi on Friday. Kenya hosted the talks. Ethiopia, which joined the bloc last year, was represented by Vice President Ana Soler.",
			want:    []string{"person:ana-soler vice_president_of country:ethiopia"},
			notWant: []string{"person:ana-soler vice_president_of country:kenya"},
		},
		{
			text:    "NAIROBI, Kenya (AP) - Kenya hosted the talks on Friday. Vice President Ana Soler represented Ethiopia at the meeting.",
			want:    []string{"person:ana-soler vice_president_of country:ethiopia"},
			notWant: []string{"person:ana-soler vice_president_of country:kenya"},
		},
		{
			// chamberOf: a US party tag after a bare lawmaker's name
			text: "WASHINGTON (AP) - The Senate Finance Committee and the House will vote on the bill next week. Sen. Ana Soler, D-Ore., said she would back it. Rep. Ivo Brandt, R-Ohio, who wrote it, said it would pass.",
			want: []string{"person:ana-soler member_of org:united-states-senate", "person:ivo-brandt member_of org:united-states-house-of-representatives"},
		},
		{
			text:    "WASHINGTON (AP) - The bill faces a vote in the Senate next week. Sen. Ana Soler said she would back it.",
			notWant: []string{"person:ana-soler member_of org:united-states-senate"},
		},
		{
			// two bodies named "Senate": the party tag still says which
			text:    "WASHINGTON (AP) - The Senate will vote on the bill after a U.S. Senate panel questioned the bank's chief on Monday. Sen. Ana Soler, D-Ore., said she would back it.",
			want:    []string{"person:ana-soler member_of org:united-states-senate"},
			notWant: []string{"person:ana-soler member_of country:"},
		},
		{
			// usChamberOf: a US senator read as a member of the country
			// sits in the Senate where the story speaks of Congress
			text:    "WASHINGTON (AP) - The Senate will vote on the bill next week. U.S. Sen. Ana Soler said she would back it.",
			want:    []string{"person:ana-soler member_of org:united-states-senate"},
			notWant: []string{"person:ana-soler member_of country:"},
		},
		{
			// a chamber the article never names
			text:    "WASHINGTON (AP) - Sen. Ana Soler, D-Ore., flew on the shuttle in 1985 with Bill Nelson.",
			notWant: []string{"person:ana-soler member_of org:"},
		},
		{
			// roleAfter: a new holder of a bare office holds it now
			text: "NAIROBI, Kenya (AP) - President Ivo Brandt reshuffled his cabinet on Monday, replacing three ministers. Ana Soler, the new finance minister, said she would cut taxes.",
			want: []string{"person:ana-soler minister_of country:kenya"},
		},
		{
			// ... though the story named the holder she replaced
			text: "NAIROBI, Kenya (AP) - President Ivo Brandt fired Finance Minister Tom Dal on Monday. Ana Soler, the new finance minister, said she would cut taxes.",
			want: []string{"person:ana-soler minister_of country:kenya", "person:tom-dal minister_of country:kenya"},
		},
		{
			// roleAfter: a tenure word before a bare office held now
			text: "NAIROBI, Kenya (AP) - Kenya will hold elections in May, its electoral body said on Monday. Kofi Asante, the interim president, said the army would stay in its barracks.",
			want: []string{"person:kofi-asante president_of country:kenya", `person:kofi-asante title "interim president"`},
		},
		{
			// ... but an office not yet taken is none
			text:    "NAIROBI, Kenya (AP) - Kenya will hold elections in May, its electoral body said on Monday. Kofi Asante, the incoming president, said the army would stay in its barracks.",
			notWant: []string{"person:kofi-asante president_of"},
		},
		{
			// bareOffice in roleAs: a bare office a person was sworn in
			// as, or appointed to, takes the country a bare title would
			text: "NAIROBI, Kenya (AP) - Kenya will hold elections in May, its electoral body said on Monday. Kofi Asante, who was sworn in as interim president on Saturday, said the army would stay in its barracks. Ana Soler was appointed defence minister on Sunday.",
			want: []string{"person:kofi-asante president_of country:kenya", `person:kofi-asante title "interim president"`, "person:ana-soler minister_of country:kenya"},
		},
		{
			// ... nor a presidency a board may give as well as a state
			text:    "NAIROBI, Kenya (AP) - Kofi Asante, who was named president in 2019, said the bank would open ten branches.",
			notWant: []string{"person:kofi-asante president_of"},
		},
		{
			// ... but a region's office is none
			text:    "NAIROBI, Kenya (AP) - Kenya will hold elections in May, its electoral body said on Monday. Kofi Asante, who was sworn in as regional president on Saturday, said the army would stay in its barracks.",
			notWant: []string{"person:kofi-asante president_of"},
		},
		{
			// localOffice: a province's chief minister is no cabinet's
			text:    "NAIROBI, Kenya (AP) - Chief Minister Ana Soler opened a new bridge over the river on Monday.",
			notWant: []string{"person:ana-soler minister_of"},
		},
		{
			// localOffice: "state premier" opening the title heads a
			// state, no country's government ("State Minister" may be
			// a cabinet's)
			text:    "NAIROBI, Kenya (AP) - Kenya's cabinet met on Tuesday. Coastal state premier Lena Haber backed the plan.",
			notWant: []string{"person:lena-haber prime_minister_of"},
		},
		// roleBefore's complement past words that are no part of the
		// body's name: the place its post is in, words saying what it is
		{
			// the place the body's post is in, after the body
			text: "Governor Lena Park chaired a security meeting in Kisumu on Wednesday afternoon with Tidi and the commander of the Corvin Guard in Nyanza, Major General Ivo Brandt.",
			want: []string{"person:ivo-brandt head_of org:corvin-guard"},
		},
		{
			// no body before the place: no head of the place
			text:    "The agency's head of operations in Kisumu, Lena Park, said fuel was short.",
			notWant: []string{"person:lena-park head_of place:kisumu"},
		},
		{
			// words saying what the body is, and the city of the post
			text: "Kenya has expelled the Nairobi correspondent of the Ethiopian weekly Halden Courier, Ana Soler, accusing her of bias.",
			want: []string{"person:ana-soler member_of org:halden-courier"},
		},
		// a company named by its kind ("the shipbuilder's president, X"):
		// the one company the story named last, none where it named two
		{
			text: "Corvin Shipyards won an order for six patrol boats. Defense Minister Ivo Brandt and the shipbuilder's president, Ana Soler, signed the contract in Nairobi.",
			want: []string{"person:ana-soler head_of org:corvin-shipyards"},
		},
		{
			// the structure rules' definiteBody, for a title the token
			// rules do not read
			text: "Halden Motors recalled 40,000 cars on Monday. The carmaker's chief executive, Ana Soler, said no one had been hurt.",
			want: []string{"person:ana-soler head_of org:halden-motors"},
		},
		{
			// predicateOf: a chief executive heads the company, where
			// "chief of staff" heads nothing named
			text: `Halden Minerals said on Monday it would sue the government of Kenya. "We paid every tax," the company's chief executive, Mara Lind, said in a statement.`,
			want: []string{"person:mara-lind head_of org:halden-minerals"},
		},
		{
			text:    "Corvin Shipyards and Halden Motors won orders from the navy. Defense Minister Ivo Brandt and the shipbuilder's president, Ana Soler, signed the contracts in Nairobi.",
			notWant: []string{"person:ana-soler head_of"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}

// TestStatePartyTag checks that "Senator X, an Oregon Democrat," is read
// as a US party tag (statePartyAfter): the senator sits in the United
// States Senate, not in the legislature of the story's country.
func TestStatePartyTag(t *testing.T) {
	g := newFakeGaz()
	g.places["Oregon"] = []gazetteer.Entry{{Name: "Oregon", Type: domain.Place, Country: "United States", Region: true}}
	for _, tt := range []struct {
		text, want, notWant string
	}{
		{
			text:    "NAIROBI, Kenya (AP) - Kenya reopened talks on the loan. Members of Congress are split over it. Senator Ana Soler, an Oregon Democrat, said she would vote against it.",
			want:    "person:ana-soler member_of org:united-states-senate",
			notWant: "person:ana-soler member_of country:kenya",
		},
		{
			// a place that is no US state tags nothing
			text:    "NAIROBI, Kenya (AP) - Kenya reopened talks on the loan. Members of Congress are split over it. Senator Ana Soler, a Nyanza Democrat, said she would vote against it.",
			notWant: "person:ana-soler member_of org:united-states-senate",
		},
	} {
		var want []string
		if tt.want != "" {
			want = []string{tt.want}
		}
		checkFactsWith(t, g, tt.text, want, []string{tt.notWant}, func(fact, nw string) bool { return fact == nw })
	}
}

// TestAgencyNoAntecedent checks that an "its" the coreference model links
// to the dateline's news agency gives the agency no officer: it only
// reports (titleBodyAt); the body the sentence before names only in a
// phrase takes it no more than the agency (onlyOrgBefore).
func TestAgencyNoAntecedent(t *testing.T) {
	text := "THE HAGUE (Reuters) - The attack bore the marks of a gang that hit a port in Antwerp last year, according to Europol, the European Union's police agency in The Hague. Its spokesman, Jan Vos, declined to comment."
	checkFactsWith(t, gazetteer.Default(), text, nil, []string{"person:jan-vos spokesperson_for org:reuters"},
		func(fact, nw string) bool { return strings.HasPrefix(fact, nw) })
}

// TestOfficerOfThing checks that an "its" after a sentence naming a body
// beside a thing with officers of its own, or naming it in no subject,
// gives the body no officer (onlyOrgBefore, thingWithOfficersBefore).
func TestOfficerOfThing(t *testing.T) {
	for _, text := range []string{
		"NAIROBI (Reuters) - Halden Bank sold the old textile factory to an Indian investor last year. Its general manager, Omar Said, said on Monday the plant would close in June.",
		"LONDON (Reuters) - The rugby club was bought by Corvin Holdings in 2021. Its chairman, Ivo Brandt, said on Monday the club would build a new stadium.",
		// the body the subject of the sentence before, the thing it sold
		// or bought its object (thingWithOfficersBefore)
		"Halden Bank sold the old textile factory to an Indian investor last year. Its general manager, Omar Said, said on Monday the plant would close in June.",
		"Corvin Holdings bought a small brewery in Mombasa in 2023. Its managing director, Lia Moraa, said on Monday the brewery would double its output.",
	} {
		checkFactsWith(t, gazetteer.Default(), text, nil, []string{"person:omar-said member_of", "person:ivo-brandt head_of org:corvin-holdings", "person:lia-moraa head_of org:corvin-holdings"},
			func(fact, nw string) bool { return strings.HasPrefix(fact, nw) })
	}
	// the thing the body's own ("its smelter": the next "its" is the
	// body's too), or a board's or an executive's title, which a bought
	// plant's manager does not hold: the body's officer
	for _, tt := range []struct{ text, want string }{
		{"Tarvo Minerals sold its zinc smelter to a Chinese group on Friday. Its managing director, Sami Kallio, said the money would pay down debt.",
			"person:sami-kallio head_of org:tarvo-minerals"},
		{"Lumen Textiles sold its weaving factory in Kaunas last month. Its general manager, Rasa Petraitis, said the firm would now make only yarn.",
			"person:rasa-petraitis head_of org:lumen-textiles"}, // a body's own general manager heads it (TestGeneralManagerHeads)
		{"Kestrel Foods bought a dairy plant in Nakuru on Monday. Its chief executive, Anna Wekesa, said the deal would lift sales.",
			"person:anna-wekesa head_of org:kestrel-foods"},
		{"Koral Energy acquired a gas refinery near Split in April. Its chairman, Ana Kovac, said the refinery would stay open.",
			"person:ana-kovac head_of org:koral-energy"},
	} {
		checkFactsWith(t, gazetteer.Default(), tt.text, []string{tt.want}, nil, nil)
	}
}

// TestRoleReadings checks the offices the token rules read from a
// title's words and from the article around it.
func TestRoleReadings(t *testing.T) {
	g := newFakeGaz()
	g.places["Rift Valley"] = []gazetteer.Entry{{Name: "Rift Valley", Type: domain.Place, Country: "Kenya", Region: true}}
	g.places["Tarrow"] = []gazetteer.Entry{{Name: "Tarrow", Type: domain.Place, Country: "Kenya", Population: 90_000}}
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			// a deputy minister is one of the country's ministers
			text: "Kenyan Deputy Foreign Minister Lia Moraa said the talks would resume.",
			want: []string{"person:lia-moraa minister_of country:kenya"},
		},
		{
			// a bare deputy minister is the dateline's country's when the
			// article speaks of that country most
			text: "NAIROBI (Reuters) - Kenya raised fuel prices on Monday to meet the terms of a loan. Kenya's central bank said reserves had fallen. Deputy Minister of Energy Lia Moraa said Kenya would cut the levy in July.",
			want: []string{"person:lia-moraa minister_of country:kenya"},
		},
		{
			// … not when the story is another country's, hosted there
			text:    "NAIROBI (Reuters) - Kenya hosted talks on Monday between Ethiopia and Egypt on the dam. Ethiopia wants the reservoir filled in July, and Ethiopia's president has said so. Egypt rejected it. Deputy Minister of Energy Lia Moraa said the dates were not agreed.",
			notWant: []string{"person:lia-moraa minister_of"},
		},
		{
			// … nor a deputy whose own clause names another country's people
			text:    "NAIROBI (Reuters) - Kenya raised fuel prices on Monday to meet the terms of a loan. Kenya's central bank said reserves had fallen. Deputy Minister of Energy Lia Moraa, who led the Ethiopian delegation, said the pipeline deal was fair.",
			notWant: []string{"person:lia-moraa minister_of country:kenya"},
		},
		{
			// "the government's spokesman, X" is a government spokesman:
			// the dateline's country's, where the text names no government
			text: "NAIROBI (AP) - Kenya's teachers went on strike on Monday over pay. The government's spokesman, Ivo Brandt, said schools would stay open.",
			want: []string{"person:ivo-brandt spokesperson_for country:kenya"},
		},
		{
			// … the government the article named before, however far back
			text:    "NAIROBI (AP) - Ethiopia's government and the rebels opened a new round of talks in Nairobi on Monday.\n\nThe talks are the third round this year.\n\nThe government's chief negotiator, Lia Moraa, said a deal was close.",
			want:    []string{"person:lia-moraa envoy_of country:ethiopia"},
			notWant: []string{"person:lia-moraa envoy_of country:kenya"},
		},
		{
			// … but a foreign government paragraphs back does not beat the
			// dateline's country the story is about
			text:    "NAIROBI (AP) - Kenya said on Monday it would reopen its border crossings. Kenya's traders welcomed the move and Kenya's farmers hailed it.\n\nEthiopia's government has objected to the plan.\n\nThe government's spokesman, Ivo Brandt, said the crossings would open on Friday.",
			want:    []string{"person:ivo-brandt spokesperson_for country:kenya"},
			notWant: []string{"person:ivo-brandt spokesperson_for country:ethiopia"},
		},
		{
			// partyLegislators: a senator of a party sits in the one
			// Senate the article names
			text: "NAIROBI, Kenya (AP) - The Senate passed the royalty bill 30 to 12 on Tuesday. Senator Ana Soler of the Corvin Union, who voted against it, called it a tax on work.",
			want: []string{"person:ana-soler member_of org:corvin-union", "person:ana-soler member_of org:senate"},
		},
		{
			// … not another country's Senate: "urged Indonesia's Senate"
			// in a story from Manila
			text:    "MANILA, Philippines (AP) - Senator Ana Soler of the Corvin Union urged Indonesia's Senate on Tuesday to drop its tax on coconut oil.",
			want:    []string{"person:ana-soler member_of org:corvin-union"},
			notWant: []string{"person:ana-soler member_of org:senate"},
		},
		{
			// … nor a state's: "The Colorado Senate"
			text:    "DENVER (AP) - The Colorado Senate passed a water bill on Tuesday, winning praise from Senator Ana Soler of the Corvin Union, who sits in Congress.",
			notWant: []string{"person:ana-soler member_of org:colorado-senate"},
		},
		{
			// … not a deputy minister, whose title sits in no chamber
			text:    "The Chamber of Deputies passed the royalty bill on Tuesday. Deputy Minister Ana Soler of the Corvin Union called it fair.",
			notWant: []string{"person:ana-soler member_of org:chamber-of-deputies"},
		},
		{
			// agencyLeadCountry: an agency's dateline names no city; the
			// country the lead opens with is the bare minister's; a
			// capital in the minister's sentence decides for its country
			text:    "(Bloomberg) -- Kenya's government will cut fuel duty from July, easing pressure on households.\n\nFinance Minister Ana Soler said in Nairobi that the cut would cost $90 million a year, which Ethiopian and Ugandan traders welcomed.",
			want:    []string{"person:ana-soler minister_of country:kenya"},
			notWant: []string{"person:ana-soler minister_of country:ethiopia"},
		},
		{
			// … not when the lead names another country: one country
			// acting on another says nothing of where the story is from
			text:    "(Bloomberg) -- Norway's salmon exports to Japan rose by a third in March.\n\nFisheries Minister Rosa Vilca said the rise would last.",
			notWant: []string{"person:rosa-vilca minister_of country:norway"},
		},
		{
			// … nor when the minister's sentence names another's capital
			text:    "(Bloomberg) -- Norway will sell ten-year bonds in yen next week, its first such sale since 2021.\n\nFinance Minister Rosa Vilca said in Tokyo that demand was strong.",
			notWant: []string{"person:rosa-vilca minister_of country:norway"},
		},
		{
			// … not a country named later in the lead
			text:    "(Bloomberg) -- Fuel prices rose for a sixth month as Kenya's traders stocked up.\n\nFinance Minister Ana Soler said the rise would slow.",
			notWant: []string{"person:ana-soler minister_of country:kenya"},
		},
		{
			// a mayor in a sentence that opens in a city is its mayor
			text: "In Nairobi, the Kenyan capital, Mayor Ana Soler said the roads would reopen on Friday.",
			want: []string{"person:ana-soler head_of place:nairobi"},
		},
		{
			// … but a premier is no city's head
			text:    "In Perth, the state's largest city, Premier Ana Soler said the roads would reopen on Friday.",
			notWant: []string{"person:ana-soler head_of place:perth"},
		},
		{
			// … and the city a sentence opens in makes no minister local
			text: "ADDIS ABABA (Reuters) - Ethiopia raised fuel prices on Monday. In Addis Ababa, Energy Minister Ivo Brandt said the rise was needed.",
			want: []string{"person:ivo-brandt minister_of country:ethiopia"},
		},
		{
			// a body's deputy secretary is its member
			text:    "The Corvin Party elected a new leader on Monday. Its deputy secretary, Ivo Brandt, said the vote was fair.",
			want:    []string{"person:ivo-brandt member_of org:corvin-party"},
			notWant: []string{"person:ivo-brandt head_of"},
		},
		{
			// "for" after a minister's title is the portfolio
			text:    "Kenya sent its assistant minister for the Pacific, Jane Holt.",
			want:    []string{"person:jane-holt minister_of country:kenya"},
			notWant: []string{"person:jane-holt member_of"},
		},
		{
			// a bare premier beside a prime minister heads a province
			text:    "NAIROBI (Reuters) - Floods forced 5,000 people in Nyanza to flee on Tuesday, the province's agency said.\n\nPremier Ana Soler declared a provincial state of emergency. Prime Minister Ivo Brandt said troops would help.",
			want:    []string{"person:ana-soler head_of place:nyanza", "person:ivo-brandt prime_minister_of country:kenya"},
			notWant: []string{"person:ana-soler prime_minister_of"},
		},
		{
			// … but not one whose title a region's adjective the
			// article does not resolve leads: that region's, unnamed
			text:    "NAIROBI (Reuters) - Floods forced 5,000 people in Nyanza to flee on Tuesday, the province's agency said.\n\nThe roads will reopen on Friday, Bavarian provincial premier Ana Soler said. Prime Minister Ivo Brandt said troops would help.",
			want:    []string{"person:ivo-brandt prime_minister_of country:kenya"},
			notWant: []string{"person:ana-soler head_of", "person:ana-soler prime_minister_of"},
		},
		{
			// where the premier is the head of government, no province
			text: "BEIJING (Reuters) - China will cut taxes for small firms, Premier Wu Lan said on Tuesday.",
			want: []string{"person:wu-lan prime_minister_of country:china"},
		},
		{
			// a country's premier named in full keeps that office when a
			// later "Premier X" stands beside another prime minister
			text:    "NAIROBI (Reuters) - Chinese Premier Wu Lan met Prime Minister Ivo Brandt on Monday in Nyanza, the province's capital said.\n\nPremier Wu said China would buy more tea from Nyanza.",
			want:    []string{"person:wu-lan prime_minister_of country:china"},
			notWant: []string{"person:wu-lan head_of"},
		},
		{
			// of two provinces named, the dateline's
			text: "KISUMU, Nyanza (Reuters) - Floods forced 5,000 people to flee on Tuesday, the province's agency said. A firefighter from Rift Valley was hurt.\n\nPremier Ana Soler declared a provincial state of emergency.",
			want: []string{"person:ana-soler head_of place:nyanza"},
		},
		{
			// a portfolio in capitals after "for"
			text: "Chinese Special Envoy for Climate Change Li Wen met the minister on Tuesday.",
			want: []string{"person:li-wen envoy_of country:china"},
		},
		{
			// "the state's chief minister" heads the one state named
			text: "NAIROBI (Reuters) - The count in Nyanza was disputed on Tuesday.\n\nThe state's chief minister, Ana Soler, said voters had spoken.",
			want: []string{"person:ana-soler head_of place:nyanza"},
		},
		{
			// a bare chief minister heads the one state named
			text: "NAIROBI (Reuters) - A bomb killed six people in Nyanza on Tuesday.\n\nChief Minister Ana Soler chaired a security meeting in Kisumu on Wednesday.",
			want: []string{"person:ana-soler head_of place:nyanza"},
		},
		{
			// a chief minister whose own sentence names another country
			// heads no state of the article's country
			text:    "NAIROBI (Reuters) - A bomb killed six people in Nyanza on Tuesday.\n\nIn Chennai, India's car-making hub, Chief Minister Ravi Kulkarni ordered factories shut.",
			notWant: []string{"person:ravi-kulkarni head_of place:nyanza"},
		},
		{
			// a title in lower case with its "of" and "for"
			text: "They were met on the tarmac by Kenya's minister of state for foreign affairs, Sheikh Omar bin Said Al Hassan, and by Norway's ambassador to Kenya, Eva Dahl.",
			want: []string{"person:omar-bin-said-al-hassan minister_of country:kenya"},
		},
		{
			// a delegation's leader holds his title's office in its country
			text:    "NAIROBI (Reuters) - Leaders met in Nairobi on Tuesday.\n\nEthiopia, whose delegation was led by Foreign Minister Lia Moraa, said the idea needed more study.",
			want:    []string{"person:lia-moraa minister_of country:ethiopia"},
			notWant: []string{"person:lia-moraa minister_of country:kenya"},
		},
		{
			// a delegation's leader who holds another country's office
			text:    "NAIROBI (Reuters) - Leaders met in Nairobi on Tuesday.\n\nThe Ethiopian delegation was led by Foreign Minister Lia Moraa of Sudan, who chairs the forum this year.",
			want:    []string{"person:lia-moraa minister_of country:sudan"},
			notWant: []string{"person:lia-moraa minister_of country:ethiopia"},
		},
		{
			// "Premier X of Y": the province the name's "of" phrase names,
			// not the dateline's, nor the dateline's country later
			text:    "KISUMU, Nyanza (Reuters) - Premier Ana Soler of Rift Valley said on Tuesday that her province would not drop its demand.\n\nPremier Soler told reporters the talks had failed.",
			want:    []string{"person:ana-soler head_of place:rift-valley"},
			notWant: []string{"person:ana-soler head_of place:nyanza", "person:ana-soler prime_minister_of"},
		},
		{
			// "Premier X of China met Prime Minister Y": China's premier;
			// the other leader does not take China
			text:    "PORT LERO (Reuters) - Premier Wu Lan of China met Prime Minister Ivo Brandt on Wednesday.\n\nChina will resume imports of tea next month, the two leaders said. China also agreed to buy more coffee.",
			want:    []string{"person:wu-lan prime_minister_of country:china"},
			notWant: []string{"person:ivo-brandt prime_minister_of country:china"},
		},
		{
			// "late Monday" marks no late minister
			text: "NAIROBI (Reuters) - Kenya agreed a deal with its creditors on Tuesday.\n\nThe deal, announced late Monday by Finance Minister Ana Soler, cuts the value of the bonds by 28%.",
			want: []string{"person:ana-soler minister_of country:kenya"},
		},
		{
			// past a portfolio, "former" still does
			text:    "NAIROBI (Reuters) - Kenya agreed a deal with its creditors on Tuesday.\n\nThe former finance minister Ana Soler said the deal was poor.",
			notWant: []string{"person:ana-soler minister_of"},
		},
		{
			// a portfolio in lower case after the country's possessive
			text: "Norway's climate change minister, Per Lund, who attended as an observer, said Oslo would add money to the fund.",
			want: []string{"person:per-lund minister_of country:norway"},
		},
		{
			// another government named before a bare minister is no guide
			// to the minister's: a foreign reaction, then the local minister
			text:    "NAIROBI (Reuters) - Kenya's police arrested the trader on Tuesday.\n\nEthiopia's government protested the arrest. Interior Minister Lia Moraa said the courts would decide.",
			want:    []string{"person:lia-moraa minister_of country:kenya"},
			notWant: []string{"person:lia-moraa minister_of country:ethiopia"},
		},
		{
			// an "of" phrase after the name of a title naming nothing
			// (ofAfterName): a governor heads the region
			text: "NAIROBI (AP) - The court ruled on Monday. Gov. Ana Soler of Rift Valley, a Democrat, said the region would appeal.",
			want: []string{"person:ana-soler head_of place:rift-valley"},
		},
		{
			text: "NAIROBI (AP) - The Corvin Revolution movement rejected the bill on Tuesday. Assembly member Rosa Vinces of Corvin Revolution called it a betrayal.",
			want: []string{"person:rosa-vinces member_of org:corvin-revolution"},
		},
		{
			// … but a governor named with a body's "of" phrase heads no
			// body: a bank's governor sits on its board
			text:    "NAIROBI (AP) - The central bank left rates unchanged on Monday. Gov. Ana Soler of the Corvin Reserve Bank of Nakuru said rates would hold.",
			notWant: []string{"person:ana-soler head_of"},
		},
		{
			// … but a police chief is no head of the town
			text:    "NAIROBI (AP) - Police Chief Ana Soler of Nakuru said the suspect had fled.",
			notWant: []string{"person:ana-soler head_of place:nakuru"},
		},
		{
			// "the government's spokeswoman" after a name: the country of
			// the holder's other office (told)
			text: "NAIROBI (Reuters) - President Ivo Brandt reshuffled the cabinet on Thursday. Cabinet Secretary Lia Moraa, the government's top spokeswoman, said the new ministers would be sworn in on Friday.",
			want: []string{"person:lia-moraa spokesperson_for country:kenya"},
		},
		{
			// … or of a dateline that acts in the story, never that of a
			// venue the story's countries meet in
			text: "NAIROBI (Reuters) - Kenya and Ethiopia resumed talks on the dam on Monday. Ana Soler, the government's spokeswoman, said the talks were useful.",
			want: []string{"person:ana-soler spokesperson_for country:kenya"},
		},
		{
			text:    "OSLO (Reuters) - Kenya and Ethiopia resumed talks on the dam on Monday, and Somalia and Eritrea joined later. Ana Soler, the government's spokeswoman, said the talks were useful.",
			notWant: []string{"person:ana-soler spokesperson_for"},
		},
		{
			// a governor of a place the article names as a county heads
			// the county, not the town of the same name (governedRegion)
			text: "NAIROBI (AP) - Floods cut the roads of Kenya's northern Tarrow county on Monday. Tarrow Governor Ana Soler said schools would shelter families.",
			want: []string{"person:ana-soler head_of place:tarrow-county"},
		},
		{
			// ... but not the district: a unit below a governor's
			text:    "NAIROBI (AP) - Floods cut the roads in the Tarrow district on Monday. Tarrow Governor Ana Soler said schools would shelter families.",
			notWant: []string{"person:ana-soler head_of place:tarrow-district"},
		},
		{
			// a place the sentence's verb is in, before "by", is no
			// region of the title after it (localOffice)
			text: "NAIROBI (AP) - Kenya and the Corvin rebels agreed on Wednesday to a truce. The accord was signed in Nairobi by Prime Minister Ivo Brandt and rebel commander Ana Soler.",
			want: []string{"person:ivo-brandt prime_minister_of country:kenya"},
		},
		{
			// "its" linked to an apposition of a name opening the
			// sentence before is the name's, however the parser hung it
			// (mentionEntity)
			text: "NAIROBI (AP) - Parliament approved the loan on Wednesday.\n\nThe Corvin Party, the main opposition, voted against. Its chairman, Omar Said, said the terms had been negotiated in secret.",
			want: []string{"person:omar-said head_of org:corvin-party"},
		},
		{
			// "a Corvin Front commander, X": one of its commanders, a member
			text:    "NAIROBI (AP) - A drone strike near Tarrow on Monday killed a Corvin Front commander, Omar Said, and wounded two passers-by, police said.",
			want:    []string{"person:omar-said member_of org:corvin-front"},
			notWant: []string{"person:omar-said head_of"},
		},
		{
			// "presidential spokesman" speaks for the article's president
			text: "NAIROBI (AP) - Kenyan President Ivo Brandt dismissed the central bank governor on Wednesday.\n\n\"He has acted,\" presidential spokesman Tom Otieno told reporters.",
			want: []string{"person:tom-otieno spokesperson_for person:ivo-brandt"},
		},
	} {
		checkFactsWith(t, g, tt.text, tt.want, tt.notWant, func(fact, nw string) bool { return strings.HasPrefix(fact, nw) })
	}
}

// TestOfficesOutOfReach checks titles whose office is not the country or
// place in reach: a bare "Chancellor" in a story filed from a country
// with none (titleOnlyIn), a lieutenant governor, and a chief or governor
// whose own noun names an unnamed body ("league chief X of Y").
func TestOfficesOutOfReach(t *testing.T) {
	for _, tc := range []struct{ text, notWant string }{
		{"ANKARA, Turkey (AP) — Turkey will host the talks on Monday. Chancellor Lena Brandt said in Berlin that the aid would continue.", "person:lena-brandt prime_minister_of"},
		{"CARSON CITY, Nevada (AP) — Lt. Gov. Dale Omberg of Nevada said on Friday the state would ration water.", "person:dale-omberg head_of"},
		{"SALEM, Oregon (AP) — Lieutenant Governor Rosa Quill of Oregon said on Friday the state would ration water.", "person:rosa-quill head_of"},
		{"LONDON (AP) — Rugby league chief Owen Pask of Leeds said the clubs would pay for the new stadium.", "person:owen-pask head_of"},
	} {
		checkFactsWith(t, gazetteer.Default(), tc.text, nil, []string{tc.notWant},
			func(fact, nw string) bool { return strings.HasPrefix(fact, nw) })
	}
	// where the title is the country's, it still is
	checkFactsWith(t, gazetteer.Default(), "BERLIN (AP) — Germany will host the talks on Monday. Chancellor Lena Brandt said the aid would continue.",
		[]string{"person:lena-brandt prime_minister_of country:germany"}, nil, func(string, string) bool { return false })
}

// TestCommissionerRoles checks commissionerRoles and commissionOf: a
// commissioner of a union of states sits in the union's Commission where
// the article names it, in the union where it names only the union, and
// a commissioner of anything else, or one whose title says no union, in
// neither.
func TestCommissionerRoles(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			// a bare title before the name, the Commission named before:
			// any body's commissioner, none of the union's by the title
			text:    "The European Commission fined a Danish ferry line on Monday. Transport Commissioner Ilse Moberg said the line had misled passengers.",
			notWant: []string{"person:ilse-moberg member_of"},
		},
		{
			// the union named on the title, the Commission in the story
			text: "The European Commission opened an inquiry on Monday. EU Fisheries Commissioner Tomas Riel said the quotas were too high.",
			want: []string{"person:tomas-riel member_of org:european-commission"},
		},
		{
			// a country's commissioner, a nominee for the post and one
			// "of" a country, in a story that names the Commission
			text: "The European Commission will change in November. Norway's Privacy Commissioner Eva Dahl said she would act. " +
				"Portugal's nominee for EU commissioner, Rui Santos, met lawmakers on Monday.",
			notWant: []string{"person:eva-dahl member_of", "person:rui-santos member_of"},
		},
		{
			// the union's possessive and a comma, the parser hanging the
			// name elsewhere; the Commission named after
			text: "Foreign Minister Arni Bjornsson is due to meet the EU's enlargement commissioner, Lotta Sunde, in Brussels on June 2. A spokeswoman for the European Commission said the talks would be brief.",
			want: []string{"person:lotta-sunde member_of org:european-commission"},
		},
		{
			// no Commission named: the union the possessive gives
			text:    "Greece asked for help with the fires. The European Union's crisis commissioner, Karl Weber, said planes would arrive on Friday.",
			want:    []string{"person:karl-weber member_of country:european-union"},
			notWant: []string{"person:karl-weber member_of org:european-commission"},
		},
		{
			// the union's name before a bare title, no Commission named:
			// no role from the title alone
			text:    "EU Trade Commissioner Henrik Sarlin has proposed an emergency brake on beef imports.",
			notWant: []string{"person:henrik-sarlin member_of"},
		},
		{
			// no union in reach and none named: no role
			text:    "Police Commissioner Tom Keller said three people were arrested in Nairobi.",
			notWant: []string{"person:tom-keller member_of"},
		},
		{
			// a state's commissioner, an envoy and a former one, in a
			// story that names the Commission
			text:    "The European Commission sent observers. Texas Agriculture Commissioner Bill Rusk, Kenya's high commissioner, Ruth Wanjala, and former Commissioner Hans Dorn criticised the ban.",
			notWant: []string{"person:bill-rusk member_of org:european-commission", "person:ruth-wanjala member_of", "person:hans-dorn member_of"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
	// a commissioner "of" a country after the name is the country's
	checkFactsWith(t, gazetteer.Default(), "The European Commission will change in November. EU Commissioner Pia Lang of Austria was absent.",
		nil, []string{"person:pia-lang member_of"}, func(fact, nw string) bool { return strings.HasPrefix(fact, nw) })
}

// TestBareStateGovernor checks that a bare "Gov." heads the state the
// dateline names, or the only one the article names (resolveBare,
// stateGovernor), and the titles and stories where it does not.
func TestBareStateGovernor(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text: "SALEM, Oregon (AP) — Wildfires closed two highways east of the Cascades on Monday.\n\nGov. Lena Marsh said the state would pay to clear the roads.",
			want: []string{"person:lena-marsh head_of place:oregon"},
		},
		{
			// the only state the story names
			text: "NAIROBI (Reuters) - Herders in Nyanza lost hundreds of cattle to the drought this month.\n\nGov. Ivo Brandt promised fodder for every village within a week.",
			want: []string{"person:ivo-brandt head_of place:nyanza"},
		},
		{
			// a name before the title that no rule read is the title's
			// own state, not the dateline's
			text:    "SALEM, Oregon (AP) — Wildfires closed two highways east of the Cascades on Monday.\n\nThe smoke drifted north, and Halvarth Gov. Lena Marsh asked for help.",
			notWant: []string{"person:lena-marsh head_of place:oregon"},
		},
		{
			// "Governor X" may run a bank
			text:    "SALEM, Oregon (AP) — The state's credit union lenders held rates on Monday.\n\nGovernor Lena Marsh said the bank would wait for more data.",
			notWant: []string{"person:lena-marsh head_of"},
		},
		{
			// a lieutenant governor heads nothing
			text:    "SALEM, Oregon (AP) — Wildfires closed two highways east of the Cascades on Monday.\n\nLt. Gov. Lena Marsh said the state would pay to clear the roads.",
			notWant: []string{"person:lena-marsh head_of"},
		},
		{
			// a state abroad is no guess for a story from elsewhere
			text:    "WASHINGTON (Reuters) - Aid groups warned on Monday that herders in Nyanza were losing cattle to the drought.\n\nGov. Ivo Brandt said the federal government would send no money.",
			notWant: []string{"person:ivo-brandt head_of"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}

// TestTradeNamedHead checks that a body whose name ends in a trade's word
// the recognizer took for a person's ("Korvel Timber") has the head an
// "Its" title after it names.
func TestTradeNamedHead(t *testing.T) {
	checkFacts(t, "Korvel Timber, a unit of the Miri-based Dantra Group, denied the claims. Its managing director, Lim Boon Keat, said the company had kept every rule.",
		[]string{"person:lim-boon-keat head_of org:korvel-timber"}, nil)
}

// TestIndefiniteHeadAfterName checks that a head's title after a name
// with "a" or "an" makes a member of the body (roleAfter), and with
// "the" its head.
func TestIndefiniteHeadAfterName(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text:    `"The tankers are stuck," said Amaka Obi, a director of the Harbor Petroleum Company.`,
			want:    []string{"person:amaka-obi member_of org:harbor-petroleum-company"},
			notWant: []string{"person:amaka-obi head_of"},
		},
		{
			text: `"The tankers are stuck," said Amaka Obi, the director of the Harbor Petroleum Company.`,
			want: []string{"person:amaka-obi head_of org:harbor-petroleum-company"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}

// TestChiefMinisterOfTerritory checks that a chief minister of a place
// the gazetteer keeps as a country (a territory) is no minister of it: no
// state's cabinet has a chief minister (orgRole). A territory's other
// ministers stay its ministers.
func TestChiefMinisterOfTerritory(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{"Gibraltar's chief minister, Tomas Verrel, welcomed the new border text on Monday.",
			nil, []string{"person:tomas-verrel minister_of"}},
		{"Gibraltar's finance minister, Tomas Verrel, welcomed the new border text on Monday.",
			[]string{"person:tomas-verrel minister_of country:gibraltar"}, nil},
	} {
		checkFactsWith(t, gazetteer.Default(), tt.text, tt.want, tt.notWant, func(fact, nw string) bool { return strings.Contains(fact, nw) })
	}
}

// TestSpeakerHeadsChamber checks that a speaker heads a legislature
// named with the title ("House Speaker X", speakerHeads) and holds no
// office of any other body named beside the word.
func TestSpeakerHeadsChamber(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text: "NAIROBI (Reuters) - Kenyan lawmakers debated the fuel tax on Tuesday.\n\nThe letter was sent to Senate Speaker Nora Kamau, who said the chamber would vote on Monday.",
			want: []string{"person:nora-kamau head_of org:senate"},
		},
		{
			text:    "NAIROBI (Reuters) - Traders met on Monday.\n\nAmina Yusuf, a speaker at the Harbor Trade Association conference, said the tax would hurt small shops.",
			notWant: []string{"person:amina-yusuf head_of", "person:amina-yusuf member_of"},
		},
		{
			text:    "NAIROBI (Reuters) - Traders met on Monday.\n\nThe keynote speaker, Peter Otieno of the Harbor Trade Association, called for a delay.",
			notWant: []string{"person:peter-otieno head_of"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}

// TestOpeningPlaceOffice checks that a sentence opening "In X, …," gives
// the mayor after it the town, past the town's state and a clause
// (openingPlace), and a governor the region only where X is a region and
// no town.
func TestOpeningPlaceOffice(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text: "NAIROBI (Reuters) - Floods hit western Kenya on Tuesday.\n\nIn Kisumu, Nyanza, where the lake rose two metres in 2024, Mayor Ana Soler said 300 homes were under water.",
			want: []string{"person:ana-soler head_of place:kisumu"},
		},
		{
			text: "NAIROBI (Reuters) - Floods hit western Kenya on Tuesday.\n\nIn Rift Valley, a farming region west of the capital, Governor Ivo Brandt said roads were cut.",
			want: []string{"person:ivo-brandt head_of place:rift-valley"},
		},
		{
			// a town has no governor of its own: no region
			text:    "NAIROBI (Reuters) - Floods hit western Kenya on Tuesday.\n\nIn Kisumu, the lakeside city, Governor Ivo Brandt said roads were cut.",
			notWant: []string{"person:ivo-brandt head_of"},
		},
		{
			// the clause tells of the holder there: a visit
			text:    "NAIROBI (Reuters) - Floods hit western Kenya on Tuesday.\n\nIn Rift Valley, where he met 80 farmers on Monday, Governor Ivo Brandt said roads were cut.",
			notWant: []string{"person:ivo-brandt head_of place:rift-valley"},
		},
		{
			// an "of" phrase after the name says what the governor heads
			text:    "NAIROBI (Reuters) - Rates were held on Tuesday.\n\nIn Rift Valley, a farming region, Governor Ivo Brandt of the Kenya Farmers Union said rates would hold.",
			notWant: []string{"person:ivo-brandt head_of place:rift-valley"},
		},
		{
			// the article has her head another town: where she spoke
			text:    "NAIROBI (Reuters) - Floods hit western Kenya on Tuesday.\n\nKisumu Mayor Ana Soler toured the coast this week. In Mombasa, Kenya, the port city, Mayor Ana Soler said 300 homes were under water.",
			want:    []string{"person:ana-soler head_of place:kisumu"},
			notWant: []string{"person:ana-soler head_of place:mombasa"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}

// TestBareGovernorOtherState checks that a bare "Gov." takes the state
// a "CITY, State" dateline names after its comma, never the city, and
// no state when its sentence or the one before names another state of
// the country (governorRegion, namesOtherRegion).
func TestBareGovernorOtherState(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text: "HELENA, Montana (AP) — Ranchers asked for drought aid on Monday.\n\nGov. Orrin Talvik said the state would pay for hay.",
			want: []string{"person:orrin-talvik head_of place:montana"},
		},
		{
			text:    "HELENA, Montana (AP) — Ranchers asked for drought aid on Monday.\n\nThe plea copied one sent last month by neighboring Idaho, where Gov. Orrin Talvik approved a relief fund.",
			notWant: []string{"person:orrin-talvik head_of"},
		},
		{
			text:    "HELENA, Montana (AP) — Ranchers asked for drought aid on Monday.\n\nThe dry spell also reached farms across the border in Wyoming. Gov. Orrin Talvik said the state would pay for hay.",
			notWant: []string{"person:orrin-talvik head_of"},
		},
		{
			// a city alone in the dateline names no state
			text:    "WASHINGTON (AP) — Federal officials approved a new rail line on Wednesday.\n\nGov. Pell Aldous said his state had not been asked.",
			notWant: []string{"person:pell-aldous head_of"},
		},
		{
			// nor does a state named in passing under a city alone
			text:    "BOSTON (AP) — A nurse who moved to the city from Iowa last year said fares were too high.\n\nGov. Pell Aldous said the state would cut bus fares in March.",
			notWant: []string{"person:pell-aldous head_of"},
		},
		{
			// another state named anywhere, whose own governor the article
			// does not name, may be the governor's
			text:    "HELENA, Montana (AP) — Idaho lawmakers passed a grazing bill on Monday.\n\nThe bill takes effect in July. Ranchers welcomed it.\n\nGov. Orrin Talvik signed it on Tuesday.",
			notWant: []string{"person:orrin-talvik head_of"},
		},
		{
			// one whose own governor is named is accounted for
			text: "HELENA, Montana (AP) — Ranchers asked for drought aid on Monday.\n\nGov. Nell Brody of Idaho said her state would send hay.\n\nThe ranchers met at the capitol. Gov. Orrin Talvik said the state would pay for feed.",
			want: []string{"person:orrin-talvik head_of place:montana", "person:nell-brody head_of place:idaho"},
		},
	} {
		checkFactsWith(t, gazetteer.Default(), tt.text, tt.want, tt.notWant, strings.HasPrefix)
	}
}

// TestGroupLeaderCountry checks that a parliamentary leader of a country
// or of "the country" is no member of it (titleRole: groupLeader makes a
// member of an organization only), while the party named stays.
func TestGroupLeaderCountry(t *testing.T) {
	text := "BERLIN (Reuters) - Germany's ruling coalition agreed on a budget on Friday. The country's parliamentary leader, Greta Lund of the Pirates, said the plan was fair. Olav Strand, the parliamentary leader of Denmark, met the queen on Monday."
	checkFactsWith(t, gazetteer.Default(), text, []string{"person:greta-lund member_of org:pirates"},
		[]string{"person:greta-lund member_of country:", "person:olav-strand member_of country:"}, strings.HasPrefix)
}

// TestBoardSeatAfterName checks that only a board seat after "a" or
// "an" ("a director of Y") makes a member in roleAfter; a
// director-general or an executive director still heads the body.
func TestBoardSeatAfterName(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text:    `"The cranes are idle," said Kwame Asare, a director-general of the Western Ports Council.`,
			notWant: []string{"person:kwame-asare member_of"},
		},
		{
			text:    `"The cranes are idle," said Kwame Asare, a director of the Western Ports Council.`,
			want:    []string{"person:kwame-asare member_of org:western-ports-council"},
			notWant: []string{"person:kwame-asare head_of"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}

// TestCoordinatedPortfolios checks a minister's title of two portfolios
// joined by "and" (coordinatedPortfolio): the demonym before the first
// portfolio is the title's country, not the dateline's.
func TestCoordinatedPortfolios(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text:    "NAIROBI (Reuters) - Kenya signed a tea pact on Monday. Kenya's president said the deal was fair. Trade Secretary Tom Otieno will meet Ethiopian Lands and Mines Minister Abebe Girma in Addis Ababa on June 9.",
			want:    []string{"person:abebe-girma minister_of country:ethiopia"},
			notWant: []string{"person:abebe-girma minister_of country:kenya"},
		},
		{
			text:    "NAIROBI (Reuters) - Kenya signed a tea pact on Monday. Kenya's president said the deal was fair. Talks went on with Egyptian Trade and Industry Secretary Omar Said in Cairo.",
			want:    []string{"person:omar-said minister_of country:egypt"},
			notWant: []string{"person:omar-said minister_of country:kenya"},
		},
		{
			// a body and a minister joined by "and" share no title
			text:    "NAIROBI (Reuters) - Kenya signed a tea pact on Monday. Kenya's president said the deal was fair. The Ethiopian Energy Commission and Mines Minister Abebe Girma welcomed it.",
			notWant: []string{"person:abebe-girma minister_of country:ethiopia"},
		},
		{
			// people and a minister joined by "and"
			text:    "NAIROBI (Reuters) - Kenya signed a tea pact on Monday. Kenya's president said the deal was fair. The talks drew Ethiopian traders and Energy Minister Abebe Girma to Nairobi.",
			notWant: []string{"person:abebe-girma minister_of country:ethiopia"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}

// TestDeputyPremier checks that a vice or deputy premier is one of the
// government's ministers, as a deputy prime minister is, not its head.
func TestDeputyPremier(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text:    "NAIROBI (Reuters) - Kenyan President Ivo Brandt held talks on Monday with visiting Chinese Vice Premier Wen Lihua on a railway loan.",
			want:    []string{"person:wen-lihua minister_of country:china"},
			notWant: []string{"person:wen-lihua prime_minister_of"},
		},
		{
			text:    "NAIROBI (Reuters) - Ethiopian Deputy Premier Abebe Girma arrived in Nairobi on Monday for talks on the dam.",
			want:    []string{"person:abebe-girma minister_of country:ethiopia"},
			notWant: []string{"person:abebe-girma prime_minister_of"},
		},
		{
			// the premier himself is unchanged
			text: "NAIROBI (Reuters) - Chinese Premier Wen Lihua arrived in Nairobi on Monday for talks on a railway loan.",
			want: []string{"person:wen-lihua prime_minister_of country:china"},
		},
		{
			// a province's deputy premier heads nothing and is no
			// country's minister; the title stands
			text:    "NAIROBI (Reuters) - Nyanza's Deputy Premier Mara Otieno said the province would pay for the new road.",
			want:    []string{`person:mara-otieno title "Deputy Premier"`},
			notWant: []string{"person:mara-otieno head_of", "person:mara-otieno minister_of"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}

// TestPortfolioWords checks a minister's portfolio after "of", "for" or
// "and" whose first word no lexicon knows (portfolioPair): it goes with
// the title, not with a body's or the person's name.
func TestPortfolioWords(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text:    "NAIROBI (Reuters) - Kenya opened a new port on Monday. Minister of Inland Fisheries and Transport Leila Wanjiru said exports would double.",
			want:    []string{"person:leila-wanjiru minister_of country:kenya"},
			notWant: []string{"person:transport-leila-wanjiru", "org:inland-fisheries"},
		},
		{
			text:    "NAIROBI (Reuters) - Kenya opened a new port on Monday. Ethiopia's Minister of Frontier Administration, Abebe Girma, said the road would follow.",
			want:    []string{"person:abebe-girma minister_of country:ethiopia"},
			notWant: []string{"org:frontier-administration"},
		},
		{
			text: "NAIROBI (Reuters) - Kenya opened a new port on Monday. The bill was tabled by Minister for Rural Development Leila Wanjiru on Tuesday.",
			want: []string{"person:leila-wanjiru minister_of country:kenya"},
		},
		{
			// a director heads a body, whose name this is
			text:    "NAIROBI (Reuters) - Kenya opened a new port on Monday. Director of Halden Development Leila Wanjiru said exports would double.",
			notWant: []string{"person:leila-wanjiru minister_of"},
		},
		{
			// a body's word after the pair: a body's name
			text:    "NAIROBI (Reuters) - Kenya opened a new port on Monday. Minister of Tourism Leila Wanjiru and Halden Development Bank chief Omar Said signed the loan.",
			want:    []string{"person:omar-said head_of org:halden-development-bank"},
			notWant: []string{"person:omar-said minister_of"},
		},
		// after "and" a body's or a person's name beside the minister,
		// not a second portfolio
		{
			text: "NAIROBI (Reuters) - Kenya opened a new dam on Monday. Minister of Inland Fisheries and Varden Energy, a Turkish builder, shared the cost.",
			want: []string{"org:varden-energy mentioned_in article:t"},
		},
		{
			text: "NAIROBI (Reuters) - Kenya opened a new dam on Monday. The Minister for Rural Development and Mara Justice, the union head, cut the ribbon.",
			want: []string{"person:mara-justice mentioned_in article:t"},
		},
		{
			text:    "NAIROBI (Reuters) - Kenya opened a new dam on Monday. Minister of Inland Fisheries and Varden Power CEO Ola Dahl signed the contract.",
			want:    []string{"person:ola-dahl head_of org:varden-power"},
			notWant: []string{`person:ola-dahl title "Varden Power CEO"`},
		},
		// a name apposed after the comma closes the title
		{
			text: "NAIROBI (Reuters) - Kenya opened a new dam on Monday. Kenya's Minister of Lands and Natural Resources, Ola Kimani, cut the ribbon.",
			want: []string{`person:ola-kimani title "Minister of Lands and Natural Resources"`},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}

// TestLawmakerChamber checks that a lawmaker of a party sits in the one
// legislature the article names (partyLegislators: onlyLegislature),
// its name opened by the home country's possessive or not, and in none
// when the article names two, another country's, or a party whose name
// ends in a chamber's word.
func TestLawmakerChamber(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text: "NAIROBI (AP) - Kenya's National Assembly approved the loan on Tuesday. Opposition lawmaker Ana Soler of the Corvin party called it a bad deal.",
			want: []string{"person:ana-soler member_of org:corvin", "person:ana-soler member_of org:kenyas-national-assembly"},
		},
		{
			text: "NAIROBI (AP) - The National Assembly approved the loan on Tuesday. Opposition lawmaker Ana Soler of the Corvin party called it a bad deal.",
			want: []string{"person:ana-soler member_of org:national-assembly"},
		},
		{
			text:    "NAIROBI (AP) - The National Assembly and the Senate approved the loan on Tuesday. Opposition lawmaker Ana Soler of the Corvin party called it a bad deal.",
			want:    []string{"person:ana-soler member_of org:corvin"},
			notWant: []string{"person:ana-soler member_of org:national-assembly", "person:ana-soler member_of org:senate"},
		},
		{
			text:    "NAIROBI (AP) - Ethiopia's National Assembly approved the dam loan on Tuesday. Kenyan lawmaker Ana Soler of the Corvin party called it a threat.",
			notWant: []string{"person:ana-soler member_of org:ethiopias-national-assembly", "person:ana-soler member_of org:national-assembly"},
		},
		{
			text:    "NAIROBI (AP) - The Corvin National Congress won the vote on Tuesday. Opposition lawmaker Ana Soler of the Halden party called it rigged.",
			notWant: []string{"person:ana-soler member_of org:corvin-national-congress"},
		},
		// another country's lawmaker; a lone chamber of two
		{
			text:    "NAIROBI (AP) - Kenya's National Assembly passed the mining bill on Monday. Ethiopian opposition lawmaker Lucia Varga of the Halden party, who lives in Nairobi, said it would hurt farmers.",
			want:    []string{"person:lucia-varga member_of org:halden"},
			notWant: []string{"person:lucia-varga member_of org:kenyas-national-assembly", "person:lucia-varga member_of org:national-assembly"},
		},
		{
			text:    "NAIROBI (AP) - Kenya's Senate approved the tax reform on Monday. Lawmaker Marta Quiroga of the Corvin party said she would vote against it in the lower house.",
			want:    []string{"person:marta-quiroga member_of org:corvin"},
			notWant: []string{"person:marta-quiroga member_of org:senate", "person:marta-quiroga member_of org:kenyas-senate"},
		},
		{
			text:    "NAIROBI (AP) - The Senate approved the tax reform on Monday. Lawmaker Marta Quiroga of the Corvin party said deputies would block it.",
			want:    []string{"person:marta-quiroga member_of org:corvin"},
			notWant: []string{"person:marta-quiroga member_of org:senate"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}
