package extract

// The arguments of stances that the parse gives only in part: who "the
// ministers of A and B", "the mediators", "the presidency" or "the Kenyan
// foreign ministry" are, who else signs a deal, which label a misparsed
// relative clause describes, and which participle names a measure.

import (
	"strings"

	"github.com/actorgraph/actorgraph/domain"
)

// ministersOf returns the people "the (trade) ministers of A and B" at
// noun k stand for: for each country, the one person the article names
// its minister, or where it names several, the one of the portfolio the
// noun's modifiers give ("Finance Minister X" for "the finance
// ministers"; a "counterpart" has no portfolio written). Nil unless every
// country has exactly one such minister: a country is no minister, and a
// wrong minister is a false position.
func (x *extractor) ministersOf(ps *psent, k int) []*entity {
	if ps.tok(k).UPOS != "NOUN" || ps.ent[k] != nil || ps.lemma(k) != "minister" {
		return nil
	}
	of := ps.ofEntity(k)
	if of < 0 {
		return nil
	}
	var portfolio []string
	for _, c := range ps.kids[k] {
		if r := ps.rel(c); (r == "compound" || r == "amod") && c < k {
			portfolio = append(portfolio, ps.lower(c))
		}
	}
	var out []*entity
	for _, c := range withConj(ps, []int{of}) {
		e := ps.ent[c]
		if e == nil || e.typ != domain.Country {
			return nil
		}
		m := x.ministerOf(e, portfolio)
		if m == nil {
			return nil
		}
		out = appendEnt(out, m)
	}
	return out
}

// ministerOf returns the one person the article names minister of
// country e, or of several, the one whose title, where the fact is
// stated, holds the portfolio words; nil for none or more than one.
func (x *extractor) ministerOf(e *entity, portfolio []string) *entity {
	var all, titled []*entity
	for _, f := range x.facts {
		if f.Predicate != domain.MinisterOf || f.Object != e.id {
			continue
		}
		if p := x.byID[f.Subject]; p != nil && p.typ == domain.Person {
			all = appendEnt(all, p)
			if x.titledWith(f.Sentence, p, portfolio) {
				titled = appendEnt(titled, p)
			}
		}
	}
	switch {
	case len(all) == 1:
		return all[0]
	case len(titled) == 1:
		return titled[0]
	}
	return nil
}

// titledWith reports whether a mention of person p in sentence si has
// every portfolio word among the four words before it ("Thai Defence
// Minister X" for "defence").
func (x *extractor) titledWith(si int, p *entity, portfolio []string) bool {
	if len(portfolio) == 0 {
		return true
	}
	if si < 0 || si >= len(x.sents) {
		return false
	}
	s := x.sents[si]
	for _, m := range s.ments {
		if m.ent != p {
			continue
		}
		var before []string
		for j := max(0, m.start-4); j < m.start; j++ {
			before = append(before, s.toks[j].lower)
		}
		all := true
		for _, w := range portfolio {
			all = all && strings.Contains(" "+strings.Join(before, " ")+" ", " "+w+" ")
		}
		if all {
			return true
		}
	}
	return false
}

// ofEntity returns the last "of" phrase of noun k that names an entity
// ("the leaders of Kenya and Norway": Kenya), -1 for none.
func (ps *psent) ofEntity(k int) int {
	of := -1
	for _, c := range ps.kids[k] {
		if ps.rel(c) == "nmod" && ps.caseOf(c) == "of" && ps.ent[c] != nil {
			of = c
		}
	}
	return of
}

// cosigners appends to actors the parties a signing verb v names in its
// "with" phrase or its object's: "X signed a supply deal with Y" is
// signed by Y too. A "with" phrase that holds a clause of its own ("with
// the prime minister looking on") names a witness, no party.
func (x *extractor) cosigners(ps *psent, v int, objects []int, actors []*entity) []*entity {
	withs := ps.kidsWith(v, "obl")
	for _, o := range objects {
		withs = append(withs, ps.kidsWith(o, "nmod")...)
	}
	for _, c := range withs {
		if !ps.withParty(c) {
			continue
		}
		for _, e := range x.actorsAt(ps, c, nil) {
			if e.typ == domain.Country || e.typ == domain.Organization || e.typ == domain.Person {
				actors = appendEnt(actors, e)
			}
		}
	}
	return actors
}

