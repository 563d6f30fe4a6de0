package extract

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/domain"
)

// structureRule states facts from the dependency structure of a sentence.
// Each rule has a name (shown by Explain), an invented example of what it
// reads, and a test of its own in rules_test.go.
type structureRule struct {
	name    string
	example string
	find    func(x *extractor, ps *psent)
}

// structureRules are run in this order over every parsed sentence.
var structureRules = []structureRule{
	{name: "role-apposition", example: "Mara Lind, a professor at Halden University, said …", find: roleApposition},
	{name: "role-copula", example: "Ivo Brandt is the foreign minister of Norland.", find: roleCopula},
	{name: "role-rank", example: "said Coast Guard Lt. Steve Hardy.", find: roleRank},
	{name: "role-report", example: "Ana Soler covers the courts for the Halden Courier.", find: roleReport},
	{name: "role-possessive", example: "Ivo Brandt's Sentinel Party won the vote.", find: rolePossessive},
	{name: "role-led-by", example: "The Amber Foundation, headed by Ivo Brandt, said …", find: roleLedBy},
	{name: "role-post", example: "Ivo Brandt holds the post of deputy head of the Halden Broadcasting Service.", find: rolePost},
	{name: "role-as", example: "Ivo Brandt was named chairman of the Corvin Group. / Ana Soler works as an engineer at Halden Bank.", find: roleAs},
	{name: "role-represents", example: "Ana Soler, a Democrat who represents Halden in Congress, said …", find: roleRepresents},
	{name: "role-premodifier", example: "Halden Bank spokesman Tomas Reyes said …", find: rolePremodifier},
	{name: "role-counterpart", example: "Ana Soler met her Norwegian counterpart, Ivo Brandt, …", find: roleCounterpart},
	{name: "role-of", example: "said Ana Soler of the Corvin Institute.", find: roleOf},
	{name: "role-whose", example: "The Corvin Group, whose chief executive, Ana Soler, said …", find: roleWhose},
	{name: "role-whose-party", example: "Opposition leader Ana Soler, whose Corvin party leads the polls, said …", find: roleWhoseParty},
	{name: "role-verb", example: "Ana Soler teaches at Halden University. / Ana Soler, who heads the Corvin Institute, said …", find: roleVerb},
	{name: "role-appointed", example: "President Ana Soler of Norland named Ivo Brandt as foreign minister.", find: roleAppointed},
	{name: "geo-city-state", example: "The plant in Lake Tarrow, La., closed.", find: geoCityState},
	{name: "geo-venue-at", example: "The two sides met at Varrow Court in Tarrow.", find: geoVenueAt},
	{name: "geo-in", example: "Fort Amber in Norland was shelled.", find: geoIn},
	{name: "geo-possessive", example: "Norland's Amber province voted.", find: geoPossessive},
	{name: "geo-facility", example: "The plane landed at Tarrow's Corvin airport.", find: geoFacility},
	{name: "org-based", example: "the Nairobi-based Corvin Group", find: orgBased},
	{name: "org-apposition", example: "Corvin Group, a Japanese company, said …", find: orgApposition},
	{name: "org-descriptor", example: "Japanese automaker Corvin Motors said …", find: orgDescriptor},
	{name: "org-place-name", example: "the Nairobi Opera, Maricopa County Superior Court, Kenya's Corvin Bank", find: orgPlaceName},
	{name: "org-part-apposition", example: "the FAA, an agency of the Transportation Department, said …", find: orgPartApposition},
	{name: "geo-including", example: "Protests spread to other Norland cities, including Amberton and Tarrow.", find: geoIncluding},
	{name: "geo-apposition", example: "Amberton, a small town in Norland, … / Norland's capital, Amberton, …", find: geoApposition},
	{name: "geo-capital-owner", example: "Amber, whose capital is Tarrow, … / Its capital, Tarrow, …", find: geoCapitalOwner},
	{name: "part-possessive", example: "the Corvin Group's Lumen Fund said …", find: partPossessive},
	{name: "part-descriptor", example: "the Corvin Group research unit Lumen Labs said …", find: partDescriptor},
	{name: "role-late", example: "The Kisumu-based airline Air Corvin bought jets. Air Corvin's chairman, Ivo Brandt, said …", find: roleLate},
	{name: "role-reported", example: "Halden Bank will shut 40 branches, said Ivo Brandt, the chief executive.", find: roleReported},
	{name: "role-spokes-after-body", example: "Halden Bank said the branches would stay open. A spokeswoman, Ana Soler, said …", find: roleSpokesAfterBody},
	{name: "role-named-next", example: "The chief executive of Halden Bank resigned. Ivo Brandt, who founded it, said …", find: roleNamedNext},
	{name: "kill-verb", example: "Jon Hale shot Peter Voss. / Peter Voss was killed by Jon Hale.", find: killVerb},
	{name: "kill-noun", example: "Jon Hale, the assassin of Peter Voss, …", find: killNoun},
	{name: "event-noun", example: "Talks between Kenya and Ethiopia in Nairobi ended on Monday.", find: eventNoun},
	{name: "event-verb", example: "Ivo Brandt met his Kenyan counterpart, Ana Soler, in Geneva on Tuesday.", find: eventVerb},
	{name: "event-visit", example: "Ivo Brandt cut short a visit to Ethiopia on Monday.", find: eventVisit},
	{name: "event-plan", example: "Ivo Brandt is due to meet Ana Soler in Geneva on Tuesday.", find: eventPlan},
	{name: "event-hearing", example: "Ana Soler testified before the Senate Armed Services Committee on Tuesday.", find: eventHearing},
	{name: "position-verb", example: "Kenya endorsed the African Union's proposal for a joint administration of Amber.", find: positionVerb},
	{name: "position-noun", example: "Somalia voiced support for the Kenyan peace plan.", find: positionNoun},
	{name: "attack-by", example: "An airstrike by the Kenyan army hit Tarrow.", find: attackBy},
	{name: "quote-verb", example: "Ana Soler said supplies remained “far below what the hospitals need.”", find: quoteVerb},
}

// occupations link a person to the organization they work for when an
// "at", "of", "for" or "with" names it: "a professor at X" is a member
// of X. Lemmas.
var occupations = set(
	"professor", "researcher", "scientist", "economist", "analyst", "engineer", "lawyer",
	"attorney", "manager", "employee", "worker", "executive", "officer", "agent", "editor",
	"columnist", "physician", "surgeon", "teacher", "coach", "pilot", "consultant", "adviser",
	"advisor", "aide", "partner", "founder", "owner", "president", "vice-president", "specialist",
	"expert", "fellow", "scholar", "lecturer", "dean", "treasurer", "strategist",
	"investigator", "prosecutor", "judge", "producer", "anchor", "staffer", "organizer",
	"activist", "volunteer", "instructor", "administrator", "supervisor", "trustee",
	"chemist", "physicist", "biologist", "ecologist", "historian", "psychologist", "curator",
	"comptroller", "accountant", "auditor", "banker", "broker", "trader", "clerk", "counsel", "registrar",
	"commissioner", "superintendent", "astronaut", "placekicker", "quarterback",
	"pitcher", "player", "captain", "colonel", "lieutenant", "sergeant", "admiral", "technician",
	"programmer", "designer", "architect", "planner", "statistician", "mathematician",
	"geologist", "seismologist", "meteorologist", "forecaster", "epidemiologist", "pharmacist",
	"nurse", "doctor", "dentist", "veterinarian", "librarian", "archivist", "translator",
	"interpreter", "lobbyist", "pollster", "commentator", "publicist", "stockbroker",
	"underwriter", "actuary", "publisher", "candidate", "journalist", "physiologist",
	"anchorman", "anchorwoman", "assistant", "coordinator", "diplomat",
	"paramedic", "medic", "firefighter", "soldier", "mechanic", "cameraman", "camerawoman",
	"photojournalist", "councilman", "councilwoman", "councillor", "councilor", "colleague",
)

