package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/cayleygraph/quad"
)

// Node returns the node with the given ID, or ErrNotFound.
func (s *Store) Node(ctx context.Context, id string) (domain.Node, error) {
	if v, ok := s.cache.memo(memoNode, id); ok {
		n := v.(domain.Node)
		n.Aliases = slices.Clone(n.Aliases)
		return n, nil
	}
	gen := s.cache.generation()
	if !s.hasNode(id) {
		return domain.Node{}, fmt.Errorf("node %q: %w", id, ErrNotFound)
	}
	n := domain.Node{ID: id}
	var names, aliases []string
	seen := map[string]bool{}
	collect := func(q quad.Quad) error {
		v := valueString(q.Object)
		switch domain.Predicate(valueString(q.Predicate)) {
		case domain.Type:
			n.Type = domain.NodeType(v)
		case domain.Name:
			if !seen[v] {
				names = append(names, v)
				seen[v] = true
			}
		case domain.Alias:
			aliases = append(aliases, v)
		}
		return nil
	}
	if err := s.withPredicates(ctx, iri(id), []domain.Predicate{domain.Type, domain.Name, domain.Alias}, collect); err != nil {
		return domain.Node{}, fmt.Errorf("node %q: %w", id, err)
	}
	if n.Type == "" {
		return domain.Node{}, fmt.Errorf("node %q: %w", id, ErrNotFound)
	}
	n.Name, n.Aliases = canonicalName(names, aliases)
	kept := n
	kept.Aliases = slices.Clone(n.Aliases) // the caller may change its copy
	s.cache.putMemo(gen, memoNode, id, kept, 1+len(n.Aliases))
	return n, nil
}

// canonicalName picks a node's name from the names its articles gave it:
// the longest (the fullest form: "Volodymyr Zelenskyy" over "Zelenskyy"),
// ties broken alphabetically so that the choice does not depend on load
// order. The other names become aliases, sorted and without duplicates.
func canonicalName(names, aliases []string) (string, []string) {
	if len(names) == 0 {
		return "", nil
	}
	best := names[0]
	for _, n := range names[1:] {
		if len([]rune(n)) > len([]rune(best)) || len([]rune(n)) == len([]rune(best)) && n < best {
			best = n
		}
	}
	set := map[string]bool{}
	for _, a := range append(append([]string{}, names...), aliases...) {
		if a != best {
			set[a] = true
		}
	}
	out := make([]string, 0, len(set))
	for a := range set {
		out = append(out, a)
	}
	sort.Strings(out)
	return best, out
}

// FindActor returns the actor named name: a canonical name or an alias,
// compared case-, accent- and punctuation-insensitively, or a person's
// surname. An exact canonical name wins over an alias, an alias over a
// surname; among equals, the node with the most facts. It returns
// ErrNotFound when nothing matches.
func (s *Store) FindActor(ctx context.Context, name string) (domain.Node, error) {
	ids, err := s.nodesWithKey(ctx, domain.Slug(name))
	if err == nil && len(ids) == 0 {
		// a spelling no article used: try the transliteration-folded form
		ids, err = s.nodesWithKey(ctx, LooseKey(name))
	}
	if err != nil {
		return domain.Node{}, fmt.Errorf("find actor %q: %w", name, err)
	}
	var best domain.Node
	bestRank, bestDegree := -1, -1
	for _, id := range ids {
		n, err := s.Node(ctx, id)
		if err != nil {
			return domain.Node{}, fmt.Errorf("find actor %q: %w", name, err)
		}
		if !n.Type.IsActor() {
			continue // an event's or statement's key, in a store written before lookupKeys
		}
		rank := matchRank(n, name)
		degree := 0
		if rank >= bestRank {
			if degree, err = s.degree(ctx, id); err != nil {
				return domain.Node{}, fmt.Errorf("find actor %q: %w", name, err)
			}
		}
		if rank > bestRank || rank == bestRank && degree > bestDegree {
			best, bestRank, bestDegree = n, rank, degree
		}
	}
	if best.ID == "" {
		return domain.Node{}, fmt.Errorf("find actor %q: %w", name, ErrNotFound)
	}
	return best, nil
}

