package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/actorgraph/actorgraph/corpus"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
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

// loadOptions are the load command's flags that tune loader.LoadWith.
type loadOptions struct {
	batch    int
	force    bool
	maxBytes int
}

// loadPathsWith loads articles into store with a progress bar, reporting
// each failure on stderr. A failing article does not stop the others.
func loadPathsWith(ctx context.Context, store *graph.Store, args []string, opts loadOptions, stderr io.Writer) (loader.Summary, error) {
	paths, err := loader.Paths(args)
	if err != nil {
		return loader.Summary{}, err
	}
	bar := newProgress(stderr, len(paths))
	defer bar.finish()
	return loader.LoadWith(ctx, store, paths, loader.Options{
		Batch:    opts.batch,
		Force:    opts.force,
		MaxBytes: opts.maxBytes,
		Report: func(r loader.Result) {
			if r.Err != nil {
				bar.clear()
				fmt.Fprintf(stderr, "skipped: %v\n", r.Err)
			}
			bar.add(1)
		},
	})
}