// cabinetSecretary reports whether body e, named before the title noun
// lemma, is the first word of the title "Cabinet Secretary" (a minister
// in Kenya, the head of the civil service in Britain): "Interior Cabinet
// Secretary X" serves no body named "Interior Cabinet".
func cabinetSecretary(e *entity, lemma string) bool {
	return lemma == "secretary" && e.typ == domain.Organization && lastWord(e.name) == "cabinet"
}

// compoundTitles are titles of two words, keyed by the first word and
// the lemma of the noun the parser heads them with, and the titleHeads
// entry they are read as.
var compoundTitles = map[string]string{
	"secretary general": "secretary-general",
	"director general":  "director-general",
	"high commissioner": "high-commissioner",
}

// bodyOnlyTitles are held in organizations, never in countries or
// places: a "vice chairman" whose "its" names a country is misread.
var bodyOnlyTitles = set("chairman", "chairwoman", "chairperson", "chair", "vice-chairman", "ceo", "director")

// chiefOccupations head what they serve when "chief" or "head" comes
// first: "the chief administrator of X" runs X; "chief economist" does not.
var chiefOccupations = set("administrator", "executive")

// isTitleNoun reports whether lemma names a role or an occupation.
func isTitleNoun(lemma string) bool {
	_, ok := titleHeads[lemma]
	return ok || in(occupations, lemma)
}

// titleRole reads the role that title noun t gives the person it
// describes: the title as written (t and its title modifiers) and the
// organization, country or person it is a role of, named by an "of",
// "at", "for" or "with" phrase, a possessive, or a modifier ("Kremlin
// spokesman", "Russian minister"). A former holder ("former minister")
// has no role.
//
// extra are phrases the parser attached elsewhere that may name the body
// ("was acting comptroller at X", the "at" phrase the verb's).
func (x *extractor) titleRole(ps *psent, t int, extra ...int) (role, []int, bool) {
	lemma := ps.lemma(t)
	// a title of two words ("the forum's secretary general", "Kenya's
	// high commissioner") is read as one
	compound := false
	if t > 0 && ps.ent[t-1] == nil {
		if c, ok := compoundTitles[ps.lower(t-1)+" "+lemma]; ok {
			lemma, compound = c, true
		}
	}
	if !isTitleNoun(lemma) {
		return role{}, nil, false
	}
	var obj *entity
	var used []int
	for _, c := range ps.kids[t] {
		if c < t && (in(pastMarkers, ps.lower(c)) || ps.lineRank(c)) {
			return role{}, nil, false
		}
	}
	if ps.pastBefore(t) || ps.pastModified(t) || t > 0 && in(lieutenants, ps.lower(t-1)) && (lemma == "gov." || lemma == "governor") {
		return role{}, nil, false // "Lt. Gov. X of Nevada": the governor's deputy, who heads nothing
	}
	start, end, titleToks := ps.titleSpan(t, compound)
	pred, ok := ps.titlePredicate(t, lemma, compound, titleToks)
	if !ok {
		return role{}, nil, false
	}
	// an "of"/"at" phrase names the body; a possessive or modifier the
	// country or organization. An envoy "for" or "to" a country is sent
	// there, not by it.
	cases := roleCases
	if pred == domain.EnvoyOf {
		cases = envoyCases
	}
	scoped := false // "regional director for Africa": a part's head
	// "the party's leader in the Senate": the possessor is the body (or
	// one the article has not named), the "in" phrase where the title is
	// held
	// (a possessive pronoun too: "Its leader in the Senate, X" leads
	// the party's senators, not the Senate)
	possessed := slices.ContainsFunc(ps.kids[t], func(c int) bool {
		return ps.tok(c).Deprel == "nmod:poss" && (ps.tok(c).UPOS == "NOUN" || ps.tok(c).UPOS == "PRON" || x.bodyAt(ps, c) != nil)
	})
	for _, pass := range []func(c int) bool{
		func(c int) bool {
			r := ps.tok(c).Deprel
			return (r == "nmod" || r == "obl") && c > t && cases[ps.caseOf(c)] && !(possessed && ps.caseOf(c) == "in")
		},
		// "Nigeria's Senate President": the body named right before
		// the title is the one it serves, not the possessor
		func(c int) bool { return ps.bodyBeforeTitle(c, start) },
		func(c int) bool { return ps.tok(c).Deprel == "nmod:poss" },
		func(c int) bool {
			// "the Moscow correspondent of Y": a capital before the
			// title says where the post is, not whose it is
			r := ps.rel(c)
			return c < t && (r == "compound" || r == "amod" || slices.Contains(extra, c)) && ps.kind[c] != mGov
		},
	} {
		for _, c := range slices.Concat(ps.kids[t], extra) {
			if obj == nil && pass(c) {
				e, gov := x.titleBodyAt(ps, t, c, lemma, pred)
				if e == nil || ps.caseOf(c) == "in" && e.typ != domain.Organization || cabinetSecretary(e, lemma) || ps.portfolioPhrase(c, e, lemma) {
					continue
				}
				if ps.caseOf(c) == "from" && e.typ == domain.Place {
					continue // where one comes from, no body (legislatorCountry)
				}
				if !gov && ps.caseOf(c) == "for" && pred == domain.MinisterOf {
					continue // "minister for the Pacific": the portfolio, no body
				}
				if !gov && ps.caseOf(c) == "for" && (e.typ == domain.Place || e.typ == domain.Country && pred != domain.SpokespersonFor && pred != domain.EnvoyOf) {
					scoped = true // the region or country a title covers names no body
					continue
				}
				obj = e
				used = append(used, c)
			}
		}
	}
	if obj == nil {
		var c int
		if obj, c, pred = x.detachedBody(ps, t, cases, pred); obj != nil {
			used = append(used, c)
		}
	}
	if obj == nil || lemma == "speaker" && !speakerHeads(lemma, obj) {
		return role{}, nil, false
	}
	// "football league chief X of Manchester", "bank governor X of
	// Norland": the office is in the body the title's own noun names,
	// which no name gives, not in the place or country after
	if obj.typ != domain.Organization && used[0] > t && ps.unnamedBodyNoun(t) {
		return role{}, nil, false
	}
	// "the party's leader in the Senate": the head of the body's part
	// there, a member of the body
	heldIn := possessed && slices.ContainsFunc(ps.kids[t], func(c int) bool { return c > t && ps.caseOf(c) == "in" && ps.ent[c] != nil })
	groupLeader := ps.groupLeader(t)
	if pred == domain.HeadOf && groupLeader && obj.typ != domain.Organization {
		// "the country's parliamentary leader", "the parliamentary
		// leader of Norway": a party's leader in the chamber, no member
		// of the country
		return role{}, nil, false
	}
	if (scoped || heldIn || ps.headsAPart(t, used[0]) || ps.placeScoped(t, obj) || ps.caucusLeader(t, isChamber(obj.name)) || groupLeader || ps.officeScoped(t)) && pred == domain.HeadOf {
		pred = domain.MemberOf
	}
	// an occupation serves an organization, or a union of states ("the
	// European Union's trade commissioner")
	if _, ok := titleHeads[lemma]; !ok && obj.typ != domain.Organization && !x.isBloc(obj) {
		return role{}, nil, false
	}
	// a body named in lower case ("Kenya's army") has no head to name,
	// unless its initials follow as its name ("the Congolese armed forces
	// (FARDC)")
	if _, oe := ps.mentionSpan(used[0]); obj.typ == domain.Organization && ps.ent[used[0]] != nil && !startsUpper(ps.tok(oe-1).Form) && !ps.acronymApposed(used[0]) {
		return role{}, nil, false
	}
	title := ps.writtenTitle(start, end, titleToks)
	if ps.tok(t).XPOS == "NNS" {
		title = "" // "X, …, both employees of Y": a role, no one's title
	}
	return role{pred: pred, title: title, obj: obj, sent: ps.idx, also: x.conjBodies(ps, used[0], t, obj)}, append(used, t), true
}

