package main

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/corpus"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/httpapi"
	"github.com/actorgraph/actorgraph/loader"
)

// TestGizmoAgrees asks our GraphQL API and Cayley's Gizmo endpoint, on
// the same bolt file, the four benchmark questions about every actor with
// relations, and requires the same answers. make bench runs it (make test
// skips it): it needs bin/cayley (`make bin/cayley`), and without it the
// test is skipped, unless ACTORGRAPH_REQUIRE_CAYLEY=1 (as make bench sets).
func TestGizmoAgrees(t *testing.T) {
	bin, err := filepath.Abs("../../bin/cayley")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(bin); err != nil {
		if os.Getenv("ACTORGRAPH_REQUIRE_CAYLEY") == "1" {
			t.Fatalf("ACTORGRAPH_REQUIRE_CAYLEY=1 and no Cayley server: %v (make bin/cayley builds it)", err)
		}
		t.Skipf("no Cayley server (%v); make bin/cayley builds it, make bench runs this test", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	dir := t.TempDir()

	// the sample articles and a few generated ones: attacks, calls,
	// quotes, titles, in more combinations than five articles hold
	gen := filepath.Join(dir, "corpus")
	if err := corpus.Write(ctx, gen, 7, 12); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "store.db")
	store, err := graph.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	paths, err := loader.Paths([]string{"../../data/articles", gen})
	if err != nil {
		t.Fatal(err)
	}
	if sum, err := loader.Load(ctx, store, paths, nil); err != nil || sum.Failed > 0 || sum.Articles == 0 {
		t.Fatalf("load: %+v, %v", sum, err)
	}

	// GraphQL first: bolt locks the file to one process, so the store is
	// closed before Cayley opens it
	srv := httptest.NewServer(httpapi.NewMux(store, httpapi.Options{}))
	client := &http.Client{Timeout: 30 * time.Second}
	url := srv.URL + "/graphql"
	subjects := actorsWithRelations(ctx, t, client, url)
	expected, err := expectAnswers(ctx, client, url, benchWorkloads, subjects, len(subjects))
	if err != nil {
		t.Fatal(err)
	}
	srv.Close()
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}

	cay, err := startCayley(ctx, bin, db, dir, 30*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer cay.stop()
	for _, name := range benchWorkloads {
		got, err := gizmoAnswers(ctx, client, cay.addr, name, subjects, len(subjects), expected.docs)
		if err != nil {
			t.Fatal(err)
		}
		nonEmpty := 0
		for i, s := range subjects {
			diffs, err := compareAnswers(name, expected.answers[name][i], got[i])
			if err != nil {
				t.Fatal(err)
			}
			if len(diffs) > 0 {
				t.Errorf("%s of %s: Gizmo differs from GraphQL:\n  %s", name, s.id, strings.Join(diffs, "\n  "))
			}
			if !strings.Contains(string(got[i]), "[]") || strings.Contains(string(got[i]), `"id"`) {
				nonEmpty++
			}
		}
		if nonEmpty == 0 {
			t.Errorf("%s: every answer is empty; the comparison proves nothing", name)
		}
	}
	t.Logf("%d actors with relations, four questions each", len(subjects))
}

// actorsWithRelations returns every actor of the store (any type) that has
// a relation, with its node id.
func actorsWithRelations(ctx context.Context, t *testing.T, client *http.Client, url string) []subject {
	t.Helper()
	data, err := graphQLQuery(ctx, client, url, `{ actors(first: 500) { edges { node { name degree } } pageInfo { hasNextPage } } }`, nil)
	if err != nil {
		t.Fatal(err)
	}
	var d struct {
		Actors struct {
			Edges []struct {
				Node struct {
					Name   string
					Degree int
				}
			}
			PageInfo struct{ HasNextPage bool }
		}
	}
	if err := json.Unmarshal(data, &d); err != nil {
		t.Fatal(err)
	}
	if d.Actors.PageInfo.HasNextPage {
		t.Fatal("more than 500 actors: the test store is meant to be small")
	}
	var names []string
	for _, e := range d.Actors.Edges {
		if e.Node.Degree > 0 {
			names = append(names, e.Node.Name)
		}
	}
	// the benchmark asks GraphQL by name; the node a name resolves to (the
	// best connected of those that bear it) is the one Gizmo is asked about
	all, err := resolveIDs(ctx, client, url, names)
	if err != nil {
		t.Fatal(err)
	}
	var out []subject
	seen := map[string]bool{}
	for _, s := range all {
		if !seen[s.id] {
			seen[s.id] = true
			out = append(out, s)
		}
	}
	if len(out) < 10 {
		t.Fatalf("only %d actors with relations", len(out))
	}
	return out
}

// TestGizmoPredicates checks the scripts' predicate lists against package
// graph: the metadata list is what IsMeta says (and the store's internal
// predicates), and no edge predicate is metadata.
func TestGizmoPredicates(t *testing.T) {
	for _, p := range gizmoMetaPredicates {
		if !p.IsMeta() && p != "key" && p != gizmoDocPredicate {
			t.Errorf("%s is in gizmoMetaPredicates but not IsMeta", p)
		}
	}
	for _, p := range gizmoEdgePredicates {
		if p.IsMeta() {
			t.Errorf("%s is in gizmoEdgePredicates but IsMeta", p)
		}
	}
	for _, name := range benchWorkloads {
		js, err := gizmoScript(name, "person:a", "person:b")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(js), `"person:a"`) || !strings.Contains(string(js), "function edgesOf") || !strings.Contains(string(js), "g.emit(") {
			t.Errorf("%s script lacks its actor, the prelude or its emit:\n%s", name, js)
		}
	}
}

