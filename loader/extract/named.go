package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
	"github.com/actorgraph/actorgraph/nlp/doc"
)

// namedEntities adds the names the trained entity recognizer finds where
// the token rules found nothing: a name the gazetteer does not know and
// whose words give no cue ("Global Greenhouse Network", "Jeremy Rifkin").
// The recognizer's type decides, with the gazetteer's word for countries.
// Only names of two words or more, or acronyms, are taken: a single
// capitalized word is too often a sentence's first word or a product.
// The units the names cover are dropped from units, so that the token
// rules do not read them again.
func (x *extractor) namedEntities(units [][]unit) {
	x.eachAnnotated(func(i int, s *sentence, ds *doc.Sentence) {
		x.splitJoinedNames(s, ds)
		for _, e := range ds.Entities {
			os, oe, ok := oldSpan(s, ds, e.Start, e.End)
			if !ok {
				continue
			}
			os = trimNameStart(s.toks, os, oe, e.Type)
			oe = trimTitleEnd(s.toks, os, oe, e.Type)
			typ := namedType(s.toks[os:oe], e.Type)
			if typ == "person" && x.surnameTradeCompany(s, os, oe) {
				typ = "organization" // "Barrick Gold", "Huayou Cobalt"
			}
			if typ == "organization" && x.demonymLNG(s, os, oe) {
				typ = e.Type // "Qatari LNG": the country's gas, no company
			}
			longer := typ == "organization" && x.plausibleName(s, os, oe, typ) && (x.yieldToLongerName(s, os, oe) || x.yieldDemonym(s, os, oe) || x.yieldCountryArm(s, os, oe))
			if !longer && overlapsMention(s, os, oe) || !x.plausibleName(s, os, oe, typ) {
				continue
			}
			name := joinTokens(s.text, s.toks, os, oe)
			if x.peoples[domain.Fold(name)] || ideologyAdjective(s.toks, os, oe) {
				continue // a people's name (findPeoples), a creed's adjective: no actor
			}
			u := unit{start: os, end: oe, kind: uName}
			switch typ {
			case "person":
				x.person(s, u, name)
			case "organization":
				x.org(s, u, name)
			case "place":
				if c, ok := x.country(name); ok {
					x.mention(s, os, oe, x.entity(domain.Country, c), mName)
				} else {
					x.place(s, u, name)
				}
			default:
				continue
			}
			units[i] = dropUnits(units[i], os, oe)
		}
		units[i] = x.victimNames(s, ds, units[i])
		units[i] = x.hometowns(s, units[i])
		units[i] = x.agedNames(s, units[i])
	})
}

// agedNames makes a person of the single word an age follows between
// commas, the wire's way of giving one's age ("X, 53, was seized"),
// unless the word is a place the gazetteer knows. The units the names
// cover are dropped from us.
func (x *extractor) agedNames(s *sentence, us []unit) []unit {
	toks := s.toks
	for k := 0; k+3 < len(toks); k++ {
		if toks[k+1].text != "," || !isAge(toks[k+2].text) || toks[k+3].text != "," {
			continue
		}
		if overlapsMention(s, k, k+1) || !x.loneWord(s, k) || len(x.lookupPlace(toks[k].text)) > 0 {
			continue
		}
		u := unit{start: k, end: k + 1, kind: uName}
		if e := x.persons[domain.Fold(toks[k].text)]; e != nil {
			x.mention(s, k, k+1, e, mName)
		} else {
			x.person(s, u, toks[k].text)
		}
		us = dropUnits(us, k, k+1)
	}
	return us
}

// isAge reports whether w is a person's age in years: a number of one
// to three digits below 120.
func isAge(w string) bool {
	n, err := strconv.Atoi(w)
	return err == nil && len(w) <= 3 && n > 0 && n < 120
}

// hometowns makes a place of the single word that follows a person's
// name as the town the person comes from: after a name and an age ("X,
// 8, of Y", the wire's way of saying where someone lives) any such word
// no rule has read, after a person's full name ("X Y of Z") only a word
// the gazetteer knows as a place ("of a body" is as frequent there). The
// word ends its phrase: no state follows ("of Y, Conn." is the token
// rules' city and state). The units the places cover are dropped from us.
func (x *extractor) hometowns(s *sentence, us []unit) []unit {
	toks := s.toks
	for k := 2; k < len(toks); k++ {
		if toks[k-1].lower != "of" || overlapsMention(s, k, k+1) || !x.loneWord(s, k) || x.known(toks[k].text) {
			continue
		}
		if k+2 < len(toks) && toks[k+1].text == "," && toks[k+2].cap {
			continue
		}
		aged := k >= 5 && toks[k-2].text == "," && isAge(toks[k-3].text) && toks[k-4].text == "," && toks[k-5].name
		if !aged && !(x.personEndsAt(s, k-1) && len(x.lookupPlace(toks[k].text)) > 0) {
			continue
		}
		x.place(s, unit{start: k, end: k + 1, kind: uName}, toks[k].text)
		us = dropUnits(us, k, k+1)
	}
	return us
}

// known reports whether a word is the name or short form of a person or
// an organization the article has named.
func (x *extractor) known(w string) bool {
	f := domain.Fold(w)
	_, p := x.persons[f]
	return p || x.orgs[f] != nil
}

// personEndsAt reports whether a person's name of two words or more ends
// right before token k.
func (x *extractor) personEndsAt(s *sentence, k int) bool {
	for _, m := range s.ments {
		if m.end == k && m.end-m.start >= 2 && m.ent.typ == domain.Person {
			return true
		}
	}
	return false
}

// victimNames makes a person of each single capitalized word in a slot
// only people fill, whatever the recognizer and the gazetteer read
// there: the object of a verb of killing ("the shots that killed X"),
// the "of" of a killing or a killer ("the assassination of X", "the
// assassin of X"), the possessor of a killer, a kin or a home ("X's
// killer", "X's wife", "X's hometown") and a kin's apposition ("his
// wife, X"). A town
// of the same name is not what is killed ("shooting Lincoln"). The word
// is the short form of a person already named when there is one. The
// units the names cover are dropped from us.
func (x *extractor) victimNames(s *sentence, ds *doc.Sentence, us []unit) []unit {
	for k := range ds.Tokens {
		os, oe, ok := oldSpan(s, ds, k, k+1)
		if !ok || oe-os != 1 || !victimSlot(ds, k) && !afterKillForm(s, ds, k, os) || overlapsMention(s, os, oe) || !x.loneWord(s, os) {
			continue
		}
		u := unit{start: os, end: oe, kind: uName}
		if e := x.persons[domain.Fold(s.toks[os].text)]; e != nil {
			x.mention(s, os, oe, e, mName)
		} else {
			x.person(s, u, s.toks[os].text)
		}
		us = dropUnits(us, os, oe)
	}
	return us
}

// victimSlot reports whether token k of the parse is a proper noun
// where only a person can stand: the object of a verb of killing, the
// "of" of a killing noun or a killer noun, the possessor of a killer, a
// kin or a home, the apposition of a kin.
func victimSlot(ds *doc.Sentence, k int) bool {
	t := &ds.Tokens[k]
	if t.UPOS != "PROPN" || t.Head < 0 || t.Head >= len(ds.Tokens) {
		return false
	}
	h := &ds.Tokens[t.Head]
	lemma := strings.ToLower(h.Lemma)
	switch {
	case t.Deprel == "obj":
		return h.UPOS == "VERB" && in(killLemmas, lemma)
	case t.Deprel == "nmod:poss":
		return h.UPOS == "NOUN" && (in(killerNouns, lemma) || in(kinNouns, lemma) || in(homeNouns, lemma))
	case t.Deprel == "appos":
		return h.UPOS == "NOUN" && in(kinNouns, lemma)
	case t.Deprel == "nmod":
		return h.UPOS == "NOUN" && (in(killerNouns, lemma) || in(killingNouns, lemma)) && caseMarker(ds, k) == "of"
	}
	return false
}

// kinNouns are the people only a person has: "X's wife", "his wife, X".
var kinNouns = set("wife", "husband", "widow", "son", "daughter", "mother", "father",
	"brother", "sister", "parent", "child", "assassin", "lawyer", "attorney")

// homeNouns are the places only a person has: "X's hometown".
var homeNouns = set("hometown", "birthplace")

// killForms are forms of verbs of killing that take their victim right
// after them.
var killForms = set("shot", "shoots", "shooting", "killed", "kills", "killing", "murdered", "murdering",
	"assassinated", "assassinating", "stabbed", "wounded", "abducted", "kidnapped")

// afterKillForm reports whether token k of the parse (os of the token
// rules) is a proper noun right after a verb form of killing, which
// the parse may read as a noun ("Ruby shot Oswald two days later"): no
// determiner before the verb ("a shot"), no common noun after the name
// ("killed Corvin militants": the name modifies the noun).
func afterKillForm(s *sentence, ds *doc.Sentence, k, os int) bool {
	if os < 1 || ds.Tokens[k].UPOS != "PROPN" || !in(killForms, s.toks[os-1].lower) {
		return false
	}
	if os >= 2 && in(determiners, s.toks[os-2].lower) {
		return false
	}
	return k+1 >= len(ds.Tokens) || ds.Tokens[k+1].UPOS != "NOUN"
}

// determiners open a noun phrase: "a shot", "the killing".
var determiners = set("a", "an", "the", "his", "her", "its", "their", "one", "this", "that")

