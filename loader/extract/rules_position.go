package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/domain"
)

// stanceLemmas give the position a verb's subject takes on its object.
var stanceLemmas = map[string]domain.Predicate{
	"endorse": domain.Endorsed, "accept": domain.Endorsed, "back": domain.Endorsed, "agree": domain.Endorsed,
	"support": domain.Endorsed, "welcome": domain.Endorsed, "approve": domain.Endorsed,
	"embrace": domain.Endorsed,
	"propose": domain.Proposed, "offer": domain.Proposed, "float": domain.Proposed,
	"table": domain.Proposed, "unveil": domain.Proposed,
	"reject": domain.Rejected, "oppose": domain.Rejected, "dismiss": domain.Rejected,
	"spurn": domain.Rejected, "veto": domain.Rejected,
}

// proposalNouns stand for what they propose: "the plan", "a proposal for
// X" (then X is what is proposed).
var proposalNouns = set("proposal", "plan", "offer", "initiative", "idea", "deal", "blueprint", "roadmap")

// measureNouns head the things a position is taken on: an agreement, a
// process or a measure ("a joint administration of X", "the border
// protocol", "elections in 2028", "a 36-month transition").
var measureNouns = set("agreement", "accord", "treaty", "pact", "deal", "ceasefire", "cease-fire",
	"truce", "armistice", "protocol", "framework", "mechanism", "administration", "transition",
	"election", "elections", "referendum", "timetable", "roadmap", "extension", "exchange",
	"withdrawal", "deployment", "mission", "settlement", "arrangement", "corridor", "moratorium",
	"pause", "partition", "handover", "resolution", "sanctions", "embargo", "force", "zone",
	"commission", "monitoring", "talks", "negotiations", "dialogue", "presence")

// positionVerb: "Kenya endorsed the African Union's proposal for a joint
// administration of X" (Kenya endorsed it, the African Union proposed
// it), "Ethiopia rejected the plan" (the measure named last), "the
// council proposed holding elections in 2028". Negated, hoped-for and
// reported-only stances give nothing; a position the token rules read in
// the sentence already is not read twice.
func positionVerb(x *extractor, ps *psent) {
	for v := range ps.d.Tokens {
		pred, ok := stanceLemmas[ps.lemma(v)]
		if !ok || ps.tok(v).UPOS != "VERB" || ps.quoted(v) || ps.negatedVerb(v) {
			continue
		}
		actors := x.stanceActors(ps, v)
		objects := ps.kids[v]
		if h := ps.relativeHead(v); h >= 0 {
			// "a timetable that the party rejected": the clause's object
			// is the noun it describes
			objects = []int{h}
		}
		for _, c := range objects {
			r := ps.tok(c).Deprel
			// "agreed to a ceasefire", "agreed on a timetable"
			agreedTo := ps.lemma(v) == "agree" && ps.rel(c) == "obl" && (ps.caseOf(c) == "to" || ps.caseOf(c) == "on")
			described := c == ps.head(v)
			if !described && (r != "obj" && r != "xcomp" && r != "ccomp" && !agreedTo || ps.lemma(v) == "agree" && !agreedTo) {
				continue
			}
			name, proposer, used := x.measureOf(ps, c)
			if name == "" {
				continue
			}
			// the measure is named even when its actor is not known: "the
			// proposal" later refers to it
			x.lastMeasure = name
			x.statePositions(ps, actors, pred, proposer, name, append([]int{v}, used...))
		}
	}
}

// relativeHead returns the noun a relative clause headed by verb v
// describes when the clause's object is its relative pronoun ("a
// timetable that X rejected", also as the parser may read it: "that" a
// marker and the clause a complement of the noun); -1 otherwise.
func (ps *psent) relativeHead(v int) int {
	h := ps.head(v)
	if h < 0 || ps.tok(h).UPOS != "NOUN" {
		return -1
	}
	if r := ps.tok(v).Deprel; r != "acl:relcl" && r != "ccomp" && r != "acl" {
		return -1
	}
	for _, c := range ps.kids[v] {
		if r := ps.tok(c).Deprel; c < v && (r == "obj" || r == "mark") && in(relativePronouns, ps.lower(c)) {
			return h
		}
		if r := ps.tok(c).Deprel; r == "obj" {
			return -1
		}
	}
	return -1
}

// statePositions states that each actor takes position pred on the
// measure named name, and that proposer proposed it, unless they take a
// position in the sentence already.
func (x *extractor) statePositions(ps *psent, actors []*entity, pred domain.Predicate, proposer *entity, name string, used []int) {
	ag := ""
	state := func(e *entity, p domain.Predicate) {
		if e == nil || x.positionIn(e.id, ps.idx) {
			return
		}
		if ag == "" {
			ag = x.agreement(name)
		}
		x.trace(ps, used)
		x.addFact(e.id, p, ag, false, ps.idx, ps.s.hedge)
	}
	for _, a := range actors {
		state(a, pred)
	}
	state(proposer, domain.Proposed)
}

