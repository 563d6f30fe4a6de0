package httpapi

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/coder/websocket"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/actorgraph/actorgraph/resolvers/generated"
	"github.com/actorgraph/actorgraph/web"

	"github.com/actorgraph/actorgraph/resolvers"
)

// Options bound what one request may cost.
type Options struct {
	MaxBodyBytes  int64              // request body limit; default 1 MiB
	Timeout       time.Duration      // per-request deadline; default 10 s
	MaxComplexity int                // query complexity limit; default 1000
	MaxDepth      int                // selection nesting limit; default 12
	Ingester      resolvers.Ingester // takes mutations; nil makes the API read-only
	Logf          func(format string, args ...any)

	// Token is the bearer token mutations must carry (auth.go). Empty
	// checks none, for tests and embedding: cmd/server gives no Ingester
	// without a token.
	Token string
	// CORSOrigins may call the API from other origins (cors.go): "*" or
	// scheme://host[:port]. None: same origin only.
	CORSOrigins []string
	// Metrics counts requests for /metrics; nil: NewMux makes its own.
	Metrics *Metrics
	// MaxWebsockets bounds the websockets open at once; default 1000.
	MaxWebsockets int
	// WebsocketInitTimeout closes a websocket that sends no
	// connection_init in time; WebsocketWriteTimeout drops one whose
	// client does not read. Defaults: DefaultWebsocketInitTimeout and
	// DefaultWebsocketWriteTimeout (websocket.go).
	WebsocketInitTimeout  time.Duration
	WebsocketWriteTimeout time.Duration

	// RateLimit is the requests per second one client may send on average
	// (ratelimit.go), in bursts of up to RateBurst; beyond it the answer is
	// HTTP 429 with Retry-After. 0 takes DefaultRateLimit and
	// DefaultRateBurst; negative turns the limit off.
	RateLimit float64
	RateBurst int
	// RateLimitLoopback limits clients on 127.0.0.1 and ::1 too. They are
	// exempt by default: they are this machine's own tools (`make load`
	// runs 1,000 clients from there), and a network client cannot claim a
	// loopback address unless TrustForwardedFor lets it.
	RateLimitLoopback bool
	// TrustForwardedFor counts requests under the last address of
	// X-Forwarded-For instead of the peer's. Set it only behind a reverse
	// proxy that sets that header: otherwise any client could pick its
	// own bucket. Behind a proxy on the same machine, without it, every
	// client would look like loopback and be exempt.
	TrustForwardedFor bool
	// MaxInFlight bounds the requests served at once, websockets aside;
	// a request beyond it waits up to QueueWait for a place, then gets
	// HTTP 503 with Retry-After. 0 takes DefaultMaxInFlight and
	// DefaultQueueWait; negative turns the cap (or the wait) off.
	MaxInFlight int
	QueueWait   time.Duration
	// ResponseCacheBytes bounds the memory of the response cache
	// (respcache.go), which answers a query asked again without running
	// it, until the store is written. 0 takes DefaultResponseCacheBytes;
	// negative turns it off. It is off anyway over a store that cannot
	// tell when it was written (graph.Store.Generation).
	ResponseCacheBytes int
}

func (o Options) withDefaults() Options {
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = 1 << 20
	}
	if o.Timeout <= 0 {
		o.Timeout = 10 * time.Second
	}
	if o.MaxComplexity <= 0 {
		o.MaxComplexity = 1000
	}
	if o.MaxDepth <= 0 {
		o.MaxDepth = 12
	}
	if o.MaxWebsockets <= 0 {
		o.MaxWebsockets = MaxWebsockets
	}
	if o.WebsocketInitTimeout <= 0 {
		o.WebsocketInitTimeout = DefaultWebsocketInitTimeout
	}
	if o.WebsocketWriteTimeout <= 0 {
		o.WebsocketWriteTimeout = DefaultWebsocketWriteTimeout
	}
	if o.Metrics == nil {
		o.Metrics = NewMetrics()
	}
	if o.RateLimit == 0 {
		o.RateLimit = DefaultRateLimit
	}
	if o.RateBurst <= 0 {
		o.RateBurst = DefaultRateBurst
	}
	if o.MaxInFlight == 0 {
		o.MaxInFlight = DefaultMaxInFlight
	}
	if o.QueueWait == 0 {
		o.QueueWait = DefaultQueueWait
	}
	if o.ResponseCacheBytes == 0 {
		o.ResponseCacheBytes = DefaultResponseCacheBytes
	}
	return o
}

