package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/domain"
)

// regionAgent returns the first-level subdivision (a state, province or
// region the gazetteer lists as one) that token k names as the agent of a
// stance: the region's own government, as the samples write a country for
// its government. "Western Australia's government proposed …", "the
// Sarawak government signed …", "California and Nevada have backed the
// plan", "the province refused to sign" is no name and stays out. Nil
// otherwise (a city is no government, a capital is capitalAgent's).
func (x *extractor) regionAgent(ps *psent, k int) *entity {
	if e := ps.ent[k]; e != nil {
		if _, end := ps.mentionSpan(k); end < len(ps.d.Tokens) && ps.tok(end).UPOS == "PROPN" {
			return nil // "New Mexico Gov. X proposed …": the governor's, parsed with the state a subject too
		}
		if ps.kind[k] == mName && x.regionActor(e) {
			return e
		}
		return nil
	}
	if ps.tok(k).UPOS != "NOUN" {
		return nil
	}
	if ps.stateOfRegion(k) {
		return x.theRegion(ps) // "the state government rejected …", "said the region opposed the plan"
	}
	if !in(stateNouns, ps.lemma(k)) {
		return nil
	}
	for _, c := range ps.kids[k] {
		switch ps.tok(c).Deprel {
		case "nmod:poss":
		case "compound":
			if c > k {
				continue
			}
		default:
			continue
		}
		if e := ps.ent[c]; e != nil && ps.kind[c] == mName && x.regionActor(e) {
			return e // "Western Australia's government", "the Sarawak government"
		}
	}
	return nil
}

// regionActor reports whether e is a place the gazetteer knows only as a
// first-level subdivision ("Buenos Aires" is also a capital: no region).
func (x *extractor) regionActor(e *entity) bool {
	return e.typ == domain.Place && x.onlyRegionNamed(e)
}

// stateOfRegion reports whether noun k is "the state", "the region" or
// "the province" (lower case, with no word of its own but "the"), or a
// state noun the subdivision's word qualifies: "the state government",
// "the regional government", "the state cabinet", "the provincial
// administration".
func (ps *psent) stateOfRegion(k int) bool {
	if ps.tok(k).Form != ps.lower(k) {
		return false // "the State Department", "the Province"
	}
	region := in(subdivisionWords, ps.lemma(k))
	the, qualified := false, false
	for _, c := range ps.kids[k] {
		switch r := ps.tok(c).Deprel; {
		case r == "det" && ps.lower(c) == "the":
			the = true
		case r == "punct":
		case !region && c == k-1 && (r == "compound" || r == "amod") && in(regionalWords, ps.lower(c)):
			qualified = true
		default:
			return false // "the state of emergency", "the region's governor", "the Kurdish regional government"
		}
	}
	return the && (region || qualified && in(stateNouns, ps.lemma(k)))
}

// subdivisionWords name a first-level subdivision; regionalWords qualify its
// government.
var (
	subdivisionWords = set("state", "region", "province")
	regionalWords    = set("state", "regional", "provincial")
)

// theRegion returns the first-level subdivision "the state" of sentence ps
// stands for: the one the sentence names, else the one the article names
// (onlyRegion). Nil when the article names a government of its own as a
// body ("the Kurdistan Regional Government": that body speaks for itself).
func (x *extractor) theRegion(ps *psent) *entity {
	for si := range x.sents {
		for _, m := range x.sents[si].ments {
			if m.ent.typ == domain.Organization && strings.HasSuffix(m.ent.name, " Government") {
				return nil
			}
		}
	}
	var found *entity
	for _, m := range ps.s.ments {
		if m.ent.typ != domain.Place || m.ent == found || !x.regionActor(m.ent) {
			continue
		}
		if found != nil {
			return nil
		}
		found = m.ent
	}
	if found != nil {
		return found
	}
	if r := x.onlyRegion(); r != nil && x.regionActor(r) {
		return r
	}
	return nil
}
