package resolvers

import (
	"context"
	"sync"

	"github.com/actorgraph/actorgraph/domain"
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
	a   domain.Article
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

// article reads an article through the request cache, if the context has
// one.
func (r *Resolver) article(ctx context.Context, id string) (domain.Article, error) {
	c := cacheOf(ctx)
	if c == nil {
		return r.Store.Article(ctx, id)
	}
	// Held across the read: resolvers run concurrently, and two that miss
	// at once would both read. Article reads are short.
	c.mu.Lock()
	defer c.mu.Unlock()
	res, ok := c.articles[id]
	if !ok {
		res.a, res.err = r.Store.Article(ctx, id)
		c.articles[id] = res
	}
	return res.a, res.err
}