// withParty reports whether c is a "with" phrase that names a party, not
// a witness: "with the prime minister looking on" holds a participle,
// hung on the phrase or after it.
func (ps *psent) withParty(c int) bool {
	if ps.caseOf(c) != "with" || ps.ent[c] == nil && len(ps.kidsWith(c, "appos")) == 0 {
		return false
	}
	end := ps.subtreeEnd(c)
	return len(ps.kidsWith(c, "acl", "advcl", "xcomp", "acl:relcl")) == 0 && (end >= len(ps.kids) || ps.tok(end).XPOS != "VBG")
}

// signingParty reports whether modifier c of noun k, the object of a
// signing or of reaching an agreement, names a party that signs or
// reaches it with the subject ("signed a supply deal with Y", "reached
// an agreement with Y to share the waters"), which is no part of its
// name.
func (ps *psent) signingParty(k, c int) bool {
	v := ps.head(k)
	return v >= 0 && in(concludeLemmas, ps.lemma(v)) && ps.rel(k) == "obj" && ps.rel(c) == "nmod" && ps.withParty(c)
}

// concludeLemmas conclude an agreement with a party ("ratified an
// agreement with Rosatom to build …": Rosatom is its party, no name).
var concludeLemmas = set("sign", "reach", "strike", "ratify")

// labelBefore returns the label noun ("an offer", "a plan") that verb h
// has in apposition right before its relative clause v, where the parser
// hung the clause on the verb: "X offered a pay rise, an offer the union
// rejected". -1 for none.
func (ps *psent) labelBefore(h, v int) int {
	if h < 0 || ps.tok(h).UPOS != "VERB" || ps.tok(v).Deprel != "acl:relcl" {
		return -1
	}
	a := -1
	for _, c := range ps.kidsWith(h, "appos") {
		if c < v && in(labelProposals, ps.lemma(c)) {
			a = c
		}
	}
	if a < 0 || ps.subtreeEnd(a) != v && ps.leftmost(v) != ps.subtreeEnd(a) {
		return -1
	}
	return a
}

// describingParticiple reports whether c is a past participle after the
// noun it describes that says which ones are meant ("migrants rescued at
// sea"), not who proposed or backed a measure ("a plan drafted by X"),
// nor a relative clause with its own subject ("the edge of the
// province, from which weapons would be withdrawn").
func (ps *psent) describingParticiple(c int) bool {
	if ps.tok(c).XPOS != "VBN" || c < ps.head(c) || ps.has(c, "nsubj") || ps.has(c, "nsubj:pass") || ps.has(c, "obl:agent") {
		return false
	}
	_, stance := stanceLemmas[ps.lemma(c)]
	return !stance && !in(brokerWords, ps.lemma(c)) && !in(brokerWords, ps.lower(c))
}

// conjRelative returns the relative clause verb that verb v, with a
// subject but no object of its own, is conjoined to: "a plan which
// Greece backed but Poland rejected", also where the parser hung the
// second verb on the main clause, right after the relative clause ends;
// -1 otherwise.
func (ps *psent) conjRelative(v int) int {
	if ps.rel(v) != "conj" || !ps.has(v, "nsubj") {
		return -1
	}
	for _, c := range ps.kids[v] {
		if r := ps.rel(c); r == "obj" || r == "ccomp" || r == "xcomp" {
			return -1
		}
	}
	if h := ps.head(v); ps.tok(h).UPOS == "VERB" && ps.relativeHead(h) >= 0 {
		return h
	}
	for q := v - 1; q >= 0; q-- {
		if ps.tok(q).Deprel == "acl:relcl" && ps.relativeHead(q) >= 0 && ps.subtreeEnd(q) == ps.leftmost(v) {
			return q
		}
	}
	return -1
}

