package httpapi

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/lexer"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/bounded"
)

// DefaultResponseCacheBytes is the memory the response cache may hold by
// default: the warm answers of a few thousand actor pages (an actor with
// all its evidence is a few hundred bytes to 90 KB of JSON).
const DefaultResponseCacheBytes = 32 << 20

// generations is what the response cache needs of a store: a value that
// changes with every write (graph.Store.Generation).
type generations interface {
	Generation() (graph.Generation, bool)
}

// responseCache keeps the JSON answers of queries, so that a query asked
// again is answered without running gqlgen's execution, which costs far
// more than the store's reads (BENCHMARKS.md, section 6). It keeps an
// answer only while the store's generation stays the one it was computed
// at: the read cache's, which every write of this process moves, and, on
// PostgreSQL, every write of another server heard through NOTIFY
// (graph/notify.go). A store that cannot tell (no read cache, a listener
// down) turns it off. Only queries (no mutation, no subscription) that
// answered HTTP 200 without errors are kept, keyed by the normalized
// document, the operation name, the variables and the Accept header; only
// POST requests with a JSON body are looked up.
type responseCache struct {
	store   generations
	metrics *Metrics // counts hits and misses; nil counts nothing
	mu      sync.RWMutex
	gen     graph.Generation                    // the generation of every entry
	answers bounded.Map[string, cachedResponse] // weighed in bytes
	max     int
}

type cachedResponse struct {
	contentType string
	body        []byte
}

// entryOverhead is what an entry costs beyond its key and body: the map
// slot, the slice and string headers.
const entryOverhead = 96

func (e cachedResponse) weight(key string) int {
	return len(key) + len(e.contentType) + len(e.body) + entryOverhead
}

// newResponseCache returns a cache of up to max bytes over store, counted
// in m, or nil (no cache) when max is not positive or store has no
// generations.
func newResponseCache(store any, max int, m *Metrics) *responseCache {
	g, ok := store.(generations)
	if !ok || max <= 0 {
		return nil
	}
	answers := bounded.New(max, 8, func(key string, e cachedResponse) int { return e.weight(key) })
	return &responseCache{store: g, metrics: m, answers: answers, max: max}
}

// get returns the answer kept for key at generation gen.
func (c *responseCache) get(key string, gen graph.Generation) (cachedResponse, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if gen != c.gen {
		return cachedResponse{}, false
	}
	return c.answers.Get(key)
}

// put keeps e for key, computed by a request that started at generation
// gen, unless a write has ended since: the answer may predate it. A newer
// generation empties the cache first; an answer heavier than an eighth of
// the cache is not kept, and a full cache drops entries at random down to
// three quarters of its size (bounded.Map, as in the read cache).
func (c *responseCache) put(key string, gen graph.Generation, e cachedResponse) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if now, ok := c.store.Generation(); !ok || now != gen {
		return
	}
	if c.gen != gen {
		c.answers.Reset()
		c.gen = gen
	}
	c.answers.Put(key, e)
}

// serve answers r from the cache, or passes it to next and keeps the
// answer when it may. body is r's body, already read (checkText).
func (c *responseCache) serve(w http.ResponseWriter, r *http.Request, body []byte, next http.Handler) {
	key, ok := requestKey(r, body)
	gen, current := c.store.Generation()
	if !ok || !current {
		next.ServeHTTP(w, r)
		return
	}
	e, hit := c.get(key, gen)
	c.metrics.cacheLookup(hit)
	if hit {
		if info := requestInfoFrom(r.Context()); info != nil {
			info.setKind(string(ast.Query))
		}
		w.Header().Set("Content-Type", e.contentType)
		w.Header().Set("Content-Length", strconv.Itoa(len(e.body)))
		w.WriteHeader(http.StatusOK)
		w.Write(e.body)
		return
	}
	rec := &recorder{ResponseWriter: w, limit: c.max / 8}
	next.ServeHTTP(rec, r)
	if !rec.keep(r) {
		return
	}
	// a copy of its length: the buffer's spare capacity would not be
	// counted against the cache's size
	c.put(key, gen, cachedResponse{contentType: rec.Header().Get("Content-Type"), body: bytes.Clone(rec.body.Bytes())})
}

