package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/domain"
)

// The part_of rules read an organization's place in a larger one from
// a sentence: a possessive ("the Corvin Group's Lumen Fund") and a
// descriptor between the two names ("the Corvin Group research unit
// Lumen Labs"). ("The Lumen Fund of the Corvin Group" is read with the
// names, by branchOf.) A country is the whole only of a state body
// ("Norland's Coast Guard Command"): a company a country's possessive
// names is based there, not part of it.

// unitNouns name what a part of an organization is, between the
// owner's name and its own: "the Corvin Group research unit Lumen Labs",
// "Hezbollah's television channel X". Lemmas.
var unitNouns = set("agency", "office", "body", "arm", "wing", "unit", "branch", "division",
	"subsidiary", "affiliate", "channel", "broadcaster", "television", "station", "newspaper",
	"outlet", "committee", "council", "commission", "court", "tribunal", "mission", "fund",
	"organ", "department", "bureau", "service", "radio", "website", "command", "force")

// partFact states that organization part belongs to whole, an
// organization, a bloc or, for a state body, a country. It refuses a loop ("A
// part of B" after "B part of A") and a part of itself.
func (x *extractor) partFact(ps *psent, part, whole *entity, toks []int) {
	if part == nil || whole == nil || part == whole || part.typ != domain.Organization {
		return
	}
	switch whole.typ {
	case domain.Organization:
		if whole.parentOrg == part.id {
			return
		}
		if part.parentOrg == "" {
			part.parentOrg = whole.id
		}
	case domain.Country:
		// (any body the text makes a unit of a bloc is its: "Europol, the
		// European Union's police agency")
		if !governmentBody(part) && !(congressName(part.name) && ps.legislates(part)) && !x.isBloc(whole) {
			return
		}
		if part.partOf == "" {
			part.partOf = whole.id
		}
	default:
		return
	}
	x.trace(ps, toks)
	x.addFact(part.id, domain.PartOf, whole.id, false, ps.idx, ps.s.hedge)
}

// congressName reports whether name is a legislature's that calls it a
// congress alone: "Congress", "National Congress" ("Norland's Congress
// voted"). A party's or a union's congress has a name of its own ("the
// Norland National Congress", "the Trades Congress").
func congressName(name string) bool {
	switch strings.ToLower(name) {
	case "congress", "national congress":
		return true
	}
	return false
}

// legislates reports whether a mention of e in the sentence does what a
// legislature does: it is the subject of a verb of legislativeLemmas
// ("Peru's Congress on Tuesday censured the minister", "Brazil's
// Congress must still approve the budget"), read in the parse or, as the
// parser often hangs the verb elsewhere after a time phrase, as the first
// verb after the name. "India's Congress won three states", "accused the
// prime minister", "who leads India's Congress" name a party.
func (ps *psent) legislates(e *entity) bool {
	for t := range ps.d.Tokens {
		if ps.ent[t] != e || ps.mentionHead(t) != t {
			continue
		}
		if v := ps.head(t); ps.rel(t) == "nsubj" && v >= 0 && ps.legislativeVerb(v) {
			return true
		}
		_, end := ps.mentionSpan(t)
		for j := end; j < len(ps.d.Tokens); j++ {
			u, l := ps.tok(j).UPOS, ps.lower(j)
			_, weekday := weekdayNum[l]
			if u == "ADV" || u == "AUX" || u == "PART" || l == "on" || l == "late" || l == "early" || u == "NUM" ||
				weekday || monthNum[strings.TrimSuffix(l, ".")] > 0 {
				continue
			}
			if u == "VERB" && ps.legislativeVerb(j) {
				return true
			}
			break
		}
	}
	return false
}

// legislativeVerb reports whether verb v, or the verb it takes ("voted
// to approve", "is expected to pass"), is a legislature's act: a verb
// only a legislature does ("censured the minister"), or one a party does
// too whose object is a law ("rejected a constitutional reform", not
// "rejected exit polls", "dismissed the charges", "voted to expel").
func (ps *psent) legislativeVerb(v int) bool {
	if ps.legislativeAct(v) {
		return true
	}
	for _, c := range ps.kids[v] {
		if ps.rel(c) == "xcomp" && ps.legislativeAct(c) {
			return true
		}
	}
	return false
}

func (ps *psent) legislativeAct(v int) bool {
	l := ps.lemma(v)
	if l == "vote" && v+1 < len(ps.d.Tokens) && (ps.lower(v+1) == "down" || ps.lower(v+1) == "through") {
		return true // "voted down the tax plan", "voted through"
	}
	return in(legislatureOnlyLemmas, l) || in(legislativeLemmas, l) && ps.lawObject(v)
}

// lawObject reports whether the noun phrase right after verb v ("on"
// allowed first: "voted on the budget") has a law's noun in it.
func (ps *psent) lawObject(v int) bool {
	for j := v + 1; j < len(ps.d.Tokens); j++ {
		u, l := ps.tok(j).UPOS, ps.lower(j)
		if j == v+1 && l == "on" {
			continue
		}
		if u == "NOUN" && in(lawObjectNouns, ps.lemma(j)) {
			return true
		}
		if u != "DET" && u != "ADJ" && u != "NOUN" && u != "PROPN" && u != "NUM" && l != "-" {
			return false
		}
	}
	return false
}

