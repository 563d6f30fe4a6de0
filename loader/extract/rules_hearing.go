package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/domain"
)

// eventHearing: "X testified before the Senate Armed Services Committee
// on Tuesday", "X told the House Judiciary Committee on Tuesday that …":
// a hearing, which the wire's gold types a meeting, of the witness with
// the committee and the committee's chair and members the article names
// by their seat on it.
func eventHearing(x *extractor, ps *psent) {
	for v := range ps.d.Tokens {
		if ps.tok(v).UPOS != "VERB" || ps.quoted(v) || x.inDateline(ps, v) || ps.isPassive(v) || ps.moodOf(v) != happened {
			continue
		}
		c, k := x.heardBy(ps, v)
		if c == nil {
			continue
		}
		e := &event{cat: "meeting", sent: ps.idx, hedge: ps.s.hedge}
		used := []int{v, k}
		for _, s := range withConj(ps, ps.subjectsOf(v)) {
			as, ks := x.eventActors(ps, s)
			e.addParties(as)
			used = append(used, ks...)
		}
		if len(e.participants) == 0 {
			continue
		}
		e.addParties([]*entity{c})
		e.addParties(x.seatedOn(c))
		e.date, e.day = x.eventDate(ps, v, -1)
		x.addStructureEvent(ps, e, used)
	}
}

// heardBy returns the committee that verb v has its subject address as
// a witness, with the token naming it: the "before" phrase of "testify"
// or "appear", the object of "tell"; nil for none.
func (x *extractor) heardBy(ps *psent, v int) (*entity, int) {
	for _, c := range ps.kids[v] {
		var ok bool
		switch ps.lemma(v) {
		case "testify", "appear":
			ok = ps.rel(c) == "obl" && ps.caseOf(c) == "before"
		case "tell":
			ok = ps.rel(c) == "obj" || ps.rel(c) == "iobj"
		}
		if !ok {
			continue
		}
		if e := x.committeeAt(ps, c); e != nil {
			return e, c
		}
	}
	return nil, -1
}

// committeeAt returns the legislative committee token k names: a
// committee by name ("the Senate Armed Services Committee"), "the
// committee" standing for it, or "a Senate panel" in an article that
// names one committee only.
func (x *extractor) committeeAt(ps *psent, k int) *entity {
	if e := x.bodyAt(ps, k); e != nil {
		if isCommittee(e) {
			return e
		}
		return nil
	}
	if !in(committeeNouns, ps.lemma(k)) {
		return nil
	}
	var only *entity
	for _, o := range x.ents {
		if isCommittee(o) && o.first >= 0 {
			if only != nil && only != o {
				return nil
			}
			only = o
		}
	}
	return only
}

// committeeNouns stand for a committee the article names: "told a
// Senate panel".
var committeeNouns = set("committee", "subcommittee", "panel")

// isCommittee reports whether e is an organization named a committee.
func isCommittee(e *entity) bool {
	if e.typ != domain.Organization {
		return false
	}
	words := strings.Fields(strings.ToLower(e.name))
	return len(words) > 1 && (words[len(words)-1] == "committee" || words[len(words)-1] == "subcommittee")
}

// seatedOn returns the people the article states chair or sit on
// committee c (head_of, member_of): at its hearing they question the
// witness.
func (x *extractor) seatedOn(c *entity) []*entity {
	var out []*entity
	for _, f := range x.facts {
		if f.Object == c.id && (f.Predicate == domain.HeadOf || f.Predicate == domain.MemberOf) {
			if p := x.byID[f.Subject]; p != nil && p.typ == domain.Person {
				out = appendEnt(out, p)
			}
		}
	}
	return out
}