// recorder passes an answer through and keeps a copy of it, up to limit
// bytes.
type recorder struct {
	http.ResponseWriter
	status int
	body   bytes.Buffer
	limit  int
	over   bool // the answer was longer than limit
}

func (w *recorder) WriteHeader(status int) {
	if w.status == 0 {
		w.status = status
	}
	w.ResponseWriter.WriteHeader(status)
}

func (w *recorder) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	if !w.over && w.body.Len()+len(b) <= w.limit {
		w.body.Write(b)
	} else {
		w.over = true
		w.body = bytes.Buffer{}
	}
	return w.ResponseWriter.Write(b)
}

// keep reports whether the recorded answer to r may be kept: a query's
// whole answer, HTTP 200, without errors.
func (w *recorder) keep(r *http.Request) bool {
	if w.over || w.status != http.StatusOK || w.body.Len() == 0 {
		return false
	}
	info := requestInfoFrom(r.Context())
	if info == nil {
		return false
	}
	kind, code, status, unauth := info.snapshot()
	return kind == string(ast.Query) && code == "" && status == 0 && !unauth
}

// requestKey is the cache key of a GraphQL request sent by POST as JSON:
// the normalized document (normalizeQuery), the operation name, the
// variables in canonical JSON (keys sorted) and the Accept header, which
// picks the answer's content type. ok is false for what is not kept: other
// methods, bodies that are not one request, requests with extensions
// (persisted queries), documents the lexer refuses.
func requestKey(r *http.Request, body []byte) (key string, ok bool) {
	if r.Method != http.MethodPost || !strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		return "", false
	}
	var p struct {
		Query         string          `json:"query"`
		OperationName string          `json:"operationName"`
		Variables     json.RawMessage `json:"variables"`
		Extensions    json.RawMessage `json:"extensions"`
	}
	if err := json.Unmarshal(body, &p); err != nil || p.Query == "" || !isNull(p.Extensions) {
		return "", false
	}
	vars, ok := canonicalJSON(p.Variables)
	if !ok {
		return "", false
	}
	doc, ok := normalizeQuery(p.Query)
	if !ok {
		return "", false
	}
	return strings.Join([]string{doc, p.OperationName, vars, r.Header.Get("Accept")}, "\x00"), true
}

func isNull(raw json.RawMessage) bool {
	s := strings.TrimSpace(string(raw))
	return s == "" || s == "null"
}

// canonicalJSON rewrites a JSON value with its objects' keys sorted and no
// white space, so that two spellings of the same variables are one key.
func canonicalJSON(raw json.RawMessage) (string, bool) {
	if isNull(raw) {
		return "", true
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber() // 1.0 and 1 stay apart, as gqlgen sees them
	var v any
	if err := dec.Decode(&v); err != nil {
		return "", false
	}
	if _, err := dec.Token(); err != io.EOF {
		return "", false
	}
	out, err := json.Marshal(v)
	return string(out), err == nil
}

// normalizeQuery is a GraphQL document's tokens one space apart: white
// space, commas and comments, which mean nothing in GraphQL, do not make
// two keys of one query. Strings are quoted anew from their values.
func normalizeQuery(q string) (string, bool) {
	var b strings.Builder
	b.Grow(len(q))
	l := lexer.New(&ast.Source{Input: q})
	for {
		tok, err := l.ReadToken()
		if err != nil {
			return "", false
		}
		switch tok.Kind {
		case lexer.EOF:
			return b.String(), true
		case lexer.Comment:
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		switch tok.Kind {
		case lexer.String, lexer.BlockString:
			b.WriteString(strconv.Quote(tok.Value))
		case lexer.Name, lexer.Int, lexer.Float:
			b.WriteString(tok.Value)
		default: // a punctuator, which the lexer gives no value ("...")
			b.WriteString(tok.Kind.String())
		}
	}
}
