package loader

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/loader/article"
	"github.com/actorgraph/actorgraph/loader/export"
	"github.com/actorgraph/actorgraph/loader/feed"
	"github.com/actorgraph/actorgraph/loader/fetch"
	"github.com/actorgraph/actorgraph/loader/html"
)

// Doc is one article to load, whatever it came in: a text or HTML file, a
// feed item, a row of an export, a web page to fetch. Expand makes them;
// LoadDocs loads them.
type Doc struct {
	// Name is what the load report calls it: a path, "export.jsonl:12",
	// a URL.
	Name string
	// ID is the article id: a file's name without extension, an export
	// row's id, a page's or feed item's URL.
	ID string

	kind  docKind
	path  string // a file to read (kindText, kindPage)
	url   string // a page to fetch (kindFetch)
	raw   []byte // the content when known at expansion (kindFragment, a fetched kindPage)
	ctype string // the Content-Type of a fetched page
	meta  meta
	err   error // why the doc failed already at expansion
}

type docKind int

const (
	kindText     docKind = iota // a plain text file, read by package article
	kindPage                    // an HTML page, from a file or fetched
	kindFragment                // a feed item's or export row's text: HTML fragment or plain
	kindFetch                   // a URL to fetch: a page
)

// meta is what a source says of an article beyond its text; empty fields
// are left to the text.
type meta struct {
	Title, Date, Outlet, URL, Byline, Language, Source string
}

// String encodes m for the content hash: a changed title or date in an
// export reloads the row.
func (m meta) String() string {
	return strings.Join([]string{m.Title, m.Date, m.Outlet, m.URL, m.Byline, m.Language, m.Source}, "\x00")
}

// DocError is a Doc that failed before it could be read: it is reported
// with err, and the rest of the load goes on.
func DocError(name string, err error) Doc { return Doc{Name: name, err: err} }

// Fetcher gets URLs; *fetch.Fetcher is one.
type Fetcher interface {
	Get(ctx context.Context, url string) (fetch.Response, error)
}

// ExpandOptions tune Expand.
type ExpandOptions struct {
	// Fetcher fetches URL arguments, feed items that give only a summary,
	// and pages; nil refuses URLs.
	Fetcher Fetcher
	// MaxBytes bounds a feed or export file, in bytes; 0: 1 GiB.
	MaxBytes int64
}

// ErrNoFetcher marks a URL given to a load that fetches nothing.
var ErrNoFetcher = errors.New("URLs are not fetched here")

// IsURL reports whether arg is an http or https URL rather than a path.
func IsURL(arg string) bool {
	return strings.HasPrefix(arg, "http://") || strings.HasPrefix(arg, "https://")
}

// Expand turns load arguments into the articles to load, in order: a text
// file (.txt, or any file that is not one of the others) is one article;
// an HTML file (.html, .htm, or content that starts like a page) one page;
// a JSON Lines (.jsonl, .ndjson) or CSV (.csv) export one article per
// row; an RSS or Atom file (.xml, .rss, .atom) one per item; a directory
// its files with one of Extensions; a URL is fetched now and is a page or
// a feed by what it serves.
//
// Expand never fails as a whole for one bad argument: a file that cannot
// be read, a feed that is not well-formed XML, a CSV without a text
// column becomes a Doc that reports its error when loaded. It fails only
// when ctx ends or a directory cannot be walked.
func Expand(ctx context.Context, args []string, opts ExpandOptions) ([]Doc, error) {
	var out []Doc
	for _, arg := range args {
		if IsURL(arg) {
			out = append(out, expandURL(ctx, arg, opts)...)
			continue
		}
		paths, err := Paths([]string{arg})
		if err != nil {
			return nil, err
		}
		for _, p := range paths {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			out = append(out, expandFile(p, opts)...)
		}
	}
	return out, nil
}

// FileDocs returns the Docs of plain text files: Load's input.
func FileDocs(paths []string) []Doc {
	out := make([]Doc, len(paths))
	for i, p := range paths {
		out[i] = Doc{Name: p, ID: ID(p), kind: kindText, path: p}
	}
	return out
}

// URLDocs returns the Docs of pages to fetch when they are loaded (a
// load's -urls list): each URL is its article's id.
func URLDocs(urls []string) []Doc {
	out := make([]Doc, 0, len(urls))
	for _, u := range urls {
		id, err := urlID(u)
		if err != nil {
			out = append(out, DocError(u, err))
			continue
		}
		out = append(out, Doc{Name: u, ID: id, kind: kindFetch, url: u, meta: meta{Source: u}})
	}
	return out
}

// urlID normalises a URL into an article id: no fragment, no default port.
func urlID(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", fmt.Errorf("%q is not an http or https URL", raw)
	}
	u.Fragment = ""
	u.Host = strings.ToLower(u.Host)
	if p := u.Port(); p == "80" && u.Scheme == "http" || p == "443" && u.Scheme == "https" {
		u.Host = u.Hostname()
	}
	return u.String(), nil
}

func fileKind(p string) string {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".html", ".htm", ".xhtml":
		return "html"
	case ".jsonl", ".ndjson":
		return "jsonl"
	case ".csv":
		return "csv"
	case ".xml", ".rss", ".atom":
		return "feed"
	}
	return "text"
}

func expandFile(p string, opts ExpandOptions) []Doc {
	kind := fileKind(p)
	if kind == "text" && sniffHTML(p) {
		kind = "html" // a saved page, whatever its name
	}
	switch kind {
	case "text": // read by a worker, as plain text files always were
		return []Doc{{Name: p, ID: ID(p), kind: kindText, path: p}}
	case "html":
		return []Doc{{Name: p, ID: ID(p), kind: kindPage, path: p, meta: meta{Source: p}}}
	}
	raw, err := readLimited(p, opts.MaxBytes)
	if err != nil {
		return []Doc{DocError(p, err)}
	}
	switch kind {
	case "jsonl", "csv":
		return exportDocs(p, kind, raw)
	default:
		return feedDocs(p, p, raw, opts)
	}
}

