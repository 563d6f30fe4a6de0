package resolvers_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/httpapi"
	"github.com/actorgraph/actorgraph/loader"
)

// sampleServer serves the sample articles of data/articles from a memory
// store through the real HTTP handler. It is built once: loading is the
// slow part and no test writes.
var sampleServer = sync.OnceValues(func() (*httptest.Server, error) {
	store, err := sampleStore()
	if err != nil {
		return nil, err
	}
	return httptest.NewServer(httpapi.NewMux(store, httpapi.Options{})), nil
})

// sampleStore loads the sample articles into a new memory store.
func sampleStore() (*graph.Store, error) {
	ctx := context.Background()
	store, err := graph.Open(ctx, graph.Memory)
	if err != nil {
		return nil, err
	}
	paths, err := loader.Paths([]string{"../data/articles"})
	if err != nil {
		return nil, err
	}
	var loadErr error
	if _, err := loader.Load(ctx, store, paths, func(r loader.Result) {
		if r.Err != nil && loadErr == nil {
			loadErr = r.Err
		}
	}); err != nil {
		return nil, err
	}
	return store, loadErr
}

// newSampleStore is sampleStore for one test, closed when it ends.
func newSampleStore(t *testing.T) *graph.Store {
	t.Helper()
	store, err := sampleStore()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	return store
}

type gqlResponse struct {
	Data   json.RawMessage `json:"data,omitempty"`
	Errors []struct {
		Message    string         `json:"message"`
		Path       []any          `json:"path,omitempty"`
		Extensions map[string]any `json:"extensions,omitempty"`
	} `json:"errors,omitempty"`
}

// post sends a GraphQL request body over real HTTP and decodes the answer.
func post(t *testing.T, body []byte) (int, gqlResponse) {
	t.Helper()
	srv, err := sampleServer()
	if err != nil {
		t.Fatalf("load sample articles: %v", err)
	}
	resp, err := http.Post(srv.URL+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out gqlResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatalf("decode response (status %d): %v", resp.StatusCode, err)
	}
	return resp.StatusCode, out
}

// query runs a query that must succeed and decodes its data into v.
func query(t *testing.T, q string, vars map[string]any, v any) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": q, "variables": vars})
	_, resp := post(t, body)
	if len(resp.Errors) > 0 {
		t.Fatalf("query %s: errors %+v", q, resp.Errors)
	}
	if err := json.Unmarshal(resp.Data, v); err != nil {
		t.Fatalf("decode data %s: %v", resp.Data, err)
	}
}

type actor struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Type      string   `json:"type"`
	Aliases   []string `json:"aliases"`
	Relations []struct {
		Predicate string `json:"predicate"`
		Subject   struct{ Name string }
		Object    *struct{ Name string }
		Value     *string `json:"value"`
		Evidence  []struct {
			Article struct {
				ID   string  `json:"id"`
				Date *string `json:"date"`
			} `json:"article"`
			Sentence string `json:"sentence"`
			Start    int    `json:"start"`
			End      int    `json:"end"`
		} `json:"evidence"`
	} `json:"relations"`
}

const actorQuery = `query($name: String!) { actor(name: $name) { id name type aliases
	relations { predicate subject { name } object { name } value
		evidence { article { id date } sentence start end } } } }`

func TestActorSpokespersonWithEvidence(t *testing.T) {
	var data struct{ Actor *actor }
	query(t, actorQuery, map[string]any{"name": "Peskov"}, &data)
	a := data.Actor
	if a == nil {
		t.Fatal(`actor(name: "Peskov") = null`)
	}
	if a.Name != "Dmitry Peskov" || a.Type != "PERSON" {
		t.Errorf("actor = %q (%s), want Dmitry Peskov (PERSON)", a.Name, a.Type)
	}
	found := false
	for _, r := range a.Relations {
		if r.Predicate != "spokesperson_for" || r.Object == nil || r.Object.Name != "Kremlin" {
			continue
		}
		found = true
		if len(r.Evidence) == 0 {
			t.Fatal("spokesperson_for Kremlin has no evidence")
		}
		for _, e := range r.Evidence {
			if !strings.Contains(e.Sentence, "Peskov") || e.Start >= e.End || e.Article.ID == "" {
				t.Errorf("evidence %+v does not point at a sentence naming Peskov", e)
			}
			if e.End-e.Start != len([]rune(e.Sentence)) {
				t.Errorf("offsets %d..%d do not span the sentence %q", e.Start, e.End, e.Sentence)
			}
		}
	}
	if !found {
		t.Errorf("no spokesperson_for Kremlin among %d relations", len(a.Relations))
	}
}

func TestActorLookups(t *testing.T) {
	tests := []struct {
		name string
		want string // "" for null
	}{
		{"Peskov", "Dmitry Peskov"},
		{"dmitry peskov", "Dmitry Peskov"},
		{"KREMLIN", "Kremlin"},
		{"No Such Person Anywhere", ""},
	}
	for _, tt := range tests {
		var data struct{ Actor *actor }
		query(t, `query($name: String!) { actor(name: $name) { name } }`, map[string]any{"name": tt.name}, &data)
		got := ""
		if data.Actor != nil {
			got = data.Actor.Name
		}
		if got != tt.want {
			t.Errorf("actor(name: %q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestSearch(t *testing.T) {
	var data struct {
		Search []struct{ Name, Type string }
	}
	query(t, `{ search(query: "zelensk") { name type } }`, nil, &data)
	if len(data.Search) == 0 {
		t.Fatal(`search("zelensk") found nothing`)
	}
	for _, a := range data.Search {
		if !strings.Contains(strings.ToLower(a.Name), "zelensk") {
			t.Errorf("search result %q does not match zelensk", a.Name)
		}
	}
	if data.Search[0].Type != "PERSON" {
		t.Errorf("first result %+v, want a PERSON", data.Search[0])
	}
}

func TestArticles(t *testing.T) {
	var data struct {
		Articles []struct {
			ID    string
			Date  *string
			Title *string
		}
	}
	query(t, `{ articles { id date title } }`, nil, &data)
	var ids []string
	dates := map[string]string{}
	for _, a := range data.Articles {
		ids = append(ids, a.ID)
		if a.Date != nil {
			dates[a.ID] = *a.Date
		}
		if a.Title == nil || *a.Title == "" {
			t.Errorf("article %s has no title", a.ID)
		}
	}
	paths, _ := loader.Paths([]string{"../data/articles"})
	var want []string
	for _, p := range paths {
		want = append(want, loader.ID(p))
	}
	if !slices.Equal(ids, want) {
		t.Errorf("article ids = %q, want %q", ids, want)
	}
	if dates["001_f2e52ccff2804587"] != "2025-03-25" {
		t.Errorf("dates = %v, want 001_f2e52ccff2804587 dated 2025-03-25 from its header", dates)
	}
	if _, ok := dates["003_8bdbdf7a48a84030"]; ok {
		t.Errorf("an article without a date header got date %q", dates["003_8bdbdf7a48a84030"])
	}
}
