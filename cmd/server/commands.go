package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/httpapi"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/loader/article"
	"github.com/actorgraph/actorgraph/loader/fetch"
)

func serve(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("serve", stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	dsn := fs.String("db", defaultDB, "bolt file path, or memory")
	articles := fs.String("articles", "", "load the articles of this directory before serving")
	timeout := fs.Duration("timeout", 10*time.Second, "deadline of one GraphQL request")
	readOnly := fs.Bool("read-only", false, "refuse every mutation, even with the token")
	tokenFile := fs.String("token-file", "", "file holding the bearer token that mutations need (else $"+tokenEnv+"); without one the server is read-only")
	maxBytes := fs.Int("max-article-bytes", article.DefaultMaxBytes, "skip (and report) -articles files larger than this, and refuse ingestArticle texts larger than this; -1: no limit of its own")
	var fetchOpts fetch.Options
	addFetchFlags(fs, &fetchOpts)
	rateLimit := fs.Float64("rate-limit", httpapi.DefaultRateLimit, "requests per second one client may send on average, beyond which it gets HTTP 429; 0: no limit")
	rateBurst := fs.Int("rate-burst", httpapi.DefaultRateBurst, "requests one client may send at once above -rate-limit")
	rateLoopback := fs.Bool("rate-limit-loopback", false, "apply -rate-limit to clients on 127.0.0.1 and ::1 too (this machine's tools are exempt by default)")
	trustXFF := fs.Bool("trust-forwarded-for", false, "count requests under the last X-Forwarded-For address: only behind a reverse proxy that sets it")
	pprofAddr := fs.String("pprof-addr", "", "serve Go's profiler (net/http/pprof) on this loopback address, e.g. 127.0.0.1:6060, for measuring; off when empty")
	cacheQuads := fs.Int("cache-quads", graph.DefaultCacheQuads, "quads the read cache of a bolt or memory store keeps (about 150 bytes each); 0: no cache")
	maxInFlight := fs.Int("max-in-flight", httpapi.DefaultMaxInFlight, "requests served at once (websockets aside); beyond it a request waits up to 1 s, then gets HTTP 503; 0: no cap")
	responseCache := fs.Int("response-cache-bytes", httpapi.DefaultResponseCacheBytes, "memory for answers to queries asked again, kept until the store is written; 0: no cache")
	grace := fs.Duration("grace", 10*time.Second, "on SIGTERM or Ctrl-C, how long requests in flight may run on; then they are cancelled and the process exits (within about 1 s more)")
	var origins []string
	fs.Func("cors-origin", "let front ends at this origin (scheme://host[:port], or *) call the API; repeatable or comma-separated", func(v string) error {
		for o := range strings.SplitSeq(v, ",") {
			if o = strings.TrimSpace(o); o != "" {
				if err := httpapi.CheckOrigin(o); err != nil {
					return err
				}
				origins = append(origins, o)
			}
		}
		return nil
	})
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *rateLimit < 0 || *rateBurst < 1 || *maxInFlight < 0 || *cacheQuads < 0 || *responseCache < 0 || *grace <= 0 {
		return fmt.Errorf("serve: -rate-limit, -max-in-flight, -cache-quads and -response-cache-bytes must be 0 (off) or positive, -rate-burst and -grace positive")
	}
	logger := log.New(stderr, "", log.LstdFlags)
	token, err := readToken(*tokenFile)
	if err != nil {
		return err
	}
	store, err := graph.Open(ctx, *dsn)
	if err != nil {
		return err
	}
	// The store is closed below once no request reads it; on the other
	// ways out nothing has read it yet.
	storeInUse := false
	defer func() {
		if !storeInUse {
			store.Close()
		}
	}()
	store.SetCacheQuads(*cacheQuads)
	if *articles != "" {
		// stderr: stdout's first line is the address, which scripts read
		fmt.Fprintf(stderr, "loading %s into %s (articles already stored are skipped)\n", *articles, store.Backend())
		start := time.Now()
		sum, err := loadPathsWith(ctx, store, []string{*articles}, loadOptions{maxBytes: *maxBytes, fetch: fetchOpts}, stderr)
		if err != nil {
			return err
		}
		fmt.Fprintf(stderr, "loaded %d articles (%d new or changed, %d already stored, %d failed) in %s\n",
			sum.Articles, sum.Articles-sum.Unchanged, sum.Unchanged, sum.Failed, time.Since(start).Round(time.Millisecond))
	}

	store.PrepareSearch() // on bolt, a scan of the store, in the background
	opts := httpapi.Options{
		Timeout: *timeout, Logf: logger.Printf, Token: token, CORSOrigins: origins,
		RateLimit: offIfZero(*rateLimit), RateBurst: *rateBurst, RateLimitLoopback: *rateLoopback,
		TrustForwardedFor: *trustXFF, MaxInFlight: offIfZero(*maxInFlight),
		ResponseCacheBytes: offIfZero(*responseCache),
	}
	switch {
	case *readOnly:
	case token == "":
		logger.Printf("no -token-file or $%s: serving read-only", tokenEnv)
	default:
		opts.Ingester = ingester{store: store, maxBytes: *maxBytes, fetcher: fetch.New(fetchOpts)}
	}
	if *pprofAddr != "" {
		stopProfiler, err := serveProfiler(*pprofAddr, logger)
		if err != nil {
			return err
		}
		defer stopProfiler()
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen %s: %w", *addr, err)
	}
	// Requests' contexts do not end with ctx (the signal) but when the
	// grace period does: until then they may finish.
	requestCtx, endRequests := context.WithCancel(context.WithoutCancel(ctx))
	defer endRequests()
	var active activeRequests
	srv := &http.Server{
		Handler:           active.wrap(httpapi.NewMux(store, opts)),
		BaseContext:       func(net.Listener) context.Context { return requestCtx },
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      *timeout + 5*time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          logger,
	}
	storeInUse = true
	// The address line is machine-read by tests that listen on port 0.
	fmt.Fprintf(stdout, "serving GraphQL on http://%s/graphql (GraphiQL: http://%s/) from %s\n", ln.Addr(), ln.Addr(), store.Backend())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	var serveErr error
	select {
	case serveErr = <-errc:
	case <-ctx.Done():
	}
	stopping := time.Now()
	// Drain in-flight requests for the grace period, then cancel what is
	// left. The store is closed only when no handler reads it any more:
	// bbolt's Close holds its meta lock while it waits for every read
	// transaction, and a reader needs that lock to end one, so closing
	// under a running query hangs for good (that is how a server once
	// ignored SIGTERM for ten minutes after a load run whose searches
	// outlived their deadline).
	running, cut := stopServing(srv, *grace, endRequests, &active)
	if cut {
		logger.Printf("shutdown: the grace period (%v) ran out: requests in flight were cancelled", *grace)
	}
	if running > 0 {
		logger.Printf("shutdown: %d requests still running; exiting without closing the store", running)
	} else if err := closeWithin(store, shutdownMargin); err != nil {
		logger.Printf("shutdown: closing the store: %v; exiting anyway", err)
	}
	if cut || running > 0 {
		logger.Printf("shutdown: stopped %v after the signal", time.Since(stopping).Round(time.Millisecond))
	}
	if serveErr == nil {
		serveErr = <-errc
	}
	if !errors.Is(serveErr, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", serveErr)
	}
	return nil
}

// offIfZero maps a flag's 0, which says "off", to httpapi.Options' -1:
// there 0 takes the default.
func offIfZero[T int | float64](v T) T {
	if v == 0 {
		return -1
	}
	return v
}

// tokenEnv names the environment variable that holds the write token when
// no -token-file is given.
const tokenEnv = "ACTORGRAPH_TOKEN"

// readToken returns the write token from path, or from $ACTORGRAPH_TOKEN
// when path is empty; "" when neither is set. A file is preferred because
// the environment of a process is visible to more of the system.
func readToken(path string) (string, error) {
	token := os.Getenv(tokenEnv)
	if path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return "", fmt.Errorf("token file: %w", err)
		}
		token = strings.TrimSpace(string(b))
		if token == "" {
			return "", fmt.Errorf("token file %s is empty", path)
		}
	}
	if token == "" {
		return "", nil
	}
	if err := httpapi.CheckToken(token); err != nil {
		return "", fmt.Errorf("write token: %w", err)
	}
	return token, nil
}