// stanceActors returns the countries, organizations and people the
// subject of verb v names, with their conjuncts.
func (x *extractor) stanceActors(ps *psent, v int) []*entity {
	var out []*entity
	for _, c := range ps.kids[v] {
		if ps.tok(c).Deprel != "nsubj" {
			continue
		}
		if ps.bothSides(c) {
			// "Both sides agreed to …": the parties of the talks the
			// article reported last, or else the two countries the
			// sentence names
			parties := x.lastParties(ps.idx)
			if len(parties) == 0 {
				parties = x.twoCountries(ps.idx)
			}
			for _, e := range parties {
				out = appendEnt(out, e)
			}
			continue
		}
		for _, k := range withConj(ps, []int{ps.antecedent(c)}) {
			if e := ps.ent[k]; e != nil && ps.kind[k] != mDemonym && (e.typ == domain.Country || e.typ == domain.Organization || e.typ == domain.Person) {
				out = appendEnt(out, e)
			} else if e := x.definiteBody(ps, k); e != nil {
				out = appendEnt(out, e) // "the council proposed …"
			} else if e := ps.namedGroup(k); e != nil {
				out = appendEnt(out, e) // "the Montana Accord group rejected …"
			}
		}
	}
	return out
}

// groupNouns describe an organization named by their compound: "the
// Sentinel Accord group", "the Amber coalition".
var groupNouns = set("group", "coalition", "movement", "alliance", "bloc", "faction", "camp", "platform")

// namedGroup returns the organization a group noun k is named by, or nil.
func (ps *psent) namedGroup(k int) *entity {
	if !in(groupNouns, ps.lemma(k)) || ps.ent[k] != nil {
		return nil
	}
	for _, c := range ps.kids[k] {
		if e := ps.ent[c]; e != nil && c < k && ps.rel(c) == "compound" && ps.kind[c] == mName && e.typ == domain.Organization {
			return e
		}
	}
	return nil
}

// twoCountries returns the countries sentence si names, by name, capital
// or demonym, when there are exactly two ("American troops remain in Iraq
// under an agreement with Baghdad, though the two governments have since
// agreed on …"); nil otherwise.
func (x *extractor) twoCountries(si int) []*entity {
	var out []*entity
	for _, m := range x.sents[si].ments {
		if m.ent.typ == domain.Country && !m.quoted {
			out = appendEnt(out, m.ent)
		}
	}
	if len(out) != 2 {
		return nil
	}
	return out
}

// bothSides reports whether subject k is "both sides", "the two sides",
// "both countries", "the two governments" or the like.
func (ps *psent) bothSides(k int) bool {
	if !in(sideNouns, ps.lemma(k)) {
		return false
	}
	for _, c := range ps.kids[k] {
		if l := ps.lower(c); l == "both" || l == "two" {
			return true
		}
	}
	return false
}

// sideNouns name the parties of talks as a pair.
var sideNouns = set("side", "sides", "country", "countries", "government", "governments", "party", "parties", "delegation", "delegations")

