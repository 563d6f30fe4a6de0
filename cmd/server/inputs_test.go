package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// newsSite serves invented pages and a feed on a local server, as a news
// site would: robots.txt, two articles, an RSS feed whose second item has
// only a summary (its page is fetched), and a page behind a paywall.
func newsSite(t *testing.T) *httptest.Server {
	t.Helper()
	page := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join("..", "..", "loader", "html", "testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /admin/\n")
		case "/world/grain":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(page("news-article.html"))
		case "/business/strike":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(page("jsonld-article.html"))
		case "/paywalled":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(page("paywall.html"))
		case "/slow":
			select {
			case <-time.After(10 * time.Second):
			case <-r.Context().Done():
			}
		case "/loop":
			http.Redirect(w, r, "/loop", http.StatusFound)
		case "/huge": // 5 GB, streamed until the client stops reading
			w.Header().Set("Content-Type", "text/html")
			chunk := bytes.Repeat([]byte("<p>x</p>"), 8<<10)
			for range 80000 {
				if _, err := w.Write(chunk); err != nil {
					return
				}
			}
		case "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Local Desk</title>
<item><title>Dock strike</title><link>%[1]s/business/strike</link><pubDate>Mon, 12 May 2031 06:00:00 GMT</pubDate><description>Workers walked out.</description></item>
<item><title>Closed</title><link>%[1]s/admin/draft</link><description>Not for robots.</description></item>
</channel></rss>`, srv.URL)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestLoadURLsFeedsAndLists(t *testing.T) {
	site := newsSite(t)
	list := filepath.Join(t.TempDir(), "urls.txt")
	if err := os.WriteFile(list, []byte("# pages\n"+site.URL+"/paywalled\n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := graphDB(t)
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"load", "-db", db, "-allow-private", "-per-host", "1ms", "-urls", list,
		site.URL + "/world/grain", site.URL + "/feed.xml"}, &stdout, &stderr)
	// the paywalled page and the disallowed feed item fail; the rest loads
	if err == nil || !strings.Contains(err.Error(), "2 of 4 articles failed") {
		t.Errorf("load: %v, want 2 of 4 failed\n%s", err, stderr.String())
	}
	if !strings.Contains(stdout.String(), "loaded 2 articles") {
		t.Errorf("stdout %q, want 2 articles loaded", stdout.String())
	}
	for _, want := range []string{"no article body", "disallowed by robots.txt"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
		}
	}

	// without -allow-private, a local address is refused
	stdout.Reset()
	stderr.Reset()
	err = run(context.Background(), []string{"load", "-db", graphDB(t), site.URL + "/world/grain"}, &stdout, &stderr)
	if err == nil || !strings.Contains(stderr.String(), "address not allowed") {
		t.Errorf("load of a loopback URL without -allow-private: %v\n%s", err, stderr.String())
	}
}

// TestLoadReportsBadURLs: a page that times out, a redirect loop and a
// 5 GB page each fail with their own error, and the good page loads.
func TestLoadReportsBadURLs(t *testing.T) {
	site := newsSite(t)
	list := filepath.Join(t.TempDir(), "urls.txt")
	urls := []string{site.URL + "/slow", site.URL + "/loop", site.URL + "/huge", site.URL + "/world/grain"}
	if err := os.WriteFile(list, []byte(strings.Join(urls, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	start := time.Now()
	err := run(context.Background(), []string{"load", "-db", graphDB(t), "-allow-private", "-per-host", "1ms",
		"-fetch-timeout", "500ms", "-fetch-max-bytes", "1000000", "-urls", list}, &stdout, &stderr)
	if err == nil || !strings.Contains(err.Error(), "3 of 4 articles failed") || !strings.Contains(stdout.String(), "loaded 1 articles") {
		t.Errorf("load: %v, stdout %q, want 1 loaded and 3 of 4 failed", err, stdout.String())
	}
	for _, want := range []string{site.URL + "/slow: timed out", "/loop: too many redirects", site.URL + "/huge: response too large"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
		}
	}
	if d := time.Since(start); d > 8*time.Second {
		t.Errorf("load took %v", d)
	}
}

// gql posts query with the bearer token and decodes the answer's data.
func gql(t *testing.T, base, token, query string, vars map[string]any, data any) []string {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct {
		Data   json.RawMessage
		Errors []struct{ Message string }
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatal(err)
	}
	var msgs []string
	for _, e := range out.Errors {
		msgs = append(msgs, e.Message)
	}
	if data != nil && len(out.Data) > 0 && string(out.Data) != "null" {
		if err := json.Unmarshal(out.Data, data); err != nil {
			t.Fatal(err)
		}
	}
	return msgs
}

func TestIngestURLAndHTML(t *testing.T) {
	site := newsSite(t)
	const token = "a-token-from-a-file-0123456789"
	tokenFile := filepath.Join(t.TempDir(), "token")
	if err := os.WriteFile(tokenFile, []byte(token), 0o600); err != nil {
		t.Fatal(err)
	}
	base := startServe(t, "-db", graphDB(t), "-token-file", tokenFile, "-allow-private", "-per-host", "1ms")
	const ingest = `mutation($in: IngestArticleInput!) { ingestArticle(input: $in) { facts article { id url outlet byline date story language } } }`
	type result struct {
		IngestArticle struct {
			Facts   int
			Article struct{ ID, URL, Outlet, Byline, Date, Story, Language string }
		}
	}
	var byURL result
	if errs := gql(t, base, token, ingest, map[string]any{"in": map[string]any{"url": site.URL + "/world/grain"}}, &byURL); len(errs) > 0 {
		t.Fatalf("ingestArticle(url): %v", errs)
	}
	a := byURL.IngestArticle.Article
	if a.ID != site.URL+"/world/grain" || a.Outlet != "Harbor Post" || a.Byline != "Mara Quill" || a.Date != "2031-03-04" || a.Language != "en" ||
		a.URL != "https://www.harborpost.example/world/2031/03/04/finland-kenya-grain-corridor" || a.Story != a.ID || byURL.IngestArticle.Facts == 0 {
		t.Errorf("ingestArticle(url) = %+v", byURL.IngestArticle)
	}

	// the same wire story from another outlet, handed in as HTML
	other := strings.NewReplacer("Harbor Post", "Valley Times", "Mara Quill", "Pia Lund",
		"www.harborpost.example/world/2031/03/04/finland-kenya-grain-corridor", "valleytimes.example/grain").Replace(string(mustRead(t, "news-article.html")))
	var byHTML result
	if errs := gql(t, base, token, ingest, map[string]any{"in": map[string]any{"html": other}}, &byHTML); len(errs) > 0 {
		t.Fatalf("ingestArticle(html): %v", errs)
	}
	if b := byHTML.IngestArticle.Article; b.ID != "https://valleytimes.example/grain" || b.Outlet != "Valley Times" || b.Story != a.ID {
		t.Errorf("ingestArticle(html) = %+v, want the Valley Times copy in story %s", b, a.ID)
	}

	var rels struct {
		Relations struct {
			Edges []struct {
				Node struct {
					ArticleCount, StoryCount, OutletCount int
					Evidence                              []struct{ Outlet, URL string }
				}
			}
		}
	}
	if errs := gql(t, base, token, `{ relations(filter: {article: "https://valleytimes.example/grain"}) { edges { node { articleCount storyCount outletCount evidence { outlet url } } } } }`, nil, &rels); len(errs) > 0 {
		t.Fatal(errs)
	}
	twice := 0
	for _, e := range rels.Relations.Edges {
		n := e.Node
		if n.ArticleCount == 2 {
			twice++
			if n.StoryCount != 1 || n.OutletCount != 2 {
				t.Errorf("a fact of both copies: %d articles, %d stories, %d outlets; want 2, 1, 2", n.ArticleCount, n.StoryCount, n.OutletCount)
			}
			outlets := n.Evidence[0].Outlet + "," + n.Evidence[1].Outlet
			if outlets != "Harbor Post,Valley Times" && outlets != "Valley Times,Harbor Post" {
				t.Errorf("evidence outlets %q", outlets)
			}
		}
	}
	if twice == 0 {
		t.Errorf("no relation stated by both copies among %d", len(rels.Relations.Edges))
	}
	// both copies are one story: no fact is stated by two stories
	var two struct {
		Relations struct{ TotalCount int }
	}
	if errs := gql(t, base, token, `{ relations(filter: {minStories: 2}) { totalCount } }`, nil, &two); len(errs) > 0 || two.Relations.TotalCount != 0 {
		t.Errorf("relations(minStories: 2) = %d, %v; want none", two.Relations.TotalCount, errs)
	}

	// refusals are the client's errors, and name the cause
	for _, tt := range []struct {
		in   map[string]any
		want string
	}{
		{map[string]any{"url": site.URL + "/paywalled"}, "no article body"},
		{map[string]any{"url": site.URL + "/feed.xml"}, "a feed, not a page"},
		{map[string]any{"html": string(mustRead(t, "german.html"))}, "not English"},
		{map[string]any{"text": "x", "url": site.URL}, "exactly one of text, html and url"},
	} {
		errs := gql(t, base, token, ingest, map[string]any{"in": tt.in}, nil)
		if len(errs) == 0 || !strings.Contains(errs[0], tt.want) {
			t.Errorf("ingestArticle(%v): %v, want an error about %q", tt.in, errs, tt.want)
		}
	}

	// a server without -allow-private refuses a URL on this machine
	closed := startServe(t, "-db", graphDB(t), "-token-file", tokenFile)
	errs := gql(t, closed, token, ingest, map[string]any{"in": map[string]any{"url": site.URL + "/world/grain"}}, nil)
	if len(errs) == 0 || !strings.Contains(errs[0], "address not allowed") {
		t.Errorf("ingestArticle(url) of a loopback address without -allow-private: %v", errs)
	}
}

func mustRead(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "loader", "html", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}
