package resolvers_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// update rewrites testdata/queries/*.json. Run it deliberately
// (go test ./resolvers -run Queries -update) and review every changed
// answer by hand: these files are what a client sees.
var update = flag.Bool("update", false, "rewrite testdata/queries/*.json")

// TestQueries runs every testdata/queries/*.graphql through the real HTTP
// handler over the sample articles and compares the whole response with
// the reviewed answer next to it.
func TestQueries(t *testing.T) {
	files, err := filepath.Glob("testdata/queries/*.graphql")
	if err != nil || len(files) == 0 {
		t.Fatalf("no queries in testdata/queries: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".graphql")
		t.Run(name, func(t *testing.T) {
			q, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := json.Marshal(map[string]string{"query": string(q)})
			_, resp := post(t, body)
			got, err := json.MarshalIndent(resp, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			want := strings.TrimSuffix(f, ".graphql") + ".json"
			if *update {
				if err := os.WriteFile(want, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			exp, err := os.ReadFile(want)
			if err != nil {
				t.Fatalf("no reviewed answer (run with -update and review it): %v", err)
			}
			if !bytes.Equal(got, exp) {
				t.Errorf("answer to %s differs from %s:\ngot:\n%s", f, want, got)
			}
		})
	}
}
