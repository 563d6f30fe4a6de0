package web

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

func get(t *testing.T, mux *http.ServeMux, path string, header ...string) (*http.Response, string) {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, path, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, req)
	body, _ := io.ReadAll(rec.Result().Body)
	return rec.Result(), string(body)
}

func TestNotBuilt(t *testing.T) {
	mux := http.NewServeMux()
	mountFS(mux, "/graphql", fstest.MapFS{".gitkeep": {}})
	for _, path := range []string{"/", "/graphiql", "/explore"} {
		res, body := get(t, mux, path)
		if res.StatusCode != http.StatusOK || !strings.Contains(body, "make web") || !strings.Contains(body, "graphiql") {
			t.Errorf("GET %s = %d %q, want a page saying to run make web", path, res.StatusCode, body)
		}
		if ct := res.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
			t.Errorf("GET %s: Content-Type %q", path, ct)
		}
	}
	if res, _ := get(t, mux, "/assets/explore.js"); res.StatusCode != http.StatusNotFound {
		t.Errorf("GET /assets/explore.js = %d, want 404", res.StatusCode)
	}
}

func TestBuilt(t *testing.T) {
	files := fstest.MapFS{
		"explore.html":                              {Data: []byte("<!DOCTYPE html><title>explorer</title>")},
		"assets/explore.js":                         {Data: []byte("console.log(1)")},
		"assets/explore.css":                        {Data: []byte("body{}")},
		"assets/graphiql-examples.js":               {Data: []byte("/* examples */")},
		"assets/vendor/graphiql.min.js":             {Data: []byte("/* graphiql */")},
		"assets/vendor/graphiql.min.css":            {Data: []byte("/* graphiql css */")},
		"assets/vendor/react.production.min.js":     {Data: []byte("/* react */")},
		"assets/vendor/react-dom.production.min.js": {Data: []byte("/* react-dom */")},
	}
	mux := http.NewServeMux()
	mountFS(mux, "/graphql", files)

	res, page := get(t, mux, "/")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET / = %d", res.StatusCode)
	}
	for _, want := range []string{
		`src="/assets/vendor/graphiql.min.js"`,
		`src="/assets/vendor/react.production.min.js"`,
		`href="/assets/vendor/graphiql.min.css"`,
		`<script src="/assets/graphiql-examples.js" integrity="` + sri([]byte("/* examples */")) + `">`,
		strings.ReplaceAll(sri([]byte("/* graphiql */")), "+", "&#43;"),
	} {
		if !strings.Contains(page, want) {
			t.Errorf("GraphiQL page lacks %s:\n%s", want, page)
		}
	}
	if strings.Contains(page, "cdn.") || strings.Contains(page, "https://") {
		t.Errorf("GraphiQL page loads from elsewhere:\n%s", page)
	}
	if _, other := get(t, mux, "/graphiql"); other != page {
		t.Error("/graphiql differs from /")
	}
	if res, body := get(t, mux, "/explore"); res.StatusCode != http.StatusOK || !strings.Contains(body, "explorer") {
		t.Errorf("GET /explore = %d %q", res.StatusCode, body)
	}

	for path, ctype := range map[string]string{
		"/assets/explore.js":  "text/javascript; charset=utf-8",
		"/assets/explore.css": "text/css; charset=utf-8",
	} {
		res, _ := get(t, mux, path)
		if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != ctype || res.Header.Get("ETag") == "" {
			t.Errorf("GET %s = %d %q etag %q", path, res.StatusCode, res.Header.Get("Content-Type"), res.Header.Get("ETag"))
		}
		again, _ := get(t, mux, path, "If-None-Match", res.Header.Get("ETag"))
		if again.StatusCode != http.StatusNotModified {
			t.Errorf("GET %s with its ETag = %d, want 304", path, again.StatusCode)
		}
	}
	if res, _ := get(t, mux, "/assets/nothing.js"); res.StatusCode != http.StatusNotFound {
		t.Errorf("GET /assets/nothing.js = %d, want 404", res.StatusCode)
	}
	if res, _ := get(t, mux, "/explore/x"); res.StatusCode != http.StatusNotFound {
		t.Errorf("GET /explore/x = %d, want 404", res.StatusCode)
	}
}
