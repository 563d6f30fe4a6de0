package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/domain"
)

// Capitalized words that are not the name they look like. Some name no
// actor of the graph: a storm ("Hurricane Delphine"), a party's member
// ("a Florida Republican", "the ranking Democrat"), an agreement a place
// opens ("the Arctic Research Access Treaty"); the ontology has no node
// for a storm, and the samples' gold writes no party for a member's
// label. Others hold a title's words ("WTO Deputy Director-General X",
// "Secretary of State for Oceans X") or a body the title names ("the
// Attorney General's Office").

// stormWords open a storm's name: "Hurricane Delphine", "Typhoon Haikui",
// "Tropical Storm Ana".
var stormWords = set("hurricane", "typhoon", "cyclone", "storm")

// stormName reports whether toks[start:end] is a storm's name: a storm
// word, or "Tropical" and one, then a name.
func stormName(toks []token, start, end int) bool {
	k := start
	if k < end && toks[k].lower == "tropical" {
		k++
	}
	return end-k >= 2 && toks[k].cap && in(stormWords, toks[k].lower)
}

// memberNounEnd reports whether the name toks[start:end] ends with a
// party's member noun: "Florida Republican", "Democrat".
func memberNounEnd(toks []token, start, end int) bool {
	return end > start && toks[end-1].cap && in(partyMemberNouns, toks[end-1].lower)
}

// notAName settles a unit that names no actor: a storm's name is dropped;
// a party member's noun is dropped and the words before it, a state or a
// country ("a Florida Republican"), are resolved on their own. It
// reports whether it settled the unit.
func (x *extractor) notAName(s *sentence, u unit, known bool) bool {
	if stormName(s.toks, u.start, u.end) {
		// the storm's own name is no one's short form later ("Delphine
		// had weakened"): known, resolving to no one
		x.registerShort(domain.Fold(s.toks[u.end-1].text), nil)
		return true
	}
	if bareHall(s.toks, u.start, u.end) || agreementBefore(s.toks, u.end) {
		return true
	}
	if ideologyAdjective(s.toks, u.start, u.end) {
		return true
	}
	if f := domain.Fold(joinTokens(s.text, s.toks, u.start, u.end)); x.peoples[f] {
		// a people's name is no one's short form later ("a Tebu
		// commander"): known, resolving to no one
		x.registerShort(f, nil)
		return true
	}
	if !memberNounEnd(s.toks, u.start, u.end) {
		return false
	}
	if u.end-u.start > 1 {
		rest := u
		rest.end--
		x.resolveName(s, rest, known)
	}
	return true
}

// bareHall reports whether toks[start:end] is "City Hall" or "Town
// Hall" alone ("told reporters outside City Hall"): the building of the
// story's city, called by what it is, with no name of its own ("Tarvik
// City Hall" has one).
func bareHall(toks []token, start, end int) bool {
	return end-start == 2 && (toks[start].lower == "city" || toks[start].lower == "town") && toks[start+1].lower == "hall"
}

// agreementBefore reports whether the name ending at token end is an
// agreement's own name that "on" or "against" goes on with ("the U.N.
// Convention on the Law of the Sea", "the Convention against Torture"):
// a treaty, no actor.
func agreementBefore(toks []token, end int) bool {
	if end < 1 || end >= len(toks) || !toks[end-1].cap || !in(agreementWords, toks[end-1].lower) {
		return false
	}
	return !toks[end].cap && (toks[end].lower == "on" || toks[end].lower == "against")
}

// agreementTopic reports whether the name starting at token k says what
// an agreement is on ("the Convention on the Law of the Sea", "the
// Convention on Biological Diversity"): part of the treaty's name, no
// place or body.
func agreementTopic(toks []token, k int) bool {
	if k >= 1 && toks[k-1].is("the") {
		k--
	}
	return agreementBefore(toks, k-1)
}

// titleOpeners open a title without being titles themselves: "IMF
// Managing Director X", "WTO Deputy Director-General X" (with the title
// modifiers of the lexicon).
var titleOpeners = set("managing")

