package graph

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/domain"
)

// accentedArticle is an invented article whose text has letters of two
// bytes and of three, a paragraph break and a line of boilerplate between
// its sentences: offsets in characters and in bytes differ.
func accentedArticle(id string) domain.Extraction {
	parts := []string{"Zoë Ångström, ministre d’État, a parlé.", "Envoy Émile Roux arrived in Västerby."}
	text := "Par Agence — " + parts[0] + "\n\n" + parts[1] + " (fin)"
	var sentences []domain.Sentence
	for i, p := range parts {
		start := len([]rune(text[:strings.Index(text, p)]))
		sentences = append(sentences, domain.Sentence{Index: i, Start: start, End: start + len([]rune(p)), Text: p})
	}
	zoe := domain.Node{ID: domain.NodeID(domain.Person, "Zoë Ångström"), Type: domain.Person, Name: "Zoë Ångström"}
	roux := domain.Node{ID: domain.NodeID(domain.Person, "Émile Roux"), Type: domain.Person, Name: "Émile Roux"}
	art := domain.ArticleID(id)
	return domain.Extraction{
		Article: domain.Article{ID: id, Title: "Un envoyé", Date: "2031-07-01", Text: text, Sentences: sentences},
		Nodes:   []domain.Node{zoe, roux},
		Facts: []domain.Fact{
			{Subject: zoe.ID, Predicate: domain.MentionedIn, Object: art, Sentence: 0},
			{Subject: roux.ID, Predicate: domain.MentionedIn, Object: art, Sentence: 1},
			{Subject: roux.ID, Predicate: domain.Title, Object: "envoy", Literal: true, Sentence: 1},
		},
	}
}

// TestDocumentsRoundTrip stores articles' texts and sentences beside the
// quads and reads them back whole, as evidence too; a new text replaces
// the old one's document, and a deleted article leaves none.
func TestDocumentsRoundTrip(t *testing.T) {
	ctx := context.Background()
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			for _, ex := range []domain.Extraction{sampleArticle("s1"), accentedArticle("é 1")} {
				if _, err := s.WriteArticle(ctx, ex); err != nil {
					t.Fatal(err)
				}
				checkDocument(t, s, ex.Article)
			}
			if quads := articleQuadCount(t, s, "é 1"); quads != 20 {
				// article: type, name, title, date, document; each person:
				// type, name, four keys, mentioned_in; a title; no quad per
				// sentence
				t.Errorf("accented article stored as %d quads, want 20", quads)
			}
			ev, err := s.Relations(ctx, domain.NodeID(domain.Person, "Émile Roux"))
			if err != nil {
				t.Fatal(err)
			}
			want := accentedArticle("é 1").Article.Sentences[1]
			if len(ev) == 0 || len(ev[0].Evidence) == 0 {
				t.Fatalf("no evidence for Émile Roux: %+v", ev)
			}
			if e := ev[0].Evidence[0]; e.Text != want.Text || e.Start != want.Start || e.End != want.End {
				t.Errorf("evidence %q %d–%d, want %q %d–%d", e.Text, e.Start, e.End, want.Text, want.Start, want.End)
			}

			old := documentVersion(t, s, "é 1")
			changed := accentedArticle("é 1")
			changed.Article.Text = strings.Replace(changed.Article.Text, "(fin)", "(fin de la dépêche)", 1)
			if _, err := s.WriteArticle(ctx, changed); err != nil {
				t.Fatal(err)
			}
			checkDocument(t, s, changed.Article)
			if _, ok, err := s.docs.get(ctx, "é 1", old); err != nil || ok {
				t.Errorf("the replaced text's document is still stored (ok %v, err %v)", ok, err)
			}

			version := documentVersion(t, s, "é 1")
			if _, err := s.DeleteArticle(ctx, "é 1"); err != nil {
				t.Fatal(err)
			}
			if _, ok, err := s.docs.get(ctx, "é 1", version); err != nil || ok {
				t.Errorf("a deleted article's document is still stored (ok %v, err %v)", ok, err)
			}
			if _, err := s.ArticleText(ctx, "é 1"); !errors.Is(err, ErrNotFound) {
				t.Errorf("ArticleText of a deleted article: %v, want ErrNotFound", err)
			}
			checkDocument(t, s, sampleArticle("s1").Article)
		})
	}
}

