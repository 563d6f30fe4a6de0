package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/domain"
)

// decidingLemmas decide the measure their object or infinitive names,
// as adoptionLemmas adopt it: "OPEC+ agreed to cut output … Y criticised
// the decision".
var decidingLemmas = set("agree", "decide")

// imposingLemmas put in force the measure their object names: "Canada
// will impose a 35% tariff on steel … the union welcomed the decision",
// "X will double its security tariff … Y called the measure illegal".
var imposingLemmas = set("impose", "introduce", "renew", "double", "triple", "reimpose")

// imposedNouns are the measures an imposing verb puts in force beside
// measureNouns: duties on trade, which are no measure a stance is read
// on by themselves ("condemned the tariffs imposed by X", sealed3), but
// are the decision an imposing government took.
var imposedNouns = set("tariff", "duty", "surcharge", "sanction", "curb", "restriction")

// noteDecided remembers the measure token k says someone decided, for
// "the decision" or "the measure" later: the object of an imposing verb
// whose subject is a country or a body ("Canada will impose a 35% tariff
// on steel"), or the act of a country's or a body's decision noun ("a
// U.S. decision to renew Chevron's licence"). A person's decision ("her
// decision to leave the party") decides no measure.
func (x *extractor) noteDecided(ps *psent, k int) {
	body := func(c int) bool {
		return c >= 0 && ps.ent[c] != nil && (ps.ent[c].typ == domain.Country || ps.ent[c].typ == domain.Organization)
	}
	switch {
	case ps.tok(k).UPOS == "VERB" && in(imposingLemmas, ps.lemma(k)) && !ps.quoted(k):
		obj := ps.kidWith(k, "obj", "")
		if obj < 0 || ps.tok(obj).UPOS != "NOUN" || !in(measureNouns, ps.lemma(obj)) && !in(imposedNouns, ps.lemma(obj)) ||
			!body(ps.kidWith(k, "nsubj", "")) {
			return
		}
		name := ps.phraseName(obj)
		if c := ps.verbComplement(obj); c >= 0 && ps.phraseName(c) != "" {
			// "impose a 35% tariff on steel", the "on" phrase hung on
			// the verb
			name += " " + ps.lower(ps.caseAt(c)) + " " + ps.phraseName(c)
		}
		if name != "" && name != ps.lower(obj) {
			x.noteDecidedAt(ps, k, name)
		}
	case ps.tok(k).UPOS == "NOUN" && ps.lemma(k) == "decision" && !ps.quoted(k):
		if !body(ps.kidWith(k, "nmod:poss", "")) && !body(ps.kidWith(k, "compound", "")) && !body(ps.kidWith(k, "amod", "")) {
			for _, c := range ps.kidsWith(k, "acl") {
				if m := ps.kidWith(c, "mark", ""); m >= 0 && ps.lower(m) == "to" {
					// "her decision to leave the party": "the decision"
					// later is hers, no measure
					x.measures.decided = ""
					delete(x.measures.byHead, "decision")
				}
			}
			return
		}
		if c := ps.proposedAct(k); c >= 0 {
			// the act with its object as written, whose owner's name
			// says whose thing it is: "renew Chevron Corp.'s licence"
			obj := ps.kidWith(c, "obj", "")
			name, n := ps.joinWords(c, obj+1, func(i int) bool { return ps.rel(i) != "det" && ps.tok(i).UPOS != "PUNCT" })
			if obj < c || n > maxOfferWords {
				name = ps.actName(c)
			}
			x.noteDecidedAt(ps, k, name)
		}
	}
}

// decidedMeasure names the measure "the decision" (noun k, with no
// modifier but its determiner) refers to: the one decided last, unless
// a court or a body has ruled since ("the ruling" may be that one's),
// and only when it was decided in this sentence or the one before with
// no other subject's act between (decidedJustBefore) and "the decision"
// is not "the decision by/of/to/on …" (decisionOwnerWords).
func (x *extractor) decidedMeasure(ps *psent, k int) string {
	m := &x.measures
	if m.decided == "" || m.decidedSent > ps.idx || len(ps.kids[k]) != 1 || ps.rel(ps.kids[k][0]) != "det" {
		return ""
	}
	if !x.decidedJustBefore(ps, k) || k+1 < len(ps.d.Tokens) && in(decisionOwnerWords, ps.lower(k+1)) {
		// "the decision by the central bank to raise rates", another
		// decision
		return ""
	}
	if x.anyVerbSince(m.decidedSent+1, ps, k, func(qs *psent, v int) bool { return in(rulingLemmas, qs.lemma(v)) }) {
		return ""
	}
	return m.decided
}

// decidedJustBefore reports whether the measure decided last was decided
// in sentence ps or the one before, with no clause in between doing
// something else (otherDoingSince): what "the decision" or "the measure"
// at token k may name.
func (x *extractor) decidedJustBefore(ps *psent, k int) bool {
	return ps.idx-x.measures.decidedSent <= 1 && !x.otherDoingSince(ps, k)
}

// decisionOwnerWords after "the decision" say whose decision or which it
// is: "the decision by the central bank", "the decision to raise rates".
var decisionOwnerWords = set("by", "of", "to", "on")