// unnamedBodyNoun reports whether title noun t has a common noun before
// it, no name's word, that says it is held in a body other than a
// state's ("league chief", "bank governor", "party leader"; not "army
// chief" or "ministry spokesman", a state's bodies).
func (ps *psent) unnamedBodyNoun(t int) bool {
	return slices.ContainsFunc(ps.kids[t], func(c int) bool {
		l := ps.lemma(c)
		return c < t && ps.rel(c) == "compound" && ps.ent[c] == nil && ps.commonNoun(c) && in(orgCues, l) && !in(governmentOrgCues, l)
	})
}

// titlePredicate returns the role title noun t (read as lemma, its words
// titleToks) gives: an occupation makes a member, a title the role its
// words say, narrowed to a member for one of several holders or an
// honour. ok is false for words that make no title.
func (ps *psent) titlePredicate(t int, lemma string, compound bool, titleToks []token) (domain.Predicate, bool) {
	pred := domain.MemberOf // an occupation
	if in(chiefOccupations, lemma) && len(titleToks) > 1 && (titleToks[0].lower == "chief" || titleToks[0].lower == "head") {
		pred = domain.HeadOf // "chief administrator", "chief executive"
	}
	if n := len(titleToks); lemma == "officer" && n >= 3 && titleToks[n-3].lower == "chief" && titleToks[n-2].lower == "executive" &&
		!slices.ContainsFunc(titleToks, func(tt token) bool { return deputyTitle(tt.lower) }) {
		pred = domain.HeadOf // "chief executive officer", the chief executive ("chief financial officer", "deputy chief executive officer" stay members)
	}
	if lemma == "manager" && len(titleToks) == 2 && titleToks[0].lower == "general" && !ps.managerOfPart(t) {
		pred = domain.HeadOf // "its general manager", the body's chief officer
	}
	if _, ok := titleHeads[lemma]; !ok {
		return pred, true
	}
	p, ok := predicateOf(titleToks, titleBlock{0, len(titleToks)})
	if compound && !slices.ContainsFunc(titleToks, func(tt token) bool { return isTitleHead(tt.lower) }) {
		ok = true // "high commissioner": no word of it a title alone
	}
	if !ok {
		return pred, false
	}
	pred = p
	if compound {
		pred = titleHeads[lemma]
	}
	if lemma == "administrator" && !startsUpper(ps.tok(t).Form) && len(titleToks) == 1 && len(ps.kidsWith(t, "nmod:poss")) == 0 {
		pred = domain.MemberOf // "an administrator at the hospital": one of several; "the agency's administrator" runs it
	}
	if slices.ContainsFunc(ps.kids[t], func(c int) bool { return c < t && ps.lower(c) == "honorary" }) {
		pred = domain.MemberOf // an honour, not an office: no head
	}
	// "X, a senior party leader": one of its leaders, a member
	if pred == domain.HeadOf && slices.ContainsFunc(ps.kids[t], func(c int) bool { return c < t && ps.rel(c) == "det" && (ps.lower(c) == "a" || ps.lower(c) == "an") }) {
		pred = domain.MemberOf
	}
	// "one of the secretaries of X": one of several, a member
	if h := ps.head(t); h >= 0 && ps.oneOf(h) == t && pred != domain.SpokespersonFor && pred != domain.EnvoyOf {
		pred = domain.MemberOf
	}
	if pred == domain.HeadOf && ps.departmentDirector(t) {
		pred = domain.MemberOf
	}
	return pred, true
}

// managerOfPart reports whether general manager t is one of several, or
// runs a country's or a region's part of the body or one of its
// businesses: "a general manager at the plant", "its general manager
// for Cambodia", "the general manager in Kenya", "its general manager
// for exports", "general manager of sales". A "for" phrase naming an
// organization, or an "of" phrase with a determiner or a name ("general
// manager of the company"), leaves the body's own general manager.
func (ps *psent) managerOfPart(t int) bool {
	for _, c := range ps.kids[t] {
		if c < t && ps.rel(c) == "det" && (ps.lower(c) == "a" || ps.lower(c) == "an") {
			return true
		}
		if e := ps.ent[c]; c > t && e != nil && (e.typ == domain.Place || e.typ == domain.Country) && (ps.caseOf(c) == "for" || ps.caseOf(c) == "in") {
			return true
		}
		if e := ps.ent[c]; c > t && ps.caseOf(c) == "for" && (e == nil || e.typ != domain.Organization) && !in(timeNouns, ps.lemma(c)) && ps.lemma(c) != "decade" {
			return true // "for exports", "for three Gulf markets"; not "for the past decade", "for 12 years"
		}
		if c > t && ps.caseOf(c) == "of" && ps.ent[c] == nil && ps.tok(c).UPOS == "NOUN" && !startsUpper(ps.tok(c).Form) && len(ps.kidsWith(c, "det", "nmod:poss")) == 0 {
			return true // "general manager of sales", not "of the company"
		}
	}
	return false
}

// titleBodyAt returns the body that phrase c of title noun t (lemma
// lemma, role pred) names: the body at c, or for a spokesman or envoy
// the one its possessive or sender stands for; gov is true for a
// country named by "the Kenyan government" ("a spokesman for the Kenyan
// government"). Nil for none, or for a country's adjective before a
// title only a body has ("whose Kenyan director").
func (x *extractor) titleBodyAt(ps *psent, t, c int, lemma string, pred domain.Predicate) (e *entity, gov bool) {
	e = x.bodyAt(ps, c)
	if e != nil && ps.ent[c] == nil && x.thingWithOfficersBefore(ps, c) {
		e = nil // "Halden Bank sold the textile factory. Its general manager, X": the factory's, maybe
	}
	if e != nil && ps.ent[c] == nil && slices.Contains(x.agencies, e) {
		e = nil // "(Reuters) - … Its spokesman": the agency reports, it has no part in the story
	}
	if e != nil && ps.ent[c] == nil && e.typ != domain.Organization && in(bodyOnlyTitles, lemma) {
		e = x.orgBodyAt(ps, c) // "its vice chairman" is a company's
	}
	if e != nil && c < t && ps.kind[c] == mDemonym && e.typ != domain.Organization && in(bodyOnlyTitles, lemma) {
		return nil, false // "whose Kenyan director": the country a body's director covers
	}
	if e == nil && pred == domain.EnvoyOf && ps.caseOf(c) == "" {
		e = x.senderAt(ps, c) // "Trump special envoy X", "Trump's envoy X"
	}
	if e == nil && (pred == domain.SpokespersonFor || pred == domain.EnvoyOf) && ps.tok(c).Deprel == "nmod:poss" {
		e = x.nearPersonAntecedent(ps, c) // "Minister X … His spokesman, Y"
	}
	if e == nil && pred == domain.SpokespersonFor && ps.tok(c).Deprel == "nmod:poss" {
		e = x.previousSubjectOwner(ps, c) // "China's foreign ministry said … Its spokeswoman, X"
	}
	if g := ps.governmentNamedBy(c); e == nil && g != nil {
		return g, true
	}
	// "the president of Tasmania's government": the head of a region's
	// government heads the region
	if e == nil && (pred == domain.HeadOf || pred == domain.PresidentOf || pred == domain.PrimeMinisterOf) {
		if p := ps.unnamedRegionGovernment(c); p != nil {
			return p, false
		}
	}
	if e == nil && ps.tok(c).Deprel == "nmod:poss" {
		e = x.onlyOrgBefore(ps, c) // "The dam is built by Halden Power. Its managing director, X"
		if e == nil {
			e = x.openingBodyBefore(ps, c) // "Viking Line, which is based in Mariehamn, warned … Its chief executive, X"
		}
	}
	return e, false
}

