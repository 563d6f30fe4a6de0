package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestServeMaxArticleBytes: `serve -articles` skips and reports a file
// over -max-article-bytes and serves the others; ingestArticle refuses a
// text over it.
func TestServeMaxArticleBytes(t *testing.T) {
	t.Setenv(tokenEnv, "")
	sample, err := os.ReadFile(filepath.Join(articles, "002_9ec77467a9b90fea.txt"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	big := bytes.Repeat(append(sample, "\n\n"...), 3)
	for name, content := range map[string][]byte{"small.txt": sample, "big.txt": big} {
		if err := os.WriteFile(filepath.Join(dir, name), content, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	limit := "4000" // between the two
	if len(sample) >= 4000 || len(big) <= 4000 {
		t.Fatalf("sample of %d bytes does not fit the test", len(sample))
	}

	// The report goes to stderr before the server listens: a serve that
	// cannot listen shows it without a server to stop.
	var stderr bytes.Buffer
	err = run(context.Background(), []string{"serve", "-addr", "127.0.0.1:-1", "-db", "memory", "-articles", dir, "-max-article-bytes", limit}, io.Discard, &stderr)
	if err == nil || !strings.Contains(err.Error(), "listen") {
		t.Fatalf("serve on a bad address: %v, want a listen error", err)
	}
	if !strings.Contains(stderr.String(), "big.txt") || !strings.Contains(stderr.String(), "too large") {
		t.Errorf("big.txt not reported as too large; stderr:\n%s", stderr.String())
	}
	if strings.Contains(stderr.String(), "small.txt") {
		t.Errorf("small.txt reported; stderr:\n%s", stderr.String())
	}

	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"-max-article-bytes", limit}, []string{"small"}},
		{nil, []string{"big", "small"}}, // the default, 5 MiB, takes both
		{[]string{"-max-article-bytes", "-1"}, []string{"big", "small"}},
	}
	for _, tc := range tests {
		base := startServe(t, append([]string{"-db", "memory", "-articles", dir}, tc.args...)...)
		if got := articleIDs(t, base); !slices.Equal(got, tc.want) {
			t.Errorf("serve %v: articles %v, want %v", tc.args, got, tc.want)
		}
	}

	const token = "a-token-from-a-file-0123456789"
	file := filepath.Join(t.TempDir(), "token")
	if err := os.WriteFile(file, []byte(token), 0o600); err != nil {
		t.Fatal(err)
	}
	base := startServe(t, "-db", "memory", "-token-file", file, "-max-article-bytes", "50")
	if c := gqlCode(t, base, ingestQuery, token); c != "BAD_USER_INPUT" {
		t.Errorf("ingest of a text over -max-article-bytes: code %q, want BAD_USER_INPUT", c)
	}
	base = startServe(t, "-db", "memory", "-token-file", file, "-max-article-bytes", "500")
	if c := gqlCode(t, base, ingestQuery, token); c != "" {
		t.Errorf("ingest of a text under -max-article-bytes: code %q, want none", c)
	}
}

// articleIDs lists the ids of the articles a server serves, sorted.
func articleIDs(t *testing.T, base string) []string {
	t.Helper()
	resp, err := http.Post(base+"/graphql", "application/json", strings.NewReader(`{"query": "{ articles { id } }"}`))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct {
		Data struct{ Articles []struct{ ID string } }
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range out.Data.Articles {
		ids = append(ids, a.ID)
	}
	slices.Sort(ids)
	return ids
}

// TestServeRateLimitFlags: the admission flags reach the server.
func TestServeRateLimitFlags(t *testing.T) {
	const q = `{ __typename }`
	base := startServe(t, "-db", "memory", "-rate-limit", "0.01", "-rate-burst", "2", "-rate-limit-loopback")
	for i, want := range []string{"", "", "RATE_LIMITED", "RATE_LIMITED"} {
		if c := gqlCode(t, base, q, ""); c != want {
			t.Errorf("request %d: code %q, want %q", i, c, want)
		}
	}
	if resp, err := http.Get(base + "/healthz"); err != nil || resp.StatusCode != http.StatusOK {
		t.Errorf("/healthz over the limit: %v %v", resp, err)
	} else {
		resp.Body.Close()
	}
	// loopback is exempt unless -rate-limit-loopback; 0 turns limits off
	for _, args := range [][]string{
		{"-rate-limit", "0.01", "-rate-burst", "1"},
		{"-rate-limit", "0", "-rate-limit-loopback", "-max-in-flight", "0"},
		{"-response-cache-bytes", "0"},
	} {
		base := startServe(t, append([]string{"-db", "memory"}, args...)...)
		for i := range 5 {
			if c := gqlCode(t, base, q, ""); c != "" {
				t.Fatalf("serve %v, request %d: code %q, want none", args, i, c)
			}
		}
	}
	for _, args := range [][]string{{"-rate-limit", "-1"}, {"-rate-burst", "0"}, {"-max-in-flight", "-5"}, {"-response-cache-bytes", "-1"}} {
		err := run(context.Background(), append([]string{"serve", "-addr", "127.0.0.1:0", "-db", "memory"}, args...), io.Discard, io.Discard)
		if err == nil {
			t.Errorf("serve %v: no error", args)
		}
	}
}
