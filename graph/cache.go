package graph

import (
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/internal/bounded"
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
// writer, or hears every other writer: bolt files are locked to one
// process and memory stores are private; servers that share a PostgreSQL
// database tell each other of every write with NOTIFY (notify.go).
type readCache struct {
	mu    sync.RWMutex
	gen   uint64
	quads bounded.Map[cacheKey, []quad.Quad] // weighed by their number
	nodes map[quad.Value]bool                // values known to be stored
	// results built from quads: a node, its edges. They have a budget of
	// their own, the cache's size: they are far smaller than the quads
	// they save reading (a person's Node is a few of the hundreds of quads
	// it is read from), and a stream of large quad reads should not evict
	// them.
	memos bounded.Map[memoKey, memo]
	max   int
	// keys are every node's look-up keys, for Search (searchkeys.go): nil
	// until read; keysRead is closed when the read under way ends.
	keys     map[searchKey]int
	keysRead chan struct{}
	// off: nothing is kept (another process's writes may be missed: the
	// PostgreSQL listener is disconnected, see notify.go)
	off bool
}

// A memo is a result computed from a node's quads and kept, with the
// number of quads it was computed from as its weight against the cache's
// size. Callers must treat memoised values as read-only.
type memo struct {
	v      any
	weight int // at least 1
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
	memoDocument                  // a version of an article's document
	memoDate                      // an article's date, outlet, url and story (articleStamp)
	memoEvent                     // Event(id)
	memoStatement                 // Statement(id)
	memoRelations                 // Relations(id)
	memoArticle                   // Article(id)
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
	return &readCache{
		quads: bounded.New(max, 4, func(_ cacheKey, qs []quad.Quad) int { return len(qs) }),
		nodes: map[quad.Value]bool{},
		memos: bounded.New(max, 4, func(_ memoKey, m memo) int { return m.weight }),
		max:   max,
	}
}

// get returns the cached quads with v in direction d.
func (c *readCache) get(d quad.Direction, v quad.Value) ([]quad.Quad, bool) {
	if c == nil {
		return nil, false
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	qs, ok := c.quads.Get(cacheKey{d, v})
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
// unless a write has ended since.
func (c *readCache) put(gen uint64, d quad.Direction, v quad.Value, qs []quad.Quad) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen == c.gen && !c.off {
		c.quads.Put(cacheKey{d, v}, qs)
	}
}

// memo returns the memoised result of kind for id.
func (c *readCache) memo(kind memoKind, id string) (any, bool) {
	if c == nil {
		return nil, false
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	m, ok := c.memos.Get(memoKey{kind, id})
	return m.v, ok
}

// putMemo keeps v, computed at generation gen, unless a write has ended
// since. weight is v's size in quad-sized units (a node and its aliases,
// an edge and its labels).
func (c *readCache) putMemo(gen uint64, kind memoKind, id string, v any, weight int) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen == c.gen && !c.off {
		c.memos.Put(memoKey{kind, id}, memo{v, max(weight, 1)})
	}
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
	if gen != c.gen || c.off {
		return
	}
	if len(c.nodes) >= c.max/4 {
		clear(c.nodes)
	}
	c.nodes[v] = true
}

// setOff empties the cache and, while off, keeps nothing.
func (c *readCache) setOff(off bool) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.off = off
	c.gen++
	c.quads.Reset()
	clear(c.nodes)
	c.memos.Reset()
	c.keys = nil
}

// invalidate empties the cache after a write.
func (c *readCache) invalidate() { c.written(nil, false) }

// written empties the cache after a write of deltas, keeping the search
// keys (updated by the deltas) when the write was whole (ok).
func (c *readCache) written(deltas []cgraph.Delta, ok bool) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	c.quads.Reset()
	clear(c.nodes)
	c.memos.Reset()
	if ok {
		c.updateSearchKeys(deltas)
	} else {
		c.keys = nil
	}
}

// Generation names the state of the store's content as far as this
// process can know it: Store.Generation returns equal values only while no
// write has ended in between, whether the write was this process's or
// another server's heard through PostgreSQL's NOTIFY (notify.go). It lets a
// layer above keep what it built from the store (whole answers) exactly as
// long as the read cache keeps quads. Compare values with ==.
type Generation struct {
	c *readCache // a new cache (SetCacheQuads) starts a new series
	n uint64
}

// Generation returns the store's current generation. ok is false when the
// store cannot tell that its content changed, and nothing read from it
// should be kept: it has no read cache (SetCacheQuads(0), or a PostgreSQL
// store that does not listen), or its listener is disconnected.
func (s *Store) Generation() (g Generation, ok bool) {
	c := s.lockedCache()
	if c == nil {
		return Generation{}, false
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	return Generation{c: c, n: c.gen}, !c.off
}

// SetCacheQuads sets the size of the store's read cache, in quads; 0 turns
// it off. A PostgreSQL store caches only while it hears other processes'
// writes (notify.go); CockroachDB stores never cache. Call it before
// serving.
func (s *Store) SetCacheQuads(n int) {
	if s.isSQL && s.listener == nil {
		return
	}
	c := newReadCache(n)
	s.bgMu.Lock() // the listener's goroutines read it (notify.go)
	s.cache = c
	s.bgMu.Unlock()
}
