package httpapi_test

// Helpers of the tests that drive the real handler (as resolvers' tests
// do): the sample articles in a memory store, requests and answers.

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/httpapi"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/resolvers"
)

// sampleServer serves the sample articles of data/articles from a memory
// store through the real HTTP handler. It is built once: loading is the
// slow part and no test writes.
var sampleServer = sync.OnceValues(func() (*httptest.Server, error) {
	store, err := sampleStore()
	if err != nil {
		return nil, err
	}
	return httptest.NewServer(httpapi.NewMux(store, httpapi.Options{})), nil
})

// sampleStore loads the sample articles into a new memory store.
func sampleStore() (*graph.Store, error) {
	ctx := context.Background()
	store, err := graph.Open(ctx, graph.Memory)
	if err != nil {
		return nil, err
	}
	paths, err := loader.Paths([]string{"../data/articles"})
	if err != nil {
		return nil, err
	}
	var loadErr error
	if _, err := loader.Load(ctx, store, paths, func(r loader.Result) {
		if r.Err != nil && loadErr == nil {
			loadErr = r.Err
		}
	}); err != nil {
		return nil, err
	}
	return store, loadErr
}

// newSampleStore is sampleStore for one test, closed when it ends.
func newSampleStore(t *testing.T) *graph.Store {
	t.Helper()
	store, err := sampleStore()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	return store
}

type gqlResponse struct {
	Data   json.RawMessage `json:"data,omitempty"`
	Errors []struct {
		Message    string         `json:"message"`
		Path       []any          `json:"path,omitempty"`
		Extensions map[string]any `json:"extensions,omitempty"`
	} `json:"errors,omitempty"`
}

// post sends a GraphQL request body over real HTTP and decodes the answer.
func post(t *testing.T, body []byte) (int, gqlResponse) {
	t.Helper()
	srv, err := sampleServer()
	if err != nil {
		t.Fatalf("load sample articles: %v", err)
	}
	resp, err := http.Post(srv.URL+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out gqlResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatalf("decode response (status %d): %v", resp.StatusCode, err)
	}
	return resp.StatusCode, out
}

// query runs a query that must succeed and decodes its data into v.
func query(t *testing.T, q string, vars map[string]any, v any) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": q, "variables": vars})
	_, resp := post(t, body)
	if len(resp.Errors) > 0 {
		t.Fatalf("query %s: errors %+v", q, resp.Errors)
	}
	if err := json.Unmarshal(resp.Data, v); err != nil {
		t.Fatalf("decode data %s: %v", resp.Data, err)
	}
}

// testIngester stores submissions the way cmd/server does.
type testIngester struct{ store *graph.Store }

func (i testIngester) Ingest(ctx context.Context, s resolvers.Submission) (graph.WriteResult, error) {
	ex, err := loader.Submit(loader.Submission{Text: s.Text, Title: s.Title, Date: s.Date, Source: s.Source})
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
