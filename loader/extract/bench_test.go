package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/loader/article"
)

// sampleArticles parses the sample articles of data/articles.
func sampleArticles(tb testing.TB) ([]domain.Article, int) {
	tb.Helper()
	files, err := filepath.Glob("../../data/articles/*.txt")
	if err != nil || len(files) == 0 {
		tb.Skip("no sample articles")
	}
	var arts []domain.Article
	size := 0
	for _, fn := range files {
		raw, err := os.ReadFile(fn)
		if err != nil {
			tb.Fatal(err)
		}
		a, err := article.Parse(strings.TrimSuffix(filepath.Base(fn), ".txt"), fn, raw)
		if err != nil {
			tb.Fatal(err)
		}
		arts = append(arts, a)
		size += len(a.Text)
	}
	return arts, size
}

// BenchmarkArticle measures extraction with the real gazetteer over the
// sample articles; bytes are those of the parsed article texts.
func BenchmarkArticle(b *testing.B) {
	arts, size := sampleArticles(b)
	for _, a := range arts {
		Article(a) // load the gazetteer outside the timing
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			Article(a)
		}
	}
}

// TestSampleInvariants runs the real extractor over the sample articles and
// checks the output contract and determinism.
func TestSampleInvariants(t *testing.T) {
	arts, _ := sampleArticles(t)
	for _, a := range arts {
		ex := Article(a)
		checkInvariants(t, a, ex)
		if len(ex.Facts) < 20 {
			t.Errorf("%s: only %d facts", a.ID, len(ex.Facts))
		}
	}
}