// runsIntoTitle reports whether the name toks[start:end] of two words or
// more ends with a word that opens the title right after it: "WTO Deputy"
// before "Director-General", "IMF Managing" before "Director". The
// recognizer reads such a body and title word as one name.
func runsIntoTitle(toks []token, start, end int) bool {
	last := toks[end-1].lower
	if end-start < 2 || end >= len(toks) || !toks[end].cap || !isTitleHead(toks[end].lower) {
		return false
	}
	return in(titleModifiers, last) || in(titleOpeners, last)
}

// agreementWords end the names of agreements and laws, which are no
// places though a place's name may open them ("the Arctic Research
// Access Treaty", "the Geneva Protocol"); a body named so is left to
// the rules for bodies ("the Montana Accord", a coalition).
var agreementWords = set("accord", "accords", "agreement", "agreements", "treaty", "treaties", "convention",
	"conventions", "protocol", "protocols", "pact", "charter", "act", "declaration", "memorandum", "law",
	"doctrine", "resolution")

// portfolioWords name a minister's or secretary's portfolio after "for"
// ("Minister for Oceans", "Secretary of State for Fisheries") beside the
// lexicon's title modifiers ("Minister for Women", "for Transport").
var portfolioWords = set("oceans", "fisheries", "sport", "tourism", "climate", "mines",
	"water", "communities", "equalities", "immigration", "irrigation", "forestry", "livestock",
	"aviation", "planning", "petroleum", "mining", "lands", "works", "power")

// portfolioSeconds end a portfolio of two words after "for": "Envoy for
// Climate Change", "Minister for Climate Action".
var portfolioSeconds = set("change", "action", "resources")

// isPortfolio reports whether lower-case word w names a portfolio.
func isPortfolio(w string) bool {
	return in(portfolioWords, w) || in(titleModifiers, w)
}

// titleEndsAt reports whether the last unit is a title that ends right
// before token k ("Minister" before "for").
func titleEndsAt(units []unit, k int) bool {
	n := len(units)
	return n > 0 && units[n-1].kind == uTitle && units[n-1].end == k
}

// portfolioTitle reports whether title unit u is a government title a
// portfolio goes with (a minister's, a secretary's, as titleHeads reads
// its last word, or one of portfolioHolders: "Director of Planning X"),
// or a portfolio that went with one ("Minister of Water and Energy"). A
// body's head is not: "Chairman of Mining Chamber X".
func portfolioTitle(toks []token, u unit) bool {
	last := toks[u.end-1].lower
	return toks[u.start].portfolio || titleHeads[last] == domain.MinisterOf || in(portfolioHolders, last)
}

// portfolioPair returns how many words at token k (before j) go on with
// a minister's portfolio the title unit before the "of", "for" or "and"
// at k-1 opened: a word of no lexicon and a portfolio word after it
// ("of Public Works", "of Territorial Administration", "for Community
// Development", "and Mineral Resources"), or after an "and" that follows
// a portfolio a single portfolio word ("of Public Works and Transport X").
// A body's word after them ("Development Agency") or a country or its
// people's word keeps them out: 0.
func (x *extractor) portfolioPair(toks []token, k, j int, units []unit) int {
	w := lowerAt(toks, k-1)
	if w != "of" && w != "for" && w != "and" || !titleEndsAt(units, k-1) {
		return 0
	}
	u := units[len(units)-1]
	if titleHeads[toks[u.end-1].lower] != domain.MinisterOf && !toks[u.start].portfolio {
		return 0
	}
	word := func(m int) bool {
		t := &toks[m]
		if t.kind != tWord || !isCapWord(t) || t.upper || isTitleHead(t.lower) {
			return false
		}
		l := x.look(t.text)
		return l.country == "" && l.demonym == ""
	}
	portfolioWord := func(l string) bool {
		return isPortfolio(l) || in(portfolioSeconds, l)
	}
	// a name must follow, the comma of an apposition or an "and" before
	// the next portfolio: the portfolio does not end the sentence. After
	// an "and" only a name does, in the same run or apposed after the
	// comma, and no title's head or acronym before it: "… Works and
	// Kestrel Energy, a builder", "… and Kestrel Energy CEO X" name a
	// body or a person beside the minister; "… of Lands and Natural
	// Resources, Kwame Ofori," is the minister's title
	if k+1 < j && word(k) && word(k+1) && !portfolioWord(toks[k].lower) && !in(orgCues, toks[k].lower) && portfolioWord(toks[k+1].lower) &&
		!bodyWordsFrom(toks, k+2, j) && (k+2 < j || k+2 < len(toks) && (toks[k+2].text == "," && (w != "and" || capNameOpensAt(toks, k+3)) || w != "and" && toks[k+2].is("and"))) &&
		(w != "and" || !toks[k+2].upper && !isTitleHead(toks[k+2].lower)) {
		return 2
	}
	if w == "and" && toks[u.start].portfolio && word(k) && isPortfolio(toks[k].lower) && !in(orgCues, toks[k].lower) && k+1 < j && !bodyWordsFrom(toks, k+1, j) {
		return 1
	}
	return 0
}

