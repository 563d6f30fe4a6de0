// Command loadtest drives an actorgraph server on this machine with N
// concurrent GraphQL clients for a while and reports latency percentiles
// and errors. It talks only to 127.0.0.1: it refuses any other address, so
// that it cannot be pointed at someone else's server.
//
// Usage:
//
//	loadtest -serve bin/server [-clients 100] [-duration 30s]   # starts the server itself
//	loadtest -addr 127.0.0.1:8080 [-clients 100] [-duration 30s]
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"regexp"
	"slices"
	"sync"
	"syscall"
	"time"
)

// queries are what an explorer sends, in rotation: look-ups, searches,
// a neighborhood, a path, a list.
var queries = []string{
	`{ actor(name: "Peskov") { id name aliases relations { predicate object { name } value } } }`,
	`{ search(query: "zelensk") { id name type } }`,
	`{ neighborhood(actor: "Peskov", depth: 2, limit: 200) { nodes { id label type degree } edges { id source target predicate weight } truncated } }`,
	`{ paths(from: "Karasin", to: "Witkoff", maxLength: 4) { length steps { predicate } } }`,
	`{ articles { id date title } }`,
	`{ statements(speaker: "Peskov") { totalCount edges { node { text } } } }`,
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("loadtest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "", "server address, 127.0.0.1:PORT")
	serve := fs.String("serve", "", "start this server binary on 127.0.0.1 with -articles instead of using -addr")
	articles := fs.String("articles", "data/articles", "articles the started server loads")
	clients := fs.Int("clients", 100, "concurrent clients")
	duration := fs.Duration("duration", 30*time.Second, "how long to send requests")
	timeout := fs.Duration("timeout", 30*time.Second, "client-side limit of one request")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *clients < 1 || *duration <= 0 {
		return errors.New("-clients and -duration must be positive")
	}
	if *serve != "" {
		a, stopServer, err := startServer(*serve, *articles, stderr)
		if err != nil {
			return err
		}
		defer stopServer()
		*addr = a
	}
	if err := localOnly(*addr); err != nil {
		return err
	}
	res := drive(ctx, "http://"+*addr+"/graphql", *clients, *duration, *timeout)
	res.report(stdout, *clients, *duration)
	return nil
}

// localOnly refuses every address but 127.0.0.1.
func localOnly(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("-addr %q: %w", addr, err)
	}
	if host != "127.0.0.1" {
		return fmt.Errorf("-addr %q: loadtest only talks to 127.0.0.1", addr)
	}
	return nil
}

// startServer runs `bin serve -addr 127.0.0.1:0 -db memory -articles dir`
// and returns its address and a function that stops it with SIGTERM.
func startServer(bin, articles string, stderr io.Writer) (string, func(), error) {
	cmd := exec.Command(bin, "serve", "-addr", "127.0.0.1:0", "-db", "memory", "-articles", articles)
	out, err := cmd.StdoutPipe()
	if err != nil {
		return "", nil, err
	}
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		return "", nil, fmt.Errorf("start %s: %w", bin, err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	m := regexp.MustCompile(`http://(127\.0\.0\.1:\d+)/graphql`).FindStringSubmatch(line)
	if err != nil || m == nil {
		cmd.Process.Kill()
		cmd.Wait()
		return "", nil, fmt.Errorf("server printed no address (%q): %v", line, err)
	}
	go io.Copy(io.Discard, out)
	return m[1], func() {
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
	}, nil
}

type result struct {
	latencies []time.Duration // of successful requests
	errors    map[string]int  // by kind: a status, a GraphQL code, a transport error
	elapsed   time.Duration
}

// drive runs clients loops of requests until duration passes.
func drive(ctx context.Context, url string, clients int, duration, timeout time.Duration) result {
	transport := &http.Transport{MaxIdleConns: clients, MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}
	defer transport.CloseIdleConnections()
	client := &http.Client{Transport: transport, Timeout: timeout}
	ctx, cancel := context.WithTimeout(ctx, duration)
	defer cancel()
	var (
		mu  sync.Mutex
		all = result{errors: map[string]int{}}
		wg  sync.WaitGroup
	)
	start := time.Now()
	for c := range clients {
		wg.Go(func() {
			var lat []time.Duration
			errs := map[string]int{}
			for i := c; ctx.Err() == nil; i++ {
				body, _ := json.Marshal(map[string]string{"query": queries[i%len(queries)]})
				t0 := time.Now()
				kind := request(ctx, client, url, body)
				if ctx.Err() != nil && kind != "" {
					break // cut off by the end of the run, not the server
				}
				if kind == "" {
					lat = append(lat, time.Since(t0))
				} else {
					errs[kind]++
				}
			}
			mu.Lock()
			defer mu.Unlock()
			all.latencies = append(all.latencies, lat...)
			for k, n := range errs {
				all.errors[k] += n
			}
		})
	}
	wg.Wait()
	all.elapsed = time.Since(start)
	return all
}

// request sends one query and returns "" on success, or the kind of
// failure.
func request(ctx context.Context, client *http.Client, url string, body []byte) string {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return "request: " + err.Error()
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			return "client timeout"
		}
		return "transport error"
	}
	defer resp.Body.Close()
	var out struct {
		Errors []struct {
			Extensions struct{ Code string }
		}
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return fmt.Sprintf("HTTP %d, unreadable answer", resp.StatusCode)
	}
	if len(out.Errors) > 0 {
		return "GraphQL " + out.Errors[0].Extensions.Code
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Sprintf("HTTP %d", resp.StatusCode)
	}
	return ""
}

func (r result) report(w io.Writer, clients int, duration time.Duration) {
	slices.Sort(r.latencies)
	pct := func(p float64) time.Duration {
		if len(r.latencies) == 0 {
			return 0
		}
		return r.latencies[min(len(r.latencies)-1, int(p*float64(len(r.latencies))))]
	}
	failed := 0
	for _, n := range r.errors {
		failed += n
	}
	total := len(r.latencies) + failed
	fmt.Fprintf(w, "%d clients for %v: %d requests, %.0f/s; %d ok, %d errors\n",
		clients, duration, total, float64(total)/r.elapsed.Seconds(), len(r.latencies), failed)
	fmt.Fprintf(w, "latency of successful requests: p50 %v, p90 %v, p99 %v, max %v\n",
		pct(0.50).Round(time.Millisecond), pct(0.90).Round(time.Millisecond), pct(0.99).Round(time.Millisecond), pct(1).Round(time.Millisecond))
	kinds := make([]string, 0, len(r.errors))
	for k := range r.errors {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	for _, k := range kinds {
		fmt.Fprintf(w, "  %6d %s\n", r.errors[k], k)
	}
}
