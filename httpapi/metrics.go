package httpapi

import (
	"bufio"
	"cmp"
	"context"
	"fmt"
	"io"
	"maps"
	"net/http"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/actorgraph/actorgraph/graph"

	"github.com/actorgraph/actorgraph/resolvers"
)

// latencyBuckets are the upper bounds, in seconds, of the request latency
// histogram: from a cached look-up to the 10 s request deadline.
var latencyBuckets = []float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}

// Metrics counts what the API serves, for Prometheus's text format at
// /metrics. It is written by hand rather than with client_golang: a dozen
// series do not need a registry, and the only client_golang in reach is
// Cayley's from 2019. The zero value is not usable; a nil *Metrics records
// nothing.
type Metrics struct {
	mu        sync.Mutex
	requests  map[[2]string]uint64 // {operation, outcome} → count
	latencies map[string]*histogram
	ingests   map[string]uint64 // outcome → count
	facts     uint64            // facts of articles ingested
	added     uint64            // quads added by ingests
	refused   map[string]uint64 // code → requests refused before being served (ratelimit.go)
}

type histogram struct {
	counts []uint64 // per bucket, not cumulative; the last is +Inf
	sum    float64
	n      uint64
}

// NewMetrics returns empty metrics.
func NewMetrics() *Metrics {
	return &Metrics{requests: map[[2]string]uint64{}, latencies: map[string]*histogram{}, ingests: map[string]uint64{}, refused: map[string]uint64{}}
}

// refuse counts a request refused by the admission limits with code.
func (m *Metrics) refuse(code string) {
	if m == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.refused[code]++
}

// outcome is a request's outcome label: "ok", or its first error's code
// when that is a plain constant, so that a client cannot grow the label set.
func outcome(code string) string {
	if code == "" {
		return "ok"
	}
	if len(code) > 40 {
		return "other"
	}
	for _, r := range code {
		if (r < 'A' || r > 'Z') && r != '_' {
			return "other"
		}
	}
	return code
}

// observe counts a request. A zero duration counts it without a latency.
func (m *Metrics) observe(kind, outcome string, d time.Duration) {
	if m == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.requests[[2]string{kind, outcome}]++
	if d == 0 {
		return
	}
	h := m.latencies[kind]
	if h == nil {
		h = &histogram{counts: make([]uint64, len(latencyBuckets)+1)}
		m.latencies[kind] = h
	}
	s := d.Seconds()
	i, _ := slices.BinarySearch(latencyBuckets, s)
	h.counts[i]++
	h.sum += s
	h.n++
}

// ingester counts the articles in handed to in, and what they added.
func (m *Metrics) ingester(in resolvers.Ingester) resolvers.Ingester {
	if in == nil || m == nil {
		return in // nil stays nil: the server is read-only
	}
	return countingIngester{in, m}
}

type countingIngester struct {
	next resolvers.Ingester
	m    *Metrics
}

func (c countingIngester) Ingest(ctx context.Context, s resolvers.Submission) (graph.WriteResult, error) {
	res, err := c.next.Ingest(ctx, s)
	c.m.mu.Lock()
	defer c.m.mu.Unlock()
	switch {
	case err == nil && res.Unchanged():
		c.m.ingests["unchanged"]++
	case err == nil:
		c.m.ingests["ok"]++
		c.m.facts += uint64(res.Facts)
		c.m.added += uint64(res.Added)
	default:
		c.m.ingests["error"]++
	}
	return res, err
}

// sizer is the part of *graph.Store that gives the size gauges.
type sizer interface {
	Size(ctx context.Context) (graph.Size, error)
}

// handler serves the metrics in Prometheus's text exposition format
// (version 0.0.4). The store's size is read at each scrape; if it fails
// the gauges are left out and the scrape still succeeds.
func (m *Metrics) handler(store any, logf func(string, ...any)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
		var size *graph.Size
		if s, ok := store.(sizer); ok {
			ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
			sz, err := s.Size(ctx)
			cancel()
			if err == nil {
				size = &sz
			} else if logf != nil {
				logf("metrics: %v", err)
			}
		}
		bw := bufio.NewWriter(w)
		m.write(bw, size)
		bw.Flush()
	})
}

