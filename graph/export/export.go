// Package export writes a domain.Subgraph in the file formats that graph
// tools read: GraphML (yEd, Cytoscape desktop, networkx, igraph), GEXF 1.3
// (Gephi) and Cytoscape.js elements JSON (the browser).
//
// The writers are pure: they read nothing but the Subgraph they are given
// and never modify it. Their output is deterministic (nodes and edges sorted
// by id, evidence by date, article and sentence) so that two exports of the
// same subgraph are byte-identical and can be diffed and golden-tested. They
// stream to an io.Writer and check the subgraph before writing anything, so
// a bad subgraph never leaves half a file behind.
//
// Node and edge ids are the graph's own ("person:dmitry-peskov",
// domain.EdgeID), so a file can be joined back to the API, and every edge
// keeps all of its citations: its article ids and each evidence sentence.
package export

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/domain"
)

// Format is one of the file formats this package writes. The zero value is
// not a format; get one from ParseFormat or the constants.
type Format int

// The formats Write can produce.
const (
	FormatGraphML   Format = iota + 1 // GraphML 1.0, see GraphML
	FormatGEXF                        // GEXF 1.3, see GEXF
	FormatCytoscape                   // Cytoscape.js elements JSON, see Cytoscape
)

// Formats lists every Format, in the order a user interface should offer
// them.
var Formats = []Format{FormatGraphML, FormatGEXF, FormatCytoscape}

// ErrUnknownFormat is returned (wrapped) by ParseFormat and Write for a
// format name or value this package does not know; callers such as the HTTP
// handler test for it with errors.Is to answer 400 rather than 500.
var ErrUnknownFormat = errors.New("unknown export format")

// ParseFormat returns the Format named name: "graphml", "gexf", "cytoscape",
// or "json" as an alias of "cytoscape" (the name a user expects for the
// browser format). Case and surrounding spaces are ignored, so that query
// parameters and flags can be passed through as typed.
func ParseFormat(name string) (Format, error) {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "graphml":
		return FormatGraphML, nil
	case "gexf":
		return FormatGEXF, nil
	case "cytoscape", "json":
		return FormatCytoscape, nil
	}
	return 0, fmt.Errorf("%w %q (want graphml, gexf, cytoscape or json)", ErrUnknownFormat, name)
}

// String returns the format's canonical name, the one ParseFormat accepts.
func (f Format) String() string {
	switch f {
	case FormatGraphML:
		return "graphml"
	case FormatGEXF:
		return "gexf"
	case FormatCytoscape:
		return "cytoscape"
	}
	return fmt.Sprintf("Format(%d)", int(f))
}

// ContentType returns the media type to serve the format with. The XML
// formats have no registered type; their de facto names carry the +xml
// suffix (RFC 6839) so that generic clients still treat them as XML, and a
// charset because the writers always produce UTF-8. JSON is UTF-8 by
// definition (RFC 8259) and takes no charset parameter. It returns "" for
// an unknown Format.
func (f Format) ContentType() string {
	switch f {
	case FormatGraphML:
		return "application/graphml+xml; charset=utf-8"
	case FormatGEXF:
		return "application/gexf+xml; charset=utf-8"
	case FormatCytoscape:
		return "application/json"
	}
	return ""
}

// FileExtension returns the file name extension for the format, with its
// leading dot as filepath.Ext returns it: ".graphml", ".gexf" or ".json"
// (the extension Cytoscape.js users and their tools expect). It returns ""
// for an unknown Format.
func (f Format) FileExtension() string {
	switch f {
	case FormatGraphML:
		return ".graphml"
	case FormatGEXF:
		return ".gexf"
	case FormatCytoscape:
		return ".json"
	}
	return ""
}

// Write writes g to w in format f; see GraphML, GEXF and Cytoscape for each
// format's contract. An unknown f is an error wrapping ErrUnknownFormat, and
// nothing is written.
func Write(w io.Writer, f Format, g domain.Subgraph) error {
	switch f {
	case FormatGraphML:
		return GraphML(w, g)
	case FormatGEXF:
		return GEXF(w, g)
	case FormatCytoscape:
		return Cytoscape(w, g)
	}
	return fmt.Errorf("export: %w %v", ErrUnknownFormat, f)
}

// ErrInvalidSubgraph is returned (wrapped) when a subgraph cannot be written
// as a valid file: an empty or repeated node or edge id, or an edge whose
// end is not one of the subgraph's nodes. Graph tools reject or silently
// repair such files (Cytoscape.js throws on a dangling edge, GraphML readers
// invent the missing node), so the writers refuse them up front.
var ErrInvalidSubgraph = errors.New("invalid subgraph")

// sorted is a checked, ordered copy of a Subgraph: what every writer
// serialises.
type sorted struct {
	nodes     []domain.GraphNode
	edges     []edge
	truncated bool
}

// edge is a domain.Edge with the values the writers derive from it.
type edge struct {
	domain.Edge
	articles  []string          // ArticleIDs and every evidence article, sorted, distinct
	evidence  []domain.Evidence // sorted by date, article, sentence
	firstDate string            // earliest known evidence date, or ""
	lastDate  string            // latest known evidence date, or ""
}

