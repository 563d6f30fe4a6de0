package feed

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var parseTests = []struct {
	file    string
	wantErr error
	format  string
	title   string
	items   []Item // Content and Summary are compared by their start
}{
	{file: "rss.xml", format: "rss", title: "Bay Courier – World", items: []Item{
		{Title: "Finland, Kenya take first steps on grain corridor", Link: "https://baycourier.example/world/grain-corridor", ID: "bc-10231",
			Date: "Tue, 04 Mar 2031 12:00:00 +0000", Author: "Wire staff", Content: "<p>Finland's Foreign Minister", Summary: "Foreign ministers met in Geneva.\u00a0Read more."},
		{Title: "Porto opens footbridge over the Douro", Link: "https://baycourier.example/europe/porto-footbridge", ID: "https://baycourier.example/europe/porto-footbridge",
			Date: "Sun, 09 Mar 2031 18:30:00 +0000", Author: "Ines Moura", Summary: "The city's mayor"},
		{Title: "An item with nothing to read", ID: "bc-empty", Summary: "Short."},
	}},
	{file: "atom.xml", format: "atom", title: "Northern Ledger", items: []Item{
		{Title: "Porto opens footbridge over the Douro", Link: "https://northernledger.example/2031/03/porto-bridge", ID: "tag:northernledger.example,2031:bridge",
			Date: "2031-03-09T19:00:00+01:00", Author: "Ines Moura, Karl Brandt", Content: `<div xmlns="http://www.w3.org/1999/xhtml"><p>The mayor of Porto`},
		{Title: "Finland & Kenya agree grain corridor steps", Link: "https://northernledger.example/2031/03/grain", ID: "tag:northernledger.example,2031:grain",
			Date: "2031-03-04T13:00:00Z", Content: "<p>Finland's Foreign Minister"},
		{Title: "Summary only", Link: "https://northernledger.example/2031/03/summary-only", ID: "tag:northernledger.example,2031:summary",
			Date: "2031-03-05T13:00:00Z", Summary: "Read the full story"},
	}},
	{file: "malformed.xml", wantErr: ErrMalformed},
	{file: "not-a-feed.xml", wantErr: ErrNotFeed},
}

func TestParse(t *testing.T) {
	for _, tt := range parseTests {
		t.Run(tt.file, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			f, err := Parse(raw)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("Parse(%s) error = %v, want %v", tt.file, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse(%s): %v", tt.file, err)
			}
			if !LooksLikeFeed(raw) {
				t.Errorf("LooksLikeFeed(%s) = false", tt.file)
			}
			if f.Format != tt.format || f.Title != tt.title {
				t.Errorf("Parse(%s) = format %q title %q, want %q %q", tt.file, f.Format, f.Title, tt.format, tt.title)
			}
			if len(f.Items) != len(tt.items) {
				t.Fatalf("Parse(%s): %d items, want %d", tt.file, len(f.Items), len(tt.items))
			}
			for i, want := range tt.items {
				got := f.Items[i]
				for _, c := range []struct{ name, got, want string }{{"content", got.Content, want.Content}, {"summary", got.Summary, want.Summary}} {
					if !strings.HasPrefix(c.got, c.want) || (c.want == "") != (c.got == "") {
						t.Errorf("%s item %d: %s %.60q, want it to start with %q", tt.file, i, c.name, c.got, c.want)
					}
				}
				got.Content, got.Summary, want.Content, want.Summary = "", "", "", ""
				if got != want {
					t.Errorf("%s item %d:\n got %+v\nwant %+v", tt.file, i, got, want)
				}
			}
		})
	}
}

func TestLooksLikeFeed(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{`<?xml version="1.0"?><rss version="2.0">`, true},
		{"\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", true},
		{`<?xml version="1.0"?><rdf:RDF>`, true},
		{`<!DOCTYPE html><html><body>feed</body></html>`, false},
		{`{"text": "<feed>"}`, false},
	}
	for _, tt := range tests {
		if got := LooksLikeFeed([]byte(tt.in)); got != tt.want {
			t.Errorf("LooksLikeFeed(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// FuzzParse feeds the fixture feeds, and mutations of them, to Parse: it
// must not panic, and an accepted feed has a format and trimmed fields.
func FuzzParse(f *testing.F) {
	for _, tt := range parseTests {
		raw, err := os.ReadFile(filepath.Join("testdata", tt.file))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		fd, err := Parse(raw)
		if err != nil {
			if !errors.Is(err, ErrMalformed) && !errors.Is(err, ErrNotFeed) {
				t.Fatalf("Parse error %v wraps neither ErrMalformed nor ErrNotFeed", err)
			}
			return
		}
		if fd.Format != "rss" && fd.Format != "atom" {
			t.Fatalf("format %q", fd.Format)
		}
		for _, it := range fd.Items {
			for _, s := range []string{it.Title, it.Link, it.ID, it.Date, it.Author, it.Content, it.Summary} {
				if s != strings.TrimSpace(s) {
					t.Fatalf("untrimmed field %q", s)
				}
			}
		}
	})
}
