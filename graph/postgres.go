package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/cayley/graph/sql/cockroach"
	"github.com/cayleygraph/cayley/graph/sql/postgres"
	"github.com/cayleygraph/quad"
)

// SQL DSNs are URLs. "postgres://" and "postgresql://" open Cayley's
// PostgreSQL flavour through lib/pq, e.g.
//
//	postgres://actorgraph:secret@127.0.0.1:5432/actorgraph?sslmode=disable
//
// "cockroach://" opens Cayley's CockroachDB flavour, which talks to the
// server through pgx and retries serialisation failures; the rest of the
// URL is the same as for PostgreSQL (the scheme is rewritten to
// "postgresql://" for the driver). CockroachDB is not tested here.
//
// Any other lib/pq parameter can go in the query string; one that is not a
// connection setting, such as search_path, is sent to the server as a
// run-time parameter, which is how the tests give each store its own schema.
var sqlSchemes = map[string]string{
	"postgres":   postgres.Type,
	"postgresql": postgres.Type,
	"cockroach":  cockroach.Type,
}

// sqlDrivers are the database/sql drivers Cayley's flavours use.
var sqlDrivers = map[string]string{
	postgres.Type:  "postgres", // lib/pq, registered by Cayley's postgres package
	cockroach.Type: "pgx",      // jackc/pgx/stdlib, registered by Cayley's cockroach package
}

// isSQL reports whether dsn names a SQL server rather than a bolt file.
func isSQL(dsn string) bool {
	scheme, _, ok := strings.Cut(dsn, "://")
	_, known := sqlSchemes[strings.ToLower(scheme)]
	return ok && known
}

// redactDSN returns dsn with its password, in the user part or the query
// string, replaced by "xxxxx": the form shown in errors, logs and Backend,
// which end up in places a password must not.
func redactDSN(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		// url's own errors quote the whole input: say only which kind it was
		scheme, _, _ := strings.Cut(dsn, "://")
		return scheme + "://(malformed)"
	}
	q := u.Query()
	if q.Has("password") {
		q.Set("password", "xxxxx")
		u.RawQuery = q.Encode()
	}
	return u.Redacted()
}

// openSQL opens (and on first use initialises) Cayley's SQL store at dsn.
// Errors never contain dsn itself: the caller adds the redacted form.
func openSQL(ctx context.Context, dsn string) (cgraph.QuadStore, error) {
	u, err := url.Parse(dsn)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // without the URL, which holds the password
		}
		return nil, fmt.Errorf("parse dsn: %v", err)
	}
	flavour := sqlSchemes[strings.ToLower(u.Scheme)]
	if flavour == cockroach.Type {
		u.Scheme = "postgresql" // pgx parses only postgres URLs
	}
	addr := u.String()

	// Connect and ping ourselves first, with ctx: Cayley's own connect
	// ignores contexts and logs the full address, password included, when
	// it fails, so it should only run against a server known to answer.
	db, err := sql.Open(sqlDrivers[flavour], addr)
	if err != nil {
		return nil, fmt.Errorf("connect: %w", err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connect: %w", err)
	}
	qs, err := initSQL(ctx, db, flavour, addr)
	if err != nil {
		db.Close()
		return nil, err
	}
	exists, err := db.PrepareContext(ctx, `SELECT EXISTS (SELECT 1 FROM nodes WHERE hash = $1)`)
	if err != nil {
		qs.Close()
		db.Close()
		return nil, fmt.Errorf("prepare node look-up: %w", err)
	}
	return &sqlStore{QuadStore: qs, db: db, exists: exists, flavour: flavour, dsn: addr}, nil
}

// initSQL creates Cayley's tables unless they exist, then opens the store.
func initSQL(ctx context.Context, db *sql.DB, flavour, addr string) (cgraph.QuadStore, error) {
	ok, err := hasSQLSchema(ctx, db)
	if err != nil {
		return nil, err
	}
	if !ok {
		if err := csql.Init(flavour, addr, nil); err != nil {
			// Another process may have created the tables between our
			// check and Init; PostgreSQL then reports a duplicate table
			// or a duplicate row in its catalogue, depending on timing.
			if ok, _ := hasSQLSchema(ctx, db); !ok {
				return nil, fmt.Errorf("create tables: %w", err)
			}
		}
		// Cayley's Init ignores the error of its final COMMIT: check.
		if ok, err := hasSQLSchema(ctx, db); err != nil || !ok {
			return nil, fmt.Errorf("create tables: not created (%v)", err)
		}
	}
	qs, err := csql.New(flavour, addr, nil)
	if err != nil {
		return nil, fmt.Errorf("open quad store: %w", err)
	}
	return qs, nil
}

// hasSQLSchema reports whether Cayley's quads table is visible on the
// connection's search path.
func hasSQLSchema(ctx context.Context, db *sql.DB) (bool, error) {
	var ok bool
	if err := db.QueryRowContext(ctx, `SELECT to_regclass('quads') IS NOT NULL`).Scan(&ok); err != nil {
		return false, fmt.Errorf("look for tables: %w", err)
	}
	return ok, nil
}

// sqlStore is Cayley's SQL quad store with ValueOf made to answer nil for a
// value that is not stored. Cayley's SQL ValueOf returns the value's hash
// without looking, unlike memstore and kv, and Store relies on nil meaning
// absent: hasNode decides on it whether a person is new and must be
// resolved against stored ones, and quadsWith skips a query on it.
type sqlStore struct {
	cgraph.QuadStore
	db      *sql.DB
	exists  *sql.Stmt
	flavour string // postgres.Type or cockroach.Type
	dsn     string // with the password: for the listener's own connection (notify.go)
}

// ValueOf returns the reference of v, or nil if no quad uses v. When the
// look-up itself fails, it returns the reference anyway, so that the
// iterator built on it reports the database error instead of the value
// silently reading as absent.
func (s *sqlStore) ValueOf(v quad.Value) cgraph.Ref {
	ref := s.QuadStore.ValueOf(v)
	if v == nil || ref == nil {
		return ref
	}
	var ok bool
	if err := s.exists.QueryRow(csql.HashOf(v).SQLValue()).Scan(&ok); err == nil && !ok {
		return nil
	}
	return ref
}

// Close closes Cayley's store and our own connection pool.
func (s *sqlStore) Close() error {
	err := s.QuadStore.Close()
	s.exists.Close()
	return errors.Join(err, s.db.Close())
}
