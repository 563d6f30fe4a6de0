package graph

import (
	"context"
	"github.com/actorgraph/actorgraph/domain"
	"testing"
)

// TestPublicationRoundTrip writes an article's publication metadata and
// reads it back, on the article and on its evidence.
func TestPublicationRoundTrip(t *testing.T) {
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			ex := sampleArticle("p1")
			ex.Article.URL = "https://news.example/world/talks-resume"
			ex.Article.Byline = "Mara Quill"
			ex.Article.Language = "en"
			ex.Article.Outlet = "Example News"
			ex.Article.Fingerprint, ex.Article.FingerprintKeys = "fp1", []string{"k1", "k2"}
			if _, err := s.WriteArticle(ctx, ex); err != nil {
				t.Fatal(err)
			}
			a, err := s.Article(ctx, "p1")
			if err != nil {
				t.Fatal(err)
			}
			if a.URL != ex.Article.URL || a.Byline != "Mara Quill" || a.Language != "en" || a.Fingerprint != "fp1" || len(a.FingerprintKeys) != 2 || a.Story != "" {
				t.Errorf("Article(p1) = url %q byline %q language %q fingerprint %q %v story %q", a.URL, a.Byline, a.Language, a.Fingerprint, a.FingerprintKeys, a.Story)
			}
			rels, err := s.FilterRelations(ctx, RelationFilter{Article: "p1", Predicates: []domain.Predicate{domain.SpokespersonFor}})
			if err != nil {
				t.Fatal(err)
			}
			if len(rels) != 1 || len(rels[0].Evidence) != 1 {
				t.Fatalf("relations of p1: %+v", rels)
			}
			ev := rels[0].Evidence[0]
			if ev.Outlet != "Example News" || ev.URL != ex.Article.URL || ev.Story != "p1" {
				t.Errorf("evidence = outlet %q url %q story %q, want Example News, the URL, p1", ev.Outlet, ev.URL, ev.Story)
			}
		})
	}
}

// TestCorroborationCounts checks that a fact stated by wire copies of one
// story counts as one story, and by its outlets as several.
func TestCorroborationCounts(t *testing.T) {
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			write := func(id, outlet, story string, keys ...string) {
				t.Helper()
				ex := sampleArticle(id)
				ex.Article.Outlet, ex.Article.Story = outlet, story
				if len(keys) > 0 {
					ex.Article.Fingerprint, ex.Article.FingerprintKeys = "fp-"+id, keys
				}
				if _, err := s.WriteArticle(ctx, ex); err != nil {
					t.Fatal(err)
				}
			}
			write("w1", "Harbor Post", "", "a", "b")
			write("w2", "Valley Times", "w1", "a", "c")
			write("w3", "harbor post", "w1", "d", "b") // the same outlet, spelled otherwise
			write("own", "", "", "e", "f")
			write("own2", "", "")
			rels, err := s.FilterRelations(ctx, RelationFilter{Predicates: []domain.Predicate{domain.SpokespersonFor}})
			if err != nil {
				t.Fatal(err)
			}
			if len(rels) != 1 {
				t.Fatalf("got %d relations, want 1", len(rels))
			}
			r := rels[0]
			if got := len(r.Evidence); got != 5 {
				t.Errorf("evidence: %d, want 5", got)
			}
			if got := r.StoryCount(); got != 3 {
				t.Errorf("StoryCount = %d, want 3 (w1's story, own, own2)", got)
			}
			if got := r.OutletCount(); got != 4 {
				t.Errorf("OutletCount = %d, want 4 (Harbor Post, Valley Times, and two unknown)", got)
			}
			for _, tt := range []struct{ min, want int }{{3, 1}, {4, 0}} {
				rels, err := s.FilterRelations(ctx, RelationFilter{Predicates: []domain.Predicate{domain.SpokespersonFor}, MinStories: tt.min})
				if err != nil {
					t.Fatal(err)
				}
				if len(rels) != tt.want {
					t.Errorf("FilterRelations(MinStories %d): %d relations, want %d", tt.min, len(rels), tt.want)
				}
			}
			c, err := s.StoryCandidates(ctx, []string{"b", "a", "z"})
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, x := range c {
				ids = append(ids, x.ArticleID+"/"+x.Story)
			}
			if len(ids) != 3 || ids[0] != "w1/w1" || ids[1] != "w2/w1" || ids[2] != "w3/w1" {
				t.Errorf("StoryCandidates(b, a, z) = %v, want w1, w2, w3 in story w1", ids)
			}
		})
	}
}
