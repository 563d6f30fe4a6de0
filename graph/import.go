package graph

import (
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"

	"github.com/actorgraph/actorgraph/domain"
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
//
// Documents (documents.go) come as one predDocumentBody quad per article
// and go to the documents store, each before the batch of quads that
// names it. A dump of the earlier format, with sentence quads, is
// converted as Migrate converts such a store (legacy.go): its sentences
// are held until the end of the stream, then each article's document is
// rebuilt and stored.
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
	qr := nquads.NewReader(r, false)
	defer qr.Close()
	var (
		buf    = make([]quad.Quad, 0, batch)
		docs   []storedDoc
		legacy = legacySentences{}
		n      int
	)
	flush := func() error {
		if len(buf) == 0 {
			return nil
		}
		// the documents before the quads that name them (documents.go);
		// a writer per batch, since a bolt file's holds its write
		// transaction until closed
		if err := s.docs.put(ctx, docs); err != nil {
			return err
		}
		qw, err := s.qs.NewQuadWriter()
		if err != nil {
			return err
		}
		if _, err := qw.WriteQuads(buf); err != nil {
			qw.Close()
			return err
		}
		buf, docs = buf[:0], docs[:0]
		return qw.Close()
	}
	add := func(q quad.Quad, d *storedDoc) error {
		buf = append(buf, q)
		if d != nil {
			docs = append(docs, *d)
		}
		if len(buf) < batch {
			return nil
		}
		return flush()
	}
	fail := func(err error) (int, error) {
		return n, fmt.Errorf("import n-quads: %w", err)
	}
	for {
		if err := ctx.Err(); err != nil {
			return fail(err)
		}
		q, err := qr.ReadQuad()
		if errors.Is(err, io.EOF) {
			break
		}
		read := n + 1
		if err != nil {
			return fail(fmt.Errorf("quad %d: %w", read, err))
		}
		n = read
		q = decodeQuad(q) // escaped ids (nquads.go)
		switch p := domain.Predicate(valueString(q.Predicate)); {
		case p == predDocumentBody:
			named, d, err := importDocument(q)
			if err == nil {
				err = add(named, &d)
			}
			if err != nil {
				return fail(fmt.Errorf("quad %d: %w", read, err))
			}
		case p == predDocument, legacy.add(q):
			// named again from the document itself, or collected to rebuild one
		default:
			if err := add(q, nil); err != nil {
				return fail(err)
			}
		}
	}
	for _, id := range slices.Sorted(maps.Keys(legacy)) {
		d, err := legacy.document(id)
		if err != nil {
			return fail(err)
		}
		body, version := d.encode()
		named := documentQuad(id, version)
		if err := add(named, &storedDoc{article: id, version: version, body: body}); err != nil {
			return fail(err)
		}
	}
	if err := flush(); err != nil {
		return fail(err)
	}
	if err := s.notifyWrite(ctx); err != nil {
		return n, fmt.Errorf("import n-quads: %w", err)
	}
	return n, nil
}

// importDocument reads a document quad of a dump (see WriteNQuads) and
// returns the document to store and the quad that names it.
func importDocument(q quad.Quad) (quad.Quad, storedDoc, error) {
	id, ok := articleIDOf(valueString(q.Subject))
	if !ok {
		return quad.Quad{}, storedDoc{}, fmt.Errorf("%s of %v, not of an article", predDocumentBody, q.Subject)
	}
	d, err := decodeDocument([]byte(valueString(q.Object)))
	if err != nil {
		return quad.Quad{}, storedDoc{}, fmt.Errorf("article %q: %w", id, err)
	}
	body, version := d.encode()
	return documentQuad(id, version), storedDoc{article: id, version: version, body: body}, nil
}