// checkDocument reads article a back: its text and its sentences.
func checkDocument(t *testing.T, s *Store, a domain.Article) {
	t.Helper()
	ctx := context.Background()
	text, err := s.ArticleText(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if text != a.Text {
		t.Errorf("text of %q: %q, want %q", a.ID, text, a.Text)
	}
	got, err := s.Sentences(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, a.Sentences) {
		t.Errorf("sentences of %q:\n got %+v\nwant %+v", a.ID, got, a.Sentences)
	}
}

// articleQuadCount returns the number of quads article id contributed.
func articleQuadCount(t *testing.T, s *Store, id string) int {
	t.Helper()
	qs, err := s.articleQuads(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return len(qs)
}

// documentVersion returns the version of article id's document that its
// quads name.
func documentVersion(t *testing.T, s *Store, id string) string {
	t.Helper()
	qs, err := s.articleQuads(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	for q := range qs {
		if q.Predicate == pred(predDocument) {
			return valueString(q.Object)
		}
	}
	t.Fatalf("article %q names no document", id)
	return ""
}

// TestDocumentsRefuseBadInput: an article whose sentences do not fit its
// text is refused whole, with an error that says what is wrong, and what
// the store held for it stays as it was.
func TestDocumentsRefuseBadInput(t *testing.T) {
	ctx := context.Background()
	cases := []struct {
		name  string
		spoil func(a *domain.Article)
		want  string
	}{
		{"past the end", func(a *domain.Article) { a.Sentences[1].End += 100 }, "past the end"},
		{"end before start", func(a *domain.Article) { a.Sentences[0].End = a.Sentences[0].Start - 1 }, "offsets"},
		{"text differs", func(a *domain.Article) { a.Sentences[0].Text = "Something else entirely." }, "reads"},
		{"offsets in bytes", func(a *domain.Article) { a.Sentences[1].Start++ }, "reads"},
		{"no text", func(a *domain.Article) { a.Text = "" }, "past the end"},
		{"index", func(a *domain.Article) { a.Sentences[1].Index = 7 }, "index 7"},
		{"not UTF-8", func(a *domain.Article) { a.Text = a.Text[:2] + "\xff" + a.Text[3:] }, "UTF-8"},
	}
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			if _, err := s.WriteArticle(ctx, accentedArticle("a")); err != nil {
				t.Fatal(err)
			}
			before := dumpNQuads(t, s)
			for _, c := range cases {
				ex := accentedArticle("a")
				ex.Article.Text += " Later news."
				ex.Article.Sentences = slices.Clone(ex.Article.Sentences)
				c.spoil(&ex.Article)
				_, err := s.WriteArticle(ctx, ex)
				if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), c.want) {
					t.Errorf("%s: error %v, want ErrInvalid saying %q", c.name, err, c.want)
				}
			}
			if after := dumpNQuads(t, s); after != before {
				t.Errorf("a refused write changed the store:\n%s", firstDiff(before, after))
			}
			checkDocument(t, s, accentedArticle("a").Article)
		})
	}
}

// withEvent adds to ex an event its first person took part in.
func withEvent(ex domain.Extraction) domain.Extraction {
	talks := domain.Node{ID: "event:" + ex.Article.ID + "-talks", Type: domain.Event, Name: "Norland talks"}
	ex.Nodes = append(slices.Clone(ex.Nodes), talks)
	ex.Facts = append(slices.Clone(ex.Facts), domain.Fact{Subject: talks.ID, Predicate: domain.Participant, Object: ex.Nodes[0].ID, Sentence: 0})
	return ex
}

