package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestKill9DuringLoad kills the loader with SIGKILL in the middle of a
// load, then checks that the bolt store opens, that every article in it is
// stored completely (exactly the quads a clean load gives it), and that
// running the load again finishes the job with the same store as a clean
// load: nothing lost, nothing doubled.
func TestKill9DuringLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and loads a generated corpus")
	}
	ctx := context.Background()
	dir := t.TempDir()
	corpus, bin := filepath.Join(dir, "corpus"), filepath.Join(dir, "server")
	if err := run(ctx, []string{"gen", "-n", "200", "-seed", "7", corpus}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}

	reference := filepath.Join(dir, "reference.db")
	if err := run(ctx, []string{"load", "-db", reference, "-batch", "4", corpus}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	want := exportNQuads(t, reference)

	crashed := filepath.Join(dir, "crashed.db")
	cmd := exec.Command(bin, "load", "-db", crashed, "-batch", "4", corpus)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill once the store has grown past its first writes, while most of
	// the corpus is still to come.
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if fi, err := os.Stat(crashed); err == nil && fi.Size() > 2<<20 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()

	partial := exportNQuads(t, crashed)
	stored := storedArticles(partial)
	if len(stored) == 0 || len(stored) >= 200 {
		t.Logf("the kill came when %d of 200 articles were stored: the crash itself was not exercised", len(stored))
	}
	wantLines := lineSet(want)
	for id := range stored {
		for _, l := range articleLines(partial, id) {
			if !wantLines[l] {
				t.Errorf("article %s after the crash has a quad a clean load does not: %s", id, l)
			}
		}
		if got, exp := len(articleLines(partial, id)), len(articleLines(want, id)); got != exp {
			t.Errorf("article %s after the crash has %d quads, a clean load %d: half written", id, got, exp)
		}
	}

	var out bytes.Buffer
	if err := run(ctx, []string{"load", "-db", crashed, "-batch", "4", corpus}, &out, io.Discard); err != nil {
		t.Fatalf("rerun: %v\n%s", err, out.String())
	}
	if got := exportNQuads(t, crashed); got != want {
		t.Errorf("after the rerun the store differs from a clean load (%d vs %d bytes)", len(got), len(want))
	}
	t.Logf("killed with %d of 200 articles stored; rerun: %s", len(stored), strings.TrimSpace(out.String()))
}

func exportNQuads(t *testing.T, db string) string {
	t.Helper()
	var out bytes.Buffer
	if err := run(context.Background(), []string{"export", "-db", db, "-format", "nquads"}, &out, io.Discard); err != nil {
		t.Fatalf("export %s: %v", db, err)
	}
	return out.String()
}

var articleLabel = regexp.MustCompile(`<(?:article:|sent:)([^#>]+)(?:#[^>]*)?> \.$`)

// storedArticles returns the ids of the articles an N-Quads dump holds.
func storedArticles(nq string) map[string]bool {
	ids := map[string]bool{}
	for _, l := range strings.Split(nq, "\n") {
		if m := articleLabel.FindStringSubmatch(l); m != nil {
			ids[m[1]] = true
		}
	}
	return ids
}

// articleLines returns the quads of a dump labelled with article id or one
// of its sentences.
func articleLines(nq, id string) []string {
	var out []string
	for _, l := range strings.Split(nq, "\n") {
		if m := articleLabel.FindStringSubmatch(l); m != nil && m[1] == id {
			out = append(out, l)
		}
	}
	return out
}

func lineSet(s string) map[string]bool {
	set := map[string]bool{}
	for _, l := range strings.Split(s, "\n") {
		set[l] = true
	}
	return set
}
