package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/domain"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// Review actions on actors. Each is undone by Undo, which puts back what
// it removed and takes away what it added.
const (
	Merge ReviewActionKind = "merge"
	Split ReviewActionKind = "split"
	Undo  ReviewActionKind = "undo"
)

// ErrBadReview refuses a merge or split that makes no sense: an actor
// merged with itself or with another type, an alias the actor lacks.
var ErrBadReview = errors.New("invalid review")

// MergeActors merges node drop into node keep: every fact of drop becomes
// a fact of keep with the same evidence, drop's names become keep's
// aliases, and articles loaded later that name drop write to keep. The
// merge is recorded with who, when and exactly what it changed, so that
// Undo can reverse it.
func (s *Store) MergeActors(ctx context.Context, keep, drop, by, note string) (Review, error) {
	if keep == drop {
		return Review{}, fmt.Errorf("merge %s into itself: %w", drop, ErrBadReview)
	}
	k, err := s.Node(ctx, keep)
	if err != nil {
		return Review{}, fmt.Errorf("merge into %s: %w", keep, err)
	}
	d, err := s.Node(ctx, drop)
	if err != nil {
		return Review{}, fmt.Errorf("merge %s: %w", drop, err)
	}
	if k.Type != d.Type || !k.Type.IsActor() {
		return Review{}, fmt.Errorf("merge %s (%s) into %s (%s): %w: only actors of one type merge", drop, d.Type, keep, k.Type, ErrBadReview)
	}
	return s.rewrite(ctx, Merge, keep, drop, by, note, func(q quad.Quad) (quad.Quad, bool) {
		if valueString(q.Subject) == drop {
			q.Subject = iri(keep)
			if q.Predicate == pred(domain.Name) {
				q.Predicate = pred(domain.Alias)
			}
		}
		if valueString(q.Object) == drop {
			q.Object = iri(keep)
		}
		return q, true
	}, drop)
}

// SplitAlias detaches an alias wrongly given to node id: the alias, and the
// look-up key it adds, are removed, and articles loaded later no longer
// attach it as an alias. (An article whose own name for the person is that
// spelling is still matched to the person by name resolution.) Undo puts
// it back.
func (s *Store) SplitAlias(ctx context.Context, id, alias, by, note string) (Review, error) {
	n, err := s.Node(ctx, id)
	if err != nil {
		return Review{}, fmt.Errorf("split %q from %s: %w", alias, id, err)
	}
	if !slices.Contains(n.Aliases, alias) {
		return Review{}, fmt.Errorf("split %q from %s: %w: not one of its aliases", alias, id, ErrBadReview)
	}
	key := domain.Slug(alias)
	stillNamed := domain.Slug(n.Name) == key // keep the key the canonical name needs
	for _, a := range n.Aliases {
		stillNamed = stillNamed || a != alias && domain.Slug(a) == key
	}
	return s.rewrite(ctx, Split, id, alias, by, note, func(q quad.Quad) (quad.Quad, bool) {
		switch {
		case q.Predicate == pred(domain.Alias) && valueString(q.Object) == alias:
			return q, false
		case q.Predicate == pred(domain.Name) && valueString(q.Object) == alias && alias != n.Name:
			// a spelling an article gave as the name, shown as an alias
			return q, false
		case q.Predicate == pred(predKey) && valueString(q.Object) == key && !stillNamed:
			return q, false
		}
		return q, true
	}, id)
}

// rewrite applies change to every quad of node subjectOf (as subject or
// object, review quads aside) in one transaction and records the review
// with the quads it removed and added.
func (s *Store) rewrite(ctx context.Context, action ReviewActionKind, target, other, by, note string,
	change func(quad.Quad) (quad.Quad, bool), subjectOf string) (Review, error) {
	if strings.TrimSpace(by) == "" {
		return Review{}, fmt.Errorf("%s %s: %w", action, target, ErrNoReviewer)
	}
	if err := s.writeMu.lock(ctx); err != nil {
		return Review{}, err
	}
	defer s.writeMu.unlock()
	touched := map[quad.Quad]bool{}
	collect := func(q quad.Quad) error {
		if valueString(q.Label) != reviewLabel {
			touched[q] = true
		}
		return nil
	}
	if err := s.quadsWith(ctx, quad.Subject, iri(subjectOf), collect); err != nil {
		return Review{}, err
	}
	if err := s.quadsWith(ctx, quad.Object, iri(subjectOf), collect); err != nil {
		return Review{}, err
	}
	var removed, added []quad.Quad
	for _, q := range sortedQuads(setOf(touched)) {
		nq, keep := change(q)
		if keep && nq == q {
			continue
		}
		removed = append(removed, q)
		if keep && !s.quadExists(ctx, nq) && !slices.Contains(added, nq) {
			added = append(added, nq)
		}
	}
	r := Review{ID: newReviewID(), Action: action, Target: target, Other: other, By: by, At: time.Now().UTC().Format(time.RFC3339Nano), Note: note}
	deltas := reviewDeltas(r, map[domain.Predicate]string{domain.ReviewRemoved: dumpQuads(removed), domain.ReviewAdded: dumpQuads(added)})
	for _, q := range removed {
		deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
	}
	for _, q := range added {
		deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
	}
	if err := s.applyDeltas(deltas, cgraph.IgnoreOpts{}); err != nil {
		return Review{}, fmt.Errorf("%s %s: %w", action, target, err)
	}
	return r, nil
}

