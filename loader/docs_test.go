package loader

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/export"
	"github.com/actorgraph/actorgraph/loader/feed"
	"github.com/actorgraph/actorgraph/loader/fetch"
	"github.com/actorgraph/actorgraph/loader/html"
	"github.com/actorgraph/actorgraph/loader/lang"
)

// The fixtures of the readers' packages: pages, feeds and exports written
// for these tests, several of them copies of one invented wire story.
var (
	newsPage   = filepath.Join("html", "testdata", "news-article.html")
	jsonldPage = filepath.Join("html", "testdata", "jsonld-article.html")
	indexPage  = filepath.Join("html", "testdata", "index-page.html")
	germanPage = filepath.Join("html", "testdata", "german.html")
	jsonl      = filepath.Join("export", "testdata", "articles.jsonl")
	csvFile    = filepath.Join("export", "testdata", "articles.csv")
	noTextCSV  = filepath.Join("export", "testdata", "no-text-column.csv")
	rss        = filepath.Join("feed", "testdata", "rss.xml")
	atom       = filepath.Join("feed", "testdata", "atom.xml")
	malformed  = filepath.Join("feed", "testdata", "malformed.xml")
)

// fakeWeb serves pages from memory, in place of the network: URL → page
// file. A URL it does not know fails as an unreachable host would.
type fakeWeb map[string]string

func (w fakeWeb) Get(_ context.Context, u string) (fetch.Response, error) {
	file, ok := w[u]
	if !ok {
		return fetch.Response{}, fmt.Errorf("fetch %s: %w: 404 Not Found", u, fetch.ErrStatus)
	}
	body, err := os.ReadFile(file)
	if err != nil {
		return fetch.Response{}, err
	}
	ctype := "text/html; charset=utf-8"
	if strings.HasSuffix(file, ".xml") {
		ctype = "application/rss+xml"
	}
	return fetch.Response{URL: u, ContentType: ctype, Body: body}, nil
}

// porto is the page behind the feeds' summary-only items.
const portoPage = `<!DOCTYPE html><html lang="en"><head><title>Porto opens footbridge over the Douro | Bay Courier</title>
<meta property="og:site_name" content="Bay Courier"></head><body><nav><a href="/">Home</a></nav><article><h1>Porto opens footbridge over the Douro</h1>
<p>The mayor of Porto, Rui Almeida, opened a new footbridge over the Douro river on Sunday after three years of construction, the city council said.</p>
<p>Almeida said the bridge would carry about 12,000 people a day and cut the walk between the two banks to five minutes.</p>
<p>“This bridge belongs to the people who cross it every morning,” Almeida told the crowd at the opening.</p></article></body></html>`

// capture is a BatchWriter and StoryFinder over a store that keeps every
// extraction it writes, so that tests can hold the stored evidence
// against the article text that was extracted.
type capture struct {
	*graph.Store
	written map[string]domain.Extraction
}

func (c *capture) WriteArticles(ctx context.Context, items []graph.Item) ([]graph.WriteResult, error) {
	for _, it := range items {
		c.written[it.Extraction.Article.ID] = it.Extraction
	}
	return c.Store.WriteArticles(ctx, items)
}

func newCapture(t *testing.T) *capture {
	t.Helper()
	s, err := graph.Open(context.Background(), graph.Memory)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return &capture{Store: s, written: map[string]domain.Extraction{}}
}

