package httpapi_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/httpapi"
	"github.com/actorgraph/actorgraph/resolvers"
)

// fuzzHandler is the real GraphQL handler over the sample articles, read
// only, built once for all fuzz inputs.
var fuzzHandler = sync.OnceValues(func() (http.Handler, error) {
	store, err := sampleStore()
	if err != nil {
		return nil, err
	}
	return httpapi.NewMux(store, httpapi.Options{Timeout: 2 * time.Second}), nil
})

// FuzzGraphQLBody posts whatever the fuzzer makes as a GraphQL request
// body, seeded with the small requests of the abuse corpus, and checks
// that every answer is JSON with data, or errors that all have a code and
// none of which is an internal error.
func FuzzGraphQLBody(f *testing.F) {
	files, _ := filepath.Glob("testdata/abuse/*.http")
	for _, file := range files {
		if c, err := readAbuseCase(file); err == nil && len(c.body) < 4<<10 && c.method == http.MethodPost {
			f.Add(c.body)
		}
	}
	f.Add([]byte(`{"query": "{ actor(name: \"Peskov\") { name relations { predicate } } }"}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		h, err := fuzzHandler()
		if err != nil {
			t.Fatal(err)
		}
		req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		var out gqlResponse
		if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
			t.Fatalf("%q: status %d, answer is not JSON: %.200q", body, rec.Code, rec.Body.Bytes())
		}
		if rec.Code >= 500 {
			t.Fatalf("%q: status %d: %s", body, rec.Code, rec.Body.Bytes())
		}
		for _, e := range out.Errors {
			code, _ := e.Extensions["code"].(string)
			if code == "" || code == resolvers.CodeInternal {
				t.Fatalf("%q: error %q with code %q", body, e.Message, code)
			}
		}
		if len(out.Errors) == 0 && (len(out.Data) == 0 || string(out.Data) == "null") {
			t.Fatalf("%q: neither data nor errors: %s", body, rec.Body.Bytes())
		}
	})
}
