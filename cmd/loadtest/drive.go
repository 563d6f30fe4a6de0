package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"slices"
	"sync"
	"time"
)

// A workload is one kind of request, sent over and over: request i of a
// run has body(i), and check turns an answer into "" (success) or the kind
// of failure, so that GraphQL and other query APIs are driven and counted
// the same way.
type workload struct {
	name        string
	url         string
	contentType string
	body        func(i int) []byte
	check       func(status int, body []byte) string
}

type result struct {
	latencies []time.Duration // of successful requests
	errors    map[string]int  // by kind: a status, a GraphQL code, a transport error
	elapsed   time.Duration
}

// drive runs clients loops of wl's requests until duration passes.
func drive(ctx context.Context, client *http.Client, wl workload, clients int, duration time.Duration) result {
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
			// client c starts at c*7919 so that clients do not march
			// through the same requests in step
			for i := c * 7919; ctx.Err() == nil; i++ {
				t0 := time.Now()
				kind := request(ctx, client, wl, wl.body(i))
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

// request sends one request and returns "" on success, or the kind of
// failure.
func request(ctx context.Context, client *http.Client, wl workload, body []byte) string {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, wl.url, bytes.NewReader(body))
	if err != nil {
		return "request: " + err.Error()
	}
	req.Header.Set("Content-Type", wl.contentType)
	resp, err := client.Do(req)
	if err != nil {
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			return "client timeout"
		}
		return "transport error"
	}
	defer resp.Body.Close()
	answer, err := io.ReadAll(resp.Body)
	if err != nil {
		return fmt.Sprintf("HTTP %d, answer cut: %v", resp.StatusCode, err)
	}
	return wl.check(resp.StatusCode, answer)
}

// checkGraphQL accepts a 200 answer without errors. An answer that does
// not hold the word "errors" is only checked to be JSON, not decoded: the
// decoding cost the load generator more CPU than a cached answer costs the
// server, on the cores they share.
func checkGraphQL(status int, body []byte) string {
	if status == http.StatusOK && !bytes.Contains(body, []byte(`"errors"`)) {
		if !json.Valid(body) {
			return fmt.Sprintf("HTTP %d, unreadable answer", status)
		}
		return ""
	}
	var out struct {
		Errors []struct {
			Extensions struct{ Code string }
		}
	}
	if err := json.Unmarshal(body, &out); err != nil {
		return fmt.Sprintf("HTTP %d, unreadable answer", status)
	}
	if len(out.Errors) > 0 {
		return "GraphQL " + out.Errors[0].Extensions.Code
	}
	if status != http.StatusOK {
		return fmt.Sprintf("HTTP %d", status)
	}
	return ""
}

// percentile returns the p-th latency (0 ≤ p ≤ 1) of sorted.
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[min(len(sorted)-1, int(p*float64(len(sorted))))]
}

// requests is how many requests the run sent, answered or not.
func (r result) requests() int {
	n := len(r.latencies)
	for _, k := range r.errors {
		n += k
	}
	return n
}

// report prints one run: its throughput, latencies and errors by kind.
func (r result) report(w io.Writer, name string, clients int, duration time.Duration) {
	slices.Sort(r.latencies)
	total := r.requests()
	failed := total - len(r.latencies)
	ms := func(p float64) string {
		return fmt.Sprintf("%.2fms", float64(percentile(r.latencies, p))/float64(time.Millisecond))
	}
	fmt.Fprintf(w, "%s: %d clients for %v: %d requests, %.0f/s; %d ok, %d errors\n",
		name, clients, duration, total, float64(total)/r.elapsed.Seconds(), len(r.latencies), failed)
	fmt.Fprintf(w, "%s: latency of successful requests: p50 %s, p90 %s, p99 %s, max %s\n",
		name, ms(0.50), ms(0.90), ms(0.99), ms(1))
	kinds := make([]string, 0, len(r.errors))
	for k := range r.errors {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	for _, k := range kinds {
		fmt.Fprintf(w, "  %6d %s\n", r.errors[k], k)
	}
}
