package graph

import (
	"context"
	"errors"
	"fmt"

	"github.com/actorgraph/actorgraph/domain"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
)

// stats is the backend's own count of quads. A bolt file that never held a
// quad has no metadata bucket yet: that is an empty store, not an error.
func (s *Store) stats(ctx context.Context) (cgraph.Stats, error) {
	st, err := s.qs.Stats(ctx, false)
	if errors.Is(err, kv.ErrNoBucket) {
		return cgraph.Stats{}, nil
	}
	return st, err
}

// Size is how much a store holds, for monitoring.
type Size struct {
	Quads    int64 // every quad, metadata included
	Articles int64 // article nodes
}

// Size counts the store's quads (from the backend's own count, without a
// scan) and its articles (one index read per article). Stats gives more
// detail but reads every quad; Size is cheap enough for each scrape of a
// metrics endpoint.
func (s *Store) Size(ctx context.Context) (Size, error) {
	st, err := s.stats(ctx)
	if err != nil {
		return Size{}, fmt.Errorf("size: %w", err)
	}
	out := Size{Quads: st.Quads.Size}
	err = s.quadsWith(ctx, quad.Object, lit(string(domain.ArticleNode)), func(q quad.Quad) error {
		if q.Predicate == pred(domain.Type) {
			out.Articles++
		}
		return nil
	})
	if err != nil {
		return Size{}, fmt.Errorf("size: %w", err)
	}
	return out, nil
}

// Ping reads from the backend, so that a health check fails when
// the store no longer answers (a closed bolt file, an unreachable
// PostgreSQL). An empty store answers too.
func (s *Store) Ping(ctx context.Context) error {
	// The bolt store's count lives in the file, and its iterator reads
	// nothing when the store is empty; PostgreSQL's count is cached, and its
	// iterator queries the server. Together they touch every backend.
	if _, err := s.stats(ctx); err != nil {
		return fmt.Errorf("ping %s: %w", s.backend, err)
	}
	it := s.quadsAllIterator()
	defer it.Close()
	it.Next(ctx)
	if err := it.Err(); err != nil {
		return fmt.Errorf("ping %s: %w", s.backend, err)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("ping %s: %w", s.backend, err)
	}
	return nil
}
