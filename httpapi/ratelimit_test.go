package httpapi

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
)

// step is one request of a rate limit case: from a local address, with an
// X-Forwarded-For header, and the status it must get.
type step struct {
	path   string
	from   string // local address to send from; "" is 127.0.0.1
	xff    string
	origin string // a front end's origin, whose CORS headers the answer must carry
	want   int
}

// slowRate refills a token per 100 s: no token comes back while a case
// runs, however slow the machine, so the statuses are deterministic.
const slowRate = 0.01

var rateLimitTests = []struct {
	name  string
	opts  Options
	steps []step
}{
	{"burst then 429", Options{RateLimit: slowRate, RateBurst: 3, RateLimitLoopback: true}, []step{
		{want: 200}, {want: 200}, {want: 200}, {want: 429}, {want: 429},
	}},
	{"loopback exempt by default", Options{RateLimit: slowRate, RateBurst: 1}, []step{
		{want: 200}, {want: 200}, {want: 200}, {from: "127.0.0.2", want: 200},
	}},
	{"separate clients, separate buckets", Options{RateLimit: slowRate, RateBurst: 1, RateLimitLoopback: true}, []step{
		{want: 200}, {from: "127.0.0.2", want: 200}, {from: "127.0.0.3", want: 200},
		{want: 429}, {from: "127.0.0.2", want: 429},
	}},
	{"X-Forwarded-For ignored unless trusted", Options{RateLimit: slowRate, RateBurst: 1, RateLimitLoopback: true}, []step{
		{xff: "203.0.113.1", want: 200}, {xff: "203.0.113.2", want: 429},
	}},
	{"trusted X-Forwarded-For: its last address is the client", Options{RateLimit: slowRate, RateBurst: 1, TrustForwardedFor: true}, []step{
		{xff: "203.0.113.1", want: 200}, {xff: "203.0.113.2", want: 200},
		{xff: "198.51.100.7, 203.0.113.1", want: 429},                    // a forged first hop changes nothing
		{xff: "2001:db8::1", want: 200}, {xff: "2001:db8::2", want: 429}, // one /64, one bucket
		{xff: "not an address", want: 200}, // falls back to the peer: loopback, exempt
	}},
	{"health and metrics exempt", Options{RateLimit: slowRate, RateBurst: 1, RateLimitLoopback: true}, []step{
		{path: "/healthz", want: 200}, {path: "/healthz", want: 200}, {path: "/metrics", want: 200},
		{want: 200}, {want: 429}, {path: "/healthz", want: 200}, {path: "/metrics", want: 200},
	}},
	{"refusals carry CORS headers", Options{RateLimit: slowRate, RateBurst: 1, RateLimitLoopback: true, CORSOrigins: []string{"https://viz.example"}}, []step{
		{origin: "https://viz.example", want: 200}, {origin: "https://viz.example", want: 429},
	}},
	{"off", Options{RateLimit: -1, RateLimitLoopback: true}, []step{
		{want: 200}, {want: 200}, {want: 200},
	}},
}

// TestRateLimit sends each case's requests over real HTTP to NewMux, from
// the local addresses the case names (any 127.x.y.z is this machine).
func TestRateLimit(t *testing.T) {
	for _, tc := range rateLimitTests {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(NewMux(nil, tc.opts))
			defer srv.Close()
			refused := 0
			for i, s := range tc.steps {
				resp, body := send(t, srv.URL, s)
				if resp.StatusCode != s.want {
					t.Fatalf("request %d %+v: status %d, want %d (%s)", i, s, resp.StatusCode, s.want, body)
				}
				if s.origin != "" && (resp.Header.Get("Access-Control-Allow-Origin") != s.origin || !strings.Contains(resp.Header.Get("Access-Control-Expose-Headers"), "Retry-After")) {
					t.Errorf("request %d from %s: CORS headers %v, want the origin allowed and Retry-After exposed", i, s.origin, resp.Header)
				}
				if s.want != http.StatusTooManyRequests {
					continue
				}
				refused++
				if n, err := strconv.Atoi(resp.Header.Get("Retry-After")); err != nil || n < 1 {
					t.Errorf("request %d: Retry-After %q, want whole seconds ≥ 1", i, resp.Header.Get("Retry-After"))
				}
				if code := errorCode(t, body); code != CodeRateLimited {
					t.Errorf("request %d: code %q, want %s (%s)", i, code, CodeRateLimited, body)
				}
			}
			_, metrics := send(t, srv.URL, step{path: "/metrics"})
			want := fmt.Sprintf("actorgraph_http_refused_total{code=%q} %d\n", CodeRateLimited, refused)
			if !strings.Contains(metrics, want) {
				t.Errorf("/metrics lacks %q", want)
			}
		})
	}
}

