package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync"
	"testing"
	"time"
)

// local returns options that let this test's loopback servers through,
// with no wait between requests.
func local() Options { return Options{AllowPrivate: true, PerHost: -1} }

func serve(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func TestGet(t *testing.T) {
	var agent string
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n\nUser-agent: otherbot\nDisallow: /\n")
		case "/moved":
			http.Redirect(w, r, "/story", http.StatusMovedPermanently)
		case "/story":
			agent = r.Header.Get("User-Agent")
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, "<html><body><p>A story.</p></body></html>")
		default:
			http.NotFound(w, r)
		}
	})
	f := New(local())
	res, err := f.Get(context.Background(), srv.URL+"/moved#top")
	if err != nil {
		t.Fatal(err)
	}
	if res.URL != srv.URL+"/story" || res.MediaType() != "text/html" || !strings.Contains(string(res.Body), "A story.") {
		t.Errorf("Get = %+v", res)
	}
	if agent != DefaultUserAgent {
		t.Errorf("user agent %q, want %q", agent, DefaultUserAgent)
	}
	if _, err := f.Get(context.Background(), srv.URL+"/private/x"); !errors.Is(err, ErrRobots) {
		t.Errorf("Get of a path robots.txt disallows: %v, want ErrRobots", err)
	}
	if _, err := f.Get(context.Background(), srv.URL+"/gone"); !errors.Is(err, ErrStatus) || !strings.Contains(err.Error(), "404") {
		t.Errorf("Get of a missing page: %v, want ErrStatus 404", err)
	}
}

// TestRefusals covers each limit: every case must fail with its error,
// and quickly.
func TestRefusals(t *testing.T) {
	inner := serve(t, func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "inside the newsroom") })
	outer := serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/to-inner":
			http.Redirect(w, r, inner.URL+"/secret", http.StatusFound)
		case "/to-metadata":
			http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
		case "/to-file":
			http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
		case "/loop":
			http.Redirect(w, r, "/loop", http.StatusFound)
		case "/huge":
			// 5 GB announced and streamed until the client gives up
			w.Header().Set("Content-Type", "text/html")
			chunk := []byte(strings.Repeat("x", 64<<10))
			for range 80000 {
				if _, err := w.Write(chunk); err != nil {
					return
				}
			}
		case "/huge-announced":
			w.Header().Set("Content-Length", "5000000000")
			fmt.Fprint(w, "x")
		case "/slow":
			select {
			case <-time.After(5 * time.Second):
			case <-r.Context().Done():
			}
		default:
			http.NotFound(w, r) // robots.txt: none
		}
	})
	outerAddr := netip.MustParseAddrPort(strings.TrimPrefix(outer.URL, "http://"))
	// only the outer server is let through: the inner one stands for the
	// newsroom's network
	onlyOuter := Options{PerHost: -1, AllowAddr: func(ap netip.AddrPort) bool { return ap == outerAddr }}
	tests := []struct {
		name string
		opts Options
		url  string
		want error
	}{
		{"loopback by default", Options{PerHost: -1}, inner.URL + "/secret", ErrAddress},
		{"redirect to a private address", onlyOuter, outer.URL + "/to-inner", ErrAddress},
		{"redirect to link-local metadata", onlyOuter, outer.URL + "/to-metadata", ErrAddress},
		{"redirect to a file URL", onlyOuter, outer.URL + "/to-file", ErrScheme},
		{"redirect loop", onlyOuter, outer.URL + "/loop", ErrRedirects},
		{"5 GB body", Options{AllowPrivate: true, PerHost: -1, MaxBytes: 1 << 20}, outer.URL + "/huge", ErrTooLarge},
		{"5 GB announced", local(), outer.URL + "/huge-announced", ErrTooLarge},
		{"timeout", Options{AllowPrivate: true, PerHost: -1, Timeout: 300 * time.Millisecond}, outer.URL + "/slow", ErrTimeout},
		{"file scheme", local(), "file:///etc/passwd", ErrScheme},
		{"credentials", local(), "http://user:pw@" + strings.TrimPrefix(outer.URL, "http://") + "/", ErrScheme},
		{"private IP literal", Options{PerHost: -1}, "http://10.1.2.3:9/", ErrAddress},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			_, err := New(tt.opts).Get(context.Background(), tt.url)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Get(%s) = %v, want %v", tt.url, err, tt.want)
			}
			t.Logf("%v", err)
			if d := time.Since(start); d > 4*time.Second {
				t.Errorf("Get(%s) took %v", tt.url, d)
			}
		})
	}
}

