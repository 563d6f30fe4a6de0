package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/domain"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// Item is an article to write: its extraction, and the content hash of the
// text it was extracted from ("" when there is none, as for the API's
// submissions, which carry their hash in their id).
type Item struct {
	Extraction domain.Extraction
	Hash       string
}

// WriteArticles writes several articles in one transaction, all or
// nothing: if any article is invalid, or the backend refuses the write,
// none is stored. Each article is written as WriteArticle would write it
// alone, in order: its quads replace the ones stored for it, and its people
// are resolved against the stored actors and against those of the articles
// before it in items. Batching saves a transaction (a bolt fsync, a
// PostgreSQL commit) per article.
//
// One exception keeps that equivalence exact: an article that removes
// stored quads (one whose text changed since it was loaded) ends a
// transaction, so that the articles after it resolve against the store
// without the quads it removed. Every transaction still holds whole
// articles. Two items with the same article id are an ErrInvalid.
func (s *Store) WriteArticles(ctx context.Context, items []Item) ([]WriteResult, error) {
	results := make([]WriteResult, len(items))
	ids := make(map[string]bool, len(items))
	for i, it := range items {
		results[i] = WriteResult{ArticleID: it.Extraction.Article.ID, Facts: len(it.Extraction.Facts)}
		if err := validate(it.Extraction); err != nil {
			return nil, fmt.Errorf("write article %q: %w", it.Extraction.Article.ID, err)
		}
		if ids[it.Extraction.Article.ID] {
			return nil, fmt.Errorf("write article %q: %w: twice in one batch", it.Extraction.Article.ID, ErrInvalid)
		}
		ids[it.Extraction.Article.ID] = true
	}
	if err := s.writeMu.lock(ctx); err != nil {
		return nil, fmt.Errorf("write %d articles: %w", len(items), err)
	}
	defer s.writeMu.unlock()

	var (
		deltas []cgraph.Delta
		docs   []storedDoc // the new documents the deltas name
		batch  = newPending()
	)
	flush := func() error {
		if len(deltas) == 0 {
			return nil
		}
		err := s.writeWithDocuments(deltas, docs)
		deltas, docs, batch = deltas[:0], docs[:0], newPending()
		return err
	}
	for i, it := range items {
		id := it.Extraction.Article.ID
		d, doc, res, err := s.articleDeltas(ctx, it, batch)
		if err != nil {
			return nil, fmt.Errorf("write article %q: %w", id, err)
		}
		res.Facts = results[i].Facts
		results[i] = res
		deltas = append(deltas, d...)
		if doc != nil {
			docs = append(docs, *doc)
		}
		if res.Removed > 0 {
			if err := flush(); err != nil {
				return nil, fmt.Errorf("write articles %q to %q: %w", items[0].Extraction.Article.ID, id, err)
			}
		}
	}
	if err := flush(); err != nil {
		return nil, fmt.Errorf("write articles %q to %q: %w", items[0].Extraction.Article.ID, items[len(items)-1].Extraction.Article.ID, err)
	}
	return results, nil
}

// writeWithDocuments stores docs, then applies deltas, then drops the
// versions of docs' articles that the deltas replaced: the order in which a
// write that dies midway leaves no quad naming a document that is not
// stored (see documents.go).
func (s *Store) writeWithDocuments(deltas []cgraph.Delta, docs []storedDoc) error {
	ctx := context.Background() // a write is not cancelled halfway (see applyDeltas)
	if err := s.docs.put(ctx, docs); err != nil {
		return err
	}
	if err := s.applyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
		return err
	}
	keep := map[string]string{}
	for _, d := range deltas {
		if d.Action == cgraph.Delete && d.Quad.Predicate == pred(predDocument) {
			keep[labelArticle(valueString(d.Quad.Label))] = ""
		}
	}
	if len(keep) == 0 {
		return nil
	}
	for _, d := range docs {
		if _, ok := keep[d.article]; ok {
			keep[d.article] = d.version
		}
	}
	return s.docs.prune(ctx, keep)
}