// TestLoadEveryInput loads a page, exports and feeds (with a summary-only
// item fetched from fakeWeb) and checks the report, the metadata, the
// offsets and the wire-copy links.
func TestLoadEveryInput(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	porto := filepath.Join(dir, "porto.html")
	if err := os.WriteFile(porto, []byte(portoPage), 0o644); err != nil {
		t.Fatal(err)
	}
	web := fakeWeb{
		"https://baycourier.example/europe/porto-footbridge":  porto,
		"https://northernledger.example/2031/03/summary-only": indexPage, // a page without an article
	}
	args := []string{newsPage, jsonldPage, indexPage, germanPage, jsonl, csvFile, noTextCSV, rss, atom, malformed}
	docs, err := Expand(ctx, args, ExpandOptions{Fetcher: web})
	if err != nil {
		t.Fatal(err)
	}
	w := newCapture(t)
	got := map[string]error{}
	var order []string
	sum, err := LoadDocs(ctx, w, docs, Options{Fetcher: web, Report: func(r Result) {
		got[r.Path] = r.Err
		order = append(order, r.Path)
	}})
	if err != nil {
		t.Fatal(err)
	}
	// every input item is reported once, in order, with its own error
	wantErrs := []struct {
		name string
		err  error // nil: loaded
	}{
		{newsPage, nil},
		{jsonldPage, nil},
		{indexPage, html.ErrNoArticle},
		{germanPage, lang.ErrNotEnglish},
		{jsonl + ":1", nil},
		{jsonl + ":2", nil},
		{jsonl + ":3", export.ErrBadRecord},
		{jsonl + ":4", export.ErrNoText},
		{jsonl + ":6", export.ErrBadRecord},
		{csvFile + ":2", nil},
		{csvFile + ":3", nil},
		{csvFile + ":4", export.ErrNoText},
		{noTextCSV, export.ErrNoTextColumn},
		{rss + " item 1", nil},
		{rss + " item 2", nil}, // fetched: the item has only a summary
		{rss + " item 3", nil}, // checked below: no link, only a summary
		{atom + " item 1", nil},
		{atom + " item 2", nil},
		{atom + " item 3", html.ErrNoArticle}, // fetched, and the page has no article
		{malformed, feed.ErrMalformed},
	}
	var names []string
	for _, w := range wantErrs {
		names = append(names, w.name)
	}
	if !slices.Equal(order, names) {
		t.Fatalf("reported\n%s\nwant\n%s", strings.Join(order, "\n"), strings.Join(names, "\n"))
	}
	for _, w := range wantErrs {
		err := got[w.name]
		switch {
		case w.name == rss+" item 3":
			if err == nil || !strings.Contains(err.Error(), "only a summary and no link") {
				t.Errorf("%s: %v, want an error about a summary without a link", w.name, err)
			}
		case w.err == nil && err != nil:
			t.Errorf("%s: %v, want it loaded", w.name, err)
		case w.err != nil && !errors.Is(err, w.err):
			t.Errorf("%s: %v, want %v", w.name, err, w.err)
		}
	}
	if sum.Articles != 10 || sum.Failed != 10 {
		t.Errorf("summary %+v, want 10 articles and 10 failures", sum)
	}

	checkOffsets(t, w)

	// metadata from each kind of input
	meta := []struct {
		id                                   string
		title, date, outlet, url, byline, ln string
	}{
		{"news-article", "Finland and Kenya agree first steps on grain corridor", "2031-03-04", "Harbor Post",
			"https://www.harborpost.example/world/2031/03/04/finland-kenya-grain-corridor", "Mara Quill", "en"},
		{"https://coastline.example/2031/03/04/grain-corridor", "Finland and Kenya agree first steps on grain corridor", "2031-03-04", "Coastline Daily",
			"https://coastline.example/2031/03/04/grain-corridor", "Tomas Vidal", "en"},
		{"https://andeswire.example/quake", "Earthquake off Chile causes no damage", "2031-02-27", "Andes Wire",
			"https://andeswire.example/quake", "Lucia Soto, Marco Paz", "en"},
		{"hp-0304", "Finland and Kenya agree first steps on grain corridor", "2031-03-04", "Harbor Post",
			"https://www.harborpost.example/world/grain", "Mara Quill", "en"},
		{"https://baycourier.example/europe/porto-footbridge", "Porto opens footbridge over the Douro", "2031-03-09", "Bay Courier – World",
			"https://baycourier.example/europe/porto-footbridge", "Ines Moura", "en"},
		{"https://northernledger.example/2031/03/porto-bridge", "Porto opens footbridge over the Douro", "2031-03-09", "Northern Ledger",
			"https://northernledger.example/2031/03/porto-bridge", "Ines Moura, Karl Brandt", "en"},
	}
	for _, m := range meta {
		a, err := w.Article(ctx, m.id)
		if err != nil {
			t.Errorf("Article(%s): %v", m.id, err)
			continue
		}
		for _, c := range []struct{ name, got, want string }{
			{"title", a.Title, m.title}, {"date", a.Date, m.date}, {"outlet", a.Outlet, m.outlet},
			{"url", a.URL, m.url}, {"byline", a.Byline, m.byline}, {"language", a.Language, m.ln},
		} {
			if c.got != c.want {
				t.Errorf("article %s: %s %q, want %q", m.id, c.name, c.got, c.want)
			}
		}
	}

	// the wire story ran five times in four outlets: one story
	copies := []string{"https://coastline.example/2031/03/04/grain-corridor", "hp-0304",
		"https://baycourier.example/world/grain-corridor", "https://northernledger.example/2031/03/grain"}
	for _, id := range copies {
		a, err := w.Article(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if a.StoryID() != "news-article" {
			t.Errorf("article %s: story %q, want news-article (the first copy loaded)", id, a.StoryID())
		}
	}
	// and the footbridge story twice: a feed item fetched, and an entry in full
	if a, _ := w.Article(ctx, "https://northernledger.example/2031/03/porto-bridge"); a.Story != "https://baycourier.example/europe/porto-footbridge" {
		t.Errorf("the Atom copy of the footbridge story: story %q, want the RSS item's page", a.Story)
	}
	for _, id := range []string{"news-article", "https://andeswire.example/quake", "https://baycourier.example/europe/porto-footbridge", "jsonld-article"} {
		if a, _ := w.Article(ctx, id); a.Story != "" {
			t.Errorf("article %s linked to story %q, want its own", id, a.Story)
		}
	}
	rels, err := w.FilterRelations(ctx, graph.RelationFilter{Article: "news-article"})
	if err != nil {
		t.Fatal(err)
	}
	corroborated := 0
	for _, r := range rels {
		if len(r.Evidence) == 5 {
			corroborated++
			if r.StoryCount() != 1 || r.OutletCount() != 4 {
				t.Errorf("%s %s: %d articles, %d stories, %d outlets; want 5, 1, 4", r.Subject.Name, r.Predicate, len(r.Evidence), r.StoryCount(), r.OutletCount())
			}
		}
	}
	if corroborated == 0 {
		t.Errorf("no relation of the wire story is stated by its five copies: %d relations", len(rels))
	}

	// a second load skips what it has, and links the same stories
	n := 0
	again, err := LoadDocs(ctx, w, docs, Options{Fetcher: web, Report: func(r Result) {
		if r.Skipped {
			n++
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	if n != 10 || again.Added != 0 || again.Removed != 0 {
		t.Errorf("reload: %d skipped (want all 10, the fetched page too), +%d -%d quads", n, again.Added, again.Removed)
	}
}

// checkOffsets holds every stored piece of evidence against the text of
// the article it cites, as extracted: text[start:end] == sentence, in
// code points.
func checkOffsets(t *testing.T, w *capture) {
	t.Helper()
	ctx := context.Background()
	checked := 0
	for id, ex := range w.written {
		text := []rune(ex.Article.Text)
		for _, s := range ex.Article.Sentences {
			if s.Start < 0 || s.End > len(text) || string(text[s.Start:s.End]) != s.Text {
				t.Errorf("article %s sentence %d: text[%d:%d] is not %q", id, s.Index, s.Start, s.End, s.Text)
			}
		}
		rels, err := w.FilterRelations(ctx, graph.RelationFilter{Article: id})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rels {
			for _, e := range r.Evidence {
				src := []rune(w.written[e.ArticleID].Article.Text)
				if e.Start < 0 || e.End > len(src) || string(src[e.Start:e.End]) != e.Text {
					t.Errorf("evidence of %s in %s: text[%d:%d] is not %q", r.Predicate, e.ArticleID, e.Start, e.End, e.Text)
				}
				checked++
			}
		}
	}
	if checked == 0 {
		t.Error("no evidence to check")
	}
}

func TestExpandURLs(t *testing.T) {
	ctx := context.Background()
	web := fakeWeb{
		"https://harborpost.example/world/grain": newsPage,
		"https://baycourier.example/feed":        rss,
	}
	docs, err := Expand(ctx, []string{"https://harborpost.example/world/grain#top", "https://baycourier.example/feed", "https://gone.example/x"}, ExpandOptions{Fetcher: web})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range docs {
		got = append(got, fmt.Sprintf("%s %s %v", d.Name, d.ID, d.err != nil))
	}
	want := []string{
		"https://harborpost.example/world/grain#top https://harborpost.example/world/grain false",
		"https://baycourier.example/feed item 1 https://baycourier.example/world/grain-corridor false",
		"https://baycourier.example/feed item 2 https://baycourier.example/europe/porto-footbridge false",
		"https://baycourier.example/feed item 3  true",
		"https://gone.example/x  true",
	}
	if !slices.Equal(got, want) {
		t.Errorf("Expand(URLs) =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if docs, _ := Expand(ctx, []string{"https://harborpost.example/world/grain"}, ExpandOptions{}); len(docs) != 1 || !errors.Is(docs[0].err, ErrNoFetcher) {
		t.Errorf("Expand without a fetcher: %+v, want ErrNoFetcher", docs)
	}
}

func TestURLDocs(t *testing.T) {
	docs := URLDocs([]string{"https://Harbor.example:443/a#b", "ftp://x/y", "http://x.example:80/"})
	if docs[0].ID != "https://harbor.example/a" || docs[1].err == nil || docs[2].ID != "http://x.example/" {
		t.Errorf("URLDocs = %+v", docs)
	}
	w := newCapture(t)
	web := fakeWeb{"https://harbor.example/a": newsPage, "https://harbor.example/feed": rss}
	var errs []error
	_, err := LoadDocs(context.Background(), w, URLDocs([]string{"https://harbor.example/a", "https://harbor.example/feed"}), Options{Fetcher: web, Report: func(r Result) { errs = append(errs, r.Err) }})
	if err != nil {
		t.Fatal(err)
	}
	if errs[0] != nil || !errors.Is(errs[1], ErrFeedURL) {
		t.Errorf("loading a page and a feed from -urls: %v", errs)
	}
	checkOffsets(t, w)

	// a rerun does not fetch the stored page again (this web has nothing)
	var skipped []bool
	errs = nil
	if _, err := LoadDocs(context.Background(), w, URLDocs([]string{"https://harbor.example/a"}), Options{Fetcher: fakeWeb{}, Report: func(r Result) {
		errs, skipped = append(errs, r.Err), append(skipped, r.Skipped)
	}}); err != nil {
		t.Fatal(err)
	}
	if errs[0] != nil || !skipped[0] {
		t.Errorf("rerun of a stored URL: skipped %v, error %v; want it skipped unfetched", skipped, errs)
	}
	// -force fetches it
	errs = nil
	if _, err := LoadDocs(context.Background(), w, URLDocs([]string{"https://harbor.example/a"}), Options{Force: true, Fetcher: fakeWeb{}, Report: func(r Result) {
		errs = append(errs, r.Err)
	}}); err != nil {
		t.Fatal(err)
	}
	if !errors.Is(errs[0], fetch.ErrStatus) {
		t.Errorf("forced rerun: %v, want the fetch tried (and failing here)", errs)
	}
}
