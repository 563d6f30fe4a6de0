package graph

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"github.com/actorgraph/actorgraph/domain"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// backends opens a fresh store of every kind, so that each test runs as
// one suite against all of them: memory, bolt, and PostgreSQL when
// ACTORGRAPH_TEST_POSTGRES holds a server's URL (scripts/pg-test.sh starts
// one and sets it). Each PostgreSQL store gets a schema of its own, dropped
// when the test ends.
func backends(tb testing.TB) map[string]*Store {
	tb.Helper()
	out := map[string]*Store{}
	for _, dsn := range []string{Memory, filepath.Join(tb.TempDir(), "graph.db")} {
		s, err := Open(context.Background(), dsn)
		if err != nil {
			tb.Fatalf("Open(%q): %v", dsn, err)
		}
		tb.Cleanup(func() { s.Close() })
		name := "bolt"
		if dsn == Memory {
			name = "memory"
		}
		out[name] = s
	}
	if dsn := os.Getenv(testPostgresEnv); dsn != "" {
		out["postgres"] = openTestPostgres(tb, dsn)
	} else {
		tb.Logf("%s is not set: skipping the postgres backend (run through scripts/pg-test.sh)", testPostgresEnv)
	}
	return out
}

// sampleArticle is an invented article: a spokeswoman quoted twice, and an
// envoy, with one attributed fact.
func sampleArticle(id string) domain.Extraction {
	text := "Norland spokeswoman Ilse Varga said talks would resume. Varga added that envoy Tomas Brek had arrived, officials said."
	sentences := []domain.Sentence{
		{Index: 0, Start: 0, End: 55, Text: text[:55]},
		{Index: 1, Start: 56, End: len(text), Text: text[56:]},
	}
	varga := domain.Node{ID: domain.NodeID(domain.Person, "Ilse Varga"), Type: domain.Person, Name: "Ilse Varga", Aliases: []string{"Varga"}}
	brek := domain.Node{ID: domain.NodeID(domain.Person, "Tomas Brek"), Type: domain.Person, Name: "Tomas Brek"}
	norland := domain.Node{ID: domain.NodeID(domain.Country, "Norland"), Type: domain.Country, Name: "Norland", Aliases: []string{"Norlandic"}}
	art := domain.ArticleID(id)
	return domain.Extraction{
		Article: domain.Article{ID: id, Title: "Talks to resume", Date: "2031-04-02", Source: id + ".txt", Text: text, Sentences: sentences},
		Nodes:   []domain.Node{varga, brek, norland},
		Facts: []domain.Fact{
			{Subject: varga.ID, Predicate: domain.SpokespersonFor, Object: norland.ID, Sentence: 0},
			{Subject: varga.ID, Predicate: domain.Title, Object: "spokeswoman", Literal: true, Sentence: 0},
			{Subject: brek.ID, Predicate: domain.EnvoyOf, Object: norland.ID, Sentence: 1, Hedging: domain.Attributed},
			{Subject: varga.ID, Predicate: domain.MentionedIn, Object: art, Sentence: 0},
			{Subject: norland.ID, Predicate: domain.MentionedIn, Object: art, Sentence: 0},
			{Subject: brek.ID, Predicate: domain.MentionedIn, Object: art, Sentence: 1},
		},
	}
}

func TestWriteArticleTwiceAddsNothing(t *testing.T) {
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			first, err := s.WriteArticle(ctx, sampleArticle("a1"))
			if err != nil {
				t.Fatal(err)
			}
			if first.Added == 0 {
				t.Fatalf("first write added no quads")
			}
			var before bytes.Buffer
			if err := s.WriteNQuads(ctx, &before); err != nil {
				t.Fatal(err)
			}
			again, err := s.WriteArticle(ctx, sampleArticle("a1"))
			if err != nil {
				t.Fatal(err)
			}
			if !again.Unchanged() {
				t.Errorf("second write: +%d -%d quads, want no change", again.Added, again.Removed)
			}
			var after bytes.Buffer
			if err := s.WriteNQuads(ctx, &after); err != nil {
				t.Fatal(err)
			}
			if before.String() != after.String() {
				t.Errorf("store changed on reload:\nbefore:\n%s\nafter:\n%s", before.String(), after.String())
			}
		})
	}
}