// articleDeltas resolves an article's people against the store and the
// articles pending in the same transaction, and returns the deltas that
// turn what the store holds for the article into its new quads, and its
// document when the store does not hold that version yet. It adds the new
// quads to pending.
func (s *Store) articleDeltas(ctx context.Context, it Item, pending *pending) ([]cgraph.Delta, *storedDoc, WriteResult, error) {
	res := WriteResult{ArticleID: it.Extraction.Article.ID}
	doc, err := newDocument(it.Extraction.Article)
	if err != nil {
		return nil, nil, res, err
	}
	body, version := doc.encode()
	// journalists' merges and splits first, so that a reload keeps them
	ex, err := s.applyActorReviews(ctx, it.Extraction)
	if err != nil {
		return nil, nil, res, fmt.Errorf("apply reviews: %w", err)
	}
	ex, err = s.resolve(ctx, ex, pending)
	if err != nil {
		return nil, nil, res, fmt.Errorf("resolve actors: %w", err)
	}
	want := articleQuads(ex, version)
	art := iri(domain.ArticleID(ex.Article.ID))
	if it.Hash != "" {
		want[quad.Quad{Subject: art, Predicate: pred(domain.ArticleHash), Object: lit(it.Hash), Label: art}] = struct{}{}
	}
	have, err := s.articleQuads(ctx, ex.Article.ID)
	if err != nil {
		return nil, nil, res, fmt.Errorf("read stored quads: %w", err)
	}
	var deltas []cgraph.Delta
	for _, q := range sortedQuads(have) {
		if _, ok := want[q]; !ok {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
			res.Removed++
		}
	}
	for _, q := range sortedQuads(want) {
		if _, ok := have[q]; !ok {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
			res.Added++
			pending.add(q)
		}
	}
	var stored *storedDoc
	if _, ok := have[documentQuad(ex.Article.ID, version)]; !ok {
		stored = &storedDoc{article: ex.Article.ID, version: version, body: body}
	}
	return deltas, stored, res, nil
}

// pending indexes the quads added by the articles of a transaction not yet
// applied, for what resolve asks of the store: whether a node exists, and
// which nodes carry a name key.
type pending struct {
	values map[string]bool     // node IDs used by a pending quad
	keys   map[string][]string // name key → IDs of the nodes carrying it
}

func newPending() *pending {
	return &pending{values: map[string]bool{}, keys: map[string][]string{}}
}

func (p *pending) add(q quad.Quad) {
	if p == nil {
		return
	}
	if s, ok := q.Subject.(quad.IRI); ok {
		p.values[string(s)] = true
	}
	if o, ok := q.Object.(quad.IRI); ok {
		p.values[string(o)] = true
	}
	if q.Predicate == pred(predKey) {
		k, id := valueString(q.Object), valueString(q.Subject)
		if !slices.Contains(p.keys[k], id) {
			p.keys[k] = append(p.keys[k], id)
		}
	}
}

// hasNode reports whether a pending quad uses node id.
func (p *pending) hasNode(id string) bool { return p != nil && p.values[id] }

// HasArticleHash reports whether article id is stored with content hash
// (see ArticleHash). It reads the quads whose object is the hash, a value
// only that article's hash quad uses: one index read whatever the size of
// the store (every backend indexes objects; bolt has no predicate index,
// so reading all article_hash quads would scan the whole store).
func (s *Store) HasArticleHash(ctx context.Context, id, hash string) (bool, error) {
	if hash == "" {
		return false, nil
	}
	art := iri(domain.ArticleID(id))
	found := false
	err := s.quadsWith(ctx, quad.Object, lit(hash), func(q quad.Quad) error {
		if q.Subject == art && q.Predicate == pred(domain.ArticleHash) {
			found = true
		}
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("article %q: read content hash: %w", id, err)
	}
	return found, nil
}

// ArticleHashes returns the content hash stored for each article loaded
// with one (see ArticleHash), by article id. On bolt it scans the whole
// store: to test one article, use HasArticleHash.
func (s *Store) ArticleHashes(ctx context.Context) (map[string]string, error) {
	out := map[string]string{}
	err := s.quadsWith(ctx, quad.Predicate, pred(domain.ArticleHash), func(q quad.Quad) error {
		if id, ok := articleIDOf(valueString(q.Subject)); ok {
			out[id] = valueString(q.Object)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read article hashes: %w", err)
	}
	return out, nil
}

// articleIDOf returns the article id of an article node ID.
func articleIDOf(node string) (string, bool) {
	return strings.CutPrefix(node, domain.ArticleID(""))
}
