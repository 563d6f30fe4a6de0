package extract

import (
	"github.com/actorgraph/actorgraph/domain"
)

// The lexicons below are of generic English words only: titles, role words,
// cues for organizations and places, verbs of saying. Names of actors and
// places never belong here; they come from the gazetteer or from the text.
// All keys are lower-case.

// titleHeads are the nouns that name a role, with the role they give. In a
// title the right-most head decides ("chief negotiator" is an envoy).
var titleHeads = map[string]domain.Predicate{
	"president":  domain.PresidentOf,
	"premier":    domain.PrimeMinisterOf,
	"chancellor": domain.PrimeMinisterOf,
	"minister":   domain.MinisterOf,
	"secretary":  domain.MinisterOf,

	"spokesman":      domain.SpokespersonFor,
	"spokeswoman":    domain.SpokespersonFor,
	"spokesperson":   domain.SpokespersonFor,
	"spokespeople":   domain.SpokespersonFor,
	"spokesmen":      domain.SpokespersonFor,
	"mouthpiece":     domain.SpokespersonFor,
	"envoy":          domain.EnvoyOf,
	"emissary":       domain.EnvoyOf,
	"representative": domain.EnvoyOf,
	"negotiator":     domain.EnvoyOf,
	"mediator":       domain.EnvoyOf,
	"ambassador":     domain.EnvoyOf,
	// "high commissioner": the ambassador of one Commonwealth country in
	// another (titleRole reads the two words)
	"high-commissioner": domain.EnvoyOf,
	// "chargé d'affaires": the country's representative while it has no
	// ambassador there.
	"d'affaires": domain.EnvoyOf,
	"d’affaires": domain.EnvoyOf,
	// (the lemmatizer may read "d'affaires" as a plural: "d'affaire")
	"d'affaire": domain.EnvoyOf,
	"d’affaire": domain.EnvoyOf,

	"secretary-general":  domain.HeadOf,
	"commander-in-chief": domain.HeadOf,
	"vice-president":     domain.VicePresidentOf,
	"vice-chairman":      domain.MemberOf,
	"director-general":   domain.HeadOf,
	"inspector":          domain.HeadOf, // only as "inspector general"
	"director":           domain.HeadOf,
	"chief":              domain.HeadOf,
	"head":               domain.HeadOf,
	"governor":           domain.HeadOf,
	"gov.":               domain.HeadOf,
	"mayor":              domain.HeadOf,
	"regent":             domain.HeadOf, // an Indonesian regency's head: "Tarrow Regent X"
	"chairman":           domain.HeadOf,
	"chairwoman":         domain.HeadOf,
	"chairperson":        domain.HeadOf,
	"chair":              domain.HeadOf,
	"leader":             domain.HeadOf,
	"commander":          domain.HeadOf,
	"pope":               domain.HeadOf,
	"king":               domain.HeadOf,
	"queen":              domain.HeadOf,
	"emir":               domain.HeadOf,
	"sultan":             domain.HeadOf,
	"monarch":            domain.HeadOf,
	"ceo":                domain.HeadOf,
	"administrator":      domain.HeadOf, // "FAA Administrator X"; lower case, a member (rules.go)
	"patriarch":          domain.HeadOf,
	// a chamber's presiding officer ("House Speaker X", "the Speaker of
	// Parliament"), who heads only a legislature (speakerHeads)
	"speaker": domain.HeadOf,

	"lawmaker":        domain.MemberOf,
	"lawmakers":       domain.MemberOf,
	"legislator":      domain.MemberOf,
	"mp":              domain.MemberOf,
	"senator":         domain.MemberOf,
	"sen.":            domain.MemberOf,
	"rep.":            domain.MemberOf, // a member of a house of representatives
	"congressman":     domain.MemberOf,
	"congresswoman":   domain.MemberOf,
	"parliamentarian": domain.MemberOf,
	"delegate":        domain.MemberOf,
	"member":          domain.MemberOf,
	"official":        domain.MemberOf,
	"correspondent":   domain.MemberOf,
	// "Daily Courier writer X": a journalist of the outlet
	"writer":       domain.MemberOf,
	"reporter":     domain.MemberOf,
	"photographer": domain.MemberOf,
}

