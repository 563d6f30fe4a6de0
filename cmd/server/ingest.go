package main

import (
	"context"
	"fmt"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/loader/article"
	"github.com/actorgraph/actorgraph/resolvers"
)

// ingester stores articles handed in through the API.
type ingester struct {
	store    *graph.Store
	maxBytes int            // serve -max-article-bytes; ≤ 0: the parser's own limit
	fetcher  loader.Fetcher // fetches ingestArticle(url:); nil refuses URLs
}

// Ingest extracts a submitted article (text, a page's HTML, or a URL to
// fetch), links it to the first stored copy of its story, and writes it
// as one transaction. A text or page over maxBytes is refused before
// extraction, as `serve -articles` refuses such a file; the request body
// limit (1 MiB) bounds it as well.
func (i ingester) Ingest(ctx context.Context, s resolvers.Submission) (graph.WriteResult, error) {
	for _, in := range []string{s.Text, s.HTML} {
		if i.maxBytes > 0 && len(in) > i.maxBytes {
			return graph.WriteResult{}, resolvers.InvalidArticle(fmt.Errorf("ingest: %w: %d bytes, the limit is %d", article.ErrTooLarge, len(in), i.maxBytes))
		}
	}
	sub := loader.Submission{Text: s.Text, Title: s.Title, Date: s.Date, Source: s.Source}
	var ex domain.Extraction
	var err error
	switch {
	case s.URL != "":
		ex, err = loader.SubmitURL(ctx, i.fetcher, s.URL, sub)
	case s.HTML != "":
		ex, err = loader.SubmitHTML([]byte(s.HTML), "", "", sub)
	default:
		ex, err = loader.Submit(sub)
	}
	if err != nil {
		return graph.WriteResult{}, resolvers.InvalidArticle(err)
	}
	if err := loader.StoryOf(ctx, i.store, &ex); err != nil {
		return graph.WriteResult{}, err
	}
	return i.store.WriteArticle(ctx, ex)
}