// Match ranks, best last.
const (
	rankNone = iota
	rankContains
	rankPrefix
	rankSurname
	rankAlias
	rankName
)

// matchRank says how well query names n.
func matchRank(n domain.Node, query string) int {
	q := domain.Slug(query)
	if q == "" {
		return rankNone
	}
	if domain.Slug(n.Name) == q {
		return rankName
	}
	best := rankNone
	for _, a := range n.Aliases {
		if domain.Slug(a) == q {
			return rankAlias
		}
	}
	if n.Type == domain.Person && domain.Slug(surname(n.Name)) == q {
		return rankSurname
	}
	for _, a := range append([]string{n.Name}, n.Aliases...) {
		switch k := domain.Slug(a); {
		case strings.HasPrefix(k, q):
			best = max(best, rankPrefix)
		case strings.Contains(k, q):
			best = max(best, rankContains)
		}
	}
	return best
}

// degree counts the facts a node takes part in, as subject or object.
func (s *Store) degree(ctx context.Context, id string) (int, error) {
	n := 0
	count := func(q quad.Quad) error {
		if p := domain.Predicate(valueString(q.Predicate)); !p.IsMeta() && !isInternal(p) {
			n++
		}
		return nil
	}
	if err := s.quadsWith(ctx, quad.Subject, iri(id), count); err != nil {
		return 0, err
	}
	err := s.quadsWith(ctx, quad.Object, iri(id), count)
	return n, err
}

// Search returns up to limit actors (people, organizations, countries and
// places) whose name or an alias contains query, folded as Slug folds it,
// best matches first: exact name, alias, surname, prefix, then substring.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]domain.Node, error) {
	q := domain.Slug(query)
	if q == "" || limit <= 0 {
		return nil, nil
	}
	loose := strings.TrimPrefix(LooseKey(query), "~")
	keys, err := s.searchKeys(ctx)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	ids := map[string]bool{}
	for sk := range keys {
		k := sk.key
		if strings.Contains(k, q) || loose != "" && strings.HasPrefix(k, "~") && strings.Contains(k, loose) {
			ids[sk.node] = true
		}
	}
	type hit struct {
		n    domain.Node
		rank int
	}
	var hits []hit
	for id := range ids {
		n, err := s.Node(ctx, id)
		if errors.Is(err, ErrNotFound) {
			continue // a kept key whose node a write has just removed
		}
		if err != nil {
			return nil, fmt.Errorf("search %q: %w", query, err)
		}
		if !n.Type.IsActor() {
			continue
		}
		hits = append(hits, hit{n, matchRank(n, query)})
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].rank != hits[j].rank {
			return hits[i].rank > hits[j].rank
		}
		return hits[i].n.Name < hits[j].n.Name
	})
	out := make([]domain.Node, 0, min(limit, len(hits)))
	for _, h := range hits[:min(limit, len(hits))] {
		out = append(out, h.n)
	}
	return out, nil
}

// Relations returns the facts in which node id is subject or object, with
// their evidence, except the node's own type, names and mentions. Relations to other
// nodes come first, then literal attributes (titles, dates, counts), each
// group ordered by predicate and the other end's name.
//
// The result is memoised in the read cache (a hub's relations are
// thousands of pieces of evidence to gather and sort for each page of
// them): callers must not modify it.
func (s *Store) Relations(ctx context.Context, id string) ([]domain.Relation, error) {
	if v, ok := s.cache.memo(memoRelations, id); ok {
		return v.([]domain.Relation), nil
	}
	gen := s.cache.generation()
	out, err := s.relations(ctx, id)
	if err != nil {
		return nil, err
	}
	weight := len(out)
	for _, r := range out {
		weight += len(r.Evidence)
	}
	s.cache.putMemo(gen, memoRelations, id, out, weight)
	return out, nil
}

