package extract

import (
	"slices"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/domain"
)

// eventNounCats give the category of talks, meetings and calls their
// nouns name (lemmas; the parser lemmatizes "talks" either way).
var eventNounCats = map[string]string{
	"talk": "talks", "talks": "talks", "negotiation": "talks", "negotiations": "talks",
	"discussion": "talks", "discussions": "talks", "consultation": "talks", "consultations": "talks",
	"meeting": "meeting", "summit": "summit", "call": "phone_call", "conference": "summit",
}

// holdLemmas take an event noun as their object and their subject as a
// party to it: "held talks", "attended the summit", "hosted a meeting".
var holdLemmas = set(append([]string{"hold", "have", "conduct", "open", "begin", "start", "resume",
	"conclude", "wrap", "convene", "make", "place"}, hostingLemmas...)...)

// hostingLemmas are holdLemmas whose subject also runs or joins the event,
// the words hostLemmas grow from.
var hostingLemmas = []string{"host", "chair", "co-chair", "attend", "lead", "join"}

// eventSubjectLemmas have an event noun as their subject when it took
// place: "talks between X and Y ended", "the meeting lasted three hours".
var eventSubjectLemmas = set("end", "begin", "open", "conclude", "take", "last", "resume", "bring",
	"continue", "enter", "close", "run", "produce", "yield", "focus", "center", "centre", "cover")

// eventCases mark a noun phrase that places an event in time as having
// taken place: "after talks with X", "during a meeting in Y", "at a
// summit in Z".
var eventCases = set("after", "during", "at", "following", "since")

// hopeLemmas govern events that may never happen: "hopes to meet",
// "offered to host talks", "called for talks". plannedLemmas govern
// events still to come that the article states as due: "is due to meet",
// "plans to visit".
var (
	hopeLemmas = set("hope", "want", "wish", "seek", "offer", "propose", "try", "attempt", "refuse",
		"decline", "fail", "aim", "urge", "call", "invite", "ask", "push", "press", "threaten",
		"need", "demand", "suggest", "consider", "reject", "rule", "oppose", "welcome", "favor",
		"favour", "support", "seem", "like", "prefer")
	plannedLemmas = set("due", "set", "schedule", "slate", "poise", "expect", "plan", "prepare", "agree", "intend", "arrange", "go")
	// plannedAdjectives before an event noun: "the planned summit"
	plannedAdjectives = set("planned", "upcoming", "scheduled", "expected", "next", "forthcoming")
	// hopeAdjectives before an event noun: "possible talks"
	hopeAdjectives = set("possible", "proposed", "potential", "future", "further", "prospective")
)

// mood is whether an event a verb or noun reports took place.
type mood uint8

const (
	happened mood = iota
	planned       // "will meet", "is due to hold talks"
	hoped         // "could meet", "hopes to hold talks", "did not meet": no event
)

// eventVerb: "Ivo Brandt met his Kenyan counterpart, Ana Soler, in
// Geneva on Tuesday", "Kenya and Ethiopia held talks in Nairobi", "X
// visited Baghdad, where he met Y", "X spoke by phone with Y", "X hosted
// Y", "X and Y signed the treaty in Z": a meeting, talks or a call whose parties are the verb's subject,
// object and "with" phrase (with their conjuncts and appositions), held
// in the place of its "in"/"at" phrase, on the day its time phrase
// names. Events still to come ("will meet") are kept apart from those
// that took place; hoped-for, negated and hypothetical ones give nothing.
func eventVerb(x *extractor, ps *psent) {
	for v := range ps.d.Tokens {
		if ps.tok(v).UPOS != "VERB" || ps.quoted(v) || x.inDateline(ps, v) {
			continue
		}
		if ps.lemma(v) == "claim" || carriedOut(ps, v) {
			x.claimedAttack(ps, v)
			continue
		}
		if x.attendance(ps, v) {
			continue
		}
		e, used := x.verbEvent(ps, v)
		if e == nil || e.planned && x.tripCalledOff(ps, v, e) {
			// "were expected to meet in X on Wednesday, but Y cancelled
			// his trip": the plan called off
			continue
		}
		for _, one := range x.separateMeetings(ps, v, x.separateCalls(ps, v, e)...) {
			x.addStructureEvent(ps, one, used)
		}
	}
}

// eventNoun: "talks between Kenya and Ethiopia in Nairobi ended on
// Monday", "after a meeting with X", "a phone call with X": an event
// noun the sentence says took place (its subject of ending or lasting,
// an "after"/"during"/"at" phrase), with the parties its "between" and
// "with" phrases, possessive and modifiers name. Nouns that are the
// object of "hold" and its kin are eventVerb's.
func eventNoun(x *extractor, ps *psent) {
	for n := range ps.d.Tokens {
		cat := ps.nounCat(n)
		if cat == "" || ps.tok(n).UPOS != "NOUN" || ps.quoted(n) || cat == "phone_call" && !ps.phoneCall(n) {
			continue
		}
		// "two days of talks", "a second round of talks": the phrase
		// the noun completes stands in its place
		at := n
		if h := ps.head(n); h >= 0 && ps.tok(n).Deprel == "nmod" && ps.caseOf(n) == "of" && in(spanNouns, ps.lemma(h)) {
			at = h
		}
		h := ps.head(at)
		if h < 0 || ps.tok(h).UPOS != "VERB" {
			continue
		}
		r, cs := ps.tok(at).Deprel, ps.caseOf(at)
		subjectParty := r == "obl" || r == "nmod"
		switch {
		case r == "obj" && in(holdLemmas, ps.verbLemma(h)) && at == n:
			continue // eventVerb's
		case r == "obj" && in(holdLemmas, ps.verbLemma(h)):
			subjectParty = true // "opened a new round of talks"
		case r == "nsubj" && in(eventSubjectLemmas, ps.lemma(h)) || r == "nsubj:pass" && ps.lemma(h) == "hold":
		case (r == "obl" || r == "nmod") && (in(eventCases, cs) || cs == "in" && cat == "phone_call"):
		default:
			continue
		}
		m := ps.firmPlan(h, ps.moodOf(h))
		if m == hoped || ps.nounMood(n) == hoped || ps.nounMood(at) == hoped || ps.calledOffAfter(n) {
			continue
		}
		e := &event{cat: cat, sent: ps.idx, hedge: ps.s.hedge, planned: m == planned || ps.nounMood(n) == planned}
		if r == "obl" && (cs == "at" || cs == "during") && m == happened && !ps.isPassive(h) {
			// "X proposed the cut at the start of the meeting": the
			// meeting reported before, with X at it
			e.ref = x.referredEvent(ps, n)
		}
		used := []int{n, h}
		used = append(used, x.nounParties(ps, n, e)...)
		if r == "nsubj" && e.ref == nil && len(e.participants) > 0 && x.describedOnly(ps, n) {
			// "The one-day meeting, co-chaired by X and Y, brought
			// together …": the meeting told before
			e.ref = x.lastEventTold(ps, func(o *event) bool { return class(o.cat) == class(cat) })
		}
		if at != n {
			// "two days of talks at X's headquarters in Y": the phrases
			// hung on the measure are the event's too
			used = append(used, x.nounParties(ps, at, e)...)
		}
		if e.heldIn == nil {
			// "signed the deal at the office in Amman after talks": the
			// place hung on the verb's object too
			if p, k := x.eventPlace(ps, h, ps.kidWith(h, "obj", ""), n); p != nil {
				e.heldIn = p
				used = append(used, k)
			}
		}
		e.date, e.day = x.eventDate(ps, h, n)
		if e.date == "" && x.pastYearTold(ps, h, n) {
			continue // "after talks in Geneva in 2019"
		}
		if e.planned {
			e.date = x.ahead(e.date)
		}
		if subjectParty {
			ks, ok := x.verbParties(ps, h, e)
			if !ok {
				continue
			}
			used = append(used, ks...)
		}
		if e.ref == nil && ps.toldAtVenue(n, e) && x.venueOnly(e) {
			continue // "said during the talks at the Peace Palace"
		}
		x.addStructureEvent(ps, e, used)
	}
}

// toldAtVenue reports whether event noun n, "the talks" or "the
// meeting", has its place e.heldIn from an "at" phrase ("during the
// talks at the Peace Palace").
func (ps *psent) toldAtVenue(n int, e *event) bool {
	det := ps.kidWith(n, "det", "")
	return det >= 0 && ps.lower(det) == "the" && slices.ContainsFunc(ps.kids[n], func(c int) bool {
		return ps.rel(c) == "nmod" && ps.caseOf(c) == "at" && ps.ent[c] == e.heldIn
	})
}

// verbParties adds to event e, told by a noun in a phrase of verb h, the
// parties h names, its subjects and "with" phrases ("X raised it with Y
// in a phone call", "X left after a meeting with Y": X took part), and
// returns the tokens that name them. ok is false when neither the event
// nor h names another party, a place or an event referred to, and the
// subjects did not talk together: whether X of "X told reporters after
// the meeting" took part the annotators judge either way; not read ("In
// a phone call, X and Y discussed …" they did).
func (x *extractor) verbParties(ps *psent, h int, e *event) (used []int, ok bool) {
	var parties, addressed []int
	for _, c := range ps.kids[h] {
		if ps.rel(c) == "obl" && ps.caseOf(c) == "with" {
			parties = append(parties, withConj(ps, []int{c})...)
		}
		if e.cat == "phone_call" && (ps.rel(c) == "obj" || ps.rel(c) == "iobj") && in(addressLemmas, ps.lemma(h)) {
			addressed = append(addressed, withConj(ps, []int{c})...)
		}
	}
	if len(e.participants) == 0 && len(parties) == 0 {
		// "In a phone call, X told Y that …": Y is on the line, unless
		// the call names its other end ("In a call with Y, X urged A
		// and B to …": A and B are who X spoke of)
		parties = addressed
	}
	subjects := ps.subjectsOf(h)
	if len(subjects) == 0 {
		subjects = x.lostSubject(ps, h)
	}
	subjects = withConj(ps, subjects)
	talkedTogether := len(subjects) > 1 && (in(conferLemmas, ps.lemma(h)) || ps.lemma(h) == "agree")
	if len(e.participants) == 0 && len(parties) == 0 && e.heldIn == nil && !talkedTogether && e.ref == nil {
		return nil, false
	}
	for _, k := range append(parties, subjects...) {
		as, ks := x.eventActors(ps, k)
		e.addParties(as)
		used = append(used, ks...)
	}
	return used, true
}

// describedOnly reports whether event noun n is "the" noun with
// nothing but words describing it that name no one and no place ("the
// one-day meeting", "the closed-door talks") and the participle of
// hostLemmas: the event the article told before.
func (x *extractor) describedOnly(ps *psent, n int) bool {
	det := ps.kidWith(n, "det", "")
	if det < 0 || ps.lower(det) != "the" {
		return false
	}
	for _, c := range ps.kids[n] {
		switch r := ps.rel(c); {
		case r == "det" || r == "punct":
		case (r == "amod" || r == "compound") && !ps.tellsApart(c):
		case r == "acl" && in(hostLemmas, ps.verbLemma(c)):
		default:
			return false
		}
	}
	return true
}

// hostLemmas, as a participle on an event noun, name its parties in
// their agent phrase: "the meeting, co-chaired by X and Y", "talks
// hosted by X".
var hostLemmas = set(append([]string{"cohost", "co-host"}, hostingLemmas...)...)

// addressLemmas have the person spoken to as their object: in a call,
// the other end of the line.
var addressLemmas = set("tell", "assure", "inform", "urge", "brief", "thank", "congratulate", "ask")

// conferLemmas are conversations with a "with" party: by phone a call,
// in a place a meeting.
var conferLemmas = set("speak", "talk", "discuss", "confer", "negotiate")

// spanNouns measure or divide an event: "two days of talks", "a round
// of talks", "the sidelines of the summit".
var spanNouns = set(append([]string{"day", "hour", "round", "session", "week", "month", "end", "start", "opening"}, sidelineWords...)...)

// sidelineWords name the edge of a gathering where others meet: "on the
// sidelines of the summit".
var sidelineWords = []string{"sideline", "sidelines", "margin", "margins"}

// sidelineNouns are sidelineWords as a set.
var sidelineNouns = set(sidelineWords...)

