package graph

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"

	"github.com/actorgraph/actorgraph/domain"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// ErrInvalid marks an extraction that cannot be written as it is: nothing
// of it is stored.
var ErrInvalid = errors.New("invalid extraction")

// WriteResult says what WriteArticle changed in the store.
type WriteResult struct {
	ArticleID string
	Facts     int // facts in the extraction
	Added     int // quads added
	Removed   int // quads removed (facts the article no longer states)
}

// Unchanged reports whether the write found the article already stored
// exactly as extracted.
func (r WriteResult) Unchanged() bool { return r.Added == 0 && r.Removed == 0 }

// WriteArticle stores an article's extraction as one transaction. Writing
// replaces what the store held for that article: quads the new extraction
// no longer states are removed, new ones added, and loading the same
// article twice changes nothing.
//
// Before writing, people are matched against the actors already stored
// (see resolve), so that "Witkoff" in a later article is the Steve Witkoff
// an earlier one introduced.
func (s *Store) WriteArticle(ctx context.Context, ex domain.Extraction) (WriteResult, error) {
	res, err := s.WriteArticles(ctx, []Item{{Extraction: ex}})
	if err != nil {
		return WriteResult{ArticleID: ex.Article.ID, Facts: len(ex.Facts)}, err
	}
	return res[0], nil
}

// DeleteArticle removes an article and the evidence it gave. A fact stated
// by other articles too stays, with their evidence. It returns the number of
// quads removed, and ErrNotFound if the article is not stored.
func (s *Store) DeleteArticle(ctx context.Context, id string) (int, error) {
	if err := s.writeMu.lock(ctx); err != nil {
		return 0, fmt.Errorf("delete article %q: %w", id, err)
	}
	defer s.writeMu.unlock()
	have, err := s.articleQuads(ctx, id)
	if err != nil {
		return 0, fmt.Errorf("delete article %q: %w", id, err)
	}
	if len(have) == 0 {
		return 0, fmt.Errorf("delete article %q: %w", id, ErrNotFound)
	}
	deltas := make([]cgraph.Delta, 0, len(have))
	for _, q := range sortedQuads(have) {
		deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
	}
	if err := s.applyDeltas(deltas, cgraph.IgnoreOpts{IgnoreMissing: true}); err != nil {
		return 0, fmt.Errorf("delete article %q: %w", id, err)
	}
	// after the quads: a delete that dies midway leaves none naming a
	// document that is gone
	if err := s.docs.prune(context.Background(), map[string]string{id: ""}); err != nil {
		return 0, fmt.Errorf("delete article %q: %w", id, err)
	}
	return len(deltas), nil
}

// validate checks that every fact points at a sentence of the article and
// at nodes the extraction defines, so that a broken extraction is refused
// whole instead of being half written.
func validate(ex domain.Extraction) error {
	if ex.Article.ID == "" {
		return fmt.Errorf("%w: article has no id", ErrInvalid)
	}
	nodes := make(map[string]bool, len(ex.Nodes))
	for _, n := range ex.Nodes {
		if n.ID == "" || n.Name == "" || n.Type == "" {
			return fmt.Errorf("%w: node %q has no id, name or type", ErrInvalid, n.ID)
		}
		nodes[n.ID] = true
	}
	if _, err := newDocument(ex.Article); err != nil {
		return err
	}
	articleNode := domain.ArticleID(ex.Article.ID)
	for _, f := range ex.Facts {
		if f.Sentence < 0 || f.Sentence >= len(ex.Article.Sentences) {
			return fmt.Errorf("%w: fact %s %s %s: sentence %d out of range", ErrInvalid, f.Subject, f.Predicate, f.Object, f.Sentence)
		}
		if !nodes[f.Subject] {
			return fmt.Errorf("%w: fact %s %s %s: unknown subject", ErrInvalid, f.Subject, f.Predicate, f.Object)
		}
		if !f.Literal && !nodes[f.Object] && f.Object != articleNode {
			return fmt.Errorf("%w: fact %s %s %s: unknown object", ErrInvalid, f.Subject, f.Predicate, f.Object)
		}
		if f.Predicate == "" {
			return fmt.Errorf("%w: fact %s ? %s: no predicate", ErrInvalid, f.Subject, f.Object)
		}
	}
	return nil
}

