package main

import (
	"context"
	"fmt"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/loader/article"
	"github.com/actorgraph/actorgraph/resolvers"
)

// ingester stores articles handed in through the API.
type ingester struct {
	store    *graph.Store
	maxBytes int // serve -max-article-bytes; ≤ 0: the parser's own limit
}

// Ingest extracts a submitted article and writes it as one transaction.
// A text over maxBytes is refused before extraction, as `serve -articles`
// refuses such a file; the request body limit (1 MiB) bounds it as well.
func (i ingester) Ingest(ctx context.Context, s resolvers.Submission) (graph.WriteResult, error) {
	if s.HTML != "" || s.URL != "" {
		return graph.WriteResult{}, resolvers.InvalidArticle(fmt.Errorf("ingest: html and url are not read by this server yet"))
	}
	if i.maxBytes > 0 && len(s.Text) > i.maxBytes {
		return graph.WriteResult{}, resolvers.InvalidArticle(fmt.Errorf("ingest: %w: %d bytes, the limit is %d", article.ErrTooLarge, len(s.Text), i.maxBytes))
	}
	ex, err := loader.Submit(loader.Submission{Text: s.Text, Title: s.Title, Date: s.Date, Source: s.Source})
	if err != nil {
		return graph.WriteResult{}, resolvers.InvalidArticle(err)
	}
	return i.store.WriteArticle(ctx, ex)
}
