// Package web serves actorgraph's browser front ends from assets that
// web/build.mjs builds into web/dist and that are embedded at compile time:
// GraphiQL at / and /graphiql, the network explorer at /explore, and their
// static files at /assets/. Nothing is loaded from a CDN. When the assets
// have not been built (a fresh clone before `make web`), the pages say so.
package web

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"net/http/httptest"
	"path"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql/playground"
)

//go:embed all:dist
var dist embed.FS

// The files build.mjs copies from npm into dist/assets/vendor/.
const (
	graphiqlJS  = "assets/vendor/graphiql.min.js"
	graphiqlCSS = "assets/vendor/graphiql.min.css"
	reactJS     = "assets/vendor/react.production.min.js"
	reactDOMJS  = "assets/vendor/react-dom.production.min.js"
	examplesJS  = "assets/graphiql-examples.js"
	explorePage = "explore.html"
)

// Mount registers the front ends on mux; endpoint is the GraphQL path
// ("/graphql").
func Mount(mux *http.ServeMux, endpoint string) {
	mountFS(mux, endpoint, mustSub(dist, "dist"))
}

func mountFS(mux *http.ServeMux, endpoint string, files fs.FS) {
	graphiql := graphiqlHandler(endpoint, files)
	mux.Handle("GET /{$}", graphiql)
	mux.Handle("GET /graphiql", graphiql)
	mux.Handle("GET /explore", pageHandler(files, explorePage, "The explorer"))
	mux.Handle("GET /assets/", assetHandler(files))
}

func mustSub(f fs.FS, dir string) fs.FS {
	sub, err := fs.Sub(f, dir)
	if err != nil {
		panic(err)
	}
	return sub
}

// sri is a file's Subresource Integrity hash.
func sri(b []byte) string {
	sum := sha256.Sum256(b)
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

// graphiqlHandler renders gqlgen's GraphiQL page once, pointed at the
// embedded copies of graphiql, react and react-dom, with the script that
// preloads the example queries added to its head.
func graphiqlHandler(endpoint string, files fs.FS) http.Handler {
	var content [4][]byte
	for i, name := range []string{graphiqlJS, graphiqlCSS, reactJS, reactDOMJS} {
		b, err := fs.ReadFile(files, name)
		if err != nil {
			return notBuilt("GraphiQL")
		}
		content[i] = b
	}
	h := playground.Handler("actorgraph", endpoint,
		playground.WithGraphiqlVersion("/"+graphiqlJS, "/"+graphiqlCSS, sri(content[0]), sri(content[1])),
		playground.WithGraphiqlReactVersion("/"+reactJS, "/"+reactDOMJS, sri(content[2]), sri(content[3])),
	)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	page := rec.Body.Bytes()
	if examples, err := fs.ReadFile(files, examplesJS); err == nil {
		tag := fmt.Sprintf(`<script src="/%s" integrity="%s"></script>`+"\n  </head>", examplesJS, sri(examples))
		page = bytes.Replace(page, []byte("</head>"), []byte(tag), 1)
	}
	return staticPage(page)
}

func pageHandler(files fs.FS, name, what string) http.Handler {
	b, err := fs.ReadFile(files, name)
	if err != nil {
		return notBuilt(what)
	}
	return staticPage(b)
}

func staticPage(b []byte) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(b))
	})
}

// notBuilt is the page served in place of a front end whose assets are
// missing from the binary. It answers 200 so that the GraphQL endpoint's
// own checks pass on a fresh clone.
func notBuilt(what string) http.Handler {
	page := fmt.Sprintf(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>actorgraph: run make web</title></head>
<body style="font:16px/1.5 system-ui,sans-serif;max-width:40em;margin:3em auto">
<h1>Run <code>make web</code></h1>
<p>%s is not in this binary: its assets (graphiql, react and cytoscape
from npm, and the explorer's code) are built by <code>make web</code> into
<code>web/dist</code> and embedded when the server is compiled. Run <code>make web</code> (or <code>make run</code>),
then rebuild the server.</p>
<p>The GraphQL API itself works: POST queries to <a href="/graphql">/graphql</a>.</p>
</body></html>
`, what)
	return staticPage([]byte(page))
}

// assetHandler serves dist/assets with an ETag from the content, so that
// browsers revalidate cheaply.
func assetHandler(files fs.FS) http.Handler {
	type asset struct {
		body  []byte
		etag  string
		ctype string
	}
	assets := map[string]asset{}
	fs.WalkDir(files, "assets", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		b, err := fs.ReadFile(files, p)
		if err != nil {
			return nil
		}
		sum := sha256.Sum256(b)
		ctype := mime.TypeByExtension(path.Ext(p))
		if ctype == "" {
			ctype = "application/octet-stream"
		}
		if strings.HasPrefix(ctype, "text/") && !strings.Contains(ctype, "charset") {
			ctype += "; charset=utf-8"
		}
		assets["/"+p] = asset{b, `"` + hex.EncodeToString(sum[:12]) + `"`, ctype}
		return nil
	})
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		a, ok := assets[r.URL.Path]
		if !ok {
			http.Error(w, "not found (run make web to build the front-end assets)", http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", a.ctype)
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("ETag", a.etag)
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(a.body))
	})
}
