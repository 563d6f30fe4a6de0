package graph

import (
	"context"
	"fmt"
	"slices"
	"sort"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/cayleygraph/quad"
)

// ActorFilter selects actors; zero fields select everything.
type ActorFilter struct {
	Types       []domain.NodeType // of these types; people, organizations, countries and places when empty
	MentionedIn string            // mentioned in this article id
	Window      Window            // mentioned in an article dated within it
}

// Actors returns the actors that match f, ordered by name.
func (s *Store) Actors(ctx context.Context, f ActorFilter) ([]domain.Node, error) {
	types := f.Types
	if len(types) == 0 {
		types = []domain.NodeType{domain.Person, domain.Organization, domain.Country, domain.Place}
	}
	nodes := newNodeCache(s)
	ev := newEvidenceReader(s)
	var out []domain.Node
	for _, t := range types {
		ids, err := s.nodesOfType(ctx, t)
		if err != nil {
			return nil, fmt.Errorf("actors: %w", err)
		}
		for _, id := range ids {
			if f.MentionedIn != "" || !f.Window.IsZero() {
				ok, err := s.mentioned(ctx, id, f, ev)
				if err != nil {
					return nil, fmt.Errorf("actors: %w", err)
				}
				if !ok {
					continue
				}
			}
			n, err := nodes.get(ctx, id)
			if err != nil {
				return nil, fmt.Errorf("actors: %w", err)
			}
			out = append(out, n)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Name != out[j].Name {
			return out[i].Name < out[j].Name
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

// mentioned reports whether node id is mentioned in an article f admits.
func (s *Store) mentioned(ctx context.Context, id string, f ActorFilter, ev *evidenceReader) (bool, error) {
	found := false
	err := s.quadsWith(ctx, quad.Subject, iri(id), func(q quad.Quad) error {
		if found || q.Predicate != pred(domain.MentionedIn) {
			return nil
		}
		articleID := trimArticle(valueString(q.Object))
		if f.MentionedIn != "" && articleID != f.MentionedIn {
			return nil
		}
		date, err := ev.date(ctx, articleID)
		if err != nil {
			return err
		}
		found = f.Window.Admits(date)
		return nil
	})
	return found, err
}

func trimArticle(nodeID string) string {
	if len(nodeID) > len("article:") && nodeID[:len("article:")] == "article:" {
		return nodeID[len("article:"):]
	}
	return nodeID
}

// RelationFilter selects relations between nodes; zero fields select
// everything.
type RelationFilter struct {
	Predicates  []domain.Predicate
	Subject     string // node ID
	Object      string // node ID
	Article     string // stated by this article id
	Window      Window // stated by an article dated within it
	MinArticles int    // stated by at least this many articles
	MinStories  int    // stated by at least this many distinct stories (Relation.StoryCount)
}

// FilterRelations returns the relations between nodes that match f, with
// the evidence f admits, ordered by predicate, subject and object name.
// Literal attributes (titles, dates, quote texts) are included when
// f.Predicates names their predicate, as a node's Relations include them;
// without predicates, only relations between nodes are listed.
func (s *Store) FilterRelations(ctx context.Context, f RelationFilter) ([]domain.Relation, error) {
	var raw []rawEdge
	var err error
	switch {
	case f.Subject != "":
		raw, err = s.edgesOf(ctx, f.Subject)
	case f.Object != "":
		raw, err = s.edgesOf(ctx, f.Object)
	default:
		raw, err = s.allEdges(ctx, f.Predicates)
	}
	if err != nil {
		return nil, fmt.Errorf("relations: %w", err)
	}
	literals, err := s.literalEdges(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("relations: %w", err)
	}
	ev := newEvidenceReader(s)
	nodes := newNodeCache(s)
	var out []domain.Relation
	for i, e := range append(raw, literals...) {
		if len(f.Predicates) > 0 && !slices.Contains(f.Predicates, e.p) ||
			f.Subject != "" && e.s != f.Subject || f.Object != "" && e.o != f.Object {
			continue
		}
		var r domain.Relation
		if i < len(raw) {
			r, err = s.relation(ctx, e, ev, nodes, f.Window)
		} else {
			r, err = s.literalRelation(ctx, e, ev, nodes, f.Window)
		}
		if err != nil {
			return nil, fmt.Errorf("relations: %w", err)
		}
		if len(r.Evidence) == 0 || r.ArticleCount() < f.MinArticles || f.MinStories > 0 && r.StoryCount() < f.MinStories {
			continue
		}
		if f.Article != "" && !slices.ContainsFunc(r.Evidence, func(e domain.Evidence) bool { return e.ArticleID == f.Article }) {
			continue
		}
		out = append(out, r)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
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

// literalEdges returns the literal attributes of the predicates f names
// (none without predicates), of f.Subject when it is set, rejected facts
// left out. A literal has no object node: f.Object selects none.
func (s *Store) literalEdges(ctx context.Context, f RelationFilter) ([]rawEdge, error) {
	if len(f.Predicates) == 0 || f.Object != "" {
		return nil, nil
	}
	hidden, err := s.hiddenFacts(ctx)
	if err != nil {
		return nil, err
	}
	byKey := map[edgeKey][]string{}
	add := func(q quad.Quad) error {
		p := domain.Predicate(valueString(q.Predicate))
		if _, isIRI := q.Object.(quad.IRI); isIRI || !slices.Contains(f.Predicates, p) || hidden[quadFactID(q)] {
			return nil
		}
		k := edgeKey{s: valueString(q.Subject), p: p, o: valueString(q.Object)}
		byKey[k] = append(byKey[k], valueString(q.Label))
		return nil
	}
	if f.Subject != "" {
		err = s.withPredicates(ctx, iri(f.Subject), f.Predicates, add)
	} else {
		for _, p := range f.Predicates {
			if err = s.quadsWith(ctx, quad.Predicate, pred(p), add); err != nil {
				break
			}
		}
	}
	if err != nil {
		return nil, err
	}
	out := make([]rawEdge, 0, len(byKey))
	for k, labels := range byKey {
		slices.Sort(labels)
		out = append(out, rawEdge{k, slices.Compact(labels)})
	}
	return out, nil
}

// literalRelation is relation for a literal attribute: e.o is the value.
func (s *Store) literalRelation(ctx context.Context, e rawEdge, ev *evidenceReader, nodes *nodeCache, w Window) (domain.Relation, error) {
	evs, err := ev.admitted(ctx, e, w)
	if err != nil {
		return domain.Relation{}, err
	}
	r := domain.Relation{Predicate: e.p, Literal: e.o, Evidence: evs}
	r.Subject, err = nodes.get(ctx, e.s)
	return r, err
}

// allEdges returns every fact between two nodes, of the given predicates
// (all when empty).
func (s *Store) allEdges(ctx context.Context, preds []domain.Predicate) ([]rawEdge, error) {
	es, err := s.newEdgeSet(ctx)
	if err != nil {
		return nil, err
	}
	if len(preds) == 0 {
		if err := s.allQuads(ctx, es.add); err != nil {
			return nil, err
		}
	}
	for _, p := range preds {
		if err := s.quadsWith(ctx, quad.Predicate, pred(p), es.add); err != nil {
			return nil, err
		}
	}
	return es.sorted(), nil
}

// Stats summarises the store.
type Stats struct {
	Quads        int
	Articles     int
	NodesByType  map[domain.NodeType]int
	FactsByPred  map[domain.Predicate]int // distinct subject–predicate–object facts
	FirstArticle string                   // earliest article date
	LastArticle  string                   // latest article date
}

// Statement returns the statement node id with its text, speakers and
// evidence, or ErrNotFound.
func (s *Store) Statement(ctx context.Context, id string) (StatementView, error) {
	if v, ok := s.cache.memo(memoStatement, id); ok {
		return v.(StatementView), nil
	}
	gen := s.cache.generation()
	v, err := s.statement(ctx, id, newEvidenceReader(s), newNodeCache(s))
	if err != nil {
		return StatementView{}, fmt.Errorf("statement %q: %w", id, err)
	}
	if v.Type != domain.Statement {
		return StatementView{}, fmt.Errorf("statement %q: %w", id, ErrNotFound)
	}
	s.cache.putMemo(gen, memoStatement, id, v, 1+len(v.Evidence))
	return v, nil
}

// Mentions returns the articles that mention node id, ordered by id.
func (s *Store) Mentions(ctx context.Context, id string) ([]domain.Article, error) {
	ids, err := s.objects(ctx, id, domain.MentionedIn)
	if err != nil {
		return nil, fmt.Errorf("mentions of %q: %w", id, err)
	}
	slices.Sort(ids)
	out := make([]domain.Article, 0, len(ids))
	for _, a := range ids {
		art, err := s.Article(ctx, trimArticle(a))
		if err != nil {
			return nil, fmt.Errorf("mentions of %q: %w", id, err)
		}
		out = append(out, art)
	}
	return out, nil
}

// Titles returns the titles articles give node id, sorted.
func (s *Store) Titles(ctx context.Context, id string) ([]string, error) {
	t, err := s.objects(ctx, id, domain.Title)
	if err != nil {
		return nil, fmt.Errorf("titles of %q: %w", id, err)
	}
	slices.Sort(t)
	return t, nil
}

// Degree returns the number of relations between node id and other nodes.
func (s *Store) Degree(ctx context.Context, id string) (int, error) {
	es, err := s.edgesOf(ctx, id)
	if err != nil {
		return 0, fmt.Errorf("degree of %q: %w", id, err)
	}
	return len(es), nil
}

// ArticleNodes returns the IDs of the nodes of type t that article id
// states a fact about (as subject), sorted.
func (s *Store) ArticleNodes(ctx context.Context, id string, t domain.NodeType) ([]string, error) {
	quads, err := s.articleQuads(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("nodes of article %q: %w", id, err)
	}
	var ids []string
	for q := range quads {
		if q.Predicate == pred(domain.Type) && valueString(q.Object) == string(t) {
			ids = append(ids, valueString(q.Subject))
		}
	}
	slices.Sort(ids)
	return slices.Compact(ids), nil
}