// detachedBody returns the body of title noun t named by a phrase the
// parser attached past the title's complement, or to a title conjoined
// with it, with the token that names it and the role pred becomes there
// (a member of a body found past the complement or a possessive, but a
// spokesman still speaks for it); nil when none.
func (x *extractor) detachedBody(ps *psent, t int, cases map[string]bool, pred domain.Predicate) (*entity, int, domain.Predicate) {
	if e, c := x.namedComplement(ps, t); e != nil {
		return e, c, pred
	}
	if e, c := x.complementBody(ps, t, cases); e != nil {
		return e, c, memberUnlessSpokesman(pred)
	}
	if e, c := x.possessedBody(ps, t, cases); e != nil {
		return e, c, memberUnlessSpokesman(pred)
	}
	if e, c := x.sharedBody(ps, t, cases); e != nil {
		return e, c, pred
	}
	if e, c := x.legislatorCountry(ps, t); e != nil {
		return e, c, pred
	}
	return nil, -1, pred
}

// memberUnlessSpokesman returns MemberOf for any role but a spokesman's.
func memberUnlessSpokesman(pred domain.Predicate) domain.Predicate {
	if pred == domain.SpokespersonFor {
		return pred
	}
	return domain.MemberOf
}

// placeScoped reports whether a place or country before title t narrows
// the body obj it heads to a part: "the Europe director of Human Rights
// Watch" heads its work in Europe, not the body.
func (ps *psent) placeScoped(t int, obj *entity) bool {
	if obj.typ != domain.Organization {
		return false
	}
	for _, c := range ps.kids[t] {
		if r := ps.rel(c); c < t && (r == "compound" || r == "amod") && ps.ent[c] != nil && ps.ent[c] != obj &&
			(ps.ent[c].typ == domain.Place || ps.ent[c].typ == domain.Country) {
			return true
		}
	}
	return false
}

// titleSpan returns the first and last tokens of title noun t as
// written, and its words: the title words right before the noun and
// hyphens between them ("Secretary-General"; with compound, the word
// before that makes one title with it: "secretary general"), an "of"
// complement that is a portfolio ("Minister of Defence"), and a second
// title word the parser hung on the name ("Vantrell Chief Executive X").
func (ps *psent) titleSpan(t int, compound bool) (start, end int, words []token) {
	start = t
	if compound {
		start--
	}
	// (a field's word goes with the title: "Technical Director", "managing
	// director"; see officeFunctions, entities.go)
	for start > 0 && ps.ent[start-1] == nil && (in(titleModifiers, ps.lower(start-1)) || in(officeFunctions, ps.lower(start-1)) || isTitleNoun(ps.lemma(start-1)) ||
		ps.tok(start-1).Form == "-" && start > 1 && ps.ent[start-2] == nil && (isTitleNoun(ps.lemma(start-2)) || in(titleModifiers, ps.lower(start-2)))) {
		start--
	}
	end = t
	for _, c := range ps.kids[t] {
		if c > t && ps.ent[c] == nil && ps.caseOf(c) == "of" && in(titleModifiers, ps.lower(c)) && !ps.complementOwnedByName(t, c) {
			end = c
		}
	}
	for h := ps.head(t); end+1 < h && ps.ent[end+1] == nil && ps.head(end+1) == h && isTitleNoun(ps.lemmaOrLower(end+1)); {
		end++
	}
	for k := start; k <= end; k++ {
		// (the complement's own words before it go with it: "Minister
		// of Foreign Affairs", "head of interim administration")
		if ps.ent[k] == nil && ps.rel(k) != "det" && ps.rel(k) != "punct" && (k <= t || ps.rel(k) == "case" || k == end || k > t && ps.head(k) == end) {
			words = append(words, token{text: ps.tok(k).Form, lower: ps.lemmaOrLower(k)})
		}
	}
	return start, end, words
}

// complementOwnedByName reports whether the "of" complement c of title t has a
// name before it, between the two: "the head of Kharkiv's regional
// administration" holds no title "head of 's regional administration".
func (ps *psent) complementOwnedByName(t, c int) bool {
	return slices.ContainsFunc(ps.kids[c], func(k int) bool { return k > t && k < c && ps.ent[k] != nil })
}

// writtenTitle returns the title that tokens start to end hold, as
// written, or its words alone where names or articles stand between
// them; "vice-president" keeps its hyphen.
func (ps *psent) writtenTitle(start, end int, words []token) string {
	hyphens := 0
	for k := start; k <= end; k++ {
		if ps.tok(k).Form == "-" {
			hyphens++
		}
	}
	if len(words)+hyphens == end-start+1 {
		return ps.words(start, end+1)
	}
	ws := make([]string, len(words))
	for i, w := range words {
		ws[i] = w.text
	}
	return strings.Join(ws, " ")
}

// headsAPart reports whether title t heads a part of the body its phrase
// c names, a lower-case "of" complement before that phrase or after a
// possessor: "head of research at Halden Bank", "Halden Bank's head of
// compliance", "director of communications for X" (not a
// word for the body itself: "chairman of the party, the Sentinel Party").
func (ps *psent) headsAPart(t, c int) bool {
	if ps.caseOf(c) == "of" {
		return false
	}
	for _, k := range ps.kids[t] {
		// the body's phrase after the complement, or its possessor before
		// the title ("Halden Bank's head of compliance")
		if k > t && (k < c || c < t) && ps.caseOf(k) == "of" && ps.ent[k] == nil && ps.tok(k).UPOS == "NOUN" &&
			!startsUpper(ps.tok(k).Form) && !isTitleNoun(ps.lemma(k)) && !in(titleModifiers, ps.lower(k)) && !in(orgCues, ps.lemma(k)) {
			return true
		}
	}
	return false
}

// officeScoped reports whether title t heads the body's office in one
// country or region only, which a modifier says: "its country director",
// "the regional manager"; a member of the body, not its head.
func (ps *psent) officeScoped(t int) bool {
	return slices.ContainsFunc(ps.kids[t], func(c int) bool {
		r := ps.rel(c)
		return c < t && (r == "compound" || r == "amod") && in(scopeWords, ps.lower(c))
	})
}

