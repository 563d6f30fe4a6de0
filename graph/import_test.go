package graph

import (
	"bytes"
	"context"
	"github.com/actorgraph/actorgraph/domain"
	"strings"
	"testing"
	"unicode/utf8"
)

// oddID is an article id as a newsroom's file names give them: spaces,
// quotes, angle brackets, a backslash, a tab, non-ASCII letters.
const oddID = "my story \"draft\" <v2> C:\\news\tété"

// TestNQuadsRoundTrip writes articles (one with an odd id), a rejection
// and a merge, exports N-Quads, imports them into an empty store of the
// same backend, and expects the same export, the same facts.csv and the
// same answers.
func TestNQuadsRoundTrip(t *testing.T) {
	ctx := context.Background()
	empty := backends(t)
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) {
			loadWorld(t, s)
			for _, id := range []string{"plain", oddID} {
				if _, err := s.WriteArticle(ctx, sampleArticle(id)); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := s.RecordReview(ctx, Reject, domain.FactID("person:tomas-brek", domain.EnvoyOf, "country:norland", false), "desk", "recalled"); err != nil {
				t.Fatal(err)
			}
			if _, err := s.MergeActors(ctx, "person:kasia-lenz", "person:ilse-varga", "desk", ""); err != nil {
				t.Fatal(err)
			}
			before := dump(t, s)
			if !strings.Contains(before, `\u0020`) {
				t.Errorf("the odd id is not escaped in the export")
			}

			restored := empty[name]
			n, err := restored.ImportNQuads(ctx, strings.NewReader(before), 7) // small batches: several writes
			if err != nil {
				t.Fatal(err)
			}
			if want := strings.Count(before, "\n"); n != want {
				t.Errorf("imported %d quads, want %d", n, want)
			}
			if after := dump(t, restored); after != before {
				t.Errorf("export after import differs (%d vs %d bytes):\n%s", len(after), len(before), firstDiff(before, after))
			}
			var c1, c2 bytes.Buffer
			if err := s.WriteCSV(ctx, &c1); err != nil {
				t.Fatal(err)
			}
			if err := restored.WriteCSV(ctx, &c2); err != nil {
				t.Fatal(err)
			}
			if c1.String() != c2.String() {
				t.Errorf("facts.csv differs after import:\n%s", firstDiff(c1.String(), c2.String()))
			}
			a, err := restored.Article(ctx, oddID)
			if err != nil || a.ID != oddID {
				t.Errorf("Article(%q) after import = %+v, %v", oddID, a.ID, err)
			}
			sz1, err1 := s.Size(ctx)
			sz2, err2 := restored.Size(ctx)
			if err1 != nil || err2 != nil || sz1 != sz2 || sz1.Articles != 4 {
				t.Errorf("sizes %+v (%v) and %+v (%v), want equal with 4 articles", sz1, err1, sz2, err2)
			}
			// the merge recorded before the export can be undone after it
			revs, err := restored.Reviews(ctx, "person:kasia-lenz")
			if err != nil || len(revs) == 0 {
				t.Fatalf("reviews after import: %v, %v", revs, err)
			}
			if _, err := restored.UndoReview(ctx, revs[len(revs)-1].ID, "desk", ""); err != nil {
				t.Errorf("undo the merge after import: %v", err)
			}
			if _, err := restored.FindActor(ctx, "Ilse Varga"); err != nil {
				t.Errorf("Ilse Varga after undoing the merge: %v", err)
			}
		})
	}
}

// firstDiff shows the first line where a and b differ.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return "- " + al[i] + "\n+ " + bl[i]
		}
	}
	return "(one is a prefix of the other)"
}

func TestImportRefusesBrokenNQuads(t *testing.T) {
	s, err := Open(context.Background(), Memory)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, in := range []string{
		"<a> <b> .\n",
		"<a> <b> \"unterminated .\n",
		"<a b> <c> \"x\" <d e> .\n",
		"not n-quads at all\n",
	} {
		if _, err := s.ImportNQuads(context.Background(), strings.NewReader(in), 0); err == nil {
			t.Errorf("ImportNQuads(%q) = nil error", in)
		}
	}
}

func TestEscapeIRI(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"person:dmitry-peskov", "person:dmitry-peskov"},
		{"article:my story", `article:my\u0020story`},
		{`a"b<c>d\e`, `a\u0022b\u003Cc\u003Ed\u005Ce`},
		{"été\n", `été\u000A`},
	} {
		if got := escapeIRI(tt.in); got != tt.want {
			t.Errorf("escapeIRI(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := unescapeIRI(escapeIRI(tt.in)); got != tt.in {
			t.Errorf("unescapeIRI(escapeIRI(%q)) = %q", tt.in, got)
		}
	}
	if got := unescapeIRI(`a\uZZZZ\U0001F600\u00`); got != "a\\uZZZZ\U0001F600\\u00" {
		t.Errorf("unescapeIRI of bad escapes = %q", got)
	}
}

// FuzzNQuadsRoundTrip writes an article whose id, actor name, title and
// quoted literal come from the fuzzer, and checks that export → import →
// export gives the same bytes and the same facts.
func FuzzNQuadsRoundTrip(f *testing.F) {
	f.Add("plain", "Ilse Varga", "spokeswoman")
	f.Add(oddID, "Zelenskyy’s Office", "said \"we\" <won't>\n")
	f.Add("a\\u0020b", "\\U0001F600", "\x00\r\t")
	f.Add("x", "_:b1", `"^^<http://www.w3.org/2001/XMLSchema#integer>`)
	f.Fuzz(func(t *testing.T, id, name, literal string) {
		if id == "" || !utf8.ValidString(id) || !utf8.ValidString(name) || !utf8.ValidString(literal) || domain.Slug(name) == "" {
			// The loader reads text as UTF-8 and refuses the rest; ids
			// from file names that are not UTF-8 are a known gap: N-Quads
			// cannot carry them.
			t.Skip()
		}
		ctx := context.Background()
		ex := sampleArticle(id)
		ex.Article.Title = literal
		ex.Nodes[1].Name = name
		ex.Nodes[1].ID = domain.NodeID(domain.Person, name)
		ex.Facts[2].Subject, ex.Facts[5].Subject = ex.Nodes[1].ID, ex.Nodes[1].ID
		ex.Facts = append(ex.Facts, domain.Fact{Subject: ex.Nodes[0].ID, Predicate: domain.Title, Object: literal, Literal: true, Sentence: 1})
		src, err := Open(ctx, Memory)
		if err != nil {
			t.Fatal(err)
		}
		defer src.Close()
		if _, err := src.WriteArticle(ctx, ex); err != nil {
			t.Skip(err) // invalid extraction: not this test's business
		}
		before := dump(t, src)
		dst, err := Open(ctx, Memory)
		if err != nil {
			t.Fatal(err)
		}
		defer dst.Close()
		if _, err := dst.ImportNQuads(ctx, strings.NewReader(before), 3); err != nil {
			t.Fatalf("import of our own export: %v\n%s", err, before)
		}
		if after := dump(t, dst); after != before {
			t.Fatalf("export → import → export differs:\n%s", firstDiff(before, after))
		}
		var c1, c2 bytes.Buffer
		if err := src.WriteCSV(ctx, &c1); err != nil {
			t.Fatal(err)
		}
		if err := dst.WriteCSV(ctx, &c2); err != nil {
			t.Fatal(err)
		}
		if c1.String() != c2.String() {
			t.Fatalf("facts.csv differs after import:\n%s", firstDiff(c1.String(), c2.String()))
		}
	})
}
