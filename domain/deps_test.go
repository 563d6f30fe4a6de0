package domain

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestDependencies checks the transitive imports of the packages that must
// stay free of the store: the domain types themselves, and the extractor,
// which produces them and should build without Cayley, bbolt or a
// PostgreSQL driver.
func TestDependencies(t *testing.T) {
	const module = "github.com/actorgraph/actorgraph/"
	storage := []string{"github.com/cayleygraph/", "go.etcd.io/bbolt", "github.com/coreos/bbolt", "github.com/jackc/pgx", "github.com/lib/pq"}
	for _, tt := range []struct {
		pkg       string
		forbidden []string // import path prefixes
		allowed   []string // exceptions to forbidden
	}{
		{module + "domain", append(storage, module), []string{module + "domain", module + "graph/names"}},
		{module + "loader/extract", append(storage, module+"graph", module+"resolvers", module+"httpapi"), []string{module + "graph/names"}},
	} {
		deps := goListDeps(t, tt.pkg)
		for _, d := range deps {
			if hasPrefix(d, tt.forbidden) && !hasPrefix(d, tt.allowed) {
				t.Errorf("%s depends on %s", tt.pkg, d)
			}
		}
	}
}

// goListDeps returns pkg and every package it imports, directly or not.
// It also lists the directories of the module's packages among them and
// reads go.mod, because go test caches a passing result against the files
// the test itself opened: without that, a new import in loader/extract
// would leave a stale pass in the cache.
func goListDeps(t *testing.T, pkg string) []string {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to list dependencies with")
	}
	out, err := exec.Command(goBin, "list", "-deps", "-f", "{{.ImportPath}} {{.Module}} {{.Dir}}", pkg).Output()
	if err != nil {
		t.Fatalf("go list -deps %s: %v", pkg, err)
	}
	if _, err := os.ReadFile("../go.mod"); err != nil {
		t.Fatal(err)
	}
	var deps []string
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		path, rest, _ := strings.Cut(line, " ")
		deps = append(deps, path)
		if mod, dir, _ := strings.Cut(rest, " "); strings.HasPrefix(mod, "github.com/actorgraph/actorgraph") {
			if _, err := os.ReadDir(dir); err != nil {
				t.Fatal(err)
			}
		}
	}
	if len(deps) == 0 {
		t.Fatalf("go list -deps %s listed nothing", pkg)
	}
	return deps
}

func hasPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if s == p || strings.HasPrefix(s, strings.TrimSuffix(p, "/")+"/") {
			return true
		}
	}
	return false
}