// scopeWords narrow a head's title to one office of the body.
var scopeWords = set("country", "regional")

// roleCases mark the phrase that names what a title is a role of ("a
// delegate from the Corvin Farmers League" too);
// envoyCases those of an envoy, who is sent "to" or "for" a place by
// whoever "of" names.
var (
	roleCases  = map[string]bool{"of": true, "at": true, "for": true, "with": true, "in": true, "from": true}
	envoyCases = map[string]bool{"of": true}
)

// lemmaOrLower is the lemma of a title word as the title lexicon keys it.
func (ps *psent) lemmaOrLower(k int) string {
	if _, ok := titleHeads[ps.lower(k)]; ok {
		return ps.lower(k)
	}
	return ps.lemma(k)
}

// emitStructureRole states role r of person p, explained by the tokens
// it matched.
func (x *extractor) emitStructureRole(ps *psent, p *entity, r role, toks []int) {
	if p == nil || p.typ != domain.Person || r.obj == nil || r.obj == p {
		return
	}
	r.person = p
	x.trace(ps, toks)
	// where the token rules read the title already, as written, only the
	// role is new
	x.emitRoleTitle(r, !x.hasTitle(p, ps.idx))
	if o := ps.bracketTwin(r.obj); o != nil {
		r.also = append(slices.Clip(r.also), o)
	}
	for _, o := range r.also {
		if o != p {
			r.obj = o
			x.emitRoleTitle(r, false)
		}
	}
}

// hasTitle reports whether person p has a title stated in sentence si.
func (x *extractor) hasTitle(p *entity, si int) bool {
	return x.titled[titledKey{p.id, si}]
}

// titledKey is a person and a sentence that gives them a title.
type titledKey struct {
	id   string
	sent int
}

// persons returns the head tokens of the person mentions of ps and of
// the names only the recognizer read as people, which personAt makes
// known when a rule finds them in a fact.
func (ps *psent) persons() []int {
	var out []int
	for _, h := range ps.heads() {
		if e := ps.ent[h]; e != nil && e.typ == domain.Person && ps.kind[h] == mName {
			out = append(out, h)
		}
	}
	for _, e := range ps.d.Entities {
		if start, end, ok := ps.recognized(e.Start, "person"); ok && start == e.Start {
			out = append(out, ps.spanHead(start, end))
		}
	}
	slices.Sort(out)
	return out
}

// withConjuncts returns t and the title nouns conjoined to it ("director
// of X and a member of Y").
func (ps *psent) withConjuncts(t int) []int {
	out := []int{t}
	for _, c := range ps.kids[t] {
		if ps.tok(c).Deprel == "conj" && isTitleNoun(ps.lemma(c)) {
			out = append(out, c)
		}
	}
	return out
}

// roleApposition: "X, a professor at Y", "the director of Y, X".
func roleApposition(x *extractor, ps *psent) {
	for _, n := range ps.persons() {
		// "the command's spokesman, Superintendent X": the rank the
		// parser hung the name on stands for it in the sentence
		h := ps.rankHead(n)
		var titles []int
		for _, c := range ps.kids[h] {
			switch {
			case ps.tok(c).Deprel == "appos" && ps.ent[c] == nil && ps.oneOf(c) >= 0:
				titles = append(titles, ps.oneOf(c)) // "X, one of the directors of Y"
			case ps.tok(c).Deprel == "appos" && ps.ent[c] == nil:
				titles = append(titles, ps.withConjuncts(c)...)
			case ps.tok(c).Deprel == "conj" && ps.ent[c] == nil && isTitleNoun(ps.lemma(c)) && len(titles) > 0:
				// "X, director of Y and a member of Z", the second title
				// attached to the name
				titles = append(titles, c)
			}
		}
		if t := ps.titleAcrossPlace(h); t >= 0 {
			titles = append(titles, t)
		}
		if t := ps.titleSubjectBefore(h); t >= 0 {
			titles = append(titles, t)
		}
		if t := ps.titleSubjectOfName(h); t >= 0 {
			titles = append(titles, t)
		}
		if t := ps.paratacticTitle(h); t >= 0 {
			titles = append(titles, t)
		}
		if t := ps.titleRootOverName(h); t >= 0 {
			titles = append(titles, t)
		}
		if t := ps.reputedTitle(h); t >= 0 {
			titles = append(titles, t)
		}
		if t := ps.namedTitle(h); t >= 0 {
			titles = append(titles, t)
		}
		if ps.tok(h).Deprel == "appos" && ps.head(h) >= 0 && ps.ent[ps.head(h)] == nil && !ps.ownTitleBefore(ps.head(h), h) {
			t := ps.head(h)
			titles = append(titles, t)
			titles = append(titles, ps.apposAfterName(t, h)...)
			// "the Corvin Group's technical manager, engineer X": the
			// title before the comma, the parser's first conjunct (not
			// when the conjunct names a body of its own: "the Front's
			// chairman, A, and the Union's chairman, B")
			if t0 := ps.head(t); ps.tok(t).Deprel == "conj" && t0 >= 0 && t0 < t && ps.ent[t0] == nil && isTitleNoun(ps.lemma(t0)) && !ps.ownBody(t) {
				titles = append(titles, t0)
			}
		}
		if len(titles) == 0 {
			titles = slices.Concat(ps.appositionAfter(h), ps.frontedTitle(h))
		} else {
			titles = append(titles, ps.titlesAfter(titles[len(titles)-1])...)
		}
		for _, t := range titles {
			if r, used, ok := x.titleRole(ps, t, ps.strayPhrase(h, t)...); ok {
				if ps.descriptorBody(t, used) && ps.ofBodyAfterName(h) {
					continue // "union leader X of the Rail Workers Federation": not the article's union
				}
				x.emitStructureRole(ps, x.personAt(ps, n), r, append(used, h, n))
				for _, q := range x.bothHolders(ps, n, t) {
					x.emitStructureRole(ps, q, r, append(used, h, n))
				}
			}
		}
	}
}

// ownTitleBefore reports whether name h, which the parser made an
// apposition of title t before it, carries a title of its own right
// before it that no comma opens: "talks between Senegalese officials and
// the Front's wing, mediated by Guinea-Bissau's President X", where the
// arc spans a clause to the name its own title describes. "The head of
// the mission, Special Representative X" (a comma before the name's
// title) is an apposition still.
func (ps *psent) ownTitleBefore(t, h int) bool {
	start, _ := ps.mentionSpan(h)
	k, titled := start-1, false
	for k > t && ps.ent[k] == nil && startsUpper(ps.tok(k).Form) {
		titled = titled || rankWord(ps.lower(k)) || isTitleNoun(ps.lemma(k))
		k-- // the title's capitalized words: "Special Representative"
	}
	return titled && k > t && ps.tok(k).Form != ","
}

// ownBody reports whether title t names a body of its own: a possessor
// that is no pronoun ("the Union's chairman", not "its chairman") or a
// phrase that may name one ("chairman of the Union").
func (ps *psent) ownBody(t int) bool {
	for _, c := range ps.kids[t] {
		if ps.tok(c).Deprel == "nmod:poss" && ps.tok(c).UPOS != "PRON" {
			return true
		}
	}
	return ps.hasBodyPhrase(t)
}