// verbEvent reads the event verb v reports, with the tokens it matched;
// nil when v reports none or one that did not take place.
func (x *extractor) verbEvent(ps *psent, v int) (*event, []int) {
	lemma := ps.verbLemma(v)
	obj := ps.kidWith(v, "obj", "")
	e := &event{sent: ps.idx, hedge: ps.s.hedge}
	var parties []int // tokens naming parties
	noun := -1        // the event noun the verb holds
	switch {
	case obj >= 0 && in(holdLemmas, lemma) && eventNounCats[ps.lemma(obj)] != "" && ps.tok(obj).UPOS == "NOUN":
		e.cat = eventNounCats[ps.lemma(obj)]
		if ps.callTalks(obj) {
			e.cat = "phone_call" // "held phone talks with Y"
		}
		if e.cat == "phone_call" && !ps.phoneCall(obj) || ps.nounMood(obj) != happened || ps.onlooker(v) {
			return nil, nil
		}
		noun = obj
		e.ref = x.referredEvent(ps, obj) // "X, who attended the meeting, said …"
	case lemma == "meet":
		e.cat = "meeting"
		if !x.meetsAsActor(ps, v) {
			return nil, nil // "the plan met with protests", "the rally met heavy rain"
		}
		if obj >= 0 && !ps.actorPhrase(obj) {
			// "met the demands" names no meeting; "is due to meet donors
			// in Mzuzu on Monday", "met families of the victims in Arica
			// on Friday" do: people met where and when the phrases after
			// them say
			if !ps.peopleNoun(obj) && !slices.ContainsFunc(ps.kidsWith(obj, "conj"), ps.peopleNoun) || x.dayPlace(ps, v, obj) == nil {
				return nil, nil
			}
		}
		obj = ps.nameRunObject(v, obj)
		parties = append(parties, obj)
		parties = append(parties, ps.objectConjuncts(v, obj)...)
		if obj < 0 {
			parties = append(parties, ps.nameAfter(v)...) // the name the parser left unattached
		}
	case lemma == "host" || lemma == "receive" || lemma == "visit":
		// a guest received: "hosted his Ugandan counterpart, X"; a
		// person visited. "Visited Baghdad" names no meeting yet
		// ("…, where he met Y", "visited X and met Y" do).
		if obj < 0 || !ps.actorPhrase(obj) || x.eventPlaceAt(ps, obj) != nil {
			return nil, nil
		}
		e.cat = "meeting"
		parties = append(parties, obj)
	case lemma == "sign" && obj >= 0 && in(signedInstruments, ps.lemma(obj)):
		// "X and Y signed the treaty in Z": the signatories met there
		// ("signed the contract" may be a purchase's paperwork)
		e.cat = "meeting"
	case lemma == "sign" && ps.signedBy(v):
		// "The treaty was signed in Z by ministers from X and Y": the
		// signatories the agent phrase names
		e.cat = "meeting"
		parties = append(parties, ps.agentPhrases(v)...)
	case in(conferLemmas, lemma):
		// "spoke by phone with X": a call; "talked with X in Geneva",
		// "discussed it with X at the ministry in Y": a meeting. A
		// conversation neither by phone nor in a place is the token
		// rules' to judge.
		e.cat = "meeting"
		if ps.byPhone(v) {
			e.cat = "phone_call"
		}
	case lemma == "phone" || lemma == "telephone" || lemma == "call" && ps.plainCall(v, obj):
		e.cat = "phone_call"
		parties = append(parties, obj)
		if h := ps.titleHolderAfter(obj); h >= 0 && !ps.isPerson(obj) {
			parties = append(parties, h) // "called Sudan's army chief, General X,"
		}
		if obj < 0 {
			parties = append(parties, ps.nameAfter(v)...) // the name the parser left unattached
		}
	default:
		return nil, nil
	}
	reduced := noun >= 0 && ps.reducedActive(v)
	if ps.isPassive(v) && !reduced && !ps.signedBy(v) || ps.eventMood(v) == hoped || ps.repeated(v) {
		return nil, nil
	}
	if reduced {
		parties = append(parties, ps.head(v))
	}
	used := []int{v}
	if noun >= 0 {
		used = append(used, noun)
		used = append(used, x.nounParties(ps, noun, e)...)
	}
	parties = append(parties, ps.subjectsOf(v)...)
	if len(ps.subjectsOf(v)) == 0 {
		parties = append(parties, x.lostSubject(ps, v)...)
	}
	parties = append(parties, ps.partyPhrases(v, obj, e.cat)...)
	joined := ps.joinedBy(v)
	for _, k := range parties {
		if k < 0 {
			continue
		}
		for _, c := range withConj(ps, []int{k}) {
			as, ks := x.eventActors(ps, c)
			e.addParties(as)
			used = append(used, ks...)
		}
	}
	for _, c := range withConj(ps, joined) {
		as, ks := x.eventActors(ps, c)
		e.addParties(as)
		e.joined = append(e.joined, as...)
		used = append(used, ks...)
	}
	if e.heldIn == nil {
		if p, k := x.eventPlace(ps, v, obj, noun); p != nil {
			e.heldIn = p
			used = append(used, k)
		} else if p, k := x.placeHungLow(ps, v, obj); p != nil && e.cat != "phone_call" {
			e.heldIn = p
			used = append(used, k)
		}
	}
	if (in(conferLemmas, lemma) || lemma == "sign") && (len(e.participants) < 2 || e.cat == "meeting" && e.heldIn == nil) {
		return nil, nil // "speaking in Doha", "talks would resume" read as a verb
	}
	if e.cat == "phone_call" {
		e.heldIn = nil // a call is held nowhere
	}
	e.date, e.day = x.eventDate(ps, v, -1)
	if e.date == "" && x.pastYearTold(ps, v, -1) {
		return nil, nil // "met Y in Geneva in 2019": the story's background
	}
	if e.cat == "meeting" {
		e.beside = x.sidelinesOf(ps, v)
	}
	x.tripDateAndPlace(ps, v, e)
	e.planned = ps.eventMood(v) == planned || x.futureDate(e.date)
	if e.planned && e.date == "" {
		// "would meet Y in Z next week", "would travel to Z next week to
		// meet Y": a plan for the coming week, no day given
		e.weekAhead = ps.nextWeek(v) || ps.travelled(v) && ps.nextWeek(ps.head(v))
	}
	if e.planned {
		e.date = x.ahead(e.date)
	}
	return e, used
}

// nameRunObject returns the object of verb v that names a person when
// the parser split one run of proper nouns into two objects, the title's
// words and the name ("meet EU Enlargement Commissioner Katrin Vahtra":
// "EU" and "Vahtra" both objects): the later, a person's name, when only
// proper nouns stand between them; else obj.
func (ps *psent) nameRunObject(v, obj int) int {
	if obj < 0 || ps.isPerson(obj) {
		return obj
	}
	for _, c := range ps.kidsWith(v, "obj") {
		if c <= obj || !ps.isPerson(c) {
			continue
		}
		for k := obj; k < c; k++ {
			if ps.tok(k).UPOS != "PROPN" {
				return obj
			}
		}
		return c
	}
	return obj
}

// repeated reports whether event verb v is counted in times ("has met
// X three times since taking office", "met several times"): meetings
// again and again, none of them one event.
func (ps *psent) repeated(v int) bool {
	for _, c := range ps.kids[v] {
		if ps.lower(c) != "times" {
			continue
		}
		for _, g := range ps.kids[c] {
			if l := ps.lower(g); ps.rel(g) == "nummod" || l == "several" || l == "many" || in(manyWords, l) {
				return true
			}
		}
	}
	return false
}

// partyPhrases returns the phrases of event verb v (its object obj, its
// category cat) that name parties besides its subjects and objects: "with
// X" (for a call also "to X"), a "with" phrase the parser hung on a
// venue or a day instead ("met at the ministry in Athens with X",
// "chaired a meeting on Wednesday afternoon with X"), and for a
// conversation the "with" phrase hung on its object ("discussed the
// figure with X").
func (ps *psent) partyPhrases(v, obj int, cat string) []int {
	var out []int
	for _, c := range ps.kids[v] {
		if ps.rel(c) == "obl" && (ps.caseOf(c) == "with" || ps.caseOf(c) == "to" && cat == "phone_call") {
			out = append(out, c)
		}
		if ps.rel(c) == "obl" && (ps.caseOf(c) == "in" || ps.caseOf(c) == "at" || ps.dayPhrase(c) || ps.spanPhrase(c)) {
			out = append(out, ps.venueWith(c)...)
		}
	}
	if in(conferLemmas, ps.verbLemma(v)) && obj >= 0 {
		for _, c := range ps.kids[obj] {
			if ps.rel(c) == "nmod" && ps.caseOf(c) == "with" {
				out = append(out, c)
			}
		}
	}
	return out
}

// tripDateAndPlace gives event e of verb v, told as a step of a trip
// ("visited X on Wednesday, where he met Y", "arrived in X on Tuesday
// and met Y"), the trip's day and place where it has none of its own (a
// call takes no place).
func (x *extractor) tripDateAndPlace(ps *psent, v int, e *event) {
	h := ps.head(v)
	if h < 0 || !ps.travelled(v) {
		return
	}
	if hh := ps.head(h); hh >= 0 && ps.rel(h) == "obl" && ps.dayPhrase(h) && ps.tok(v).Deprel == "acl:relcl" {
		// "travelled to Kyiv on Monday, where he met Y", the clause
		// hung on the day: the trip is the day's verb
		h = hh
	}
	if e.date == "" {
		e.date, e.day = x.eventDate(ps, h, -1)
	}
	if e.heldIn == nil && e.cat != "phone_call" {
		e.heldIn = x.tripPlace(ps, h)
	}
}

// nextWeek reports whether verb v is dated by a "next week" phrase of
// its own ("will meet Y in Z next week"): a plan the article fixes to the
// coming week, which the annotators keep with no date, where "next month"
// or "soon" may still move.
func (ps *psent) nextWeek(v int) bool {
	if v < 0 {
		return false
	}
	for _, c := range ps.kids[v] {
		if !strings.HasPrefix(ps.rel(c), "obl") || ps.lemma(c) != "week" {
			continue
		}
		for _, d := range ps.kids[c] {
			if (ps.rel(d) == "amod" || ps.rel(d) == "det") && ps.lower(d) == "next" {
				return true
			}
		}
	}
	return false
}

// signedInstruments are what two sides sign when they meet: "signed the
// treaty", "signed agreements on trade".
var signedInstruments = set("agreement", "accord", "treaty", "pact", "deal", "ceasefire", "cease-fire", "truce",
	"armistice", "protocol", "memorandum", "declaration", "communique", "roadmap", "document", "charter", "convention")

// signedBy reports whether passive verb v tells an instrument two sides
// sign when they meet as signed by the parties of its agent phrase: "The
// treaty was signed in Tromso by ministers from Norway and Sweden".
func (ps *psent) signedBy(v int) bool {
	subj := ps.kidWith(v, "nsubj:pass", "")
	return subj >= 0 && in(signedInstruments, ps.lemma(subj)) && len(ps.agentPhrases(v)) > 0
}

// agentPhrases returns the agent phrases of passive verb v: "by X",
// whether the parser marks them as agents or as plain obliques.
func (ps *psent) agentPhrases(v int) []int {
	var out []int
	for _, c := range ps.kids[v] {
		if r := ps.rel(c); r == "obl:agent" || r == "obl" && ps.caseOf(c) == "by" {
			out = append(out, c)
		}
	}
	return out
}

// reducedActive reports whether verb v, which holds an event noun as its
// object, is the sentence's own verb the parser read as a participle
// clause on its subject: "The two presidents held talks for three hours
// …, X's spokesman said" (a passive participle takes no object).
func (ps *psent) reducedActive(v int) bool {
	h := ps.head(v)
	return ps.rel(v) == "acl" && ps.tok(v).XPOS == "VBN" && h >= 0 && h < v && ps.rel(h) == "nsubj" && ps.tok(h).UPOS == "NOUN"
}

// verbLemma returns the lemma of verb v, mending the past forms of hold
// verbs the lemmatizer gets wrong ("chaired" read as "chaire"): the word
// without its "-ed" when that is a hold verb and the lemma none.
func (ps *psent) verbLemma(v int) string {
	l := ps.lemma(v)
	if w := ps.lower(v); !in(holdLemmas, l) && strings.HasSuffix(w, "ed") && in(holdLemmas, strings.TrimSuffix(w, "ed")) {
		return strings.TrimSuffix(w, "ed")
	}
	return l
}

// addStructureEvent folds e into the event the token rules (or an
// earlier rule) read from the same report, stating what it adds, or
// into the event it refers back to ("X told the summit"), or emits it as
// a new event. A planned event needs a place and a day; a meeting on a
// gathering's sidelines takes the gathering's place and date.
func (x *extractor) addStructureEvent(ps *psent, e *event, used []int) {
	if e.heldIn != nil {
		e.participants = removeEnt(e.participants, e.heldIn)
	}
	for _, a := range x.agencies {
		e.participants = removeEnt(e.participants, a)
	}
	if e.heldIn == nil && e.cat != "phone_call" && !x.planned(e) {
		// the lead's talks, with no place of their own, are held where
		// the story was filed: "OUAGADOUGOU (AP) — Mediators held talks
		// on Thursday with …"
		e.heldIn = x.datelinePlace(ps)
	}
	same := x.sameReports(e)
	x.trace(ps, used)
	e.takeGathering()
	switch len(same) {
	case 0:
		if e.ref != nil && !x.planned(e) && (e.date == "" || e.ref.date == "" || e.date == e.ref.date) {
			x.addToEvent(ps, e.ref, e) // "X told the summit"
			return
		}
		// a plan needs its place and time: "will meet in Manila soon"
		// may be rescheduled; one fixed to "next week" is kept when it
		// names its parties ("X will meet Y in Manila next week"), not
		// as an aside on a body ("ASEAN, whose ministers are due to meet
		// in Manila next week")
		if e.heldIn == nil && len(e.participants) < 2 && !x.bodySitting(e) || x.planned(e) && (e.heldIn == nil && !x.bodySitting(e) || !x.dayKnown(e) && !(e.weekAhead && len(e.participants) > 0)) {
			return
		}
		x.emitEvent(e)
	case 1:
		x.addToEvent(ps, same[0], e)
	}
	// several: the token rules told events apart that this reading
	// would join ("separate calls with A and B")
}

// sameReports returns the events reported before that e reports again:
// of its class, in its sentence at its place or with a party of it, or
// the same event by place or parties, both planned or both past. A
// meeting on a gathering's sidelines is never the gathering.
func (x *extractor) sameReports(e *event) []*event {
	var same []*event
	for _, o := range x.reportedEvents() {
		if class(o.cat) != class(e.cat) && !x.visitForTalks(o, e) || e.separate && o.sent == e.sent || e.beside != nil && o.id == e.beside.id {
			continue
		}
		if o.sent == e.sent && (o.heldIn != nil && o.heldIn == e.heldIn || overlaps(o.participants, e.participants)) ||
			(x.planned(o) || x.weekAheadIDs[o.id]) == x.planned(e) && (x.sameEvent(o, e) || x.sameParties(o, e)) {
			same = append(same, o)
		}
	}
	return same
}

// visitForTalks reports whether visit e, made for talks with someone,
// and talks or a meeting o its sentence reports are one event: "X is due
// to visit Y on Monday for talks with Z" (the visit, with Z among its
// parties, and the talks with Z), on the same day, when they share a
// party or the place. A visit to one town is not talks its sentence
// places in another ("X will travel to A for talks with Y, and Z will
// hold talks in B": two events that share a day).
func (x *extractor) visitForTalks(o, e *event) bool {
	return e.cat == "visit" && e.forTalks && class(o.cat) == "talks" && o.sent == e.sent && o.date == e.date &&
		x.placesAgree(o.heldIn, e.heldIn)
}

// placesAgree reports whether two events' places may be one: either is
// unknown, they are the same venue, or one is a town in the other's
// country.
func (x *extractor) placesAgree(a, b *entity) bool {
	return sameVenue(a, b) || x.within(a, b) || x.within(b, a)
}

