package resolvers

import (
	"context"
	"slices"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/graph"
)

// newestFirst returns reviews newest first, those of reviewer by only when
// by is not empty.
func newestFirst(rs []graph.Review, by string) []graph.Review {
	if by != "" {
		rs = slices.DeleteFunc(rs, func(r graph.Review) bool { return r.By != by })
	}
	slices.Reverse(rs)
	return rs
}

// value is a relation's value: its literal object, or for said the
// quote's text, which its Statement node holds.
func (r *Resolver) value(ctx context.Context, rel *domain.Relation) (*string, error) {
	if rel.Predicate != domain.Said || rel.Object.Type != domain.Statement {
		return rel.ValueOrNil(), nil
	}
	st, err := r.Store.Statement(ctx, rel.Object.ID)
	if err != nil {
		return nil, err
	}
	return &st.Text, nil
}