// toOldFormat rewrites the given articles of s as the earlier version
// stored them: four quads per sentence, labelled with the article, no
// document, and look-up keys for events and statements too.
func toOldFormat(t *testing.T, s *Store, ids ...string) {
	t.Helper()
	ctx := context.Background()
	var deltas []cgraph.Delta
	for _, id := range ids {
		sens, err := s.Sentences(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		quads, err := s.articleQuads(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		for q := range quads {
			if q.Predicate == pred(domain.Name) && !strings.HasPrefix(valueString(q.Subject), "article:") {
				if n, err := s.Node(ctx, valueString(q.Subject)); err == nil && !n.Type.IsActor() {
					key := quad.Quad{Subject: q.Subject, Predicate: pred(predKey), Object: lit(domain.Slug(n.Name)), Label: q.Label}
					deltas = append(deltas, cgraph.Delta{Quad: key, Action: cgraph.Add})
				}
			}
		}
		art := iri(domain.ArticleID(id))
		deltas = append(deltas, cgraph.Delta{Quad: documentQuad(id, documentVersion(t, s, id)), Action: cgraph.Delete})
		for _, sen := range sens {
			sid := iri(domain.SentenceID(id, sen.Index))
			for p, o := range map[domain.Predicate]quad.Value{
				domain.InArticle: art, domain.SentenceText: lit(sen.Text),
				domain.SentenceStart: quad.Int(sen.Start), domain.SentenceEnd: quad.Int(sen.End),
			} {
				deltas = append(deltas, cgraph.Delta{Quad: quad.Quad{Subject: sid, Predicate: pred(p), Object: o, Label: art}, Action: cgraph.Add})
			}
		}
		if err := s.docs.prune(ctx, map[string]string{id: ""}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	s.cache.invalidate()
}

// TestMigrateOldFormat: a bolt file of the earlier format is refused by
// Open with a message that says to migrate; migrated, it reads as a store
// loaded by this version (its articles' texts between sentences, which
// that format did not keep, aside), and stores fewer quads.
func TestMigrateOldFormat(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path, direct := filepath.Join(dir, "old.db"), filepath.Join(dir, "new.db")
	articles := []domain.Extraction{sampleArticle("s1"), withEvent(sampleArticle("s2"))}
	for _, p := range []string{path, direct} {
		s, err := Open(ctx, p)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.WriteArticles(ctx, []Item{{Extraction: articles[0]}, {Extraction: articles[1]}}); err != nil {
			t.Fatal(err)
		}
		if p == path {
			toOldFormat(t, s, "s1", "s2")
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}

	_, err := Open(ctx, path)
	if !errors.Is(err, ErrOldFormat) || !strings.Contains(err.Error(), "server migrate") {
		t.Fatalf("Open of an old store: %v, want ErrOldFormat saying to run server migrate", err)
	}
	s, err := OpenForMigration(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"moved the sentences of 2 articles", ""} {
		did, err := s.Migrate(ctx)
		if err != nil {
			t.Fatalf("migrate %d: %v", i+1, err)
		}
		if !strings.Contains(did, want) || want == "" && did != "" {
			t.Errorf("migrate %d says %q, want %q", i+1, did, want)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	migrated, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("Open after migrate: %v", err)
	}
	defer migrated.Close()
	loaded, err := Open(ctx, direct)
	if err != nil {
		t.Fatal(err)
	}
	defer loaded.Close()
	// sampleArticle's sentences are one space apart: the text rebuilt
	// from them is the text itself, and so the stores are the same
	if a, b := dumpNQuads(t, loaded), dumpNQuads(t, migrated); a != b {
		t.Errorf("migrated store differs from a store loaded directly:\n%s", firstDiff(a, b))
	}
	for _, ex := range articles {
		checkDocument(t, migrated, ex.Article)
	}
	st, err := migrated.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want, err := loaded.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Quads != want.Quads {
		t.Errorf("migrated store counts %d quads, a loaded one %d", st.Quads, want.Quads)
	}
}

// markOld marks s as of the old format, as OpenForMigration would, after
// checking that it is (keepsSentences).
func markOld(t *testing.T, s *Store) {
	t.Helper()
	old, err := s.keepsSentences(context.Background())
	if err != nil || !old {
		t.Fatalf("a store with sentence quads: keepsSentences = %v, %v", old, err)
	}
	s.legacy = true
}

// TestMigrateRebuildsText: an old store kept no text between sentences;
// migration puts spaces there, and every sentence and offset stays exact.
// Sentences that do not fit one text stop the migration with an error
// that says to load again, and leave the store as it was.
func TestMigrateRebuildsText(t *testing.T) {
	ctx := context.Background()
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			ex := accentedArticle("a")
			if _, err := s.WriteArticle(ctx, ex); err != nil {
				t.Fatal(err)
			}
			toOldFormat(t, s, "a")
			markOld(t, s)
			if _, err := s.Migrate(ctx); err != nil {
				t.Fatal(err)
			}
			rebuilt := ex.Article
			runes := []rune(strings.Repeat(" ", ex.Article.Sentences[1].End))
			for _, sen := range ex.Article.Sentences {
				copy(runes[sen.Start:], []rune(sen.Text))
			}
			rebuilt.Text = string(runes)
			checkDocument(t, s, rebuilt)

			toOldFormat(t, s, "a")
			end := func(n int) quad.Quad {
				return quad.Quad{Subject: iri(domain.SentenceID("a", 1)), Predicate: pred(domain.SentenceEnd), Object: quad.Int(n), Label: iri(domain.ArticleID("a"))}
			}
			if err := s.qs.ApplyDeltas([]cgraph.Delta{
				{Quad: end(ex.Article.Sentences[1].End), Action: cgraph.Delete},
				{Quad: end(ex.Article.Sentences[1].End + 2), Action: cgraph.Add},
			}, cgraph.IgnoreOpts{}); err != nil {
				t.Fatal(err)
			}
			s.cache.invalidate()
			markOld(t, s)
			before := dumpNQuads(t, s)
			if _, err := s.Migrate(ctx); err == nil || !strings.Contains(err.Error(), "load") {
				t.Errorf("migrate of sentences that do not fit: %v, want an error saying to load again", err)
			}
			if after := dumpNQuads(t, s); after != before {
				t.Errorf("a failed migration changed the store:\n%s", firstDiff(before, after))
			}
		})
	}
}

// TestImportOldDump: a dump of the earlier format imports as the store
// it was taken from would migrate.
func TestImportOldDump(t *testing.T) {
	ctx := context.Background()
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			if _, err := s.WriteArticle(ctx, sampleArticle("s1")); err != nil {
				t.Fatal(err)
			}
			want := dumpNQuads(t, s)
			toOldFormat(t, s, "s1")
			old := dumpNQuads(t, s)
			if strings.Contains(old, string(predDocumentBody)) || !strings.Contains(old, string(domain.SentenceText)) {
				t.Fatalf("not a dump of the old format:\n%s", old)
			}
			fresh, err := Open(ctx, Memory)
			if err != nil {
				t.Fatal(err)
			}
			defer fresh.Close()
			if _, err := fresh.ImportNQuads(ctx, strings.NewReader(old), 5); err != nil {
				t.Fatal(err)
			}
			if got := dumpNQuads(t, fresh); got != want {
				t.Errorf("old dump imports differently:\n%s", firstDiff(want, got))
			}
			checkDocument(t, fresh, sampleArticle("s1").Article)
		})
	}
}

