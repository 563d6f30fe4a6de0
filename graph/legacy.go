package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/domain"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
)

// Stores written before the documents store (documents.go) keep each
// sentence as four quads labelled with its article: in_article,
// sentence_text, sentence_start and sentence_end, on the sentence's node
// (sent:ID#n). They had no article text. Migrate converts such a store,
// which Open refuses: each article's document is rebuilt from its
// sentences, and the sentence quads give way to the quad naming the
// document; the look-up keys that version gave events and statements go
// too (see lookupKeys). Dumps of such stores have their sentences
// converted the same way by ImportNQuads.

// legacyPredicates are the predicates of the sentence quads.
var legacyPredicates = []domain.Predicate{domain.InArticle, domain.SentenceText, domain.SentenceStart, domain.SentenceEnd}

func isLegacy(p domain.Predicate) bool { return slices.Contains(legacyPredicates, p) }

// keepsSentences reports whether the store holds sentence quads, as one
// of the earlier format does.
func (s *Store) keepsSentences(ctx context.Context) (bool, error) {
	v := pred(domain.InArticle)
	switch qs := s.qs.(type) {
	case *kv.QuadStore:
		// a key-value store keeps a value only while a quad uses it, and
		// finds it in one read; it has no predicate index to ask instead
		return qs.ValueOf(v) != nil, nil
	case *sqlStore:
		var found bool
		err := qs.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM quads WHERE predicate_hash = $1)`,
			csql.HashOf(v).SQLValue()).Scan(&found)
		if err != nil {
			return false, fmt.Errorf("look for sentence quads: %w", err)
		}
		return found, nil
	}
	found := false
	err := s.iterate(ctx, quad.Predicate, v, func(quad.Quad) error {
		found = true
		return errStop
	})
	if errors.Is(err, errStop) {
		err = nil
	}
	return found, err
}

// errStop ends an iteration early.
var errStop = errors.New("stop")

// legacySentences collects the sentence quads of articles, to rebuild
// their documents.
type legacySentences map[string]map[int]*domain.Sentence // article id → index → sentence

// add records q if it is a sentence quad, and reports whether it was.
func (l legacySentences) add(q quad.Quad) bool {
	p := domain.Predicate(valueString(q.Predicate))
	if !isLegacy(p) {
		return false
	}
	article, n, _, err := domain.ParseEvidenceLabel(valueString(q.Subject))
	if err != nil {
		return true // not a sentence node: nothing of a document
	}
	if l[article] == nil {
		l[article] = map[int]*domain.Sentence{}
	}
	sen := l[article][n]
	if sen == nil {
		sen = &domain.Sentence{Index: n, Start: -1, End: -1}
		l[article][n] = sen
	}
	switch p {
	case domain.SentenceText:
		sen.Text = valueString(q.Object)
	case domain.SentenceStart:
		sen.Start = intValue(q.Object)
	case domain.SentenceEnd:
		sen.End = intValue(q.Object)
	}
	return true
}

// document rebuilds article id's document from its sentence quads. The
// earlier format kept no text besides the sentences, so what lay between
// them (spaces, line breaks) becomes spaces; every sentence and its
// offsets are kept exactly. Sentences that do not fit one text (missing
// offsets, overlaps that disagree) are an error: such a store is to be
// loaded again.
func (l legacySentences) document(id string) (*document, error) {
	sens := l[id]
	a := domain.Article{ID: id, Sentences: make([]domain.Sentence, len(sens))}
	length := 0
	for n, sen := range sens {
		if n < 0 || n >= len(sens) {
			return nil, fmt.Errorf("article %q: sentence %d of %d: the sentences are not numbered 0 to %d", id, n, len(sens), len(sens)-1)
		}
		if sen.Start < 0 || sen.End < sen.Start || sen.End-sen.Start != len([]rune(sen.Text)) {
			return nil, fmt.Errorf("article %q: sentence %d: offsets %d–%d do not fit its text of %d characters", id, n, sen.Start, sen.End, len([]rune(sen.Text)))
		}
		a.Sentences[n] = *sen
		length = max(length, sen.End)
	}
	text := []rune(strings.Repeat(" ", length))
	placed := make([]bool, length)
	for _, sen := range a.Sentences {
		for i, r := range []rune(sen.Text) {
			at := sen.Start + i
			if placed[at] && text[at] != r {
				return nil, fmt.Errorf("article %q: sentence %d overlaps another one that reads otherwise", id, sen.Index)
			}
			text[at], placed[at] = r, true
		}
	}
	a.Text = string(text)
	d, err := newDocument(a)
	if err != nil {
		return nil, fmt.Errorf("article %q: %w", id, err)
	}
	return d, nil
}

// migrateBatch is the number of articles converted per write.
const migrateBatch = 200

// migrateDocuments converts a store of the earlier format, batch articles
// per write, and returns the number of articles converted. A conversion
// that dies midway is taken up again by the next: an article with both
// its sentence quads and its document is converted again, to the same
// document.
func (s *Store) migrateDocuments(ctx context.Context) (int, error) {
	if !s.legacy {
		return 0, nil
	}
	articles, err := s.legacyArticles(ctx)
	if err != nil {
		return 0, err
	}
	done := 0
	for len(articles) > 0 {
		batch := articles[:min(len(articles), migrateBatch)]
		articles = articles[len(batch):]
		if err := s.migrateArticles(ctx, batch); err != nil {
			return done, err
		}
		done += len(batch)
	}
	s.legacy = false
	s.cache.invalidate()
	return done, nil
}

// legacyArticles returns the ids of the articles that have sentence quads.
func (s *Store) legacyArticles(ctx context.Context) ([]string, error) {
	seen := map[string]bool{}
	err := s.iterate(ctx, quad.Predicate, pred(domain.InArticle), func(q quad.Quad) error {
		if id, ok := articleIDOf(valueString(q.Object)); ok {
			seen[id] = true
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list articles with sentence quads: %w", err)
	}
	out := make([]string, 0, len(seen))
	for id := range seen {
		out = append(out, id)
	}
	slices.Sort(out)
	return out, nil
}

// migrateArticles converts the given articles in one write.
func (s *Store) migrateArticles(ctx context.Context, ids []string) error {
	if err := s.writeMu.lock(ctx); err != nil {
		return err
	}
	defer s.writeMu.unlock()
	var (
		deltas []cgraph.Delta
		docs   []storedDoc
	)
	for _, id := range ids {
		quads, err := s.readArticleQuads(ctx, id, s.iterate)
		if err != nil {
			return fmt.Errorf("article %q: read its quads: %w", id, err)
		}
		// an event's or statement's look-up keys go too (see lookupKeys):
		// they share the label of the node's type quad
		keyless := map[quad.Value]bool{}
		for q := range quads {
			if q.Predicate == pred(domain.Type) && !domain.NodeType(valueString(q.Object)).IsActor() {
				keyless[q.Subject] = true
			}
		}
		sentences := legacySentences{}
		var stale []quad.Quad
		for _, q := range sortedQuads(quads) {
			if sentences.add(q) || q.Predicate == pred(predDocument) || q.Predicate == pred(predKey) && keyless[q.Subject] {
				stale = append(stale, q)
			}
		}
		d, err := sentences.document(id)
		if err != nil {
			return fmt.Errorf("%w (run `server load` into a new store instead)", err)
		}
		body, version := d.encode()
		docs = append(docs, storedDoc{article: id, version: version, body: body})
		// the write path's rule: add only quads not stored, delete only
		// quads read (the counts rely on it)
		named := documentQuad(id, version)
		if !slices.Contains(stale, named) {
			deltas = append(deltas, cgraph.Delta{Quad: named, Action: cgraph.Add})
		}
		for _, q := range stale {
			if q != named {
				deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
			}
		}
	}
	return s.writeWithDocuments(deltas, docs)
}
