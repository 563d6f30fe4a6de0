package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// migrate brings a store written by an earlier version up to date
// (graph.Store.Migrate). On PostgreSQL it must run while no other process
// writes to the database.
func migrate(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("migrate", stderr)
	dsn := fs.String("db", defaultDB, "bolt file path, or a postgres:// URL (then with no other process writing to it)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return errors.New("migrate: no arguments besides -db")
	}
	// a store of an earlier format, which Open refuses, is what migrate is for
	store, err := graph.OpenForMigration(ctx, *dsn)
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
