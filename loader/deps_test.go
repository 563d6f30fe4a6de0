package loader

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestReadersStandAlone keeps the readers of newsroom inputs independent:
// each of html, feed, export, fetch, lang and dedup does one job, imports
// no other package of the loader (only this package puts them together),
// and only fetch touches the network.
func TestReadersStandAlone(t *testing.T) {
	const module = "github.com/actorgraph/actorgraph/"
	readers := []string{"html", "feed", "export", "fetch", "lang", "dedup"}
	for _, dir := range readers {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil || len(files) == 0 {
			t.Fatalf("%s: no Go files (%v)", dir, err)
		}
		for _, file := range files {
			if strings.HasSuffix(file, "_test.go") {
				continue
			}
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			f, err := parser.ParseFile(token.NewFileSet(), file, src, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, imp := range f.Imports {
				p, _ := strconv.Unquote(imp.Path.Value)
				if strings.HasPrefix(p, module+"loader") {
					t.Errorf("%s imports %s: a reader stands alone; package loader combines them", file, p)
				}
				if dir != "fetch" && (p == "net/http" || p == "net") {
					t.Errorf("%s imports %s: only fetch goes to the network", file, p)
				}
			}
		}
	}
}