// loneWord reports whether token os of the token rules is a single
// capitalized word of letters that can be a name: no word of a longer
// run of names, no acronym, title, calendar, function or generic word,
// no country or demonym.
func (x *extractor) loneWord(s *sentence, os int) bool {
	t := &s.toks[os]
	if t.kind != tWord || !t.cap || t.upper || t.quoted || utf8.RuneCountInString(t.text) < 3 {
		return false
	}
	for _, r := range t.text {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	if os > 0 && s.toks[os-1].name || os+1 < len(s.toks) && s.toks[os+1].name {
		return false // a word of a longer run of names
	}
	if lowerAt(s.toks, os-1) == "ethnic" {
		return false // "ethnic Kachin rebels": a people
	}
	w := t.lower
	if isTitleWord(w) || in(calendarWords, w) || in(functionWords, w) || in(notNameWords, w) ||
		in(orgCues, w) || in(directions, w) || in(genericBodies, w) || in(documentNouns, w) {
		return false
	}
	l := x.look(t.text)
	return l.country == "" && l.demonym == ""
}

// loneNames adds the single words the recognizer read as a person or a
// place that no rule resolved, once the token rules have read every
// word: what they settle (a known surname, a body that "said it", a
// country) stays theirs.
func (x *extractor) loneNames() {
	x.eachAnnotated(func(_ int, s *sentence, ds *doc.Sentence) {
		for _, e := range ds.Entities {
			os, oe, ok := oldSpan(s, ds, e.Start, e.End)
			if !ok || oe-os != 1 || e.End-e.Start != 1 || overlapsMention(s, os, oe) || !x.loneName(s, ds, e.Start, os, e.Type) {
				continue
			}
			u := unit{start: os, end: oe, kind: uName}
			if e.Type == "person" {
				x.person(s, u, s.toks[os].text)
			} else {
				x.place(s, u, s.toks[os].text)
			}
		}
	})
}

// describedOrgs adds the names that come right after a noun saying
// what kind of organization they are, when no rule resolved them: "the
// Chilean copper company Codelco", "the airline Corvair". The noun is
// a common noun of orgDescriptors that a determiner, an adjective or
// another noun opens; the name is the run of capitalized proper nouns
// after it, no title, calendar word or function word among them.
func (x *extractor) describedOrgs() {
	x.eachAnnotated(func(_ int, s *sentence, ds *doc.Sentence) {
		toks := ds.Tokens
		for k := 2; k < len(toks); k++ {
			d := &toks[k-1]
			if d.UPOS != "NOUN" || !in(orgDescriptors, strings.ToLower(d.Lemma)) || d.Form != strings.ToLower(d.Form) {
				continue
			}
			if p := toks[k-2].UPOS; p != "DET" && p != "ADJ" && p != "NOUN" && p != "PROPN" {
				continue
			}
			end := k
			for end < len(toks) && toks[end].UPOS == "PROPN" && startsUpper(toks[end].Form) && !x.nameStopper(toks[end].Form) {
				end++
			}
			if end == k {
				continue
			}
			os, oe, ok := oldSpan(s, ds, k, end)
			if !ok || overlapsMention(s, os, oe) || os > 0 && s.toks[os-1].kind != tWord {
				continue
			}
			x.newOrg(s, os, oe, joinTokens(s.text, s.toks, os, oe))
		}
	})
}

// describedByApposition adds the names no rule resolved that an
// apposition says are organizations: "Sea-Watch, a German charity based
// in Berlin, called …", "Vantor, an Oslo-based drugmaker, said …". The
// apposition is "a" or "an", at most three describing words and a noun
// of orgNouns that no title or occupation follows ("X, a university
// professor" is a person).
func (x *extractor) describedByApposition() {
	for i := range x.sents {
		s := &x.sents[i]
		if s.title || s.headline {
			continue
		}
		toks := s.toks
		for k := 0; k < len(toks); k++ {
			if !isCapWord(&toks[k]) || k > 0 && isCapWord(&toks[k-1]) || toks[k].quoted {
				continue
			}
			e := runEnd(toks, k)
			if e+2 >= len(toks) || toks[e].text != "," || !in(articles, toks[e+1].lower) || toks[e+1].lower == "the" || overlapsMention(s, k, e) {
				continue
			}
			if n := orgNounAfter(toks, e+2); n > 0 {
				x.newOrg(s, k, e, joinTokens(s.text, toks, k, e))
			}
		}
	}
}

// orgNounAfter returns the token of a noun of orgNouns at most three
// words after k that ends the phrase ("a German charity based in", "an
// Oslo-based drugmaker,"); 0 for none.
func orgNounAfter(toks []token, k int) int {
	for j := k; j < len(toks) && j <= k+3; j++ {
		t := &toks[j]
		if t.kind != tWord || t.quoted {
			return 0
		}
		if !t.cap && in(orgNouns, t.lower) {
			if n := lowerAt(toks, j+1); n != "" && (isTitleHead(n) || in(occupations, n) || in(orgNouns, n)) {
				return 0 // "a university professor", "a bank economist"
			}
			return j
		}
	}
	return 0
}

// nameStopper reports whether a capitalized word ends the name of an
// organization that a descriptor introduces: a title, a calendar word,
// a function word or a place or country the gazetteer knows.
func (x *extractor) nameStopper(w string) bool {
	l := strings.ToLower(w)
	if isTitleWord(l) || in(calendarWords, l) || in(functionWords, l) {
		return true
	}
	lk := x.look(w)
	return lk.country != "" || lk.demonym != "" || len(lk.entries) > 0
}

// eachAnnotated calls f for every sentence i of the article that is not
// a title and that the parse (ds) and the token rules read alike.
func (x *extractor) eachAnnotated(f func(i int, s *sentence, ds *doc.Sentence)) {
	if x.annot == nil {
		return
	}
	for i := range x.sents {
		s := &x.sents[i]
		if s.title || i >= len(x.annot.Sentences) {
			continue
		}
		ds := &x.annot.Sentences[i]
		if x.annot.Text[ds.Start:ds.End] == s.text {
			f(i, s, ds)
		}
	}
}

// trimNameStart returns where the name in tokens [start, end) begins
// once the words before it that are no part of a name are dropped: a
// "-based" or "-led" compound ("Frankfurt-based Commerzbank") and, before
// a person's name, title words ("Foreign Minister Chien Fu"). At least
// one word is left.
func trimNameStart(toks []token, start, end int, typ string) int {
	for start < end-1 {
		w := toks[start].lower
		_, title := titleHeads[w]
		if !strings.HasSuffix(w, "-based") && !ledCompound(w) && !(typ == "person" && (title || in(titleModifiers, w))) {
			break
		}
		start++
	}
	return start
}

// trimTitleEnd moves end, the end of a name of type typ the recognizer
// found, back before a title head that closes it when a capitalized name
// follows: "Massachusetts Gov. X", "Tarrow Mayor X" name the place, then
// the person's title. A person's name keeps its words (the token rules
// read a title inside it).
func trimTitleEnd(toks []token, start, end int, typ string) int {
	if typ == "person" || end-start < 2 || end >= len(toks) || !isCapWord(&toks[end]) || isTitleWord(toks[end].lower) {
		return end
	}
	if t := &toks[end-1]; !t.cap || !isTitleHead(t.lower) || in(functionWords, toks[end-2].lower) || !isCapWord(&toks[end-2]) {
		return end
	}
	return end - 1
}

// namedType is the type of a name the recognizer found with type typ:
// a "person" whose name is a feature of the map or a street by its first
// or last word ("Lake Constance", "Nelson Street") is a place, unless a
// title and a surname make it a person's ("Colonel Mara Lake":
// titledSurname), and a "person" ending in "Complex" with no works word
// before it is an organization ("the Volga Agrarian Complex":
// worksComplex); a noble title "of" a place ("Duchess of York") is a
// person's title, for the token rules, not a place or organization ("").
func namedType(toks []token, typ string) string {
	if len(toks) < 2 {
		return typ
	}
	first, last := toks[0].lower, toks[len(toks)-1].lower
	if typ != "person" {
		if in(nobleTitles, first) && toks[1].lower == "of" {
			return ""
		}
		if typ == "place" && (in(tradeWords, last) || in(liquefierWords, last)) {
			return "organization" // "Norrvik Software": a trade names a company
		}
		if typ == "place" && in(creedWords, first) {
			return "organization" // "Islamic State": a movement named for its creed
		}
		return typ
	}
	if titledSurname(toks, false) {
		return typ
	}
	if last == "complex" && !worksComplex(toks) {
		return "organization" // "the Volga Agrarian Complex"
	}
	if in(geoHeads, first) || in(geoHeads, last) || in(placeSuffixes, last) || in(streetWords, last) || squareName(toks) {
		return "place"
	}
	if in(tradeWords, last) || in(liquefierWords, last) {
		return "organization"
	}
	// "Societe Generale SA", "Halvik Bank Plc": a legal form ends no
	// person's name (a short one, or one that is also a name, only in
	// capitals: "Sa" may be a Vietnamese name's, "Asa" a Nigerian's)
	if form := &toks[len(toks)-1]; in(companyForms, last) && (form.upper || utf8.RuneCountInString(last) > 2 && !in(nameForms, last)) || spelledLegalForm(last) {
		return "organization"
	}
	return typ
}

// surnameTrades end the names of companies and say what they make or
// do, as tradeWords do, but some are also surnames ("Jonathan Gold",
// "Ann Power", "Mary Mills") or ring like one, so surnameTradeCompany
// weighs the article before it retypes a person's name.
var surnameTrades = set("gold", "silver", "steel", "iron", "power", "mills", "chemical", "cobalt", "nickel",
	"lithium", "uranium", "zinc", "terminals", "dairies", "breweries", "fertilizers", "fertilisers")

// surnameTradeCompany reports whether the name toks[os:oe] the
// recognizer types a person's is a company's: two words or more, the
// last of surnameTrades, and nothing in the article that makes it a
// person's: no title or honorific right before it ("novelist Jonathan
// Gold", "Ms Ann Power"), no age or occupation in an apposition after it
// ("Mary Mills, 54," "Diane Steel, a teacher,"), and its last word never
// alone as a name elsewhere ("Power said", "Mr Power"): a person is
// named again by the surname, a company by its first word ("Barrick").
func (x *extractor) surnameTradeCompany(s *sentence, os, oe int) bool {
	toks := s.toks
	if oe-os < 2 || !in(surnameTrades, toks[oe-1].lower) || titledSurname(toks[os:oe], false) {
		return false
	}
	for k := os; k < oe; k++ {
		if !isCapWord(&toks[k]) {
			return false
		}
	}
	if os > 0 && (isTitleWord(toks[os-1].lower) || in(occupations, toks[os-1].lower)) {
		return false
	}
	if lowerAt(toks, oe) == "," {
		if k := oe + 1; k < len(toks) && isAge(toks[k].text) {
			return false
		}
		for k := oe + 1; k < len(toks) && k <= oe+4 && toks[k].text != ","; k++ {
			if !toks[k].cap && (in(occupations, toks[k].lower) || isTitleHead(toks[k].lower)) {
				return false
			}
		}
	}
	if relativeWho(toks, oe) {
		return false // "Thandi Gold, who runs the unit", "Ana Silver and Tom Mills, who both live …"
	}
	last, before := toks[oe-1].text, toks[oe-2].text
	for i := range x.sents {
		t := &x.sents[i]
		ts := t.toks
		for k := 0; k < len(ts); k++ {
			if ts[k].text != last || k > 0 && ts[k-1].text == before || k+1 < len(ts) && isCapWord(&ts[k+1]) {
				continue
			}
			if k > 0 || x.parseTag(t, k) == "PROPN" {
				return false // "Gold said", "Mr Gold"
			}
		}
		// a personal pronoun after the name, in its sentence or the
		// next: "Kevin Power was driving when his car left the road"
		if i == s.idx || i == s.idx+1 {
			for k := range ts {
				if (i > s.idx || k >= oe) && in(genderedPronouns, ts[k].lower) {
					return false
				}
			}
		}
	}
	// a surname proper is a company's only where the article says so
	return !in(surnameWords, toks[oe-1].lower) || x.companyCue(s, os, oe)
}

// surnameWords are the words of surnameTrades that are common surnames
// ("Samantha Power", "Anna Mills", "Robert Silver"): a name they end is a
// company's only with a company cue (companyCue), not for want of a
// person's sign, since a person named once and quoted has none.
var surnameWords = set("gold", "silver", "steel", "iron", "power", "mills")

// companyCue reports whether the article says the name toks[os:oe] is a
// company's: a body noun right before it ("the steel group X Steel"), an
// apposition after it that a body noun heads or that says where it is
// based ("X Gold, based in Toronto", "X Iron, a Perth-based miner", "X
// Power, the province's private utility"), a word of its own other than
// the last that no given name is (a landform or a trade: "Sendara Valley
// Mills"), or its first word alone as a name elsewhere in the article
// ("Italy's Enel", "Barrick said"): a company is named again by its first
// word, a person by the surname.
func (x *extractor) companyCue(s *sentence, os, oe int) bool {
	toks := s.toks
	if os > 0 && !toks[os-1].cap && (in(orgNouns, toks[os-1].lower) || in(appositionBodyNouns, toks[os-1].lower)) {
		return true
	}
	k := oe
	if lowerAt(toks, k) == "," {
		k++
	}
	for j := k; j < len(toks) && j <= k+7; j++ {
		w := toks[j].lower
		if j == k && k > oe && (w == "based" || w == "headquartered") && lowerAt(toks, j+1) == "in" {
			return true // "X Gold, based in Toronto,"
		}
		if j > k && (in(appositionEnds, w) || toks[j].kind != tWord && w != "'s" && w != "-") {
			if p := &toks[j-1]; lowerAt(toks, oe) == "," && !p.cap && (in(orgNouns, p.lower) || in(appositionBodyNouns, p.lower)) {
				return true // "X Power, the province's private utility,"
			}
			break
		}
	}
	for _, t := range toks[os : oe-1] {
		if in(placeSuffixes, t.lower) || in(tradeWords, t.lower) {
			return true
		}
	}
	first, second := toks[os].text, toks[os+1].text
	if x.knownPlaceName(first) {
		return false
	}
	for i := range x.sents {
		ts := x.sents[i].toks
		for k := range ts {
			if ts[k].text != first || i == s.idx && k == os || k+1 < len(ts) && (ts[k+1].text == second || isCapWord(&ts[k+1])) {
				continue
			}
			if isCapWord(&ts[k]) {
				return true // "Italy's Enel", "Barrick said"
			}
		}
	}
	return false
}

// appositionEnds close an apposition's noun phrase: "X, a miner based in
// Y", "X, the utility that …".
var appositionEnds = set("that", "which", "who", "whose", "in", "of", "with", "based", "headquartered", "and")

// relativeWho reports whether a relative "who" (or "whom") follows the
// name ending at toks[e], right after it or its comma, or after the
// other names an "and" joins to it ("X Silver and Y Mills, who both
// live …"): a person's relative pronoun, not a company's.
func relativeWho(toks []token, e int) bool {
	k := e
	if k < len(toks) && (toks[k].lower == "and" || toks[k].lower == "or") {
		k++
		for k < len(toks) && isCapWord(&toks[k]) {
			k++
		}
	}
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	return k < len(toks) && (toks[k].lower == "who" || toks[k].lower == "whom")
}

// genderedPronouns refer to a person, never to a company.
var genderedPronouns = setWith(personPronouns, "his", "her", "him", "hers", "himself", "herself")

// spelledLegalForm reports whether w is a word of spelledCompanyWords
// that is no surname too ("Michael Holding" is a person's name).
func spelledLegalForm(w string) bool {
	return in(spelledCompanyWords, w) && w != "holding"
}

// liquefierWords end a gas liquefier's name, which namedType types an
// organization: "Atlantic LNG", "Nigeria LNG".
var liquefierWords = set("lng")

// demonymLNG reports whether the name toks[os:oe] is a demonym and
// a word of liquefierWords: "Qatari LNG", "Australian LNG" name a
// country's gas, not a company (as "Nigeria LNG", "Atlantic LNG" do).
// A name the parse reads as a verb's subject acts, and is the company
// ("Egyptian LNG said exports rose").
func (x *extractor) demonymLNG(s *sentence, os, oe int) bool {
	if oe-os < 2 || !in(liquefierWords, s.toks[oe-1].lower) {
		return false
	}
	if t := x.parseToken(s, oe-1); t >= 0 && strings.HasPrefix(x.annot.Sentences[s.idx].Tokens[t].Deprel, "nsubj") {
		return false
	}
	_, ok := x.demonym(joinTokens(s.text, s.toks, os, oe-1))
	return ok
}

// creedWords open the names of movements, not of places the gazetteer
// does not know: "Islamic State", "Islamist Front".
var creedWords = set("islamic", "islamist", "jihadist")

// streetWords end the names of streets.
var streetWords = set("street", "avenue", "road", "boulevard", "lane", "drive")

// squareName reports whether toks name a square in a Romance language's
// way: "Place de la Nation", "Plaza de Mayo", "Piazza del Popolo".
func squareName(toks []token) bool {
	return len(toks) >= 3 && in(squareWords, toks[0].lower) && in(romanceOf, toks[1].lower)
}

// squareWords open the names of squares; romanceOf are the Romance
// languages' "of".
var (
	squareWords = set("place", "plaza", "piazza", "praça", "plaça", "praca", "placa")
	romanceOf   = set("de", "del", "della", "delle", "dei", "di", "da", "do", "dos", "das", "du", "des")
)

// oldSpan maps tokens [start, end) of the parse to the token rules'
// tokens of the same sentence, by byte offsets.
func oldSpan(s *sentence, ds *doc.Sentence, start, end int) (int, int, bool) {
	if s.at == nil || s.atOf != ds {
		s.at, s.atOf = tokenAlignment(s.toks, ds), ds
	}
	os, oe := int(s.at[start].start), int(s.at[end-1].end)
	if oe >= 0 {
		oe++
	}
	return os, oe, os >= 0 && oe > os
}

// aligned is where a parse token's start and end fall among the token
// rules' tokens: the token starting where it starts and the one ending
// where it ends, -1 for none.
type aligned struct{ start, end int32 }

// tokenAlignment lines the parse's tokens of ds up with toks, the same
// sentence's tokens of the token rules, by byte offsets, in one walk:
// both lie in text order, their starts and their ends rising.
func tokenAlignment(toks []token, ds *doc.Sentence) []aligned {
	at := make([]aligned, len(ds.Tokens))
	i, j := 0, 0
	for k, t := range ds.Tokens {
		lo, hi := t.Start-ds.Start, t.End-ds.Start
		for i < len(toks) && toks[i].start < lo {
			i++
		}
		for j < len(toks) && toks[j].end < hi {
			j++
		}
		at[k] = aligned{-1, -1}
		if i < len(toks) && toks[i].start == lo {
			at[k].start = int32(i)
		}
		if j < len(toks) && toks[j].end == hi {
			at[k].end = int32(j)
		}
	}
	return at
}

// yieldToLongerName drops the organization names the token rules cut
// short inside tokens [start, end), the span of an organization the
// recognizer read whole: "Finnish Institute of International" of
// "Finnish Institute of International Affairs", "Haitong Ocean" of
// "Haitong Ocean Shipping". Only when every mention the span overlaps
// lies inside it, one of them an organization's name opening it, and
// the words past it are capitalized or connectors naming nothing else.
func (x *extractor) yieldToLongerName(s *sentence, start, end int) bool {
	short := -1
	for i, m := range s.ments {
		if m.start >= end || m.end <= start {
			continue
		}
		if m.start < start || m.end > end {
			return false
		}
		if m.start == start && m.ent.typ == domain.Organization && m.kind == mName && m.end < end {
			short = i
		}
	}
	if short < 0 {
		return false
	}
	m := s.ments[short]
	for k := m.end; k < end; k++ {
		if t := &s.toks[k]; !isCapWord(t) && !in(connectors, t.lower) {
			return false
		}
	}
	// "Corvin Marine Inc. of Mombasa": a corporate suffix ends a name, and
	// a place past the name is where the organization is
	if in(corporateSuffixes, strings.TrimSuffix(s.toks[m.end-1].lower, ".")) || overlapsMention(s, m.end, end) {
		return false
	}
	for k := m.end; k < end; k++ {
		if _, ok := x.country(s.toks[k].text); ok || isCapWord(&s.toks[k]) && len(x.lookupPlace(s.toks[k].text)) > 0 {
			return false
		}
	}
	x.deleteMention(s, short)
	// the other mentions inside stay: "U.S." of "Office of the U.S. Trade
	// Representative" still names the country
	for i := 0; i < len(s.ments); i++ {
		if n := s.ments[i]; n.start >= start && n.end <= end && n.ent.typ == domain.Organization {
			s.ments = slices.Delete(s.ments, i, i+1)
			i--
		}
	}
	return true
}

// yieldCountryArm drops the country's mention that closes tokens
// [start, end), the span of an organization the recognizer read whole,
// when it is the only mention there, the words before it are
// capitalized words no rule read, and the phrase ends after it
// (countryArm): "WWF Norway", "LTO Nederland" name a body's national
// arm, not the body and the country.
func (x *extractor) yieldCountryArm(s *sentence, start, end int) bool {
	ci := -1
	for i, m := range s.ments {
		if m.start >= end || m.end <= start {
			continue
		}
		if ci >= 0 || m.ent.typ != domain.Country || m.end != end || m.start <= start {
			return false
		}
		ci = i
	}
	if ci < 0 || !x.countryArm(s, s.ments[ci].start, end) {
		return false
	}
	for k := start; k < s.ments[ci].start; k++ {
		if !isCapWord(&s.toks[k]) {
			return false
		}
	}
	x.deleteMention(s, ci)
	return true
}

// countryArm reports whether tokens [start, end) are a country's name
// and nothing else, capitalized, that the phrase ends after: a comma, a
// full stop, a closing bracket or the sentence's end follows ("head of
// WWF Norway, said", "LTO Nederland, the largest farmers'
// organisation"). A word after it may make the country a modifier of
// something else ("the NATO Norway exercise").
func (x *extractor) countryArm(s *sentence, start, end int) bool {
	if start >= end || !isCapWord(&s.toks[start]) {
		return false
	}
	if _, ok := x.country(joinTokens(s.text, s.toks, start, end)); !ok {
		return false
	}
	if end < len(s.toks) {
		if t := s.toks[end].text; t != "," && t != "." && t != ")" {
			return false
		}
	}
	return true
}

// yieldDemonym drops the demonym that opens tokens [start, end), the
// span of an organization the recognizer read whole, when it is the only
// mention there and the words after it are capitalized words the token
// rules left unread: "American Express" is a company, not the United
// States and a stray word. (A name the rules read as a body, "Kenyan
// Army", or a place keeps its reading.)
func (x *extractor) yieldDemonym(s *sentence, start, end int) bool {
	mi := -1
	for i, m := range s.ments {
		if m.start >= end || m.end <= start {
			continue
		}
		if mi >= 0 || m.kind != mDemonym || m.start != start || m.end != start+1 {
			return false
		}
		mi = i
	}
	if mi < 0 || end-start < 2 {
		return false
	}
	for k := start + 1; k < end; k++ {
		if t := &s.toks[k]; !isCapWord(t) || isTitleWord(t.lower) {
			return false
		}
	}
	x.deleteMention(s, mi)
	return true
}

// deleteMention deletes mention i of s, and forgets s as the first to name
// its entity when no other mention there names it.
func (x *extractor) deleteMention(s *sentence, i int) {
	m := s.ments[i]
	s.ments = slices.Delete(s.ments, i, i+1)
	if m.ent.first == s.idx && !x.mentioned(m.ent) {
		m.ent.first = -1
	}
}

func overlapsMention(s *sentence, start, end int) bool {
	for _, m := range s.ments {
		if m.start < end && start < m.end {
			return true
		}
	}
	return false
}

func dropUnits(us []unit, start, end int) []unit {
	out := us[:0]
	for _, u := range us {
		if u.start < end && start < u.end {
			continue
		}
		out = append(out, u)
	}
	return out
}

// plausibleName reports whether tokens [start, end) can be a name of the
// type: capitalized words (or initials and particles inside), two or
// more of them or an acronym, no title or function words at their edges.
func (x *extractor) plausibleName(s *sentence, start, end int, typ string) bool {
	toks := s.toks[start:end]
	if !toks[0].cap || !toks[len(toks)-1].cap && toks[len(toks)-1].kind != tNum || toks[0].portfolio {
		return false
	}
	if stormName(s.toks, start, end) || memberNounEnd(s.toks, start, end) || runsIntoTitle(s.toks, start, end) || bareHall(s.toks, start, end) ||
		agreementBefore(s.toks, end) || agreementTopic(s.toks, start) {
		return false // "Hurricane Delphine", "a Florida Republican", "WTO Deputy Director-General X": no actor
	}
	if len(toks) == 1 {
		t := toks[0]
		if !(t.upper && len(t.text) >= 2 && typ == "organization") || x.orgByInitials(t.text) != nil {
			return false // a single word, or the acronym of a name given already
		}
		// "2 a.m. EST", "in 1968 AD", "CFA francs": a clock's zone, an era, a currency
		if in(notOrgAcronyms, t.lower) || in(currencyNouns, lowerAt(s.toks, end)) || start > 0 && (s.toks[start-1].kind == tNum || in(clockWords, s.toks[start-1].lower)) {
			return false
		}
	}
	for _, t := range toks {
		if t.kind == tQuote || t.kind == tPunct && t.text != "." && t.text != "-" && t.text != "&" {
			return false
		}
		if in(calendarWords, t.lower) || t.kind == tWord && !t.cap && !in(nameConnectors, t.lower) {
			return false // "Kremlin on Thursday"
		}
		if typ == "person" {
			if _, ok := titleHeads[t.lower]; ok {
				return false
			}
			// "MOSKOVSKIY KOMSOMOLETS": a word in capitals is a body's
			if t.upper && utf8.RuneCountInString(t.text) > 3 {
				return false
			}
			if in(orgCues, t.lower) {
				return false
			}
			if _, ok := x.demonym(t.text); ok {
				return false
			}
		}
		for _, r := range t.text {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune(".-'’&", r) {
				return false
			}
		}
	}
	_, head := titleHeads[toks[0].lower]
	if head || in(honorifics, strings.TrimSuffix(toks[0].lower, ".")) {
		return false // "Mr. Amsel": a short form, for the single-word rules
	}
	if typ == "person" {
		if _, known := x.persons[domain.Fold(toks[len(toks)-1].text)]; known {
			return false // the surname of someone named already
		}
	}
	return true
}

// splitJoinedNames undoes the token rules' joining of two names by "of"
// when the recognizer reads them as two entities of different types:
// "Ana Soler of the Corvin Institute" is a person and an organization,
// not one organization. The joined mention is dropped (its entity too,
// when nothing else mentions it), and the recognizer's names are added
// after.
func (x *extractor) splitJoinedNames(s *sentence, ds *doc.Sentence) {
	for mi := 0; mi < len(s.ments); mi++ {
		m := s.ments[mi]
		if m.kind != mName {
			continue
		}
		var inside []doc.Entity
		for _, e := range ds.Entities {
			os, oe, ok := oldSpan(s, ds, e.Start, e.End)
			if ok && os >= m.start && oe <= m.end && (os > m.start || oe < m.end) {
				inside = append(inside, e)
			}
		}
		if len(inside) == 0 || inside[0].Type != "person" || inside[len(inside)-1].Type == "person" && len(inside) > 1 {
			continue
		}
		ps, pe, _ := oldSpan(s, ds, inside[0].Start, inside[0].End)
		// (the recognizer may read the surname alone: "Markus Eberl of
		// the Christian Social Union", where the words before it are
		// name words all the same)
		recognized := ps
		for ps > m.start && personWordBefore(s.toks, ps) {
			ps--
		}
		// the person's name, then "of" (and "the") and the rest
		rest := pe
		if ps != m.start || rest >= m.end || s.toks[rest].lower != "of" || !x.plausibleName(s, ps, pe, "person") {
			continue
		}
		rest++
		if rest < m.end && s.toks[rest].lower == "the" {
			rest++
		}
		s.ments = append(s.ments[:mi], s.ments[mi+1:]...)
		mi--
		if m.ent.first == s.idx && !x.mentioned(m.ent) {
			m.ent.first = -1
		}
		if ps < recognized {
			x.person(s, unit{start: ps, end: pe, kind: uName}, joinTokens(s.text, s.toks, ps, pe))
		}
		// the rest is an organization when its last word says so, or
		// its body's word and "of" phrase run to the end ("the Alliance
		// for the Union of Romanians")
		if rest < m.end && (in(orgCues, s.toks[m.end-1].lower) || orgEnd(s.toks, rest, m.end) == m.end) {
			// a new name: the joined one would answer to it by suffix
			x.newOrg(s, rest, m.end, joinTokens(s.text, s.toks, rest, m.end))
		}
	}
}

// personWordBefore reports whether the word before token k may open the
// person's name that starts at k: a capitalized word, no title, body's
// word, demonym-like or function word.
func personWordBefore(toks []token, k int) bool {
	t := &toks[k-1]
	return t.kind == tWord && isCapWord(t) && !t.upper && !isTitleWord(t.lower) && !in(orgCues, t.lower) && !in(notNameWords, t.lower) && !in(functionWords, t.lower)
}

// mentioned reports whether any sentence still mentions e.
func (x *extractor) mentioned(e *entity) bool {
	for i := range x.sents {
		for _, m := range x.sents[i].ments {
			if m.ent == e {
				return true
			}
		}
	}
	return false
}

// clockWords come before a time zone: "2 a.m. EST".
var clockWords = set("a.m.", "p.m.", "am", "pm", "noon", "midnight")

// nameConnectors are the lower-case words a name may hold.
var nameConnectors = set("of", "de", "du", "da", "la", "le", "al", "bin", "van", "von", "der", "den", "the", "and", "for", "y")

// loneName reports whether the single word at token k of the parse (os
// of the token rules), which the recognizer read as a name of type typ,
// is taken as one though it stands alone: a proper noun in mixed case,
// between words that are no names, that the gazetteer and the word lists
// know as nothing else, and whose context agrees with the type. A
// place is marked by a locative preposition ("a bank in Frankfurt",
// "arrived at Novonezhino"). A person is a word the gazetteer does not
// know as a place of any size, marked by no such preposition ("in
// suburban Larchmont") nor a hometown's "of" ("X, 8, of Aumsville"); at
// the start of a sentence, where every word is capitalized, only the
// subject of "say" or a name an apposition or a possessive follows
// ("Walesa said", "Derwinski, a Republican"). Single words are where
// the recognizer errs most (first words, products, words of longer
// names), hence the checks.
func (x *extractor) loneName(s *sentence, ds *doc.Sentence, k, os int, typ string) bool {
	if ds.Tokens[k].UPOS != "PROPN" || !x.loneWord(s, os) || memberNounEnd(s.toks, os, os+1) || x.nobodysShortForm(s.toks[os].text) {
		return false
	}
	l := x.look(s.toks[os].text)
	if typ == "person" && sizeablePlace(l.entries) {
		return false
	}
	prep := caseMarker(ds, k)
	if prep == "" && !(typ == "person" && lowerAt(s.toks, os+1) == "'s") {
		// (a possessor's preposition is its noun's: "into X's motorcade")
		prep = precedingPrep(s.toks, os)
	}
	switch typ {
	case "place":
		// (or a continent or a state the token rules left for want of
		// a cue: "the coast of Africa"; not the many small towns named
		// like people)
		return in(placePreps, prep) || prep == "from" || prep == "to" && in(travelWords, lowerAt(s.toks, os-2)) || areaOrRegion(l.entries)
	case "person":
		return x.lonePerson(s, ds, k, os, prep)
	}
	return false
}

// sizeablePlace reports whether the gazetteer's entries for a word hold
// a country, a region, a capital or a populous place.
func sizeablePlace(es []gazetteer.Entry) bool {
	for _, e := range es {
		if e.Type != domain.Place || e.Capital || e.Region || e.Population >= minPlacePopulation {
			return true
		}
	}
	return false
}

// lonePerson reports whether the context of the recognizer's lone
// person at token k of the parse (os of the token rules), marked by the
// preposition prep, allows a person: no locative preposition, travel
// "to", place part's or body's "of" ("the outskirts of X", "the
// administration of X"), no possessive of a place's part ("X's busiest
// street"), no "known as", no hometown's "of"
// ("X, 8, of Aumsville"), no "-based" modifier (a body's), no plural
// ("Gunmen"); and at the start of a sentence or after a dateline only
// the subject of "say", a possessor or a name an apposition describes
// ("Derwinski, a Republican", "Cheek, 53,"), not a participle
// ("Abyei, claimed by").
func (x *extractor) lonePerson(s *sentence, ds *doc.Sentence, k, os int, prep string) bool {
	toks := s.toks
	prev, prev2 := lowerAt(toks, os-1), lowerAt(toks, os-2)
	if strings.HasSuffix(prev, "-based") || ledCompound(prev) || ds.Tokens[k].XPOS == "NNS" || ds.Tokens[k].XPOS == "NNPS" {
		return false
	}
	// "the contested Abyei border area": a name that only modifies a
	// common noun is more often a place's or a body's
	if h := ds.Tokens[k].Head; ds.Tokens[k].Deprel == "compound" && h > k && ds.Tokens[h].UPOS == "NOUN" {
		return false
	}
	if in(placePreps, prep) || prep == "from" || prep == "to" && travelsTo(toks, ds, os, k) {
		return false
	}
	if prev == "of" && (in(placePartNouns, prev2) || in(placeKinds, prev2) || in(orgCues, prev2) || os >= 2 && (toks[os-2].text == "," || toks[os-2].cap)) {
		return false // "the outskirts of X", "a joint administration of X"
	}
	if prev == "as" && prev2 == "known" {
		return false // "the islets known as X": a place's other name as often
	}
	if lowerAt(toks, os+1) == "'s" {
		// "Winterset's busiest street", "X's mayor": a place's parts
		for j := os + 2; j < len(toks) && j <= os+3; j++ {
			if w := toks[j].lower; in(placePartNouns, w) || in(placeHeads, w) || in(streetWords, w) {
				return false
			}
		}
	}
	if !sentenceInitial(toks, os) && !(s.idx == x.datelineSent && os == x.datelineBody) {
		return true
	}
	switch next := lowerAt(toks, os+1); {
	case next == "'s":
		return true
	case next == ",":
		// (not a participle: "Abyei, claimed by both countries")
		return k+2 >= len(ds.Tokens) || ds.Tokens[k+2].UPOS != "VERB"
	}
	h := ds.Tokens[k].Head
	return ds.Tokens[k].Deprel == "nsubj" && h >= 0 && ds.Tokens[h].Lemma == "say"
}

// areaOrRegion reports whether the gazetteer knows a word as a continent
// or world region (a place in no country) or a country's subdivision.
func areaOrRegion(es []gazetteer.Entry) bool {
	for _, e := range es {
		if e.Type == domain.Place && (e.Country == "" || e.Region) {
			return true
		}
	}
	return false
}

// sentenceInitial reports whether token k opens its sentence or a
// clause whose first word is capitalized anyway (after a quote, a colon
// or a bracket).
func sentenceInitial(toks []token, k int) bool {
	for k > 0 && (toks[k-1].kind == tQuote || toks[k-1].text == "(" || toks[k-1].text == "—") {
		k--
	}
	return k == 0 || toks[k-1].text == ":"
}

// travelsTo reports whether the word before "to" that precedes token k
// (os of the token rules) is a verb or noun of travel ("flown to X",
// "a trip to X"), by its form or the parse's lemma.
func travelsTo(toks []token, ds *doc.Sentence, os, k int) bool {
	if os < 2 || k < 2 || toks[os-1].lower != "to" {
		return false
	}
	return in(travelWords, toks[os-2].lower) || in(travelWords, strings.ToLower(ds.Tokens[k-2].Lemma))
}

// precedingPrep returns the lower-case word before token k, or the one
// before that when a lower-case word stands between ("in suburban X"),
// when it is a preposition: where the parse attached the preposition
// elsewhere.
func precedingPrep(toks []token, k int) string {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		w := lowerAt(toks, j)
		if in(placePreps, w) || w == "to" || w == "from" || w == "of" {
			return w
		}
		if toks[j].kind != tWord || toks[j].cap {
			break
		}
	}
	return ""
}