// rankHead returns the rank or honorific right before person name n that
// the parser made the phrase's head, the name hung on it as flat: "the
// command's spokesman, Superintendent X", "Brig. Gen. X" (every word
// between a rank); n itself for none.
func (ps *psent) rankHead(n int) int {
	start, _ := ps.mentionSpan(n)
	r := ps.head(n)
	// (not "Superintendent X's deputy": the phrase is the deputy's)
	if ps.rel(n) != "flat" || r < 0 || r >= start || ps.ent[r] != nil || ps.has(r, "case") {
		return n
	}
	for k := r; k < start; k++ {
		if !rankWord(ps.lower(k)) || !startsUpper(ps.tok(k).Form) || k > r && ps.head(k) != r {
			return n
		}
	}
	return r
}

// rankWord reports whether w is a rank or honorific that stands before a
// name: "Colonel", "Supt.", "Dr.", "SP".
func rankWord(w string) bool { return in(honorifics, w) || in(policeRanks, w) }

// titleAcrossPlace returns the title an apposition name h describes when
// the parser hung the name on the place that closes the title's phrase:
// "Kenya's ambassador in Washington, Ruth Wanjiku, …"; -1 for none.
func (ps *psent) titleAcrossPlace(h int) int {
	p := ps.head(h)
	// the parser may make the name a conjunct of the place, with no
	// conjunction: "head of operations in Gaza, Ingrid Solheim"
	looseConj := ps.tok(h).Deprel == "conj" && ps.kidWith(h, "cc", "") < 0
	if ps.tok(h).Deprel != "appos" && !looseConj || p < 0 || ps.ent[p] == nil || ps.ent[p].typ != domain.Place && ps.ent[p].typ != domain.Country {
		return -1
	}
	if cs := ps.caseOf(p); cs != "in" && cs != "to" && cs != "at" {
		return -1
	}
	t := ps.head(p)
	if t >= 0 && ps.ent[t] == nil && !isTitleNoun(ps.lemma(t)) && ps.caseOf(t) == "of" {
		t = ps.head(t) // "head of operations in Gaza"
	}
	if t < 0 || t > p || ps.ent[t] != nil || ps.tok(t).UPOS != "NOUN" || !isTitleNoun(ps.lemma(t)) {
		return -1
	}
	return t
}

// titleSubjectBefore returns the title an apposition name h describes
// when the parser made both subjects of one verb: "Norland's ambassador
// to the United Nations, Ivo Brandt, said …"; -1 for none. The tagger
// may take the title for an adjective there ("Its chief executive, X,
// said …").
//
// With an honorific before the name the parser may instead make the
// title a clause of the verb with no subject or verb of its own: "The
// union's chairman, Mr. X, said …" ("chairman" ccomp of "said").
func (ps *psent) titleSubjectBefore(h int) int {
	k := h
	if start, _ := ps.mentionSpan(h); start < h {
		k = start
	}
	for k > 0 && ps.ent[k-1] == nil && rankWord(ps.lower(k-1)) && ps.head(k-1) == h {
		k-- // "Mr." hung on the name
	}
	if ps.rel(h) != "nsubj" || k < 2 || ps.tok(k-1).Form != "," {
		return -1
	}
	// (those two readings only with the name set off by commas on both
	// sides: not "The union's treasurer, Mr. X argued, should go")
	_, end := ps.mentionSpan(h)
	closed := end < len(ps.d.Tokens) && ps.tok(end).Form == ","
	for _, t := range ps.kids[ps.head(h)] {
		r := ps.rel(t)
		clause := r == "ccomp" && !ps.has(t, "cop") && !ps.has(t, "nsubj") && !ps.has(t, "aux")
		loose := k < h || clause
		// (nor a title the text limits in time: "No longer the union's
		// chairman, Mr. X, 61, said")
		if loose && (!closed || ps.has(t, "advmod")) {
			continue
		}
		if u := ps.tok(t).UPOS; t < k && (r == "nsubj" || clause) && ps.ent[t] == nil && (u == "NOUN" || u == "ADJ") && (isTitleNoun(ps.lemma(t)) || loose && ps.titleNounAt(t)) && ps.subtreeEnd(t) == k-1 {
			return t
		}
	}
	return -1
}

// titleNounAt reports whether token t is a title noun, alone or closing a
// title of two words ("the forum's secretary general").
func (ps *psent) titleNounAt(t int) bool {
	if isTitleNoun(ps.lemma(t)) {
		return true
	}
	_, ok := compoundTitles[ps.lower(max(t-1, 0))+" "+ps.lemma(t)]
	return t > 0 && ps.ent[t-1] == nil && ok
}

// roleCopula: "X is the foreign minister of Y", "X became chairman of Y".
func roleCopula(x *extractor, ps *psent) {
	for t := range ps.d.Tokens {
		if ps.ent[t] != nil || !isTitleNoun(ps.lemma(t)) || !ps.has(t, "cop") {
			continue
		}
		for _, c := range ps.kids[t] {
			if ps.rel(c) != "nsubj" {
				continue
			}
			if !x.isPersonArg(ps, c) {
				// "written by X, who is chairman of Y", the clause hung
				// on the verb
				if c = x.nameBeforeWho(ps, c); c < 0 {
					continue
				}
			}
			for _, tt := range ps.withConjuncts(t) {
				if r, used, ok := x.titleRole(ps, tt); ok {
					x.emitStructureRole(ps, x.personAt(ps, c), r, append(used, c))
				}
			}
		}
	}
}

// rolePremodifier: "Halden Bank spokesman Tomas Reyes": a title noun that
// modifies the name.
func rolePremodifier(x *extractor, ps *psent) {
	for _, h := range ps.persons() {
		start, _ := ps.mentionSpan(h)
		titles := ps.kids[h]
		if k := start - 1; k >= 0 && ps.head(k) != h && ps.ent[k] == nil && ps.tok(k).UPOS == "NOUN" && isTitleNoun(ps.lemma(k)) {
			// right before the name, the parser having attached it
			// elsewhere: "SP candidate Mara Lind"
			titles = append(slices.Clip(titles), k)
		}
		for _, c := range titles {
			r := ps.tok(c).Deprel
			if c >= start || ps.ent[c] != nil || (r != "compound" && r != "nmod:desc" && r != "appos" && r != "amod") && c != start-1 {
				continue
			}
			// the body may be named right before the title words, the
			// parser having attached it elsewhere ("Sentinel Party (SP)
			// candidate X")
			// or by an "of" phrase on the name: "Defense Minister X of
			// Norland"
			extra := slices.Concat(ps.nameBeforeTitle(c), ps.ofAfterName(h))
			if rl, used, ok := x.titleRole(ps, c, extra...); ok {
				x.emitStructureRole(ps, x.personAt(ps, h), rl, append(used, h))
			}
		}
	}
}

// descriptorBody reports whether the body of title t's role came from a
// lower-case noun before the title (used: the tokens titleRole read),
// one that names no body but stands for one the article named ("union
// leader X": the article's union).
func (ps *psent) descriptorBody(t int, used []int) bool {
	return slices.ContainsFunc(used, func(c int) bool { return c < t && !startsUpper(ps.tok(c).Form) })
}

// ofBodyAfterName reports whether person token h carries an organization
// of its own in an "of" phrase right after the name ("X of the Rail
// Workers Federation"), read on the parse (tokOfBodyAfter reads it on the
// tokens).
func (ps *psent) ofBodyAfterName(h int) bool {
	return slices.ContainsFunc(ps.ofAfterName(h), func(c int) bool { return ps.ent[c].typ == domain.Organization })
}

