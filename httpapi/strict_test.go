package httpapi_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
)

// TestStrictRequests checks that what gqlgen would coerce or repair
// silently gets a clear error instead: a number for a String, a string for
// an Int, invalid UTF-8 or a lone surrogate, several operations without
// operationName. The last cases must still pass.
func TestStrictRequests(t *testing.T) {
	srv, err := sampleServer()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, body string
		code, msg  string // "" code: no error
	}{
		{"Int for String!", `{"query":"query($n: String!) { actor(name: $n) { id } }","variables":{"n":5}}`, "GRAPHQL_VALIDATION_FAILED", "variable $n: the number 5 is not a String"},
		{"Float for String!", `{"query":"query($n: String!) { search(query: $n) { id } }","variables":{"n":5.5}}`, "GRAPHQL_VALIDATION_FAILED", "is not a String"},
		{"String for Int", `{"query":"query($n: Int) { search(query: \"x\", first: $n) { id } }","variables":{"n":"5"}}`, "GRAPHQL_VALIDATION_FAILED", "a string is not an Int"},
		{"number in a list of String", `{"query":"query($p: [String!]) { relations(filter: {predicates: $p}) { totalCount } }","variables":{"p":["title", 3]}}`, "GRAPHQL_VALIDATION_FAILED", "item 1: the number 3"},
		{"number in an input object", `{"query":"query($f: RelationFilter) { relations(filter: $f) { totalCount } }","variables":{"f":{"subject": 7}}}`, "GRAPHQL_VALIDATION_FAILED", "subject: the number 7"},
		{"number for a Date", `{"query":"query($d: Date) { timeline(actor: \"Putin\", since: $d) { id } }","variables":{"d":2025}}`, "GRAPHQL_VALIDATION_FAILED", "not a Date"},
		{"invalid UTF-8 in a variable", "{\"query\":\"query($n: String!) { search(query: $n) { id } }\",\"variables\":{\"n\":\"Pe\xffskov\"}}", "BAD_REQUEST", "not valid UTF-8"},
		{"invalid UTF-8 in the query", "{\"query\":\"{ search(query: \\\"Pe\xc3skov\\\") { id } }\"}", "BAD_REQUEST", "not valid UTF-8"},
		{"lone surrogate", `{"query":"query($n: String!) { search(query: $n) { id } }","variables":{"n":"Pe\udc00skov"}}`, "BAD_REQUEST", "lone UTF-16 surrogate"},
		{"two operations, no operationName", `{"query":"query A { stats { articles } } query B { stats { quads } }"}`, "GRAPHQL_VALIDATION_FAILED", "the document has 2 operations (A, B): operationName must name the one to run"},
		{"operationName not in the document", `{"query":"query A { stats { articles } }","operationName":"B"}`, "GRAPHQL_VALIDATION_FAILED", `no operation named "B": the document has A`},

		{"a pair of surrogates", `{"query":"query($n: String!) { search(query: $n) { id } }","variables":{"n":"Pe\ud83d\ude00skov \\udc00"}}`, "", ""},
		{"integer ID", `{"query":"query($id: ID!) { node(id: $id) { id } }","variables":{"id":5}}`, "", ""},
		{"integer for Float-free Int", `{"query":"query($n: Int) { search(query: \"Peskov\", first: $n) { id } }","variables":{"n":3}}`, "", ""},
		{"two operations, one named", `{"query":"query A { stats { articles } } query B { stats { quads } }","operationName":"B"}`, "", ""},
		{"UTF-8 names", `{"query":"query($n: String!) { search(query: $n) { id } }","variables":{"n":"Støre Зеленский"}}`, "", ""},
	}
	for _, tt := range tests {
		resp, err := http.Post(srv.URL+"/graphql", "application/json", bytes.NewReader([]byte(tt.body)))
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		var out gqlResponse
		if err := json.Unmarshal(raw, &out); err != nil {
			t.Errorf("%s: %d %s", tt.name, resp.StatusCode, raw)
			continue
		}
		switch {
		case tt.code == "" && len(out.Errors) > 0:
			t.Errorf("%s: errors %+v, want none", tt.name, out.Errors)
		case tt.code == "":
		case len(out.Errors) == 0:
			t.Errorf("%s: %d %s, want %s", tt.name, resp.StatusCode, raw, tt.code)
		case out.Errors[0].Extensions["code"] != tt.code || !strings.Contains(out.Errors[0].Message, tt.msg):
			t.Errorf("%s: error %q %v, want %s with %q", tt.name, out.Errors[0].Message, out.Errors[0].Extensions["code"], tt.code, tt.msg)
		}
	}
}