func (s *Store) relations(ctx context.Context, id string) ([]domain.Relation, error) {
	type key struct{ s, p, o string }
	evidence := map[key][]domain.Evidence{}
	labels := map[key][]string{}
	literal := map[key]bool{}
	ev := newEvidenceReader(s)
	hidden, err := s.hiddenFacts(ctx)
	if err != nil {
		return nil, fmt.Errorf("relations of %q: %w", id, err)
	}
	collect := func(q quad.Quad) error {
		p := domain.Predicate(valueString(q.Predicate))
		if p.IsMeta() || isInternal(p) || hidden[quadFactID(q)] {
			return nil
		}
		k := key{valueString(q.Subject), string(p), valueString(q.Object)}
		if _, isIRI := q.Object.(quad.IRI); !isIRI {
			literal[k] = true
		}
		e, err := ev.read(ctx, valueString(q.Label))
		if err != nil {
			return err
		}
		evidence[k] = append(evidence[k], e)
		labels[k] = append(labels[k], valueString(q.Label))
		return nil
	}
	if err := s.quadsWith(ctx, quad.Subject, iri(id), collect); err != nil {
		return nil, fmt.Errorf("relations of %q: %w", id, err)
	}
	if err := s.quadsWith(ctx, quad.Object, iri(id), collect); err != nil {
		return nil, fmt.Errorf("relations of %q: %w", id, err)
	}
	nodes := newNodeCache(s)
	out := make([]domain.Relation, 0, len(evidence))
	for k, evs := range evidence {
		r := domain.Relation{Predicate: domain.Predicate(k.p), Evidence: sortEvidence(evs)}
		var err error
		if r.Predicate.IsRole() {
			if r.Title, err = s.title(ctx, k.s, labels[k]); err != nil {
				return nil, fmt.Errorf("relations of %q: %w", id, err)
			}
		}
		if r.Subject, err = nodes.get(ctx, k.s); err != nil {
			return nil, fmt.Errorf("relations of %q: %w", id, err)
		}
		if literal[k] {
			r.Literal = k.o
		} else if r.Object, err = nodes.get(ctx, k.o); err != nil {
			return nil, fmt.Errorf("relations of %q: %w", id, err)
		}
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if (a.Object.ID == "") != (b.Object.ID == "") {
			return a.Object.ID != ""
		}
		if a.Predicate != b.Predicate {
			return a.Predicate < b.Predicate
		}
		if a.Subject.Name != b.Subject.Name {
			return a.Subject.Name < b.Subject.Name
		}
		return a.Object.Name+a.Literal < b.Object.Name+b.Literal
	})
	return out, nil
}

// sortEvidence orders evidence by article and sentence and drops repeats.
func sortEvidence(evs []domain.Evidence) []domain.Evidence {
	sort.Slice(evs, func(i, j int) bool {
		if evs[i].ArticleID != evs[j].ArticleID {
			return evs[i].ArticleID < evs[j].ArticleID
		}
		return evs[i].Sentence < evs[j].Sentence
	})
	out := evs[:0]
	for i, e := range evs {
		if i == 0 || e != evs[i-1] {
			out = append(out, e)
		}
	}
	return out
}

// nodeCache memoises Node look-ups within one query.
type nodeCache struct {
	s     *Store
	nodes map[string]domain.Node
}

func newNodeCache(s *Store) *nodeCache { return &nodeCache{s: s, nodes: map[string]domain.Node{}} }

func (c *nodeCache) get(ctx context.Context, id string) (domain.Node, error) {
	if n, ok := c.nodes[id]; ok {
		return n, nil
	}
	var (
		n   domain.Node
		err error
	)
	if strings.HasPrefix(id, "article:") {
		n, err = c.s.articleNode(ctx, id)
	} else {
		n, err = c.s.Node(ctx, id)
	}
	if err != nil {
		return domain.Node{}, err
	}
	c.nodes[id] = n
	return n, nil
}

