package extract

import "github.com/actorgraph/actorgraph/domain"

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
	if ps.tok(k).UPOS != "NOUN" || !in(stateNouns, ps.lemma(k)) {
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
