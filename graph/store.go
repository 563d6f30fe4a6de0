package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/actorgraph/actorgraph/domain"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
	bolt "github.com/coreos/bbolt"
	hkv "github.com/hidal-go/hidalgo/kv"
)

// Memory is the DSN of an in-memory store, lost when the process exits.
const Memory = "memory"

// predKey links a node to the folded form (Slug) of its name and of each
// alias. It is internal to the store: it makes look-ups by any spelling one
// index read instead of a scan of every name.
const predKey domain.Predicate = "key"

// ErrNotFound is returned when a node or article does not exist.
var ErrNotFound = errors.New("not found")

// ErrInUse is Open's error for a bolt file that another process holds
// open (a bolt file has one user at a time): usually a running server,
// which answers over HTTP instead.
var ErrInUse = errors.New("the store is in use by another process, a running server perhaps")

// Store is the actor graph kept in a Cayley quad store. It is safe for
// concurrent use: Cayley's stores serialise their own writes, and Store's
// write path adds a mutex so that reading the old state of an article and
// replacing it happen as one step.
type Store struct {
	qs      cgraph.QuadStore
	backend string
	// allMu serializes the making of whole-store iterators in memory:
	// Cayley's memstore marks itself as being read without a lock
	// (QuadStore.cloneAll), a data race between two concurrent readers
	allMu   sync.Mutex
	writeMu chanMutex
	isSQL   bool
	spIndex bool // a key-value store with the subject-predicate index
	// labelScan: reading a label's quads is a scan of the whole store (a
	// bolt file made before the label index): exports then read the store
	// in one pass instead of article by article
	labelScan bool
	cache     *readCache  // nil: none (cache.go)
	counts    countsStore // what Stats reports, kept by every write (counts.go)
	docs      docStore    // articles' texts and sentences (documents.go)
	// legacy: the store keeps sentences as quads, as before the documents
	// store (opened by OpenForMigration only, see migrateDocuments)
	legacy bool
	// hears other servers' writes to a PostgreSQL store (notify.go); nil:
	// none, and a SQL store then has no read cache
	listener *writesListener

	// work that outlives a request (searchkeys.go), ended by Close
	bgMu     sync.Mutex
	bgClosed bool
	bgCtx    context.Context
	bgStop   context.CancelFunc
	bgWG     sync.WaitGroup
	// a count of the store under way (counts.go), guarded by bgMu
	recounting *recounting
	// writes whose counts stay pending (counts.go): on bolt and in memory,
	// those pending when the store was opened, and failed ones
	deadWrites atomic.Int64
}

// background runs fn in a goroutine that Close cancels and waits for: a
// bolt store must not close while a read transaction is open (bbolt's
// Close then hangs for good).
func (s *Store) background(fn func(ctx context.Context)) error {
	s.bgMu.Lock()
	defer s.bgMu.Unlock()
	if s.bgClosed {
		return errClosed
	}
	s.bgWG.Go(func() { fn(s.bgCtx) })
	return nil
}

// chanMutex is a mutex whose Lock can give up when a context ends, so that
// a writer queued behind a long load still honours its deadline.
type chanMutex chan struct{}