// monarchs may head a country itself; other heads only lead an
// organization or a place.
var monarchs = set("king", "queen", "emir", "sultan", "monarch")

// partyMemberNouns name one member of a party, not the party: "a Florida
// Republican", "the panel's top Democrat". (The plural names a party in
// some countries, "the Liberal Democrats", so only the singular is read.)
// The other lists of party words below grow from it.
var partyMemberNouns = set("democrat", "republican")

// usParties are the parties of the United States Congress: a member's
// noun, "Democratic" and "Independent".
var usParties = setWith(partyMemberNouns, "democratic", "independent")

// partyAdjectives name a party only as a qualifier: "Republican Sen. X".
var partyAdjectives = setWith(usParties, "conservative", "labour", "labor",
	"liberal", "socialist", "communist", "green")

// titleModifiers occur inside titles without naming a role themselves:
// "Foreign Minister", "special envoy", "Secretary of State".
var titleModifiers = set(
	"vice", "deputy", "prime", "first", "special", "senior", "acting", "top",
	"press", "presidential", "foreign", "defense", "defence", "finance",
	"interior", "justice", "health", "economy", "economic", "energy", "trade",
	"agriculture", "education", "culture", "home", "state", "general",
	"affairs", "security", "national", "assistant", "under", "junior", "lead",
	"military", "intelligence", "regional", "city", "administration",
	"executive", "attorney", "international", "emergency", "emergencies",
	"environment", "transport", "labor", "labour", "information",
	"humanitarian", "supreme", "crown", "cabinet", "district",
	"provincial", "oblast", "mideast", "commerce", "treasury", "transportation",
	"housing", "veterans",
	"development", "digital", "veterans", "industry",
	"reintegration", "territories", "infrastructure", "communications",
	"strategic", "industries", "science", "technology", "sports", "youth",
	"social", "policy", "family", "women", "relations",
	// "chargé d'affaires", "Air Marshal", "Rear Admiral", "Field Marshal"
	"chargé", "charge", "air", "rear", "field", "high",
	// "Permanent Secretary", "Principal Secretary"
	"permanent", "principal",
	// "the current bloc chairman"
	"current",
	// "Chief Election Commissioner X"
	"election", "electoral",
	// "Federal Minister for Water Resources X"
	"federal",
	// a floor leader's caucus: "Senate Majority Leader X", "House
	// Minority Whip Y" (no body of its own; see caucusWords, rules_role.go)
	"majority", "minority",
)

// pastMarkers before a title mean the role is not held now: no longer
// ("former minister") or not yet ("the next president", "would-be").
var pastMarkers = set("former", "ex", "late", "then", "erstwhile", "onetime", "one-time", "retired",
	"next", "future", "would-be", "ousted", "deposed", "toppled", "overthrown")

// tenureWords say where in a term its holder stands: "Outgoing President
// X", "interim leader Y".
var tenureWords = set("outgoing", "incoming", "interim", "acting", "caretaker", "designate", "longtime", "veteran")

// titleWordOnly reports whether a capitalized word is one that only ever
// modifies a title ("Deputy leader X"), never a body's name alone.
func titleWordOnly(w string) bool {
	return in(tenureWords, w) || in(pastMarkers, w) || in(deputies, w)
}

// unitedStates is the canonical name of the country, as the gazetteer and
// the entities write it.
const unitedStates = "United States"

// deputies change the role a head gives: a deputy minister is still a
// minister of the country, a vice president is a vice president, a deputy
// head is a member.
var deputies = set("vice", "deputy")

