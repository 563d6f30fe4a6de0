package export

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/domain"
)

// xmlSafe is what the XML writers promise to make of s: s itself, with
// every character XML 1.0 cannot carry, and every invalid UTF-8 byte,
// replaced by U+FFFD.
func xmlSafe(s string) string {
	var b strings.Builder
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		s = s[n:]
		ok := r == '\t' || r == '\n' || r == '\r' ||
			r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
		if r == utf8.RuneError && n == 1 || !ok {
			r = '\uFFFD'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// FuzzExport checks, for any name, alias, article id and sentence, that the
// XML exports stay well-formed and carry the name as xmlSafe makes it, and
// that the JSON export stays valid and carries valid UTF-8 names exactly.
func FuzzExport(f *testing.F) {
	f.Add(zoe.Name, "Зоя", "art-a", spokesperson.Evidence[2].Text)
	f.Add(ministry.Name, "", urlArticle, "\x07bell")
	f.Add("\xff\xfe", "\uFFFE\uFFFF", "a b", "]]>")
	f.Add("tab\there", "cr\r\nlf", "&amp;", "<!-- -->")
	f.Fuzz(func(t *testing.T, name, alias, article, sentence string) {
		a := domain.GraphNode{Node: domain.Node{ID: "person:a", Type: domain.Person, Name: name, Aliases: []string{alias}}}
		b := domain.GraphNode{Node: domain.Node{ID: "country:b", Type: domain.Country, Name: "B"}}
		g := domain.Subgraph{
			Nodes: []domain.GraphNode{a, b},
			Edges: []domain.Edge{{
				ID: domain.EdgeID(a.ID, domain.MemberOf, b.ID), Source: a.ID, Target: b.ID, Predicate: domain.MemberOf,
				Weight: 1, ArticleIDs: []string{article},
				Evidence: []domain.Evidence{{ArticleID: article, Date: "2025-01-01", Text: sentence}},
			}},
		}
		var buf bytes.Buffer
		if err := GraphML(&buf, g); err != nil {
			t.Fatal(err)
		}
		gm := readGraphML(t, buf.Bytes())
		if got := gm.values(t, "node", gm.Graph.Nodes[1].Data)["label"]; got != xmlSafe(name) {
			t.Errorf("GraphML label = %q, want %q", got, xmlSafe(name))
		}

		buf.Reset()
		if err := GEXF(&buf, g); err != nil {
			t.Fatal(err)
		}
		gx := readGEXF(t, buf.Bytes())
		if got := gx.Graph.Nodes.Nodes[1].Label; got != xmlSafe(name) {
			t.Errorf("GEXF label = %q, want %q", got, xmlSafe(name))
		}

		buf.Reset()
		if err := Cytoscape(&buf, g); err != nil {
			t.Fatal(err)
		}
		var cy cytoscapeDoc
		if err := json.Unmarshal(buf.Bytes(), &cy); err != nil {
			t.Fatalf("Cytoscape output is not valid JSON: %v\n%s", err, buf.Bytes())
		}
		if got := cy.Elements.Nodes[1].Data.Label; utf8.ValidString(name) && got != name {
			t.Errorf("Cytoscape label = %q, want %q", got, name)
		}
	})
}