// UndoReview reverses a merge or split: what it removed is put back and
// what it added taken away, and later article loads stop applying it.
func (s *Store) UndoReview(ctx context.Context, reviewID, by, note string) (Review, error) {
	if strings.TrimSpace(by) == "" {
		return Review{}, fmt.Errorf("undo %s: %w", reviewID, ErrNoReviewer)
	}
	attrs, err := s.reviewAttrs(ctx, reviewID)
	if err != nil {
		return Review{}, err
	}
	act := ReviewActionKind(attrs[domain.ReviewAction])
	if act != Merge && act != Split {
		return Review{}, fmt.Errorf("undo %s: %w: only merges and splits are undone (restore a rejection instead)", reviewID, ErrBadReview)
	}
	if undone, err := s.undone(ctx); err != nil {
		return Review{}, err
	} else if undone[reviewID] {
		return Review{}, fmt.Errorf("undo %s: %w: already undone", reviewID, ErrBadReview)
	}
	removed, err := parseQuads(attrs[domain.ReviewRemoved])
	if err != nil {
		return Review{}, fmt.Errorf("undo %s: %w", reviewID, err)
	}
	added, err := parseQuads(attrs[domain.ReviewAdded])
	if err != nil {
		return Review{}, fmt.Errorf("undo %s: %w", reviewID, err)
	}
	if err := s.writeMu.lock(ctx); err != nil {
		return Review{}, err
	}
	defer s.writeMu.unlock()
	r := Review{ID: newReviewID(), Action: Undo, Target: reviewID, By: by, At: time.Now().UTC().Format(time.RFC3339Nano), Note: note}
	deltas := reviewDeltas(r, nil)
	// Only real changes: articles reloaded since the review may have
	// written or removed some of these quads already, and Cayley's
	// key-value stores miscount node references when one transaction
	// mixes skipped duplicates and missing deletes.
	for _, q := range added {
		if s.quadExists(ctx, q) {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		}
	}
	for _, q := range removed {
		if !s.quadExists(ctx, q) {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
	}
	if err := s.applyDeltas(deltas, cgraph.IgnoreOpts{}); err != nil {
		return Review{}, fmt.Errorf("undo %s: %w", reviewID, err)
	}
	return r, nil
}

// actorReviews are the merges and splits in force: merged maps a node
// merged away to the node it went into; split maps a node to the aliases
// split off it.
type actorReviews struct {
	merged map[string]string
	split  map[string][]string
}

// activeActorReviews reads the merges and splits that no undo reversed.
func (s *Store) activeActorReviews(ctx context.Context) (actorReviews, error) {
	ar := actorReviews{merged: map[string]string{}, split: map[string][]string{}}
	if s.qs.ValueOf(iri(reviewLabel)) == nil {
		return ar, nil
	}
	all, err := s.reviewNodes(ctx)
	if err != nil {
		return ar, err
	}
	undone := undoneIn(all)
	for id, attrs := range all {
		if undone[id] {
			continue
		}
		switch ReviewActionKind(attrs[domain.ReviewAction]) {
		case Merge:
			ar.merged[attrs[domain.ReviewOther]] = attrs[domain.ReviewTarget]
		case Split:
			ar.split[attrs[domain.ReviewTarget]] = append(ar.split[attrs[domain.ReviewTarget]], attrs[domain.ReviewOther])
		}
	}
	return ar, nil
}

// applyActorReviews makes a new extraction respect the merges and splits
// journalists made, so that reloading an article does not undo them.
func (s *Store) applyActorReviews(ctx context.Context, ex domain.Extraction) (domain.Extraction, error) {
	ar, err := s.activeActorReviews(ctx)
	if err != nil || len(ar.merged) == 0 && len(ar.split) == 0 {
		return ex, err
	}
	target := func(id string) string {
		for i := 0; i < 8; i++ { // merges may chain; bounded against cycles
			to, ok := ar.merged[id]
			if !ok {
				break
			}
			id = to
		}
		return id
	}
	out := ex
	out.Nodes = nil
	seen := map[string]int{}
	for _, n := range ex.Nodes {
		if to := target(n.ID); to != n.ID {
			kept, err := s.Node(ctx, to)
			if err != nil {
				return ex, err
			}
			n.Aliases = append(slices.Clone(n.Aliases), n.Name)
			n.ID, n.Name = to, kept.Name
		}
		n.Aliases = slices.DeleteFunc(slices.Clone(n.Aliases), func(a string) bool { return slices.Contains(ar.split[n.ID], a) })
		if i, dup := seen[n.ID]; dup {
			out.Nodes[i].Aliases = append(out.Nodes[i].Aliases, n.Aliases...)
			continue
		}
		seen[n.ID] = len(out.Nodes)
		out.Nodes = append(out.Nodes, n)
	}
	out.Facts = make([]domain.Fact, len(ex.Facts))
	for i, f := range ex.Facts {
		f.Subject = target(f.Subject)
		if !f.Literal {
			f.Object = target(f.Object)
		}
		out.Facts[i] = f
	}
	return out, nil
}

// reviewNodes returns the attributes of every review node.
func (s *Store) reviewNodes(ctx context.Context) (map[string]map[domain.Predicate]string, error) {
	all := map[string]map[domain.Predicate]string{}
	err := s.quadsWith(ctx, quad.Label, iri(reviewLabel), func(q quad.Quad) error {
		id := valueString(q.Subject)
		if all[id] == nil {
			all[id] = map[domain.Predicate]string{}
		}
		all[id][domain.Predicate(valueString(q.Predicate))] = valueString(q.Object)
		return nil
	})
	return all, err
}

func (s *Store) reviewAttrs(ctx context.Context, id string) (map[domain.Predicate]string, error) {
	attrs := map[domain.Predicate]string{}
	err := s.quadsWith(ctx, quad.Subject, iri(id), func(q quad.Quad) error {
		if valueString(q.Label) == reviewLabel {
			attrs[domain.Predicate(valueString(q.Predicate))] = valueString(q.Object)
		}
		return nil
	})
	if err == nil && len(attrs) == 0 {
		err = fmt.Errorf("review %s: %w", id, ErrNotFound)
	}
	return attrs, err
}

// undone returns the ids of the reviews an undo reversed.
func (s *Store) undone(ctx context.Context) (map[string]bool, error) {
	all, err := s.reviewNodes(ctx)
	return undoneIn(all), err
}

// undoneIn returns the ids of the reviews that an undo among all reversed.
func undoneIn(all map[string]map[domain.Predicate]string) map[string]bool {
	out := map[string]bool{}
	for _, attrs := range all {
		if ReviewActionKind(attrs[domain.ReviewAction]) == Undo {
			out[attrs[domain.ReviewTarget]] = true
		}
	}
	return out
}

// quadExists reports whether q is stored, label included.
func (s *Store) quadExists(ctx context.Context, q quad.Quad) bool {
	found := false
	s.quadsWith(ctx, quad.Subject, q.Subject, func(x quad.Quad) error {
		found = found || x == q
		return nil
	})
	return found
}

func setOf(m map[quad.Quad]bool) map[quad.Quad]struct{} {
	out := make(map[quad.Quad]struct{}, len(m))
	for q := range m {
		out[q] = struct{}{}
	}
	return out
}

// reviewDeltas are the quads that record review r with extra attributes.
func reviewDeltas(r Review, extra map[domain.Predicate]string) []cgraph.Delta {
	var out []cgraph.Delta
	add := func(p domain.Predicate, v string) {
		if v != "" {
			out = append(out, cgraph.Delta{Action: cgraph.Add,
				Quad: quad.Quad{Subject: iri(r.ID), Predicate: pred(p), Object: lit(v), Label: iri(reviewLabel)}})
		}
	}
	add(domain.ReviewAction, string(r.Action))
	add(domain.ReviewTarget, r.Target)
	add(domain.ReviewBy, r.By)
	add(domain.ReviewAt, r.At)
	add(domain.ReviewNote, r.Note)
	add(domain.ReviewOther, r.Other)
	for _, p := range []domain.Predicate{domain.ReviewRemoved, domain.ReviewAdded} {
		add(p, extra[p])
	}
	return out
}

func newReviewID() string {
	return fmt.Sprintf("review:%d-%d", time.Now().UnixNano(), reviewSeq.Add(1))
}

// dumpQuads and parseQuads keep a review's changes as N-Quads text.
func dumpQuads(qs []quad.Quad) string {
	if len(qs) == 0 {
		return ""
	}
	var b bytes.Buffer
	w := nquads.NewWriter(&b)
	for _, q := range qs {
		w.WriteQuad(encodeQuad(q)) // ids with spaces and the like (nquads.go)
	}
	w.Close()
	return b.String()
}

func parseQuads(s string) ([]quad.Quad, error) {
	if s == "" {
		return nil, nil
	}
	qs, err := quad.ReadAll(nquads.NewReader(strings.NewReader(s), false))
	for i, q := range qs {
		qs[i] = decodeQuad(q)
	}
	return qs, err
}
