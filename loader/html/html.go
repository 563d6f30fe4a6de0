// Package html reads a news web page: its article body as plain text, and
// the page's title, byline, site name, published date, canonical URL and
// language.
//
// The body is found by readability (codeberg.org/readeck/go-readability,
// a port of Mozilla's Readability.js): navigation, share buttons, related
// links, cookie notices and comments are left out. Text renders the body
// as the browser's innerText would: paragraphs, headings and list items
// separated by blank lines, so that the plain text parser sees one
// paragraph per block. Offsets that the rest of the loader computes refer
// to Page.Text, which is what the API serves.
package html

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// Errors of Read; test with errors.Is.
var (
	// ErrNoArticle marks a page without an article body: an index page,
	// a paywall or cookie wall, an error page.
	ErrNoArticle = errors.New("no article body")
	// ErrNotHTML marks input that is not a web page.
	ErrNotHTML = errors.New("not an HTML page")
)

// MinChars is the shortest body Read accepts, in characters: a paywall's
// teaser or a cookie wall's notice is shorter than any news article.
const MinChars = 200

// maxLinkShare is the largest share of a body's characters that may be
// link text: past it, the "body" is a list of headlines (an index page).
const maxLinkShare = 0.5

// maxElements bounds the elements readability scores: a page of more is
// refused rather than parsed for seconds.
const maxElements = 50000

// Page is an article read from a web page.
type Page struct {
	Text     string // the article body, paragraphs separated by blank lines
	Title    string // the headline
	Byline   string // the author(s), as the page names them
	SiteName string // the outlet, as the page names itself
	URL      string // the canonical URL (link rel=canonical, og:url), else the page's own
	Date     string // published date, YYYY-MM-DD, or "" when the page gives none
	Language string // the lang attribute's primary subtag ("en"), or ""
}

// Read extracts the article of the HTML page raw, fetched from pageURL
// (which may be empty for a saved file; it resolves relative links and is
// the URL when the page names no canonical one). contentType, when not
// empty, is the HTTP Content-Type header: it gives the character set when
// the page does not declare one.
//
// Errors wrap ErrNotHTML or ErrNoArticle, or say why the page could not be
// parsed.
func Read(raw []byte, pageURL, contentType string) (Page, error) {
	if !looksLikeHTML(raw) {
		return Page{}, fmt.Errorf("read page: %w", ErrNotHTML)
	}
	r, err := charset.NewReader(bytes.NewReader(raw), contentType)
	if err != nil {
		return Page{}, fmt.Errorf("read page: character set: %w", err)
	}
	doc, err := xhtml.Parse(r)
	if err != nil {
		return Page{}, fmt.Errorf("read page: %w", err)
	}
	var base *url.URL
	if pageURL != "" {
		if base, err = url.Parse(pageURL); err != nil {
			return Page{}, fmt.Errorf("read page: url %q: %w", pageURL, err)
		}
	}
	meta := scanMeta(doc)
	p := readability.NewParser()
	p.MaxElemsToParse = maxElements
	art, err := p.ParseAndMutate(doc, base)
	if err != nil {
		return Page{}, fmt.Errorf("read page: %w", err)
	}
	if art.Node == nil {
		return Page{}, fmt.Errorf("read page: %w", ErrNoArticle)
	}
	text := Text(art.Node)
	n := utf8.RuneCountInString(text)
	if n < MinChars {
		return Page{}, fmt.Errorf("read page: %w: %d characters of text, fewer than %d", ErrNoArticle, n, MinChars)
	}
	if links := linkChars(art.Node); float64(links) > maxLinkShare*float64(n) {
		return Page{}, fmt.Errorf("read page: %w: %d of its %d characters are links (an index page?)", ErrNoArticle, links, n)
	}
	page := Page{
		Text:     text,
		Title:    clean(art.Title()),
		Byline:   byline(art.Byline()),
		SiteName: clean(art.SiteName()),
		URL:      absolute(base, meta.canonical),
		Language: primaryTag(strings.TrimSpace(meta.lang)),
	}
	if page.URL == "" && base != nil {
		page.URL = base.String()
	}
	if t, err := art.PublishedTime(); err == nil {
		page.Date = t.Format(time.DateOnly)
	} else if meta.date != "" {
		page.Date = meta.date
	}
	if page.Language == "" {
		page.Language = primaryTag(art.Language())
	}
	return page, nil
}

