package graph

import "github.com/actorgraph/actorgraph/domain"

// MaxRelationPage bounds a page of RelationsAfter.
const MaxRelationPage = 500

// RelationsAfter returns the relations of rels (as Store.Relations orders
// them) that follow the one whose ID is after ("" starts at the first),
// first of them (1 to MaxRelationPage), or all that follow when first is
// nil. An after that names no relation of rels gives none.
func RelationsAfter(rels []domain.Relation, first *int, after string) []domain.Relation {
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