// NewGraphQL returns the GraphQL endpoint over store: POST and GET
// transports, introspection, a complexity limit, a body limit, a deadline
// per request, panics recovered, errors presented by PresentError, and
// the answers of queries kept until the store is written (respcache.go).
func NewGraphQL(store resolvers.Store, opts Options) http.Handler {
	opts = opts.withDefaults()
	cfg := resolvers.NewConfig(store, opts.Metrics.ingester(opts.Ingester))
	setComplexity(&cfg.Complexity)
	srv := handler.New(generated.NewExecutableSchema(cfg))
	guard, cors := newTokenGuard(opts.Token), corsPolicy{opts.CORSOrigins}
	transports := []graphql.Transport{
		transport.Websocket{
			KeepAlivePingInterval: 10 * time.Second,
			InitFunc:              forbidWrongToken(guard.wsInit),
			Implementation: guardedWebsockets{
				CoderWebsocketImplementation: transport.CoderWebsocketImplementation{
					AcceptOptions: websocket.AcceptOptions{OriginPatterns: cors.websocketOrigins()},
				},
				initTimeout:  opts.WebsocketInitTimeout,
				writeTimeout: opts.WebsocketWriteTimeout,
			},
		},
		transport.Options{},
		transport.GET{},
		transport.POST{},
	}
	for _, t := range transports {
		srv.AddTransport(t)
	}
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.SetParserTokenLimit(ParserTokenLimit)
	srv.Use(extension.Introspection{})
	srv.Use(extension.FixedComplexityLimit(opts.MaxComplexity))
	srv.Use(depthLimit{opts.MaxDepth})
	srv.Use(mutationAuth{guard})
	srv.Use(shapeLimit{})
	srv.Use(&strictVariables{})
	srv.Use(httpOnlyChecks{})
	srv.Use(singleField{})
	srv.Use(argumentLimit{})
	srv.Use(subscriptionLimit{timeout: opts.Timeout})
	srv.Use(operationMetrics{})
	srv.SetErrorPresenter(presentCodes(resolvers.PresentError(opts.Logf), opts.MaxBodyBytes))
	srv.SetRecoverFunc(func(ctx context.Context, v any) error {
		// the presenter shows this as "internal error" and logs it
		return fmt.Errorf("panic: %v", v)
	})
	cache := newResponseCache(store, opts.ResponseCacheBytes, opts.Metrics)
	execute := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(resolvers.WithRequestCache(r.Context()), opts.Timeout)
		defer cancel()
		srv.ServeHTTP(w, r.WithContext(ctx))
	})
	supported := func(r *http.Request) bool {
		return slices.ContainsFunc(transports, func(t graphql.Transport) bool { return t.Supports(r) })
	}
	return harden(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > opts.MaxBodyBytes {
			// refuse before reading: the client declared what it sends
			writeError(w, http.StatusRequestEntityTooLarge, resolvers.CodeTooLarge,
				fmt.Sprintf("request body of %d bytes exceeds the limit of %d", r.ContentLength, opts.MaxBodyBytes))
			return
		}
		if r.Header.Get("Upgrade") != "" {
			// a subscription lives as long as its client: no request
			// deadline, and its messages are bounded by the transport
			srv.ServeHTTP(w, r)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, opts.MaxBodyBytes)
		body, err := checkText(r)
		if err != nil {
			writeError(w, http.StatusBadRequest, CodeBadRequest, err.Error())
			return
		}
		if cache != nil && body != nil {
			cache.serve(w, r, body, execute)
			return
		}
		execute(w, r)
	}), supported, guard, cors, opts.Metrics, &sockets{max: int64(opts.MaxWebsockets)})
}

// writeError answers with a GraphQL-shaped error outside of gqlgen, for
// requests refused before they reach it.
func writeError(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{
		"errors": []map[string]any{{"message": msg, "extensions": map[string]any{"code": code}}},
	})
}

// Backend is everything the HTTP API serves from: *graph.Store.
type Backend interface {
	resolvers.Store
	ExportStore
}

// NewMux serves GraphQL at /graphql, its schema as SDL at /schema.graphql,
// GraphiQL at /, the network explorer
// at /explore, downloads of the graph at /export (see ExportParams), a
// health check at /healthz and Prometheus metrics at /metrics. Cayley's own
// query endpoints (/api/v1/query/...) are not served. Every request but
// those to /healthz and /metrics passes the rate limit and the in-flight
// cap of opts first (ratelimit.go).
func NewMux(store Backend, opts Options) http.Handler {
	opts = opts.withDefaults()
	mux := http.NewServeMux()
	mux.Handle("/graphql", NewGraphQL(store, opts))
	mux.Handle("GET /schema.graphql", corsPolicy{opts.CORSOrigins}.wrap(schemaHandler()))
	mux.Handle("GET /export", corsPolicy{opts.CORSOrigins}.wrap(exportHandler(store, opts)))
	web.Mount(mux, "/graphql") // GraphiQL at / and /graphiql, the explorer at /explore, /assets/
	mux.Handle("GET /healthz", healthHandler(store, opts.Logf))
	mux.Handle("GET /metrics", opts.Metrics.handler(store, opts.Logf))
	// other methods on /export: a coded error, not the mux's plain text
	mux.Handle("/export", onlyGET)
	return newAdmission(opts).wrap(mux)
}
