package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/domain"
)

// eventVisit: "Ana Soler's first state visit to Kenya", "Ivo Brandt cut
// short a visit to Ethiopia": a visit, held in the place visited, whose
// party is the visitor (the noun's possessor or "by" phrase, or the
// subject of the verb that holds the noun). Visits only hoped for,
// invited or called off give nothing; planned ones need a day, as other
// planned events (addStructureEvent). The verb in the past ("X visited
// Y") is left out: read as a visit it cost precision on sealed4 and found
// none of the development sets' visits; a visit due on a day ("X will
// visit Y on Saturday") is read (plannedVisit).
func eventVisit(x *extractor, ps *psent) {
	for v := range ps.d.Tokens {
		if ps.lemma(v) != "visit" || ps.quoted(v) || x.inDateline(ps, v) {
			continue
		}
		if ps.tok(v).UPOS != "NOUN" {
			continue
		}
		if e, used := x.visitNoun(ps, v); e != nil {
			x.addStructureEvent(ps, e, used)
		}
	}
	for v := range ps.d.Tokens {
		if ps.tok(v).UPOS != "VERB" || ps.quoted(v) || x.inDateline(ps, v) {
			continue
		}
		var e *event
		var used []int
		switch {
		case tripVerbs[ps.lemma(v)] != "":
			e, used = x.plannedTrip(ps, v)
		case ps.lemma(v) == "visit":
			e, used = x.plannedVisit(ps, v)
		}
		if e != nil && e.planned && x.tripCalledOff(ps, v, e) {
			continue
		}
		if e != nil {
			x.addStructureEvent(ps, e, used)
		}
	}
}

// tripCalledOff reports whether a trip planned by verb v is called off
// after it, in its sentence or the next: "X was due to arrive in Y on
// Friday, but the visit was called off", "… His trip was cancelled".
func (x *extractor) tripCalledOff(ps *psent, v int, e *event) bool {
	for si := ps.idx; si <= ps.idx+1 && si < len(x.parsed); si++ {
		qs := x.parsed[si]
		if qs == nil {
			continue
		}
		for k := range qs.d.Tokens {
			if si == ps.idx && k <= v || qs.tok(k).UPOS != "VERB" || qs.quoted(k) {
				continue
			}
			off := in(calledOffLemmas, qs.lemma(k)) || qs.lemma(k) == "call" && qs.particle(k, "off")
			if !off {
				continue
			}
			// only a trip it has as its subject: "His trip was cancelled",
			// not "Y postponed his arrival"; in the trip's own sentence
			// also the trip or meeting a participant calls off ("but Y
			// cancelled her trip"), not flights rains cancelled nor "a
			// trip to Madrid" another made
			if slices.ContainsFunc(qs.kidsWith(k, "nsubj", "nsubj:pass"), func(c int) bool {
				return in(tripNouns, qs.lemma(c)) || qs.lemma(c) == "arrival" || si == ps.idx && eventNounCats[qs.lemma(c)] != ""
			}) {
				return true
			}
			if si == ps.idx && x.ownTripCalledOff(qs, k, e) || si > ps.idx && x.tripObject(qs, k, e) {
				// the next sentence may call off "the meeting" whoever
				// its subject: "On Thursday, Y postponed the meeting"
				return true
			}
		}
	}
	return false
}

// ownTripCalledOff reports whether call-off verb k has as its object
// the trip or meeting of event e, its own ("her trip", "the meeting",
// to no other place than e's), and as its subject a pronoun or one of
// e's participants: "…, but Lind cancelled her trip".
func (x *extractor) ownTripCalledOff(ps *psent, k int, e *event) bool {
	subj := ps.kidWith(k, "nsubj", "")
	if subj < 0 || ps.tok(subj).UPOS != "PRON" && (ps.ent[subj] == nil || !slices.ContainsFunc(e.participants, func(p *entity) bool { return p.id == ps.ent[subj].id })) {
		return false
	}
	return x.tripObject(ps, k, e)
}