// legislatureOnlyLemmas are acts only a legislature does; legislativeLemmas
// are what a legislature does that a party does too, a legislature's act
// only when its object is a law (lawObjectNouns).
var legislatureOnlyLemmas = set("pass", "ratify", "impeach", "censure", "enact", "override", "amend", "repeal", "legislate")

var legislativeLemmas = set("approve", "reject", "vote", "debate", "adopt", "confirm", "overturn", "remove", "dismiss",
	"elect", "convene", "consider", "discuss", "oust", "authorize", "authorise", "endorse", "summon", "suspend", "sanction")

var lawObjectNouns = setWith(lawNouns, "budget", "reform", "treaty", "veto",
	"decree", "impeachment", "measure", "resolution", "constitution", "statute", "ordinance")

// ownerAt returns the organization or country token k names as a
// possessor: a name, or "its" through coreference. A capital's
// possessive ("Moscow's X") is left alone, and so is "the group's": the
// organization named just before is too often another one.
func (x *extractor) ownerAt(ps *psent, k int) *entity {
	if ps.kind[k] == mGov {
		return nil
	}
	return x.bodyAt(ps, k)
}

// namedOrgs returns the head tokens of the organizations ps names.
func (ps *psent) namedOrgs() []int {
	var out []int
	for _, h := range ps.heads() {
		if e := ps.ent[h]; e.typ == domain.Organization && ps.kind[h] == mName {
			out = append(out, h)
		}
	}
	return out
}

// partPossessive: "the Corvin Group's Lumen Fund", "its Lumen Fund": the
// possessor right before an organization's name is the whole it belongs
// to. Read in word order: the parser often makes the possessor a subject
// of its own before a verb. The part's name holds an organization word,
// or the noun after it names a body ("its Lumen television channel"):
// "the Navy's F-18 fighter" names a plane. A name that qualifies another
// noun ("the Corvin Group's Lumen Fund report", "the Corvin Group's
// Lumen Fund chief") is left alone unless that noun names a body: the
// possessor may own the noun, and the parse says too little.
func partPossessive(x *extractor, ps *psent) {
	for _, h := range ps.namedOrgs() {
		start, end := ps.mentionSpan(h)
		next := ""
		if end < len(ps.d.Tokens) && ps.ent[end] == nil {
			next = ps.lemma(end)
		}
		if !hasOrgCue(ps.ent[h].name) && !governmentBody(ps.ent[h]) && !in(unitNouns, next) && !in(mediaNouns, next) {
			continue
		}
		k := start - 1
		if r, hd := ps.rel(h), ps.head(h); (r == "compound" || r == "amod") && hd >= end && ps.ent[hd] == nil &&
			!in(unitNouns, ps.lemma(hd)) && !in(mediaNouns, ps.lemma(hd)) && !ps.stateBodyTitle(h, hd, k) {
			continue
		}
		if k >= 1 && ps.possMark(k) {
			k--
		} else if k < 0 || !in(bodyPronouns, ps.lower(k)) {
			continue
		}
		if ps.ent[k] != ps.ent[h] {
			x.partFact(ps, ps.ent[h], x.ownerAt(ps, k), []int{k, h})
		}
	}
}

// stateBodyTitle reports whether the noun hd that the name at token h
// qualifies is a title, the name a state body's and the possessor
// before token k+1 a country: "Norland's Senate President" is the
// president of Norland's Senate, whoever the possessive owns.
func (ps *psent) stateBodyTitle(h, hd, k int) bool {
	if k < 1 || !ps.possMark(k) || !isTitleNoun(ps.lemma(hd)) || !governmentBody(ps.ent[h]) {
		return false
	}
	c := ps.ent[k-1]
	return c != nil && c.typ == domain.Country
}

// possMark reports whether token k is the possessive "'s" (or the
// apostrophe after a plural: "the Brothers' X").
func (ps *psent) possMark(k int) bool {
	switch ps.tok(k).Form {
	case "'s", "’s":
		return true
	case "'", "’":
		return ps.tok(k).UPOS == "PART"
	}
	return false
}

// partDescriptor: "the Corvin Group research unit Lumen Labs", "the
// Corvin Group's research unit, the Lumen Institute": an organization, lower-case
// words ending in a body noun, and the name of the body. Read in word
// order: the parser often splits the two names into separate subjects.
func partDescriptor(x *extractor, ps *psent) {
	for _, h := range ps.namedOrgs() {
		start, _ := ps.mentionSpan(h)
		k := start - 1
		if k >= 1 && ps.lower(k) == "the" && ps.tok(k-1).Form == "," {
			k--
		}
		if k >= 0 && ps.tok(k).Form == "," {
			k--
		}
		if k < 0 || ps.ent[k] != nil || !in(unitNouns, ps.lemma(k)) {
			continue
		}
		noun := k
		for n := 0; k >= 0 && n < 4 && ps.ent[k] == nil && (ps.tok(k).UPOS == "NOUN" || ps.tok(k).UPOS == "ADJ") && !startsUpper(ps.tok(k).Form); n++ {
			k--
		}
		if k >= 1 && ps.possMark(k) {
			k-- // "the Corvin Group's research unit"
		}
		if k < 0 || k == noun {
			continue
		}
		if whole := x.ownerAt(ps, k); whole != nil && whole.typ == domain.Organization {
			x.partFact(ps, ps.ent[h], whole, []int{k, noun, h})
		}
	}
}
