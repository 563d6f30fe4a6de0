package graph

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"maps"
	"sort"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// FactsHeader is the header of the facts.csv export (ONTOLOGY.md).
var FactsHeader = []string{"subject_id", "subject", "subject_type", "predicate", "object_id", "object", "object_type", "article", "sentence"}

// WriteCSV writes the whole graph as facts.csv: one row per fact per
// article, with the first sentence of the article that states it. Rows are
// ordered by article, subject, predicate and object so that two exports of
// the same graph are byte-identical.
//
// It streams: it reads one article's quads at a time (by their labels) and
// holds only those, and the list of article ids. A bolt file made before
// the label index is read in one pass instead (writeCSVByScan), which holds
// every row.
func (s *Store) WriteCSV(ctx context.Context, w io.Writer) error {
	if s.labelScan {
		return s.writeCSVByScan(ctx, w)
	}
	hidden, err := s.hiddenFacts(ctx)
	if err != nil {
		return fmt.Errorf("export csv: %w", err)
	}
	articles, err := s.nodesOfType(ctx, domain.ArticleNode)
	if err != nil {
		return fmt.Errorf("export csv: %w", err)
	}
	display := func(id string) (string, string, error) {
		n, err := s.Node(ctx, id)
		if errors.Is(err, ErrNotFound) {
			return "", "", nil
		}
		return n.Name, string(n.Type), err
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(FactsHeader); err != nil {
		return fmt.Errorf("export csv: %w", err)
	}
	for _, art := range articles {
		id := trimArticle(art)
		quads, err := s.readArticleQuads(ctx, id, s.iterate)
		if err != nil {
			return fmt.Errorf("export csv: %w", err)
		}
		rows := map[csvKey]*csvRow{}
		for q := range quads {
			p := domain.Predicate(valueString(q.Predicate))
			if isInternal(p) || p.IsMeta() && p != domain.Type && p != domain.Name && p != domain.Alias && p != domain.MentionedIn || hidden[quadFactID(q)] {
				continue
			}
			articleID, n, _, err := domain.ParseEvidenceLabel(valueString(q.Label))
			if err != nil {
				continue // the article node's own rows are labelled with the article, not a sentence
			}
			subj, obj := valueString(q.Subject), valueString(q.Object)
			k := csvKey{articleID, subj, string(p), obj}
			if r, ok := rows[k]; !ok || n < r.sentence {
				_, isIRI := q.Object.(quad.IRI)
				rows[k] = &csvRow{articleID, subj, string(p), obj, !isIRI, n}
			}
		}
		sentences := newEvidenceReader(s)
		for _, r := range sortedRows(rows) {
			ev, err := sentences.read(ctx, domain.SentenceID(r.article, r.sentence))
			if err != nil {
				return fmt.Errorf("export csv: %w", err)
			}
			sName, sType, err := display(r.subject)
			if err != nil {
				return fmt.Errorf("export csv: %w", err)
			}
			objID, objName, objType := r.object, "", "literal"
			if r.literal {
				objID, objName = "", r.object
			} else if objName, objType, err = display(r.object); err != nil {
				return fmt.Errorf("export csv: %w", err)
			}
			rec := []string{r.subject, sName, sType, r.predicate, objID, objName, objType, r.article, ev.Text}
			if err := cw.Write(rec); err != nil {
				return fmt.Errorf("export csv: %w", err)
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("export csv: %w", err)
	}
	return nil
}

// csvRow is a row of facts.csv before names are looked up.
type csvRow struct {
	article, subject, predicate, object string
	literal                             bool
	sentence                            int
}

type csvKey struct{ article, s, p, o string }

// sortedRows orders rows by article, subject, predicate and object.
func sortedRows(rows map[csvKey]*csvRow) []*csvRow {
	sorted := make([]*csvRow, 0, len(rows))
	for _, r := range rows {
		sorted = append(sorted, r)
	}
	sort.Slice(sorted, func(i, j int) bool {
		a, b := sorted[i], sorted[j]
		if a.article != b.article {
			return a.article < b.article
		}
		if a.subject != b.subject {
			return a.subject < b.subject
		}
		if a.predicate != b.predicate {
			return a.predicate < b.predicate
		}
		return a.object < b.object
	})
	return sorted
}

// writeCSVByScan is WriteCSV in one pass over the store, holding every row.
func (s *Store) writeCSVByScan(ctx context.Context, w io.Writer) error {
	rows := map[csvKey]*csvRow{}
	names := map[string][]string{}
	aliases := map[string][]string{}
	types := map[string]string{}
	hidden, err := s.hiddenFacts(ctx)
	if err != nil {
		return fmt.Errorf("export csv: %w", err)
	}
	err = s.allQuads(ctx, func(q quad.Quad) error {
		p := domain.Predicate(valueString(q.Predicate))
		subj, obj := valueString(q.Subject), valueString(q.Object)
		switch p {
		case domain.Name:
			names[subj] = append(names[subj], obj)
		case domain.Alias:
			aliases[subj] = append(aliases[subj], obj)
		case domain.Type:
			types[subj] = obj
		}
		if isInternal(p) || p.IsMeta() && p != domain.Type && p != domain.Name && p != domain.Alias && p != domain.MentionedIn || hidden[quadFactID(q)] {
			return nil
		}
		articleID, n, _, err := domain.ParseEvidenceLabel(valueString(q.Label))
		if err != nil {
			// the article node's own rows are labelled with the article,
			// not a sentence; quads of no article (imported from
			// elsewhere) are no article's facts
			return nil
		}
		k := csvKey{articleID, subj, string(p), obj}
		if r, ok := rows[k]; !ok || n < r.sentence {
			_, isIRI := q.Object.(quad.IRI)
			rows[k] = &csvRow{articleID, subj, string(p), obj, !isIRI, n}
		}
		return nil
	})
	if err != nil {
		return err
	}
	display := func(id string) (string, string) {
		name, _ := canonicalName(names[id], aliases[id])
		return name, types[id]
	}
	sorted := sortedRows(rows)
	sentences := newEvidenceReader(s)
	cw := csv.NewWriter(w)
	if err := cw.Write(FactsHeader); err != nil {
		return fmt.Errorf("export csv: %w", err)
	}
	for _, r := range sorted {
		ev, err := sentences.read(ctx, domain.SentenceID(r.article, r.sentence))
		if err != nil {
			return fmt.Errorf("export csv: %w", err)
		}
		sName, sType := display(r.subject)
		objID, objName, objType := r.object, "", "literal"
		if r.literal {
			objID, objName = "", r.object
		} else {
			objName, objType = display(r.object)
		}
		rec := []string{r.subject, sName, sType, r.predicate, objID, objName, objType, r.article, ev.Text}
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("export csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("export csv: %w", err)
	}
	return nil
}

// WriteNQuads writes every quad of the store as N-Quads, in an order that
// depends only on what the store holds, so that a dump can be diffed and
// loaded back with ImportNQuads: article by article (ordered by id), each
// article's quads sorted, then the review log, then any other quads
// (imported from elsewhere), sorted.
//
// It streams: it holds one article's quads at a time. The last group takes
// a pass over the store, made only when the kept counts (counts.go) do
// not show that the articles and the log were all. A bolt file made
// before the label index is read in one pass and sorted whole instead.
func (s *Store) WriteNQuads(ctx context.Context, w io.Writer) error {
	if s.labelScan {
		return s.writeNQuadsByScan(ctx, w)
	}
	qw := nquads.NewWriter(w)
	written := 0
	write := func(set map[quad.Quad]struct{}) error {
		qs := sortedQuads(set)
		for i, q := range qs {
			qs[i] = encodeQuad(q) // ids with spaces and the like (nquads.go)
		}
		_, err := qw.WriteQuads(qs)
		written += len(qs)
		return err
	}
	articles, err := s.nodesOfType(ctx, domain.ArticleNode)
	if err != nil {
		return fmt.Errorf("export nquads: %w", err)
	}
	for _, art := range articles {
		quads, err := s.readArticleQuads(ctx, trimArticle(art), s.iterate)
		if err == nil {
			err = write(quads)
		}
		if err == nil {
			err = s.writeDocumentQuad(ctx, qw, quads)
		}
		if err != nil {
			return fmt.Errorf("export nquads: %w", err)
		}
	}
	log := map[quad.Quad]struct{}{}
	err = s.quadsWith(ctx, quad.Label, iri(reviewLabel), func(q quad.Quad) error { log[q] = struct{}{}; return nil })
	if err == nil {
		err = write(log)
	}
	if err != nil {
		return fmt.Errorf("export nquads: %w", err)
	}
	if c, ok, err := s.counts.load(ctx); err != nil || !ok || c.Pending > 0 || c.Quads != written {
		stored := make(map[string]bool, len(articles))
		for _, art := range articles {
			stored[trimArticle(art)] = true
		}
		other := map[quad.Quad]struct{}{}
		err := s.allQuads(ctx, func(q quad.Quad) error {
			l := valueString(q.Label)
			if l == reviewLabel {
				return nil
			}
			if a := labelArticle(l); a != "" && stored[a] {
				return nil
			}
			other[q] = struct{}{}
			return nil
		})
		if err == nil {
			err = write(other)
		}
		if err != nil {
			return fmt.Errorf("export nquads: %w", err)
		}
	}
	if err := qw.Close(); err != nil {
		return fmt.Errorf("export nquads: %w", err)
	}
	return nil
}

// writeNQuadsByScan is WriteNQuads in one pass over the store, holding and
// sorting every quad in the same order.
func (s *Store) writeNQuadsByScan(ctx context.Context, w io.Writer) error {
	groups := map[string]map[quad.Quad]struct{}{} // article id, reviewLabel or "" → quads
	if err := s.allQuads(ctx, func(q quad.Quad) error {
		g := labelArticle(valueString(q.Label))
		if valueString(q.Label) == reviewLabel {
			g = reviewLabel
		}
		if groups[g] == nil {
			groups[g] = map[quad.Quad]struct{}{}
		}
		groups[g][q] = struct{}{}
		return nil
	}); err != nil {
		return fmt.Errorf("export nquads: %w", err)
	}
	articles, err := s.nodesOfType(ctx, domain.ArticleNode)
	if err != nil {
		return fmt.Errorf("export nquads: %w", err)
	}
	qw := nquads.NewWriter(w)
	write := func(set map[quad.Quad]struct{}) error {
		qs := sortedQuads(set)
		for i, q := range qs {
			qs[i] = encodeQuad(q)
		}
		_, err := qw.WriteQuads(qs)
		return err
	}
	order := make([]string, 0, len(articles)+1)
	for _, art := range articles {
		order = append(order, trimArticle(art))
	}
	order = append(order, reviewLabel)
	known := make(map[string]bool, len(order))
	for _, g := range order {
		known[g] = true
	}
	other := map[quad.Quad]struct{}{}
	for g, set := range groups {
		if !known[g] {
			maps.Copy(other, set)
		}
	}
	for _, g := range order {
		err := write(groups[g])
		if err == nil {
			err = s.writeDocumentQuad(ctx, qw, groups[g])
		}
		if err != nil {
			return fmt.Errorf("export nquads: %w", err)
		}
	}
	if err := write(other); err != nil {
		return fmt.Errorf("export nquads: %w", err)
	}
	if err := qw.Close(); err != nil {
		return fmt.Errorf("export nquads: %w", err)
	}
	return nil
}

// writeDocumentQuad writes, after an article's quads, its document (see
// documents.go) as one quad of the dump, so that the dump restores the
// article whole: predDocumentBody with the document's JSON, which
// ImportNQuads puts back in the documents store. The quad is not counted
// among the store's quads.
func (s *Store) writeDocumentQuad(ctx context.Context, qw *nquads.Writer, quads map[quad.Quad]struct{}) error {
	for q := range quads {
		if q.Predicate != pred(predDocument) {
			continue
		}
		id, _ := articleIDOf(valueString(q.Subject))
		body, ok, err := s.docs.get(ctx, id, valueString(q.Object))
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("article %q: its document (version %s) is missing from the documents store", id, valueString(q.Object))
		}
		if body, err = documentJSON(body); err != nil {
			return fmt.Errorf("article %q: %w", id, err)
		}
		return qw.WriteQuad(encodeQuad(quad.Quad{Subject: q.Subject, Predicate: pred(predDocumentBody), Object: lit(string(body)), Label: q.Label}))
	}
	return nil
}