// TestCompareAnswers checks that a difference is found and reported by its
// path, and that the actor's relation order and role titles do not count.
func TestCompareAnswers(t *testing.T) {
	gql := `{"actor": {"id": "person:a", "relations": [
		{"id": "r1", "title": "envoy", "evidence": [{"sentenceIndex": 2}, {"sentenceIndex": 1}]},
		{"id": "r2", "evidence": []}]}}`
	same := `{"actor": {"id": "person:a", "relations": [
		{"id": "r2", "evidence": []},
		{"id": "r1", "evidence": [{"sentenceIndex": 1}, {"sentenceIndex": 2}]}]}}`
	if diffs, err := compareAnswers("actor", json.RawMessage(gql), json.RawMessage(same)); err != nil || len(diffs) > 0 {
		t.Errorf("reordered answer: %v, %v; want no difference", diffs, err)
	}
	other := `{"actor": {"id": "person:a", "relations": [{"id": "r1", "evidence": [{"sentenceIndex": 1}, {"sentenceIndex": 3}]}]}}`
	diffs, err := compareAnswers("actor", json.RawMessage(gql), json.RawMessage(other))
	if err != nil {
		t.Fatal(err)
	}
	if want := "actor.actor.relations: 2 items in GraphQL, 1 in Gizmo"; len(diffs) == 0 || diffs[0] != want {
		t.Errorf("diffs = %q, want first %q", diffs, want)
	}
	if got, want := checkGizmo(400, []byte(`{"error": "context deadline exceeded"}`)), "Gizmo: context deadline exceeded"; got != want {
		t.Errorf("checkGizmo of a timeout = %q, want %q", got, want)
	}
	for status, body := range map[int]string{200: `{"result": [{}, {}]}`, 400: `{"error": "x"}`, 500: `oops`} {
		if checkGizmo(status, []byte(body)) == "" {
			t.Errorf("checkGizmo(%d, %s) accepted it", status, body)
		}
	}
	if got := checkGizmo(200, []byte(`{"result": [{"actor": null}]}`)); got != "" {
		t.Errorf("checkGizmo of one result = %q, want success", got)
	}
}
