package export

import (
	"bytes"
	"encoding/xml"
	"strconv"
	"testing"
)

// graphMLDoc is the part of a GraphML document the tests read back.
type graphMLDoc struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		ID          string         `xml:"id,attr"`
		EdgeDefault string         `xml:"edgedefault,attr"`
		Data        []graphMLDatum `xml:"data"`
		Nodes       []struct {
			ID   string         `xml:"id,attr"`
			Data []graphMLDatum `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			ID     string         `xml:"id,attr"`
			Source string         `xml:"source,attr"`
			Target string         `xml:"target,attr"`
			Data   []graphMLDatum `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

type graphMLDatum struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// values maps a node's or edge's data to attribute names through the
// document's keys, checking that every datum has a key of the right domain
// and that its text parses as the key's declared type.
func (d *graphMLDoc) values(t *testing.T, domain string, data []graphMLDatum) map[string]string {
	t.Helper()
	m := map[string]string{}
	for _, datum := range data {
		found := false
		for _, k := range d.Keys {
			if k.ID != datum.Key {
				continue
			}
			found = true
			if k.For != domain {
				t.Errorf("data key %q is declared for %q, used on a %s", k.ID, k.For, domain)
			}
			switch k.Type {
			case "int":
				if _, err := strconv.Atoi(datum.Value); err != nil {
					t.Errorf("data %q = %q is not an int", k.Name, datum.Value)
				}
			case "boolean":
				if datum.Value != "true" && datum.Value != "false" {
					t.Errorf("data %q = %q is not a boolean", k.Name, datum.Value)
				}
			case "string":
			default:
				t.Errorf("key %q has type %q", k.ID, k.Type)
			}
			m[k.Name] = datum.Value
		}
		if !found {
			t.Errorf("data key %q is not declared", datum.Key)
		}
	}
	return m
}

func readGraphML(t *testing.T, b []byte) *graphMLDoc {
	t.Helper()
	var d graphMLDoc
	if err := xml.Unmarshal(b, &d); err != nil {
		t.Fatalf("GraphML output does not parse: %v\n%s", err, b)
	}
	return &d
}

func TestGraphML(t *testing.T) {
	var b bytes.Buffer
	if err := GraphML(&b, fixture()); err != nil {
		t.Fatal(err)
	}
	d := readGraphML(t, b.Bytes())

	wantKeys := map[string]string{ // domain/name → type
		"node/label": "string", "node/type": "string", "node/degree": "int", "node/aliases": "string",
		"edge/label": "string", "edge/predicate": "string", "edge/weight": "int", "edge/articles": "string",
		"edge/first_date": "string", "edge/last_date": "string", "edge/evidence": "string",
		"graph/truncated": "boolean",
	}
	for _, k := range d.Keys {
		if typ, ok := wantKeys[k.For+"/"+k.Name]; !ok || typ != k.Type {
			t.Errorf("key %s/%s has type %q, want %q", k.For, k.Name, k.Type, typ)
		}
		delete(wantKeys, k.For+"/"+k.Name)
	}
	for k := range wantKeys {
		t.Errorf("key %s is not declared", k)
	}
	if d.Graph.EdgeDefault != "directed" {
		t.Errorf("edgedefault = %q, want directed", d.Graph.EdgeDefault)
	}
	if got := d.values(t, "graph", d.Graph.Data)["truncated"]; got != "false" {
		t.Errorf("truncated = %q, want false", got)
	}

	if len(d.Graph.Nodes) != 4 || len(d.Graph.Edges) != 4 {
		t.Fatalf("got %d nodes and %d edges, want 4 and 4", len(d.Graph.Nodes), len(d.Graph.Edges))
	}
	wantNodeIDs := []string{freedonia.ID, ministry.ID, irina.ID, zoe.ID}
	for i, n := range d.Graph.Nodes {
		if n.ID != wantNodeIDs[i] {
			t.Errorf("node %d is %q, want %q (sorted by id)", i, n.ID, wantNodeIDs[i])
		}
	}
	nodes := map[string]map[string]string{}
	for _, n := range d.Graph.Nodes {
		nodes[n.ID] = d.values(t, "node", n.Data)
	}
	nodeTests := []struct {
		id, attr, want string
		present        bool
	}{
		{zoe.ID, "label", `Zoë "Ziggy" Quellmark`, true},
		{zoe.ID, "type", "Person", true},
		{zoe.ID, "degree", "3", true},
		{zoe.ID, "aliases", "Z. Quellmark; Зоя Квельмарк", true},
		{ministry.ID, "label", `Ministry of <Fables> & "Tales"`, true},
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

	edges := map[string]map[string]string{}
	for _, e := range d.Graph.Edges {
		v := d.values(t, "edge", e.Data)
		v["source"], v["target"] = e.Source, e.Target
		edges[e.ID] = v
	}
	edgeTests := []struct {
		id, attr, want string
	}{
		{spokesperson.ID, "source", zoe.ID},
		{spokesperson.ID, "target", ministry.ID},
		{spokesperson.ID, "label", "spokesperson for"},
		{spokesperson.ID, "predicate", "spokesperson_for"},
		{spokesperson.ID, "weight", "2"},
		{spokesperson.ID, "articles", "art-a art-b"},
		{spokesperson.ID, "first_date", "2025-03-24"},
		{spokesperson.ID, "last_date", "2025-03-25"},
		{spokesperson.ID, "evidence", "2025-03-24 art-a#2: Ministry spokeswoman Zoë \"Ziggy\" Quellmark said <nothing> & left. Then she returned.\n" +
			"2025-03-24 art-a#7 (disputed): Rivals say Quellmark is \"no spokeswoman\" at all.\n" +
			"2025-03-25 art-b#4 (attributed): According to aides, Quellmark speaks for the ministry."},
		{minister.ID, "articles", urlArticle},
		{minister.ID, "first_date", ""},
		{minister.ID, "evidence", urlArticle + "#0 (unconfirmed): Министр Ирина Вымыслова\uFFFD reportedly resigned."},
		{member.ID, "predicate", "member_of"},
	}
	for _, tt := range edgeTests {
		if got := edges[tt.id][tt.attr]; got != tt.want {
			t.Errorf("edge %s %s = %q, want %q", tt.id, tt.attr, got, tt.want)
		}
	}
}

func TestGraphMLTruncated(t *testing.T) {
	g := fixture()
	g.Truncated = true
	var b bytes.Buffer
	if err := GraphML(&b, g); err != nil {
		t.Fatal(err)
	}
	d := readGraphML(t, b.Bytes())
	if got := d.values(t, "graph", d.Graph.Data)["truncated"]; got != "true" {
		t.Errorf("truncated = %q, want true", got)
	}
}