// caseMarker returns the lower-case preposition the parse attaches to
// token k ("in" for "in suburban Larchmont"), or "".
func caseMarker(ds *doc.Sentence, k int) string {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if t := &ds.Tokens[j]; t.Head == k && t.Deprel == "case" {
			return strings.ToLower(t.Form)
		}
	}
	return ""
}

// orgsTakenForPeople retypes as organizations the people whose names
// stand where only an organization's do: after a noun saying what kind
// of body it is and in the same phrase ("the charity Médecins du Monde
// said", "a partner at the law firm Harcourt Lisle"), in apposition to
// such a noun ("Wallace Pryce, a Tarrow company,"), or with what only a
// company has ("shares of X", "X's board"), or before a title only a
// body gives and a person's name ("Khmer Rouge leader X"). The
// recognizer reads a body named after people, or in a foreign tongue, as
// a person. A name the article also gives a person's cue keeps its type:
// a title or honorific, an age, a gender, a short form; so does the
// subject of a relative clause on the noun ("the firm Ivo Brandt
// founded"). A town's name the same way, only as "the airline X" or
// "shares of X", where no preposition or state makes it the place.
func (x *extractor) orgsTakenForPeople() {
	var cued []*entity
	x.eachAnnotated(func(_ int, s *sentence, ds *doc.Sentence) {
		for _, m := range s.ments {
			typ := m.ent.typ
			if (typ != domain.Person && typ != domain.Place) || m.kind != mName || slices.Contains(cued, m.ent) {
				continue
			}
			// (a one-word mention is shaped like a company's only where
			// it is the whole name: "Holcom said" after "Daniel Holcom"
			// is his surname)
			shaped := typ == domain.Person && companyShaped(s.toks, m.start, m.end) && (m.end-m.start > 1 || !strings.Contains(m.ent.name, " "))
			if shaped || orgContext(s, ds, m.start, m.end, typ) {
				cued = append(cued, m.ent)
			}
		}
	})
	for _, e := range cued {
		if e.typ == domain.Person && !x.personCued(e) || e.typ == domain.Place && !x.placeCued(e) {
			x.retypeAs(e, domain.Organization)
		}
	}
}

