package resolvers

import (
	"context"
	"sync"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/resolvers/model"
)

// requestCache memoises article reads within one request: a query for 50
// actors with their relations and evidence names the same few articles
// hundreds of times; each is read from the store once. (The relations
// themselves arrive with their nodes, read once per actor by the store.)
// It lives in the request's context, never longer: a later request sees
// later writes.
type requestCache struct {
	mu       sync.Mutex
	articles map[string]articleResult
}

type articleResult struct {
	a   *domain.Article // shared by every piece of evidence that names it
	err error
}

type cacheKey struct{}

// withCache returns ctx carrying a fresh request cache.
func withCache(ctx context.Context) context.Context {
	return context.WithValue(ctx, cacheKey{}, &requestCache{articles: map[string]articleResult{}})
}

func cacheOf(ctx context.Context) *requestCache {
	c, _ := ctx.Value(cacheKey{}).(*requestCache)
	return c
}

// withArticles returns evs with their articles.
func (r *Resolver) withArticles(ctx context.Context, evs []domain.Evidence) ([]model.Evidence, error) {
	out := make([]model.Evidence, len(evs))
	for i, e := range evs {
		a, err := r.article(ctx, e.ArticleID)
		if err != nil {
			return nil, err
		}
		out[i] = model.Evidence{Evidence: e, Article: a}
	}
	return out, nil
}

// article reads an article through the request cache, if the context has
// one.
func (r *Resolver) article(ctx context.Context, id string) (*domain.Article, error) {
	c := cacheOf(ctx)
	if c == nil {
		a, err := r.Store.Article(ctx, id)
		return &a, err
	}
	// Held across the read: two resolvers that miss at once would both
	// read. Article reads are short.
	c.mu.Lock()
	defer c.mu.Unlock()
	res, ok := c.articles[id]
	if !ok {
		a, err := r.Store.Article(ctx, id)
		res = articleResult{a: &a, err: err}
		c.articles[id] = res
	}
	return res.a, res.err
}
