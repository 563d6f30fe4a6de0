package loader

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/actorgraph/actorgraph/corpus"
	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/article"
	"github.com/actorgraph/actorgraph/loader/extract"
)

// benchArticles is the size of the generated corpus the load benchmarks
// write: ACTORGRAPH_BENCH_ARTICLES, or 1,000 so that `go test -bench` stays
// quick; scripts/bench-ingest.sh runs 10k and more.
func benchArticles(tb testing.TB) int {
	if s := os.Getenv("ACTORGRAPH_BENCH_ARTICLES"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n <= 0 {
			tb.Fatalf("ACTORGRAPH_BENCH_ARTICLES=%q: want a positive number", s)
		}
		return n
	}
	return 1000
}

// benchCorpus writes n generated articles (seed 1) to a temporary directory
// and returns their paths and total size.
func benchCorpus(tb testing.TB, n int) ([]string, int64) {
	tb.Helper()
	dir := tb.TempDir()
	if err := corpus.Write(context.Background(), dir, 1, n); err != nil {
		tb.Fatal(err)
	}
	paths, err := Paths([]string{dir})
	if err != nil {
		tb.Fatal(err)
	}
	var size int64
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			tb.Fatal(err)
		}
		size += fi.Size()
	}
	return paths, size
}

// BenchmarkExtractGenerated parses and extracts generated articles on one
// goroutine: the extractor's MB/s per core on text it really parses.
func BenchmarkExtractGenerated(b *testing.B) {
	g := corpus.New(1)
	var arts []domain.Article
	var size int64
	for i := range 200 {
		a := g.Article(i)
		parsed, err := article.Parse(a.ID, a.ID+".txt", []byte(a.Text))
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, parsed)
		size += int64(len(a.Text))
	}
	extract.Article(arts[0]) // load the gazetteer and models outside the timing
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			extract.Article(a)
		}
	}
	b.ReportMetric(float64(len(arts)*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkLoad loads a generated corpus (benchArticles) end to end, files
// to store, into a fresh memory store and bolt file per iteration, and
// reports articles/s and quads/s.
func BenchmarkLoad(b *testing.B) {
	n := benchArticles(b)
	paths, size := benchCorpus(b, n)
	for _, backend := range []string{"memory", "bolt"} {
		b.Run(backend+"/"+strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			quads := 0
			for b.Loop() {
				dsn := graph.Memory
				if backend == "bolt" {
					dsn = filepath.Join(b.TempDir(), "bench.db")
				}
				s, err := graph.Open(context.Background(), dsn)
				if err != nil {
					b.Fatal(err)
				}
				sum, err := LoadWith(context.Background(), s, paths, Options{})
				if err != nil || sum.Failed > 0 {
					b.Fatalf("load: %+v, %v", sum, err)
				}
				quads += sum.Added
				s.Close()
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
			b.ReportMetric(float64(quads)/b.Elapsed().Seconds(), "quads/s")
		})
	}
}

// BenchmarkRawWriter loads the quads a load of the same corpus stores, read
// from their N-Quads export, with Cayley's own batch writer (graph's
// ImportNQuads): the baseline BenchmarkLoad is compared with.
func BenchmarkRawWriter(b *testing.B) {
	n := benchArticles(b)
	paths, _ := benchCorpus(b, n)
	src, err := graph.Open(context.Background(), graph.Memory)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := LoadWith(context.Background(), src, paths, Options{}); err != nil {
		b.Fatal(err)
	}
	var dump bytes.Buffer
	if err := src.WriteNQuads(context.Background(), &dump); err != nil {
		b.Fatal(err)
	}
	src.Close()
	for _, backend := range []string{"memory", "bolt"} {
		b.Run(backend+"/"+strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(dump.Len()))
			b.ReportAllocs()
			quads := 0
			for b.Loop() {
				dsn := graph.Memory
				if backend == "bolt" {
					dsn = filepath.Join(b.TempDir(), "bench.db")
				}
				s, err := graph.Open(context.Background(), dsn)
				if err != nil {
					b.Fatal(err)
				}
				q, err := s.ImportNQuads(context.Background(), bytes.NewReader(dump.Bytes()), 10000)
				if err != nil {
					b.Fatal(err)
				}
				quads += q
				s.Close()
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
			b.ReportMetric(float64(quads)/b.Elapsed().Seconds(), "quads/s")
		})
	}
}