// orgCues end (or sit inside) the name of an organization.
var orgCues = set(
	"ministry", "agency", "council", "service", "services", "forces", "force",
	"news", "administration", "party", "army", "navy", "committee",
	"commission", "office", "department", "bank", "institute", "university",
	"organization", "organisation", "union", "nations", "times", "post",
	"press", "journal", "telegraph", "network", "tv", "radio",
	"broadcasting", "corporation", "company", "group", "court", "parliament",
	"assembly", "congress", "senate", "guard", "guards", "police", "brigade",
	"battalion", "corps", "command", "staff", "fund", "foundation",
	"association", "federation", "alliance", "front", "movement",
	"coalition", "church", "authority", "directorate", "bureau",
	"secretariat", "cabinet", "government", "inc", "inc.", "ltd", "ltd.", "corp", "corp.", "co.", "plc", "llc",
	"airlines", "airways", "center", "centre", "centers", "centres", "watch", "international",
	"herald", "tribune", "gazette", "daily", "monitor", "observatory",
	"cross", "crescent", "programme", "program", "mission", "embassy",
	"consulate", "academy", "legislature", "brigades", "regiment",
	"division", "fleet", "media", "agence", "presse",
	"broadcaster", "channel", "magazine", "review", "wire", "operations",
	// institutions and companies
	"college", "school", "hospital", "society", "club", "league", "board", "band", "chamber",
	"trust", "laboratory", "laboratories", "labs", "museum", "firm", "industries",
	"holdings", "enterprises", "technologies", "systems", "motors",
	"railways", "railroad", "conference", "institution", "seminary", "confederation", "consortium", "forum", "patrol",
)

// governmentOrgCues are the organization cues of a state body: an
// organization named by a demonym or country and one of these is part_of
// that country ("Ethiopian Air Force", "Egypt's Foreign Ministry").
var governmentOrgCues = set(
	"ministry", "forces", "force", "army", "navy", "guard", "guards",
	"parliament", "government", "police", "council", "committee", "service",
	"services", "embassy", "command", "staff", "cabinet", "administration",
	"agency", "fleet", "corps", "legislature", "office", "directorate", "department",
	"commission", "assembly", "court", "board", "bureau",
)

// govPhrases are lower-case names of state bodies that follow a demonym:
// "the Ethiopian air force" is the organization "Ethiopian Air Force".
var govPhrases = [][]string{
	{"air", "force"}, {"navy"}, {"army"}, {"foreign", "ministry"},
	{"defense", "ministry"}, {"defence", "ministry"}, {"interior", "ministry"},
	{"foreign", "affairs", "ministry"}, {"general", "staff"},
	{"security", "service"}, {"border", "guard"}, {"border", "service"},
	{"national", "guard"}, {"coast", "guard"}, {"parliament"},
	{"central", "bank"}, {"armed", "forces"}, {"health", "ministry"},
	{"emergency", "service"}, {"emergencies", "ministry"},
}

// localAdminPhrases follow a place name to name its local government:
// "the Gondar regional administration".
var localAdminPhrases = [][]string{
	{"regional", "military", "administration"}, {"city", "military", "administration"},
	{"regional", "administration"}, {"city", "administration"},
	{"military", "administration"}, {"oblast", "administration"},
	{"district", "administration"}, {"city", "council"}, {"regional", "council"},
	{"regional", "government"}, {"provincial", "government"},
	{"municipal", "council"}, {"city", "hall"},
}

// regionWords follow a place name to make a region of it: "Tigray region",
// "Cauca department".
var regionWords = set("region", "oblast", "province", "district", "governorate", "county", "prefecture", "department")

// placeKinds name what a place is in "the Ethiopian city of Gondar".
var placeKinds = set("city", "town", "village", "port", "region", "province", "capital",
	"district", "settlement", "enclave", "island", "oblast", "state", "county", "governorate", "area")

// townKinds are the nouns that say a place is a town ("Milan is the
// richest city in Italy"), which has no capital of its own: the
// city, town, village and port of placeKinds, and "hub".
var townKinds = set("city", "town", "village", "port", "hub")

// placeSuffixes end the names of places that are not settlements:
// "Red Sea", "Gaza Strip".
var placeSuffixes = set(
	"sea", "ocean", "river", "gulf", "bay", "strait", "straits", "lake",
	"mountains", "mountain", "peninsula", "island", "islands", "valley",
	"desert", "square", "airport", "bridge", "canal", "coast", "strip",
	"heights", "plateau", "basin", "corridor", "province", "region", "oblast",
	"governorate", "county", "prefecture", "harbor", "harbour", "stadium",
	"hotel", "dam", "hills", "pass", "plant", "base", "airbase", "camp", "temple", "highway", "mine", "plaza", "territory", "reservoir",
	// a township, and buildings and works named as places: "Varnell
	// Township", "the Presidential Complex", "the Lakemoor State
	// Guesthouse", "the Tarvo Base Tunnel"
	"township", "complex", "guesthouse", "tunnel",
)

