package resolvers

import (
	"context"
	"encoding/base64"
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/resolvers/generated"
	"github.com/actorgraph/actorgraph/resolvers/model"
)

// Page size bounds.
const (
	MaxPageSize     = 500  // first on connections
	MaxSubgraphSize = 2000 // limit on neighborhood and subgraph
	MaxPaths        = 20   // first on paths
)

// finder finds nodes by id or name; Store and ExportStore both do.
type finder interface {
	Node(ctx context.Context, id string) (domain.Node, error)
	FindActor(ctx context.Context, name string) (domain.Node, error)
}

// lookup resolves an argument that names a node: its id, or a name or
// alias of an actor. An unknown name is a NOT_FOUND error, because the
// caller asked for something specific.
func (r *Resolver) lookup(ctx context.Context, nameOrID string) (string, error) {
	return lookupNode(ctx, r.Store, nameOrID)
}

func lookupNode(ctx context.Context, s finder, nameOrID string) (string, error) {
	if n, err := s.Node(ctx, nameOrID); err == nil {
		return n.ID, nil
	} else if !errors.Is(err, graph.ErrNotFound) {
		return "", err
	}
	n, err := s.FindActor(ctx, nameOrID)
	if errors.Is(err, graph.ErrNotFound) {
		return "", notFound("no actor named %q", nameOrID)
	}
	if err != nil {
		return "", err
	}
	return n.ID, nil
}

// optLookup is lookup for an optional argument: nil gives "".
func (r *Resolver) optLookup(ctx context.Context, nameOrID *string) (string, error) {
	if nameOrID == nil || *nameOrID == "" {
		return "", nil
	}
	return r.lookup(ctx, *nameOrID)
}

// asNode returns the concrete value the Node interface resolves to for n:
// the event, statement or article it is, or the actor itself.
func (r *Resolver) asNode(ctx context.Context, n domain.Node) (model.Node, error) {
	switch n.Type {
	case domain.Event:
		v, err := r.Store.Event(ctx, n.ID)
		return &v, err
	case domain.Statement:
		v, err := r.Store.Statement(ctx, n.ID)
		return &v, err
	case domain.ArticleNode:
		a, err := r.Store.Article(ctx, strings.TrimPrefix(n.ID, "article:"))
		return &a, err
	}
	return &n, nil
}

// window builds a date window from optional bounds.
func window(since, until *string) graph.Window {
	var w graph.Window
	if since != nil {
		w.Since = *since
	}
	if until != nil {
		w.Until = *until
	}
	return w
}

// actorTypes refuses node types that are not actors: actors lists people,
// organizations, countries and places, and an event listed as an Actor
// would be typed wrongly.
func actorTypes(types []domain.NodeType) error {
	for _, t := range types {
		if !t.IsActor() {
			return badInput("actors lists PERSON, ORGANIZATION, COUNTRY and PLACE, not %s: timeline and statements list events and statements", strings.ToUpper(string(t)))
		}
	}
	return nil
}

// toPredicates converts predicate names from the API; a name that is not
// one of domain.FactPredicates is a BAD_USER_INPUT error that lists them.
func toPredicates(names []string) ([]domain.Predicate, error) {
	out := make([]domain.Predicate, len(names))
	for i, n := range names {
		out[i] = domain.Predicate(n)
		if !slices.Contains(domain.FactPredicates, out[i]) {
			known := make([]string, len(domain.FactPredicates))
			for j, p := range domain.FactPredicates {
				known[j] = string(p)
			}
			return nil, badInput("unknown predicate %q: the predicates are %s", n, strings.Join(known, ", "))
		}
	}
	return out, nil
}

// intArg returns an optional Int argument checked against [lo, hi].
func intArg(name string, v *int, def, lo, hi int) (int, error) {
	if v == nil {
		return def, nil
	}
	if *v < lo || *v > hi {
		return 0, badInput("%s must be between %d and %d, got %d", name, lo, hi, *v)
	}
	return *v, nil
}

// cursor encodes a position in a list; it is opaque to clients.
func cursor(i int) string {
	return base64.RawURLEncoding.EncodeToString([]byte("at:" + strconv.Itoa(i)))
}

