// Package feed reads RSS 2.0 and Atom feeds into their items: title, link,
// id, date, author, and the full content or the summary each gives. It is
// encoding/xml over the two formats (no feed parser release is approved
// on the module proxy); RSS 1.0 (RDF) items are read as RSS 2.0 ones.
package feed

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"html"
	"io"
	"strings"

	"golang.org/x/net/html/charset"
)

// Errors of Parse; test with errors.Is.
var (
	// ErrNotFeed marks well-formed XML (or other input) that is neither
	// RSS nor Atom.
	ErrNotFeed = errors.New("not an RSS or Atom feed")
	// ErrMalformed marks a feed whose XML cannot be read.
	ErrMalformed = errors.New("malformed feed XML")
)

// Feed is a feed's title and items, in the feed's order.
type Feed struct {
	Format string // "rss" or "atom"
	Title  string // the channel's title: usually the outlet
	Link   string // the site's home page
	Items  []Item
}

// Item is one entry of a feed.
type Item struct {
	Title   string
	Link    string // the article's page
	ID      string // guid or atom:id
	Date    string // as written: pubDate, published, updated or dc:date
	Author  string // author, dc:creator or atom:author/name, comma-separated
	Content string // full content (content:encoded, atom:content): HTML or text
	Summary string // description or atom:summary: HTML or text
}

// Parse reads an RSS 2.0, RSS 1.0 or Atom feed. The character set is the
// XML declaration's; HTML entities (&nbsp;) that feeds use without
// declaring are accepted.
func Parse(raw []byte) (Feed, error) {
	d := xml.NewDecoder(bytes.NewReader(raw))
	d.CharsetReader = charset.NewReaderLabel
	d.Entity = xml.HTMLEntity
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return Feed{}, fmt.Errorf("feed: %w: no root element", ErrNotFeed)
		}
		if err != nil {
			return Feed{}, fmt.Errorf("feed: %w: %v", ErrMalformed, err)
		}
		start, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		var f Feed
		switch strings.ToLower(start.Name.Local) {
		case "rss", "rdf":
			f, err = decodeRSS(d, start)
		case "feed":
			f, err = decodeAtom(d, start)
		default:
			return Feed{}, fmt.Errorf("feed: %w: the root element is <%s>", ErrNotFeed, start.Name.Local)
		}
		if err != nil {
			line, _ := d.InputPos()
			return Feed{}, fmt.Errorf("feed: %w: line %d: %v", ErrMalformed, line, err)
		}
		return f, nil
	}
}

// LooksLikeFeed reports whether raw starts (after an XML declaration,
// comments and white space) with an <rss>, <rdf:RDF> or <feed> element.
func LooksLikeFeed(raw []byte) bool {
	head := raw
	if len(head) > 2048 {
		head = head[:2048]
	}
	head = bytes.ToLower(head)
	for _, root := range []string{"<rss", "<rdf:rdf", "<feed"} {
		if i := bytes.Index(head, []byte(root)); i >= 0 {
			before := bytes.TrimSpace(head[:i])
			if len(before) == 0 || bytes.HasPrefix(before, []byte("<?xml")) || bytes.HasPrefix(before, []byte("\xef\xbb\xbf")) || bytes.HasPrefix(before, []byte("<!--")) {
				return true
			}
		}
	}
	return false
}

type rssDoc struct {
	Channel struct {
		Title string    `xml:"title"`
		Link  string    `xml:"link"`
		Items []rssItem `xml:"item"`
	} `xml:"channel"`
	Items []rssItem `xml:"item"` // RSS 1.0 puts items beside the channel
}

type rssItem struct {
	Title       string   `xml:"title"`
	Link        string   `xml:"link"`
	GUID        string   `xml:"guid"`
	PubDate     string   `xml:"pubDate"`
	Date        string   `xml:"date"` // dc:date
	Author      string   `xml:"author"`
	Creators    []string `xml:"creator"` // dc:creator
	Description string   `xml:"description"`
	Encoded     string   `xml:"encoded"` // content:encoded
}

