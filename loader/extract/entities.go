package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// entity is a Person, Organization, Country or Place of the article.
type entity struct {
	typ  domain.NodeType
	name string
	// shown is the name a reader sees when it differs from name, which
	// the extractor matches mentions by: "Interior Ministry" for
	// "Georgia's Interior Ministry", whose possessive belongs to the
	// sentence, not to the body's name (name keeps the two countries'
	// ministries apart, and stays an alias).
	shown   string
	id      string
	aliases []string
	first   int    // first sentence that names it, -1 if none does
	partOf  string // for an organization: the ID of the country it belongs to
	// parentOrg is the ID of the organization it is a branch of: "the
	// Northern Command of the Kenyan Army".
	parentOrg string
	// partRule names the reading of the name that gave partOf or
	// parentOrg, for Explain ("org-name-prefix").
	partRule string
	// gazWritten marks a place the story also writes as the gazetteer
	// names it ("Mumbai" beside "Bombay"): that name is shown.
	gazWritten bool
	// partUnstated marks a partOf the text never states: the country the
	// context gives a ministry its portfolio alone names ("the Interior
	// Ministry said" in a story filed from its capital). Roles read the
	// body as that country's; no part_of is stated.
	partUnstated bool
	// gender is what the words around a person's mentions say: "she" for
	// a spokeswoman or Ms. X, "he" for a spokesman or Mr. X, "" if
	// unknown or contradictory. Pronouns use it.
	gender string
	// genderSet records that a cue was seen, so that a contradiction
	// clears gender for good.
	genderSet bool
}

// seenIn records that sentence si names e: its first sentence is the
// evidence of mentioned_in.
func (e *entity) seenIn(si int) {
	if e.first < 0 || si < e.first {
		e.first = si
	}
}

// setGender records a gender cue for a person; a contradiction leaves
// the gender unknown.
func (e *entity) setGender(g string) {
	switch {
	case !e.genderSet:
		e.gender, e.genderSet = g, true
	case e.gender != g:
		e.gender = ""
	}
}

func (e *entity) addAlias(a string) {
	a = strings.TrimSpace(a)
	if a == "" || a == e.name || slices.Contains(e.aliases, a) {
		return
	}
	e.aliases = append(e.aliases, a)
}

func (e *entity) aliasList() []string {
	out := slices.Clone(e.aliases)
	if e.shown != "" {
		out = slices.DeleteFunc(out, func(a string) bool { return a == e.shown })
		if !slices.Contains(out, e.name) {
			out = append(out, e.name)
		}
	}
	if len(out) == 0 {
		return nil
	}
	slices.Sort(out)
	return out
}

// nodeName is the name the graph gives e.
func (e *entity) nodeName() string {
	if e.shown != "" {
		return e.shown
	}
	return e.name
}

// mentionKind says how a mention refers to its entity.
type mentionKind uint8

const (
	mName    mentionKind = iota // by its name or an alias
	mDemonym                    // a demonym: "Egyptian" for Egypt
	mGov                        // a capital standing for its government
)

// mention is a span of tokens [start, end) of a sentence that refers to an
// entity.
type mention struct {
	ent        *entity
	start, end int
	kind       mentionKind
	quoted     bool
}

// unitKind classifies the pieces a capitalized run is split into.
type unitKind uint8

const (
	uName    unitKind = iota // a name still to be resolved
	uTitle                   // title words: "Foreign Minister"
	uCountry                 // a country by name or code
	uDemonym                 // "Ethiopian"
	uOrg                     // a name ending in an organization cue
)

// unit is a piece of a capitalized run: tokens [start, end).
type unit struct {
	start, end int
	kind       unitKind
	country    string // uCountry, uDemonym: the canonical country
	initial    bool   // starts the sentence (or a quote), where capitals say little
	titled     bool   // follows title words: a person's name
}

// entity returns the entity of type t named name, creating it.
func (x *extractor) entity(t domain.NodeType, name string) *entity {
	id := domain.NodeID(t, name)
	if e, ok := x.byID[id]; ok {
		return e
	}
	e := &entity{typ: t, name: name, id: id, first: -1}
	x.byID[id] = e
	x.ents = append(x.ents, e)
	return e
}

// mention records that tokens [start, end) of sentence s refer to e. A
// mention by name adds its spelling as an alias.
func (x *extractor) mention(s *sentence, start, end int, e *entity, kind mentionKind) {
	if e == nil || start >= end {
		return
	}
	e.seenIn(s.idx)
	if kind == mName {
		e.addAlias(joinTokens(s.text, s.toks, start, end))
	}
	s.ments = append(s.ments, mention{ent: e, start: start, end: end, kind: kind, quoted: s.toks[start].quoted})
}

// findEntities chunks every sentence into units and resolves them into
// mentions: first the multi-word names (so that people are known by their
// full names), then single words, which may be surnames of those people.
func (x *extractor) findEntities() {
	x.findDateline()
	x.findSourceLines()
	for i := range x.sents {
		s := &x.sents[i]
		// (a title is the headline only when it reads like one: a lead
		// sentence taken for the title ends with a period, an item of a
		// list with a semicolon)
		if i < x.datelineSent || x.a.Title != "" && s.text == x.a.Title && i < 3 && s.text != "" && !strings.ContainsAny(s.text[len(s.text)-1:], ".!?”\";") {
			s.title = true
		}
	}
	x.markCodeNames()
	units := make([][]unit, len(x.sents))
	for i := range x.sents {
		units[i] = x.chunk(&x.sents[i])
		units[i] = x.possessiveOffices(&x.sents[i], units[i])
	}
	x.findPeoples(units)
	// Fixed units and multi-word names first, so that people are known by
	// their full names and organizations by the names "the X" gives them.
	for i := range x.sents {
		s := &x.sents[i]
		for _, u := range units[i] {
			switch {
			case u.kind != uName:
				x.resolveFixed(s, u)
			case u.end-u.start > 1 && !x.shapedName(s, u):
				x.resolveName(s, u, false)
			}
		}
	}
	// Names the recognizer finds where the rules found none, before the
	// single words, which may be their short forms.
	x.namedEntities(units)
	// Single words, twice: the second time only names the first made known
	// can resolve ("a Palace official" before "the Palace").
	var later [][2]int
	for i := range x.sents {
		for k, u := range units[i] {
			if u.kind == uName && u.end-u.start == 1 && !x.resolveName(&x.sents[i], u, false) {
				later = append(later, [2]int{i, k})
			}
		}
	}
	for _, l := range later {
		x.resolveName(&x.sents[l[0]], units[l[0]][l[1]], true)
	}
	x.describedOrgs()
	x.describedByApposition()
	x.loneNames()
	x.ownBareMinistries()
	x.ownPrefixedBodies()
	x.findGenders()
	x.orgsTakenForPeople()
	x.placesTakenForPeople()
	x.dropTitleBeats()
	for i := range x.sents {
		s := &x.sents[i]
		slices.SortStableFunc(s.ments, func(a, b mention) int {
			if a.start != b.start {
				return a.start - b.start
			}
			return b.end - a.end
		})
	}
}

// chunk splits a sentence's capitalized runs into units.
func (x *extractor) chunk(s *sentence) []unit {
	if s.headline {
		return nil
	}
	toks := s.toks
	var units []unit
	initial := true
	i := 0
	if s.idx == x.datelineSent {
		i = x.datelineEnd
	}
	for k := range toks {
		if numberedUnit(toks, k) {
			toks[k].name = true
		}
	}
	if s.source != nil {
		toks = toks[:s.source.start] // the source line names its own city and outlet
	}
	x.markBodyNouns(toks)
	for i < len(toks) {
		t := &toks[i]
		if s.idx == x.datelineSent && i == x.datelineBody && i > 0 {
			initial = true // "… (Reuters) - Drones struck": the story's first word
		}
		if !initial && opensName(toks, i) {
			t.name = true
		}
		if !isCapWord(t) {
			// An opening quote or a colon starts a new clause whose first
			// word is capitalized as a matter of course.
			initial = t.kind == tQuote || t.text == ":" || t.text == "(" || (initial && t.kind == tPunct)
			i++
			continue
		}
		if initial && in(leadingDescriptors, t.lower) {
			// "Ruling party lawmaker X", "Opposition Labour Party leader
			// X": a word that describes a party, capitalized only because
			// it opens the sentence, is no part of a name
			initial = false
			i++
			continue
		}
		if initial && t.is("fellow") && i+1 < len(toks) && toks[i+1].kind == tWord && !toks[i+1].cap {
			// "Fellow lawmaker X said": "fellow" before a lower-case
			// title, capitalized only because it opens the sentence, is
			// no name
			initial = false
			i++
			continue
		}
		if initial && leadingOccupation(toks, i) {
			// "Economist Hery Ravelona said": a job in the occupations
			// lexicon, capitalized only because it opens the sentence,
			// is no part of the name after it
			initial = false
			i++
			continue
		}
		if agreementTopic(toks, i) {
			initial = false
			i = runEnd(toks, i) // what a treaty is on names no one
			continue
		}
		j := x.particleEnd(s, i, runEnd(toks, i))
		if e := x.listInName(s, i, j); e > j {
			units = append(units, unit{start: i, end: e, kind: uOrg})
			initial = false
			i = e
			continue
		}
		if x.spelledJoinedName(s, i, j) {
			units = append(units, unit{start: i, end: j, kind: uOrg})
			initial = false
			i = j
			continue
		}
		if e := x.countryInBodyName(s, i, j); e > j {
			units = append(units, unit{start: i, end: e, kind: uOrg})
			initial = false
			i = e
			continue
		}
		if x.placeBeforeParticle(s, i, j) {
			// "the Palau de la Generalitat": one place
			x.place(s, unit{start: i, end: j, kind: uName}, joinTokens(s.text, toks, i, j))
			initial = false
			i = j
			continue
		}
		if e := x.hyphenBase(s, i, j); e > j {
			initial = false
			i = e
			continue
		}
		n := len(units)
		units = x.splitRun(s, i, j, units)
		if initial && len(units) > n && units[n].start == i {
			units[n].initial = true
		}
		initial = false
		i = j
	}
	units = x.bracketedNameParts(s, units)
	// A name right after title words is a person's name.
	for k := range units {
		u := &units[k]
		if u.kind != uName {
			continue
		}
		if k > 0 && units[k-1].kind == uTitle && units[k-1].end == u.start {
			u.titled = true
		}
		if u.start > 0 {
			p := &toks[u.start-1]
			// (lower-case "major" and "private" are adjectives: "a major
			// Kenyan port", "a private English school")
			if p.kind == tWord && !p.cap && (isTitleHead(p.lower) || in(honorifics, p.lower)) && p.lower != "major" && p.lower != "private" {
				u.titled = true
			}
			// "Mrs. Higgins": an honorific that is no name word, so not
			// in the run
			if p.kind == tWord && in(honorifics, p.lower) && in(functionWords, p.lower) {
				u.titled = true
			}
		}
	}
	return units
}

// leadingDescriptors describe a party or a faction before its name or
// its common noun: "the opposition Labour Party", "the ruling party".
var leadingDescriptors = set("ruling", "governing", "rival", "opposition", "breakaway", "hardline", "outlawed", "banned")

// leadingOccupation reports whether token i is a job of the occupations
// lexicon that no title or honorific also is ("Economist", "Analyst",
// "Historian", not "President", "Professor"), with two or three name
// words after it, none a title word, that end in no body's word: a
// person's name the job describes ("Economist Hery Ravelona said";
// "Analyst Capital Partners" is a firm). It does not check that token i
// opens the sentence: chunk asks only of a sentence's first word, and
// titleBeforeRun of a capitalized job right before a name and its "of"
// phrase, wherever it stands.
func leadingOccupation(toks []token, i int) bool {
	t := &toks[i]
	if t.kind != tWord || !t.cap || t.upper || !in(occupations, t.lower) || isTitleWord(t.lower) || in(orgCues, t.lower) {
		return false
	}
	e := i + 1
	for e < len(toks) && e < i+5 && toks[e].kind == tWord && isCapWord(&toks[e]) {
		if toks[e].upper || isTitleWord(toks[e].lower) || in(orgCues, toks[e].lower) {
			return false
		}
		e++
	}
	return e-(i+1) >= 2 && e-(i+1) <= 3 && orgEnd(toks, i, e) == i
}

// bodyOpeners are common words that open a body's name when capitalized
// inside a sentence and followed by capitalized words ending in a body's
// word: "All Progressives Congress", "People Power Party", "Our Home
// Party", "Local Government Association".
var bodyOpeners = set("all", "people", "our", "local", "one")

// ordinals open names when capitalized inside a sentence: "the Third
// Army Region", "the Second Friendship Bridge".
var ordinals = set("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")

// bracketedNameParts makes the bracketed word or two right after a
// body's name part of it: "the Communist Party of India (Marxist)",
// "Janata Dal (United)" name other parties than the words before the
// bracket. An acronym in the bracket is the body's short form, and a
// place, a country or an agency says where it is or who reports: none
// goes on the name.
func (x *extractor) bracketedNameParts(s *sentence, units []unit) []unit {
	toks := s.toks
	for k := 0; k < len(units); k++ {
		u := &units[k]
		o := u.end
		if u.kind != uOrg || o+2 >= len(toks) || toks[o].text != "(" {
			continue
		}
		c := o + 1
		for c < len(toks) && c-o <= 2 && toks[c].kind == tWord && toks[c].cap && !toks[c].upper {
			c++
		}
		if c == o+1 || c-o > 2 || c >= len(toks) || toks[c].text != ")" {
			continue
		}
		inner := joinTokens(s.text, toks, o+1, c)
		if l := x.look(inner); l.country != "" || l.demonym != "" || len(l.entries) > 0 || in(mediaWords, toks[o+1].lower) || in(wireAgencies, toks[o+1].lower) {
			continue
		}
		if c == o+2 && shortFormOf(toks[o+1].lower, toks[u.start:o]) {
			continue // "Water and Power Development Authority (Wapda)"
		}
		u.end = c + 1
		rest := units[:k+1]
		for _, v := range units[k+1:] {
			if v.start >= u.end {
				rest = append(rest, v)
			}
		}
		units = rest
	}
	return units
}

