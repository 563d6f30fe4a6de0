package resolvers_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/httpapi"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/resolvers"
)

// testIngester stores submissions the way cmd/server does.
type testIngester struct{ store *graph.Store }

func (i testIngester) Ingest(ctx context.Context, s resolvers.Submission) (graph.WriteResult, error) {
	sub := loader.Submission{Text: s.Text, Title: s.Title, Date: s.Date, Source: s.Source}
	ex, err := loader.Submit(sub)
	if s.HTML != "" {
		ex, err = loader.SubmitHTML([]byte(s.HTML), "", "", sub)
	}
	if err != nil {
		return graph.WriteResult{}, resolvers.InvalidArticle(err)
	}
	return i.store.WriteArticle(ctx, ex)
}

// do posts a query to srv and decodes the whole response.
func do(t *testing.T, srv *httptest.Server, q string, vars map[string]any) gqlResponse {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": q, "variables": vars})
	resp, err := http.Post(srv.URL+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out gqlResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatal(err)
	}
	return out
}

const ingestMutation = `mutation($in: IngestArticleInput!) { ingestArticle(input: $in) {
	article { id title date } facts added removed unchanged } }`

// An invented report: a spokeswoman and a minister of an invented
// government, so that what is found can only come from this text.
const inventedReport = `Norlandic government spokeswoman Ilse Varga said on Tuesday that talks would resume next week.
"We are ready to return to the table," Varga told reporters in the capital.`

func TestIngestAndDeleteArticle(t *testing.T) {
	store, err := graph.Open(context.Background(), graph.Memory)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	srv := httptest.NewServer(httpapi.NewMux(store, httpapi.Options{Ingester: testIngester{store}}))
	defer srv.Close()

	in := map[string]any{"text": inventedReport, "title": "Talks to resume", "date": "2031-04-08", "source": "https://news.example/1"}
	var first struct {
		IngestArticle struct {
			Article   struct{ ID, Title, Date string }
			Facts     int
			Added     int
			Removed   int
			Unchanged bool
		}
	}
	resp := do(t, srv, ingestMutation, map[string]any{"in": in})
	if len(resp.Errors) > 0 {
		t.Fatalf("ingest: %+v", resp.Errors)
	}
	json.Unmarshal(resp.Data, &first)
	got := first.IngestArticle
	if got.Article.Title != "Talks to resume" || got.Article.Date != "2031-04-08" || got.Facts == 0 || got.Added == 0 || got.Unchanged {
		t.Errorf("first ingest = %+v", got)
	}

	resp = do(t, srv, ingestMutation, map[string]any{"in": in})
	json.Unmarshal(resp.Data, &first)
	if !first.IngestArticle.Unchanged || first.IngestArticle.Added != 0 {
		t.Errorf("second ingest of the same text = %+v, want unchanged", first.IngestArticle)
	}

	var found struct{ Actor *struct{ Name string } }
	json.Unmarshal(do(t, srv, `{ actor(name: "Varga") { name } }`, nil).Data, &found)
	if found.Actor == nil || found.Actor.Name != "Ilse Varga" {
		t.Errorf("actor(Varga) after ingest = %+v", found.Actor)
	}

	id := got.Article.ID
	var del struct {
		DeleteArticle struct {
			ID           string
			RemovedQuads int
		}
	}
	resp = do(t, srv, `mutation($id: ID!) { deleteArticle(id: $id) { id removedQuads } }`, map[string]any{"id": id})
	json.Unmarshal(resp.Data, &del)
	if len(resp.Errors) > 0 || del.DeleteArticle.RemovedQuads == 0 {
		t.Fatalf("delete: %+v %+v", del, resp.Errors)
	}
	json.Unmarshal(do(t, srv, `{ actor(name: "Varga") { name } }`, nil).Data, &found)
	if found.Actor != nil {
		t.Errorf("actor(Varga) after deleting its only article = %+v, want null", found.Actor)
	}
	resp = do(t, srv, `mutation($id: ID!) { deleteArticle(id: $id) { id } }`, map[string]any{"id": id})
	if len(resp.Errors) == 0 || resp.Errors[0].Extensions["code"] != resolvers.CodeNotFound {
		t.Errorf("deleting twice: %+v, want NOT_FOUND", resp.Errors)
	}

	for name, bad := range map[string]map[string]any{
		"empty text":     {"text": "   "},
		"binary text":    {"text": "\x00\x01\x02"},
		"impossible day": {"text": inventedReport, "date": "2031-02-30"},
	} {
		resp := do(t, srv, ingestMutation, map[string]any{"in": bad})
		if len(resp.Errors) == 0 || resp.Errors[0].Extensions["code"] != resolvers.CodeBadUserInput {
			t.Errorf("%s: errors %+v, want BAD_USER_INPUT", name, resp.Errors)
		}
	}
}

func TestReadOnlyServerRefusesMutations(t *testing.T) {
	srv, err := sampleServer()
	if err != nil {
		t.Fatal(err)
	}
	resp := do(t, srv, ingestMutation, map[string]any{"in": map[string]any{"text": inventedReport}})
	if len(resp.Errors) == 0 || resp.Errors[0].Extensions["code"] != resolvers.CodeForbidden {
		t.Errorf("ingest on a read-only server: %+v, want FORBIDDEN", resp.Errors)
	}
	resp = do(t, srv, `mutation { deleteArticle(id: "002_9ec77467a9b90fea") { id } }`, nil)
	if len(resp.Errors) == 0 || resp.Errors[0].Extensions["code"] != resolvers.CodeForbidden {
		t.Errorf("delete on a read-only server: %+v, want FORBIDDEN", resp.Errors)
	}
}