// send makes one request of a step and returns the response and its body.
func send(t *testing.T, base string, s step) (*http.Response, string) {
	t.Helper()
	dialer := &net.Dialer{Timeout: 5 * time.Second}
	if s.from != "" {
		dialer.LocalAddr = &net.TCPAddr{IP: net.ParseIP(s.from)}
	}
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{DialContext: dialer.DialContext}}
	defer client.CloseIdleConnections()
	path, method, body := s.path, http.MethodGet, ""
	if path == "" {
		path, method, body = "/graphql", http.MethodPost, `{"query": "{ __typename }"}`
	}
	req, err := http.NewRequest(method, base+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if s.xff != "" {
		req.Header.Set("X-Forwarded-For", s.xff)
	}
	if s.origin != "" {
		req.Header.Set("Origin", s.origin)
	}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}

// errorCode is the code of a GraphQL-shaped answer's first error.
func errorCode(t *testing.T, body string) string {
	t.Helper()
	var out struct {
		Errors []struct {
			Message    string
			Extensions struct{ Code string }
		}
	}
	if err := json.Unmarshal([]byte(body), &out); err != nil || len(out.Errors) == 0 || out.Errors[0].Message == "" {
		t.Fatalf("not a GraphQL error: %q (%v)", body, err)
	}
	return out.Errors[0].Extensions.Code
}

// TestInFlightCap holds requests in a handler and checks that those beyond
// the cap wait for a place, and get 503 when none frees in time, while
// /healthz gets through.
func TestInFlightCap(t *testing.T) {
	tests := []struct {
		name      string
		max       int
		wait      time.Duration
		releaseIn time.Duration // a held request finishes after this long
		want      int
	}{
		{"full, no place frees: 503", 2, 50 * time.Millisecond, -1, http.StatusServiceUnavailable},
		{"full, no wait: 503 at once", 2, -1, -1, http.StatusServiceUnavailable},
		{"full, a place frees within the wait: served", 2, 10 * time.Second, 100 * time.Millisecond, http.StatusOK},
		{"off", -1, 0, -1, http.StatusOK},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			entered, release := make(chan struct{}, 10), make(chan struct{})
			slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path == "/slow" {
					entered <- struct{}{}
					<-release
				}
				io.WriteString(w, "ok")
			})
			m := NewMetrics()
			opts := Options{RateLimit: -1, MaxInFlight: tc.max, QueueWait: tc.wait, Metrics: m}
			srv := httptest.NewServer(newAdmission(opts).wrap(slow))
			defer srv.Close()
			defer close(release)
			held := max(tc.max, 2)
			for range held {
				go http.Get(srv.URL + "/slow")
			}
			for range held {
				select {
				case <-entered:
				case <-time.After(10 * time.Second):
					t.Fatal("the held requests never reached the handler")
				}
			}
			if resp, _ := send(t, srv.URL, step{path: "/healthz"}); resp.StatusCode != http.StatusOK {
				t.Errorf("/healthz while full: %d", resp.StatusCode)
			}
			if tc.releaseIn > 0 {
				time.AfterFunc(tc.releaseIn, func() { release <- struct{}{} })
			}
			start := time.Now()
			resp, body := send(t, srv.URL, step{path: "/fast"})
			if resp.StatusCode != tc.want {
				t.Fatalf("request beyond %d in flight: %d, want %d (%s)", tc.max, resp.StatusCode, tc.want, body)
			}
			if tc.want != http.StatusServiceUnavailable {
				return
			}
			if d := time.Since(start); tc.wait > 0 && d < tc.wait {
				t.Errorf("refused after %v, before the queue wait of %v", d, tc.wait)
			}
			if code := errorCode(t, body); code != CodeOverloaded {
				t.Errorf("code %q, want %s", code, CodeOverloaded)
			}
			if ra := resp.Header.Get("Retry-After"); ra != "1" {
				t.Errorf("Retry-After %q, want 1", ra)
			}
			if n := testutil.ToFloat64(m.refused.WithLabelValues(CodeOverloaded)); n != 1 {
				t.Errorf("%v refusals counted, want 1", n)
			}
		})
	}
}

