package main

import (
	"fmt"
	"log"
	"net"
	"net/http"
	"net/http/pprof"
)

// serveProfiler serves Go's profiler on addr, which must be a loopback
// address: profiles show the server's internals and cost CPU, so they are
// for the operator on the machine, never for the network. It returns a
// function that stops it.
func serveProfiler(addr string, logger *log.Logger) (func(), error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("-pprof-addr %q: %w", addr, err)
	}
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		return nil, fmt.Errorf("-pprof-addr %q: only a loopback address (127.0.0.1:PORT) is allowed", addr)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("-pprof-addr: %w", err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	srv := &http.Server{Handler: mux, ErrorLog: logger}
	go srv.Serve(ln)
	logger.Printf("profiler on http://%s/debug/pprof/", ln.Addr())
	return func() { srv.Close() }, nil
}