// takeGathering gives meeting e, held on the sidelines of a gathering
// ("X met Y on the sidelines of the summit"), the gathering's place and,
// unless the sentence says, its date, when it names two or more parties:
// with one, the summit's place would make it an event of its own. Called
// after the reports are matched: the sidelines' meetings share the
// summit's place, which would tell none apart.
func (e *event) takeGathering() {
	g := e.beside
	if g == nil || len(e.participants) < 2 {
		return
	}
	if e.heldIn == nil {
		e.heldIn = g.heldIn
	}
	if e.date == "" {
		e.date = g.date
	}
}

// addToEvent states what e, a report of event o, adds to it: parties,
// and a place and date o lacks.
func (x *extractor) addToEvent(ps *psent, o, e *event) {
	for _, p := range e.participants {
		if !containsEnt(o.participants, p) && p != o.heldIn {
			x.addFact(o.id, domain.Participant, p.id, false, ps.idx, ps.s.hedge)
		}
	}
	if o.heldIn == nil && e.heldIn != nil && !containsEnt(o.participants, e.heldIn) {
		x.addFact(o.id, domain.HeldIn, e.heldIn.id, false, ps.idx, ps.s.hedge)
	}
	if o.date == "" && e.date != "" {
		x.addFact(o.id, domain.Date, e.date, true, ps.idx, ps.s.hedge)
	}
}

// separateMeetings splits meeting e of verb v into one meeting with each
// person or body v's object names when v meets them "separately": "he
// met Russian Foreign Minister X and German Foreign Minister Y
// separately in Antalya" is two meetings. It returns e alone otherwise.
func (x *extractor) separateMeetings(ps *psent, v int, evs ...*event) []*event {
	obj := ps.kidWith(v, "obj", "")
	if len(evs) != 1 || ps.lemma(v) != "meet" || obj < 0 || !slices.ContainsFunc(ps.kidsWith(v, "advmod"), func(c int) bool { return ps.lower(c) == "separately" }) {
		return evs
	}
	e := evs[0]
	var met [][]*entity
	for _, c := range withConj(ps, []int{obj}) {
		if as, _ := x.eventActors(ps, c); len(as) > 0 {
			met = append(met, as)
		}
	}
	if len(met) < 2 {
		return []*event{e}
	}
	var out []*event
	for _, as := range met {
		one := *e
		one.separate = true
		one.participants = slices.DeleteFunc(slices.Clone(e.participants), func(p *entity) bool {
			return slices.ContainsFunc(met, func(o []*entity) bool { return containsEnt(o, p) && !containsEnt(as, p) })
		})
		out = append(out, &one)
	}
	return out
}

// objectConjuncts returns the nouns the parser hung on verb v as
// conjuncts of the verb that continue its object obj: "met X and the
// agency's chief executive, Y, at the ministry" (a conjunct verb is a
// clause of its own).
func (ps *psent) objectConjuncts(v, obj int) []int {
	var out []int
	if obj < 0 {
		return nil
	}
	for _, c := range ps.kids[v] {
		if ps.rel(c) != "conj" || c < obj || ps.tok(c).UPOS == "VERB" || ps.tok(c).UPOS == "AUX" || ps.has(c, "nsubj") {
			continue
		}
		if cc := ps.kidWith(c, "cc", ""); cc >= 0 && ps.lower(cc) == "and" {
			out = append(out, c)
		}
	}
	return out
}

// separateCalls splits call e of verb v into one call between its one
// caller and each person the caller spoke with: "X spoke by phone with
// both defence ministers" is a call with each, as a three-way call is
// seldom what a report means. A call the token rules read in this
// sentence is left as they read it.
func (x *extractor) separateCalls(ps *psent, v int, e *event) []*event {
	if e.cat != "phone_call" || slices.ContainsFunc(x.reportedEvents(), func(o *event) bool { return o.sent == ps.idx && o.cat == "phone_call" }) {
		return []*event{e}
	}
	var callers []*entity
	for _, c := range withConj(ps, ps.subjectsOf(v)) {
		as, _ := x.eventActors(ps, c)
		callers = append(callers, as...)
	}
	if len(callers) != 1 || !containsEnt(e.participants, callers[0]) {
		return []*event{e}
	}
	var others []*entity
	for _, p := range e.participants {
		if p != callers[0] {
			others = append(others, p)
		}
	}
	if len(others) < 2 || slices.ContainsFunc(others, func(p *entity) bool { return p.typ != domain.Person }) {
		return []*event{e}
	}
	var out []*event
	for _, p := range others {
		one := *e
		one.separate = true
		one.participants = []*entity{callers[0], p}
		out = append(out, &one)
	}
	return out
}

// joinLemmas bring their agents into an event: "the two leaders met,
// joined by their foreign ministers X and Y".
var joinLemmas = set("join", "accompany", "flank")

// hostedLemmas, as a participle clause of an event verb, name in their
// agent phrase who ran the event, a party to it: "the two leaders met at
// the hotel, hosted by the UN envoy X".
var hostedLemmas = set("host", "cohost", "co-host", "chair", "co-chair", "mediate")

// joinedBy returns the agents of a participle clause of event verb v
// that joins them to it: "met for an hour, joined by X and Y" ("hosted
// by X": hostedLemmas), also as
// the parser reads the participle as a second verb without a subject of
// its own and its "by" phrase as a plain oblique ("met at the palace,
// joined for part of the session by X").
func (ps *psent) joinedBy(v int) []int {
	var out []int
	clauses := ps.kids[v]
	for _, c := range ps.kids[v] {
		if ps.rel(c) == "obl" && in(spanNouns, ps.lemma(c)) {
			// "met for two hours at the hotel, hosted by X", the
			// participle hung on how long they met
			clauses = append(clauses, ps.kids[c]...)
		}
	}
	for _, c := range clauses {
		if !in(joinLemmas, ps.lemma(c)) && !in(hostedLemmas, ps.verbLemma(c)) || !ps.joinClause(c) {
			continue
		}
		out = append(out, ps.agentPhrases(c)...)
		for _, g := range ps.kids[c] {
			if ps.rel(g) != "obl" {
				continue
			}
			// "joined for part of the session by X", the "by" phrase
			// hung on the oblique before it
			for _, d := range ps.kids[g] {
				for _, n := range append([]int{d}, ps.kids[d]...) {
					if ps.rel(n) == "nmod" && ps.caseOf(n) == "by" {
						out = append(out, n)
					}
				}
			}
		}
	}
	return append(out, ps.withJoining(v)...)
}

// withJoining returns the nouns of "with X joining the session" in event
// verb v's clause ("X and Y met in Geneva, with Z joining the afternoon
// session"): the subject of a participle of joinLemmas marked by "with",
// or the noun of a "with" phrase the participle hangs on, when the
// participle has a part of the event, or an event, as its object. The
// clause may hang anywhere below v: the parser often hangs it on the
// last word.
func (ps *psent) withJoining(v int) []int {
	var out []int
	for c := v + 1; c < len(ps.d.Tokens); c++ {
		if ps.tok(c).XPOS != "VBG" || !in(joinLemmas, ps.lemma(c)) || !ps.below(c, v) {
			continue
		}
		o := ps.kidWith(c, "obj", "")
		if o < 0 || !in(spanNouns, ps.lemma(o)) && eventNounCats[ps.lemma(o)] == "" {
			continue
		}
		if m := ps.kidWith(c, "mark", ""); m >= 0 && ps.lower(m) == "with" {
			out = append(out, ps.kidsWith(c, "nsubj")...)
		} else if h := ps.head(c); ps.rel(c) == "acl" && ps.caseOf(h) == "with" {
			out = append(out, h)
		}
	}
	return out
}

// below reports whether token k hangs, directly or not, on token v.
func (ps *psent) below(k, v int) bool {
	for h := ps.head(k); h >= 0; h = ps.head(h) {
		if h == v {
			return true
		}
	}
	return false
}

// joinClause reports whether verb c, a dependent of an event verb, is a
// participle clause: a past participle hung as an adverbial or adjectival
// clause, or a past form the parser read as a conjunct after a comma with
// no subject or conjunction of its own.
func (ps *psent) joinClause(c int) bool {
	switch r := ps.rel(c); {
	case (r == "advcl" || r == "acl") && ps.tok(c).XPOS == "VBN":
		return true
	case r == "conj" && (ps.tok(c).XPOS == "VBD" || ps.tok(c).XPOS == "VBN"):
		return c > 0 && ps.lower(c-1) == "," && !ps.has(c, "nsubj") && !ps.has(c, "cc")
	}
	return false
}

// lostSubject returns the subject the parser did not hang on verb v:
// one hung on the dateline (datelineSubject), or the name it made the
// sentence's root with v its parataxis ("Labor Minister X met Y and Z
// separately in Ulsan", read as "X" with "met …" beside it).
func (x *extractor) lostSubject(ps *psent, v int) []int {
	if s := x.datelineSubject(ps, v); len(s) > 0 {
		return s
	}
	h := ps.head(v)
	if h < 0 || h > v || ps.tok(v).Deprel != "parataxis" || ps.head(h) >= 0 || ps.tok(h).UPOS != "PROPN" || x.inDateline(ps, h) {
		return nil
	}
	if e := ps.ent[h]; e == nil || !isActor(e) {
		return nil
	}
	if _, end := ps.mentionSpan(h); end != v {
		return nil // "X, whose country chairs ASEAN this year, hosted …"
	}
	return []int{h}
}

// datelineSubject returns the subject the parser hung on the dateline
// instead of verb v: "OUAGADOUGOU (AP) — Mediators from X held talks",
// read as the dateline's apposition and the verb as its parataxis.
func (x *extractor) datelineSubject(ps *psent, v int) []int {
	h := ps.head(v)
	if h < 0 || ps.tok(v).Deprel != "parataxis" || !x.inDateline(ps, h) {
		return nil
	}
	var out []int
	for _, c := range ps.kids[h] {
		if c >= v || x.inDateline(ps, c) {
			continue
		}
		// "PRAGUE (Reuters) - The country's largest party, X, opened
		// talks": the subject read as a second clause of the dateline,
		// or as an item of a list after "(EFE).-"
		if r := ps.tok(c).Deprel; r == "appos" || (r == "parataxis" || r == "list") && ps.nominal(c) {
			out = append(out, c)
		}
	}
	return out
}

// nominal reports whether token k is a noun or a name.
func (ps *psent) nominal(k int) bool {
	u := ps.tok(k).UPOS
	return u == "NOUN" || u == "PROPN"
}

// datelinePlace returns the place of the article's dateline when ps is
// the dateline's sentence; nil otherwise.
func (x *extractor) datelinePlace(ps *psent) *entity {
	for k := range ps.d.Tokens {
		if !x.inDateline(ps, k) {
			break
		}
		// (the dateline's mention is marked as a demonym's: it states
		// no fact of its own)
		if e := ps.ent[k]; e != nil && e.typ == domain.Place {
			return e
		}
	}
	return nil
}

// reportedEvents returns the talks, meetings and calls stated so far, as
// events read back from their facts, each with its ID and the sentence
// of its category.
func (x *extractor) reportedEvents() []*event {
	ix := &x.events
	if ix.byID == nil || ix.read > len(x.facts) {
		*ix = eventIndex{byID: map[string]*event{}}
	}
	// only the facts added since the last call: facts are appended, never
	// taken back, and an article may add thousands of events
	for _, f := range x.facts[ix.read:] {
		if !strings.HasPrefix(f.Subject, "event:") {
			continue
		}
		e := ix.byID[f.Subject]
		if e == nil {
			e = &event{id: f.Subject, sent: f.Sentence}
			ix.byID[f.Subject] = e
			ix.all = append(ix.all, e)
		}
		e.told = append(e.told, f.Sentence)
		switch f.Predicate {
		case domain.Category:
			e.cat, e.sent = f.Object, f.Sentence
		case domain.Date:
			e.date = f.Object
		case domain.HeldIn:
			e.heldIn = x.byID[f.Object]
		case domain.Participant:
			e.participants = appendEnt(e.participants, x.byID[f.Object])
		}
	}
	ix.read = len(x.facts)
	return slices.DeleteFunc(slices.Clone(ix.all), func(e *event) bool { return e.cat == "attack" || e.cat == "" })
}

// eventIndex is what reportedEvents has read of the facts so far: how
// many, and the events they state.
type eventIndex struct {
	read int
	byID map[string]*event
	all  []*event
}

// sameParties reports whether e reports talks o's parties held: on no
// other day, in no other place, and each of e's two or more parties is
// one of o's or speaks for one ("Armenian Foreign Minister X and his
// Azerbaijani counterpart, Y, met" in talks between Armenia and
// Azerbaijan).
func (x *extractor) sameParties(o, e *event) bool {
	if o.cat == "phone_call" || len(e.participants) < 2 || o.date != "" && e.date != "" && o.date != e.date {
		return false
	}
	if o.heldIn != nil && e.heldIn != nil && o.heldIn != e.heldIn && !x.within(o.heldIn, e.heldIn) && !x.within(e.heldIn, o.heldIn) {
		return false
	}
	core := 0
	for _, p := range e.participants {
		if containsEnt(e.joined, p) {
			continue // "…, joined by X": one more at the same table
		}
		if !containsEnt(o.participants, p) && !x.speaksFor(p, o.participants) {
			return false
		}
		core++
	}
	return core >= 2
}

// speaksFor reports whether the article gives person p an office of one
// of es: "X, Armenia's foreign minister".
func (x *extractor) speaksFor(p *entity, es []*entity) bool {
	if p.typ != domain.Person {
		return false
	}
	for _, f := range x.facts {
		if f.Subject != p.id {
			continue
		}
		switch f.Predicate {
		case domain.PresidentOf, domain.VicePresidentOf, domain.PrimeMinisterOf, domain.MinisterOf,
			domain.SpokespersonFor, domain.EnvoyOf, domain.HeadOf:
			if slices.ContainsFunc(es, func(e *entity) bool { return e.id == f.Object }) {
				return true
			}
		}
	}
	return false
}

// planned reports whether e is still to come: said so, or dated after
// the article.
func (x *extractor) planned(e *event) bool {
	return e.planned || x.futureDate(e.date)
}

// futureDate reports whether date ("2026-03-17" or "2026-11") lies after
// the article's day (a month after its month).
func (x *extractor) futureDate(date string) bool {
	ad := x.a.Date
	if date == "" || len(ad) < len(date) {
		return false
	}
	return date > ad[:len(date)]
}

// addParties adds each of as to e's participants once.
func (e *event) addParties(as []*entity) {
	for _, a := range as {
		e.participants = appendEnt(e.participants, a)
	}
}

