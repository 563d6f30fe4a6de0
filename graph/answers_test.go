package graph

import (
	"context"
	"github.com/actorgraph/actorgraph/domain"
	"slices"
	"testing"
)

// TestRecordReviewTwice checks that a decision a relation already has is
// not stored again, and that a later decision marks the earlier undone.
func TestRecordReviewTwice(t *testing.T) {
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			if _, err := s.WriteArticle(ctx, sampleArticle("a1")); err != nil {
				t.Fatal(err)
			}
			fact := domain.FactID("person:ilse-varga", domain.SpokespersonFor, "country:norland", false)
			steps := []struct {
				action   ReviewActionKind
				repeated bool
			}{
				{Reject, false},
				{Reject, true},
				{Restore, false},
				{Restore, true},
				{Reject, false},
			}
			var ids []string
			for i, st := range steps {
				r, err := s.RecordReview(ctx, st.action, fact, "desk", "")
				if err != nil {
					t.Fatal(err)
				}
				if r.Repeated != st.repeated {
					t.Errorf("step %d, %s: Repeated = %t, want %t", i, st.action, r.Repeated, st.repeated)
				}
				if !slices.Contains(ids, r.ID) {
					ids = append(ids, r.ID)
				}
			}
			rs, err := s.Reviews(ctx, fact)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range rs {
				got = append(got, string(r.Action)+map[bool]string{true: " undone", false: ""}[r.Undone])
			}
			want := []string{"reject undone", "restore undone", "reject"}
			if !slices.Equal(got, want) {
				t.Errorf("reviews = %q, want %q", got, want)
			}
		})
	}
}

// TestFilterRelationsLiterals checks that a literal attribute is a
// relation when the filter names its predicate, as in a node's relations.
func TestFilterRelationsLiterals(t *testing.T) {
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			if _, err := s.WriteArticle(ctx, sampleArticle("a1")); err != nil {
				t.Fatal(err)
			}
			tests := []struct {
				f    RelationFilter
				want []string
			}{
				{RelationFilter{Predicates: []domain.Predicate{domain.Title}}, []string{"Ilse Varga title spokeswoman"}},
				{RelationFilter{Predicates: []domain.Predicate{domain.Title}, Subject: "person:ilse-varga"}, []string{"Ilse Varga title spokeswoman"}},
				{RelationFilter{Predicates: []domain.Predicate{domain.Title}, Subject: "person:tomas-brek"}, nil},
				{RelationFilter{Predicates: []domain.Predicate{domain.Title, domain.SpokespersonFor}}, []string{"Ilse Varga spokesperson_for Norland", "Ilse Varga title spokeswoman"}},
				{RelationFilter{}, []string{"Tomas Brek envoy_of Norland", "Ilse Varga spokesperson_for Norland"}},
			}
			for _, tt := range tests {
				rs, err := s.FilterRelations(ctx, tt.f)
				if err != nil {
					t.Fatal(err)
				}
				var got []string
				for _, r := range rs {
					got = append(got, r.Subject.Name+" "+string(r.Predicate)+" "+r.Object.Name+r.Literal)
					if len(r.Evidence) == 0 {
						t.Errorf("%+v: %s has no evidence", tt.f, got[len(got)-1])
					}
				}
				if !slices.Equal(got, tt.want) {
					t.Errorf("FilterRelations(%+v) = %q, want %q", tt.f, got, tt.want)
				}
			}
		})
	}
}
