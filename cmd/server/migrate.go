package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// migrate brings a store written by an earlier version up to date
// (graph.Store.Migrate). On PostgreSQL it must run while no other process
// writes to the database.
func migrate(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("migrate", stderr)
	dsn := fs.String("db", defaultDB, "bolt file path, or a postgres:// URL (then with no other process writing to it)")
	compact := fs.String("compact", "", "bolt only: then write a copy of the store with every page filled to this new file (a bolt file never shrinks by itself)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return errors.New("migrate: no arguments besides -db and -compact")
	}
	if *compact != "" && (*dsn == graph.Memory || strings.Contains(*dsn, "://")) {
		return errors.New("migrate: -compact is for bolt files only")
	}
	if err := migrateStore(ctx, *dsn, stdout); err != nil {
		return err
	}
	if *compact == "" {
		return nil
	}
	start := time.Now()
	if err := graph.CompactBolt(*dsn, *compact); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	fmt.Fprintf(stdout, "%s: compacted into %s (%s -> %s bytes) in %.1fs\n", *dsn, *compact, fileSize(*dsn), fileSize(*compact), time.Since(start).Seconds())
	return nil
}

// fileSize is the size of the file at path, for a message.
func fileSize(path string) string {
	fi, err := os.Stat(path)
	if err != nil {
		return "?"
	}
	return strconv.FormatInt(fi.Size(), 10)
}

// migrateStore brings the store dsn up to date, saying what it did.
func migrateStore(ctx context.Context, dsn string, stdout io.Writer) error {
	// a store of an earlier format, which Open refuses, is what migrate is for
	store, err := graph.OpenForMigration(ctx, dsn)
	if err != nil {
		return err
	}
	defer store.Close()
	start := time.Now()
	did, err := store.Migrate(ctx)
	if err != nil {
		return err
	}
	if did == "" {
		fmt.Fprintf(stdout, "%s is up to date\n", store.Backend())
		return nil
	}
	fmt.Fprintf(stdout, "%s: %s in %.1fs\n", store.Backend(), did, time.Since(start).Seconds())
	return nil
}
