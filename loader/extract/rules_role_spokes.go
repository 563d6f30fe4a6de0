package extract

import (
	"slices"

	"github.com/actorgraph/actorgraph/domain"
)

// roleSpokesAfterBody: "Halden Bank, the lender founded in 1911, said
// the branches would stay open. A spokeswoman, Ana Soler, said …": a
// bare spokesperson ("a spokeswoman", "a company spokesman") in
// apposition to a name, with no body of its own, speaks for the body
// the sentence before, in the same paragraph, is about: the
// organization that is its main clause's subject, or the owner of that
// subject ("Halden Bank's chief executive said …"). The sentence
// before must name no other organization, and this one none before the
// title: with two bodies in view the writer's "a spokeswoman" is unclear.
func roleSpokesAfterBody(x *extractor, ps *psent) {
	if ps.idx == 0 {
		return
	}
	for _, h := range ps.persons() {
		for _, t := range ps.appositeTitles(h) {
			if !in(spokesTitles, ps.lemma(t)) || ps.ent[t] != nil || !ps.bareIndefinite(t) {
				continue
			}
			if !ps.speakerPhrase(t, h) {
				continue // the speaker of the sentence, not "told a spokeswoman, X"
			}
			if !ps.closesOntoVerb(t, h) {
				continue // "A spokeswoman, X, from the union said": a body of its own
			}
			if _, _, ok := x.titleRole(ps, t); ok {
				continue // a body of its own: "a spokeswoman for Y, X"
			}
			if ps.namesOrgBefore(t) {
				continue
			}
			prev := x.psentAt(ps.idx - 1)
			if prev == nil || prev.s.para != ps.s.para {
				continue // a new paragraph may turn to another body
			}
			o := prev.soleSubjectBody()
			if o == nil {
				continue
			}
			r := role{pred: domain.SpokespersonFor, title: ps.lower(t), obj: o, sent: ps.idx}
			x.emitStructureRole(ps, x.personAt(ps, h), r, []int{t, h})
		}
	}
}

// appositeTitles returns the nouns in apposition with name h, either
// way the parser hung them: "A spokeswoman, X," (the name the title's
// apposition) or "X, a spokeswoman," (the title the name's), and the
// noun right before the comma that opens the name, which the parser
// sometimes hangs elsewhere ("on Thursday, a company spokeswoman, X,
// said", the title an apposition of the day).
func (ps *psent) appositeTitles(h int) []int {
	out := ps.kidsWith(h, "appos")
	if ps.rel(h) == "appos" && ps.head(h) >= 0 {
		out = append(out, ps.head(h))
	}
	if start, _ := ps.mentionSpan(h); start >= 2 && ps.lower(start-1) == "," && !slices.Contains(out, start-2) {
		out = append(out, start-2)
	}
	return out
}

// speakerPhrase reports whether title t and name h, in apposition, are
// the one who speaks: the subject of the sentence's verb ("A
// spokeswoman, X, said …"), or a phrase closed by a comma and "said"
// ("…, a company spokeswoman, X, said.").
func (ps *psent) speakerPhrase(t, h int) bool {
	if ps.rel(t) == "nsubj" || ps.rel(h) == "nsubj" {
		return true
	}
	_, end := ps.mentionSpan(h)
	return t < h && end+1 < len(ps.d.Tokens) && ps.lower(end) == "," && ps.lemma(end+1) == "say"
}

