package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestMigrate brings a bolt file written before the counts were kept up to
// date: an export of it and a load into it make such a file, since an
// import (Cayley's writer) drops the counts, as a file of an earlier
// version never had them. Migrate counts it; a second run has nothing to
// do; stats then agree with a store loaded directly.
func TestMigrate(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	loaded, old := filepath.Join(dir, "loaded.db"), filepath.Join(dir, "old.db")
	if err := run(ctx, []string{"load", "-db", loaded, articles}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	var dump bytes.Buffer
	if err := run(ctx, []string{"export", "-db", loaded, "-format", "nquads"}, &dump, io.Discard); err != nil {
		t.Fatal(err)
	}
	nq := filepath.Join(dir, "dump.nq")
	if err := os.WriteFile(nq, dump.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run(ctx, []string{"import", "-db", old, nq}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}

	for i, want := range []string{"counted ", "is up to date"} {
		var out bytes.Buffer
		if err := run(ctx, []string{"migrate", "-db", old}, &out, io.Discard); err != nil {
			t.Fatalf("migrate %d: %v", i+1, err)
		}
		if !strings.Contains(out.String(), want) {
			t.Errorf("migrate %d says %q, want %q", i+1, out.String(), want)
		}
	}
	stats := func(path string) graph.Stats {
		s, err := graph.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	a, b := stats(loaded), stats(old)
	if a.Quads != b.Quads || a.Articles != b.Articles || len(a.FactsByPred) != len(b.FactsByPred) || a.Quads == 0 {
		t.Errorf("migrated stats %+v, loaded %+v", b, a)
	}
}

// TestMigrateCompact: -compact writes a filled copy of a bolt file that
// exports the same facts, and is refused for a store that is no bolt file.
func TestMigrateCompact(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	src, dst := filepath.Join(dir, "src.db"), filepath.Join(dir, "dst.db")
	if err := run(ctx, []string{"load", "-db", src, articles}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := run(ctx, []string{"migrate", "-db", src, "-compact", dst}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "compacted into "+dst) {
		t.Errorf("migrate -compact says %q", out.String())
	}
	csv := func(path string) string {
		var b bytes.Buffer
		if err := run(ctx, []string{"export", "-db", path, "-format", "csv"}, &b, io.Discard); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	if a, b := csv(src), csv(dst); a != b || a == "" {
		t.Errorf("facts.csv of the copy (%d bytes) differs from the original's (%d bytes)", len(b), len(a))
	}
	if err := run(ctx, []string{"migrate", "-db", "memory", "-compact", filepath.Join(dir, "m.db")}, io.Discard, io.Discard); err == nil {
		t.Error("migrate -compact of a memory store: no error")
	}
}
