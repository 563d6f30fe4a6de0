package graph

import (
	"context"
	"github.com/actorgraph/actorgraph/domain"
	"slices"
	"strings"
	"testing"
)

// worldArticle is an invented report: talks between two countries in a
// city, an attack with a casualty figure, and a quoted minister. Two
// versions of it (different dates, different figures) test updates.
func worldArticle(id, date, injured string) domain.Extraction {
	sents := []string{
		"Norland and Ostria held talks in Velmar on Monday.",
		"Ostrian Foreign Minister Kasia Lenz said the talks were useful.",
		"A missile strike on Drava injured people, officials said.",
		"Norland's envoy Tomas Brek met Lenz.",
	}
	var text strings.Builder
	var sentences []domain.Sentence
	for i, s := range sents {
		start := len([]rune(text.String()))
		text.WriteString(s + " ")
		sentences = append(sentences, domain.Sentence{Index: i, Start: start, End: start + len([]rune(s)), Text: s})
	}
	n := func(t domain.NodeType, name string) domain.Node {
		return domain.Node{ID: domain.NodeID(t, name), Type: t, Name: name}
	}
	norland, ostria := n(domain.Country, "Norland"), n(domain.Country, "Ostria")
	velmar, drava := n(domain.Place, "Velmar"), n(domain.Place, "Drava")
	lenz, brek := n(domain.Person, "Kasia Lenz"), n(domain.Person, "Tomas Brek")
	talks := domain.Node{ID: "event:talks-velmar", Type: domain.Event, Name: "talks in Velmar"}
	strike := domain.Node{ID: "event:attack-drava", Type: domain.Event, Name: "attack on Drava"}
	quote := domain.Node{ID: "statement:lenz-useful", Type: domain.Statement, Name: "the talks were useful"}
	lit := func(s string, p domain.Predicate, o string, sen int) domain.Fact {
		return domain.Fact{Subject: s, Predicate: p, Object: o, Literal: true, Sentence: sen}
	}
	rel := func(s string, p domain.Predicate, o string, sen int) domain.Fact {
		return domain.Fact{Subject: s, Predicate: p, Object: o, Sentence: sen}
	}
	facts := []domain.Fact{
		lit(talks.ID, domain.Category, "talks", 0),
		lit(talks.ID, domain.Date, "2031-04-07", 0),
		rel(talks.ID, domain.Participant, norland.ID, 0),
		rel(talks.ID, domain.Participant, ostria.ID, 0),
		rel(talks.ID, domain.HeldIn, velmar.ID, 0),
		rel(lenz.ID, domain.MinisterOf, ostria.ID, 1),
		lit(lenz.ID, domain.Title, "Foreign Minister", 1),
		rel(lenz.ID, domain.Said, quote.ID, 1),
		lit(quote.ID, domain.Text, "the talks were useful", 1),
		rel(quote.ID, domain.About, talks.ID, 1),
		lit(strike.ID, domain.Category, "attack", 2),
		rel(strike.ID, domain.Target, drava.ID, 2),
		lit(strike.ID, domain.Injured, injured, 2),
		rel(brek.ID, domain.EnvoyOf, norland.ID, 3),
		rel(brek.ID, "met_with", lenz.ID, 3),
	}
	facts[11].Hedging = domain.Attributed
	return domain.Extraction{
		Article: domain.Article{ID: id, Date: date, Text: text.String(), Sentences: sentences},
		Nodes:   []domain.Node{norland, ostria, velmar, drava, lenz, brek, talks, strike, quote},
		Facts:   facts,
	}
}

func loadWorld(t *testing.T, s *Store) {
	t.Helper()
	for _, ex := range []domain.Extraction{
		worldArticle("w1", "2031-04-07", "10"),
		worldArticle("w2", "2031-04-08", "25"),
	} {
		if _, err := s.WriteArticle(context.Background(), ex); err != nil {
			t.Fatal(err)
		}
	}
}

func nodeIDs(g domain.Subgraph) []string {
	var ids []string
	for _, n := range g.Nodes {
		ids = append(ids, n.ID)
	}
	return ids
}

