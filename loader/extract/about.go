package extract

import (
	"github.com/actorgraph/actorgraph/domain"
)

// statementAbout links statement id to what its words name (ONTOLOGY.md's
// about): every person, organization, country and place mentioned inside
// the quote's marks, other than the speaker. Names outside the marks (the
// attribution, the setting) say who spoke and where, not what about. The
// evidence is the sentence of the mention.
func (x *extractor) statementAbout(id string, speaker *entity, quotes ...*quoteSpan) {
	for _, q := range quotes {
		for _, p := range q.pieces {
			s := &x.sents[p.sent]
			for _, m := range s.ments {
				if m.start < p.from || m.end > p.to || m.ent == speaker || speaker != nil && m.ent.id == speaker.partOf {
					continue
				}
				x.addFact(id, domain.About, m.ent.id, false, s.idx, s.hedge)
			}
		}
	}
}
