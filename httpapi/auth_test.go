package httpapi_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/httpapi"
	"github.com/actorgraph/actorgraph/resolvers"
)

const testToken = "s3cret-token-for-tests-0123456789"

// writableServer serves a fresh memory store that takes writes from
// clients with testToken, and visualizations from viz.example.
func writableServer(t *testing.T) (*httptest.Server, *graph.Store) {
	t.Helper()
	store, err := graph.Open(context.Background(), graph.Memory)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	srv := httptest.NewServer(httpapi.NewMux(store, httpapi.Options{
		Ingester:    testIngester{store},
		Token:       testToken,
		CORSOrigins: []string{"https://viz.example"},
		Timeout:     5 * time.Second,
	}))
	t.Cleanup(srv.Close)
	return srv, store
}

// send posts a GraphQL request with the given headers (name, value pairs).
func send(t *testing.T, srv *httptest.Server, q string, vars map[string]any, headers ...string) (*http.Response, gqlResponse) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": q, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out gqlResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatalf("%s: answer is not JSON: %v", q, err)
	}
	return resp, out
}

func code(r gqlResponse) any {
	if len(r.Errors) == 0 {
		return nil
	}
	return r.Errors[0].Extensions["code"]
}

// Every mutation of the schema, as a client would send it.
var mutations = []string{
	`mutation { ingestArticle(input: {text: "Norlandic spokeswoman Ilse Varga said talks would resume."}) { facts } }`,
	`mutation { deleteArticle(id: "nope") { removedQuads } }`,
	`mutation { rejectRelation(id: "edge:a|envoy_of|b", by: "desk") { id } }`,
	`mutation { confirmRelation(id: "edge:a|envoy_of|b", by: "desk") { id } }`,
	`mutation { restoreRelation(id: "edge:a|envoy_of|b", by: "desk") { id } }`,
	`mutation { mergeActors(keep: "A", merge: "B", by: "desk") { id } }`,
	`mutation { splitAlias(actor: "A", alias: "B", by: "desk") { id } }`,
	`mutation { undoReview(id: "review:x", by: "desk") { id } }`,
}

func TestMutationsNeedTheToken(t *testing.T) {
	srv, store := writableServer(t)
	for _, m := range mutations {
		for _, auth := range []string{"", "Bearer wrong-token-of-the-same-length-0", "Basic " + testToken, testToken, "Bearer " + testToken + "x"} {
			resp, out := send(t, srv, m, nil, "Authorization", auth)
			if resp.StatusCode != http.StatusUnauthorized || code(out) != httpapi.CodeUnauthenticated {
				t.Errorf("%.40s with Authorization %q: status %d, errors %+v; want 401 %s", m, auth, resp.StatusCode, out.Errors, httpapi.CodeUnauthenticated)
			}
			if resp.StatusCode == http.StatusUnauthorized && !strings.HasPrefix(resp.Header.Get("WWW-Authenticate"), "Bearer") {
				t.Errorf("%.40s: 401 without WWW-Authenticate: Bearer", m)
			}
		}
	}
	if arts, err := store.Articles(context.Background()); err != nil || len(arts) != 0 {
		t.Fatalf("unauthenticated mutations wrote %d articles (%v)", len(arts), err)
	}

	// with the token, mutations reach their resolvers
	_, out := send(t, srv, mutations[0], nil, "Authorization", "Bearer "+testToken)
	if len(out.Errors) != 0 {
		t.Fatalf("ingest with the token: %+v", out.Errors)
	}
	_, out = send(t, srv, mutations[1], nil, "Authorization", "bearer  "+testToken)
	if code(out) != resolvers.CodeNotFound {
		t.Errorf("deleteArticle of a missing article with the token: %+v, want NOT_FOUND", out.Errors)
	}
	// reads stay open, with a wrong token too
	for _, auth := range []string{"", "Bearer wrong"} {
		_, out = send(t, srv, `{ articles { id } }`, nil, "Authorization", auth)
		if len(out.Errors) != 0 || !strings.Contains(string(out.Data), `"id"`) {
			t.Errorf("query with Authorization %q: %s %+v", auth, out.Data, out.Errors)
		}
	}
}

func TestNoIngesterMeansReadOnlyWithToken(t *testing.T) {
	store := newSampleStore(t)
	srv := httptest.NewServer(httpapi.NewMux(store, httpapi.Options{Token: testToken}))
	defer srv.Close()
	_, out := send(t, srv, mutations[1], nil, "Authorization", "Bearer "+testToken)
	if code(out) != resolvers.CodeForbidden {
		t.Errorf("mutation on a read-only server: %+v, want FORBIDDEN", out.Errors)
	}
}

func TestGetCannotMutate(t *testing.T) {
	srv, _ := writableServer(t)
	for _, auth := range []string{"", "Bearer " + testToken} {
		req, _ := http.NewRequest(http.MethodGet, srv.URL+"/graphql?query="+url.QueryEscape(mutations[1]), nil)
		req.Header.Set("Authorization", auth)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var out gqlResponse
		err = json.NewDecoder(resp.Body).Decode(&out)
		resp.Body.Close()
		if err != nil || resp.StatusCode < 400 || code(out) == nil {
			t.Errorf("GET mutation with %q: status %d, %+v (%v); want an error with a code", auth, resp.StatusCode, out.Errors, err)
		}
	}
}