func TestNeighborhood(t *testing.T) {
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			loadWorld(t, s)
			ctx := context.Background()
			g, err := s.Neighborhood(ctx, []string{"person:tomas-brek"}, NeighborhoodOptions{Depth: 1, Limit: 50})
			if err != nil {
				t.Fatal(err)
			}
			want := []string{"person:tomas-brek", "country:norland", "person:kasia-lenz"}
			if got := nodeIDs(g); !sameSet(got, want) {
				t.Errorf("depth 1 nodes = %q, want %q", got, want)
			}
			if g.Truncated {
				t.Error("depth 1 truncated")
			}
			for _, e := range g.Edges {
				if e.Weight != 2 || !slices.Equal(e.ArticleIDs, []string{"w1", "w2"}) {
					t.Errorf("edge %s: weight %d articles %q, want 2 from w1, w2", e.ID, e.Weight, e.ArticleIDs)
				}
			}
			if len(g.Edges) != 2 {
				t.Errorf("depth 1 edges = %d, want 2 (envoy_of, met_with)", len(g.Edges))
			}

			g, err = s.Neighborhood(ctx, []string{"person:tomas-brek"}, NeighborhoodOptions{Depth: 2, Limit: 50, Predicates: []domain.Predicate{domain.EnvoyOf, domain.Participant}})
			if err != nil {
				t.Fatal(err)
			}
			want = []string{"person:tomas-brek", "country:norland", "event:talks-velmar"}
			if got := nodeIDs(g); !sameSet(got, want) {
				t.Errorf("depth 2 over envoy_of, participant = %q, want %q", got, want)
			}

			g, err = s.Neighborhood(ctx, []string{"person:tomas-brek"}, NeighborhoodOptions{Depth: 3, Limit: 4})
			if err != nil {
				t.Fatal(err)
			}
			if len(g.Nodes) != 4 || !g.Truncated {
				t.Errorf("limit 4: %d nodes, truncated %v; want 4, true", len(g.Nodes), g.Truncated)
			}

			g, err = s.Neighborhood(ctx, []string{"person:tomas-brek"}, NeighborhoodOptions{Depth: 1, Limit: 50, Window: Window{Since: "2031-04-08"}})
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range g.Edges {
				if !slices.Equal(e.ArticleIDs, []string{"w2"}) {
					t.Errorf("since 2031-04-08: edge %s cites %q, want only w2", e.ID, e.ArticleIDs)
				}
			}
			// with sentences, the same edges, each with its evidence; the
			// window applies to both
			for _, w := range []Window{{}, {Since: "2031-04-08"}} {
				bare, err := s.Neighborhood(ctx, []string{"person:tomas-brek"}, NeighborhoodOptions{Depth: 2, Limit: 50, Window: w})
				if err != nil {
					t.Fatal(err)
				}
				full, err := s.Neighborhood(ctx, []string{"person:tomas-brek"}, NeighborhoodOptions{Depth: 2, Limit: 50, Window: w, Sentences: true})
				if err != nil {
					t.Fatal(err)
				}
				if len(bare.Edges) != len(full.Edges) || len(bare.Edges) == 0 {
					t.Fatalf("window %v: %d edges without sentences, %d with", w, len(bare.Edges), len(full.Edges))
				}
				for i, e := range full.Edges {
					b := bare.Edges[i]
					if b.ID != e.ID || b.Weight != e.Weight || !slices.Equal(b.ArticleIDs, e.ArticleIDs) || b.Evidence != nil {
						t.Errorf("window %v: edge %s without sentences %+v, with %+v", w, e.ID, b, e)
					}
					if len(e.Evidence) == 0 || e.Evidence[0].Text == "" {
						t.Errorf("window %v: edge %s has no sentences with Sentences set", w, e.ID)
					}
				}
			}
			if _, err := s.Neighborhood(ctx, []string{"person:tomas-brek"}, NeighborhoodOptions{Depth: 4, Limit: 5}); err == nil {
				t.Error("depth 4 accepted")
			}
		})
	}
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

func TestPaths(t *testing.T) {
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			loadWorld(t, s)
			ctx := context.Background()
			paths, err := s.Paths(ctx, "person:tomas-brek", "place:velmar", PathOptions{MaxLength: 4, First: 3})
			if err != nil {
				t.Fatal(err)
			}
			if len(paths) == 0 {
				t.Fatal("no path from Tomas Brek to Velmar")
			}
			if len(paths[0]) != 3 {
				t.Errorf("shortest path has %d steps, want 3 (envoy_of, participant, held_in)", len(paths[0]))
			}
			for i := 1; i < len(paths); i++ {
				if len(paths[i]) < len(paths[i-1]) {
					t.Errorf("paths not shortest first: %d then %d steps", len(paths[i-1]), len(paths[i]))
				}
			}
			for _, p := range paths {
				at := "person:tomas-brek"
				for _, step := range p {
					switch at {
					case step.Subject.ID:
						at = step.Object.ID
					case step.Object.ID:
						at = step.Subject.ID
					default:
						t.Fatalf("path breaks at %s: step %s %s %s", at, step.Subject.ID, step.Predicate, step.Object.ID)
					}
					if len(step.Evidence) == 0 {
						t.Errorf("step %s has no evidence", step.Predicate)
					}
				}
				if at != "place:velmar" {
					t.Errorf("path ends at %s", at)
				}
			}
			none, err := s.Paths(ctx, "person:tomas-brek", "place:velmar", PathOptions{MaxLength: 2, First: 3})
			if err != nil || len(none) != 0 {
				t.Errorf("maxLength 2: %d paths, %v; want none", len(none), err)
			}
		})
	}
}

