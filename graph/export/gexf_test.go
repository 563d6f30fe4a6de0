package export

import (
	"bytes"
	"encoding/xml"
	"strconv"
	"testing"

	"github.com/actorgraph/actorgraph/domain"
)

// gexfDoc is the part of a GEXF document the tests read back.
type gexfDoc struct {
	XMLName xml.Name `xml:"http://gexf.net/1.3 gexf"`
	Version string   `xml:"version,attr"`
	Meta    struct {
		Creator     string `xml:"creator"`
		Description string `xml:"description"`
	} `xml:"meta"`
	Graph struct {
		Mode            string `xml:"mode,attr"`
		DefaultEdgeType string `xml:"defaultedgetype,attr"`
		TimeFormat      string `xml:"timeformat,attr"`
		Attributes      []struct {
			Class string `xml:"class,attr"`
			Attrs []struct {
				ID    string `xml:"id,attr"`
				Title string `xml:"title,attr"`
				Type  string `xml:"type,attr"`
			} `xml:"attribute"`
		} `xml:"attributes"`
		Nodes struct {
			Count int `xml:"count,attr"`
			Nodes []struct {
				ID        string         `xml:"id,attr"`
				Label     string         `xml:"label,attr"`
				AttValues []gexfAttValue `xml:"attvalues>attvalue"`
			} `xml:"node"`
		} `xml:"nodes"`
		Edges struct {
			Count int `xml:"count,attr"`
			Edges []struct {
				ID        string         `xml:"id,attr"`
				Source    string         `xml:"source,attr"`
				Target    string         `xml:"target,attr"`
				Label     string         `xml:"label,attr"`
				Kind      string         `xml:"kind,attr"`
				Weight    string         `xml:"weight,attr"`
				Start     *string        `xml:"start,attr"`
				End       *string        `xml:"end,attr"`
				AttValues []gexfAttValue `xml:"attvalues>attvalue"`
			} `xml:"edge"`
		} `xml:"edges"`
	} `xml:"graph"`
}

type gexfAttValue struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

// values maps attvalues to their attribute titles, checking that each is
// declared for class and parses as its declared type.
func (d *gexfDoc) values(t *testing.T, class string, avs []gexfAttValue) map[string]string {
	t.Helper()
	m := map[string]string{}
	for _, av := range avs {
		found := false
		for _, block := range d.Graph.Attributes {
			if block.Class != class {
				continue
			}
			for _, a := range block.Attrs {
				if a.ID != av.For {
					continue
				}
				found = true
				switch a.Type {
				case "integer":
					if _, err := strconv.Atoi(av.Value); err != nil {
						t.Errorf("attvalue %q = %q is not an integer", a.Title, av.Value)
					}
				case "string":
				default:
					t.Errorf("attribute %q has type %q", a.ID, a.Type)
				}
				m[a.Title] = av.Value
			}
		}
		if !found {
			t.Errorf("attvalue for %q is not declared for %s", av.For, class)
		}
	}
	return m
}

func readGEXF(t *testing.T, b []byte) *gexfDoc {
	t.Helper()
	var d gexfDoc
	if err := xml.Unmarshal(b, &d); err != nil {
		t.Fatalf("GEXF output does not parse: %v\n%s", err, b)
	}
	return &d
}

