package loader

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/article"
	"github.com/actorgraph/actorgraph/loader/dedup"
	"github.com/actorgraph/actorgraph/loader/extract"
	"github.com/actorgraph/actorgraph/loader/html"
	"github.com/actorgraph/actorgraph/loader/lang"
)

// ErrFeedURL marks a URL in a -urls list that serves a feed: feeds are
// load arguments of their own.
var ErrFeedURL = errors.New("a feed, not a page")

// known reports whether d's content is known before it is fetched, so
// that its hash can be looked up before extraction.
func (d Doc) known() bool { return d.kind != kindFetch && d.err == nil }

// content returns the bytes of d that its hash is taken over: the file,
// the fetched page, the row's text and its metadata.
func (d *Doc) content(ctx context.Context, f Fetcher, maxBytes int) ([]byte, string, error) {
	switch {
	case d.err != nil:
		return nil, "", d.err
	case d.path != "":
		raw, err := readArticle(d.path, maxBytes)
		if err != nil {
			return nil, "", err
		}
		if d.kind == kindText {
			return raw, Hash(raw), nil // as plain text files were always hashed
		}
		return raw, Hash(append(raw, d.meta.String()...)), nil
	case d.kind == kindFetch:
		h := d.fetchHash()
		if f == nil {
			return nil, "", fmt.Errorf("%s: %w", d.url, ErrNoFetcher)
		}
		res, err := f.Get(ctx, d.url)
		if err != nil {
			return nil, "", err
		}
		if isFeed(res) {
			return nil, "", fmt.Errorf("%s: %w: load it as an argument of its own", d.url, ErrFeedURL)
		}
		d.kind, d.ctype, d.raw = kindPage, res.ContentType, res.Body
		if d.meta.Source == "" {
			d.meta.Source = res.URL
		}
		if res.MediaType() == "text/plain" {
			d.kind = kindFragment
		}
		return d.raw, h, nil
	}
	return d.raw, Hash(append(append([]byte(nil), d.raw...), d.meta.String()...)), nil
}

// fetchHash is the content hash stored with a fetched page: its URL, its
// feed's metadata and the rules' version, not the page's bytes, so that a
// rerun knows it without fetching it again.
func (d Doc) fetchHash() string {
	return Hash(append([]byte("fetched "+d.url+"\x00"), d.meta.String()...))
}

// extractDoc reads d's content raw by its kind and extracts the article.
func extractDoc(d Doc, raw []byte, maxBytes int) (domain.Extraction, error) {
	switch d.kind {
	case kindText:
		return extractRaw(d.path, raw, maxBytes)
	case kindPage:
		pageURL := d.meta.URL
		if IsURL(d.meta.Source) {
			pageURL = d.meta.Source
		}
		p, err := html.Read(raw, pageURL, d.ctype)
		if err != nil {
			return domain.Extraction{}, fmt.Errorf("%s: %w", d.Name, err)
		}
		m := meta{Title: p.Title, Date: p.Date, Outlet: p.SiteName, URL: p.URL, Byline: p.Byline, Language: p.Language, Source: d.meta.Source}
		return fromText(d.ID, p.Text, over(m, d.meta), maxBytes)
	case kindFragment:
		text, err := html.FragmentText(string(raw))
		if err != nil {
			return domain.Extraction{}, fmt.Errorf("%s: %w", d.Name, err)
		}
		return fromText(d.ID, text, d.meta, maxBytes)
	}
	return domain.Extraction{}, fmt.Errorf("%s: nothing to read", d.Name)
}

// over returns m with the non-empty fields of o laid over it: a feed's or
// export's own title and date win over what the page says.
func over(m, o meta) meta {
	for _, f := range []struct {
		dst *string
		src string
	}{
		{&m.Title, o.Title}, {&m.Date, o.Date}, {&m.Outlet, o.Outlet}, {&m.URL, o.URL},
		{&m.Byline, o.Byline}, {&m.Language, o.Language}, {&m.Source, o.Source},
	} {
		if f.src != "" {
			*f.dst = f.src
		}
	}
	return m
}

// fromText parses text (the article text the API serves: offsets index
// it) and extracts it with m's metadata.
func fromText(id, text string, m meta, maxBytes int) (domain.Extraction, error) {
	a, err := article.ParseWith(article.Options{MaxBytes: maxBytes}, id, m.Source, []byte(text))
	if err != nil {
		return domain.Extraction{}, fmt.Errorf("parse %s: %w", m.Source, err)
	}
	if m.Title != "" {
		a.Title = m.Title
	}
	if d, ok := article.PublishedDate(m.Date); ok {
		a.Date = d
	}
	if m.Outlet != "" {
		a.Outlet = m.Outlet
	}
	if a.Outlet == "" {
		a.Outlet = hostOutlet(m.URL)
	}
	a.URL, a.Byline = m.URL, m.Byline
	return finish(a, m.Language)
}

// hostOutlet names an outlet by its URL's host, without "www.".
func hostOutlet(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

// finish checks a parsed article's language (declared is what its source
// says, or ""), takes its fingerprint and extracts its facts. An article
// that is not English is refused: the extractor would read it as English.
func finish(a domain.Article, declared string) (domain.Extraction, error) {
	l, err := lang.Check(a.Text, declared)
	a.Language = l
	if err != nil {
		return domain.Extraction{}, fmt.Errorf("article %s: %w: not extracted", a.ID, err)
	}
	if sig, ok := dedup.Sign(sentenceText(a)); ok {
		a.Fingerprint, a.FingerprintKeys = sig.String(), sig.Keys()
	}
	return extract.Article(a), nil
}

// sentenceText is the article's text without what the parser found to be
// boilerplate: what copies of a story share.
func sentenceText(a domain.Article) string {
	var b strings.Builder
	for _, s := range a.Sentences {
		b.WriteString(s.Text)
		b.WriteByte('\n')
	}
	return b.String()
}

// StoryFinder is a Writer that can look up stored articles by fingerprint
// key; *graph.Store is one. LoadDocs uses it to link wire copies to the
// stories already stored.
type StoryFinder interface {
	StoryCandidates(ctx context.Context, keys []string) ([]graph.StoryCandidate, error)
}

// stories links each article of a load to the first article of its story:
// among those of this load, then among those stored.
type stories struct {
	index *dedup.Index
	store StoryFinder // nil: only this load's articles are compared
}

// link sets a.Story to the story of an earlier copy, if there is one, and
// records a.
func (s *stories) link(ctx context.Context, a *domain.Article) error {
	if a.Fingerprint == "" {
		return nil
	}
	sig, err := dedup.Parse(a.Fingerprint)
	if err != nil {
		return err
	}
	story, ok := s.index.Story(sig)
	if !ok && s.store != nil {
		cands, err := s.store.StoryCandidates(ctx, sig.Keys())
		if err != nil {
			return fmt.Errorf("stories of %s: %w", a.ID, err)
		}
		best := 0.0
		for _, c := range cands {
			if c.ArticleID == a.ID {
				continue // an earlier version of this article
			}
			cs, err := dedup.Parse(c.Fingerprint)
			if err != nil {
				continue
			}
			if sim := dedup.Similarity(cs, sig); sim >= dedup.MinSimilarity && sim > best {
				story, best, ok = c.Story, sim, true
			}
		}
	}
	if !ok || story == a.ID {
		story = a.ID
		a.Story = ""
	} else {
		a.Story = story
	}
	s.index.Add(story, sig)
	return nil
}
