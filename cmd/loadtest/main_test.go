package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
)

func TestOnlyLocalhost(t *testing.T) {
	for _, addr := range []string{"10.0.0.1:80", "localhost:8080", "example.org:443", "0.0.0.0:8080", "[::1]:8080", "127.0.0.1"} {
		if err := run(context.Background(), []string{"-addr", addr, "-duration", "1ms"}, io.Discard, io.Discard); err == nil {
			t.Errorf("loadtest -addr %s ran, want a refusal", addr)
		}
	}
}

func TestDriveCountsOutcomes(t *testing.T) {
	var n atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch n.Add(1) % 3 {
		case 0:
			io.WriteString(w, `{"data": {}}`)
		case 1:
			io.WriteString(w, `{"errors": [{"message": "x", "extensions": {"code": "TIMEOUT"}}]}`)
		case 2:
			w.WriteHeader(http.StatusInternalServerError)
		}
	}))
	defer srv.Close()
	var out bytes.Buffer
	addr := strings.TrimPrefix(srv.URL, "http://")
	if err := run(context.Background(), []string{"-addr", addr, "-clients", "1", "-duration", "200ms"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"1 clients for 200ms", "p50", "GraphQL TIMEOUT", "HTTP 500, unreadable answer"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}