// prepare checks g and returns its nodes and edges sorted by id, without
// touching g's slices (the caller may be serving them concurrently).
func prepare(g domain.Subgraph) (sorted, error) {
	s := sorted{
		nodes:     slices.Clone(g.Nodes),
		edges:     make([]edge, len(g.Edges)),
		truncated: g.Truncated,
	}
	slices.SortFunc(s.nodes, func(a, b domain.GraphNode) int { return strings.Compare(a.ID, b.ID) })
	for i, n := range s.nodes {
		if n.ID == "" {
			return sorted{}, fmt.Errorf("%w: node %q has no id", ErrInvalidSubgraph, n.Name)
		}
		if i > 0 && s.nodes[i-1].ID == n.ID {
			return sorted{}, fmt.Errorf("%w: node id %q appears twice", ErrInvalidSubgraph, n.ID)
		}
	}
	has := func(id string) bool {
		_, ok := slices.BinarySearchFunc(s.nodes, id, func(n domain.GraphNode, id string) int { return strings.Compare(n.ID, id) })
		return ok
	}
	// Sort indices rather than the edges themselves: an edge is a large
	// struct, and moving it around dominated the sort.
	order := make([]int, len(g.Edges))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(g.Edges[a].ID, g.Edges[b].ID) })
	for k, i := range order {
		e := &g.Edges[i]
		if e.ID == "" {
			return sorted{}, fmt.Errorf("%w: edge %s→%s has no id", ErrInvalidSubgraph, e.Source, e.Target)
		}
		if k > 0 && g.Edges[order[k-1]].ID == e.ID {
			return sorted{}, fmt.Errorf("%w: edge id %q appears twice", ErrInvalidSubgraph, e.ID)
		}
		for _, end := range []string{e.Source, e.Target} {
			if !has(end) {
				return sorted{}, fmt.Errorf("%w: edge %q: node %q is not in the subgraph", ErrInvalidSubgraph, e.ID, end)
			}
		}
		s.edges[k] = derive(*e)
	}
	return s, nil
}

// derive computes an edge's sorted citations and date range.
func derive(e domain.Edge) edge {
	d := edge{Edge: e, evidence: slices.Clone(e.Evidence)}
	// An article that appears only in the evidence (or only in ArticleIDs)
	// is still a citation: keep the union rather than trust either list.
	d.articles = make([]string, 0, len(e.ArticleIDs)+len(e.Evidence))
	d.articles = append(d.articles, e.ArticleIDs...)
	for _, ev := range e.Evidence {
		d.articles = append(d.articles, ev.ArticleID)
		if ev.Date == "" {
			continue
		}
		if d.firstDate == "" || ev.Date < d.firstDate {
			d.firstDate = ev.Date
		}
		if ev.Date > d.lastDate {
			d.lastDate = ev.Date
		}
	}
	slices.Sort(d.articles)
	d.articles = slices.Compact(d.articles)
	if len(d.articles) > 0 && d.articles[0] == "" {
		d.articles = d.articles[1:]
	}
	// Chronological order reads as the story unfolded; undated evidence
	// goes last because it cannot be placed.
	slices.SortFunc(d.evidence, func(a, b domain.Evidence) int {
		if (a.Date == "") != (b.Date == "") {
			if a.Date == "" {
				return 1
			}
			return -1
		}
		return cmp.Or(
			strings.Compare(a.Date, b.Date),
			strings.Compare(a.ArticleID, b.ArticleID),
			cmp.Compare(a.Sentence, b.Sentence),
			cmp.Compare(a.Start, b.Start),
			cmp.Compare(a.End, b.End),
			strings.Compare(string(a.Hedging), string(b.Hedging)),
			strings.Compare(a.Text, b.Text),
		)
	})
	return d
}

// predicateLabel is the readable form of a predicate that tools draw on an
// edge: "spokesperson_for" → "spokesperson for".
func predicateLabel(p domain.Predicate) string {
	return strings.ReplaceAll(string(p), "_", " ")
}

// hedging names a hedging status, spelling out the zero value so that an
// exported field is never ambiguously empty.
func hedging(h domain.Hedging) string {
	if h == domain.Asserted {
		return "asserted"
	}
	return string(h)
}

// articleSep separates article ids in the XML formats' single string
// attribute. A space, because article ids are file names or URLs, and URLs
// cannot contain a raw space while they may contain ';'.
const articleSep = " "

// aliasSep separates aliases in the XML formats. Names contain spaces, so
// a semicolon, which names in news text practically never contain.
const aliasSep = "; "

// appendEvidence appends the evidence of an edge as text for the XML
// formats, which have no list type every tool reads: one line per sentence,
// "DATE ARTICLE#SENTENCE [OUTLET <URL>] (HEDGING): TEXT", the date left out
// when unknown, the outlet and URL when unknown (the URL too when it is the
// article id), and the hedging when the article asserts the fact itself.
// Line breaks inside a sentence become spaces so that lines stay one per
// citation.
func appendEvidence(b []byte, evidence []domain.Evidence) []byte {
	for i, ev := range evidence {
		if i > 0 {
			b = append(b, '\n')
		}
		if ev.Date != "" {
			b = append(b, ev.Date...)
			b = append(b, ' ')
		}
		b = append(b, ev.ArticleID...)
		b = append(b, '#')
		b = strconv.AppendInt(b, int64(ev.Sentence), 10)
		if url := ev.URL; ev.Outlet != "" || url != "" && url != ev.ArticleID {
			b = append(b, " ["...)
			b = append(b, ev.Outlet...)
			if url != "" && url != ev.ArticleID {
				if ev.Outlet != "" {
					b = append(b, ' ')
				}
				b = append(b, '<')
				b = append(b, url...)
				b = append(b, '>')
			}
			b = append(b, ']')
		}
		if ev.Hedging != domain.Asserted {
			b = append(b, " ("...)
			b = append(b, ev.Hedging...)
			b = append(b, ')')
		}
		b = append(b, ": "...)
		for _, r := range ev.Text {
			switch r {
			case '\n', '\r', '\u2028', '\u2029':
				r = ' '
			}
			b = utf8.AppendRune(b, r)
		}
	}
	return b
}
