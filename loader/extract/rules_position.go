package extract

import (
	"maps"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/domain"
)

// stanceLemmas give the position a verb's subject takes on its object.
var stanceLemmas = map[string]domain.Predicate{
	"endorse": domain.Endorsed, "accept": domain.Endorsed, "back": domain.Endorsed, "agree": domain.Endorsed,
	"support": domain.Endorsed, "welcome": domain.Endorsed, "approve": domain.Endorsed,
	"embrace": domain.Endorsed, "sign": domain.Endorsed, "ratify": domain.Endorsed,
	"praise": domain.Endorsed, "hail": domain.Endorsed, "demand": domain.Endorsed,
	"adopt": domain.Endorsed, "pass": domain.Endorsed,
	"propose": domain.Proposed, "offer": domain.Proposed, "float": domain.Proposed,
	"table": domain.Proposed, "unveil": domain.Proposed, "present": domain.Proposed,
	"submit": domain.Proposed, "draft": domain.Proposed, "broker": domain.Proposed,
	"mediate": domain.Proposed, "hand": domain.Proposed,
	"reject": domain.Rejected, "oppose": domain.Rejected, "dismiss": domain.Rejected,
	"spurn": domain.Rejected, "veto": domain.Rejected, "condemn": domain.Rejected,
	"denounce": domain.Rejected,
}

// stancePreps give the position of verbs that take what they are about
// in a prepositional phrase ("voted against the resolution", "called for
// a ceasefire"), by verb lemma and preposition.
var stancePreps = map[string]map[string]domain.Predicate{
	"agree":  {"to": domain.Endorsed, "on": domain.Endorsed, "with": domain.Endorsed},
	"call":   {"for": domain.Endorsed},
	"vote":   {"for": domain.Endorsed, "against": domain.Rejected},
	"push":   {"for": domain.Endorsed},
	"press":  {"for": domain.Endorsed},
	"argue":  {"for": domain.Endorsed, "against": domain.Rejected},
	"abide":  {"by": domain.Endorsed},
	"commit": {"to": domain.Endorsed},
	"adhere": {"to": domain.Endorsed},
	"object": {"to": domain.Rejected},
	"throw":  {"behind": domain.Endorsed}, // "threw its weight behind the plan"
}

// phrasalStances are verbs whose particle makes them a stance: "put
// forward a plan", "turned down the offer".
var phrasalStances = map[string]domain.Predicate{
	"put forward": domain.Proposed, "draw up": domain.Proposed, "turn down": domain.Rejected,
}

// phrasalPreps are phrasal verbs that take their matter in a
// prepositional phrase: "backed away from the deal", "signed off on the
// pact".
var phrasalPreps = map[string]map[string]domain.Predicate{
	"back away": {"from": domain.Rejected}, "walk away": {"from": domain.Rejected},
	"pull out": {"of": domain.Rejected}, "sign off": {"on": domain.Endorsed}, "sign up": {"to": domain.Endorsed},
}

// proposalNouns stand for what they propose: "the plan", "a proposal for
// X" (then X is what is proposed).
var proposalNouns = set("proposal", "plan", "offer", "initiative", "idea", "deal", "blueprint", "roadmap", "draft",
	"call", "demand", "request", "bid")

// measureNouns head the things a position is taken on: an agreement, a
// process or a measure ("a joint administration of X", "the border
// protocol", "elections in 2028", "a 36-month transition").
var measureNouns = set("agreement", "accord", "treaty", "pact", "deal", "ceasefire", "cease-fire",
	"truce", "armistice", "protocol", "framework", "mechanism", "administration", "transition",
	"election", "elections", "referendum", "timetable", "roadmap", "extension", "exchange",
	"withdrawal", "deployment", "mission", "settlement", "arrangement", "corridor", "moratorium",
	"pause", "partition", "handover", "resolution", "sanctions", "embargo", "force", "zone",
	"commission", "monitoring", "talks", "negotiations", "negotiation", "dialogue", "presence",
	"plan", "proposal", "initiative", "understanding", "bill", "legislation", "motion", "amendment",
	"memorandum", "declaration", "swap", "law", "audit", "inquiry", "investigation", "probe", "review",
	"freeze", "deadline", "mediation", "trial")

// positionVerb: "Kenya endorsed the African Union's proposal for a joint
// administration of X" (Kenya endorsed it, the African Union proposed
// it), "Ethiopia rejected the plan" (the measure named last), "the
// council proposed holding elections in 2028", "the plan was rejected by
// Kenya", "a roadmap drafted by the African Union", "Eritrea refused to
// accept the roadmap". Negated, hoped-for and reported-only stances give
// nothing; a position the token rules read in the sentence already is
// not read twice.
func positionVerb(x *extractor, ps *psent) {
	x.measures.begin(ps.idx)
	for v := range ps.d.Tokens {
		x.noteNamed(ps, v)
		pred, preps, ok := ps.stanceOf(v)
		if !ok || ps.quoted(v) {
			continue
		}
		if ps.urged(v) {
			// "urged Kenya not to sign the pact": the urger rejects it
			if ps.has(v, "advmod") && ps.negation(v) {
				if pred != domain.Endorsed {
					continue
				}
				pred = domain.Rejected
			}
		} else if ps.hedgedStance(v) {
			continue
		}
		actors, objects := x.stanceArgs(ps, v, preps != nil)
		if ps.tok(v).Deprel == "xcomp" && !ps.has(v, "obl:agent") || ps.urged(v) {
			// "agreed to sign", "refused to accept": the stance is the
			// controlling verb's subject's
			h, flip, ok := ps.controller(v)
			if !ok || flip && pred != domain.Endorsed {
				continue
			}
			if flip {
				pred = domain.Rejected
			}
			actors, _ = x.stanceArgs(ps, h, false)
		}
		for _, c := range objects {
			p := pred
			if preps != nil && ps.rel(c) != "xcomp" {
				if p, ok = preps[ps.caseOf(c)]; !ok {
					continue
				}
			}
			name, proposer, used := x.measureOf(ps, c)
			if name == "" {
				if p == domain.Proposed && ps.tok(c).UPOS == "NOUN" {
					// "X proposed a meeting. Y rejected the proposal.":
					// the proposal is no measure
					x.measures.last = ""
				}
				continue
			}
			// the measure is named even when its actor is not known: "the
			// proposal" later refers to it
			x.noteMeasure(ps, c, used, name)
			x.statePositions(ps, actors, p, proposer, name, append([]int{v}, used...))
		}
	}
}

