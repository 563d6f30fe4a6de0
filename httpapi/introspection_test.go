package httpapi_test

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/actorgraph/actorgraph/httpapi"
)

// fullIntrospection has the shape of the introspection query that GraphiQL,
// Apollo, Altair and graphql-codegen send: type references unrolled nine
// levels deep under __schema. (web/test sends graphql-js's own.)
const fullIntrospection = `query IntrospectionQuery {
  __schema {
    queryType { name } mutationType { name } subscriptionType { name }
    types { ...FullType }
    directives { name description isRepeatable locations args(includeDeprecated: true) { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description specifiedByURL
  fields(includeDeprecated: true) { name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields(includeDeprecated: true) { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue isDeprecated deprecationReason }
fragment TypeRef on __Type {
  kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
    ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
}`

func TestIntrospection(t *testing.T) {
	tests := []struct {
		name, query string
	}{
		{"full schema", fullIntrospection},
		{"one type", `{ __type(name: "Actor") { name fields { name type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } }`},
	}
	for _, tt := range tests {
		body, _ := json.Marshal(map[string]any{"query": tt.query, "operationName": nil})
		_, resp := post(t, body)
		if len(resp.Errors) > 0 {
			t.Errorf("%s: errors %+v", tt.name, resp.Errors)
			continue
		}
		if !strings.Contains(string(resp.Data), `"Actor"`) {
			t.Errorf("%s: data %.200s… does not name Actor", tt.name, resp.Data)
		}
	}
}

// TestDeepIntrospectionIsRefused checks that only ofType chains are
// exempt from the depth limit, and only up to MaxOfType: __Type.fields and
// __Field.type cycle, and every level of the cycle multiplies the answer.
func TestDeepIntrospectionIsRefused(t *testing.T) {
	tests := []struct{ name, query, code string }{
		// gqlparser's validation refuses the cycle before the depth limit
		{"fields and types", "{ __schema { types { " + strings.Repeat("fields { type { ", 6) + "name" + strings.Repeat(" } }", 6) + " } } }", "GRAPHQL_VALIDATION_FAILED"},
		{"ofType beyond MaxOfType", "{ __schema { types { " + strings.Repeat("ofType { ", httpapi.MaxOfType+1) + "name" + strings.Repeat(" }", httpapi.MaxOfType+1) + " } } }", httpapi.CodeTooDeep},
	}
	for _, tt := range tests {
		body, _ := json.Marshal(map[string]any{"query": tt.query})
		_, resp := post(t, body)
		if len(resp.Errors) == 0 || resp.Errors[0].Extensions["code"] != tt.code {
			t.Errorf("%s: errors %+v, want code %s", tt.name, resp.Errors, tt.code)
		}
	}
}

// TestDeepQueryBesideIntrospectionIsRefused checks that the exemption is
// introspection's own: a deep selection beside it is still refused.
func TestDeepQueryBesideIntrospectionIsRefused(t *testing.T) {
	deep := "{ __schema { queryType { name } } actor(name: \"Peskov\") { " + strings.Repeat("relations { subject { ... on Actor { ", 7) + "name" + strings.Repeat(" } } }", 7) + " } }"
	body, _ := json.Marshal(map[string]any{"query": deep})
	_, resp := post(t, body)
	if len(resp.Errors) == 0 || resp.Errors[0].Extensions["code"] != httpapi.CodeTooDeep {
		t.Errorf("errors %+v, want code %s", resp.Errors, httpapi.CodeTooDeep)
	}
}

// TestSchemaSDL checks that /schema.graphql serves the schema the endpoint
// runs: it parses, and it has the endpoint's root fields.
func TestSchemaSDL(t *testing.T) {
	srv, err := sampleServer()
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Get(srv.URL + "/schema.graphql")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	sdl, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /schema.graphql: status %d: %s", resp.StatusCode, sdl)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/graphql") && !strings.HasPrefix(ct, "text/plain") {
		t.Errorf("Content-Type %q", ct)
	}
	schema, gerr := gqlparser.LoadSchema(&ast.Source{Name: "schema.graphql", Input: string(sdl)})
	if gerr != nil {
		t.Fatalf("served SDL does not parse: %v", gerr)
	}
	var data struct {
		Schema struct {
			QueryType struct {
				Fields []struct{ Name string }
			}
		} `json:"__schema"`
	}
	query(t, `{ __schema { queryType { fields { name } } } }`, nil, &data)
	for _, f := range data.Schema.QueryType.Fields {
		if schema.Query.Fields.ForName(f.Name) == nil {
			t.Errorf("the endpoint has Query.%s, the SDL does not", f.Name)
		}
	}
	if len(data.Schema.QueryType.Fields) < 5 {
		t.Errorf("only %d query fields", len(data.Schema.QueryType.Fields))
	}
}
