package graph

import (
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	graphlog "github.com/cayleygraph/cayley/graph/log"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/cayley/graph/sql/postgres"
)

// pgRows is the number of rows per multi-row INSERT: 1,000 nodes take at
// most 6,000 parameters, well under PostgreSQL's 65,535, and past a few
// hundred rows a statement's round trip no longer dominates.
const pgRows = 1000

// ApplyDeltas writes deltas as Cayley's SQL store does, except that on
// PostgreSQL a set of pure additions (a bulk load's batches) goes in
// multi-row INSERTs, a few statements per thousand quads, instead of
// Cayley's one INSERT per node and per quad (its COPY path is commented
// out in v0.7.7), which bounds it to about 5k quads/s. The rows are the
// ones Cayley writes, in one transaction: node reference counts
// incremented, quads inserted, duplicates ignored. Anything else (deletes,
// duplicates not ignored, CockroachDB, whose own flavour already batches)
// goes through Cayley.
func (s *sqlStore) ApplyDeltas(in []cgraph.Delta, opts cgraph.IgnoreOpts) error {
	if s.flavour != postgres.Type || !opts.IgnoreDup || len(in) == 0 {
		return s.QuadStore.ApplyDeltas(in, opts)
	}
	for _, d := range in {
		if d.Action != cgraph.Add {
			return s.QuadStore.ApplyDeltas(in, opts)
		}
	}
	deltas := graphlog.SplitDeltas(in)
	tx, err := s.db.Begin()
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := insertNodes(tx, deltas.IncNode); err != nil {
		tx.Rollback()
		return err
	}
	if err := insertQuads(tx, deltas.QuadAdd); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	// Cayley caches the store's node and quad counts and forgets them
	// only in its own ApplyDeltas: an empty one does just that.
	return s.QuadStore.ApplyDeltas(nil, opts)
}

// insertNodes adds nodes, or increments the reference counts of those
// already stored, one statement per value type and pgRows nodes.
func insertNodes(tx *sql.Tx, nodes []graphlog.NodeUpdate) error {
	type row struct {
		refs   int
		values []any
	}
	byType := map[csql.ValueType][]row{}
	var types []csql.ValueType
	for _, n := range nodes {
		vt, values, err := csql.NodeValues(csql.NodeHash{ValueHash: n.Hash}, n.Val)
		if err != nil {
			return fmt.Errorf("node %v: %w", n.Val, err)
		}
		if _, ok := byType[vt]; !ok {
			types = append(types, vt)
		}
		byType[vt] = append(byType[vt], row{n.RefInc, values})
	}
	for _, vt := range types {
		rows := byType[vt]
		for len(rows) > 0 {
			chunk := rows[:min(len(rows), pgRows)]
			rows = rows[len(chunk):]
			var q strings.Builder
			q.WriteString("INSERT INTO nodes(refs, hash, " + strings.Join(vt.Columns(), ", ") + ") VALUES ")
			args := make([]any, 0, len(chunk)*(1+len(chunk[0].values)))
			for i, r := range chunk {
				if i > 0 {
					q.WriteString(", ")
				}
				q.WriteString("(")
				for j := range 1 + len(r.values) {
					if j > 0 {
						q.WriteString(", ")
					}
					q.WriteString("$" + strconv.Itoa(len(args)+j+1))
				}
				q.WriteString(")")
				args = append(args, r.refs)
				args = append(args, r.values...)
			}
			q.WriteString(" ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs")
			if _, err := tx.Exec(q.String(), args...); err != nil {
				return fmt.Errorf("insert %d nodes: %w", len(chunk), err)
			}
		}
	}
	return nil
}

// insertQuads adds quads, pgRows per statement, ignoring those stored.
func insertQuads(tx *sql.Tx, quads []graphlog.QuadUpdate) error {
	for len(quads) > 0 {
		chunk := quads[:min(len(quads), pgRows)]
		quads = quads[len(chunk):]
		var q strings.Builder
		q.WriteString("INSERT INTO quads(subject_hash, predicate_hash, object_hash, label_hash, ts) VALUES ")
		args := make([]any, 0, 4*len(chunk))
		for i, d := range chunk {
			if i > 0 {
				q.WriteString(", ")
			}
			n := len(args)
			q.WriteString("($" + strconv.Itoa(n+1) + ", $" + strconv.Itoa(n+2) + ", $" + strconv.Itoa(n+3) + ", $" + strconv.Itoa(n+4) + ", now())")
			for _, h := range d.Quad.Dirs() {
				args = append(args, csql.NodeHash{ValueHash: h}.SQLValue())
			}
		}
		q.WriteString(" ON CONFLICT DO NOTHING")
		if _, err := tx.Exec(q.String(), args...); err != nil {
			return fmt.Errorf("insert %d quads: %w", len(chunk), err)
		}
	}
	return nil
}
