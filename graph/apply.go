package graph

import (
	"context"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
)

// applyDeltas writes deltas to the quad store.
//
// Cayley v0.7.7's key-value stores (bolt) corrupt a transaction that adds
// and deletes quads sharing a value whose references drop in net: the
// value's id is resolved only for the removal, and the added quad is
// indexed with that direction missing (it reads back with a nil subject,
// object or label). Rewriting an article that now states fewer facts in a
// sentence does exactly that. So additions and deletions go in separate
// transactions, additions first: a crash between the two leaves the
// article's new quads and some stale ones, never a half-written article,
// and the next write of the article removes the stale ones. The memory and
// SQL stores count references per quad and keep one transaction.
//
// The store's counts (counts.go) follow every write: what it changes in
// them is worked out before, and added after. The write path adds only
// quads it did not find stored and deletes only quads it read, so the
// counts (and the cache's search keys) hold even where duplicates and
// missing quads are ignored.
func (s *Store) applyDeltas(deltas []cgraph.Delta, opts cgraph.IgnoreOpts) (err error) {
	defer func() { s.cache.written(deltas, err == nil) }()
	if len(deltas) == 0 {
		return nil
	}
	// a write is not cancelled halfway, and neither is its counting
	ctx := context.Background()
	change, err := s.countChanges(ctx, deltas)
	if err != nil {
		return err
	}
	if err := s.beginCounts(ctx); err != nil {
		return err
	}
	if err := s.writeDeltas(deltas, opts); err != nil {
		s.deadWrites.Add(1) // the counts stay pending: the next Stats counts again
		return err
	}
	if err := s.endCounts(ctx, change); err != nil {
		s.deadWrites.Add(1)
		return err
	}
	return s.notifyWrite(ctx)
}

// writeDeltas writes deltas to the quad store (see applyDeltas).
func (s *Store) writeDeltas(deltas []cgraph.Delta, opts cgraph.IgnoreOpts) error {
	if _, isKV := s.qs.(*kv.QuadStore); !isKV {
		return s.qs.ApplyDeltas(deltas, opts)
	}
	var adds, dels []cgraph.Delta
	for _, d := range deltas {
		if d.Action == cgraph.Add {
			adds = append(adds, d)
		} else {
			dels = append(dels, d)
		}
	}
	if len(adds) > 0 && len(dels) > 0 {
		if err := s.qs.ApplyDeltas(adds, opts); err != nil {
			return err
		}
		return s.qs.ApplyDeltas(dels, opts)
	}
	if len(deltas) == 0 {
		return nil
	}
	return s.qs.ApplyDeltas(deltas, opts)
}