// oneWordLandforms are one-word names of rivers, deserts, mountain ranges
// and seas that English copy writes alone ("the Nile", "the Sahara",
// "the Gulf"): places the gazetteer, which holds settlements, regions
// and states, lacks. A name that is also a country's, a state's, a
// firm's, a party's, a team's or a person's ("Jordan", "Colorado",
// "Amazon", "Tisza", "Rockies", "Hudson") is left out. (They are names;
// the common nouns of landforms are geoHeads, entities.go, landformNouns,
// rules_geo.go, and featureNouns, resolve.go.)
var oneWordLandforms = set(
	"nile", "danube", "rhine", "indus", "tagus", "euphrates", "tigris", "zambezi", "limpopo",
	"ganges", "brahmaputra", "yangtze", "mekong", "volga", "dnieper", "dniester", "orinoco",
	"thames", "seine", "loire", "elbe", "oder", "vistula", "irrawaddy", "salween", "amur",
	"yenisei", "drina", "litani", "yarmouk", "okavango", "ubangi", "benue",
	"potomac", "essequibo", "yalu", "tumen",
	"sahara", "kalahari", "gobi", "negev", "atacama", "namib", "karakum", "kyzylkum", "taklamakan",
	"himalayas", "alps", "andes", "pyrenees", "carpathians", "urals", "appalachians", "karakoram",
	"gulf", "mediterranean", "adriatic", "aegean", "bosphorus", "dardanelles",
)

// departmentGovernments are the countries besides the United States
// whose national government is made of departments ("the Home Affairs
// Department" is South Africa's): departmentCountry.
var departmentGovernments = set("South Africa", "Philippines", "Ireland")

// mediaNouns precede the name of an outlet: "state news agency X",
// "independent news site X".
var mediaNouns = set("agency", "newspaper", "broadcaster", "channel", "outlet", "site",
	"website", "daily", "weekly", "magazine", "network", "portal", "tabloid", "radio",
	"television", "tv", "platform", "app", "service", "messenger", "podcast")

// platformVerbs are followed by "on" and the platform the words were
// published on: "said on X", "wrote on Telegram".
var platformVerbs = set("said", "says", "wrote", "writes", "posted", "posts", "post",
	"written", "published", "announced", "stated", "shared", "tweeted", "added",
	"statement", "message", "video", "comments", "remarks", "posting", "writing")

// speechVerbs introduce or close a direct quote.
var speechVerbs = set(
	"said", "says", "say", "told", "tells", "tell", "added", "adds", "adding",
	"wrote", "writes", "writing", "posted", "tweeted", "stated", "states",
	"declared", "warned", "warns", "noted", "notes", "insisted", "stressed",
	"explained", "asked", "replied", "responded", "continued", "argued",
	"claimed", "calling", "called", "saying", "telling", "quoted", "urged",
	"announced", "confirmed", "acknowledged", "admitted", "vowed", "promised",
	"pledged", "described", "describing", "hailed", "praised", "remarked",
	"recalled", "cautioned", "predicted", "suggested", "emphasized",
	"emphasised", "underlined", "reiterated", "countered", "conceded",
	"according", "insists", "warning", "noting", "stressing", "arguing",
	"declaring", "announcing", "asking", "posting", "urging", "expressed",
	// verbs whose object may be the quoted words: "accused X of “…”",
	// "welcomed it as “…”", "blamed “…”", "branded it “…”"
	"accused", "accuses", "accusing", "welcomed", "welcomes", "blamed", "blames", "blaming",
	"branded", "brands", "labelled", "labeled", "termed", "dubbed", "denounced", "condemned",
	"criticized", "criticised", "slammed", "decried", "dismissed",
)