// lastParties returns the parties of the last talks, meeting, summit or
// call the article reported by sentence si: its countries and
// organizations, when there are two or more.
func (x *extractor) lastParties(si int) []*entity {
	talks := map[string]bool{}
	for _, f := range x.facts {
		if f.Predicate == domain.Category && f.Sentence <= si && (class(f.Object) == "talks" || f.Object == "phone_call") {
			talks[f.Subject] = true
		}
	}
	last, at := "", -1
	for _, f := range x.facts {
		if f.Predicate == domain.Participant && talks[f.Subject] && f.Sentence <= si && f.Sentence >= at {
			last, at = f.Subject, f.Sentence
		}
	}
	var out []*entity
	for _, f := range x.facts {
		if f.Subject == last && f.Predicate == domain.Participant {
			if e := x.byID[f.Object]; e != nil && (e.typ == domain.Country || e.typ == domain.Organization) {
				out = appendEnt(out, e)
			}
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// measureOf names the measure token k stands for, with whoever its
// possessive says proposed it: a proposal's "for" phrase, the measure
// named last for an anaphoric "the plan", the object of a gerund
// ("holding elections in 2028"), or the noun phrase of a measure noun.
func (x *extractor) measureOf(ps *psent, k int) (string, *entity, []int) {
	lemma := ps.lemma(k)
	if ps.tok(k).UPOS == "VERB" && ps.tok(k).XPOS == "VBG" {
		// "holding elections in February 2028", "extending the truce by
		// 20 days": the measure is the whole act the gerund names
		if obj := ps.kidWith(k, "obj", ""); obj >= 0 && ps.tok(obj).UPOS == "NOUN" {
			if name := ps.phraseName(k); name != "" {
				return name, nil, []int{k, obj}
			}
		}
		return "", nil, nil
	}
	if ps.ent[k] != nil || ps.tok(k).UPOS != "NOUN" {
		return "", nil, nil
	}
	var proposer *entity
	for _, c := range ps.kids[k] {
		if e := ps.ent[c]; e != nil && ps.tok(c).Deprel == "nmod:poss" && (e.typ == domain.Country || e.typ == domain.Organization) {
			proposer = e
		}
	}
	if in(proposalNouns, lemma) {
		for _, c := range ps.kids[k] {
			if ps.caseOf(c) == "for" && ps.rel(c) == "nmod" {
				name, _, used := x.measureOf(ps, c)
				return name, proposer, append(used, k)
			}
		}
		if ps.has(k, "det") && !ps.hasModifier(k) && x.lastMeasure != "" {
			return x.lastMeasure, proposer, []int{k}
		}
	}
	if !in(measureNouns, lemma) {
		return "", nil, nil
	}
	if !ps.hasModifier(k) {
		// "the deal": the measure named last, if any; a bare noun is no
		// name
		if x.lastMeasure == "" {
			return "", nil, nil
		}
		return x.lastMeasure, proposer, []int{k}
	}
	return ps.phraseName(k), proposer, []int{k}
}

// hasModifier reports whether noun k has a modifier of its own beyond
// determiners: "the plan" has none, "the border plan" has one.
func (ps *psent) hasModifier(k int) bool {
	for _, c := range ps.kids[k] {
		switch ps.rel(c) {
		case "det", "punct", "case", "cc", "acl", "ccomp":
			continue
		}
		if ps.tok(c).Deprel != "nmod:poss" {
			return true
		}
	}
	return false
}

// phraseName returns the words of noun k's phrase that name a measure:
// its modifiers and "of", "for", "in", "on" phrases, without determiners,
// possessives, relative clauses or anything after a comma.
func (ps *psent) phraseName(k int) string {
	keep := map[int]bool{k: true}
	var walk func(h int)
	walk = func(h int) {
		for _, c := range ps.kids[h] {
			r, full := ps.rel(c), ps.tok(c).Deprel
			switch {
			case r == "punct" && ps.tok(c).Form == "-":
				// "30-day": the hyphen stays
			case r == "det" || full == "nmod:poss" || r == "punct" || r == "acl" || r == "ccomp" || r == "appos" || r == "conj" || r == "cc":
				continue
			case h == k && r == "case":
				continue // "for" of "a proposal for X"
			case h == k && r == "obl" && ps.isDay(c):
				continue // "on Monday" dates the act, it does not name it
			case c > k && ps.hasCommaBetween(k, c):
				continue
			}
			keep[c] = true
			walk(c)
		}
	}
	walk(k)
	start, end := k, k
	for i := range keep {
		start, end = min(start, i), max(end, i)
	}
	// the kept words as written: "30-day ceasefire", not "30 - day"
	var b strings.Builder
	n, prev := 0, -1
	for i := start; i <= end; i++ {
		if !keep[i] || ps.rel(i) == "det" || ps.tok(i).Deprel == "nmod:poss" {
			continue
		}
		if prev >= 0 {
			if prev == i-1 {
				b.WriteString(ps.text[ps.tok(prev).End:ps.tok(i).Start])
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(ps.tok(i).Form)
		n, prev = n+1, i
	}
	if n > 12 {
		return ""
	}
	return b.String()
}

// hasCommaBetween reports whether a comma stands between tokens a and b.
func (ps *psent) hasCommaBetween(a, b int) bool {
	for i := a + 1; i < b; i++ {
		if ps.tok(i).Form == "," {
			return true
		}
	}
	return false
}

// negatedVerb reports whether verb v is negated or only hoped for: "did
// not accept", "has yet to endorse", "could reject".
func (ps *psent) negatedVerb(v int) bool {
	for _, c := range ps.kids[v] {
		switch ps.lower(c) {
		case "not", "n't", "never", "yet", "could", "might", "may", "would", "should":
			return true
		}
	}
	return ps.tok(v).Deprel == "xcomp" // "refused to accept", "hopes to sign"
}

// quoted reports whether token v lies inside a direct quote, as the
// token rules marked it.
func (ps *psent) quoted(v int) bool {
	os, _, ok := oldSpan(ps.s, ps.d, v, v+1)
	return ok && ps.s.toks[os].quoted
}

// positionIn reports whether the subject already takes a position in
// sentence si.
func (x *extractor) positionIn(subj string, si int) bool {
	for _, f := range x.facts {
		if f.Subject == subj && f.Sentence == si && (f.Predicate == domain.Endorsed || f.Predicate == domain.Proposed || f.Predicate == domain.Rejected) {
			return true
		}
	}
	return false
}

// isDay reports whether token k names a day: a weekday, "today",
// "yesterday", "tomorrow".
func (ps *psent) isDay(k int) bool {
	_, weekday := weekdayNum[ps.lower(k)]
	return weekday || ps.lower(k) == "today" || ps.lower(k) == "yesterday" || ps.lower(k) == "tomorrow"
}
