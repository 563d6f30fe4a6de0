package graph

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"strings"
	"sync"
	"time"

	"github.com/actorgraph/actorgraph/domain"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
)

// counts are what Stats reports, kept current by every write instead of
// counted by a scan of the whole store (minutes at 2M facts). Facts are
// counted before review decisions hide any (Stats subtracts those).
//
// A write marks the counts pending before it changes the quads and adds
// its changes to them after: counts left pending by a write that died
// midway are not trusted, and Stats counts the store again.
type counts struct {
	Pending int `json:"pending"` // writes begun and not ended
	// PendingSince is when Pending last left 0 (Unix seconds): on
	// PostgreSQL, counts pending for longer than pendingTooLong are taken
	// to be left by a write that died
	PendingSince int64                    `json:"pending_since,omitempty"`
	Version      int64                    `json:"version"` // writes ended
	Quads        int                      `json:"quads"`
	Types        map[domain.NodeType]int  `json:"types"` // nodes by type
	Facts        map[domain.Predicate]int `json:"facts"` // distinct subject–predicate–object facts
	Dates        map[string]int           `json:"dates"` // articles by date
}

func newCounts() counts {
	return counts{Types: map[domain.NodeType]int{}, Facts: map[domain.Predicate]int{}, Dates: map[string]int{}}
}

// countsStore keeps the counts beside the quads: in memory, in the bolt
// file (a bucket of its own), or in a PostgreSQL table.
type countsStore interface {
	// load returns the kept counts; false when there are none (a store
	// written before counts were kept, or after an import).
	load(ctx context.Context) (counts, bool, error)
	// update changes the kept counts in one transaction: fn gets them (and
	// whether there were any) and returns false to change nothing.
	update(ctx context.Context, fn func(c *counts, ok bool) bool) error
	// drop forgets the counts: the next Stats counts the store.
	drop(ctx context.Context) error
}

// countKind is what a fact of a predicate counts toward.
type countKind uint8

const (
	countNone countKind = iota
	countType
	countDate
	countFact
)

func kindOf(p domain.Predicate) countKind {
	switch {
	case p == domain.Type:
		return countType
	case p == domain.ArticleDate:
		return countDate
	case isInternal(p), p.IsMeta() && p != domain.MentionedIn:
		return countNone
	}
	return countFact
}

// spo is a fact without its evidence: the quads that state it differ only
// in their labels.
type spo struct{ s, p, o quad.Value }

// countChange is what a write does to the counts.
type countChange struct {
	quads int
	types map[domain.NodeType]int
	facts map[domain.Predicate]int
	dates map[string]int
}

// countChanges works out what deltas, about to be applied, change in the
// counts: a fact starts to count when its first quad is added and stops
// when its last one goes, so each fact whose quads change is looked up
// (one index read on bolt, one indexed query on PostgreSQL).
func (s *Store) countChanges(ctx context.Context, deltas []cgraph.Delta) (countChange, error) {
	ch := countChange{types: map[domain.NodeType]int{}, facts: map[domain.Predicate]int{}, dates: map[string]int{}}
	net := map[spo]int{}
	for _, d := range deltas {
		n := 1
		if d.Action != cgraph.Add {
			n = -1
		}
		ch.quads += n
		if kindOf(domain.Predicate(valueString(d.Quad.Predicate))) != countNone {
			net[spo{d.Quad.Subject, d.Quad.Predicate, d.Quad.Object}] += n
		}
	}
	for f, n := range net {
		if n == 0 {
			delete(net, f) // a fact restated under other labels: still there
		}
	}
	stored, err := s.countStored(ctx, net)
	if err != nil {
		return countChange{}, err
	}
	for f, n := range net {
		before := stored[f]
		after := before + n
		if (before > 0) == (after > 0) {
			continue
		}
		sign := 1
		if after <= 0 {
			sign = -1
		}
		p := domain.Predicate(valueString(f.p))
		switch kindOf(p) {
		case countType:
			ch.types[domain.NodeType(valueString(f.o))] += sign
		case countDate:
			ch.dates[valueString(f.o)] += sign
		case countFact:
			ch.facts[p] += sign
		}
	}
	return ch, nil
}