func TestTimelineAndLatestFigure(t *testing.T) {
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			loadWorld(t, s)
			ctx := context.Background()
			evs, err := s.Timeline(ctx, "country:ostria", Window{}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(evs) != 1 || evs[0].Category != "talks" || evs[0].Date != "2031-04-07" {
				t.Fatalf("Ostria's timeline = %+v, want the talks of 2031-04-07", evs)
			}
			if len(evs[0].Places) != 1 || evs[0].Places[0].Name != "Velmar" || len(evs[0].Participants) != 2 {
				t.Errorf("talks = %+v, want in Velmar with two participants", evs[0])
			}
			strike, err := s.Timeline(ctx, "place:drava", Window{}, []string{"attack"})
			if err != nil {
				t.Fatal(err)
			}
			if len(strike) != 1 || strike[0].Injured != "25" || len(strike[0].Figures) != 2 {
				t.Fatalf("Drava's timeline = %+v, want one attack with injured 25 (latest of 10, 25)", strike)
			}
			if f := strike[0].Figures[0]; f.Value != "10" || f.Evidence.ArticleID != "w1" {
				t.Errorf("first figure = %+v, want 10 from w1", f)
			}
			if none, _ := s.Timeline(ctx, "place:drava", Window{}, []string{"talks"}); len(none) != 0 {
				t.Errorf("category filter let %d events through", len(none))
			}
		})
	}
}

func TestStatementsAndFilters(t *testing.T) {
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			loadWorld(t, s)
			ctx := context.Background()
			st, err := s.Statements(ctx, StatementFilter{Speaker: "person:kasia-lenz", Contains: "USEFUL"})
			if err != nil {
				t.Fatal(err)
			}
			if len(st) != 1 || st[0].Text != "the talks were useful" || len(st[0].Speakers) != 1 || len(st[0].About) != 1 {
				t.Fatalf("statements = %+v", st)
			}
			if none, _ := s.Statements(ctx, StatementFilter{Contains: "ceasefire"}); len(none) != 0 {
				t.Errorf("contains filter let %d through", len(none))
			}

			rels, err := s.FilterRelations(ctx, RelationFilter{Predicates: []domain.Predicate{domain.MinisterOf}})
			if err != nil {
				t.Fatal(err)
			}
			if len(rels) != 1 || rels[0].Title != "Foreign Minister" || rels[0].ArticleCount() != 2 {
				t.Fatalf("minister_of relations = %+v, want Lenz, titled, from 2 articles", rels)
			}
			if rels[0].FirstSeen() != "2031-04-07" || rels[0].LastSeen() != "2031-04-08" {
				t.Errorf("seen %s..%s", rels[0].FirstSeen(), rels[0].LastSeen())
			}
			if c := rels[0].Confidence(); c < 0.9 || c >= 1 {
				t.Errorf("confidence of a fact asserted by two articles = %v", c)
			}
			hedged, _ := s.FilterRelations(ctx, RelationFilter{Object: "place:drava"})
			if len(hedged) != 1 || hedged[0].Hedging() != domain.Attributed {
				t.Errorf("target relation = %+v, want attributed", hedged)
			}
			if got, _ := s.FilterRelations(ctx, RelationFilter{MinArticles: 3}); len(got) != 0 {
				t.Errorf("minArticles 3 let %d through", len(got))
			}
			if got, _ := s.FilterRelations(ctx, RelationFilter{Window: Window{Until: "2031-04-07"}, Predicates: []domain.Predicate{domain.EnvoyOf}}); len(got) != 1 || got[0].ArticleCount() != 1 {
				t.Errorf("until 2031-04-07: %+v, want one relation cited once", got)
			}

			actors, err := s.Actors(ctx, ActorFilter{Types: []domain.NodeType{domain.Country}})
			if err != nil || len(actors) != 2 || actors[0].Name != "Norland" {
				t.Errorf("countries = %+v, %v", actors, err)
			}
			stats, err := s.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if stats.Articles != 2 || stats.NodesByType[domain.Person] != 2 || stats.FactsByPred[domain.Participant] != 2 || stats.LastArticle != "2031-04-08" {
				t.Errorf("stats = %+v", stats)
			}
		})
	}
}
