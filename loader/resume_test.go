package loader

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/corpus"
	"github.com/actorgraph/actorgraph/graph"
)

func exportNQuads(t *testing.T, s *graph.Store) string {
	t.Helper()
	var buf bytes.Buffer
	if err := s.WriteNQuads(context.Background(), &buf); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// TestInterruptedLoadResumes cancels a load part way, as SIGINT does,
// reopens the store as a new process would, and loads again: the store
// must end equal to one uninterrupted load, with the articles the first
// run stored skipped by their content hash.
func TestInterruptedLoadResumes(t *testing.T) {
	dir := t.TempDir()
	const n = 40
	if err := corpus.Write(context.Background(), dir, 3, n); err != nil {
		t.Fatal(err)
	}
	paths, err := Paths([]string{dir})
	if err != nil {
		t.Fatal(err)
	}

	clean, err := graph.Open(context.Background(), filepath.Join(t.TempDir(), "clean.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer clean.Close()
	if sum, err := LoadWith(context.Background(), clean, paths, Options{Batch: 8}); err != nil || sum.Articles != n {
		t.Fatalf("clean load = %+v, %v; want %d articles", sum, err, n)
	}
	want := exportNQuads(t, clean)

	tests := []struct {
		name        string
		batch       int
		cancelAfter int // reported articles before the interruption
	}{
		{"mid batch", 6, 9},
		{"batch boundary", 5, 10},
		{"one per transaction", 1, 17},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "resumed.db")
			s, err := graph.Open(context.Background(), db)
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			reported := 0
			first, err := LoadWith(ctx, s, paths, Options{Batch: tt.batch, Report: func(Result) {
				if reported++; reported == tt.cancelAfter {
					cancel()
				}
			}})
			cancel()
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("interrupted load = %+v, %v; want context.Canceled", first, err)
			}
			if first.Articles == 0 || first.Articles >= n {
				t.Fatalf("interrupted load stored %d articles, want some but not all %d", first.Articles, n)
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}

			s, err = graph.Open(context.Background(), db)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			second, err := LoadWith(context.Background(), s, paths, Options{Batch: 7})
			if err != nil {
				t.Fatal(err)
			}
			if second.Articles != n || second.Skipped < first.Articles || second.Removed != 0 {
				t.Errorf("resumed load = %+v, want %d articles, at least the %d stored before skipped, nothing removed", second, n, first.Articles)
			}
			if got := exportNQuads(t, s); got != want {
				t.Errorf("store after interruption and resume differs from a clean load (%d vs %d bytes of N-Quads)", len(got), len(want))
			}

			again, err := LoadWith(context.Background(), s, paths, Options{})
			if err != nil || again.Skipped != n || again.Added != 0 {
				t.Errorf("third load = %+v, %v; want all %d skipped", again, err, n)
			}
		})
	}
}

// TestResumeOnMemory reloads into a memory store, whose reads must not
// run concurrently with its writes: the hash look-ups of a load with some
// articles stored and some not happen before any write (run with -race).
func TestResumeOnMemory(t *testing.T) {
	dir := t.TempDir()
	if err := corpus.Write(context.Background(), dir, 4, 30); err != nil {
		t.Fatal(err)
	}
	paths, err := Paths([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	s, err := graph.Open(context.Background(), graph.Memory)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := LoadWith(context.Background(), s, paths[:10], Options{Batch: 3}); err != nil {
		t.Fatal(err)
	}
	sum, err := LoadWith(context.Background(), s, paths, Options{Batch: 3})
	if err != nil || sum.Skipped != 10 || sum.Articles != 30 {
		t.Errorf("second load = %+v, %v; want 30 articles, 10 skipped", sum, err)
	}
}