// noteDecidedAt remembers name as the measure decided at token at of ps,
// unless the decision is only possible: "Turkey could renew the grain
// deal if Russia agrees" decides nothing yet.
func (x *extractor) noteDecidedAt(ps *psent, at int, name string) {
	if ps.hedgedDecision(at) || ps.tok(at).UPOS == "NOUN" && ps.head(at) >= 0 && ps.hedgedDecision(ps.head(at)) {
		return
	}
	x.measures.decided, x.measures.decidedSent, x.measures.decidedAt = name, ps.idx, at
}

// hedgedDecision reports whether verb v (or the verb whose infinitive it
// is: "could agree to hold elections") is only possible or conditional:
// a modal auxiliary, or an "if" clause on it.
func (ps *psent) hedgedDecision(v int) bool {
	for _, w := range []int{v, ps.head(v)} {
		if w < 0 || w != v && ps.rel(v) != "xcomp" {
			continue
		}
		for _, c := range ps.kids[w] {
			switch {
			case in(hedgeModals, ps.lower(c)) && (ps.rel(c) == "aux" || ps.rel(c) == "aux:pass"):
				return true
			case ps.rel(c) == "mark" && ps.lower(c) == "if":
				return true
			case ps.rel(c) == "advcl" && ps.kidWith(c, "mark", "") >= 0 && ps.lower(ps.kidWith(c, "mark", "")) == "if":
				return true
			}
		}
	}
	return false
}

// hedgeModals make a decision only possible: futureAux without "will"
// and "shall", which state one, and with "'d".
var hedgeModals = set("could", "would", "might", "may", "should", "'d")

// otherDoingSince reports whether, between the measure decided last and
// "the decision" (token k of ps), a clause has a subject of its own doing
// something other than speaking: "Japan will renew its sanctions … The
// court ordered a rerun … Governor K welcomed the decision" (the
// court's), "referee V sent off two players, and coach M said he
// accepted the decision". The verbs "the decision" hangs on are its
// stance's, not in between.
func (x *extractor) otherDoingSince(ps *psent, k int) bool {
	m := &x.measures
	stance := map[int]bool{}
	// (the stance verb and the speech verbs it reports through: "coach
	// M said he accepted the decision"; not a verb it is conjoined to)
	for h := ps.head(k); h >= 0 && !stance[h]; h = ps.head(h) {
		stance[h] = true
		if r := ps.rel(h); r != "ccomp" && r != "xcomp" && (r != "conj" || ps.closesRelative(h) < 0) {
			break
		}
	}
	for si := max(m.decidedSent, 0); si <= ps.idx && si < len(x.parsed); si++ {
		qs := x.parsed[si]
		if qs == nil {
			continue
		}
		for v := range qs.d.Tokens {
			if si == m.decidedSent && v <= m.decidedAt {
				continue
			}
			if si == ps.idx && v >= k {
				break
			}
			// (a relative clause of the decision's sentence describes
			// whoever takes the stance: "The union, whose director had
			// lobbied for the duty, welcomed the decision")
			if qs.tok(v).UPOS != "VERB" || si == ps.idx && (stance[v] || qs.rel(v) == "acl:relcl") || in(speechLemmas, qs.lemma(v)) || qs.lemma(v) == "announce" {
				continue
			}
			if qs.kidWith(v, "nsubj", "") >= 0 || qs.kidWith(v, "nsubj:pass", "") >= 0 {
				return true
			}
		}
	}
	return false
}

// measureDecided names the measure "the measure" refers to where one was
// decided (imposed) after the last one named: "Ecuador will double its
// security tariff … Y called the measure illegal".
func (m *measureMemory) measureDecided() string {
	if m.decided == "" || m.last != "" && m.decidedSent < m.lastSent {
		return ""
	}
	return m.decided
}

// closesRelative returns the noun a relative clause describes where the
// parser conjoined verb v to the clause's verb: "The X union, whose
// director, Y, had lobbied for the tariff, welcomed the decision" is the
// union's welcome, not the director's; so where it set v beside the
// clause, which it made the root ("The X association, whose chairman is
// Y, had proposed a rate", parsed with Y the root and "proposed" its
// parataxis: the association's proposal). No "and" or "but" joins v, a
// comma stands right before it, and the verb it hangs on is the
// relative clause's (read as one, or with "whose" or "who" in its
// subject, the noun before the comma that opens it); -1 otherwise.
func (ps *psent) closesRelative(v int) int {
	h := ps.head(v)
	if ps.rel(v) != "conj" && ps.rel(v) != "parataxis" || h < 0 || ps.has(v, "cc") {
		return -1
	}
	if l := ps.leftmost(v); ps.tok(l).Form != "," && (l == 0 || ps.tok(l-1).Form != ",") {
		return -1 // (the comma may be v's own)
	}
	if ps.tok(h).Deprel == "acl:relcl" && ps.head(h) >= 0 {
		return ps.head(h)
	}
	relative := func(k int) bool { return strings.Contains(ps.tok(k).Feats, "PronType=Rel") }
	// (the clause's subject, of the subjects the parser gave its verb:
	// "The president of X, Y, whose Z party holds a majority, backed
	// …", parsed with "president" a second subject of "holds")
	subj := -1
	for _, c := range ps.kidsWith(h, "nsubj") {
		if relative(c) || slices.ContainsFunc(ps.kids[c], relative) {
			subj = c
			break
		}
	}
	if subj < 0 {
		return -1
	}
	if a := ps.leftmost(subj) - 2; a >= 0 && ps.tok(a+1).Form == "," && (ps.tok(a).UPOS == "NOUN" || ps.tok(a).UPOS == "PROPN") {
		return a
	}
	return -1
}
