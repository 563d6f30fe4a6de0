package export

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/domain"
)

// gexfAttr is one <attribute> declaration of a GEXF <attributes> block.
type gexfAttr struct {
	id, title, typ string
}

var (
	gexfNodeAttrs = []gexfAttr{
		{"type", "type", "string"},
		{"degree", "degree", "integer"},
		{"aliases", "aliases", "string"},
	}
	gexfEdgeAttrs = []gexfAttr{
		{"predicate", "predicate", "string"},
		{"articles", "articles", "string"},
		{"first_date", "first date", "string"},
		{"last_date", "last date", "string"},
		{"evidence", "evidence", "string"},
	}
)

// GEXF writes g to w as a GEXF 1.3 document (xmlns http://gexf.net/1.3,
// version="1.3") for Gephi: one directed graph whose node and edge ids are
// the subgraph's, with
//
//   - on each node: label (the canonical name) and the typed attributes
//     type (string), degree (integer, in the whole graph) and aliases
//     (string, joined with "; ", absent when none);
//   - on each edge: label (the predicate in words), weight (the number of
//     distinct citing articles), kind (the predicate, so that Gephi keeps
//     two relations between the same pair of nodes as parallel edges
//     instead of merging them), and the attributes predicate, articles (the
//     ids of every citing article, sorted, space-separated), first date and
//     last date (YYYY-MM-DD, absent when unknown) and evidence (every
//     sentence that states it, one per line as
//     "DATE ARTICLE#SENTENCE (HEDGING): TEXT").
//
// When any edge has a known date the graph is written with mode="dynamic"
// and timeformat="date", and each dated edge gets start and end (its first
// and last dates, inclusive as GEXF 1.3 defines them), so Gephi's timeline
// can show when relations were reported; undated edges and all nodes then
// exist at all times. Without dates the graph is static and has no time
// attributes. Only well-formed YYYY-MM-DD dates become start/end, because
// anything else would make the file invalid; the attributes keep them as
// written.
//
// A string value that is empty is left out. Text is escaped by encoding/xml,
// and characters XML 1.0 cannot carry (control characters, invalid UTF-8)
// become U+FFFD. Nodes and edges are sorted by id, so equal subgraphs give
// identical bytes; nothing time-dependent (such as meta's
// lastmodifieddate) is written for the same reason.
//
// An invalid subgraph (see ErrInvalidSubgraph) is an error and nothing is
// written; a write error is returned wrapped.
func GEXF(w io.Writer, g domain.Subgraph) error {
	s, err := prepare(g)
	if err != nil {
		return fmt.Errorf("export gexf: %w", err)
	}
	spans := make([][2]string, len(s.edges))
	dynamic := false
	for i, e := range s.edges {
		if isDate(e.firstDate) && isDate(e.lastDate) {
			spans[i] = [2]string{e.firstDate, e.lastDate}
			dynamic = true
		}
	}

	x := newXMLWriter(w)
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	x.raw(`<gexf xmlns="http://gexf.net/1.3"` +
		` xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
		` xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"` +
		` version="1.3">` + "\n")
	x.raw("  <meta>\n    <creator>actorgraph</creator>\n    <description>")
	if s.truncated {
		x.raw("A subgraph of the actor graph, truncated: a limit cut it short.")
	} else {
		x.raw("A subgraph of the actor graph.")
	}
	x.raw("</description>\n  </meta>\n")
	if dynamic {
		x.raw(`  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">` + "\n")
	} else {
		x.raw(`  <graph mode="static" defaultedgetype="directed">` + "\n")
	}
	gexfAttributes(x, "node", gexfNodeAttrs)
	gexfAttributes(x, "edge", gexfEdgeAttrs)

	x.raw("    <nodes")
	x.intAttr("count", len(s.nodes))
	x.raw(">\n")
	for _, n := range s.nodes {
		x.raw("      <node")
		x.attr("id", n.ID)
		x.attr("label", n.Name)
		x.raw("><attvalues>")
		gexfValue(x, "type", string(n.Type))
		x.raw(`<attvalue for="degree"`)
		x.intAttr("value", n.Degree)
		x.raw("/>")
		gexfValue(x, "aliases", strings.Join(n.Aliases, aliasSep))
		x.raw("</attvalues></node>\n")
	}
	x.raw("    </nodes>\n")

	x.raw("    <edges")
	x.intAttr("count", len(s.edges))
	x.raw(">\n")
	var evidence []byte
	for i, e := range s.edges {
		x.raw("      <edge")
		x.attr("id", e.ID)
		x.attr("source", e.Source)
		x.attr("target", e.Target)
		x.attr("label", predicateLabel(e.Predicate))
		x.attr("kind", string(e.Predicate))
		x.intAttr("weight", e.Weight)
		if spans[i][0] != "" {
			x.attr("start", spans[i][0])
			x.attr("end", spans[i][1])
		}
		x.raw("><attvalues>")
		gexfValue(x, "predicate", string(e.Predicate))
		gexfValue(x, "articles", strings.Join(e.articles, articleSep))
		gexfValue(x, "first_date", e.firstDate)
		gexfValue(x, "last_date", e.lastDate)
		if evidence = appendEvidence(evidence[:0], e.evidence); len(evidence) > 0 {
			x.raw(`<attvalue for="evidence" value="`)
			x.textBytes(evidence)
			x.raw(`"/>`)
		}
		x.raw("</attvalues></edge>\n")
	}
	x.raw("    </edges>\n  </graph>\n</gexf>\n")
	if err := x.flush(); err != nil {
		return fmt.Errorf("export gexf: %w", err)
	}
	return nil
}

// gexfAttributes writes the <attributes> declaration of one class.
func gexfAttributes(x *xmlWriter, class string, attrs []gexfAttr) {
	x.raw(`    <attributes class="` + class + `" mode="static">` + "\n")
	for _, a := range attrs {
		x.raw("      <attribute")
		x.attr("id", a.id)
		x.attr("title", a.title)
		x.attr("type", a.typ)
		x.raw("/>\n")
	}
	x.raw("    </attributes>\n")
}

// gexfValue writes <attvalue for="id" value="value"/>, or nothing when value
// is empty.
func gexfValue(x *xmlWriter, id, value string) {
	if value == "" {
		return
	}
	x.raw(`<attvalue for="`)
	x.raw(id)
	x.raw(`"`)
	x.attr("value", value)
	x.raw("/>")
}

// isDate reports whether s is an xsd:date without time zone, YYYY-MM-DD,
// the only form a GEXF start or end with timeformat="date" may take.
func isDate(s string) bool {
	if len(s) != len("2006-01-02") {
		return false
	}
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}
