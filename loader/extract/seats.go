package extract

import (
	"slices"

	"github.com/actorgraph/actorgraph/domain"
)

// seatFacts makes every seat of government the article names (the
// Kremlin, the White House, Downing Street, the Élysée: the gazetteer's
// Seat table, not a rule) part_of the country it governs, as ONTOLOGY.md
// has it, with the sentence that first names the seat as evidence. The
// seat stays an organization of its own; only the edge is added.
// A seat named only inside direct quotes ("'hit the Kremlin where it
// hurts'") is a speaker's figure: no edge.
func (x *extractor) seatFacts() {
	for _, e := range slices.Clone(x.ents) {
		if e.first < 0 || e.partOf != "" {
			continue
		}
		c := x.seatCountry(e)
		if c == nil || c == e {
			continue
		}
		if si := x.firstUnquoted(e); si >= 0 {
			x.addFact(e.id, domain.PartOf, c.id, false, si, x.sents[si].hedge)
		}
	}
}

// firstUnquoted returns the first sentence that names e outside direct
// quotes, or -1.
func (x *extractor) firstUnquoted(e *entity) int {
	for si := e.first; si < len(x.sents); si++ {
		s := &x.sents[si]
		for _, m := range s.ments {
			if m.ent == e && m.start < len(s.toks) && !s.toks[m.start].quoted {
				return si
			}
		}
	}
	return -1
}