// add applies ch to c.
func (c *counts) add(ch countChange) {
	c.Quads += ch.quads
	addAll(c.Types, ch.types)
	addAll(c.Facts, ch.facts)
	addAll(c.Dates, ch.dates)
}

func addAll[K comparable](m, d map[K]int) {
	for k, n := range d {
		if m[k] += n; m[k] <= 0 {
			delete(m, k)
		}
	}
}

// countStored returns how many stored quads state each fact of facts,
// under any label. On bolt and in memory, the values are looked up in one
// transaction, and the facts of one subject and predicate are counted in
// one index scan.
func (s *Store) countStored(ctx context.Context, facts map[spo]int) (map[spo]int, error) {
	out := make(map[spo]int, len(facts))
	if sq, ok := s.qs.(*sqlStore); ok {
		for f := range facts {
			n, err := countQuads(ctx, sq, f)
			if err != nil {
				return nil, err
			}
			out[f] = n
		}
		return out, nil
	}
	type sp struct{ s, p quad.Value }
	groups := map[sp][]spo{}
	var values []quad.Value
	seen := map[quad.Value]bool{}
	for f := range facts {
		groups[sp{f.s, f.p}] = append(groups[sp{f.s, f.p}], f)
		for _, v := range []quad.Value{f.s, f.p, f.o} {
			if !seen[v] {
				seen[v] = true
				values = append(values, v)
			}
		}
	}
	refs := make(map[quad.Value]cgraph.Ref, len(values))
	if kqs, ok := s.qs.(*kv.QuadStore); ok {
		rs, err := kqs.RefsOf(ctx, values)
		if err != nil {
			return nil, fmt.Errorf("count quads: %w", err)
		}
		for i, v := range values {
			refs[v] = rs[i]
		}
	} else {
		for _, v := range values {
			refs[v] = s.qs.ValueOf(v)
		}
	}
	for g, fs := range groups {
		sref, pref := refs[g.s], refs[g.p]
		if isNilRef(sref) || isNilRef(pref) {
			continue // a new subject or predicate: none stored
		}
		want := map[cgraph.Ref]spo{}
		for _, f := range fs {
			if o := refs[f.o]; !isNilRef(o) {
				want[o] = f
			}
		}
		if len(want) == 0 {
			continue
		}
		err := s.subjectPredicate(ctx, sref, pref, func(r cgraph.Ref) {
			if f, ok := want[s.qs.QuadDirection(r, quad.Object)]; ok {
				out[f]++
			}
		})
		if err != nil {
			return nil, fmt.Errorf("count quads of %v %v: %w", g.s, g.p, err)
		}
	}
	return out, nil
}

// isNilRef reports whether a value is not stored: RefsOf gives a nil
// interface or a nil of its own type.
func isNilRef(r cgraph.Ref) bool {
	if r == nil {
		return true
	}
	v, ok := r.(kv.Int64Value)
	return ok && v == 0
}

// subjectPredicate calls fn for each stored quad with subject sref and
// predicate pref: one index scan on bolt, the subject's quads elsewhere.
func (s *Store) subjectPredicate(ctx context.Context, sref, pref cgraph.Ref, fn func(cgraph.Ref)) error {
	var it cgraph.Iterator
	kqs, isKV := s.qs.(*kv.QuadStore)
	si, sok := sref.(kv.Int64Value)
	pi, pok := pref.(kv.Int64Value)
	if isKV && s.spIndex && sok && pok {
		it = kv.NewQuadIterator(kqs, subjectPredicate, []uint64{uint64(si), uint64(pi)})
	} else {
		it = s.qs.QuadIterator(quad.Subject, sref)
	}
	defer it.Close()
	for it.Next(ctx) {
		if r := it.Result(); s.qs.QuadDirection(r, quad.Predicate) == pref {
			fn(r)
		}
	}
	if err := it.Err(); err != nil {
		return err
	}
	return ctx.Err()
}

