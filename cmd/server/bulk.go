package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/actorgraph/actorgraph/corpus"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/loader/fetch"
)

// gen writes a synthetic corpus (package corpus) for scale tests.
func gen(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("gen", stderr)
	n := fs.Int("n", 1000, "number of articles")
	seed := fs.Uint64("seed", 1, "corpus seed: the same seed gives the same articles")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return errors.New("gen: give one output directory")
	}
	if *n < 0 {
		return fmt.Errorf("gen: -n %d is negative", *n)
	}
	start := time.Now()
	if err := corpus.Write(ctx, fs.Arg(0), *seed, *n); err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	fmt.Fprintf(stdout, "wrote %d articles (seed %d) to %s in %.1fs\n", *n, *seed, fs.Arg(0), time.Since(start).Seconds())
	return nil
}

// importCmd writes an N-Quads dump into a store with Cayley's own batch
// writer: a restore, and the raw-writer baseline of BENCHMARKS.md.
func importCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("import", stderr)
	dsn := fs.String("db", defaultDB, "bolt file path, memory, or a postgres:// URL")
	batch := fs.Int("batch", 10000, "quads per write")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return errors.New("import: give one N-Quads file (- for stdin)")
	}
	in := io.Reader(os.Stdin)
	if name := fs.Arg(0); name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("import: %w", err)
		}
		defer f.Close()
		in = f
	}
	store, err := graph.Open(ctx, *dsn)
	if err != nil {
		return err
	}
	defer store.Close()
	start := time.Now()
	n, err := store.ImportNQuads(ctx, in, *batch)
	if err != nil {
		return err
	}
	d := time.Since(start)
	fmt.Fprintf(stdout, "imported %d quads in %.2fs: %.0f quads/s\n", n, d.Seconds(), float64(n)/d.Seconds())
	return nil
}

// progress reports a load of total articles: a progress bar with
// articles/s and the time left when stderr is a terminal, nothing
// otherwise (the caller prints a one-line summary at the end).
type progress struct {
	bar *progressbar.ProgressBar
}

func newProgress(stderr io.Writer, total int) *progress {
	f, ok := stderr.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) || total < 2 {
		return &progress{}
	}
	return &progress{bar: progressbar.NewOptions(total,
		progressbar.OptionSetWriter(stderr),
		progressbar.OptionSetDescription("loading"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)}
}

// clear removes the bar so that a message can be printed on its line.
func (p *progress) clear() {
	if p.bar != nil {
		p.bar.Clear()
	}
}

func (p *progress) add(n int) {
	if p.bar != nil {
		p.bar.Add(n)
	}
}

func (p *progress) finish() {
	if p.bar != nil {
		p.bar.Finish()
	}
}

// rate formats n per second over d.
func rate(n int, d time.Duration) string {
	if d <= 0 {
		return "-"
	}
	return strconv.FormatFloat(float64(n)/d.Seconds(), 'f', 0, 64)
}

// loadOptions are the load command's flags that tune loader.LoadDocs.
type loadOptions struct {
	batch    int
	force    bool
	maxBytes int
	urls     string        // a file of page URLs, one a line
	fetch    fetch.Options // how URLs, feeds' summary-only items and -urls pages are fetched
}

// addFetchFlags defines the flags of fetching on fs, into o.
func addFetchFlags(fs *flag.FlagSet, o *fetch.Options) {
	fs.BoolVar(&o.AllowPrivate, "allow-private", false, "let URLs reach private, loopback and link-local addresses (an intranet; refused by default)")
	fs.DurationVar(&o.Timeout, "fetch-timeout", fetch.DefaultTimeout, "time limit of fetching one URL, body included")
	fs.Int64Var(&o.MaxBytes, "fetch-max-bytes", fetch.DefaultMaxBytes, "the largest page or feed fetched")
	fs.DurationVar(&o.PerHost, "per-host", fetch.DefaultPerHost, "least time between two requests to one host")
}

// loadPathsWith loads the articles of args (files, directories and URLs:
// see loader.Expand) and of opts.urls into store with a progress bar,
// reporting each failure on stderr. A failing article does not stop the
// others.
func loadPathsWith(ctx context.Context, store *graph.Store, args []string, opts loadOptions, stderr io.Writer) (loader.Summary, error) {
	f := fetch.New(opts.fetch)
	docs, err := loader.Expand(ctx, args, loader.ExpandOptions{Fetcher: f})
	if err != nil {
		return loader.Summary{}, err
	}
	if opts.urls != "" {
		urls, err := readURLs(opts.urls)
		if err != nil {
			return loader.Summary{}, err
		}
		docs = append(docs, loader.URLDocs(urls)...)
	}
	bar := newProgress(stderr, len(docs))
	defer bar.finish()
	return loader.LoadDocs(ctx, store, docs, loader.Options{
		Batch:    opts.batch,
		Force:    opts.force,
		MaxBytes: opts.maxBytes,
		Fetcher:  f,
		Report: func(r loader.Result) {
			if r.Err != nil {
				bar.clear()
				fmt.Fprintf(stderr, "skipped: %v\n", r.Err)
			}
			bar.add(1)
		},
	})
}

// readURLs reads a list of URLs, one a line; blank lines and lines
// starting with # are left out.
func readURLs(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("urls: %w", err)
	}
	var out []string
	for line := range strings.SplitSeq(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out, nil
}
