package loader

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/graph"
)

// recorder is a Writer that remembers what it was asked to store.
type recorder struct {
	ids  []string
	fail map[string]error
}

func (r *recorder) WriteArticle(_ context.Context, ex domain.Extraction) (graph.WriteResult, error) {
	if err := r.fail[ex.Article.ID]; err != nil {
		return graph.WriteResult{}, err
	}
	r.ids = append(r.ids, ex.Article.ID)
	return graph.WriteResult{ArticleID: ex.Article.ID, Facts: len(ex.Facts), Added: 1}, nil
}

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const okArticle = " date 2031-05-06 Officials of Norland met in the capital on Monday. They agreed to meet again.\n"

func TestPaths(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"b.txt":       okArticle,
		"a.txt":       okArticle,
		"notes.md":    "not an article",
		"sub/c.TXT":   okArticle,
		"sub/d.jpeg":  "x",
		"explicit.md": okArticle,
	})
	got, err := Paths([]string{dir, filepath.Join(dir, "explicit.md"), filepath.Join(dir, "a.txt")})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		filepath.Join(dir, "a.txt"),
		filepath.Join(dir, "b.txt"),
		filepath.Join(dir, "sub/c.TXT"),
		filepath.Join(dir, "explicit.md"),
	}
	if !slices.Equal(got, want) {
		t.Errorf("Paths = %q, want %q", got, want)
	}
	if _, err := Paths([]string{filepath.Join(dir, "missing")}); err == nil {
		t.Error("Paths of a missing file: no error")
	}
}

func TestID(t *testing.T) {
	tests := []struct{ in, want string }{
		{"data/articles/001_f2e52ccff2804587.txt", "001_f2e52ccff2804587"},
		{"x.y.txt", "x.y"},
		{"noext", "noext"},
	}
	for _, tt := range tests {
		if got := ID(tt.in); got != tt.want {
			t.Errorf("ID(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLoadReportsAndSkipsBadArticles(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"1_ok.txt":      okArticle,
		"2_empty.txt":   "",
		"3_baddate.txt": " date 2031-13-45 Text.\n",
		"4_ok.txt":      okArticle,
		"5_store.txt":   okArticle,
		"sub/1_ok.txt":  okArticle, // same id as 1_ok.txt
	})
	paths, err := Paths([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	storeErr := errors.New("disk full")
	w := &recorder{fail: map[string]error{"5_store": storeErr}}
	failed := map[string]error{}
	sum, err := Load(context.Background(), w, paths, func(r Result) {
		if r.Err != nil {
			failed[filepath.Base(r.Path)] = r.Err
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"1_ok", "4_ok"}; !slices.Equal(w.ids, want) {
		t.Errorf("stored %q, want %q", w.ids, want)
	}
	if sum.Articles != 2 || sum.Failed != 4 {
		t.Errorf("summary = %+v, want 2 stored and 4 failed", sum)
	}
	if !errors.Is(failed["5_store.txt"], storeErr) {
		t.Errorf("store failure reported as %v", failed["5_store.txt"])
	}
	if !errors.Is(failed["1_ok.txt"], ErrDuplicateID) {
		t.Errorf("duplicate id reported as %v", failed["1_ok.txt"])
	}
	for _, name := range []string{"2_empty.txt", "3_baddate.txt"} {
		if failed[name] == nil {
			t.Errorf("%s was not reported as failed", name)
		}
	}
}

func TestLoadStopsWhenCancelled(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": okArticle, "b.txt": okArticle})
	paths, _ := Paths([]string{dir})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Load(ctx, &recorder{}, paths, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("Load with a cancelled context = %v, want context.Canceled", err)
	}
}
