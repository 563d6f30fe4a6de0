package extract

import (
	"slices"

	"github.com/actorgraph/actorgraph/domain"
)

// Events a sentence refers back to without naming them again: "the
// summit", "the meeting", a delegation or a country at the talks the
// article reported. Their parties join the event reported before; none
// of these readings makes an event of its own.

// otherEventWords before an event noun point to another event than the
// one reported last: "the next meeting", "the first round".
var otherEventWords = set("next", "last", "previous", "first", "second", "third", "final", "earlier",
	"later", "other", "new", "following", "subsequent", "former", "annual", "regular", "weekly", "monthly")

// onlookerNouns are those at an event who take no part in it: "attended
// the talks as an observer" (a guest may: "attended the summit as a
// guest").
var onlookerNouns = set("observer", "monitor", "onlooker")

// referredEvent returns the event that event noun n refers back to when
// it is "the summit", "the meeting" or "the talks" with nothing of its
// own naming a party, a place or another event of its kind ("the next
// meeting"): the one of its category told last up to this sentence that
// took place, else for talks or a meeting the last one of their class
// (a summit is a meeting; a meeting need be no summit). Nil for any
// other noun.
func (x *extractor) referredEvent(ps *psent, n int) *event {
	if n < 0 {
		return nil
	}
	cat := eventNounCats[ps.lemma(n)]
	if cat == "" || cat == "phone_call" || ps.tok(n).UPOS != "NOUN" || ps.quoted(n) || !x.bareDefinite(ps, n) {
		return nil
	}
	if same := x.lastEventTold(ps, func(o *event) bool { return o.cat == cat }); same != nil || cat == "summit" {
		return same
	}
	return x.lastTalks(ps)
}

// lastEventTold returns the event that took place, of those that
// match, that the article told last up to this sentence (a sentence
// telling two gives the first reported).
func (x *extractor) lastEventTold(ps *psent, match func(*event) bool) *event {
	var last *event
	for _, o := range x.reportedEvents() {
		if o.lastTold(ps.idx) < 0 || !match(o) || x.planned(o) {
			continue
		}
		if last == nil || o.lastTold(ps.idx) > last.lastTold(ps.idx) {
			last = o
		}
	}
	return last
}

// bareDefinite reports whether event noun n has "the" and nothing else
// that tells its event apart: no possessive, compound, number, other
// event's adjective, or phrase naming a place or a party.
func (x *extractor) bareDefinite(ps *psent, n int) bool {
	def := false
	for _, c := range ps.kids[n] {
		switch r := ps.rel(c); {
		case r == "det":
			if ps.lower(c) != "the" {
				return false
			}
			def = true
		case r == "punct" || r == "case":
		case r == "amod":
			if ps.tellsApart(c) {
				return false
			}
		case r == "nmod":
			// "the start of the meeting at the agency's headquarters":
			// a venue that names no place
			if cs := ps.caseOf(c); cs != "at" && cs != "in" || x.eventPlaceAt(ps, c) != nil || ps.ent[c] != nil {
				return false
			}
		default:
			return false
		}
	}
	return def
}

// tellsApart reports whether modifier c of an event noun tells its event
// apart from the one told before: a name, another event's word ("the
// next", "the planned", "the possible").
func (ps *psent) tellsApart(c int) bool {
	l := ps.lower(c)
	return ps.ent[c] != nil || in(otherEventWords, l) || in(plannedAdjectives, l) || in(hopeAdjectives, l)
}

// lastTalks returns the talks, meeting or summit told last up to this
// sentence that took place, for a delegation or a country's envoy a
// sentence names without naming the event: "The Kenyan delegation was
// led by X".
func (x *extractor) lastTalks(ps *psent) *event {
	return x.lastEventTold(ps, func(o *event) bool { return class(o.cat) == "talks" })
}

