package graph

import (
	"sync"

	"github.com/cayleygraph/quad"
)

// DefaultCacheQuads is how many quads the read cache of a bolt or memory
// store holds by default: at about 150 bytes a quad (two node ids, a
// predicate, a sentence label, sometimes a sentence), some 150 MB, enough
// for the working set of an archive's explorer (every actor page, ego
// network and timeline of a 1M-fact store is a few hundred thousand
// quads).
const DefaultCacheQuads = 1 << 20

// readCache keeps the quads of recently read nodes, by direction and value,
// so that the queries an explorer repeats (an actor, its neighbours, their
// names, the evidence sentences) do not go back to the store's B-tree and
// decode the same values again. Cayley's key-value backend costs tens of
// microseconds a look-up; a depth-2 neighborhood makes thousands.
//
// Every write through the Store empties it (Store.invalidate). Entries are
// only stored by readers that started after the last write ended (the
// generation check in put), so a read racing a write never leaves stale
// quads behind. It is only correct when this process is the store's only
// writer: bolt files are locked to one process and memory stores are
// private, but several servers may share a PostgreSQL database, so SQL
// stores have no cache.
type readCache struct {
	mu     sync.RWMutex
	gen    uint64
	quads  map[cacheKey][]quad.Quad
	nodes  map[quad.Value]bool // values known to be stored
	size   int                 // quads held
	max    int
	memos  map[memoKey]memo // results built from quads: a node, its edges
	weight int              // the memos' size, in quad-sized units
}

// A memo is a result computed from a node's quads and kept, with the
// number of quads it was computed from as its weight against the cache's
// size. Callers must treat memoised values as read-only.
type memo struct {
	v      any
	weight int
}

type memoKey struct {
	kind memoKind
	id   string
}

// memoKind names what a memo holds.
type memoKind uint8

const (
	memoNode      memoKind = iota // Node(id)
	memoEdges                     // edgesOf(id)
	memoSentence                  // a sentence's text and offsets
	memoDate                      // an article's date
	memoEvent                     // Event(id)
	memoStatement                 // Statement(id)
)

type cacheKey struct {
	d quad.Direction
	v quad.Value
}

// newReadCache returns a cache of at most max quads, or nil (no cache)
// when max is not positive.
func newReadCache(max int) *readCache {
	if max <= 0 {
		return nil
	}
	return &readCache{quads: map[cacheKey][]quad.Quad{}, nodes: map[quad.Value]bool{}, memos: map[memoKey]memo{}, max: max}
}

// get returns the cached quads with v in direction d.
func (c *readCache) get(d quad.Direction, v quad.Value) ([]quad.Quad, bool) {
	if c == nil {
		return nil, false
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	qs, ok := c.quads[cacheKey{d, v}]
	return qs, ok
}

// generation returns the write generation a reader must quote to put.
func (c *readCache) generation() uint64 {
	if c == nil {
		return 0
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.gen
}

// put stores the quads with v in direction d, read at generation gen,
// unless a write has ended since. A node with more quads than a quarter
// of the cache is not kept: it would evict everything else.
func (c *readCache) put(gen uint64, d quad.Direction, v quad.Value, qs []quad.Quad) {
	if c == nil || len(qs) > c.max/4 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen {
		return
	}
	k := cacheKey{d, v}
	if old, ok := c.quads[k]; ok {
		c.size -= len(old)
	}
	if c.size+len(qs) > c.max {
		c.evict(c.max*3/4 - len(qs))
	}
	c.quads[k] = qs
	c.size += len(qs)
}

// evict drops entries until at most target quads remain. Go's map order is
// random, so this is random eviction: cheap, with no bookkeeping on the
// read path, and fair enough to a working set that fits.
func (c *readCache) evict(target int) {
	for k, qs := range c.quads {
		if c.size <= target {
			return
		}
		delete(c.quads, k)
		c.size -= len(qs)
	}
}

// memo returns the memoised result of kind for id.
func (c *readCache) memo(kind memoKind, id string) (any, bool) {
	if c == nil {
		return nil, false
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	m, ok := c.memos[memoKey{kind, id}]
	return m.v, ok
}

// putMemo keeps v, computed at generation gen, unless a write has ended
// since. weight is v's size in quad-sized units (a node and its aliases,
// an edge and its labels). Memos have a budget of their own, the cache's
// size: they are far smaller than the quads they save reading (a person's
// Node is a few of the hundreds of quads it is read from), and they should
// not be evicted by a stream of large quad reads.
func (c *readCache) putMemo(gen uint64, kind memoKind, id string, v any, weight int) {
	weight = max(weight, 1)
	if c == nil || weight > c.max/4 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen {
		return
	}
	k := memoKey{kind, id}
	if old, ok := c.memos[k]; ok {
		c.weight -= old.weight
	}
	if c.weight+weight > c.max {
		for k, m := range c.memos {
			if c.weight <= c.max*3/4-weight {
				break
			}
			delete(c.memos, k)
			c.weight -= m.weight
		}
	}
	c.memos[k] = memo{v, weight}
	c.weight += weight
}

// hasNode reports whether v is known to be stored.
func (c *readCache) hasNode(v quad.Value) bool {
	if c == nil {
		return false
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.nodes[v]
}

// putNode records that v is stored, read at generation gen.
func (c *readCache) putNode(gen uint64, v quad.Value) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen {
		return
	}
	if len(c.nodes) >= c.max/4 {
		clear(c.nodes)
	}
	c.nodes[v] = true
}

// invalidate empties the cache after a write.
func (c *readCache) invalidate() {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	clear(c.quads)
	clear(c.nodes)
	clear(c.memos)
	c.size, c.weight = 0, 0
}

// SetCacheQuads sets the size of the store's read cache, in quads; 0 turns
// it off. SQL stores never cache (see readCache). Call it before serving.
func (s *Store) SetCacheQuads(n int) {
	if s.isSQL {
		return
	}
	s.cache = newReadCache(n)
}
