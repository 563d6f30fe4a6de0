package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// agreementHeads are the nouns that name a proposal, deal or ceasefire.
// Generic ones ("plan", "deal") only count with a qualifying modifier.
var agreementHeads = set("ceasefire", "cease-fire", "truce", "pause", "armistice", "halt",
	"deal", "agreement", "accord", "accords", "treaty", "plan", "proposal", "exchange",
	"swap", "roadmap", "moratorium")

// genericHeads need a modifier or a complement to name an agreement.
var genericHeads = set("deal", "agreement", "plan", "proposal", "exchange", "swap", "pause", "halt", "roadmap")

// domainWords say what an agreement covers and stay in its name: "energy
// ceasefire", "prisoner exchange".
var domainWords = set("energy", "maritime", "humanitarian", "prisoner", "prisoners", "peace",
	"nuclear", "grain", "trade", "security", "naval", "sea", "air", "hostage", "hostages", "border")

// agreementAdjectives may stand before an agreement's head without being
// part of its name: "a full and immediate 60-day pause".
var agreementAdjectives = set("partial", "full", "immediate", "limited", "temporary", "complete",
	"comprehensive", "unconditional", "general", "proposed", "possible", "new", "potential",
	"lasting", "permanent", "durable", "total", "broader", "wider", "initial", "and", ",",
	"longer", "short-term", "long-term", "fragile", "so-called", "mutual")

// Stance verbs, by the position they give the subject.
var (
	endorseVerbs = set("accepted", "accept", "accepts", "accepting", "endorsed", "endorse",
		"endorses", "backed", "backs", "back", "supported", "supports", "support", "welcomed",
		"welcomes", "signed", "signs", "approved", "approves", "agreed", "agree", "agrees",
		"push", "pushed", "pushing", "insisting", "insisted", "insists", "called", "calling",
		"calls", "sought", "seeks", "seeking", "embraced", "embraces")
	proposeVerbs = set("proposed", "proposes", "propose", "proposing", "offered", "offers",
		"floated", "floats", "unveiled", "unveils", "drafted", "tabled")
	rejectVerbs = set("rejected", "rejects", "reject", "rejecting", "refused", "refuses",
		"dismissed", "dismisses", "opposed", "opposes", "spurned", "spurns", "vetoed")
)

// agreementNP is an agreement named in a sentence: tokens [start, end).
type agreementNP struct {
	start, end int
	name       string
}

// findPositions reads actors' positions on agreements: "Ethiopia endorsed
// an American proposal for a 60-day ceasefire" (Ethiopia endorsed it, the
// United States proposed it), "Kamau has rejected the proposal", "a
// ceasefire which Cairo and Doha agreed to", "Nairobi's plan for a
// 60-day ceasefire". Negated or hypothetical stances ("has yet to agree")
// give nothing.
func (x *extractor) findPositions() {
	var last *agreementNP
	for si := range x.sents {
		s := &x.sents[si]
		if s.headline {
			continue
		}
		nps := x.agreements(s)
		for vi := range s.toks {
			t := &s.toks[vi]
			if t.kind != tWord || t.quoted {
				continue
			}
			var p graph.Predicate
			switch {
			case in(endorseVerbs, t.lower):
				p = graph.Endorsed
			case in(proposeVerbs, t.lower):
				p = graph.Proposed
			case in(rejectVerbs, t.lower):
				p = graph.Rejected
			default:
				continue
			}
			if (t.lower == "called" || t.lower == "calling" || t.lower == "calls" || t.lower == "push" || t.lower == "pushed" || t.lower == "pushing") && lowerAt(s.toks, vi+1) != "for" {
				continue
			}
			if strings.HasPrefix(t.lower, "insist") && lowerAt(s.toks, vi+1) != "on" {
				continue
			}
			if negated(s.toks, vi) {
				continue
			}
			np, proposer := objectAgreement(s, vi, nps, last)
			actors, rel := x.stanceSubjects(s, vi, nps)
			if rel != nil {
				np = rel
			}
			if np == nil || len(actors) == 0 {
				continue
			}
			ag := x.agreement(np.name)
			for _, a := range actors {
				x.addFact(a.id, p, ag, false, s.idx, s.hedge)
			}
			if proposer != nil {
				x.addFact(proposer.id, graph.Proposed, ag, false, s.idx, s.hedge)
			}
		}
		// "Nairobi's plan for a 60-day ceasefire", "an American proposal
		// for …": the owner of a plan proposed it.
		for _, np := range nps {
			if owner := planOwner(s, np.start); owner != nil {
				x.addFact(owner.id, graph.Proposed, x.agreement(np.name), false, s.idx, s.hedge)
			}
		}
		if len(nps) > 0 {
			last = &nps[len(nps)-1]
		}
	}
}

