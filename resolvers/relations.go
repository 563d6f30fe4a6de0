package resolvers

import (
	"context"
	"fmt"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/resolvers/model"
)

// relationViews reads ahead what the schema shows of rels: their nodes,
// values and the articles of their evidence (see model.Relation).
func (r *Resolver) relationViews(ctx context.Context, rels []domain.Relation) ([]model.Relation, error) {
	out := make([]model.Relation, len(rels))
	for i := range rels {
		v, err := r.relationView(ctx, &rels[i])
		if err != nil {
			return nil, fmt.Errorf("relation %s: %w", rels[i].ID(), err)
		}
		out[i] = v
	}
	return out, nil
}

// relationView is relationViews for one relation. Its evidence's articles
// are read for every piece, not only the page a query asks for: they come
// from the request cache and the store's read cache.
func (r *Resolver) relationView(ctx context.Context, rel *domain.Relation) (model.Relation, error) {
	v := model.Relation{Relation: *rel, Articles: map[string]*domain.Article{}}
	var err error
	if v.SubjectNode, err = r.asNode(ctx, rel.Subject); err != nil {
		return v, err
	}
	if rel.Object.ID != "" {
		if v.ObjectNode, err = r.asNode(ctx, rel.Object); err != nil {
			return v, err
		}
	}
	if v.Value, err = r.value(ctx, rel); err != nil {
		return v, err
	}
	for _, e := range rel.EvidencePage(nil) {
		if _, ok := v.Articles[e.ArticleID]; ok {
			continue
		}
		if v.Articles[e.ArticleID], err = r.article(ctx, e.ArticleID); err != nil {
			return v, fmt.Errorf("evidence's article %q: %w", e.ArticleID, err)
		}
	}
	return v, nil
}
