package httpapi

import "github.com/actorgraph/actorgraph/resolvers/generated"

// Costs of the root fields that walk much of the graph, added to the
// default of one per field. Without them the complexity limit (1000) counts
// a neighborhood of depth 3 like a name, and an alias bomb of 400
// neighborhoods, 300 path searches or 900 stats passed it. (Stats reads
// the counts writes keep, but scans every quad of a store that has none
// yet, until its first count or server migrate.) A view of the explorer (one neighborhood or subgraph, a
// path search, a timeline) stays far below the limit; about six of the
// costliest fit in one request.
const (
	costPerDepth = 50  // neighborhood and subgraph, per level of depth
	costPerStep  = 20  // paths, per step of the longest path searched
	costStats    = 100 // stats may scan every quad of a store without kept counts
	costTimeline = 20
)

// setComplexity adds those costs to the generated complexity functions.
func setComplexity(c *generated.ComplexityRoot) {
	depth := func(d *int, def int) int {
		if d == nil || *d < 1 {
			return def
		}
		return min(*d, 10) // larger depths are refused by the resolver
	}
	c.Query.Neighborhood = func(child int, actor string, d *int, predicates []string, since, until *string, limit *int) int {
		return 1 + child + costPerDepth*depth(d, 1)
	}
	c.Query.Subgraph = func(child int, seeds []string, d *int, predicates []string, since, until *string, limit *int) int {
		return 1 + child + costPerDepth*depth(d, 1)
	}
	c.Query.Paths = func(child int, from, to string, maxLength, first *int, predicates []string) int {
		return 1 + child + costPerStep*depth(maxLength, 4)
	}
	c.Query.Stats = func(child int) int { return 1 + child + costStats }
	c.Query.Timeline = func(child int, actor string, since, until *string, categories []string) int {
		return 1 + child + costTimeline
	}
}