func TestRelationsCarryEvidence(t *testing.T) {
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			for _, id := range []string{"a1", "a2"} {
				if _, err := s.WriteArticle(ctx, sampleArticle(id)); err != nil {
					t.Fatal(err)
				}
			}
			rels, err := s.Relations(ctx, domain.NodeID(domain.Person, "Ilse Varga"))
			if err != nil {
				t.Fatal(err)
			}
			var spoke *domain.Relation
			for i, r := range rels {
				if r.Predicate == domain.SpokespersonFor {
					spoke = &rels[i]
				}
				if r.Predicate == domain.MentionedIn || r.Predicate == domain.Name {
					t.Errorf("Relations includes meta predicate %s", r.Predicate)
				}
			}
			if spoke == nil {
				t.Fatalf("no spokesperson_for relation in %+v", rels)
			}
			if spoke.Object.Name != "Norland" || spoke.Subject.Name != "Ilse Varga" {
				t.Errorf("relation = %s %s %s, want Ilse Varga spokesperson_for Norland", spoke.Subject.Name, spoke.Predicate, spoke.Object.Name)
			}
			if len(spoke.Evidence) != 2 {
				t.Fatalf("evidence = %+v, want one per article", spoke.Evidence)
			}
			e := spoke.Evidence[0]
			want := sampleArticle("a1").Article.Sentences[0]
			if e.ArticleID != "a1" || e.Text != want.Text || e.Start != want.Start || e.End != want.End || e.Hedging != domain.Asserted {
				t.Errorf("evidence[0] = %+v, want sentence %+v of a1", e, want)
			}

			rels, err = s.Relations(ctx, domain.NodeID(domain.Person, "Tomas Brek"))
			if err != nil {
				t.Fatal(err)
			}
			if len(rels) != 1 || rels[0].Evidence[0].Hedging != domain.Attributed {
				t.Errorf("Brek's relations = %+v, want one attributed envoy_of", rels)
			}
		})
	}
}

func TestFindActor(t *testing.T) {
	tests := []struct {
		name   string
		wantID string // "" for not found
	}{
		{"Ilse Varga", "person:ilse-varga"},
		{"ilse varga", "person:ilse-varga"},
		{"VARGA", "person:ilse-varga"},
		{"Brek", "person:tomas-brek"}, // surname, never given as an alias
		{"Norlandic", "country:norland"},
		{"Ílse Várga", "person:ilse-varga"},
		{"Varg", ""},
		{"", ""},
	}
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			if _, err := s.WriteArticle(ctx, sampleArticle("a1")); err != nil {
				t.Fatal(err)
			}
			for _, tt := range tests {
				n, err := s.FindActor(ctx, tt.name)
				if tt.wantID == "" {
					if !errors.Is(err, ErrNotFound) {
						t.Errorf("FindActor(%q) = %+v, %v; want ErrNotFound", tt.name, n, err)
					}
					continue
				}
				if err != nil || n.ID != tt.wantID {
					t.Errorf("FindActor(%q) = %q, %v; want %q", tt.name, n.ID, err, tt.wantID)
				}
			}
		})
	}
}

func TestSearchRanksExactFirst(t *testing.T) {
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			if _, err := s.WriteArticle(ctx, sampleArticle("a1")); err != nil {
				t.Fatal(err)
			}
			got, err := s.Search(ctx, "nor", 10)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || got[0].Name != "Norland" {
				t.Errorf("Search(nor) = %+v, want [Norland]", got)
			}
			got, err = s.Search(ctx, "a", 10)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 3 {
				t.Errorf("Search(a) found %d actors, want 3", len(got))
			}
			if got, _ := s.Search(ctx, "a", 1); len(got) != 1 {
				t.Errorf("Search(a, 1) returned %d, want 1", len(got))
			}
		})
	}
}

func TestSurnameJoinsEarlierPerson(t *testing.T) {
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			if _, err := s.WriteArticle(ctx, sampleArticle("a1")); err != nil {
				t.Fatal(err)
			}
			// A later article names the envoy by surname only.
			if _, err := s.WriteArticle(ctx, renameEnvoy(sampleArticle("a2"), "Brek")); err != nil {
				t.Fatal(err)
			}
			if s.hasNode(domain.NodeID(domain.Person, "Brek")) {
				t.Errorf("a surname-only node was created next to Tomas Brek")
			}
			n, err := s.Node(ctx, domain.NodeID(domain.Person, "Tomas Brek"))
			if err != nil {
				t.Fatal(err)
			}
			if n.Name != "Tomas Brek" || !slices.Contains(n.Aliases, "Brek") {
				t.Errorf("Node = %+v, want Tomas Brek with alias Brek", n)
			}
		})
	}
}

