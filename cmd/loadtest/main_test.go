package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/corpus"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/httpapi"
	"github.com/actorgraph/actorgraph/loader"
)

func TestOnlyLocalhost(t *testing.T) {
	for _, addr := range []string{"10.0.0.1:80", "localhost:8080", "example.org:443", "0.0.0.0:8080", "[::1]:8080", "127.0.0.1"} {
		if err := run(context.Background(), []string{"-addr", addr, "-duration", "1ms"}, io.Discard, io.Discard); err == nil {
			t.Errorf("loadtest -addr %s ran, want a refusal", addr)
		}
	}
}

func TestDriveCountsOutcomes(t *testing.T) {
	var n atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if b, _ := io.ReadAll(r.Body); bytes.Contains(b, []byte("actors(")) {
			// the sample is drawn first
			io.WriteString(w, `{"data": {"actors": {"edges": [{"node": {"name": "A B", "degree": 1}}, {"node": {"name": "C D", "degree": 2}}]}}}`)
			return
		}
		switch n.Add(1) % 3 {
		case 0:
			io.WriteString(w, `{"data": {}}`)
		case 1:
			io.WriteString(w, `{"errors": [{"message": "x", "extensions": {"code": "TIMEOUT"}}]}`)
		case 2:
			w.WriteHeader(http.StatusInternalServerError)
		}
	}))
	defer srv.Close()
	var out bytes.Buffer
	addr := strings.TrimPrefix(srv.URL, "http://")
	if err := run(context.Background(), []string{"-addr", addr, "-clients", "1", "-duration", "200ms"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"1 clients for 200ms", "p50", "GraphQL TIMEOUT", "HTTP 500, unreadable answer"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}

func TestCheckGraphQL(t *testing.T) {
	tests := []struct {
		status int
		body   string
		want   string
	}{
		{200, `{"data": {"actor": {"name": "A B"}}}`, ""},
		{200, `{"data": {"actor": {"name": "A B"}`, "HTTP 200, unreadable answer"},
		{200, `{"errors": [{"message": "x", "extensions": {"code": "TIMEOUT"}}], "data": null}`, "GraphQL TIMEOUT"},
		{200, `{"data": {"actor": {"quote": "no \"errors\" here"}}}`, ""},
		{503, `{"data": null}`, "HTTP 503"},
		{500, `oops`, "HTTP 500, unreadable answer"},
	}
	for _, tt := range tests {
		if got := checkGraphQL(tt.status, []byte(tt.body)); got != tt.want {
			t.Errorf("checkGraphQL(%d, %s) = %q, want %q", tt.status, tt.body, got, tt.want)
		}
	}
}

// TestBenchWorkloads drives every benchmark workload against a real server
// holding the sample articles: each must sample people and get answers
// without errors.
func TestBenchWorkloads(t *testing.T) {
	ctx := context.Background()
	store, err := graph.Open(ctx, graph.Memory)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	paths, err := loader.Paths([]string{"../../data/articles"})
	if err != nil {
		t.Fatal(err)
	}
	if sum, err := loader.Load(ctx, store, paths, nil); err != nil || sum.Failed > 0 || sum.Articles == 0 {
		t.Fatalf("load the samples: %+v, %v", sum, err)
	}
	srv := httptest.NewServer(httpapi.NewMux(store, httpapi.Options{}))
	defer srv.Close()
	var out bytes.Buffer
	addr := strings.TrimPrefix(srv.URL, "http://")
	args := []string{"-addr", addr, "-workload", "lookup,actorpage,bench", "-clients", "2", "-duration", "300ms", "-actors", "5"}
	if err := run(ctx, args, &out, io.Discard); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "sampled 5 of the first") {
		t.Errorf("report lacks the sample:\n%s", out.String())
	}
	for _, name := range append([]string{"lookup", "actorpage"}, benchWorkloads...) {
		m := regexp.MustCompile(name + `: 2 clients for 300ms: \d+ requests, \d+/s; [1-9]\d* ok, 0 errors`).FindString(out.String())
		if m == "" {
			t.Errorf("no successful, error-free %s run in:\n%s", name, out.String())
		}
	}
}

