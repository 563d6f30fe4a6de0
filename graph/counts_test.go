package graph

import (
	"context"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/domain"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// statsByScan is how Stats was computed before the counts were kept: one
// pass over every quad. It is the oracle the kept counts must agree with.
func statsByScan(t *testing.T, s *Store) Stats {
	t.Helper()
	ctx := context.Background()
	hidden, err := s.hiddenFacts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	st := Stats{NodesByType: map[domain.NodeType]int{}, FactsByPred: map[domain.Predicate]int{}}
	facts := map[edgeKey]bool{}
	typed := map[string]bool{}
	err = s.allQuads(ctx, func(q quad.Quad) error {
		st.Quads++
		p := domain.Predicate(valueString(q.Predicate))
		subj := valueString(q.Subject)
		switch {
		case p == domain.Type:
			if !typed[subj] {
				typed[subj] = true
				st.NodesByType[domain.NodeType(valueString(q.Object))]++
			}
		case p == domain.ArticleDate:
			d := valueString(q.Object)
			if st.FirstArticle == "" || d < st.FirstArticle {
				st.FirstArticle = d
			}
			st.LastArticle = max(st.LastArticle, d)
		case p.IsMeta() && p != domain.MentionedIn, isInternal(p), hidden[quadFactID(q)]:
		default:
			k := edgeKey{s: subj, p: p, o: valueString(q.Object)}
			if !facts[k] {
				facts[k] = true
				st.FactsByPred[p]++
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	st.Articles = st.NodesByType[domain.ArticleNode]
	return st
}

func sameStats(a, b Stats) bool {
	return a.Quads == b.Quads && a.Articles == b.Articles && a.FirstArticle == b.FirstArticle && a.LastArticle == b.LastArticle &&
		maps.Equal(a.NodesByType, b.NodesByType) && maps.Equal(a.FactsByPred, b.FactsByPred)
}

// TestStatsKeptByWrites checks the counts that every write keeps against
// a scan of the whole store, after each step of a history that adds,
// restates, rewrites, rejects, restores and deletes facts, on every
// backend.
func TestStatsKeptByWrites(t *testing.T) {
	ctx := context.Background()
	dated := func(id, date string) domain.Extraction {
		ex := sampleArticle(id)
		ex.Article.Date = date
		return ex
	}
	envoy := domain.FactID(domain.NodeID(domain.Person, "Tomas Brek"), domain.EnvoyOf, domain.NodeID(domain.Country, "Norland"), false)
	steps := []struct {
		name string
		do   func(s *Store) error
	}{
		{"first article", func(s *Store) error { _, err := s.WriteArticle(ctx, dated("a1", "2031-04-02")); return err }},
		{"the same facts from a second article", func(s *Store) error { _, err := s.WriteArticle(ctx, dated("a2", "2031-03-01")); return err }},
		{"a third, another date", func(s *Store) error { _, err := s.WriteArticle(ctx, dated("a3", "2031-05-09")); return err }},
		{"a rewrite with fewer facts", func(s *Store) error {
			ex := dated("a3", "2031-05-09")
			ex.Facts = ex.Facts[:2]
			_, err := s.WriteArticle(ctx, ex)
			return err
		}},
		{"a rewrite naming someone else", func(s *Store) error {
			_, err := s.WriteArticle(ctx, renameEnvoy(dated("a2", "2031-03-01"), "Pavel Orn"))
			return err
		}},
		{"a batch", func(s *Store) error {
			_, err := s.WriteArticles(ctx, []Item{{Extraction: dated("b1", "2031-06-01")}, {Extraction: dated("b2", "2031-06-02")}})
			return err
		}},
		{"reject a fact", func(s *Store) error { _, err := s.RecordReview(ctx, Reject, envoy, "test", ""); return err }},
		{"restore it", func(s *Store) error { _, err := s.RecordReview(ctx, Restore, envoy, "test", ""); return err }},
		{"reject it again", func(s *Store) error { _, err := s.RecordReview(ctx, Reject, envoy, "test", ""); return err }},
		{"delete the earliest article", func(s *Store) error { _, err := s.DeleteArticle(ctx, "a2"); return err }},
		{"delete the rest", func(s *Store) error {
			for _, id := range []string{"a1", "a3", "b1", "b2"} {
				if _, err := s.DeleteArticle(ctx, id); err != nil {
					return err
				}
			}
			return nil
		}},
	}
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			for _, st := range steps {
				if err := st.do(s); err != nil {
					t.Fatalf("%s: %v", st.name, err)
				}
				got, err := s.Stats(ctx)
				if err != nil {
					t.Fatalf("%s: Stats: %v", st.name, err)
				}
				if want := statsByScan(t, s); !sameStats(got, want) {
					t.Errorf("after %s: Stats = %+v\nscan gives %+v", st.name, got, want)
				}
				c, ok, err := s.counts.load(ctx)
				if err != nil || !ok || c.Pending != 0 {
					t.Errorf("after %s: counts %+v, %v, %v: want kept and not pending", st.name, c, ok, err)
				}
			}
		})
	}
}

// TestStatsWithoutKeptCounts: a bolt file written before the counts were
// kept (here: with them dropped), or one whose counts a dying write left
// pending, is counted by the first Stats, which keeps the result; later
// writes keep it current.
func TestStatsWithoutKeptCounts(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name  string
		spoil func(s *Store) error
	}{
		{"no counts", func(s *Store) error { return s.counts.drop(ctx) }},
		{"left pending", func(s *Store) error { return s.beginCounts(ctx) }},
		{"written around them", func(s *Store) error {
			// as an earlier version, or Cayley's own tools, would write
			return s.qs.ApplyDeltas([]cgraph.Delta{{Quad: quad.MakeIRI("urn:x", "urn:knows", "urn:y", ""), Action: cgraph.Add}}, cgraph.IgnoreOpts{})
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "graph.db")
			s, err := Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			for i := range 3 {
				if _, err := s.WriteArticle(ctx, sampleArticle(fmt.Sprintf("a%d", i))); err != nil {
					t.Fatal(err)
				}
			}
			if err := tc.spoil(s); err != nil {
				t.Fatal(err)
			}
			s.Close()
			if s, err = Open(ctx, path); err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if _, ok, _ := s.counts.load(ctx); ok && tc.name == "no counts" {
				t.Fatal("counts kept after drop")
			}
			got, err := s.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if want := statsByScan(t, s); !sameStats(got, want) || got.Articles != 3 {
				t.Errorf("Stats = %+v, scan gives %+v", got, want)
			}
			if c, ok, err := s.counts.load(ctx); err != nil || !ok || c.Pending != 0 {
				t.Fatalf("after Stats: counts %+v, %v, %v: want kept", c, ok, err)
			}
			if _, err := s.WriteArticle(ctx, sampleArticle("a9")); err != nil {
				t.Fatal(err)
			}
			got, err = s.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if want := statsByScan(t, s); !sameStats(got, want) || got.Articles != 4 {
				t.Errorf("after a write: Stats = %+v, scan gives %+v", got, want)
			}
		})
	}
}