func load(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("load", stderr)
	dsn := fs.String("db", defaultDB, "bolt file path, memory, or a postgres:// URL")
	var opts loadOptions
	fs.IntVar(&opts.batch, "batch", loader.DefaultBatch, "articles per transaction")
	fs.BoolVar(&opts.force, "force", false, "extract and write even the files whose content is stored already (after an extractor change)")
	fs.IntVar(&opts.maxBytes, "max-article-bytes", article.DefaultMaxBytes, "skip (and report) article files larger than this; -1: no limit")
	fs.StringVar(&opts.urls, "urls", "", "also load the pages of the URLs in this file, one a line")
	addFetchFlags(fs, &opts.fetch)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 && opts.urls == "" {
		return errors.New("load: no article files, directories, URLs or -urls given")
	}
	store, err := graph.Open(ctx, *dsn)
	if err != nil {
		return err
	}
	defer store.Close()
	start := time.Now()
	sum, err := loadPathsWith(ctx, store, fs.Args(), opts, stderr)
	d := time.Since(start)
	if err != nil {
		// an interrupted load keeps what it wrote: say how far it got
		fmt.Fprintf(stderr, "load interrupted after %d articles; run the same command again to resume\n", sum.Articles)
		return err
	}
	fmt.Fprintf(stdout, "loaded %d articles (%d unchanged), %d facts, +%d/-%d quads, %d errors; %d skipped by content hash; %.1fs, %s articles/s, %s quads/s\n",
		sum.Articles, sum.Unchanged, sum.Facts, sum.Added, sum.Removed, sum.Failed, sum.Skipped,
		d.Seconds(), rate(sum.Articles, d), rate(sum.Added+sum.Removed, d))
	if sum.Failed > 0 {
		return fmt.Errorf("load: %d of %d articles failed", sum.Failed, sum.Failed+sum.Articles)
	}
	return nil
}