// TestLookupKeysOnlyForActors: actors get look-up keys, events and
// statements none, and FindActor does not answer them.
func TestLookupKeysOnlyForActors(t *testing.T) {
	cases := []struct {
		n    domain.Node
		want []string
	}{
		{domain.Node{Type: domain.Person, Name: "Ilse Varga", Aliases: []string{"Varga", "I. Varga"}}, []string{"ilse-varga", LooseKey("Ilse Varga"), "varga", LooseKey("Varga"), "varga", "i-varga"}},
		{domain.Node{Type: domain.Organization, Name: "Norland Rail", Aliases: []string{"NR"}}, []string{"norland-rail", "nr"}},
		{domain.Node{Type: domain.Event, Name: "talks in Grenholm"}, nil},
		{domain.Node{Type: domain.Statement, Name: "Varga: talks will resume"}, nil},
	}
	for _, c := range cases {
		if got := lookupKeys(c.n); !slices.Equal(got, c.want) {
			t.Errorf("lookupKeys(%s %q) = %q, want %q", c.n.Type, c.n.Name, got, c.want)
		}
	}

	ctx := context.Background()
	s, err := Open(ctx, Memory)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ex := withEvent(sampleArticle("k1"))
	if _, err := s.WriteArticle(ctx, ex); err != nil {
		t.Fatal(err)
	}
	if n, err := s.FindActor(ctx, "Norland talks"); !errors.Is(err, ErrNotFound) {
		t.Errorf("FindActor of an event's name = %+v, %v; want ErrNotFound", n, err)
	}
	if n, err := s.FindActor(ctx, "Varga"); err != nil || n.ID != ex.Nodes[0].ID {
		t.Errorf("FindActor(Varga) = %+v, %v", n, err)
	}
}

