package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

const articles = "../../data/articles"

func TestServeAnswersGraphQLOverHTTP(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	stdout, w := io.Pipe()
	done := make(chan error, 1)
	db := filepath.Join(t.TempDir(), "graph.db")
	go func() {
		done <- run(ctx, []string{"serve", "-addr", "127.0.0.1:0", "-db", db, "-articles", articles}, w, io.Discard)
		w.Close()
	}()

	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		cancel()
		t.Fatalf("no address line: %v (run: %v)", err, <-done)
	}
	go io.Copy(io.Discard, stdout)
	addr := regexp.MustCompile(`http://(127\.0\.0\.1:\d+)/graphql`).FindStringSubmatch(line)
	if addr == nil {
		cancel()
		t.Fatalf("address line %q names no address", line)
	}
	base := "http://" + addr[1]

	body := `{"query": "{ actor(name: \"Peskov\") { name relations { predicate object { name } evidence { sentence } } } }"}`
	resp, err := http.Post(base+"/graphql", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var out struct {
		Data struct {
			Actor *struct {
				Name      string
				Relations []struct {
					Predicate string
					Object    *struct{ Name string }
				}
			}
		}
	}
	err = json.NewDecoder(resp.Body).Decode(&out)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	if out.Data.Actor == nil || out.Data.Actor.Name != "Dmitry Peskov" {
		t.Fatalf("actor(Peskov) = %+v", out.Data.Actor)
	}

	page, err := http.Get(base + "/")
	if err != nil {
		t.Fatal(err)
	}
	html, _ := io.ReadAll(page.Body)
	page.Body.Close()
	if page.StatusCode != http.StatusOK || !bytes.Contains(html, []byte("graphiql")) {
		t.Errorf("GET / = %d, want the GraphiQL page", page.StatusCode)
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve returned %v after cancel, want nil", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop after cancel")
	}
	if _, err := os.Stat(db); err != nil {
		t.Errorf("bolt file: %v", err)
	}
}

func TestLoadTwiceAddsNothing(t *testing.T) {
	db := filepath.Join(t.TempDir(), "graph.db")
	var first, second bytes.Buffer
	if err := run(context.Background(), []string{"load", "-db", db, articles}, &first, io.Discard); err != nil {
		t.Fatalf("first load: %v", err)
	}
	if !regexp.MustCompile(`^loaded 5 articles \(0 unchanged\), \d+ facts, \+[1-9]\d*/-0 quads, 0 errors`).Match(first.Bytes()) {
		t.Errorf("first load printed %q", first.String())
	}
	if err := run(context.Background(), []string{"load", "-db", db, articles}, &second, io.Discard); err != nil {
		t.Fatalf("second load: %v", err)
	}
	if !regexp.MustCompile(`^loaded 5 articles \(5 unchanged\), \d+ facts, \+0/-0 quads, 0 errors`).Match(second.Bytes()) {
		t.Errorf("second load printed %q, want every article unchanged", second.String())
	}

	var a, b bytes.Buffer
	if err := run(context.Background(), []string{"export", "-db", db, "-format", "nquads"}, &a, io.Discard); err != nil {
		t.Fatal(err)
	}
	if err := run(context.Background(), []string{"load", "-db", db, articles}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	if err := run(context.Background(), []string{"export", "-db", db, "-format", "nquads"}, &b, io.Discard); err != nil {
		t.Fatal(err)
	}
	if a.Len() == 0 || a.String() != b.String() {
		t.Errorf("N-Quads export changed after reloading (%d vs %d bytes)", a.Len(), b.Len())
	}
}

func TestLoadSkipsBrokenArticle(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile(filepath.Join(articles, "002_9ec77467a9b90fea.txt"))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"good.txt":   good,
		"empty.txt":  nil,
		"binary.txt": {0x00, 0x01, 0x02, 'a'},
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var stdout, stderr bytes.Buffer
	err = run(context.Background(), []string{"load", "-db", graphDB(t), dir}, &stdout, &stderr)
	if err == nil {
		t.Error("load with broken articles returned no error")
	}
	if !strings.HasPrefix(stdout.String(), "loaded 1 articles") || !strings.Contains(stdout.String(), "2 errors") {
		t.Errorf("stdout = %q, want 1 loaded and 2 errors", stdout.String())
	}
	for _, name := range []string{"empty.txt", "binary.txt"} {
		if !strings.Contains(stderr.String(), name) {
			t.Errorf("stderr does not name %s:\n%s", name, stderr.String())
		}
	}
}

func graphDB(t *testing.T) string { return filepath.Join(t.TempDir(), "graph.db") }

func TestExtractWritesFactsCSV(t *testing.T) {
	var stdout bytes.Buffer
	if err := run(context.Background(), []string{"extract", articles}, &stdout, io.Discard); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&stdout).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(recs[0], ","); got != "subject_id,subject,subject_type,predicate,object_id,object,object_type,article,sentence" {
		t.Errorf("header = %s", got)
	}
	articlesSeen := map[string]bool{}
	for _, r := range recs[1:] {
		articlesSeen[r[7]] = true
		if r[8] == "" {
			t.Errorf("row without sentence: %q", r)
		}
	}
	if len(articlesSeen) != 5 {
		t.Errorf("facts from %d articles, want 5", len(articlesSeen))
	}
}

func TestUsageErrors(t *testing.T) {
	tests := [][]string{
		{},
		{"nosuchcommand"},
		{"load"},
		{"extract"},
		{"export", "-format", "xml"},
		{"serve", "-nosuchflag"},
	}
	for _, args := range tests {
		if err := run(context.Background(), args, io.Discard, io.Discard); err == nil {
			t.Errorf("run(%q) = nil, want an error", args)
		}
	}
}

func TestExportNeighborhoodAsGEXF(t *testing.T) {
	db := graphDB(t)
	if err := run(context.Background(), []string{"load", "-db", db, articles}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := run(context.Background(), []string{"export", "-db", db, "-format", "gexf", "-actor", "Peskov", "-depth", "1"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(out.Bytes(), []byte(`<gexf`)) || !bytes.Contains(out.Bytes(), []byte(`person:dmitry-peskov`)) {
		t.Errorf("export -format gexf -actor Peskov wrote %.200s", out.String())
	}
	err := run(context.Background(), []string{"export", "-db", db, "-format", "gexf", "-actor", "Nobody Whatsoever"}, io.Discard, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "no actor named") {
		t.Errorf("export of an unknown actor: %v", err)
	}
	if err := run(context.Background(), []string{"export", "-db", filepath.Join(t.TempDir(), "missing.db")}, io.Discard, io.Discard); err == nil {
		t.Error("export of a missing bolt file: no error")
	}
}

func TestLoadSkipsOversizedArticle(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile(filepath.Join(articles, "002_9ec77467a9b90fea.txt"))
	if err != nil {
		t.Fatal(err)
	}
	big := bytes.Repeat([]byte("Officials met again. "), 2000) // 42 kB
	for name, data := range map[string][]byte{"good.txt": good, "big.txt": big} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var stdout, stderr bytes.Buffer
	err = run(context.Background(), []string{"load", "-db", graphDB(t), "-max-article-bytes", "20000", dir}, &stdout, &stderr)
	if err == nil || !strings.HasPrefix(stdout.String(), "loaded 1 articles") {
		t.Errorf("load with a 42 kB article over a 20 kB limit: %v, stdout %q", err, stdout.String())
	}
	if !strings.Contains(stderr.String(), "big.txt") || !strings.Contains(stderr.String(), "too large") {
		t.Errorf("stderr does not say big.txt is too large:\n%s", stderr.String())
	}
}
