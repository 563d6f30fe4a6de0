package httpapi

import (
	"context"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// TestSubscriptionLimitFreesPlaces runs the limit on operation contexts as
// the websocket transport makes them: one per subscription, canceled when
// it stops.
func TestSubscriptionLimitFreesPlaces(t *testing.T) {
	st := &wsState{}
	conn := context.WithValue(context.Background(), wsKey{}, st)
	oc := &graphql.OperationContext{Operation: &ast.OperationDefinition{Operation: ast.Subscription}}
	accepted := func(ctx context.Context) bool {
		resp := subscriptionLimit{}.InterceptOperation(graphql.WithOperationContext(ctx, oc), func(ctx context.Context) graphql.ResponseHandler {
			return func(context.Context) *graphql.Response { return nil }
		})
		r := resp(ctx)
		return r == nil || len(r.Errors) == 0
	}
	var stops []context.CancelFunc
	for i := range MaxSubscriptions {
		ctx, cancel := context.WithCancel(conn)
		stops = append(stops, cancel)
		if !accepted(ctx) {
			t.Fatalf("subscription %d of %d refused", i+1, MaxSubscriptions)
		}
	}
	if accepted(conn) {
		t.Fatalf("subscription %d accepted", MaxSubscriptions+1)
	}
	stops[0]()
	for i := 0; st.subscriptions.Load() >= MaxSubscriptions; i++ {
		if i == 500 {
			t.Fatal("a stopped subscription never freed its place")
		}
		time.Sleep(time.Millisecond) // context.AfterFunc runs in its own goroutine
	}
	ctx, cancel := context.WithCancel(conn)
	defer cancel()
	if !accepted(ctx) {
		t.Error("no place after a subscription stopped")
	}
	// queries on a websocket are not counted
	q := &graphql.OperationContext{Operation: &ast.OperationDefinition{Operation: ast.Query}}
	for range 2 * MaxSubscriptions {
		subscriptionLimit{}.InterceptOperation(graphql.WithOperationContext(conn, q), func(ctx context.Context) graphql.ResponseHandler {
			return func(context.Context) *graphql.Response { return nil }
		})
	}
	for _, stop := range stops {
		stop()
	}
}
