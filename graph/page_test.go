package graph

import (
	"github.com/actorgraph/actorgraph/domain"
	"slices"
	"testing"
)

func TestRelationsAfter(t *testing.T) {
	var rels []domain.Relation
	for _, p := range []domain.Predicate{"a", "b", "c", "d"} {
		rels = append(rels, domain.Relation{Predicate: p, Subject: domain.Node{ID: "s"}, Object: domain.Node{ID: "o"}})
	}
	n := func(v int) *int { return &v }
	preds := func(rs []domain.Relation) (out []domain.Predicate) {
		for _, r := range rs {
			out = append(out, r.Predicate)
		}
		return out
	}
	for _, tc := range []struct {
		first *int
		after string
		want  []domain.Predicate
	}{
		{nil, "", []domain.Predicate{"a", "b", "c", "d"}},
		{n(2), "", []domain.Predicate{"a", "b"}},
		{n(2), rels[1].ID(), []domain.Predicate{"c", "d"}},
		{nil, rels[2].ID(), []domain.Predicate{"d"}},
		{n(2), rels[3].ID(), nil},
		{n(2), "edge:nothing|x|y", nil},
	} {
		if got := preds(RelationsAfter(rels, tc.first, tc.after)); !slices.Equal(got, tc.want) {
			t.Errorf("RelationsAfter(%v, %q) = %v, want %v", tc.first, tc.after, got, tc.want)
		}
	}
}