func decodeRSS(d *xml.Decoder, start xml.StartElement) (Feed, error) {
	var doc rssDoc
	if err := d.DecodeElement(&doc, &start); err != nil {
		return Feed{}, err
	}
	f := Feed{Format: "rss", Title: clean(doc.Channel.Title), Link: strings.TrimSpace(doc.Channel.Link)}
	for _, it := range append(doc.Channel.Items, doc.Items...) {
		author := strings.Join(trimAll(it.Creators), ", ")
		if author == "" {
			author = rssAuthor(it.Author)
		}
		f.Items = append(f.Items, Item{
			Title:   clean(it.Title),
			Link:    strings.TrimSpace(it.Link),
			ID:      strings.TrimSpace(it.GUID),
			Date:    strings.TrimSpace(first(it.PubDate, it.Date)),
			Author:  author,
			Content: strings.TrimSpace(it.Encoded),
			Summary: strings.TrimSpace(it.Description),
		})
	}
	return f, nil
}

// rssAuthor turns RSS's "email (Name)" into the name.
func rssAuthor(s string) string {
	s = strings.TrimSpace(s)
	if i, j := strings.IndexByte(s, '('), strings.LastIndexByte(s, ')'); i >= 0 && j > i {
		return strings.TrimSpace(s[i+1 : j])
	}
	return s
}

type atomDoc struct {
	Title   atomText    `xml:"title"`
	Links   []atomLink  `xml:"link"`
	Entries []atomEntry `xml:"entry"`
}

type atomEntry struct {
	Title     atomText   `xml:"title"`
	Links     []atomLink `xml:"link"`
	ID        string     `xml:"id"`
	Published string     `xml:"published"`
	Updated   string     `xml:"updated"`
	Authors   []struct {
		Name string `xml:"name"`
	} `xml:"author"`
	Content atomText `xml:"content"`
	Summary atomText `xml:"summary"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
	Type string `xml:"type,attr"`
}

// atomText is a text construct: text, escaped html, or inline xhtml (kept
// as its markup).
type atomText struct {
	Type  string `xml:"type,attr"`
	Text  string `xml:",chardata"`
	Inner string `xml:",innerxml"`
}

// plain returns the text construct as plain text: escaped HTML is
// unescaped (a title's markup is rare and kept).
func (t atomText) plain() string {
	if t.Type == "html" {
		return html.UnescapeString(t.value())
	}
	return t.value()
}

func (t atomText) value() string {
	if t.Type == "xhtml" {
		return strings.TrimSpace(t.Inner)
	}
	return strings.TrimSpace(t.Text)
}

func decodeAtom(d *xml.Decoder, start xml.StartElement) (Feed, error) {
	var doc atomDoc
	if err := d.DecodeElement(&doc, &start); err != nil {
		return Feed{}, err
	}
	f := Feed{Format: "atom", Title: clean(doc.Title.plain()), Link: alternate(doc.Links)}
	for _, e := range doc.Entries {
		var names []string
		for _, a := range e.Authors {
			names = append(names, a.Name)
		}
		f.Items = append(f.Items, Item{
			Title:   clean(e.Title.plain()),
			Link:    alternate(e.Links),
			ID:      strings.TrimSpace(e.ID),
			Date:    strings.TrimSpace(first(e.Published, e.Updated)),
			Author:  strings.Join(trimAll(names), ", "),
			Content: e.Content.value(),
			Summary: e.Summary.value(),
		})
	}
	return f, nil
}

// alternate returns the href of the rel="alternate" link (a link without
// rel is one), preferring an HTML one.
func alternate(links []atomLink) string {
	best := ""
	for _, l := range links {
		if l.Rel != "" && l.Rel != "alternate" {
			continue
		}
		if l.Type == "" || strings.Contains(l.Type, "html") {
			return strings.TrimSpace(l.Href)
		}
		if best == "" {
			best = strings.TrimSpace(l.Href)
		}
	}
	return best
}

func first(vs ...string) string {
	for _, v := range vs {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}

func trimAll(vs []string) []string {
	var out []string
	for _, v := range vs {
		if v = clean(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

func clean(s string) string { return strings.Join(strings.Fields(s), " ") }