// shortFormOf reports whether word w, in lower case, is a short form
// of the name words: pieces that open the name's words in their order,
// the first word's first ("wapda": Water and Power Development
// Authority; "petronas": Petroliam Nasional Berhad; "petros": Petroleum
// Sarawak Berhad), written as one word in the name's place, as an
// acronym in capitals is. Two pieces at least: one word's opening alone
// is a truncation ("Marxist" opens no word of "Communist Party of
// India").
func shortFormOf(w string, name []token) bool {
	var words []string
	for _, t := range name {
		if t.kind == tWord {
			words = append(words, t.lower)
		}
	}
	// fits reports whether w[i:] splits into two pieces or more (more
	// than one when pieces is 0) that open words[j:] in order
	var fits func(i, j, pieces int) bool
	fits = func(i, j, pieces int) bool {
		if i == len(w) {
			return pieces >= 2
		}
		for k := j; k < len(words); k++ {
			if k > j && pieces == 0 {
				return false // the first piece opens the first word
			}
			for n := 1; i+n <= len(w) && n <= len(words[k]); n++ {
				if w[i+n-1] != words[k][n-1] {
					break
				}
				if fits(i+n, k+1, pieces+1) {
					return true
				}
			}
		}
		return false
	}
	return len(w) >= 3 && fits(0, 0, 0)
}

// opensName reports whether token i, capitalized inside a sentence but
// a word the tokenizer does not take for a name ("Third", "Peace"), opens
// the name after it: an ordinal before a name that is no title ("First
// Deputy Minister"), or a word that "and" joins to a body's name ("the
// Peace and Security Council").
func opensName(toks []token, i int) bool {
	t := &toks[i]
	if t.kind != tWord || !t.cap || t.name || i+1 >= len(toks) {
		return false
	}
	n := &toks[i+1]
	if in(ordinals, t.lower) {
		return isCapWord(n) && !isTitleWord(n.lower) && !in(honorifics, n.lower)
	}
	// "the All Progressives Congress", "the All Pakistan Traders
	// Association", "the opposition People Power Party": a common word
	// the tokenizer takes for no name opens a body's name its words go
	// on to
	if in(bodyOpeners, t.lower) {
		return opensBody(toks, i)
	}
	return n.is("and") && orgAndEnd(toks, i, i+1) > i+1
}

// opensBody reports whether the capitalized words after token i, no
// title word among them, end in a body's word within four words: "All
// [Progressives Congress]", "Peace [Implementation Council]".
func opensBody(toks []token, i int) bool {
	e := i + 1
	for e < len(toks) && e < i+5 && isCapWord(&toks[e]) && !isTitleWord(toks[e].lower) {
		if in(orgCues, toks[e].lower) {
			return e > i+1
		}
		e++
	}
	return false
}

// bodyNameNouns are nouns of functionWords ("peace", "war" stand for the
// topic of a story, "mine" for the pronoun) that, capitalized after a
// word inside a sentence, are a word of a body's name the words after
// them go on to ("the Peace Implementation Council", "the Botswana Mine
// Workers Union", "the Office of the War and Economic Crimes Court") or
// that a body's "for" or "of" opens ("the Union for Peace").
var bodyNameNouns = set("peace", "war", "mine")

// bodyComplementAt reports whether token k is the first word of the
// "for" or "of" complement of a body's word: "the Union for Peace in the
// Central African Republic", "the Ministry of War".
func bodyComplementAt(toks []token, k int) bool {
	return k >= 2 && (toks[k-1].is("for") || toks[k-1].is("of")) && toks[k-2].cap && toks[k-2].kind == tWord && in(orgCues, toks[k-2].lower)
}

// markBodyNouns makes a word of bodyNameNouns a name word where it is
// capitalized after another word and opens a body's name: capitalized
// words ending in a body's word, or "and" and such a name. A demonym or
// a country's name right after the noun opens a name of its own, the
// noun ending another ("since the Cold War Kenyan Army officers …",
// "during the Cold War Soviet Navy ships …"): the noun stays no name.
func (x *extractor) markBodyNouns(toks []token) {
	for k := 1; k+1 < len(toks); k++ {
		t := &toks[k]
		if t.kind != tWord || !t.cap || t.upper || t.name || toks[k-1].kind != tWord || !in(bodyNameNouns, t.lower) {
			continue
		}
		if _, dem := x.demonym(toks[k+1].text); dem {
			continue
		}
		if _, ctry := x.country(toks[k+1].text); ctry {
			continue
		}
		if opensBody(toks, k) || toks[k+1].is("and") && orgAndEnd(toks, k, k+1) > k+1 || bodyComplementAt(toks, k) {
			t.name = true
		}
	}
}

// codeCues are the nouns after a short letter-and-digit code that make
// it an armed group's or a movement's name: "M23 rebels", "the M23
// spokesman". A club of states ("the E3 ministers", "G7 leaders") is
// left out: the rules for meetings read its ministers as the club.
var codeCues = set("rebels", "rebel", "fighters", "militia", "militiamen", "insurgents", "movement",
	"group", "spokesman", "spokeswoman", "spokesperson")

// clubOfStates reports whether the cue at k describes a club of states,
// not an armed group: "the G20 group of major economies".
func clubOfStates(toks []token, k int) bool {
	return toks[k].lower == "group" && k+1 < len(toks) && toks[k+1].lower == "of"
}

// codeName reports whether w is shaped as a body's code name: one or two
// capitals and one or two digits ("M23", "E3", "G20"), not a model number
// ("C-130", "A320", "F-16").
func codeName(w string) bool {
	i := 0
	for i < len(w) && i < 2 && w[i] >= 'A' && w[i] <= 'Z' {
		i++
	}
	n := len(w) - i
	if i == 0 || n < 1 || n > 2 {
		return false
	}
	return strings.IndexFunc(w[i:], func(r rune) bool { return r < '0' || r > '9' }) < 0
}

// markCodeNames makes a code ("M23") a name word throughout the article
// where the article once says it is a body's ("the M23 rebels"), so that
// "backing M23" names it too. Without such a cue a code is a model
// number, as nameWord reads it.
func (x *extractor) markCodeNames() {
	codes := map[string]bool{}
	for i := range x.sents {
		toks := x.sents[i].toks
		for k := 0; k+1 < len(toks); k++ {
			if toks[k].kind == tWord && codeName(toks[k].text) && in(codeCues, toks[k+1].lower) && !clubOfStates(toks, k+1) {
				codes[toks[k].text] = true
			}
		}
	}
	if len(codes) == 0 {
		return
	}
	for i := range x.sents {
		for k := range x.sents[i].toks {
			if t := &x.sents[i].toks[k]; t.kind == tWord && codes[t.text] {
				t.name = true
			}
		}
	}
}

