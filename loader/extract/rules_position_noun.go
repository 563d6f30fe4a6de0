package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/domain"
)

// stanceNouns give the position their possessor or the subject of the
// verb they are the object of takes: "Somalia voiced support for the
// plan", "Kenya's rejection of the deal".
var stanceNouns = map[string]domain.Predicate{
	"support": domain.Endorsed, "backing": domain.Endorsed, "back": domain.Endorsed, "endorsement": domain.Endorsed,
	"approval": domain.Endorsed, "acceptance": domain.Endorsed, "favour": domain.Endorsed, "favor": domain.Endorsed,
	"openness": domain.Endorsed, "opposition": domain.Rejected, "rejection": domain.Rejected,
	"objection": domain.Rejected, "condemnation": domain.Rejected, // "voiced strong objections to the treaty"
}

// authorParticiples end the hyphenated adjectives that name who made or
// backs a measure: "a U.S.-proposed truce", "the EU-backed plan".
var authorParticiples = map[string]domain.Predicate{
	"proposed": domain.Proposed, "drafted": domain.Proposed, "sponsored": domain.Proposed,
	"backed": domain.Endorsed, "supported": domain.Endorsed, "endorsed": domain.Endorsed,
}

// brokerWords say who brought the parties to a measure, which is no
// position on it (dev7's gold, as heldout's: "a ceasefire brokered by the
// UN envoy", "a U.S.-brokered truce"); the broker's name is left out of
// the measure's name all the same.
var brokerWords = set("broker", "brokered", "mediate", "mediated")

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
			if ps.deniedStance(k) || ps.sufferedStance(k) {
				continue
			}
			if name, used := ps.reachedNamed(k); name != "" {
				// "Kenya reached a staff-level agreement with the IMF on
				// the third review": the agreement its words name, which
				// both parties reached
				x.statePositions(ps, x.cosigners(ps, ps.head(k), []int{k}, x.stanceNounActors(ps, k)), p, nil, name, used)
				continue
			}
			if c := ps.stanceNounObject(k); c >= 0 {
				if name, proposer, used := x.measureOf(ps, c); name != "" {
					x.statePositions(ps, x.stanceNounActors(ps, k), p, proposer, name, append(used, k))
				}
			} else if name, c := ps.actNamedMeasure(k); name != "" && ps.reachedAgreement(k) {
				// "reached an agreement with its creditors to
				// restructure $6 billion of debt"
				x.statePositions(ps, x.stanceNounActors(ps, k), p, nil, name, []int{k, c})
			}
			continue
		}
		if in(proposalNouns, ps.lemma(k)) && ps.lemma(k) != "deal" {
			if e := ps.proposerOf(k); e != nil {
				if name, _, used := x.measureOf(ps, k); name != "" && !x.supportsKind(e.id, name) {
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

// reachedNamed names the agreement noun k that was reached when it has
// words of its own before it ("a staff-level agreement"), with what it is
// on where an "on" phrase says ("… on the third review of its loan"), and
// the tokens that name it; "" for an agreement its words do not name.
func (ps *psent) reachedNamed(k int) (string, []int) {
	if !ps.reachedAgreement(k) || !ps.hasModifier(k) {
		return "", nil
	}
	name := ps.phraseName(k)
	if name == "" || in(anyMeasureNouns, strings.ToLower(name)) {
		return "", nil
	}
	c := ps.reachedOn(k)
	if c < 0 {
		// without an "on" phrase, only words before the noun or a clause
		// it is on name it ("a debt relief agreement", "a preliminary
		// agreement on restructuring debt"): "an agreement with the union
		// on Friday after weeks of strikes" has none of its own
		if l := strings.ToLower(name); strings.HasSuffix(l, " "+ps.lower(k)) || strings.Contains(l, ps.lower(k)+" on ") {
			return name, []int{k}
		}
		return "", nil
	}
	on := ps.phraseName(c)
	if on == "" || len(strings.Fields(name))+len(strings.Fields(on)) >= maxNameWords {
		return "", nil
	}
	return name + " on " + on, []int{k, c}
}

// reachedOn returns the noun of the "on" phrase that says what reached
// agreement k is on, hung on the agreement or right after its phrase on
// the verb ("reached an agreement with the IMF (…) on the third
// review"), not a day ("on Tuesday"); -1 for none.
func (ps *psent) reachedOn(k int) int {
	end := ps.subtreeEnd(k)
	for _, c := range append(ps.kidsWith(k, "nmod"), ps.kidsWith(ps.head(k), "obl")...) {
		if c <= k || ps.caseOf(c) != "on" || ps.tok(c).UPOS != "NOUN" || ps.isDay(c) || ps.hasCommaBetween(k, c) {
			continue
		}
		if at := ps.caseAt(c); at >= end && at <= end+1 {
			return c // (a closing bracket may stand between)
		}
	}
	return -1
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

// deniedStance: "no objection to the agreement" is none, and "had no
// support for the plan" no backing either.
func (ps *psent) deniedStance(k int) bool {
	for _, c := range ps.kids[k] {
		if ps.rel(c) == "det" && ps.lower(c) == "no" {
			return true
		}
	}
	return false
}

// sufferVerbs make the subject the target of a reproach, not its author:
// "Hungary faced condemnation for its media law".
var sufferVerbs = set("face", "draw", "spark", "attract", "prompt", "provoke", "trigger", "receive", "meet", "incur", "earn", "suffer", "court")

// sufferedStance: a condemnation, an objection or an opposition the subject of
// sufferVerbs faced is someone else's, and its "for" phrase names what
// was reproached, not a measure the subject rejects.
func (ps *psent) sufferedStance(k int) bool {
	if stanceNouns[ps.lemma(k)] != domain.Rejected {
		return false
	}
	v := ps.head(k)
	return v >= 0 && ps.rel(k) == "obj" && in(sufferVerbs, ps.lemma(v))
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
