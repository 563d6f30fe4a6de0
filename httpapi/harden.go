package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/actorgraph/actorgraph/resolvers"
)

// CodeBadRequest is the error code of a request that is not a GraphQL
// request at all: invalid JSON, a batch (a JSON array of operations), an
// unsupported content type or method, a mutation sent with GET.
const CodeBadRequest = "BAD_REQUEST"

// CodeCanceled is the code of an operation whose client disconnected
// before it was answered. It is not logged as an internal error: under
// load, clients that give up are routine.
const CodeCanceled = "CANCELED"

// ParserTokenLimit bounds the tokens of one GraphQL document. GraphiQL's
// introspection query has a few hundred; a body of 1 MiB of "{a" would
// otherwise cost parsing and validation time before the complexity limit
// looks at it. Generous enough that an alias bomb reaches the complexity
// limit and its clearer message.
const ParserTokenLimit = 15000

// requestInfo is what one HTTP request learned on its way through gqlgen,
// for its metrics and its status: the operation's kind, the code of its
// first error. Field resolvers run concurrently, hence the mutex.
type requestInfo struct {
	mu              sync.Mutex
	kind            string // query, mutation, subscription; "" when unparsed
	code            string // extensions.code of the first error; "" when none
	status          int    // HTTP status to answer with instead of gqlgen's; 0: gqlgen's
	unauthenticated bool   // a mutation without the token: HTTP 401
}

type infoKey struct{}

func requestInfoFrom(ctx context.Context) *requestInfo {
	info, _ := ctx.Value(infoKey{}).(*requestInfo)
	return info
}

func (i *requestInfo) setKind(kind string) {
	i.mu.Lock()
	defer i.mu.Unlock()
	if i.kind == "" {
		i.kind = kind
	}
}

func (i *requestInfo) setCode(code string) {
	i.mu.Lock()
	defer i.mu.Unlock()
	if i.code == "" {
		i.code = code
	}
}

func (i *requestInfo) setStatus(status int) {
	i.mu.Lock()
	defer i.mu.Unlock()
	i.status = status
}

func (i *requestInfo) snapshot() (kind, code string, status int, unauth bool) {
	i.mu.Lock()
	defer i.mu.Unlock()
	return i.kind, i.code, i.status, i.unauthenticated
}

// harden wraps the GraphQL handler in what a server on a network needs
// around gqlgen: CORS, the write token, metrics, and a code on every
// error, including the ones gqlgen writes itself without one.
func harden(next http.Handler, supported func(*http.Request) bool, guard tokenGuard, cors corsPolicy, m *Metrics, ws *sockets) http.Handler {
	return cors.wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r = guard.authenticate(r)
		if r.Header.Get("Upgrade") != "" {
			// a websocket: counted once when it opens; its operations run
			// long after this request's metrics would be recorded
			m.observe("subscription", "ok", 0)
			ws.serve(w, r, next)
			return
		}
		start := time.Now()
		info := &requestInfo{}
		r = r.WithContext(context.WithValue(r.Context(), infoKey{}, info))
		cw := &codeWriter{ResponseWriter: w, info: info}
		if supported(r) {
			next.ServeHTTP(cw, r)
		} else {
			writeError(cw, http.StatusUnsupportedMediaType, CodeBadRequest,
				"send a GraphQL request: POST with Content-Type: application/json, or GET with ?query=")
		}
		cw.finish()
		kind, code, _, _ := info.snapshot()
		if kind == "" {
			kind = "none"
		}
		m.observe(kind, outcome(code), time.Since(start))
	}))
}

// codeWriter passes successful responses through and holds back error
// responses (status 400 and up) to add a code to errors that lack one.
type codeWriter struct {
	http.ResponseWriter
	info   *requestInfo
	status int
	held   *bytes.Buffer // the body of an error response, until finish
}

func (w *codeWriter) WriteHeader(status int) {
	if w.status != 0 {
		return
	}
	_, _, override, unauth := w.info.snapshot()
	switch {
	case unauth && status < 300:
		status = http.StatusUnauthorized
		w.Header().Set("WWW-Authenticate", `Bearer realm="actorgraph"`)
	case override != 0:
		status = override
	}
	w.status = status
	if status >= 400 {
		w.held = new(bytes.Buffer)
		return
	}
	w.ResponseWriter.WriteHeader(status)
}