// capNameOpensAt reports whether token k opens a name: a capitalized word,
// no acronym, article or title's head ("Kwame", not "The" or
// "Minister").
func capNameOpensAt(toks []token, k int) bool {
	if k >= len(toks) || toks[k].kind != tWord || !isCapWord(&toks[k]) || toks[k].upper {
		return false
	}
	l := toks[k].lower
	return l != "the" && l != "a" && l != "an" && !isTitleHead(l)
}

// portfolioHolders hold a government's or a council's portfolio besides
// ministers and secretaries: "Commissioner for Works", "Head of Works".
var portfolioHolders = set("commissioner", "director", "head")

// bodyWordsFrom reports whether the capitalized words from token k on
// (before j) hold an organization's word: "Power Holding Company",
// "Mining Chamber" name a body, not a portfolio.
func bodyWordsFrom(toks []token, k, j int) bool {
	for ; k < j && isCapWord(&toks[k]); k++ {
		if in(orgCues, toks[k].lower) {
			return true
		}
	}
	return false
}

// nobodysShortForm reports whether w is a short form the article knows
// resolves to no one: a surname two people share, a storm's name.
func (x *extractor) nobodysShortForm(w string) bool {
	e, ok := x.persons[domain.Fold(w)]
	return ok && e == nil
}

// officeHolders name, beside the title heads of the lexicon
// ("minister", "president"), the holder whose office "X's Office" is:
// "the Attorney General's Office", "the Ombudsman's Office".
var officeHolders = set("ombudsman", "general", "prosecutor")

// possessiveOffices names the bodies called after their holder's title
// and "'s Office" ("Mexico's Attorney General's Office said", "The
// Prosecutor General's Office of Ukraine"): the title words, the
// possessive and "Office" are one organization, not a title and a
// stray "Office". The units the names cover are dropped from us.
func (x *extractor) possessiveOffices(s *sentence, us []unit) []unit {
	toks := s.toks
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].kind != tPoss || !toks[k+1].cap || toks[k+1].lower != "office" || !isCapWord(&toks[k-1]) ||
			!in(officeHolders, toks[k-1].lower) && !isTitleHead(toks[k-1].lower) {
			continue
		}
		start := k - 1
		for start > 0 && isCapWord(&toks[start-1]) && isTitleWord(toks[start-1].lower) {
			start--
		}
		if overlapsMention(s, start, k+2) {
			continue
		}
		x.newOrg(s, start, k+2, joinTokens(s.text, toks, start, k+2))
		us = dropUnits(us, start, k+2)
	}
	return us
}

// ethnicGroupNouns are the nouns a people's, an ethnic group's or a clan's
// name modifies: "the Meitei and Kuki-Zo communities", "the Tigua
// tribe", "the Hawiye clan". The singular "community" is left out: "the
// Temucuicui community" is a village as often as a people; so is
// "minority" alone, which a party's seats are ("the Liberal minority").
var ethnicGroupNouns = set("communities", "tribe", "tribes", "clan", "clans", "subclan", "subclans")

// ethnicNouns follow "ethnic" after a people's name: "the Pamiri ethnic
// minority".
var ethnicNouns = set("minority", "minorities", "group", "groups", "community", "communities")