// loadPaths loads articles into store with default options, reporting each
// failure on stderr. A failing article does not stop the others.
func loadPaths(ctx context.Context, store *graph.Store, args []string, stderr io.Writer) (loader.Summary, error) {
	return loadPathsWith(ctx, store, args, loadOptions{}, stderr)
}

func extractCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("extract", stderr)
	explain := fs.Bool("explain", false, "instead of facts.csv, print each fact with the rule that made it and the words and dependency arcs it matched")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return errors.New("extract: no article files or directories given")
	}
	if *explain {
		return explainPaths(fs.Args(), stdout)
	}
	store, err := graph.Open(ctx, graph.Memory)
	if err != nil {
		return err
	}
	defer store.Close()
	if _, err := loadPaths(ctx, store, fs.Args(), stderr); err != nil {
		return err
	}
	return store.WriteCSV(ctx, stdout)
}

func export(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("export", stderr)
	dsn := fs.String("db", defaultDB, "bolt file path, or a postgres:// URL")
	params := url.Values{}
	for _, f := range []struct{ name, usage string }{
		{"format", "csv (facts.csv), nquads, graphml, gexf or cytoscape"},
		{"actor", "export this actor's neighborhood (ids or names, comma-separated) instead of the whole graph"},
		{"depth", "neighborhood depth, 1 to 3"},
		{"limit", "at most this many nodes (neighborhood) or edges (whole graph)"},
		{"predicates", "comma-separated predicates to keep"},
		{"since", "keep evidence from articles dated on or after YYYY-MM-DD"},
		{"until", "keep evidence from articles dated on or before YYYY-MM-DD"},
		{"minArticles", "keep relations stated by at least this many articles"},
	} {
		fs.Func(f.name, f.usage, func(v string) error { params.Set(f.name, v); return nil })
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if params.Get("format") == "" {
		params.Set("format", "csv")
	}
	if *dsn != graph.Memory && !strings.Contains(*dsn, "://") {
		if _, err := os.Stat(*dsn); err != nil {
			return fmt.Errorf("export: %w", err)
		}
	}
	store, err := graph.Open(ctx, *dsn)
	if errors.Is(err, graph.ErrInUse) {
		return fmt.Errorf("export: the store %s is in use by a running server: use its /export (curl 'http://127.0.0.1:8080/export?format=%s'), or stop it", *dsn, params.Get("format"))
	}
	if err != nil {
		return err
	}
	defer store.Close()
	if _, err := httpapi.WriteExport(ctx, store, params, stdout); err != nil {
		_, _, msg := httpapi.ExportStatus(err)
		if msg == "internal error" {
			return fmt.Errorf("export: %w", err)
		}
		return fmt.Errorf("export: %s", msg)
	}
	return nil
}
