// Package fetch gets web pages and feeds for the loader, with the limits
// a newsroom's server needs when its users hand it URLs: a timeout, a
// size limit, a redirect limit, a user agent that says who is asking,
// robots.txt respected, a minimum interval between requests to one host,
// and no way into private networks.
//
// Addresses are checked when a connection is made, after name resolution
// and for every redirect: loopback, private (RFC 1918, fc00::/7),
// link-local (169.254.0.0/16, the cloud metadata service), carrier-grade
// NAT, unspecified and multicast addresses are refused unless
// Options.AllowPrivate is set. No proxy from the environment is used: it
// would connect on the fetcher's behalf, past the check.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Errors of Get; test with errors.Is.
var (
	ErrAddress   = errors.New("address not allowed")
	ErrScheme    = errors.New("only http and https URLs are fetched")
	ErrTooLarge  = errors.New("response too large")
	ErrRedirects = errors.New("too many redirects")
	ErrRobots    = errors.New("disallowed by robots.txt")
	ErrStatus    = errors.New("unexpected HTTP status")
	ErrTimeout   = errors.New("timed out")
)

// Defaults of Options' zero fields.
const (
	DefaultTimeout      = 20 * time.Second
	DefaultMaxBytes     = 10 << 20
	DefaultMaxRedirects = 5
	DefaultPerHost      = time.Second
	DefaultUserAgent    = "actorgraph/1.0 (news article loader; +https://github.com/actorgraph/actorgraph)"
	// robotsMaxBytes is the most of a robots.txt that is read (RFC 9309
	// asks for at least 500 KiB).
	robotsMaxBytes = 512 << 10
)

// Options configure a Fetcher. The zero value is a safe default.
type Options struct {
	Timeout      time.Duration // one request, body included; 0: DefaultTimeout
	MaxBytes     int64         // the largest body read; 0: DefaultMaxBytes
	MaxRedirects int           // 0: DefaultMaxRedirects; negative: none followed
	UserAgent    string        // "": DefaultUserAgent
	// PerHost is the least time between the starts of two requests to
	// one host; 0: DefaultPerHost, negative: no wait.
	PerHost time.Duration
	// AllowPrivate lets requests reach loopback, private and link-local
	// addresses: for a newsroom's own intranet, and for tests.
	AllowPrivate bool
	// AllowAddr, if set, is asked about every address the default check
	// refuses, and allows it when it returns true: tests let one local
	// server through and still see the others refused.
	AllowAddr func(netip.AddrPort) bool
	// IgnoreRobots skips robots.txt.
	IgnoreRobots bool
}

// Fetcher gets URLs under its Options. It is safe for concurrent use.
type Fetcher struct {
	opts   Options
	client *http.Client

	mu     sync.Mutex
	next   map[string]time.Time    // host → when its next request may start
	robots map[string]*robotsEntry // scheme://host → its rules
}

// New returns a Fetcher with opts.
func New(opts Options) *Fetcher {
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.MaxRedirects == 0 {
		opts.MaxRedirects = DefaultMaxRedirects
	}
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent
	}
	if opts.PerHost == 0 {
		opts.PerHost = DefaultPerHost
	}
	f := &Fetcher{opts: opts, next: map[string]time.Time{}, robots: map[string]*robotsEntry{}}
	dialer := &net.Dialer{Timeout: 10 * time.Second, Control: f.control}
	transport := &http.Transport{
		Proxy:                 nil,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: opts.Timeout,
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       30 * time.Second,
	}
	f.client = &http.Client{
		Transport: transport,
		Timeout:   opts.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > opts.MaxRedirects || opts.MaxRedirects < 0 {
				return fmt.Errorf("%w: more than %d", ErrRedirects, max(opts.MaxRedirects, 0))
			}
			if err := checkURL(req.URL); err != nil {
				return err
			}
			return nil
		},
	}
	return f
}

// control refuses a connection to an address that is not allowed. It runs
// for every connection, after name resolution: a public name that
// resolves to a private address is refused too.
func (f *Fetcher) control(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: %q: %v", ErrAddress, address, err)
	}
	if f.opts.AllowPrivate || Public(ap.Addr()) || f.opts.AllowAddr != nil && f.opts.AllowAddr(ap) {
		return nil
	}
	return fmt.Errorf("%w: %s is a private, loopback or link-local address", ErrAddress, ap.Addr())
}

