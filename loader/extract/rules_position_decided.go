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
			x.measures.decided, x.measures.decidedSent = name, ps.idx
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
			x.measures.decided, x.measures.decidedSent = name, ps.idx
		}
	}
}

// decidedMeasure names the measure "the decision" (noun k, with no
// modifier but its determiner) refers to: the one decided last, unless
// a court or a body has ruled since ("the ruling" may be that one's).
func (x *extractor) decidedMeasure(ps *psent, k int) string {
	m := &x.measures
	if m.decided == "" || m.decidedSent > ps.idx || len(ps.kids[k]) != 1 || ps.rel(ps.kids[k][0]) != "det" {
		return ""
	}
	if x.anyVerbSince(m.decidedSent+1, ps, k, func(qs *psent, v int) bool { return in(rulingLemmas, qs.lemma(v)) }) {
		return ""
	}
	return m.decided
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
// union's welcome, not the director's. No "and" or "but" joins v, a
// comma stands right before it, and the verb it hangs on is the
// relative clause's (read as one, or with "whose" or "who" in its
// subject, the noun before the comma that opens it); -1 otherwise.
func (ps *psent) closesRelative(v int) int {
	h := ps.head(v)
	if ps.rel(v) != "conj" || h < 0 || ps.has(v, "cc") {
		return -1
	}
	if l := ps.leftmost(v); ps.tok(l).Form != "," && (l == 0 || ps.tok(l-1).Form != ",") {
		return -1 // (the comma may be v's own)
	}
	if ps.tok(h).Deprel == "acl:relcl" && ps.head(h) >= 0 {
		return ps.head(h)
	}
	subj := ps.kidWith(h, "nsubj", "")
	if subj < 0 {
		return -1
	}
	relative := func(k int) bool { return strings.Contains(ps.tok(k).Feats, "PronType=Rel") }
	if !relative(subj) && !slices.ContainsFunc(ps.kids[subj], relative) {
		return -1
	}
	if a := ps.leftmost(subj) - 2; a >= 0 && ps.tok(a+1).Form == "," && (ps.tok(a).UPOS == "NOUN" || ps.tok(a).UPOS == "PROPN") {
		return a
	}
	return -1
}
