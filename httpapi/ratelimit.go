package httpapi

import (
	"context"
	"fmt"
	"math"
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Defaults of the admission limits in Options. Every request but /healthz
// and /metrics passes them before anything else runs, so that a refusal
// costs a map look-up and not a parse.
const (
	// DefaultRateLimit is the requests per second one client may send on
	// average (Options.RateLimit). It is meant to stop floods, not to meter
	// people: the explorer sends a handful of queries per click, and a
	// newsroom behind one NAT address shares one bucket, so the limit sits
	// well above what people do and far below what a script can send.
	DefaultRateLimit = 50
	// DefaultRateBurst is how many requests a client may send at once
	// after a pause (Options.RateBurst): a page load with its assets and
	// first queries, or GraphiQL's introspection, fits several times.
	DefaultRateBurst = 100
	// DefaultMaxInFlight bounds the requests being served at once, from
	// every client together (Options.MaxInFlight). Each request is bounded
	// in cost (complexity 1000, a deadline, 1 MiB bodies), so this many
	// fit in memory; it is above the 1,000 clients of `make load`, which
	// come from 127.0.0.1 and so measure the server rather than this cap.
	DefaultMaxInFlight = 1024
	// DefaultQueueWait is how long a request waits for a place when
	// MaxInFlight are being served (Options.QueueWait): a burst is
	// smoothed over rather than refused, and a server that stays full
	// answers 503 quickly enough for clients to back off.
	DefaultQueueWait = time.Second
	// MaxRateClients bounds the clients whose buckets are kept. Beyond it
	// a new client replaces one picked at random, which at worst gives
	// that one a fresh bucket: an attacker with more addresses than this
	// gains a little leniency, and the server's memory stays bounded.
	MaxRateClients = 100_000
)

// Codes of requests refused before they are served.
const (
	// CodeRateLimited answers, with HTTP 429 and Retry-After, a client
	// that sent more than Options.RateLimit requests per second.
	CodeRateLimited = "RATE_LIMITED"
	// CodeOverloaded answers, with HTTP 503 and Retry-After, a request
	// that found Options.MaxInFlight requests being served and no place
	// freed within Options.QueueWait.
	CodeOverloaded = "OVERLOADED"
)

// exemptPaths are never limited: a load balancer's health checks and
// Prometheus's scrapes must get through exactly when the server is busy.
var exemptPaths = map[string]bool{"/healthz": true, "/metrics": true}

// admission refuses requests beyond the per-client rate and the in-flight
// cap. A nil field turns its limit off.
type admission struct {
	rate    *rateLimiter
	slots   *inFlight
	metrics *Metrics
	cors    corsPolicy // refusals carry the CORS headers the answer would
}

func newAdmission(opts Options) admission {
	a := admission{metrics: opts.Metrics, cors: corsPolicy{opts.CORSOrigins}}
	if opts.RateLimit > 0 {
		a.rate = newRateLimiter(opts.RateLimit, opts.RateBurst, MaxRateClients)
		a.rate.loopback = opts.RateLimitLoopback
		a.rate.forwarded = opts.TrustForwardedFor
	}
	if opts.MaxInFlight > 0 {
		a.slots = &inFlight{slots: make(chan struct{}, opts.MaxInFlight), wait: opts.QueueWait}
	}
	return a
}

// wrap applies the limits to next.
func (a admission) wrap(next http.Handler) http.Handler {
	if a.rate == nil && a.slots == nil {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if exemptPaths[r.URL.Path] {
			next.ServeHTTP(w, r)
			return
		}
		if ok, retry := a.rate.allow(r, time.Now()); !ok {
			a.metrics.refuse(CodeRateLimited)
			a.cors.headers(w, r)
			w.Header().Set("Retry-After", retryAfter(retry))
			writeError(w, http.StatusTooManyRequests, CodeRateLimited,
				fmt.Sprintf("too many requests from this client (more than %g per second): retry after %s s", a.rate.rate, retryAfter(retry)))
			return
		}
		// A websocket is served for as long as its client stays: it would
		// hold a place for hours. Websockets have their own cap
		// (Options.MaxWebsockets); their upgrade requests count above.
		if a.slots != nil && r.Header.Get("Upgrade") == "" {
			if !a.slots.acquire(r.Context()) {
				a.metrics.refuse(CodeOverloaded)
				a.cors.headers(w, r)
				w.Header().Set("Retry-After", retryAfter(a.slots.wait))
				writeError(w, http.StatusServiceUnavailable, CodeOverloaded,
					fmt.Sprintf("the server is serving %d requests: retry after %s s", cap(a.slots.slots), retryAfter(a.slots.wait)))
				return
			}
			defer a.slots.release()
		}
		next.ServeHTTP(w, r)
	})
}