// TestMixAsksAboutTheStoresPeople drives the default workload against a
// store of generated articles, none of whose people are those of the
// sample articles: every answer must be an answer, not NOT_FOUND.
func TestMixAsksAboutTheStoresPeople(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	if err := corpus.Write(ctx, dir, 5, 40); err != nil {
		t.Fatal(err)
	}
	store, err := graph.Open(ctx, graph.Memory)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	paths, err := loader.Paths([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if sum, err := loader.Load(ctx, store, paths, nil); err != nil || sum.Failed > 0 || sum.Articles == 0 {
		t.Fatalf("load the corpus: %+v, %v", sum, err)
	}
	srv := httptest.NewServer(httpapi.NewMux(store, httpapi.Options{}))
	defer srv.Close()
	var out bytes.Buffer
	addr := strings.TrimPrefix(srv.URL, "http://")
	args := []string{"-addr", addr, "-clients", "2", "-duration", "500ms", "-actors", "10"}
	if err := run(ctx, args, &out, io.Discard); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if m := regexp.MustCompile(`mix: 2 clients for 500ms: \d+ requests, \d+/s; [1-9]\d* ok, 0 errors`).FindString(out.String()); m == "" {
		t.Errorf("the mix on a generated store had errors, or no answers:\n%s", out.String())
	}
}

func TestSearchWord(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Dmitry Peskov", "peskov"},
		{"Madonna", "madonna"},
		{"", ""},
	} {
		if got := searchWord(tc.in); got != tc.want {
			t.Errorf("searchWord(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestGraphQLBodyDeclaredVariablesOnly: GraphQL refuses a variable the
// document does not declare.
func TestGraphQLBodyDeclaredVariablesOnly(t *testing.T) {
	vars := map[string]string{"a": "x", "b": "y", "q": "z"}
	for _, tc := range []struct{ doc, want string }{
		{`{ articles { id } }`, `{"query":"{ articles { id } }"}`},
		{`query($a: String!) { actor(name: $a) { id } }`, `{"query":"query($a: String!) { actor(name: $a) { id } }","variables":{"a":"x"}}`},
		{`query($a: String!, $b: String!) { p }`, `{"query":"query($a: String!, $b: String!) { p }","variables":{"a":"x","b":"y"}}`},
	} {
		if got := string(graphQLBody(tc.doc, vars)); got != tc.want {
			t.Errorf("graphQLBody(%q) = %s, want %s", tc.doc, got, tc.want)
		}
	}
}

// TestServeArgs checks what -serve starts: a read-only server of -db, or
// the articles in memory.
func TestServeArgs(t *testing.T) {
	for _, tc := range []struct {
		c    config
		want string
	}{
		{config{db: "x.db", articles: "a"}, "serve -addr 127.0.0.1:0 -db x.db -read-only"},
		{config{articles: "a"}, "serve -addr 127.0.0.1:0 -db memory -articles a"},
	} {
		if got := strings.Join(tc.c.serveArgs(), " "); got != tc.want {
			t.Errorf("serveArgs(%+v) = %q, want %q", tc.c, got, tc.want)
		}
	}
}

func TestReadRSS(t *testing.T) {
	r, err := readRSS("/proc/self/status")
	if err != nil {
		t.Fatal(err)
	}
	if r.total < 1<<20 || r.total > 1<<40 || r.anon <= 0 || r.file <= 0 || r.anon+r.file > r.total+1<<20 {
		t.Errorf("readRSS(self) = %+v bytes, not a process's size", r)
	}
	if _, err := readRSS("/proc/self/stat"); err == nil {
		t.Error("readRSS of a file without VmRSS gave no error")
	}
}

func TestReadCPU(t *testing.T) {
	if d, err := readCPU("/proc/self/stat"); err != nil || d < 0 || d > time.Hour {
		t.Errorf("readCPU(self) = %v, %v", d, err)
	}
	dir := t.TempDir()
	tests := []struct {
		name, stat string
		want       time.Duration
		ok         bool
	}{
		{"plain", "42 (server) S 1 42 42 0 -1 4194560 100 0 0 0 250 30 0 0 20 0 9 0 1 1 1", 2800 * time.Millisecond, true},
		{"a name with ') ' in it", "42 (a) b) R 1 42 42 0 -1 4194560 100 0 0 0 7 3 0 0 20 0 9 0 1 1 1", 100 * time.Millisecond, true},
		{"cut short", "42 (server) S 1 42", 0, false},
		{"not a number", "42 (server) S 1 42 42 0 -1 4194560 100 0 0 0 x 30 0 0 20", 0, false},
	}
	for i, tt := range tests {
		path := filepath.Join(dir, strconv.Itoa(i))
		if err := os.WriteFile(path, []byte(tt.stat), 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := readCPU(path)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("%s: readCPU = %v, %v; want %v, ok %v", tt.name, got, err, tt.want, tt.ok)
		}
	}
}