// companyParts are what an organization has and a person does not: "X's
// board", "shares of X".
var companyParts = set("board", "shareholder", "share", "stock", "subsidiary", "headquarters")

// orgContext reports whether the parse puts the name in tokens [start,
// end) of s where an organization's name stands (see orgsTakenForPeople).
func orgContext(s *sentence, ds *doc.Sentence, start, end int, typ domain.NodeType) bool {
	if typ == domain.Person && titlesBody(s, end) {
		return true
	}
	// "a gang known as X", "a union called X": a body's name; "an
	// analyst at X": a person's employer, never a possessor ("a partner
	// at X's law firm")
	if next := lowerAt(s.toks, end); typ == domain.Person && next != "'s" && next != "’s" &&
		(namedBody(s, ds, start) || lowerAt(s.toks, start-1) == "at" && in(employeeNouns, lowerAt(s.toks, start-2))) {
		return true
	}
	// (a list's items are no appositions: "talks between X, the union,
	// and two employers' groups")
	listed := listedName(s.toks, end)
	if !listed && (describedAsBody(s, start, end) || saidBasedIn(s, start, end)) {
		return true
	}
	if typ == domain.Person && (partyNounAfter(s, ds, end) || stakeIn(s.toks, start, end)) {
		return true
	}
	if basedBefore(s, ds, start, end, typ) {
		return true
	}
	h := nameHead(s, ds, start, end)
	if h < 0 {
		return false
	}
	toks := ds.Tokens
	name := &toks[h]
	// "X, a Tarrow company,": the first apposition only ("X, editor of
	// Y, a daily newspaper" is Y's)
	for k := h + 1; k < len(toks) && !listed; k++ {
		if t := &toks[k]; t.Head == h && t.Deprel == "appos" {
			if (isOrgNoun(t) || bodyKindNoun(t)) && !conjoinedNoun(toks, k) {
				return true
			}
			break
		}
	}
	if name.Head >= 0 {
		p := &toks[name.Head]
		// "the gangs' coalition, Viv Ansanm,": a name in apposition to
		// a noun saying what kind of body it is
		if typ == domain.Person && !listed && name.Deprel == "appos" && name.Head < h && (isOrgNoun(p) || bodyKindNoun(p)) {
			return true
		}
		// "president of Vision Halden": the body a title's "of" names
		if typ == domain.Person && name.Deprel == "nmod" && p.UPOS == "NOUN" && in(bodyTitles, strings.ToLower(p.Lemma)) && caseMarker(ds, h) == "of" {
			return true
		}
		// (a town has a board too: only "shares of" a place's name)
		if in(companyParts, strings.ToLower(p.Lemma)) && (name.Deprel == "nmod:poss" && typ == domain.Person || name.Deprel == "nmod" && caseMarker(ds, h) == "of") {
			return true // "X's board", "shares of X"
		}
	}
	first := tokenAt(ds, s.toks[start].start)
	if first < 1 || !isOrgNoun(&toks[first-1]) && !bodyKindNoun(&toks[first-1]) {
		return false
	}
	d := first - 1
	if d == 0 || !in(phraseOpeners, toks[d-1].UPOS) {
		return false
	}
	if !isOrgNoun(&toks[d]) {
		// a kind of body that is no organization word ("the gang",
		// "the committee") only in one phrase with the name, or before a
		// clause that lacks nothing where no verb precedes the phrase nor
		// comes between the name and the clause's verb: not "told the
		// committee X had warned him", "The gang X ran controlled routes"
		return name.Head == d && in(nameInPhrase, name.Deprel) || toks[d].Head == h && toks[d].Deprel == "compound" ||
			noGapClause(ds, h, d) && !verbBefore(toks, d) && !verbBetween(toks, h, toks[h].Head)
	}
	// the noun and the name in one phrase: one hangs on the other, or both
	// on the same word in the same relation ("The charity X said", where
	// the parser made both subjects) or the name as an oblique ("joined
	// the law firm X in 2019"); not "the firm X founded", nor the second
	// object of "sent the company X a letter"
	sameHead := toks[d].Head == name.Head
	return name.Head == d || toks[d].Head == h || sameHead && (toks[d].Deprel == name.Deprel || name.Deprel == "obl") ||
		noGapClause(ds, h, d)
}