// findPeoples collects into x.peoples the names the article gives a
// people: a name unit right before one of ethnicGroupNouns, or before
// "ethnic" and one of ethnicNouns, alone or joined by "and" to another
// name that does so ("the Tebu and Awlad Suleiman communities"). A name
// the gazetteer knows as a country, a demonym or a place is no people's
// ("Michigan tribes", "Turkish Cypriot communities" are the state's and
// the country's), nor one the article also writes before a place's kind
// ("the Fezzan tribes" of "the Fezzan region"), nor one that holds a
// body's word, a title, an honorific or an acronym. A headline's words
// are not read.
func (x *extractor) findPeoples(units [][]unit) {
	for i := range x.sents {
		s := &x.sents[i]
		if s.title {
			continue // headlinese drops the article: "Fezzan tribes agree truce"
		}
		us := units[i]
		for k, u := range us {
			if u.kind != uName {
				continue
			}
			e := u.end
			if k+1 < len(us) && lowerAt(s.toks, e) == "and" && us[k+1].start == e+1 && us[k+1].kind == uName {
				e = us[k+1].end // "the Tebu and Awlad Suleiman communities"
			}
			if !peopleNounAt(s.toks, e) {
				continue
			}
			x.addPeople(s, u)
			if e > u.end {
				x.addPeople(s, us[k+1])
			}
		}
	}
}

// addPeople records the unit u of s, before a people's noun, as a
// people's name when it may be one (peopleName).
func (x *extractor) addPeople(s *sentence, u unit) {
	if !x.peopleName(s, u) {
		return
	}
	if x.peoples == nil {
		x.peoples = map[string]bool{}
	}
	x.peoples[domain.Fold(joinTokens(s.text, s.toks, u.start, u.end))] = true
}

// peopleNounAt reports whether token e is one of ethnicGroupNouns in lower
// case, or "ethnic" and one of ethnicNouns.
func peopleNounAt(toks []token, e int) bool {
	w := lowerAt(toks, e)
	if e >= len(toks) || toks[e].cap {
		return false
	}
	return in(ethnicGroupNouns, w) || w == "ethnic" && in(ethnicNouns, lowerAt(toks, e+1))
}

// peopleName reports whether the unit u, before a people's noun, may be
// a people's name: one or two capitalized words, none a body's word, a
// title or an honorific, that the gazetteer knows as no country, demonym
// or place.
func (x *extractor) peopleName(s *sentence, u unit) bool {
	if u.end-u.start > 2 {
		return false
	}
	for k := u.start; k < u.end; k++ {
		t := &s.toks[k]
		if t.kind != tWord || in(orgCues, t.lower) || isTitleWord(t.lower) || t.upper {
			return false
		}
	}
	name := joinTokens(s.text, s.toks, u.start, u.end)
	l := x.look(name)
	return l.country == "" && l.demonym == "" && len(l.entries) == 0 && !x.placeKindAfter(name)
}

// placeKindAfter reports whether the article writes name, somewhere,
// right before one of placeKinds: "the Fezzan region" is a place, whose
// tribes are its own.
func (x *extractor) placeKindAfter(name string) bool {
	text := x.a.Text
	for i := strings.Index(text, name); i >= 0; {
		rest := text[i+len(name):]
		if w, _, _ := strings.Cut(strings.TrimPrefix(rest[:min(len(rest), 24)], " "), " "); strings.HasPrefix(rest, " ") &&
			in(placeKinds, strings.ToLower(strings.Trim(w, ".,;:\"'’)"))) {
			return true
		}
		n := strings.Index(rest, name)
		if n < 0 {
			break
		}
		i += len(name) + n
	}
	return false
}

// ideologyAdjectives name a creed or a doctrine's followers, capitalized
// by convention, before the noun they describe: "Islamist insurgents",
// "Jihadist fighters", "Maoist rebels". They name no body (the plural,
// "the Maoists", may be a party's name and is not read).
var ideologyAdjectives = set("islamist", "jihadist", "maoist", "salafist", "marxist", "leninist", "zionist", "baathist", "wahhabist")

// ideologyAdjective reports whether toks[start:end] is one of
// ideologyAdjectives alone before a lower-case word.
func ideologyAdjective(toks []token, start, end int) bool {
	return end-start == 1 && in(ideologyAdjectives, toks[start].lower) && !toks[start].upper &&
		end < len(toks) && toks[end].kind == tWord && !toks[end].cap
}