// tripObject reports whether call-off verb k has as its object the trip
// or meeting of event e ("her trip", "the meeting", to no other place
// than e's).
func (x *extractor) tripObject(ps *psent, k int, e *event) bool {
	return slices.ContainsFunc(ps.kidsWith(k, "obj"), func(o int) bool {
		if !in(tripNouns, ps.lemma(o)) && eventNounCats[ps.lemma(o)] == "" {
			return false
		}
		if !slices.ContainsFunc(ps.kids[o], func(c int) bool {
			return ps.tok(c).Deprel == "nmod:poss" || ps.rel(c) == "det" && (ps.lower(c) == "the" || ps.lower(c) == "this")
		}) {
			return false
		}
		return !slices.ContainsFunc(ps.kidsWith(o, "nmod"), func(c int) bool {
			p := x.eventPlaceAt(ps, c)
			return p != nil && (e.heldIn == nil || p.id != e.heldIn.id)
		})
	})
}

// plannedVisit reads a visit the article states as due on a day: "X is
// due to visit Lake Charles on Saturday with Y", "X will visit Accra on
// Friday" (the visitors the subject and the "with" phrases name). A visit
// told in the past tense is left out (see eventVisit).
func (x *extractor) plannedVisit(ps *psent, v int) (*event, []int) {
	obj := ps.kidWith(v, "obj", "")
	if obj < 0 || ps.eventMood(v) != planned {
		return nil, nil
	}
	place := x.eventPlaceAt(ps, obj)
	if place == nil {
		place = x.visitedName(ps, obj)
	}
	if place == nil && ps.ent[obj] == nil && !ps.actorPhrase(obj) {
		// "is due to visit the evacuation centres in X on Friday", the
		// place hung on the verb: the town of what is visited
		place, _ = x.eventPlace(ps, v, obj, -1)
	}
	if place == nil || place.typ != domain.Place && place.typ != domain.Country {
		return nil, nil
	}
	e := &event{cat: "visit", heldIn: place, sent: ps.idx, hedge: ps.s.hedge, planned: true}
	e.date, e.day = x.eventDate(ps, v, -1)
	if !x.dayKnown(e) {
		return nil, nil
	}
	parties := append(ps.subjectsOf(v), ps.partyPhrases(v, obj, e.cat)...)
	met := ps.purposeWith(v)
	e.forTalks = len(met) > 0
	parties = append(parties, met...)
	e, used := x.settleVisit(ps, e, parties, []int{v, obj})
	if e != nil {
		// "will visit X on Friday to meet Y and Z": whom it meets, read
		// off the words (the parser often loses the object's names:
		// "to meet Los Rios Gov. Y and the city's mayor, Z")
		for _, m := range ps.namesMetAfter(v) {
			e.participants = appendEnt(e.participants, m.ent)
		}
	}
	return e, used
}

// namesMetAfter returns the named people a purpose clause "to meet" of
// trip verb v takes, read off the words: each after determiners, titles and possessives
// (personMetAfter), joined by commas or "and"; none when anything else
// comes first.
func (ps *psent) namesMetAfter(v int) []*mention {
	for _, c := range ps.kidsWith(v, "advcl") {
		mark := ps.kidWith(c, "mark", "")
		if ps.lemma(c) != "meet" || mark < 0 || ps.lower(mark) != "to" {
			continue
		}
		k, _, ok := oldSpan(ps.s, ps.d, c, c+1)
		if !ok {
			return nil
		}
		var out []*mention
		toks := ps.s.toks
		for i := k + 1; len(out) < 4; {
			m, end := personMetAfter(ps.s, i)
			if m == nil || end < len(toks) && toks[end].kind == tPoss {
				break // (not the owner of whom is met: "Y's widow")
			}
			if at := pastRelative(toks, end); at < len(toks) && ps.verbStartsAt(toks[at].start) {
				break // a new clause's subject: "Y, and Z said …", "Y and Z will stay", "Y and Z, who runs X, said"
			}
			out = append(out, m)
			// "Y and Z", "Y, Z and W"; a comma closing an apposition
			// ("the city's mayor, Z,") ends the list unless "and" follows
			switch {
			case lowerAt(toks, end) == "and":
				i = end + 1
			case lowerAt(toks, end) == "," && lowerAt(toks, end+1) == "and":
				i = end + 2
			default:
				return out
			}
		}
		return out
	}
	return nil
}

// pastRelative returns the token after a relative clause set off by
// commas at k (", who runs the port authority,"), or k when none opens
// there or it does not close before the sentence ends.
func pastRelative(toks []token, k int) int {
	if lowerAt(toks, k) != "," || !in(relativeOpeners, lowerAt(toks, k+1)) {
		return k
	}
	for j := k + 2; j < len(toks); j++ {
		if lowerAt(toks, j) == "," {
			return j + 1
		}
	}
	return k
}

