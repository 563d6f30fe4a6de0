package httpapi

import (
	"bytes"
	"maps"
	"net/http"
	"slices"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/formatter"

	"github.com/actorgraph/actorgraph/resolvers/generated"
)

// schemaHandler serves the schema the endpoint runs as SDL, for clients
// and code generators that read a file rather than introspect. It is the
// schema introspection describes: the same types, descriptions and
// directives (gqlgen's @defer among them).
func schemaHandler() http.Handler {
	sdl := SDL()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/graphql; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		w.Write(sdl)
	})
}

// specifiedDirectives are the GraphQL specification's own, which an SDL
// leaves out.
var specifiedDirectives = map[string]bool{"include": true, "skip": true, "deprecated": true, "specifiedBy": true, "oneOf": true}

// SDL returns the executable schema as GraphQL SDL, types in name order.
func SDL() []byte {
	s := generated.NewExecutableSchema(generated.Config{}).Schema()
	doc := &ast.SchemaDocument{}
	def := &ast.SchemaDefinition{Description: s.Description}
	for op, t := range map[ast.Operation]*ast.Definition{ast.Query: s.Query, ast.Mutation: s.Mutation, ast.Subscription: s.Subscription} {
		if t != nil {
			def.OperationTypes = append(def.OperationTypes, &ast.OperationTypeDefinition{Operation: op, Type: t.Name})
		}
	}
	slices.SortFunc(def.OperationTypes, func(a, b *ast.OperationTypeDefinition) int {
		return operationOrder[a.Operation] - operationOrder[b.Operation]
	})
	doc.Schema = append(doc.Schema, def)
	for _, name := range slices.Sorted(maps.Keys(s.Directives)) {
		if !specifiedDirectives[name] {
			d := *s.Directives[name]
			d.Position = nil // gqlgen's own (@defer) comes from a built-in source, which the formatter leaves out
			doc.Directives = append(doc.Directives, &d)
		}
	}
	for _, name := range slices.Sorted(maps.Keys(s.Types)) {
		if t := s.Types[name]; !t.BuiltIn {
			doc.Definitions = append(doc.Definitions, t)
		}
	}
	var b bytes.Buffer
	formatter.NewFormatter(&b).FormatSchemaDocument(doc)
	return b.Bytes()
}

var operationOrder = map[ast.Operation]int{ast.Query: 0, ast.Mutation: 1, ast.Subscription: 2}
