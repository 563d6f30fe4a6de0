package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"

	bolt "github.com/coreos/bbolt"
	hkv "github.com/hidal-go/hidalgo/kv"
)

// boltKV is the key-value interface Cayley writes through (hidalgo's kv),
// over a bbolt file. It does what hidalgo's own bbolt adapter does (a key's
// parts before the last name nested buckets), and one thing more: it sets
// how full bbolt fills the pages it cuts.
//
// bbolt splits a page that grew too large at FillPercent of a page, 50 %
// by default, leaving room for the keys that will fall between its own. A
// bucket whose keys only grow never comes back to a page once its
// successor is started, so each of its pages stays half empty for good:
// Cayley's log of quads and nodes is keyed by an id that only grows, and so
// is our label index (the label of an article is a node made with the
// article), and at 50 % they took twice their size on disk. The other
// buckets (Cayley's subject-predicate and object-predicate-subject
// indexes, the documents) take keys in any order; their pages are cut at
// 80 %, which left the indexes 71–77 % full instead of 55 % after a load
// of 500 generated articles. FillPercent is not stored in the
// file: it changes how new pages are cut, not how any page is read, so
// files written before are read as they were.
type boltKV struct{ db *bolt.DB }

// appendOnlyFill and anyOrderFill are the FillPercent of the buckets whose
// keys only grow and of the others.
const (
	appendOnlyFill = 1.0
	anyOrderFill   = 0.8
)

// appendOnly are the buckets whose keys only grow: Cayley's log (an 8-byte
// id) and the label index (kv.QuadIndex{Label}, a bucket named by the label
// direction's prefix byte, keyed by the label's node id).
var appendOnly = map[string]bool{"log": true, "c": true}

func (k boltKV) Close() error { return k.db.Close() }

func (k boltKV) Tx(rw bool) (hkv.Tx, error) {
	tx, err := k.db.Begin(rw)
	if err != nil {
		return nil, fmt.Errorf("begin bolt transaction: %w", err)
	}
	return &boltTx{tx: tx, rw: rw}, nil
}

// boltTx is one bbolt transaction seen through hidalgo's kv.Tx.
type boltTx struct {
	tx *bolt.Tx
	rw bool
}

// fill sets the FillPercent of a top-level bucket b named name. bbolt keeps
// one Bucket value per name for the life of a writable transaction and
// cuts pages at commit with that value's FillPercent.
func (t *boltTx) fill(name []byte, b *bolt.Bucket) *bolt.Bucket {
	if b == nil || !t.rw {
		return b
	}
	b.FillPercent = anyOrderFill
	if appendOnly[string(name)] {
		b.FillPercent = appendOnlyFill
	}
	return b
}

// root is the file's root bucket, where a one-part key lives. It keeps
// bbolt's default fill: it holds Cayley's value buckets (2 × 65,536, each
// inline in the root while small), which grow in place, and cut at 80 %
// its pages took more room, not less.
func (t *boltTx) root() *bolt.Bucket { return t.tx.Cursor().Bucket() }

// bucket returns the bucket that holds key and the parts of key left
// inside it; nil if a bucket on the way does not exist.
func (t *boltTx) bucket(key hkv.Key) (*bolt.Bucket, hkv.Key) {
	if len(key) <= 1 {
		return t.root(), key
	}
	b := t.fill(key[0], t.tx.Bucket(key[0]))
	key = key[1:]
	for b != nil && len(key) > 1 {
		b = b.Bucket(key[0])
		key = key[1:]
	}
	return b, key
}

func (t *boltTx) Get(_ context.Context, key hkv.Key) (hkv.Value, error) {
	b, k := t.bucket(key)
	if b == nil || len(k) != 1 {
		return nil, hkv.ErrNotFound
	}
	v := b.Get(k[0])
	if v == nil {
		return nil, hkv.ErrNotFound
	}
	return v, nil
}

func (t *boltTx) GetBatch(_ context.Context, keys []hkv.Key) ([]hkv.Value, error) {
	vals := make([]hkv.Value, len(keys))
	for i, key := range keys {
		if b, k := t.bucket(key); b != nil && len(k) == 1 {
			vals[i] = b.Get(k[0])
		}
	}
	return vals, nil
}

func (t *boltTx) Put(key hkv.Key, v hkv.Value) error {
	b := t.root()
	var err error
	if len(key) > 1 {
		b, err = t.tx.CreateBucketIfNotExists(key[0])
		b = t.fill(key[0], b)
		key = key[1:]
	}
	for err == nil && len(key) > 1 {
		b, err = b.CreateBucketIfNotExists(key[0])
		key = key[1:]
	}
	if err != nil {
		return err
	}
	if len(key[0]) == 0 && len(v) == 0 {
		return nil // the bucket alone was asked for
	}
	return b.Put(key[0], v)
}

func (t *boltTx) Del(key hkv.Key) error {
	b, k := t.bucket(key)
	if b == nil || len(k) != 1 {
		return nil
	}
	return b.Delete(k[0])
}

func (t *boltTx) Commit(context.Context) error { return t.tx.Commit() }

func (t *boltTx) Close() error { return t.tx.Rollback() }

// Scan returns the pairs whose key starts with pref: every part but the
// last names a bucket, and the last is a prefix of a key or bucket name in
// it. Nested buckets are walked depth first, in key order.
func (t *boltTx) Scan(pref hkv.Key) hkv.Iterator {
	b, rest := t.bucket(pref)
	if b == nil || len(rest) > 1 {
		return &boltIter{} // a bucket on the way is missing: nothing
	}
	return &boltIter{
		stack: []*bolt.Bucket{b},
		pref:  rest,
		path:  pref[:len(pref)-len(rest)].Clone(),
	}
}