// nameInPhrase are the relations that hang a name on the noun before it
// in one phrase: "the trucking association Kelvar", "the gang, Mara
// Tenza,".
var nameInPhrase = set("flat", "compound", "appos")

// nounModifiers are the relations of the words that open a noun's
// phrase before it: "the largest trucking association".
var nounModifiers = set("det", "amod", "compound", "nummod", "nmod:poss")

// verbBefore reports whether a verb comes right before the phrase that
// ends at noun d: its determiners, modifiers and compounds.
func verbBefore(toks []doc.Token, d int) bool {
	k := d - 1
	for k >= 0 && toks[k].Head == d && in(nounModifiers, toks[k].Deprel) {
		k--
	}
	return k >= 0 && (toks[k].UPOS == "VERB" || toks[k].UPOS == "AUX")
}

// verbBetween reports whether a verb stands between tokens i and j.
func verbBetween(toks []doc.Token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if toks[k].UPOS == "VERB" {
			return true
		}
	}
	return false
}

// namedBody reports whether the name at token start of s follows "a
// BODY called" or "a BODY known as" ("a gang known as X", "a Haitian
// union called X"): an indefinite noun of bodyKinds, at most two words
// between it and its article, on which the parse hangs "called" or
// "known" as a clause of the noun, not a verb of naming it is the
// subject of ("the union called X a liar").
func namedBody(s *sentence, ds *doc.Sentence, start int) bool {
	k := start - 2
	if lowerAt(s.toks, start-1) == "as" && lowerAt(s.toks, k) == "known" {
		k--
	} else if lowerAt(s.toks, start-1) != "called" {
		return false
	}
	if !in(bodyKinds, lowerAt(s.toks, k)) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if t := &s.toks[j]; t.lower == "a" || t.lower == "an" {
			n, v := tokenAt(ds, s.toks[k].start), tokenAt(ds, s.toks[k+1].start)
			return n >= 0 && v >= 0 && ds.Tokens[v].Head == n && strings.HasPrefix(ds.Tokens[v].Deprel, "acl")
		} else if t.kind != tWord || t.quoted || in(functionWords, t.lower) {
			return false
		}
	}
	return false
}

