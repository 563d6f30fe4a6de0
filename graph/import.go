package graph

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// ImportNQuads writes the quads of an N-Quads stream (such as WriteNQuads
// gives) into the store with Cayley's own batch writer, batch quads per
// call: no extraction, no resolution of people, no diff against what is
// stored, duplicates ignored. It restores an export, and it is the
// baseline the article write path is measured against in BENCHMARKS.md:
// the fastest the backend takes these quads. It returns the number of
// quads read.
func (s *Store) ImportNQuads(ctx context.Context, r io.Reader, batch int) (int, error) {
	if batch <= 0 {
		batch = 10000
	}
	if err := s.writeMu.lock(ctx); err != nil {
		return 0, fmt.Errorf("import n-quads: %w", err)
	}
	defer s.writeMu.unlock()
	defer s.cache.invalidate()
	// Cayley's writer goes around applyDeltas: the counts are counted
	// again by the next Stats
	if err := s.counts.drop(ctx); err != nil {
		return 0, fmt.Errorf("import n-quads: %w", err)
	}
	qw, err := s.qs.NewQuadWriter()
	if err != nil {
		return 0, fmt.Errorf("import n-quads: %w", err)
	}
	qr := nquads.NewReader(r, false)
	defer qr.Close()
	buf := make([]quad.Quad, 0, batch)
	n := 0
	flush := func() error {
		if len(buf) == 0 {
			return nil
		}
		_, err := qw.WriteQuads(buf)
		n += len(buf)
		buf = buf[:0]
		return err
	}
	for {
		if err := ctx.Err(); err != nil {
			qw.Close()
			return n, fmt.Errorf("import n-quads: %w", err)
		}
		q, err := qr.ReadQuad()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			qw.Close()
			return n, fmt.Errorf("import n-quads: quad %d: %w", n+len(buf)+1, err)
		}
		buf = append(buf, decodeQuad(q)) // escaped ids (nquads.go)
		if len(buf) == batch {
			if err := flush(); err != nil {
				qw.Close()
				return n, fmt.Errorf("import n-quads: %w", err)
			}
		}
	}
	if err := flush(); err != nil {
		qw.Close()
		return n, fmt.Errorf("import n-quads: %w", err)
	}
	if err := qw.Close(); err != nil {
		return n, fmt.Errorf("import n-quads: %w", err)
	}
	if err := s.notifyWrite(ctx); err != nil {
		return n, fmt.Errorf("import n-quads: %w", err)
	}
	return n, nil
}