// pronouns that may stand for the most recent person in an attribution.
var personPronouns = set("he", "she")

// functionWords are capitalized only because they start a sentence, a quote
// or a headline; they never start a name.
var functionWords = set(
	"the", "a", "an", "and", "or", "but", "nor", "so", "yet", "for", "of",
	"in", "on", "at", "by", "to", "from", "with", "without", "within", "into",
	"onto", "about", "above", "across", "after", "against", "along", "amid",
	"among", "around", "as", "before", "behind", "below", "beneath", "beside",
	"besides", "between", "beyond", "despite", "during", "except", "following",
	"inside", "instead", "like", "near", "off", "outside", "over", "since",
	"than", "through", "throughout", "till", "toward", "towards", "under",
	"underneath", "unlike", "until", "up", "upon", "via", "while", "whilst",
	"when", "whenever", "where", "wherever", "whether", "which", "who",
	"whom", "whose", "why", "what", "whatever", "how", "however", "if",
	"although", "though", "because", "once", "unless", "this", "that",
	"these", "those", "there", "here", "it", "its", "he", "she", "they", "we",
	"i", "you", "his", "her", "hers", "their", "theirs", "our", "ours",
	"my", "mine", "your", "yours", "him", "them", "us", "me", "some", "many",
	"most", "much", "more", "less", "few", "fewer", "all", "any", "each",
	"every", "no", "not", "none", "other", "another", "such", "both",
	"either", "neither", "one", "two", "three", "four", "five", "six",
	"seven", "eight", "nine", "ten", "first", "second", "third", "last",
	"next", "meanwhile", "still", "also", "even", "earlier", "later", "then",
	"now", "today", "tonight", "yesterday", "tomorrow", "again", "already",
	"asked", "speaking", "according", "separately", "elsewhere", "overall",
	"indeed", "thus", "therefore", "moreover", "furthermore", "nevertheless",
	"nonetheless", "accordingly", "additionally", "finally", "initially",
	"previously", "recently", "currently", "ultimately", "only", "just",
	"perhaps", "maybe", "yes", "please", "thanks", "thank", "sources", "officials",
	"image", "photo", "video", "read", "share", "listen", "click",
	"subscribe", "advertisement", "related", "contact", "log", "sign",
	"forgot", "sending", "updated", "published", "editing", "reporting",
	"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "will", "would",
	"could", "should", "can", "must", "might", "did", "does",
	"do", "is", "are", "was", "were", "be", "been", "has", "have", "had",
	"let", "let's", "we're", "i'm", "it's", "there's", "that's", "we've",
	"they're", "don't", "doesn't", "didn't", "isn't", "can't", "won't",
	"whoever", "whatever", "everyone", "everything", "nothing", "someone",
	"something", "anyone", "anything", "nobody", "somebody", "people",
	"other", "others", "almost", "nearly", "about", "around", "roughly",
	"local", "key",
	"live", "breaking", "exclusive", "analysis", "opinion",
	"injuries", "casualties", "talks", "ceasefire", "war", "peace", "deal",
)

// calendarWords are months and days of the week, never entities.
var calendarWords = set(
	"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "jan", "jan.", "feb",
	"feb.", "mar", "mar.", "apr", "apr.", "jun", "jun.", "jul", "jul.", "aug",
	"aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov", "nov.",
	"dec", "dec.", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thurs", "fri",
	"sat", "sun", "christmas", "easter", "ramadan", "eid",
)

// directions are capitalized region words that are not places of their own
// ("the West", "Eastern" time).
var directions = set("west", "east", "north", "south", "western", "eastern",
	"northern", "southern", "central", "mideast", "midwest", "northeast",
	"northwest", "southeast", "southwest", "global", "world", "international")

// groupAdjectives are capitalized adjectives of a region or a people, and
// the peoples they name, that name no country the gazetteer can tell
// ("Korean": which Korea?) and no body on their own: "the Baltic
// states", "the Nordic countries", "the European deadline", "the
// Europeans".
var groupAdjectives = set("baltic", "nordic", "scandinavian", "european", "african", "asian", "arab",
	"latin", "caribbean", "balkan", "slavic", "sahelian", "korean", "congolese", "western", "eastern",
	"europeans", "africans", "asians", "arabs", "scandinavians", "koreans", "westerners")

