package resolvers_test

import (
	"slices"
	"testing"
)

// TestActorRelationsInPages pages through an actor's relations two at a
// time and bounds their evidence: the pages together are the whole list,
// in its order, and a relation's counts stay those of all its evidence.
func TestActorRelationsInPages(t *testing.T) {
	type relation struct {
		ID            string
		ArticleCount  int
		EvidenceCount int
		Evidence      []struct{ Sentence string }
	}
	var all struct {
		Actor struct{ Relations []relation }
	}
	query(t, `{ actor(name: "Peskov") { relations { id articleCount evidenceCount evidence { sentence } } } }`, nil, &all)
	rels := all.Actor.Relations
	if len(rels) < 5 {
		t.Fatalf("Peskov has %d relations: too few to page", len(rels))
	}
	var ids []string
	for _, r := range rels {
		if r.EvidenceCount != len(r.Evidence) || r.EvidenceCount == 0 {
			t.Errorf("relation %s: evidenceCount %d, %d pieces of evidence", r.ID, r.EvidenceCount, len(r.Evidence))
		}
		ids = append(ids, r.ID)
	}

	var paged []string
	after := ""
	for range len(rels) + 1 {
		var page struct {
			Actor struct{ Relations []relation }
		}
		query(t, `query($after: ID) { actor(name: "Peskov") { relations(first: 2, after: $after) { id articleCount evidenceCount evidence(first: 1) { sentence } } } }`,
			map[string]any{"after": after}, &page)
		got := page.Actor.Relations
		if len(got) == 0 {
			break
		}
		if len(got) > 2 {
			t.Fatalf("a page of first: 2 has %d relations", len(got))
		}
		for _, r := range got {
			i := slices.Index(ids, r.ID)
			if i < 0 {
				t.Fatalf("paged relation %s is not among all", r.ID)
			}
			if len(r.Evidence) != 1 || r.EvidenceCount != rels[i].EvidenceCount || r.ArticleCount != rels[i].ArticleCount {
				t.Errorf("relation %s with evidence(first: 1): %d pieces, evidenceCount %d, articleCount %d; want 1, %d, %d",
					r.ID, len(r.Evidence), r.EvidenceCount, r.ArticleCount, rels[i].EvidenceCount, rels[i].ArticleCount)
			}
			paged = append(paged, r.ID)
		}
		after = got[len(got)-1].ID
	}
	if !slices.Equal(paged, ids) {
		t.Errorf("the pages give %d relations %q, the whole list %d %q", len(paged), paged, len(ids), ids)
	}
	for _, first := range []int{0, 501} {
		if code := queryErr(t, `query($f: Int) { actor(name: "Peskov") { relations(first: $f) { id } } }`, map[string]any{"f": first}); code != "BAD_USER_INPUT" {
			t.Errorf("relations(first: %d): code %q, want BAD_USER_INPUT", first, code)
		}
	}
}
