package extract

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/loader/article"
)

// update rewrites the golden files. Run it deliberately (go test
// ./loader/extract -run TestGolden -update) and review the diff like code.
var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current extractor")

// TestGolden extracts the invented articles of testdata (fictional people,
// real places) with the real parser and gazetteer and compares the facts
// with testdata/*.golden.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatal("no testdata articles")
	}
	for _, fn := range files {
		raw, err := os.ReadFile(fn)
		if err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSuffix(filepath.Base(fn), ".txt")
		a, err := article.Parse(id, fn, raw)
		if err != nil {
			t.Fatal(err)
		}
		got := render(Article(a))
		golden := strings.TrimSuffix(fn, ".txt") + ".golden"
		if *update {
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%s: %v (run with -update to create it)", golden, err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: extraction differs from %s:\n%s", fn, golden, diffLines(string(want), string(got)))
		}
	}
}

// render writes an extraction as readable lines: the nodes, then the facts
// with their sentence, without mentions.
func render(ex domain.Extraction) []byte {
	var b bytes.Buffer
	names := map[string]string{}
	for _, n := range ex.Nodes {
		names[n.ID] = n.Name
		fmt.Fprintf(&b, "node\t%s\t%s\t%q\t%s\n", n.ID, n.Type, n.Name, strings.Join(n.Aliases, "|"))
	}
	for _, f := range ex.Facts {
		if f.Predicate == domain.MentionedIn {
			continue
		}
		obj := f.Object
		if f.Literal {
			obj = fmt.Sprintf("%q", f.Object)
		}
		h := ""
		if f.Hedging != domain.Asserted {
			h = "\t~" + string(f.Hedging)
		}
		fmt.Fprintf(&b, "fact\t%d\t%s\t%s\t%s%s\n", f.Sentence, f.Subject, f.Predicate, obj, h)
	}
	return b.Bytes()
}

// diffLines lists the lines only in want (-) and only in got (+).
func diffLines(want, got string) string {
	in := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(s, "\n") {
			m[l] = true
		}
		return m
	}
	w, g := in(want), in(got)
	var b strings.Builder
	for _, l := range strings.Split(want, "\n") {
		if !g[l] {
			b.WriteString("- " + l + "\n")
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if !w[l] {
			b.WriteString("+ " + l + "\n")
		}
	}
	return b.String()
}
