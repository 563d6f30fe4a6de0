package main

import (
	"context"
	"io"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestExportWhileServing checks that export on a bolt file a server holds
// open says so and names the way out, instead of "open store …: timeout".
func TestExportWhileServing(t *testing.T) {
	db := graphDB(t)
	if err := run(context.Background(), []string{"load", "-db", db, articles}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	held, err := graph.Open(context.Background(), db) // as serve holds it
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	err = run(context.Background(), []string{"export", "-db", db}, io.Discard, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "in use by a running server: use its /export") || strings.HasSuffix(err.Error(), "timeout") {
		t.Errorf("export while the store is held: %v", err)
	}
}

// TestServeSaysWhatItLoads checks that serve -articles says what it is
// loading and how many articles it loaded, on stderr, before the address
// line on stdout.
func TestServeSaysWhatItLoads(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stdout, w := io.Pipe()
	var stderr strings.Builder
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "-addr", "127.0.0.1:0", "-db", graphDB(t), "-articles", articles}, w, &stderr)
		w.Close()
	}()
	buf := make([]byte, 200)
	n, err := stdout.Read(buf)
	if err != nil || !strings.HasPrefix(string(buf[:n]), "serving GraphQL on ") {
		t.Fatalf("first stdout line %q (%v), want the address", buf[:n], err)
	}
	go io.Copy(io.Discard, stdout)
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"loading " + articles + " into ", "loaded 5 articles (5 new or changed, 0 already stored, 0 failed) in "} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr %q does not say %q", stderr.String(), want)
		}
	}
}
