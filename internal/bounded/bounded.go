// Package bounded is a map whose entries' total weight stays within a
// bound: the store of the server's caches (the read cache of graph, the
// response cache of httpapi). It is not safe for concurrent use; its
// users hold their own locks.
package bounded

import "iter"

// Map is a map whose entries' total weight stays within max.
type Map[K comparable, V any] struct {
	m      map[K]V
	size   int // the total weight of m's entries
	max    int
	share  int
	weight func(K, V) int
}

// New returns an empty map of at most max total weight, entries weighed
// by weight. An entry heavier than max/share is never kept: it would evict
// (nearly) everything else.
func New[K comparable, V any](max, share int, weight func(K, V) int) Map[K, V] {
	return Map[K, V]{m: map[K]V{}, max: max, share: share, weight: weight}
}

// Get returns the value kept for k.
func (b *Map[K, V]) Get(k K) (V, bool) {
	v, ok := b.m[k]
	return v, ok
}

// Put sets k to v, first dropping entries at random (Go's map order is
// random) down to three quarters of max when v would not fit: cheap, with
// no bookkeeping on the read path, and fair enough to a working set that
// fits. It reports whether v was kept.
func (b *Map[K, V]) Put(k K, v V) bool {
	w := b.weight(k, v)
	if w > b.max/b.share {
		return false
	}
	if old, ok := b.m[k]; ok {
		b.size -= b.weight(k, old)
		delete(b.m, k)
	}
	if b.size+w > b.max {
		for k, old := range b.m {
			if b.size <= b.max*3/4-w {
				break
			}
			delete(b.m, k)
			b.size -= b.weight(k, old)
		}
	}
	b.m[k] = v
	b.size += w
	return true
}

// Reset drops every entry.
func (b *Map[K, V]) Reset() {
	clear(b.m)
	b.size = 0
}

// Size is the total weight of the entries kept.
func (b *Map[K, V]) Size() int { return b.size }

// All yields every entry, in no order.
func (b *Map[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for k, v := range b.m {
			if !yield(k, v) {
				return
			}
		}
	}
}
