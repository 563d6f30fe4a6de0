package loader

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/loader/article"
	"github.com/actorgraph/actorgraph/loader/dedup"
	"github.com/actorgraph/actorgraph/loader/html"
)

// SubmitHTML extracts a web page handed in whole (ingestArticle's html):
// its article body, title, byline, date and canonical URL. pageURL is
// where it was fetched from, or ""; s's Title, Date and Source override
// the page's. The article id is the page's URL: pageURL, else the
// canonical URL the page names, else s.Source when it is a URL; a page
// with none of them gets "ingest-" and a hash of the page.
func SubmitHTML(raw []byte, pageURL, contentType string, s Submission) (domain.Extraction, error) {
	if s.Date != "" {
		if _, err := time.Parse(time.DateOnly, s.Date); err != nil {
			return domain.Extraction{}, fmt.Errorf("submit: %w: date %q is not YYYY-MM-DD", article.ErrBadDate, s.Date)
		}
	}
	base := pageURL
	if base == "" && IsURL(s.Source) {
		base = s.Source
	}
	p, err := html.Read(raw, base, contentType)
	if err != nil {
		return domain.Extraction{}, fmt.Errorf("submit: %w", err)
	}
	id := ""
	for _, u := range []string{pageURL, p.URL, s.Source} {
		if IsURL(u) {
			if id, err = urlID(u); err == nil {
				break
			}
		}
	}
	if id == "" {
		h := sha256.Sum256(append([]byte(s.Source+"\x00"), raw...))
		id = "ingest-" + hex.EncodeToString(h[:8])
	}
	source := s.Source
	if source == "" {
		source = base
	}
	m := meta{Title: p.Title, Date: p.Date, Outlet: p.SiteName, URL: p.URL, Byline: p.Byline, Language: p.Language, Source: source}
	ex, err := fromText(id, p.Text, over(m, meta{Title: s.Title, Date: s.Date}), 0)
	if err != nil {
		return domain.Extraction{}, fmt.Errorf("submit: %w", err)
	}
	return ex, nil
}

// SubmitURL fetches the page at u with f and extracts it as SubmitHTML
// does; its id is the URL. A feed is refused: its items are articles of
// their own, for a load.
func SubmitURL(ctx context.Context, f Fetcher, u string, s Submission) (domain.Extraction, error) {
	id, err := urlID(u)
	if err != nil {
		return domain.Extraction{}, fmt.Errorf("submit: %w", err)
	}
	if f == nil {
		return domain.Extraction{}, fmt.Errorf("submit %s: %w", u, ErrNoFetcher)
	}
	res, err := f.Get(ctx, id)
	if err != nil {
		return domain.Extraction{}, fmt.Errorf("submit: %w", err)
	}
	if isFeed(res) {
		return domain.Extraction{}, fmt.Errorf("submit %s: %w: load it with server load", u, ErrFeedURL)
	}
	ex, err := SubmitHTML(res.Body, id, res.ContentType, s)
	if err != nil {
		return domain.Extraction{}, err
	}
	return ex, nil
}

// StoryOf links ex's article to the first stored copy of its story, as a
// load does: for an article handed in alone.
func StoryOf(ctx context.Context, sf StoryFinder, ex *domain.Extraction) error {
	st := &stories{index: dedup.NewIndex(), store: sf}
	return st.link(ctx, &ex.Article)
}
