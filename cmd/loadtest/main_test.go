package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/resolvers"
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
	srv := httptest.NewServer(resolvers.NewMux(store, resolvers.Options{}))
	defer srv.Close()
	var out bytes.Buffer
	addr := strings.TrimPrefix(srv.URL, "http://")
	args := []string{"-addr", addr, "-workload", "lookup,bench", "-clients", "2", "-duration", "300ms", "-actors", "5"}
	if err := run(ctx, args, &out, io.Discard); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "sampled 5 of the first") {
		t.Errorf("report lacks the sample:\n%s", out.String())
	}
	for _, name := range append([]string{"lookup"}, benchWorkloads...) {
		m := regexp.MustCompile(name + `: 2 clients for 300ms: \d+ requests, \d+/s; [1-9]\d* ok, 0 errors`).FindString(out.String())
		if m == "" {
			t.Errorf("no successful, error-free %s run in:\n%s", name, out.String())
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
