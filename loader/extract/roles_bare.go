package extract

import "github.com/actorgraph/actorgraph/domain"

// titledBody returns the body a bare title before a name serves when
// the article spoke before of that office by its body alone: "The
// African Union's envoy arrived in Juba … Envoy X met the president"
// (the envoy the first line did not name is X). Only an envoy's, a
// spokesman's or a head's office is read so, whose title has no country
// of its own to guess from; the nearest earlier sentence with such a
// phrase decides, and one that gives two bodies gives none.
func (x *extractor) titledBody(r role) *entity {
	if r.pred != domain.EnvoyOf && r.pred != domain.SpokespersonFor && r.pred != domain.HeadOf || r.title == "" {
		return nil
	}
	head := lastWord(r.title)
	for si := r.sent - 1; si >= 0; si-- {
		var found *entity
		s := &x.sents[si]
		for j := range s.toks {
			if s.toks[j].lower != head || s.toks[j].cap || s.toks[j].quoted {
				continue
			}
			e := possessorBefore(s, j)
			if e == nil {
				continue
			}
			if found != nil && found != e {
				return nil
			}
			found = e
		}
		if found != nil {
			return found
		}
	}
	return nil
}

// possessorBefore returns the organization or country whose possessive
// comes before the title word at token j, over at most two lower-case
// words ("the African Union's special envoy"); nil for none.
func possessorBefore(s *sentence, j int) *entity {
	k := j - 1
	for k >= 0 && j-k <= 3 && s.toks[k].kind == tWord && !s.toks[k].cap {
		k--
	}
	if k < 1 || s.toks[k].kind != tPoss {
		return nil
	}
	for i := range s.ments {
		m := &s.ments[i]
		if m.end == k && !m.quoted && (m.ent.typ == domain.Organization || m.ent.typ == domain.Country) {
			return m.ent
		}
	}
	return nil
}
