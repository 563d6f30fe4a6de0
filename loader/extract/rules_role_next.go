package extract

import (
	"slices"

	"github.com/actorgraph/actorgraph/domain"
)

// roleNamedNext reads a title told in one sentence and its holder named
// in the next: "The chief executive of Norvane Payments resigned on
// Wednesday … Siobhan Kearney, who co-founded the company, said she was
// stepping down." The sentence before must name no person and have one
// definite title with a body as a subject ("The chief executive of X",
// "X's chief executive"); this sentence must open with a person's name,
// the subject, named nowhere before and described by no apposition (a
// name the writer did not introduce is the holder just spoken of), and
// tell a change of post ("stepping down", "resigned"): a name that only
// reacts ("Ana Ruiz, whose house was swept away, said …") is a witness,
// not the holder.
func roleNamedNext(x *extractor, ps *psent) {
	if ps.idx == 0 {
		return
	}
	h := ps.openingSubjectName()
	if h < 0 || ps.describedInApposition(h) || !ps.tellsChangeOfPost() {
		return
	}
	// a name the entity rules took for a person, not one the tagger
	// alone saw (personAt would make that a person)
	p := ps.ent[h]
	if p == nil || p.typ != domain.Person {
		return
	}
	for si := 0; si < ps.idx; si++ {
		if x.sents[si].names(p) {
			return
		}
	}
	prev := x.psentAt(ps.idx - 1)
	if prev == nil || prev.namesPerson() {
		return
	}
	t := prev.unnamedTitleSubject()
	if t < 0 {
		return
	}
	if r, _, ok := x.titleRole(prev, t); ok {
		x.emitStructureRole(ps, p, r, []int{h})
	}
}

// changeOfPostLemmas are verbs of leaving or taking a post.
var changeOfPostLemmas = set("resign", "quit", "retire", "appoint", "succeed")

// tellsChangeOfPost reports whether the sentence has a verb of leaving
// or taking a post: "resigned", "was appointed", "stepping down".
func (ps *psent) tellsChangeOfPost() bool {
	for k := range ps.d.Tokens {
		if ps.tok(k).UPOS != "VERB" {
			continue
		}
		l := ps.lemma(k)
		if in(changeOfPostLemmas, l) || l == "step" && k+1 < len(ps.d.Tokens) && ps.lower(k+1) == "down" {
			return true
		}
	}
	return false
}

// openingSubjectName returns the head of the person's name that opens
// the sentence as the subject of its clause; -1 for none.
func (ps *psent) openingSubjectName() int {
	for _, h := range ps.persons() {
		if start, _ := ps.mentionSpan(h); start == 0 && (ps.rel(h) == "nsubj" || ps.rel(h) == "nsubj:pass") {
			return h
		}
	}
	return -1
}

// describedInApposition reports whether name h has a phrase in
// apposition other than an age ("Ana Soler, a customer, …", "Ana Soler,
// the bank's chairwoman, …"): the writer says who she is, and she is
// not the holder the sentence before left unnamed.
func (ps *psent) describedInApposition(h int) bool {
	for _, c := range ps.kids[h] {
		if ps.rel(c) == "appos" && ps.tok(c).UPOS != "NUM" {
			return true
		}
	}
	return false
}

// namesPerson reports whether the sentence names any person.
func (ps *psent) namesPerson() bool {
	for k := range ps.d.Tokens {
		if e := ps.ent[k]; e != nil && e.typ == domain.Person {
			return true
		}
	}
	return false
}

// subjectLike reports whether token t is a subject, or opens the
// sentence's text right after a dateline's dash, where the parser often
// hangs it on the dateline ("DUBLIN (Reuters) - The chief executive of X
// resigned").
func (ps *psent) subjectLike(t int) bool {
	if r := ps.rel(t); r == "nsubj" || r == "nsubj:pass" {
		return true
	}
	start := ps.subtreeStart(t)
	return start > 0 && isDash(ps.tok(start-1).Form)
}

// unnamedTitleSubject returns the one title noun that is the subject of
// a clause, opened by "the" or a possessive and with no name in
// apposition: "The chief executive of X resigned"; -1 for none or
// several.
func (ps *psent) unnamedTitleSubject() int {
	found := -1
	for t := range ps.d.Tokens {
		if u := ps.tok(t).UPOS; u != "NOUN" && u != "ADJ" || ps.ent[t] != nil || !isTitleNoun(ps.lemma(t)) || !ps.subjectLike(t) {
			continue
		}
		the := slices.ContainsFunc(ps.kids[t], func(c int) bool { return ps.rel(c) == "det" && ps.lower(c) == "the" })
		if !the && !ps.has(t, "nmod:poss") {
			continue
		}
		if ps.has(t, "appos") {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = t
	}
	return found
}
