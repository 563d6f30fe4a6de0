package graph

import (
	"bytes"
	"context"
	"errors"
	"github.com/actorgraph/actorgraph/domain"
	"testing"
)

// surnameOnly is an article that names Ilse Varga of sampleArticle by her
// surname alone: written after it, it must join her node.
func surnameOnly(id string) domain.Extraction {
	text := "Varga said the talks had ended."
	varga := domain.Node{ID: domain.NodeID(domain.Person, "Varga"), Type: domain.Person, Name: "Varga"}
	return domain.Extraction{
		Article: domain.Article{ID: id, Title: "Talks ended", Date: "2031-04-03", Text: text, Sentences: []domain.Sentence{{Index: 0, Start: 0, End: len(text), Text: text}}},
		Nodes:   []domain.Node{varga},
		Facts:   []domain.Fact{{Subject: varga.ID, Predicate: domain.MentionedIn, Object: domain.ArticleID(id), Sentence: 0}},
	}
}

func dumpNQuads(tb testing.TB, s *Store) string {
	tb.Helper()
	var buf bytes.Buffer
	if err := s.WriteNQuads(context.Background(), &buf); err != nil {
		tb.Fatal(err)
	}
	return buf.String()
}

// TestWriteArticlesEqualsSequential checks that a batch stores exactly
// what writing its articles one by one stores, whatever the batch size,
// including people resolved against an earlier article of the same batch.
func TestWriteArticlesEqualsSequential(t *testing.T) {
	articles := func() []Item {
		gen := newArticleGen(7)
		items := []Item{{Extraction: sampleArticle("a1"), Hash: "h1"}, {Extraction: surnameOnly("a2")}}
		for range 20 {
			items = append(items, Item{Extraction: gen.next()})
		}
		return items
	}
	ctx := context.Background()
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			ref, err := Open(ctx, Memory)
			if err != nil {
				t.Fatal(err)
			}
			defer ref.Close()
			for _, it := range articles() {
				if _, err := ref.WriteArticles(ctx, []Item{it}); err != nil {
					t.Fatal(err)
				}
			}
			want := dumpNQuads(t, ref)

			items := articles()
			for len(items) > 0 {
				n := min(len(items), 6)
				res, err := s.WriteArticles(ctx, items[:n])
				if err != nil {
					t.Fatal(err)
				}
				if len(res) != n || res[0].Added == 0 {
					t.Errorf("WriteArticles = %+v, want %d results that add quads", res, n)
				}
				items = items[n:]
			}
			if got := dumpNQuads(t, s); got != want {
				t.Errorf("batched store differs from sequential writes:\nbatched:\n%.2000s\nsequential:\n%.2000s", got, want)
			}
			if n, err := s.FindActor(ctx, "Varga"); err != nil || n.ID != domain.NodeID(domain.Person, "Ilse Varga") {
				t.Errorf("FindActor(Varga) = %q, %v; want Ilse Varga's node (surname resolved in batch)", n.ID, err)
			}
			if s.hasNode(domain.NodeID(domain.Person, "Varga")) {
				t.Errorf("a2's Varga got a node of its own instead of joining Ilse Varga")
			}
		})
	}
}

func TestWriteArticlesAllOrNothing(t *testing.T) {
	ctx := context.Background()
	bad := sampleArticle("bad")
	bad.Facts[0].Sentence = 99
	tests := []struct {
		name  string
		items []Item
	}{
		{"invalid article", []Item{{Extraction: sampleArticle("a1")}, {Extraction: bad}}},
		{"same id twice", []Item{{Extraction: sampleArticle("a1")}, {Extraction: sampleArticle("a1")}}},
	}
	for name, s := range backends(t) {
		for _, tt := range tests {
			t.Run(name+"/"+tt.name, func(t *testing.T) {
				if _, err := s.WriteArticles(ctx, tt.items); !errors.Is(err, ErrInvalid) {
					t.Fatalf("WriteArticles = %v, want ErrInvalid", err)
				}
				if got := dumpNQuads(t, s); got != "" {
					t.Errorf("store after a refused batch:\n%s", got)
				}
			})
		}
	}
}

func TestArticleHashes(t *testing.T) {
	ctx := context.Background()
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			write := func(id, hash string) WriteResult {
				t.Helper()
				res, err := s.WriteArticles(ctx, []Item{{Extraction: sampleArticle(id), Hash: hash}})
				if err != nil {
					t.Fatal(err)
				}
				return res[0]
			}
			write("a1", "sha256:1")
			write("a2", "sha256:2")
			if again := write("a1", "sha256:1"); !again.Unchanged() {
				t.Errorf("rewrite with the same hash: %+v, want unchanged", again)
			}
			if changed := write("a2", "sha256:3"); changed.Added != 1 || changed.Removed != 1 {
				t.Errorf("rewrite with a new hash: %+v, want one quad replaced", changed)
			}
			got, err := s.ArticleHashes(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 2 || got["a1"] != "sha256:1" || got["a2"] != "sha256:3" {
				t.Errorf("ArticleHashes = %v, want a1:sha256:1 a2:sha256:3", got)
			}
			for _, tt := range []struct {
				id, hash string
				want     bool
			}{
				{"a1", "sha256:1", true},
				{"a2", "sha256:3", true},
				{"a2", "sha256:2", false}, // replaced
				{"a1", "sha256:3", false}, // a2's
				{"a3", "sha256:1", false},
				{"a1", "", false},
			} {
				if got, err := s.HasArticleHash(ctx, tt.id, tt.hash); err != nil || got != tt.want {
					t.Errorf("HasArticleHash(%q, %q) = %v, %v; want %v", tt.id, tt.hash, got, err, tt.want)
				}
			}
			if _, err := s.DeleteArticle(ctx, "a1"); err != nil {
				t.Fatal(err)
			}
			if got, _ := s.ArticleHashes(ctx); len(got) != 1 {
				t.Errorf("ArticleHashes after deleting a1 = %v, want a2 only", got)
			}
		})
	}
}

// TestDeleteAfterBatch checks the reference counts a batch leaves (on
// PostgreSQL it writes nodes itself, see pgbulk.go): deleting every
// article afterwards must leave no quad and no node behind.
func TestDeleteAfterBatch(t *testing.T) {
	ctx := context.Background()
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			items := []Item{{Extraction: sampleArticle("a1"), Hash: "h1"}, {Extraction: sampleArticle("a2")}, {Extraction: surnameOnly("a3")}}
			if _, err := s.WriteArticles(ctx, items); err != nil {
				t.Fatal(err)
			}
			for _, id := range []string{"a1", "a2", "a3"} {
				if _, err := s.DeleteArticle(ctx, id); err != nil {
					t.Fatal(err)
				}
			}
			if got := dumpNQuads(t, s); got != "" {
				t.Errorf("store after deleting every article:\n%s", got)
			}
			for _, id := range []string{domain.NodeID(domain.Person, "Ilse Varga"), domain.ArticleID("a1"), string(domain.ArticleHash)} {
				if s.hasNode(id) {
					t.Errorf("node %s still stored after deleting every article", id)
				}
			}
		})
	}
}