// countQuads returns how many stored quads of a PostgreSQL store state f,
// under any label: one indexed query.
func countQuads(ctx context.Context, sq *sqlStore, f spo) (int, error) {
	var n int
	err := sq.db.QueryRowContext(ctx,
		`SELECT count(*) FROM quads WHERE subject_hash = $1 AND predicate_hash = $2 AND object_hash = $3`,
		csql.HashOf(f.s).SQLValue(), csql.HashOf(f.p).SQLValue(), csql.HashOf(f.o).SQLValue()).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count quads of %v %v %v: %w", f.s, f.p, f.o, err)
	}
	return n, nil
}

// Stats summarises the store from its kept counts. A store without them
// (written before they were kept, or left pending by a write that died
// midway) is counted once, by a scan of every quad, and the counts kept.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	c, ok, err := s.counts.load(ctx)
	if err != nil {
		return Stats{}, fmt.Errorf("stats: %w", err)
	}
	if s.needsCount(ctx, c, ok) {
		if c, err = s.sharedRecount(ctx, c, ok); err != nil {
			return Stats{}, fmt.Errorf("stats: %w", err)
		}
	}
	st := Stats{Quads: c.Quads, NodesByType: maps.Clone(c.Types), FactsByPred: maps.Clone(c.Facts)}
	st.Articles = st.NodesByType[domain.ArticleNode]
	for d := range c.Dates {
		if st.FirstArticle == "" || d < st.FirstArticle {
			st.FirstArticle = d
		}
		st.LastArticle = max(st.LastArticle, d)
	}
	// facts hidden by review decisions: a handful, each looked up
	hidden, err := s.hiddenFacts(ctx)
	if err != nil {
		return Stats{}, fmt.Errorf("stats: %w", err)
	}
	for id := range hidden {
		p, ok := factPredicate(id)
		if !ok || kindOf(p) != countFact || st.FactsByPred[p] == 0 {
			continue
		}
		exists, err := s.factExists(ctx, id)
		if err != nil {
			return Stats{}, fmt.Errorf("stats: %w", err)
		}
		if exists {
			if st.FactsByPred[p]--; st.FactsByPred[p] == 0 {
				delete(st.FactsByPred, p)
			}
		}
	}
	return st, nil
}

// pendingTooLong is how long a PostgreSQL store's counts may stay pending
// before Stats takes them to be left by a write that died: writes of
// several servers may overlap, but a batch of articles takes seconds.
const pendingTooLong = 10 * time.Minute

// needsCount reports whether the kept counts c (ok: there are some) cannot
// be trusted and the store must be counted: there are none; a write that
// died left them pending (on bolt and in memory, one pending when the
// store was opened or whose write failed, as writes of this process are
// the only ones; on PostgreSQL, pending for longer than pendingTooLong);
// or something wrote around them. Counts pending for a write under way
// are those of the writes before it, and serve.
func (s *Store) needsCount(ctx context.Context, c counts, ok bool) bool {
	switch {
	case !ok:
		return true
	case s.isSQL:
		return c.Pending > 0 && time.Since(time.Unix(c.PendingSince, 0)) > pendingTooLong
	case s.deadWrites.Load() > 0:
		return true
	}
	return c.Pending == 0 && s.countsBehind(ctx, c)
}

// countsBehind reports whether a bolt file holds another number of quads
// than its counts say: something wrote to it around applyDeltas (an
// earlier version of actorgraph, or Cayley's own tools). Cayley keeps the
// number in the file; PostgreSQL's is an estimate, and a memory store is
// written by this process alone.
func (s *Store) countsBehind(ctx context.Context, c counts) bool {
	if _, ok := s.qs.(*kv.QuadStore); !ok {
		return false
	}
	st, err := s.stats(ctx)
	return err == nil && st.Quads.Exact && st.Quads.Size != int64(c.Quads)
}

// factPredicate returns the predicate of a FactID.
func factPredicate(id string) (domain.Predicate, bool) {
	parts := strings.SplitN(strings.TrimPrefix(id, "edge:"), "|", 3)
	if len(parts) != 3 {
		return "", false
	}
	return domain.Predicate(parts[1]), true
}

// recounting is a count of the store under way in the background.
type recounting struct {
	done chan struct{}
	c    counts
	err  error
}

