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

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/article"
	"github.com/actorgraph/actorgraph/loader/extract"
)

// Extensions are the file name extensions read as articles when a directory
// is loaded. A file named explicitly is read whatever its extension.
var Extensions = []string{".txt"}

// Writer stores extractions; *graph.Store is one.
type Writer interface {
	WriteArticle(ctx context.Context, ex graph.Extraction) (graph.WriteResult, error)
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
func File(path string) (graph.Extraction, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return graph.Extraction{}, fmt.Errorf("read %s: %w", path, err)
	}
	a, err := article.Parse(ID(path), path, raw)
	if err != nil {
		return graph.Extraction{}, fmt.Errorf("parse %s: %w", path, err)
	}
	return extract.Article(a), nil
}

// Result is what happened to one article file.
type Result struct {
	Path  string
	Write graph.WriteResult
	Err   error // why the article was skipped; nil if it was stored
}

// Summary totals a load.
type Summary struct {
	Articles  int // articles stored (changed or not)
	Unchanged int // of those, already stored exactly so
	Facts     int // facts in the stored articles
	Added     int // quads added
	Removed   int // quads removed
	Failed    int // articles skipped with an error
}

// Load extracts the given files in parallel and writes them to w one
// article per transaction, in the order given. A file that cannot be read,
// parsed or written is reported through report (if not nil) with its error
// and skipped; the others are loaded. Two files with the same article id
// are an error for the second. Load stops early only when ctx ends.
func Load(ctx context.Context, w Writer, paths []string, report func(Result)) (Summary, error) {
	type job struct {
		ex  graph.Extraction
		err error
	}
	results := make([]chan job, len(paths))
	for i := range results {
		results[i] = make(chan job, 1)
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				ex, err := File(paths[i])
				results[i] <- job{ex, err}
			}
		}()
	}
	go func() {
		defer close(next)
		for i := range paths {
			select {
			case next <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	defer wg.Wait()

	var sum Summary
	ids := map[string]string{}
	for i, p := range paths {
		if err := ctx.Err(); err != nil {
			return sum, err
		}
		var j job
		select {
		case j = <-results[i]:
		case <-ctx.Done():
			return sum, ctx.Err()
		}
		res := Result{Path: p, Err: j.err}
		if res.Err == nil {
			id := j.ex.Article.ID
			if first, dup := ids[id]; dup {
				res.Err = fmt.Errorf("load %s: %w: article id %q already loaded from %s", p, ErrDuplicateID, id, first)
			} else {
				ids[id] = p
				res.Write, res.Err = w.WriteArticle(ctx, j.ex)
				if res.Err != nil {
					res.Err = fmt.Errorf("load %s: %w", p, res.Err)
				}
			}
		}
		if res.Err != nil {
			if ctx.Err() != nil {
				return sum, ctx.Err()
			}
			sum.Failed++
		} else {
			sum.Articles++
			sum.Facts += res.Write.Facts
			sum.Added += res.Write.Added
			sum.Removed += res.Write.Removed
			if res.Write.Unchanged() {
				sum.Unchanged++
			}
		}
		if report != nil {
			report(res)
		}
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
func Submit(s Submission) (graph.Extraction, error) {
	id := SubmissionID(s)
	raw := []byte(s.Text)
	if s.Date != "" {
		if _, err := time.Parse("2006-01-02", s.Date); err != nil {
			return graph.Extraction{}, fmt.Errorf("submit %s: %w: date %q is not YYYY-MM-DD", id, article.ErrBadDate, s.Date)
		}
		// a header keeps the date where the parser and extractor expect it
		raw = append([]byte(" date "+s.Date+"\n"), raw...)
	}
	a, err := article.Parse(id, s.Source, raw)
	if err != nil {
		return graph.Extraction{}, fmt.Errorf("submit: %w", err)
	}
	if s.Title != "" {
		a.Title = s.Title
	}
	return extract.Article(a), nil
}
