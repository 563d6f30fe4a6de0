package graph

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/cayleygraph/quad"
)

// EventView is an event node with its attributes read out: what happened,
// when, where, who took part, and the sentences that say so.
type EventView struct {
	domain.Node
	Category     string
	Date         string        // the event's own date (not the article's), or ""
	Places       []domain.Node // held_in
	Participants []domain.Node
	Attackers    []domain.Node
	Targets      []domain.Node
	Weapons      []string
	Killed       string // the latest figure reported (see Figures)
	Injured      string
	Figures      []Figure          // every killed/injured figure with its source
	Evidence     []domain.Evidence // every sentence that states a fact of the event
}

// Figure is a casualty count as one article reported it.
type Figure struct {
	Predicate domain.Predicate // Killed or Injured
	Value     string
	Evidence  domain.Evidence
}

// SortDate is the date an event is ordered by: its own date, else the
// earliest date of the articles that report it.
func (e EventView) SortDate() string {
	if e.Date != "" {
		return e.Date
	}
	d := ""
	for _, ev := range e.Evidence {
		if ev.Date != "" && (d == "" || ev.Date < d) {
			d = ev.Date
		}
	}
	return d
}

// Event returns the event node id with its attributes, or ErrNotFound.
// An actor's relations resolve each event they point to, so the view is
// memoised in the read cache; callers must not modify its slices.
func (s *Store) Event(ctx context.Context, id string) (EventView, error) {
	if v, ok := s.cache.memo(memoEvent, id); ok {
		return v.(EventView), nil
	}
	gen := s.cache.generation()
	v, err := s.event(ctx, id, newEvidenceReader(s), newNodeCache(s))
	if err == nil {
		s.cache.putMemo(gen, memoEvent, id, v, 1+len(v.Participants)+len(v.Places)+len(v.Attackers)+len(v.Targets)+len(v.Figures)+len(v.Evidence))
	}
	return v, err
}

func (s *Store) event(ctx context.Context, id string, ev *evidenceReader, nodes *nodeCache) (EventView, error) {
	n, err := nodes.get(ctx, id)
	if err != nil {
		return EventView{}, fmt.Errorf("event %q: %w", id, err)
	}
	if n.Type != domain.Event {
		return EventView{}, fmt.Errorf("event %q: %w", id, ErrNotFound)
	}
	v := EventView{Node: n}
	labels := map[string]bool{}
	hidden, err := s.hiddenFacts(ctx)
	if err != nil {
		return EventView{}, fmt.Errorf("event %q: %w", id, err)
	}
	var dates []Figure // date literals with their evidence, to pick the best supported
	err = s.quadsWith(ctx, quad.Subject, iri(id), func(q quad.Quad) error {
		p := domain.Predicate(valueString(q.Predicate))
		if p.IsMeta() || isInternal(p) || hidden[quadFactID(q)] {
			return nil
		}
		label := valueString(q.Label)
		labels[label] = true
		obj := valueString(q.Object)
		var list *[]domain.Node
		switch p {
		case domain.Category:
			v.Category = obj
		case domain.Date:
			e, err := ev.read(ctx, label)
			if err != nil {
				return err
			}
			dates = append(dates, Figure{Predicate: domain.Date, Value: obj, Evidence: e})
		case domain.Weapon:
			if !slices.Contains(v.Weapons, obj) {
				v.Weapons = append(v.Weapons, obj)
			}
		case domain.Killed, domain.Injured:
			e, err := ev.read(ctx, label)
			if err != nil {
				return err
			}
			v.Figures = append(v.Figures, Figure{Predicate: p, Value: obj, Evidence: e})
		case domain.HeldIn:
			list = &v.Places
		case domain.Participant:
			list = &v.Participants
		case domain.Attacker:
			list = &v.Attackers
		case domain.Target:
			list = &v.Targets
		}
		if list != nil && !slices.ContainsFunc(*list, func(x domain.Node) bool { return x.ID == obj }) {
			o, err := nodes.get(ctx, obj)
			if err != nil {
				return err
			}
			*list = append(*list, o)
		}
		return nil
	})
	if err != nil {
		return EventView{}, fmt.Errorf("event %q: %w", id, err)
	}
	for l := range labels {
		e, err := ev.read(ctx, l)
		if err != nil {
			return EventView{}, fmt.Errorf("event %q: %w", id, err)
		}
		v.Evidence = append(v.Evidence, e)
	}
	v.Evidence = sortEvidence(v.Evidence)
	sortFigures(v.Figures)
	for _, f := range v.Figures { // latest report wins: figures are sorted oldest first
		if f.Predicate == domain.Killed {
			v.Killed = f.Value
		} else {
			v.Injured = f.Value
		}
	}
	sortFigures(dates)
	if len(dates) > 0 {
		v.Date = dates[len(dates)-1].Value
	}
	for _, l := range [][]domain.Node{v.Places, v.Participants, v.Attackers, v.Targets} {
		sort.Slice(l, func(i, j int) bool { return l[i].Name < l[j].Name })
	}
	slices.Sort(v.Weapons)
	return v, nil
}