func (w *codeWriter) Write(p []byte) (int, error) {
	if w.status == 0 {
		w.WriteHeader(http.StatusOK)
	}
	if w.held != nil {
		return w.held.Write(p)
	}
	return w.ResponseWriter.Write(p)
}

// Flush lets streaming transports through; held bodies are not streamed.
func (w *codeWriter) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok && w.held == nil {
		f.Flush()
	}
}

// finish writes a held error response, every error with a code.
func (w *codeWriter) finish() {
	if w.held == nil {
		return
	}
	body, code := withCodes(w.held.Bytes())
	w.info.setCode(code)
	w.Header().Del("Content-Length")
	w.Header().Set("Content-Type", "application/json")
	w.ResponseWriter.WriteHeader(w.status)
	w.ResponseWriter.Write(body)
}

// withCodes returns a GraphQL response whose errors all have a code, and
// the first code. A body that is not a GraphQL response becomes one error.
func withCodes(body []byte) ([]byte, string) {
	var resp map[string]json.RawMessage
	var errs []map[string]any
	if json.Unmarshal(body, &resp) != nil || json.Unmarshal(resp["errors"], &errs) != nil || len(errs) == 0 {
		errs = []map[string]any{{"message": "bad request"}}
		resp = map[string]json.RawMessage{}
	}
	for _, e := range errs {
		ext, _ := e["extensions"].(map[string]any)
		if ext == nil {
			ext = map[string]any{}
			e["extensions"] = ext
		}
		if c, ok := ext["code"].(string); !ok || c == "" {
			ext["code"] = CodeBadRequest
		}
	}
	resp["errors"], _ = json.Marshal(errs)
	out, _ := json.Marshal(resp)
	code, _ := errs[0]["extensions"].(map[string]any)["code"].(string)
	return out, code
}

// presentCodes gives a code to the errors gqlgen raises before an
// operation exists (an unreadable or undecodable body), which the
// presenter receives without one, keeps the body that gqlgen quotes in
// them out of the answer, and shortens every message (limits.go).
func presentCodes(next graphql.ErrorPresenterFunc, maxBody int64) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		if errors.Is(err, context.Canceled) {
			// the client went away: nothing failed, and nobody reads this
			e := graphql.DefaultErrorPresenter(ctx, err)
			e.Message = "request canceled"
			setCode(e, CodeCanceled)
			return e
		}
		e := next(ctx, err)
		out := *e // gqlgen may share the error it hands in: change a copy
		out.Extensions = maps.Clone(e.Extensions)
		out.Message = truncate(e.Message)
		if c, _ := e.Extensions["code"].(string); c != "" {
			return &out
		}
		switch {
		case strings.Contains(e.Message, "request body too large"):
			out.Message = fmt.Sprintf("request body exceeds the limit of %d bytes", maxBody)
			setCode(&out, resolvers.CodeTooLarge)
			if info := requestInfoFrom(ctx); info != nil {
				info.setStatus(http.StatusRequestEntityTooLarge)
			}
		case strings.HasPrefix(e.Message, "json request body could not be decoded"):
			msg, _, _ := strings.Cut(e.Message, " body:")
			msg = truncate(msg)
			out.Message = msg + " (send one JSON object with a query; batches are not supported)"
			setCode(&out, CodeBadRequest)
		default:
			setCode(&out, CodeBadRequest)
		}
		return &out
	}
}

// operationMetrics records each operation's kind and first error code in
// its requestInfo, for harden's metrics.
type operationMetrics struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.ResponseInterceptor
} = operationMetrics{}

func (operationMetrics) ExtensionName() string                          { return "OperationMetrics" }
func (operationMetrics) Validate(schema graphql.ExecutableSchema) error { return nil }

func (operationMetrics) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	info := requestInfoFrom(ctx)
	if info == nil {
		return resp
	}
	if graphql.HasOperationContext(ctx) {
		if oc := graphql.GetOperationContext(ctx); oc.Operation != nil {
			info.setKind(string(oc.Operation.Operation))
		}
	}
	if resp != nil && len(resp.Errors) > 0 {
		c, _ := resp.Errors[0].Extensions["code"].(string)
		if c == "" {
			c = "ERROR"
		}
		info.setCode(c)
	}
	return resp
}

// setCode sets a GraphQL error's extensions.code.
func setCode(e *gqlerror.Error, code string) {
	if e.Extensions == nil {
		e.Extensions = map[string]any{}
	}
	e.Extensions["code"] = code
}
