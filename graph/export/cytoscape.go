package export

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"github.com/actorgraph/actorgraph/domain"
)

// cyElement is one Cytoscape.js element: the library reads everything an
// element carries from its data object.
type cyElement[T any] struct {
	Data T `json:"data"`
}

type cyNode struct {
	ID      string   `json:"id"`
	Label   string   `json:"label"`
	Type    string   `json:"type"`
	Degree  int      `json:"degree"`
	Aliases []string `json:"aliases"`
}

type cyEdge struct {
	ID         string       `json:"id"`
	Source     string       `json:"source"`
	Target     string       `json:"target"`
	Predicate  string       `json:"predicate"`
	Label      string       `json:"label"`
	Weight     int          `json:"weight"`
	ArticleIDs []string     `json:"articleIds"`
	Evidence   []cyEvidence `json:"evidence"`
}

type cyEvidence struct {
	ArticleID     string `json:"articleId"`
	Date          string `json:"date"`
	Sentence      string `json:"sentence"`
	SentenceIndex int    `json:"sentenceIndex"`
	Start         int    `json:"start"`
	End           int    `json:"end"`
	Hedging       string `json:"hedging"`
	Outlet        string `json:"outlet,omitempty"` // the article's outlet, where known
	URL           string `json:"url,omitempty"`    // the article's URL, where known
}

// Cytoscape writes g to w as Cytoscape.js elements JSON:
//
//	{"elements":{
//	  "nodes":[{"data":{"id","label","type","degree","aliases":[…]}}, …],
//	  "edges":[{"data":{"id","source","target","predicate","label","weight",
//	    "articleIds":[…],"evidence":[{"articleId","date","sentence",
//	    "sentenceIndex","start","end","hedging"}, …]}}, …]},
//	 "truncated":false}
//
// so that cy.add(doc.elements) or cytoscape({elements: doc.elements}) loads
// it with no glue code. Ids are the subgraph's node and edge ids; label is
// the node's canonical name or the predicate in words; degree is the node's
// degree in the whole graph; weight is the number of distinct citing
// articles; articleIds are sorted; evidence holds every sentence that
// states the edge, by date, with the sentence's text, its index in the
// article, its rune offsets [start, end) in the article text, the article's
// date (YYYY-MM-DD, or "" when unknown) and the hedging ("asserted",
// "attributed", "disputed" or "unconfirmed"). Lists are [] rather than
// null when empty, so front-end code can iterate them unchecked. truncated
// is true when a limit cut the subgraph short.
//
// The document is written one element per line, nodes and edges sorted by
// id, so equal subgraphs give identical bytes. Strings are encoded by
// encoding/json (invalid UTF-8 becomes U+FFFD; '<', '>' and '&' are
// escaped so the JSON can be inlined in an HTML script element).
//
// An invalid subgraph (see ErrInvalidSubgraph) is an error and nothing is
// written; a write error is returned wrapped.
func Cytoscape(w io.Writer, g domain.Subgraph) error {
	s, err := prepare(g)
	if err != nil {
		return fmt.Errorf("export cytoscape: %w", err)
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString(`{"elements":{"nodes":[`)
	for i, n := range s.nodes {
		aliases := n.Aliases
		if aliases == nil {
			aliases = []string{}
		}
		if err := cyWrite(bw, i, cyElement[cyNode]{cyNode{
			ID:      n.ID,
			Label:   n.Name,
			Type:    string(n.Type),
			Degree:  n.Degree,
			Aliases: aliases,
		}}); err != nil {
			return fmt.Errorf("export cytoscape: node %q: %w", n.ID, err)
		}
	}
	bw.WriteString("\n],\"edges\":[")
	for i, e := range s.edges {
		d := cyEdge{
			ID:         e.ID,
			Source:     e.Source,
			Target:     e.Target,
			Predicate:  string(e.Predicate),
			Label:      predicateLabel(e.Predicate),
			Weight:     e.Weight,
			ArticleIDs: e.articles,
			Evidence:   make([]cyEvidence, len(e.evidence)),
		}
		for j, ev := range e.evidence {
			d.Evidence[j] = cyEvidence{
				ArticleID:     ev.ArticleID,
				Date:          ev.Date,
				Sentence:      ev.Text,
				SentenceIndex: ev.Sentence,
				Start:         ev.Start,
				End:           ev.End,
				Hedging:       hedging(ev.Hedging),
				Outlet:        ev.Outlet,
				URL:           ev.URL,
			}
		}
		if err := cyWrite(bw, i, cyElement[cyEdge]{d}); err != nil {
			return fmt.Errorf("export cytoscape: edge %q: %w", e.ID, err)
		}
	}
	fmt.Fprintf(bw, "\n]},\"truncated\":%t}\n", s.truncated)
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export cytoscape: %w", err)
	}
	return nil
}

// cyWrite writes the i-th element of a JSON array on a line of its own.
func cyWrite(bw *bufio.Writer, i int, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	if i > 0 {
		bw.WriteByte(',')
	}
	bw.WriteByte('\n')
	_, err = bw.Write(b)
	return err
}