// stanceOf returns the position verb v's subject takes, and for verbs
// that take their matter in a prepositional phrase, the position by
// preposition.
func (ps *psent) stanceOf(v int) (domain.Predicate, map[string]domain.Predicate, bool) {
	t := ps.tok(v)
	if t.UPOS != "VERB" && !(t.UPOS == "ADJ" && ps.lemma(v) == "commit") {
		return "", nil, false
	}
	for _, c := range ps.kids[v] {
		r := ps.tok(c).Deprel
		if r != "compound:prt" && (r != "advmod" || c != v+1) {
			continue
		}
		if p, ok := phrasalStances[ps.lemma(v)+" "+ps.lower(c)]; ok {
			return p, nil, true
		}
		if preps, ok := phrasalPreps[ps.lemma(v)+" "+ps.lower(c)]; ok {
			return domain.Endorsed, preps, true
		}
		if r == "compound:prt" {
			return "", nil, false // "backed down", "signed off"
		}
	}
	if preps, ok := stancePreps[ps.lemma(v)]; ok {
		// "agreed a ceasefire" (British usage) has an object of its own
		if ps.lemma(v) == "agree" && ps.kidWith(v, "obj", "") >= 0 {
			return domain.Endorsed, nil, true
		}
		return domain.Endorsed, preps, true
	}
	p, ok := stanceLemmas[ps.lemma(v)]
	return p, nil, ok
}

// stanceArgs returns who takes the stance of verb v and the tokens that
// may name what it is taken on: the subject and object of an active verb
// (its prepositional phrases when prep), the "by" phrase and the passive
// subject of a passive one ("the plan was rejected by Kenya"), and the
// noun a participle describes ("a roadmap drafted by the African
// Union", "a U.S.-brokered truce").
func (x *extractor) stanceArgs(ps *psent, v int, prep bool) ([]*entity, []int) {
	switch r := ps.tok(v).Deprel; {
	case r == "amod" && ps.tok(v).XPOS == "VBN":
		// "a Qatari-brokered truce": the actor is the compound
		var actors []*entity
		for _, c := range ps.kids[v] {
			if c < v && (ps.rel(c) == "compound" || ps.rel(c) == "obl" || ps.rel(c) == "nmod") {
				if e := x.authorAt(ps, c, v); e != nil {
					actors = appendEnt(actors, e)
				}
			}
		}
		return actors, []int{ps.head(v)}
	case ps.tok(v).XPOS == "VBN" && ps.rel(v) == "xcomp" && ps.has(v, "obl:agent"):
		// "agreed to the proposal put forward by Egypt": the participle
		// describes the noun before it
		var actors []*entity
		for _, c := range ps.kidsWith(v, "obl:agent") {
			actors = x.actorsAt(ps, c, actors)
		}
		var objects []int
		for _, c := range ps.kids[ps.head(v)] {
			if c < v && (ps.rel(c) == "obj" || ps.rel(c) == "obl") && ps.tok(c).UPOS == "NOUN" {
				objects = []int{c}
			}
		}
		return actors, objects
	case ps.isPassive(v) && ps.kidWith(v, "obj", "") < 0 && ps.kidWith(v, "xcomp", "") < 0:
		var actors []*entity
		for _, c := range ps.kids[v] {
			if ps.tok(c).Deprel == "obl:agent" || ps.rel(c) == "obl" && ps.caseOf(c) == "by" {
				actors = x.actorsAt(ps, c, actors)
			}
		}
		if ps.rel(v) == "acl" {
			return actors, []int{ps.head(v)}
		}
		return actors, ps.kidsWith(v, "nsubj:pass")
	}
	var objects []int
	if h := ps.relativeHead(v); h >= 0 {
		// "a timetable that the party rejected": the clause's object is
		// the noun it describes
		objects = []int{h}
	} else {
		for _, c := range ps.kids[v] {
			switch r := ps.rel(c); {
			case prep && (r == "obl" || r == "nmod" || r == "xcomp" && ps.lemma(v) == "agree"):
				objects = append(objects, c) // "agreed to a truce", "agreed to halt strikes"
			case !prep && (r == "obj" || r == "xcomp" || r == "ccomp"):
				objects = append(objects, c)
			case !prep && r == "obl" && ps.caseOf(c) == "with" && ps.lemma(v) == "present":
				objects = append(objects, c) // "presented both sides with a draft truce"
			}
		}
	}
	return x.stanceActors(ps, v), objects
}

// authorAt returns the country or body that word c, hyphened to the
// participle v, names: "Qatari" of "Qatari-brokered". A name the
// recognizer spread over the participle as well is read by its words.
func (x *extractor) authorAt(ps *psent, c, v int) *entity {
	if e := ps.ent[c]; e != nil && (ps.kind[c] == mDemonym || e != ps.ent[v]) {
		if isActor(e) {
			return e
		}
		return nil
	}
	return x.countryNamed(ps.tok(c).Form)
}

// countryNamed returns the country a word names or is the demonym of
// ("Qatari", "Egypt"), or nil.
func (x *extractor) countryNamed(w string) *entity {
	if c, ok := x.demonym(w); ok {
		return x.entity(domain.Country, c)
	}
	if c, ok := x.country(w); ok {
		return x.entity(domain.Country, c)
	}
	return nil
}

// controlledStances are the verbs whose subject takes the stance of
// their infinitive ("agreed to sign the treaty"); refusals reverse it.
var (
	controlledStances = set("agree", "promise", "pledge", "vow", "decide", "move", "vote", "ready", "willing", "prepared",
		"remain", "stay")
	refusals = set("refuse", "decline")
)

// controller returns the verb or adjective whose subject takes the
// stance of infinitive v, and whether it reverses it ("refused to
// accept"); ok is false when v is only hoped for, planned or urged
// ("hopes to sign", "urged Kenya to accept") or the controller is
// negated.
func (ps *psent) controller(v int) (h int, flip, ok bool) {
	h = ps.head(v)
	if h < 0 || ps.hedgedStance(h) {
		return -1, false, false
	}
	switch l := ps.lemma(h); {
	case in(controlledStances, l) || ps.urged(v):
		return h, false, true
	case in(refusals, l):
		return h, true, true
	}
	return -1, false, false
}

// urgeLemmas take the stance of their infinitive as their subject's:
// "urged the Commission to reject the settlement" (the urger rejects it).
var urgeLemmas = set("urge", "press", "encourage", "push")

// urged reports whether verb v is the infinitive of an urging verb.
func (ps *psent) urged(v int) bool {
	h := ps.head(v)
	return h >= 0 && (ps.rel(v) == "xcomp" || ps.rel(v) == "advcl") && ps.has(v, "mark") && in(urgeLemmas, ps.lemma(h))
}

// negation reports whether verb v is negated by "not" or "never".
func (ps *psent) negation(v int) bool {
	for _, c := range ps.kids[v] {
		if l := ps.lower(c); l == "not" || l == "never" || l == "n't" {
			return true
		}
	}
	return false
}

