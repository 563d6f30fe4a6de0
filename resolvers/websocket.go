package resolvers

import (
	"context"
	"fmt"
	"net/http"
	"sync/atomic"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Websocket limits: a subscription costs a goroutine and a buffered
// channel for as long as its client stays, so neither the sockets nor the
// subscriptions on one may grow without bound.
const (
	// MaxWebsockets is the default of Options.MaxWebsockets.
	MaxWebsockets = 1000
	// MaxSubscriptions bounds the subscriptions running on one websocket;
	// a visualization needs one.
	MaxSubscriptions = 10
)

// CodeTooManyConnections answers a websocket beyond Options.MaxWebsockets.
const CodeTooManyConnections = "TOO_MANY_CONNECTIONS"

// sockets counts the open websockets of one handler.
type sockets struct {
	open atomic.Int64
	max  int64
}

// wsState is one websocket's: its subscriptions running.
type wsState struct{ subscriptions atomic.Int64 }

type wsKey struct{}

// serve runs a websocket upgrade request if there is room for it; it
// returns when the socket closes.
func (s *sockets) serve(w http.ResponseWriter, r *http.Request, next http.Handler) {
	if s.open.Add(1) > s.max {
		s.open.Add(-1)
		writeError(w, http.StatusServiceUnavailable, CodeTooManyConnections,
			fmt.Sprintf("more than %d websockets are open: try again later", s.max))
		return
	}
	defer s.open.Add(-1)
	next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), wsKey{}, &wsState{})))
}

// subscriptionLimit refuses a subscription beyond MaxSubscriptions on one
// websocket. A subscription ends when its context does: the transport
// cancels it when the client stops it or the socket closes.
type subscriptionLimit struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationInterceptor
} = subscriptionLimit{}

func (subscriptionLimit) ExtensionName() string                          { return "SubscriptionLimit" }
func (subscriptionLimit) Validate(schema graphql.ExecutableSchema) error { return nil }

func (subscriptionLimit) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	st, _ := ctx.Value(wsKey{}).(*wsState)
	if st == nil || !graphql.HasOperationContext(ctx) {
		return next(ctx)
	}
	if op := graphql.GetOperationContext(ctx).Operation; op == nil || op.Operation != ast.Subscription {
		return next(ctx)
	}
	if st.subscriptions.Add(1) > MaxSubscriptions {
		st.subscriptions.Add(-1)
		err := gqlerror.Errorf("more than %d subscriptions on one websocket", MaxSubscriptions)
		err.Extensions = map[string]any{"code": CodeTooManyConnections}
		return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{err}})
	}
	context.AfterFunc(ctx, func() { st.subscriptions.Add(-1) })
	return next(ctx)
}