// articleNode returns an article as a Node.
func (s *Store) articleNode(ctx context.Context, id string) (domain.Node, error) {
	names, err := s.objects(ctx, id, domain.Name)
	if err != nil {
		return domain.Node{}, err
	}
	if len(names) == 0 {
		return domain.Node{}, fmt.Errorf("article node %q: %w", id, ErrNotFound)
	}
	return domain.Node{ID: id, Type: domain.ArticleNode, Name: names[0]}, nil
}

// evidenceReader turns quad labels into Evidence, reading each article's
// document once per query.
type evidenceReader struct {
	s     *Store
	docs  map[string]*document    // article id → its document
	dates map[string]articleStamp // article id → date, outlet, url, story
}

func newEvidenceReader(s *Store) *evidenceReader {
	return &evidenceReader{s: s, docs: map[string]*document{}, dates: map[string]articleStamp{}}
}

// articleStamp is what evidence shows of its article, and the version of
// its document ("" when the article is not stored).
type articleStamp struct{ date, outlet, url, story, doc string }

// date returns the date of article id, read once per query.
func (r *evidenceReader) date(ctx context.Context, articleID string) (string, error) {
	st, err := r.stamp(ctx, articleID)
	return st.date, err
}

// stamp returns the date, outlet, url and story of article id, read once
// per query.
func (r *evidenceReader) stamp(ctx context.Context, articleID string) (articleStamp, error) {
	st, ok := r.dates[articleID]
	if ok {
		return st, nil
	}
	if v, ok := r.s.cache.memo(memoDate, articleID); ok {
		r.dates[articleID] = v.(articleStamp)
		return v.(articleStamp), nil
	}
	gen := r.s.cache.generation()
	err := r.s.iterate(ctx, quad.Subject, iri(domain.ArticleID(articleID)), func(q quad.Quad) error {
		switch domain.Predicate(valueString(q.Predicate)) {
		case domain.ArticleDate:
			st.date = valueString(q.Object)
		case domain.ArticleOutlet:
			st.outlet = valueString(q.Object)
		case domain.ArticleURL:
			st.url = valueString(q.Object)
		case domain.ArticleStory:
			st.story = valueString(q.Object)
		case predDocument:
			st.doc = valueString(q.Object)
		}
		return nil
	})
	if err != nil {
		return articleStamp{}, err
	}
	if st.story == "" {
		st.story = articleID
	}
	r.s.cache.putMemo(gen, memoDate, articleID, st, 1)
	r.dates[articleID] = st
	return st, nil
}

// storedDocument returns the given version of article id's document,
// through the cache's memos: a version never changes, and a document is
// read by every query that shows evidence from its article.
func (s *Store) storedDocument(ctx context.Context, id, version string) (*document, error) {
	key := id + "\x00" + version
	if v, ok := s.cache.memo(memoDocument, key); ok {
		return v.(*document), nil
	}
	gen := s.cache.generation()
	body, ok, err := s.docs.get(ctx, id, version)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("article %q: its document (version %s) is missing from the documents store: load the article again", id, version)
	}
	d, err := decodeDocument(body)
	if err != nil {
		return nil, fmt.Errorf("article %q: %w", id, err)
	}
	s.cache.putMemo(gen, memoDocument, key, d, 1+len(d.Sentences))
	return d, nil
}

// document returns the document of article articleID, read once per
// query; nil when the article is not stored.
func (r *evidenceReader) document(ctx context.Context, articleID string) (*document, error) {
	if d, ok := r.docs[articleID]; ok {
		return d, nil
	}
	st, err := r.stamp(ctx, articleID)
	if err != nil || st.doc == "" {
		return nil, err
	}
	d, err := r.s.storedDocument(ctx, articleID, st.doc)
	if err != nil {
		return nil, err
	}
	r.docs[articleID] = d
	return d, nil
}