// ofAfterName returns the "of" phrase hung on person token h right after
// the name ("X of Norland"), or none.
func (ps *psent) ofAfterName(h int) []int {
	_, end := ps.mentionSpan(h)
	for _, c := range ps.kids[h] {
		if ps.tok(c).Deprel == "nmod" && ps.caseOf(c) == "of" && ps.ent[c] != nil {
			if start, _ := ps.mentionSpan(c); start >= end && start <= end+2 {
				return []int{c}
			}
		}
	}
	return nil
}

// roleOf: "Ana Soler of the Corvin Institute", "Ana Soler at the Corvin
// Institute": a name right before an "of" or "at" phrase that names an
// organization works there.
func roleOf(x *extractor, ps *psent) {
	for _, h := range ps.persons() {
		_, end := ps.mentionSpan(h)
		phrases := ps.kids[h]
		after := ps.ofPhraseAfter(end)
		if after >= 0 && ps.head(after) != h {
			// attached to a noun before the name: "in the field of
			// physics, X at the Y institute"
			phrases = append(slices.Clip(phrases), after)
		}
		for _, c := range phrases {
			e := ps.ent[c]
			if e == nil {
				e = ps.namedBody(c) // "X of the opposition Corvin party"
			}
			cs := ps.caseOf(c)
			if e == nil || e.typ != domain.Organization || c != after && (ps.tok(c).Deprel != "nmod" || cs != "of" && cs != "at") {
				continue
			}
			// the phrase follows the name: "X of the Y", "X, of the Y"
			k := ps.skipAge(end)
			for k < len(ps.d.Tokens) && (ps.tok(k).Form == "," || ps.rel(k) == "det" || ps.rel(k) == "case") && k < c {
				k++
			}
			owner := ps.possessorAt(c, k)
			if k != c && !(k < c && ps.ent[k] == e) && c != after && owner == nil {
				continue
			}
			if p := x.personAt(ps, h); p != nil {
				x.trace(ps, []int{h, c})
				// "Ana Soler and Ivo Brandt of the Corvin Institute"; one
				// who works at a body's school works for the body too
				for _, q := range append([]*entity{p}, x.conjoinedPersons(ps, h, c)...) {
					x.addFact(q.id, domain.MemberOf, e.id, false, ps.idx, ps.s.hedge)
					if owner != nil {
						x.addFact(q.id, domain.MemberOf, owner.id, false, ps.idx, ps.s.hedge)
					}
				}
			}
		}
	}
}

// possessorAt returns the organization whose name, opening at token k,
// owns the body c names ("X of Halden University's School of Law"), or
// nil.
func (ps *psent) possessorAt(c, k int) *entity {
	for _, p := range ps.kids[c] {
		if e := ps.ent[p]; e != nil && e.typ == domain.Organization && ps.tok(p).Deprel == "nmod:poss" && ps.subtreeStart(p) == k {
			return e
		}
	}
	return nil
}

// ofPhraseAfter returns the head of the name an "of" or "at" phrase
// right after token end names ("X of the Y", "X, of the Y"), when the
// parser made it a noun's modifier, or, set off by a comma ("X, 52, of
// the Y"), a verb's; -1 when there is none.
func (ps *psent) ofPhraseAfter(end int) int {
	n := len(ps.d.Tokens)
	k := ps.skipAge(end)
	comma := k < n && ps.tok(k).Form == ","
	if comma {
		k++
	}
	if k >= n || ps.lower(k) != "of" && ps.lower(k) != "at" {
		return -1
	}
	j := k + 1
	for j < n && ps.rel(j) == "det" {
		j++
	}
	if j >= n || ps.ent[j] == nil {
		return -1
	}
	// "X of New York's Mount Sinai Hospital": the place owns the name
	if t := ps.ent[j].typ; t == domain.Place || t == domain.Country {
		_, pe := ps.mentionSpan(j)
		if pe < n && ps.lower(pe) == "'s" {
			pe++ // (the mention may hold its "'s" or not)
		} else if ps.lower(pe-1) != "'s" {
			return -1
		}
		if pe >= n || ps.ent[pe] == nil || ps.ent[pe].typ != domain.Organization || ps.kind[pe] != mName {
			return -1
		}
		j = pe
	}
	if ps.kind[j] != mName {
		return -1
	}
	c := ps.mentionHead(j)
	if ps.tok(c).Deprel == "nmod:poss" && ps.ownedUnit(c, ps.lower(k)) {
		return c // "X, of the Y's research division"
	}
	if ps.tok(c).Deprel != "nmod" && !(comma && ps.tok(c).Deprel == "obl" && ps.lower(k) == "of") || ps.caseOf(c) != ps.lower(k) {
		return -1
	}
	return c
}

// leadVerbs make their subject head of their object: "X heads Y", "X,
// who runs Y".
var leadVerbs = set("head", "lead", "run", "chair", "direct", "command", "manage", "operate")

// workVerbs make their subject a member of the organization their "at",
// "for" or "in" phrase names ("teaches at Y", "served in Y"), or, for
// "join", their object.
var workVerbs = set("work", "teach", "serve", "join", "lecture")

// roleVerb: "Ana Soler teaches at Halden University", "X, who heads Y",
// "she joined X". The subject may be a relative pronoun, read as the
// name its clause describes, or "he" or "she" for a post held now, read
// as the person coreference links it to (pronounHolder).
func roleVerb(x *extractor, ps *psent) {
	for v := range ps.d.Tokens {
		lemma := ps.lemma(v)
		if ps.tok(v).UPOS != "VERB" || !in(workVerbs, lemma) && !in(leadVerbs, lemma) {
			continue
		}
		if ps.pastTenure(v) {
			continue
		}
		subj := x.personSubjects(ps, v)
		pron := x.pronounHolder(ps, v) // "She has led the Corvin Trust since 2019."
		if len(subj) == 0 && pron == nil {
			continue
		}
		var objs []int
		for _, c := range ps.kids[v] {
			if r, cs := ps.tok(c).Deprel, ps.caseOf(c); in(workVerbs, lemma) && r == "obl" && (cs == "at" || cs == "for" || cs == "in") ||
				r == "obj" && (lemma == "join" || in(leadVerbs, lemma)) {
				objs = append(objs, c)
			}
		}
		for _, c := range withConj(ps, objs) {
			pred := domain.MemberOf
			if in(leadVerbs, lemma) && !ps.possessor(c) {
				pred = domain.HeadOf
			}
			x.verbRole(ps, subj, v, c, pred)
			if pron != nil {
				x.pronounRole(ps, pron, v, c, pred)
			}
		}
	}
}

// pastTenure reports whether work or lead verb v, in the past tense,
// tells of a post held before and left: "X, who led the Corvin Front
// until 2019", "X once worked at Y". A plain "X worked at Y" is left
// alone (CoNLL04 counts such posts), as are "X leads Y" and "X has led
// Y since 2019".
func (ps *psent) pastTenure(v int) bool {
	if ps.tok(v).XPOS != "VBD" && !ps.hasAux(v, "had") {
		return false
	}
	for _, c := range ps.kids[v] {
		if r := ps.rel(c); r == "advmod" && in(leftWords, ps.lower(c)) || r == "obl" && in(tenureEnds, ps.caseOf(c)) {
			return true
		}
	}
	return false
}

// leftWords and tenureEnds (the cases of a phrase that ends a tenure:
// "until 2019", "to 2019" after "from 2010") say a past post was left.
var (
	leftWords  = set("once", "formerly", "previously", "briefly")
	tenureEnds = set("until", "till", "to")
)

