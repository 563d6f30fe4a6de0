package extract

import "github.com/actorgraph/actorgraph/domain"

// counterpartRoles are the offices a counterpart holds in another
// country: "his Russian counterpart X" is to Russia what the possessor is
// to his own country.
var counterpartRoles = []domain.Predicate{domain.PresidentOf, domain.PrimeMinisterOf, domain.MinisterOf}

// roleCounterpart: "Ana Soler met her Vestan counterpart, Ivo Brandt":
// the counterpart holds in the named country the office the possessor
// holds in theirs, as the article states it. The possessor is a name, a
// pronoun the coreference model resolves, or else the subject of the
// clause ("Soler met Vestan counterpart Ivo Brandt").
func roleCounterpart(x *extractor, ps *psent) {
	for t := range ps.d.Tokens {
		if ps.lemma(t) != "counterpart" || ps.ent[t] != nil {
			continue
		}
		country := ps.counterpartCountry(t)
		person := ps.counterpartName(t)
		if person < 0 {
			continue
		}
		peer := x.counterpartOf(ps, t, person)
		if peer == nil {
			continue
		}
		pred, title, ok := x.governmentRole(peer)
		if !ok || pred == "" {
			continue
		}
		p := x.personAt(ps, person)
		if p == nil || p == peer {
			continue
		}
		x.markForeign(p, peer, pred)
		if country == nil {
			continue // "her Korean counterpart": no country the gazetteer knows
		}
		x.trace(ps, []int{t, person})
		x.emitRoleTitle(role{pred: pred, title: title, obj: country, person: p, sent: ps.idx}, false)
	}
}

// markForeign records that person p holds office pred in none of the
// countries where peer, whose counterpart p is, holds it.
func (x *extractor) markForeign(p, peer *entity, pred domain.Predicate) {
	for _, r := range x.roles {
		if r.person == peer && r.pred == pred && r.obj.typ == domain.Country {
			if x.foreign == nil {
				x.foreign = map[string][]*entity{}
			}
			x.foreign[p.id] = append(x.foreign[p.id], r.obj)
		}
	}
}

// counterpartCountry returns the country named by a modifier of the noun
// ("Russian counterpart", "the counterpart of Russia").
func (ps *psent) counterpartCountry(t int) *entity {
	for _, c := range ps.kids[t] {
		e := ps.ent[c]
		if e == nil || e.typ != domain.Country {
			continue
		}
		if r := ps.rel(c); c < t && (r == "amod" || r == "compound") || c > t && ps.caseOf(c) == "from" || c > t && ps.caseOf(c) == "of" {
			return e
		}
	}
	return nil
}

// counterpartName returns the person token the noun describes: its
// apposition ("counterpart, X"), or the name it premodifies
// ("counterpart X"); -1 for none.
func (ps *psent) counterpartName(t int) int {
	for _, c := range ps.kids[t] {
		if ps.tok(c).Deprel == "appos" && c > t {
			return c
		}
	}
	if h := ps.head(t); h > t {
		if r := ps.tok(t).Deprel; r == "compound" || r == "nmod:desc" || r == "appos" {
			return h
		}
	}
	// the name right after, where the parser attached it elsewhere
	// ("his Ethiopian counterpart, Yonas Girma, met …")
	k := t + 1
	if k < len(ps.d.Tokens) && ps.tok(k).Form == "," {
		k++
	}
	// past the counterpart's own title: "her Korean counterpart, Trade
	// Minister X"
	for k < len(ps.d.Tokens) && !ps.isPerson(k) && (isTitleNoun(ps.lemmaOrLower(k)) || in(titleModifiers, ps.lower(k))) {
		k++
	}
	if k < len(ps.d.Tokens) && ps.isPerson(k) {
		return ps.mentionHead(k)
	}
	return -1
}

// counterpartOf returns the person whose counterpart noun t is: its
// possessor, or the subject of the verb the phrase depends on.
func (x *extractor) counterpartOf(ps *psent, t, person int) *entity {
	for _, c := range ps.kids[t] {
		if ps.tok(c).Deprel != "nmod:poss" {
			continue
		}
		if ps.isPerson(c) {
			return ps.ent[c]
		}
		if ps.tok(c).UPOS == "PRON" {
			if h := ps.conjoinedPerson(t, person); h >= 0 {
				return ps.ent[h]
			}
			return x.corefAntecedent(ps.idx, c, domain.Person)
		}
		return nil
	}
	// the phrase's head: the noun, or the name it premodifies
	n := t
	if ps.head(t) == person {
		n = person
	}
	v := ps.head(n)
	if v < 0 || ps.tok(v).UPOS != "VERB" {
		return nil
	}
	for _, c := range ps.kids[v] {
		if ps.rel(c) == "nsubj" && ps.isPerson(c) {
			return ps.ent[c]
		}
	}
	return nil
}

// governmentRole returns the office of a country that the article states
// p holds, with its title, when it states exactly one.
func (x *extractor) governmentRole(p *entity) (domain.Predicate, string, bool) {
	var pred domain.Predicate
	for _, f := range x.facts {
		if f.Subject != p.id {
			continue
		}
		for _, r := range counterpartRoles {
			if f.Predicate == r {
				if pred != "" && pred != r {
					return "", "", false
				}
				pred = r
			}
		}
	}
	if pred == "" {
		return "", "", false
	}
	title := ""
	for _, f := range x.facts {
		if f.Subject == p.id && f.Predicate == domain.Title {
			title = f.Object
		}
	}
	return pred, title, true
}

// conjoinedPerson returns the person named before counterpart noun t (or
// the name t premodifies) that the phrase is conjoined to: in "talks
// between Minister X and his Cambodian counterpart, Y" the possessive is
// X's, whoever else the sentence or the coreference model puts first;
// -1 for none.
func (ps *psent) conjoinedPerson(t, person int) int {
	n := t
	if ps.head(t) == person {
		n = person
	}
	h := ps.head(n)
	if ps.rel(n) != "conj" || h < 0 || h > t || !ps.isPerson(h) {
		return -1
	}
	return h
}