// noGapClause reports whether token h, the head of a name, is the
// subject of a relative clause the parser hung on noun d that lacks
// nothing: its verb, or the verb it governs, has its object ("the insurer
// Paris Re had agreed to pay the fine", misread as "the insurer that
// Paris Re …"). A true relative clause on d has a gap where d would
// stand: "the firm Ivo Brandt founded".
func noGapClause(ds *doc.Sentence, h, d int) bool {
	toks := ds.Tokens
	v := toks[h].Head
	if toks[h].Deprel != "nsubj" || v < 0 || toks[v].Head != d || toks[v].Deprel != "acl:relcl" {
		return false
	}
	for k := range toks {
		if toks[k].Head == v && toks[k].Deprel == "obj" {
			return true
		}
		if toks[k].Head == v && toks[k].Deprel == "xcomp" {
			for j := range toks {
				if toks[j].Head == k && toks[j].Deprel == "obj" {
					return true
				}
			}
		}
	}
	return false
}

// bodyKinds say what kind of body a name in apposition is, beside the
// organization nouns: "Tevra, the Lyon-based health alliance", "the
// state shipping corporation, Marvela".
var bodyKinds = setWith(kindOfBodyNouns, "corporation", "consortium", "cooperative", "watchdog", "gang", "cartel", "syndicate")

// employeeNouns are the jobs whose "at" names an employer, a body: "an
// analyst at X", "a partner at Y" (most of them also in occupations,
// rules.go, which other rules read for a person's job).
var employeeNouns = set("analyst", "analysts", "economist", "economists", "strategist", "researcher", "partner", "trader",
	"fellow", "professor", "lecturer", "scientist")

// bodyKindNoun reports whether t is a common noun in lower case of
// bodyKinds.
func bodyKindNoun(t *doc.Token) bool {
	return t.UPOS == "NOUN" && t.Form == strings.ToLower(t.Form) && in(bodyKinds, strings.ToLower(t.Lemma))
}

// describedAsBody reports whether an apposition after the name that ends
// before token end says it is an organization, read from the words where
// the parse hangs it elsewhere: a comma, an article, at most three
// describing words and a noun of orgNouns or bodyKinds ("Rask Rising, a
// movement of farmers"), that no title, occupation, other body noun or
// possessive follows ("X, a party official", "X, the group's founder"),
// no verb makes a clause of its own ("in Velo Darsk, the organisation
// said") and no function word precedes ("X, a member of the alliance").
// A "-based" trade of basedTrades makes a body only of a name not shaped
// like a person's ("Kofi Asante, a Tema-based operator of fishing boats"
// is a sole trader).
func describedAsBody(s *sentence, start, end int) bool {
	toks := s.toks
	if end+2 >= len(toks) || toks[end].text != "," || !in(articles, toks[end+1].lower) {
		return false
	}
	m := mentionAt(s, start)
	based := false
	personShaped := m != nil && personShapedName(m.ent.name)
	for j := end + 2; j < len(toks) && j <= end+5; j++ {
		t := &toks[j]
		if t.kind != tWord || t.quoted || in(functionWords, t.lower) || isTitleHead(t.lower) {
			return false
		}
		based = based || hasBasedSuffix(t.lower) && !personShaped
		if t.cap || !(in(orgNouns, t.lower) || in(bodyKinds, t.lower)) || (in(occupationNouns, t.lower) && !(based && in(basedTrades, t.lower))) {
			continue
		}
		// (not the first of nouns listed before the one described: "X, a
		// gang, cartel and syndicate adviser")
		return in(describerEnds, lowerAt(toks, j+1)) && !(toks[j+1].text == "," && nounListGoesOn(toks, j+2))
	}
	return false
}

// basedBefore reports whether a "CITY-based" modifier opens the phrase
// that the name in tokens [start, end) of s closes, right before it or
// before one or two lower-case words whose last is a noun of a body or a
// maker's trade: "London-based Corvin Tinto", "the Tarrow-based
// employers' group Corvina", "Tarrow-based glassmaker Corvisa". A name
// the recognizer took for a person's keeps it where it is shaped like
// one and only the modifier stands before it ("the Tarrow-based Ana
// Ruiz"); a place's name only right after the modifier; neither before a
// noun that goes on the phrase ("a Tarrow-based Amberton charity").
func basedBefore(s *sentence, ds *doc.Sentence, start, end int, typ domain.NodeType) bool {
	toks := s.toks
	if end < len(toks) && toks[end].kind == tWord && !toks[end].cap && !in(functionWords, toks[end].lower) {
		if k := tokenAt(ds, toks[end].start); k < 0 || ds.Tokens[k].UPOS == "NOUN" {
			return false
		}
	}
	noun := ""
	for j := start - 1; j >= 0 && j >= start-4; j-- {
		t := &toks[j]
		if hasBasedSuffix(t.lower) && !t.quoted {
			if noun == "" {
				return typ == domain.Place || !personShapedName(s.text[toks[start].start:toks[end-1].end])
			}
			return typ == domain.Person && (in(orgNouns, noun) && !in(occupationNouns, noun) || in(bodyKinds, noun) || strings.HasSuffix(noun, "maker"))
		}
		if t.text == "'" || t.text == "’" || t.lower == "'s" || t.lower == "’s" {
			continue // "employers' group"
		}
		if t.kind != tWord || t.cap || t.quoted || in(functionWords, t.lower) {
			return false
		}
		if noun == "" {
			noun = t.lower
		}
	}
	return false
}

// basedTrades are the nouns of occupationNouns that a "-based" modifier
// before them makes a business's ("X, the Dubai-based operator of the
// port", "X, a Jakarta-based contractor"); a producer, publisher or
// developer based in a city may still be a person.
var basedTrades = set("contractor", "supplier", "operator", "miner", "giant", "maker", "carrier", "startup")

// personShapedName reports whether name is shaped like a person's: two
// words, each a capital and then lower-case letters ("Kofi Asante", not
// "DP World" or "PT Bumi Karya Utama").
func personShapedName(name string) bool {
	ws := strings.Fields(name)
	if len(ws) != 2 {
		return false
	}
	for _, w := range ws {
		r := []rune(w)
		if len(r) < 2 || !unicode.IsUpper(r[0]) || !unicode.IsLower(r[1]) {
			return false
		}
	}
	return true
}

// hasBasedSuffix reports whether w, in lower case, is a "-based" or
// "-headquartered" modifier ("dubai-based").
func hasBasedSuffix(w string) bool {
	return slices.ContainsFunc(basedSuffixes, func(suf string) bool { return strings.HasSuffix(w, suf) })
}

// saidBasedIn reports whether the name that ends before token end of
// toks, from token start, is said, after a comma, to be based or
// headquartered in a place: "X, which is based in Calgary,", "X,
// headquartered in Lyon", "Dovrelco, based in Toronto,": a body's (a
// person is "who is based in"). A bare "based in" after a name of several words
// may be a person's posting ("Ana Ruiz, based in Madrid for the paper,"):
// only "which is" or "headquartered" says a body there, and so after a
// one-word mention of a name of several words ("Okonkwo, based in Lagos,"
// after "Chidi Okonkwo"). A name that is the object of a preposition is
// not what the clause describes ("the firm founded by X, which is based
// in Oslo"), and what follows "in" must be a place ("based in part on").
func saidBasedIn(s *sentence, start, end int) bool {
	toks := s.toks
	if lowerAt(toks, end) != "," || in(nameObjectPreps, lowerAt(toks, start-1)) {
		return false
	}
	k := end + 1
	which := lowerAt(toks, k) == "which" && in(beForms, lowerAt(toks, k+1))
	if which {
		k += 2
	}
	w := lowerAt(toks, k)
	if w != "headquartered" && (w != "based" || !which && !oneWordName(s, start, end)) {
		return false
	}
	if lowerAt(toks, k+1) != "in" || toks[k].quoted {
		return false
	}
	p := mentionAt(s, k+2)
	return p != nil && p.start == k+2 && (p.ent.typ == domain.Place || p.ent.typ == domain.Country)
}

// oneWordName reports whether the mention in tokens [start, end) of s is
// one word and so is the name of its entity.
func oneWordName(s *sentence, start, end int) bool {
	m := mentionAt(s, start)
	return end-start == 1 && m != nil && !strings.Contains(m.ent.name, " ")
}

// nameObjectPreps, before a name, make it a preposition's object.
var nameObjectPreps = set("by", "of", "for", "with", "from", "to", "on")

// partyNounAfter reports whether a noun of ownNameNouns in lower case
// follows the name that ends before token end of s, directly ("the
// ruling Tarvo Union party", "the Daily Vestor newspaper") or after "and"
// and another name ("the Rask and Velo Nord parties"): the name is the
// party's or the paper's. (Not "coalition", "movement", "militia" or
// "gang": "the Merz coalition", "the Sadr militia" are a person's.) The
// parse must read the word as a noun that modifies no noun after it:
// "spoke with X daily" is an adverb, "backed X party candidates" a
// person's candidates.
func partyNounAfter(s *sentence, ds *doc.Sentence, end int) bool {
	toks := s.toks
	if lowerAt(toks, end) == "and" {
		m := mentionAt(s, end+1)
		if m == nil || m.start != end+1 {
			return false
		}
		end = m.end
	}
	if end >= len(toks) || toks[end].cap || toks[end].quoted || !in(ownNameNouns, toks[end].lower) {
		return false
	}
	k := tokenAt(ds, toks[end].start)
	if k < 0 || ds.Tokens[k].UPOS != "NOUN" {
		return false
	}
	return k+1 >= len(ds.Tokens) || ds.Tokens[k+1].UPOS != "NOUN" || ds.Tokens[k].Head != k+1
}

