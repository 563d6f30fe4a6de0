package graph

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync/atomic"
	"time"

	"github.com/actorgraph/actorgraph/domain"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// reviewLabel labels every review quad.
const reviewLabel = "review:log"

// ReviewActionKind is what a review decided about a fact.
type ReviewActionKind string

// Review actions. The latest action on a fact decides its state: after a
// reject it is hidden from every query and export, until a restore or a
// confirm.
const (
	Reject  ReviewActionKind = "reject"
	Confirm ReviewActionKind = "confirm"
	Restore ReviewActionKind = "restore"
)

// Review is one recorded decision about a fact.
type Review struct {
	ID     string
	Action ReviewActionKind
	Target string // FactID of the fact; for a merge or split the node; for an undo the review undone
	Other  string // merge: the node merged away; split: the alias split off
	By     string
	At     string // RFC 3339
	Note   string
	// Undone reports that a later review reversed this one: an undo of a
	// merge or split, or a later decision about the same relation.
	Undone bool
	// Repeated reports that RecordReview stored nothing: the relation's
	// latest decision was already this one, and this is that decision.
	Repeated bool
}

// ErrNoReviewer refuses a review without a reviewer: decisions are
// recorded with who made them.
var ErrNoReviewer = errors.New("review needs a reviewer")

// quadFactID returns the FactID of the fact a quad states.
func quadFactID(q quad.Quad) string {
	_, isIRI := q.Object.(quad.IRI)
	return domain.FactID(valueString(q.Subject), domain.Predicate(valueString(q.Predicate)), valueString(q.Object), !isIRI)
}

// reviewSeq makes review ids unique within a process even when two
// reviews share a clock tick.
var reviewSeq atomic.Int64

// RecordReview stores a decision about the fact target (a FactID) and
// returns it with its id and time. The fact must exist. A decision the
// fact already has as its latest (rejecting a rejected fact) is not stored
// again: the earlier review is returned, with Repeated set.
func (s *Store) RecordReview(ctx context.Context, action ReviewActionKind, target, by, note string) (Review, error) {
	switch action {
	case Reject, Confirm, Restore:
	default:
		return Review{}, fmt.Errorf("review %s: %w: unknown action %q", target, ErrBadReview, action)
	}
	if strings.TrimSpace(by) == "" {
		return Review{}, fmt.Errorf("review %s: %w", target, ErrNoReviewer)
	}
	exists, err := s.factExists(ctx, target)
	if err != nil {
		return Review{}, fmt.Errorf("review %s: %w", target, err)
	}
	if !exists {
		return Review{}, fmt.Errorf("review %s: %w", target, ErrNotFound)
	}
	if err := s.writeMu.lock(ctx); err != nil {
		return Review{}, fmt.Errorf("review %s: %w", target, err)
	}
	defer s.writeMu.unlock()
	// under the write lock: two identical decisions at once record one
	prev, err := s.Reviews(ctx, target)
	if err != nil {
		return Review{}, fmt.Errorf("review %s: %w", target, err)
	}
	if len(prev) > 0 && prev[len(prev)-1].Action == action {
		last := prev[len(prev)-1]
		last.Repeated = true
		return last, nil
	}
	r := Review{ID: newReviewID(), Action: action, Target: target, By: by, At: time.Now().UTC().Format(time.RFC3339Nano), Note: note}
	deltas := reviewDeltas(r, nil)
	if err := s.applyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true}); err != nil {
		return Review{}, fmt.Errorf("review %s: %w", target, err)
	}
	return r, nil
}

// factExists reports whether some article states the fact with the given
// FactID.
func (s *Store) factExists(ctx context.Context, id string) (bool, error) {
	subject, _, ok := strings.Cut(strings.TrimPrefix(id, "edge:"), "|")
	if !ok {
		return false, nil
	}
	found := false
	err := s.quadsWith(ctx, quad.Subject, iri(subject), func(q quad.Quad) error {
		if !found && quadFactID(q) == id {
			found = true
		}
		return nil
	})
	return found, err
}

// Reviews returns the decisions recorded about fact target, oldest first;
// all decisions when target is "".
func (s *Store) Reviews(ctx context.Context, target string) ([]Review, error) {
	all, err := s.reviewNodes(ctx)
	if err != nil {
		return nil, fmt.Errorf("reviews: %w", err)
	}
	undone := undoneIn(all)
	var out []Review
	for id, attrs := range all {
		r := Review{
			ID: id, Action: ReviewActionKind(attrs[domain.ReviewAction]), Target: attrs[domain.ReviewTarget],
			Other: attrs[domain.ReviewOther], By: attrs[domain.ReviewBy], At: attrs[domain.ReviewAt], Note: attrs[domain.ReviewNote],
			Undone: undone[id],
		}
		if target == "" || r.Target == target {
			out = append(out, r)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].At != out[j].At {
			return out[i].At < out[j].At
		}
		return out[i].ID < out[j].ID
	})
	// a decision about a relation is undone by a later one about it
	last := map[string]int{}
	for i, r := range out {
		switch r.Action {
		case Reject, Confirm, Restore:
			if j, ok := last[r.Target]; ok {
				out[j].Undone = true
			}
			last[r.Target] = i
		}
	}
	return out, nil
}

// ReviewState is the latest decision about fact target, or "" if none.
func (s *Store) ReviewState(ctx context.Context, target string) (ReviewActionKind, error) {
	rs, err := s.Reviews(ctx, target)
	if err != nil || len(rs) == 0 {
		return "", err
	}
	return rs[len(rs)-1].Action, nil
}

// hiddenFacts returns the FactIDs whose latest review rejects them. It is
// read per query rather than cached, so that several servers on one
// PostgreSQL database agree; without reviews it costs one index probe.
func (s *Store) hiddenFacts(ctx context.Context) (map[string]bool, error) {
	if s.qs.ValueOf(iri(reviewLabel)) == nil {
		return nil, nil
	}
	rs, err := s.Reviews(ctx, "")
	if err != nil {
		return nil, err
	}
	latest := map[string]ReviewActionKind{}
	for _, r := range rs {
		latest[r.Target] = r.Action
	}
	hidden := map[string]bool{}
	for t, a := range latest {
		if a == Reject {
			hidden[t] = true
		}
	}
	return hidden, nil
}
