package graph

import (
	"bytes"
	"context"
	"errors"
	"github.com/actorgraph/actorgraph/domain"
	"slices"
	"testing"
)

func dump(t *testing.T, s *Store) string {
	t.Helper()
	var b bytes.Buffer
	if err := s.WriteNQuads(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// withoutReviews drops the review log from an N-Quads dump, to compare
// the graph before a review with the graph after it was undone.
func withoutReviews(nq string) string {
	var keep []string
	for _, l := range bytes.Split([]byte(nq), []byte("\n")) {
		if !bytes.Contains(l, []byte("<review:")) {
			keep = append(keep, string(l))
		}
	}
	return string(bytes.Join(func() [][]byte {
		out := make([][]byte, len(keep))
		for i, k := range keep {
			out[i] = []byte(k)
		}
		return out
	}(), []byte("\n")))
}

func TestMergeActorsAndUndo(t *testing.T) {
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			loadWorld(t, s)
			before := dump(t, s)

			r, err := s.MergeActors(ctx, "person:kasia-lenz", "person:tomas-brek", "desk editor", "same person, two bylines")
			if err != nil {
				t.Fatal(err)
			}
			if s.hasNode("person:tomas-brek") && len(mustRelations(t, s, "person:tomas-brek")) > 0 {
				t.Error("the merged node keeps relations")
			}
			n, err := s.Node(ctx, "person:kasia-lenz")
			if err != nil {
				t.Fatal(err)
			}
			if n.Name != "Kasia Lenz" || !slices.Contains(n.Aliases, "Tomas Brek") {
				t.Errorf("kept node = %+v, want Kasia Lenz with alias Tomas Brek", n)
			}
			var envoy bool
			for _, rel := range mustRelations(t, s, "person:kasia-lenz") {
				envoy = envoy || rel.Predicate == domain.EnvoyOf && len(rel.Evidence) == 2
			}
			if !envoy {
				t.Error("the merged node's envoy_of did not move with its evidence")
			}
			if got, err := s.FindActor(ctx, "Brek"); err != nil || got.ID != "person:kasia-lenz" {
				t.Errorf("FindActor(Brek) after the merge = %q, %v", got.ID, err)
			}

			if _, err := s.UndoReview(ctx, r.ID, "desk editor", "they are two people after all"); err != nil {
				t.Fatal(err)
			}
			if withoutReviews(dump(t, s)) != withoutReviews(before) {
				t.Errorf("undo did not restore the graph:\nbefore:\n%s\nafter:\n%s", before, dump(t, s))
			}

			// a merge holds when the articles that name the merged person
			// are loaded again; undone, the next reload separates them
			r, err = s.MergeActors(ctx, "person:kasia-lenz", "person:tomas-brek", "desk editor", "")
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.WriteArticle(ctx, worldArticle("w1", "2031-04-07", "10")); err != nil {
				t.Fatal(err)
			}
			if rels := mustRelations(t, s, "person:tomas-brek"); len(rels) > 0 {
				t.Errorf("reload recreated the merged node's relations: %+v", rels)
			}
			if _, err := s.UndoReview(ctx, r.ID, "desk editor", ""); err != nil {
				t.Fatal(err)
			}
			for _, id := range []string{"w1", "w2"} {
				if _, err := s.WriteArticle(ctx, worldArticle(id, map[string]string{"w1": "2031-04-07", "w2": "2031-04-08"}[id], map[string]string{"w1": "10", "w2": "25"}[id])); err != nil {
					t.Fatal(err)
				}
			}
			if withoutReviews(dump(t, s)) != withoutReviews(before) {
				t.Errorf("undo and reload did not restore the graph:\nbefore:\n%s\nafter:\n%s", before, dump(t, s))
			}
			if _, err := s.UndoReview(ctx, r.ID, "desk editor", ""); !errors.Is(err, ErrBadReview) {
				t.Errorf("second undo: %v, want ErrBadReview", err)
			}
			for _, bad := range [][2]string{{"person:kasia-lenz", "person:kasia-lenz"}, {"person:kasia-lenz", "country:norland"}} {
				if _, err := s.MergeActors(ctx, bad[0], bad[1], "x", ""); !errors.Is(err, ErrBadReview) {
					t.Errorf("merge %s into %s: %v, want ErrBadReview", bad[1], bad[0], err)
				}
			}
		})
	}
}

func TestSplitAliasAndUndo(t *testing.T) {
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			if _, err := s.WriteArticle(ctx, sampleArticle("a1")); err != nil {
				t.Fatal(err)
			}
			r, err := s.SplitAlias(ctx, "country:norland", "Norlandic", "desk editor", "an adjective, not a name")
			if err != nil {
				t.Fatal(err)
			}
			n, _ := s.Node(ctx, "country:norland")
			if slices.Contains(n.Aliases, "Norlandic") {
				t.Errorf("alias still there: %+v", n)
			}
			if _, err := s.FindActor(ctx, "Norlandic"); !errors.Is(err, ErrNotFound) {
				t.Errorf("FindActor(Norlandic) after the split: %v, want ErrNotFound", err)
			}
			if _, err := s.WriteArticle(ctx, sampleArticle("a1")); err != nil {
				t.Fatal(err)
			}
			if n, _ := s.Node(ctx, "country:norland"); slices.Contains(n.Aliases, "Norlandic") {
				t.Error("reloading the article put the split alias back")
			}
			if _, err := s.UndoReview(ctx, r.ID, "desk editor", ""); err != nil {
				t.Fatal(err)
			}
			if n, _ := s.Node(ctx, "country:norland"); !slices.Contains(n.Aliases, "Norlandic") {
				t.Errorf("undo did not restore the alias: %+v", n)
			}
			if _, err := s.SplitAlias(ctx, "country:norland", "Atlantis", "x", ""); !errors.Is(err, ErrBadReview) {
				t.Errorf("split of an alias the node lacks: %v", err)
			}
		})
	}
}

func mustRelations(t *testing.T, s *Store, id string) []domain.Relation {
	t.Helper()
	rels, err := s.Relations(context.Background(), id)
	if err != nil && !errors.Is(err, ErrNotFound) {
		t.Fatal(err)
	}
	return rels
}
