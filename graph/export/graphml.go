package export

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/domain"
)

// graphMLKey is one <key> declaration: GraphML readers type an attribute
// only by its key, so every value written must have one.
type graphMLKey struct {
	id, domain, name, typ string
}

// The keys of a GraphML export. Ids are prefixed by their domain because a
// node and an edge attribute may share a name ("label") but not a key id.
var graphMLKeys = []graphMLKey{
	{"n_label", "node", "label", "string"},
	{"n_type", "node", "type", "string"},
	{"n_degree", "node", "degree", "int"},
	{"n_aliases", "node", "aliases", "string"},
	{"e_label", "edge", "label", "string"},
	{"e_predicate", "edge", "predicate", "string"},
	{"e_weight", "edge", "weight", "int"},
	{"e_articles", "edge", "articles", "string"},
	{"e_first_date", "edge", "first_date", "string"},
	{"e_last_date", "edge", "last_date", "string"},
	{"e_evidence", "edge", "evidence", "string"},
	{"g_truncated", "graph", "truncated", "boolean"},
}

// GraphML writes g to w as a GraphML 1.0 document
// (http://graphml.graphdrawing.org/xmlns): one directed <graph> whose
// <node> and <edge> ids are the subgraph's node and edge ids, with the
// data declared as typed <key>s:
//
//   - node: label (the canonical name), type (domain.NodeType), degree (int,
//     in the whole graph), aliases (joined with "; ", absent when none);
//   - edge: label (the predicate in words), predicate, weight (int: the
//     number of distinct articles), articles (the ids of every citing
//     article, sorted, space-separated), first_date and last_date (the
//     earliest and latest known article dates, YYYY-MM-DD, absent when
//     none is known) and evidence: every sentence that states the edge, one
//     per line as "DATE ARTICLE#SENTENCE (HEDGING): TEXT";
//   - graph: truncated (boolean), true when a limit cut the subgraph short.
//
// A string value that is empty is left out rather than written empty, since
// readers disagree on what an empty <data> means. Text is escaped by
// encoding/xml, and characters XML 1.0 cannot carry (control characters,
// invalid UTF-8) become U+FFFD. Nodes and edges are sorted by id, so equal
// subgraphs give identical bytes.
//
// GraphML declares ids as NMTOKENs and edge ids contain '|' (domain.EdgeID);
// they are written as they are, because joining the file back to the API
// matters more than schema validation, which graph tools do not perform.
//
// An invalid subgraph (see ErrInvalidSubgraph) is an error and nothing is
// written; a write error is returned wrapped.
func GraphML(w io.Writer, g domain.Subgraph) error {
	s, err := prepare(g)
	if err != nil {
		return fmt.Errorf("export graphml: %w", err)
	}
	x := newXMLWriter(w)
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	x.raw(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns"` +
		` xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
		` xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	for _, k := range graphMLKeys {
		x.raw("  <key")
		x.attr("id", k.id)
		x.attr("for", k.domain)
		x.attr("attr.name", k.name)
		x.attr("attr.type", k.typ)
		x.raw("/>\n")
	}
	x.raw(`  <graph id="G" edgedefault="directed">` + "\n")
	x.raw("    ")
	graphMLData(x, "g_truncated", strconv.FormatBool(s.truncated))
	x.raw("\n")

	for _, n := range s.nodes {
		x.raw("    <node")
		x.attr("id", n.ID)
		x.raw(">")
		graphMLData(x, "n_label", n.Name)
		graphMLData(x, "n_type", string(n.Type))
		graphMLInt(x, "n_degree", n.Degree)
		graphMLData(x, "n_aliases", strings.Join(n.Aliases, aliasSep))
		x.raw("</node>\n")
	}

	var evidence []byte
	for _, e := range s.edges {
		x.raw("    <edge")
		x.attr("id", e.ID)
		x.attr("source", e.Source)
		x.attr("target", e.Target)
		x.raw(">")
		graphMLData(x, "e_label", predicateLabel(e.Predicate))
		graphMLData(x, "e_predicate", string(e.Predicate))
		graphMLInt(x, "e_weight", e.Weight)
		graphMLData(x, "e_articles", strings.Join(e.articles, articleSep))
		graphMLData(x, "e_first_date", e.firstDate)
		graphMLData(x, "e_last_date", e.lastDate)
		if evidence = appendEvidence(evidence[:0], e.evidence); len(evidence) > 0 {
			x.raw(`<data key="e_evidence">`)
			x.textBytes(evidence)
			x.raw("</data>")
		}
		x.raw("</edge>\n")
	}
	x.raw("  </graph>\n</graphml>\n")
	if err := x.flush(); err != nil {
		return fmt.Errorf("export graphml: %w", err)
	}
	return nil
}

// graphMLData writes <data key="key">value</data>, or nothing when value is
// empty.
func graphMLData(x *xmlWriter, key, value string) {
	if value == "" {
		return
	}
	x.raw(`<data key="`)
	x.raw(key)
	x.raw(`">`)
	x.text(value)
	x.raw("</data>")
}

// graphMLInt writes <data key="key">n</data>.
func graphMLInt(x *xmlWriter, key string, n int) {
	x.raw(`<data key="`)
	x.raw(key)
	x.raw(`">`)
	x.scratch = strconv.AppendInt(x.scratch[:0], int64(n), 10)
	x.w.Write(x.scratch)
	x.raw("</data>")
}
