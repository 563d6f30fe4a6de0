package httpapi_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/httpapi"
	"github.com/actorgraph/actorgraph/resolvers"
)

// Requests that are not what the API takes get coded errors through the
// real handler, and leave it unharmed.

func TestBadRequestsGetErrors(t *testing.T) {
	tests := []struct {
		name     string
		body     string
		wantCode string // extensions.code, "" to accept any
	}{
		{"syntax error", `{"query": "{ actor(name: "}`, "GRAPHQL_PARSE_FAILED"},
		{"unknown field", `{"query": "{ nosuchfield }"}`, "GRAPHQL_VALIDATION_FAILED"},
		{"wrong variable type", `{"query": "query($n: String!) { actor(name: $n) { id } }", "variables": {"n": {"not": "a string"}}}`, "GRAPHQL_VALIDATION_FAILED"},
		{"page too large", `{"query": "{ search(query: \"a\", first: 100000) { id } }"}`, resolvers.CodeBadUserInput},
		{"not json", `actor`, ""},
	}
	for _, tt := range tests {
		_, resp := post(t, []byte(tt.body))
		if len(resp.Errors) == 0 {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		if tt.wantCode != "" && resp.Errors[0].Extensions["code"] != tt.wantCode {
			t.Errorf("%s: code = %v, want %s (%s)", tt.name, resp.Errors[0].Extensions["code"], tt.wantCode, resp.Errors[0].Message)
		}
	}
}

func TestOversizedBodyIsRefused(t *testing.T) {
	big := `{"query": "{ articles { id } }", "pad": "` + strings.Repeat("x", 2<<20) + `"}`
	status, resp := post(t, []byte(big))
	if len(resp.Errors) == 0 || status != 413 || resp.Errors[0].Extensions["code"] != resolvers.CodeTooLarge {
		t.Errorf("2 MiB body: status %d, errors %+v; want 413 %s", status, resp.Errors, resolvers.CodeTooLarge)
	}
	// the server is unharmed
	var data struct{ Articles []struct{ ID string } }
	query(t, `{ articles { id } }`, nil, &data)
	if len(data.Articles) == 0 {
		t.Error("no articles after an oversized request")
	}
}

func TestLimitsAnswerWithCodes(t *testing.T) {
	deep := "{ actor(name: \"Peskov\") { " + strings.Repeat("relations { subject { ... on Actor { ", 7) + "name" + strings.Repeat(" } } }", 7) + " } }"
	aliasBomb := "{ " + strings.Repeat("a%d: actor(name: \"Peskov\") { relations { evidence { sentence } } } ", 1)
	var b strings.Builder
	b.WriteString("{ ")
	for i := range 300 {
		b.WriteString(strings.ReplaceAll(aliasBomb[2:], "%d", strconv.Itoa(i)))
	}
	b.WriteString("}")
	tests := []struct {
		name, query, code string
	}{
		{"too deep", deep, httpapi.CodeTooDeep},
		{"alias bomb", b.String(), "COMPLEXITY_LIMIT_EXCEEDED"},
		{"fragment cycle", `{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }`, "GRAPHQL_VALIDATION_FAILED"},
	}
	for _, tt := range tests {
		body, _ := json.Marshal(map[string]any{"query": tt.query})
		_, resp := post(t, body)
		if len(resp.Errors) == 0 || resp.Errors[0].Extensions["code"] != tt.code {
			t.Errorf("%s: errors %+v, want code %s", tt.name, resp.Errors, tt.code)
		}
	}
}