// isActor reports whether e may take a position: a country, an
// organization or a person.
func isActor(e *entity) bool {
	return e.typ == domain.Country || e.typ == domain.Organization || e.typ == domain.Person
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
	bare := ps.tok(v).Deprel == "acl:relcl" && ps.kidWith(v, "nsubj", "") >= 0
	for _, c := range ps.kids[v] {
		r := ps.tok(c).Deprel
		if c < v && (r == "obj" || r == "mark") && in(relativePronouns, ps.lower(c)) {
			return h
		}
		if r == "obj" || r == "ccomp" || r == "xcomp" || in(relativePronouns, ps.lower(c)) {
			bare = false
		}
	}
	if bare {
		return h // "a proposal Kenya rejected": no pronoun at all
	}
	return -1
}

// statePositions states that each actor takes position pred on the
// measure named name, and that proposer proposed it, unless they take a
// position in the sentence already.
func (x *extractor) statePositions(ps *psent, actors []*entity, pred domain.Predicate, proposer *entity, name string, used []int) {
	ag := ""
	state := func(e *entity, p domain.Predicate) {
		if e == nil || x.positionIn(e.id, ps.idx, p) {
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
// subject of verb v names, with their conjuncts; a verb conjoined to
// another without a subject of its own ("Kenya backed the plan and
// rejected …") takes that verb's subject.
func (x *extractor) stanceActors(ps *psent, v int) []*entity {
	var out []*entity
	subject := false
	for _, c := range ps.kids[v] {
		if ps.tok(c).Deprel != "nsubj" {
			continue
		}
		subject = true
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
		out = x.actorsAt(ps, c, out)
	}
	h := ps.head(v)
	switch {
	case subject || h < 0:
	case ps.rel(v) == "conj" && ps.tok(h).UPOS == "VERB":
		return x.stanceActors(ps, h)
	case ps.rel(v) == "parataxis" && ps.ent[h] != nil && ps.tok(h).UPOS == "PROPN":
		// "Tekanene, 58, said …", parsed with the name as the root
		return x.actorsAt(ps, h, out)
	case ps.rel(v) == "parataxis" && (in(speechLemmas, ps.lemma(h)) || ps.tok(h).UPOS == "AUX"):
		// "Both governments said they remained committed to …", parsed
		// with the clause beside the saying: the speaker's; "Moscow has
		// so far rejected …", parsed with "has" as the main verb
		return x.stanceActors(ps, h)
	}
	return out
}

// actorsAt appends to out the actors token k and its conjuncts name: a
// country, an organization or a person, "the council" named before, "the
// Amber coalition", or the body or person a pronoun refers to.
func (x *extractor) actorsAt(ps *psent, k int, out []*entity) []*entity {
	for _, k := range withConj(ps, []int{ps.antecedent(k)}) {
		if p := ps.titledPerson(k); p != nil {
			out = appendEnt(out, p) // "Kenyan President X", parsed with the country as head
		} else if cs := x.demonymActors(ps, k); len(cs) > 0 {
			out = append(out, cs...) // "Qatari and Egyptian mediators"
		} else if p := x.ownGovernment(ps, k); p != nil {
			out = appendEnt(out, p) // "his government accepted …"
		} else if ls := x.leadersOf(ps, k); len(ls) > 0 {
			out = append(out, ls...) // "the leaders of A and B signed …"
		} else if e := ps.ent[k]; e != nil && (ps.kind[k] != mDemonym || ps.sharesAgent(k)) && isActor(e) {
			out = appendEnt(out, e)
		} else if e := x.definiteBody(ps, k); e != nil {
			out = appendEnt(out, e) // "the council proposed …"
		} else if e := ps.namedBody(k); e != nil {
			out = appendEnt(out, e) // "the consumer group BEUC"
		} else if e := ps.namedGroup(k); e != nil {
			out = appendEnt(out, e) // "the Montana Accord group rejected …"
		} else if e := x.pronounActor(ps, k); e != nil {
			out = appendEnt(out, e) // "he backed the deal"
		}
	}
	return out
}

// nationalAgents stand for a country's agents: "Qatari mediators", "the
// Kenyan government".
var nationalAgents = set("mediator", "negotiator", "official", "diplomat", "envoy", "government", "authority",
	"delegation", "leader", "minister", "administration")

// demonymActors returns the countries whose national adjectives qualify
// agent noun k: "Qatari and Egyptian mediators" (Qatar, Egypt).
func (x *extractor) demonymActors(ps *psent, k int) []*entity {
	if ps.ent[k] != nil || ps.tok(k).UPOS != "NOUN" || !in(nationalAgents, ps.lemma(k)) {
		return nil
	}
	var out []*entity
	for _, c := range ps.kidsWith(k, "amod") {
		for _, d := range withConj(ps, []int{c}) {
			e := ps.ent[d]
			if e == nil && startsUpper(ps.tok(d).Form) {
				if c, ok := x.demonym(ps.tok(d).Form); ok {
					e = x.entity(domain.Country, c)
				}
			}
			if _, dem := x.demonym(ps.tok(d).Form); e != nil && dem && e.typ == domain.Country {
				out = appendEnt(out, e)
			}
		}
	}
	return out
}

// sharesAgent reports whether national adjective k is conjoined to an
// agent noun, as the parser may read "Qatari and Egyptian mediators".
func (ps *psent) sharesAgent(k int) bool {
	for _, c := range ps.kids[k] {
		if ps.rel(c) == "conj" && ps.tok(c).UPOS == "NOUN" && in(nationalAgents, ps.lemma(c)) {
			return true
		}
	}
	return false
}

// ownGovernment returns the person "his government" or "her government"
// at noun k belongs to, as coreference links the pronoun: their stance
// is the government's (Tekanene "said his government would sign").
func (x *extractor) ownGovernment(ps *psent, k int) *entity {
	if ps.ent[k] != nil || ps.lemma(k) != "government" {
		return nil
	}
	for _, c := range ps.kids[k] {
		if l := ps.lower(c); ps.tok(c).Deprel == "nmod:poss" && (l == "his" || l == "her") {
			return x.corefAntecedent(ps.idx, c, domain.Person)
		}
	}
	return nil
}

// leaderNouns stand for the head of a country or body: "the leaders of
// A and B".
var leaderNouns = set("leader", "president", "head")

// leadersOf returns the people who lead the countries or bodies that
// "the leader(s) of …" at noun k names, as the article's roles say
// (president, prime minister or head of each), or each country or body
// itself where the article names no leader of it. Nil for any other
// noun.
func (x *extractor) leadersOf(ps *psent, k int) []*entity {
	if ps.tok(k).UPOS != "NOUN" || ps.ent[k] != nil || !in(leaderNouns, ps.lemma(k)) {
		return nil
	}
	of := -1
	for _, c := range ps.kids[k] {
		if ps.rel(c) == "nmod" && ps.caseOf(c) == "of" && ps.ent[c] != nil {
			of = c
		}
	}
	if of < 0 {
		return nil
	}
	var out []*entity
	for _, c := range withConj(ps, []int{of}) {
		e := ps.ent[c]
		if e == nil || e.typ != domain.Country && e.typ != domain.Organization {
			continue
		}
		if l := x.leaderOf(e); l != nil {
			e = l
		}
		out = appendEnt(out, e)
	}
	return out
}

// leaderOf returns the person the article names president, prime
// minister or head of e, in that order; nil for none.
func (x *extractor) leaderOf(e *entity) *entity {
	for _, p := range []domain.Predicate{domain.PresidentOf, domain.PrimeMinisterOf, domain.HeadOf} {
		for _, f := range x.facts {
			if f.Predicate == p && f.Object == e.id {
				if l := x.byID[f.Subject]; l != nil && l.typ == domain.Person {
					return l
				}
			}
		}
	}
	return nil
}

// titledPerson returns the person named after a country or body k that
// the parser made the head of "Solomon Islands Prime Minister X": a
// person hung on k after it by nmod, flat or appos. Nil otherwise.
func (ps *psent) titledPerson(k int) *entity {
	e := ps.ent[k]
	if e == nil && ps.tok(k).UPOS == "PROPN" {
		// "Justice X", the title parsed as the head of the name
		for _, c := range ps.kids[k] {
			if c > k && ps.rel(c) == "flat" && ps.isPerson(c) {
				return ps.ent[c]
			}
		}
		return nil
	}
	if e == nil || e.typ != domain.Country && e.typ != domain.Organization {
		return nil
	}
	for _, c := range ps.kids[k] {
		if r := ps.rel(c); c > k && (r == "nmod" || r == "flat" || r == "appos") && ps.caseOf(c) == "" && ps.isPerson(c) {
			return ps.ent[c]
		}
	}
	return nil
}

// pronounActor returns who subject pronoun k stands for: for "it" and
// "they" in what a country or body is said to do, the speaker ("Kenya
// said it would sign"); otherwise the person, country or organization the
// coreference model links it to.
func (x *extractor) pronounActor(ps *psent, k int) *entity {
	if ps.tok(k).UPOS != "PRON" {
		return nil
	}
	switch ps.lower(k) {
	case "it", "they":
		if v := ps.head(k); v >= 0 {
			if s := ps.head(v); s >= 0 && ps.rel(v) == "ccomp" && in(speechLemmas, ps.lemma(s)) {
				for _, c := range ps.kids[s] {
					if e := ps.ent[c]; e != nil && ps.rel(c) == "nsubj" && ps.kind[c] != mDemonym &&
						(e.typ == domain.Country || e.typ == domain.Organization) {
						return e
					}
				}
			}
		}
		return x.corefAntecedent(ps.idx, k, domain.Country, domain.Organization)
	case "he", "she":
		return x.corefAntecedent(ps.idx, k, domain.Person)
	}
	return nil
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
// agreed on …"), or else those of the nearest of the two sentences before
// that names any ("New Delhi accused Pakistan … Both governments said
// …"); nil otherwise.
func (x *extractor) twoCountries(si int) []*entity {
	for i := si; i >= 0 && i >= si-2; i-- {
		var out []*entity
		for _, m := range x.sents[i].ments {
			if m.ent.typ == domain.Country && !m.quoted {
				out = appendEnt(out, m.ent)
			}
		}
		if len(out) == 2 {
			return out
		}
		if len(out) > 0 {
			return nil
		}
	}
	return nil
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
// possessive or modifier says proposed it: a proposal's "for" phrase, the
// measure named last for an anaphoric "the plan", the object of a gerund
// ("holding elections in 2028"), what a pronoun refers to, or the noun
// phrase of a measure noun.
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
	if h := ps.head(k); ps.tok(k).XPOS == "VB" && ps.rel(k) == "xcomp" && h >= 0 && in(actVerbs, lemma) &&
		in(actTakers, ps.lemma(h)) && ps.kidWith(k, "obj", "") >= 0 {
		// "agreed to halt strikes on energy facilities for 30 days": the
		// act, as a gerund's
		if name := ps.phraseName(k); name != "" {
			return name, nil, []int{k}
		}
	}
	if h := ps.head(k); ps.tok(k).XPOS == "VB" && (ps.rel(k) == "xcomp" || ps.rel(k) == "ccomp") && h >= 0 &&
		(ps.lemma(h) == "offer" || ps.lemma(h) == "propose") && ps.tok(h).XPOS != "VBG" {
		// "offered to send rescue teams", "proposed that Kiribati join
		// the Pacific Policing Initiative": what is offered is the
		// object of the infinitive or clause
		obj := ps.kidWith(k, "obj", "")
		if obj < 0 {
			return "", nil, nil
		}
		if name := ps.namedMeasure(obj); name != "" {
			return name, nil, []int{k, obj}
		}
		if ps.tok(obj).UPOS == "NOUN" && ps.hasModifier(obj) {
			return ps.phraseName(obj), nil, []int{k, obj}
		}
		return "", nil, nil
	}
	if ps.tok(k).UPOS == "PRON" && (lemma == "it" || lemma == "this") {
		// "… while the RSF rejected it": a measure named before it in
		// the sentence, or else the one its coreference chain names
		if j := ps.measureBefore(k); j >= 0 {
			return ps.phraseName(j), nil, []int{j, k}
		}
		if name := x.corefMeasure(ps.idx, k); name != "" {
			return name, nil, []int{k}
		}
		return "", nil, nil
	}
	if name := ps.namedMeasure(k); name != "" {
		return name, nil, []int{k} // "the Pacific Policing Initiative"
	}
	if ps.ent[k] != nil || ps.tok(k).UPOS != "NOUN" {
		return "", nil, nil
	}
	if in(measurePartNouns, lemma) {
		// "the bill's hiring provisions", "the terms of the deal": the
		// measure they are part of
		if c := ps.kidWith(k, "nmod", "of"); c >= 0 {
			return x.measureOf(ps, c)
		}
		if c := ps.kidWith(k, "nmod:poss", ""); c >= 0 && ps.ent[c] == nil {
			return x.measureOf(ps, c)
		}
		// "the protocol text": the protocol named before
		if c := ps.kidWith(k, "compound", ""); c >= 0 && ps.definiteNoun(k) {
			if name, ok := x.measures.byHead[measureClass(ps.lemma(c))]; ok {
				return name, nil, []int{c, k}
			}
		}
	}
	proposer := ps.proposerOf(k)
	if h := ps.head(k); (in(proposalNouns, lemma) || in(measureNouns, lemma)) && h >= 0 && !ps.hasModifier(k) && ps.afterComma(k) {
		// "a 60-day deadline, a proposal Kenya rejected", "proposed
		// holding elections in 2029, a timetable that …": the measure it
		// describes
		switch {
		case ps.rel(k) == "appos" && ps.tok(h).UPOS == "NOUN":
			return x.measureOf(ps, h)
		case ps.rel(k) == "appos" || ps.rel(k) == "parataxis" || ps.tok(h).UPOS == "PUNCT":
			// (the parser may hang the phrase on the full stop)
			if x.measures.last != "" && x.measures.lastSent == ps.idx {
				return x.measures.last, nil, []int{k}
			}
			if j := ps.measureBefore(k); j >= 0 {
				return ps.phraseName(j), nil, []int{j, k}
			}
		}
	}
	if in(proposalNouns, lemma) {
		if c := ps.proposalComplement(k); c >= 0 {
			if name, _, used := x.measureOf(ps, c); name != "" {
				return name, proposer, append(used, k)
			}
		}
	}
	if !in(measureNouns, lemma) && !in(proposalNouns, lemma) {
		return "", nil, nil
	}
	if ps.hasModifier(k) {
		if !in(measureNouns, lemma) {
			return "", nil, nil // "renewed calls", "a new demand"
		}
		name := ps.phraseName(k)
		if full := x.fullerMeasure(ps, k, name); full != "" {
			return full, proposer, []int{k}
		}
		return name, proposer, []int{k}
	}
	if name := x.antecedentMeasure(ps, k); name != "" {
		return name, proposer, []int{k}
	}
	return "", nil, nil
}

// antecedentMeasure names the measure an unmodified noun k stands for:
// for "the roadmap" or "that demand", the measure named last with the
// same head noun, for "the deal" or "the proposal", which may stand for
// any, the measure named last; a noun that names its kind by itself ("a
// settlement", "the truce") names a measure of its own otherwise. An
// indefinite "a proposal" refers to nothing named before.
func (x *extractor) antecedentMeasure(ps *psent, k int) string {
	lemma := ps.lemma(k)
	if ps.definiteNoun(k) {
		if name, ok := x.measures.byHead[measureClass(lemma)]; ok {
			return name
		}
		if in(anyMeasureNouns, lemma) && x.measures.last != "" {
			return x.measures.last
		}
	}
	if in(truceNouns, lemma) {
		return measureClass(lemma)
	}
	if in(bareMeasures, lemma) && ps.has(k, "det") {
		return lemma
	}
	return ""
}

// fullerMeasure returns the fuller name of the measure definite noun k
// refers to when its name, given as name, says less: "the Kiribati
// agreement" after "a security agreement between Kiribati and China".
// It is "" when k is indefinite or the memory holds no such measure.
func (x *extractor) fullerMeasure(ps *psent, k int, name string) string {
	if !ps.definiteNoun(k) {
		return ""
	}
	class := measureClass(ps.lemma(k))
	for i := len(x.measures.all) - 1; i >= 0; i-- {
		prev := x.measures.all[i]
		if prev.class != class || prev.name == name {
			continue
		}
		if containsWords(prev.name, name, ps.lower(k)) {
			return prev.name
		}
	}
	return ""
}

// containsWords reports whether every word of name but head is a word
// of full.
func containsWords(full, name, head string) bool {
	have := strings.Fields(strings.ToLower(full))
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if w != head && !slices.Contains(have, w) {
			return false
		}
	}
	return true
}

// anyMeasureNouns may stand for a measure of any kind named before: "the
// deal", "the proposal", "the offer".
var anyMeasureNouns = set("proposal", "plan", "offer", "initiative", "idea", "deal", "blueprint", "roadmap",
	"draft", "agreement", "accord", "pact", "arrangement", "framework", "text", "measure", "call", "demand", "request")

// measureClass is the noun under which a measure named with head lemma
// is remembered: a truce is a ceasefire.
func measureClass(lemma string) string {
	switch {
	case in(truceNouns, lemma):
		return "ceasefire"
	case in(agreementNouns, lemma):
		return "agreement"
	case lemma == "act" || lemma == "legislation":
		return "bill"
	}
	return lemma
}

// agreementNouns name a concluded agreement: "the pact" is the security
// agreement named before.
var agreementNouns = set("agreement", "pact", "accord", "treaty", "deal", "arrangement")

// definiteNoun reports whether noun k is definite: "the", "this",
// "that" or a possessive before it.
func (ps *psent) definiteNoun(k int) bool {
	for _, c := range ps.kids[k] {
		if ps.tok(c).Deprel == "nmod:poss" || ps.rel(c) == "det" && in(definiteDets, ps.lower(c)) {
			return true
		}
	}
	return false
}

// definiteDets are the determiners of a noun that refers back.
var definiteDets = set("the", "this", "that", "these", "those")

// measureMemory is what the position rules remember of the measures an
// article named, for "the plan" and "the roadmap" later.
type measureMemory struct {
	last     string            // the measure named last
	lastSent int               // the sentence that named it
	byHead   map[string]string // the measure named last by head class
	used     map[int]bool      // the tokens that named the last one
	all      []notedMeasure    // every measure named, in order
	// at is the memory as each sentence began, for the rules that run
	// after position-verb has read the whole article
	at map[int]measureMemory
}

// note remembers the measure name, named in sentence si with head lemmas
// heads.
func (m *measureMemory) note(si int, name string, heads ...string) {
	m.last, m.lastSent = name, si
	if m.byHead == nil {
		m.byHead = map[string]string{}
	}
	for _, h := range heads {
		m.byHead[measureClass(h)] = name
		m.all = append(m.all, notedMeasure{name, measureClass(h)})
	}
}

// notedMeasure is a measure named and the class of its head noun.
type notedMeasure struct{ name, class string }

// begin records the memory as sentence si begins.
func (m *measureMemory) begin(si int) {
	if m.at == nil {
		m.at = map[int]measureMemory{}
	}
	m.at[si] = measureMemory{last: m.last, lastSent: m.lastSent, byHead: maps.Clone(m.byHead), all: slices.Clip(m.all)}
}

// restore sets the memory back to what it was as sentence si began.
func (m *measureMemory) restore(si int) {
	if at, ok := m.at[si]; ok {
		m.last, m.lastSent, m.byHead, m.all = at.last, at.lastSent, maps.Clone(at.byHead), at.all
	}
}

// accordNouns name agreements and proposals, which are remembered
// wherever they are named; a trial or a review is remembered only where
// someone takes a position on it.
var accordNouns = set("agreement", "pact", "accord", "treaty", "deal", "arrangement", "ceasefire", "cease-fire",
	"truce", "armistice", "protocol", "roadmap", "framework", "plan", "proposal", "initiative", "resolution",
	"bill", "statute", "settlement", "referendum", "exchange", "swap", "memorandum")

// measurePartNouns name a part or a step of a measure, which a position
// on it is a position on: "rejected the bill's contract provisions",
// "welcomed the signing of the treaty", "backed the idea of a truce".
var measurePartNouns = set("provision", "term", "element", "clause", "detail", "version", "text",
	"announcement", "signing", "adoption", "implementation", "conclusion", "idea")

// namedHeads end the names of measures written as proper names: "the
// Pacific Policing Initiative", "the Air Traffic Staffing Act".
var namedHeads = set("initiative", "act", "accord", "accords", "agreement", "treaty", "plan", "protocol",
	"convention", "pact", "framework", "roadmap", "charter")

// namedMeasure returns the name of the measure token k heads when it is
// written as a proper name the recognizer took for an organization ("the
// Pacific Policing Initiative"); "" otherwise.
func (ps *psent) namedMeasure(k int) string {
	e := ps.ent[k]
	if e == nil && ps.tok(k).UPOS == "PROPN" && in(namedHeads, ps.lemma(k)) {
		// a name no one recognized: "the Air Traffic Staffing Act"
		start := k
		for i := k - 1; i >= 0 && startsUpper(ps.tok(i).Form) && ps.tok(i).UPOS != "DET" && ps.ent[i] == nil && ps.head(i) > i && ps.head(i) <= k; i-- {
			start = i
		}
		if start == k {
			return ""
		}
		return ps.words(start, k+1)
	}
	if e == nil || e.typ != domain.Organization || !in(namedHeads, ps.lemma(k)) {
		return ""
	}
	if _, end := ps.mentionSpan(k); end != k+1 {
		return "" // not the name's last word
	}
	return e.name
}

// noteNamed remembers the measure noun k names with words of its own
// ("a proposed security agreement between A and B"), whoever takes a
// position on it, for "the pact" later.
func (x *extractor) noteNamed(ps *psent, k int) {
	if name := ps.namedMeasure(k); name != "" {
		x.measures.note(ps.idx, name, ps.lemma(k))
		return
	}
	if ps.tok(k).UPOS != "NOUN" || ps.ent[k] != nil || !in(accordNouns, ps.lemma(k)) || !ps.hasModifier(k) || ps.quoted(k) {
		return
	}
	if x.measures.used[k] && x.measures.lastSent == ps.idx {
		return // the object of a measure named already: "extending the observer mission"
	}
	if name := ps.phraseName(k); name != "" {
		x.measures.note(ps.idx, name, ps.lemma(k))
	}
}

// noteMeasure remembers the measure named name at object token c (whose
// name the tokens used gave), for "the plan" and "the roadmap" later.
func (x *extractor) noteMeasure(ps *psent, c int, used []int, name string) {
	heads := []string{ps.lemma(c)}
	if len(used) > 0 && ps.tok(used[0]).UPOS == "NOUN" {
		heads = append(heads, ps.lemma(used[0]))
	}
	x.measures.note(ps.idx, name, heads...)
	x.measures.used = map[int]bool{}
	for _, k := range used {
		x.measures.used[k] = true
	}
}

// bareMeasures are the measure nouns that name one kind of measure by
// themselves, where "the deal" or "the plan" may be anything.
var bareMeasures = set("settlement", "treaty", "referendum", "transition", "audit", "inquiry",
	"investigation", "review", "moratorium", "withdrawal", "freeze", "deadline", "mediation", "trial",
	"handover", "partition")

// actVerbs name the acts that are measures when agreed or offered:
// "agreed to halt strikes", "offered to extend the truce".
var actVerbs = set("halt", "stop", "cease", "suspend", "pause", "end", "extend", "exchange", "swap", "freeze")

// actTakers are the verbs whose infinitive act is what their subject
// takes a position on.
var actTakers = set("agree", "offer", "propose", "pledge", "promise")

// truceNouns name a truce by themselves, with no modifier.
var truceNouns = set("ceasefire", "cease-fire", "truce", "armistice")

// proposalComplement returns what proposal noun k proposes: its "for"
// or "of" phrase ("a proposal for a buffer zone", "an offer of a
// prisoner swap"), also where the parser hung the phrase on the verb
// whose object the noun is ("backing a proposal for a corridor"); -1 for
// none.
func (ps *psent) proposalComplement(k int) int {
	for _, c := range ps.kids[k] {
		if cs := ps.caseOf(c); ps.rel(c) == "nmod" && (cs == "for" || cs == "of" && ps.lemma(k) == "offer") {
			return c
		}
	}
	if v := ps.head(k); v >= 0 && ps.rel(k) == "obj" {
		for _, c := range ps.kids[v] {
			if c > k && ps.rel(c) == "obl" && ps.caseOf(c) == "for" && ps.caseAt(c) == ps.subtreeEnd(k) {
				return c
			}
		}
	}
	return -1
}

// proposerOf returns the country or organization that noun k's
// possessive names ("the African Union's proposal"), or, for a proposal
// noun, its national adjective or name modifier ("a Norwegian proposal",
// "the U.S. plan").
func (ps *psent) proposerOf(k int) *entity {
	for _, c := range ps.kids[k] {
		e := ps.ent[c]
		if e == nil || e.typ != domain.Country && e.typ != domain.Organization {
			continue
		}
		switch {
		case ps.tok(c).Deprel == "nmod:poss":
			return e
		case c < k && in(proposalNouns, ps.lemma(k)) && (ps.rel(c) == "compound" || ps.rel(c) == "amod" && ps.kind[c] == mDemonym && e.typ == domain.Country):
			return e // "the U.S. proposal", "a Norwegian plan"
		}
	}
	return nil
}

// measureBefore returns the last measure noun with a name of its own
// before token k, or -1.
func (ps *psent) measureBefore(k int) int {
	for j := k - 1; j >= 0; j-- {
		if ps.tok(j).UPOS == "NOUN" && ps.ent[j] == nil && in(measureNouns, ps.lemma(j)) && ps.hasModifier(j) {
			return j
		}
	}
	return -1
}

// afterComma reports whether noun phrase k follows a comma: "…, a
// proposal Kenya rejected".
func (ps *psent) afterComma(k int) bool {
	first := k
	for _, c := range ps.kids[k] {
		if c < first && ps.rel(c) != "punct" {
			first = c
		}
	}
	return first > 0 && ps.tok(first-1).Form == ","
}

// caseAt returns the index of the preposition marking token k, or -1.
func (ps *psent) caseAt(k int) int {
	for _, c := range ps.kids[k] {
		if ps.tok(c).Deprel == "case" && c < k {
			return c
		}
	}
	return -1
}

// corefMeasure names the measure pronoun k of sentence si refers to: the
// nearest earlier mention of its coreference chain that names one.
func (x *extractor) corefMeasure(si, k int) string {
	if x.annot == nil {
		return ""
	}
	for _, ch := range x.annot.Chains {
		for i, m := range ch {
			if m.Sent != si || k < m.Start || k >= m.End {
				continue
			}
			for j := i - 1; j >= 0; j-- {
				a := ch[j]
				if a.Sent < 0 || a.Sent >= len(x.parsed) || x.parsed[a.Sent] == nil {
					continue
				}
				aps := x.parsed[a.Sent]
				if in(measureNouns, aps.lemma(a.Head)) && aps.hasModifier(a.Head) {
					return aps.phraseName(a.Head)
				}
			}
			return ""
		}
	}
	return ""
}

// hasModifier reports whether noun k has a modifier of its own that
// names it beyond determiners and its proposer: "the plan" and "the
// Kenyan plan" have none, "the border plan" has one.
func (ps *psent) hasModifier(k int) bool {
	for _, c := range ps.kids[k] {
		switch ps.rel(c) {
		case "det", "punct", "case", "cc", "acl", "ccomp", "appos", "conj", "parataxis", "list", "dep", "xcomp", "advmod":
			continue // phraseName leaves these out
		}
		if ps.tok(c).Deprel == "nmod:poss" || ps.isProposerMod(k, c) || in(agreementAdjectives, ps.lower(c)) {
			continue
		}
		return true
	}
	return false
}

// isProposerMod reports whether modifier c of proposal noun k names its
// author rather than its matter: "a Norwegian proposal", "the U.S.
// plan", "a U.S.-brokered deal".
func (ps *psent) isProposerMod(k, c int) bool {
	if ps.rel(c) == "amod" && ps.tok(c).XPOS == "VBN" {
		if _, ok := stanceLemmas[ps.lemma(c)]; ok {
			return true // "Qatari-mediated" read as two words
		}
	}
	if f := ps.lower(c); ps.rel(c) == "amod" && strings.Contains(f, "-") {
		if _, ok := authorParticiples[f[strings.LastIndex(f, "-")+1:]]; ok {
			return true // "U.S.-brokered"
		}
	}
	// a name stays in the measure's name ("the IAEA roadmap"), a
	// national adjective does not ("a Norwegian proposal")
	e := ps.ent[c]
	return e != nil && in(proposalNouns, ps.lemma(k)) && e.typ == domain.Country && ps.kind[c] == mDemonym && ps.rel(c) == "amod"
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
			case r == "det" || full == "nmod:poss" || r == "punct" || r == "acl" || r == "ccomp" || r == "appos" || r == "conj" || r == "cc" ||
				r == "advmod" || r == "parataxis" || r == "xcomp":
				continue
			case h == k && (r == "case" || r == "mark"):
				continue // "for" of "a proposal for X", "to" of "to halt"
			case h == k && ((r == "amod" || r == "compound") && in(agreementAdjectives, ps.lower(c)) || ps.isProposerMod(k, c)):
				continue // "a new ceasefire proposal", "the Kenyan peace plan"
			case h == k && r == "nmod" && ps.caseOf(c) == "to":
				continue // "a proposal to both sides"
			case (r == "obl" || r == "nmod") && ps.isDay(c):
				continue // "on Monday" dates the act, it does not name it
			case h == k && r == "obl" && ps.caseOf(c) == "in" && (ps.lemma(c) == "return" || ps.lemma(c) == "exchange"):
				continue // "… in return for the release of 15 captives" is the price, not the act
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

// hedgedStance reports whether a stance verb v is negated or only
// possible: "did not accept", "has yet to endorse", "could reject". A
// stance reported as future is taken ("Kenya said it would sign the
// treaty"), one stated as conditional is not ("Kenya would sign if …").
func (ps *psent) hedgedStance(v int) bool {
	for _, c := range ps.kids[v] {
		switch ps.lower(c) {
		case "not", "n't", "never", "yet", "could", "might", "may", "should":
			return true
		case "would", "will", "'ll", "'d":
			if ps.rel(v) != "ccomp" || !in(speechLemmas, ps.lemma(max(ps.head(v), 0))) || ps.has(v, "advcl") {
				return true
			}
		}
	}
	return false
}

// quoted reports whether token v lies inside a direct quote, as the
// token rules marked it.
func (ps *psent) quoted(v int) bool {
	os, _, ok := oldSpan(ps.s, ps.d, v, v+1)
	return ok && ps.s.toks[os].quoted
}

// positionIn reports whether the subject already takes a position of
// the same side as p (support: proposed or endorsed; opposition:
// rejected) in sentence si: one actor may back one measure and reject
// another in a sentence, but a measure read twice under two names is one
// position.
func (x *extractor) positionIn(subj string, si int, p domain.Predicate) bool {
	for _, f := range x.facts {
		if f.Subject == subj && f.Sentence == si && isPosition(f.Predicate) && (f.Predicate == domain.Rejected) == (p == domain.Rejected) {
			return true
		}
	}
	return false
}

// isPosition reports whether p states a position on a measure.
func isPosition(p domain.Predicate) bool {
	return p == domain.Endorsed || p == domain.Proposed || p == domain.Rejected
}

// isDay reports whether token k names a day: a weekday, "today",
// "yesterday", "tomorrow".
func (ps *psent) isDay(k int) bool {
	_, weekday := weekdayNum[ps.lower(k)]
	return weekday || ps.lower(k) == "today" || ps.lower(k) == "yesterday" || ps.lower(k) == "tomorrow"
}

// stanceNouns give the position their possessor or the subject of the
// verb they are the object of takes: "Somalia voiced support for the
// plan", "Kenya's rejection of the deal".
var stanceNouns = map[string]domain.Predicate{
	"support": domain.Endorsed, "backing": domain.Endorsed, "back": domain.Endorsed, "endorsement": domain.Endorsed,
	"approval": domain.Endorsed, "acceptance": domain.Endorsed,
	"opposition": domain.Rejected, "rejection": domain.Rejected,
}

// authorParticiples end the hyphenated adjectives that name who made or
// backs a measure: "a U.S.-brokered truce", "the EU-backed plan".
var authorParticiples = map[string]domain.Predicate{
	"brokered": domain.Proposed, "mediated": domain.Proposed, "proposed": domain.Proposed,
	"drafted": domain.Proposed, "sponsored": domain.Proposed,
	"backed": domain.Endorsed, "supported": domain.Endorsed, "endorsed": domain.Endorsed,
}

// positionNoun: stances that nouns and adjectives state. "Somalia voiced
// support for the peace plan" (Somalia endorsed it), "a Qatari-brokered
// truce" (Qatar proposed it), "Kenya's proposal for a buffer zone" (Kenya
// proposed it).
func positionNoun(x *extractor, ps *psent) {
	x.measures.restore(ps.idx)
	defer func() {
		if ps.idx == x.lastParsed() {
			// each position's agreement by the fullest name another
			// position gives it: the token rules' "Kiribati agreement"
			// is the "security agreement between Kiribati and China"
			x.mergeAgreements(sameKind)
		}
	}()
	for k := range ps.d.Tokens {
		if ps.quoted(k) {
			continue
		}
		if e, p := x.hyphenAuthor(ps, k); e != nil {
			if name, _, used := x.measureOf(ps, ps.head(k)); name != "" {
				x.statePositions(ps, []*entity{e}, p, nil, name, append(used, k))
			}
			continue
		}
		if ps.tok(k).UPOS != "NOUN" && !(ps.tok(k).XPOS == "VBG" && ps.rel(k) == "obj") {
			continue // "its backing", read as a gerund, is a noun too
		}
		if p, ok := agentStances[ps.lemma(k)]; ok {
			// "X, a co-sponsor of the bill", "X is the architect of the
			// plan"
			if c := ps.kidWith(k, "nmod", "of"); c >= 0 {
				if name, _, used := x.measureOf(ps, c); name != "" {
					x.statePositions(ps, x.describedActors(ps, k), p, nil, name, append(used, k))
				}
			}
			continue
		}
		if p, ok := stanceNouns[ps.lemma(k)]; ok || ps.reachedAgreement(k) {
			if !ok {
				p = domain.Endorsed
			}
			if c := ps.stanceNounObject(k); c >= 0 {
				if name, proposer, used := x.measureOf(ps, c); name != "" {
					x.statePositions(ps, x.stanceNounActors(ps, k), p, proposer, name, append(used, k))
				}
			}
			continue
		}
		if in(proposalNouns, ps.lemma(k)) && ps.lemma(k) != "deal" {
			if e := ps.proposerOf(k); e != nil {
				if name, _, used := x.measureOf(ps, k); name != "" {
					x.statePositions(ps, []*entity{e}, domain.Proposed, nil, name, used)
				}
			}
		}
	}
}

// agentStances are nouns for people and bodies by the stance they take
// on a measure: "a co-sponsor of the bill", "critics of the deal".
var agentStances = map[string]domain.Predicate{
	"sponsor": domain.Endorsed, "co-sponsor": domain.Endorsed, "cosponsor": domain.Endorsed,
	"backer": domain.Endorsed, "supporter": domain.Endorsed, "proponent": domain.Endorsed,
	"architect": domain.Proposed, "author": domain.Proposed,
	"opponent": domain.Rejected, "critic": domain.Rejected,
}

// describedActors returns who noun k describes: the name it is in
// apposition to ("X, a co-sponsor of the bill"), or the subject of the
// copula it is the predicate of ("X is the architect of the plan").
func (x *extractor) describedActors(ps *psent, k int) []*entity {
	if h := ps.head(k); h >= 0 && ps.rel(k) == "appos" {
		return x.actorsAt(ps, h, nil)
	}
	for _, a := range ps.kids[k] {
		if ps.rel(a) == "appos" && a < k {
			return x.actorsAt(ps, a, nil)
		}
	}
	if ps.has(k, "cop") && !ps.hedgedStance(k) {
		if s := ps.kidWith(k, "nsubj", ""); s >= 0 {
			return x.actorsAt(ps, s, nil)
		}
	}
	return nil
}

// reachedAgreement reports whether noun k is the agreement or deal its
// verb's subject reached on something: "reached agreement on a joint
// commission", "struck a deal on …".
func (ps *psent) reachedAgreement(k int) bool {
	v := ps.head(k)
	l := ps.lemma(k)
	return v >= 0 && (l == "agreement" || l == "deal") && ps.rel(k) == "obj" && (ps.lemma(v) == "reach" || ps.lemma(v) == "strike")
}

// hyphenAuthor returns who a hyphenated adjective k says made or backs
// the noun it modifies, and how: "U.S.-brokered" (the United States
// proposed it), "EU-backed".
func (x *extractor) hyphenAuthor(ps *psent, k int) (*entity, domain.Predicate) {
	form := ps.tok(k).Form
	i := strings.LastIndex(form, "-")
	if i <= 0 || ps.rel(k) != "amod" || ps.head(k) < 0 {
		return nil, ""
	}
	p, ok := authorParticiples[strings.ToLower(form[i+1:])]
	if !ok {
		return nil, ""
	}
	prefix := form[:i]
	at := ps.tok(k).Start - ps.d.Start
	for _, m := range ps.s.ments {
		if ps.s.toks[m.start].start == at && ps.s.toks[m.end-1].end <= at+i && isActor(m.ent) {
			return m.ent, p
		}
	}
	if e := x.countryNamed(prefix); e != nil {
		return e, p
	}
	return nil, ""
}

// stanceNounObject returns what stance noun k is about: its "for", "of"
// or "to" phrase, also where the parser hung that phrase on the verb
// whose object the noun is ("voiced support for the plan"); -1 for none.
func (ps *psent) stanceNounObject(k int) int {
	on := ps.reachedAgreement(k)
	about := func(cs string) bool { return cs == "for" || cs == "of" || cs == "to" || cs == "on" && on }
	for _, c := range ps.kids[k] {
		if r := ps.rel(c); (r == "nmod" || r == "obl") && about(ps.caseOf(c)) {
			return c
		}
	}
	if v := ps.head(k); v >= 0 && ps.rel(k) == "obj" {
		for _, c := range ps.kids[v] {
			if c > k && ps.rel(c) == "obl" && about(ps.caseOf(c)) && ps.caseOf(c) != "of" && ps.caseAt(c) == ps.subtreeEnd(k) {
				return c
			}
		}
	}
	return -1
}

// stanceNounActors returns who holds the stance of noun k: its possessor
// ("Kenya's support"), or the subject of the verb it is the object of
// ("Kenya voiced support", "Kenya voted in support of"), unless that
// verb is negated or only possible.
func (x *extractor) stanceNounActors(ps *psent, k int) []*entity {
	for _, c := range ps.kids[k] {
		if ps.tok(c).Deprel == "nmod:poss" {
			if e := x.bodyAt(ps, c); e != nil && isActor(e) && ps.kind[c] != mDemonym {
				return []*entity{e}
			}
			return nil
		}
	}
	v := ps.head(k)
	if v < 0 || ps.tok(v).UPOS != "VERB" || ps.hedgedStance(v) {
		return nil
	}
	if ps.rel(k) == "obj" || ps.rel(k) == "obl" && ps.caseOf(k) == "in" {
		return x.stanceActors(ps, v)
	}
	return nil
}

// lastParsed returns the index of the last sentence the structure rules
// read, or -1.
func (x *extractor) lastParsed() int {
	for i := len(x.parsed) - 1; i >= 0; i-- {
		if x.parsed[i] != nil && !x.parsed[i].s.title {
			return i
		}
	}
	return -1
}

// sameKind reports whether the measure named a is of a kind name b
// holds: b has a word of the class of a's last word ("Kiribati
// agreement", "security pact with Kiribati").
func sameKind(a, b string) bool {
	class := measureClass(strings.ToLower(lastWord(a)))
	for _, w := range strings.Fields(strings.ToLower(b)) {
		if measureClass(w) == class {
			return true
		}
	}
	return false
}
