package graph

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"sort"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// FactsHeader is the header of the facts.csv export (ONTOLOGY.md).
var FactsHeader = []string{"subject_id", "subject", "subject_type", "predicate", "object_id", "object", "object_type", "article", "sentence"}

// WriteCSV writes the whole graph as facts.csv: one row per fact per
// article, with the first sentence of the article that states it. Rows are
// ordered by article, subject, predicate and object so that two exports of
// the same graph are byte-identical.
func (s *Store) WriteCSV(ctx context.Context, w io.Writer) error {
	type row struct {
		article, subject, predicate, object string
		literal                             bool
		sentence                            int
	}
	type key struct{ article, s, p, o string }
	rows := map[key]*row{}
	names := map[string][]string{}
	aliases := map[string][]string{}
	types := map[string]string{}
	hidden, err := s.hiddenFacts(ctx)
	if err != nil {
		return fmt.Errorf("export csv: %w", err)
	}
	err = s.allQuads(ctx, func(q quad.Quad) error {
		p := Predicate(valueString(q.Predicate))
		subj, obj := valueString(q.Subject), valueString(q.Object)
		switch p {
		case Name:
			names[subj] = append(names[subj], obj)
		case Alias:
			aliases[subj] = append(aliases[subj], obj)
		case Type:
			types[subj] = obj
		}
		if p == predKey || p.IsMeta() && p != Type && p != Name && p != Alias && p != MentionedIn || hidden[quadFactID(q)] {
			return nil
		}
		articleID, n, _, err := ParseEvidenceLabel(valueString(q.Label))
		if err != nil {
			if types[subj] == string(ArticleNode) || p == Type || p == Name {
				return nil // the article node's own rows are labelled with the article, not a sentence
			}
			return fmt.Errorf("export csv: quad %v: %w", q, err)
		}
		k := key{articleID, subj, string(p), obj}
		if r, ok := rows[k]; !ok || n < r.sentence {
			_, isIRI := q.Object.(quad.IRI)
			rows[k] = &row{articleID, subj, string(p), obj, !isIRI, n}
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
	sorted := make([]*row, 0, len(rows))
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
	sentences := newEvidenceReader(s)
	cw := csv.NewWriter(w)
	if err := cw.Write(FactsHeader); err != nil {
		return fmt.Errorf("export csv: %w", err)
	}
	for _, r := range sorted {
		ev, err := sentences.read(ctx, SentenceID(r.article, r.sentence))
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

// WriteNQuads writes every quad of the store as N-Quads, sorted, so that a
// dump can be diffed and loaded back with ReadNQuads.
func (s *Store) WriteNQuads(ctx context.Context, w io.Writer) error {
	var all []quad.Quad
	if err := s.allQuads(ctx, func(q quad.Quad) error { all = append(all, q); return nil }); err != nil {
		return fmt.Errorf("export nquads: %w", err)
	}
	sort.Slice(all, func(i, j int) bool { return quadKey(all[i]) < quadKey(all[j]) })
	for i, q := range all {
		all[i] = encodeQuad(q) // ids with spaces and the like (nquads.go)
	}
	qw := nquads.NewWriter(w)
	if _, err := qw.WriteQuads(all); err != nil {
		return fmt.Errorf("export nquads: %w", err)
	}
	if err := qw.Close(); err != nil {
		return fmt.Errorf("export nquads: %w", err)
	}
	return nil
}