// stakeIn reports whether the name in tokens [start, end) of toks is
// what "a stake in" is held in, at most two words in lower case between
// ("a 30 percent stake in state-owned X", "its stakes in the Y"): a
// company's (a person holds a stake, is none's object). A possessive
// after the name makes it the owner of what the stake is in ("a stake
// in X's shipping firm"), not the company.
func stakeIn(toks []token, start, end int) bool {
	if next := lowerAt(toks, end); next == "'s" || next == "’s" {
		return false
	}
	k := start - 1
	for n := 0; n < 2 && k >= 0 && toks[k].kind == tWord && !toks[k].cap && toks[k].lower != "in" && (toks[k].lower == "the" || !in(functionWords, toks[k].lower)); n++ {
		k--
	}
	return lowerAt(toks, k) == "in" && (lowerAt(toks, k-1) == "stake" || lowerAt(toks, k-1) == "stakes")
}

// ownNameNouns name a body after its own name: "the X party", "the X
// newspaper" (not partyNouns: "the Merz coalition" is a person's).
var ownNameNouns = set("party", "parties", "newspaper", "daily")

// nounListGoesOn reports whether token k, after a noun's comma, is
// another word in lower case that a comma, "and" or "or" follows: the
// nouns of a list ("a gang, cartel and syndicate adviser").
func nounListGoesOn(toks []token, k int) bool {
	if k >= len(toks) || toks[k].kind != tWord || toks[k].cap || in(functionWords, toks[k].lower) {
		return false
	}
	next := lowerAt(toks, k+1)
	return next == "," || next == "and" || next == "or"
}

// conjoinedNoun reports whether the parse gives noun k a noun in lower
// case as a conjunct: the first of nouns listed before the one an
// apposition names ("X, a gang, cartel and syndicate adviser").
func conjoinedNoun(toks []doc.Token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if t := &toks[j]; t.Head == k && t.Deprel == "conj" && t.UPOS == "NOUN" && t.Form == strings.ToLower(t.Form) {
			return true
		}
	}
	return false
}

// listedName reports whether the name that ends before token end is an
// item of a list: the comma after it opens a bare "the" phrase whose own
// comma "and" or "or" follows ("Talks between X, the union, and two
// employers' groups", "X, the charity, or the council"). A phrase that
// says more is an apposition ("X, a Leeds-based firm that Y owns, and
// three of its officers").
func listedName(toks []token, end int) bool {
	if end+1 >= len(toks) || toks[end].text != "," || toks[end+1].lower != "the" {
		return false
	}
	for j := end + 2; j < len(toks) && j <= end+6; j++ {
		if t := &toks[j]; t.text == "," {
			return lowerAt(toks, j+1) == "and" || lowerAt(toks, j+1) == "or"
		} else if t.kind != tWord || in(functionWords, t.lower) {
			return false
		}
	}
	return false
}

// describerEnds may follow the noun of an apposition that describes a
// name: the phrase ends or goes on ("a movement of fishermen", "an
// alliance based in Geneva"); a verb after it makes a clause of its own
// ("in Velo Darsk, the organisation said"), and a title, an occupation,
// another noun or a possessive another person ("X, a party official",
// "X, the group's founder").
var describerEnds = set(",", ".", ";", "(", "—", "of", "that", "which", "whose", "in", "based", "with", "for", "from",
	"founded", "set", "run", "backed", "led", "formed", "created", "registered", "headquartered", "active", "")

// weakTradeWords end companies' names and people's alike ("Halvik
// Steel", "David Steel"): a company's only where a company noun stands
// right before the name.
var weakTradeWords = set("steel", "power", "gold")

// companyShaped reports whether the name in tokens [start, end) is shaped
// like a company's: one word ending in a company's morpheme ("Termocom",
// "Transgaz", "Volgatom"), or words ending in a weak trade word that a
// company noun precedes ("steel group Halvik Steel").
func companyShaped(toks []token, start, end int) bool {
	if end-start == 1 {
		w := toks[start].lower
		for _, m := range companyMorphemes {
			if strings.HasSuffix(w, m) && utf8.RuneCountInString(w) >= len(m)+3 {
				return true
			}
		}
		return false
	}
	return in(weakTradeWords, toks[end-1].lower) && start > 0 && slices.Contains(businessNouns, toks[start-1].lower)
}

// companyMorphemes end one-word company names and no person's: a
// telecom's or an energy firm's ("Termocom", "Naftogaz", "Gazprom",
// "Rosneft", "Rosatom").
var companyMorphemes = []string{"com", "gaz", "prom", "neft", "atom"}

// phraseOpeners are the tags of the words that open a noun phrase
// before its head: "the charity", "a London law firm".
var phraseOpeners = set("DET", "ADJ", "NOUN", "PROPN")

// bodyTitles are titles a body gives and a person does not: "Khmer
// Rouge leader X", "Tamsin Veld executive X", "president of Vision
// Halden" (but "X spokesman Y" or "the envoy of X" may serve a person).
var bodyTitles = set("leader", "executive", "chairman", "chairwoman", "director", "manager", "employee", "official",
	"president", "chair", "founder", "member", "treasurer", "ceo", "professor", "lecturer", "researcher")

// titlesBody reports whether the name that ends before token end of s
// modifies a title of bodyTitles that a person's name follows: "Khmer
// Rouge leader X", "Corvin Chief Executive Officer X" (the title's words
// run up to four, titleRunWords around the body's), or owns one set off
// by commas before the name ("Corvin's chief executive, X,": a head's
// title, ownedHeadTitles, and no deputy's).
func titlesBody(s *sentence, end int) bool {
	toks := s.toks
	k := end
	poss := k < len(toks) && toks[k].kind == tPoss
	if poss {
		k++
	}
	j, body, second := k, false, false
	for j < len(toks) && j-k < 4 && toks[j].kind == tWord && (in(bodyTitles, toks[j].lower) || in(titleRunWords, toks[j].lower)) {
		body = body || in(bodyTitles, toks[j].lower) && (!poss || in(ownedHeadTitles, toks[j].lower))
		second = second || in(deputies, toks[j].lower)
		j++
	}
	if !body {
		return false
	}
	if poss {
		// (a person has a deputy, a vice president, a manager or a
		// treasurer of their own: "Odhiambo's vice president, X")
		if second || j >= len(toks) || toks[j].text != "," {
			return false
		}
		j++
	}
	m := mentionAt(s, j)
	return m != nil && m.start == j && m.ent.typ == domain.Person
}

// ownedHeadTitles are the titles of bodyTitles that head a body a
// possessive names and no person has: "Corvin's chief executive, X",
// not "Brandt's manager, X".
var ownedHeadTitles = set("executive", "ceo", "chairman", "chairwoman", "chair", "president", "director", "leader")

// titleRunWords stand in a body's title around a word of bodyTitles:
// "Chief Executive Officer", "managing director", "vice president".
var titleRunWords = setWith(deputies, "chief", "officer", "managing", "general", "executive")

// isOrgNoun reports whether t is a common noun in lower case that says
// what kind of organization a name is, and not what a person does.
func isOrgNoun(t *doc.Token) bool {
	l := strings.ToLower(t.Lemma)
	return t.UPOS == "NOUN" && t.Form == strings.ToLower(t.Form) && (in(orgDescriptors, l) || in(orgNouns, l)) && !in(occupationNouns, l)
}

// occupationNouns describe organizations and people alike: "the
// publisher X", "X, a director-producer".
var occupationNouns = set("producer", "publisher", "developer", "contractor", "supplier", "operator", "miner",
	"giant", "maker", "carrier", "startup")

// nameHead is the token of the parse that heads the name in tokens
// [start, end) of s: the one whose head lies outside it; -1 when the
// parse cuts the name otherwise.
func nameHead(s *sentence, ds *doc.Sentence, start, end int) int {
	lo, hi := tokenAt(ds, s.toks[start].start), tokenAt(ds, s.toks[end-1].start)
	if lo < 0 || hi < 0 {
		return -1
	}
	h := -1
	for k := lo; k <= hi; k++ {
		if p := ds.Tokens[k].Head; p < lo || p > hi {
			if h >= 0 {
				return -1
			}
			h = k
		}
	}
	return h
}

// tokenAt is the index of the parse's token that starts at byte off of
// the sentence, -1 if none does.
func tokenAt(ds *doc.Sentence, off int) int {
	for k, t := range ds.Tokens {
		if t.Start-ds.Start == off {
			return k
		}
	}
	return -1
}

// personCued reports whether the article gives e, a person, a cue that
// only a person takes: a gender, a short form of the name, a title or
// honorific right before it, or an age after it ("X, 53,").
func (x *extractor) personCued(e *entity) bool {
	if e.gender != "" || len(e.aliases) > 1 {
		return true
	}
	return x.anyMention(e, func(s *sentence, m mention) bool {
		b := lowerAt(s.toks, m.start-1)
		return m.kind != mName || m.start > 0 && (isTitleWord(b) && !in(formerWords, b) || in(honorifics, b)) ||
			lowerAt(s.toks, m.end) == "," && m.end+1 < len(s.toks) && isAge(s.toks[m.end+1].text) ||
			saysHeOrShe(s.toks, m.end)
	})
}

