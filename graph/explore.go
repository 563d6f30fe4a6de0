package graph

import (
	"context"
	"fmt"
	"slices"
	"sort"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/cayleygraph/quad"
)

// Window limits facts to those with evidence dated within [Since, Until]
// (YYYY-MM-DD, inclusive, either may be empty). With a bound set, evidence
// from undated articles is left out: nothing says it falls inside.
type Window struct {
	Since, Until string
}

// IsZero reports whether w admits every piece of evidence.
func (w Window) IsZero() bool { return w.Since == "" && w.Until == "" }

// Admits reports whether a date falls inside w. Partial dates (YYYY-MM)
// compare by their prefix.
func (w Window) Admits(date string) bool {
	if w.IsZero() {
		return true
	}
	if date == "" {
		return false
	}
	if w.Since != "" && date < w.Since[:min(len(w.Since), len(date))] {
		return false
	}
	if w.Until != "" && date[:min(len(date), len(w.Until))] > w.Until {
		return false
	}
	return true
}

// edgeKey identifies a fact between two nodes.
type edgeKey struct {
	s, o string
	p    domain.Predicate
}

// rawEdge is a fact between two nodes with the labels of its evidence,
// before any sentence is read.
type rawEdge struct {
	edgeKey
	labels []string
}

// edgeSet gathers the facts between two nodes from quads, with the labels
// of their evidence, leaving out literals, node metadata and rejected facts.
type edgeSet struct {
	hidden map[string]bool
	byKey  map[edgeKey][]string
}

func (s *Store) newEdgeSet(ctx context.Context) (*edgeSet, error) {
	hidden, err := s.hiddenFacts(ctx)
	if err != nil {
		return nil, err
	}
	return &edgeSet{hidden: hidden, byKey: map[edgeKey][]string{}}, nil
}

// add is a quad visitor for quadsWith and allQuads.
func (es *edgeSet) add(q quad.Quad) error {
	p := domain.Predicate(valueString(q.Predicate))
	if p.IsMeta() || isInternal(p) || es.hidden[quadFactID(q)] {
		return nil
	}
	if _, ok := q.Object.(quad.IRI); !ok {
		return nil
	}
	k := edgeKey{s: valueString(q.Subject), p: p, o: valueString(q.Object)}
	es.byKey[k] = append(es.byKey[k], valueString(q.Label))
	return nil
}

// sorted returns the gathered edges in a deterministic order.
func (es *edgeSet) sorted() []rawEdge {
	out := make([]rawEdge, 0, len(es.byKey))
	for k, labels := range es.byKey {
		slices.Sort(labels)
		out = append(out, rawEdge{k, slices.Compact(labels)})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.s != b.s {
			return a.s < b.s
		}
		if a.p != b.p {
			return a.p < b.p
		}
		return a.o < b.o
	})
	return out
}

// edgesOf returns the facts linking node id to other nodes, in either
// direction, without literals, names or mentions. Order is deterministic.
func (s *Store) edgesOf(ctx context.Context, id string) ([]rawEdge, error) {
	if v, ok := s.cache.memo(memoEdges, id); ok {
		return v.([]rawEdge), nil
	}
	gen := s.cache.generation()
	es, err := s.newEdgeSet(ctx)
	if err != nil {
		return nil, err
	}
	if err := s.quadsWith(ctx, quad.Subject, iri(id), es.add); err != nil {
		return nil, err
	}
	if err := s.quadsWith(ctx, quad.Object, iri(id), es.add); err != nil {
		return nil, err
	}
	out := es.sorted()
	weight := 0
	for _, e := range out {
		weight += 1 + len(e.labels)
	}
	s.cache.putMemo(gen, memoEdges, id, out, weight)
	return out, nil
}

// other returns the end of e that is not id.
func (e rawEdge) other(id string) string {
	if e.s == id {
		return e.o
	}
	return e.s
}

// admitted reads e's evidence and keeps what w admits; nil if none.
func (r *evidenceReader) admitted(ctx context.Context, e rawEdge, w Window) ([]domain.Evidence, error) {
	var out []domain.Evidence
	for _, l := range e.labels {
		ev, err := r.read(ctx, l)
		if err != nil {
			return nil, err
		}
		if w.Admits(ev.Date) {
			out = append(out, ev)
		}
	}
	return sortEvidence(out), nil
}

