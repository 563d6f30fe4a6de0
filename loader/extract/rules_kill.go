package extract

import (
	"github.com/actorgraph/actorgraph/graph"
)

// killLemmas are verbs whose agent kills or wounds their object.
var killLemmas = set("kill", "murder", "assassinate", "shoot", "stab", "slay", "strangle", "behead", "execute")

// killerNouns name the agent of a killing: "the assassin of X".
var killerNouns = set("assassin", "killer", "murderer", "slayer", "gunman")

// killingNouns name the act: "the assassination of X by Y".
var killingNouns = set("assassination", "murder", "killing", "slaying", "shooting", "stabbing")

// isPerson reports whether token k names a person by name.
func (ps *psent) isPerson(k int) bool {
	return k >= 0 && ps.ent[k] != nil && ps.ent[k].typ == graph.Person && ps.kind[k] == mName
}

// killVerb: "Jon Hale shot Peter Voss", "Peter Voss was killed by Jon
// Hale": an attack whose attacker and victim are named people.
func killVerb(x *extractor, ps *psent) {
	for v := range ps.d.Tokens {
		if !in(killLemmas, ps.lemma(v)) || ps.tok(v).UPOS != "VERB" {
			continue
		}
		var agents, victims []int
		for _, c := range ps.kids[v] {
			switch ps.tok(c).Deprel {
			case "nsubj":
				agents = append(agents, c)
			case "obj", "nsubj:pass":
				victims = append(victims, c)
			case "obl:agent", "obl":
				if ps.caseOf(c) == "by" {
					agents = append(agents, c)
				}
			}
		}
		x.killings(ps, withConj(ps, agents), withConj(ps, victims), v)
	}
}

// killNoun: "Jon Hale, the assassin of Peter Voss", "the assassination
// of Peter Voss by Jon Hale".
func killNoun(x *extractor, ps *psent) {
	for n := range ps.d.Tokens {
		lemma := ps.lemma(n)
		if !in(killerNouns, lemma) && !in(killingNouns, lemma) {
			continue
		}
		var agents, victims []int
		for _, c := range ps.kids[n] {
			switch {
			case ps.caseOf(c) == "of":
				victims = append(victims, c)
			case ps.caseOf(c) == "by" || ps.tok(c).Deprel == "nmod:poss":
				agents = append(agents, c)
			}
		}
		if in(killerNouns, lemma) {
			// the killer is the person the noun describes
			if ps.tok(n).Deprel == "appos" {
				agents = append(agents, ps.head(n))
			}
			for _, c := range ps.kids[n] {
				if ps.rel(c) == "nsubj" || ps.tok(c).Deprel == "appos" {
					agents = append(agents, c)
				}
			}
		}
		x.killings(ps, withConj(ps, agents), withConj(ps, victims), n)
	}
}

// withConj adds the conjuncts of each token: "killed X and Y".
func withConj(ps *psent, ks []int) []int {
	out := append([]int(nil), ks...)
	for _, k := range ks {
		for _, c := range ps.kids[k] {
			if ps.tok(c).Deprel == "conj" {
				out = append(out, c)
			}
		}
	}
	return out
}

// killings emits one attack event per named attacker with the named
// victims.
func (x *extractor) killings(ps *psent, agents, victims []int, trigger int) {
	var vs []*entity
	var used []int
	for _, v := range victims {
		if ps.isPerson(v) {
			vs = appendEnt(vs, ps.ent[v])
			used = append(used, v)
		}
	}
	if len(vs) == 0 {
		return
	}
	for _, a := range agents {
		if !ps.isPerson(a) || containsEnt(vs, ps.ent[a]) {
			continue
		}
		x.trace(ps, append([]int{a, trigger}, used...))
		x.emitEvent(&event{cat: "attack", attacker: ps.ent[a], victims: vs, sent: ps.idx, hedge: ps.s.hedge})
	}
}
