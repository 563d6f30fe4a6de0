package extract

import "github.com/actorgraph/actorgraph/domain"

// pronounHolder returns the person a "he" or "she" subject of work or
// lead verb v stands for, by the trained coreference model, when the
// verb says the post is held now: in the present ("She heads the Corvin
// Trust") or the present perfect ("He has chaired the union since
// 2021"). "He led the union until 2019", "she will head it" and "he
// was to lead it" give nil, as does a pronoun the model links to no
// named person.
func (x *extractor) pronounHolder(ps *psent, v int) *entity {
	if ps.notYetOrPast(v) || !ps.heldNow(v) {
		return nil
	}
	for _, c := range ps.kidsWith(v, "nsubj") {
		if ps.tok(c).UPOS == "PRON" && in(personPronouns, ps.lower(c)) {
			return x.corefAntecedent(ps.idx, c, domain.Person)
		}
	}
	return nil
}

// heldNow reports whether verb v is in the present or the present
// perfect: "heads", "has led".
func (ps *psent) heldNow(v int) bool {
	switch ps.tok(v).XPOS {
	case "VBZ", "VBP":
		return true
	case "VBN":
		for _, c := range ps.kidsWith(v, "aux") {
			if l := ps.lower(c); l == "has" || l == "have" {
				return true
			}
		}
	}
	return false
}

// pronounRole states that person p, the pronoun subject of verb v, holds
// role pred in the organization token c names, as verbRole does for a
// named subject.
func (x *extractor) pronounRole(ps *psent, p *entity, v, c int, pred domain.Predicate) {
	if e, pred := x.verbBody(ps, c, pred); e != nil {
		x.trace(ps, []int{v, c})
		x.addFact(p.id, pred, e.id, false, ps.idx, ps.s.hedge)
	}
}