// sharedRecount counts the store in the background (a scan of every quad
// takes longer than a request's deadline on a large store: it is not
// stopped by one) and waits for the result as long as ctx allows.
// Concurrent callers share one count.
func (s *Store) sharedRecount(ctx context.Context, seen counts, had bool) (counts, error) {
	s.bgMu.Lock()
	r := s.recounting
	if r == nil {
		r = &recounting{done: make(chan struct{})}
		if s.bgClosed {
			s.bgMu.Unlock()
			return counts{}, errClosed
		}
		s.recounting = r
		s.bgWG.Go(func() {
			r.c, r.err = s.recount(s.bgCtx, seen, had, false)
			s.bgMu.Lock()
			s.recounting = nil
			s.bgMu.Unlock()
			close(r.done)
		})
	}
	s.bgMu.Unlock()
	select {
	case <-r.done:
		return r.c, r.err
	case <-ctx.Done():
		return counts{}, ctx.Err()
	}
}

// recount counts the store by a scan and keeps the result, unless a write
// ended or began meanwhile (then the next Stats counts again). Counts left
// pending are reset only where no other process can write: a bolt file is
// locked to one process and a memory store is private; writes of this
// process are held off while the result is kept.
//
// alone says that no other process writes (server migrate's promise): a
// PostgreSQL store's counts left pending are then reset too.
func (s *Store) recount(ctx context.Context, seen counts, had, alone bool) (counts, error) {
	c, err := s.scanCounts(ctx)
	if err != nil {
		return counts{}, err
	}
	if had && seen.Pending > 0 && s.isSQL && !alone {
		return c, nil // another server's write may be under way
	}
	if err := s.writeMu.lock(ctx); err != nil {
		return counts{}, err
	}
	defer s.writeMu.unlock()
	stored := false
	err = s.counts.update(ctx, func(kept *counts, ok bool) bool {
		if ok != had || ok && (kept.Version != seen.Version || kept.Pending != seen.Pending) {
			return false
		}
		c.Version = seen.Version
		*kept = c
		stored = true
		return true
	})
	if err == nil && stored {
		s.deadWrites.Store(0) // under writeMu: no write of this process is under way
	}
	return c, err
}

// scanCounts counts the store by reading every quad.
func (s *Store) scanCounts(ctx context.Context) (counts, error) {
	c := newCounts()
	facts := map[spo]bool{}
	err := s.allQuads(ctx, func(q quad.Quad) error {
		c.Quads++
		p := domain.Predicate(valueString(q.Predicate))
		k := kindOf(p)
		if k == countNone {
			return nil
		}
		f := spo{q.Subject, q.Predicate, q.Object}
		if facts[f] {
			return nil
		}
		facts[f] = true
		switch k {
		case countType:
			c.Types[domain.NodeType(valueString(q.Object))]++
		case countDate:
			c.Dates[valueString(q.Object)]++
		case countFact:
			c.Facts[p]++
		}
		return nil
	})
	return c, err
}

// beginCounts marks the counts pending before a write changes the quads.
func (s *Store) beginCounts(ctx context.Context) error {
	return s.counts.update(ctx, func(c *counts, ok bool) bool {
		if !ok {
			return false // none kept: nothing to keep current
		}
		if c.Pending == 0 {
			c.PendingSince = time.Now().Unix()
		}
		c.Pending++
		return true
	})
}

// endCounts adds a write's changes to the counts and ends its pending mark.
func (s *Store) endCounts(ctx context.Context, ch countChange) error {
	return s.counts.update(ctx, func(c *counts, ok bool) bool {
		if !ok {
			return false
		}
		c.add(ch)
		if c.Pending--; c.Pending <= 0 {
			c.Pending, c.PendingSince = 0, 0
		}
		c.Version++
		return true
	})
}

// memCounts are a memory store's counts.
type memCounts struct {
	mu sync.Mutex
	c  counts
}

func (m *memCounts) load(context.Context) (counts, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.c.clone(), true, nil
}

func (m *memCounts) update(_ context.Context, fn func(*counts, bool) bool) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	c := m.c.clone()
	if fn(&c, true) {
		m.c = c
	}
	return nil
}