// articleQuads builds the quads that represent ex, whose document has the
// given version (see documents.go). Article attributes are labelled with
// the article node; a node's type, names and keys with the evidence of the
// first fact that mentions it; each fact with its own evidence.
func articleQuads(ex domain.Extraction, version string) map[quad.Quad]struct{} {
	a := ex.Article
	art := domain.ArticleID(a.ID)
	out := make(map[quad.Quad]struct{}, 4*len(ex.Facts)+8)
	add := func(s, p, o, label quad.Value) {
		out[quad.Quad{Subject: s, Predicate: p, Object: o, Label: label}] = struct{}{}
	}
	artLabel := iri(art)
	add(iri(art), pred(domain.Type), lit(string(domain.ArticleNode)), artLabel)
	add(iri(art), pred(domain.Name), lit(articleName(a)), artLabel)
	add(iri(art), pred(predDocument), lit(version), artLabel)
	for p, v := range map[domain.Predicate]string{domain.ArticleTitle: a.Title, domain.ArticleDate: a.Date, domain.ArticleSource: a.Source, domain.ArticleOutlet: a.Outlet} {
		if v != "" {
			add(iri(art), pred(p), lit(v), artLabel)
		}
	}
	addPublication(add, a, artLabel)

	first := map[string]domain.Fact{} // node ID → the earliest fact naming it
	for _, f := range ex.Facts {
		for _, id := range []string{f.Subject, f.Object} {
			if f.Literal && id == f.Object {
				continue
			}
			if g, ok := first[id]; !ok || f.Sentence < g.Sentence {
				first[id] = f
			}
		}
		var o quad.Value = iri(f.Object)
		if f.Literal {
			o = lit(f.Object)
		}
		add(iri(f.Subject), pred(f.Predicate), o, iri(domain.EvidenceLabel(a.ID, f.Sentence, f.Hedging)))
	}
	for _, n := range ex.Nodes {
		f, ok := first[n.ID]
		if !ok {
			continue // a node no fact uses would be an orphan: the API could never reach it
		}
		label := iri(domain.EvidenceLabel(a.ID, f.Sentence, domain.Asserted))
		add(iri(n.ID), pred(domain.Type), lit(string(n.Type)), label)
		add(iri(n.ID), pred(domain.Name), lit(n.Name), label)
		for _, al := range n.Aliases {
			if al != n.Name && al != "" {
				add(iri(n.ID), pred(domain.Alias), lit(al), label)
			}
		}
		for _, k := range lookupKeys(n) {
			add(iri(n.ID), pred(predKey), lit(k), label)
		}
	}
	return out
}

// lookupKeys returns the look-up keys (predKey) of node n. Only actors
// have them: the keys serve search, FindActor and the resolution of
// people, which answer actors only, and an event's or a statement's keys
// were quads in every article that no query read.
func lookupKeys(n domain.Node) []string {
	if !n.Type.IsActor() {
		return nil
	}
	keys := []string{domain.Slug(n.Name)}
	if n.Type == domain.Person {
		keys = append(keys, LooseKey(n.Name))
		if sn := surname(n.Name); sn != "" {
			// later articles and users name people by surname alone
			keys = append(keys, domain.Slug(sn), LooseKey(sn))
		}
	}
	for _, al := range n.Aliases {
		if al != n.Name && al != "" {
			keys = append(keys, domain.Slug(al))
		}
	}
	return keys
}

// articleName is the readable name of an article node: its title, or its id.
func articleName(a domain.Article) string {
	if a.Title != "" {
		return a.Title
	}
	return a.ID
}

// hedgings lists every Hedging, for enumerating the evidence labels a
// sentence may have given.
var hedgings = []domain.Hedging{domain.Asserted, domain.Attributed, domain.Disputed, domain.Unconfirmed}

// articleQuads returns every stored quad that article id contributed: the
// quads labelled with the article node or with one of its sentences.
func (s *Store) articleQuads(ctx context.Context, id string) (map[quad.Quad]struct{}, error) {
	return s.readArticleQuads(ctx, id, s.quadsWith)
}

// readArticleQuads is articleQuads reading through read: the read cache
// (quadsWith), or the store itself (iterate) for a pass over every
// article that would only churn the cache. The sentences whose evidence
// labels it reads are those of the document the article names (and, in a
// store of the earlier format, those its sentence quads name).
func (s *Store) readArticleQuads(ctx context.Context, id string, read func(context.Context, quad.Direction, quad.Value, func(quad.Quad) error) error) (map[quad.Quad]struct{}, error) {
	out := map[quad.Quad]struct{}{}
	collect := func(q quad.Quad) error { out[q] = struct{}{}; return nil }
	art := iri(domain.ArticleID(id))
	if err := read(ctx, quad.Label, art, collect); err != nil {
		return nil, err
	}
	sentences := map[int]bool{}
	for q := range out {
		switch q.Predicate {
		case pred(predDocument):
			d, err := s.storedDocument(ctx, id, valueString(q.Object))
			if err != nil {
				return nil, err
			}
			for n := range d.Sentences {
				sentences[n] = true
			}
		case pred(domain.InArticle):
			_, n, _, err := domain.ParseEvidenceLabel(valueString(q.Subject))
			if err != nil {
				return nil, err
			}
			sentences[n] = true
		}
	}
	for n := range sentences {
		for _, h := range hedgings {
			if err := read(ctx, quad.Label, iri(domain.EvidenceLabel(id, n, h)), collect); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// sortedQuads orders a quad set so that writes are deterministic.
// Each quad's key is built once: building it inside the comparison cost a
// sixth of a bulk load's write time.
func sortedQuads(set map[quad.Quad]struct{}) []quad.Quad {
	type keyed struct {
		key string
		q   quad.Quad
	}
	ks := make([]keyed, 0, len(set))
	for q := range set {
		ks = append(ks, keyed{quadKey(q), q})
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i].key < ks[j].key })
	out := make([]quad.Quad, len(ks))
	for i, k := range ks {
		out[i] = k.q
	}
	return out
}

func quadKey(q quad.Quad) string {
	return valueString(q.Label) + "\x00" + valueString(q.Subject) + "\x00" + valueString(q.Predicate) + "\x00" + valueString(q.Object)
}

// intValue reads an integer literal.
func intValue(v quad.Value) int {
	switch v := v.(type) {
	case quad.Int:
		return int(v)
	case quad.String:
		n, _ := strconv.Atoi(string(v))
		return n
	}
	return 0
}
