package extract

import "github.com/actorgraph/actorgraph/domain"

// resolutionNouns name a text a body adopts to state a stance: "passed a
// resolution opposing the landfill work".
var resolutionNouns = set("resolution", "motion", "declaration")

// resolutionStance reads the stance the resolution at noun c states, when
// verb v adopts it: "the assembly passed a resolution opposing the
// landfill work" (the assembly rejects the landfill work), "adopted a
// motion backing the plan" (it endorses the plan). It returns the stance,
// the participle and the noun of what the stance is on; ok is false for
// anything else ("adopted a resolution on fisheries", "filed a resolution
// calling for an audit": filing adopts nothing).
func (ps *psent) resolutionStance(v, c int) (domain.Predicate, int, int, bool) {
	if !in(adoptionLemmas, ps.lemma(v)) || ps.tok(c).UPOS != "NOUN" || !in(resolutionNouns, ps.lemma(c)) || ps.rel(c) != "obj" {
		return "", -1, -1, false
	}
	for _, p := range ps.kidsWith(c, "acl") {
		if p < c || ps.tok(p).XPOS != "VBG" || ps.negatedVerb(p) {
			continue
		}
		pred, ok := stanceLemmas[ps.lemma(p)]
		if !ok || pred == domain.Proposed {
			continue
		}
		if o := ps.kidWith(p, "obj", ""); o >= 0 && ps.tok(o).UPOS == "NOUN" && ps.ent[o] == nil {
			return pred, p, o, true
		}
	}
	return "", -1, -1, false
}

// resolvedStance states that the actors who adopt resolution c take the
// stance it states (resolutionStance) on what it names, instead of
// endorsing the resolution: the measure noun o names, or else its own
// phrase; a bare noun no measure before names gives nothing. It reports
// whether c is such a resolution.
func (x *extractor) resolvedStance(ps *psent, v, c int, actors []*entity) bool {
	pred, p, o, ok := ps.resolutionStance(v, c)
	if !ok {
		return false
	}
	name, _, used := x.measureOf(ps, o)
	if name == "" {
		name, used = ps.phraseName(o), []int{o}
	}
	if name == "" || name == ps.lower(o) {
		// "adopted a resolution rejecting the cut", a cut the story
		// named no measure before: what is rejected is not known, and
		// the resolution is no measure of its own
		return true
	}
	x.statePositions(ps, actors, pred, nil, name, append([]int{v, c, p}, used...))
	return true
}
