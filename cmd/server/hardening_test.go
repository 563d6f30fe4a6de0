package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// startServe runs `server serve -addr 127.0.0.1:0 args...` in process and
// returns its base URL. The server stops when the test ends, and must stop
// cleanly.
func startServe(t *testing.T, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	stdout, w := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, append([]string{"serve", "-addr", "127.0.0.1:0"}, args...), w, io.Discard)
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
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve returned %v after cancel", err)
			}
		case <-time.After(15 * time.Second):
			t.Error("serve did not stop after cancel")
		}
	})
	return "http://" + addr[1]
}

// gqlCode posts a GraphQL request and returns the first error's code, ""
// when there is none.
func gqlCode(t *testing.T, base, query, token string) string {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"query": query})
	req, _ := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct {
		Errors []struct{ Extensions map[string]any }
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatal(err)
	}
	if len(out.Errors) == 0 {
		return ""
	}
	c, _ := out.Errors[0].Extensions["code"].(string)
	return c
}

const ingestQuery = `mutation { ingestArticle(input: {text: "Norlandic government spokeswoman Ilse Varga said on Tuesday that talks would resume next week."}) { facts } }`

func TestServeWritesNeedTheToken(t *testing.T) {
	const token = "a-token-from-a-file-0123456789"
	file := filepath.Join(t.TempDir(), "token")
	if err := os.WriteFile(file, []byte(token+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv(tokenEnv, "")

	base := startServe(t, "-db", "memory", "-token-file", file)
	if c := gqlCode(t, base, ingestQuery, ""); c != "UNAUTHENTICATED" {
		t.Errorf("ingest without the token: code %q, want UNAUTHENTICATED", c)
	}
	if c := gqlCode(t, base, ingestQuery, "wrong-"+token); c != "UNAUTHENTICATED" {
		t.Errorf("ingest with a wrong token: code %q, want UNAUTHENTICATED", c)
	}
	if c := gqlCode(t, base, ingestQuery, token); c != "" {
		t.Errorf("ingest with the token: code %q, want no error", c)
	}

	// no token anywhere: read-only
	base = startServe(t, "-db", "memory")
	if c := gqlCode(t, base, ingestQuery, token); c != "FORBIDDEN" {
		t.Errorf("ingest on a server without a token: code %q, want FORBIDDEN", c)
	}
	if c := gqlCode(t, base, `{ articles { id } }`, ""); c != "" {
		t.Errorf("query on a read-only server: code %q", c)
	}

	// the token from the environment; -read-only still wins
	t.Setenv(tokenEnv, token)
	base = startServe(t, "-db", "memory")
	if c := gqlCode(t, base, ingestQuery, token); c != "" {
		t.Errorf("ingest with $%s's token: code %q, want no error", tokenEnv, c)
	}
	base = startServe(t, "-db", "memory", "-read-only")
	if c := gqlCode(t, base, ingestQuery, token); c != "FORBIDDEN" {
		t.Errorf("ingest on -read-only: code %q, want FORBIDDEN", c)
	}
}

func TestServeRefusesBadHardeningFlags(t *testing.T) {
	t.Setenv(tokenEnv, "")
	empty := filepath.Join(t.TempDir(), "empty")
	short := filepath.Join(t.TempDir(), "short")
	os.WriteFile(empty, []byte("\n"), 0o600)
	os.WriteFile(short, []byte("secret\n"), 0o600)
	for _, args := range [][]string{
		{"-token-file", empty},
		{"-token-file", short},
		{"-token-file", filepath.Join(t.TempDir(), "missing")},
		{"-cors-origin", "viz.example"},
		{"-cors-origin", "https://viz.example/path"},
		{"-cors-origin", "https://ok.example,ftp://bad.example"},
	} {
		args = append([]string{"serve", "-addr", "127.0.0.1:0", "-db", "memory"}, args...)
		err := run(context.Background(), args, io.Discard, io.Discard)
		if err == nil {
			t.Errorf("run(%q) = nil, want an error", args)
		}
	}
	t.Setenv(tokenEnv, "short")
	if err := run(context.Background(), []string{"serve", "-addr", "127.0.0.1:0", "-db", "memory"}, io.Discard, io.Discard); err == nil || !strings.Contains(err.Error(), "token") {
		t.Errorf("serve with a short $%s: %v, want a token error", tokenEnv, err)
	}
}

func TestServeCORSOrigins(t *testing.T) {
	base := startServe(t, "-db", "memory", "-cors-origin", "https://a.example, https://b.example", "-cors-origin", "http://localhost:5173")
	for origin, want := range map[string]int{
		"https://a.example":     http.StatusNoContent,
		"https://b.example":     http.StatusNoContent,
		"http://localhost:5173": http.StatusNoContent,
		"https://c.example":     http.StatusForbidden,
	} {
		req, _ := http.NewRequest(http.MethodOptions, base+"/graphql", nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("preflight from %s: %d, want %d", origin, resp.StatusCode, want)
		}
	}
}

// TestExportImportRoundTrip backs up the sample graph with `export -format
// nquads`, restores it with `import` into an empty store, and expects the
// restored store to export the same bytes, in every format.
func TestExportImportRoundTrip(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	src, dst, backup := filepath.Join(dir, "src.db"), filepath.Join(dir, "dst.db"), filepath.Join(dir, "backup.nq")
	if err := run(ctx, []string{"load", "-db", src, articles}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	export := func(db, format string) []byte {
		t.Helper()
		var out bytes.Buffer
		if err := run(ctx, []string{"export", "-db", db, "-format", format}, &out, io.Discard); err != nil {
			t.Fatalf("export -db %s -format %s: %v", db, format, err)
		}
		return out.Bytes()
	}
	nq := export(src, "nquads")
	if err := os.WriteFile(backup, nq, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run(ctx, []string{"import", "-db", dst, backup}, io.Discard, io.Discard); err != nil {
		t.Fatalf("import: %v", err)
	}
	for _, format := range []string{"nquads", "csv", "graphml", "gexf", "cytoscape"} {
		a, b := export(src, format), export(dst, format)
		if len(a) == 0 || !bytes.Equal(a, b) {
			t.Errorf("%s export of the restored store differs (%d vs %d bytes)", format, len(a), len(b))
		}
	}
}

// TestSIGTERMDrainsRequests runs the built binary, starts a request whose
// body is still arriving, sends SIGTERM, and expects the request to be
// answered, the process to exit 0 and the store to open again with
// everything in it.
func TestSIGTERMDrainsRequests(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := t.TempDir()
	bin, db := filepath.Join(dir, "server"), filepath.Join(dir, "graph.db")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "serve", "-addr", "127.0.0.1:0", "-db", db, "-articles", articles)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill() // if the test fails before it exits
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		t.Fatalf("no address line: %v\n%s", err, stderr.String())
	}
	addr := regexp.MustCompile(`http://(127\.0\.0\.1:\d+)/graphql`).FindStringSubmatch(line)
	if addr == nil {
		t.Fatalf("address line %q names no address", line)
	}

	// A request in flight: its headers ask to continue (Expect:
	// 100-continue), and the server's "100 Continue", sent once the
	// handler reads the body, shows that the request is being served. Its
	// body follows only after SIGTERM. A raw connection, so that nothing
	// but the test decides when bytes are sent.
	const body = `{"query": "{ actor(name: \"Peskov\") { name } }"}`
	conn, err := net.Dial("tcp", addr[1])
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /graphql HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: %d\r\n\r\n", addr[1], len(body))
	br := bufio.NewReader(conn)
	status, err := br.ReadString('\n')
	if err != nil || !strings.Contains(status, "100 Continue") {
		t.Fatalf("no 100 Continue: %q %v", status, err)
	}
	if blank, err := br.ReadString('\n'); err != nil || blank != "\r\n" {
		t.Fatalf("after 100 Continue: %q %v", blank, err)
	}

	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	// Shutdown closes the listener first: once a new connection is refused,
	// the server is draining.
	for {
		c, err := net.Dial("tcp", addr[1])
		if err != nil {
			break
		}
		c.Close()
		time.Sleep(10 * time.Millisecond)
	}
	if _, err := io.WriteString(conn, body); err != nil {
		t.Fatalf("sending the body after SIGTERM: %v", err)
	}
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		t.Fatalf("no answer to the request in flight during SIGTERM: %v\n%s", err, stderr.String())
	}
	data, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil || resp.StatusCode != http.StatusOK || !strings.Contains(string(data), "Dmitry Peskov") {
		t.Errorf("request in flight during SIGTERM: %d %q %v", resp.StatusCode, data, err)
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("server exited with %v after SIGTERM, want 0\n%s", err, stderr.String())
	}

	// the store was closed cleanly: it opens again, with every article
	var out bytes.Buffer
	if err := run(context.Background(), []string{"export", "-db", db, "-format", "csv"}, &out, io.Discard); err != nil {
		t.Fatalf("export after SIGTERM: %v", err)
	}
	if n := strings.Count(out.String(), "\n"); n < 100 {
		t.Errorf("export after SIGTERM has %d lines", n)
	}
}