// retryAfter is a Retry-After value: whole seconds, at least one.
func retryAfter(d time.Duration) string {
	return strconv.Itoa(max(1, int(math.Ceil(d.Seconds()))))
}

// inFlight is a semaphore of the requests being served.
type inFlight struct {
	slots chan struct{}
	wait  time.Duration
}

// acquire takes a place, waiting up to s.wait for one; false when none
// freed in time or the client went away.
func (s *inFlight) acquire(ctx context.Context) bool {
	select {
	case s.slots <- struct{}{}:
		return true
	default:
	}
	if s.wait <= 0 {
		return false
	}
	t := time.NewTimer(s.wait)
	defer t.Stop()
	select {
	case s.slots <- struct{}{}:
		return true
	case <-t.C:
		return false
	case <-ctx.Done():
		return false
	}
}

func (s *inFlight) release() { <-s.slots }

// rateLimiter keeps a token bucket per client (golang.org/x/time/rate):
// each holds up to burst tokens, refills at rate per second, and a
// request takes one.
type rateLimiter struct {
	rate      float64
	burst     int
	loopback  bool // limit loopback clients too
	forwarded bool // take the client from X-Forwarded-For

	mu      sync.Mutex
	buckets map[netip.Addr]*rate.Limiter
	max     int           // buckets kept at most
	full    time.Duration // an idle bucket is full again after this long
	swept   time.Time
}

// newRateLimiter returns a limiter of rate requests per second with bursts
// of burst (at least 1) that keeps at most maxClients buckets.
func newRateLimiter(perSecond float64, burst, maxClients int) *rateLimiter {
	burst = max(burst, 1)
	return &rateLimiter{
		rate:    perSecond,
		burst:   burst,
		buckets: map[netip.Addr]*rate.Limiter{},
		max:     max(maxClients, 1),
		full:    time.Duration(float64(burst) / perSecond * float64(time.Second)),
	}
}

// allow takes a token from r's client and reports whether there was one;
// if not, how long until there is. A nil limiter allows everything.
func (l *rateLimiter) allow(r *http.Request, now time.Time) (bool, time.Duration) {
	if l == nil {
		return true, 0
	}
	client, ok := l.client(r)
	if !ok || (!l.loopback && client.IsLoopback()) {
		return true, 0
	}
	if client.Is6() {
		// one host gets a /64: it must not hop between its own addresses
		client = netip.PrefixFrom(client, 64).Masked().Addr()
	}
	return l.take(client, now)
}

// take takes a token from client's bucket at time now. A new bucket is
// full.
func (l *rateLimiter) take(client netip.Addr, now time.Time) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.sweep(now)
	b, ok := l.buckets[client]
	if !ok {
		if len(l.buckets) >= l.max {
			for k := range l.buckets { // map order is random: a random victim
				delete(l.buckets, k)
				break
			}
		}
		b = rate.NewLimiter(rate.Limit(l.rate), l.burst)
		l.buckets[client] = b
	}
	res := b.ReserveN(now, 1)
	if !res.OK() {
		return false, l.full
	}
	if wait := res.DelayFrom(now); wait > 0 {
		res.CancelAt(now) // a refused request takes no token
		return false, wait
	}
	return true, 0
}

// sweep drops the buckets that have refilled: a full bucket is the same as
// none, so forgetting it changes nothing but the map's size. It walks the
// map at most once per refill time (and every 10 s at most often), which
// keeps its cost per request constant on average.
func (l *rateLimiter) sweep(now time.Time) {
	if now.Sub(l.swept) < max(l.full, 10*time.Second) {
		return
	}
	l.swept = now
	for k, b := range l.buckets {
		if b.TokensAt(now) >= float64(l.burst) {
			delete(l.buckets, k)
		}
	}
}

// clients returns the number of buckets kept, for tests.
func (l *rateLimiter) clients() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.buckets)
}

// client is the address r is counted under: the peer's, or with
// forwarded the last one of X-Forwarded-For, which the proxy in front of
// this server appended (the ones before it are whatever the client
// claimed). False when r names no IP address (a Unix socket's peer): such
// requests are not limited.
func (l *rateLimiter) client(r *http.Request) (netip.Addr, bool) {
	var addr netip.Addr
	if l.forwarded {
		if hops := r.Header.Values("X-Forwarded-For"); len(hops) > 0 {
			last := hops[len(hops)-1]
			if i := strings.LastIndexByte(last, ','); i >= 0 {
				last = last[i+1:]
			}
			addr, _ = netip.ParseAddr(strings.TrimSpace(last))
		}
	}
	if !addr.IsValid() {
		host, _, err := net.SplitHostPort(r.RemoteAddr)
		if err != nil {
			host = r.RemoteAddr
		}
		a, err := netip.ParseAddr(host)
		if err != nil {
			return netip.Addr{}, false
		}
		addr = a
	}
	return addr.Unmap().WithZone(""), true
}
