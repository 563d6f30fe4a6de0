package resolvers_test

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/httpapi"
)

// TestGraphChangedOverWebsocket subscribes with the graphql-transport-ws
// protocol, ingests and deletes an article over HTTP, and expects both
// changes to arrive.
func TestGraphChangedOverWebsocket(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	store, err := graph.Open(ctx, graph.Memory)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	srv := httptest.NewServer(httpapi.NewMux(store, httpapi.Options{Ingester: testIngester{store}, Timeout: time.Second}))
	defer srv.Close()

	conn, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(srv.URL, "http")+"/graphql",
		&websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.CloseNow()
	type msg struct {
		ID      string          `json:"id,omitempty"`
		Type    string          `json:"type"`
		Payload json.RawMessage `json:"payload,omitempty"`
	}
	send := func(m msg) {
		if err := wsjson.Write(ctx, conn, m); err != nil {
			t.Fatal(err)
		}
	}
	recv := func() msg {
		for {
			var m msg
			if err := wsjson.Read(ctx, conn, &m); err != nil {
				t.Fatal(err)
			}
			if m.Type != "ping" && m.Type != "pong" && m.Type != "ka" {
				return m
			}
		}
	}
	send(msg{Type: "connection_init"})
	if m := recv(); m.Type != "connection_ack" {
		t.Fatalf("got %+v, want connection_ack", m)
	}
	send(msg{ID: "1", Type: "subscribe", Payload: json.RawMessage(`{"query": "subscription { graphChanged { kind articleId at } }"}`)})
	// The subscription is registered asynchronously: give it a moment
	// before writing, then keep the deadline generous.
	time.Sleep(200 * time.Millisecond)

	resp := do(t, srv, ingestMutation, map[string]any{"in": map[string]any{"text": inventedReport}})
	var ing struct {
		IngestArticle struct{ Article struct{ ID string } }
	}
	json.Unmarshal(resp.Data, &ing)
	id := ing.IngestArticle.Article.ID
	if id == "" {
		t.Fatalf("ingest: %+v", resp.Errors)
	}
	do(t, srv, `mutation($id: ID!) { deleteArticle(id: $id) { id } }`, map[string]any{"id": id})

	for _, want := range []string{"ARTICLE_STORED", "ARTICLE_DELETED"} {
		m := recv()
		var p struct {
			Data struct {
				GraphChanged struct{ Kind, ArticleID, At string }
			}
		}
		json.Unmarshal(m.Payload, &p)
		got := p.Data.GraphChanged
		if m.Type != "next" || got.Kind != want || got.ArticleID != id || got.At == "" {
			t.Errorf("message %s %s, want next %s of %s", m.Type, m.Payload, want, id)
		}
	}
	send(msg{ID: "1", Type: "complete"})
}