// onlooker reports whether verb v puts its subject at an event only as
// an onlooker: "attended the talks as an observer".
func (ps *psent) onlooker(v int) bool {
	return slices.ContainsFunc(ps.kids[v], func(c int) bool {
		return ps.rel(c) == "obl" && ps.caseOf(c) == "as" && in(onlookerNouns, ps.lemma(c))
	})
}

// attendance reads a sentence that puts parties at the talks, meeting or
// summit reported before without naming the event, or naming it only as
// "the summit": "X told the summit", "X addressed the meeting", "X
// attended for Nairobi", "Kenya was represented by X", "X represented her
// country", "The Kenyan delegation was led by X, and the Ethiopian one by
// Y". The parties join that event; it reports whether they did.
func (x *extractor) attendance(ps *psent, v int) bool {
	lemma := ps.verbLemma(v)
	obj := ps.kidWith(v, "obj", "")
	var ref *event
	var parties []int
	switch {
	case lemma == "tell" || lemma == "address" || lemma == "brief":
		// "X told the summit his country would …"
		n := ps.kidWith(v, "iobj", "")
		if n < 0 {
			n = obj
		}
		ref, parties = x.referredEvent(ps, n), ps.subjectsOf(v)
		if ref == nil {
			return x.addressedEvent(ps, v, n)
		}
	case lemma == "attend" && obj < 0 && !ps.has(v, "ccomp"):
		// "X attended for Nairobi"
		ref, parties = x.lastTalks(ps), ps.subjectsOf(v)
	case lemma == "represent":
		ref, parties = x.lastTalks(ps), ps.representatives(v, obj)
	case in(leadLemmas, lemma):
		ref, parties = x.lastTalks(ps), ps.delegationLeaders(v, obj)
	default:
		return false
	}
	if ref == nil || len(parties) == 0 || ps.moodOf(v) != happened || ps.onlooker(v) {
		return false
	}
	e := &event{cat: ref.cat, sent: ps.idx, hedge: ps.s.hedge, ref: ref}
	used := []int{v}
	for _, c := range withConj(ps, parties) {
		as, ks := x.eventActors(ps, c)
		e.addParties(as)
		used = append(used, ks...)
	}
	x.addStructureEvent(ps, e, used)
	return true
}

// addressedEvent reads the event that noun n, the object of "tell" or
// "address" v, names with its own place or parties ("X told the African
// Union summit in Addis Ababa that …"): held, with the speaker among its
// parties. It reports whether it read one.
func (x *extractor) addressedEvent(ps *psent, v, n int) bool {
	cat := ""
	if n >= 0 {
		cat = ps.nounCat(n)
	}
	if cat == "" || cat == "phone_call" || ps.tok(n).UPOS != "NOUN" || ps.quoted(n) || ps.moodOf(v) != happened || ps.nounMood(n) != happened {
		return false
	}
	e := &event{cat: cat, sent: ps.idx, hedge: ps.s.hedge}
	used := append([]int{v, n}, x.nounParties(ps, n, e)...)
	if e.heldIn == nil && len(e.participants) == 0 {
		return false // "told the meeting": eventNoun's and referredEvent's
	}
	for _, c := range withConj(ps, ps.subjectsOf(v)) {
		as, ks := x.eventActors(ps, c)
		e.addParties(as)
		used = append(used, ks...)
	}
	e.date, e.day = x.eventDate(ps, v, n)
	x.addStructureEvent(ps, e, used)
	return true
}

// representatives returns the person verb v, "represent" in the past,
// names as a country's envoy: its agent when the country is the
// passive's subject ("Kenya was represented by X"), its subject when the
// country, or "her country", is its object ("X represented her
// country"); none otherwise ("the firm that represents the company",
// "the lawyer who represented the family").
func (ps *psent) representatives(v, obj int) []int {
	if ps.isPassive(v) {
		s := ps.kidWith(v, "nsubj:pass", "")
		aux := ps.kidWith(v, "aux:pass", "")
		if s < 0 || !ps.standsForCountry(s) || aux < 0 || ps.tok(aux).XPOS != "VBD" {
			return nil
		}
		return ps.kidsWith(v, "obl:agent")
	}
	if obj < 0 || !ps.standsForCountry(obj) || ps.tok(v).XPOS != "VBD" {
		return nil
	}
	return ps.subjectsOf(v)
}

