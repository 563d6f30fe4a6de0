package graph

import (
	"context"
	"errors"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// searchKey is one look-up key of a node (see predKey): what Search
// matches a query against.
type searchKey struct {
	key, node string
}

// errClosed is returned by reads that would outlive a closed store.
var errClosed = errors.New("store closed")

// searchKeys returns every look-up key of the store, each with the number
// of quads that give it. Without a predicate index, reading them is a scan
// of every quad on bolt: about 9 s on a store of 5,000 articles, longer
// than a request's deadline on larger ones. With a read cache they are
// read once, by one background reader that no request's deadline stops
// (requests wait for it as long as their own deadline allows), kept, and
// kept current by every write (applyDeltas); other stores read them for
// each search.
func (s *Store) searchKeys(ctx context.Context) (map[searchKey]int, error) {
	c := s.cache
	if c == nil {
		return s.readSearchKeys(ctx)
	}
	for range 3 {
		keys, ready, err := s.startSearchKeys(c)
		if err != nil || keys != nil {
			return keys, err
		}
		select {
		case <-ready:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	// writes keep ending while the keys are read: read them for this search
	return s.readSearchKeys(ctx)
}

// startSearchKeys returns the kept keys, or a channel closed when the read
// under way (started here if none is) ends.
func (s *Store) startSearchKeys(c *readCache) (map[searchKey]int, <-chan struct{}, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.keys != nil {
		return c.keys, nil, nil
	}
	if c.keysRead != nil {
		return nil, c.keysRead, nil
	}
	ready := make(chan struct{})
	gen := c.gen
	err := s.background(func(ctx context.Context) {
		keys, err := s.readSearchKeys(ctx)
		c.mu.Lock()
		defer c.mu.Unlock()
		if err == nil && gen == c.gen && !c.off {
			c.keys = keys
		}
		c.keysRead = nil
		close(ready)
	})
	if err != nil {
		return nil, nil, err
	}
	c.keysRead = ready
	return nil, ready, nil
}

func (s *Store) readSearchKeys(ctx context.Context) (map[searchKey]int, error) {
	keys := map[searchKey]int{}
	err := s.iterate(ctx, quad.Predicate, pred(predKey), func(q quad.Quad) error {
		keys[searchKey{key: valueString(q.Object), node: valueString(q.Subject)}]++
		return nil
	})
	return keys, err
}

// updateSearchKeys applies a write's deltas to kept keys. The caller holds
// c.mu.
func (c *readCache) updateSearchKeys(deltas []cgraph.Delta) {
	if c.keys == nil {
		return
	}
	for _, d := range deltas {
		if d.Quad.Predicate != pred(predKey) {
			continue
		}
		k := searchKey{key: valueString(d.Quad.Object), node: valueString(d.Quad.Subject)}
		if d.Action == cgraph.Add {
			c.keys[k]++
		} else if c.keys[k]--; c.keys[k] <= 0 {
			delete(c.keys, k)
		}
	}
}

// PrepareSearch starts reading the look-up keys in the background, if the
// store keeps them (see searchKeys), so that the first search does not
// wait for the read. Close ends the read.
func (s *Store) PrepareSearch() {
	if s.cache != nil {
		s.startSearchKeys(s.cache)
	}
}
