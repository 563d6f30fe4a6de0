// Command loadtest drives an actorgraph server on this machine with N
// concurrent clients for a while and reports throughput, latency
// percentiles, errors and, when it started the server, the server's
// resident memory over the run. It talks only to 127.0.0.1: it refuses
// any other address, so that it cannot be pointed at someone else's
// server.
//
// Usage:
//
//	loadtest -serve bin/server [-articles dir] [-clients 100] [-duration 30s]   # mixed explorer queries
//	loadtest -serve bin/server -db store.db -workload bench -clients 16 -duration 20s
//	loadtest -addr 127.0.0.1:8080 -workload actor,neighborhood
//	loadtest gizmo -db store.db -cayley bin/cayley   # the same questions of Cayley's own server (gizmo.go)
//
// Every workload first pages through the store's people and then asks
// about a seeded random sample of them. -workload mix (the default) sends
// the queries an explorer sends, in rotation; the benchmark workloads
// (actor, neighborhood, paths, timeline; bench is all four; lookup is an
// actor without its relations, actorpage one with its relations paged) run
// one after the other, each for -duration.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	name, run := "loadtest", run
	args := os.Args[1:]
	if len(args) > 0 && args[0] == "gizmo" { // Cayley's server instead of ours (gizmo.go)
		name, run, args = "loadtest gizmo", runGizmo, args[1:]
	}
	err := run(ctx, args, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, name+":", err)
		os.Exit(1)
	}
}

// config is what the flags say.
type config struct {
	addr, serve, articles, db string
	workloads                 []string
	clients                   int
	duration, warmup, timeout time.Duration
	actors                    int
	seed                      int64
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var c config
	fs := flag.NewFlagSet("loadtest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.addr, "addr", "", "server address, 127.0.0.1:PORT")
	fs.StringVar(&c.serve, "serve", "", "start this server binary on 127.0.0.1 instead of using -addr")
	fs.StringVar(&c.articles, "articles", "data/articles", "with -serve and no -db: articles the started server loads into memory")
	fs.StringVar(&c.db, "db", "", "with -serve: the store the started server serves, read-only")
	workloads := fs.String("workload", "mix", "mix, or a comma-separated list of lookup, actorpage, "+strings.Join(benchWorkloads, ", ")+"; bench is the last four")
	fs.IntVar(&c.clients, "clients", 100, "concurrent clients")
	fs.DurationVar(&c.duration, "duration", 30*time.Second, "how long to send requests, per workload")
	fs.DurationVar(&c.warmup, "warmup", 0, "send requests for this long before each workload's measured run, reported apart")
	fs.DurationVar(&c.timeout, "timeout", 30*time.Second, "client-side limit of one request")
	fs.IntVar(&c.actors, "actors", 500, "how many people to sample from the store")
	fs.Int64Var(&c.seed, "seed", 1, "seed of the sample")
	if err := fs.Parse(args); err != nil {
		return config{}, err
	}
	if c.clients < 1 || c.duration <= 0 || c.actors < 2 || c.warmup < 0 {
		return config{}, errors.New("-clients, -duration and -actors must be positive, -actors at least 2")
	}
	if (c.serve == "") == (c.addr == "") {
		return config{}, errors.New("give one of -serve and -addr")
	}
	for _, w := range strings.Split(*workloads, ",") {
		switch w = strings.TrimSpace(w); w {
		case "bench":
			c.workloads = append(c.workloads, benchWorkloads...)
		case "mix", "lookup", "actorpage", "actor", "neighborhood", "paths", "timeline":
			c.workloads = append(c.workloads, w)
		default:
			return config{}, fmt.Errorf("-workload: unknown %q", w)
		}
	}
	return c, nil
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	c, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	var (
		rss *rssSampler
		srv *server
	)
	if c.serve != "" {
		if srv, err = startServer(c.serve, c.serveArgs(), stderr); err != nil {
			return err
		}
		defer srv.stop()
		c.addr = srv.addr
		rss = sampleRSS(srv.pid(), 250*time.Millisecond)
		defer rss.stop()
	}
	if err := localOnly(c.addr); err != nil {
		return err
	}
	url := "http://" + c.addr + "/graphql"
	transport := &http.Transport{MaxIdleConns: c.clients, MaxIdleConnsPerHost: c.clients, MaxConnsPerHost: c.clients}
	defer transport.CloseIdleConnections()
	client := &http.Client{Transport: transport, Timeout: c.timeout}

	var sample *actorSample
	for _, name := range c.workloads {
		if sample == nil {
			t0 := time.Now()
			if sample, err = sampleActors(ctx, client, url, c.actors, c.seed); err != nil {
				return err
			}
			fmt.Fprintf(stdout, "sampled %d of the first %d people (%d with relations) in %v\n",
				len(sample.names), sample.seen, len(sample.names), time.Since(t0).Round(time.Millisecond))
		}
		wl := graphQLWorkload(name, url, sample)
		if c.warmup > 0 {
			// reported, not hidden: the first requests are those that read
			// the store rather than the server's cache
			drive(ctx, client, wl, c.clients, c.warmup).report(stdout, wl.name+" (warm-up)", c.clients, c.warmup)
		}
		before := rss.current()
		cpu0, cpuErr := srv.cpu()
		res := drive(ctx, client, wl, c.clients, c.duration)
		res.report(stdout, wl.name, c.clients, c.duration)
		if rss != nil {
			rss.report(stdout, before)
		}
		if cpu1, err := srv.cpu(); cpuErr == nil && err == nil {
			cpuReport(stdout, cpu1-cpu0, res.requests())
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
	return nil
}

// serveArgs are the arguments of the server that -serve starts.
func (c config) serveArgs() []string {
	args := []string{"serve", "-addr", "127.0.0.1:0"}
	if c.db != "" {
		return append(args, "-db", c.db, "-read-only")
	}
	return append(args, "-db", "memory", "-articles", c.articles)
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