func (r *evidenceReader) read(ctx context.Context, label string) (domain.Evidence, error) {
	articleID, n, h, err := domain.ParseEvidenceLabel(label)
	if err != nil {
		return domain.Evidence{}, err
	}
	d, err := r.document(ctx, articleID)
	if err != nil {
		return domain.Evidence{}, err
	}
	if d == nil || n >= len(d.Sentences) {
		return domain.Evidence{}, fmt.Errorf("evidence %q: article %q has no sentence %d", label, articleID, n)
	}
	sen := d.sentence(n)
	st, err := r.stamp(ctx, articleID)
	if err != nil {
		return domain.Evidence{}, err
	}
	return domain.Evidence{ArticleID: articleID, Date: st.date, Sentence: n, Start: sen.Start, End: sen.End, Text: sen.Text, Hedging: h,
		Outlet: st.outlet, URL: st.url, Story: st.story}, nil
}

// Articles returns every stored article, without sentences, ordered by id.
func (s *Store) Articles(ctx context.Context) ([]domain.Article, error) {
	ids, err := s.nodesOfType(ctx, domain.ArticleNode)
	if err != nil {
		return nil, fmt.Errorf("articles: %w", err)
	}
	out := make([]domain.Article, 0, len(ids))
	for _, id := range ids {
		a, err := s.Article(ctx, strings.TrimPrefix(id, "article:"))
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

// Article returns the article with the given id, without its sentences
// (see Sentences), or ErrNotFound.
func (s *Store) Article(ctx context.Context, id string) (domain.Article, error) {
	// memoised: an actor page asks for the article of each piece of
	// evidence, and of each mention, and building it walks the article's
	// quads
	if v, ok := s.cache.memo(memoArticle, id); ok {
		a := v.(domain.Article)
		a.FingerprintKeys = slices.Clone(a.FingerprintKeys) // the caller's to change
		return a, nil
	}
	gen := s.cache.generation()
	a := domain.Article{ID: id}
	found, quads := false, 0
	err := s.quadsWith(ctx, quad.Subject, iri(domain.ArticleID(id)), func(q quad.Quad) error {
		quads++
		v := valueString(q.Object)
		switch domain.Predicate(valueString(q.Predicate)) {
		case domain.Type:
			found = true
		case domain.ArticleTitle:
			a.Title = v
		case domain.ArticleDate:
			a.Date = v
		case domain.ArticleSource:
			a.Source = v
		case domain.ArticleOutlet:
			a.Outlet = v
		default:
			readPublication(&a, domain.Predicate(valueString(q.Predicate)), v)
		}
		return nil
	})
	if err != nil {
		return domain.Article{}, fmt.Errorf("article %q: %w", id, err)
	}
	if !found {
		return domain.Article{}, fmt.Errorf("article %q: %w", id, ErrNotFound)
	}
	s.cache.putMemo(gen, memoArticle, id, a, quads)
	a.FingerprintKeys = slices.Clone(a.FingerprintKeys)
	return a, nil
}

// Sentences returns the sentences of article id in order; none if the
// article is not stored.
func (s *Store) Sentences(ctx context.Context, id string) ([]domain.Sentence, error) {
	d, err := newEvidenceReader(s).document(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("sentences of %q: %w", id, err)
	}
	if d == nil {
		return nil, nil
	}
	return d.sentences(), nil
}

// ArticleText returns the whole text of article id, which its sentences'
// offsets refer to, or ErrNotFound.
func (s *Store) ArticleText(ctx context.Context, id string) (string, error) {
	d, err := newEvidenceReader(s).document(ctx, id)
	if err != nil {
		return "", fmt.Errorf("text of %q: %w", id, err)
	}
	if d == nil {
		return "", fmt.Errorf("text of %q: %w", id, ErrNotFound)
	}
	return d.Text, nil
}