// saysHeOrShe reports whether the name that ends before token end of toks
// says or tells something of itself as "he" or "she": "X said he would
// appeal", "X said that she", "X told reporters he", "X, based in
// Warsaw, said she": a person's cue (a body says "it").
func saysHeOrShe(toks []token, end int) bool {
	k := end
	if lowerAt(toks, k) == "," {
		for k++; k < len(toks) && k <= end+8 && toks[k].text != ","; k++ {
		}
		if k >= len(toks) || toks[k].text != "," {
			return false // no closing comma: the verb is not the name's
		}
		k++
	}
	if !in(sayForms, lowerAt(toks, k)) {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3 && toks[j].kind == tWord; j++ {
		if in(personPronouns, toks[j].lower) {
			return true
		}
	}
	return false
}

// sayForms are the forms of saying, past and present, after which a
// person's pronoun tells a person: "X said she", "X told reporters he".
var sayForms = set("said", "says", "told", "tells", "added")

// anyMention reports whether f holds for a mention of e.
func (x *extractor) anyMention(e *entity, f func(s *sentence, m mention) bool) bool {
	for i := range x.sents {
		s := &x.sents[i]
		for _, m := range s.ments {
			if m.ent == e && f(s, m) {
				return true
			}
		}
	}
	return false
}

// formerWords date a title; the recognizer may take them into a name.
var formerWords = set("former", "then", "late", "ex")

// placeCued reports whether the article gives e, a place, a cue that
// only a place takes: a locative preposition before a mention ("in
// Piedmont") or a place after it ("Burlington, Vt.").
func (x *extractor) placeCued(e *entity) bool {
	return x.anyMention(e, func(s *sentence, m mention) bool {
		b := lowerAt(s.toks, m.start-1)
		n := mentionAt(s, m.end+1)
		return m.kind != mName || m.start > 0 && (in(placePreps, b) || b == "from") ||
			lowerAt(s.toks, m.end) == "," && n != nil && (n.ent.typ == domain.Place || n.ent.typ == domain.Country)
	})
}

// retypeAs makes the entity of type t and the same name answer every
// mention of e, a person or place, and forgets the person. A "former"
// the recognizer took into a person's name ("Former Pepco executive X")
// is no part of the new name.
func (x *extractor) retypeAs(e *entity, t domain.NodeType) {
	name := e.name
	if w, rest, ok := strings.Cut(name, " "); ok && in(formerWords, strings.ToLower(w)) {
		name = rest
	}
	n := x.entity(t, name)
	if t == domain.Organization {
		x.orgs[domain.Fold(name)] = n
	}
	for i := range x.sents {
		s := &x.sents[i]
		for j := range s.ments {
			m := &s.ments[j]
			if m.ent != e {
				continue
			}
			if m.end-m.start > 1 && in(formerWords, s.toks[m.start].lower) {
				m.start++
			}
			m.ent = n
			n.seenIn(s.idx)
			n.addAlias(joinTokens(s.text, s.toks, m.start, m.end))
		}
	}
	e.first = -1
	for k, p := range x.persons {
		if p == e {
			delete(x.persons, k)
		}
	}
}

// placesTakenForPeople retypes as places the people whose names stand
// where only a place's does: before ", where" ("pass through Rolling
// Fork, where X was born") or after a preposition of movement or
// nearness ("through X", "near X"), unless the article gives the name a
// person's cue (personCued) or a possessive follows ("near X's home").
// So are the names that end in a capitalized word of a place or a work
// that no surname is ("the Corvin Al-Tarek Port").
func (x *extractor) placesTakenForPeople() {
	var cued []*entity
	for i := range x.sents {
		s := &x.sents[i]
		for _, m := range s.ments {
			if m.ent.typ == domain.Person && m.kind == mName && !slices.Contains(cued, m.ent) && (placeContext(s, m) || x.regionAfterComma(s, m) || placeConjunct(s, m) || placeApposed(s.toks, m.end) || placeHeadName(m.ent.name)) {
				cued = append(cued, m.ent)
			}
		}
	}
	for _, e := range cued {
		if !x.personCued(e) {
			x.retypeAs(e, domain.Place)
		}
	}
}

// placeHeadName reports whether a name of two words or more ends in a
// capitalized noun of placeNameHeads: a place's or a work's, never a
// person's ("Amber City", "Tarrow Point"); a head that is also a rare
// surname only after two words or more ("Lena Port" may be a woman's).
func placeHeadName(name string) bool {
	ws := strings.Fields(name)
	last := ws[len(ws)-1]
	return len(ws) >= 2 && in(placeNameHeads, last) && (len(ws) >= 3 || !in(surnameHeads, last))
}

// placeNameHeads end the names of places and works, and of no person (not
// "Bridge", "Tower", "Temple", "Church" or "Bay", which are surnames too).
var placeNameHeads = set("Port", "City", "Point", "Airport", "Airbase", "Island", "Islands", "Harbour", "Harbor", "Stadium",
	"Canal", "Strait", "Reservoir", "Crossing", "Checkpoint", "Peninsula", "Oilfield", "Gasfield")

// surnameHeads are the placeNameHeads that are rare surnames too.
var surnameHeads = set("Port")

// placeConjunct reports whether mention m of s is joined by "and" or
// "or" to a place that a locative preposition opens ("ferries to Corfu
// and Zakynthos", "in Patras or Pyrgos"), or stands in a pair "between"
// opens after a noun of the map ("the sea between Hopen and Bjornoya"),
// or is followed by ", near" and a place ("at Beni Vell, near Melilla"):
// a place's slots, not a person's.
func placeConjunct(s *sentence, m mention) bool {
	toks := s.toks
	// "X, a local lawmaker": a person's apposition
	if personApposed(toks, m.end) {
		return false
	}
	// ("carrying X, near Y": only a place's preposition before X)
	at := lowerAt(toks, m.start-1)
	if lowerAt(toks, m.end) == "," && lowerAt(toks, m.end+1) == "near" && (in(placePreps, at) || at == "to" || at == "from") {
		if n := mentionAt(s, m.end+2); n != nil && n.start == m.end+2 && (n.ent.typ == domain.Place || n.ent.typ == domain.Country) {
			return true
		}
	}
	// ("the strait between X and Y's companies": people's)
	if lowerAt(toks, m.start-1) == "between" && in(mapNouns, lowerAt(toks, m.start-2)) && lowerAt(toks, m.end) == "and" {
		n := mentionAt(s, m.end+1)
		return n == nil || n.end >= len(toks) || toks[n.end].kind != tPoss
	}
	if m.end < len(toks) && toks[m.end].kind == tPoss {
		return false
	}
	if c := lowerAt(toks, m.start-1); c != "and" && c != "or" {
		return false
	}
	p := mentionEndingAt(s, m.start-1)
	if p == nil || p.quoted {
		return false
	}
	before, before2 := lowerAt(toks, p.start-1), lowerAt(toks, p.start-2)
	if p.ent.typ == domain.Place && (in(placePreps, before) || before == "to" || before == "from") {
		return true
	}
	return before == "between" && in(mapNouns, before2)
}

// placeApposed reports whether the comma at token end opens an
// apposition that says what kind of place the name before it is: "X, the
// main city of Y", "X, a French island of", "X, a village on the coast".
// The apposition is an article, at most three describing words and a
// noun of placeKinds that a preposition, a relative word or the end of
// the phrase follows, not a noun or a possessive ("X, a village elder",
// "X, the city's mayor", "X, a port official": people). "state" and
// "area" name a person's beat as often ("a state senator").
func placeApposed(toks []token, end int) bool {
	if lowerAt(toks, end) != "," || !in(articles, lowerAt(toks, end+1)) {
		return false
	}
	for j := end + 2; j < len(toks) && j <= end+5; j++ {
		t := &toks[j]
		if t.kind != tWord || t.quoted {
			return false
		}
		if !t.cap && in(placeKinds, t.lower) && t.lower != "state" && t.lower != "area" {
			if j+1 == len(toks) {
				return true
			}
			n := &toks[j+1]
			if n.lower == "of" {
				return placeOfApposed(toks, j+2)
			}
			return n.kind == tPunct && n.text != "(" || in(placeKindFollowers, n.lower)
		}
		if in(smallWords, t.lower) || isTitleWord(t.lower) || in(peopleWords, t.lower) {
			return false
		}
	}
	return false
}

// placeOfApposed reads the rest of a place's apposition from token k,
// after its "of": a number or "about"/"some" (a count: "an island of
// about 40,000 people"), or a name with no title or word for a person in
// it, the apposition ending right after it: a punctuation mark, the
// sentence's end or one of placeOfEnders ("the main city of Abkhazia";
// "the province of Cebu's chief prosecutor", "the county of Travis's top
// lawyer", "a town of Hempstead resident": people; "an island of calm":
// a metaphor).
func placeOfApposed(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	if t := &toks[k]; t.kind == tNum || t.lower == "about" || t.lower == "some" {
		return true // a count: "of about 40,000 people"
	} else if t.kind != tWord || !t.cap {
		return false
	}
	for ; k < len(toks) && toks[k].kind == tWord && toks[k].cap; k++ {
		if isTitleWord(toks[k].lower) || in(peopleWords, toks[k].lower) {
			return false // "the county of Erie Commissioner of Health"
		}
	}
	// the apposition ends right after the name: "a town of Hempstead
	// resident", "the port of Cebu chaplain" are people's
	if k == len(toks) {
		return true
	}
	t := &toks[k]
	return t.kind == tPunct && t.text != "(" || in(placeOfEnders, t.lower)
}

// placeOfEnders may follow the name in a place's "<kind> of <Name>"
// apposition: "the main city of Abkhazia, where", "… of Leyte in the
// south".
var placeOfEnders = set("in", "near", "on", "and", "where", "which", "that")

// placeKindFollowers may follow the noun of a place's apposition: "a
// village on the coast", "a port that" ("of" is placeOfApposed's).
var placeKindFollowers = set("on", "in", "near", "that", "where", "which", "about", "some", "north", "south", "east", "west")

// personApposed reports whether the comma at token end opens a person's
// apposition: a title or a word for a person before the next comma ("X,
// a local lawmaker, said").
func personApposed(toks []token, end int) bool {
	if lowerAt(toks, end) != "," {
		return false
	}
	for k := end + 1; k < len(toks) && k <= end+5 && toks[k].text != ","; k++ {
		if !toks[k].cap && (isTitleHead(toks[k].lower) || in(peopleWords, toks[k].lower)) {
			return true
		}
	}
	return false
}

// mapNouns are features of the map a stretch "between" two places
// lies in: "the sea between X and Y".
var mapNouns = set("sea", "seas", "waters", "strait", "channel", "border", "area", "stretch", "road", "highway", "route", "coast")

// regionAfterComma reports whether a state or a country follows mention m
// of s after a comma, and ends its phrase there: "of Trapper Creek,
// Alaska, with", "Gunnison, Colorado." name a town the way a dateline
// does ("X, Kenya's envoy" is a person's apposition).
func (x *extractor) regionAfterComma(s *sentence, m mention) bool {
	if lowerAt(s.toks, m.end) != "," || !in(townPreps, lowerAt(s.toks, m.start-1)) {
		return false // "Lars Holm, Norway": a results table's athlete
	}
	for _, r := range s.ments {
		if r.start != m.end+1 || r.kind != mName || !x.isRegionOrCountry(r.ent) {
			continue
		}
		if r.end == len(s.toks) {
			return true
		}
		t := &s.toks[r.end]
		return t.kind == tPunct && t.text != "(" || t.kind == tWord && !t.cap
	}
	return false
}

// townPreps put a town before "…, State": "of Trapper Creek, Alaska",
// "in Gunnison, Colorado" (not "to" or "from": "the gold went to Lars
// Holm, Norway").
var townPreps = set("of", "in", "at", "near", "outside")

// routePreps put a place after them, never a person: "through X".
var routePreps = set("through", "near", "outside", "across", "toward", "towards", "via")

// placeContext reports whether mention m of s stands where a place's
// name does (see placesTakenForPeople).
func placeContext(s *sentence, m mention) bool {
	if lowerAt(s.toks, m.end) == "," && lowerAt(s.toks, m.end+1) == "where" {
		return true
	}
	next := lowerAt(s.toks, m.end)
	return m.start > 0 && in(routePreps, lowerAt(s.toks, m.start-1)) && next != "'s" && next != "’s"
}
