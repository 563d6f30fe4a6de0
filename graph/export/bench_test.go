package export

import (
	"fmt"
	"io"
	"testing"

	"github.com/actorgraph/actorgraph/domain"
)

// generated returns a subgraph shaped like a large neighbourhood: nodes
// actors with aliases, edges relations with a few pieces of evidence each,
// sentences of news length with some characters that need escaping.
func generated(nodes, edges int) domain.Subgraph {
	var g domain.Subgraph
	types := []domain.NodeType{domain.Person, domain.Organization, domain.Country, domain.Place}
	for i := range nodes {
		t := types[i%len(types)]
		name := fmt.Sprintf("Invented Actor %d", i)
		g.Nodes = append(g.Nodes, domain.GraphNode{
			Node: domain.Node{
				ID:      domain.NodeID(t, name),
				Type:    t,
				Name:    name,
				Aliases: []string{fmt.Sprintf("Actor %d", i), fmt.Sprintf("Актор %d", i)},
			},
			Degree: i%37 + 1,
		})
	}
	preds := []domain.Predicate{domain.MemberOf, domain.PartOf, domain.LocatedIn, domain.SpokespersonFor, domain.HeadOf}
	for i := range edges {
		src, dst := g.Nodes[i%nodes], g.Nodes[(i*7+1+i/nodes)%nodes] // i/nodes: no repeated edge
		p := preds[i%len(preds)]
		e := domain.Edge{
			ID:        domain.EdgeID(src.ID, p, dst.ID),
			Source:    src.ID,
			Target:    dst.ID,
			Predicate: p,
		}
		for j := range i%3 + 1 {
			article := fmt.Sprintf("%03d_%016x", (i+j)%500, i*31+j)
			e.ArticleIDs = append(e.ArticleIDs, article)
			e.Evidence = append(e.Evidence, domain.Evidence{
				ArticleID: article,
				Date:      fmt.Sprintf("2025-%02d-%02d", j%12+1, i%28+1),
				Sentence:  j + 3,
				Start:     100 * j,
				End:       100*j + 140,
				Text: fmt.Sprintf("%s said on Monday that %s & its \"partners\" would <not> agree, according to officials (report %d).",
					src.Name, dst.Name, i),
				Hedging: []domain.Hedging{domain.Asserted, domain.Attributed}[j%2],
			})
		}
		e.Weight = len(e.ArticleIDs)
		g.Edges = append(g.Edges, e)
	}
	return g
}

// BenchmarkGEXF measures the GEXF writer over ~10k edges; MB/s is output
// bytes per second.
func BenchmarkGEXF(b *testing.B) {
	g := generated(2000, 10000)
	var n countWriter
	if err := GEXF(&n, g); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		if err := GEXF(io.Discard, g); err != nil {
			b.Fatal(err)
		}
	}
}

// countWriter counts the bytes written to it.
type countWriter int

func (c *countWriter) Write(p []byte) (int, error) {
	*c += countWriter(len(p))
	return len(p), nil
}