// ahead returns the date of a planned event that the time phrase put
// before the article ("are due to meet in November", read in March as
// last November; "due to meet on Monday", read as last Monday; "on
// November 3"): a week or a year later.
func (x *extractor) ahead(date string) string {
	if date == "" || date == x.a.Date || x.futureDate(date) {
		return date
	}
	if d, err := time.Parse("2006-01", date); err == nil {
		return d.AddDate(1, 0, 0).Format("2006-01")
	}
	if d, err := time.Parse("2006-01-02", date); err == nil {
		// a weekday read as last week's, else a day of the month read
		// as last year's ("due to meet on November 3", read in March)
		for _, later := range []time.Time{d.AddDate(0, 0, 7), d.AddDate(1, 0, 0)} {
			if x.futureDate(later.Format("2006-01-02")) {
				return later.Format("2006-01-02")
			}
		}
	}
	return date
}

// overlaps reports whether a and b share an entity.
func overlaps(a, b []*entity) bool {
	return slices.ContainsFunc(a, func(e *entity) bool { return containsEnt(b, e) })
}

// nounParties adds to e the parties and place that event noun n's own
// dependents name: "talks between X and Y", "a meeting with X", "X's
// call with Y", "Kenyan-Ethiopian talks", "the IGAD summit", "the Doha
// talks", "talks in Z". It returns the tokens used.
func (x *extractor) nounParties(ps *psent, n int, e *event) []int {
	var used []int
	for _, c := range ps.kids[n] {
		r := ps.tok(c).Deprel
		var ks []int
		switch {
		case r == "nmod" && (ps.caseOf(c) == "between" || ps.caseOf(c) == "with" || ps.caseOf(c) == "among"):
			ks = withConj(ps, []int{c})
		case r == "nmod" && ps.caseOf(c) == "of" && e.cat == "summit":
			ks = []int{c} // "a summit of the African Union"
		case r == "nmod:poss" || (r == "amod" || r == "compound") && c < n:
			if p := x.eventPlaceAt(ps, c); p != nil && ps.kind[c] == mName && e.heldIn == nil {
				e.heldIn = p // "the Doha talks"
				used = append(used, c)
				continue
			}
			if ps.ent[c] != nil && ps.kind[c] == mDemonym && e.cat != "talks" {
				continue // "the Kenyan meeting": a place as often as a party
			}
			ks = withConj(ps, []int{c})
		case r == "acl" && in(hostLemmas, ps.verbLemma(c)) && ps.tok(c).XPOS == "VBN":
			ks = withConj(ps, ps.agentPhrases(c)) // "the meeting, co-chaired by X and Y"
		case r == "nmod" && (ps.caseOf(c) == "in" || ps.caseOf(c) == "at"):
			if p := x.eventPlaceAt(ps, c); p != nil && e.heldIn == nil {
				e.heldIn = p
				used = append(used, c)
			}
			ks = withConj(ps, ps.venueWith(c))
		}
		for _, k := range ks {
			as, ts := x.eventActors(ps, k)
			e.addParties(as)
			used = append(used, ts...)
		}
	}
	return used
}

// nameAfterTitlePhrase returns the person named right after a comma
// that closes the phrase of title noun k ("envoy for the Nile, X"), as
// the parser hangs the name on the phrase's noun; -1 if none.
func (ps *psent) nameAfterTitlePhrase(k int) int {
	for _, c := range ps.kids[k] {
		if c < k || ps.rel(c) != "nmod" {
			continue
		}
		for _, d := range ps.kids[c] {
			if r := ps.rel(d); (r == "conj" || r == "appos") && d > c && ps.lower(d-1) == "," && ps.isPerson(d) {
				return d
			}
		}
	}
	// deeper in the phrase, or hung anywhere: the comma that ends the
	// title's phrase and the name after it ("the commander of the
	// border force in Turkana, Major General X", "the chief
	// negotiator, X"), unless a second title inside the phrase may
	// hold the name ("an envoy of the commander of the army, General
	// X": the commander's) or the name is no phrase of its own
	// (holderAlone)
	end := ps.subtreeEnd(k)
	for i := k + 1; i < end; i++ {
		if ps.isPerson(i) || ps.tok(i).UPOS == "NOUN" && isTitleNoun(ps.lemma(i)) {
			return -1
		}
	}
	if p := ps.holderAfterComma(end); p >= 0 && ps.holderAlone(p) {
		return p
	}
	return -1
}

// holderAlone reports whether the name at token p stands as a noun
// phrase of its own: it ends at a comma, the sentence's end or a verb
// that is no verb of saying, and no token of it is the subject of a
// verb of saying. "…, Foreign Minister X's office said" and "…,
// spokeswoman X said" name the source of the sentence, no holder.
func (ps *psent) holderAlone(p int) bool {
	e := ps.ent[p]
	n := p
	for ; n < len(ps.d.Tokens) && ps.ent[n] == e; n++ {
		if h := ps.head(n); ps.rel(n) == "nsubj" && h >= 0 && in(speechLemmas, ps.lemma(h)) {
			return false
		}
	}
	if n >= len(ps.d.Tokens) {
		return true
	}
	switch ps.lower(n) {
	case ",", ".", ";":
		return true
	}
	return ps.tok(n).UPOS == "VERB" && !in(speechLemmas, ps.lemma(n))
}

// sidesCount returns how many sides token k names as a group ("both
// sides" 2, "the three delegations" 3), or 0 if it names none.
func sidesCount(ps *psent, k int) int {
	if !in(sideNouns, ps.lemma(k)) || ps.tok(k).XPOS != "NNS" {
		return 0
	}
	for _, c := range ps.kids[k] {
		if c > k {
			continue
		}
		switch ps.lower(c) {
		case "both", "two":
			return 2
		case "three":
			return 3
		case "four":
			return 4
		}
	}
	return 0
}

// dayPhrase reports whether token k heads an "on" phrase of a day or a
// part of one ("on Wednesday", "on Wednesday afternoon", "on March 3"),
// on which the parser may hang the event's "with" phrase: "chaired a
// meeting on Wednesday afternoon with X".
func (ps *psent) dayPhrase(k int) bool {
	if ps.caseOf(k) != "on" {
		return false
	}
	_, day := weekdayNum[ps.lower(k)]
	_, month := monthNum[ps.lower(k)]
	return day || month || in(dayParts, ps.lower(k))
}

// spanPhrase reports whether token k heads a "for" phrase of how long
// an event lasted ("met for four hours"), on which the parser may hang
// the event's place and "with" phrase: "met for four hours in Warsaw
// with X".
func (ps *psent) spanPhrase(k int) bool {
	return ps.caseOf(k) == "for" && in(spanWords, ps.lower(k))
}

// venueWith returns the "with" phrases the parser hung on the venue
// phrase k of an event, or on a place phrase inside it, rather than on
// the event: "a meeting at the ministry in Athens with X and Y".
func (ps *psent) venueWith(k int) []int {
	var out []int
	for depth := 0; k >= 0 && depth < 3; depth++ {
		next := -1
		for _, c := range ps.kids[k] {
			if ps.rel(c) != "nmod" {
				continue
			}
			switch ps.caseOf(c) {
			case "with":
				out = append(out, c)
			case "in", "at":
				next = c
			}
		}
		k = next
	}
	return out
}

// clausePair returns the parties "the two" at token k stands for when
// it is the subject of an adverbial clause ("when the two meet in Z"):
// the subject of the verb the clause qualifies and its one "with"
// phrase ("X said she would raise it with Y when the two meet"), those
// of them eventActors reads; nil otherwise.
func (x *extractor) clausePair(ps *psent, k int) ([]*entity, []int) {
	v := ps.head(k)
	if v < 0 || ps.rel(k) != "nsubj" || ps.rel(v) != "advcl" {
		return nil, nil
	}
	h := ps.head(v)
	if h < 0 || ps.tok(h).UPOS != "VERB" {
		return nil, nil
	}
	subjects := ps.kidsWith(h, "nsubj")
	var withs []int
	for _, c := range ps.kidsWith(h, "obl") {
		if ps.caseOf(c) == "with" {
			withs = append(withs, c)
		}
	}
	if len(subjects) != 1 || len(withs) != 1 {
		return nil, nil
	}
	var out []*entity
	var used []int
	for _, c := range []int{subjects[0], withs[0]} {
		as, ks := x.eventActors(ps, c)
		for _, a := range as {
			out = appendEnt(out, a)
		}
		used = append(used, ks...)
	}
	return out, used
}

// eventActors returns the persons, organizations and countries token k
// names as parties to an event, with the tokens naming them: a name, a
// pronoun's antecedent, a relative pronoun's noun, the name in apposition
// to a title ("his counterpart, X"), or the countries and bodies of
// officials ("Kenyan and Qatari mediators", "the Ethiopian delegation").
// A country that only qualifies a title ("Kosovo Prime Minister X") is
// none.
func (x *extractor) eventActors(ps *psent, k int) ([]*entity, []int) {
	k = ps.antecedent(k)
	if k < 0 || ps.quoted(k) {
		return nil, nil
	}
	one := func(e *entity, t int) ([]*entity, []int) {
		if e == nil {
			return nil, nil
		}
		return []*entity{e}, []int{t}
	}
	if e := ps.ent[k]; e != nil {
		if ps.kind[k] == mDemonym && ps.demonymParty(k) {
			// "Egyptian, Qatari and U.S. mediators" read with the
			// demonym as the head
			out, used := []*entity{e}, []int{k}
			for _, c := range ps.kids[k] {
				if d := ps.ent[c]; d != nil && ps.kind[c] == mDemonym && ps.rel(c) == "amod" {
					out, used = appendEnt(out, d), append(used, c)
				}
			}
			return out, used
		}
		if ps.kind[k] == mDemonym {
			// "Nigerian President X" read with the demonym as the
			// head and the title and name flat on it
			if f := ps.flatPerson(k); f >= 0 {
				return one(ps.ent[f], f)
			}
		}
		if ps.kind[k] == mDemonym || !isActor(e) || ps.qualifiesTitle(k) {
			return nil, nil
		}
		return one(e, k)
	}
	if n := sidesCount(ps, k); n > 0 {
		// "hosted the three delegations for dinner": the sides of the
		// last talks, when there are that many
		if sides := x.lastParties(ps.idx); len(sides) == n {
			return sides, []int{k}
		}
		return nil, nil
	}
	if ps.twoPeople(k) {
		// "X said she would raise it with Y when the two meet in Z":
		// the pair of the clause the meeting's clause qualifies
		if pair, ks := x.clausePair(ps, k); len(pair) > 0 {
			return pair, ks
		}
		// "The two leaders met at the palace": the pair named before
		if pair := x.lastPeople(ps, k); pair != nil {
			return pair, []int{k}
		}
		// "spoke by phone with both defence ministers" after talks
		// their host took part in: the two of the office named
		if pair := x.lastPairInOffice(ps, k); pair != nil {
			return pair, []int{k}
		}
		return x.twoLeaders(ps, k), []int{k}
	}
	if ps.theOfficeHolders(k) {
		// "The ministers agreed to meet again in New Delhi": the two
		// of that office in the last talks
		return x.lastPairInOffice(ps, k), []int{k}
	}
	switch ps.tok(k).UPOS {
	case "PRON":
		if l := ps.lower(k); l == "he" || l == "she" || l == "him" || l == "her" {
			return one(x.personPronoun(ps, k), k)
		}
		return nil, nil
	case "PROPN":
		if f := ps.flatPerson(k); f >= 0 && ps.ent[k] == nil {
			return one(ps.ent[f], f) // "Trade Representative X" read as the title
		}
		if p := x.personAt(ps, k); p != nil || !isTitleWord(ps.lower(k)) {
			return one(p, k)
		}
		// "New Zealand's Foreign Minister, X,": a title the parser
		// tags as a name, with no person of its own, is the person in
		// apposition to it
		for _, c := range ps.kidsWith(k, "appos") {
			if c > k && ps.kind[c] != mDemonym {
				if e := ps.ent[ps.antecedent(c)]; e != nil && e.typ == domain.Person {
					return one(e, c)
				}
			}
		}
		return nil, nil
	}
	for _, c := range ps.kids[k] {
		if ps.tok(c).Deprel == "appos" && c > k {
			if e := ps.ent[ps.antecedent(c)]; e != nil && isActor(e) && ps.kind[c] != mDemonym {
				return one(e, c)
			}
			if p := x.personAt(ps, c); p != nil {
				return one(p, c)
			}
			// "its chief of staff, Lieutenant Colonel X": the name
			// flat on the rank the parser made the apposition
			if f := ps.flatPerson(c); f >= 0 {
				return one(ps.ent[f], f)
			}
		}
	}
	// "the AU's envoy for the Nile, X,": the name after the title's
	// phrase, hung on that phrase's noun as its conjunct or apposition
	if isTitleNoun(ps.lemma(k)) {
		if p := ps.nameAfterTitlePhrase(k); p >= 0 {
			return one(ps.ent[p], p)
		}
	}
	// "with Transportation Secretary X" read as a noun with the name
	// flat on it
	if f := ps.flatPerson(k); f >= 0 {
		return one(ps.ent[f], f)
	}
	// "his Kenyan counterpart Ivo Brandt": the name the title heads
	if h := ps.head(k); h > k && (ps.rel(k) == "compound" || ps.tok(k).Deprel == "nmod:desc") && ps.isPerson(h) {
		return one(ps.ent[h], h)
	}
	if in(sittingBodies, ps.lemma(k)) {
		// "The council will next meet on June 2": the body the
		// article named, which sits as itself
		return one(x.sittingBody(ps, k), k)
	}
	// (a title or "counterpart" without a name is left out: "met his
	// Kenyan counterpart" may be any office; "the E3 ministers", "their
	// EU counterparts" are a body's)
	plural := ps.tok(k).XPOS == "NNS" && (isTitleNoun(ps.lemma(k)) || ps.lemma(k) == "counterpart" || ps.lemma(k) == "leader")
	envoy := ps.envoyNoun(k)
	if !in(participantNouns, ps.lower(k)) && ps.lemma(k) != "government" && !plural && !envoy {
		return nil, nil
	}
	out, used := x.ledBy(ps, k)
	for _, c := range ps.kids[k] {
		r := ps.tok(c).Deprel
		// "Kenyan officials", "the E3 ministers", "Kenya's delegation",
		// "mediators from the African Union", "the ministers of X and Y"
		if (c > k || r != "amod" && r != "compound" && r != "nmod:poss") && (c < k || r != "nmod" || ps.caseOf(c) != "of" && ps.caseOf(c) != "from") {
			continue
		}
		for _, d := range withConj(ps, []int{c}) {
			if e := ps.ent[d]; e != nil && (e.typ == domain.Country || e.typ == domain.Organization && !envoy) {
				out = appendEnt(out, e)
				used = append(used, d)
			}
		}
	}
	return out, used
}

