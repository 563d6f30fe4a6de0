// Command server loads news articles into the actor graph and serves it
// over GraphQL.
//
// Usage:
//
//	server serve   [-addr 127.0.0.1:8080] [-db PATH|memory] [-articles DIR] [-read-only] [-token-file FILE]
//	               [-cors-origin URL] [-timeout 10s] [-max-article-bytes N] [-rate-limit R] [-rate-burst N]
//	               [-rate-limit-loopback] [-trust-forwarded-for] [-max-in-flight N] [-cache-quads N] [-pprof-addr ADDR]
//	server load    [-db PATH] [-batch N] [-force] [-max-article-bytes N] [-urls FILE] [-allow-private]
//	               [-fetch-timeout D] [-fetch-max-bytes N] [-per-host D] PATH|URL...
//	server gen     [-n N] [-seed S] DIR
//	server import  [-db PATH] [-batch N] FILE.nq
//	server extract [-explain] PATH...
//	server parse   FILE...|-
//	server export  [-db PATH] -format csv|nquads|graphml|gexf|cytoscape [-actor NAME -depth N ...]
//	server migrate [-db PATH] [-compact NEWPATH]
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if errors.Is(err, flag.ErrHelp) {
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "server:", err)
		os.Exit(1)
	}
}

// defaultDB is where the graph lives unless -db says otherwise.
const defaultDB = "data/actorgraph.db"

const usage = `usage: server <command> [flags] [args]

commands:
  serve    serve GraphQL at /graphql and GraphiQL at /, loading -articles first
  load     load articles into the store: text files, saved pages, feeds, JSON Lines
           and CSV exports, directories of them, and URLs
  gen      write a synthetic corpus of wire-style articles (scale tests)
  import   write an N-Quads dump into a store with Cayley's batch writer
  extract  extract articles into a memory store and write facts.csv to stdout
  parse    print each sentence of articles as CoNLL-U: tokens, tags, lemmas,
           the dependency tree, entities and coreference (what the
           extractor reads); - reads standard input
  export   write a store, or an actor's neighborhood, as facts.csv, N-Quads,
           GraphML, GEXF or Cytoscape.js JSON to stdout
  migrate  bring a store written by an earlier version up to date (the
           counts behind stats); on PostgreSQL, while nothing else writes;
           -compact NEWPATH also writes a bolt file's pages anew, filled

Run 'server <command> -h' for a command's flags.
`

// run is the whole program, minus process exit, so tests can drive it.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return flag.ErrHelp
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "serve":
		return serve(ctx, rest, stdout, stderr)
	case "load":
		return load(ctx, rest, stdout, stderr)
	case "gen":
		return gen(ctx, rest, stdout, stderr)
	case "import":
		return importCmd(ctx, rest, stdout, stderr)
	case "extract":
		return extractCmd(ctx, rest, stdout, stderr)
	case "parse":
		return parseCmd(ctx, rest, os.Stdin, stdout, stderr)
	case "export":
		return export(ctx, rest, stdout, stderr)
	case "migrate":
		return migrate(ctx, rest, stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return fmt.Errorf("unknown command %q", cmd)
}

// newFlagSet returns a flag set that reports errors instead of exiting.
func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("server "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}
