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
func (x *extractor) seatFacts() {
	for _, e := range slices.Clone(x.ents) {
		if e.first < 0 || e.partOf != "" {
			continue
		}
		if c := x.seatCountry(e); c != nil && c != e {
			x.addFact(e.id, domain.PartOf, c.id, false, e.first, x.sents[e.first].hedge)
		}
	}
}