// NeighborhoodOptions bound a Neighborhood query.
type NeighborhoodOptions struct {
	Depth      int                // hops from the seeds, 1 to 3
	Predicates []domain.Predicate // only these predicates; all when empty
	Window     Window
	Limit      int // at most this many nodes; Truncated is set when reached
	// Sentences fills each edge's Evidence with its sentences (texts and
	// offsets), as exports need. Without it, edges carry their article ids
	// and weights only: a graph view draws them without the text, and
	// reading it was half the time of a depth-2 neighborhood.
	Sentences bool
}

// MaxDepth bounds Neighborhood's depth: beyond three hops a news graph's
// neighbourhood is most of the graph.
const MaxDepth = 3

// Neighborhood returns the subgraph around seeds: every node within Depth
// hops along the allowed predicates and window, and the edges between the
// nodes it returns. Nodes are added breadth first, closest first, and in a
// stable order within a hop, so a truncated answer is the same every time.
func (s *Store) Neighborhood(ctx context.Context, seeds []string, opt NeighborhoodOptions) (domain.Subgraph, error) {
	if opt.Depth < 1 || opt.Depth > MaxDepth {
		return domain.Subgraph{}, fmt.Errorf("neighborhood: depth %d out of range 1..%d", opt.Depth, MaxDepth)
	}
	if opt.Limit <= 0 {
		return domain.Subgraph{}, fmt.Errorf("neighborhood: limit must be positive")
	}
	allowed := map[domain.Predicate]bool{}
	for _, p := range opt.Predicates {
		allowed[p] = true
	}
	ev := newEvidenceReader(s)
	included := map[string]bool{}
	var order []string
	edges := map[edgeKey]domain.Edge{}
	truncated := false
	frontier := []string{}
	for _, id := range seeds {
		if !included[id] && s.hasNode(id) {
			if len(order) >= opt.Limit {
				truncated = true
				break
			}
			included[id] = true
			order = append(order, id)
			frontier = append(frontier, id)
		}
	}
	cache := map[string][]rawEdge{}
	edgesOf := func(id string) ([]rawEdge, error) {
		if es, ok := cache[id]; ok {
			return es, nil
		}
		es, err := s.edgesOf(ctx, id)
		cache[id] = es
		return es, err
	}
	for hop := 0; hop < opt.Depth && !truncated; hop++ {
		var next []string
		for _, id := range frontier {
			es, err := edgesOf(id)
			if err != nil {
				return domain.Subgraph{}, fmt.Errorf("neighborhood: %w", err)
			}
			for _, e := range es {
				if len(allowed) > 0 && !allowed[e.p] {
					continue
				}
				o := e.other(id)
				if !included[o] {
					if len(order) >= opt.Limit {
						truncated = true
						continue
					}
					arts, err := ev.admittedArticles(ctx, e, opt.Window)
					if err != nil {
						return domain.Subgraph{}, fmt.Errorf("neighborhood: %w", err)
					}
					if len(arts) == 0 {
						continue
					}
					included[o] = true
					order = append(order, o)
					next = append(next, o)
				}
			}
		}
		frontier = next
	}
	// Edges between included nodes, also those between two nodes of the
	// last hop, which the walk above never expanded.
	for _, id := range order {
		es, err := edgesOf(id)
		if err != nil {
			return domain.Subgraph{}, fmt.Errorf("neighborhood: %w", err)
		}
		for _, e := range es {
			if !included[e.s] || !included[e.o] || len(allowed) > 0 && !allowed[e.p] {
				continue
			}
			if _, done := edges[e.edgeKey]; done {
				continue
			}
			edge, ok, err := ev.edge(ctx, e, opt.Window, opt.Sentences)
			if err != nil {
				return domain.Subgraph{}, fmt.Errorf("neighborhood: %w", err)
			}
			if ok {
				edges[e.edgeKey] = edge
			}
		}
	}
	g := domain.Subgraph{Truncated: truncated}
	nodes := newNodeCache(s)
	for _, id := range order {
		n, err := nodes.get(ctx, id)
		if err != nil {
			return domain.Subgraph{}, fmt.Errorf("neighborhood: %w", err)
		}
		es, err := edgesOf(id)
		if err != nil {
			return domain.Subgraph{}, fmt.Errorf("neighborhood: %w", err)
		}
		g.Nodes = append(g.Nodes, domain.GraphNode{Node: n, Degree: len(es)})
	}
	for _, e := range edges {
		g.Edges = append(g.Edges, e)
	}
	sort.Slice(g.Edges, func(i, j int) bool { return g.Edges[i].ID < g.Edges[j].ID })
	return g, nil
}