// TestRateLimiterBuckets runs the token buckets on a made-up clock.
func TestRateLimiterBuckets(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	a := netip.MustParseAddr("203.0.113.1")
	tests := []struct {
		at        time.Duration
		want      bool
		wantRetry time.Duration
	}{
		{0, true, 0},
		{0, true, 0},
		{0, false, 500 * time.Millisecond}, // burst of 2 spent; 2 tokens/s
		{250 * time.Millisecond, false, 250 * time.Millisecond},
		{500 * time.Millisecond, true, 0},
		{500 * time.Millisecond, false, 500 * time.Millisecond},
		{time.Hour, true, 0}, // refilled, no more than the burst
		{time.Hour, true, 0},
		{time.Hour, false, 500 * time.Millisecond},
	}
	l := newRateLimiter(2, 2, 10)
	for i, tc := range tests {
		ok, retry := l.take(a, t0.Add(tc.at))
		if ok != tc.want || retry.Round(time.Millisecond) != tc.wantRetry {
			t.Errorf("take %d at +%v: %v, retry %v; want %v, retry %v", i, tc.at, ok, retry, tc.want, tc.wantRetry)
		}
	}
}

// TestRateLimiterEviction checks that the buckets of many clients stay
// bounded, and that idle ones are forgotten.
func TestRateLimiterEviction(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	l := newRateLimiter(1, 5, 100)
	for i := range 10_000 {
		addr := netip.AddrFrom4([4]byte{10, byte(i >> 16), byte(i >> 8), byte(i)})
		if ok, _ := l.take(addr, t0); !ok {
			t.Fatalf("client %d refused its first request", i)
		}
		if n := l.clients(); n > 100 {
			t.Fatalf("%d buckets kept after %d clients, want ≤ 100", n, i+1)
		}
	}
	// 5 s refill the buckets; the sweep runs at most every 10 s
	if ok, _ := l.take(netip.MustParseAddr("192.0.2.1"), t0.Add(11*time.Second)); !ok {
		t.Fatal("a new client refused")
	}
	if n := l.clients(); n != 1 {
		t.Errorf("%d buckets kept once the others were idle and full, want 1", n)
	}
}

// TestRateLimitClient checks whose bucket a request is counted in.
func TestRateLimitClient(t *testing.T) {
	tests := []struct {
		remote, xff string
		forwarded   bool
		want        string // "" for not limited
	}{
		{"203.0.113.5:4242", "", false, "203.0.113.5"},
		{"203.0.113.5:4242", "198.51.100.1", false, "203.0.113.5"},
		{"203.0.113.5:4242", "198.51.100.1", true, "198.51.100.1"},
		{"203.0.113.5:4242", "10.0.0.1, 198.51.100.1", true, "198.51.100.1"},
		{"203.0.113.5:4242", "garbage", true, "203.0.113.5"},
		{"[::ffff:203.0.113.5]:4242", "", false, "203.0.113.5"},
		{"[2001:db8:1:2:3:4:5:6]:4242", "", false, "2001:db8:1:2::"},
		{"[fe80::1%eth0]:4242", "", false, "fe80::"},
		{"127.0.0.1:4242", "", false, ""},
		{"[::1]:4242", "", false, ""},
		{"127.0.0.1:4242", "203.0.113.9", true, "203.0.113.9"},
		{"@", "", false, ""},
	}
	for _, tc := range tests {
		l := newRateLimiter(1, 1, 10)
		l.forwarded = tc.forwarded
		r := httptest.NewRequest(http.MethodGet, "/graphql", nil)
		r.RemoteAddr = tc.remote
		if tc.xff != "" {
			r.Header.Set("X-Forwarded-For", tc.xff)
		}
		l.allow(r, time.Now())
		got := ""
		for k := range l.buckets {
			got = k.String()
		}
		if got != tc.want {
			t.Errorf("client(%q, X-Forwarded-For %q, trusted %v) = %q, want %q", tc.remote, tc.xff, tc.forwarded, got, tc.want)
		}
	}
}

// TestAdmissionLetsWebsocketsThrough: an upgrade request takes a token
// but no place in flight, since a websocket lives for hours.
func TestAdmissionLetsWebsocketsThrough(t *testing.T) {
	a := newAdmission(Options{RateLimit: -1, MaxInFlight: 1, QueueWait: -1})
	a.slots.slots <- struct{}{} // full
	served := false
	h := a.wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { served = true }))
	r := httptest.NewRequest(http.MethodGet, "/graphql", nil).WithContext(context.Background())
	r.Header.Set("Upgrade", "websocket")
	h.ServeHTTP(httptest.NewRecorder(), r)
	if !served {
		t.Error("an upgrade request was held by the in-flight cap")
	}
}
