package resolvers_test

import (
	"context"
	"net/http/httptest"
	"sync/atomic"
	"testing"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/httpapi"
)

// countingStore counts the article reads the resolvers make.
type countingStore struct {
	*graph.Store
	articleReads atomic.Int64
}

func (c *countingStore) Article(ctx context.Context, id string) (domain.Article, error) {
	c.articleReads.Add(1)
	return c.Store.Article(ctx, id)
}

func TestEvidenceArticlesReadOncePerRequest(t *testing.T) {
	store := newSampleStore(t)
	cs := &countingStore{Store: store}
	srv := httptest.NewServer(httpapi.NewMux(cs, httpapi.Options{}))
	defer srv.Close()

	resp := do(t, srv, `{ actors(first: 50) { edges { node { name relations { predicate evidence { sentence article { id date } } } } } } }`, nil)
	if len(resp.Errors) > 0 {
		t.Fatal(resp.Errors)
	}
	articles, _ := store.Articles(context.Background())
	if n := cs.articleReads.Load(); n == 0 || n > int64(len(articles)) {
		t.Errorf("50 actors with relations and evidence read articles %d times, want at most once per article (%d)", n, len(articles))
	}
}
