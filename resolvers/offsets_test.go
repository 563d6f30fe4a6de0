package resolvers_test

import (
	"cmp"
	"context"
	"encoding/json"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/httpapi"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/loader/html"
)

// offsetReport is an invented report with a dateline, a quote, a title
// and a non-ASCII name, so that rune and byte offsets differ.
const offsetReport = `GENEVA (Wire) — Swedish Foreign Minister Åsa Lindqvist met Kremlin spokeswoman Ilse Varga on Tuesday.
"We are ready to return to the table," Lindqvist told reporters in Geneva.
Varga said the talks would resume next week in Oslo.`

// offsetPage is offsetReport as a news site's page.
const offsetPage = `<!doctype html><html lang="en"><head><title>Talks in Geneva</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Talks in Geneva</h1>
<p>GENEVA (Wire) — Swedish Foreign Minister Åsa Lindqvist met Kremlin spokeswoman Ilse Varga on Tuesday.</p>
<p>“We are ready to return to the table,” Lindqvist told reporters in Geneva.</p>
<p>Varga said the talks would resume next week in Oslo.</p></article>
<footer>© Wire</footer></body></html>`

// TestEvidenceOffsetsIndexTheTextAsSent checks, for every way an article
// gets into the graph, that each piece of evidence the API returns is the
// text the client sent (the file, or ingestArticle's text) cut at the
// evidence's start and end, in Unicode code points.
func TestEvidenceOffsetsIndexTheTextAsSent(t *testing.T) {
	type ingest struct{ text, html, title, date, source string }
	tests := []struct {
		name string
		file string // a file loaded as serve -articles does; else ingest
		ext  string // the file's extension; .txt when empty
		in   ingest
	}{
		{name: "file", file: offsetReport},
		{name: "file with a date header", file: " date 2031-04-08\n" + offsetReport},
		{name: "ingestArticle", in: ingest{text: offsetReport}},
		{name: "ingestArticle with date", in: ingest{text: offsetReport, date: "2031-04-08"}},
		{name: "ingestArticle with date, title and source", in: ingest{text: offsetReport, title: "Talks", date: "2031-04-08", source: "https://news.example/1"}},
		{name: "ingestArticle with a date header of its own", in: ingest{text: " date 2031-04-08\n" + offsetReport}},
		{name: "ingestArticle with CRLF line ends", in: ingest{text: strings.ReplaceAll(offsetReport, "\n", "\r\n"), date: "2031-04-08"}},
		{name: "file with a byte order mark", file: "\uFEFF" + offsetReport},
		// a page's offsets index the article text read out of it
		{name: "ingestArticle with html", in: ingest{html: offsetPage, date: "2031-04-08"}},
		{name: "an .html file", file: offsetPage, ext: ".html"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			store, err := graph.Open(ctx, graph.Memory)
			if err != nil {
				t.Fatal(err)
			}
			defer store.Close()
			srv := httptest.NewServer(httpapi.NewMux(store, httpapi.Options{Ingester: testIngester{store}}))
			defer srv.Close()

			sent := tt.file
			if tt.file != "" {
				ext := cmp.Or(tt.ext, ".txt")
				path := filepath.Join(t.TempDir(), "report"+ext)
				if ext == ".html" {
					p, err := html.Read([]byte(tt.file), "", "")
					if err != nil {
						t.Fatal(err)
					}
					sent = p.Text
				}
				if err := os.WriteFile(path, []byte(tt.file), 0o644); err != nil {
					t.Fatal(err)
				}
				// as serve -articles and load read files
				docs, err := loader.Expand(ctx, []string{path}, loader.ExpandOptions{})
				if err != nil {
					t.Fatal(err)
				}
				if _, err := loader.LoadDocs(ctx, store, docs, loader.Options{Report: func(r loader.Result) {
					if r.Err != nil {
						t.Errorf("load: %v", r.Err)
					}
				}}); err != nil {
					t.Fatal(err)
				}
			} else {
				sent = tt.in.text
				in := map[string]any{}
				if tt.in.html != "" {
					p, err := html.Read([]byte(tt.in.html), "", "")
					if err != nil {
						t.Fatal(err)
					}
					sent = p.Text
				}
				for k, v := range map[string]string{"text": tt.in.text, "html": tt.in.html, "title": tt.in.title, "date": tt.in.date, "source": tt.in.source} {
					if v != "" {
						in[k] = v
					}
				}
				if resp := do(t, srv, ingestMutation, map[string]any{"in": in}); len(resp.Errors) > 0 {
					t.Fatalf("ingest: %+v", resp.Errors)
				}
			}

			var data struct {
				Relations struct {
					Edges []struct {
						Node struct {
							Predicate string
							Evidence  []struct {
								Sentence   string
								Start, End int
							}
						}
					}
				}
			}
			resp := do(t, srv, `{ relations(first: 500) { edges { node { predicate evidence { sentence start end } } } } }`, nil)
			if len(resp.Errors) > 0 {
				t.Fatalf("relations: %+v", resp.Errors)
			}
			if err := json.Unmarshal(resp.Data, &data); err != nil {
				t.Fatal(err)
			}
			runes := []rune(sent)
			checked := 0
			for _, e := range data.Relations.Edges {
				for _, ev := range e.Node.Evidence {
					checked++
					if ev.Start < 0 || ev.End > len(runes) || ev.Start > ev.End {
						t.Errorf("%s: offsets [%d:%d] outside the text of %d characters", e.Node.Predicate, ev.Start, ev.End, len(runes))
						continue
					}
					if got := string(runes[ev.Start:ev.End]); got != ev.Sentence {
						t.Errorf("%s: text[%d:%d] = %q, want the sentence %q", e.Node.Predicate, ev.Start, ev.End, got, ev.Sentence)
					}
				}
			}
			if checked < 4 || !strings.Contains(string(resp.Data), "Lindqvist") {
				t.Errorf("only %d pieces of evidence checked: %s", checked, resp.Data)
			}
		})
	}
}