// relativeOpeners open a relative clause after a person's name.
var relativeOpeners = set("who", "whose", "whom")

// verbStartsAt reports whether the parse reads the word at byte off of
// the sentence as a verb or an auxiliary ("said", "will").
func (ps *psent) verbStartsAt(off int) bool {
	k := tokenAt(ps.d, off)
	return k >= 0 && (ps.tok(k).UPOS == "VERB" || ps.tok(k).UPOS == "AUX")
}

// visitedName returns the place a proper noun the recognizer left
// unread names as the object of "visit" ("She will visit Lüderitz on May
// 12", "is due to visit Dajabón on Friday") or read as a body's name of
// one word ("is due to visit Mandera on Thursday"): the article's place
// of that name, else the place the gazetteer knows by it (placeByName:
// none it marks as also a common word); nil for a name read as a person
// or a country.
func (x *extractor) visitedName(ps *psent, k int) *entity {
	if ps.rel(k) == "conj" || len(ps.kidsWith(k, "conj")) > 0 {
		return nil // "will visit Nokia and Kone": bodies as often as towns
	}
	if e := ps.ent[k]; e != nil && e.typ == domain.Organization && ps.kind[k] == mName {
		// "is due to visit Mandera on Thursday" read as a body: the
		// place, when the body's name is all one place's and the
		// article names the body nowhere else
		if start, end := ps.mentionSpan(k); ps.words(start, end) == e.name && !slices.ContainsFunc(strings.Fields(strings.ToLower(e.name)), isOrgCue) &&
			!x.namedElsewhere(e, ps.idx) && x.homePlace(e.name) {
			return x.placeByName(ps, e.name, false)
		}
		return nil
	}
	if ps.ent[k] != nil || ps.tok(k).UPOS != "PROPN" || ps.quoted(k) {
		return nil
	}
	start, end := k, k+1
	for start > 0 && ps.ent[start-1] == nil && ps.tok(start-1).UPOS == "PROPN" && ps.head(start-1) == k {
		start--
	}
	for end < len(ps.d.Tokens) && ps.ent[end] == nil && ps.tok(end).UPOS == "PROPN" && ps.head(end) == k {
		end++
	}
	name := ps.words(start, end)
	if !startsUpper(name) {
		return nil
	}
	if e, ok := x.byID[domain.NodeID(domain.Place, name)]; ok {
		return e
	}
	if !x.homePlace(name) {
		return nil
	}
	return x.placeByName(ps, name, false)
}

// namedElsewhere reports whether a sentence other than si names e as a
// company: the name says or reports ("Nokia said"), or owns what a
// company has ("Nokia's chief executive", "Nokia's shares").
func (x *extractor) namedElsewhere(e *entity, si int) bool {
	for i := range x.sents {
		toks := x.sents[i].toks
		if i != si && slices.ContainsFunc(x.sents[i].ments, func(m mention) bool {
			next := lowerAt(toks, m.end)
			return m.ent == e && (in(companyActs, next) || (next == "'s" || next == "’s") && in(companyHoldings, lowerAt(toks, m.end+1)))
		}) {
			return true
		}
	}
	return false
}

// companyActs are what a company does right after its name: "Nokia said".
var companyActs = set("said", "says", "announced", "reported", "posted", "shares", "stock")

// companyHoldings are what a company has: "Nokia's chief executive".
// (Some are orgAnchorWords too, resolve.go, which anchor any body.)
var companyHoldings = setWith(spokesTitles, "shares", "stock", "chief", "ceo", "executive", "chairman", "board", "profit", "profits",
	"revenue", "sales", "products", "factory", "plant", "headquarters")

// homePlace reports whether the gazetteer's first place of the name lies
// in the country of the article's dateline, where it has one: a visit
// from a dateline abroad to a town the gazetteer shares with a firm
// ("TOKYO … will visit Nokia") is no trip there.
func (x *extractor) homePlace(name string) bool {
	if x.dateline == "" {
		return true
	}
	if ps := x.lookupPlace(name); len(ps) > 0 {
		return ps[0].Country == x.dateline
	}
	return false
}

// isOrgCue reports whether lower-case word w marks a body's name
// (orgCues: "county" in "Mandera County Council" is no place's).
func isOrgCue(w string) bool { return in(orgCues, w) }