func (m *memCounts) drop(context.Context) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.c = newCounts()
	return nil
}

// clone returns c with maps of its own (never nil).
func (c counts) clone() counts {
	c.Types, c.Facts, c.Dates = maps.Clone(c.Types), maps.Clone(c.Facts), maps.Clone(c.Dates)
	if c.Types == nil {
		c.Types = map[domain.NodeType]int{}
	}
	if c.Facts == nil {
		c.Facts = map[domain.Predicate]int{}
	}
	if c.Dates == nil {
		c.Dates = map[string]int{}
	}
	return c
}

// boltCountsKey is where a bolt file keeps its counts, in a bucket of its
// own beside Cayley's.
var boltCountsKey = hkv.Key{[]byte("actorgraph"), []byte("counts")}

// boltCounts are a bolt file's counts.
type boltCounts struct{ db hkv.KV }

func (b boltCounts) load(ctx context.Context) (counts, bool, error) {
	var (
		c  counts
		ok bool
	)
	err := hkv.View(b.db, func(tx hkv.Tx) error {
		var err error
		c, ok, err = readCounts(ctx, tx)
		return err
	})
	return c, ok, err
}

func readCounts(ctx context.Context, tx hkv.Tx) (counts, bool, error) {
	v, err := tx.Get(ctx, boltCountsKey)
	if errors.Is(err, hkv.ErrNotFound) {
		return newCounts(), false, nil
	}
	if err != nil {
		return counts{}, false, fmt.Errorf("read counts: %w", err)
	}
	c := newCounts()
	if err := json.Unmarshal(v, &c); err != nil {
		return counts{}, false, fmt.Errorf("read counts: %w", err)
	}
	return c.clone(), true, nil
}

func (b boltCounts) update(ctx context.Context, fn func(*counts, bool) bool) error {
	return hkv.Update(ctx, b.db, func(tx hkv.Tx) error {
		c, ok, err := readCounts(ctx, tx)
		if err != nil {
			return err
		}
		if !fn(&c, ok) {
			return nil
		}
		v, err := json.Marshal(c)
		if err != nil {
			return err
		}
		return tx.Put(boltCountsKey, v)
	})
}

func (b boltCounts) drop(ctx context.Context) error {
	return hkv.Update(ctx, b.db, func(tx hkv.Tx) error { return tx.Del(boltCountsKey) })
}

// sqlCounts are a PostgreSQL store's counts: one row of a table of their
// own, read and changed under a row lock, so that several servers writing
// to one database add up.
type sqlCounts struct{ db *sql.DB }

const sqlCountsTable = `CREATE TABLE IF NOT EXISTS actorgraph_counts (id integer PRIMARY KEY, body text NOT NULL)`

func (q sqlCounts) load(ctx context.Context) (counts, bool, error) {
	var body string
	err := q.db.QueryRowContext(ctx, `SELECT body FROM actorgraph_counts WHERE id = 1`).Scan(&body)
	if errors.Is(err, sql.ErrNoRows) {
		return counts{}, false, nil
	}
	if err != nil {
		return counts{}, false, fmt.Errorf("read counts: %w", err)
	}
	c := newCounts()
	if err := json.Unmarshal([]byte(body), &c); err != nil {
		return counts{}, false, fmt.Errorf("read counts: %w", err)
	}
	return c.clone(), true, nil
}

func (q sqlCounts) update(ctx context.Context, fn func(*counts, bool) bool) error {
	tx, err := q.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("update counts: %w", err)
	}
	defer tx.Rollback()
	var body string
	c, ok := newCounts(), true
	err = tx.QueryRowContext(ctx, `SELECT body FROM actorgraph_counts WHERE id = 1 FOR UPDATE`).Scan(&body)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		ok = false
	case err != nil:
		return fmt.Errorf("update counts: %w", err)
	default:
		if err := json.Unmarshal([]byte(body), &c); err != nil {
			return fmt.Errorf("update counts: %w", err)
		}
		c = c.clone()
	}
	if !fn(&c, ok) {
		return nil
	}
	v, err := json.Marshal(c)
	if err != nil {
		return err
	}
	// a row another server inserted meanwhile loses to this one only if
	// both started without counts: both then hold a full count
	if _, err := tx.ExecContext(ctx, `INSERT INTO actorgraph_counts (id, body) VALUES (1, $1)
		ON CONFLICT (id) DO UPDATE SET body = EXCLUDED.body`, string(v)); err != nil {
		return fmt.Errorf("update counts: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("update counts: %w", err)
	}
	return nil
}

