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
