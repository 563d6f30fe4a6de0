package httpapi

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// CodeUnauthenticated is the error code of a mutation sent without the
// bearer token, or with a wrong one.
const CodeUnauthenticated = "UNAUTHENTICATED"

// MinTokenLength is the shortest bearer token Options.Token accepts: a
// token short enough to guess is no protection for a server on a network.
const MinTokenLength = 16

// ErrShortToken is returned by CheckToken for a token shorter than
// MinTokenLength.
var ErrShortToken = fmt.Errorf("token shorter than %d characters", MinTokenLength)

// CheckToken reports whether token may guard the API's writes.
func CheckToken(token string) error {
	if len(token) < MinTokenLength {
		return ErrShortToken
	}
	if strings.TrimSpace(token) != token || strings.ContainsAny(token, "\r\n\t ") {
		return errors.New("token contains white space")
	}
	return nil
}

// tokenGuard compares the bearer tokens of requests with the configured
// one. Both are hashed first so that the comparison takes the same time
// whatever their lengths and contents: a timing difference would let a
// client find the token byte by byte.
type tokenGuard struct {
	sum [sha256.Size]byte
	set bool
}

func newTokenGuard(token string) tokenGuard {
	if token == "" {
		return tokenGuard{}
	}
	return tokenGuard{sum: sha256.Sum256([]byte(token)), set: true}
}

// allows reports whether an Authorization value ("Bearer TOKEN") carries
// the token.
func (g tokenGuard) allows(authorization string) bool {
	if !g.set {
		return false
	}
	scheme, token, ok := strings.Cut(strings.TrimSpace(authorization), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return false
	}
	sum := sha256.Sum256([]byte(strings.TrimSpace(token)))
	return subtle.ConstantTimeCompare(sum[:], g.sum[:]) == 1
}

type authKey struct{}

// withAuth records in ctx whether the request carried the write token.
func withAuth(ctx context.Context, ok bool) context.Context {
	return context.WithValue(ctx, authKey{}, ok)
}

func authenticated(ctx context.Context) bool {
	ok, _ := ctx.Value(authKey{}).(bool)
	return ok
}

// mutationAuth refuses mutations from clients without the token before any
// resolver runs. Queries and subscriptions are open to everyone. With no
// token configured it lets mutations through to the resolvers, which refuse
// them when the server has no Ingester (read-only); cmd/server never runs
// with writes enabled and no token.
type mutationAuth struct{ guard tokenGuard }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = mutationAuth{}

func (mutationAuth) ExtensionName() string                          { return "MutationAuth" }
func (mutationAuth) Validate(schema graphql.ExecutableSchema) error { return nil }

func (a mutationAuth) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if !a.guard.set || oc.Operation == nil || oc.Operation.Operation != ast.Mutation || authenticated(ctx) {
		return nil
	}
	if info := requestInfoFrom(ctx); info != nil {
		info.unauthenticated = true // answered with HTTP 401
	}
	err := gqlerror.Errorf("mutations need a bearer token: send the header Authorization: Bearer TOKEN")
	err.Extensions = map[string]any{"code": CodeUnauthenticated}
	return err
}

// wsInit accepts the token in a websocket's connection_init payload
// ({"Authorization": "Bearer TOKEN"}) too, because browsers cannot set
// headers on a websocket. A wrong token closes the connection; none leaves
// it read-only.
func (g tokenGuard) wsInit(ctx context.Context, p transport.InitPayload) (context.Context, *transport.InitPayload, error) {
	v := p.Authorization()
	if v == "" {
		return ctx, nil, nil
	}
	if !g.allows(v) {
		return ctx, nil, errors.New("wrong bearer token")
	}
	return withAuth(ctx, true), nil, nil
}

// authenticate records whether r carries the token, for mutationAuth.
func (g tokenGuard) authenticate(r *http.Request) *http.Request {
	if !g.allows(r.Header.Get("Authorization")) {
		return r
	}
	return r.WithContext(withAuth(r.Context(), true))
}