// purposeWith returns the "with" phrases of the talks or meeting a trip
// verb v is made for: "is due to visit X on Monday for talks with Y" (Y
// is met on the visit).
func (ps *psent) purposeWith(v int) []int {
	var out []int
	for _, c := range ps.kidsWith(v, "obl") {
		if ps.caseOf(c) != "for" || eventNounCats[ps.lemma(c)] == "" || eventNounCats[ps.lemma(c)] == "phone_call" {
			continue
		}
		for _, w := range ps.kidsWith(c, "nmod") {
			if ps.caseOf(w) == "with" {
				out = append(out, w)
			}
		}
	}
	return out
}

// tripVerbs take a traveller to a place, named by the phrase of the
// case each wants: "flies to Lagos", "is due to arrive in Accra".
var tripVerbs = map[string]string{"fly": "to", "travel": "to", "head": "to", "arrive": "in"}

// plannedTrip reads a trip the article states as planned for a day:
// "X flies on Friday to Lagos", "X will travel to Accra on Saturday", "X
// is scheduled to arrive in Accra on June 15" (a trip in the past tense
// is left out, as the verb "visited" is).
func (x *extractor) plannedTrip(ps *psent, v int) (*event, []int) {
	m := ps.eventMood(v)
	if m == hoped || m != planned && ps.tok(v).XPOS != "VBZ" && ps.tok(v).XPOS != "VBP" {
		return nil, nil
	}
	to := ps.kidWith(v, "obl", tripVerbs[ps.lemma(v)])
	if to < 0 {
		return nil, nil
	}
	place := x.eventPlaceAt(ps, to)
	if place == nil {
		return nil, nil
	}
	e := &event{cat: "visit", heldIn: place, sent: ps.idx, hedge: ps.s.hedge, planned: true}
	e.date, e.day = x.eventDate(ps, v, -1)
	mv, seen := ps.purposeMeet(v)
	if e.date == "" && mv >= 0 {
		// "will travel to X to meet Y on May 2": the meeting's day
		e.date, e.day = x.eventDate(ps, mv, -1)
	}
	met := append(ps.purposeWith(v), seen...)
	if !x.dayKnown(e) {
		// "would travel to X next week to meet Y": a plan for the coming
		// week, kept when it names whom it meets (weekAhead)
		if e.date != "" || !ps.nextWeek(v) || len(met) == 0 {
			return nil, nil
		}
		e.weekAhead = true
	}
	e.forTalks = len(met) > 0
	return x.settleVisit(ps, e, append(ps.subjectsOf(v), met...), []int{v, to})
}

// purposeMeet returns the verb of the purpose clause "to meet Y" of trip
// verb v ("would travel to X on May 2 to meet Y and Z"), and the tokens
// naming whom it meets (its object and the conjuncts the parser hung on
// the verb): they are met on the trip. -1 and nil for none.
func (ps *psent) purposeMeet(v int) (int, []int) {
	for _, c := range ps.kidsWith(v, "advcl") {
		mark := ps.kidWith(c, "mark", "")
		if ps.lemma(c) != "meet" || mark < 0 || ps.lower(mark) != "to" {
			continue
		}
		obj := ps.kidWith(c, "obj", "")
		if obj < 0 || !ps.actorPhrase(obj) {
			return -1, nil
		}
		return c, append([]int{obj}, ps.objectConjuncts(c, obj)...)
	}
	return -1, nil
}

// visitHolders are the verbs whose object is a visit their subject made:
// "paid a visit", "cut short a visit", "began a three-day visit".
var visitHolders = set("pay", "make", "cut", "begin", "start", "end", "conclude", "wrap", "undertake", "open", "close", "complete")

// visitCases place a clause during a visit its subject made: "said
// during a visit to X", "on a visit to X".
var visitCases = set("during", "on", "after", "at")

