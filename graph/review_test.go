package graph

import (
	"bytes"
	"context"
	"errors"
	"github.com/actorgraph/actorgraph/domain"
	"strings"
	"testing"
)

func TestRejectHidesFactEverywhereUntilRestored(t *testing.T) {
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			loadWorld(t, s)
			fact := domain.FactID("person:tomas-brek", domain.EnvoyOf, "country:norland", false)
			visible := func() map[string]bool {
				seen := map[string]bool{}
				rels, err := s.Relations(ctx, "person:tomas-brek")
				if err != nil {
					t.Fatal(err)
				}
				for _, r := range rels {
					if r.ID() == fact {
						seen["relations"] = true
					}
				}
				g, err := s.Neighborhood(ctx, []string{"person:tomas-brek"}, NeighborhoodOptions{Depth: 1, Limit: 10})
				if err != nil {
					t.Fatal(err)
				}
				for _, e := range g.Edges {
					if e.ID == fact {
						seen["neighborhood"] = true
					}
				}
				filtered, _ := s.FilterRelations(ctx, RelationFilter{Predicates: []domain.Predicate{domain.EnvoyOf}})
				seen["filter"] = len(filtered) > 0
				var csv bytes.Buffer
				if err := s.WriteCSV(ctx, &csv); err != nil {
					t.Fatal(err)
				}
				seen["csv"] = strings.Contains(csv.String(), ",envoy_of,")
				return seen
			}
			if v := visible(); len(v) != 4 || !v["filter"] || !v["csv"] {
				t.Fatalf("before review the fact shows in %v, want everywhere", v)
			}

			r, err := s.RecordReview(ctx, Reject, fact, "desk editor", "the envoy was recalled")
			if err != nil {
				t.Fatal(err)
			}
			if r.By != "desk editor" || r.At == "" || r.ID == "" {
				t.Errorf("review = %+v", r)
			}
			for where, shown := range visible() {
				if shown {
					t.Errorf("rejected fact still shows in %s", where)
				}
			}
			// reloading the article that states it does not bring it back
			if _, err := s.WriteArticle(ctx, worldArticle("w1", "2031-04-07", "10")); err != nil {
				t.Fatal(err)
			}
			if v := visible(); v["relations"] {
				t.Error("reloading an article undid the rejection")
			}

			if _, err := s.RecordReview(ctx, Restore, fact, "desk editor", ""); err != nil {
				t.Fatal(err)
			}
			if v := visible(); !v["relations"] || !v["csv"] {
				t.Errorf("restored fact shows only in %v", v)
			}
			if _, err := s.RecordReview(ctx, Confirm, fact, "fact checker", "two sources"); err != nil {
				t.Fatal(err)
			}
			state, err := s.ReviewState(ctx, fact)
			if err != nil || state != Confirm {
				t.Errorf("ReviewState = %q, %v; want confirm", state, err)
			}
			history, err := s.Reviews(ctx, fact)
			if err != nil || len(history) != 3 || history[0].Action != Reject || history[2].By != "fact checker" {
				t.Errorf("history = %+v, %v", history, err)
			}

			if _, err := s.RecordReview(ctx, Reject, domain.FactID("person:tomas-brek", domain.EnvoyOf, "country:ostria", false), "x", ""); !errors.Is(err, ErrNotFound) {
				t.Errorf("review of a fact no article states: %v, want ErrNotFound", err)
			}
			if _, err := s.RecordReview(ctx, Reject, fact, "  ", ""); !errors.Is(err, ErrNoReviewer) {
				t.Errorf("review without reviewer: %v, want ErrNoReviewer", err)
			}
		})
	}
}