// envoyNoun reports whether noun k is an ambassador or envoy, one in
// the singular ("the Indian high commissioner", "Japan's ambassador"):
// the country it names takes part in the meeting through its envoy, whom
// the sentence need not name.
func (ps *psent) envoyNoun(k int) bool {
	if ps.tok(k).XPOS != "NN" {
		return false
	}
	switch ps.lemma(k) {
	case "ambassador", "envoy":
		return true
	case "commissioner":
		return slices.ContainsFunc(ps.kids[k], func(c int) bool { return ps.rel(c) == "amod" && ps.lower(c) == "high" })
	}
	return false
}

// flatPerson returns the person's name the parser hung flat on token k
// ("Transportation Secretary X", "Lieutenant Colonel X" read as the
// title with the name flat on it); -1 if none.
func (ps *psent) flatPerson(k int) int {
	for _, c := range ps.kids[k] {
		if ps.tok(c).Deprel == "flat" && ps.isPerson(c) {
			return c
		}
	}
	return -1
}

// theOfficeHolders reports whether noun k is "the ministers", "the
// leaders" or "the presidents" with nothing else on it: the holders of
// that office the article named last.
func (ps *psent) theOfficeHolders(k int) bool {
	if ps.tok(k).XPOS != "NNS" || !in(leaderNouns, ps.lemma(k)) && ps.lemma(k) != "minister" {
		return false
	}
	det := ps.kidWith(k, "det", "")
	if det < 0 || ps.lower(det) != "the" {
		return false
	}
	return !slices.ContainsFunc(ps.kids[k], func(c int) bool { r := ps.rel(c); return r != "det" && r != "punct" && r != "case" })
}

// twoLeaders returns the two heads of state or government (for "the two
// ministers", the two ministers) the article names last before token k,
// in the nearest of this sentence and the two before it that names any
// ("X and Y signed … The two leaders met …"); nil unless there are
// exactly two.
func (x *extractor) twoLeaders(ps *psent, k int) []*entity {
	roles := officeRoles(ps, k)
	return x.nearestPair(ps.idx, func(i int, m mention) bool {
		// (in this sentence, only those named before k: "The two
		// presidents held talks, X's spokesman said" names X after)
		return m.ent.typ == domain.Person && (i < ps.idx || slices.Contains(ps.ent[:k], m.ent)) && x.holds(m.ent, roles)
	})
}

// officeRoles are the roles the plural title at k names: ministers for
// "the two ministers", heads of state or government for "the two
// leaders" or "presidents".
func officeRoles(ps *psent, k int) []domain.Predicate {
	if ps.lemma(k) == "minister" {
		return []domain.Predicate{domain.MinisterOf}
	}
	return []domain.Predicate{domain.PresidentOf, domain.PrimeMinisterOf}
}

// holds reports whether the article gives person e one of roles.
func (x *extractor) holds(e *entity, roles []domain.Predicate) bool {
	for _, f := range x.facts {
		if f.Subject == e.id && slices.Contains(roles, f.Predicate) {
			return true
		}
	}
	return false
}

// lastPairInOffice returns the two people of the office token k names
// ("both defence ministers") among the parties of the last talks or call
// stated before that has two of them, named before k; nil if none has.
// A later event of the countries alone ("the defence ministers of X and
// Y signed the accord in Z": a meeting of X and Y) names no pair.
func (x *extractor) lastPairInOffice(ps *psent, k int) []*entity {
	roles := officeRoles(ps, k)
	var events []string // latest last
	for _, f := range x.facts {
		if f.Predicate == domain.Category && f.Sentence <= ps.idx && (class(f.Object) == "talks" || f.Object == "phone_call") {
			events = append(events, f.Subject)
		}
	}
	for i := len(events) - 1; i >= 0; i-- {
		var out []*entity
		for _, f := range x.facts {
			if f.Subject != events[i] || f.Predicate != domain.Participant {
				continue
			}
			if e := x.byID[f.Object]; e != nil && e.typ == domain.Person && x.holds(e, roles) && x.namedBefore(ps, k, e) {
				out = appendEnt(out, e)
			}
		}
		if len(out) == 2 {
			return out
		}
	}
	return nil
}

// leadLemmas head a group by their agent: "a delegation led by X".
// (leaderParticiples, rules_event_plan.go, are their participles for
// the token rules.)
var leadLemmas = set("lead", "head")

// ledBy returns the parties that lead the group noun k, with the tokens
// naming them: "a junta delegation led by its chief of staff, X".
func (x *extractor) ledBy(ps *psent, k int) ([]*entity, []int) {
	var out []*entity
	var used []int
	for _, c := range ps.kids[k] {
		if ps.rel(c) != "acl" || !in(leadLemmas, ps.lemma(c)) {
			continue
		}
		for _, g := range ps.kids[c] {
			if ps.tok(g).Deprel != "obl:agent" {
				continue
			}
			for _, d := range withConj(ps, []int{g}) {
				as, ks := x.eventActors(ps, d)
				for _, a := range as {
					out = appendEnt(out, a)
				}
				used = append(used, ks...)
			}
		}
	}
	return out, used
}

// personPronoun returns the person pronoun k stands for: the trained
// coreference's antecedent, else the token rules' reading of the
// sentences before (without the article's last speaker, who need not be
// this sentence's).
func (x *extractor) personPronoun(ps *psent, k int) *entity {
	if p := x.corefAntecedent(ps.idx, k, domain.Person); p != nil {
		return p
	}
	os, _, ok := oldSpan(ps.s, ps.d, k, k+1)
	if !ok {
		return nil
	}
	saved := x.lastSpeaker
	x.lastSpeaker = nil
	defer func() { x.lastSpeaker = saved }()
	if p := x.pronoun(ps.s, os); p != nil && p.typ == domain.Person {
		return p
	}
	return nil
}

// demonymParty reports whether the demonym at k stands for its country's
// officials: it modifies a participant noun, or is conjoined to one the
// parser made its conjunct.
func (ps *psent) demonymParty(k int) bool {
	if h := ps.head(k); h >= 0 && ps.rel(k) == "amod" && in(participantNouns, ps.lower(h)) {
		return true
	}
	return slices.ContainsFunc(ps.kids[k], func(c int) bool { return ps.rel(c) == "conj" && in(participantNouns, ps.lower(c)) })
}

// qualifiesTitle reports whether the country or organization named at k
// only qualifies the title after it: "Kosovo Prime Minister X", "Hamas
// spokesman Y".
func (ps *psent) qualifiesTitle(k int) bool {
	if e := ps.ent[k]; e == nil || e.typ == domain.Person {
		return false
	}
	_, end := ps.mentionSpan(k)
	return end < len(ps.d.Tokens) && ps.ent[end] == nil && isTitleWord(ps.lower(end))
}

// actorPhrase reports whether token k names a party (see eventActor)
// rather than a thing ("met the demands").
func (ps *psent) actorPhrase(k int) bool {
	if e := ps.ent[ps.antecedent(k)]; e != nil {
		return isActor(e) && ps.kind[k] != mDemonym
	}
	l := ps.lemma(k)
	return ps.tok(k).UPOS == "PROPN" || ps.tok(k).UPOS == "PRON" || l == "counterpart" || isTitleNoun(l) ||
		in(participantNouns, ps.lower(k)) || l == "delegation" || l == "leader" || l == "official"
}

// eventPlace returns the place of an event verb v: an "in" or "at"
// phrase of the verb, of its object or of the event noun it holds, or,
// for "where he met Y", the place the clause describes ("visited
// Baghdad, where he met Y").
func (x *extractor) eventPlace(ps *psent, v, obj, noun int) (*entity, int) {
	hs := []int{v, noun, obj}
	for _, c := range ps.kids[v] {
		if ps.rel(c) == "obl" && (ps.caseOf(c) == "with" || ps.spanPhrase(c)) {
			hs = append(hs, c) // "met with X's delegation in Cairo", "met for four hours in Cairo"
		}
	}
	for _, h := range hs {
		if h < 0 {
			continue
		}
		// "hosted his counterpart X in Cairo", the phrase hung on the
		// name
		for _, c := range ps.kids[h] {
			if ps.tok(c).Deprel == "appos" {
				hs = append(hs, c)
			}
		}
	}
	for _, h := range hs {
		if h < 0 {
			continue
		}
		for _, c := range ps.kids[h] {
			if r := ps.rel(c); (r == "obl" || r == "nmod") && (ps.caseOf(c) == "in" || ps.caseOf(c) == "at") {
				if p := x.eventPlaceAt(ps, c); p != nil {
					return p, c
				}
			}
		}
	}
	return nil, -1
}

// peopleGroupNouns name people by what they are or do, no title nor
// name: the people a meeting may be with ("met donors", "met relatives
// of the victims", "met survivors").
var peopleGroupNouns = set("survivors", "victims", "relatives", "families", "donors", "residents", "villagers",
	"inhabitants", "citizens", "voters", "workers", "employees", "farmers", "fishermen", "miners", "students",
	"parents", "elders", "chiefs", "leaders", "officials", "executives", "lawmakers", "legislators", "delegates",
	"representatives", "envoys", "counterparts", "diplomats", "negotiators", "mediators", "investors",
	"shareholders", "creditors", "bankers", "businessmen", "businesswomen", "businesspeople", "entrepreneurs",
	"traders", "merchants", "activists", "protesters", "demonstrators", "strikers", "unionists", "refugees",
	"migrants", "evacuees", "veterans", "pensioners", "retirees", "soldiers", "troops", "doctors", "nurses",
	"patients", "pilgrims", "clerics", "priests", "imams", "women", "youths", "members", "supporters",
	"opponents", "critics", "rebels", "partners", "allies", "colleagues", "hostages", "detainees", "prisoners",
	"heads", "organizers", "organisers", "owners", "landowners", "growers", "producers", "exporters",
	"importers", "operators", "mayors", "governors", "ministers", "lawyers", "experts", "scientists")

// peopleNoun reports whether the noun at token k names people by what
// they are or do (peopleGroupNouns, singular or plural, or a title
// noun's plural), or counts them ("a group of survivors", "dozens of
// farmers").
func (ps *psent) peopleNoun(k int) bool {
	l, w := ps.lemma(k), ps.lower(k)
	if in(peopleGroupNouns, w) || in(peopleGroupNouns, l+"s") || isTitleNoun(l) {
		return true
	}
	if in(countedNouns, w) || in(countedNouns, l) {
		for _, c := range ps.kids[k] {
			if ps.rel(c) == "nmod" && ps.caseOf(c) == "of" && ps.peopleNoun(c) {
				return true
			}
		}
	}
	return false
}

// countedNouns count or gather what their "of" phrase names: "a group
// of survivors", "dozens of farmers".
var countedNouns = set("group", "groups", "number", "dozens", "hundreds", "thousands", "handful", "delegation", "team")

// meetingBodyNouns name bodies that meet as a whole, no title nor name:
// "the committee met", "the two sides met".
var meetingBodyNouns = setWith(bodyKinds, "board", "cabinet", "parliament", "panel", "assembly", "congress",
	"senate", "legislature", "bureau", "presidium", "politburo", "junta", "government", "side", "sides",
	"parties", "ministry", "court", "jury", "council", "leadership", "administration", "delegation")

// meeterNouns name a person by a relation or a stand-in, the subject of
// "met": "her deputy met", "his wife met", "the two men met".
var meeterNouns = set("deputy", "deputies", "spokesman", "spokeswoman", "spokesperson", "successor",
	"predecessor", "rival", "rivals", "man", "men", "woman", "person", "people", "family", "wife", "husband",
	"son", "daughter", "child", "children", "brother", "sister", "boss", "envoy", "host", "hosts", "guest", "guests")

// meetsAsActor reports whether a subject of "meet" (verb v) is one who
// can meet: a person, a body, a country, a pronoun or a noun for people
// or bodies ("the committee met", "the two sides met"). "The pension
// plan met with protests", "the bond sale met strong buying" name no
// meeting. A verb without a subject it can find, or with one that is no
// common noun ("the two met"), passes.
func (x *extractor) meetsAsActor(ps *psent, v int) bool {
	subjects := ps.subjectsOf(v)
	if len(subjects) == 0 {
		subjects = x.lostSubject(ps, v)
	}
	for _, s := range subjects {
		l := ps.lemma(s)
		if ps.tok(s).UPOS != "NOUN" || ps.actorPhrase(s) || ps.peopleNoun(s) || in(meetingBodyNouns, l) || in(peopleNouns, l) ||
			in(peopleNouns, ps.lower(s)) || in(orgNouns, l) || in(meeterNouns, l) || in(meeterNouns, ps.lower(s)) {
			return true // one who can meet among them ("Environment Minister X" read as two subjects)
		}
	}
	return len(subjects) == 0
}

// metByNoActor reports whether the parse reads token k of sentence s
// as "meet" with a subject that meets no one (meetsAsActor): "the
// pension plan met with protests in X on Friday". The token rules ask
// it before they state a meeting.
func (x *extractor) metByNoActor(s *sentence, k int) bool {
	ps, t := x.parseAt(s, k)
	return ps != nil && ps.tok(t).UPOS == "VERB" && ps.verbLemma(t) == "meet" && !x.meetsAsActor(ps, t)
}

// incidentNouns name a thing that happened somewhere: the place an "in"
// phrase hung on them gives is theirs ("survivors of the bombing in X on
// Monday"), no meeting's.
var incidentNouns = setWith(attackNouns, "attack", "bombing", "blast", "explosion", "fire", "blaze", "flood",
	"floods", "flooding", "crash", "accident", "disaster", "earthquake", "quake", "storm", "cyclone",
	"hurricane", "typhoon", "landslide", "collapse", "vote", "election", "elections", "referendum", "poll",
	"protest", "protests", "rally", "riot", "riots", "clash", "clashes", "shooting", "massacre", "killing",
	"killings", "fighting", "violence", "war", "siege", "kidnapping", "abduction", "ambush", "derailment",
	"eruption", "outbreak", "stampede", "spill", "coup", "uprising", "unrest", "offensive", "raid", "tragedy")

