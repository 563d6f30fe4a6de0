package graph

// MaxEvidencePage bounds Relation.EvidencePage: a hub's relation can have
// thousands of pieces of evidence, and each is a dozen fields of answer.
const MaxEvidencePage = 1000

// EvidencePage returns the first pieces of r's evidence, in its order (by
// article and sentence): first of them (1 to MaxEvidencePage), or all when
// first is nil. The relation's counts and dates (ArticleCount, FirstSeen,
// Confidence…) are those of all its evidence, whatever the page.
func (r Relation) EvidencePage(first *int) []Evidence {
	if first == nil {
		return r.Evidence
	}
	return r.Evidence[:min(len(r.Evidence), max(*first, 0), MaxEvidencePage)]
}

// EvidenceCount is the number of pieces of evidence of r.
func (r Relation) EvidenceCount() int { return len(r.Evidence) }

// MaxRelationPage bounds a page of RelationsAfter.
const MaxRelationPage = 500

// RelationsAfter returns the relations of rels (as Store.Relations orders
// them) that follow the one whose ID is after ("" starts at the first),
// first of them (1 to MaxRelationPage), or all that follow when first is
// nil. An after that names no relation of rels gives none.
func RelationsAfter(rels []Relation, first *int, after string) []Relation {
	if after != "" {
		i := -1
		for j, r := range rels {
			if r.ID() == after {
				i = j
				break
			}
		}
		if i < 0 {
			return nil
		}
		rels = rels[i+1:]
	}
	if first == nil {
		return rels
	}
	return rels[:min(len(rels), max(*first, 0), MaxRelationPage)]
}
