package loader

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/article"
	"github.com/actorgraph/actorgraph/loader/dedup"
	"github.com/actorgraph/actorgraph/loader/extract"
)

// Extensions are the file name extensions read as articles when a directory
// is loaded: plain text, saved pages, exports and feeds (see Expand). A
// file named explicitly is read whatever its extension.
var Extensions = []string{".txt", ".html", ".htm", ".jsonl", ".ndjson", ".csv", ".rss", ".atom"}

// Writer stores extractions; *graph.Store is one.
type Writer interface {
	WriteArticle(ctx context.Context, ex domain.Extraction) (graph.WriteResult, error)
}

// Paths expands args into the article files to load: files as given,
// directories walked for files with one of Extensions. The result is
// sorted within each directory and free of repeats.
func Paths(args []string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	addFile := func(p string) {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, arg := range args {
		info, err := os.Stat(arg)
		if err != nil {
			return nil, fmt.Errorf("articles %s: %w", arg, err)
		}
		if !info.IsDir() {
			addFile(arg)
			continue
		}
		var found []string
		err = filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && hasExtension(p) {
				found = append(found, p)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("articles %s: %w", arg, err)
		}
		sort.Strings(found)
		for _, p := range found {
			addFile(p)
		}
	}
	return out, nil
}

func hasExtension(p string) bool {
	for _, e := range Extensions {
		if strings.EqualFold(filepath.Ext(p), e) {
			return true
		}
	}
	return false
}

// ID returns the article id of a file: its base name without extension.
func ID(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// File reads, parses and extracts one article file.
func File(path string) (domain.Extraction, error) {
	raw, err := readArticle(path, 0)
	if err != nil {
		return domain.Extraction{}, err
	}
	return extractRaw(path, raw, 0)
}

// readArticle reads the file at path, refusing one larger than maxBytes
// (0: article.DefaultMaxBytes, negative: no limit) before reading it, so
// that a stray 50 MB dump costs a stat, not its size in memory.
func readArticle(path string, maxBytes int) ([]byte, error) {
	if maxBytes == 0 {
		maxBytes = article.DefaultMaxBytes
	}
	if fi, err := os.Stat(path); err == nil && maxBytes > 0 && fi.Size() > int64(maxBytes) {
		return nil, fmt.Errorf("read %s: %w: %d bytes, the limit is %d", path, article.ErrTooLarge, fi.Size(), maxBytes)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return raw, nil
}

// extractRaw parses and extracts the content raw of the file at path.
func extractRaw(path string, raw []byte, maxBytes int) (domain.Extraction, error) {
	a, err := article.ParseWith(article.Options{MaxBytes: maxBytes}, ID(path), path, raw)
	if err != nil {
		return domain.Extraction{}, fmt.Errorf("parse %s: %w", path, err)
	}
	return finish(a, "")
}

// Hash returns the content hash stored with an article loaded from a file
// (domain.ArticleHash): a SHA-256 of its bytes and the version of the rules
// that extracted it, so that an extractor change makes the next load
// re-extract every file, not only the changed ones.
func Hash(raw []byte) string {
	h := sha256.Sum256(raw)
	return "sha256:" + hex.EncodeToString(h[:]) + " extract:" + extract.Version
}

// Result is what happened to one article.
type Result struct {
	Path    string // the Doc's name: a path, "export.jsonl:12", a URL
	Write   graph.WriteResult
	Skipped bool  // the file's content hash was stored already: not extracted, not written
	Err     error // why the article was skipped; nil if it was stored
}

// Summary totals a load.
type Summary struct {
	Articles  int // articles stored (changed or not), skipped ones included
	Unchanged int // of those, already stored exactly so
	Skipped   int // of those, skipped by content hash without being read further
	Facts     int // facts in the stored articles (skipped ones not counted)
	Added     int // quads added
	Removed   int // quads removed
	Failed    int // articles skipped with an error
}

func (s *Summary) add(r Result) {
	switch {
	case r.Err != nil:
		s.Failed++
	case r.Skipped:
		s.Articles++
		s.Unchanged++
		s.Skipped++
	default:
		s.Articles++
		s.Facts += r.Write.Facts
		s.Added += r.Write.Added
		s.Removed += r.Write.Removed
		if r.Write.Unchanged() {
			s.Unchanged++
		}
	}
}

// BatchWriter is a Writer that stores several articles in one transaction
// and remembers the content hash of each; *graph.Store is one. Load uses
// these to save a transaction per article and to skip, on a rerun, the
// files already stored.
type BatchWriter interface {
	Writer
	WriteArticles(ctx context.Context, items []graph.Item) ([]graph.WriteResult, error)
	HasArticleHash(ctx context.Context, id, hash string) (bool, error)
}

// DefaultBatch is the number of articles Load writes per transaction. The
// generated wire articles give about 150 quads each, so a batch is about
// 10k quads: past that, larger batches gain little (see BENCHMARKS.md) and
// an interrupted load loses more work.
const DefaultBatch = 64

// Options tune LoadWith. The zero value is Load's behaviour.
type Options struct {
	// Batch is the number of whole articles written per transaction to a
	// BatchWriter; 0 means DefaultBatch, 1 one transaction per article.
	Batch int
	// Force extracts and writes every file, even those whose content hash
	// the store holds: for a reload after the extractor changed.
	Force bool
	// Report, if not nil, is called once per file, in the order of the
	// paths, after the file's article is written (or skipped or failed).
	Report func(Result)
	// MaxBytes refuses article files larger than this (reported and
	// skipped); 0 means article.DefaultMaxBytes, negative no limit.
	MaxBytes int
	// Fetcher fetches the pages of Docs that are URLs; nil refuses them.
	Fetcher Fetcher
}

// Load extracts the given files in parallel and writes them to w in the
// order given, as LoadWith does with default options.
func Load(ctx context.Context, w Writer, paths []string, report func(Result)) (Summary, error) {
	return LoadWith(ctx, w, paths, Options{Report: report})
}

// LoadWith extracts the given files in parallel, on every core, and writes
// them to w in the order given. A BatchWriter gets opts.Batch whole
// articles per transaction, with each file's content hash, and files whose
// hash it already stores are neither extracted nor written; another Writer
// gets one article per call.
//
// A file that cannot be read, parsed or written is reported with its error
// and skipped; the others are loaded (a batch the store refuses is retried
// article by article, so that one bad article does not fail its
// neighbours). Two files with the same article id are an error for the
// second. LoadWith stops early only when ctx ends: the batch being
// gathered is then dropped, never half written, so that a rerun of the
// same load resumes where this one stopped and ends with the store a
// single uninterrupted load would have made.
func LoadWith(ctx context.Context, w Writer, paths []string, opts Options) (Summary, error) {
	return LoadDocs(ctx, w, FileDocs(paths), opts)
}

// LoadDocs loads docs as LoadWith loads files (see Expand for the Docs of
// pages, feeds and exports). Besides, each article is checked to be in
// English and linked to the first article of its story: near-duplicate
// copies loaded before it in this load, or stored (when w is a
// StoryFinder). A page to fetch whose URL the store holds (from a load by
// the same rules) is not fetched again unless opts.Force is set.
func LoadDocs(ctx context.Context, w Writer, docs []Doc, opts Options) (Summary, error) {
	var sum Summary
	bw, batched := w.(BatchWriter)
	batch := opts.Batch
	if batch <= 0 {
		batch = DefaultBatch
	}
	if !batched {
		batch = 1
	}
	// skip[i] is set when the store holds paths[i]'s article with the
	// file's content hash: it is neither extracted nor written again. The
	// look-ups all happen here, before any write: Cayley's memory store
	// does not allow reads concurrent with a write.
	skip := make([]bool, len(docs))
	if batched && !opts.Force {
		for i := range docs {
			if err := ctx.Err(); err != nil {
				return sum, err
			}
			d := docs[i]
			var h string
			switch {
			case d.kind == kindFetch && d.err == nil:
				h = d.fetchHash() // a URL stored already is not fetched again
			case !d.known():
				continue
			default:
				var err error
				if _, h, err = d.content(ctx, nil, opts.MaxBytes); err != nil {
					continue // the worker reports it
				}
			}
			var err error
			if skip[i], err = bw.HasArticleHash(ctx, d.ID, h); err != nil {
				return sum, fmt.Errorf("load: %w", err)
			}
		}
	}
	st := &stories{index: dedup.NewIndex()}
	if sf, ok := w.(StoryFinder); ok {
		st.store = sf
	}

	type job struct {
		ex      domain.Extraction
		hash    string
		skipped bool
		err     error
	}
	results := make([]chan job, len(docs))
	for i := range results {
		results[i] = make(chan job, 1)
	}
	// window bounds how far extraction runs ahead of writing, so that a
	// slow store does not make the whole corpus wait in memory.
	workers := runtime.GOMAXPROCS(0)
	window := make(chan struct{}, batch+4*workers)
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				d := docs[i]
				if skip[i] && d.kind == kindFetch {
					results[i] <- job{hash: d.fetchHash(), skipped: true}
					continue
				}
				raw, h, err := d.content(ctx, opts.Fetcher, opts.MaxBytes)
				if err != nil {
					results[i] <- job{err: err}
					continue
				}
				if skip[i] {
					results[i] <- job{hash: h, skipped: true}
					continue
				}
				ex, err := extractDoc(d, raw, opts.MaxBytes)
				results[i] <- job{ex: ex, hash: h, err: err}
			}
		}()
	}
	go func() {
		defer close(next)
		for i := range docs {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case next <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	defer wg.Wait()

	// gathered holds the results of a batch in path order; items the
	// articles among them to write, itemAt their index in gathered.
	var (
		gathered []Result
		items    []graph.Item
		itemAt   []int
	)
	flush := func() error {
		if err := ctx.Err(); err != nil {
			return err // an interrupted load writes nothing more
		}
		if len(items) > 0 {
			var res []graph.WriteResult
			var err error
			if batched {
				res, err = bw.WriteArticles(ctx, items)
			} else {
				var r graph.WriteResult
				r, err = w.WriteArticle(ctx, items[0].Extraction)
				res = []graph.WriteResult{r}
			}
			if err != nil && ctx.Err() != nil {
				return ctx.Err()
			}
			if err != nil && batched && len(items) > 1 {
				// find the article the store refused: write each alone
				res, err = make([]graph.WriteResult, len(items)), nil
				for k, it := range items {
					r, werr := bw.WriteArticles(ctx, []graph.Item{it})
					if werr != nil {
						if ctx.Err() != nil {
							return ctx.Err()
						}
						gathered[itemAt[k]].Err = fmt.Errorf("load %s: %w", gathered[itemAt[k]].Path, werr)
						continue
					}
					res[k] = r[0]
				}
			}
			for k := range items {
				g := &gathered[itemAt[k]]
				if err != nil {
					g.Err = fmt.Errorf("load %s: %w", g.Path, err)
				} else if g.Err == nil {
					g.Write = res[k]
				}
			}
		}
		for _, r := range gathered {
			sum.add(r)
			if opts.Report != nil {
				opts.Report(r)
			}
		}
		gathered, items, itemAt = gathered[:0], items[:0], itemAt[:0]
		return nil
	}

	ids := map[string]string{}
	for i, d := range docs {
		var j job
		select {
		case j = <-results[i]:
			<-window
		case <-ctx.Done():
			return sum, ctx.Err()
		}
		p := d.Name
		res := Result{Path: p, Err: j.err, Skipped: j.skipped}
		if res.Err == nil {
			id := d.ID
			if first, dup := ids[id]; dup {
				res.Err = fmt.Errorf("load %s: %w: article id %q already loaded from %s", p, ErrDuplicateID, id, first)
			} else {
				ids[id] = p
			}
		}
		if res.Err == nil && !res.Skipped {
			// in load order, between writes: the store is read only here
			if err := st.link(ctx, &j.ex.Article); err != nil {
				if ctx.Err() != nil {
					return sum, ctx.Err()
				}
				res.Err = fmt.Errorf("load %s: %w", p, err)
			}
		}
		if res.Skipped && res.Err == nil {
			res.Write = graph.WriteResult{ArticleID: d.ID}
		}
		if res.Err == nil && !res.Skipped {
			items = append(items, graph.Item{Extraction: j.ex, Hash: j.hash})
			itemAt = append(itemAt, len(gathered))
		}
		gathered = append(gathered, res)
		if len(items) >= batch {
			if err := flush(); err != nil {
				return sum, err
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return sum, err
	}
	if err := flush(); err != nil {
		return sum, err
	}
	return sum, nil
}

// ErrDuplicateID marks a second file with an article id already loaded in
// the same batch.
var ErrDuplicateID = errors.New("duplicate article id")

// Submission is an article handed in as text rather than as a file, as the
// API's ingest mutation does. Title, Date and Source override what the text
// itself gives (a date header, a headline).
type Submission struct {
	Text   string
	Title  string
	Date   string // YYYY-MM-DD
	Source string // URL or name it came from
}

// SubmissionID returns the article id of a submission: "ingest-" and a hash
// of its source and text, so that handing in the same article twice names
// the same article and changes nothing.
func SubmissionID(s Submission) string {
	h := sha256.Sum256([]byte(s.Source + "\x00" + s.Text))
	return "ingest-" + hex.EncodeToString(h[:8])
}

// Submit parses and extracts a submitted article.
func Submit(s Submission) (domain.Extraction, error) {
	id := SubmissionID(s)
	raw := []byte(s.Text)
	if s.Date != "" {
		if _, err := time.Parse("2006-01-02", s.Date); err != nil {
			return domain.Extraction{}, fmt.Errorf("submit %s: %w: date %q is not YYYY-MM-DD", id, article.ErrBadDate, s.Date)
		}
	}
	a, err := article.Parse(id, s.Source, raw)
	if err != nil {
		return domain.Extraction{}, fmt.Errorf("submit: %w", err)
	}
	if s.Date != "" {
		// set, not prepended as a header: offsets index the text as sent
		a.Date = s.Date
	}
	if s.Title != "" {
		a.Title = s.Title
	}
	return finish(a, "")
}