// notNameWords are capitalized words that do not occur in people's names;
// a span that contains one is not a person.
var notNameWords = set(
	"islamic", "jihad", "state", "states", "republic", "democratic",
	"revolutionary", "liberation", "front", "people's", "popular", "national",
	"united", "al", "middle", "east", "west", "north", "south", "northern",
	"southern", "eastern", "western", "central", "holy", "day", "war",
	"world", "cup", "games", "prize", "award", "act", "bill", "plan",
	"accord", "accords", "agreement", "treaty", "deal", "ceasefire",
	"summit", "conference", "forum", "operation", "covid", "covid-19",
	"online", "live", "news", "media", "social", "truth", "street",
	"avenue", "road", "hall", "house", "palace", "tower", "towers", "center",
	"centre", "global", "european", "american", "international", "federal",
	"royal", "grand", "great", "new", "old", "air", "defense", "defence",
	"foreign", "security", "strategic", "nuclear", "economic", "energy",
	"infrastructure", "black", "red", "white", "green", "blue", "gold",
	"golden", "image", "photo", "contact", "chat", "share", "this",
	"podcast", "show", "radio", "league", "club", "fc", "time", "times",
	"rights", "human", "watch", "today", "people's",
	// words of bodies' and offices' names: "Public Relations", "African
	// Affairs", "Peace and Development"
	"relations", "affairs", "public", "development", "studies", "research", "peace",
	"democracy", "freedom", "unity", "solidarity", "reconciliation", "resistance",
)

// audienceWords are the audiences a quote is told to, kept as a literal via.
var audienceWords = set("reporters", "journalists", "lawmakers", "parliament",
	"supporters", "students", "soldiers", "troops", "delegates", "media",
	"press", "television", "tv", "broadcaster", "crowd", "audience", "residents",
	"parliamentarians", "legislators", "diplomats", "correspondents")

// placePreps before a capital make it a location rather than a government:
// "talks in Doha", "the outskirts of X" (see placePartNouns).
var placePreps = set("in", "at", "near", "outside", "inside", "into", "over", "around",
	"across", "toward", "towards", "through", "throughout", "within", "beyond")

// placePartNouns before "of" make the capital that follows a location.
var placePartNouns = set("outskirts", "center", "centre", "suburbs", "suburb", "streets",
	"heart", "city", "capital", "residents", "mayor", "governor", "part", "parts",
	"districts", "district", "region", "area", "areas", "skies", "downtown", "edge",
	"outskirt", "airport", "port", "people", "population", "citizens", "towns")

// travelWords before "to" make the capital that follows a destination.
var travelWords = set("traveled", "travelled", "flew", "arrived", "returned", "visit",
	"visits", "visited", "trip", "came", "went", "headed", "moved", "travel",
	"travels", "traveling", "travelling", "journey", "fly", "flying", "route",
	"road", "way", "back")

// attackWords before "on" make the place that follows a target location.
var attackWords = set("strike", "strikes", "attack", "attacks", "assault", "bombing",
	"bombardment", "shelling", "raid", "raids", "barrage", "fire", "offensive",
	"airstrike", "airstrikes", "missiles", "drones", "rockets", "advance", "march",
	"assaults", "bombings", "rained", "dropped")

// attackVerbs with a capital as their object make it a target location.
var attackVerbs = set("hit", "hits", "struck", "strikes", "targeted", "targeting",
	"pounded", "batters", "battered", "shelled", "bombed", "attacked", "attacks",
	"bombards", "bombarded", "pounds", "shells", "striking", "hitting", "stormed", "raided")

