package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net/http"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// TestSIGTERMUnderSlowQueries serves a bolt store to many clients that
// search it (a search reads every quad of a bolt store), sends SIGTERM
// while their requests run, and expects the process to exit within the
// grace period plus a margin, with code 0. Before, serve waited for the
// searches, which did not look at their context, and then closed the store
// under them: bbolt's Close holds its meta lock while it waits for every
// reader, and a reader needs that lock to finish, so the process hung until
// SIGKILL. The bound is a correctness bound (hung or not), not a speed
// measure: the target is grace + 1 s, and the margin here leaves
// room for a busy machine.
func TestSIGTERMUnderSlowQueries(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and loads a generated corpus")
	}
	const (
		grace   = time.Second
		margin  = 2 * time.Second
		clients = 128
	)
	ctx := context.Background()
	dir := t.TempDir()
	corpus, db, bin := filepath.Join(dir, "corpus"), filepath.Join(dir, "graph.db"), filepath.Join(dir, "server")
	if err := run(ctx, []string{"gen", "-n", "300", "-seed", "3", corpus}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	if err := run(ctx, []string{"load", "-db", db, corpus}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	// no cache, no admission cap, a request deadline far beyond the grace
	// period: every search reads the store, and all of them run at once
	cmd := exec.Command(bin, "serve", "-addr", "127.0.0.1:0", "-db", db, "-read-only",
		"-grace", grace.String(), "-timeout", "2m", "-cache-quads", "0", "-max-in-flight", "0", "-rate-limit", "0")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr syncBuffer
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

	clientCtx, stopClients := context.WithCancel(ctx)
	defer stopClients()
	var (
		wg      sync.WaitGroup
		started = make(chan struct{}, clients)
	)
	for range clients {
		wg.Go(func() {
			body := `{"query": "{ search(query: \"a\", first: 5) { id } }"}`
			req, _ := http.NewRequestWithContext(clientCtx, http.MethodPost, "http://"+addr[1]+"/graphql", strings.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			started <- struct{}{}
			if resp, err := http.DefaultClient.Do(req); err == nil {
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
			}
		})
	}
	for range clients {
		<-started
	}
	time.Sleep(500 * time.Millisecond) // the requests reach their handlers

	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	sent := time.Now()
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case err := <-exited:
		took := time.Since(sent)
		t.Logf("exited %v after SIGTERM (grace %v)", took.Round(time.Millisecond), grace)
		if err != nil {
			t.Errorf("server exited with %v after SIGTERM, want 0\n%s", err, stderr.String())
		}
	case <-time.After(grace + margin):
		cmd.Process.Signal(syscall.SIGQUIT) // goroutine dump into stderr
		<-exited
		t.Fatalf("server still running %v after SIGTERM with a grace period of %v\n%s", grace+margin, grace, stderr.String())
	}
	stopClients()
	wg.Wait()
	if !strings.Contains(stderr.String(), "grace period (1s) ran out") {
		t.Errorf("no request was still running when the grace period ended: the test did not exercise slow queries (make them slower)\n%s", stderr.String())
	}
}

// syncBuffer is a bytes.Buffer that a process's output and the test may
// use at once.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}