// numberedUnit reports whether token k is a numeral ordinal that is part
// of a unit's name: capitalized words ending in an organization word
// follow ("the 6th Fleet", "the 82nd Airborne Division").
func numberedUnit(toks []token, k int) bool {
	t := &toks[k]
	if t.kind != tNum || !ordinalSuffix(t.lower) {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3 && isCapWord(&toks[j]) && !isTitleHead(toks[j].lower); j++ {
		if in(orgCues, toks[j].lower) {
			return true
		}
	}
	return false
}

// ordinalSuffix reports whether a numeral is an ordinal: "1st", "82nd",
// "3rd", "12th".
func ordinalSuffix(w string) bool {
	n := len(w) - 2
	if n < 1 || w[n-1] < '0' || w[n-1] > '9' {
		return false
	}
	switch w[n:] {
	case "st", "nd", "rd", "th":
		return strings.Trim(w[:n], "0123456789") == ""
	}
	return false
}

// isCapWord reports whether t may start or continue a name.
func isCapWord(t *token) bool { return t.name }

// nameWord is isCapWord computed once per token by the tokenizer.
func nameWord(t *token) bool {
	if t.kind == tWord && conjoinedArticle(t.text) {
		return true // "Jama'at Nusrat al-Islam wal-Muslimin"
	}
	if t.kind != tWord || !(t.cap || t.upper) {
		return false
	}
	if in(calendarWords, t.lower) || in(eraWords, t.lower) || modelCode(t.text) {
		return false
	}
	// "Chicago-based", "Hong Kong-flagged": a modifier, not part of a
	// name ("Saudi-led", "Kremlin-backed" are read whole: resolveName
	// makes the group they lead of a noun after them)
	if hyphenModifier(t.text) != "" && !ledCompound(t.lower) {
		return false
	}
	return t.upper || !in(functionWords, t.lower)
}

// particleEnd returns the end of the run toks[i:j] that a lower-case
// particle no list holds goes on past ("Dar es Salaam", "Foz do
// Iguacu"): where the gazetteer knows the run, the particle and the
// capitalized words after it as a place, the end of those words; j
// otherwise.
func (x *extractor) particleEnd(s *sentence, i, j int) int {
	toks := s.toks
	if j+1 >= len(toks) || j-i > 2 || toks[j].kind != tWord || toks[j].cap || len(toks[j].text) > 3 || !isCapWord(&toks[j+1]) {
		return j
	}
	for e := min(runEnd(toks, j+1), j+3); e > j+1; e-- {
		for _, en := range x.lookupPlace(joinTokens(s.text, toks, i, e)) {
			if en.Type == domain.Place && !en.Ambiguous {
				return e
			}
		}
	}
	return j
}

// hyphenModifier returns the name a hyphenated adjective is made from
// ("Chicago" of "Chicago-based", "Kong" of "Kong-flagged"): the
// capitalized part before the last hyphen when a lower-case participle
// or one of modifierSuffixes follows it; "" for any other word
// ("Guinea-Bissau", "al-Burhan").
func hyphenModifier(w string) string {
	h := strings.LastIndexByte(w, '-')
	if h <= 0 || h == len(w)-1 || !unicode.IsUpper([]rune(w[:h])[0]) {
		return ""
	}
	suf := w[h:]
	if strings.ToLower(suf) != suf || strings.IndexFunc(suf[1:], func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return ""
	}
	if strings.HasSuffix(suf, "ed") || slices.Contains(modifierSuffixes, suf) {
		return w[:h]
	}
	return ""
}

// hyphenBase reads the capitalized run toks[i:j] and the base of the
// hyphenated adjective after it as one place ("the New York-based
// Committee", "a Mexico City-based group", "the Hong Kong-flagged
// ship"): where the gazetteer knows the words together as a country or
// a place, it records the place over the run and the adjective and
// returns the token after the adjective; otherwise it returns j, and
// the run is read as before.
func (x *extractor) hyphenBase(s *sentence, i, j int) int {
	toks := s.toks
	k := j
	if k+1 < len(toks) && j-i <= 2 && toks[k].kind == tWord && !toks[k].cap && len(toks[k].text) <= 3 {
		k++ // a particle before the adjective: "a Dar es Salaam-based group"
	}
	if k >= len(toks) || toks[k].start != toks[k-1].end+1 {
		return j
	}
	base := hyphenModifier(toks[k].text)
	if base == "" {
		return j
	}
	name := joinTokens(s.text, toks, i, k) + " " + base
	var e *entity
	if c, ok := x.country(name); ok {
		e = x.entity(domain.Country, c)
	} else if es := x.lookupPlace(name); len(es) > 0 && !es[0].Ambiguous && es[0].Type == domain.Place {
		e = x.entity(domain.Place, name)
	} else {
		return j
	}
	x.mention(s, i, k+1, e, mName)
	// (the adjective is no spelling of the place's name)
	spelled := joinTokens(s.text, toks, i, k+1)
	e.aliases = slices.DeleteFunc(e.aliases, func(a string) bool { return a == spelled })
	return k + 1
}

// modelCode reports whether a word is a product's model code, letters
// and digits ("F404", "FA-18", "CFM56"): a thing, not a name of an
// actor.
func modelCode(w string) bool {
	return strings.IndexFunc(w, unicode.IsDigit) > 0
}

// eraWords follow a year: "44 B.C.", "A.D. 79".
var eraWords = set("b.c.", "a.d.", "bce", "b.c.e.")

// modifierSuffixes end the hyphenated adjectives made from names.
var modifierSuffixes = slices.Concat(basedSuffixes, []string{"-born", "-owned", "-made"})

// basedSuffixes end the modifiers that place a body: "Dubai-based",
// "Oslo-headquartered" (hasBasedSuffix).
var basedSuffixes = []string{"-based", "-headquartered"}

// knownPlaceName reports whether the gazetteer knows name, as written,
// as one place and nothing else.
func (x *extractor) knownPlaceName(name string) bool {
	es := x.lookupPlace(name)
	return len(es) == 1 && es[0].Type == domain.Place && !es[0].Ambiguous && strings.EqualFold(es[0].Name, name)
}

// numberInName reports whether the capitalized number word at j goes on
// a body's name: capitalized words follow that end in an organization
// word ("China Three Gorges Corporation"); elsewhere a number word is no
// name ("Kenya Three Years On").
func numberInName(toks []token, j int) bool {
	if _, ok := numberWords[toks[j].lower]; !ok || !toks[j].cap || toks[j].kind != tWord {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+3 && isCapWord(&toks[k]) && toks[k].kind == tWord; k++ {
		if in(orgCues, toks[k].lower) {
			return true
		}
	}
	return false
}

// stanceGroupNouns name a group by whom it is for or against, capitalized
// only as a sentence's first word: "Critics of the Green Party",
// "Supporters of X" are no body's names.
var stanceGroupNouns = set("critics", "supporters", "opponents", "backers", "detractors")

// partOfNouns, as a sentence's first word before "of", name a part or
// the people of what follows, and open no body's name either: "Shares of
// Fenwick Capital fell", "Executives of X said", "Residents of X fled".
var partOfNouns = setWith(stanceGroupNouns, "shares", "shareholders", "investors", "executives", "employees", "members",
	"officials", "leaders", "residents", "citizens", "voters", "analysts", "lawyers", "relatives", "families",
	"representatives", "delegates", "workers", "students", "customers", "passengers", "sales", "profits", "assets", "bonds",
	"units", "subsidiaries", "parts", "most", "many", "some", "thousands", "hundreds", "dozens")

// bodyPeopleNouns, as a sentence's first word before "of the", name the
// people of the body that follows, and open no name of theirs: "Deputies
// of the National Assembly adopted", "Fighters of the X Party attacked".
// (Without "the" such a word may open a group's name: "Soldiers of
// Odin".)
var bodyPeopleNouns = set("deputies", "lawmakers", "legislators", "senators", "fighters", "rebels", "militants", "soldiers",
	"troops", "envoys", "diplomats", "agents", "negotiators")

// bodyAfterThe reports whether "of" at j opens "the" and a body's own
// name, so that the plural before it names that body's people: a name of
// two or more words with a body word among them ("Fighters of the Amber
// Front", "… of the Coalition for Justice"), or an acronym ("Soldiers of
// the RUF"). A single bare word ("Soldiers of the Cross") is the
// group's own name. An apposition after the run ("Fighters of the Amber
// Front, a rebel movement, …") describes the body it names, so it
// changes nothing.
func bodyAfterThe(toks []token, j int) bool {
	k := j + 2
	if lowerAt(toks, j+1) != "the" || k >= len(toks) || !isCapWord(&toks[k]) {
		return false
	}
	// (runEnd calls bodyAfterThe in its turn; each call starts two words
	// further right, so the recursion ends with the sentence)
	e := runEnd(toks, k)
	body := e-k == 1 && toks[k].upper && len(toks[k].text) > 1
	for m := k; m < e && e-k >= 2 && !body; m++ {
		body = toks[m].cap && in(orgCues, toks[m].lower)
	}
	return body
}

// runEnd returns the end of the run of capitalized words starting at i,
// joined by connectors ("Ministry of Defense", "Mohammed bin Salman").
func runEnd(toks []token, i int) int {
	j := i + 1
	for j < len(toks) {
		t := &toks[j]
		if isCapWord(t) || numberInName(toks, j) {
			j++
			continue
		}
		// "Authority on Development", "Committee on Human Rights",
		// "Committee to Protect Journalists"
		onName := (t.lower == "on" || t.lower == "to") && in(orgCues, toks[j-1].lower) && toks[j-1].cap || missionIn(toks, j)
		// "Corvin Co. of Tarrow": a company's legal form ends its name
		if in(companyForms, toks[j-1].lower) {
			break
		}
		if t.lower == "of" && j == i+1 && (in(partOfNouns, toks[i].lower) || in(bodyPeopleNouns, toks[i].lower) && bodyAfterThe(toks, j)) {
			break // "Critics of the Green Party": the party's critics, no body's name
		}
		if (t.kind == tWord && !t.cap && (in(connectors, t.lower) || in(pluralParticles, t.lower) || onName)) || t.text == "&" {
			k := j + 1
			if k < len(toks) && toks[k].is("the") && (t.lower == "of" || t.lower == "for" || t.lower == "in") {
				k++
			}
			// "Jan van der Berg", "Ana de la Cruz": two particles
			if k < len(toks) && t.lower != "of" && t.lower != "for" && t.text != "&" && toks[k].kind == tWord && !toks[k].cap && in(connectors, toks[k].lower) {
				k++
			}
			// (a numeral opens a name, it does not go on with one: "Judge
			// X of the 2nd Circuit Court")
			if k < len(toks) && isCapWord(&toks[k]) && toks[k].kind == tWord {
				j = k + 1
				continue
			}
		}
		if e := orgAndEnd(toks, i, j); e > j {
			j = e
			continue
		}
		if pluralPossessiveInName(toks, j) {
			j += 2
			continue
		}
		if namePreposition(toks, j) {
			j += 2
			continue
		}
		// "United Nations Interim Force in Lebanon (UNIFIL)": "in" or
		// "and" inside a name its acronym spells out
		e := j
		for n := 0; n < 3 && e+1 < len(toks) && toks[e].kind == tWord && in(smallWords, toks[e].lower) && isCapWord(&toks[e+1]); n++ {
			e += 2
			for e < len(toks) && isCapWord(&toks[e]) {
				e++
			}
		}
		if e > j && e+2 < len(toks) && toks[e].text == "(" && toks[e+1].upper && toks[e+2].text == ")" && spellsOut(toks[i:e], toks[e+1].text) {
			j = e
			continue
		}
		break
	}
	return j
}

// titledRun reports whether tokens [i, j) hold a title word or an
// honorific (the name readers of chunk take no such run for a body's).
func titledRun(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		if isTitleHead(toks[k].lower) || in(honorifics, toks[k].lower) {
			return true
		}
	}
	return false
}

// listInName returns the end of a body's name whose words list its
// fields with commas before an "and" ("the Senate Commerce, Science and
// Transportation Committee", "the Foreign, Commonwealth and Development
// Office", "the American Federation of State, County and Municipal
// Employees"), for the run toks[i:j] that an article opens; j when
// there is none. Each listed word is one capitalized word the gazetteer
// does not know and no body's word, and the run before the list ends in
// no body's word or acronym ("the BBC, Reuters and Associated Press" are
// three). After the "and", one or two words close the name: a body's word
// ends it, or the run holds an "of" or "for" complement the words end.
func (x *extractor) listInName(s *sentence, i, j int) int {
	toks := s.toks
	if i == 0 || !toks[i-1].is("the") || j+3 >= len(toks) || toks[j].text != "," || x.listWordKnown(&toks[j-1]) || toks[j-1].upper {
		return j
	}
	if titledRun(toks, i, j) {
		return j
	}
	complement := false
	for k := i; k < j; k++ {
		complement = complement || (toks[k].is("of") || toks[k].is("for")) && k > i && in(orgCues, toks[k-1].lower)
	}
	k := j
	for k+2 < len(toks) && toks[k].text == "," && toks[k+1].kind == tWord && isCapWord(&toks[k+1]) && !x.listWordKnown(&toks[k+1]) {
		k += 2
	}
	if k == j || k+1 >= len(toks) || !toks[k].is("and") {
		return j
	}
	e := k + 1
	for e < len(toks) && e <= k+2 && toks[e].kind == tWord && isCapWord(&toks[e]) && !isTitleHead(toks[e].lower) && !in(honorifics, toks[e].lower) {
		e++
	}
	if e == k+1 || e < len(toks) && (isCapWord(&toks[e]) || toks[e].kind == tPoss) {
		return j
	}
	if !complement && !in(orgCues, toks[e-1].lower) {
		return j
	}
	return e
}

// spelledJoinedName reports whether the run toks[i:j] is one body's name
// that an "and", "in" or "on" joins and the acronym in brackets right
// after it spells out: "the Incident Prevention and Response Mechanism
// (IPRM)", "the Socio-Economic Rights and Accountability Project
// (SERAP)". runEnd joins such a run over its small word only when the
// acronym spells it; without a body's word at its end the run would
// still split there into two names. No title or honorific is in the run
// ("Minister of Trade and Industry Ana Soler (AS)" is no body), and no
// known country or place is the run whole ("Trinidad and Tobago (TT)").
// An event's or a law's name is no body either: no word of the run is an
// event's head ("the World Summit on Trade and Health (WSTH)" is the
// summit, not its participant) or an agreement's (agreementWords: "the
// Fisheries and Ports Act (FPA)", "the Trade and Transit Framework
// Agreement (TTFA)").
func (x *extractor) spelledJoinedName(s *sentence, i, j int) bool {
	toks := s.toks
	if j+2 >= len(toks) || toks[j].text != "(" || toks[j+2].text != ")" || toks[j+1].kind != tWord || !toks[j+1].upper || j-i < 4 {
		return false
	}
	if titledRun(toks, i, j) {
		return false
	}
	joined := false
	for k := i; k < j; k++ {
		t := &toks[k]
		if in(joinedEventHeads, t.lower) || in(agreementWords, t.lower) {
			return false
		}
		joined = joined || t.kind == tWord && !t.cap && (t.lower == "and" || t.lower == "in" || t.lower == "on") && k > i && isCapWord(&toks[k-1])
	}
	if !joined || !isCapWord(&toks[i]) || !isCapWord(&toks[j-1]) || !spellsOut(toks[i:j], toks[j+1].text) {
		return false
	}
	return !x.placeWord(joinTokens(s.text, toks, i, j))
}

// joinedEventHeads name events, not bodies, inside a run
// spelledJoinedName would join.
var joinedEventHeads = set("summit", "summits", "games", "olympics", "festival", "indaba", "expo",
	"marathon", "cup", "championship", "championships")

// countryInBodyName returns the end of a body's name that goes on over
// "in" to the country whose name closes it, for the run toks[i:j] that
// "the" opens: a body's word with an "of", "for" or "on" complement
// ("the Association of Banks in Lebanon", "the Front for Change and
// Concord in Chad", "the Union for Peace in the Central African
// Republic", "the Committee on Foreign Investment in the United
// States"); j when there is none. The body's word is one of
// countryNamedBodies, and no international body's name opens the run:
// its "in" says where it works ("the International Committee of the Red
// Cross in Syria"). No title or honorific is in the run, and the
// country's name ends the run (not "in Lebanon's north").
func (x *extractor) countryInBodyName(s *sentence, i, j int) int {
	toks := s.toks
	if i == 0 || !toks[i-1].is("the") || j+2 >= len(toks) || !toks[j].is("in") || in(internationalOpeners, toks[i].lower) {
		return j
	}
	if titledRun(toks, i, j) {
		return j
	}
	complement := false
	for k := i; k < j; k++ {
		complement = complement || k > i && (toks[k].is("of") || toks[k].is("for") || toks[k].is("on")) && toks[k-1].cap && in(countryNamedBodies, toks[k-1].lower)
	}
	if !complement {
		return j
	}
	c := j + 1
	if toks[c].is("the") {
		c++
	}
	if c >= len(toks) || !isCapWord(&toks[c]) {
		return j
	}
	e := runEnd(toks, c)
	if _, n := x.countryAt(s, c, e); n == 0 || c+n != e || e < len(toks) && (toks[e].kind == tPoss || toks[e].is("'s") || toks[e].text == "’s") {
		return j
	}
	if !x.countryInName(s, i, j, e) {
		return j
	}
	return e
}

// countryInName reports whether the text shows that the country after
// "in" is a word of the body's name toks[i:e] (the body's words end at
// j), not where the body works: "in <Country>" is read so in wire copy
// ("the Movement for Democratic Change in Zimbabwe", "the Union of
// Teachers in Malawi called a strike"). The evidence is an acronym in
// brackets right after the country that opens with the name's initial
// and is no acronym of the words before "in" ("the Front for Change and
// Concord in Chad (FACT)", "the Union for Peace in the Central African
// Republic (UPC)"), or the whole name written twice or more in the
// article and the body's words never without the country.
func (x *extractor) countryInName(s *sentence, i, j, e int) bool {
	toks := s.toks
	if e+2 < len(toks) && toks[e].text == "(" && toks[e+2].text == ")" && toks[e+1].kind == tWord && toks[e+1].upper {
		acr := toks[e+1].text
		if acr[0] == toks[i].text[0] && !spellsOut(toks[i:j], acr) {
			return true
		}
	}
	whole, body := joinTokens(s.text, toks, i, e), joinTokens(s.text, toks, i, j)
	n := strings.Count(x.a.Text, whole)
	return n >= 2 && strings.Count(x.a.Text, body) == n
}

// countryNamedBodies are the bodies of members whose names hold the
// country they gather in after "in": an association, a union, a front,
// a committee. Other bodies name one of their seats so, and are no
// bodies of that country's members: "the Embassy of Japan in Kenya",
// "the Ministry of Health in Ghana", "the Institute for Security Studies
// in South Africa". (coalitionOpeners, and polityWords in rules_org.go,
// share words with it and answer other questions: a name that may end in
// its country's, a union of states not based where its name ends.)
var countryNamedBodies = set("association", "union", "front", "movement", "committee", "federation", "coalition", "alliance",
	"league", "confederation", "chamber")

// internationalOpeners open the names of international bodies, which
// work in many countries: "the International Committee of the Red Cross
// in Syria" is its delegation there.
var internationalOpeners = set("international", "world", "global", "united", "un", "u.n.", "european", "african", "arab", "asian", "islamic", "inter-american", "pan-african")

// listWordKnown reports whether a word listed in a name is one that
// names something of its own: a body's word, an acronym, or a word the
// gazetteer knows (a country, a demonym, a place).
func (x *extractor) listWordKnown(t *token) bool {
	if in(orgCues, t.lower) || t.upper || in(functionWords, t.lower) {
		return true
	}
	l := x.look(t.text)
	return l.country != "" || l.demonym != "" || len(l.entries) > 0
}

// conjoinedArticle reports whether w is an Arabic name word that "and"
// and the article open ("wal-Muslimin"): a word of the name it is in, as
// "al-Islam" is.
func conjoinedArticle(w string) bool {
	rest, ok := strings.CutPrefix(w, "wal-")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// pluralParticles join the words of a French, Portuguese or Italian name
// as "de" and "du" do: "Société des Mines du Mali", "José dos Santos",
// "Banca delle Marche".
var pluralParticles = set("des", "dos", "das", "della", "delle", "degli")

// pluralPossessiveInName reports whether token j is a plural's apostrophe
// inside a body's name, which a body's word follows: "the Korean Metal
// Workers' Union", "the Nurses' Association" (the apostrophe is attached
// to a capitalized plural, not an opening single quote).
func pluralPossessiveInName(toks []token, j int) bool {
	if j < 1 || j+1 >= len(toks) {
		return false
	}
	t, prev, next := &toks[j], &toks[j-1], &toks[j+1]
	return t.kind == tPunct && (t.text == "'" || t.text == "’") && t.start == prev.end && next.start > t.end &&
		prev.cap && strings.HasSuffix(prev.lower, "s") && isCapWord(next) && in(orgCues, next.lower)
}

// missionIn reports whether token j is the "in" of a mission's name, where
// the country or place it serves in is part of it: "UN Support Mission in
// Libya", "African Union Support and Stabilization Mission in Somalia"
// (in lower case, "the UN mission in Libya", the place is no part).
func missionIn(toks []token, j int) bool {
	return j > 0 && toks[j].is("in") && !toks[j].cap && toks[j-1].lower == "mission" && toks[j-1].cap
}

// namePreposition reports whether token j is a preposition set in
// capitals between two name words, which only a name's own words are
// inside a sentence: "Reporters Without Borders", "Committee Against
// Torture". (A headline's capitals say nothing: chunk reads none.)
func namePreposition(toks []token, j int) bool {
	t := &toks[j]
	if j == 0 || j+1 >= len(toks) || t.kind != tWord || !t.cap || t.upper || !in(namePrepositions, t.lower) {
		return false
	}
	return isCapWord(&toks[j-1]) && !toks[j-1].upper && isCapWord(&toks[j+1]) && toks[j+1].kind == tWord && !toks[j+1].upper
}

// namePrepositions are the prepositions a body's name may hold in
// capitals, and a work's title seldom does ("Seconds Over Tokyo", "Lost
// In Translation" are no bodies).
var namePrepositions = set("without", "against", "across", "beyond")

// orgAndEnd returns the end of a body's name that goes on over "and"
// after token j to its organization word: the run toks[i:j] holds an
// organization word (or opens with a word that opens sentences: "Peace")
// and no title, and goes on with capitalized words (even those that open
// sentences) that end with none before the "and" ("African Union Peace
// and Security Council"). It returns j when there is none.
func orgAndEnd(toks []token, i, j int) int {
	and := j
	for and < len(toks) && and < j+2 && toks[and].kind == tWord && toks[and].cap {
		and++
	}
	if and >= len(toks) || !toks[and].is("and") || in(orgCues, toks[and-1].lower) {
		return j
	}
	if titledRun(toks, i, and) {
		return j
	}
	cue := false
	for k := i; k < and; k++ {
		cue = cue || in(orgCues, toks[k].lower) && toks[k].cap && k < j
	}
	// (a word that opens sentences opens a name only when it is one)
	cue = cue || in(functionWords, toks[i].lower)
	// "the National Security and Defense Council": an article opens a
	// name
	cue = cue || i > 0 && toks[i-1].is("the")
	if !cue {
		return j
	}
	for k := and + 1; k < len(toks) && k <= and+3 && isCapWord(&toks[k]) && !isTitleHead(toks[k].lower); k++ {
		if pluralPossessiveInName(toks, k+1) {
			return k + 3 // "the Nurses and Midwives' Association"
		}
		if in(orgCues, toks[k].lower) && (k+1 >= len(toks) || !isCapWord(&toks[k+1])) {
			return k + 1
		}
	}
	if e := complementAndEnd(toks, i, and); e > and {
		return e
	}
	return j
}

// complementAndEnd returns the end of a body's name whose "of" or "for"
// complement goes on over the "and" at token and: "Movement for Renewal
// and Sovereignty", "Centres for Disease Control and Prevention",
// "Ministry of Trade and Industry". One or two capitalized words close
// the name there, none a title or a possessor ("the Ministry of Defence
// and Kenya's army" joins two phrases). It returns and when there is none.
func complementAndEnd(toks []token, i, and int) int {
	complement := false
	for k := i + 1; k < and; k++ {
		complement = complement || (toks[k].is("of") || toks[k].is("for")) && toks[k-1].cap && in(orgCues, toks[k-1].lower)
	}
	if !complement {
		return and
	}
	k := and + 1
	for k < len(toks) && k <= and+2 && isCapWord(&toks[k]) && toks[k].kind == tWord && !isTitleHead(toks[k].lower) && !namedHonorific(toks, k) {
		k++
	}
	if k == and+1 || k < len(toks) && (isCapWord(&toks[k]) || toks[k].is("'s") || toks[k].text == "’s") {
		return and
	}
	return k
}

// namedHonorific reports whether token k is an honorific a name follows
// ("Justice Ana Soler"); one that ends the words is a field of a body's
// name ("the High Court of Cassation and Justice").
func namedHonorific(toks []token, k int) bool {
	return in(honorifics, toks[k].lower) && k+1 < len(toks) && isCapWord(&toks[k+1])
}

// companyForms end a company's name: what follows is another phrase.
// The legal forms of other countries' companies are among them
// ("Nordlys Mining ASA", "Kessler Werke AG", "Velden Holdings NV"); those
// that are also places' codes (placeCodeForms) end one only as
// legalFormEnd allows.
var companyForms = set("inc", "inc.", "ltd", "ltd.", "corp", "corp.", "co.", "plc", "llc",
	"ag", "asa", "gmbh", "nv", "n.v.", "bv", "b.v.", "sa", "s.a.", "s.p.a.", "oyj", "ab", "tbk", "bhd", "berhad", "ltda", "srl", "s.r.l.", "pty")

// smallWords may stand inside an organization's name between capitals.
var smallWords = set("in", "and", "of", "for", "on", "the")

// spellsOut reports whether the acronym is the initials of the words,
// with or without their small words ("in", "and", "of", "for", "the").
func spellsOut(words []token, acronym string) bool {
	acronym = strings.ReplaceAll(acronym, ".", "")
	var all, caps strings.Builder
	for _, w := range words {
		for _, part := range strings.FieldsFunc(w.text, func(r rune) bool { return r == '-' }) {
			r, _ := utf8.DecodeRuneInString(part)
			all.WriteRune(unicode.ToUpper(r))
			if unicode.IsUpper(r) {
				caps.WriteRune(r)
			}
		}
	}
	return acronym == all.String() || acronym == caps.String()
}

// policeRanks are the initials of the police ranks that South Asian and
// Nigerian forces write before an officer's name: "SP" (superintendent of
// police), "DSP", "ASP", "SSP".
var policeRanks = set("sp", "dsp", "asp", "ssp")

// policeInitials reports whether token k of the run toks[k:j] is one of
// policeRanks in capitals before two or three capitalized words that are
// neither titles, acronyms, body words, a company's words nor words the
// gazetteer knows: a person's name ("SP Tunde Bello"). Alone or before an
// acronym, a title, a company's word or a place the initials are as often
// a party's, a company's or a club's ("the SP", "SP MP X", "ASP Isotopes
// Limited", "SSP Kumasi Stars").
func (x *extractor) policeInitials(toks []token, k, j int) bool {
	if !toks[k].upper || !in(policeRanks, toks[k].lower) || j-k < 3 || j-k > 4 {
		return false
	}
	for m := k + 1; m < j; m++ {
		w := toks[m].lower
		if !isCapWord(&toks[m]) || toks[m].upper || isTitleWord(w) || in(orgCues, w) || x.placeWord(toks[m].text) ||
			in(companyForms, w) || in(tradeWords, w) || in(spelledCompanyWords, w) {
			return false
		}
	}
	return true
}

// spelledCompanyWords close a company's name as its legal form or trade
// spelled out, as no surname does: "Limited", "Investment".
var spelledCompanyWords = setWith(spelledLegalForms, "investment", "holding", "financial", "finance", "networks")

// spelledLegalForms are the legal forms a company's name spells out:
// "Barrick Niugini Limited" ends no person's name.
var spelledLegalForms = set("limited", "incorporated")

// hostCountryAfterForces returns the length of the country's name at
// token k that closes the run toks[:j] and a phrase, right after an
// organization unit that a country's name or demonym opens and "Forces"
// ends: "U.S. Forces Japan", "United States Forces Korea (USFK)" name one
// country's command in another, not the command and the host. 0 for none.
func (x *extractor) hostCountryAfterForces(s *sentence, k, j int, units []unit) int {
	toks := s.toks
	u := len(units) - 1
	if u < 0 || units[u].kind != uOrg || units[u].end != k || toks[k-1].lower != "forces" {
		return 0
	}
	_, n := x.countryAt(s, k, j)
	if n == 0 || k+n != j {
		return 0
	}
	if j < len(toks) {
		if t := toks[j].text; t != "," && t != "." && t != "(" && t != ")" {
			return 0
		}
	}
	st := units[u].start
	if _, m := x.countryAt(s, st, k-1); m > 0 {
		return n
	}
	if _, ok := x.demonym(toks[st].text); ok {
		return n
	}
	return 0
}

// splitRun splits the capitalized run toks[i:j] into units.
func (x *extractor) splitRun(s *sentence, i, j int, units []unit) []unit {
	toks := s.toks
	k := i
	for k < j {
		t := &toks[k]
		if !isCapWord(t) {
			k++ // a connector between units
			continue
		}
		if k == i && k+1 == j && lowerAt(toks, k-1) == "ethnic" {
			k++ // "ethnic Karen fighters": a people, not a body or a place
			continue
		}
		// "Premier Datuk Patinggi X", "Tan Sri Dr. X": a style of
		// several words goes with the title, and no word of it with
		// the name after it
		if e := styleEnd(toks, k, j); e > k {
			for m := k; m < e; m++ {
				toks[m].style = true
			}
			if n := len(units); n > 0 && units[n-1].kind == uTitle && units[n-1].end == k {
				units[n-1].end = e
			} else {
				units = append(units, unit{start: k, end: e, kind: uTitle})
			}
			k = e
			continue
		}
		// "SP Tunde Bello": a police rank's initials in capitals before
		// a name of two or three words are a title ("SP leader X", with
		// the word in lower case, is a party's leader)
		if x.policeInitials(toks, k, j) {
			units = append(units, unit{start: k, end: k + 1, kind: uTitle})
			k++
			continue
		}
		// A title goes on before anything else: "Inspector General of
		// Police", not an organization "General of Police".
		if n := len(units); n > 0 && units[n-1].kind == uTitle && units[n-1].end == k && titleAt(toks, k, j, units) && !in(orgCues, t.lower) {
			t.portfolio = t.portfolio || in(portfolioSeconds, t.lower)
			units[n-1].end = k + 1
			k++
			continue
		}
		// "Minister of Water Resources and Irrigation", "Minister of
		// Water and Energy X": a portfolio the title's "of" or "and"
		// names goes with the title, and is no body's name; only a
		// government title's ("Chairman of Mining Chamber X" is a
		// body's head), and no body's words ("Minister of Power Holding
		// Company"), unless a title head follows ("Chief Executive and
		// Planning Director X")
		if w := lowerAt(toks, k-1); (w == "of" || w == "and") && in(portfolioWords, t.lower) && titleEndsAt(units, k-1) &&
			(portfolioTitle(toks, units[len(units)-1]) && !bodyWordsFrom(toks, k, j) || w == "and" && k+1 < j && isTitleHead(toks[k+1].lower)) {
			t.portfolio = true
			units = append(units, unit{start: k, end: k + 1, kind: uTitle})
			k++
			continue
		}
		// "Minister of Public Works and Transport X", "Minister of
		// Territorial Administration, X", "Minister for Community
		// Development X": a word of no lexicon the title's "of", "for" or
		// "and" names, with a portfolio word after it, is the first word
		// of the portfolio, not a body's name
		if n := x.portfolioPair(toks, k, j, units); n > 0 {
			for m := k; m < k+n; m++ {
				toks[m].portfolio = true
			}
			units = append(units, unit{start: k, end: k + n, kind: uTitle})
			k += n
			continue
		}
		// "Secretary of State for Oceans Rachel Dunmore": the portfolio a
		// title's "for" names goes with the title, not the name after it
		if j-k >= 3 && lowerAt(toks, k-1) == "for" && (isPortfolio(t.lower) || in(tradeWords, t.lower)) && titleEndsAt(units, k-1) {
			units = append(units, unit{start: k, end: k + 1, kind: uTitle})
			k++
			continue
		}
		// "Special Envoy for Climate Change Zhao Weiming": the portfolio's
		// second word too
		if j-k >= 3 && in(portfolioSeconds, t.lower) && titleEndsAt(units, k) && isPortfolio(toks[k-1].lower) {
			units[len(units)-1].end = k + 1
			k++
			continue
		}
		// "Air Canada", "Air France-KLM": an airline named "Air" and a
		// country or a name, the whole run ("Air Marshal", "Air Force"
		// are a title and a body's word; "the Air Traffic Staffing Act"
		// a law)
		// ("Air Quality in Delhi" is no airline: the parse tags the word
		// a common noun)
		if t.lower == "air" && k+2 == j && toks[k+1].kind == tWord && isCapWord(&toks[k+1]) && !isTitleWord(toks[k+1].lower) && !in(orgCues, toks[k+1].lower) &&
			x.taggedProper(s, k+1) {
			units = append(units, unit{start: k, end: k + 2, kind: uOrg})
			k += 2
			continue
		}
		if n := x.countryLNG(s, k, j); n > 0 {
			units = append(units, unit{start: k, end: k + n, kind: uOrg})
			k += n
			continue
		}
		if k == i && x.describedParty(s, i, j) {
			units = append(units, unit{start: i, end: j, kind: uOrg})
			k = j
			continue
		}
		if k == i && x.countryOpensName(s, i, j) {
			units = append(units, unit{start: i, end: j, kind: uName})
			k = j
			continue
		}
		if k == i && x.countryEndsName(s, i, j) {
			units = append(units, unit{start: i, end: j, kind: uOrg})
			k = j
			continue
		}
		// "Professor Tomas Rell of the Corvin Institute": the title opens
		// the run
		if (isTitleHead(t.lower) || in(honorifics, t.lower)) && !in(orgCues, t.lower) && !(placeStyle(t.lower) && styleNamesPlace(toks, k+1, j)) {
			if o := titledNameOf(toks, k+1, j); o > k+1 {
				units = append(units, unit{start: k, end: k + 1, kind: uTitle}, unit{start: k + 1, end: o, kind: uName})
				k = o
				continue
			}
		}
		if titledAt(toks, k, units) || k == i && titleBeforeRun(toks, k) {
			if o := titledNameOf(toks, k, j); o > k {
				units = append(units, unit{start: k, end: o, kind: uName})
				k = o
				continue
			}
		}
		// "Members of the Philippine House of Representatives": the
		// word and "of the" before a legislature's house are no part of
		// its name
		if k+4 < j && (in(chamberPeople, t.lower) || in(functionWords, t.lower)) && toks[k+1].is("of") && toks[k+2].is("the") &&
			(chamberHouse(toks, k+3, j) || chamberHouse(toks, k+4, j)) {
			k += 3
			continue
		}
		m := orgEnd(toks, k, j)
		m = x.internationalGoesOn(s, k, m, j)
		if m == k+2 && x.placeCodeOf(toks, k) {
			m = k // "Reno NV": a town and its state's code
		}
		if m == k && in(orgCues, t.lower) && k >= 2 && toks[k-1].is("of") && len(units) > 0 && units[len(units)-1].kind == uTitle {
			m = k + 1 // "Inspector General of Police"
		}
		if m > k {
			if c, n := x.countryAt(s, k, j); n > 0 && k+n >= m {
				units = append(units, unit{start: k, end: k + n, kind: uCountry, country: c})
				k += n
				continue
			}
			// "the West Bank": a name the gazetteer knows as a place,
			// though it ends in a body's word
			kind := uOrg
			if x.knownPlaceName(joinTokens(s.text, toks, k, m)) {
				kind = uName
			}
			units = append(units, unit{start: k, end: m, kind: kind})
			k = m
			continue
		}
		// A named water, line or strip whose name holds a country: "South
		// China Sea", "Gulf of Oman", "Line of Control".
		if n := geoNameAt(toks, k, j); n > 0 {
			units = append(units, unit{start: k, end: k + n, kind: uName})
			k += n
			continue
		}
		// "South Korean": a demonym of two words.
		if k+1 < j && isCapWord(&toks[k+1]) && demonymShaped(toks[k+1].lower) {
			if c, ok := x.demonym(joinTokens(s.text, toks, k, k+2)); ok {
				if _, isCountry := x.country(joinTokens(s.text, toks, k, k+2)); !isCountry {
					units = append(units, unit{start: k, end: k + 2, kind: uDemonym, country: c})
					k += 2
					continue
				}
			}
		}
		if _, n := x.countryAt(s, k, j); n > 0 && k+n < j && toks[k+n].lower == "city" && len(x.look(joinTokens(s.text, toks, k, k+n+1)).entries) > 0 {
			// "Mexico City", "Kuwait City": a city named after its country
			units = append(units, unit{start: k, end: k + n + 1, kind: uName})
			k += n + 1
			continue
		}
		if n := x.hostCountryAfterForces(s, k, j, units); n > 0 {
			units[len(units)-1].end = k + n // "U.S. Forces Japan": one command
			k += n
			continue
		}
		if c, n := x.countryAt(s, k, j); n > 0 && !firstNameLike(toks, k, n, j) {
			units = append(units, unit{start: k, end: k + n, kind: uCountry, country: c})
			k += n
			continue
		}
		if c, ok := x.demonym(t.text); ok {
			// "British Columbia": a place the gazetteer knows whole is no
			// demonym and another name
			if n := x.placeAt(s, k, j); n > 0 {
				units = append(units, unit{start: k, end: k + n, kind: uName})
				k += n
				continue
			}
			units = append(units, unit{start: k, end: k + 1, kind: uDemonym, country: c})
			k++
			continue
		}
		if titleAt(toks, k, j, units) {
			if n := len(units); n > 0 && units[n-1].kind == uTitle && units[n-1].end >= k-1 {
				units[n-1].end = k + 1
			} else {
				units = append(units, unit{start: k, end: k + 1, kind: uTitle})
			}
			k++
			continue
		}
		// A place of several words the gazetteer knows ("Port Sudan",
		// "Tel Aviv") stays whole even when one of its words is a country.
		if n := x.placeAt(s, k, j); n > 0 {
			units = append(units, unit{start: k, end: k + n, kind: uName})
			k += n
			continue
		}
		m = k + 1
		for m < j && continuesName(x, s, m) {
			m++
		}
		// Lower-case particles belong to the name only between capitals.
		for m > k+1 && !isCapWord(&toks[m-1]) {
			m--
		}
		// "Minister for Nordic Cooperation Helena Rydbeck": the
		// portfolio's last word ends the title, the name follows
		if p := portfolioBeforeName(toks, k, m, units); p > k {
			for i := k; i < p; i++ {
				toks[i].portfolio = true
			}
			units = append(units, unit{start: k, end: p, kind: uTitle})
			k = p
			continue
		}
		kind := uName
		if x.portfolio(toks, k, m, j) {
			kind = uTitle // "Water Resources Minister X": the title goes on
			for i := k; i < m; i++ {
				toks[i].portfolio = true
			}
		}
		units = append(units, unit{start: k, end: m, kind: kind})
		k = m
	}
	return units
}

// countryLNG returns the length of a gas liquefier's company name at
// token k of the run toks[:j]: a country's name and "LNG" in capitals
// that end the run, before a punctuation mark, a function word, an
// auxiliary or "said" ("Brunei LNG will continue selling", "a contract
// with Oman LNG that covers", "Brunei LNG, a joint venture"): the plant's
// company, as the country's name and the gas make it. After a demonym it
// is the country's gas ("Qatari LNG", demonymLNG), and so is the pair
// before a noun ("Qatar LNG exports rose"); a legal form after it ends a
// company's name the other rules read whole ("Malaysia LNG Sdn Bhd"). 0
// when there is none.
func (x *extractor) countryLNG(s *sentence, k, j int) int {
	toks := s.toks
	_, n := x.countryAt(s, k, j)
	l := k + n
	if n == 0 || l+1 != j || !toks[l].upper || !in(liquefierWords, toks[l].lower) || toks[k].upper {
		return 0
	}
	// what follows is no noun the pair modifies: a punctuation mark, a
	// function word, an auxiliary or "said" ("Qatar LNG exports rose",
	// which the parse may read as a verb, is not)
	if j < len(toks) && toks[j].kind == tWord && !in(functionWords, toks[j].lower) && toks[j].lower != "said" && x.parseTag(s, j) != "AUX" {
		return 0
	}
	return n + 1
}

// portfolioBeforeName returns the end of a portfolio's words that open
// the name toks[k:m] in a title's complement, before a person's name of
// two or three words: "Minister for Nordic Cooperation Helena Rydbeck",
// "Under Secretary for Terrorism and Financial Intelligence Brian
// Whitcomb", "Minister for Energy, Water Resources and Irrigation Sunita
// Gurung". The portfolio's last word is an abstract noun (abstractNoun:
// no one's name ends so), and a title word opened the run earlier, with
// "for", "of", "and", a comma or the title's own words right before the
// name ("Minister for Regional Cooperation X", "Regional" a title's
// word). It returns k when there is none.
func portfolioBeforeName(toks []token, k, m int, units []unit) int {
	if m-k < 3 || k == 0 {
		return k
	}
	switch lowerAt(toks, k-1) {
	case "for", "of", "and", ",":
	default:
		if !titleEndsAt(units, k) {
			return k
		}
	}
	titled := false
	for _, u := range units {
		titled = titled || u.kind == uTitle && u.end <= k && u.end >= k-8
	}
	if !titled {
		return k
	}
	for p := m - 3; p >= k; p-- {
		if !abstractNoun(toks[p].lower) {
			continue
		}
		for e := p + 1; e < m; e++ {
			t := &toks[e]
			if t.kind != tWord || !t.cap || t.upper || isTitleWord(t.lower) || in(orgCues, t.lower) || abstractNoun(t.lower) {
				return k
			}
		}
		if m-(p+1) > 3 {
			return k
		}
		return p + 1
	}
	return k
}

// abstractNoun reports whether lower-case word w ends as an abstract
// noun does, which names a field or an office and no person:
// "Cooperation", "Intelligence", "Irrigation", "Development".
func abstractNoun(w string) bool {
	for _, suf := range abstractSuffixes {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// abstractSuffixes end abstract nouns ("-rence" and "-ity" are left out:
// Lawrence, Florence, Charity, Felicity are names).
var abstractSuffixes = []string{"tion", "sion", "ment", "gence", "dence", "ism", "ness", "ture"}

// romanceArticles are the articles that follow a Romance particle in a
// place's name: "de la", "de las", "de los", "de l'".
var romanceArticles = set("la", "las", "los", "le", "les", "l'")

// placeBeforeParticle reports whether the run toks[k:j] is one name
// that a country's or a known place's name opens and a Romance particle
// goes on with ("the Palau de la Generalitat", "San Juan de Lurigancho"):
// the particle ("de", "de la", "del", "do", ...) right after the place,
// then capitalized words to the run's end, no body's word among them; a
// one-word opener only after "the" and with a particle and its article
// ("de la", "de los"), as a bare "de" opens a surname ("the Netherlands
// de Jong"). Where a word before governs the run ("is no longer the
// ...", "returned to the ..."), no word of the run may be the subject of
// a verb right after it: the capitalized words then open a relative
// clause with no "that" ("the France de Gaulle imagined", "the Dominican
// Republic de la Renta had left"). A run that opens its sentence or
// clause (with its "the", after a comma, the dateline's dash, "and" or
// "but") is itself the subject: "The Palau de la Generalitat said",
// "Villa Nueva de la Sierra has run out". The gazetteer knows such a
// name whole when it knows it at all ("Rio de Janeiro"); this is for the
// ones it does not.
func (x *extractor) placeBeforeParticle(s *sentence, k, j int) bool {
	toks := s.toks
	_, n := x.countryAt(s, k, j)
	if n == 0 {
		n = x.placeAt(s, k, j)
	}
	p := k + n
	if n == 0 || p+1 >= j || toks[p].cap || !in(romanceOf, toks[p].lower) {
		return false
	}
	// a one-word opener without "the" may be a first name: "Georgia de
	// Souza"
	if n == 1 && (k == 0 || !toks[k-1].is("the")) {
		return false
	}
	p++
	article := in(romanceArticles, toks[p].lower) && !toks[p].cap
	if article {
		p++ // "de la"
	}
	if p >= j || n == 1 && !article {
		return false
	}
	open := k // the run's first word, or its "the"
	if k > 0 && toks[k-1].is("the") {
		open = k - 1
	}
	opensClause := open == 0 || toks[open-1].kind == tPunct || toks[open-1].is("and") || toks[open-1].is("but")
	if j < len(toks) && !opensClause && x.subjectOfVerbAt(s, k, j) {
		return false
	}
	for m := p; m < j; m++ {
		if !isCapWord(&toks[m]) || in(orgCues, toks[m].lower) {
			return false
		}
	}
	return true
}

// subjectOfVerbAt reports whether a word of the run toks[k:j] is the
// subject of the verb the parse reads at token j, its auxiliary's or its
// own: "the France de Gaulle imagined", "the Dominican Republic de la
// Renta had left"; not "officials in San Juan de la Cruz Verde said".
func (x *extractor) subjectOfVerbAt(s *sentence, k, j int) bool {
	v := x.parseToken(s, j)
	if v < 0 {
		return false
	}
	ptoks := x.annot.Sentences[s.idx].Tokens
	if ptoks[v].UPOS != "VERB" && ptoks[v].UPOS != "AUX" {
		return false
	}
	if strings.HasPrefix(ptoks[v].Deprel, "aux") && ptoks[v].Head >= 0 {
		v = ptoks[v].Head
	}
	for m := k; m < j; m++ {
		if t := x.parseToken(s, m); t >= 0 && ptoks[t].Head == v && strings.HasPrefix(ptoks[t].Deprel, "nsubj") {
			return true
		}
	}
	return false
}

// titledAt reports whether title words end right before token k: a
// title unit, or an honorific that is no name word ("Dr.", "Mrs.").
func titledAt(toks []token, k int, units []unit) bool {
	if n := len(units); n > 0 && units[n-1].kind == uTitle && units[n-1].end == k {
		return true
	}
	return k > 0 && toks[k-1].kind == tWord && in(honorifics, toks[k-1].lower)
}

// titleBeforeRun reports whether a title head in lower case ends right
// before the run that opens at token k ("Opposition leader Ilse Varga of
// the Green Union", "lawmaker Tomas Rell of Civic Force"): the words
// after it are a person's name as after a capitalized title, and an "of"
// phrase naming a body is that person's body, not part of a name.
func titleBeforeRun(toks []token, k int) bool {
	if k == 0 {
		return false
	}
	t := &toks[k-1]
	if t.kind == tWord && t.cap && leadingOccupation(toks, k-1) {
		return true // "Economist Hery Ravelona of the University of X"
	}
	return t.kind == tWord && !t.cap && isTitleHead(t.lower) && !in(orgCues, t.lower)
}

// titledNameOf returns the end of a person's name that title words
// before token k introduce and an "of" phrase naming a body follows ("Dr.
// Ana Soler of Halden University", "Professor Tomas Rell of the Corvin
// Institute"): one to three name words, none a body's word, a title or a
// trade word, then "of" and a name with a body's word in the run ending
// at j. It returns k when there is none: the body's name then opens at
// k as before.
func titledNameOf(toks []token, k, j int) int {
	o := k
	for o < j && o < k+3 && isCapWord(&toks[o]) && toks[o].kind == tWord && !toks[o].upper && !isTitleWord(toks[o].lower) &&
		!in(orgCues, toks[o].lower) && !in(tradeWords, toks[o].lower) {
		o++
	}
	if o == k || o+1 >= j || !toks[o].is("of") {
		return k
	}
	b := o + 1
	if toks[b].is("the") {
		b++
	}
	if b >= j || orgEnd(toks, b, j) == b {
		return k
	}
	return o
}

// countryOpensName reports whether the run toks[i:j] is one name that a
// country's name opens ("Brasil Copa Turismo, a travel agency"): the
// country is followed by two or more capitalized words that the
// gazetteer and the word lists do not know (no title, honorific, body's
// word, country, demonym or place), and a comma and an indefinite
// article after the run say what the whole is.
func (x *extractor) countryOpensName(s *sentence, i, j int) bool {
	toks := s.toks
	_, n := x.countryAt(s, i, j)
	if n == 0 || j-(i+n) < 2 || j+1 >= len(toks) || toks[j].text != "," || !toks[j+1].is("a") && !toks[j+1].is("an") {
		return false
	}
	for k := i + n; k < j; k++ {
		w := toks[k].lower
		if !isCapWord(&toks[k]) || toks[k].upper || isTitleWord(w) || in(honorifics, w) || in(orgCues, w) {
			return false
		}
		if l := x.look(toks[k].text); l.country != "" || l.demonym != "" || len(l.entries) > 0 {
			return false
		}
	}
	return true
}

// countryEndsName reports whether the run toks[i:j] is one body's name
// that a country's name ends ("Prospect Lithium Zimbabwe", a miner's
// unit in Zimbabwe; "Fisheries Iceland"): one to three words before the
// country that the parse tags no adjective, verb or adverb and the
// gazetteer and the word lists do not know, and an apposition after a comma that says the
// whole is no person or place: "which", or an article and, within three
// words, a body's noun ("Ekonomia Angola, a consultancy in Luanda").
// "Neighbouring Uganda, which …" and "Oil-rich Nigeria, which …" are
// an adjective and a country.
func (x *extractor) countryEndsName(s *sentence, i, j int) bool {
	toks := s.toks
	if j+2 >= len(toks) || toks[j].text != "," {
		return false
	}
	start := -1
	for k := i + 1; k < j; k++ {
		if _, n := x.countryAt(s, k, j); n > 0 && k+n == j {
			start = k
			break
		}
	}
	if start < 0 || start-i > 3 {
		return false
	}
	for k := i; k < start; k++ {
		t := &toks[k]
		if !isCapWord(t) || t.upper || isTitleWord(t.lower) || in(honorifics, t.lower) || in(orgCues, t.lower) || in(describingTags, x.parseTag(s, k)) {
			return false
		}
		if l := x.look(t.text); l.country != "" || l.demonym != "" || len(l.entries) > 0 {
			return false
		}
		if h := strings.LastIndex(t.text, "-"); h >= 0 && h+1 < len(t.text) && unicode.IsLower(rune(t.text[h+1])) {
			return false // "Oil-rich Nigeria", "War-torn Sudan"
		}
	}
	if toks[j+1].is("which") {
		return true
	}
	if !toks[j+1].is("a") && !toks[j+1].is("an") && !toks[j+1].is("the") {
		return false
	}
	for k := j + 2; k < len(toks) && k <= j+4; k++ {
		if t := &toks[k]; t.kind != tWord || t.cap {
			return false
		} else if in(orgCues, t.lower) || in(businessKinds, t.lower) || in(appositionBodyNouns, t.lower) {
			// the noun heads the apposition: no possessive or
			// lower-case noun after it ("the firm's founder", "a
			// unit manager")
			if n := k + 1; n < len(toks) && (toks[n].is("'s") || toks[n].text == "’s" || !toks[n].cap && x.parseTag(s, n) == "NOUN") {
				return false
			}
			return true
		}
	}
	return false
}

// describingTags are the parts of speech of a word that describes the
// country after it ("Neighbouring Uganda", "Landlocked Mali").
var describingTags = set("ADJ", "VERB", "ADV")

// appositionBodyNouns name, after an article, what a body is, besides the words
// that end bodies' names (orgCues) and the business kinds no person goes by
// (businessKinds: "a consultancy", "the insurer"): "a lobby", "a subsidiary".
// A trade a person may ply ("a trader", "an exporter", "the miner") is none.
var appositionBodyNouns = set("lobby", "subsidiary", "cooperative", "think-tank", "charity")

// describedParty reports whether the run toks[i:j] is one party's name
// that a country or its demonym opens: a word that describes a party
// before it and a lower-case party noun after it ("the ruling Georgian
// Dream party", "the opposition Pakistan Tehreek-e-Insaf party"), and
// no title among its words. A name that a country, demonym or known
// place ends ("the opposition Free Tarrow party", "Rell's Pheu Tarrow
// party") or whose words a "for" or "of" joins ("the leftist United for
// Tarrow party", "whose Renewal for Progress party") is one too, after
// a describing word, a political leaning, "whose" or a possessive
// (these two before "party" or "movement" only), unless the whole run
// is a known place ("whose Gulf of Aden coalition").
func (x *extractor) describedParty(s *sentence, i, j int) bool {
	toks := s.toks
	if i == 0 || j-i < 2 || j >= len(toks) || toks[i-1].cap || toks[j].cap || !in(partyNouns, toks[j].lower) {
		return false
	}
	if in(leadingDescriptors, toks[i-1].lower) && x.countryOpensParty(s, i, j) {
		return true
	}
	if !in(leadingDescriptors, toks[i-1].lower) && !in(partyLeanings, toks[i-1].lower) && !toks[i-1].is("whose") && toks[i-1].kind != tPoss {
		return false
	}
	// "whose Gulf of Aden coalition", "Rell's Mount Tarrow alliance": a
	// region's bloc, not a party's name; after "whose" or a possessive
	// only a party or movement is named so, and a run the gazetteer
	// knows whole as a place is that place
	if (toks[i-1].is("whose") || toks[i-1].kind == tPoss) && toks[j].lower != "party" && toks[j].lower != "movement" || x.placeWord(joinTokens(s.text, toks, i, j)) {
		return false
	}
	joined := false
	for k := i; k < j; k++ {
		t := &toks[k]
		if k > i && k+1 < j && (t.is("for") || t.is("of")) && !toks[k-1].is("for") && !toks[k-1].is("of") {
			joined = true
			continue
		}
		if !isCapWord(t) || isTitleWord(t.lower) {
			return false
		}
	}
	return joined || x.placeWord(toks[j-1].text)
}

// countryOpensParty reports whether a country or its demonym opens the
// run toks[i:j] of capitalized words, none a title, before more words.
func (x *extractor) countryOpensParty(s *sentence, i, j int) bool {
	toks := s.toks
	for k := i; k < j; k++ {
		if !isCapWord(&toks[k]) || isTitleWord(toks[k].lower) {
			return false
		}
	}
	if _, n := x.countryAt(s, i, j); n > 0 && i+n < j {
		return true
	}
	_, ok := x.demonym(toks[i].text)
	return ok
}

// partyLeanings are the political leanings that describe a party before
// its name: "the leftist X party".
var partyLeanings = set("leftist", "rightist", "left-wing", "right-wing", "far-left", "far-right",
	"centrist", "centre-left", "centre-right", "center-left", "center-right", "nationalist", "populist")

// partyNouns name what a party is after its name: "the ruling X party".
var partyNouns = set("party", "movement", "coalition", "alliance", "bloc")

// placeAt returns the length of the longest name of two to four words
// starting at k that the gazetteer knows as a place, or 0.
func (x *extractor) placeAt(s *sentence, k, j int) int {
	for n := min(4, j-k); n >= 2; n-- {
		if !isCapWord(&s.toks[k+n-1]) {
			continue
		}
		for _, e := range x.lookupPlace(joinTokens(s.text, s.toks, k, k+n)) {
			if e.Type == domain.Place && !e.Ambiguous {
				return n
			}
		}
	}
	return 0
}

// demonymShaped reports whether w ends like a demonym ("Korean",
// "Sudanese", "Zealander"): only then is a two-word demonym looked up.
func demonymShaped(w string) bool {
	for _, suf := range []string{"an", "ese", "er", "i", "ish", "ic", "ch", "ean", "ot"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// isArea reports whether a word names a continent or world region, a
// place in no country ("Africa", "Europe").
func (x *extractor) isArea(w string) bool {
	for _, e := range x.lookupPlace(w) {
		if e.Type == domain.Place && e.Country == "" && !e.Ambiguous {
			return true
		}
	}
	return false
}

// geoHeads are the nouns that make a capitalized name a named feature of
// the map even when a country's name is inside it: "South China Sea",
// "Gulf of Aden", "Line of Control", "Blue Line". (Landform nouns recur
// in landformNouns, rules_geo.go, and featureNouns, resolve.go, each
// for its own reading; oneWordLandforms, lexicon.go, are names.)
var geoHeads = set("sea", "gulf", "strait", "straits", "line", "shoal", "shoals", "island", "islands",
	"river", "valley", "peninsula", "strip", "heights", "corridor", "ocean", "bay", "channel", "lake",
	"canal", "desert", "plateau", "basin", "reef", "reefs", "atoll", "archipelago", "mountains", "hills",
	"forest", "parish", "counties", "range", "dam",
	// landforms: "Niger Delta", "Victoria Falls", "Grand Canyon"
	"delta", "shelf", "falls", "glacier", "lagoon", "canyon", "gorge", "estuary", "fjord", "plains", "highlands", "steppe")

// featureOpenerWords open the names of lakes and mountains, which may
// hold a country's: "Lake Chad", "Mount Kenya". ("Cape", which also
// opens place names, opens a country's too: "Cape Verde".)
var featureOpenerWords = []string{"lake", "mount", "mt.", "mt"}

// featureOpeners is featureOpenerWords as a set.
var featureOpeners = set(featureOpenerWords...)

// geoNameAt returns the length of a named feature of the map starting at
// token k within the run ending at j: capitalized words ending with a geo
// head ("West Philippine Sea"), or a geo head with an "of" complement
// ("Strait of Hormuz", "Line of Control"), or a lake's or mountain's
// word before a name ("Lake Chad", "Mount Kenya"). It returns 0 for
// anything else, and for a head alone.
func geoNameAt(toks []token, k, j int) int {
	if in(geoHeads, toks[k].lower) && k+2 < j && toks[k+1].is("of") {
		e := k + 2
		if toks[e].is("the") {
			e++
		}
		n := 0
		for e+n < j && isCapWord(&toks[e+n]) && !in(orgCues, toks[e+n].lower) && n < 3 {
			n++
		}
		if n > 0 {
			return e + n - k
		}
		return 0
	}
	// "Lake Chad", "Mount Kenya": a feature's word before a name
	if in(featureOpeners, toks[k].lower) && k+1 < j && isCapWord(&toks[k+1]) {
		n := 1
		for k+n < j && isCapWord(&toks[k+n]) && !in(orgCues, toks[k+n].lower) && !isTitleWord(toks[k+n].lower) && n < 4 {
			n++
		}
		if n > 1 {
			return n
		}
	}
	// Only names that hold a country need this: the others are read
	// whole by the name rules already. A title before is a person's
	// ("Engineer Tom Falls").
	if w := toks[k].lower; isTitleWord(w) && !in(nobleTitles, w) {
		return 0
	}
	for m := k + 1; m < j && m < k+4; m++ {
		t := &toks[m]
		if !isCapWord(t) || isTitleWord(t.lower) || in(orgCues, t.lower) {
			return 0
		}
		if in(geoHeads, t.lower) {
			if m+1 < j && isCapWord(&toks[m+1]) {
				return 0 // "Gaza Strip Authority": the head is inside a longer name
			}
			return m + 1 - k
		}
	}
	return 0
}

// continuesName reports whether token m of a run continues the name before
// it: a capitalized word that is not a title, demonym or country, or a name
// particle ("bin", "von").
func continuesName(x *extractor, s *sentence, m int) bool {
	t := &s.toks[m]
	if !isCapWord(t) {
		return t.kind == tWord && (in(connectors, t.lower) || in(pluralParticles, t.lower)) && t.lower != "of" && t.lower != "for" && t.lower != "&" || namePreposition(s.toks, m)
	}
	if (isTitleHead(t.lower) || in(honorifics, t.lower)) && !surnameBeforeSuffix(s.toks, m) && !x.nameSheikh(s, m) {
		return false
	}
	// "Assistant Secretary for African Affairs Molly X": no name goes on
	// past the word that ends an office's name
	if s.toks[m-1].lower == "affairs" {
		return false
	}
	// "Adviser for Africa Massad X": a continent or world region is no
	// first name
	if m-1 >= 0 && x.isArea(s.toks[m-1].text) {
		return false
	}
	// "IGAD Executive Secretary X": a modifier that opens a title ends
	// the name before it.
	if (in(titleModifiers, t.lower) || in(titleOpeners, t.lower)) && m+1 < len(s.toks) && isCapWord(&s.toks[m+1]) && isTitleWord(s.toks[m+1].lower) {
		return false
	}
	if _, ok := x.demonym(t.text); ok {
		// "Société des Mines du Mali", "Banco de Venezuela": a country
		// after a Romance particle inside a name ends the name
		return m >= 2 && in(countryParticles, s.toks[m-1].lower) && isCapWord(&s.toks[m-2]) || x.countryEndsBody(s, m)
	}
	return true
}

// nameSheikh reports whether the "Sheikh" at m is a word of the name
// whose first words come before it, as in Somali names ("Defense
// Minister Abdullahi Sheikh Nur", "Governor Abdullahi Hussein Sheikh
// said"), not the style of a name after it: a capitalized name word
// that is no title, honorific or place is right before it, and a name
// word that is no title, or no capitalized word, right after it.
// ("Dubai Sheikh Mohammed": a place before it; "Emir Sheikh Tamim": a
// title.)
func (x *extractor) nameSheikh(s *sentence, m int) bool {
	toks := s.toks
	if !in(nameSheikhs, toks[m].lower) || m == 0 {
		return false
	}
	p := &toks[m-1]
	if p.kind != tWord || !isCapWord(p) || p.upper || isTitleWord(p.lower) || in(orgCues, p.lower) || x.placeWord(p.text) {
		return false
	}
	// "Sunni Sheikh X", "Al-Shabaab Sheikh X": a sect's word is no first
	// name, nor a word opened by the Arabic article (a group's or a
	// family's name)
	if in(sectWords, p.lower) || strings.HasPrefix(p.lower, "al-") || strings.HasPrefix(p.lower, "el-") {
		return false
	}
	if m+1 >= len(toks) || !isCapWord(&toks[m+1]) {
		return true
	}
	n := &toks[m+1]
	return n.kind == tWord && !n.upper && !isTitleWord(n.lower) && !in(orgCues, n.lower) && !x.placeWord(n.text)
}

// nameSheikhs are the styles that Somali and other names carry as a
// word of the name, after its first word.
var nameSheikhs = set("sheikh", "sheik", "shaikh")

// sectWords name a religion or its branches: "Sunni Sheikh X" is the
// sheikh's sect, no first name.
var sectWords = set("sunni", "shia", "shiite", "shi'ite", "sufi", "salafi", "salafist", "muslim", "islamic", "wahhabi", "ismaili", "ibadi", "alawite", "druze")

// coalitionOpeners open the names of movements and coalitions that may end in
// their country's name: "Alliance Fleuve Congo" (compare countryNamedBodies:
// the bodies whose "in" phrase gives their members' country).
var coalitionOpeners = set("alliance", "front", "movement", "coalition", "union", "congress", "party", "bloc")

// countryEndsBody reports whether the country's name at m ends a body's
// name: it is the name's last word, and two or more capitalized words
// before it open with a coalition's word ("Alliance Fleuve Congo");
// elsewhere a country ends the name before it.
func (x *extractor) countryEndsBody(s *sentence, m int) bool {
	toks := s.toks
	if _, ok := x.country(toks[m].text); !ok || m+1 < len(toks) && isCapWord(&toks[m+1]) {
		return false
	}
	k := m
	for k > 0 && isCapWord(&toks[k-1]) && toks[k-1].kind == tWord {
		k--
	}
	return m-k >= 2 && in(coalitionOpeners, toks[k].lower)
}

// countryParticles join a country's name to the name before it in French,
// Spanish, Portuguese and Italian.
var countryParticles = set("du", "de", "del", "da", "do", "di")

// placeOpeners open the names of places: "Fort Bend", "Mount Elgon".
var placeOpeners = set(append([]string{"fort", "cape"}, featureOpenerWords...)...)

// shapedName resolves a name of several words whose form says what it
// is, before the gazetteer and the word lists are asked: a person's name
// ending in a generational suffix ("Martin Luther King Jr.", whose
// "King" is no title), a place's opened by a word of the map ("Fort
// Bend"). It reports whether it did.
func (x *extractor) shapedName(s *sentence, u unit) bool {
	toks := s.toks
	switch {
	case surnameBeforeSuffix(toks, u.end-2) && u.end-u.start >= 3:
		x.person(s, u, joinTokens(s.text, toks, u.start, u.end))
	case in(placeOpeners, toks[u.start].lower) && !u.titled && x.personLike(toks, unit{start: u.start + 1, end: u.end}):
		x.place(s, u, joinTokens(s.text, toks, u.start, u.end))
	default:
		return false
	}
	return true
}

// surnameBeforeSuffix reports whether the title word at token k is a
// surname, as a generational suffix after it says: "Martin Luther King
// Jr.", "Ronald Prince III".
func surnameBeforeSuffix(toks []token, k int) bool {
	if k+1 >= len(toks) || k == 0 || !isCapWord(&toks[k-1]) {
		return false
	}
	n := toks[k+1].lower
	return n == "jr." || n == "sr." || n == "jr" || n == "sr" || len(n) > 1 && isRoman(toks[k+1].text)
}

// firstNameLike reports whether a one-word country at k is rather the first
// name of a person: "Jordan" followed by a plain capitalized word.
func firstNameLike(toks []token, k, n, j int) bool {
	if n != 1 || k+1 >= j || toks[k].upper || k > 0 && toks[k-1].is("the") {
		return false
	}
	// "Ambassador to Jordan Sami X": the country completes the title.
	if k >= 2 && in(complementPreps, toks[k-1].lower) && isTitleWord(toks[k-2].lower) {
		return false
	}
	t := &toks[k+1]
	return isCapWord(t) && !t.upper && !isTitleWord(t.lower) && !in(orgCues, t.lower) && !in(notNameWords, t.lower)
}

// orgEnd returns the end of an organization name starting at k within the
// run ending at j: the last organization cue before any title head, with an
// "of …" continuation ("Ministry of Defense"). It returns k if there is none.
func orgEnd(toks []token, k, j int) int {
	last := -1
	m := k
	for ; m < j; m++ {
		t := &toks[m]
		if isTitleHead(t.lower) && !in(orgCues, t.lower) {
			break
		}
		// "Interior Cabinet Secretary X", "Cabinet Minister X": a title,
		// no body
		if t.lower == "cabinet" && m+1 < j && isTitleHead(toks[m+1].lower) {
			break
		}
		if (in(orgCues, t.lower) || in(tradeWords, t.lower) && tradeEnds(toks, k, m) || legalFormEnd(toks, k, m, j)) && isCapWord(t) || chamberHouse(toks, m, j) {
			last = m
		}
	}
	if last < 0 || venueAfterCue(toks, last, m) {
		return k
	}
	if last == k && (k+1 >= m || (!toks[k+1].is("of") && !toks[k+1].is("for") && !toks[k+1].is("on") && !toks[k+1].is("to"))) {
		return k // a cue word alone ("TV", "Parliament") names no one
	}
	// "West Bank" is a place, not a bank.
	if last == k+1 && in(directions, toks[k].lower) && in(placeSuffixes, toks[last].lower) {
		return k
	}
	end := last + 1
	if m == j && nounAfterTrade(toks, last, j) {
		end = j // (a trade word ends no name a noun of its own follows)
	}
	if chamberHouse(toks, last, m) {
		end = max(end, last+3) // "the House of Representatives"
	}
	// "Third Army Region", "Second Army District": a military command's
	// area is named after the force's word
	if end < m && in(militaryCues, toks[last].lower) && in(commandAreas, toks[end].lower) {
		end++
	}
	// (a company's trade word ends its name: "X Plastics of Y" is based
	// in Y)
	if end < m && in(orgCues, toks[last].lower) && (toks[end].is("of") || toks[end].is("for") || toks[end].is("on") || toks[end].is("to") ||
		(toks[end].is("in") || toks[end].is("and")) && m+2 < len(toks) && toks[m].text == "(" && toks[m+1].upper) {
		end = m
	}
	if end < m && missionIn(toks, end) {
		end = m // "UN Verification Mission in Colombia"
	}
	if end < m && complementPastTrade(toks, k, last) {
		// (to the complement's last word: "… for Oil Projects and Petra
		// Infrastructure" joins two names)
		for end < m && isCapWord(&toks[end]) && toks[end].kind == tWord {
			end++
		}
	}
	return end
}

// internationalGoesOn returns the end of the body's name toks[k:m] that
// orgEnd ends at "International" after its first word, where one or two
// capitalized words that close the run toks[:j] go on with it: there the
// word is an adjective of the name, not its last word ("the Astana
// International Exchange", "the Ministry of Foreign Affairs and
// International Cooperation", "the Geneva International Discussions").
// The words after it are no titles, honorifics, portfolios, countries,
// peoples or places ("Federal International Trade Minister X",
// "Transparency International Kenya" keep the name at "International").
// It returns m when the name does not go on.
func (x *extractor) internationalGoesOn(s *sentence, k, m, j int) int {
	toks := s.toks
	if m <= k+1 || m >= j || j-m > 2 || toks[m-1].lower != "international" {
		return m
	}
	for e := m; e < j; e++ {
		t := &toks[e]
		if t.kind != tWord || !isCapWord(t) || t.upper || isTitleWord(t.lower) || isPortfolio(t.lower) || in(portfolioWords, t.lower) && e+1 < len(toks) && isTitleWord(toks[e+1].lower) || x.placeWord(t.text) {
			return m
		}
	}
	return j
}

// tradeEnds reports whether the trade word at m may end the name of a
// body opening at k: not a portfolio before a title ("Construction
// Minister"), nor after the "for" of a title's phrase ("Under Secretary
// of State for Management Laura Finch").
func tradeEnds(toks []token, k, m int) bool {
	return !portfolioAt(toks, m+1) && !(lowerAt(toks, m-1) == "for" && lowerAt(toks, k-1) == "of" && k >= 2 && isTitleHead(toks[k-2].lower))
}

// nounAfterTrade reports whether the run ending at j ends in one
// capitalized word after the trade word at last, a word of the same name
// ("the Parker Solar Probe"), not a title, a body's word or a legal form.
func nounAfterTrade(toks []token, last, j int) bool {
	n := last + 1
	return n+1 == j && in(tradeWords, toks[last].lower) && !in(orgCues, toks[last].lower) && isCapWord(&toks[n]) && toks[n].kind == tWord &&
		!toks[n].upper && !isTitleWord(toks[n].lower) && !in(orgCues, toks[n].lower) && !in(tradeWords, toks[n].lower) && !in(companyForms, toks[n].lower) && !in(placeSuffixes, toks[n].lower)
}

// legalFormEnd reports whether token m, after a word of the run [k, j)
// and last in it, is a company's legal form: "Kessler Werke AG signed"
// ends in one, "Arizona AG Mark Trell" holds the attorney general's
// short title.
func legalFormEnd(toks []token, k, m, j int) bool {
	if m <= k || m+1 != j || !in(companyForms, toks[m].lower) {
		return false
	}
	w := toks[m].lower
	if in(nameForms, w) && !toks[m].upper {
		return false // "Tolu Asa": a name's, "Nordvik Shipping ASA" a form
	}
	if in(placeCodeForms, w) || w == "ag" {
		p := toks[m-1].lower
		form := toks[m].upper || w == "pty" && toks[m].cap
		return form && (w == "ag" || in(orgCues, p) || in(tradeWords, p) || m == k+1 && oneWordCompany(&toks[k]))
	}
	return true
}

// oneWordCompany reports whether t, one capitalized word before a legal
// form in capitals, may be a company's name ("Carrefour SA", "Philips
// NV", "Volvo AB"): no title, direction or word that names no one. A
// place of the code's state before it is splitRun's to leave
// (placeCodeOf).
func oneWordCompany(t *token) bool {
	return isCapWord(t) && !t.upper && !isTitleHead(t.lower) && !in(directions, t.lower) && !in(notNameWords, t.lower) && !in(honorifics, t.lower)
}

// placeCodeCountry is the country of the state or province a legal form
// in capitals also abbreviates: "Reno NV", "Calgary AB", "Whyalla SA".
var placeCodeCountry = map[string]string{"nv": unitedStates, "ab": "Canada", "sa": "Australia"}

// placeCodeOf reports whether the two words [k, k+2) are a place the
// gazetteer knows in the country whose state's or province's code ends
// them ("Reno NV", "Calgary AB"), or any word and that code in a story
// datelined in that country ("ADELAIDE, Australia - ... Whyalla SA"): no
// company, though the code is also a legal form ("Carrefour SA" is one:
// Carrefour is a town of Haiti).
func (x *extractor) placeCodeOf(toks []token, k int) bool {
	c, ok := placeCodeCountry[toks[k+1].lower]
	if !ok || !toks[k+1].upper {
		return false
	}
	if x.dateline == c {
		return true
	}
	for _, e := range x.lookupPlace(toks[k].text) {
		if e.Type == domain.Place && e.Country == c {
			return true
		}
	}
	return false
}

// placeCodeForms are legal forms that are also a state's or a province's
// code or a surname ("Reno NV", "Calgary AB", "Port Pirie SA", "Miguel
// Sa"): they end a company's name only in capitals after a company's word
// ("Velden Holdings NV", "Tarvo Cement SA"). "AG", a surname in lower
// case, ends one in capitals ("Helvetia Privatbank AG").
var placeCodeForms = set("nv", "sa", "ab", "pty")

// nameForms are the legal forms of companyForms longer than two letters
// that are also given names or surnames ("Asa"): a form only in capitals
// ("Nordvik Shipping ASA"), as the two-letter ones.
var nameForms = set("asa")

// chamberPeople are the words for a house's people or parts that "of
// the" joins to its name, no part of it: "Members of the House of
// Commons", "Several of the House of Lords" (a function word too).
// Another word opens a name of its own ("Friends of the House of
// Lords", a charity). ("majority"/"minority": see caucusWords.)
var chamberPeople = set("members", "member", "speaker", "clerk", "leader", "leaders", "majority", "minority",
	"several", "dozens", "scores", "half", "lawmakers")

// chamberMembers name the members of a legislature's house after "House
// of": "House of Representatives", "House of Lords".
var chamberMembers = set("representatives", "commons", "lords", "councillors", "councilors",
	"delegates", "deputies", "peers", "keys", "elders", "assembly", "nationalities")

// chamberHouse reports whether token k of a run ending at j opens the name
// of a legislature's house: "House of" and the word for its members
// ("the House of Representatives", "the House of Lords"). "House" alone
// names a building ("Government House"), no body.
func chamberHouse(toks []token, k, j int) bool {
	return k+2 < j && toks[k].lower == "house" && toks[k].cap && toks[k+1].is("of") && in(chamberMembers, toks[k+2].lower)
}

// venueAfterCue reports whether the capitalized words after the last
// organization cue toks[last] of a run ending at m end in a place's
// word: "Newark Liberty International Airport" names a place whose name
// holds a body's word, not a body followed by a stray "Airport".
func venueAfterCue(toks []token, last, m int) bool {
	// (a region is a body's area: "the Third Army Region")
	if last+1 >= m || !in(placeSuffixes, toks[m-1].lower) || in(regionWords, toks[m-1].lower) {
		return false
	}
	for i := last + 1; i < m; i++ {
		if !isCapWord(&toks[i]) || toks[i].kind != tWord || in(orgCues, toks[i].lower) {
			return false
		}
	}
	return true
}

// complementPastTrade reports whether the last cue toks[last] of a name
// starting at k is only a trade word inside the "of" or "for" complement
// of an organization word before it, so that the complement, not the
// trade word, ends the name: "Organization of the Petroleum Exporting
// Countries", "State Company for Oil Projects".
func complementPastTrade(toks []token, k, last int) bool {
	if in(orgCues, toks[last].lower) {
		return false
	}
	for c := k; c+1 < last; c++ {
		if in(orgCues, toks[c].lower) && toks[c].cap && (toks[c+1].is("of") || toks[c+1].is("for")) {
			return true
		}
	}
	return false
}

// militaryCues and commandAreas make the name of a military area
// command: "Third Army Region", "Second Army District".
var (
	militaryCues = set("army", "navy", "force", "forces")
	commandAreas = set("region", "district", "zone", "area", "sector")
)

// titleAt reports whether token k is a title word in this run: a head or
// honorific always, a modifier when a title word follows it or it continues
// a title ("Secretary of State").
func titleAt(toks []token, k, j int, units []unit) bool {
	t := &toks[k]
	if surnameBeforeSuffix(toks, k) {
		return false
	}
	if placeStyle(t.lower) && styleNamesPlace(toks, k+1, j) {
		return false // "the Datuk Keramat Mosque": a style in a place's name
	}
	if isTitleHead(t.lower) || in(honorifics, t.lower) || in(pastMarkers, t.lower) {
		return true
	}
	// "Water Resources": a portfolio's second word goes on with it
	if k > 0 && in(portfolioSeconds, t.lower) && isPortfolio(toks[k-1].lower) {
		return true
	}
	if officeTitleAt(toks, k, j) {
		return true // "Chief Financial Officer X", "Kerrigan Managing Director Y"
	}
	if !in(titleModifiers, t.lower) {
		return false
	}
	if k+1 < j && isTitleWord(toks[k+1].lower) {
		return true
	}
	// "Deputy Rosa Albornoz": a member of a chamber of deputies, the
	// title of its own before a name
	if t.lower == "deputy" && t.cap && k+1 < j && isCapWord(&toks[k+1]) {
		return true
	}
	if n := len(units); n > 0 && units[n-1].kind == uTitle && units[n-1].end >= k-1 {
		return true
	}
	return false
}

// officeFunctions name the field an office holder answers for inside a
// company's or an institution's title, never a role of their own: the
// middle words of "Chief Financial Officer", "Chief Operating Officer",
// "Chief Technology Officer", "Commercial Director", "Managing Director".
// Capitalized before a name they are read as names ("Financial",
// "Operating") unless a title head closes them.
var officeFunctions = setWith(titleOpeners, "financial", "finance", "operating", "technology", "technical", "information",
	"marketing", "commercial", "investment", "investments", "legal", "medical", "scientific", "data", "risk",
	"compliance", "accounting", "administrative", "creative", "content", "revenue", "strategy", "sustainability",
	"people", "product", "nursing", "digital", "sales", "procurement", "innovation", "editorial", "artistic",
	"executive", "general")

// officeTitleAt reports whether token k opens or continues an office's
// title in the run ending at j: one to three words of officeFunctions,
// then "Director" or "Officer" ("Financial Officer", "Managing
// Director", "Chief Information Security Officer" reads "Security" as a
// title modifier). A word of officeFunctions with no such office noun
// right after the field's words is no title ("Halvik Financial Group"),
// nor is the last word of a company's name before the company's head:
// "Harwick Financial President X", "Dorrance Medical Chairman Y" (the
// company's president or chairman, no office of a field).
func officeTitleAt(toks []token, k, j int) bool {
	if !in(officeFunctions, toks[k].lower) {
		return false
	}
	m := k + 1
	for m < j && m < k+3 && (in(officeFunctions, toks[m].lower) || in(titleModifiers, toks[m].lower)) && !isTitleHead(toks[m].lower) {
		m++
	}
	return m < j && (toks[m].lower == "director" || toks[m].lower == "officer")
}

// portfolio reports whether the capitalized words toks[k:m] name a
// minister's portfolio ("Water Resources Minister", "Fisheries
// Minister"): they come right before the title noun,
// inside the run that ends at j, and the gazetteer knows none of them,
// so they are not a country, demonym or place whose minister it is.
func (x *extractor) portfolio(toks []token, k, m, j int) bool {
	if m >= j || !in(portfolioHeads, toks[m].lower) {
		return false
	}
	for i := k; i < m; i++ {
		if toks[i].upper {
			return false // an acronym names a body: "CNTP Minister"
		}
		if l := x.look(toks[i].text); l.country != "" || l.demonym != "" || len(l.entries) > 0 {
			return false
		}
	}
	return true
}

// portfolioHeads are the titles a portfolio of any words may precede.
var portfolioHeads = set("minister", "ministers")

func isTitleHead(w string) bool {
	_, ok := titleHeads[w]
	return ok
}

func isTitleWord(w string) bool {
	return isTitleHead(w) || in(titleModifiers, w) || in(honorifics, w) || in(pastMarkers, w)
}

// placeInCountryAfter returns the one of places es that lies in the
// country named right after the comma at token j ("VAN, Turkey").
func (x *extractor) placeInCountryAfter(s *sentence, es []gazetteer.Entry, j int) (gazetteer.Entry, bool) {
	if j+1 >= len(s.toks) || s.toks[j].text != "," {
		return gazetteer.Entry{}, false
	}
	c, ok := x.country(s.toks[j+1].text)
	if !ok {
		return gazetteer.Entry{}, false
	}
	for _, e := range es {
		if e.Type == domain.Place && e.Country == c {
			return e, true
		}
	}
	return gazetteer.Entry{}, false
}

// findDateline recognizes a dateline ("NAIROBI (AP) —", "GONDAR, Ethiopia
// —") at the start of one of the first two sentences (the first may be a
// stray line the parser kept) and records its place.
func (x *extractor) findDateline() {
	x.datelineSent = -1
	for i := 0; i < len(x.sents) && i < 4; i++ {
		if x.datelineAt(&x.sents[i]) {
			return
		}
	}
}

func (x *extractor) datelineAt(s *sentence) bool {
	toks := s.toks
	if x.agencyDateline(s) {
		return true
	}
	word := isUpperWord
	j := wordsFrom(toks, 0, word)
	if j == 0 {
		// "Mexico City (AFP) -": web copies keep the dateline in title
		// case, which only its whole shape tells from a sentence's start
		word = isTitleCaseWord
		if j = wordsFrom(toks, 0, word); j == 0 || !x.titleDatelineShape(s, j) {
			return false
		}
	}
	if j >= len(toks) {
		return false
	}
	// "TAIPEI/BEIJING (Reuters) -": a story filed from two cities
	second, j2 := -1, j
	if toks[j].text == "/" {
		second = j + 1
		j2 = wordsFrom(toks, second, word)
		if j2 == second || j2 >= len(toks) {
			return false
		}
	}
	// "PESHAWAR: Khyber Pakhtunkhwa's chief minister …": a dateline
	// in capitals may end in a colon, as South Asian papers write it
	colon := toks[j2].text == ":" && second < 0 && word(&toks[0]) && toks[0].upper
	if next := toks[j2].text; next != "(" && next != "," && !isDash(next) && !colon {
		return false
	}
	name := titleCase(joinTokens(s.text, toks, 0, j))
	es := x.lookupPlace(name)
	if colon && slices.ContainsFunc(es, func(g gazetteer.Entry) bool { return g.Ambiguous }) {
		// "READING: Prime Minister X said …", "MOBILE: …": a name that is
		// also an ordinary word or a given name opens a line in capitals
		// as often as a town does; only the usual dateline shapes read it
		return false
	}
	if colon {
		// "DOVER: Prime Minister X said …", "LINCOLN: Premier X …": only
		// a town of the countries whose press writes datelines so is read
		// so ("PESHAWAR:"), or a country's name heading a roundup ("CHAD:")
		i := slices.IndexFunc(es, func(g gazetteer.Entry) bool {
			return g.Type == domain.Country || g.Type == domain.Place && colonDatelineCountries[g.Country]
		})
		if i < 0 {
			return false
		}
		es = es[i : i+1]
	}
	region, end, inRegion := x.datelineRegion(s, j)
	if inRegion && second < 0 {
		defer func() {
			// "ADDIS ABABA, Ethiopia (AP)": the region is mentioned
			// even when no story follows to mention it again
			if x.datelineSent == s.idx {
				x.mention(s, j+1, end, x.entity(region.Type, region.Name), mDemonym)
			}
		}()
	}
	if len(es) == 0 {
		// "LARANTUKA, East Nusa Tenggara (ANTARA) -": a town the
		// gazetteer does not know, placed by the region after the comma
		if !inRegion || second >= 0 || len(name) < 4 {
			return false
		}
		es = []gazetteer.Entry{{Name: name, Type: domain.Place, Country: region.Country}}
		if region.Type == domain.Country {
			es[0].Country = region.Name
		}
	}
	if second >= 0 {
		other := x.lookupPlace(titleCase(joinTokens(s.text, toks, second, j2)))
		if len(other) == 0 || other[0].Type != domain.Place {
			return false
		}
		defer func() {
			if x.datelineSent == s.idx {
				x.mention(s, second, j2, x.entity(domain.Place, other[0].Name), mDemonym)
				x.datelineEnd, x.datelineBody = j2, max(x.datelineBody, j2)
			}
		}()
	}
	e := es[0]
	if len(name) < 4 {
		// "US, China …" opens a sentence, not a dateline; "VAN, Turkey
		// (AFP)" is one: a short name needs its country after the comma
		var ok bool
		if e, ok = x.placeInCountryAfter(s, es, j); !ok {
			return false
		}
	}
	if e.Type == domain.Country {
		x.mention(s, 0, j, x.entity(domain.Country, e.Name), mDemonym)
		x.dateline = e.Name
	} else {
		x.mention(s, 0, j, x.entity(domain.Place, e.Name), mDemonym)
		x.dateline = e.Country
	}
	x.datelineSent, x.datelineEnd, x.datelineBody = s.idx, j, j
	if colon {
		x.datelineBody = j2 + 1
		return true
	}
	// "(Reuters) —", ", Sept 22 (AFP) -": the agency that filed the story.
	for k := j2; k < len(toks) && k < j2+8; k++ {
		if isDash(toks[k].text) {
			x.datelineBody = k + 1
			for x.datelineBody < len(toks) && toks[x.datelineBody].text == "-" {
				x.datelineBody++
			}
			break
		}
		if toks[k].text != "(" {
			continue
		}
		e := agencyEnd(toks, k+1, k+4)
		if e > k+1 && e < len(toks) && toks[e].text == ")" {
			org := x.entity(domain.Organization, joinTokens(s.text, toks, k+1, e))
			x.mention(s, k+1, e, org, mName)
			x.orgs[domain.Fold(org.name)] = org
			x.agencies = append(x.agencies, org)
			x.datelineBody = e + 1
			// "(EFE).-": a stop before the dash
			if x.datelineBody+1 < len(toks) && toks[x.datelineBody].text == "." && isDash(toks[x.datelineBody+1].text) {
				x.datelineBody++
			}
			// "(Kyodo) --", "(AP) —"
			for x.datelineBody < len(toks) && isDash(toks[x.datelineBody].text) {
				x.datelineBody++
			}
		}
		break
	}
	return true
}

// colonDatelineCountries are the countries whose papers end a dateline
// in capitals with a colon ("PESHAWAR:", "CHENNAI:", "DHAKA:"): a town of
// another country before a colon opens a line, not a story.
var colonDatelineCountries = map[string]bool{"Pakistan": true, "India": true, "Bangladesh": true, "Sri Lanka": true, "Nepal": true}

// agencyDateline recognizes a dateline that names no city, only the
// agency that filed the story: "(Bloomberg) -- Chile will raise its
// levy". The agency must be a known one, so that a sentence that merely
// opens with a bracket is none. It records the agency as datelineAt does.
func (x *extractor) agencyDateline(s *sentence) bool {
	toks := s.toks
	if len(toks) < 4 || toks[0].text != "(" {
		return false
	}
	e := agencyEnd(toks, 1, 4)
	if e == 1 || e+1 >= len(toks) || toks[e].text != ")" || !isDash(toks[e+1].text) ||
		!(e == 2 && in(wireAgencies, toks[1].lower) || in(mediaWords, toks[e-1].lower)) {
		return false
	}
	org := x.entity(domain.Organization, joinTokens(s.text, toks, 1, e))
	x.mention(s, 1, e, org, mName)
	x.orgs[domain.Fold(org.name)] = org
	x.agencies = append(x.agencies, org)
	x.datelineSent, x.datelineEnd, x.datelineBody = s.idx, 0, e+1
	for x.datelineBody < len(toks) && isDash(toks[x.datelineBody].text) {
		x.datelineBody++
	}
	return true
}

// agencyEnd returns the end of the agency's name a dateline's bracket
// opens at token i: capitalized words (up to token lim), or one agency
// that spells itself in lower case ("Doha (dpa) -").
func agencyEnd(toks []token, i, lim int) int {
	if i < len(toks) && !toks[i].cap && in(wireAgencies, toks[i].lower) {
		return i + 1
	}
	return wordsFrom(toks[:min(lim, len(toks))], i, isCapWord)
}

// isUpperWord reports whether t is a word in capitals ("NAIROBI").
func isUpperWord(t *token) bool { return t.kind == tWord && t.upper }

// isTitleCaseWord reports whether t is a capitalized word ("Nairobi").
func isTitleCaseWord(t *token) bool { return t.kind == tWord && t.cap && !t.upper }

// wordsFrom returns the end of the run of words from toks[i] on that
// word accepts.
func wordsFrom(toks []token, i int, word func(*token) bool) int {
	j := i
	for j < len(toks) && word(&toks[j]) {
		j++
	}
	return j
}

// wireAgencies are the news agencies a dateline names in brackets
// beside those mediaWords holds ("AP", "AFP", "Reuters" …).
var wireAgencies = set("antara", "dpa", "efe", "ansa", "kyodo", "yonhap", "tass", "pti", "ani", "irna", "anadolu", "bernama", "aa", "apa")

// titleDatelineShape reports whether the title-case name toks[0:j] opens
// a dateline: a place the gazetteer knows, then an optional ", Country"
// or ", State" ("Kaduna, Nigeria", "Lake Charles, La."), an optional
// date (", Dec 6"), then an agency in brackets ("(Reuters)"), then a
// dash. A second city after a slash ("Taipei/Beijing (Reuters) -") may
// come before the brackets. The agency must be a known one, or the place
// must have a country or state the gazetteer knows after the comma, so
// that a sentence that merely starts with a name and a bracket ("Paris
// (Texas) - …") is none.
func (x *extractor) titleDatelineShape(s *sentence, j int) bool {
	toks := s.toks
	if len(x.lookupPlace(joinTokens(s.text, toks, 0, j))) == 0 {
		return false
	}
	k := j
	if k < len(toks) && toks[k].text == "/" {
		e := wordsFrom(toks, k+1, isTitleCaseWord)
		if e == k+1 || len(x.lookupPlace(joinTokens(s.text, toks, k+1, e))) == 0 {
			return false
		}
		k = e
	}
	region := false
	if k+1 < len(toks) && toks[k].text == "," && !in(calendarWords, toks[k+1].lower) {
		e := wordsFrom(toks, k+1, isTitleCaseWord)
		if e == k+1 {
			return false
		}
		// a state the gazetteer does not know, or abbreviated ("Lake
		// Charles, La. (AP) —"), needs the agency after it
		region = len(x.lookupPlace(joinTokens(s.text, toks, k+1, e))) > 0
		if k = e; !region && k < len(toks) && toks[k].text == "." {
			k++
		}
	}
	// ", Dec 6": the filing date
	dated := false
	if k+2 < len(toks) && toks[k].text == "," && in(calendarWords, toks[k+1].lower) && toks[k+2].kind == tNum {
		k, dated = k+3, true
	}
	agency := false
	if k+2 < len(toks) && toks[k].text == "(" {
		e := agencyEnd(toks, k+1, len(toks))
		if e == k+1 || e >= len(toks) || toks[e].text != ")" {
			return false
		}
		agency = e == k+2 && in(wireAgencies, toks[k+1].lower) || in(mediaWords, toks[e-1].lower)
		k = e + 1
		// "San José, Nov 18 (EFE).-": a stop before the dash
		if agency && k+1 < len(toks) && toks[k].text == "." && isDash(toks[k+1].text) {
			k++
		}
	}
	if k < len(toks) && agency && dated && !isDash(toks[k].text) && toks[k].cap {
		// "Imphal, Nov 10 (PTI) The Centre will …": the Indian agencies
		// run the story on after the bracket with no dash; only a known
		// agency after the filing date, and a capital opening the story
		return true
	}
	if k >= len(toks) || !isDash(toks[k].text) {
		return false
	}
	return agency || region
}

// isDash reports whether text is a dash that ends a dateline.
func isDash(text string) bool { return text == "—" || text == "–" || text == "-" }

// titleCase turns "NEW YORK" into "New York".
func titleCase(s string) string {
	b := []byte(strings.ToLower(s))
	up := true
	for i, c := range b {
		if up && c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
		up = c == ' ' || c == '-'
	}
	return string(b)
}

// genderWords are the title words and honorifics that tell a person's
// gender: "spokeswoman Ana X", "Mr. Y", "X, the chairwoman".
var genderWords = map[string]string{
	"spokeswoman": "she", "chairwoman": "she", "congresswoman": "she", "councilwoman": "she",
	"businesswoman": "she", "ms.": "she", "ms": "she", "mrs.": "she", "mrs": "she", "madam": "she",
	"queen": "she", "princess": "she", "sheikha": "she", "dame": "she", "lady": "she",
	"spokesman": "he", "chairman": "he", "congressman": "he", "councilman": "he",
	"businessman": "he", "mr.": "he", "mr": "he", "king": "he", "prince": "he", "sheikh": "he",
	"sir": "he", "lord": "he",
}

// findGenders reads the gender cues around every person mention: the title
// words right before the name and in an apposition after it.
func (x *extractor) findGenders() {
	for si := range x.sents {
		s := &x.sents[si]
		toks := s.toks
		for _, m := range s.ments {
			if m.ent.typ != domain.Person || m.kind != mName {
				continue
			}
			for k := m.start - 1; k >= 0 && k >= m.start-5; k-- {
				if g, ok := genderWords[toks[k].lower]; ok {
					m.ent.setGender(g)
					break
				}
				if toks[k].kind != tWord || !isTitleWord(toks[k].lower) && mentionEndingAt(s, k+1) == nil {
					break
				}
			}
			if lowerAt(toks, m.end) != "," {
				continue
			}
			for k := m.end + 1; k < len(toks) && k <= m.end+6 && toks[k].text != ","; k++ {
				if g, ok := genderWords[toks[k].lower]; ok {
					m.ent.setGender(g)
					break
				}
			}
		}
	}
}