// verbRole states that the people subj name hold role pred in the
// organization token c names, or are members of the chamber whose
// committee it names (verbBody).
func (x *extractor) verbRole(ps *psent, subj []int, v, c int, pred domain.Predicate) {
	e, pred := x.verbBody(ps, c, pred)
	if e == nil {
		return
	}
	for _, k := range subj {
		if p := x.personAt(ps, k); p != nil {
			x.trace(ps, []int{k, v, c})
			x.addFact(p.id, pred, e.id, false, ps.idx, ps.s.hedge)
		}
	}
}

// verbBody returns the organization a work or lead verb's argument c
// names, and the role pred held there; nil for none.
func (x *extractor) verbBody(ps *psent, c int, pred domain.Predicate) (*entity, domain.Predicate) {
	if o := ps.chamberUnitOwner(c); o != nil {
		return o, domain.MemberOf // "who chairs the Senate finance committee"
	}
	if o := x.unitOwner(ps, c); o != nil && pred == domain.HeadOf {
		return o, domain.MemberOf // "who heads the party's youth wing"
	}
	e := ps.ent[c]
	if e == nil {
		// "who leads the opposition Corvin Party", "who leads the union"
		return cmp.Or(x.describedBody(ps, c), ps.namedBody(c), x.definiteBody(ps, c)), pred
	}
	if e.typ != domain.Organization || ps.kind[c] != mName {
		return nil, pred
	}
	return e, pred
}

// describedBody returns the organization that noun c, an organization
// word, names with the name of its owner and a few lower-case words
// before it ("the Houthi prisoner committee"); nil for anything else.
func (x *extractor) describedBody(ps *psent, c int) *entity {
	if !in(orgCues, ps.lower(c)) || ps.tok(c).UPOS != "NOUN" {
		return nil
	}
	start := c
	for start > 0 && ps.head(start-1) == c && ps.ent[start-1] == nil && !startsUpper(ps.tok(start-1).Form) &&
		(ps.rel(start-1) == "compound" || ps.rel(start-1) == "amod") {
		start--
	}
	if start == c || start == 0 {
		return nil
	}
	owner := ps.ent[start-1]
	if owner == nil || owner.typ != domain.Organization && owner.typ != domain.Country {
		return nil
	}
	os, _ := ps.mentionSpan(start - 1)
	name := ps.words(os, c+1)
	org := x.entity(domain.Organization, name)
	if org.first < 0 || ps.idx < org.first {
		org.first = ps.idx
	}
	org.addAlias(name)
	return org
}

// appositionAfter finds the titles of an apposition the parser attached
// elsewhere: "X, director of Y and a member of Z" read left to right, a
// comma right after the name, then determiners and modifiers, then a
// title noun; "and" and another title may follow its phrase.
func (ps *psent) appositionAfter(h int) []int {
	_, end := ps.mentionSpan(h)
	n := len(ps.d.Tokens)
	if end >= n || ps.tok(end).Form != "," {
		return nil
	}
	var out []int
	k := ps.skipPartyTag(end + 1)
	if k+1 < n && ps.lower(k) == "one" && ps.lower(k+1) == "of" {
		k += 2 // "X, one of the directors of Y"
	}
	for k < n {
		k = ps.skipOwnerName(k)
		for k < n && ps.ent[k] == nil && (ps.rel(k) == "det" || ps.rel(k) == "amod" || ps.rel(k) == "compound" || in(titleModifiers, ps.lower(k)) ||
			ps.titleQualifier(k)) && !isTitleNoun(ps.lemma(k)) {
			k++
		}
		if k >= n || ps.ent[k] != nil || !isTitleNoun(ps.lemma(k)) || ps.tok(k).UPOS != "NOUN" && ps.tok(k).UPOS != "PROPN" {
			break
		}
		// the noun ends its phrase: the last of a run of title nouns
		for k+1 < n && ps.ent[k+1] == nil && isTitleNoun(ps.lemma(k+1)) {
			k++
		}
		out = append(out, k)
		// skip the title's own phrase ("of the Corvin Institute")
		k = ps.subtreeEnd(k)
		if k < n && ps.lower(k) == "and" {
			k++
			continue
		}
		break
	}
	return out
}

// skipOwnerName returns the token after an organization's or country's
// name and its "'s" opening at token k ("X, International Paper's
// chairman", however the parser hung the title), else k.
func (ps *psent) skipOwnerName(k int) int {
	e := ps.ent[k]
	if e == nil || e.typ != domain.Organization && e.typ != domain.Country {
		return k
	}
	start, end := ps.mentionSpan(k)
	if start != k {
		return k
	}
	if end < len(ps.d.Tokens) && ps.possMark(end) {
		return end + 1
	}
	if ps.possMark(end - 1) {
		return end // (the mention may hold its "'s")
	}
	return k
}

// titleQualifier reports whether token k is a lower-case word that may
// qualify the title noun right after it, whatever the parser made of it:
// "metals economist", "plant physiologist". A participle ("citing
// analysts at X") or a function word is not one.
func (ps *psent) titleQualifier(k int) bool {
	n := len(ps.d.Tokens)
	if k+1 >= n || !isTitleNoun(ps.lemma(k+1)) || startsUpper(ps.tok(k).Form) {
		return false
	}
	switch ps.tok(k).UPOS {
	case "NOUN", "ADJ":
		return true
	case "VERB":
		l := ps.lower(k)
		return !strings.HasSuffix(l, "ing") && !strings.HasSuffix(l, "ed") && !in(speechVerbs, l)
	}
	return false
}

// titlesAfter returns the titles joined by "and" after title t's phrase
// where the parser attached them elsewhere: "director of X and a member
// of Y".
func (ps *psent) titlesAfter(t int) []int {
	var out []int
	n := len(ps.d.Tokens)
	for k := ps.subtreeEnd(t); k < n && ps.lower(k) == "and"; {
		k++
		for k < n && ps.ent[k] == nil && (ps.rel(k) == "det" || in(titleModifiers, ps.lower(k)) || ps.tok(k).Form == "-" && k > 0 && in(titleModifiers, ps.lower(k-1))) && !isTitleNoun(ps.lemma(k)) {
			k++
		}
		if k >= n || ps.ent[k] != nil || !isTitleNoun(ps.lemma(k)) || slices.Contains(out, k) || ps.hasNamedHolder(k) {
			break
		}
		out = append(out, k)
		k = ps.subtreeEnd(k)
	}
	return out
}

// hasNamedHolder reports whether title t has its own person's name in
// apposition: "his wife, X, and the deputy secretary of the ministry, Y":
// the second title is Y's, not X's.
func (ps *psent) hasNamedHolder(t int) bool {
	for _, c := range ps.kids[t] {
		if e := ps.ent[c]; ps.rel(c) == "appos" && e != nil && e.typ == domain.Person {
			return true
		}
	}
	return false
}

// subtreeEnd returns the first token after the subtree of k, not counting
// conjuncts.
func (ps *psent) subtreeEnd(k int) int {
	end := k + 1
	var walk func(i int)
	walk = func(i int) {
		for _, c := range ps.kids[i] {
			if ps.tok(c).Deprel == "conj" || ps.tok(c).Deprel == "cc" || ps.tok(c).Deprel == "punct" {
				continue
			}
			end = max(end, c+1)
			walk(c)
		}
	}
	walk(k)
	return end
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}