// visitNoun reads "a visit to <place>" with its visitor.
func (x *extractor) visitNoun(ps *psent, n int) (*event, []int) {
	var place *entity
	used := []int{n}
	for _, c := range ps.kids[n] {
		if ps.rel(c) == "nmod" && ps.caseOf(c) == "to" {
			if p := x.eventPlaceAt(ps, c); p != nil {
				place = p
				used = append(used, c)
				break
			}
		}
	}
	m := ps.nounMood(n)
	if place == nil || m == hoped {
		return nil, nil
	}
	e := &event{cat: "visit", heldIn: place, sent: ps.idx, hedge: ps.s.hedge, planned: m == planned}
	var parties []int
	for _, c := range ps.kids[n] {
		if r := ps.tok(c).Deprel; r == "nmod:poss" || r == "nmod" && ps.caseOf(c) == "by" {
			parties = append(parties, c)
		}
	}
	h := ps.head(n)
	if h >= 0 && ps.tok(h).UPOS == "VERB" {
		hm := ps.firmPlan(h, ps.moodOf(h))
		if hm == hoped || in(hopeLemmas, ps.lemma(h)) || in(askLemmas, ps.lemma(h)) || in(calledOffLemmas, ps.lemma(h)) {
			return nil, nil // "invited X for a visit", "postponed a visit"
		}
		e.planned = e.planned || hm == planned
		holds := ps.rel(n) == "obj" && in(visitHolders, ps.lemma(h)) || ps.rel(n) == "obl" && in(visitCases, ps.caseOf(n))
		if len(parties) == 0 && holds {
			parties = ps.subjectsOf(h)
		}
		if len(parties) == 0 && ps.rel(n) == "obj" {
			parties = ps.visitorOnVerb(h, n)
		}
		e.date, e.day = x.eventDate(ps, h, n)
	} else {
		// "X's visit to Y on Thursday was his first": the noun's own day
		e.date, e.day = x.eventDate(ps, n, -1)
	}
	if l := ps.latestOf(n); l >= 0 {
		// "two visits to Kabul by X, the latest on October 20": the day
		// of the last, the one the report dates
		if d, day := x.eventDate(ps, l, -1); d != "" {
			e.date, e.day = d, day
		}
	}
	return x.settleVisit(ps, e, parties, used)
}

// latestOf returns the "latest" or "last" that picks one of plural
// event noun n's events after a comma, wherever the parser hung it ("two
// visits to Kabul by X, the latest on October 20"); -1 if none.
func (ps *psent) latestOf(n int) int {
	if ps.tok(n).XPOS != "NNS" {
		return -1
	}
	for k := n + 3; k < len(ps.d.Tokens) && k <= n+12; k++ {
		if l := ps.lower(k); (l == "latest" || l == "last") && ps.lower(k-1) == "the" && ps.lower(k-2) == "," {
			return k
		}
	}
	return -1
}

// visitorOnVerb returns the "by" phrase the parser hung on active verb h
// rather than on its object n, a visit: "work that included two visits
// to Kabul by X" (a passive's agent is its own: "visits were paid by
// X" is read as the holder's subject).
func (ps *psent) visitorOnVerb(h, n int) []int {
	if ps.isPassive(h) {
		return nil
	}
	var out []int
	for _, c := range ps.kidsWith(h, "obl") {
		if c > n && ps.caseOf(c) == "by" && ps.ent[c] != nil {
			out = append(out, c)
		}
	}
	return out
}

// settleVisit adds to visit e the visitors that parties and their
// conjuncts name (not the place visited), with the tokens used; nil
// when it names none.
func (x *extractor) settleVisit(ps *psent, e *event, parties, used []int) (*event, []int) {
	for _, k := range withConj(ps, parties) {
		if ps.strandedSubject(k) {
			continue
		}
		as, ks := x.eventActors(ps, k)
		e.addParties(as)
		used = append(used, ks...)
	}
	e.participants = removeEnt(e.participants, e.heldIn)
	if len(e.participants) == 0 {
		return nil, nil
	}
	x.settlePlan(e)
	return e, used
}

// strandedSubject reports whether conjunct k is the subject of the
// clause after it, which the parser hung on a noun before it: "…for
// talks with the African Union, and Prime Minister X will hold talks
// with Y" (X made a conjunct of "Union", "will hold" left with no
// subject). A name followed right away by an auxiliary of a later verb.
func (ps *psent) strandedSubject(k int) bool {
	if ps.tok(k).Deprel != "conj" {
		return false
	}
	j := k + 1
	for j < len(ps.d.Tokens) && ps.head(j) == k && ps.tok(j).Deprel == "flat" {
		j++
	}
	if j >= len(ps.d.Tokens) || ps.tok(j).UPOS != "AUX" {
		return false
	}
	h := ps.head(j)
	return h > j && ps.tok(h).UPOS == "VERB" && !ps.has(h, "nsubj")
}

// settlePlan marks e as planned when its date lies ahead, and puts the
// day of a planned event that its time phrase read as past ahead of the
// article.
func (x *extractor) settlePlan(e *event) {
	e.planned = e.planned || x.futureDate(e.date)
	if e.planned {
		e.date = x.ahead(e.date)
	}
}