// special are the ranges Public refuses beyond those netip classifies.
var special = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),      // "this network"
	netip.MustParsePrefix("100.64.0.0/10"),  // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),   // IETF protocol assignments
	netip.MustParsePrefix("198.18.0.0/15"),  // benchmarking
	netip.MustParsePrefix("240.0.0.0/4"),    // reserved, and broadcast
	netip.MustParsePrefix("64:ff9b::/96"),   // NAT64: may map to a private IPv4
	netip.MustParsePrefix("64:ff9b:1::/48"), // local-use NAT64
	netip.MustParsePrefix("2001:db8::/32"),  // documentation
	netip.MustParsePrefix("fec0::/10"),      // deprecated site-local
	netip.MustParsePrefix("::ffff:0:0/96"),  // IPv4-mapped (checked unmapped)
	netip.MustParsePrefix("100::/64"),       // discard-only
	netip.MustParsePrefix("2002::/16"),      // 6to4: may embed a private IPv4
}

// Public reports whether a is a public unicast address: not loopback,
// private, link-local, carrier-grade NAT, unspecified, multicast or
// otherwise reserved.
func Public(a netip.Addr) bool {
	a = a.Unmap()
	if !a.IsValid() || a.IsLoopback() || a.IsPrivate() || a.IsLinkLocalUnicast() || a.IsLinkLocalMulticast() ||
		a.IsInterfaceLocalMulticast() || a.IsMulticast() || a.IsUnspecified() {
		return false
	}
	for _, p := range special {
		if p.Contains(a) {
			return false
		}
	}
	return true
}

// checkURL refuses URLs that are not http or https, or that carry
// credentials.
func checkURL(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%w: %q", ErrScheme, u.Scheme)
	}
	if u.User != nil {
		return fmt.Errorf("%w: URL with credentials", ErrScheme)
	}
	if u.Hostname() == "" {
		return fmt.Errorf("%w: no host", ErrScheme)
	}
	return nil
}

// Response is a fetched document.
type Response struct {
	URL         string // the final URL, after redirects
	ContentType string // the Content-Type header
	Body        []byte
}

// MediaType returns the response's media type, lower-cased, without
// parameters ("text/html").
func (r Response) MediaType() string {
	mt, _, err := mime.ParseMediaType(r.ContentType)
	if err != nil {
		return strings.ToLower(strings.TrimSpace(strings.SplitN(r.ContentType, ";", 2)[0]))
	}
	return mt
}

// Get fetches rawURL: after robots.txt allows it and the host's interval
// has passed, following at most MaxRedirects redirects, reading at most
// MaxBytes. A status other than 2xx is an error wrapping ErrStatus.
func (f *Fetcher) Get(ctx context.Context, rawURL string) (Response, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return Response{}, fmt.Errorf("fetch %q: %w", rawURL, err)
	}
	if err := checkURL(u); err != nil {
		return Response{}, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	u.Fragment = ""
	if !f.opts.IgnoreRobots {
		if err := f.allowed(ctx, u); err != nil {
			return Response{}, fmt.Errorf("fetch %s: %w", u, err)
		}
	}
	body, resp, err := f.get(ctx, u, f.opts.MaxBytes)
	if err != nil {
		return Response{}, fmt.Errorf("fetch %s: %w", u, err)
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return Response{}, fmt.Errorf("fetch %s: %w: %s", u, ErrStatus, resp.Status)
	}
	return Response{URL: resp.Request.URL.String(), ContentType: resp.Header.Get("Content-Type"), Body: body}, nil
}

// get makes one request (with its redirects) after waiting for the host's
// turn, and reads at most limit bytes of the body.
func (f *Fetcher) get(ctx context.Context, u *url.URL, limit int64) ([]byte, *http.Response, error) {
	if err := f.wait(ctx, u.Host); err != nil {
		return nil, nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, nil, err
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, nil, unwrapURLError(err)
	}
	defer resp.Body.Close()
	if resp.ContentLength > limit {
		return nil, nil, fmt.Errorf("%w: %d bytes announced, the limit is %d", ErrTooLarge, resp.ContentLength, limit)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, nil, unwrapURLError(err)
	}
	if int64(len(body)) > limit {
		return nil, nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	return body, resp, nil
}

// unwrapURLError drops *url.Error's repetition of the method and URL,
// which Get's own context already gives.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		if ue.Timeout() {
			return fmt.Errorf("%w: %v", ErrTimeout, ue.Err)
		}
		return ue.Err
	}
	return err
}

// wait blocks until host's next request may start, and books the one
// after it.
func (f *Fetcher) wait(ctx context.Context, host string) error {
	if f.opts.PerHost < 0 {
		return nil
	}
	f.mu.Lock()
	now := time.Now()
	at := f.next[host]
	if at.Before(now) {
		at = now
	}
	f.next[host] = at.Add(f.opts.PerHost)
	f.mu.Unlock()
	if d := time.Until(at); d > 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}