// styleOpeners open a Malay style only before a styleSecond, "Toh" also
// before "Puan":
// "Tan Sri X", "Puan Sri X", "Toh Puan X" ("Tan" alone is a surname:
// "Prime Minister Tan Kok Leong"). styleSeconds go on a style and never
// open one: "Datuk Seri X", "Datuk Patinggi X", "Datuk Sri Datin Paduka
// X" ("Sri Lanka", "Seri Perdana" are names).
var (
	styleOpeners = set("tan", "puan", "toh")
	styleHeads   = set("datuk", "dato", "datin", "pehin", "dasho", "lyonpo")
	styleSeconds = set("seri", "sri", "paduka", "patinggi", "amar", "panglima")
)

// hajjStyles are the West African styles of one who has made the hajj
// ("Alhaji X", "Alhaja Y", "Hajia Z"): honorifics, but, as a Malay
// style is, words of the names of the places named for their bearers
// ("the Alhaji Sule Stadium").
var hajjStyles = set("alhaji", "alhaja", "hajia")

// placeStyle reports whether w is a style that the name of a place or
// a body named for its bearer may keep (styleNamesPlace).
func placeStyle(w string) bool { return in(styleHeads, w) || in(hajjStyles, w) }

// styleEnd returns the end of the honorific style of several words at
// token k of the run that ends at j — a Malay or Bhutanese style
// ("Datuk", "Tan Sri", "Datuk Seri Panglima"), any styleSeconds and
// other styles after it and a "Dr." — when a person's name, a
// capitalized word that is no title, follows it in the run; k when none.
func styleEnd(toks []token, k, j int) int {
	w := toks[k].lower
	e := k + 1
	switch {
	case styleOpenerAt(toks, k, j):
		e++
	case in(styleHeads, w):
	default:
		return k
	}
	for e < j && toks[e].kind == tWord && (in(styleSeconds, toks[e].lower) || in(styleHeads, toks[e].lower) || styleOpenerAt(toks, e, j)) {
		e++
	}
	if e < j && (toks[e].lower == "dr." || toks[e].lower == "dr") {
		e++
	}
	if e == j && j+1 < len(toks) && (toks[j].lower == "dr." || toks[j].lower == "dr") && isCapWord(&toks[j+1]) {
		return e // "Tan Sri Dr. X": the run ends before the "Dr." that opens the name's
	}
	if e >= j || toks[e].kind != tWord || !isCapWord(&toks[e]) || isTitleWord(toks[e].lower) || in(styleSeconds, toks[e].lower) {
		return k
	}
	if styleNamesPlace(toks, e, j) {
		return k
	}
	return e
}

// styleNamesPlace reports whether the run toks[e:j] after a style names a
// place or a body named for a person, not the person: a word of it is a
// head of a place's, a building's or a body's name ("the Datuk Keramat
// Mosque", "the Datuk Seri Lim Foundation", "the Pehin Datu Bridge"), or
// a lower-case noun of a place or a title follows it ("the Dato Seri
// Setia school", "Datuk Keramat residents", "Datuk Keramat assemblyman").
func styleNamesPlace(toks []token, e, j int) bool {
	for m := e; m < j; m++ {
		if w := toks[m].lower; in(orgCues, w) || in(facilityKinds, w) || in(placeSuffixes, w) || in(geoHeads, w) || in(notNameWords, w) || in(styleTrailers, w) {
			return true
		}
	}
	if j < len(toks) && toks[j].kind == tWord && !isCapWord(&toks[j]) {
		w := toks[j].lower
		return isTitleWord(w) || in(orgCues, w) || in(facilityKinds, w) || in(placeSuffixes, w) || in(styleTrailers, w)
	}
	return false
}

// styleTrailers are the heads of a place's name and the lower-case nouns
// of its people that no one's name holds: "Dato Keramat Road", "Datuk
// Keramat residents".
var styleTrailers = set("road", "street", "jalan", "park", "station", "jetty", "market", "hall", "mosque", "bridge",
	"residents", "voters", "villagers", "constituency", "seat", "ward", "estate", "village", "town", "district")

// styleOpenerAt reports whether token k opens a style of two words
// ("Tan Sri", "Puan Sri", "Toh Puan"), not a surname ("Datuk Tan Kok Leong").
func styleOpenerAt(toks []token, k, j int) bool {
	return in(styleOpeners, toks[k].lower) && k+1 < j && (in(styleSeconds, toks[k+1].lower) || toks[k].lower == "toh" && toks[k+1].lower == "puan")
}

