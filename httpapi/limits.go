package httpapi

import (
	"context"
	"fmt"
	"reflect"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/actorgraph/actorgraph/resolvers"
)

// Limits on the shape of a request that the complexity and depth limits do
// not catch, found with the abuse corpus (testdata/abuse).
const (
	// MaxExpandedFields bounds the fields of a document once its fragment
	// spreads are expanded. Thirty fragments that each spread the next
	// twice are 2^30 fields: gqlparser's validation, gqlgen's complexity
	// count and the depth limit all walk them, for minutes, before any
	// limit answers. The largest real query, GraphiQL's introspection, has
	// about 150.
	MaxExpandedFields = 2000
	// MaxIntrospection bounds the __schema and __type fields of a
	// document: introspection has no complexity in gqlgen, and 50 aliased
	// full introspections are seconds of work and megabytes of answer.
	MaxIntrospection = 3
	// MaxArgumentLength bounds a string argument, in bytes. No name, id or
	// search is longer; an article's text (ingestArticle) is bounded by
	// the request body alone.
	MaxArgumentLength = 10000
)

// shapeLimit refuses, before gqlgen parses and validates it, a document
// whose fragments expand beyond MaxExpandedFields or that asks for more
// than MaxIntrospection introspections. It parses the document itself
// (bounded by ParserTokenLimit); one that does not parse is left to gqlgen
// to report.
type shapeLimit struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = shapeLimit{}

func (shapeLimit) ExtensionName() string                          { return "ShapeLimit" }
func (shapeLimit) Validate(schema graphql.ExecutableSchema) error { return nil }

func (shapeLimit) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: p.Query}, ParserTokenLimit)
	if err != nil {
		return nil
	}
	e := expander{frags: doc.Fragments, memo: map[string]size{}, busy: map[string]bool{}}
	var total size
	for _, op := range doc.Operations {
		total = total.add(e.set(op.SelectionSet))
	}
	for _, f := range doc.Fragments {
		// validation walks unused fragments too; used ones are counted
		if _, counted := e.memo[f.Name]; !counted {
			total = total.add(e.fragment(f.Name))
		}
	}
	var msg string
	switch {
	case total.fields > MaxExpandedFields:
		msg = fmt.Sprintf("query has more than %d fields once its fragments are expanded", MaxExpandedFields)
	case total.introspection > MaxIntrospection:
		msg = fmt.Sprintf("query asks for __schema or __type more than %d times", MaxIntrospection)
	default:
		return nil
	}
	gerr := gqlerror.Errorf("%s", msg)
	gerr.Extensions = map[string]any{"code": "COMPLEXITY_LIMIT_EXCEEDED"}
	return gerr
}

// size counts fields, saturating instead of overflowing: a hostile document
// may expand to more fields than an int holds.
type size struct{ fields, introspection int }

const saturated = 1 << 40

func (a size) add(b size) size {
	return size{min(a.fields+b.fields, saturated), min(a.introspection+b.introspection, saturated)}
}

// expander counts the fields of selection sets with fragments expanded,
// each fragment counted once and remembered, so that the count itself
// costs time linear in the document.
type expander struct {
	frags ast.FragmentDefinitionList
	memo  map[string]size
	busy  map[string]bool // fragments being counted: a cycle, which validation refuses
}

func (e expander) set(set ast.SelectionSet) size {
	var n size
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			n = n.add(size{fields: 1})
			if s.Name == "__schema" || s.Name == "__type" {
				n = n.add(size{introspection: 1})
			}
			n = n.add(e.set(s.SelectionSet))
		case *ast.InlineFragment:
			n = n.add(e.set(s.SelectionSet))
		case *ast.FragmentSpread:
			n = n.add(e.fragment(s.Name))
		}
	}
	return n
}

func (e expander) fragment(name string) size {
	if n, ok := e.memo[name]; ok {
		return n
	}
	f := e.frags.ForName(name)
	if f == nil || e.busy[name] {
		return size{}
	}
	e.busy[name] = true
	n := e.set(f.SelectionSet)
	delete(e.busy, name)
	e.memo[name] = n
	return n
}

// httpOnlyChecks refuses what HTTP requests cannot do: a subscription
// outside a websocket would hold the request open until its deadline and
// answer null.
type httpOnlyChecks struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = httpOnlyChecks{}

func (httpOnlyChecks) ExtensionName() string                          { return "HTTPOnlyChecks" }
func (httpOnlyChecks) Validate(schema graphql.ExecutableSchema) error { return nil }

func (httpOnlyChecks) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil || oc.Operation.Operation != ast.Subscription || requestInfoFrom(ctx) == nil {
		return nil // requestInfo is set for plain HTTP requests only
	}
	err := gqlerror.Errorf("subscriptions need a websocket (graphql-transport-ws) at /graphql")
	err.Extensions = map[string]any{"code": CodeBadRequest}
	return err
}

// argumentLimit refuses string arguments longer than MaxArgumentLength or
// holding a NUL byte, before the resolver runs. A NUL byte means nothing in
// a name or a text, and PostgreSQL cannot store one: let through, it would
// come back as an internal error from the SQL backend.
type argumentLimit struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.FieldInterceptor
} = argumentLimit{}

func (argumentLimit) ExtensionName() string                          { return "ArgumentLimit" }
func (argumentLimit) Validate(schema graphql.ExecutableSchema) error { return nil }

func (argumentLimit) InterceptField(ctx context.Context, next graphql.Resolver) (any, error) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || !fc.IsResolver || len(fc.Args) == 0 {
		return next(ctx)
	}
	for name, v := range fc.Args {
		if err := checkStrings(name, reflect.ValueOf(v), 0); err != nil {
			return nil, err
		}
	}
	return next(ctx)
}

// longArguments may be longer than MaxArgumentLength: an article's text.
var longArguments = map[string]bool{"input.Text": true}

// checkStrings checks the strings in v: a string, a pointer to one, a list
// of them, or an input object's fields, a few levels deep.
func checkStrings(name string, v reflect.Value, depth int) error {
	if depth > 4 || !v.IsValid() {
		return nil
	}
	switch v.Kind() {
	case reflect.String:
		s := v.String()
		if strings.IndexByte(s, 0) >= 0 {
			return resolvers.BadInput("argument %s holds a NUL byte", name)
		}
		if !longArguments[name] && len(s) > MaxArgumentLength {
			return resolvers.BadInput("argument %s is longer than %d bytes", name, MaxArgumentLength)
		}
	case reflect.Pointer, reflect.Interface:
		return checkStrings(name, v.Elem(), depth+1)
	case reflect.Slice, reflect.Array:
		for i := range min(v.Len(), 1000) {
			if err := checkStrings(name, v.Index(i), depth+1); err != nil {
				return err
			}
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				if err := checkStrings(name+"."+v.Type().Field(i).Name, v.Field(i), depth+1); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// maxMessage bounds an error message: messages quote what the client sent
// ("no actor named …"), and an answer should not echo a megabyte back.
const maxMessage = 300

func truncate(msg string) string {
	if len(msg) <= maxMessage {
		return msg
	}
	cut := maxMessage
	for cut > 0 && !isRuneStart(msg[cut]) {
		cut--
	}
	return msg[:cut] + "…"
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }
