package httpapi

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/actorgraph/actorgraph/graph"

	"github.com/actorgraph/actorgraph/resolvers"
)

// latencyBuckets are the upper bounds, in seconds, of the request latency
// histogram: from a cached look-up to the 10 s request deadline.
var latencyBuckets = []float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}

// Metrics counts what the API serves, in a registry of its own
// (prometheus/client_golang) served at /metrics in Prometheus's formats.
// The zero value is not usable; a nil *Metrics records nothing.
type Metrics struct {
	reg      *prometheus.Registry
	requests *prometheus.CounterVec   // operation, outcome
	latency  *prometheus.HistogramVec // operation
	ingests  *prometheus.CounterVec   // outcome
	facts    prometheus.Counter       // facts of articles ingested
	added    prometheus.Counter       // quads added by ingests
	refused  *prometheus.CounterVec   // code: requests refused before being served (ratelimit.go)
	cached   *prometheus.CounterVec   // result: hit or miss of the response cache (respcache.go)
	hits     prometheus.Counter       // cached's two series, looked up once
	misses   prometheus.Counter
	store    *storeCollector // the store's size, read at each scrape
}

// NewMetrics returns empty metrics.
func NewMetrics() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "actorgraph_graphql_requests_total",
			Help: "GraphQL HTTP requests by operation kind (query, mutation, subscription, none when unparsed) and outcome (ok, or the first error's code).",
		}, []string{"operation", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "actorgraph_graphql_request_duration_seconds",
			Help:    "Time from a GraphQL request's arrival to its answer, by operation kind.",
			Buckets: latencyBuckets,
		}, []string{"operation"}),
		ingests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "actorgraph_ingest_articles_total",
			Help: "Articles handed in through ingestArticle, by outcome (ok, unchanged, error).",
		}, []string{"outcome"}),
		facts: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "actorgraph_ingest_facts_total",
			Help: "Facts extracted from the articles stored through ingestArticle.",
		}),
		added: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "actorgraph_ingest_quads_added_total",
			Help: "Quads added to the store by ingestArticle.",
		}),
		refused: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "actorgraph_http_refused_total",
			Help: "Requests refused before being served: RATE_LIMITED (one client over the rate limit, HTTP 429), OVERLOADED (too many requests in flight, HTTP 503).",
		}, []string{"code"}),
		cached: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "actorgraph_graphql_response_cache_total",
			Help: "GraphQL requests looked up in the response cache, by result: hit (answered from it), miss (executed).",
		}, []string{"result"}),
		store: &storeCollector{
			quads:    prometheus.NewDesc("actorgraph_store_quads", "Quads in the store, metadata included.", nil, nil),
			articles: prometheus.NewDesc("actorgraph_store_articles", "Articles in the store.", nil, nil),
		},
	}
	// series that exist from the start, at 0, so that rates work
	for _, o := range []string{"ok", "unchanged", "error"} {
		m.ingests.WithLabelValues(o)
	}
	for _, c := range []string{CodeRateLimited, CodeOverloaded} {
		m.refused.WithLabelValues(c)
	}
	m.hits, m.misses = m.cached.WithLabelValues("hit"), m.cached.WithLabelValues("miss")
	m.reg.MustRegister(m.requests, m.latency, m.ingests, m.facts, m.added, m.refused, m.cached, m.store)
	return m
}

// cacheLookup counts a look-up in the response cache.
func (m *Metrics) cacheLookup(hit bool) {
	switch {
	case m == nil:
	case hit:
		m.hits.Inc()
	default:
		m.misses.Inc()
	}
}

// refuse counts a request refused by the admission limits with code.
func (m *Metrics) refuse(code string) {
	if m == nil {
		return
	}
	m.refused.WithLabelValues(code).Inc()
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
	m.requests.WithLabelValues(kind, outcome).Inc()
	if d != 0 {
		m.latency.WithLabelValues(kind).Observe(d.Seconds())
	}
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
	switch {
	case err == nil && res.Unchanged():
		c.m.ingests.WithLabelValues("unchanged").Inc()
	case err == nil:
		c.m.ingests.WithLabelValues("ok").Inc()
		c.m.facts.Add(float64(res.Facts))
		c.m.added.Add(float64(res.Added))
	default:
		c.m.ingests.WithLabelValues("error").Inc()
	}
	return res, err
}

// sizer is the part of *graph.Store that gives the size gauges.
type sizer interface {
	Size(ctx context.Context) (graph.Size, error)
}

// storeCollector reports the store's size, read at each scrape. It is
// unchecked (it describes nothing up front): when the read fails the
// gauges are left out and the scrape still succeeds.
type storeCollector struct {
	quads, articles *prometheus.Desc
	mu              sync.Mutex
	store           sizer
	logf            func(string, ...any)
}

func (c *storeCollector) Describe(chan<- *prometheus.Desc) {}

func (c *storeCollector) Collect(ch chan<- prometheus.Metric) {
	c.mu.Lock()
	store, logf := c.store, c.logf
	c.mu.Unlock()
	if store == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	sz, err := store.Size(ctx)
	if err != nil {
		if logf != nil {
			logf("metrics: %v", err)
		}
		return
	}
	ch <- prometheus.MustNewConstMetric(c.quads, prometheus.GaugeValue, float64(sz.Quads))
	ch <- prometheus.MustNewConstMetric(c.articles, prometheus.GaugeValue, float64(sz.Articles))
}

// handler serves the metrics, with the size of store (when it has one)
// read at each scrape.
func (m *Metrics) handler(store any, logf func(string, ...any)) http.Handler {
	m.store.mu.Lock()
	m.store.store, _ = store.(sizer)
	m.store.logf = logf
	m.store.mu.Unlock()
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
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