func TestDeleteArticleKeepsOtherEvidence(t *testing.T) {
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			for _, id := range []string{"a1", "a2"} {
				if _, err := s.WriteArticle(ctx, sampleArticle(id)); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := s.DeleteArticle(ctx, "a1"); err != nil {
				t.Fatal(err)
			}
			rels, err := s.Relations(ctx, domain.NodeID(domain.Person, "Ilse Varga"))
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range rels {
				for _, e := range r.Evidence {
					if e.ArticleID != "a2" {
						t.Errorf("evidence from deleted article remains: %+v", e)
					}
				}
			}
			if len(rels) == 0 {
				t.Errorf("facts also stated by a2 disappeared")
			}
			if _, err := s.DeleteArticle(ctx, "a2"); err != nil {
				t.Fatal(err)
			}
			var dump bytes.Buffer
			if err := s.WriteNQuads(ctx, &dump); err != nil {
				t.Fatal(err)
			}
			if dump.Len() != 0 {
				t.Errorf("store not empty after deleting every article:\n%s", dump.String())
			}
			if _, err := s.DeleteArticle(ctx, "a2"); !errors.Is(err, ErrNotFound) {
				t.Errorf("DeleteArticle of a missing article: %v, want ErrNotFound", err)
			}
		})
	}
}

func TestWriteArticleRejectsBrokenExtraction(t *testing.T) {
	tests := []struct {
		name    string
		breakIt func(*domain.Extraction)
	}{
		{"no id", func(ex *domain.Extraction) { ex.Article.ID = "" }},
		{"sentence out of range", func(ex *domain.Extraction) { ex.Facts[0].Sentence = 9 }},
		{"unknown subject", func(ex *domain.Extraction) { ex.Facts[0].Subject = "person:nobody" }},
		{"unknown object", func(ex *domain.Extraction) { ex.Facts[0].Object = "country:nowhere" }},
		{"nameless node", func(ex *domain.Extraction) { ex.Nodes[0].Name = "" }},
	}
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			for _, tt := range tests {
				ex := sampleArticle("broken")
				tt.breakIt(&ex)
				if _, err := s.WriteArticle(ctx, ex); !errors.Is(err, ErrInvalid) {
					t.Errorf("%s: WriteArticle error = %v, want ErrInvalid", tt.name, err)
				}
			}
			var dump bytes.Buffer
			if err := s.WriteNQuads(ctx, &dump); err != nil {
				t.Fatal(err)
			}
			if dump.Len() != 0 {
				t.Errorf("a refused extraction left quads behind:\n%s", dump.String())
			}
		})
	}
}

func TestWriteCSV(t *testing.T) {
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			if _, err := s.WriteArticle(ctx, sampleArticle("a1")); err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := s.WriteCSV(ctx, &buf); err != nil {
				t.Fatal(err)
			}
			recs, err := csv.NewReader(&buf).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(recs[0], FactsHeader) {
				t.Fatalf("header = %q", recs[0])
			}
			rows := map[string]bool{}
			for _, r := range recs[1:] {
				rows[strings.Join(r, "|")] = true
			}
			s0 := sampleArticle("a1").Article.Sentences[0].Text
			for _, want := range []string{
				"person:ilse-varga|Ilse Varga|Person|spokesperson_for|country:norland|Norland|Country|a1|" + s0,
				"person:ilse-varga|Ilse Varga|Person|title||spokeswoman|literal|a1|" + s0,
				"person:ilse-varga|Ilse Varga|Person|type||Person|literal|a1|" + s0,
				"person:ilse-varga|Ilse Varga|Person|alias||Varga|literal|a1|" + s0,
				"person:ilse-varga|Ilse Varga|Person|mentioned_in|article:a1|Talks to resume|Article|a1|" + s0,
			} {
				if !rows[want] {
					t.Errorf("missing row %q in\n%s", want, strings.Join(slices.Sorted(func(yield func(string) bool) {
						for r := range rows {
							if !yield(r) {
								return
							}
						}
					}), "\n"))
				}
			}
			for r := range rows {
				if strings.Contains(r, "|key|") || strings.Contains(r, "sentence_text") {
					t.Errorf("internal predicate exported: %q", r)
				}
			}
		})
	}
}