// incidentNoun reports whether token k is a noun of incidentNouns.
func (ps *psent) incidentNoun(k int) bool {
	return ps.tok(k).UPOS == "NOUN" && (in(incidentNouns, ps.lemma(k)) || in(incidentNouns, ps.lower(k)))
}

// placeHungLow returns the place of event verb v that the parser hung
// deep inside the verb's object (obj) or a phrase of it instead of on
// the verb: "is due to meet the chief executives of the shipping lines
// in Colón on Sept. 3", "will meet the governors of the three regions in
// Arica on June 2" (the regions read as a phrase of the verb), "meet
// donors, including A and B, in Mzuzu on Monday". Only an "in" phrase a
// day phrase follows ("in X on Friday") is read: the two together place
// and date the event, not the noun before them; never one inside an
// incident noun's phrase ("met survivors of the bombing in X on
// Monday" places the bombing); nil, -1 otherwise.
func (x *extractor) placeHungLow(ps *psent, v, obj int) (*entity, int) {
	roots := []int{obj}
	for _, c := range ps.kids[v] {
		if c > v && ps.rel(c) == "obl" && (ps.caseOf(c) == "" || ps.caseOf(c) == "with") {
			roots = append(roots, c)
		}
	}
	var found *entity
	at := -1
	var walk func(i int)
	walk = func(i int) {
		for _, c := range ps.kids[i] {
			switch ps.rel(c) {
			case "acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj":
				continue // a clause of its own
			}
			if ps.incidentNoun(c) {
				continue // "survivors of the bombing in X on Monday": the bombing's place
			}
			if found == nil && ps.caseOf(c) == "in" {
				if p := x.eventPlaceAt(ps, c); isPlaceOrCountry(p) && ps.dayPhraseAfter(c) {
					found, at = p, c
					return
				}
			}
			walk(c)
		}
	}
	for _, r := range roots {
		if r >= 0 && found == nil && !ps.incidentNoun(r) {
			walk(r)
		}
	}
	return found, at
}

// dayPlace returns the place of event verb v that an "in" phrase a day
// phrase follows names, on the verb ("met relatives of the victims in
// Szeged on Monday") or hung low inside its object (placeHungLow).
func (x *extractor) dayPlace(ps *psent, v, obj int) *entity {
	for _, c := range ps.kids[v] {
		if ps.rel(c) == "obl" && ps.caseOf(c) == "in" && ps.dayPhraseAfter(c) {
			if p := x.eventPlaceAt(ps, c); isPlaceOrCountry(p) {
				return p
			}
		}
	}
	p, _ := x.placeHungLow(ps, v, obj)
	return p
}

// dayPhraseAfter reports whether an "on" phrase naming a weekday or a
// month's day starts right after the mention at token k: "in Calama on
// June 26", "in Palayan on Friday".
func (ps *psent) dayPhraseAfter(k int) bool {
	_, end := ps.mentionSpan(k)
	if end+1 >= len(ps.d.Tokens) || ps.lower(end) != "on" {
		return false
	}
	w := strings.TrimSuffix(ps.lower(end+1), ".")
	_, day := weekdayNum[w]
	_, month := monthNum[w]
	_, monthLemma := monthNum[ps.lemma(end+1)]
	return day || month || monthLemma
}

// tripLemmas bring their subject to a place: "arrived in X and met Y".
var tripLemmas = set("visit", "arrive", "travel", "fly", "come", "go", "return", "reach", "land")

// travelled reports whether event verb v continues a trip: a "where"
// clause of a trip or a place, or a verb conjoined to a trip verb.
func (ps *psent) travelled(v int) bool {
	h := ps.head(v)
	if h < 0 {
		return false
	}
	if slices.ContainsFunc(ps.kids[v], func(c int) bool { return ps.lower(c) == "where" }) {
		return true
	}
	return ps.tok(v).Deprel == "conj" && in(tripLemmas, ps.lemma(h))
}

// tripPlace returns the place trip verb h reaches: its object ("visited
// X") or its "in"/"to" phrase ("arrived in X").
func (x *extractor) tripPlace(ps *psent, h int) *entity {
	if p := x.eventPlaceAt(ps, h); p != nil {
		return p // "X, where he met Y"
	}
	if !in(tripLemmas, ps.lemma(h)) {
		return nil
	}
	for _, c := range ps.kids[h] {
		if r := ps.tok(c).Deprel; r == "obj" || r == "obl" && (ps.caseOf(c) == "in" || ps.caseOf(c) == "to") {
			if p := x.eventPlaceAt(ps, c); p != nil {
				return p
			}
		}
	}
	return nil
}

// eventPlaceAt returns the place or country token k names by name, "the
// Kenyan capital", or the city a venue there is in ("the Grand Meridian
// in Doha", "the ministry's headquarters in Washington").
func (x *extractor) eventPlaceAt(ps *psent, k int) *entity {
	if ps.quoted(k) {
		return nil
	}
	e := ps.ent[k]
	if e == nil && ps.lemma(k) != "capital" {
		if p := ps.kindOfPlace(k); p != nil {
			return p // "in the Kyrgyz town of Naryn"
		}
		// "at the ministry's headquarters in Washington"
		for _, c := range ps.kids[k] {
			// (or "in the Ethiopian capital")
			if ps.rel(c) == "nmod" && ps.caseOf(c) == "in" && (ps.ent[c] != nil || ps.lemma(c) == "capital") {
				if p := x.eventPlaceAt(ps, c); p != nil && p.typ == domain.Place {
					return p
				}
			}
		}
		return nil
	}
	if e == nil {
		start, _ := ps.mentionSpan(k)
		for _, c := range ps.kids[k] {
			if ps.rel(c) != "case" {
				start = min(start, c)
			}
		}
		os, _, ok := oldSpan(ps.s, ps.d, start, start+1)
		if !ok {
			return nil
		}
		if p := x.demonymCapital(ps.s, os); p != nil {
			return p
		}
		return x.capitalPhrase(ps.s, os)
	}
	if ps.kind[k] == mGov && e.typ == domain.Country && x.gaz != nil {
		// "visited Baghdad": the capital as a place, not its government
		start, end := ps.mentionSpan(k)
		if c := x.gaz.Capital(e.name); c != "" && c == ps.words(start, end) {
			return x.entity(domain.Place, c)
		}
		return nil
	}
	if ps.kind[k] != mName || e.typ != domain.Place && e.typ != domain.Country && e.typ != domain.Organization {
		return nil
	}
	// a venue: the city it is in, also where the parser hung the city
	// on the venue noun of the body that names it ("at the Bureau of
	// Reclamation's regional office in Boulder City" headed by the name)
	h := ps.mentionHead(k)
	for _, c := range ps.kids[h] {
		if ps.caseOf(c) == "in" && ps.ent[c] != nil && ps.ent[c].typ == domain.Place && ps.kind[c] == mName {
			return ps.ent[c]
		}
	}
	for _, c := range ps.kids[h] {
		if ps.rel(c) != "nmod" || ps.ent[c] != nil || !in(qualifiedVenues, ps.lower(c)) {
			continue
		}
		for _, g := range ps.kids[c] {
			if ps.caseOf(g) == "in" && ps.ent[g] != nil && ps.ent[g].typ == domain.Place && ps.kind[g] == mName {
				return ps.ent[g]
			}
		}
	}
	if e.typ == domain.Organization {
		return nil
	}
	return e
}

// kindOfPlace returns the place a kind-of-place noun k names in its
// "of" phrase: "the Kyrgyz town of Naryn", "the port city of Mombasa";
// nil for none.
func (ps *psent) kindOfPlace(k int) *entity {
	if !in(placeKinds, ps.lemma(k)) {
		return nil
	}
	for _, c := range ps.kidsWith(k, "nmod") {
		if ps.caseOf(c) == "of" && ps.ent[c] != nil && ps.ent[c].typ == domain.Place && ps.kind[c] == mName {
			return ps.ent[c]
		}
	}
	return nil
}

// subjectsOf returns the subject tokens of verb v, or those of the verb
// it is conjoined to ("flew to Geneva and met X") or a gerund depends on.
func (ps *psent) subjectsOf(v int) []int {
	var out []int
	for _, c := range ps.kids[v] {
		if ps.tok(c).Deprel == "nsubj" {
			out = append(out, c)
		}
	}
	r := ps.tok(v).Deprel
	// "X told reporters after meeting Y": a gerund's subject is its
	// clause's
	gerund := r == "advcl" && ps.tok(v).XPOS == "VBG"
	if len(out) == 0 && r == "xcomp" && ps.head(v) >= 0 && in(plannedLemmas, ps.lemma(ps.head(v))) && ps.isPassive(ps.head(v)) {
		// "X is expected to meet Y": the subject of the passive
		return ps.kidsWith(ps.head(v), "nsubj:pass")
	}
	if len(out) == 0 && (r == "conj" || r == "xcomp" || gerund) && ps.head(v) >= 0 {
		return ps.subjectsOf(ps.head(v))
	}
	return out
}

// moodOf reads whether the event verb v reports took place: "will meet"
// and "is due to meet" are planned; "could meet", "hopes to meet", "did
// not meet", "if they meet" and a meeting called off are hoped for.
func (ps *psent) moodOf(v int) mood { return ps.verbMood(v, false) }

// eventMood is moodOf for a meeting, talks or a trip a verb reports: a
// "would" in a clause that a verb of saying in the past reports is the
// future as it was seen then, a plan ("X said both leaders would meet
// again in Y on May 2"), not a hypothesis, unless a condition or a
// negation qualifies it. Attacks keep moodOf: "said it would strike" is
// a threat.
func (ps *psent) eventMood(v int) mood {
	if m := ps.moodOf(v); m != hoped || !ps.reportedWould(v) {
		return ps.firmPlan(v, m)
	}
	return ps.verbMood(v, true)
}

// firmPlan is mood m of event verb v, but hoped for a plan that waits on
// a condition (waitsOnCondition, as a reported "would" does): "will meet
// in X on May 3 once a truce is agreed", "is due to travel to Y as long
// as the airport reopens" — in the clause of the plan word too.
func (ps *psent) firmPlan(v int, m mood) mood {
	if m != planned {
		return m
	}
	top := v
	if h := ps.head(v); h >= 0 && (ps.rel(v) == "xcomp" || ps.rel(v) == "advcl" && h+2 == v) && in(plannedLemmas, ps.lemma(h)) {
		top = h // "is due to meet": the plan word's clause
	}
	// the words right after the clause too, for a parser that hung the
	// clause on the condition ("… on Friday provided the truce holds")
	end := ps.subtreeEnd(top)
	if end < len(ps.d.Tokens) && ps.lower(end) == "," {
		end++
	}
	if ps.waitsOnCondition(top) || ps.opensCondition(end, len(ps.d.Tokens)) {
		return hoped
	}
	return m
}

// reportedWould reports whether verb v has the auxiliary "would" and is
// the complement of a verb of saying in the past that took place ("X
// said they would meet", "has told Y it would host"), with no condition
// of its own (waitsOnCondition), no "have" ("would have met": what did
// not happen) and no "rather" or "sooner" (a preference: "would rather
// visit X than attend the rally").
func (ps *psent) reportedWould(v int) bool {
	h := ps.head(v)
	switch {
	case ps.rel(v) == "ccomp":
	case ps.rel(v) == "conj" && h >= 0 && ps.rel(h) == "ccomp":
		// "said the government backed the plan and that he would travel
		// to X": the second clause of what was said
		h = ps.head(h)
	default:
		return false
	}
	if !ps.hasAux(v, "would") || h < 0 || ps.tok(h).UPOS != "VERB" || !in(reportLemmas, ps.lemma(h)) ||
		ps.tok(h).XPOS != "VBD" && ps.tok(h).XPOS != "VBN" || ps.moodOf(h) == hoped {
		return false
	}
	if ps.hasAux(v, "have") || slices.ContainsFunc(ps.kidsWith(v, "advmod"), func(c int) bool { return in(preferWords, ps.lower(c)) }) {
		return false
	}
	return !ps.waitsOnCondition(v)
}

// preferWords after "would" make a preference of the verb, no plan.
var preferWords = set("rather", "sooner")

// conditionWords open a condition wherever the parser hangs them: "once a
// truce was agreed", "provided the ceasefire held" (conditionMarks are
// read as the marks of a clause).
var conditionWords = set("once", "provided", "providing", "lest")

// waitsOnCondition reports whether the clause of verb v holds a condition
// its event waits on, however the parser hung it: a word of conditionMarks or
// conditionWords opening a clause ("would meet in X once a truce was
// agreed", "provided the truce held"), "as/so long as", "in case", or a
// clause opened by an inverted "should", "had" or "were" ("would meet in
// X should the fighting ease", "had her flight not been cancelled").
func (ps *psent) waitsOnCondition(v int) bool {
	end := ps.subtreeEnd(v)
	for k := ps.subtreeStart(v); k < end; k++ {
		if k != v && ps.opensCondition(k, end) {
			return true
		}
	}
	return false
}

// opensCondition reports whether token k opens a condition
// (waitsOnCondition) in a stretch of words that ends before end.
func (ps *psent) opensCondition(k, end int) bool {
	if k+1 >= end {
		return false
	}
	l, next := ps.lower(k), ps.tok(k+1).UPOS
	nominal := next == "DET" || next == "PRON" || next == "PROPN" || next == "NOUN" || next == "ADJ" || next == "NUM"
	switch {
	case in(conditionMarks, l) && ps.rel(k) == "mark":
		return true
	case in(conditionWords, l) && (nominal || ps.lower(k+1) == "that") && !ps.onceAsTimes(k):
		return true
	case l == "long" && k > 0 && (ps.lower(k-1) == "as" || ps.lower(k-1) == "so") && ps.lower(k+1) == "as",
		l == "in" && ps.lower(k+1) == "case":
		return true
	case (l == "should" || l == "had" || l == "were") && nominal && !ps.subjectBefore(k):
		return true
	}
	return false
}

