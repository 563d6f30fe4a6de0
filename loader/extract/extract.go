// Package extract finds the facts of ONTOLOGY.md in a parsed article:
// entities with canonical names and aliases, roles, geography, events,
// statements and positions, each with its evidence. It is pure and
// deterministic: the same article always yields the same extraction.
package extract

import "github.com/actorgraph/actorgraph/graph"

// Article extracts the facts of a parsed article.
func Article(a graph.Article) graph.Extraction {
	return graph.Extraction{Article: a}
}
