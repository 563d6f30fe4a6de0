package resolvers_test

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/httpapi"
)

// actorPageQueries are the documents of loadtest's actor workloads
// (cmd/loadtest): an actor page's first page, 20 relations with 3 pieces of
// evidence each, and an actor with every relation and all its evidence.
var actorPageQueries = map[string]string{
	"actorpage": `query($a: String!) { actor(name: $a) { id name type aliases degree
  relations(first: 20) { id predicate title value subject { id name } object { id name } evidenceCount
    evidence(first: 3) { article { id } date sentence sentenceIndex start end hedging } } } }`,
	"actor": `query($a: String!) { actor(name: $a) { id name type aliases degree
  relations { id predicate title value subject { id name } object { id name }
    evidence { article { id } date sentence sentenceIndex start end hedging } } } }`,
}

// BenchmarkActorPage runs the actor workloads in process through the real
// HTTP handler, about ten people spread over the range of degrees: what
// gqlgen's execution, the resolvers and the store cost a request, free of
// the network and the load generator (the response cache off), and what
// a request answered by the response cache costs (cached). It reads the
// sample articles, or the store ACTORGRAPH_BENCH_STORE names (a copy:
// bolt takes a lock).
func BenchmarkActorPage(b *testing.B) {
	store, err := benchStore()
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
	handlers := map[string]http.Handler{
		"":        httpapi.NewMux(store, httpapi.Options{ResponseCacheBytes: -1}),
		"/cached": httpapi.NewMux(store, httpapi.Options{}),
	}
	people := spreadPeople(b, handlers[""], 10)
	for _, name := range []string{"actorpage", "actor"} {
		bodies := make([][]byte, len(people))
		for i, p := range people {
			bodies[i], _ = json.Marshal(map[string]any{"query": actorPageQueries[name], "variables": map[string]any{"a": p}})
		}
		for _, mode := range []string{"", "/cached"} {
			b.Run(name+mode, func(b *testing.B) {
				h := handlers[mode]
				b.ReportAllocs()
				for i := 0; b.Loop(); i++ {
					if rec := serve(h, bodies[i%len(bodies)]); rec.Code != http.StatusOK {
						b.Fatalf("status %d: %s", rec.Code, rec.Body)
					}
				}
			})
		}
	}
}

// benchStore opens the store ACTORGRAPH_BENCH_STORE names, else loads the
// sample articles.
func benchStore() (*graph.Store, error) {
	if dsn := os.Getenv("ACTORGRAPH_BENCH_STORE"); dsn != "" {
		return graph.Open(context.Background(), dsn)
	}
	return sampleStore()
}

// spreadPeople returns n people of the first 500 with relations, evenly
// spread from the most connected to the least.
func spreadPeople(b *testing.B, h http.Handler, n int) []string {
	b.Helper()
	body, _ := json.Marshal(map[string]any{"query": `{ actors(filter: {types: [PERSON]}, first: 500) { edges { node { name degree } } } }`})
	rec := serve(h, body)
	type person struct {
		Name   string
		Degree int
	}
	var resp struct {
		Data struct {
			Actors struct{ Edges []struct{ Node person } }
		}
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
		b.Fatalf("sample people: %v: %s", err, rec.Body)
	}
	var people []person
	for _, e := range resp.Data.Actors.Edges {
		if e.Node.Degree > 0 {
			people = append(people, e.Node)
		}
	}
	if len(people) < n {
		b.Fatalf("sample people: %d with relations, want %d", len(people), n)
	}
	slices.SortStableFunc(people, func(x, y person) int { return cmp.Compare(y.Degree, x.Degree) })
	out := make([]string, n)
	for i := range out {
		out[i] = people[i*len(people)/n].Name
	}
	return out
}

// serve posts a GraphQL body to h in process, from loopback like
// loadtest.
func serve(h http.Handler, body []byte) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.RemoteAddr = "127.0.0.1:1234" // loopback: not rate limited
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}