// sortFigures orders reported figures from the oldest report to the
// newest: by article date, then article and sentence.
func sortFigures(fs []Figure) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i].Evidence, fs[j].Evidence
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		if a.ArticleID != b.ArticleID {
			return a.ArticleID < b.ArticleID
		}
		return a.Sentence < b.Sentence
	})
}

// eventRoles are the predicates that tie an actor to an event.
var eventRoles = []domain.Predicate{domain.Participant, domain.Attacker, domain.Target, domain.HeldIn}

// Timeline returns the events an actor took part in, attacked, was hit in
// or hosted, in date order (undated events last), filtered by categories
// (all when empty) and by the window on the event's date.
func (s *Store) Timeline(ctx context.Context, actorID string, w Window, categories []string) ([]EventView, error) {
	if !s.hasNode(actorID) {
		return nil, fmt.Errorf("timeline of %q: %w", actorID, ErrNotFound)
	}
	hidden, err := s.hiddenFacts(ctx)
	if err != nil {
		return nil, fmt.Errorf("timeline of %q: %w", actorID, err)
	}
	var ids []string
	err = s.quadsWith(ctx, quad.Object, iri(actorID), func(q quad.Quad) error {
		if slices.Contains(eventRoles, domain.Predicate(valueString(q.Predicate))) && !hidden[quadFactID(q)] {
			ids = append(ids, valueString(q.Subject))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("timeline of %q: %w", actorID, err)
	}
	return s.events(ctx, ids, w, categories)
}

// Events returns every event in the window and categories, in date order.
func (s *Store) Events(ctx context.Context, w Window, categories []string) ([]EventView, error) {
	ids, err := s.nodesOfType(ctx, domain.Event)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	return s.events(ctx, ids, w, categories)
}

func (s *Store) events(ctx context.Context, ids []string, w Window, categories []string) ([]EventView, error) {
	slices.Sort(ids)
	ids = slices.Compact(ids)
	ev := newEvidenceReader(s)
	nodes := newNodeCache(s)
	var out []EventView
	for _, id := range ids {
		v, err := s.event(ctx, id, ev, nodes)
		if err != nil {
			return nil, err
		}
		if len(categories) > 0 && !slices.Contains(categories, v.Category) {
			continue
		}
		if !w.Admits(v.SortDate()) {
			continue
		}
		out = append(out, v)
	}
	// by the event's own date, the one clients see, undated events last
	// (among them, by the date of their first report)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Date, out[j].Date
		if (a == "") != (b == "") {
			return a != ""
		}
		if a != b {
			return a < b
		}
		if a, b := out[i].SortDate(), out[j].SortDate(); a != b {
			return a < b
		}
		return out[i].Name < out[j].Name
	})
	return out, nil
}

// nodesOfType returns the IDs of the nodes of type t, sorted.
func (s *Store) nodesOfType(ctx context.Context, t domain.NodeType) ([]string, error) {
	return s.subjects(ctx, domain.Type, lit(string(t)))
}

// subjects returns the distinct subjects of the quads with predicate p and
// the given object, sorted: one index read by object.
func (s *Store) subjects(ctx context.Context, p domain.Predicate, object quad.Value) ([]string, error) {
	var ids []string
	err := s.quadsWith(ctx, quad.Object, object, func(q quad.Quad) error {
		if q.Predicate == pred(p) {
			ids = append(ids, valueString(q.Subject))
		}
		return nil
	})
	slices.Sort(ids)
	return slices.Compact(ids), err
}

