package httpapi

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// CodeTooDeep is the error code of a query nested deeper than the limit.
const CodeTooDeep = "QUERY_TOO_DEEP"

// depthLimit refuses operations whose selections nest deeper than max.
// gqlgen has no depth limit of its own, and the complexity limit alone lets
// a narrow but very deep query (relations of subjects of relations of …)
// through.
type depthLimit struct{ max int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = depthLimit{}

func (depthLimit) ExtensionName() string                          { return "DepthLimit" }
func (depthLimit) Validate(schema graphql.ExecutableSchema) error { return nil }

func (d depthLimit) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	op := oc.Doc.Operations.ForName(oc.OperationName)
	if op == nil {
		return nil
	}
	if depth := selectionDepth(op.SelectionSet, oc.Doc.Fragments, 0, 0, d.max); depth > d.max {
		err := gqlerror.Errorf("query is nested deeper than the limit of %d", d.max)
		err.Extensions = map[string]any{"code": CodeTooDeep}
		return err
	}
	return nil
}

// selectionDepth returns the depth of the deepest field under set, giving
// up once it passes limit so that hostile documents cost little to check.
// Fragment cycles are refused by validation before this runs.
//
// Introspection's ofType does not count: every client's standard
// introspection query unrolls its TypeRef fragment 7 to 9 levels of
// ofType, and a chain of ofType is cheap (it ends at the first named
// type). A chain longer than MaxOfType counts as too deep. Everything else
// under __schema and __type counts like any field: __Type.fields and
// __Field.type cycle, and a deep cycle multiplies the answer.
func selectionDepth(set ast.SelectionSet, frags ast.FragmentDefinitionList, depth, ofTypes, limit int) int {
	deepest := depth
	if depth > limit {
		return depth
	}
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			switch {
			case s.Name == "ofType" && ofTypes >= MaxOfType:
				d = limit + 1
			case s.Name == "ofType":
				d = selectionDepth(s.SelectionSet, frags, depth, ofTypes+1, limit)
			case len(s.SelectionSet) == 0:
				d = depth + 1
			default:
				d = selectionDepth(s.SelectionSet, frags, depth+1, 0, limit)
			}
		case *ast.InlineFragment:
			d = selectionDepth(s.SelectionSet, frags, depth, ofTypes, limit)
		case *ast.FragmentSpread:
			if f := frags.ForName(s.Name); f != nil {
				d = selectionDepth(f.SelectionSet, frags, depth, ofTypes, limit)
			}
		}
		deepest = max(deepest, d)
	}
	return deepest
}

// MaxOfType is the longest chain of introspection's ofType the depth limit
// lets through: graphql-js 16 unrolls 9 in its TypeRef fragment; no
// type of the schema is wrapped more than three times.
const MaxOfType = 10