func (m *Metrics) write(w io.Writer, size *graph.Size) {
	m.mu.Lock()
	defer m.mu.Unlock()
	header := func(name, typ, help string) {
		fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, typ)
	}
	header("actorgraph_graphql_requests_total", "counter", "GraphQL HTTP requests by operation kind (query, mutation, subscription, none when unparsed) and outcome (ok, or the first error's code).")
	keys := slices.Collect(maps.Keys(m.requests))
	slices.SortFunc(keys, func(a, b [2]string) int {
		if a[0] != b[0] {
			return cmp.Compare(a[0], b[0])
		}
		return cmp.Compare(a[1], b[1])
	})
	for _, k := range keys {
		fmt.Fprintf(w, "actorgraph_graphql_requests_total{operation=%q,outcome=%q} %d\n", k[0], k[1], m.requests[k])
	}
	header("actorgraph_graphql_request_duration_seconds", "histogram", "Time from a GraphQL request's arrival to its answer, by operation kind.")
	kinds := slices.Sorted(maps.Keys(m.latencies))
	for _, kind := range kinds {
		h := m.latencies[kind]
		var cum uint64
		for i, c := range h.counts {
			cum += c
			le := "+Inf"
			if i < len(latencyBuckets) {
				le = strconv.FormatFloat(latencyBuckets[i], 'g', -1, 64)
			}
			fmt.Fprintf(w, "actorgraph_graphql_request_duration_seconds_bucket{operation=%q,le=%q} %d\n", kind, le, cum)
		}
		fmt.Fprintf(w, "actorgraph_graphql_request_duration_seconds_sum{operation=%q} %s\n", kind, strconv.FormatFloat(h.sum, 'g', -1, 64))
		fmt.Fprintf(w, "actorgraph_graphql_request_duration_seconds_count{operation=%q} %d\n", kind, h.n)
	}
	header("actorgraph_ingest_articles_total", "counter", "Articles handed in through ingestArticle, by outcome (ok, unchanged, error).")
	for _, o := range []string{"ok", "unchanged", "error"} {
		fmt.Fprintf(w, "actorgraph_ingest_articles_total{outcome=%q} %d\n", o, m.ingests[o])
	}
	header("actorgraph_ingest_facts_total", "counter", "Facts extracted from the articles stored through ingestArticle.")
	fmt.Fprintf(w, "actorgraph_ingest_facts_total %d\n", m.facts)
	header("actorgraph_ingest_quads_added_total", "counter", "Quads added to the store by ingestArticle.")
	fmt.Fprintf(w, "actorgraph_ingest_quads_added_total %d\n", m.added)
	header("actorgraph_http_refused_total", "counter", "Requests refused before being served: RATE_LIMITED (one client over the rate limit, HTTP 429), OVERLOADED (too many requests in flight, HTTP 503).")
	for _, code := range []string{CodeRateLimited, CodeOverloaded} {
		fmt.Fprintf(w, "actorgraph_http_refused_total{code=%q} %d\n", code, m.refused[code])
	}
	if size != nil {
		header("actorgraph_store_quads", "gauge", "Quads in the store, metadata included.")
		fmt.Fprintf(w, "actorgraph_store_quads %d\n", size.Quads)
		header("actorgraph_store_articles", "gauge", "Articles in the store.")
		fmt.Fprintf(w, "actorgraph_store_articles %d\n", size.Articles)
	}
}

// pinger is the part of *graph.Store that the health check uses.
type pinger interface {
	Ping(ctx context.Context) error
}

// healthHandler answers 200 "ok" when the store answers a read within two
// seconds, 503 otherwise: a load balancer then stops sending requests to a
// server whose store is gone. The cause goes to the log only.
func healthHandler(store any, logf func(string, ...any)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		if p, ok := store.(pinger); ok {
			ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
			err := p.Ping(ctx)
			cancel()
			if err != nil {
				if logf != nil {
					logf("healthz: %v", err)
				}
				w.WriteHeader(http.StatusServiceUnavailable)
				fmt.Fprintln(w, "store unavailable")
				return
			}
		}
		fmt.Fprintln(w, "ok")
	})
}