// connectors may join capitalized words into one name: "Ministry of
// Defense", "Institute for the Study of War", "Osama bin Laden".
var connectors = set("of", "for", "de", "da", "van", "von", "bin", "ibn", "der", "den", "du", "del", "la", "le", "al", "el", "&")

// honorifics precede names without giving a role: "Crown Prince X",
// "Gen. X", "Sheikh X"; and the West African styles of one who has made
// the hajj (hajjStyles).
var honorifics = setWith(hajjStyles, "prince", "princess", "sheikh", "sheik", "general", "gen.", "colonel",
	"col.", "lt.", "lieutenant", "sgt.", "sergeant", "captain", "capt.", "admiral", "adm.",
	"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "ayatollah", "rabbi", "cardinal",
	"archbishop", "bishop", "sir", "dame", "lord", "maj.", "brig.", "marshal", "imam", "cleric",
	// military ranks, with and without the abbreviation's period
	"commodore", "brigadier", "major", "corporal", "private", "pvt.", "pte.", "cmdr.", "cdr.", "rev.", "lt", "gen", "col",
	"maj", "brig", "capt", "sgt", "cmdr", "lieutenant-general", "major-general", "lt.-gen.",
	"maj.-gen.", "brig.-gen.", "vice-admiral", "rear-admiral", "sheikha", "metropolitan", "mufti",
	// South Asian army ranks below an officer's: "Sepoy X", "Havildar Y"
	"sepoy", "havildar", "subedar",
	// police ranks, a gendarmerie's other ranks and a judge's style:
	// "Detective Chief Superintendent X", "Patrolman X", "Adjutant Y",
	// "Justice X"
	"detective", "superintendent", "inspector", "constable", "adjutant", "patrolman", "patrolwoman", "justice",
	// roles the ontology does not name: kept out of names, no edge
	"adviser", "advisor", "aide", "counselor", "judge", "prosecutor",
	"president-elect", "commissioner", "ombudsman", "auditor", "councillor", "councilor", "alderman",
	// a priest's or a pastor's style: "Father X", "the Rev. X",
	// "Monsignor X"
	"father", "reverend", "rev", "pastor", "monsignor", "msgr.",
	// a treasurer's title, a minister's in some governments and a party's
	// or a union's officer elsewhere: kept out of the name ("Treasurer
	// X said"), no edge
	"treasurer",
	// an academic's and a police officer's style: "Professor X", "Patrol Officer X"
	"professor", "prof.", "officer", "trooper",
	// a state or city legislator's style, the chamber unnamed:
	// "Assemblymember X", "Councilwoman Y"
	"assemblymember", "assemblyman", "assemblywoman", "councilmember", "councilman", "councilwoman",
	// a profession used as a style ("Engineer X", "Engr. X", "Barrister
	// X") and a chair of talks ("Moderator X")
	"engineer", "engr.", "eng.", "barrister", "advocate", "moderator",
	// a police rank and a legislator's style abbreviated: "Supt. X",
	// "Insp. X", "Hon. X"
	"supt.", "insp.", "hon.",
	// Malay, Bruneian and Bhutanese styles that stand alone: "Datuk X",
	// "Datin X", "Pehin X", "Dasho X", "Lyonpo X" (the words that only
	// follow one are styleSeconds)
	"datuk", "dato", "datin", "pehin", "dasho", "lyonpo",
	// a title of two or more: "Presidents X of A and Y of B"
	"presidents", "premiers", "ministers", "senators", "sens.", "reps.", "governors", "mayors")

// eventNouns after a capital make it the place of an event: "a Nairobi
// summit", "the Doha talks".
var eventNouns = set("summit", "talks", "meeting", "meetings", "conference", "negotiations",
	"visit", "attack", "attacks", "strike", "strikes", "bombing", "rally", "protest",
	"protests", "forum", "process", "format", "airport", "office", "embassy", "residents",
	"region", "streets", "subway", "metro", "marathon", "stock", "exchange", "court")
