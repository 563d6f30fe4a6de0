package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/coder/websocket"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"golang.org/x/time/rate"
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
	// DefaultWebsocketInitTimeout is the default of
	// Options.WebsocketInitTimeout: a websocket that has not sent
	// connection_init by then is closed (4408), so that an idle socket
	// cannot hold one of the MaxWebsockets places.
	DefaultWebsocketInitTimeout = 10 * time.Second
	// DefaultWebsocketWriteTimeout is the default of
	// Options.WebsocketWriteTimeout: a client that does not read what the
	// server sends for that long is dropped. Without it a write to a
	// client that never reads blocks forever, and with it the websocket's
	// reading, its subscriptions and its place.
	DefaultWebsocketWriteTimeout = 10 * time.Second
	// wsMessageRate and wsMessageBurst bound the messages a client sends
	// on one websocket, per second and at once; beyond them it is closed
	// (4429). A visualization sends a few; a flood of pings or operations
	// is answered by a close rather than by as many answers.
	wsMessageRate  = 20
	wsMessageBurst = 50
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
// websocket, and gives the queries and mutations sent over a websocket
// the request deadline, timeout. A subscription ends when its context
// does: the transport cancels it when the client stops it or the socket
// closes.
type subscriptionLimit struct{ timeout time.Duration }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationInterceptor
} = subscriptionLimit{}

func (subscriptionLimit) ExtensionName() string                          { return "SubscriptionLimit" }
func (subscriptionLimit) Validate(schema graphql.ExecutableSchema) error { return nil }

func (l subscriptionLimit) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	st, _ := ctx.Value(wsKey{}).(*wsState)
	if st == nil || !graphql.HasOperationContext(ctx) {
		return next(ctx)
	}
	if op := graphql.GetOperationContext(ctx).Operation; op == nil || op.Operation != ast.Subscription {
		if op != nil && l.timeout > 0 {
			// a query or mutation sent over a websocket gets the deadline
			// it would have over HTTP; the transport cancels its context
			// when it completes, which releases the timer
			ctx, cancel := context.WithTimeout(ctx, l.timeout)
			context.AfterFunc(ctx, cancel)
			return next(ctx)
		}
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

// singleField refuses a subscription that selects more than one field,
// aliases counted. gqlparser's rule counts field names, so "a: graphChanged
// b: graphChanged" passed it, and the generated code then failed with an
// error the presenter could only call internal.
type singleField struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = singleField{}

func (singleField) ExtensionName() string                          { return "SingleField" }
func (singleField) Validate(schema graphql.ExecutableSchema) error { return nil }

func (singleField) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil || oc.Operation.Operation != ast.Subscription {
		return nil
	}
	n := len(graphql.CollectFields(oc, oc.Operation.SelectionSet, []string{"Subscription"}))
	if n == 1 {
		return nil
	}
	err := gqlerror.Errorf("a subscription selects exactly one field; this one selects %d", n)
	err.Extensions = map[string]any{"code": errcode.ValidationFailed}
	return err
}

// Close codes the websocket guard closes with: graphql-transport-ws's, and
// RFC 6455's for binary data.
const (
	closeUnsupportedData = 1003
	closeBadRequest      = 4400
	closeUnauthorized    = 4401
	closeForbidden       = 4403
	closeInitTimeout     = 4408
	closeDuplicateID     = 4409
	closeTooMany         = 4429
)

// errRefused ends a websocket that broke the protocol: the guard has
// already sent the close frame with the reason.
var errRefused = errors.New("websocket: message refused")

// guardedWebsockets accepts websockets as gqlgen's coder/websocket adapter
// does and wraps each in a wsGuard.
type guardedWebsockets struct {
	transport.CoderWebsocketImplementation
	initTimeout, writeTimeout time.Duration
}

// Accept accepts r's websocket. The websocket is closed when r's handler
// returns, whichever way gqlgen left it: gqlgen returns without closing
// it on an undecodable connection_init payload, which would leave the
// connection open with no one reading it and no place counted for it.
func (g guardedWebsockets) Accept(w http.ResponseWriter, r *http.Request, opts transport.WebsocketAcceptOptions) (transport.WebsocketConn, error) {
	conn, err := g.CoderWebsocketImplementation.Accept(w, r, opts)
	if err != nil {
		return nil, fmt.Errorf("accept websocket: %w", err)
	}
	guard := &wsGuard{WebsocketConn: conn, writeTimeout: g.writeTimeout, active: map[string]bool{}, kinds: wsKinds[conn.Subprotocol()]}
	if guard.kinds == nil {
		guard.kinds = wsKinds["graphql-ws"] // gqlgen's choice for clients that offer none it knows
	}
	guard.initTimer = time.AfterFunc(g.initTimeout, func() {
		guard.WriteClose(closeInitTimeout, "Connection initialisation timeout")
	})
	context.AfterFunc(r.Context(), func() {
		guard.initTimer.Stop()
		conn.Close()
	})
	return guard, nil
}

// wsKind is what a client message does, whatever its protocol calls it.
type wsKind int

const (
	wsOther wsKind = iota + 1 // ping, pong, connection_terminate
	wsInit
	wsStart
	wsStop
)

// wsKinds are the client messages of each subprotocol.
var wsKinds = map[string]map[string]wsKind{
	"graphql-transport-ws": {"connection_init": wsInit, "subscribe": wsStart, "complete": wsStop, "ping": wsOther, "pong": wsOther},
	"graphql-ws":           {"connection_init": wsInit, "start": wsStart, "stop": wsStop, "connection_terminate": wsOther},
}

