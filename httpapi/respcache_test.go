package httpapi_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/httpapi"
)

// The response cache over PostgreSQL, where other servers write, is
// tested end to end by cmd/server's TestTwoServersOneWriterOnPostgres: its
// servers answer the same query before and after another process's load.

// countingStore counts the actor look-ups that reach the store: a query
// answered from the response cache makes none.
type countingStore struct {
	*graph.Store
	finds atomic.Int64
}

func (s *countingStore) FindActor(ctx context.Context, name string) (domain.Node, error) {
	s.finds.Add(1)
	return s.Store.FindActor(ctx, name)
}

// asker sends queries to srv and checks how many look-ups reached store.
type asker struct {
	t     *testing.T
	srv   *httptest.Server
	store *countingStore
}

// ask sends q with vars and headers (name, value pairs), checks that
// finds look-ups reached the store, and returns the answer.
func (a asker) ask(step, q string, vars map[string]any, finds int64, headers ...string) gqlResponse {
	a.t.Helper()
	before := a.store.finds.Load()
	resp, out := send(a.t, a.srv, q, vars, headers...)
	if resp.StatusCode != http.StatusOK {
		a.t.Fatalf("%s: HTTP %d: %+v", step, resp.StatusCode, out)
	}
	if got := a.store.finds.Load() - before; got != finds {
		a.t.Errorf("%s: %d look-ups reached the store, want %d", step, got, finds)
	}
	return out
}

const vargaQuery = `query($a: String!) { actor(name: $a) { name relations { predicate object { name } evidence { sentence } } } }`

var varga = map[string]any{"a": "Ilse Varga"}

// TestResponseCacheAnswersUntilAWrite: a query asked again is answered
// without reaching the store, and every write (here through the API's own
// mutation) makes the next answer the store's, a null answer's too.
// Answers with errors are never kept.
func TestResponseCacheAnswersUntilAWrite(t *testing.T) {
	store, err := graph.Open(context.Background(), graph.Memory)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	counting := &countingStore{Store: store}
	srv := httptest.NewServer(httpapi.NewMux(counting, httpapi.Options{Ingester: testIngester{store}}))
	t.Cleanup(srv.Close)
	a := asker{t, srv, counting}
	ingest := func(text string) {
		t.Helper()
		out := do(t, srv, ingestMutation, map[string]any{"in": map[string]any{"text": text, "date": "2026-03-03"}})
		if len(out.Errors) > 0 {
			t.Fatalf("ingest: %+v", out.Errors)
		}
	}

	if none := a.ask("before any article", vargaQuery, varga, 1); string(none.Data) != `{"actor":null}` {
		t.Fatalf("before any article: %s, want a null actor", none.Data)
	}
	a.ask("asked again", vargaQuery, varga, 0)
	const timeline = `query($a: String!) { timeline(actor: $a) { id } }`
	if missing := a.ask("an error", timeline, varga, 1); code(missing) != "NOT_FOUND" {
		t.Fatalf("timeline of nobody: %+v, want NOT_FOUND", missing)
	}
	a.ask("the error again: not kept", timeline, varga, 1)

	ingest(inventedReport)
	first := a.ask("after the first article", vargaQuery, varga, 1)
	if !strings.Contains(string(first.Data), "ready to return to the table") {
		t.Fatalf("after the first article: %s", first.Data)
	}
	if again := a.ask("asked again", vargaQuery, varga, 0); string(again.Data) != string(first.Data) {
		t.Errorf("the kept answer differs:\n%s\nwant\n%s", again.Data, first.Data)
	}

	ingest(`Norlandic government spokeswoman Ilse Varga said the delegation would travel to Ostvale on Friday.`)
	second := a.ask("after the second article", vargaQuery, varga, 1)
	if !strings.Contains(string(second.Data), "Ostvale") {
		t.Errorf("after a write: %s, want the second article's evidence too", second.Data)
	}
	a.ask("asked again after the write", vargaQuery, varga, 0)
}

// TestResponseCacheKeys: the same query spelled differently (white space,
// commas, comments) is one answer; other variables or another Accept
// header are others; the cache can be turned off.
func TestResponseCacheKeys(t *testing.T) {
	store := &countingStore{Store: newSampleStore(t)}
	on := httptest.NewServer(httpapi.NewMux(store, httpapi.Options{}))
	t.Cleanup(on.Close)
	off := httptest.NewServer(httpapi.NewMux(store, httpapi.Options{ResponseCacheBytes: -1}))
	t.Cleanup(off.Close)

	const doc = `query Who($a: String!, $n: Int) { actor(name: $a) { name degree } search(query: $a, first: $n) { id } }`
	const respelled = "# who is it?\n query   Who($a:String!,$n:Int){actor(name:$a){name,degree} search(query:$a first:$n){id}}"
	peskov := map[string]any{"a": "Peskov", "n": 3}
	tests := []struct {
		name    string
		srv     *httptest.Server
		q       string
		vars    map[string]any
		headers []string
		finds   int64 // look-ups that reach the store
	}{
		{"first", on, doc, peskov, nil, 1},
		{"again", on, doc, peskov, nil, 0},
		{"respelled", on, respelled, peskov, nil, 0},
		{"other variables", on, doc, map[string]any{"a": "Witkoff", "n": 3}, nil, 1},
		{"other Accept", on, doc, peskov, []string{"Accept", "application/graphql-response+json"}, 1},
		{"off", off, doc, peskov, nil, 1},
		{"off again", off, doc, peskov, nil, 1},
	}
	answers := map[string]string{}
	for _, tt := range tests {
		out := asker{t, tt.srv, store}.ask(tt.name, tt.q, tt.vars, tt.finds, tt.headers...)
		if len(out.Errors) > 0 {
			t.Fatalf("%s: %+v", tt.name, out.Errors)
		}
		answers[tt.name] = string(out.Data)
	}
	for _, name := range []string{"again", "respelled", "other Accept", "off"} {
		if answers[name] != answers["first"] {
			t.Errorf("%s: %s\nwant the same answer as the first: %s", name, answers[name], answers["first"])
		}
	}
	if answers["other variables"] == answers["first"] {
		t.Error("other variables got the first answer")
	}
}