func decodeCursor(c string) (int, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err == nil {
		if n, ok := strings.CutPrefix(string(b), "at:"); ok {
			if i, err := strconv.Atoi(n); err == nil && i >= 0 {
				return i, nil
			}
		}
	}
	return 0, badInput("invalid cursor %q", c)
}

// page cuts the page first/after of a list of n items, returning the
// half-open range of indexes and the page info.
func page(n int, first *int, after *string) (lo, hi int, info *generated.PageInfo, err error) {
	size, err := intArg("first", first, 50, 0, MaxPageSize)
	if err != nil {
		return 0, 0, nil, err
	}
	if after != nil && *after != "" {
		at, err := decodeCursor(*after)
		if err != nil {
			return 0, 0, nil, err
		}
		lo = at + 1
	}
	lo = min(lo, n)
	hi = min(lo+size, n)
	info = &generated.PageInfo{HasNextPage: hi < n, HasPreviousPage: lo > 0}
	if hi > lo {
		s, e := cursor(lo), cursor(hi-1)
		info.StartCursor, info.EndCursor = &s, &e
	}
	return lo, hi, info, nil
}

// subgraphOptions checks the shared arguments of neighborhood and subgraph.
func subgraphOptions(depth *int, preds []string, since, until *string, limit *int) (graph.NeighborhoodOptions, error) {
	d, err := intArg("depth", depth, 1, 1, graph.MaxDepth)
	if err != nil {
		return graph.NeighborhoodOptions{}, err
	}
	l, err := intArg("limit", limit, 200, 1, MaxSubgraphSize)
	if err != nil {
		return graph.NeighborhoodOptions{}, err
	}
	ps, err := toPredicates(preds)
	if err != nil {
		return graph.NeighborhoodOptions{}, err
	}
	return graph.NeighborhoodOptions{Depth: d, Predicates: ps, Window: window(since, until), Limit: l}, nil
}

// deref returns the value of an optional string argument, "" when absent.
func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// review records a journalist's decision about a relation.
func (r *Resolver) review(ctx context.Context, action graph.ReviewActionKind, id, by string, note *string) (*graph.Review, error) {
	if r.Ingester == nil {
		return nil, errReadOnly
	}
	rev, err := r.Store.RecordReview(ctx, action, id, by, deref(note))
	switch {
	case errors.Is(err, graph.ErrNotFound):
		return nil, notFound("no relation %q", id)
	case errors.Is(err, graph.ErrNoReviewer):
		return nil, badInput("by must name who decides")
	case err != nil:
		return nil, err
	}
	if !rev.Repeated {
		r.changes.publish(generated.ChangeKindReviewed, rev.ID)
	}
	return &rev, nil
}

// actorReview runs a merge, split or undo and turns its refusals into
// client errors.
func (r *Resolver) actorReview(ctx context.Context, do func() (graph.Review, error)) (*graph.Review, error) {
	if r.Ingester == nil {
		return nil, errReadOnly
	}
	rev, err := do()
	switch {
	case errors.Is(err, graph.ErrNotFound):
		return nil, notFound("%v", err)
	case errors.Is(err, graph.ErrNoReviewer):
		return nil, badInput("by must name who decides")
	case errors.Is(err, graph.ErrBadReview):
		return nil, badInput("%v", err)
	case err != nil:
		return nil, err
	}
	r.changes.publish(generated.ChangeKindReviewed, rev.ID)
	return &rev, nil
}

// submission checks that ingestArticle's input hands in exactly one of
// text, html and url.
func submission(in generated.IngestArticleInput) (Submission, error) {
	s := Submission{Text: deref(in.Text), HTML: deref(in.HTML), URL: deref(in.URL), Title: deref(in.Title), Date: deref(in.Date), Source: deref(in.Source)}
	n := 0
	for _, v := range []*string{in.Text, in.HTML, in.URL} {
		if v != nil {
			n++
		}
	}
	if n != 1 {
		return Submission{}, badInput("ingestArticle: give exactly one of text, html and url")
	}
	return s, nil
}
