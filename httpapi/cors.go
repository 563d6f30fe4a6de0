package httpapi

import (
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/resolvers"
)

// CheckOrigin reports whether origin can go in Options.CORSOrigins: "*",
// or a scheme and host with an optional port and nothing else
// ("https://viz.example.org", "http://localhost:5173").
func CheckOrigin(origin string) error {
	if origin == "*" {
		return nil
	}
	u, err := url.Parse(origin)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Path != "" || u.RawQuery != "" || u.Fragment != "" || u.User != nil {
		return resolvers.BadInput("CORS origin %q is not scheme://host[:port]", origin)
	}
	return nil
}

// corsPolicy lets the visualization front ends named in Options.CORSOrigins
// call the API from their own origins. Pages served by this server need
// none of it. Requests from any other origin are refused outright rather
// than answered without the CORS headers: a browser would hide the answer,
// but the request would still run.
type corsPolicy struct{ origins []string }

// allowed reports whether a request may come from origin; same-origin
// requests and those without an Origin (curl, servers) always may.
func (c corsPolicy) allowed(r *http.Request, origin string) bool {
	if origin == "" {
		return true
	}
	if u, err := url.Parse(origin); err == nil && strings.EqualFold(u.Host, r.Host) {
		return true
	}
	return slices.Contains(c.origins, "*") || slices.ContainsFunc(c.origins, func(o string) bool { return strings.EqualFold(o, origin) })
}

// wrap answers preflight requests, refuses foreign origins and sets the
// CORS headers of allowed ones.
func (c corsPolicy) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !c.headers(w, r) {
			writeError(w, http.StatusForbidden, resolvers.CodeForbidden, "cross-origin requests from "+r.Header.Get("Origin")+" are not allowed")
			return
		}
		if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
			h := w.Header()
			h.Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
			h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type, Accept")
			h.Set("Access-Control-Max-Age", "600")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// headers sets the CORS headers of the answer to r and reports whether its
// origin is allowed. The rate limiter calls it too: a front end that is
// refused with 429 or 503 must be able to read the refusal and its
// Retry-After, not see a network error.
func (c corsPolicy) headers(w http.ResponseWriter, r *http.Request) bool {
	origin := r.Header.Get("Origin")
	w.Header().Add("Vary", "Origin")
	if !c.allowed(r, origin) {
		return false
	}
	if origin != "" {
		if slices.Contains(c.origins, "*") {
			w.Header().Set("Access-Control-Allow-Origin", "*")
		} else {
			w.Header().Set("Access-Control-Allow-Origin", origin)
		}
		w.Header().Set("Access-Control-Expose-Headers", "Retry-After")
	}
	return true
}

// websocketOrigins are the same origins in coder/websocket's pattern
// syntax, which compares "scheme://host" when the pattern has a scheme.
// Websockets are not subject to CORS, so without this any page on the web
// could open a subscription.
func (c corsPolicy) websocketOrigins() []string {
	return slices.Clone(c.origins)
}

// onlyGET refuses, GraphQL-shaped, a method an endpoint does not take.
var onlyGET = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Allow", "GET, HEAD")
	writeError(w, http.StatusMethodNotAllowed, CodeBadRequest, r.Method+" is not allowed here: use GET")
})