// agreement returns the ID of the Agreement node named name, creating it.
func (x *extractor) agreement(name string) string {
	id := graph.NodeID(graph.Agreement, name)
	if _, ok := x.agreementIDs[id]; !ok {
		x.agreementIDs[id] = struct{}{}
		x.nodes = append(x.nodes, graph.Node{ID: id, Type: graph.Agreement, Name: name})
	}
	return id
}

// negated reports whether the verb at v is negated or still pending: "did
// not accept", "has yet to agree", "would never accept".
func negated(toks []token, v int) bool {
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		switch toks[k].lower {
		case "not", "never", "n't", "yet", "no", "without", "refuse", "refused", "declined":
			return true
		}
	}
	return false
}

// agreements finds the agreements a sentence names.
func (x *extractor) agreements(s *sentence) []agreementNP {
	toks := s.toks
	var out []agreementNP
	for h := range toks {
		t := &toks[h]
		if t.kind != tWord || t.quoted || !in(agreementHeads, t.lower) {
			continue
		}
		// "agreed to halt": a verb, not a noun.
		if lowerAt(toks, h-1) == "to" {
			continue
		}
		// "proposal for a ceasefire": the agreement is the complement.
		if (t.lower == "proposal" || t.lower == "plan") && lowerAt(toks, h+1) == "for" {
			continue
		}
		start := h
		var mods []string
		for k := h - 1; k >= 0; k-- {
			w := &toks[k]
			switch {
			case w.kind == tNum || (strings.Contains(w.lower, "-") && !w.cap):
				mods = append([]string{w.lower}, mods...)
			case in(domainWords, w.lower) && !w.cap:
				mods = append([]string{strings.TrimSuffix(w.lower, "s")}, mods...)
			case in(agreementAdjectives, w.lower):
			case w.cap && w.kind == tWord && mentionAt(s, k) != nil:
				// "Red Sea ceasefire": a named place qualifies it
				m := mentionAt(s, k)
				mods = append([]string{m.ent.name}, mods...)
				k = m.start
			default:
				k = -1
				continue
			}
			start = k
		}
		head := t.lower
		if head == "cease-fire" {
			head = "ceasefire"
		}
		switch head {
		case "swap":
			head = "exchange"
		case "truce", "armistice", "pause", "halt":
			// one name for one thing, so that articles meet: a "60-day
			// pause" and a "60-day truce" are the 60-day ceasefire
			head = "ceasefire"
		}
		// Complements: "covering energy infrastructure", "involving 1,000
		// prisoners", "in Ethiopia", "on energy facilities".
		end := h + 1
		for k := h + 1; k < len(toks) && k <= h+6; k++ {
			w := toks[k].lower
			if toks[k].text == "," || toks[k].text == "." || toks[k].kind == tQuote {
				break
			}
			if in(domainWords, w) && !slices.Contains(mods, strings.TrimSuffix(w, "s")) {
				mods = append(mods, strings.TrimSuffix(w, "s"))
				end = k + 1
			}
			if m := mentionAt(s, k); m != nil && m.start == k && lowerAt(toks, k-1) == "in" && k == h+2 && len(mods) == 0 &&
				(m.ent.typ == graph.Country || m.ent.typ == graph.Place) {
				mods = append([]string{m.ent.name}, mods...)
				end = m.end
			}
		}
		if len(mods) == 0 && in(genericHeads, t.lower) {
			continue
		}
		out = append(out, agreementNP{start: start, end: end, name: strings.Join(append(mods, head), " ")})
	}
	return out
}

// objectAgreement returns the agreement the verb at v takes as object: the
// first one named within a few words ("accepted a proposal for a 60-day
// ceasefire", "agreed to an exchange"), or, for "the proposal", "the plan"
// or "it", the last agreement named. It also returns who proposed it when
// the object says so ("an American proposal for …").
func objectAgreement(s *sentence, v int, nps []agreementNP, last *agreementNP) (*agreementNP, *entity) {
	toks := s.toks
	// "rejected the proposal", "accepted it": the last agreement named.
	k := v + 1
	det := false
	if w := lowerAt(toks, k); w == "the" || w == "this" || w == "that" {
		k++
		det = true
	}
	if w := lowerAt(toks, k); w == "it" && !det || det && (w == "proposal" || w == "plan" || w == "offer" || w == "deal" || w == "idea") &&
		lowerAt(toks, k+1) != "for" && lowerAt(toks, k+1) != "to" {
		for i := len(nps) - 1; i >= 0; i-- {
			if nps[i].end <= v {
				return &nps[i], nil
			}
		}
		return last, nil
	}
	for i := range nps {
		np := &nps[i]
		if np.start > v && np.start <= v+8 {
			// nothing but determiners, adjectives and "proposal for" between
			for k := v + 1; k < np.start; k++ {
				if toks[k].text == "." || toks[k].text == ";" || isSpeechVerb(toks, k) {
					return nil, nil
				}
			}
			return np, proposalOwner(s, v, np.start)
		}
	}
	return nil, nil
}

