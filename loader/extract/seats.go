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
// hurts'") is a speaker's figure: no edge. Nor is one of a country
// the article leaves out while it names others: "the National Palace" of
// an article on Ethiopia and Egypt is not Mexico's, whose seat the
// gazetteer calls so.
func (x *extractor) seatFacts() {
	for _, e := range slices.Clone(x.ents) {
		if e.first < 0 || e.partOf != "" {
			continue
		}
		c := x.seatCountry(e)
		if c == nil || c == e || !x.countryInPlay(c) {
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

// countryInPlay reports whether the article is about country c, or about
// no country in particular: it names c or places its dateline there, or
// names no country at all.
func (x *extractor) countryInPlay(c *entity) bool {
	if c.first >= 0 || x.dateline == c.name {
		return true
	}
	for _, e := range x.ents {
		if e.typ == domain.Country && e.first >= 0 {
			return false
		}
	}
	return true
}
