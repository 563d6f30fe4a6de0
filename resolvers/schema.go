package resolvers

import (
	"context"
	"errors"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/resolvers/generated"
)

// NewConfig returns the gqlgen configuration of the resolvers over store:
// the root resolver with ingester (nil: mutations are refused) and its
// graphChanged broker. The HTTP layer (package httpapi) adds complexity
// costs and serves it.
func NewConfig(store Store, ingester Ingester) generated.Config {
	return generated.Config{Resolvers: &Resolver{Store: store, Ingester: ingester, changes: newChanges()}}
}

// WithRequestCache returns ctx carrying a fresh per-request cache of
// article reads (cache.go). The HTTP handler gives every request one.
func WithRequestCache(ctx context.Context) context.Context { return withCache(ctx) }

// BadInput returns a BAD_USER_INPUT error whose message clients see, for
// arguments the HTTP layer checks.
func BadInput(format string, args ...any) error { return badInput(format, args...) }

// NotFound returns a NOT_FOUND error whose message clients see.
func NotFound(format string, args ...any) error { return notFound(format, args...) }

// Predicates checks predicate names from a client (domain.FactPredicates);
// an unknown one is a BAD_USER_INPUT error that lists them.
func Predicates(names []string) ([]domain.Predicate, error) { return toPredicates(names) }

// Finder is what Lookup needs of the store.
type Finder interface {
	Node(ctx context.Context, id string) (domain.Node, error)
	FindActor(ctx context.Context, name string) (domain.Node, error)
}

// Lookup resolves an id, a name or an alias to a node id; an unknown name
// is a NOT_FOUND error naming it.
func Lookup(ctx context.Context, s Finder, nameOrID string) (string, error) {
	return lookupNode(ctx, s, nameOrID)
}

// ClientError returns the code and message of an error a client caused
// (BadInput, NotFound, a refused write), as the presenter shows them; ok
// is false for any other error.
func ClientError(err error) (code, msg string, ok bool) {
	var ue *userError
	if errors.As(err, &ue) {
		return ue.code, ue.msg, true
	}
	return "", "", false
}
