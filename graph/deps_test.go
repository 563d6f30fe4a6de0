package graph

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestDependencyDirection enforces the layering cmd/server → httpapi →
// resolvers → graph ← loader, all over domain: only graph imports Cayley,
// graph imports no other package of the project but domain and internal
// (small utilities that import nothing of the project), domain none
// but graph/names (domain.TestDependencies checks what it and the
// extractor pull in transitively), loader knows neither resolvers nor
// httpapi, and resolvers does not know the HTTP layer above it. Test
// files may cross these lines (a resolver test loads articles).
func TestDependencyDirection(t *testing.T) {
	const module = "github.com/actorgraph/actorgraph/"
	forbidden := map[string][]string{ // package dir prefix → import prefixes it must not use
		"domain":    {module, "github.com/cayleygraph/"},
		"graph":     {module},
		"loader":    {module + "resolvers", module + "cmd", "github.com/cayleygraph/"},
		"resolvers": {module + "loader", module + "cmd", module + "httpapi", "github.com/cayleygraph/"},
		"httpapi":   {module + "loader", module + "cmd", "github.com/cayleygraph/"},
		"cmd":       {"github.com/cayleygraph/"},
		"internal":  {module, "github.com/cayleygraph/"},
	}
	allowed := map[string][]string{ // exceptions to forbidden
		"domain": {module + "domain", module + "graph/names"},
		"graph":  {module + "graph", module + "domain", module + "internal/"},
	}
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "node_modules" || d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".") && path != "..") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		rel, _ := filepath.Rel("..", path)
		top := strings.Split(filepath.ToSlash(rel), "/")[0]
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			for _, bad := range forbidden[top] {
				if strings.HasPrefix(p, bad) && !slices.ContainsFunc(allowed[top], func(a string) bool { return strings.HasPrefix(p, a) }) {
					t.Errorf("%s imports %s: dependencies must point cmd/server → httpapi → resolvers → graph ← loader, and only graph imports Cayley", rel, p)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