// Text renders HTML as plain text the way a browser's innerText does:
// blocks separated by blank lines, runs of white space collapsed, hidden
// elements, scripts and styles left out. The result is trimmed and has no
// carriage returns.
func Text(n *xhtml.Node) string {
	s := render.InnerText(n)
	s = strings.ReplaceAll(s, "\r", "")
	s = strings.Map(func(r rune) rune {
		if r == '\u00a0' {
			return ' '
		}
		return r
	}, s)
	// trim each line's spaces: they are layout, and a line of spaces
	// would hide a paragraph break from the text parser
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(l)
	}
	s = strings.Join(lines, "\n")
	for strings.Contains(s, "\n\n\n") {
		s = strings.ReplaceAll(s, "\n\n\n", "\n\n")
	}
	return strings.TrimSpace(s)
}

// FragmentText renders an HTML fragment (a feed item's content, an export's
// body) as Text does. A fragment without markup is returned trimmed.
func FragmentText(fragment string) (string, error) {
	if !strings.ContainsRune(fragment, '<') {
		return strings.TrimSpace(xhtml.UnescapeString(fragment)), nil
	}
	ctx := &xhtml.Node{Type: xhtml.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := xhtml.ParseFragment(strings.NewReader(fragment), ctx)
	if err != nil {
		return "", fmt.Errorf("html fragment: %w", err)
	}
	root := &xhtml.Node{Type: xhtml.ElementNode, Data: "div"}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	return Text(root), nil
}

// LooksLikeHTML reports whether raw starts (after white space and a byte
// order mark) with a doctype, a comment, or an html, head or body tag.
func LooksLikeHTML(raw []byte) bool { return looksLikeHTML(raw) }

func looksLikeHTML(raw []byte) bool {
	head := raw
	if len(head) > 1024 {
		head = head[:1024]
	}
	head = bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF"))
	head = bytes.TrimLeftFunc(head, unicode.IsSpace)
	lower := bytes.ToLower(head)
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<!--", "<meta", "<title"} {
		if bytes.HasPrefix(lower, []byte(p)) {
			return true
		}
	}
	return false
}

// meta is what Read takes from the page itself rather than from
// readability: the canonical URL, the language, and a date from a <time>
// element when no metadata gives one.
type meta struct {
	canonical string
	lang      string
	date      string
}

func scanMeta(doc *xhtml.Node) meta {
	var m meta
	var ogURL string
	var walk func(n *xhtml.Node)
	walk = func(n *xhtml.Node) {
		if n.Type == xhtml.ElementNode {
			switch n.Data {
			case "html":
				if m.lang == "" {
					m.lang = attr(n, "lang")
				}
			case "link":
				if m.canonical == "" && strings.EqualFold(strings.TrimSpace(attr(n, "rel")), "canonical") {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case "meta":
				if ogURL == "" && attr(n, "property") == "og:url" {
					ogURL = strings.TrimSpace(attr(n, "content"))
				}
			case "time":
				if m.date == "" {
					if t, err := parseDate(attr(n, "datetime")); err == nil {
						m.date = t
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if m.canonical == "" {
		m.canonical = ogURL
	}
	return m
}

func attr(n *xhtml.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// parseDate reads the date of an ISO 8601 date or date-time.
func parseDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	if len(s) < 10 {
		return "", fmt.Errorf("date %q: too short", s)
	}
	t, err := time.Parse(time.DateOnly, s[:10])
	if err != nil {
		return "", fmt.Errorf("date %q: %w", s, err)
	}
	return t.Format(time.DateOnly), nil
}

// absolute resolves ref against base; "" when ref is empty or not an
// http(s) URL.
func absolute(base *url.URL, ref string) string {
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	u.Fragment = ""
	return u.String()
}

// linkChars counts the characters of link text in n.
func linkChars(n *xhtml.Node) int {
	if n.Type == xhtml.ElementNode && n.Data == "a" {
		return utf8.RuneCountInString(strings.Join(strings.Fields(render.InnerText(n)), " "))
	}
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		total += linkChars(c)
	}
	return total
}

// clean collapses white space.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

// byline drops a leading "By" from an author line.
func byline(s string) string {
	s = clean(s)
	if len(s) > 3 && strings.EqualFold(s[:3], "by ") {
		s = s[3:]
	}
	return s
}

// primaryTag returns the language subtag of a BCP 47 tag, lower-cased:
// "en-GB" → "en".
func primaryTag(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) < 2 || len(tag) > 3 {
		return ""
	}
	for _, c := range tag {
		if c < 'a' || c > 'z' {
			return ""
		}
	}
	return tag
}