func (m chanMutex) lock(ctx context.Context) error {
	select {
	case m <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (m chanMutex) unlock() { <-m }

// ErrOldFormat is Open's error for a store written by a version that kept
// articles' sentences as quads: `server migrate` (OpenForMigration, then
// Migrate) converts it, or the articles can be loaded again into a new
// store.
var ErrOldFormat = errors.New("the store was written by an earlier version, which kept sentences as quads")

// Open opens the store named by dsn: "memory" for an in-memory graph, a
// PostgreSQL or CockroachDB URL (see postgres.go; tables are created on
// first use), or the path of a bolt file (created, with its directory, if
// missing). A store of the earlier format is refused with ErrOldFormat.
func Open(ctx context.Context, dsn string) (*Store, error) {
	s, err := OpenForMigration(ctx, dsn)
	if err == nil && s.legacy {
		s.Close()
		return nil, fmt.Errorf("open store %s: %w: run `server migrate -db %s` to convert it, or load the articles again into a new store", s.backend, ErrOldFormat, s.backend)
	}
	return s, err
}

// OpenForMigration is Open, except that a store of an earlier format is
// opened too, for Migrate to convert; until then it must not be read.
func OpenForMigration(ctx context.Context, dsn string) (*Store, error) {
	var (
		qs      cgraph.QuadStore
		spIndex bool
		noLabel bool
		cs      countsStore
		docs    docStore
		err     error
	)
	switch {
	case dsn == Memory || dsn == "":
		qs, cs, docs, err = memstore.New(), &memCounts{c: newCounts()}, newMemDocs(), nil
		dsn = Memory
	case isSQL(dsn): // postgres://, postgresql://, cockroach:// (postgres.go)
		qs, err = openSQL(ctx, dsn)
		if err == nil {
			db := qs.(*sqlStore).db
			if cs, err = openSQLCounts(ctx, db); err == nil {
				docs, err = openSQLDocs(ctx, db)
			}
			if err != nil {
				qs.Close()
			}
		}
		dsn = redactDSN(dsn)
	default:
		qs, spIndex, noLabel, cs, docs, err = openBolt(ctx, dsn)
	}
	var pending int
	if err == nil && !isSQL(dsn) {
		// a bolt file is written by one process at a time: counts left
		// pending were left by a write that died
		var c counts
		if c, _, err = cs.load(ctx); err != nil {
			qs.Close()
		}
		pending = c.Pending
	}
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", dsn, err)
	}
	st := &Store{qs: qs, backend: dsn, writeMu: make(chanMutex, 1), isSQL: isSQL(dsn), spIndex: spIndex, labelScan: noLabel, counts: cs, docs: docs}
	st.deadWrites.Store(int64(pending))
	if st.legacy, err = st.keepsSentences(ctx); err != nil {
		qs.Close()
		return nil, fmt.Errorf("open store %s: %w", dsn, err)
	}
	st.bgCtx, st.bgStop = context.WithCancel(context.Background())
	if sq, ok := qs.(*sqlStore); ok {
		// A server that cannot LISTEN (a hot standby refuses it) serves
		// without a read cache: it would not hear the writes.
		if err := st.listen(ctx, sq); err != nil {
			st.listener = nil
		}
	}
	st.SetCacheQuads(DefaultCacheQuads)
	return st, nil
}

// boltOptions are the key-value store's options. The bloom filter that
// Cayley sizes for 100M quads costs about 570 MB of heap on open; without
// it, duplicate checks read the index, which our write path avoids anyway
// by diffing against the stored article first.
var boltOptions = cgraph.Options{kv.OptNoBloom: true}

func openBolt(ctx context.Context, path string) (qs cgraph.QuadStore, spIndex, noLabelIndex bool, cs countsStore, docs docStore, err error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, false, false, nil, nil, err
		}
	}
	bdb, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: 2 * time.Second})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, false, false, nil, nil, ErrInUse
	}
	if err != nil {
		return nil, false, false, nil, nil, err
	}
	db := boltKV{bdb}
	created := false
	qs, err = kv.New(db, boltOptions)
	if errors.Is(err, cgraph.ErrNotInitialized) {
		if err = initKV(db); err == nil {
			created = true
			qs, err = kv.New(db, boltOptions)
		}
	}
	if err == nil {
		spIndex, err = hasIndex(db, subjectPredicate)
	}
	labels := false
	if err == nil {
		labels, err = hasIndex(db, labelIndex)
	}
	if err == nil {
		cs, err = newBoltCounts(ctx, db, created)
	}
	if err != nil {
		db.Close()
		return nil, false, false, nil, nil, err
	}
	return qs, spIndex, !labels, cs, boltDocs{db}, nil
}

// subjectPredicate is the first of Cayley's default indexes: a node's
// quads with one predicate, in one prefix scan.
var subjectPredicate = kv.QuadIndex{Dirs: []quad.Direction{quad.Subject, quad.Predicate}}