// TestDocumentsAreCompressed: a document is stored deflated, smaller than
// its JSON, under the version its JSON hashes to; a document stored as
// plain JSON, as before the compression, reads the same, and Migrate
// compresses it in place.
func TestDocumentsAreCompressed(t *testing.T) {
	ctx := context.Background()
	ex := accentedArticle("long 1")
	// a text long enough for compression to matter
	ex.Article.Text += strings.Repeat(" The envoy spoke of the harbour, the ferries and the fishermen.", 40)
	d, err := newDocument(ex.Article)
	if err != nil {
		t.Fatal(err)
	}
	stored, version := d.encode()
	plain, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if sum := sha256.Sum256(plain); version != hex.EncodeToString(sum[:16]) {
		t.Errorf("version %s is not the hash of the document's JSON", version)
	}
	if stored[0] != deflated || len(stored) >= len(plain)/2 {
		t.Errorf("stored form: first byte %#x, %d bytes for %d of JSON; want deflated, under half", stored[0], len(stored), len(plain))
	}
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			if _, err := s.WriteArticle(ctx, ex); err != nil {
				t.Fatal(err)
			}
			if got := documentVersion(t, s, "long 1"); got != version {
				t.Fatalf("stored version %s, want %s", got, version)
			}
			// the document as an earlier version stored it: plain JSON
			if err := s.docs.prune(ctx, map[string]string{"long 1": "none"}); err != nil {
				t.Fatal(err)
			}
			if err := s.docs.put(ctx, []storedDoc{{article: "long 1", version: version, body: plain}}); err != nil {
				t.Fatal(err)
			}
			if body, _, _ := s.docs.get(ctx, "long 1", version); !bytes.Equal(body, plain) {
				t.Fatalf("the plain document was not stored in place of the compressed one")
			}
			s.cache.invalidate()
			checkDocument(t, s, ex.Article)
			if _, err := s.Migrate(ctx); err != nil {
				t.Fatal(err)
			}
			body, ok, err := s.docs.get(ctx, "long 1", version)
			if err != nil || !ok || body[0] != deflated {
				t.Fatalf("after Migrate: ok %v, err %v, stored form starts %q; want it deflated", ok, err, body[:min(len(body), 1)])
			}
			s.cache.invalidate()
			checkDocument(t, s, ex.Article)
			if n, err := s.docs.deflateAll(ctx); n != 0 || err != nil {
				t.Errorf("deflateAll after Migrate compressed %d (err %v), want 0", n, err)
			}
		})
	}
}
