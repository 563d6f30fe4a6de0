package graph

import (
	"slices"
	"testing"
)

func TestEvidencePage(t *testing.T) {
	r := Relation{Evidence: make([]Evidence, 5)}
	for i := range r.Evidence {
		r.Evidence[i].Sentence = i
	}
	n := func(v int) *int { return &v }
	for _, tc := range []struct {
		first *int
		want  int
	}{
		{nil, 5}, {n(2), 2}, {n(5), 5}, {n(9), 5}, {n(0), 0}, {n(-1), 0},
	} {
		got := r.EvidencePage(tc.first)
		if len(got) != tc.want || tc.want > 0 && got[0].Sentence != 0 {
			t.Errorf("EvidencePage(%v) = %d pieces from %v, want the first %d", tc.first, len(got), got, tc.want)
		}
	}
	if r.EvidenceCount() != 5 {
		t.Errorf("EvidenceCount() = %d, want 5", r.EvidenceCount())
	}
}

func TestRelationsAfter(t *testing.T) {
	var rels []Relation
	for _, p := range []Predicate{"a", "b", "c", "d"} {
		rels = append(rels, Relation{Predicate: p, Subject: Node{ID: "s"}, Object: Node{ID: "o"}})
	}
	n := func(v int) *int { return &v }
	preds := func(rs []Relation) (out []Predicate) {
		for _, r := range rs {
			out = append(out, r.Predicate)
		}
		return out
	}
	for _, tc := range []struct {
		first *int
		after string
		want  []Predicate
	}{
		{nil, "", []Predicate{"a", "b", "c", "d"}},
		{n(2), "", []Predicate{"a", "b"}},
		{n(2), rels[1].ID(), []Predicate{"c", "d"}},
		{nil, rels[2].ID(), []Predicate{"d"}},
		{n(2), rels[3].ID(), nil},
		{n(2), "edge:nothing|x|y", nil},
	} {
		if got := preds(RelationsAfter(rels, tc.first, tc.after)); !slices.Equal(got, tc.want) {
			t.Errorf("RelationsAfter(%v, %q) = %v, want %v", tc.first, tc.after, got, tc.want)
		}
	}
}