func (q sqlCounts) drop(ctx context.Context) error {
	if _, err := q.db.ExecContext(ctx, `DELETE FROM actorgraph_counts`); err != nil {
		return fmt.Errorf("drop counts: %w", err)
	}
	return nil
}

// openSQLCounts creates the counts table if missing, with zero counts when
// the store holds no quad yet (a store with quads and no counts is counted
// by the first Stats).
func openSQLCounts(ctx context.Context, db *sql.DB) (sqlCounts, error) {
	if _, err := db.ExecContext(ctx, sqlCountsTable); err != nil {
		// another process may have created it between IF NOT EXISTS and
		// the insert into the catalogue
		var ok bool
		if qerr := db.QueryRowContext(ctx, `SELECT to_regclass('actorgraph_counts') IS NOT NULL`).Scan(&ok); qerr != nil || !ok {
			return sqlCounts{}, fmt.Errorf("create counts table: %w", err)
		}
	}
	body, _ := json.Marshal(newCounts())
	if _, err := db.ExecContext(ctx, `INSERT INTO actorgraph_counts (id, body)
		SELECT 1, $1 WHERE NOT EXISTS (SELECT 1 FROM quads) ON CONFLICT (id) DO NOTHING`, string(body)); err != nil {
		return sqlCounts{}, fmt.Errorf("create counts: %w", err)
	}
	return sqlCounts{db}, nil
}

// newBoltCounts returns a bolt file's counts, zero for a file just made.
func newBoltCounts(ctx context.Context, db hkv.KV, created bool) (boltCounts, error) {
	b := boltCounts{db}
	if created {
		err := b.update(ctx, func(c *counts, ok bool) bool { return !ok })
		if err != nil {
			return b, fmt.Errorf("create counts: %w", err)
		}
	}
	return b, nil
}

// Migrate brings a store written by an earlier version up to what this
// one keeps, and says what it did ("" when nothing was needed). A store
// that keeps its sentences as quads (legacy.go; opened by
// OpenForMigration) has them moved to the documents store. A store
// without the counts behind Stats is counted (a scan of every quad), which
// Stats would otherwise do, in the background, on its first call. So is a
// store whose counts a write that died midway left pending, which on
// PostgreSQL only Migrate resets: it must run while no other process
// writes to the database. Everything else an earlier version wrote is read
// as it is: a bolt file without the label index is exported in one pass,
// search reads its look-up keys as before, and documents stored as plain
// JSON are read as such (Migrate compresses them, see deflated).
func (s *Store) Migrate(ctx context.Context) (string, error) {
	var did []string
	moved, err := s.migrateDocuments(ctx)
	if err != nil {
		return "", fmt.Errorf("migrate: after %d articles: %w", moved, err)
	}
	if moved > 0 {
		did = append(did, fmt.Sprintf("moved the sentences of %d articles to the documents store", moved))
	}
	deflated, err := s.docs.deflateAll(ctx)
	if err != nil {
		return "", fmt.Errorf("migrate: %w", err)
	}
	if deflated > 0 {
		did = append(did, fmt.Sprintf("compressed %d documents", deflated))
	}
	c, ok, err := s.counts.load(ctx)
	if err != nil {
		return "", fmt.Errorf("migrate: %w", err)
	}
	if !s.needsCount(ctx, c, ok) && c.Pending == 0 {
		return strings.Join(did, "; "), nil
	}
	if c, err = s.recount(ctx, c, ok, true); err != nil {
		return "", fmt.Errorf("migrate: %w", err)
	}
	did = append(did, fmt.Sprintf("counted %d quads: %d articles, %d kinds of fact", c.Quads, c.Types[domain.ArticleNode], len(c.Facts)))
	return strings.Join(did, "; "), nil
}
