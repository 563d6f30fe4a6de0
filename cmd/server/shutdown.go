package main

import (
	"context"
	"io"
	"net/http"
	"sync"
	"time"
)

// shutdownMargin is how long serve waits, once the grace period is over
// and the requests' contexts have ended, for their handlers to return and
// then for the store to close. What is still running after it is left to
// the process's exit.
const shutdownMargin = 500 * time.Millisecond

// activeRequests counts the handlers running, websockets included (which
// http.Server.Shutdown does not wait for), so that serve closes the store
// only when nothing reads it any more.
type activeRequests struct {
	mu   sync.Mutex
	n    int
	idle chan struct{} // closed when n drops to 0; nil while n is 0
}

// wrap counts h's invocations.
func (a *activeRequests) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		a.mu.Lock()
		if a.n == 0 {
			a.idle = make(chan struct{})
		}
		a.n++
		a.mu.Unlock()
		defer func() {
			a.mu.Lock()
			if a.n--; a.n == 0 {
				close(a.idle)
				a.idle = nil
			}
			a.mu.Unlock()
		}()
		h.ServeHTTP(w, r)
	})
}

// wait waits up to d for every handler to return, and returns how many
// are still running.
func (a *activeRequests) wait(d time.Duration) int {
	a.mu.Lock()
	idle := a.idle
	a.mu.Unlock()
	if idle != nil {
		select {
		case <-idle:
		case <-time.After(d):
		}
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.n
}

// stopServing shuts srv down within grace: new connections are refused at
// once, requests in flight may finish during grace, then their contexts
// end (endRequests) and their connections close. It reports how many
// handlers still ran shutdownMargin later, and whether the grace period
// ran out.
func stopServing(srv *http.Server, grace time.Duration, endRequests context.CancelFunc, active *activeRequests) (running int, cut bool) {
	ctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	err := srv.Shutdown(ctx)
	endRequests()
	if err != nil {
		cut = true
		srv.Close() // the connections Shutdown waited on
	}
	return active.wait(shutdownMargin), cut
}

// closeWithin closes c, giving up after d. A bolt store's Close waits for
// every read transaction to end while holding a lock that a reader needs
// to end one: a reader still running would hold the process forever.
func closeWithin(c io.Closer, d time.Duration) error {
	done := make(chan error, 1)
	go func() { done <- c.Close() }()
	select {
	case err := <-done:
		return err
	case <-time.After(d):
		return context.DeadlineExceeded
	}
}
