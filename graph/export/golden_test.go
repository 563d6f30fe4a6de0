package export

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

// update rewrites the golden files from the current output. Run it
// deliberately (go test ./graph/export -run Golden -update) and review the
// diff like code: the golden files are the formats' contract.
var update = flag.Bool("update", false, "rewrite the golden export files in testdata/")

func TestGolden(t *testing.T) {
	for _, f := range Formats {
		t.Run(f.String(), func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, f, fixture()); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", "fixture"+f.FileExtension())
			if *update {
				if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(b.Bytes(), want) {
				t.Errorf("%v export differs from %s; if the change is intended, run with -update and review the diff.\ngot:\n%s", f, path, b.Bytes())
			}
		})
	}
}
