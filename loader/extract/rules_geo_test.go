package extract

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// geoRuleTests test the geography and organization-place rules
// (rules_geo.go, rules_org.go).
var geoRuleTests = []ruleTest{
	{
		// a capital a relative "whose" owns lies in the region named
		// before the comma
		rule: "geo-capital-owner",
		text: "Tea farming employs half the workers in Nyanza, whose capital is Kisumu, and drives its exports.",
		want: []string{"place:kisumu located_in place:nyanza"},
	},
	{
		// a sentence-opening "Its capital" stands for the place the
		// sentence before has for its subject; a country's capital is
		// its capital where the gazetteer agrees
		rule: "geo-capital-owner",
		text: "Nyanza, which borders Lake Victoria, is one of the wettest regions. Its capital, Kisumu, floods every spring. Kenya held a census in August. Its capital, Nairobi, was calm.",
		want: []string{"place:kisumu located_in place:nyanza", "place:nairobi capital_of country:kenya"},
	},
	{
		// "the capital X" with no country of its own: the sentence's
		// country whose capital the gazetteer says X is
		rule: "geo-apposition",
		text: "Kenya's new metro line opened on Sunday with a ceremony in the capital Nairobi.",
		want: []string{"place:nairobi capital_of country:kenya"},
	},
	{
		// "the capital X" where the parser hung the name on no noun of
		// the phrase: read by position, the gazetteer confirming
		rule: "geo-apposition",
		text: "Troops clashed with rebels in Kenya on Monday around the stadium in the capital Nairobi, witnesses said.",
		want: []string{"place:nairobi capital_of country:kenya"},
	},
	{
		// a capital right after its kind noun is the city, not its
		// government
		rule: "geo-apposition",
		text: "In the Kenyan capital Nairobi, protesters gathered on Monday.",
		want: []string{"place:nairobi capital_of country:kenya"},
	},
	{
		// "the provincial capital", "the state capital": in the region
		// the sentence before names, though an earlier one names another
		rule:    "geo-apposition",
		text:    "Storms hit Kenya's Rift Valley on Monday. In neighbouring Nyanza, the rain destroyed 300 homes. Aid reached Kisumu, the provincial capital, on Tuesday. Smoke from fires in Oregon drifted north. Crews rested in Salem, the state capital, on Wednesday.",
		want:    []string{"place:kisumu located_in place:nyanza", "place:salem located_in place:oregon"},
		notWant: []string{"place:kisumu located_in place:rift-valley"},
	},
	{
		// "Town, Region county" where the recognizer read the region's
		// kind into its name, as "Town, Region state" where it did not
		rule: "geo-city-state",
		text: "Nurses walked out at the hospital in Voi, Taita Taveta county, and in Kisumu on Monday.",
		want: []string{"place:voi located_in place:taita-taveta-county"},
	},
	{
		// a plural region word between conjoined names and an "in" phrase
		rule: "geo-in",
		text: "Floods cut roads across Kisumu and Mombasa counties in southern Kenya this week.",
		want: []string{"place:kisumu located_in country:kenya", "place:mombasa located_in country:kenya"},
	},
	{
		// the other party of talks, a meeting or "told" is where the
		// exchange took place, not where it sits
		rule:    "geo-in",
		text:    "The government will resume talks with the Norland Liberation Front (NLF) in Oslo on Oct. 6, an adviser said. The prime minister met with the Amber Party in Nairobi on Monday.",
		notWant: []string{"org:norland-liberation-front based_in", "org:amber-party based_in"},
	},
	{
		rule:    "geo-in",
		text:    "\"We will not close the border,\" Foreign Minister Ana Ruiz told the Corvin Broadcasting Network in Doha.",
		notWant: []string{"org:corvin-broadcasting-network based_in"},
	},
	{
		// near misses: a body the name's phrase places, and a state
		// body's seat in a capital, keep their "in"
		rule: "geo-in",
		text: "Ivo Lind, an analyst at the Caucasus Policy Institute in Cairo, said the talks had stalled. A spokesman for the Corvin Network in Nairobi told Reuters the vote was fair. Kenya held talks with the Ethiopian Embassy in Nairobi on Monday.",
		want: []string{"org:caucasus-policy-institute based_in place:cairo", "org:corvin-network based_in place:nairobi", "org:ethiopian-embassy based_in place:nairobi"},
	},
	{
		// a body "in" a region works there, as "in" a country: the
		// party's branch, not its seat; a city of a state's name is a
		// seat
		rule:    "geo-in",
		text:    "The opposition Amber Party in Oregon backed the bill on Monday. The Opposition Corvin League in Oregon called it a stunt.",
		notWant: []string{"org:amber-party based_in", "org:corvin-league based_in"},
	},
	{
		rule: "geo-in",
		text: "Ivo Lind, an analyst at the Halden Institution in Washington, said the vote was close.",
		want: []string{"org:halden-institution based_in place:washington"},
	},
	{
		// a plural apposition describes every conjunct; a singular one
		// only its own name
		rule:    "geo-apposition",
		text:    "Protesters marched in Kisumu and Mombasa, two Kenyan cities, on Monday. Talks moved between Lahore and Gondar, an Ethiopian city.",
		want:    []string{"place:kisumu located_in country:kenya", "place:mombasa located_in country:kenya", "place:gondar located_in country:ethiopia"},
		notWant: []string{"place:lahore located_in country:ethiopia"},
	},
	{
		// a city-state's name in an apposition says where a firm is; a
		// nationality does not
		rule:    "org-apposition",
		text:    "The site was bought by Corvin Holdings, a Singapore shipping company, and Halden Group, an Egyptian company.",
		want:    []string{"org:corvin-holdings based_in country:singapore"},
		notWant: []string{"org:halden-group based_in"},
	},
	{
		// a place joined to "listed" or "traded" names the exchange a
		// company's shares trade on, not its seat (listedIn)
		rule:    "org-apposition",
		text:    "Corvin Gas, the Addis Ababa-listed company that runs the field, said output had stopped. Halden Oil, the Mombasa-based company, said it was not hit.",
		want:    []string{"org:halden-oil based_in place:mombasa"},
		notWant: []string{"org:corvin-gas based_in"},
	},
	{
		// an apposition the parser made a subject of its own
		rule: "org-apposition",
		text: "Corvin Motors, the Mombasa automaker, said on Monday it would recall 20,000 cars.",
		want: []string{"org:corvin-motors based_in place:mombasa"},
	},
	{
		rule: "org-based",
		text: "Corvin Bank, whose headquarters are in Mombasa, cut its rates on Monday.",
		want: []string{"org:corvin-bank based_in place:mombasa"},
	},
	{
		// a company's trade word before "of" and a city ends its name
		// where it is based; a university is based nowhere by its name
		rule:    "org-place-name",
		text:    "The families sued Corvin Industries of Kisumu on Monday. The University of Nakuru was closed.",
		want:    []string{"org:corvin-industries-of-kisumu based_in place:kisumu"},
		notWant: []string{"org:university-of-nakuru based_in"},
	},
	{
		// the "in" phrase after "the headquarters of X (ACRONYM)", and an
		// apposition before "headquartered", where the parser hung each
		// on the main verb
		rule: "org-based",
		text: "Police raided the headquarters of the Kenyan Football Federation (KFF) in Nakuru on Tuesday. Construction is to be led by Amber Link, a joint venture of Halden Group and Corvin Holdings, a construction group headquartered in Mombasa.",
		want: []string{"org:kenyan-football-federation based_in place:nakuru", "org:corvin-holdings based_in place:mombasa"},
	},
	{
		// "the City, Country-based company": the article and the
		// compound the parser hung on the place's words
		rule: "org-based",
		text: "Regulators fined Corvin Inc on Monday. The regulator said the Mombasa, Kenya-based company had hidden its losses for six years.",
		want: []string{"org:corvin-inc based_in place:mombasa"},
	},
	{
		// the city of the square the headquarters stand on
		rule: "org-based",
		text: "The Corvin Bank voted to hold its rate, Governor Ana Soler told a news conference at the bank's headquarters on Uhuru Square in Nairobi.",
		want: []string{"org:corvin-bank based_in place:nairobi"},
	},
	{
		// a province lies in no town: the "in" phrase says where the
		// premiers met
		rule:    "geo-in",
		text:    "Ana Soler spoke after a meeting with the premiers of Rift Valley and Nyanza in Mombasa on Monday.",
		notWant: []string{"place:nyanza located_in place:mombasa", "place:rift-valley located_in place:mombasa"},
	},
	{
		// a town "on" an island by its kind lies on it; "off" an island
		// does not
		rule:    "geo-in",
		text:    "The plane was flying from Nairobi to Kisumu, on Borneo island, when it crashed. Boats anchored off Mombasa, off Lamu island, on Monday.",
		want:    []string{"place:kisumu located_in place:borneo"},
		notWant: []string{"place:mombasa located_in place:lamu"},
	},
	{
		// "the company" and "the newspaper" stand for the body named
		// before; two bodies there leave "the lender" unresolved
		rule:    "org-based",
		text:    "Corvin Group reported higher profits on Monday. The company, which is based in Mombasa, said sales rose. The editor of the Tarrow Courier said the paper would appeal. The Kisumu-based newspaper has had an office in Nairobi since 2001. Halden Bank agreed to buy Amber Finance on Friday. The Nakuru-based lender has 3,000 staff.",
		want:    []string{"org:corvin-group based_in place:mombasa", "org:tarrow-courier based_in place:kisumu"},
		notWant: []string{"based_in place:nakuru"},
	},
	{
		// an apposition says which town a name is, though the gazetteer
		// knows a town of that name in another country
		rule: "geo-apposition",
		text: "Gunmen raided Kisumu, a small town in northern Ethiopia, on Friday.",
		want: []string{"place:kisumu located_in country:ethiopia"},
	},
	{
		// a coast an "on" phrase after the name's comma names, wherever
		// the parser hung it
		rule: "geo-in",
		text: "The ferry docked at Tarkoz, on Kenya's Indian Ocean coast, after a night at sea.",
		want: []string{"place:tarkoz located_in country:kenya"},
	},
	{
		rule:    "geo-in",
		text:    "Boats left Mombasa, on the shores of Lake Tarrow, at dawn.",
		notWant: []string{"place:mombasa located_in place:lake-tarrow"},
	},
	{
		// an apposition whose noun of place a demonym qualifies
		rule: "geo-apposition",
		text: "The ferry reached Tarkoz, a Kenyan port town, at dawn.",
		want: []string{"place:tarkoz located_in country:kenya"},
	},
	{
		rule: "geo-apposition",
		text: "Tourists flocked to Mombasa, the Kenyan port whose old town is a heritage site.",
		want: []string{"place:mombasa located_in country:kenya"},
	},
	{
		// a compound of a demonym says who holds a place
		rule:    "geo-apposition",
		text:    "Survivors fled Tarkoz, a Russian-held town, on Monday.",
		notWant: []string{"place:tarkoz located_in country:russia"},
	},
	{
		// a district of a city, and a city's district: the capital is
		// the city there, not its government
		rule: "geo-in",
		text: "Police sealed off the Koru district of Nairobi after the blast.",
		want: []string{"place:koru-district located_in place:nairobi"},
	},
	{
		rule:    "geo-possessive",
		text:    "Voters in Nairobi's Koru district queued for hours on Friday.",
		want:    []string{"place:koru-district located_in place:nairobi"},
		notWant: []string{"place:koru-district located_in country:kenya"},
	},
	{
		// a square named the Romance way is no person
		rule:    "geo-possessive",
		text:    "A book fair opens this weekend in Nairobi's Place de la Liberté, the organisers said.",
		want:    []string{"place:place-de-la-liberte located_in place:nairobi"},
		notWant: []string{"person:place-de-la-liberte"},
	},
	{
		// a name no rule read, after a locative and before a country
		rule: "geo-city-state",
		text: "The ship sank about 40 miles south of Tarkoz, Kenya, on Monday.",
		want: []string{"place:tarkoz located_in country:kenya"},
	},
	{
		// "in" phrases side by side: a list, not one place in the next
		rule:    "geo-in",
		text:    "The fighting has cost lives in Mombasa, in Kisumu, in Nairobi and beyond.",
		notWant: []string{"place:mombasa located_in place:kisumu", "place:kisumu located_in place:nairobi"},
	},
	{
		rule: "geo-in",
		text: "Troops shelled a market in Tarkoz, in northern Kenya, in January.",
		want: []string{"place:tarkoz located_in country:kenya"},
	},
	{
		// a name before a work's noun and its "in" phrase
		rule: "geo-facility",
		text: "Drilling at the vast Tarkoz field in western Kenya resumed after the strike.",
		want: []string{"place:tarkoz-field located_in country:kenya"},
	},
	{
		// a list of sites, each with its town and state
		rule: "geo-city-state",
		text: "The sites are listed as: Fort Corvin, Tarrow Falls, Minn.; and Corvin Island National Seashore, Lake Amber, Mont.",
		want: []string{"place:tarrow-falls located_in place:minnesota", "place:fort-corvin located_in place:tarrow-falls",
			"place:fort-corvin located_in place:minnesota", "place:lake-amber located_in place:montana"},
	},
	{
		// a Canadian province abbreviated as wire copy writes it
		rule: "geo-city-state",
		text: "A ferry from Digby, N.S., was cancelled, a mill in Fredericton, N.B., closed and a plant near Corner Brook, N.L., laid off 90 workers.",
		want: []string{"place:digby located_in place:nova-scotia", "place:fredericton located_in place:new-brunswick",
			"place:corner-brook located_in place:newfoundland-and-labrador"},
	},
	{
		// a region the gazetteer lacks, by the kind of region it is
		rule: "geo-city-state",
		text: "Gunmen attacked a parish in Voi, Mombasa state, police said.",
		want: []string{"place:voi located_in place:mombasa"},
	},
	{
		// a capital before its own country is the city, not the government
		rule: "geo-city-state",
		text: "The minister flies to Mombasa and then to Nairobi, Kenya, on Saturday.",
		want: []string{"place:nairobi located_in country:kenya"},
	},
	{
		rule: "geo-including",
		text: "Protests spread from Nairobi to other Kenyan cities, including Kisumu and Mombasa.",
		want: []string{"place:kisumu located_in country:kenya", "place:mombasa located_in country:kenya"},
	},
	{
		rule: "org-apposition",
		text: "The complaint came from Corvin Software, a Mombasa-based maker of collaboration tools, in 2022.",
		want: []string{"org:corvin-software based_in place:mombasa"},
	},
	{
		rule:    "org-based",
		text:    "\"The talks will fail,\" said Ana Soler, an analyst at the Corvin Institute, who is based in Nairobi.",
		notWant: []string{"org:corvin-institute based_in"},
	},
	{
		// the participle qualifies an apposition: the phrase ends at its comma
		rule:    "org-based",
		text:    "Corvin Biologics Inc., a Kisumu-based drugmaker, said Monday it would supply doses.",
		want:    []string{"org:corvin-biologics-inc based_in place:kisumu"},
		notWant: []string{"org:monday based_in"},
	},
	{
		// "-based" before an organization's name that qualifies a person
		rule:    "org-based",
		text:    "Police arrested a Mombasa-based Corvin Front operative on Monday. The Kisumu-based Halden Bank said it would help.",
		want:    []string{"org:halden-bank based_in place:kisumu"},
		notWant: []string{"org:corvin-front based_in"},
	},
	{
		rule: "org-based",
		text: "Corvin Minerals, a Mombasa-based miner, won the licence.",
		want: []string{"org:corvin-minerals based_in place:mombasa"},
	},
	{
		// "the Washington-based bank" is no bank whose name puts it in
		// another country; one in the country it names may be
		rule:    "org-based",
		text:    "The Bank of Kenya held its main rate on Monday. The Washington-based bank said the shilling would weaken. The Halden Bank of Kenya cut its fees. The Nairobi-based lender said it would hire staff.",
		want:    []string{"org:halden-bank-of-kenya based_in place:nairobi"},
		notWant: []string{"org:bank-of-kenya based_in"},
	},
	{
		rule: "org-based",
		text: "Corvin Bank will keep its name, and Corvin Bank's head office in Mombasa will become a hub.",
		want: []string{"org:corvin-bank based_in place:mombasa"},
	},
	{
		rule: "org-based",
		text: "Talks were held at the Nairobi headquarters of the Corvin Environment Programme.",
		want: []string{"org:corvin-environment-programme based_in place:nairobi"},
	},
	{
		// the apposition hung on the noun before the name
		rule: "org-based",
		text: "He is the chairman of Corvin Resources, a Mombasa-based iron ore producer that funds the party.",
		want: []string{"org:corvin-resources based_in place:mombasa"},
	},
	{
		// "based" follows the last name of a list
		rule:    "org-based",
		text:    "Kenya's space agency KSA and the Corvin Space Agency, based in Oslo, offered help.",
		want:    []string{"org:corvin-space-agency based_in place:oslo"},
		notWant: []string{"org:ksa based_in"},
	},
	{
		rule: "org-based",
		text: "The Corvin Agency said prices rose. Talks were held at the agency's headquarters in Nairobi.",
		want: []string{"org:corvin-agency based_in place:nairobi"},
	},
	{
		rule: "org-based",
		text: "The Transportation Department said fares rose. Airlines objected. Unions objected. Pilots objected. Travellers objected. Shippers objected. Ana Soler met officials at the department's headquarters in Nairobi.",
		want: []string{"org:transportation-department based_in place:nairobi"},
	},
	{
		// "the U.N. agency": a noun with a modifier, named the sentence before
		rule: "org-based",
		text: "Kenya and the Corvin Energy Agency agreed on a plan on Monday. It was announced after talks at the U.N. agency's headquarters in Nairobi.",
		want: []string{"org:corvin-energy-agency based_in place:nairobi"},
	},
	{
		rule: "org-part-apposition",
		text: "The Corvin Aviation Administration, an agency of the Transport Department, said delays rose.",
		want: []string{"org:corvin-aviation-administration part_of org:transport-department"},
	},
	{
		rule: "org-part-apposition",
		text: "The Corvin Commission, the Amber Union's executive arm, fined the company on Monday.",
		want: []string{"org:corvin-commission part_of org:amber-union"},
	},
	{
		// a bracket between the name and the apposition
		rule: "org-part-apposition",
		text: "The Corvin Centres for Disease Control (Corvin CDC), the Amber Union's health agency, said it had deployed a team.",
		want: []string{"org:corvin-centres-for-disease-control part_of org:amber-union"},
	},
	{
		// a bloc's unit is part of the bloc, a state body or not; a
		// country's broadcaster is not part of the state unless its
		// name or words make it a state body
		rule:    "org-part-apposition",
		text:    "Corvinpol, the European Union's police agency, said it had sent a team. Halden Radio, Kenya's news service, aired the speech.",
		want:    []string{"org:corvinpol part_of country:european-union"},
		notWant: []string{"org:halden-radio part_of"},
	},
	{
		// an affiliate is allied, not a part
		rule:    "org-part-apposition",
		text:    "The Corvin Front, an affiliate of the Amber Union, claimed the attack.",
		notWant: []string{"org:corvin-front part_of"},
	},
	{
		// a court of the state is part of it
		rule:    "org-place-name",
		text:    "On Thursday, Kenya's High Court ruled that the order was unlawful.",
		want:    []string{"org:kenyas-high-court part_of country:kenya"},
		notWant: []string{"org:kenyas-high-court based_in"},
	},
	{
		rule:    "org-place-name",
		text:    "The Electoral Commission of Kenya declared the result on Monday.",
		want:    []string{"org:electoral-commission-of-kenya part_of country:kenya"},
		notWant: []string{"org:electoral-commission-of-kenya based_in"},
	},
	{
		// a board or bureau of the state is a state body; a sports
		// board named after its country is not
		rule:    "org-place-name",
		text:    "The Road Safety Board of Kenya said deaths had fallen. The Statistics Bureau of Kenya published the figures. The Kenya Rugby Board named a new coach.",
		want:    []string{"org:road-safety-board-of-kenya part_of country:kenya", "org:statistics-bureau-of-kenya part_of country:kenya"},
		notWant: []string{"org:kenya-rugby-board part_of"},
	},
	{
		rule: "geo-facility",
		text: "The prisoners were exchanged at Nairobi's Esenboga airport on Wednesday.",
		want: []string{"place:esenboga-airport located_in place:nairobi"},
	},
	{
		// a bloc's building is its own, not in it
		rule:    "geo-facility",
		text:    "He spoke outside the EU's Justus Lipsius building on Monday.",
		notWant: []string{"place:justus-lipsius-building located_in"},
	},
	{
		// a person's name before the noun is the facility's
		rule: "geo-facility",
		text: "The plane landed at Nairobi's Jomo Kenyatta airport at dawn.",
		want: []string{"place:jomo-kenyatta-airport located_in place:nairobi"},
	},
	{
		// a street no rule read, before an "in" phrase naming a place
		rule: "geo-in",
		text: "She died at the scene on Mare Street in Mombasa in the early hours of Sunday.",
		want: []string{"place:mare-street located_in place:mombasa"},
	},
	{
		rule: "geo-in",
		text: "Floods hit the Amhara region of Ethiopia on Tuesday.",
		want: []string{"place:amhara-region located_in country:ethiopia"},
	},
	{
		// the apposition describes the name right before its comma
		rule:    "geo-apposition",
		text:    "Troops moved from Kisumu to Voi, the capital of the Nyanza region, on Monday.",
		notWant: []string{"place:kisumu located_in"},
	},
	{
		// a court "in" a city sits there; a council there met there
		rule:    "geo-in",
		text:    "The Corvin Court of Justice in Nairobi ruled on Monday. The Amber Trade Council in Mombasa voted on Tuesday.",
		want:    []string{"org:corvin-court-of-justice based_in place:nairobi"},
		notWant: []string{"org:amber-trade-council based_in"},
	},
	{
		// a court its kind word names sits in its city; a "<name> Court"
		// alone is a building or a venue, and a court "in" a city "for"
		// a meeting went there (courtName, courtSeatPhrase)
		rule: "geo-in",
		text: "The Supreme Court in Accra dismissed the petition on Monday. Flames spread through Hawthorn Court in Bristol on Sunday. " +
			"Lawyers met judges of the International Criminal Court in Arusha for a review meeting on Friday.",
		want:    []string{"org:supreme-court based_in place:accra"},
		notWant: []string{"org:hawthorn-court based_in", "based_in place:arusha"},
	},
	{
		// a building the recognizer took for a body lies where it stands
		rule:    "geo-in",
		text:    "The president spoke from the Corvin Buildings in Nairobi on Monday.",
		want:    []string{"org:corvin-buildings located_in place:nairobi"},
		notWant: []string{"org:corvin-buildings based_in"},
	},
	{
		// a port on a sea lies by it; an island lies in it
		rule:    "geo-apposition",
		text:    "The pipeline will run to the Amber Sea port of Tarrow.",
		notWant: []string{"place:tarrow located_in"},
	},
	{
		rule: "geo-apposition",
		text: "Boats reached the Amber Sea island of Tarrow on Monday.",
		want: []string{"place:tarrow located_in place:amber-sea"},
	},
	{
		// a city on a lake's shore lies by the lake, not in it
		rule:    "geo-apposition",
		text:    "Protests spread to Kisumu, a city on the shores of Lake Victoria.",
		notWant: []string{"place:kisumu located_in"},
	},
	{
		// the part named first, the city the gazetteer knows after "of"
		rule:    "geo-apposition",
		text:    "She was detained at her home in the Amberside area of Nairobi on Friday.",
		want:    []string{"place:amberside located_in place:nairobi"},
		notWant: []string{"place:nairobi located_in"},
	},
	{
		rule: "geo-apposition",
		text: "Fighting was reported near Kisumu, the capital of Nyanza state, on Monday.",
		want: []string{"place:kisumu located_in place:nyanza"},
	},
	{
		rule: "geo-in",
		text: "Gunmen attacked a village in Kisumu state in western Kenya on Sunday.",
		want: []string{"place:kisumu located_in country:kenya"},
	},
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
		// a town the gazetteer lacks, after a locative
		rule: "geo-city-state",
		text: "Ana Soler, a native of Tarrow Falls, Minn., said the plan was sound.",
		want: []string{"place:tarrow-falls located_in place:minnesota"},
	},
	{
		// the parser runs the state into the next sentence's name
		rule: "geo-city-state",
		text: "The boy vanished near his hometown of Tarrow, N.M. Ms. Lind disappeared five months later.",
		want: []string{"place:tarrow located_in place:new-mexico"},
	},
	{
		// the next town of a list of towns and states
		rule: "geo-city-state",
		text: "Lows ranged from 2 degrees at Amber Falls, Wyo., and Tarrow Springs, Colo., to 80 at Corvin, Texas.",
		want: []string{"place:tarrow-springs located_in place:colorado"},
	},
	{
		// a list of states, not a place and its state
		rule:    "geo-city-state",
		text:    "Rain fell over Ohio, Iowa and northern Texas on Monday.",
		notWant: []string{"place:ohio located_in", "place:iowa located_in"},
	},
	{
		rule:    "geo-in",
		text:    "The Corvin Hospital in Lake Tarrow, La., closed on Monday.",
		want:    []string{"org:corvin-hospital based_in place:lake-tarrow", "place:lake-tarrow located_in place:louisiana"},
		notWant: []string{"org:corvin-hospital based_in place:louisiana"},
	},
	{
		// a place lies in the nearest place its phrase gives it, not in
		// the state or country that places that one
		rule:    "geo-in",
		text:    "She died at the scene on Mare Street in Tarrow Falls, Minn., on Monday. Cattle were stolen near the village of Koro in Kenya's Nyanza province.",
		want:    []string{"place:mare-street located_in place:tarrow-falls", "place:tarrow-falls located_in place:minnesota", "place:koro located_in place:nyanza-province"},
		notWant: []string{"place:mare-street located_in place:minnesota", "place:koro located_in country:kenya"},
	},
	{
		// an "in" phrase naming a region by its kind and "of"
		rule: "geo-in",
		text: "The children were found in a home in Kisumu in the western province of Nyanza. The new plant lies near Garissa, in the northeastern region of Kenya.",
		want: []string{"place:kisumu located_in place:nyanza", "place:garissa located_in country:kenya"},
	},
	{
		// a council of no country "in" a city met there; a ministry sits
		// in its city
		rule:    "geo-in",
		text:    "A spokesman for the Interior Ministry in Nairobi welcomed the vote. On Monday, the Trade Council in Geneva voted to send observers.",
		want:    []string{"org:interior-ministry based_in place:nairobi"},
		notWant: []string{"org:trade-council based_in"},
	},
	{
		// a civil state body in a city sits there; a force serves there
		rule:    "geo-in",
		text:    "Staff at the Kenyan Embassy in Lima and officers of the Kenyan Army in Kisumu were evacuated.",
		want:    []string{"org:kenyan-embassy based_in place:lima"},
		notWant: []string{"org:kenyan-army based_in"},
	},
	{
		// an organization in a country works there; it is not based there
		rule:    "geo-in",
		text:    "The head of the Corvin Relief Mission in Kenya, Ana Soler, said 14 people were killed.",
		notWant: []string{"org:corvin-relief-mission based_in"},
	},
	{
		// an adjective before the name: "in the occupied Y"
		rule: "geo-in",
		text: "Buses arrived at the Corvin prison near Kisumu in the occupied Nyanza Province late in the evening.",
		want: []string{"place:kisumu located_in place:nyanza-province"},
	},
	{
		// a region the recognizer took for a person
		rule: "geo-in",
		text: "Troops crossed Amber Ridge District in Tarrow Province on Monday.",
		want: []string{"place:amber-ridge-district located_in place:tarrow-province"},
	},
	{
		// a name only the recognizer read as a place, before "in the
		// northern part of" a country
		rule: "geo-in",
		text: "Aid workers reached 2,000 people in Marsabit in the northern part of Kenya.",
		want: []string{"place:marsabit located_in country:kenya"},
	},
	{
		// a region no rule read
		rule: "geo-in",
		text: "The border runs between Nakhon Lam District in Loei Province and the river.",
		want: []string{"place:nakhon-lam-district located_in place:loei-province"},
	},
	{
		// the "in" phrase locates the nearer name, whatever the parser
		// attached it to
		rule:    "geo-in",
		text:    "Kisumu is in Nyanza Province and Mombasa in Coast Province.",
		want:    []string{"place:mombasa located_in place:coast-province"},
		notWant: []string{"place:nyanza-province located_in"},
	},
	{
		rule: "geo-possessive",
		text: "Kenya's Tana Valley flooded on Monday.",
		want: []string{"place:tana-valley located_in country:kenya"},
	},
	{
		// a town holds no county: the county of the town
		rule:    "geo-possessive",
		text:    "Likewise in Mombasa's Amber County, the teachers struck.",
		notWant: []string{"place:amber-county located_in place:mombasa"},
	},
	{
		// a title the recognizer took for an organization is based nowhere
		rule:    "geo-possessive",
		text:    "Kenya's Duchess of Lamu opened the school on Monday.",
		notWant: []string{"org:duchess-of-lamu based_in"},
	},
	{
		// a dateline says where the story was filed, not where the agency
		// is based
		rule:    "org-based",
		text:    "NAIROBI, Kenya (AP) - The Corvin Group said sales fell.",
		notWant: []string{"org:ap based_in", "org:corvin-group based_in"},
	},
	{
		rule: "org-based",
		text: "The Nairobi-based Corvin Group said sales fell.",
		want: []string{"org:corvin-group based_in place:nairobi"},
	},
	{
		// a name no other rule read, after "X-based"
		rule: "org-based",
		text: "The Nairobi-based Corvinbank said sales fell.",
		want: []string{"org:corvinbank based_in place:nairobi"},
	},
	{
		rule: "org-based",
		text: "The Corvin Group, headquartered in Nairobi, said sales fell.",
		want: []string{"org:corvin-group based_in place:nairobi"},
	},
	{
		rule: "org-based",
		text: "Corvin Group, a company based in Nairobi, said sales fell.",
		want: []string{"org:corvin-group based_in place:nairobi"},
	},
	{
		rule: "org-based",
		text: "Corvin Industries is headquartered in Nairobi.",
		want: []string{"org:corvin-industries based_in place:nairobi"},
	},
	{
		rule:    "org-based",
		text:    "Reporters gathered at Corvin Group headquarters in Rockville, Md., on Monday.",
		want:    []string{"org:corvin-group based_in place:rockville", "place:rockville located_in place:maryland"},
		notWant: []string{"org:corvin-group based_in place:maryland"},
	},
	{
		// based in a city, which lies in a country: not based in the country
		rule:    "org-based",
		text:    "The vaccine is made by Corvin Biologics, a drug maker based in Lamu, Kenya, which will donate doses.",
		want:    []string{"org:corvin-biologics based_in place:lamu", "place:lamu located_in country:kenya"},
		notWant: []string{"org:corvin-biologics based_in country:kenya"},
	},
	{
		// ", based in" after an acronym in brackets, hung on the clause's verb
		rule: "org-based",
		text: "The cable was laid by Amber Marine Command (AMC), based in Lamu, Kenya.",
		want: []string{"org:amber-marine-command based_in place:lamu"},
	},
	{
		// "City, Country-based": the city lies in the country, and the
		// organization is based in the city
		rule:    "geo-city-state",
		text:    "The deal was signed by the Kisumu, Kenya-based Corvin Group on Monday.",
		want:    []string{"place:kisumu located_in country:kenya", "org:corvin-group based_in place:kisumu"},
		notWant: []string{"org:corvin-group based_in country:kenya"},
	},
	{
		rule: "geo-city-state",
		text: "Regulators said the Kisumu, Kenya-based company had broken the rules for six years.",
		want: []string{"place:kisumu located_in country:kenya"},
	},
	{
		// listed on a city's exchange is not based there
		rule:    "org-apposition",
		text:    "The mine is operated by Corvin Copper, a Nairobi-listed company controlled by Halden Group.",
		notWant: []string{"org:corvin-copper based_in"},
	},
	{
		// a nationality is not a base
		rule:    "org-apposition",
		text:    "Corvin Group, a Japanese company, said sales fell.",
		notWant: []string{"org:corvin-group based_in"},
	},
	{
		rule:    "org-descriptor",
		text:    "Japanese automaker Corvin Motors said sales fell on Monday, and the company expects a weak year.",
		notWant: []string{"org:corvin-motors based_in"},
	},
	{
		rule: "org-descriptor",
		text: "Shares of Nairobi lender Corvin Bank fell on Monday.",
		want: []string{"org:corvin-bank based_in place:nairobi"},
	},
	{
		// the words say where it is based, a country too
		rule: "org-based",
		text: "Corvin Group, a company based in Japan, said sales fell.",
		want: []string{"org:corvin-group based_in country:japan"},
	},
	{
		// a place only in a name bases nothing
		rule:    "org-place-name",
		text:    "The Nairobi Superior Court ruled on Monday.",
		notWant: []string{"org:nairobi-superior-court based_in"},
	},
	{
		rule:    "org-place-name",
		text:    "Ana Soler, a historian at the University of Mombasa, said the plan was sound.",
		notWant: []string{"org:university-of-mombasa based_in"},
	},
	{
		rule:    "org-place-name",
		text:    "The Mombasa Opera opened its season on Monday.",
		notWant: []string{"org:mombasa-opera based_in"},
	},
	{
		rule: "org-place-name",
		text: "The loan came from Corvin Marine Inc. of Mombasa, the bank said.",
		want: []string{"org:corvin-marine-inc based_in place:mombasa"},
	},
	{
		rule:    "org-place-name",
		text:    "The Federation of Kenya met on Monday.",
		notWant: []string{"org:federation-of-kenya based_in"},
	},
	{
		rule: "geo-apposition",
		text: "Nairobi, Kenya's capital, was quiet on Monday.",
		want: []string{"place:nairobi capital_of country:kenya"},
	},
	{
		// a capital the gazetteer does not know as one still lies there
		rule:    "geo-apposition",
		text:    "Kenya's capital, Mombasa, was quiet on Monday.",
		want:    []string{"place:mombasa located_in country:kenya"},
		notWant: []string{"place:mombasa capital_of"},
	},
	{
		rule: "geo-apposition",
		text: "Lamu, a small town in Kenya, was quiet on Monday.",
		want: []string{"place:lamu located_in country:kenya"},
	},
	{
		rule: "geo-apposition",
		text: "Crowds gathered at Amber Square, the largest square in Mombasa.",
		want: []string{"place:amber-square located_in place:mombasa"},
	},
	{
		rule: "geo-apposition",
		text: "Kadikoy, a district of Istanbul, was quiet on Monday.",
		want: []string{"place:kadikoy located_in place:istanbul"},
	},
	{
		rule: "geo-apposition",
		text: "Mira Benz lives in Ostend, a fishing hamlet in Kenya.",
		want: []string{"place:ostend located_in country:kenya"},
	},
	{
		// an apposition the parser did not see, read by position
		rule: "geo-apposition",
		text: "The talks in Kisumu, third largest city in Kenya, were delayed.",
		want: []string{"place:kisumu located_in country:kenya"},
	},
	{
		rule: "geo-apposition",
		text: "Kenya's coastal province of Lamu flooded on Monday.",
		want: []string{"place:lamu located_in country:kenya"},
	},
	{
		rule: "geo-apposition",
		text: "The boat reached Lamu Island, a remote atoll in Kenya's Amber Islands, on Monday.",
		want: []string{"place:lamu-island located_in place:amber-islands"},
	},
	{
		// "in Y's Z": the place lies in Z, which lies in Y
		rule: "geo-in",
		text: "Clashes broke out in Lamu in Kenya's Coast Province on Monday.",
		want: []string{"place:lamu located_in place:coast-province"},
	},
	{
		// the part named first, the city the gazetteer knows after "of"
		rule:    "geo-apposition",
		text:    "Shelling hit the Likoni neighbourhood of Mombasa overnight.",
		want:    []string{"place:likoni located_in place:mombasa"},
		notWant: []string{"place:mombasa located_in"},
	},
	{
		rule: "geo-apposition",
		text: "Police dispersed crowds in the Mombasa township of Likoni on Monday.",
		want: []string{"place:likoni located_in place:mombasa"},
	},
	{
		rule: "geo-apposition",
		text: "Kisumu, a port city on the Amber coast of Kenya, was quiet.",
		want: []string{"place:kisumu located_in country:kenya"},
	},
	{
		// near the border is not in the neighbour
		rule:    "geo-apposition",
		text:    "Lamu, a town on the border with Somalia, was quiet.",
		notWant: []string{"place:lamu located_in"},
	},
	{
		rule: "geo-apposition",
		text: "Lamu is a small town in Kenya.",
		want: []string{"place:lamu located_in country:kenya"},
	},
	{
		// an apposition the parser may split, read by its words: a
		// possessor, hyphenated words and the noun of a body before
		// "based in"
		rule: "org-based",
		text: "Border patrols will be watched by Corvin Watch, the EU's rule-of-law mission based in Mombasa, officials said.",
		want: []string{"org:corvin-watch based_in place:mombasa", "org:corvin-watch part_of country:european-union"},
	},
	{
		// the apposition closed by its comma before "based in"
		rule:    "org-based",
		text:    "The Corvin Council, the region's main relief body, based in Mombasa, will discuss the fund.",
		want:    []string{"org:corvin-council based_in place:mombasa"},
		notWant: []string{"org:corvin-council part_of"},
	},
	{
		// "the bloc's": the bloc the story named
		rule: "org-part-apposition",
		text: "The European Union hosted the talks. The ministers met at the offices of the Corvin Defence Agency, the bloc's procurement body, before the deal was announced.",
		want: []string{"org:corvin-defence-agency part_of country:european-union"},
	},
	{
		// a possessor that owns no body: a person's noun ends the
		// apposition
		rule:    "org-part-apposition",
		text:    "The Corvin Group, the EU's largest supplier, said on Monday that sales fell.",
		notWant: []string{"org:corvin-group part_of"},
	},
	{
		// a district the gazetteer does not know, a comma and a city it
		// knows, closing the phrase
		rule: "geo-city-state",
		text: "Ochieng spoke to reporters outside the party's office in Nyali, Mombasa, on Monday.",
		want: []string{"place:nyali located_in place:mombasa"},
	},
	{
		// a list of towns, and a town of its own in another country
		rule:    "geo-city-state",
		text:    "Police were deployed in Nyali, Mombasa and Kisumu on Monday. Flights resumed in Gondar, Kisumu on Tuesday.",
		notWant: []string{"place:nyali located_in", "place:gondar located_in"},
	},
	{
		// "in the north of the country": the direction's "of" phrase
		rule: "geo-apposition",
		text: "Kenya held elections on Monday. Counting stopped in Ahero, a town in the north of the country, officials said.",
		want: []string{"place:ahero located_in country:kenya"},
	},
	{
		// "the province": the one region the nearest sentence naming one
		// names
		rule: "geo-apposition",
		text: "Voting in the Nyanza provincial election was calm on Monday. Counting stopped in Ahero, a town in the north of the province, officials said.",
		want: []string{"place:ahero located_in place:nyanza"},
	},
	{
		// two provinces named before (the dateline's and another): the
		// nearest need not be the one meant; the sentence's own is
		rule:    "geo-apposition",
		text:    "KISUMU, Nyanza (Reuters) - Voting was calm on Monday.\n\nObservers from Rift Valley were sent to watch. Counting stopped in Ahero, a town in the north of the province, officials said.",
		notWant: []string{"place:ahero located_in place:rift-valley"},
	},
	{
		rule: "geo-apposition",
		text: "KISUMU, Nyanza (Reuters) - Voting was calm on Monday.\n\nIn Rift Valley, counting stopped in Ahero, a town in the north of the province, officials said.",
		want: []string{"place:ahero located_in place:rift-valley"},
	},
	{
		rule:    "geo-apposition",
		text:    "Voting in the Nyanza provincial election was calm on Monday. Counting stopped in Ahero, a town in the north of the neighbouring province, officials said.",
		notWant: []string{"place:ahero located_in place:nyanza"},
	},
	{
		// a school's senate is its council, not the country's chamber
		rule:    "org-place-name",
		text:    "The Senate of the University of Kenya voted on Tuesday to freeze tuition fees.",
		notWant: []string{"org:senate-of-the-university-of-kenya part_of", "org:senate-of-university-of-kenya part_of"},
	},
	{
		// a state word in the name, but the text calls the body one of
		// trades
		rule:    "org-place-name",
		text:    "The Insurance Bureau of Kenya, an industry group based in Mombasa, said claims would rise.",
		want:    []string{"org:insurance-bureau-of-kenya based_in place:mombasa"},
		notWant: []string{"org:insurance-bureau-of-kenya part_of"},
	},
	{
		rule: "org-place-name",
		text: "The Revenue Bureau of Kenya, a government agency, said receipts would rise.",
		want: []string{"org:revenue-bureau-of-kenya part_of country:kenya"},
	},
	{
		// a title before the name the parser hung on the apposition makes
		// a person, no place of the possessor's
		rule:    "geo-apposition",
		text:    "In Kisumu, Kenya's third city, Mayor Achieng Otieno said schools would stay shut.",
		notWant: []string{"achieng-otieno located_in"},
	},
	{
		// placeNamed: a title word in a name the apposition after it calls
		// a town is part of the place's name
		rule:    "geo-apposition",
		text:    "Floods cut off General Mosquera, a river town in Antioquia, on Sunday.",
		want:    []string{"place:general-mosquera located_in place:antioquia"},
		notWant: []string{"person:mosquera"},
	},
	{
		// a demonym between the direction and the kind of region
		rule: "geo-in",
		text: "Achieng Otieno came from Kisumu, in the western Kenyan region of Nyanza.",
		want: []string{"place:kisumu located_in place:nyanza"},
	},
	{
		// inAfter: a region's name that possesses another noun is not
		// where the town lies
		rule:    "geo-in",
		text:    "Achieng Otieno came from Kisumu, in the western Kenyan region of Nyanza's neighbour.",
		notWant: []string{"place:kisumu located_in place:nyanza"},
	},
	{
		// "the region of X" names the region the apposition's "in" gives
		rule: "geo-apposition",
		text: "The boat was seized near Kisumu, a port town in the semi-autonomous region of Nyanza.",
		want: []string{"place:kisumu located_in place:nyanza"},
	},
	{
		// a region the gazetteer knows by an alias with its kind in it
		rule: "geo-city-state",
		text: "The minister told a business forum in Mombasa, Coast Region, on Tuesday that the port would grow.",
		want: []string{"place:mombasa located_in place:coast-region"},
	},
	{
		// a body's name on the noun of the phrase the name is the
		// apposition of
		rule: "org-part-apposition",
		text: "The U.N. peacekeeping mission in Sudan, UNMIKA, said its peacekeepers had helped evacuate the wounded.",
		want: []string{"org:unmika part_of org:un"},
	},
	{
		// a bloc's possessive on the noun the name follows
		rule: "org-part-apposition",
		text: "Shipping was halted, according to the European Union's naval force in the area, Operation Sandpiper.",
		want: []string{"org:operation-sandpiper part_of country:european-union"},
	},
	{
		// "based in" on an apposition whose noun names a unit of a body
		rule: "org-based",
		text: "The rules are set by the International Fisheries Authority, the United Nations body based in Nairobi, which has yet to adopt a code.",
		want: []string{"org:international-fisheries-authority based_in place:nairobi", "org:international-fisheries-authority part_of org:united-nations"},
	},
	{
		// the same apposition hung on the noun before the name
		rule: "org-based",
		text: "The ban covers only Kenya's own waters, outside the reach of the International Fisheries Authority, the United Nations body based in Nairobi, which has yet to adopt a code.",
		want: []string{"org:international-fisheries-authority based_in place:nairobi", "org:international-fisheries-authority part_of org:united-nations"},
	},
	{
		// the last item of a list of "in" phrases, with its own "in"
		// phrase after a comma
		rule: "geo-in",
		text: "The floods killed 12 people, most of them in the port city Mombasa and in Voi district, in the Coast Region.",
		want: []string{"place:voi-district located_in place:coast"},
	},
	{
		// the place the apposition follows, where the parser made the
		// titled person after it the apposition
		rule:    "geo-apposition",
		text:    "In Kisumu, Nyanza's largest city, Mayor Achieng Otieno said schools would stay shut.",
		want:    []string{"place:kisumu located_in place:nyanza"},
		notWant: []string{"achieng-otieno located_in"},
	},
	{
		// "based in" hung on the noun before the name and its acronym
		rule: "org-based",
		text: "A 2024 survey by the Kenya Institute of Marine Science (KIMS), based in Mombasa, found signs of gas in the area.",
		want: []string{"org:kenya-institute-of-marine-science based_in place:mombasa"},
	},
	{
		// "-based" makes a place of a name the gazetteer finds ambiguous
		rule: "org-based",
		text: "Exporters will use the route, said the head of the Ruiru-based Northern Chamber of Commerce.",
		want: []string{"org:northern-chamber-of-commerce based_in place:ruiru"},
	},
	{
		// "the country" after a sentence naming two: the one the
		// gazetteer has the place in
		rule: "geo-apposition",
		text: "Kenyan and Ethiopian officials met in Addis Ababa on Monday. Supporters gathered in Kisumu, the country's third city, and in Gondar, police said.",
		want: []string{"place:kisumu located_in country:kenya"},
	},
	{
		// a name in the "at" phrase of a gathering, ending in a
		// building's word, with a town's "in" phrase: a venue there
		rule:    "geo-venue-at",
		text:    "Negotiators for the two unions will meet at Harwell Court in Nairobi on Thursday.",
		want:    []string{"place:harwell-court located_in place:nairobi"},
		notWant: []string{"org:harwell-court"},
	},
	{
		// the verb's object is the gathering; a building noun after the
		// name
		rule: "geo-venue-at",
		text: "The prime minister hosted the border talks at the Villa Marenga residence in Addis Ababa last month.",
		want: []string{"place:villa-marenga located_in place:addis-ababa"},
	},
	{
		rule: "geo-venue-at",
		text: "The finance minister told a news conference at the Kestrel Office in Nairobi that the levy would stay.",
		want: []string{"place:kestrel-office located_in place:nairobi"},
	},
	{
		// no building's word in the name, a body's word other than a
		// building's, a court of law, or a body named again: no venue
		rule:    "geo-venue-at",
		text:    "The two delegations met at Halvorsen Capital in Oslo last week. Talks at the Lindqvist Foundation in Oslo followed. The ruling was read out at the Supreme Court in Nairobi. The envoys met at the Amberly Centre in Nairobi. The Amberly Centre said the talks had gone well.",
		notWant: []string{"place:halvorsen-capital", "place:lindqvist-foundation", "place:supreme-court", "place:amberly-centre"},
	},
	{
		// an office-holder's office is a body, not a venue
		rule:    "geo-venue-at",
		text:    "The two leaders met at the Prime Minister's Office in Nairobi on Tuesday.",
		notWant: []string{"located_in place:nairobi"},
	},
	{
		// an "at" phrase of no gathering: a body someone works at
		rule:    "geo-venue-at",
		text:    "\"The deal is fragile,\" said Mara Voss, an analyst at the Corran Office in Nairobi.",
		notWant: []string{"place:corran-office"},
	},
}

