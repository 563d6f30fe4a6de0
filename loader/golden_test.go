package loader_test

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
)

// update rewrites the golden files. Run it deliberately (go test
// ./loader -run Golden -update) and review the diff like code: the golden
// file is what a journalist would see, not whatever the code does today.
var update = flag.Bool("update", false, "rewrite testdata/*.golden files")

// TestFactsGolden loads the sample corpus into a memory store and compares
// the facts.csv export with the reviewed golden file.
func TestFactsGolden(t *testing.T) {
	ctx := context.Background()
	store, err := graph.Open(ctx, graph.Memory)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	paths, err := loader.Paths([]string{"../data/articles"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := loader.Load(ctx, store, paths, func(r loader.Result) {
		if r.Err != nil {
			t.Errorf("load: %v", r.Err)
		}
	}); err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := store.WriteCSV(ctx, &got); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "facts.golden.csv")
	if *update {
		if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("read golden file (create it with -update and review it): %v", err)
	}
	if got.String() != string(want) {
		gotLines := lineSet(got.String())
		wantLines := lineSet(string(want))
		for l := range wantLines {
			if !gotLines[l] {
				t.Errorf("missing: %s", l)
			}
		}
		for l := range gotLines {
			if !wantLines[l] {
				t.Errorf("unexpected: %s", l)
			}
		}
		if !t.Failed() {
			t.Errorf("same rows, different order")
		}
	}
}

func lineSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
		out[l] = true
	}
	return out
}
