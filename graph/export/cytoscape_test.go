package export

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/domain"
)

// cytoscapeDoc is a Cytoscape export read back with the field names a
// front end uses.
type cytoscapeDoc struct {
	Elements struct {
		Nodes []struct {
			Data struct {
				ID      string    `json:"id"`
				Label   string    `json:"label"`
				Type    string    `json:"type"`
				Degree  int       `json:"degree"`
				Aliases *[]string `json:"aliases"`
			} `json:"data"`
		} `json:"nodes"`
		Edges []struct {
			Data struct {
				ID         string    `json:"id"`
				Source     string    `json:"source"`
				Target     string    `json:"target"`
				Predicate  string    `json:"predicate"`
				Label      string    `json:"label"`
				Weight     int       `json:"weight"`
				ArticleIDs *[]string `json:"articleIds"`
				Evidence   []struct {
					ArticleID     string `json:"articleId"`
					Date          string `json:"date"`
					Sentence      string `json:"sentence"`
					SentenceIndex int    `json:"sentenceIndex"`
					Start         int    `json:"start"`
					End           int    `json:"end"`
					Hedging       string `json:"hedging"`
					Outlet        string `json:"outlet"`
					URL           string `json:"url"`
				} `json:"evidence"`
			} `json:"data"`
		} `json:"edges"`
	} `json:"elements"`
	Truncated bool `json:"truncated"`
}

func TestCytoscape(t *testing.T) {
	var b bytes.Buffer
	if err := Cytoscape(&b, fixture()); err != nil {
		t.Fatal(err)
	}
	if !json.Valid(b.Bytes()) {
		t.Fatalf("output is not valid JSON:\n%s", b.Bytes())
	}
	var d cytoscapeDoc
	dec := json.NewDecoder(&b)
	dec.DisallowUnknownFields() // a field the test does not know is a contract change
	if err := dec.Decode(&d); err != nil {
		t.Fatal(err)
	}
	if len(d.Elements.Nodes) != 4 || len(d.Elements.Edges) != 4 || d.Truncated {
		t.Fatalf("got %d nodes, %d edges, truncated %t; want 4, 4, false", len(d.Elements.Nodes), len(d.Elements.Edges), d.Truncated)
	}

	byID := map[string]int{}
	for i, n := range d.Elements.Nodes {
		byID[n.Data.ID] = i
		if n.Data.Aliases == nil {
			t.Errorf("node %s: aliases is null, want a list", n.Data.ID)
		}
	}
	m := d.Elements.Nodes[byID[ministry.ID]].Data
	if m.Label != ministry.Name || m.Type != "Organization" || m.Degree != 2 || len(*m.Aliases) != 0 {
		t.Errorf("ministry = %+v", m)
	}
	z := d.Elements.Nodes[byID[zoe.ID]].Data
	if z.Label != zoe.Name || !reflect.DeepEqual(*z.Aliases, zoe.Aliases) {
		t.Errorf("zoe = %+v", z)
	}
	// JSON can carry the control character, so it is kept as it was.
	f := d.Elements.Nodes[byID[freedonia.ID]].Data
	if !reflect.DeepEqual(*f.Aliases, freedonia.Aliases) {
		t.Errorf("freedonia aliases = %q, want %q", *f.Aliases, freedonia.Aliases)
	}

	for _, e := range d.Elements.Edges {
		if _, ok := byID[e.Data.Source]; !ok {
			t.Errorf("edge %s: source %q is not a node", e.Data.ID, e.Data.Source)
		}
		if _, ok := byID[e.Data.Target]; !ok {
			t.Errorf("edge %s: target %q is not a node", e.Data.ID, e.Data.Target)
		}
		if e.Data.ArticleIDs == nil || e.Data.Evidence == nil {
			t.Errorf("edge %s: null articleIds or evidence", e.Data.ID)
		}
		if e.Data.ID != spokesperson.ID {
			continue
		}
		if e.Data.Source != zoe.ID || e.Data.Target != ministry.ID || e.Data.Predicate != "spokesperson_for" ||
			e.Data.Label != "spokesperson for" || e.Data.Weight != 2 || !reflect.DeepEqual(*e.Data.ArticleIDs, []string{"art-a", "art-b"}) {
			t.Errorf("spokesperson edge = %+v", e.Data)
		}
		if len(e.Data.Evidence) != 3 {
			t.Fatalf("spokesperson edge has %d pieces of evidence, want 3", len(e.Data.Evidence))
		}
		first := e.Data.Evidence[0]
		want := spokesperson.Evidence[2] // the earliest, art-a sentence 2
		if first.ArticleID != "art-a" || first.Date != "2025-03-24" || first.Sentence != want.Text ||
			first.SentenceIndex != 2 || first.Start != 40 || first.End != 101 || first.Hedging != "asserted" {
			t.Errorf("first evidence = %+v, want %+v", first, want)
		}
		if last := e.Data.Evidence[2]; last.ArticleID != "art-b" || last.Hedging != "attributed" {
			t.Errorf("last evidence = %+v, want art-b, attributed", last)
		}
	}
}

// TestCytoscapeTruncated checks the flag and that an empty subgraph still
// has the lists cy.add expects.
func TestCytoscapeTruncated(t *testing.T) {
	var b bytes.Buffer
	if err := Cytoscape(&b, domain.Subgraph{Truncated: true}); err != nil {
		t.Fatal(err)
	}
	var d cytoscapeDoc
	if err := json.Unmarshal(b.Bytes(), &d); err != nil || !d.Truncated {
		t.Errorf("truncated = %t, %v; want true", d.Truncated, err)
	}
	if got := b.String(); got != "{\"elements\":{\"nodes\":[\n],\"edges\":[\n]},\"truncated\":true}\n" {
		t.Errorf("empty subgraph = %q", got)
	}
}

// TestCytoscapeEvidenceOutlet checks that evidence names its article's
// outlet and URL when the store knows them, and leaves them out otherwise.
func TestCytoscapeEvidenceOutlet(t *testing.T) {
	g := fixture()
	g.Edges = slices.Clone(g.Edges) // the fixture's slices are shared
	for i := range g.Edges {
		g.Edges[i].Evidence = slices.Clone(g.Edges[i].Evidence)
		for j := range g.Edges[i].Evidence {
			g.Edges[i].Evidence[j].Outlet = "Harbor Post"
			g.Edges[i].Evidence[j].URL = "https://harborpost.example/" + g.Edges[i].Evidence[j].ArticleID
		}
	}
	var b bytes.Buffer
	if err := Cytoscape(&b, g); err != nil {
		t.Fatal(err)
	}
	var d cytoscapeDoc
	dec := json.NewDecoder(&b)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&d); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range d.Elements.Edges {
		for _, ev := range e.Data.Evidence {
			n++
			if ev.Outlet != "Harbor Post" || ev.URL != "https://harborpost.example/"+ev.ArticleID {
				t.Errorf("evidence of %s: outlet %q url %q", e.Data.ID, ev.Outlet, ev.URL)
			}
		}
	}
	if n == 0 {
		t.Fatal("the fixture has no evidence")
	}
	var plain bytes.Buffer
	if err := Cytoscape(&plain, fixture()); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(plain.Bytes(), []byte(`"outlet"`)) {
		t.Error("evidence without an outlet still has an outlet field")
	}
}