// TestPendingCountsOnPostgres: counts a dying write left pending on
// PostgreSQL are not reset by Stats, since another server's write may be
// under way; Stats counts instead, and Migrate, run while nothing else
// writes, resets them.
func TestPendingCountsOnPostgres(t *testing.T) {
	dsn := os.Getenv(testPostgresEnv)
	if dsn == "" {
		t.Skipf("%s is not set (run through scripts/pg-test.sh)", testPostgresEnv)
	}
	ctx := context.Background()
	s := openTestPostgres(t, dsn)
	if _, err := s.WriteArticle(ctx, sampleArticle("a1")); err != nil {
		t.Fatal(err)
	}
	if err := s.beginCounts(ctx); err != nil { // a write that never ends
		t.Fatal(err)
	}
	st, err := s.Stats(ctx)
	if err != nil || st.Articles != 1 {
		t.Fatalf("Stats with pending counts = %+v, %v; want 1 article", st, err)
	}
	if c, _, _ := s.counts.load(ctx); c.Pending != 1 {
		t.Errorf("Stats reset the pending counts on PostgreSQL: %+v", c)
	}
	did, err := s.Migrate(ctx)
	if err != nil || did == "" {
		t.Fatalf("Migrate = %q, %v", did, err)
	}
	if c, ok, _ := s.counts.load(ctx); !ok || c.Pending != 0 || c.Types[domain.ArticleNode] != 1 {
		t.Errorf("after Migrate: counts %+v, %v", c, ok)
	}
	if did, err := s.Migrate(ctx); did != "" || err != nil {
		t.Errorf("second Migrate = %q, %v; want nothing to do", did, err)
	}
}

// TestStatsDuringAWrite: counts pending for a write under way in this
// process are served as they are (those of the writes before it), not
// counted again: a scan of the store for each stats call during a load
// would cost minutes.
func TestStatsDuringAWrite(t *testing.T) {
	ctx := context.Background()
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			if _, err := s.WriteArticle(ctx, sampleArticle("a1")); err != nil {
				t.Fatal(err)
			}
			if err := s.beginCounts(ctx); err != nil { // a write under way
				t.Fatal(err)
			}
			st, err := s.Stats(ctx)
			if err != nil || st.Articles != 1 {
				t.Fatalf("Stats = %+v, %v; want 1 article", st, err)
			}
			if c, _, _ := s.counts.load(ctx); c.Pending != 1 {
				t.Errorf("Stats during a write counted the store again (pending %d, want 1)", c.Pending)
			}
			if err := s.endCounts(ctx, countChange{}); err != nil {
				t.Fatal(err)
			}
		})
	}
}