// boltIter walks a bucket and the buckets nested in it.
type boltIter struct {
	path  hkv.Key // names of the buckets down to the current one
	pref  hkv.Key // the prefix each level's keys must have, by depth
	stack []*bolt.Bucket
	curs  []*bolt.Cursor
	k, v  []byte
}

func (it *boltIter) Next(context.Context) bool {
	for len(it.stack) > 0 {
		depth := len(it.stack) - 1
		if len(it.curs) < len(it.stack) {
			c := it.stack[depth].Cursor()
			it.curs = append(it.curs, c)
			if depth < len(it.pref) {
				it.k, it.v = c.Seek(it.pref[depth])
			} else {
				it.k, it.v = c.First()
			}
		} else {
			it.k, it.v = it.curs[depth].Next()
		}
		if it.k != nil && (depth >= len(it.pref) || bytes.HasPrefix(it.k, it.pref[depth])) {
			if it.v == nil { // a nested bucket: walk it first
				if nb := it.stack[depth].Bucket(it.k); nb != nil {
					it.stack = append(it.stack, nb)
					it.path = append(it.path, it.k)
					continue
				}
			}
			return true
		}
		// this level is done: back to the bucket above
		it.curs = it.curs[:depth]
		it.stack = it.stack[:depth]
		if len(it.path) > 0 {
			it.path = it.path[:len(it.path)-1]
		}
	}
	return false
}

func (it *boltIter) Key() hkv.Key {
	if len(it.stack) == 0 {
		return nil
	}
	return append(it.path.Clone(), bytes.Clone(it.k))
}

func (it *boltIter) Val() hkv.Value { return it.v }

func (it *boltIter) Err() error { return nil }

func (it *boltIter) Close() error {
	*it = boltIter{}
	return nil
}

// ErrNotBolt is CompactBolt's error for a store that is not a bolt file.
var ErrNotBolt = errors.New("not a bolt file")

// compactTxBytes bounds the bytes copied per transaction by CompactBolt,
// so that compacting a large file does not hold it all in one.
const compactTxBytes = 64 << 20

// copyFilled copies every bucket of from into to, with every page filled,
// the root's too (bbolt's own Compact leaves the root, which holds
// Cayley's 131,072 value buckets inline while they are small, at half
// fill), committing about every compactTxBytes.
func copyFilled(to, from *bolt.DB) error {
	return from.View(func(src *bolt.Tx) error {
		tx, err := to.Begin(true)
		if err != nil {
			return err
		}
		defer func() { tx.Rollback() }()
		size := 0
		// the bucket of to at path, with its pages set to fill
		bucket := func(path [][]byte) *bolt.Bucket {
			b := tx.Cursor().Bucket()
			b.FillPercent = 1.0
			for _, name := range path {
				b = b.Bucket(name)
				b.FillPercent = 1.0
			}
			return b
		}
		var walk func(path [][]byte, b *bolt.Bucket) error
		walk = func(path [][]byte, b *bolt.Bucket) error {
			return b.ForEach(func(k, v []byte) error {
				if size > compactTxBytes { // commit, and go on in a new transaction
					if err := tx.Commit(); err != nil {
						return err
					}
					if tx, err = to.Begin(true); err != nil {
						return err
					}
					size = 0
				}
				size += len(k) + len(v)
				if v != nil {
					return bucket(path).Put(k, v)
				}
				nb, err := bucket(path).CreateBucket(k)
				if err != nil {
					return err
				}
				if err := nb.SetSequence(b.Bucket(k).Sequence()); err != nil {
					return err
				}
				return walk(append(path[:len(path):len(path)], k), b.Bucket(k))
			})
		}
		if err := walk(nil, src.Cursor().Bucket()); err != nil {
			return err
		}
		return tx.Commit()
	})
}

// CompactBolt writes a copy of the bolt file src to dst, which must not
// exist, with every page filled: bbolt never gives a file's pages back,
// so a file keeps the half-empty pages an earlier version cut (see boltKV)
// and the pages freed by rewrites and deletions until it is copied. src
// must not be open, in this process or another. The copy is the same
// store, page for page fuller; later writes split its full pages as they
// would any.
func CompactBolt(src, dst string) error {
	if src == Memory || src == "" || isSQL(src) {
		return fmt.Errorf("compact %s: %w", redactDSN(src), ErrNotBolt)
	}
	if _, err := os.Stat(dst); !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("compact %s: %s exists already (or cannot be checked: %v)", src, dst, err)
	}
	from, err := bolt.Open(src, 0o644, &bolt.Options{Timeout: 2 * time.Second, ReadOnly: true})
	if errors.Is(err, bolt.ErrTimeout) {
		return fmt.Errorf("compact %s: %w", src, ErrInUse)
	}
	if err != nil {
		return fmt.Errorf("compact %s: %w", src, err)
	}
	defer from.Close()
	to, err := bolt.Open(dst, 0o644, &bolt.Options{Timeout: 2 * time.Second})
	if err != nil {
		return fmt.Errorf("compact %s into %s: %w", src, dst, err)
	}
	if err := copyFilled(to, from); err != nil {
		to.Close()
		os.Remove(dst)
		return fmt.Errorf("compact %s into %s: %w", src, dst, err)
	}
	if err := to.Close(); err != nil {
		return fmt.Errorf("compact %s into %s: %w", src, dst, err)
	}
	return nil
}