func TestRobotsUnreachableRefuses(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.Error(w, "down", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprint(w, "page")
	})
	if _, err := New(local()).Get(context.Background(), srv.URL+"/a"); !errors.Is(err, ErrRobots) {
		t.Errorf("Get with robots.txt failing 503: %v, want ErrRobots", err)
	}
	o := local()
	o.IgnoreRobots = true
	if _, err := New(o).Get(context.Background(), srv.URL+"/a"); err != nil {
		t.Errorf("Get with IgnoreRobots: %v", err)
	}
}

// TestPerHostInterval checks that the requests to one host (robots.txt
// and three pages) start an interval apart: the j-th starts no earlier
// than j intervals after the first could. Start times are taken from the
// fetcher's transport, and only as lower bounds, so a busy machine (late
// timers, bunched arrivals at the server) cannot fail the test.
func TestPerHostInterval(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "ok") })
	const interval = 150 * time.Millisecond
	o := local()
	o.PerHost = interval
	f := New(o)
	starts := &startRecorder{next: f.client.Transport}
	f.client.Transport = starts
	begin := time.Now()
	for i := range 3 {
		if _, err := f.Get(context.Background(), fmt.Sprintf("%s/%d", srv.URL, i)); err != nil {
			t.Fatal(err)
		}
	}
	got := starts.times()
	if len(got) != 4 {
		t.Fatalf("%d requests, want robots.txt and 3 pages", len(got))
	}
	for j, at := range got {
		if min := begin.Add(time.Duration(j) * interval); at.Before(min) {
			t.Errorf("request %d started %v after the first could, want at least %v", j, at.Sub(begin), time.Duration(j)*interval)
		}
	}
}

// startRecorder records when each request starts.
type startRecorder struct {
	next   http.RoundTripper
	mu     sync.Mutex
	starts []time.Time
}

func (s *startRecorder) RoundTrip(r *http.Request) (*http.Response, error) {
	s.mu.Lock()
	s.starts = append(s.starts, time.Now())
	s.mu.Unlock()
	return s.next.RoundTrip(r)
}

func (s *startRecorder) times() []time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Time(nil), s.starts...)
}

func TestPublic(t *testing.T) {
	tests := []struct {
		addr string
		want bool
	}{
		{"93.184.216.34", true}, {"2606:4700::1111", true},
		{"127.0.0.1", false}, {"::1", false}, {"10.0.0.1", false}, {"172.16.5.4", false}, {"192.168.1.1", false},
		{"169.254.169.254", false}, {"fe80::1", false}, {"100.64.0.1", false}, {"0.0.0.0", false}, {"::", false},
		{"::ffff:127.0.0.1", false}, {"::ffff:10.0.0.1", false}, {"fd00::1", false}, {"224.0.0.1", false},
		{"255.255.255.255", false}, {"64:ff9b::a00:1", false},
	}
	for _, tt := range tests {
		if got := Public(netip.MustParseAddr(tt.addr)); got != tt.want {
			t.Errorf("Public(%s) = %v, want %v", tt.addr, got, tt.want)
		}
	}
}

func TestRobotsRules(t *testing.T) {
	body := []byte(`# a news site
User-agent: *
Disallow: /search
Disallow: /*.pdf$
Allow: /search/about

User-agent: ActorGraph
User-agent: somebot
Disallow: /archive/
Allow: /archive/public/
`)
	tests := []struct {
		agent, path string
		want        bool
	}{
		{"otherbot/2", "/world/story", true},
		{"otherbot/2", "/search?q=x", false},
		{"otherbot/2", "/search/about", true},
		{"otherbot/2", "/files/report.pdf", false},
		{"otherbot/2", "/files/report.pdf?x", true},
		{DefaultUserAgent, "/search?q=x", true}, // its own group replaces *
		{DefaultUserAgent, "/archive/2020/x", false},
		{DefaultUserAgent, "/archive/public/x", true},
	}
	for _, tt := range tests {
		if got := parseRobots(body, tt.agent).allows(tt.path); got != tt.want {
			t.Errorf("robots for %q allows(%q) = %v, want %v", tt.agent, tt.path, got, tt.want)
		}
	}
}

func TestMediaType(t *testing.T) {
	for in, want := range map[string]string{"text/HTML; charset=UTF-8": "text/html", "": "", "application/rss+xml": "application/rss+xml"} {
		if got := (Response{ContentType: in}).MediaType(); got != want {
			t.Errorf("MediaType(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestRobotsReadOnce: concurrent requests to one host read its robots.txt
// once.
func TestRobotsReadOnce(t *testing.T) {
	var mu sync.Mutex
	reads := 0
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			mu.Lock()
			reads++
			mu.Unlock()
			time.Sleep(50 * time.Millisecond)
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
			return
		}
		fmt.Fprint(w, "page")
	})
	f := New(local())
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := f.Get(context.Background(), fmt.Sprintf("%s/%d", srv.URL, i)); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if reads != 1 {
		t.Errorf("robots.txt read %d times by 8 concurrent requests, want once", reads)
	}
}