// hasIndex reports whether a key-value store keeps index ind. Cayley reads
// the list from the store's metadata (files made by Cayley before 0.7.6
// have other indexes) and does not export it, so it is read here the same
// way: the JSON list under meta/indexes.
func hasIndex(db hkv.KV, ind kv.QuadIndex) (bool, error) {
	var list []kv.QuadIndex
	err := hkv.View(db, func(tx hkv.Tx) error {
		b, err := tx.Get(context.Background(), hkv.Key{[]byte("meta"), []byte("indexes")})
		if errors.Is(err, hkv.ErrNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		return json.Unmarshal(b, &list)
	})
	if err != nil {
		return false, fmt.Errorf("read the store's index list: %w", err)
	}
	return slices.ContainsFunc(list, func(have kv.QuadIndex) bool { return slices.Equal(have.Dirs, ind.Dirs) }), nil
}

// labelIndex is the index that new bolt files get besides Cayley's
// default two (subject-predicate, object-predicate-subject): the quads of a
// label. Rewriting or deleting an article reads its quads by label (its
// sentences'); without the index each of those reads is a scan of the
// whole file, and re-extracting one article of a 3,000-article store took
// more than ten minutes. Cayley keeps a file's index list in the file, so
// files made before keep working, with the scans.
var labelIndex = kv.QuadIndex{Dirs: []quad.Direction{quad.Label}}

// kvInitMu guards the swap of kv.DefaultQuadIndexes in initKV: Cayley's
// Init reads its index list from that package variable and nowhere else.
var kvInitMu sync.Mutex

// initKV creates Cayley's buckets in a new key-value store, with the label
// index.
func initKV(db hkv.KV) error {
	kvInitMu.Lock()
	defer kvInitMu.Unlock()
	defaults := kv.DefaultQuadIndexes
	defer func() { kv.DefaultQuadIndexes = defaults }()
	kv.DefaultQuadIndexes = append(slices.Clone(defaults), labelIndex)
	return kv.Init(db, boltOptions)
}

// Backend names what the store runs on: "memory", the bolt file's path, or
// the SQL URL with its password redacted.
func (s *Store) Backend() string { return s.backend }

// Close releases the store.
func (s *Store) Close() error {
	s.bgMu.Lock()
	s.bgClosed = true
	s.bgMu.Unlock()
	s.bgStop()
	s.bgWG.Wait()
	if err := s.listener.close(); err != nil {
		s.qs.Close()
		return fmt.Errorf("close store %s: %w", s.backend, err)
	}
	if err := s.qs.Close(); err != nil {
		return fmt.Errorf("close store %s: %w", s.backend, err)
	}
	return nil
}

// iri and lit build quad values for node IDs and literals.
func iri(id string) quad.Value         { return quad.IRI(id) }
func lit(s string) quad.Value          { return quad.String(s) }
func pred(p domain.Predicate) quad.IRI { return quad.IRI(p) }

// valueString returns the text of a node ID or literal.
func valueString(v quad.Value) string {
	switch v := v.(type) {
	case quad.IRI:
		return string(v)
	case quad.String:
		return string(v)
	case nil:
		return ""
	}
	return quad.StringOf(v)
}

// quadsWith calls fn for each quad that has v in direction d, stopping at
// the first error fn returns. With a read cache, the quads are read whole
// and kept, and fn runs over the kept copy.
func (s *Store) quadsWith(ctx context.Context, d quad.Direction, v quad.Value, fn func(quad.Quad) error) error {
	if s.cache == nil {
		return s.iterate(ctx, d, v, fn)
	}
	qs, ok := s.cache.get(d, v)
	if !ok {
		gen := s.cache.generation()
		err := s.iterate(ctx, d, v, func(q quad.Quad) error {
			qs = append(qs, q)
			return nil
		})
		if err != nil {
			return err
		}
		s.cache.put(gen, d, v, qs)
	}
	for _, q := range qs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	return ctx.Err()
}

// iterate calls fn for each stored quad that has v in direction d.
func (s *Store) iterate(ctx context.Context, d quad.Direction, v quad.Value, fn func(quad.Quad) error) error {
	ref := s.qs.ValueOf(v)
	if ref == nil {
		return nil
	}
	it, match := s.qs.QuadIterator(d, ref), func(cgraph.Ref) bool { return true }
	if _, ok := s.qs.(*kv.QuadStore); ok && d == quad.Predicate {
		// A key-value store has no predicate index, and Cayley's fallback
		// scans every quad inside one call of Next, which never looks at
		// ctx. Scanning here instead checks ctx at every quad.
		it = s.quadsAllIterator()
		match = func(r cgraph.Ref) bool { return s.qs.QuadDirection(r, quad.Predicate) == ref }
	}
	defer it.Close()
	for it.Next(ctx) {
		// Cayley's key-value iterators do not look at ctx (hidalgo's bolt
		// cursor ignores it), and a read without an index is a scan of the
		// whole store: a request past its deadline would go on for minutes.
		if err := ctx.Err(); err != nil {
			return err
		}
		if !match(it.Result()) {
			continue
		}
		if err := fn(s.qs.Quad(it.Result())); err != nil {
			return err
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("iterate %s %v: %w", d, v, err)
	}
	return ctx.Err()
}

// withPredicates calls fn for each quad of subject with one of the
// predicates ps. A key-value store answers from its subject-predicate
// index, without reading the subject's other quads: a person's name is
// three quads of the hundreds (mentions, facts) the person is subject of.
func (s *Store) withPredicates(ctx context.Context, subject quad.Value, ps []domain.Predicate, fn func(quad.Quad) error) error {
	kqs, ok := s.qs.(*kv.QuadStore)
	if !ok || !s.spIndex {
		return s.quadsWith(ctx, quad.Subject, subject, func(q quad.Quad) error {
			if !slices.Contains(ps, domain.Predicate(valueString(q.Predicate))) {
				return nil
			}
			return fn(q)
		})
	}
	sref, ok := s.qs.ValueOf(subject).(kv.Int64Value)
	if !ok {
		return nil // not stored: no quads
	}
	for _, p := range ps {
		pref, ok := s.qs.ValueOf(pred(p)).(kv.Int64Value)
		if !ok {
			continue
		}
		it := kv.NewQuadIterator(kqs, subjectPredicate, []uint64{uint64(sref), uint64(pref)})
		for it.Next(ctx) {
			err := ctx.Err()
			if err == nil {
				err = fn(s.qs.Quad(it.Result()))
			}
			if err != nil {
				it.Close()
				return err
			}
		}
		err := it.Err()
		it.Close()
		if err != nil {
			return fmt.Errorf("iterate %v %s: %w", subject, p, err)
		}
	}
	return ctx.Err()
}

// quadsAllIterator returns an iterator over every quad of the store.
func (s *Store) quadsAllIterator() cgraph.Iterator {
	if s.backend == Memory {
		s.allMu.Lock()
		defer s.allMu.Unlock()
	}
	return s.qs.QuadsAllIterator()
}

// allQuads calls fn for every quad of the store.
func (s *Store) allQuads(ctx context.Context, fn func(quad.Quad) error) error {
	it := s.quadsAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		if err := ctx.Err(); err != nil {
			return err // see iterate: the iterator does not stop by itself
		}
		if err := fn(s.qs.Quad(it.Result())); err != nil {
			return err
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("iterate quads: %w", err)
	}
	return ctx.Err()
}

// objects returns the distinct objects of subject's quads with predicate p,
// in the order first seen.
func (s *Store) objects(ctx context.Context, subject string, p domain.Predicate) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	err := s.quadsWith(ctx, quad.Subject, iri(subject), func(q quad.Quad) error {
		if q.Predicate != pred(p) {
			return nil
		}
		if o := valueString(q.Object); !seen[o] {
			seen[o] = true
			out = append(out, o)
		}
		return nil
	})
	return out, err
}

// isLabelOf reports whether label belongs to article id: the article node
// itself, or one of its sentences' evidence labels.
func isLabelOf(label, articleID string) bool {
	if label == domain.ArticleID(articleID) {
		return true
	}
	a, _, _, err := domain.ParseEvidenceLabel(label)
	return err == nil && a == articleID
}

// stripLabelPrefix is used in errors: a label is shown as the article it
// belongs to.
func labelArticle(label string) string {
	if id, ok := strings.CutPrefix(label, "article:"); ok {
		return id
	}
	if a, _, _, err := domain.ParseEvidenceLabel(label); err == nil {
		return a
	}
	return ""
}
