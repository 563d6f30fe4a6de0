package loader

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/loader/extract"
)

// goldenDigest is the SHA-256 of the reviewed golden files: what the
// extraction rules give on the fixtures.
func goldenDigest(t *testing.T) string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("extract", "testdata", "*.golden"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no extract golden files: %v", err)
	}
	files = append(files, filepath.Join("testdata", "facts.golden.csv"))
	slices.Sort(files)
	h := sha256.New()
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		h.Write([]byte(filepath.ToSlash(f) + "\x00"))
		h.Write(b)
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// TestExtractVersionFollowsGoldens makes an extractor change bump
// extract.Version: the content hash of stored articles includes it, and a
// change that keeps it would leave every stored article as the old rules
// read it. testdata/extract-versions.txt lists each version with the
// digest of the golden files it gives; its last line must be the current
// version and the current goldens, and no version may appear twice.
func TestExtractVersionFollowsGoldens(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "extract-versions.txt"))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var lastVersion, lastDigest string
	for line := range strings.Lines(string(b)) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		version, digest, ok := strings.Cut(line, " ")
		if !ok || seen[version] {
			t.Fatalf("extract-versions.txt: bad or repeated line %q", line)
		}
		seen[version] = true
		lastVersion, lastDigest = version, digest
	}
	got := goldenDigest(t)
	switch {
	case lastDigest != got && lastVersion == extract.Version:
		t.Errorf("the golden files changed but extract.Version is still %s: bump it and append %q to testdata/extract-versions.txt", extract.Version, "NEWVERSION "+got)
	case lastVersion != extract.Version || lastDigest != got:
		t.Errorf("testdata/extract-versions.txt ends with %s %s; want %s %s", lastVersion, lastDigest, extract.Version, got)
	}
}

func TestHashNamesTheRules(t *testing.T) {
	a, b := Hash([]byte("one")), Hash([]byte("two"))
	if a == b || !strings.HasPrefix(a, "sha256:") || !strings.HasSuffix(a, " extract:"+extract.Version) {
		t.Errorf("Hash = %q, %q: want distinct sha256 hashes naming extract.Version", a, b)
	}
}