// admittedArticles returns the articles whose evidence of e w admits,
// sorted and without repeats; nil if none. It reads article dates only,
// not sentences.
func (r *evidenceReader) admittedArticles(ctx context.Context, e rawEdge, w Window) ([]string, error) {
	var out []string
	for _, l := range e.labels {
		a, _, _, err := domain.ParseEvidenceLabel(l)
		if err != nil {
			return nil, err
		}
		if !w.IsZero() {
			date, err := r.date(ctx, a)
			if err != nil {
				return nil, err
			}
			if !w.Admits(date) {
				continue
			}
		}
		out = append(out, a)
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// edge builds the drawable Edge of e from the evidence w admits, with its
// sentences when sentences is set; ok is false when w admits none.
func (r *evidenceReader) edge(ctx context.Context, e rawEdge, w Window, sentences bool) (edge domain.Edge, ok bool, err error) {
	if sentences {
		evs, err := r.admitted(ctx, e, w)
		return newEdge(e.edgeKey, evs), len(evs) > 0, err
	}
	arts, err := r.admittedArticles(ctx, e, w)
	if err != nil || len(arts) == 0 {
		return domain.Edge{}, false, err
	}
	k := e.edgeKey
	return domain.Edge{ID: domain.EdgeID(k.s, k.p, k.o), Source: k.s, Target: k.o, Predicate: k.p, ArticleIDs: arts, Weight: len(arts)}, true, nil
}

// newEdge builds a drawable Edge from a fact and its evidence.
func newEdge(k edgeKey, evs []domain.Evidence) domain.Edge {
	e := domain.Edge{ID: domain.EdgeID(k.s, k.p, k.o), Source: k.s, Target: k.o, Predicate: k.p, Evidence: evs}
	for _, ev := range evs {
		e.ArticleIDs = append(e.ArticleIDs, ev.ArticleID)
	}
	slices.Sort(e.ArticleIDs)
	e.ArticleIDs = slices.Compact(e.ArticleIDs)
	e.Weight = len(e.ArticleIDs)
	return e
}

// Path is a chain of relations from one node to another; each step's
// subject or object is the previous step's other end.
type Path []domain.Relation

// PathOptions bound a Paths query.
type PathOptions struct {
	MaxLength  int                // at most this many steps, 1 to MaxPathLength
	First      int                // at most this many paths
	Predicates []domain.Predicate // only these predicates; all when empty
}

// MaxPathLength bounds the steps of a path.
const MaxPathLength = 6

// maxPathExpansions bounds the work of one Paths query: a hub like a
// country node can otherwise make the search visit most of the graph.
const maxPathExpansions = 20000

// Paths returns up to First shortest simple paths from one node to
// another, following edges in either direction: the shortest first, ties in
// a stable order. It returns no paths, not an error, when none is within
// MaxLength.
func (s *Store) Paths(ctx context.Context, from, to string, opt PathOptions) ([]Path, error) {
	if opt.MaxLength < 1 || opt.MaxLength > MaxPathLength {
		return nil, fmt.Errorf("paths: maxLength %d out of range 1..%d", opt.MaxLength, MaxPathLength)
	}
	if opt.First < 1 {
		return nil, fmt.Errorf("paths: first must be positive")
	}
	if !s.hasNode(from) || !s.hasNode(to) {
		return nil, fmt.Errorf("paths %s → %s: %w", from, to, ErrNotFound)
	}
	allowed := map[domain.Predicate]bool{}
	for _, p := range opt.Predicates {
		allowed[p] = true
	}
	type partial struct {
		nodes []string
		steps []rawEdge
	}
	cache := map[string][]rawEdge{}
	var found []partial
	queue := []partial{{nodes: []string{from}}}
	expansions := 0
	for len(queue) > 0 && len(found) < opt.First {
		cur := queue[0]
		queue = queue[1:]
		last := cur.nodes[len(cur.nodes)-1]
		if len(cur.steps) >= opt.MaxLength {
			continue
		}
		if expansions++; expansions > maxPathExpansions {
			break
		}
		es, ok := cache[last]
		if !ok {
			var err error
			if es, err = s.edgesOf(ctx, last); err != nil {
				return nil, fmt.Errorf("paths: %w", err)
			}
			cache[last] = es
		}
		for _, e := range es {
			if len(allowed) > 0 && !allowed[e.p] {
				continue
			}
			o := e.other(last)
			if slices.Contains(cur.nodes, o) {
				continue
			}
			next := partial{
				nodes: append(slices.Clip(cur.nodes), o),
				steps: append(slices.Clip(cur.steps), e),
			}
			if o == to {
				found = append(found, next)
				if len(found) == opt.First {
					break
				}
				continue
			}
			queue = append(queue, next)
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	ev := newEvidenceReader(s)
	nodes := newNodeCache(s)
	out := make([]Path, 0, len(found))
	for _, f := range found {
		var p Path
		for _, e := range f.steps {
			r, err := s.relation(ctx, e, ev, nodes, Window{})
			if err != nil {
				return nil, fmt.Errorf("paths: %w", err)
			}
			p = append(p, r)
		}
		out = append(out, p)
	}
	return out, nil
}

// relation turns a raw edge into a Relation with its admitted evidence.
func (s *Store) relation(ctx context.Context, e rawEdge, ev *evidenceReader, nodes *nodeCache, w Window) (domain.Relation, error) {
	evs, err := ev.admitted(ctx, e, w)
	if err != nil {
		return domain.Relation{}, err
	}
	r := domain.Relation{Predicate: e.p, Evidence: evs}
	if e.p.IsRole() {
		if r.Title, err = s.title(ctx, e.s, e.labels); err != nil {
			return domain.Relation{}, err
		}
	}
	if r.Subject, err = nodes.get(ctx, e.s); err != nil {
		return domain.Relation{}, err
	}
	if r.Object, err = nodes.get(ctx, e.o); err != nil {
		return domain.Relation{}, err
	}
	return r, nil
}

// title returns the title a person was given in the sentences with the
// given evidence labels: the role's title as written. Titles are stored as
// literals on the person with the evidence of the role, so the label ties
// the two together.
func (s *Store) title(ctx context.Context, person string, labels []string) (string, error) {
	best := ""
	err := s.quadsWith(ctx, quad.Subject, iri(person), func(q quad.Quad) error {
		if q.Predicate != pred(domain.Title) || !slices.Contains(labels, valueString(q.Label)) {
			return nil
		}
		// the fullest title wins: "special envoy" over "envoy"
		if t := valueString(q.Object); len(t) > len(best) || len(t) == len(best) && t < best {
			best = t
		}
		return nil
	})
	return best, err
}

// FilterGraph returns the relations f selects, and the nodes at their ends,
// as a Subgraph. With more than limit edges the rest is cut and Truncated
// set.
func (s *Store) FilterGraph(ctx context.Context, f RelationFilter, limit int) (domain.Subgraph, error) {
	rels, err := s.FilterRelations(ctx, f)
	if err != nil {
		return domain.Subgraph{}, err
	}
	var g domain.Subgraph
	if len(rels) > limit {
		rels, g.Truncated = rels[:limit], true
	}
	seen := map[string]bool{}
	for _, r := range rels {
		g.Edges = append(g.Edges, newEdge(edgeKey{s: r.Subject.ID, p: r.Predicate, o: r.Object.ID}, r.Evidence))
		for _, n := range []domain.Node{r.Subject, r.Object} {
			if seen[n.ID] {
				continue
			}
			seen[n.ID] = true
			d, err := s.Degree(ctx, n.ID)
			if err != nil {
				return domain.Subgraph{}, err
			}
			g.Nodes = append(g.Nodes, domain.GraphNode{Node: n, Degree: d})
		}
	}
	sort.Slice(g.Nodes, func(i, j int) bool { return g.Nodes[i].ID < g.Nodes[j].ID })
	sort.Slice(g.Edges, func(i, j int) bool { return g.Edges[i].ID < g.Edges[j].ID })
	return g, nil
}