// standsForCountry reports whether token k names a country, or is "her
// country" or "his government".
func (ps *psent) standsForCountry(k int) bool {
	if e := ps.ent[k]; e != nil {
		return e.typ == domain.Country && ps.kind[k] != mDemonym
	}
	return ps.lemma(k) == "country" || ps.lemma(k) == "government"
}

// delegationLeaders returns the leaders verb v, "lead" or "head", gives
// a delegation or team, with the delegation itself for the country or
// body it names: "The Kenyan delegation was led by X, and the Ethiopian
// team by Y" (the second agent hung on a conjunct of the subject, the
// verb gapped), "X led the Kenyan delegation". A delegation with no
// article, possessive or qualifier may be any ("a delegation").
func (ps *psent) delegationLeaders(v, obj int) []int {
	var out []int
	if ps.isPassive(v) {
		s := ps.kidWith(v, "nsubj:pass", "")
		if s < 0 || !ps.namedDelegation(s) {
			return nil
		}
		out = append(out, s)
		out = append(out, ps.kidsWith(v, "obl:agent")...)
		for _, c := range ps.kids[v] {
			if ps.rel(c) == "conj" && ps.namedDelegation(c) {
				out = append(out, c)
				out = append(out, slices.DeleteFunc(ps.kidsWith(c, "nmod"), func(g int) bool { return ps.caseOf(g) != "by" })...)
			}
		}
		return out
	}
	if obj < 0 || ps.tok(v).XPOS != "VBD" || !ps.namedDelegation(obj) {
		return nil
	}
	return append(ps.subjectsOf(v), obj)
}

// namedDelegation reports whether token k is a delegation or team that
// the sentence ties to one side: "the Kenyan delegation", "Kenya's
// team", "the Hamas delegation", "his country's delegation" (the
// country of the one who leads it).
func (ps *psent) namedDelegation(k int) bool {
	if !in(participantNouns, ps.lower(k)) || ps.tok(k).UPOS != "NOUN" {
		return false
	}
	return slices.ContainsFunc(ps.kids[k], func(c int) bool {
		r := ps.tok(c).Deprel
		return (r == "amod" || r == "compound" || r == "nmod:poss") && c < k && ps.ent[c] != nil ||
			r == "nmod:poss" && ps.ent[c] == nil && ps.standsForCountry(c) && ps.has(c, "nmod:poss")
	})
}

// sidelinesOf returns the gathering on whose sidelines (or margins) verb
// v's meeting took place, "on the sidelines" or "on the sidelines of the
// summit": the talks, meeting or summit with a place told last before
// this sentence. Nil if v names no sidelines, or those of something else
// ("of the funeral").
func (x *extractor) sidelinesOf(ps *psent, v int) *event {
	for _, c := range ps.kids[v] {
		l := ps.lemma(c)
		if ps.rel(c) != "obl" || ps.caseOf(c) != "on" && ps.caseOf(c) != "at" || !in(sidelineNouns, l) {
			continue
		}
		if slices.ContainsFunc(ps.kids[c], func(g int) bool {
			return ps.rel(g) == "nmod" && ps.caseOf(g) == "of" && eventNounCats[ps.lemma(g)] == ""
		}) {
			return nil
		}
		// (told before this sentence: "met X on the sidelines of a
		// summit in Astana" is the meeting's own report)
		return x.lastEventTold(ps, func(o *event) bool { return class(o.cat) == "talks" && o.heldIn != nil && o.lastTold(ps.idx-1) >= 0 })
	}
	return nil
}