// wsGuard checks each message a client sends before gqlgen reads it, and
// closes the websocket with graphql-transport-ws's codes on what gqlgen
// would otherwise let through or answer by a silent close: messages that
// are not JSON objects or of no known type, binary frames, a second
// connection_init, operations before connection_init, an operation id
// that is running already (gqlgen would lose track of the first one),
// floods. It also bounds the time a write may block.
type wsGuard struct {
	transport.WebsocketConn
	writeTimeout time.Duration
	initTimer    *time.Timer
	kinds        map[string]wsKind

	mu     sync.Mutex
	inited bool
	active map[string]bool // operation ids from start until the server completes them
	rate   *rate.Limiter   // messages: wsMessageRate a second in bursts of wsMessageBurst; nil until the first
}

var (
	_ transport.WebsocketReadLimiter   = (*wsGuard)(nil)
	_ transport.WebsocketReadDeadliner = (*wsGuard)(nil)
)

// NextReader returns the client's next message once it passes check.
func (g *wsGuard) NextReader() (int, io.Reader, error) {
	typ, r, err := g.WebsocketConn.NextReader()
	if err != nil {
		return typ, r, err
	}
	if typ != int(websocket.MessageText) {
		return typ, nil, g.refuse(closeUnsupportedData, "binary messages are not part of the protocol")
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return typ, nil, fmt.Errorf("read websocket message: %w", err)
	}
	if code, reason := g.check(data, time.Now()); code != 0 {
		return typ, nil, g.refuse(code, reason)
	}
	return typ, bytes.NewReader(data), nil
}

// check returns the close code and reason for a message that breaks the
// protocol, 0 for one that may go on to gqlgen.
func (g *wsGuard) check(data []byte, now time.Time) (int, string) {
	var m struct {
		Type    string          `json:"type"`
		ID      string          `json:"id"`
		Payload json.RawMessage `json:"payload"`
	}
	if err := json.Unmarshal(data, &m); err != nil {
		return closeBadRequest, "invalid message: not a JSON object with a string type"
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.rate == nil {
		g.rate = rate.NewLimiter(wsMessageRate, wsMessageBurst)
	}
	if !g.rate.AllowN(now, 1) {
		return closeTooMany, "too many messages"
	}
	switch g.kinds[m.Type] {
	case wsInit:
		if g.inited {
			return closeTooMany, "Too many initialisation requests"
		}
		g.inited = true
		g.initTimer.Stop()
		if !jsonIs(m.Payload, '{') {
			return closeBadRequest, "invalid message: connection_init payload is not an object"
		}
	case wsStart:
		switch {
		case !g.inited:
			return closeUnauthorized, "Unauthorized"
		case m.ID == "":
			return closeBadRequest, "invalid message: operation without an id"
		case g.active[m.ID]:
			return closeDuplicateID, "Subscriber for this id already exists"
		case !jsonIs(m.Payload, '{'):
			return closeBadRequest, "invalid message: operation payload is not an object"
		}
		g.active[m.ID] = true
	case wsStop, wsOther:
	default:
		return closeBadRequest, "invalid message: unknown type"
	}
	return 0, ""
}

// jsonIs reports whether raw is absent, null, or a JSON value that starts
// with open ('{' for an object).
func jsonIs(raw json.RawMessage, open byte) bool {
	raw = bytes.TrimSpace(raw)
	return len(raw) == 0 || string(raw) == "null" || raw[0] == open
}

// refuse closes the websocket with code and reason and returns errRefused
// for gqlgen, which then ends the connection (its own close is a no-op:
// the close handshake has begun).
func (g *wsGuard) refuse(code int, reason string) error {
	g.WriteClose(code, reason)
	return errRefused
}

// WriteJSON sends v, dropping the connection if the client does not take
// it within the write timeout, and notes the operations the server ends.
func (g *wsGuard) WriteJSON(v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("websocket message: %w", err)
	}
	var m struct{ Type, ID string }
	if json.Unmarshal(b, &m) == nil && (m.Type == "complete" || m.Type == "error") && m.ID != "" {
		// an operation's last message: its id may be used again
		g.mu.Lock()
		delete(g.active, m.ID)
		g.mu.Unlock()
	}
	stuck := time.AfterFunc(g.writeTimeout, func() { g.WebsocketConn.Close() })
	defer stuck.Stop()
	return g.WebsocketConn.WriteJSON(json.RawMessage(b))
}

// SetReadLimit passes gqlgen's read limit on to the websocket.
func (g *wsGuard) SetReadLimit(limit int64) {
	if l, ok := g.WebsocketConn.(transport.WebsocketReadLimiter); ok {
		l.SetReadLimit(limit)
	}
}

// SetReadDeadline passes gqlgen's read deadline on to the websocket.
func (g *wsGuard) SetReadDeadline(t time.Time) error {
	if d, ok := g.WebsocketConn.(transport.WebsocketReadDeadliner); ok {
		return d.SetReadDeadline(t)
	}
	return nil
}

// forbidWrongToken makes a refused connection_init close the websocket
// with 4403 Forbidden, as graphql-transport-ws says, rather than gqlgen's
// 1000, a normal closure that clients take as a reason to reconnect.
func forbidWrongToken(init transport.WebsocketInitFunc) transport.WebsocketInitFunc {
	return func(ctx context.Context, p transport.InitPayload) (context.Context, *transport.InitPayload, error) {
		next, ack, err := init(ctx, p)
		if err != nil {
			return transport.AppendCloseReason(transport.WithWebsocketCloseCode(ctx, closeForbidden), "Forbidden"), nil, err
		}
		return next, ack, nil
	}
}
