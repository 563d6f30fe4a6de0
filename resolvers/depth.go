package resolvers

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
	if depth := selectionDepth(op.SelectionSet, oc.Doc.Fragments, 0, d.max); depth > d.max {
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
// Introspection (__schema, __type) is not counted: every client's standard
// introspection query nests its TypeRef fragment 7 to 9 levels under
// __schema, its answer is bounded by the schema, and shapeLimit caps how
// many a document may ask for (MaxIntrospection).
func selectionDepth(set ast.SelectionSet, frags ast.FragmentDefinitionList, depth, limit int) int {
	deepest := depth
	if depth > limit {
		return depth
	}
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			if isIntrospection(s.Name) {
				continue
			}
			if len(s.SelectionSet) == 0 {
				d = depth + 1
			} else {
				d = selectionDepth(s.SelectionSet, frags, depth+1, limit)
			}
		case *ast.InlineFragment:
			d = selectionDepth(s.SelectionSet, frags, depth, limit)
		case *ast.FragmentSpread:
			if f := frags.ForName(s.Name); f != nil {
				d = selectionDepth(f.SelectionSet, frags, depth, limit)
			}
		}
		deepest = max(deepest, d)
	}
	return deepest
}

// isIntrospection reports whether a field is the root of an introspection
// query. __typename is a leaf and counts like any other field.
func isIntrospection(field string) bool { return field == "__schema" || field == "__type" }