func TestGEXF(t *testing.T) {
	var b bytes.Buffer
	if err := GEXF(&b, fixture()); err != nil {
		t.Fatal(err)
	}
	d := readGEXF(t, b.Bytes())
	if d.Version != "1.3" || d.Graph.DefaultEdgeType != "directed" {
		t.Errorf("version %q, defaultedgetype %q, want 1.3 and directed", d.Version, d.Graph.DefaultEdgeType)
	}
	// The fixture has dated edges, so the graph is dynamic with dates.
	if d.Graph.Mode != "dynamic" || d.Graph.TimeFormat != "date" {
		t.Errorf("mode %q, timeformat %q, want dynamic and date", d.Graph.Mode, d.Graph.TimeFormat)
	}

	wantAttrs := map[string]string{
		"node/type": "string", "node/degree": "integer", "node/aliases": "string",
		"edge/predicate": "string", "edge/articles": "string", "edge/first date": "string",
		"edge/last date": "string", "edge/evidence": "string",
	}
	for _, block := range d.Graph.Attributes {
		for _, a := range block.Attrs {
			k := block.Class + "/" + a.Title
			if typ, ok := wantAttrs[k]; !ok || typ != a.Type {
				t.Errorf("attribute %s has type %q, want %q", k, a.Type, typ)
			}
			delete(wantAttrs, k)
		}
	}
	for k := range wantAttrs {
		t.Errorf("attribute %s is not declared", k)
	}

	if n, e := len(d.Graph.Nodes.Nodes), len(d.Graph.Edges.Edges); n != 4 || e != 4 || d.Graph.Nodes.Count != 4 || d.Graph.Edges.Count != 4 {
		t.Fatalf("got %d nodes and %d edges (counts %d, %d), want 4 and 4", n, e, d.Graph.Nodes.Count, d.Graph.Edges.Count)
	}
	nodes := map[string]map[string]string{}
	for _, n := range d.Graph.Nodes.Nodes {
		v := d.values(t, "node", n.AttValues)
		v["label"] = n.Label
		nodes[n.ID] = v
	}
	nodeTests := []struct {
		id, attr, want string
		present        bool
	}{
		{zoe.ID, "label", `Zoë "Ziggy" Quellmark`, true},
		{zoe.ID, "aliases", "Z. Quellmark; Зоя Квельмарк", true},
		{ministry.ID, "label", `Ministry of <Fables> & "Tales"`, true},
		{ministry.ID, "type", "Organization", true},
		{ministry.ID, "degree", "2", true},
		{ministry.ID, "aliases", "", false},
		{freedonia.ID, "aliases", "Republic of Freedonia; Free\uFFFDdonia", true},
		{irina.ID, "label", "Ирина Вымыслова", true},
	}
	for _, tt := range nodeTests {
		got, ok := nodes[tt.id][tt.attr]
		if got != tt.want || ok != tt.present {
			t.Errorf("node %s %s = %q (present %t), want %q (present %t)", tt.id, tt.attr, got, ok, tt.want, tt.present)
		}
	}

	type span struct{ start, end string }
	edgeTests := []struct {
		e          domain.Edge
		label      string
		weight     string
		span       *span
		articles   string
		evidenceOf string // a substring of the evidence
	}{
		{spokesperson, "spokesperson for", "2", &span{"2025-03-24", "2025-03-25"}, "art-a art-b",
			"2025-03-24 art-a#2: Ministry spokeswoman Zoë \"Ziggy\" Quellmark said <nothing> & left. Then she returned.\n2025-03-24 art-a#7 (disputed)"},
		{minister, "minister of", "1", nil, urlArticle, "Вымыслова\uFFFD reportedly"},
		{member, "member of", "1", &span{"2025-04-01", "2025-04-01"}, "art-c", "art-c#1: "},
		{partOf, "part of", "1", &span{"2025-03-24", "2025-03-24"}, "art-a", "Freedonia's oldest."},
	}
	for _, tt := range edgeTests {
		found := false
		for _, e := range d.Graph.Edges.Edges {
			if e.ID != tt.e.ID {
				continue
			}
			found = true
			v := d.values(t, "edge", e.AttValues)
			if e.Source != tt.e.Source || e.Target != tt.e.Target || e.Label != tt.label || e.Weight != tt.weight || e.Kind != string(tt.e.Predicate) {
				t.Errorf("edge %s: source %q target %q label %q weight %q kind %q", e.ID, e.Source, e.Target, e.Label, e.Weight, e.Kind)
			}
			if v["predicate"] != string(tt.e.Predicate) || v["articles"] != tt.articles {
				t.Errorf("edge %s: predicate %q articles %q, want %q and %q", e.ID, v["predicate"], v["articles"], tt.e.Predicate, tt.articles)
			}
			if !bytes.Contains([]byte(v["evidence"]), []byte(tt.evidenceOf)) {
				t.Errorf("edge %s: evidence %q lacks %q", e.ID, v["evidence"], tt.evidenceOf)
			}
			switch {
			case tt.span == nil && (e.Start != nil || e.End != nil):
				t.Errorf("edge %s: undated edge has start %v end %v", e.ID, e.Start, e.End)
			case tt.span != nil && (e.Start == nil || e.End == nil || *e.Start != tt.span.start || *e.End != tt.span.end):
				t.Errorf("edge %s: start %v end %v, want %v", e.ID, e.Start, e.End, *tt.span)
			case tt.span != nil && (v["first date"] != tt.span.start || v["last date"] != tt.span.end):
				t.Errorf("edge %s: first date %q last date %q, want %v", e.ID, v["first date"], v["last date"], *tt.span)
			}
		}
		if !found {
			t.Errorf("edge %s is missing", tt.e.ID)
		}
	}
}

// TestGEXFStatic checks that a subgraph without usable dates gives a static
// graph without time attributes, which Gephi would otherwise reject or
// misread.
func TestGEXFStatic(t *testing.T) {
	odd := partOf
	odd.Evidence = []domain.Evidence{{ArticleID: "art-x", Date: "2025-03", Text: "A month only."}}
	g := domain.Subgraph{
		Nodes:     []domain.GraphNode{irina, freedonia, ministry},
		Edges:     []domain.Edge{minister, odd},
		Truncated: true,
	}
	var b bytes.Buffer
	if err := GEXF(&b, g); err != nil {
		t.Fatal(err)
	}
	d := readGEXF(t, b.Bytes())
	if d.Graph.Mode != "static" || d.Graph.TimeFormat != "" {
		t.Errorf("mode %q, timeformat %q, want static and none", d.Graph.Mode, d.Graph.TimeFormat)
	}
	for _, e := range d.Graph.Edges.Edges {
		if e.Start != nil || e.End != nil {
			t.Errorf("edge %s has start %v end %v in a static graph", e.ID, e.Start, e.End)
		}
		if e.ID == odd.ID {
			if v := d.values(t, "edge", e.AttValues); v["first date"] != "2025-03" {
				t.Errorf("edge %s first date %q, want the date as written, 2025-03", e.ID, v["first date"])
			}
		}
	}
	if !bytes.Contains([]byte(d.Meta.Description), []byte("truncated")) {
		t.Errorf("meta description %q does not say the subgraph is truncated", d.Meta.Description)
	}
}

func TestIsDate(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"2025-03-24", true},
		{"2024-02-29", true},
		{"2025-02-29", false},
		{"2025-03", false},
		{"", false},
		{"2025-3-24", false},
		{"24/03/2025", false},
		{"2025-03-24T10:00:00Z", false},
	}
	for _, tt := range tests {
		if got := isDate(tt.in); got != tt.want {
			t.Errorf("isDate(%q) = %t, want %t", tt.in, got, tt.want)
		}
	}
}
