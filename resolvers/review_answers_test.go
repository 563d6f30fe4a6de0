package resolvers_test

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/httpapi"
)

// TestReviewsOfRelations rejects a relation twice, confirms and restores
// it, and checks that each recorded decision is sent as graphChanged (the
// repeated rejection is neither recorded nor sent) and that reviews lists
// them newest first with who, what and whether a later one undid them.
func TestReviewsOfRelations(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	store, err := graph.Open(ctx, graph.Memory)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	srv := httptest.NewServer(httpapi.NewMux(store, httpapi.Options{Ingester: testIngester{store}, Timeout: 5 * time.Second}))
	defer srv.Close()
	if resp := do(t, srv, ingestMutation, map[string]any{"in": map[string]any{"text": inventedReport, "date": "2031-04-08"}}); len(resp.Errors) > 0 {
		t.Fatalf("ingest: %+v", resp.Errors)
	}
	var rels struct {
		Relations struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	if err := json.Unmarshal(do(t, srv, `{ relations(first: 1) { edges { node { id } } } }`, nil).Data, &rels); err != nil || len(rels.Relations.Edges) == 0 {
		t.Fatalf("no relation: %v", err)
	}
	fact := rels.Relations.Edges[0].Node.ID

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
	wsjson.Write(ctx, conn, msg{Type: "connection_init"})
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
	if m := recv(); m.Type != "connection_ack" {
		t.Fatalf("got %+v, want connection_ack", m)
	}
	wsjson.Write(ctx, conn, msg{ID: "1", Type: "subscribe", Payload: json.RawMessage(`{"query": "subscription { graphChanged { kind articleId } }"}`)})
	time.Sleep(200 * time.Millisecond) // the subscription registers asynchronously

	var recorded []string
	for _, mutation := range []string{"rejectRelation", "rejectRelation", "confirmRelation", "restoreRelation"} {
		resp := do(t, srv, `mutation($id: ID!) { r: `+mutation+`(id: $id, by: "desk editor") { id } }`, map[string]any{"id": fact})
		var data struct{ R struct{ ID string } }
		if err := json.Unmarshal(resp.Data, &data); err != nil || len(resp.Errors) > 0 {
			t.Fatalf("%s: %v %+v", mutation, err, resp.Errors)
		}
		if len(recorded) > 0 && data.R.ID == recorded[len(recorded)-1] {
			continue // the repeated rejection: the same review
		}
		recorded = append(recorded, data.R.ID)
	}
	if len(recorded) != 3 {
		t.Fatalf("reviews recorded %q, want 3 (reject once, confirm, restore)", recorded)
	}
	for _, id := range recorded {
		m := recv()
		var p struct {
			Data struct {
				GraphChanged struct{ Kind, ArticleID string }
			}
		}
		json.Unmarshal(m.Payload, &p)
		if got := p.Data.GraphChanged; m.Type != "next" || got.Kind != "REVIEWED" || got.ArticleID != id {
			t.Errorf("message %s %s, want next REVIEWED of %s", m.Type, m.Payload, id)
		}
	}

	var list struct {
		Reviews struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					ID, Action, RelationID, By, At string
					Undone                         bool
				}
			}
		}
	}
	resp := do(t, srv, `query($t: ID) { reviews(target: $t) { totalCount edges { node { id action relationId by at undone } } } }`, map[string]any{"t": fact})
	if err := json.Unmarshal(resp.Data, &list); err != nil || len(resp.Errors) > 0 {
		t.Fatalf("reviews: %v %+v", err, resp.Errors)
	}
	var got []string
	for _, e := range list.Reviews.Edges {
		n := e.Node
		if n.RelationID != fact || n.By != "desk editor" || n.At == "" {
			t.Errorf("review %+v", n)
		}
		got = append(got, n.Action+map[bool]string{true: " undone"}[n.Undone])
	}
	if want := []string{"RESTORE", "CONFIRM undone", "REJECT undone"}; !slices.Equal(got, want) || list.Reviews.TotalCount != 3 {
		t.Errorf("reviews = %q (total %d), want %q", got, list.Reviews.TotalCount, want)
	}
	resp = do(t, srv, `{ reviews(by: "someone else") { totalCount } }`, nil)
	if !strings.Contains(string(resp.Data), `"totalCount":0`) {
		t.Errorf("reviews(by: someone else) = %s %+v", resp.Data, resp.Errors)
	}
}

// TestRelationsAnswers checks relations by a literal predicate, an unknown
// predicate, actors of a type that is not an actor, and a quote's text in
// the said relation's value, on the samples.
func TestRelationsAnswers(t *testing.T) {
	var titles struct {
		Relations struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					Subject struct{ Name string }
					Object  *struct{ Name string }
					Value   *string
				}
			}
		}
	}
	query(t, `{ relations(filter: {predicates: ["title"], subject: "Peskov"}) { totalCount edges { node { subject { name } object { name } value } } } }`, nil, &titles)
	if titles.Relations.TotalCount == 0 {
		t.Error(`relations(predicates: ["title"], subject: "Peskov") is empty`)
	}
	for _, e := range titles.Relations.Edges {
		if e.Node.Subject.Name != "Dmitry Peskov" || e.Node.Object != nil || e.Node.Value == nil || *e.Node.Value == "" {
			t.Errorf("title relation %+v", e.Node)
		}
	}

	errTests := []struct{ query, code, msg string }{
		{`{ relations(filter: {predicates: ["titel"]}) { totalCount } }`, "BAD_USER_INPUT", "spokesperson_for"},
		{`{ neighborhood(actor: "Peskov", predicates: ["knows"]) { nodes { id } } }`, "BAD_USER_INPUT", `unknown predicate "knows"`},
		{`{ actors(filter: {types: [EVENT]}) { totalCount } }`, "BAD_USER_INPUT", "PERSON, ORGANIZATION, COUNTRY and PLACE"},
	}
	for _, tt := range errTests {
		body, _ := json.Marshal(map[string]any{"query": tt.query})
		_, resp := post(t, body)
		if len(resp.Errors) == 0 || resp.Errors[0].Extensions["code"] != tt.code || !strings.Contains(resp.Errors[0].Message, tt.msg) {
			t.Errorf("%s: errors %+v, want %s naming %q", tt.query, resp.Errors, tt.code, tt.msg)
		}
	}

	var said struct {
		Relations struct {
			Edges []struct {
				Node struct {
					Object *struct {
						Type string
						Text string
					}
					Value *string
				}
			}
		}
	}
	query(t, `{ relations(filter: {predicates: ["said"]}, first: 100) { edges { node { object { type ... on Statement { text } } value } } } }`, nil, &said)
	if len(said.Relations.Edges) == 0 {
		t.Fatal("no said relations on the samples")
	}
	for _, e := range said.Relations.Edges {
		if e.Node.Object == nil || e.Node.Value == nil || *e.Node.Value != e.Node.Object.Text {
			t.Errorf("said: value %v, want the statement's text %+v", e.Node.Value, e.Node.Object)
		}
	}
}
