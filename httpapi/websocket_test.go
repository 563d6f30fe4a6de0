package httpapi_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"github.com/actorgraph/actorgraph/httpapi"
)

type wsMsg struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

func TestWebsocketLimits(t *testing.T) {
	store := newSampleStore(t)
	srv := httptest.NewServer(httpapi.NewMux(store, httpapi.Options{MaxWebsockets: 2}))
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	url := "ws" + strings.TrimPrefix(srv.URL, "http") + "/graphql"
	dial := func() (*websocket.Conn, *http.Response, error) {
		return websocket.Dial(ctx, url, &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	}
	recv := func(c *websocket.Conn) wsMsg {
		t.Helper()
		for {
			var m wsMsg
			if err := wsjson.Read(ctx, c, &m); err != nil {
				t.Fatal(err)
			}
			if m.Type != "ping" && m.Type != "pong" {
				return m
			}
		}
	}
	var conns []*websocket.Conn
	for range 2 {
		c, _, err := dial()
		if err != nil {
			t.Fatal(err)
		}
		defer c.CloseNow()
		wsjson.Write(ctx, c, wsMsg{Type: "connection_init"})
		if m := recv(c); m.Type != "connection_ack" {
			t.Fatalf("init: %+v", m)
		}
		conns = append(conns, c)
	}
	if c, resp, err := dial(); err == nil {
		c.CloseNow()
		t.Error("a third websocket was accepted with MaxWebsockets 2")
	} else if resp == nil || resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("third websocket: %v, want 503", err)
	}

	// Subscriptions start concurrently: which one of eleven is refused is
	// not known, only that one is.
	c := conns[0]
	for id := range httpapi.MaxSubscriptions + 1 {
		wsjson.Write(ctx, c, wsMsg{ID: strconv.Itoa(id), Type: "subscribe", Payload: json.RawMessage(`{"query": "subscription { graphChanged { kind } }"}`)})
	}
	if m := recv(c); m.Type != "next" || !strings.Contains(string(m.Payload), httpapi.CodeTooManyConnections) {
		t.Fatalf("subscription beyond the limit: %+v %s", m, m.Payload)
	}

	// a closed websocket makes room for another; the count drops when the
	// server's handler returns, a moment after the close
	conns[1].Close(websocket.StatusNormalClosure, "")
	for i := 0; ; i++ {
		c, _, err := dial()
		if err == nil {
			c.CloseNow()
			break
		}
		if i == 200 {
			t.Fatalf("the closed websocket never freed its place: %v", err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