func TestLooseKey(t *testing.T) {
	same := [][]string{
		{"Pavlo Horodenskyy", "Pavlo Horodenskiy", "Pavlo Horodensky"},
		{"Dmitri Orlov", "Dmitry Orlov"},
	}
	for _, group := range same {
		for _, n := range group[1:] {
			if LooseKey(n) != LooseKey(group[0]) {
				t.Errorf("LooseKey(%q) = %q, LooseKey(%q) = %q; want equal", n, LooseKey(n), group[0], LooseKey(group[0]))
			}
		}
	}
	if LooseKey("Marta Kovac") == LooseKey("Marta Kovar") {
		t.Errorf("LooseKey merges different surnames")
	}
}

func TestSpellingVariantJoinsEarlierPerson(t *testing.T) {
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			if _, err := s.WriteArticle(ctx, sampleArticle("a1")); err != nil {
				t.Fatal(err)
			}
			if _, err := s.WriteArticle(ctx, renameEnvoy(sampleArticle("a2"), "Tomas Breky")); err != nil {
				t.Fatal(err)
			}
			if s.hasNode(domain.NodeID(domain.Person, "Tomas Breky")) {
				t.Errorf("a spelling variant made a second node")
			}
			n, err := s.FindActor(ctx, "Tomas Brekiy")
			if err != nil || n.ID != domain.NodeID(domain.Person, "Tomas Brek") {
				t.Errorf("FindActor(Tomas Brekiy) = %+v, %v; want Tomas Brek", n, err)
			}
			got, err := s.Search(ctx, "brekiy", 5)
			if err != nil || len(got) != 1 || got[0].ID != domain.NodeID(domain.Person, "Tomas Brek") {
				t.Errorf("Search(brekiy) = %+v, %v; want Tomas Brek", got, err)
			}
		})
	}
}

// TestRewriteWithFewerFacts rewrites an article whose sentence now states
// fewer facts: the store must then equal a fresh load of the new version.
// (Cayley's bolt store corrupts a transaction that mixes such additions
// and deletions; see applyDeltas.)
func TestRewriteWithFewerFacts(t *testing.T) {
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			if _, err := s.WriteArticle(ctx, sampleArticle("a1")); err != nil {
				t.Fatal(err)
			}
			fewer := sampleArticle("a1")
			fewer.Facts = slices.DeleteFunc(fewer.Facts, func(f domain.Fact) bool {
				return f.Predicate == domain.Title || f.Predicate == domain.SpokespersonFor
			})
			fewer.Facts = append(fewer.Facts, domain.Fact{Subject: domain.NodeID(domain.Person, "Ilse Varga"), Predicate: domain.MemberOf, Object: domain.NodeID(domain.Country, "Norland"), Sentence: 0})
			if _, err := s.WriteArticle(ctx, fewer); err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			if err := s.WriteNQuads(ctx, &got); err != nil {
				t.Fatal(err)
			}
			fresh, err := Open(ctx, Memory)
			if err != nil {
				t.Fatal(err)
			}
			defer fresh.Close()
			if _, err := fresh.WriteArticle(ctx, fewer); err != nil {
				t.Fatal(err)
			}
			var want bytes.Buffer
			if err := fresh.WriteNQuads(ctx, &want); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Errorf("after the rewrite:\n%s\nwant, as a fresh load:\n%s", got.String(), want.String())
			}
		})
	}
}

// renameEnvoy returns ex with its envoy, Tomas Brek, called name instead,
// as a later article might spell him.
func renameEnvoy(ex domain.Extraction, name string) domain.Extraction {
	old, id := domain.NodeID(domain.Person, "Tomas Brek"), domain.NodeID(domain.Person, name)
	for i, n := range ex.Nodes {
		if n.ID == old {
			ex.Nodes[i] = domain.Node{ID: id, Type: domain.Person, Name: name}
		}
	}
	for i, f := range ex.Facts {
		if f.Subject == old {
			ex.Facts[i].Subject = id
		}
	}
	return ex
}