// onceAsTimes reports whether "once" at k counts times ("once a month",
// "once again", "once more"), no condition.
func (ps *psent) onceAsTimes(k int) bool {
	if ps.lower(k) != "once" {
		return false
	}
	n := ps.lower(k + 1)
	return n == "again" || n == "more" || (n == "a" || n == "every") && k+2 < len(ps.d.Tokens) && in(timesNouns, ps.lemma(k+2))
}

// timesNouns are the spans "once a …" counts in.
var timesNouns = set("day", "week", "month", "year", "fortnight", "decade", "quarter")

// subjectBefore reports whether the auxiliary or verb k, or the verb it
// hangs on, has a subject before k: "the leaders had agreed", not the
// inverted "had her flight not been cancelled".
func (ps *psent) subjectBefore(k int) bool {
	for _, h := range []int{k, ps.head(k)} {
		if h >= 0 && slices.ContainsFunc(ps.kidsWith(h, "nsubj", "nsubj:pass", "expl"), func(c int) bool { return c < k }) {
			return true
		}
	}
	return false
}

// verbMood is moodOf, reading "would" as "will" when reported is set.
func (ps *psent) verbMood(v int, reported bool) mood {
	m := happened
	for _, c := range ps.kids[v] {
		l := ps.lower(c)
		switch r := ps.tok(c).Deprel; {
		case r == "aux" && (l == "will" || l == "shall" || l == "'ll" || reported && l == "would"):
			m = planned
		case r == "aux" && in(futureAux, l) || r == "aux" && (l == "can" || l == "must"):
			return hoped
		case l == "not" || l == "n't" || l == "never" || l == "no":
			return hoped
		case r == "mark" && (l == "if" || l == "unless" || l == "whether"):
			return hoped
		case r == "obl" || r == "obl:tmod" || r == "obl:unmarked" || r == "advmod":
			if in(habitualWords, l) || slices.ContainsFunc(ps.kids[c], func(g int) bool { return in(habitualWords, ps.lower(g)) }) {
				return hoped // "meet every year": a habit, no event
			}
			if l == "tomorrow" || l == "later" || slices.ContainsFunc(ps.kids[c], func(g int) bool { return ps.lower(g) == "next" }) {
				m = planned
			}
		}
	}
	if calledOffVerb(ps, v) || ps.negativeArgument(v) || ps.forgoneAlternative(v) {
		return hoped
	}
	h := ps.head(v)
	switch r := ps.tok(v).Deprel; {
	case h < 0:
	case r == "xcomp" || r == "advcl" && ps.has(v, "mark") && ps.lower(ps.kidWith(v, "mark", "")) == "to":
		hl := ps.lemma(h)
		// "is due to meet Y" the parser may read as a purpose clause
		// of "due": the plan word right before "to" v is no purpose
		due := r == "advcl" && h+2 == v && ps.lower(h+1) == "to" && in(dueWords, ps.lower(h))
		switch {
		case in(hopeLemmas, hl) || r == "advcl" && !due:
			return hoped // "flew to X to meet Y": a purpose, not a report
		case in(plannedLemmas, hl):
			if hm := ps.moodOf(h); hm == hoped || ps.hasAux(h, "had") {
				// (a plan in the past perfect lapsed: "had been due
				// to meet on Monday, but …")
				return hoped
			}
			return planned
		}
		return hoped
	case r == "ccomp" || r == "conj":
		// "said they would meet", "agreed and will meet": the verb's own
		// auxiliaries decide; a hoping or denying verb above does too
		if in(hopeLemmas, ps.lemma(h)) && r == "ccomp" || ps.denied(v) {
			return hoped
		}
	case ps.denied(v):
		return hoped
	}
	return m
}

// forgoneAlternative reports whether verb v, a bare or -ing form, heads
// the alternative its sentence turns down or compares: one opened by
// "than" ("would rather resign than meet Y", "rather than travelling to
// X", with "rather" hung on the verb too) or by "instead of" ("flew to X
// instead of meeting Y"). A finite
// verb after "than" stays a report ("no sooner had she landed than she
// met Y").
func (ps *psent) forgoneAlternative(v int) bool {
	if x := ps.tok(v).XPOS; x != "VB" && x != "VBG" {
		return false
	}
	for _, c := range ps.kids[v] {
		l := ps.lower(c)
		if c > v {
			continue // an alternative is opened before its verb
		}
		next := ps.lower(c + 1)
		if l == "than" || l == "of" && c > 0 && ps.lower(c-1) == "instead" || l == "instead" && next == "of" || l == "rather" && next == "than" {
			return true
		}
	}
	return false
}

// hasAux reports whether verb or predicate v has the auxiliary word w.
func (ps *psent) hasAux(v int, w string) bool {
	return slices.ContainsFunc(ps.kids[v], func(c int) bool { return ps.rel(c) == "aux" && ps.lower(c) == w })
}

// denied reports whether the clause of verb v is one its speaker denies:
// "denied that X had met Y", "denied reports that X met Y", also where
// the parser hangs the that-clause on the verb as an adverbial ("denied
// on Tuesday reports that he planned to fly to X", "reports" read as
// the day's obl).
func (ps *psent) denied(v int) bool {
	h := ps.head(v)
	if h < 0 {
		return false
	}
	switch r := ps.tok(v).Deprel; {
	case r == "ccomp" || r == "advcl" && ps.has(v, "mark") && ps.lower(ps.kidWith(v, "mark", "")) == "that":
		return in(denyLemmas, ps.lemma(h))
	case r == "acl" && in(claimNouns, ps.lemma(h)):
		g := ps.head(h)
		return g >= 0 && in(denyLemmas, ps.lemma(g))
	}
	return false
}

// habitualWords make an event verb a habit, not a report: "meet every
// year", "usually meets".
var habitualWords = set("every", "each", "usually", "regularly", "routinely", "often", "annually", "normally", "typically")

// denyLemmas deny the event their clause reports: "denied that X had met
// Y". (denyForms, talks.go, are the word forms tripDenied reads.)
var denyLemmas = set("deny", "dismiss", "refute", "dispute")

// claimNouns report an event as said: "denied reports that X met Y".
// (rumourForms, talks.go, are the word forms tripDenied reads.)
var claimNouns = set("report", "claim", "allegation", "rumour", "rumor", "suggestion")

// nounMood reads whether event noun n took place from its modifiers:
// "the planned summit" is planned, "possible talks", "no talks" are hoped
// for.
func (ps *psent) nounMood(n int) mood {
	for _, c := range ps.kids[n] {
		l := ps.lower(c)
		switch {
		case l == "no" || in(hopeAdjectives, l):
			return hoped
		case in(plannedAdjectives, l):
			return planned
		}
	}
	return happened
}

// calledOffLemmas say an event did not take place as planned.
var calledOffLemmas = set("postpone", "delay", "suspend", "cancel", "scrap", "defer")

// calledOffForms are the participles of calledOffLemmas, and "stalled",
// for the token rules, which read words without lemmas (calledOff).
var calledOffForms = set("postponed", "delayed", "suspended", "canceled", "cancelled", "scrapped", "deferred", "stalled")

// calledOffAfter reports whether the words after event noun n's phrase
// call it off ("after a summit chaired by X had been cancelled"), even
// where the parse hangs the participle elsewhere (as a conjunct of the
// main verb): an auxiliary, then a verb of calledOffLemmas.
func (ps *psent) calledOffAfter(n int) bool {
	end := ps.subtreeEnd(n)
	k := end
	for k < len(ps.d.Tokens) && ps.tok(k).UPOS == "AUX" {
		k++
	}
	return k > end && k < len(ps.d.Tokens) && in(calledOffLemmas, ps.lemma(k))
}

// calledOffVerb reports whether event verb v is the complement of a verb
// that calls it off: "postponed meeting X until May".
func calledOffVerb(ps *psent, v int) bool {
	h := ps.head(v)
	return h >= 0 && in(calledOffLemmas, ps.lemma(h)) && ps.tok(v).Deprel != "conj"
}

// phoneCall reports whether the noun "call" at n is a phone call ("a
// phone call", "a 40-minute telephone call", "a video call").
func (ps *psent) phoneCall(n int) bool {
	return slices.ContainsFunc(ps.kids[n], func(c int) bool { return in(callModifiers, ps.lower(c)) })
}

// callTalks reports whether talks or a meeting at noun n are held by
// phone or video ("held phone talks with Y", "in a video meeting"): a
// callModifiers word on the noun, and no place the talks are held in,
// on the noun or on the verb that holds them ("held mobile phone talks
// in Stockholm": the two met there). A call or a summit is no such noun.
func (ps *psent) callTalks(n int) bool {
	if c := eventNounCats[ps.lemma(n)]; c == "" || c == "phone_call" || c == "summit" || !ps.phoneCall(n) {
		return false
	}
	phrases := ps.kidsWith(n, "nmod")
	if h := ps.head(n); h >= 0 && ps.rel(n) == "obj" {
		phrases = append(phrases, ps.kidsWith(h, "obl")...)
	}
	return !slices.ContainsFunc(phrases, func(k int) bool { return ps.caseOf(k) == "in" && isPlaceOrCountry(ps.ent[k]) })
}

// byPhone reports whether verb v is done "by phone" or "over the phone",
// or in a call: "discussed the measures with X in a call on Monday" (a
// conversation's call is a phone call whatever its modifiers).
func (ps *psent) byPhone(v int) bool {
	return slices.ContainsFunc(ps.kids[v], func(c int) bool {
		switch l := ps.lower(c); {
		case l == "phone" || l == "telephone":
			return ps.caseOf(c) == "by" || ps.caseOf(c) == "over"
		case l == "call" || l == "calls":
			return ps.rel(c) == "obl" && (ps.caseOf(c) == "in" || ps.caseOf(c) == "during")
		}
		return false
	})
}

// plainCall reports whether "call" at v is a call to its object, a
// person: not "called X a liar", "called on X", "called for talks",
// "called X to say".
func (ps *psent) plainCall(v, obj int) bool {
	if obj < 0 || !ps.isPerson(obj) && !ps.holderCalled(ps.titleHolderAfter(obj)) {
		return false
	}
	for _, c := range ps.kids[v] {
		switch r := ps.tok(c).Deprel; {
		case (r == "advcl" || r == "xcomp") && ps.callPurpose(c) || r == "advcl" && c > obj && ps.lemma(c) == "say" && ps.hasCommaBetween(obj, c):
			// "called X to express his solidarity": a call made to say
			// so, whether the parser reads the purpose as an adverbial
			// or a complement; "…, her campaign said": the attribution
		case r == "xcomp" || r == "ccomp" || r == "advcl" || r == "compound:prt" || r == "obj" && c != obj:
			return false
		case r == "obl" && (ps.caseOf(c) == "for" || ps.caseOf(c) == "on" && !ps.dayPhrase(c) || ps.caseOf(c) == "as"):
			return false // "called on X", "called for talks", not "called X on Sunday"
		}
	}
	return true
}

// titleHolderAfter returns the person named right after the comma that
// follows title noun k, past a rank or title ("Sudan's army chief,
// General X,"), wherever the parser hung the name; -1 if none.
func (ps *psent) titleHolderAfter(k int) int {
	if k < 0 || k+1 >= len(ps.d.Tokens) || !isTitleNoun(ps.lemma(k)) {
		return -1
	}
	return ps.holderAfterComma(k + 1)
}

// holderAfterComma returns the person named right after comma c, past
// a rank or title ("…, General X"), wherever the parser hung the name;
// -1 if none.
func (ps *psent) holderAfterComma(c int) int {
	if c >= len(ps.d.Tokens) || ps.lower(c) != "," {
		return -1
	}
	for j := c + 1; j < len(ps.d.Tokens) && j <= c+3; j++ {
		if ps.isPerson(j) {
			return j
		}
		if !isTitleNoun(ps.lemmaOrLower(j)) && !in(honorifics, ps.lower(j)) && !in(titleModifiers, ps.lower(j)) {
			return -1
		}
	}
	return -1
}

// holderCalled reports whether the person h named after a title is all
// that "called" takes: the name closes the clause, or a comma after it
// opens only the day or the call's purpose ("called Sudan's army chief,
// General X, on Monday"). A noun or quote after the name means "called"
// names or summons ("called the opposition leader, X, a traitor").
func (ps *psent) holderCalled(h int) bool {
	if h < 0 {
		return false
	}
	n := len(ps.d.Tokens)
	j := h
	for j+1 < n && ps.isPerson(j+1) {
		j++
	}
	if j+1 >= n || ps.lower(j+1) == "." {
		return true
	}
	if ps.lower(j+1) != "," || j+2 >= n {
		return false
	}
	k := j + 2
	switch w := ps.lower(k); {
	case w == "on" && k+1 < n:
		_, day := weekdayNum[ps.lower(k+1)]
		return day
	case w == "to" && k+1 < n:
		return in(callPurposes, ps.lemma(k+1))
	default:
		_, day := weekdayNum[w]
		return day
	}
}

// callPurposes are what one calls a person to do: "called X to express
// his solidarity", "to congratulate him".
var callPurposes = set("express", "convey", "discuss", "congratulate", "thank", "offer", "apologize", "apologise",
	"wish", "brief", "reassure", "back", "support", "urge", "seek", "update", "assure", "praise")

// callPurpose reports whether clause c, hung on "call", is an infinitive
// of what the call was for ("to express his solidarity").
func (ps *psent) callPurpose(c int) bool {
	m := ps.kidWith(c, "mark", "")
	return m >= 0 && m < c && ps.lower(m) == "to" && in(callPurposes, ps.lemma(c))
}

// eventDate returns the date and weekday of the event verb or noun k
// reports, from the time phrases of its clause (its subtree without the
// clauses it governs): "on Tuesday", "in November", "last month". n, if
// set, is an event noun whose own phrases count too.
func (x *extractor) eventDate(ps *psent, k, n int) (string, string) {
	os, oe, ko, ok := ps.timeSpan(k, n)
	if !ok {
		return "", ""
	}
	return x.when(ps.s, clause{os, oe}, ko, "")
}

// pastYearTold reports whether the phrases of event verb k (and event
// noun n) date it by a year before the article's ("met Y in Geneva in
// 2019", "held talks in 2018"): history the story recalls, no event of
// it.
func (x *extractor) pastYearTold(ps *psent, k, n int) bool {
	os, oe, _, ok := ps.timeSpan(k, n)
	return ok && x.yearsBefore(ps.s.toks, os, oe)
}

