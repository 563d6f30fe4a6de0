package main

import (
	"io"
	"log"
	"net/http"
	"testing"
)

func TestProfilerOnlyOnLoopback(t *testing.T) {
	logger := log.New(io.Discard, "", 0)
	for _, addr := range []string{"0.0.0.0:0", ":0", "example.org:6060", "nonsense"} {
		if stop, err := serveProfiler(addr, logger); err == nil {
			stop()
			t.Errorf("serveProfiler(%q) served, want a refusal", addr)
		}
	}
	stop, err := serveProfiler("127.0.0.1:0", logger)
	if err != nil {
		t.Fatal(err)
	}
	stop()
}

// TestProfilerServes checks that the profiler answers on the address it
// was given.
func TestProfilerServes(t *testing.T) {
	const addr = "127.0.0.1:16061"
	stop, err := serveProfiler(addr, log.New(io.Discard, "", 0))
	if err != nil {
		t.Skipf("port taken: %v", err)
	}
	defer stop()
	resp, err := http.Get("http://" + addr + "/debug/pprof/cmdline")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("GET /debug/pprof/cmdline: %s", resp.Status)
	}
}