// nationalBody returns the country a state body named by no name of its
// own stands for when it takes a stance: "the Kyrgyz foreign ministry"
// (a demonym and lower-case words, which the recognizer may have taken
// for a name), or "the presidency" of the one country the article names
// a president of. Nil otherwise.
func (x *extractor) nationalBody(ps *psent, k int) *entity {
	if e := ps.ent[k]; e != nil {
		return x.bodyCountry(ps.s, e)
	}
	if ps.lemma(k) != "presidency" || !ps.definite(k) {
		return nil
	}
	var country *entity
	for _, f := range x.facts {
		if f.Predicate != domain.PresidentOf {
			continue
		}
		if c := x.byID[f.Object]; c != nil && c.typ == domain.Country && c != country {
			if country != nil {
				return nil
			}
			country = c
		}
	}
	return country
}

// bodyCountry returns the country organization e stands for where
// sentence s names it by a demonym and lower-case words that end with a
// state body, "the Kyrgyz foreign ministry" ("the Kyrgyz Foreign
// Ministry" is a name); nil otherwise.
func (x *extractor) bodyCountry(s *sentence, e *entity) *entity {
	if e.typ != domain.Organization {
		return nil
	}
	for _, m := range s.ments {
		if m.ent != e || m.end-m.start < 2 || !in(nationalBodies, s.toks[m.end-1].lower) {
			continue
		}
		lower := true
		for j := m.start + 1; j < m.end; j++ {
			lower = lower && !s.toks[j].cap
		}
		if c := x.countryNamed(s.toks[m.start].text); lower && c != nil {
			return c
		}
	}
	return nil
}

// nationalBodies head the names of a state's bodies that stand for it.
var nationalBodies = set("ministry", "government", "cabinet", "administration", "presidency")

// labelSubject returns the label noun ("a plan", "an offer") that the
// parser made the first of two subjects of verb v, which has no object:
// "…, a plan the presidency rejected" is a reduced relative clause on
// the label. -1 otherwise.
func (ps *psent) labelSubject(v int) int {
	subj := ps.kidsWith(v, "nsubj")
	if len(subj) != 2 || ps.has(v, "obj") || !in(labelProposals, ps.lemma(subj[0])) || !ps.afterComma(subj[0]) {
		return -1
	}
	return subj[0]
}

// theMediators returns the countries of "the mediators" (or "the
// negotiators") at noun k: the demonyms and country names right before
// that noun where one of the three sentences before names them,
// "Egyptian, Qatari and U.S. mediators met … The mediators have
// proposed …". Nil for a noun with modifiers of its own, and where none
// is named.
func (x *extractor) theMediators(ps *psent, k int) []*entity {
	if ps.ent[k] != nil || !in(mediatorNouns, ps.lemma(k)) || !ps.definite(k) || ps.has(k, "amod") {
		return nil
	}
	for si := ps.idx - 1; si >= 0 && si >= ps.idx-3; si-- {
		s := &x.sents[si]
		for j := len(s.toks) - 1; j > 0; j-- {
			if s.toks[j].lower != ps.lower(k) {
				continue
			}
			if cs := x.countriesBefore(s, j); len(cs) > 0 {
				return cs
			}
		}
	}
	return nil
}

// mediatorNouns name a third party by the countries it is from.
var mediatorNouns = set("mediator", "negotiator")

// countriesBefore returns the countries the demonyms and country names
// right before token j of s name, joined by commas and "and": "Egyptian,
// Qatari and U.S. mediators".
func (x *extractor) countriesBefore(s *sentence, j int) []*entity {
	var out []*entity
	for k := j - 1; k >= 0; k-- {
		t := s.toks[k]
		if t.lower == "," || t.lower == "and" {
			continue
		}
		if m := mentionAt(s, k); m != nil && m.end == k+1 && m.ent.typ == domain.Country {
			out = appendEnt(out, m.ent)
			k = m.start
			continue
		}
		if c, ok := x.demonym(t.text); ok && t.cap {
			out = appendEnt(out, x.entity(domain.Country, c))
			continue
		}
		break
	}
	return out
}

