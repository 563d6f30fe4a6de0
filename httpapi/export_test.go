package httpapi_test

import (
	"encoding/json"
	"encoding/xml"
	"io"
	"net/http"
	"strings"
	"testing"
)

func get(t *testing.T, path string) (*http.Response, []byte) {
	t.Helper()
	srv, err := sampleServer()
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, body
}

func TestExportFormats(t *testing.T) {
	type xmlDoc struct {
		Nodes []struct {
			ID string `xml:"id,attr"`
		} `xml:"graph>nodes>node"`
		Edges []struct {
			Source string `xml:"source,attr"`
		} `xml:"graph>edges>edge"`
		GraphMLNodes []struct {
			ID string `xml:"id,attr"`
		} `xml:"graph>node"`
	}
	tests := []struct {
		path, ctype string
		check       func(t *testing.T, body []byte)
	}{
		{"/export?format=gexf&actor=Peskov&depth=1", "application/gexf+xml", func(t *testing.T, body []byte) {
			var d xmlDoc
			if err := xml.Unmarshal(body, &d); err != nil {
				t.Fatal(err)
			}
			ids := map[string]bool{}
			for _, n := range d.Nodes {
				ids[n.ID] = true
			}
			if !ids["person:dmitry-peskov"] || !ids["org:kremlin"] || len(d.Edges) == 0 {
				t.Errorf("GEXF of Peskov's neighborhood: nodes %v, %d edges", ids, len(d.Edges))
			}
		}},
		{"/export?format=graphml&predicates=spokesperson_for,envoy_of", "application/graphml+xml", func(t *testing.T, body []byte) {
			var d xmlDoc
			if err := xml.Unmarshal(body, &d); err != nil {
				t.Fatal(err)
			}
			if len(d.GraphMLNodes) < 4 || !strings.Contains(string(body), "spokesperson_for") || strings.Contains(string(body), ">said<") {
				t.Errorf("GraphML of two predicates: %d nodes", len(d.GraphMLNodes))
			}
		}},
		{"/export?format=cytoscape&actor=Witkoff", "application/json", func(t *testing.T, body []byte) {
			var d struct {
				Elements struct {
					Nodes []struct{ Data map[string]any }
					Edges []struct{ Data map[string]any }
				}
			}
			if err := json.Unmarshal(body, &d); err != nil {
				t.Fatal(err)
			}
			if len(d.Elements.Nodes) == 0 || len(d.Elements.Edges) == 0 || d.Elements.Edges[0].Data["evidence"] == nil {
				t.Errorf("Cytoscape JSON: %d nodes, %d edges", len(d.Elements.Nodes), len(d.Elements.Edges))
			}
		}},
		{"/export?format=csv", "text/csv", func(t *testing.T, body []byte) {
			if !strings.HasPrefix(string(body), "subject_id,subject,subject_type,predicate,") {
				t.Errorf("CSV starts %q", body[:min(60, len(body))])
			}
		}},
		{"/export?format=nquads", "application/n-quads", func(t *testing.T, body []byte) {
			if !strings.Contains(string(body), "<spokesperson_for>") {
				t.Error("N-Quads dump lacks spokesperson_for")
			}
		}},
	}
	for _, tt := range tests {
		resp, body := get(t, tt.path)
		if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), tt.ctype) {
			t.Errorf("GET %s: %d %s: %s", tt.path, resp.StatusCode, resp.Header.Get("Content-Type"), body)
			continue
		}
		if !strings.Contains(resp.Header.Get("Content-Disposition"), "attachment") {
			t.Errorf("GET %s: not a download", tt.path)
		}
		tt.check(t, body)
	}
}

func TestExportErrors(t *testing.T) {
	tests := []struct {
		path   string
		status int
		code   string
	}{
		{"/export?format=xls", 400, "BAD_USER_INPUT"},
		{"/export?format=gexf&actor=Nobody+Whatsoever", 404, "NOT_FOUND"},
		{"/export?format=gexf&actor=Peskov&depth=9", 400, "BAD_USER_INPUT"},
		{"/export?format=gexf&since=yesterday", 400, "BAD_USER_INPUT"},
		{"/export?format=csv&actor=Peskov", 400, "BAD_USER_INPUT"},
	}
	for _, tt := range tests {
		resp, body := get(t, tt.path)
		var out gqlResponse
		json.Unmarshal(body, &out)
		if resp.StatusCode != tt.status || len(out.Errors) == 0 || out.Errors[0].Extensions["code"] != tt.code {
			t.Errorf("GET %s: %d %s, want %d %s", tt.path, resp.StatusCode, body, tt.status, tt.code)
		}
	}
}