// timeSpan returns the sentence tokens [os, oe) of the phrases that may
// date event verb k (and event noun n), without clauses of their own
// and the verb's subject's, and k's own token ko.
func (ps *psent) timeSpan(k, n int) (os, oe, ko int, ok bool) {
	lo, hi := k, k+1
	var walk func(i int)
	walk = func(i int) {
		for _, c := range ps.kids[i] {
			switch ps.rel(c) {
			case "ccomp", "advcl", "parataxis", "acl", "csubj", "conj", "xcomp":
				continue
			case "nsubj":
				if i == k {
					// "X, who must appoint the next premier, received Y
					// on Monday": the subject's clause dates nothing
					continue
				}
			}
			lo, hi = min(lo, c), max(hi, c+1)
			walk(c)
		}
	}
	walk(k)
	if n >= 0 {
		walk(n)
	}
	os, oe, ok = oldSpan(ps.s, ps.d, lo, hi)
	ok2 := false
	if ok {
		ko, _, ok2 = oldSpan(ps.s, ps.d, k, k+1)
	}
	return os, oe, ko, ok && ok2
}

// hopedInParse reports whether the parse reads the talks or meeting that
// token k of sentence s triggers as one that did not take place: a verb
// in a hoped-for, negated or hypothetical mood ("could meet", "refused to
// meet"), or a noun some side calls for or turns down ("called for talks
// between X and Y", "rejected talks with X"). The token rules ask it
// before they state an event.
func (x *extractor) hopedInParse(s *sentence, k int) bool {
	ps, t := x.parseAt(s, k)
	if ps == nil {
		return false
	}
	if ps.tok(t).UPOS == "VERB" {
		return ps.firmPlan(t, ps.moodOf(t)) == hoped
	}
	h := ps.head(t)
	// "declined to speak by phone with X"; not "agreed to extend the
	// truce after talks", held before
	if h >= 0 && ps.tok(h).UPOS == "VERB" && ps.firmPlan(h, ps.moodOf(h)) == hoped && !in(eventCases, ps.caseOf(t)) {
		return true
	}
	return h >= 0 && in(askLemmas, ps.lemma(h)) && (ps.tok(t).Deprel == "obj" || ps.rel(t) == "obl" && ps.caseOf(t) == "for")
}

// deniedInParse reports whether the parse reads the attack that token k
// of sentence s triggers as denied: "denied that X had attacked Y",
// "dismissed reports that X shelled Y". The token rules ask it before
// they state an attack.
func (x *extractor) deniedInParse(s *sentence, k int) bool {
	ps, t := x.parseAt(s, k)
	if ps == nil {
		return false
	}
	if ps.tok(t).UPOS != "VERB" {
		t = ps.head(t)
	}
	return t >= 0 && ps.tok(t).UPOS == "VERB" && ps.denied(t)
}

// parseAt returns the parse of sentence s and its token starting where
// the token rules' token k does; nil when there is none.
func (x *extractor) parseAt(s *sentence, k int) (*psent, int) {
	if x.annot == nil || s.idx >= len(x.annot.Sentences) {
		return nil, -1
	}
	ps := x.overlay(s.idx, x.annot)
	if ps == nil {
		return nil, -1
	}
	for t := range ps.d.Tokens {
		if ps.tok(t).Start-ps.d.Start == s.toks[k].start {
			return ps, t
		}
	}
	return nil, -1
}

// askLemmas call for an event, weigh it or turn it down: "called for
// talks", "urged a meeting", "will consider talks", "rejected talks".
var askLemmas = set("call", "urge", "push", "press", "demand", "seek", "propose", "offer", "want",
	"reject", "refuse", "rule", "oppose", "hope", "suggest", "invite", "ask", "need", "request", "consider")

// locativeCases mark a phrase that says where, not who.
var locativeCases = set("in", "at", "near", "inside", "across", "into")

// dropLocatives removes from the token rules' parties of talks the
// countries and places sentence s names only in a phrase of place, as
// the parse reads it: "food shortages in Poland … the summit in Paris"
// makes Poland no party.
func (x *extractor) dropLocatives(s *sentence, es []*entity) []*entity {
	if x.annot == nil || s.idx >= len(x.annot.Sentences) {
		return es
	}
	ps := x.overlay(s.idx, x.annot)
	if ps == nil {
		return es
	}
	return slices.DeleteFunc(es, func(e *entity) bool {
		if e.typ != domain.Country {
			return false
		}
		named := false
		for k := range ps.d.Tokens {
			if ps.ent[k] != e || ps.mentionHead(k) != k {
				continue
			}
			named = true
			if !in(locativeCases, ps.caseOf(k)) {
				return false
			}
		}
		return named
	})
}

// attackerInParse returns the body or country the attack noun at token k
// of sentence s names as its own modifier: "an Amber Front attack on
// X", "the Amber Front's attack"; nil if none.
func (x *extractor) attackerInParse(s *sentence, k int) *entity {
	ps, t := x.parseAt(s, k)
	if ps == nil || ps.tok(t).UPOS != "NOUN" {
		return nil
	}
	for _, c := range ps.kids[t] {
		if c > t || ps.tok(c).Deprel != "compound" && ps.tok(c).Deprel != "nmod:poss" {
			continue
		}
		if e := ps.ent[c]; e != nil && ps.kind[c] == mName && (e.typ == domain.Organization || e.typ == domain.Country) {
			return e
		}
	}
	return nil
}

// weaponSubject reports whether the parse makes a weapon the subject of
// the kill or strike verb at token k: "A roadside bomb killed a judge",
// "drones built with his parts had struck the city", an attack whose
// weapon stands too far from its verb for the token rules (weaponNear).
// A relative pronoun ("a bomb that could have killed") is no weapon.
func (x *extractor) weaponSubject(s *sentence, k int) bool {
	ps, t := x.parseAt(s, k)
	if ps == nil || ps.moodOf(t) == hoped {
		return false
	}
	for _, c := range ps.subjectsOf(t) {
		w := ps.lower(c)
		if _, ok := weaponWords[w]; ok && w != "cannon" || w == "bomb" {
			return true
		}
	}
	return false
}

// agentsOfGroup returns the organization whose fighters the parse makes
// the subject of the attack verb at token k: "fighters of the Amber Front
// ambushed a convoy", "militants of the Amber Front stormed the hotel".
func (x *extractor) agentsOfGroup(s *sentence, k int) *entity {
	ps, t := x.parseAt(s, k)
	if ps == nil || ps.tok(t).UPOS != "VERB" {
		return nil
	}
	for _, c := range ps.subjectsOf(t) {
		if !in(agentNouns, ps.lower(c)) {
			continue
		}
		if g := ps.kidWith(c, "nmod", "of"); g >= 0 && ps.ent[g] != nil && ps.kind[g] == mName && ps.ent[g].typ == domain.Organization {
			return ps.ent[g]
		}
	}
	return nil
}

// claimedAttack: "The Amber Front claimed responsibility for the
// attack", "X later claimed the bombing": the subject of claim is the
// attacker of the last attack the article reported, up to this
// sentence, that has none.
func (x *extractor) claimedAttack(ps *psent, v int) {
	obj := ps.kidWith(v, "obj", "")
	if obj < 0 || ps.moodOf(v) == hoped {
		return
	}
	what := obj
	bare := false
	if ps.lemma(obj) == "responsibility" {
		// "for the attack", hung on the noun or on the verb
		what = -1
		for _, c := range append(slices.Clone(ps.kids[obj]), ps.kids[v]...) {
			if (ps.rel(c) == "nmod" || ps.rel(c) == "obl") && ps.caseOf(c) == "for" {
				what = c
			}
		}
		// "X claimed responsibility through its news agency": for what
		// the story reports, its attack
		bare = what < 0
	}
	if !bare && (what < 0 || !in(attackNouns, ps.lower(what)) && ps.lower(what) != "ambush") {
		return
	}
	by := claimant(ps, v)
	if by == nil {
		return
	}
	if id := x.lastAttack(ps.idx); id != "" {
		x.trace(ps, []int{v, max(what, obj)})
		x.addFact(id, domain.Attacker, by.id, false, ps.idx, ps.s.hedge)
	}
}

// claimant returns the organization the subject of claim or carry-out
// verb v names: "The Amber Front claimed the bombing", or the group whose
// members "its fighters" are, the subject of the verb reporting v ("The
// Amber Front said its fighters had carried out the attack"; not when
// that verb denies it).
func claimant(ps *psent, v int) *entity {
	var by *entity
	for _, k := range ps.subjectsOf(v) {
		if e := ps.ent[ps.antecedent(k)]; e != nil && ps.kind[k] == mName && e.typ == domain.Organization {
			by = e
		} else if in(agentNouns, ps.lower(k)) && ps.rel(v) == "ccomp" && ownedByIts(ps, k) && !in(denialLemmas, ps.lemma(ps.head(v))) {
			for _, r := range ps.subjectsOf(ps.head(v)) {
				if e := ps.ent[r]; e != nil && ps.kind[r] == mName && e.typ == domain.Organization {
					by = e
				}
			}
		}
	}
	return by
}

// ownedByIts reports whether noun k is owned by "its" or "their" ("its
// fighters").
func ownedByIts(ps *psent, k int) bool {
	for _, c := range ps.kids[k] {
		if ps.tok(c).Deprel == "nmod:poss" && (ps.lower(c) == "its" || ps.lower(c) == "their") {
			return true
		}
	}
	return false
}

// carriedOut reports "carried out" at verb v: a perpetrator's verb
// ("its fighters had carried out the attack").
func carriedOut(ps *psent, v int) bool {
	if ps.lemma(v) != "carry" {
		return false
	}
	prt := ps.kidWith(v, "compound:prt", "")
	return prt >= 0 && ps.lower(prt) == "out"
}

// lastAttack returns the ID of the last attack stated up to sentence
// sent, when it names no attacker; "" otherwise.
func (x *extractor) lastAttack(sent int) string {
	id := ""
	for _, f := range x.facts {
		if f.Predicate == domain.Category && f.Object == "attack" && f.Sentence <= sent {
			id = f.Subject
		}
	}
	for _, f := range x.facts {
		if f.Subject == id && f.Predicate == domain.Attacker {
			return ""
		}
	}
	return id
}

// dayKnown reports whether event e is fixed to a day: its date to the
// day ("in October" is not), or in an article without a date, its
// weekday ("will travel on Saturday").
func (x *extractor) dayKnown(e *event) bool {
	return dayDate(e.date) || x.a.Date == "" && e.day != ""
}

// sittingBodies are the common nouns a body that meets as itself goes by
// once named: "the council", "the committee", "the group".
var sittingBodies = set("council", "committee", "commission", "board", "cabinet", "assembly", "group", "panel")

// sittingBody returns the organization definite noun k stands for: the
// one named before whose name ends with the noun ("the council" after
// "its Monetary Council"), else the one the coreference model links it
// to ("the group" after "OPEC+"); nil for none.
func (x *extractor) sittingBody(ps *psent, k int) *entity {
	if !ps.definite(k) || len(ps.kidsWith(k, "amod")) > 0 || len(ps.kidsWith(k, "compound")) > 0 {
		return nil
	}
	if e := x.definiteBody(ps, k); e != nil {
		return e
	}
	return x.corefAntecedent(ps.idx, k, domain.Organization)
}

// bodySitting reports whether meeting e is a body's own sitting: its one
// party an organization, fixed to a day ("The council will next meet on
// June 2"), which needs no place to be told apart.
func (x *extractor) bodySitting(e *event) bool {
	return e.cat == "meeting" && len(e.participants) == 1 && e.participants[0].typ == domain.Organization && x.dayKnown(e)
}

// nounCat returns the category of the event noun n names
// (eventNounCats), "" for none and for a conference that gathers no
// delegations.
func (ps *psent) nounCat(n int) string {
	if ps.lemma(n) == "conference" && !ps.gathering(n) {
		return ""
	}
	if ps.callTalks(n) {
		return "phone_call" // "in phone talks with Y"
	}
	return eventNounCats[ps.lemma(n)]
}

// gathering reports whether "conference" at noun n is a gathering of
// delegations (a summit: "a donors' conference in Brussels", "Donors
// pledged $2 billion at a conference"), not one that reporters or a
// line hold ("a news conference", "a conference call") nor a trade or
// party meeting a speaker addresses ("said at an energy conference").
// Only its modifier or the delegations that act at it tell it apart.
func (ps *psent) gathering(n int) bool {
	delegates, ofAKind := false, false
	for _, c := range ps.kids[n] {
		switch r := ps.rel(c); {
		case (r == "compound" || r == "amod") && in(briefingWords, ps.lemma(c)):
			return false
		case (r == "compound" || r == "amod" || r == "nmod:poss") && in(summitModifiers, ps.lemma(c)):
			delegates = true
		case r == "compound" && !isPlaceOrCountry(ps.ent[c]):
			// "the Conservative Party conference", "an energy
			// conference": a party's or a trade's, whoever attends (a
			// place's, "the Brussels conference", may be a summit)
			ofAKind = true
		}
	}
	h := ps.head(n)
	if h < 0 || ofAKind {
		return delegates
	}
	if ps.rel(n) == "compound" && ps.lemma(h) == "call" {
		return false
	}
	if ps.rel(n) == "obl" {
		// "Donors pledged … at a conference in Brussels": delegations
		// are the subject of the clause the conference is told in
		for _, s := range ps.subjectsOf(h) {
			delegates = delegates || ps.tok(s).XPOS == "NNS" && in(delegateNouns, ps.lemma(s))
		}
	}
	return delegates
}

// summitModifiers make a conference one of delegations: "a donors'
// conference", "a peace conference", "a ministerial conference".
var summitModifiers = set("donor", "pledging", "peace", "ministerial", "reconstruction", "humanitarian")

// delegateNouns, in the plural, are delegations acting at a conference:
// "Donors pledged …", "Ministers agreed … at a conference".
var delegateNouns = set("donor", "minister", "leader", "country", "nation", "government", "delegate", "delegation", "envoy", "diplomat", "negotiator")

// briefingWords say a conference is one given to reporters or held by
// line: "a news conference", "a video conference".
var briefingWords = set("news", "press", "video", "telephone", "phone", "virtual", "online")
