package resolvers_test

import (
	"encoding/json"
	"net/http/httptest"
	"testing"

	"github.com/actorgraph/actorgraph/httpapi"
	"github.com/actorgraph/actorgraph/resolvers"
)

func TestRejectConfirmRestoreRelation(t *testing.T) {
	store := newSampleStore(t)
	srv := httptest.NewServer(httpapi.NewMux(store, httpapi.Options{Ingester: testIngester{store}}))
	defer srv.Close()

	const rels = `{ relations(filter: {subject: "Peskov", predicates: ["spokesperson_for"]}) { totalCount edges { node { id review reviews { action by note } } } } }`
	type relsData struct {
		Relations struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					ID      string
					Review  *string
					Reviews []struct{ Action, By string }
				}
			}
		}
	}
	var before relsData
	json.Unmarshal(do(t, srv, rels, nil).Data, &before)
	if before.Relations.TotalCount != 1 {
		t.Fatalf("Peskov spokesperson_for relations: %+v", before.Relations)
	}
	id := before.Relations.Edges[0].Node.ID

	review := func(action, by string) gqlResponse {
		return do(t, srv, `mutation($id: ID!, $by: String!) { `+action+`(id: $id, by: $by, note: "checked") { id action relationId by at note } }`,
			map[string]any{"id": id, "by": by})
	}
	if resp := review("rejectRelation", "desk editor"); len(resp.Errors) > 0 {
		t.Fatal(resp.Errors)
	}
	var after relsData
	json.Unmarshal(do(t, srv, rels, nil).Data, &after)
	if after.Relations.TotalCount != 0 {
		t.Errorf("rejected relation still listed: %+v", after.Relations)
	}
	var actor struct {
		Actor struct{ Relations []struct{ Predicate string } }
	}
	json.Unmarshal(do(t, srv, `{ actor(name: "Peskov") { relations { predicate } } }`, nil).Data, &actor)
	for _, r := range actor.Actor.Relations {
		if r.Predicate == "spokesperson_for" {
			t.Error("rejected relation still among the actor's relations")
		}
	}

	review("restoreRelation", "desk editor")
	review("confirmRelation", "fact checker")
	json.Unmarshal(do(t, srv, rels, nil).Data, &after)
	if after.Relations.TotalCount != 1 {
		t.Fatalf("restored relation not listed: %+v", after.Relations)
	}
	n := after.Relations.Edges[0].Node
	if n.Review == nil || *n.Review != "CONFIRM" || len(n.Reviews) != 3 || n.Reviews[0].Action != "REJECT" || n.Reviews[2].By != "fact checker" {
		t.Errorf("review state = %v, history %+v", n.Review, n.Reviews)
	}

	tests := []struct {
		id, by, code string
	}{
		{"edge:person:nobody|envoy_of|country:nowhere", "desk editor", resolvers.CodeNotFound},
		{id, "", resolvers.CodeBadUserInput},
	}
	for _, tt := range tests {
		resp := do(t, srv, `mutation($id: ID!, $by: String!) { rejectRelation(id: $id, by: $by) { id } }`, map[string]any{"id": tt.id, "by": tt.by})
		if len(resp.Errors) == 0 || resp.Errors[0].Extensions["code"] != tt.code {
			t.Errorf("reject %q by %q: %+v, want %s", tt.id, tt.by, resp.Errors, tt.code)
		}
	}
	ro, _ := sampleServer()
	resp := do(t, ro, `mutation($id: ID!) { rejectRelation(id: $id, by: "x") { id } }`, map[string]any{"id": id})
	if len(resp.Errors) == 0 || resp.Errors[0].Extensions["code"] != resolvers.CodeForbidden {
		t.Errorf("review on a read-only server: %+v", resp.Errors)
	}
}

func TestMergeSplitUndoActors(t *testing.T) {
	store := newSampleStore(t)
	srv := httptest.NewServer(httpapi.NewMux(store, httpapi.Options{Ingester: testIngester{store}}))
	defer srv.Close()

	type review struct {
		ID, Action, RelationID, By, At string
		Other                          *string
	}
	mutate := func(q string, vars map[string]any) (review, gqlResponse) {
		resp := do(t, srv, q, vars)
		var data map[string]review
		json.Unmarshal(resp.Data, &data)
		for _, r := range data {
			return r, resp
		}
		return review{}, resp
	}
	actorName := func(name string) string {
		var d struct{ Actor *struct{ Name string } }
		json.Unmarshal(do(t, srv, `query($n: String!) { actor(name: $n) { name } }`, map[string]any{"n": name}).Data, &d)
		if d.Actor == nil {
			return ""
		}
		return d.Actor.Name
	}

	m, resp := mutate(`mutation { mergeActors(keep: "Karasin", merge: "Umerov", by: "desk editor", note: "test") { id action relationId by at other } }`, nil)
	if len(resp.Errors) > 0 || m.Action != "MERGE" || m.RelationID != "person:grigory-karasin" || m.Other == nil || *m.Other != "person:rustem-umerov" {
		t.Fatalf("merge = %+v %+v", m, resp.Errors)
	}
	if got := actorName("Umerov"); got != "Grigory Karasin" {
		t.Errorf("after the merge actor(Umerov) = %q, want Grigory Karasin", got)
	}
	if _, resp := mutate(`mutation($id: ID!) { undoReview(id: $id, by: "desk editor") { action } }`, map[string]any{"id": m.ID}); len(resp.Errors) > 0 {
		t.Fatal(resp.Errors)
	}
	if got := actorName("Umerov"); got != "Rustem Umerov" {
		t.Errorf("after the undo actor(Umerov) = %q, want Rustem Umerov", got)
	}

	var z struct{ Actor struct{ Aliases []string } }
	json.Unmarshal(do(t, srv, `{ actor(name: "Volodymyr Zelenskyy") { aliases } }`, nil).Data, &z)
	if len(z.Actor.Aliases) == 0 {
		t.Fatal("Zelenskyy has no alias to split")
	}
	alias := z.Actor.Aliases[0]
	s, resp := mutate(`mutation($a: String!) { splitAlias(actor: "Volodymyr Zelenskyy", alias: $a, by: "desk editor") { id action other } }`, map[string]any{"a": alias})
	if len(resp.Errors) > 0 || s.Action != "SPLIT" {
		t.Fatalf("split = %+v %+v", s, resp.Errors)
	}
	json.Unmarshal(do(t, srv, `{ actor(name: "Volodymyr Zelenskyy") { aliases } }`, nil).Data, &z)
	for _, a := range z.Actor.Aliases {
		if a == alias {
			t.Errorf("alias %q still attached after the split", alias)
		}
	}

	for name, q := range map[string]string{
		"merge into itself":   `mutation { mergeActors(keep: "Karasin", merge: "Karasin", by: "x") { id } }`,
		"person into country": `mutation { mergeActors(keep: "Karasin", merge: "Russia", by: "x") { id } }`,
		"unknown alias":       `mutation { splitAlias(actor: "Karasin", alias: "Nobody", by: "x") { id } }`,
	} {
		resp := do(t, srv, q, nil)
		if len(resp.Errors) == 0 || resp.Errors[0].Extensions["code"] != resolvers.CodeBadUserInput {
			t.Errorf("%s: %+v, want BAD_USER_INPUT", name, resp.Errors)
		}
	}
}