// theGovernment returns the country "the government" at noun k stands
// for: the one country its sentence names before it, or else the one
// whose government an earlier sentence named by its name or demonym
// ("Colombia's government", "the Colombian government"), the nearest
// such sentence deciding; nil where that sentence names two.
func (x *extractor) theGovernment(ps *psent, k int) *entity {
	if ps.ent[k] != nil || ps.lemma(k) != "government" || !ps.definite(k) || ps.has(k, "amod") {
		return nil
	}
	var named []*entity
	for j := range k {
		if e := ps.ent[j]; e != nil && e.typ == domain.Country && ps.kind[j] == mName {
			named = appendEnt(named, e)
		}
	}
	if len(named) == 1 {
		return named[0] // "Pakistan and the IMF ended talks … after the government refused …"
	}
	for si := ps.idx - 1; si >= 0; si-- {
		prev := x.parsed[si]
		if prev == nil {
			continue
		}
		var found []*entity
		for j := range prev.kids {
			if prev.lemma(j) == "government" {
				for _, c := range x.demonymActors(prev, j) {
					found = appendEnt(found, c)
				}
			}
		}
		switch len(found) {
		case 0:
			continue
		case 1:
			return found[0]
		}
		return nil
	}
	return nil
}

// twoGroups returns the two organizations "two (rival) groups" at noun k
// are: the first pair of organizations that one of the two sentences
// after it (or the one before) conjoins ("and", "or"), "Two rival armed groups
// agreed to a ceasefire … The envoy met the commanders of the X Brigade
// and the Y Force". Nil otherwise.
func (x *extractor) twoGroups(ps *psent, k int) []*entity {
	if ps.ent[k] != nil || !in(pairNouns, ps.lemma(k)) {
		return nil
	}
	first := ps.leftmost(k)
	for first < k && ps.tok(first).UPOS == "PUNCT" {
		first++
	}
	if ps.lower(first) != "two" {
		return nil // ("Two rival armed groups": "two" opens the phrase, whatever it hangs on)
	}
	for _, si := range []int{ps.idx + 1, ps.idx + 2, ps.idx - 1} {
		if si < 0 || si >= len(x.parsed) || x.parsed[si] == nil {
			continue
		}
		o := x.parsed[si]
		for j := range o.kids {
			a := o.ent[j]
			if a == nil || a.typ != domain.Organization || o.kind[j] != mName {
				continue
			}
			conj := o.kidsWith(j, "conj")
			if len(conj) != 1 {
				continue
			}
			if b := o.ent[conj[0]]; b != nil && b != a && b.typ == domain.Organization && o.kind[conj[0]] == mName {
				return []*entity{a, b}
			}
		}
	}
	return nil
}

// pairNouns name the two parties of a conflict by their kind.
var pairNouns = set("group", "militia", "faction", "force", "movement")

// memberBody returns the organization whose members plural noun k names,
// which act as the body: "Member states of the World Health Organization
// adopted the annex" (one member, "a member of the council", is not the
// council). Nil otherwise.
func (ps *psent) memberBody(k int) *entity {
	if ps.tok(k).XPOS != "NNS" {
		return nil
	}
	if m := ps.kidWith(k, "compound", ""); ps.lemma(k) != "member" && (ps.lemma(k) != "state" || m < 0 || ps.lemma(m) != "member") {
		return nil
	}
	c := ps.kidWith(k, "nmod", "of")
	if c < 0 || ps.ent[c] == nil || ps.ent[c].typ != domain.Organization {
		return nil
	}
	// "three member states of the WHO", "some members of the council":
	// a part of the members, not the body
	if ps.kidWith(k, "nummod", "") >= 0 {
		return nil
	}
	for _, d := range ps.kids[k] {
		if r := ps.rel(d); (r == "det" || r == "amod") && in(subsetWords, ps.lower(d)) {
			return nil
		}
	}
	return ps.ent[c]
}

// subsetWords pick out some of a body's members: "several member
// states", "most members".
var subsetWords = set("some", "several", "many", "few", "most", "other", "certain", "various", "numerous", "both")