// proposalOwner returns who owns the proposal between the verb and the
// agreement: "an American proposal for", "Nairobi's plan for".
func proposalOwner(s *sentence, v, npStart int) *entity {
	for k := v + 1; k < npStart; k++ {
		if s.toks[k].lower == "proposal" || s.toks[k].lower == "plan" || s.toks[k].lower == "offer" {
			return planOwner(s, k+2)
		}
	}
	return nil
}

// planOwner returns the owner of "X's plan for" or "an X proposal for"
// whose agreement starts at token npStart.
func planOwner(s *sentence, npStart int) *entity {
	toks := s.toks
	k := npStart - 1
	if k >= 0 && (toks[k].lower == "a" || toks[k].lower == "an" || toks[k].lower == "the") {
		k--
	}
	if k < 1 || toks[k].lower != "for" {
		return nil
	}
	k--
	if k < 0 || (toks[k].lower != "plan" && toks[k].lower != "proposal" && toks[k].lower != "offer") {
		return nil
	}
	k--
	if k >= 0 && toks[k].kind == tPoss {
		if m := mentionEndingAt(s, k); m != nil && m.ent.typ != graph.Place {
			return m.ent
		}
		return nil
	}
	if m := mentionEndingAt(s, k+1); m != nil && m.ent.typ == graph.Country {
		return m.ent
	}
	return nil
}

// stanceSubjects returns who takes the stance of the verb at v: the actor,
// or coordinated actors ("the US and Ethiopia called for"), right before it
// across auxiliaries; a pronoun or a participle's main subject; and, for a
// relative clause ("a ceasefire which Cairo and Doha agreed to"), the
// agreement it refers to.
func (x *extractor) stanceSubjects(s *sentence, v int, nps []agreementNP) ([]*entity, *agreementNP) {
	toks := s.toks
	if strings.HasSuffix(toks[v].lower, "ing") || lowerAt(toks, v-1) == "and" && lowerAt(toks, v-2) != "" && !isCapWord(&toks[v-2]) {
		if p := firstPerson(s, v); p != nil {
			return []*entity{p}, nil
		}
		return nil, nil
	}
	k := v - 1
	for k >= 0 {
		switch toks[k].lower {
		case "has", "have", "had", "would", "will", "also", "already", "since", "formally",
			"publicly", "quickly", "initially", "previously", "both", "all", "tentatively", "reportedly":
			k--
			continue
		}
		break
	}
	if k < 0 {
		return nil, nil
	}
	// "his push for", "its call for": the possessor is the subject.
	if toks[k].lower == "his" || toks[k].lower == "her" {
		if p := firstPerson(s, k); p != nil {
			return []*entity{p}, nil
		}
		return nil, nil
	}
	if in(personPronouns, toks[k].lower) {
		if p := x.pronoun(s, k); p != nil {
			return []*entity{p}, nil
		}
		return nil, nil
	}
	if k >= 0 && toks[k].text == ")" {
		// "the Tigray People's Liberation Front (TPLF) signed"
		for k >= 0 && toks[k].text != "(" {
			k--
		}
		k--
	}
	var actors []*entity
	for {
		m := mentionEndingAt(s, k+1)
		if m == nil || m.quoted || m.kind == mDemonym || m.ent.typ == graph.Place {
			break
		}
		actors = append(actors, m.ent)
		k = m.start - 1
		if k >= 0 && toks[k].lower == "the" {
			k--
		}
		if k < 0 || (toks[k].lower != "and" && toks[k].text != ",") {
			break
		}
		k--
		if k >= 0 && toks[k].lower == "the" {
			k--
		}
	}
	if len(actors) == 0 {
		return nil, nil
	}
	// "… ceasefire — which Cairo and Doha agreed to"
	if k >= 0 && (toks[k].lower == "which" || toks[k].lower == "that") {
		for i := len(nps) - 1; i >= 0; i-- {
			if nps[i].end <= k && k-nps[i].end <= 2 {
				return actors, &nps[i]
			}
		}
		return nil, nil
	}
	return actors, nil
}