// sniffHTML reports whether the file at p starts like an HTML page.
func sniffHTML(p string) bool {
	f, err := os.Open(p)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 1024)
	n, _ := f.Read(head)
	return html.LooksLikeHTML(head[:n])
}

func readLimited(p string, limit int64) ([]byte, error) {
	if limit <= 0 {
		limit = 1 << 30
	}
	if fi, err := os.Stat(p); err == nil && fi.Size() > limit {
		return nil, fmt.Errorf("read %s: %w: %d bytes, the limit is %d", p, article.ErrTooLarge, fi.Size(), limit)
	}
	raw, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", p, err)
	}
	return raw, nil
}

// exportDocs makes a Doc of each row of a JSON Lines or CSV export.
func exportDocs(p, kind string, raw []byte) []Doc {
	var out []Doc
	stem := ID(p)
	ids := map[string]bool{}
	add := func(r export.Record, err error) error {
		name := p + ":" + strconv.Itoa(r.Line)
		if err == nil {
			if err = r.Check(); err != nil {
				unit := "line"
				if kind == "csv" {
					unit = "row"
				}
				err = fmt.Errorf("%s %d: %w", unit, r.Line, err)
			}
		}
		if err != nil {
			out = append(out, DocError(name, fmt.Errorf("%s: %w", p, err)))
			return nil
		}
		id := r.ID
		if id == "" && r.URL != "" {
			id, _ = urlID(r.URL)
		}
		if id == "" {
			id = stem + "-" + strconv.Itoa(r.Line)
		}
		if ids[id] {
			// an export that repeats an id: keep both rows apart
			id = id + "-" + strconv.Itoa(r.Line)
		}
		ids[id] = true
		out = append(out, Doc{Name: name, ID: id, kind: kindFragment, raw: []byte(r.Text), meta: meta{
			Title: r.Title, Date: r.Date, Outlet: r.Outlet, URL: r.URL, Byline: r.Author, Language: r.Language, Source: name,
		}})
		return nil
	}
	var err error
	if kind == "csv" {
		err = export.ReadCSV(bytes.NewReader(raw), add)
	} else {
		err = export.ReadJSONL(bytes.NewReader(raw), add)
	}
	if err != nil {
		out = append(out, DocError(p, fmt.Errorf("%s: %w", p, err)))
	}
	return out
}

// feedDocs makes a Doc of each item of a feed: its own content when it has
// the whole article, else its link to fetch.
func feedDocs(name, source string, raw []byte, opts ExpandOptions) []Doc {
	f, err := feed.Parse(raw)
	if err != nil {
		return []Doc{DocError(name, fmt.Errorf("%s: %w", name, err))}
	}
	var out []Doc
	for i, it := range f.Items {
		itemName := fmt.Sprintf("%s item %d", name, i+1)
		m := meta{Title: it.Title, Date: it.Date, Outlet: f.Title, URL: it.Link, Byline: it.Author, Source: source}
		id := ""
		if it.Link != "" {
			if u, err := urlID(it.Link); err == nil {
				id = u
			}
		}
		if id == "" && it.ID != "" {
			id = it.ID
		}
		content := it.Content
		if full(content) {
			if id == "" {
				id = fmt.Sprintf("%s-%d", ID(name), i+1)
			}
			out = append(out, Doc{Name: itemName, ID: id, kind: kindFragment, raw: []byte(content), meta: m})
			continue
		}
		if it.Link == "" {
			out = append(out, DocError(itemName, fmt.Errorf("%s: %w: the item has only a summary and no link to its page", itemName, article.ErrEmpty)))
			continue
		}
		if opts.Fetcher == nil {
			out = append(out, DocError(itemName, fmt.Errorf("%s: %w: the item has only a summary; its page %s is not fetched", itemName, ErrNoFetcher, it.Link)))
			continue
		}
		// the item's own fields win over the page's: the feed is the
		// outlet's word on its title and date
		out = append(out, Doc{Name: itemName, ID: id, kind: kindFetch, url: it.Link, meta: m})
	}
	return out
}

// full reports whether a feed item's content is the whole article rather
// than a teaser.
func full(content string) bool {
	if strings.TrimSpace(content) == "" {
		return false
	}
	text, err := html.FragmentText(content)
	return err == nil && len([]rune(text)) >= html.MinChars
}

// expandURL fetches a URL argument: a feed becomes its items, anything
// else one page.
func expandURL(ctx context.Context, u string, opts ExpandOptions) []Doc {
	id, err := urlID(u)
	if err != nil {
		return []Doc{DocError(u, err)}
	}
	if opts.Fetcher == nil {
		return []Doc{DocError(u, fmt.Errorf("%s: %w", u, ErrNoFetcher))}
	}
	res, err := opts.Fetcher.Get(ctx, id)
	if err != nil {
		return []Doc{DocError(u, err)}
	}
	if isFeed(res) {
		return feedDocs(u, res.URL, res.Body, opts)
	}
	return []Doc{{Name: u, ID: id, kind: kindPage, raw: res.Body, ctype: res.ContentType, meta: meta{Source: res.URL}}}
}

func isFeed(res fetch.Response) bool {
	switch res.MediaType() {
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml":
		return true
	case "text/html", "application/xhtml+xml":
		return false
	}
	return feed.LooksLikeFeed(res.Body)
}
