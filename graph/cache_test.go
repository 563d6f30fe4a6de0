package graph

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
)

// TestCachedReadsSeeWrites reads through the cache between writes: every
// answer must be the store's, never the cached one from before the write.
func TestCachedReadsSeeWrites(t *testing.T) {
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			if s.cache == nil && name != "postgres" {
				t.Fatal("a bolt or memory store has no read cache")
			}
			ctx := context.Background()
			varga := domain.NodeID(domain.Person, "Ilse Varga")
			evidence := func() int {
				t.Helper()
				rels, err := s.Relations(ctx, varga)
				if err != nil {
					t.Fatal(err)
				}
				n := 0
				for _, r := range rels {
					n += len(r.Evidence)
				}
				return n
			}
			steps := []struct {
				name  string
				write func() error
				want  int // evidence of Varga's relations after the write
			}{
				{"first article", func() error { _, err := s.WriteArticle(ctx, sampleArticle("a1")); return err }, 2},
				{"second article", func() error { _, err := s.WriteArticle(ctx, sampleArticle("a2")); return err }, 4},
				{"delete", func() error { _, err := s.DeleteArticle(ctx, "a1"); return err }, 2},
				{"delete the last", func() error { _, err := s.DeleteArticle(ctx, "a2"); return err }, 0},
			}
			for _, st := range steps {
				evidence() // fill the cache with the state before the write
				if err := st.write(); err != nil {
					t.Fatalf("%s: %v", st.name, err)
				}
				if got := evidence(); got != st.want {
					t.Errorf("after %s: %d pieces of evidence, want %d", st.name, got, st.want)
				}
				if _, err := s.Node(ctx, varga); (err == nil) != (st.want > 0) {
					t.Errorf("after %s: Node(varga) error %v", st.name, err)
				}
				if d, err := s.Degree(ctx, varga); err != nil || (d > 0) != (st.want > 0) {
					t.Errorf("after %s: Degree(varga) = %d, %v", st.name, d, err)
				}
				// Search keeps the store's look-up keys between writes
				if hits, err := s.Search(ctx, "varg", 10); err != nil || (len(hits) > 0) != (st.want > 0) {
					t.Errorf("after %s: Search(varg) = %v, %v", st.name, hits, err)
				}
			}
		})
	}
}

// TestCachedArticleSeesWrites: an article read through the cache is the
// stored one after a rewrite and after a delete, and what a caller does to
// the article it got does not reach the next caller.
func TestCachedArticleSeesWrites(t *testing.T) {
	ctx := context.Background()
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			ex := sampleArticle("a1")
			ex.Article.FingerprintKeys = []string{"k1", "k2"}
			ex.Article.Fingerprint = "fp"
			for _, title := range []string{"First title", "Second title"} {
				ex.Article.Title = title
				if _, err := s.WriteArticle(ctx, ex); err != nil {
					t.Fatal(err)
				}
				for range 3 { // the later reads come from the cache
					a, err := s.Article(ctx, "a1")
					if err != nil {
						t.Fatal(err)
					}
					if a.Title != title || len(a.FingerprintKeys) != 2 || a.FingerprintKeys[0] != "k1" {
						t.Fatalf("Article(a1): title %q, keys %q; want %q and [k1 k2]", a.Title, a.FingerprintKeys, title)
					}
					a.FingerprintKeys[0] = "changed by a caller"
				}
			}
			if _, err := s.DeleteArticle(ctx, "a1"); err != nil {
				t.Fatal(err)
			}
			if _, err := s.Article(ctx, "a1"); !errors.Is(err, ErrNotFound) {
				t.Errorf("Article of a deleted article: %v, want ErrNotFound", err)
			}
		})
	}
}

