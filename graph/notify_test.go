package graph

import (
	"context"
	"github.com/actorgraph/actorgraph/domain"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"
)

// TestServersShareOnePostgres is two servers and a writer over one
// PostgreSQL schema, each a store of its own (its own connections, cache
// and listener), as three processes would be. The servers fill their read
// caches, the writer writes, and each server must answer with the write
// within a bound (a notification takes milliseconds; the bound is for a
// busy machine), for every kind of write and for Stats.
func TestServersShareOnePostgres(t *testing.T) {
	dsn := os.Getenv(testPostgresEnv)
	if dsn == "" {
		t.Skipf("%s is not set (run through scripts/pg-test.sh)", testPostgresEnv)
	}
	ctx := context.Background()
	writer := openTestPostgres(t, dsn)
	u, err := url.Parse(writer.Backend())
	if err != nil {
		t.Fatal(err)
	}
	schema := u.Query().Get("search_path")
	var servers []*Store
	for range 2 {
		s, err := Open(ctx, withSearchPath(t, dsn, schema))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		if s.cache == nil {
			t.Fatal("a PostgreSQL store that hears writes has no read cache")
		}
		servers = append(servers, s)
	}
	varga := domain.NodeID(domain.Person, "Ilse Varga")
	evidence := func(s *Store) int {
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
	articles := func(s *Store) int {
		t.Helper()
		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return st.Articles
	}
	steps := []struct {
		name         string
		write        func() error
		evidence, as int // Varga's evidence and the articles after the write
	}{
		{"first article", func() error { _, err := writer.WriteArticle(ctx, sampleArticle("a1")); return err }, 2, 1},
		{"second article", func() error { _, err := writer.WriteArticle(ctx, sampleArticle("a2")); return err }, 4, 2},
		{"delete", func() error { _, err := writer.DeleteArticle(ctx, "a1"); return err }, 2, 1},
		{"import", func() error {
			_, err := writer.ImportNQuads(ctx, strings.NewReader(`<urn:x> <urn:knows> <urn:y> .`), 0)
			return err
		}, 2, 1},
		{"delete the last", func() error { _, err := writer.DeleteArticle(ctx, "a2"); return err }, 0, 0},
	}
	for _, st := range steps {
		for _, s := range servers {
			evidence(s) // fill the cache with the state before the write
			s.Search(ctx, "varga", 5)
		}
		if err := st.write(); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		for i, s := range servers {
			deadline := time.Now().Add(5 * time.Second)
			for {
				got, gotArticles := evidence(s), articles(s)
				hits, err := s.Search(ctx, "varga", 5)
				if err != nil {
					t.Fatal(err)
				}
				if got == st.evidence && gotArticles == st.as && (len(hits) > 0) == (st.evidence > 0) {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("after %s: server %d still answers %d pieces of evidence, %d articles, %d search hits; want %d, %d",
						st.name, i, got, gotArticles, len(hits), st.evidence, st.as)
				}
				time.Sleep(10 * time.Millisecond)
			}
		}
	}
}

// TestListenerHearsOthersOnly: a store ignores its own notifications and
// other schemas'.
func TestListenerHearsOthersOnly(t *testing.T) {
	w := &writesListener{schema: "s1", self: "me"}
	for _, tc := range []struct {
		payload string
		want    bool
	}{
		{"s1 other", true},
		{"s1 me", false},
		{"s2 other", false},
		{"", false},
	} {
		if got := w.heard(tc.payload); got != tc.want {
			t.Errorf("heard(%q) = %v, want %v", tc.payload, got, tc.want)
		}
	}
}