// StatementView is a statement with its speakers, words and context.
type StatementView struct {
	domain.Node
	Text     string
	Speakers []domain.Node
	Via      []domain.Node
	About    []domain.Node
	Evidence []domain.Evidence
}

// StatementFilter selects statements; zero fields select everything.
type StatementFilter struct {
	Speaker  string // node ID of who said it
	About    string // node ID of what it is about
	Contains string // words the text contains, case- and accent-insensitively
	Window   Window // on the date of the reporting article
}

// Statements returns the statements that match f, oldest report first.
func (s *Store) Statements(ctx context.Context, f StatementFilter) ([]StatementView, error) {
	var ids []string
	var err error
	if f.Speaker != "" {
		ids, err = s.objects(ctx, f.Speaker, domain.Said)
	} else {
		ids, err = s.nodesOfType(ctx, domain.Statement)
	}
	if err != nil {
		return nil, fmt.Errorf("statements: %w", err)
	}
	ev := newEvidenceReader(s)
	nodes := newNodeCache(s)
	needle := domain.Fold(f.Contains)
	var out []StatementView
	for _, id := range ids {
		v, err := s.statement(ctx, id, ev, nodes)
		if err != nil {
			return nil, fmt.Errorf("statements: %w", err)
		}
		if needle != "" && !strings.Contains(domain.Fold(v.Text), needle) {
			continue
		}
		if f.About != "" && !slices.ContainsFunc(v.About, func(n domain.Node) bool { return n.ID == f.About }) {
			continue
		}
		if !f.Window.IsZero() && !slices.ContainsFunc(v.Evidence, func(e domain.Evidence) bool { return f.Window.Admits(e.Date) }) {
			continue
		}
		out = append(out, v)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Evidence, out[j].Evidence
		if len(a) == 0 || len(b) == 0 {
			return len(a) > len(b)
		}
		if a[0].Date != b[0].Date {
			return a[0].Date < b[0].Date
		}
		if a[0].ArticleID != b[0].ArticleID {
			return a[0].ArticleID < b[0].ArticleID
		}
		return a[0].Sentence < b[0].Sentence
	})
	return out, nil
}

func (s *Store) statement(ctx context.Context, id string, ev *evidenceReader, nodes *nodeCache) (StatementView, error) {
	n, err := nodes.get(ctx, id)
	if err != nil {
		return StatementView{}, err
	}
	v := StatementView{Node: n}
	labels := map[string]bool{}
	hidden, err := s.hiddenFacts(ctx)
	if err != nil {
		return StatementView{}, err
	}
	addNode := func(list *[]domain.Node, id string) error {
		if slices.ContainsFunc(*list, func(x domain.Node) bool { return x.ID == id }) {
			return nil
		}
		o, err := nodes.get(ctx, id)
		if err == nil {
			*list = append(*list, o)
		}
		return err
	}
	err = s.quadsWith(ctx, quad.Subject, iri(id), func(q quad.Quad) error {
		p := domain.Predicate(valueString(q.Predicate))
		obj := valueString(q.Object)
		if hidden[quadFactID(q)] {
			return nil
		}
		switch p {
		case domain.Text:
			v.Text = obj
		case domain.Via:
			if _, ok := q.Object.(quad.IRI); ok {
				return addNode(&v.Via, obj)
			}
			v.Via = append(v.Via, domain.Node{Name: obj})
		case domain.About:
			return addNode(&v.About, obj)
		default:
			return nil
		}
		labels[valueString(q.Label)] = true
		return nil
	})
	if err == nil {
		err = s.quadsWith(ctx, quad.Object, iri(id), func(q quad.Quad) error {
			if q.Predicate != pred(domain.Said) || hidden[quadFactID(q)] {
				return nil
			}
			labels[valueString(q.Label)] = true
			return addNode(&v.Speakers, valueString(q.Subject))
		})
	}
	if err != nil {
		return StatementView{}, err
	}
	for l := range labels {
		e, err := ev.read(ctx, l)
		if err != nil {
			return StatementView{}, err
		}
		v.Evidence = append(v.Evidence, e)
	}
	v.Evidence = sortEvidence(v.Evidence)
	return v, nil
}
