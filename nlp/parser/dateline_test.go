package parser

import (
	"testing"

	"github.com/actorgraph/actorgraph/nlp/doc"
	"github.com/actorgraph/actorgraph/nlp/models"
	"github.com/actorgraph/actorgraph/nlp/tagger"
	"github.com/actorgraph/actorgraph/nlp/tokenize"
)

// tagged tokenizes and tags text, an invented sentence.
func tagged(tb testing.TB, tg *tagger.Model, text string) *doc.Sentence {
	tb.Helper()
	s := &doc.Sentence{Start: 0, End: len(text), Tokens: tokenize.Sentence(text, 0, len(text))}
	tg.Tag(s)
	return s
}

func loadTagger(tb testing.TB) *tagger.Model {
	tb.Helper()
	tg, err := tagger.Load(models.FS)
	if err != nil {
		tb.Fatal(err)
	}
	return tg
}

// TestDatelineEnd checks which sentence openings are read as a wire
// dateline, and where it ends (the dateline's text; "" for none).
func TestDatelineEnd(t *testing.T) {
	tg := loadTagger(t)
	for _, c := range []struct{ text, end string }{
		{"VELMORA, March 4 (Reuters) - Harbour Minister Tomas Ardel of Norland said on Tuesday the port would reopen.", "VELMORA, March 4 (Reuters) -"},
		{"PORT ELSIN, Norland (AP) — The coast guard rescued nine fishermen on Sunday.", "PORT ELSIN, Norland (AP) —"},
		{"KARSTADT — Firefighters contained a blaze at a chemical depot on Friday.", "KARSTADT —"},
		{"UNITED NATIONS — Envoys from six countries met on Monday.", "UNITED NATIONS —"},
		{"Rio de Janeiro (AFP) - Police detained a councillor on Thursday.", "Rio de Janeiro (AFP) -"},
		{"Lisbon (dpa) - Portugal's parliament approved the budget on Friday.", "Lisbon (dpa) -"},
		{"(Bloomberg) -- Norland's central bank raised its key rate on Wednesday.", "(Bloomberg) --"},
		{"Kuwait City, Kuwait – The cabinet named a new oil minister on Sunday.", "Kuwait City, Kuwait –"},
		{"VELMORA, May 9 (NNA): Norland and Ostria on Friday signed a water treaty.", "VELMORA, May 9 (NNA):"},
		{"KARSTADT: Norland's Chief Minister Ravi Olek on Monday opened a new bridge.", "KARSTADT:"},
		{"VELMORA, May 9 (NNA) Norland's finance minister resigned on Friday.", "VELMORA, May 9 (NNA)"},
		// no datelines
		{"NATO (the alliance) Secretary-General Ilse Varga said on Monday the talks were over.", ""},
		{"Note: the figures were revised on Friday.", ""},
		{"BRAVA, the region's Velmora - based utility, said it would raise prices.", ""},
		{"EU - Norland talks resumed on Monday in Geneva after a pause.", ""},
		{"NATO - and its partners - pledged more aid on Friday.", ""},
		{"Ministers said - without naming anyone - that the deal was close.", ""},
	} {
		s := tagged(t, tg, c.text)
		got := ""
		if d := datelineEnd(s); d >= 0 {
			got = c.text[:s.Tokens[d].End]
		}
		if got != c.end {
			t.Errorf("%q: dateline ends at %q, want %q", c.text, got, c.end)
		}
	}
}

// TestAnnotateDateline checks that the clause after a dateline is parsed
// as a sentence: its verb the root, with its subject, and the dateline
// hung on the verb.
func TestAnnotateDateline(t *testing.T) {
	tg := loadTagger(t)
	m, err := Load(models.FS)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, verb, subj string }{
		{"VELMORA, March 4 (Reuters) - Harbour Minister Tomas Ardel of Norland said on Tuesday the port would reopen.", "said", "Tomas"},
		{"Lisbon (AFP) - International lenders pledged $2 billion for the new dam on Monday, officials said.", "pledged", "lenders"},
		{"PORT ELSIN, Norland (AP) — Norland's President Ilse Varga signed a decree on Sunday.", "signed", "Ilse"},
	} {
		s := tagged(t, tg, c.text)
		m.Annotate(s)
		verb, subj, dateHead := -1, -1, -1
		for i, tk := range s.Tokens {
			switch tk.Form {
			case c.verb:
				if verb < 0 {
					verb = i
				}
			case c.subj:
				subj = i
			}
		}
		if verb < 0 || subj < 0 {
			t.Fatalf("%q: no %q or no %q among its words", c.text, c.verb, c.subj)
		}
		d := datelineEnd(s)
		for _, tk := range s.Tokens[:d+1] {
			if tk.Head > d {
				dateHead = tk.Head
			}
		}
		var roots []int
		for i, tk := range s.Tokens {
			if tk.Head < 0 {
				roots = append(roots, i)
			}
		}
		switch {
		case len(roots) != 1 || roots[0] != verb:
			t.Errorf("%q: roots %v, want %q alone", c.text, roots, c.verb)
		case s.Tokens[subj].Head != verb || s.Tokens[subj].Deprel != "nsubj":
			t.Errorf("%q: %q hangs on %d as %s, want the nsubj of %q", c.text, c.subj, s.Tokens[subj].Head, s.Tokens[subj].Deprel, c.verb)
		case dateHead != verb:
			t.Errorf("%q: the dateline hangs on %d, want %q", c.text, dateHead, c.verb)
		}
	}
}

// TestAnnotateInside checks that a sentence inside an article is parsed
// whole even where it has a dateline's shape: an acronym of five capitals
// before a spaced dash opens many a body sentence.
func TestAnnotateInside(t *testing.T) {
	tg := loadTagger(t)
	m, err := Load(models.FS)
	if err != nil {
		t.Fatal(err)
	}
	const text = "UNESCO — the U.N. culture agency — said on Monday that its envoy, Mara Feld, had reached Tartus."
	split := tagged(t, tg, text)
	if datelineEnd(split) < 0 {
		t.Fatalf("%q: no dateline's shape, so the test says nothing", text)
	}
	m.Annotate(split)
	inside := tagged(t, tg, text)
	m.AnnotateInside(inside)
	whole := tagged(t, tg, text)
	sc := m.scratch()
	m.annotateSpan(sc, whole, 0, len(whole.Tokens))
	m.pool.Put(sc)
	same := func(a, b *doc.Sentence) bool {
		for i := range a.Tokens {
			if a.Tokens[i].Head != b.Tokens[i].Head || a.Tokens[i].Deprel != b.Tokens[i].Deprel {
				return false
			}
		}
		return true
	}
	if !same(inside, whole) {
		t.Errorf("%q: AnnotateInside parsed it apart from the whole sentence's parse", text)
	}
	if same(split, whole) {
		t.Errorf("%q: Annotate parsed it whole: a lead sentence's dateline is parsed apart", text)
	}
}