// TestGenerationFollowsWrites: the generation stays while the store is only
// read, moves with every write (a rewrite and a delete too), and says nothing may be kept while the store has no read cache
// or does not hear other writers; a cache made anew never repeats an
// earlier generation.
func TestGenerationFollowsWrites(t *testing.T) {
	ctx := context.Background()
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			current := func(when string) Generation {
				t.Helper()
				g, ok := s.Generation()
				if !ok {
					t.Fatalf("%s: Generation() not ok on a store with a read cache", when)
				}
				return g
			}
			g := current("opened")
			if _, err := s.Relations(ctx, domain.NodeID(domain.Person, "Ilse Varga")); err != nil {
				t.Fatal(err)
			}
			if now := current("after a read"); now != g {
				t.Error("a read moved the generation")
			}
			writes := []struct {
				name  string
				write func() error
			}{
				{"write", func() error { _, err := s.WriteArticle(ctx, sampleArticle("a1")); return err }},
				{"rewrite", func() error {
					ex := sampleArticle("a1")
					ex.Article.Title = "Another title"
					_, err := s.WriteArticle(ctx, ex)
					return err
				}},
				{"delete", func() error { _, err := s.DeleteArticle(ctx, "a1"); return err }},
			}
			for _, w := range writes {
				if err := w.write(); err != nil {
					t.Fatalf("%s: %v", w.name, err)
				}
				now := current("after " + w.name)
				if now == g {
					t.Errorf("the generation did not move after %s", w.name)
				}
				g = now
			}
			s.lockedCache().setOff(true) // a PostgreSQL listener that lost its connection
			if _, ok := s.Generation(); ok {
				t.Error("Generation() ok while the cache is off")
			}
			s.lockedCache().setOff(false)
			s.SetCacheQuads(0)
			if _, ok := s.Generation(); ok {
				t.Error("Generation() ok without a read cache")
			}
			s.SetCacheQuads(DefaultCacheQuads)
			if now := current("with a new cache"); now == g {
				t.Error("a new read cache repeated the generation of the one before")
			}
		})
	}
}

func TestReadCacheRefusesReadsOlderThanAWrite(t *testing.T) {
	c := newReadCache(100)
	v := quad.IRI("x")
	q := quad.Make("x", "p", "y", nil)
	gen := c.generation()
	c.invalidate() // a write ended while the read was under way
	c.put(gen, quad.Subject, v, []quad.Quad{q})
	c.putNode(gen, v)
	if _, ok := c.get(quad.Subject, v); ok {
		t.Error("quads read before a write were cached after it")
	}
	if c.hasNode(v) {
		t.Error("a node read before a write was cached after it")
	}
	c.put(c.generation(), quad.Subject, v, []quad.Quad{q})
	if got, ok := c.get(quad.Subject, v); !ok || len(got) != 1 {
		t.Errorf("a current read was not cached: %v %v", got, ok)
	}
}

func TestReadCacheStaysWithinItsSize(t *testing.T) {
	for _, max := range []int{4, 40, 1000} {
		c := newReadCache(max)
		for i := range 500 {
			qs := make([]quad.Quad, 1+i%(max/4))
			c.put(c.generation(), quad.Object, quad.IRI(fmt.Sprint(i)), qs)
			if c.quads.Size() > max {
				t.Fatalf("max %d: %d quads held after %d puts", max, c.quads.Size(), i+1)
			}
			held := 0
			for _, qs := range c.quads.All() {
				held += len(qs)
			}
			if held != c.quads.Size() {
				t.Fatalf("max %d: size says %d, the entries hold %d", max, c.quads.Size(), held)
			}
		}
		c.put(c.generation(), quad.Subject, quad.IRI("huge"), make([]quad.Quad, max/4+1))
		if _, ok := c.get(quad.Subject, quad.IRI("huge")); ok {
			t.Errorf("max %d: an entry of more than a quarter of the cache was kept", max)
		}
	}
	if newReadCache(0) != nil {
		t.Error("a cache of 0 quads is not off")
	}
}

// TestBoltIndexesLabels checks that a new bolt file answers "the quads of
// this label" from an index (an exact count), not from a scan of the
// whole file (an estimate), which is what rewriting an article needs.
func TestBoltIndexesLabels(t *testing.T) {
	ctx := context.Background()
	defaults := len(kv.DefaultQuadIndexes)
	s, err := Open(ctx, filepath.Join(t.TempDir(), "graph.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if len(kv.DefaultQuadIndexes) != defaults {
		t.Errorf("Open left Cayley's default index list changed: %v", kv.DefaultQuadIndexes)
	}
	if !s.spIndex {
		t.Error("a new bolt file does not report Cayley's subject-predicate index")
	}
	if _, err := s.WriteArticle(ctx, sampleArticle("a1")); err != nil {
		t.Fatal(err)
	}
	label := iri(domain.EvidenceLabel("a1", 1, domain.Asserted))
	want := 0
	if err := s.iterate(ctx, quad.Label, label, func(quad.Quad) error { want++; return nil }); err != nil {
		t.Fatal(err)
	}
	size, err := s.qs.QuadIteratorSize(ctx, quad.Label, s.qs.ValueOf(label))
	if err != nil {
		t.Fatal(err)
	}
	if !size.Exact || size.Size != int64(want) || want == 0 {
		t.Errorf("quads of label %v: size %+v, want exactly %d", label, size, want)
	}
}