// closesOntoVerb reports whether the apposed title t and name h close
// with a comma straight onto a verb ("A spokeswoman, X, said", "X, a
// spokeswoman, declined"), or onto adverbs of that verb and it ("X,
// also said", "X, however, said"), which speaks for no one named: not "A
// spokeswoman, X, from the union said", nor "said on behalf of the
// fishermen", whose words name a body the rule cannot see.
func (ps *psent) closesOntoVerb(t, h int) bool {
	_, e := ps.mentionSpan(h)
	if t > h {
		e = t + 1
	}
	if e+1 >= len(ps.d.Tokens) || ps.lower(e) != "," {
		return false
	}
	v := e + 1
	var advs []int
	for v+1 < len(ps.d.Tokens) && ps.tok(v).UPOS == "ADV" {
		advs = append(advs, v) // "X, also said", "X, however, said"
		v++
		if ps.lower(v) == "," {
			v++
		}
	}
	if u := ps.tok(v).UPOS; u != "VERB" && u != "AUX" {
		return false
	}
	if slices.ContainsFunc(advs, func(a int) bool { return ps.head(a) != v }) {
		return false // "X, also from the union, said": the adverb is the phrase's
	}
	return !slices.ContainsFunc(ps.kidsWith(v, "obl"), func(c int) bool { return ps.lower(c) == "behalf" })
}

// bareIndefinite reports whether noun t is "a" or "an" noun with no
// modifier but "company": "a spokeswoman", "a company spokesman"; not
// "a former spokesman", "a union spokesman", "a spokesman for X".
func (ps *psent) bareIndefinite(t int) bool {
	det := false
	for _, c := range ps.kids[t] {
		switch ps.tok(c).Deprel {
		case "det":
			if l := ps.lower(c); l != "a" && l != "an" {
				return false
			}
			det = true
		case "punct", "appos":
		case "compound":
			if ps.lower(c) != "company" {
				return false
			}
		default:
			return false
		}
	}
	return det
}

// namesOrgBefore reports whether the sentence names an organization
// before token k.
func (ps *psent) namesOrgBefore(k int) bool {
	for i := 0; i < k; i++ {
		if e := ps.ent[i]; e != nil && e.typ == domain.Organization {
			return true
		}
	}
	return false
}

// soleSubjectBody returns the organization the sentence is about: the
// subject of its root ("DP Corvin, the port operator, said …") or the
// owner of that subject ("Corvin's chief executive said …"), when the
// sentence names no other organization; nil otherwise.
//
// An organization named between the subject and the root verb is read
// in the subject's description ("TotalCorp, the group building a plant
// near X, said"), not as a second body; a subject with a conjunct
// ("Halden Bank and Y said") has none.
func (ps *psent) soleSubjectBody() *entity {
	root := -1
	for k := range ps.d.Tokens {
		if ps.head(k) < 0 {
			root = k
		}
	}
	if root < 0 {
		return nil
	}
	subj := ps.kidsWith(root, "nsubj")
	if ps.ent[root] == nil && isTitleNoun(ps.lemma(root)) && ps.has(root, "nmod:poss") {
		subj = append(subj, root) // "X's chief executive, Y, said": the title heads the parse
	}
	var o *entity
	at := -1
	for _, c := range subj {
		e := ps.ent[c]
		if e == nil && isTitleNoun(ps.lemma(c)) {
			for _, p := range ps.kidsWith(c, "nmod:poss") {
				e = ps.ent[p]
			}
		}
		if e != nil {
			if ps.has(c, "conj") {
				return nil
			}
			o, at = e, c
		}
	}
	if o == nil || o.typ != domain.Organization {
		return nil
	}
	if ps.attributedToOther(root, o) {
		return nil // "Halden Bank will close 40 branches, the union said": the union's word
	}
	for k := range ps.d.Tokens {
		e := ps.ent[k]
		if e == nil || e == o || e.typ != domain.Organization {
			continue
		}
		if k > at && k < root && ps.rel(k) != "conj" {
			continue // in the subject's description
		}
		return nil
	}
	return o
}

