package graph

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/cayleygraph/quad"
)

// TestWalksStopWhenTheContextEnds checks that a store walk gives up as soon
// as its context ends. Cayley's key-value iterators ignore the context, so
// a walk that only checked it at the end read the whole store first: a
// search (a scan of every quad on bolt) kept running long after its request
// had timed out, and a server asked to stop waited for it. Counting the
// quads handed to the callback makes the check independent of speed.
func TestWalksStopWhenTheContextEnds(t *testing.T) {
	walks := []struct {
		name string
		walk func(s *Store, ctx context.Context, fn func(quad.Quad) error) error
	}{
		{"all quads", func(s *Store, ctx context.Context, fn func(quad.Quad) error) error {
			return s.allQuads(ctx, fn)
		}},
		{"by predicate (a scan on bolt)", func(s *Store, ctx context.Context, fn func(quad.Quad) error) error {
			return s.iterate(ctx, quad.Predicate, pred(predKey), fn)
		}},
		{"by subject, cached", func(s *Store, ctx context.Context, fn func(quad.Quad) error) error {
			return s.quadsWith(ctx, quad.Subject, iri(domain.NodeID(domain.Person, "Ilse Varga")), fn)
		}},
		{"by subject and predicate", func(s *Store, ctx context.Context, fn func(quad.Quad) error) error {
			return s.withPredicates(ctx, iri(domain.NodeID(domain.Person, "Ilse Varga")), []domain.Predicate{domain.Type, domain.Name, predKey, domain.MentionedIn}, fn)
		}},
	}
	for name, s := range backends(t) {
		for i := range 5 {
			if _, err := s.WriteArticle(context.Background(), sampleArticle(fmt.Sprintf("a%d", i))); err != nil {
				t.Fatal(err)
			}
		}
		for _, w := range walks {
			t.Run(name+"/"+w.name, func(t *testing.T) {
				// warm the read cache, then walk again with a context that
				// ends at the first quad
				total := 0
				if err := w.walk(s, context.Background(), func(quad.Quad) error { total++; return nil }); err != nil {
					t.Fatal(err)
				}
				if total < 2 {
					t.Fatalf("the walk sees %d quads: too few to tell", total)
				}
				ctx, cancel := context.WithCancel(context.Background())
				defer cancel()
				seen := 0
				err := w.walk(s, ctx, func(quad.Quad) error { seen++; cancel(); return nil })
				if !errors.Is(err, context.Canceled) {
					t.Errorf("walk after cancel: err = %v, want context.Canceled", err)
				}
				if seen != 1 {
					t.Errorf("walk went on for %d of %d quads after its context ended, want 1", seen, total)
				}
			})
		}
	}
}

// TestCloseWaitsForBackgroundReads closes a bolt store while the search
// keys are being read in the background (a search whose request has gone
// started it). bbolt's Close hangs for good under an open read
// transaction, so Close must end the read and wait for it first.
func TestCloseWaitsForBackgroundReads(t *testing.T) {
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "graph.db"))
	if err != nil {
		t.Fatal(err)
	}
	for i := range 20 {
		if _, err := s.WriteArticle(context.Background(), sampleArticle(fmt.Sprintf("a%d", i))); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.Search(ctx, "varga", 5); !errors.Is(err, context.Canceled) {
		t.Fatalf("Search with an ended context: %v, want context.Canceled", err)
	}
	s.PrepareSearch() // the read serve starts: one at a time, this one joins it
	closed := make(chan error, 1)
	go func() { closed <- s.Close() }()
	select {
	case err := <-closed:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Close still waiting after 10 s")
	}
}