func TestCORS(t *testing.T) {
	srv, _ := writableServer(t)
	preflight := func(origin string) *http.Response {
		req, _ := http.NewRequest(http.MethodOptions, srv.URL+"/graphql", nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "authorization, content-type")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp
	}
	resp := preflight("https://viz.example")
	if resp.StatusCode != http.StatusNoContent || resp.Header.Get("Access-Control-Allow-Origin") != "https://viz.example" ||
		!strings.Contains(resp.Header.Get("Access-Control-Allow-Headers"), "Authorization") ||
		!strings.Contains(resp.Header.Get("Access-Control-Allow-Methods"), "POST") {
		t.Errorf("preflight from an allowed origin: %d %v", resp.StatusCode, resp.Header)
	}
	for _, origin := range []string{"https://evil.example", "http://viz.example", "https://viz.example.evil.example", "null"} {
		resp = preflight(origin)
		if resp.StatusCode != http.StatusForbidden || resp.Header.Get("Access-Control-Allow-Origin") != "" {
			t.Errorf("preflight from %s: %d, Allow-Origin %q; want 403 and none", origin, resp.StatusCode, resp.Header.Get("Access-Control-Allow-Origin"))
		}
		resp, out := send(t, srv, `{ articles { id } }`, nil, "Origin", origin)
		if resp.StatusCode != http.StatusForbidden || code(out) != resolvers.CodeForbidden {
			t.Errorf("query from %s: %d %+v; want 403 FORBIDDEN", origin, resp.StatusCode, out.Errors)
		}
	}
	resp, out := send(t, srv, `{ articles { id } }`, nil, "Origin", "https://viz.example")
	if len(out.Errors) != 0 || resp.Header.Get("Access-Control-Allow-Origin") != "https://viz.example" {
		t.Errorf("query from an allowed origin: %+v, Allow-Origin %q", out.Errors, resp.Header.Get("Access-Control-Allow-Origin"))
	}
	// the server's own pages are same-origin
	resp, out = send(t, srv, `{ articles { id } }`, nil, "Origin", srv.URL)
	if len(out.Errors) != 0 || resp.StatusCode != http.StatusOK {
		t.Errorf("same-origin query: %d %+v", resp.StatusCode, out.Errors)
	}
	// /export follows the same list
	req, _ := http.NewRequest(http.MethodGet, srv.URL+"/export?format=cytoscape", nil)
	req.Header.Set("Origin", "https://evil.example")
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != http.StatusForbidden {
		t.Errorf("export from a foreign origin: %v %v, want 403", resp.StatusCode, err)
	}
}

func TestWebsocketOriginsAndToken(t *testing.T) {
	srv, _ := writableServer(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	wsURL := "ws" + strings.TrimPrefix(srv.URL, "http") + "/graphql"
	dial := func(origin string) (*websocket.Conn, error) {
		h := http.Header{}
		if origin != "" {
			h.Set("Origin", origin)
		}
		c, _, err := websocket.Dial(ctx, wsURL, &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}, HTTPHeader: h})
		return c, err
	}
	if c, err := dial("https://evil.example"); err == nil {
		c.CloseNow()
		t.Error("websocket from a foreign origin was accepted")
	}
	type msg struct {
		ID      string `json:"id,omitempty"`
		Type    string `json:"type"`
		Payload any    `json:"payload,omitempty"`
	}
	recv := func(c *websocket.Conn) (msg, error) {
		for {
			var m msg
			if err := wsjson.Read(ctx, c, &m); err != nil {
				return m, err
			}
			if m.Type != "ping" && m.Type != "pong" {
				return m, nil
			}
		}
	}

	// a wrong token in connection_init closes the connection
	c, err := dial("https://viz.example")
	if err != nil {
		t.Fatalf("websocket from an allowed origin: %v", err)
	}
	wsjson.Write(ctx, c, msg{Type: "connection_init", Payload: map[string]string{"Authorization": "Bearer wrong"}})
	if m, err := recv(c); err == nil && m.Type == "connection_ack" {
		t.Error("connection_init with a wrong token was acknowledged")
	}
	c.CloseNow()

	// without a token a websocket reads but cannot write; with it, it writes
	for _, tc := range []struct {
		payload  map[string]string
		wantCode string
	}{
		{nil, httpapi.CodeUnauthenticated},
		{map[string]string{"Authorization": "Bearer " + testToken}, resolvers.CodeNotFound},
	} {
		c, err := dial("")
		if err != nil {
			t.Fatal(err)
		}
		wsjson.Write(ctx, c, msg{Type: "connection_init", Payload: tc.payload})
		if m, err := recv(c); err != nil || m.Type != "connection_ack" {
			t.Fatalf("connection_init %v: %+v %v", tc.payload, m, err)
		}
		wsjson.Write(ctx, c, msg{ID: "1", Type: "subscribe", Payload: map[string]any{"query": mutations[1]}})
		m, err := recv(c)
		b, _ := json.Marshal(m.Payload)
		if err != nil || !strings.Contains(string(b), tc.wantCode) {
			t.Errorf("mutation over a websocket with init %v: %s %s (%v), want %s", tc.payload, m.Type, b, err, tc.wantCode)
		}
		c.CloseNow()
	}
}

// Cayley's HTTP API (Gizmo, its GraphQL, raw writes) would bypass every
// limit, the write token and the review state; it must not be reachable.
func TestCayleyEndpointsAreNotServed(t *testing.T) {
	srv, _ := writableServer(t)
	for _, path := range []string{
		"/api/v1/query/gizmo", "/api/v1/query/graphql", "/api/v1/query/mql",
		"/api/v2/query", "/api/v1/write", "/api/v2/write", "/api/v1/delete",
		"/api/v1/shape/gizmo", "/api/v2/read", "/gephi/gs", "/ui/",
	} {
		for _, method := range []string{http.MethodGet, http.MethodPost} {
			req, _ := http.NewRequest(method, srv.URL+path, strings.NewReader(`g.V().All()`))
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusNotFound {
				t.Errorf("%s %s = %d, want 404", method, path, resp.StatusCode)
			}
		}
	}
}