// attributedToOther reports whether the sentence whose root is verb root
// is the word of a source named after it: "…, the bank workers' union
// said", "…, according to the union" (an "according to" on the root,
// not in a later clause of its own). A source that refers back to the
// subject body o ("it said", "the bank said", "the Oslo-based lender
// said": a pronoun, a "the" noun of a body's kind, or o named again), or
// o's own document ("according to a statement on its website"), is the
// subject's own word; a root that is itself the speech verb has the
// subject for its speaker.
func (ps *psent) attributedToOther(root int, o *entity) bool {
	if in(speechLemmas, ps.lemma(root)) {
		return false
	}
	for k := root + 1; k+1 < len(ps.d.Tokens); k++ {
		if ps.lower(k) != "according" || ps.lower(k+1) != "to" {
			continue
		}
		n := k // the source "according to" marks, which must hang on the root
		if ps.rel(k) == "case" {
			n = ps.head(k)
		}
		if n >= 0 && ps.head(n) == root && !ps.ownDocument(n) {
			return true
		}
	}
	for _, c := range ps.kids[root] {
		if c < root || !in(speechLemmas, ps.lemma(c)) || !slices.Contains([]string{"parataxis", "ccomp", "advcl", "conj"}, ps.rel(c)) {
			continue
		}
		for _, s := range ps.kidsWith(c, "nsubj") {
			if ps.tok(s).UPOS == "PRON" || ps.bareDefinite(s) || ps.ent[s] == o || ps.bodyKindDefinite(s) {
				continue
			}
			return true
		}
	}
	return false
}

// bareDefinite reports whether noun k is "the" noun with nothing else:
// "the bank", "the company".
func (ps *psent) bareDefinite(k int) bool {
	det := ps.kidWith(k, "det", "")
	return ps.tok(k).UPOS == "NOUN" && ps.ent[k] == nil && det >= 0 && ps.lower(det) == "the" &&
		!slices.ContainsFunc(ps.kids[k], func(c int) bool { return c != det && ps.rel(c) != "punct" })
}

// bodyKindDefinite reports whether noun k is "the" noun of a body's kind
// with only describing words before it, which refers back to the body
// named before: "the Oslo-based lender", "the Norwegian carrier"; not
// "the rival lender", "the central bank", "the bank workers' union" or
// "the lender's parent".
func (ps *psent) bodyKindDefinite(k int) bool {
	det := ps.kidWith(k, "det", "")
	if ps.tok(k).UPOS != "NOUN" || ps.ent[k] != nil || det < 0 || ps.lower(det) != "the" || !slices.Contains(businessNouns, ps.lemma(k)) {
		return false
	}
	return !slices.ContainsFunc(ps.kids[k], func(c int) bool {
		switch ps.rel(c) {
		case "det", "punct":
			return false
		case "amod", "compound":
			return c > k || ps.ent[c] != nil && ps.ent[c].typ == domain.Organization || in(otherBodyWords, ps.lemma(c))
		}
		return true
	})
}

// otherBodyWords before a body's kind make it another body: "the rival
// lender", "the central bank", "the parent company".
var otherBodyWords = set("rival", "other", "another", "central", "parent", "partner", "competing", "smaller", "larger", "bigger", "state")

// ownDocument reports whether noun n, what "according to" cites, is a
// body's own document with no other source on it: "a statement", "a
// statement on its website", "its filing"; not "a statement from the
// union", "the union's statement", "a report".
func (ps *psent) ownDocument(n int) bool {
	if !in(ownDocuments, ps.lemma(n)) {
		return false
	}
	for _, c := range ps.kids[n] {
		switch ps.rel(c) {
		case "nmod:poss":
			if ps.tok(c).UPOS != "PRON" {
				return false
			}
		case "nmod", "acl", "acl:relcl", "appos", "conj":
			if ps.ent[c] != nil || !in(ownDocuments, ps.lemma(c)) {
				return false
			}
			if slices.ContainsFunc(ps.kidsWith(c, "nmod:poss"), func(p int) bool { return ps.tok(p).UPOS != "PRON" }) {
				return false
			}
		}
	}
	return true
}

// ownDocuments are what a body puts out in its own name.
var ownDocuments = set("statement", "filing", "release", "announcement", "website", "notice")
