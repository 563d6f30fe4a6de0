package extract

import (
	"slices"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// roleRepresents: "X, a Republican who represents the Iron Range in
// Congress", "X represents Altoona in the House": whoever represents a
// place in a legislature is a member of it. Only a chamber's name counts
// for the "in" phrase (legislatureName): "represents the family in
// court", "represented Kenya in the talks" make no role. A past or
// future tense ("represented … from 1990", "will represent") or a
// negation makes none either: no member now.
func roleRepresents(x *extractor, ps *psent) {
	for v := range ps.d.Tokens {
		if ps.lemma(v) != "represent" || ps.tok(v).UPOS != "VERB" || ps.quoted(v) || ps.tok(v).XPOS == "VBD" || ps.notYetOrPast(v) || ps.negatedVerb(v) {
			continue
		}
		body, at := ps.chamberRepresentedIn(v)
		if body == nil || !x.representsConstituency(ps, v) {
			continue
		}
		h := ps.representer(v)
		if h < 0 {
			continue
		}
		x.emitStructureRole(ps, x.personAt(ps, h), role{pred: domain.MemberOf, obj: body, sent: ps.idx}, []int{h, v, at})
	}
}

// chamberRepresentedIn returns the legislature the "in" phrase of verb v
// names, hung on the verb or on its object ("represents the Iron Range
// in Congress", read either way), and the phrase's token.
func (ps *psent) chamberRepresentedIn(v int) (*entity, int) {
	phrases := ps.kidsWith(v, "obl")
	for _, o := range ps.kidsWith(v, "obj") {
		phrases = append(phrases, ps.kidsWith(o, "nmod")...)
	}
	for _, c := range phrases {
		if ps.caseOf(c) != "in" {
			continue
		}
		if e := ps.ent[c]; e != nil && e.typ == domain.Organization && legislatureName(e.name) {
			return e, c
		}
	}
	return nil, -1
}

// representsConstituency reports whether the object of "represent" (verb
// v) is a place a member is elected for: a place's name, not a country's
// ("represents Peru in the General Assembly": a delegate), also one the
// text left unread that the gazetteer knows as a place, or a noun such as
// district or seat ("the Lakeshore district"). A client ("represents the
// company in the Senate") or a group ("cane growers") is no seat.
func (x *extractor) representsConstituency(ps *psent, v int) bool {
	for _, o := range ps.kidsWith(v, "obj") {
		e := ps.ent[o]
		switch {
		case e != nil && e.typ == domain.Place:
			return true
		case e == nil && ps.tok(o).UPOS == "PROPN" && len(ps.kidsWith(o, "flat")) == 0 && len(ps.kidsWith(o, "compound")) == 0:
			if slices.ContainsFunc(x.lookupPlace(ps.tok(o).Form), func(g gazetteer.Entry) bool { return g.Type == domain.Place }) {
				return true
			}
		case e == nil && in(constituencyNouns, ps.lower(o)):
			return true
		}
	}
	return false
}

// constituencyNouns name a place a legislator is elected for.
var constituencyNouns = set("district", "districts", "constituency", "riding", "seat", "ward", "electorate", "county", "state", "province")

// representer returns the token of the person who represents (verb v):
// its subject, or the name a relative clause's "who" stands for, also
// through a noun in apposition to the name ("X, a Republican who
// represents …"). Only a name the text already reads as a person's
// counts. -1 for none.
func (ps *psent) representer(v int) int {
	for _, s := range ps.kidsWith(v, "nsubj") {
		if !in(relativePronouns, ps.lower(s)) {
			if ps.isPerson(s) {
				return s
			}
			continue
		}
		a := ps.head(v)
		if ps.tok(v).Deprel != "acl:relcl" || a < 0 {
			continue
		}
		if ps.rel(a) == "appos" {
			// a party's member or a lawmaker ("a Republican who
			// represents …"), not one who pleads for others ("a
			// lobbyist who represents Altoona in Congress")
			if !startsUpper(ps.tok(a).Form) && !in(lawmakerNouns, ps.lower(a)) && !in(legislatorTitles, ps.lower(a)) {
				continue
			}
			if p := ps.nameInRun(ps.head(a)); p >= 0 {
				return p
			}
		}
		if ps.isPerson(a) {
			return a
		}
	}
	return -1
}

// nameInRun returns token h when it is a person's name, or else the
// name's token in h's flat run ("Rep. Dale Kvale", headed by the
// title); -1 for none.
func (ps *psent) nameInRun(h int) int {
	if h < 0 || ps.isPerson(h) {
		return h
	}
	for _, c := range ps.kidsWith(h, "flat") {
		if ps.isPerson(c) {
			return c
		}
	}
	return -1
}