// TestCapitalRegion checks the region "X, the provincial capital" places
// X in: the region a seat is named after, when the gazetteer has one;
// else the one region the sentence and the one before name, or the
// article when neither does, and never a region someone left.
func TestCapitalRegion(t *testing.T) {
	g := newFakeGaz()
	region := func(name string, keys ...string) {
		for _, k := range keys {
			g.places[k] = append(g.places[k], gazetteer.Entry{Name: name, Type: domain.Place, Country: "Kenya", Region: true})
		}
	}
	region("Marwa", "Marwa", "Marwa province", "Marwa Province")
	region("Sotik", "Sotik", "Sotik province", "Sotik Province")
	region("Lorin Province", "Lorin province", "Lorin Province")
	g.places["Halden"] = []gazetteer.Entry{{Name: "Halden", Type: domain.Place, Country: "Kenya", Population: 90_000}}
	g.places["Lorin"] = []gazetteer.Entry{{Name: "Lorin", Type: domain.Place, Country: "Kenya", Population: 200_000}}
	for _, c := range []struct{ text, want, notWant string }{
		{"Herding families left Marwa province for the hills in October. In Halden, the provincial capital, wells ran dry.", "", "place:halden located_in"},
		{"Officials in Marwa counted crop losses on Monday. Aid reached Halden, the provincial capital, after heavy rain in Sotik.", "", "place:halden located_in"},
		{"Drones struck a depot in Marwa province on Friday. In Lorin, the provincial capital, schools stayed closed.", "", "place:lorin located_in"},
		{"Shelling hit villages in Lorin province overnight. In Lorin, the provincial capital, power was cut.", "place:lorin located_in place:lorin-province", ""},
		{"Bushfires forced 4,000 people out of their homes in Marwa on Monday. The governor called in the army. Crews gathered in Halden, the provincial capital, on Tuesday.", "place:halden located_in place:marwa", ""},
	} {
		var want, notWant []string
		if c.want != "" {
			want = []string{c.want}
		}
		if c.notWant != "" {
			notWant = []string{c.notWant}
		}
		checkFactsWith(t, g, c.text, want, notWant, func(fact, nw string) bool { return strings.HasPrefix(fact, nw) })
	}
}
