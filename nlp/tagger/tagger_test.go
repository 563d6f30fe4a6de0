package tagger

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/nlp/doc"
	"github.com/actorgraph/actorgraph/nlp/models"
)

func load(tb testing.TB) *Model {
	tb.Helper()
	m, err := Load(models.FS)
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

// referenceLemma is Lemma as plain string lookups, to check the
// buffer-keyed lookups against.
func referenceLemma(lx *Lexicon, form, upos, xpos string) string {
	lower := strings.ToLower(form)
	if l, ok := lx.lemmas[lower+"\t"+xpos]; ok {
		if upos == "PROPN" && strings.EqualFold(l, form) {
			return form
		}
		return l
	}
	if upos == "PROPN" {
		return form
	}
	for k := min(maxSuffix, len(lower)); k >= 0; k-- {
		if r, ok := lx.rules[xpos+"\t"+lower[len(lower)-k:]]; ok && r.Cut <= len(lower) {
			return lower[:len(lower)-r.Cut] + r.Add
		}
	}
	return lower
}

func TestLemmaAndFeats(t *testing.T) {
	m := load(t)
	tests := []struct {
		form, upos, xpos, lemma string
	}{
		{"ferries", "NOUN", "NNS", "ferry"},
		{"Delayed", "VERB", "VBN", "delay"},
		{"was", "AUX", "VBD", "be"},
		{"Velmora", "PROPN", "NNP", "Velmora"},
		{"unhelpfulnesses", "NOUN", "NNS", ""},
		{strings.Repeat("overlong", 10) + "s", "NOUN", "NNS", ""},
		{"", "X", "XX", ""},
	}
	for _, tt := range tests {
		want := referenceLemma(m.lex, tt.form, tt.upos, tt.xpos)
		if tt.lemma != "" && want != tt.lemma {
			t.Errorf("reference lemma of %q = %q, want %q", tt.form, want, tt.lemma)
		}
		if got := m.lex.Lemma(tt.form, tt.upos, tt.xpos); got != want {
			t.Errorf("Lemma(%q, %s, %s) = %q, want %q", tt.form, tt.upos, tt.xpos, got, want)
		}
		wantFeats, ok := m.lex.feats[strings.ToLower(tt.form)+"\t"+tt.xpos]
		if !ok {
			wantFeats = m.lex.byXPOS[tt.xpos]
		}
		if got := m.lex.Feats(tt.form, tt.xpos); got != wantFeats {
			t.Errorf("Feats(%q, %s) = %q, want %q", tt.form, tt.xpos, got, wantFeats)
		}
	}
}

// TestKnownWords checks that the lemmas and features kept per known word
// are those the lexicon gives (with the form in upper case too, as the
// tagger looks words up by their lower case), that proper nouns are not
// kept, and that Tag gives what Lemma and Feats give for every word.
func TestKnownWords(t *testing.T) {
	m := load(t)
	if len(m.known) == 0 {
		t.Fatal("no known words")
	}
	for lower, k := range m.known {
		for _, kt := range k.tags {
			upos, xpos := m.Class(kt.class)
			if upos == "PROPN" {
				t.Errorf("%q: proper noun class %d kept", lower, kt.class)
			}
			for _, form := range []string{lower, strings.ToUpper(lower)} {
				if strings.ToLower(form) != lower {
					continue
				}
				if l := m.lex.Lemma(form, upos, xpos); kt.lemma != l {
					t.Errorf("%q as %s %s: kept lemma %q, Lemma %q", form, upos, xpos, kt.lemma, l)
				}
				if f := m.lex.Feats(form, xpos); kt.feats != f {
					t.Errorf("%q as %s: kept features %q, Feats %q", form, xpos, kt.feats, f)
				}
			}
		}
	}
	var d doc.Sentence
	for _, w := range strings.Fields("The Mayor of Velmora said THE ferries Were delayed , and She left Keen Corp. in 2025 .") {
		d.Tokens = append(d.Tokens, doc.Token{Form: w})
	}
	m.Tag(&d)
	for _, tok := range d.Tokens {
		if l := m.lex.Lemma(tok.Form, tok.UPOS, tok.XPOS); tok.Lemma != l {
			t.Errorf("Tag: %q lemma %q, Lemma %q", tok.Form, tok.Lemma, l)
		}
		if f := m.lex.Feats(tok.Form, tok.XPOS); tok.Feats != f {
			t.Errorf("Tag: %q features %q, Feats %q", tok.Form, tok.Feats, f)
		}
	}
}

// TestPastSibling checks that an irregular past form seen only with the
// other past tag keeps its lemma instead of the suffix rules' guess.
func TestPastSibling(t *testing.T) {
	ex := func(form, xpos, lemma string) Example {
		return Example{Forms: []string{form}, UPOS: []string{"VERB"}, XPOS: []string{xpos}, Lemmas: []string{lemma}, Feats: []string{"_"}}
	}
	// "fled" is seen as a participle only; past tenses in -ed lose it
	lx := BuildLexicon([]Example{
		ex("fled", "VBN", "flee"),
		ex("wanted", "VBD", "want"), ex("played", "VBD", "play"), ex("needed", "VBD", "need"),
		ex("wanted", "VBN", "want"), ex("played", "VBN", "play"),
	})
	if got := lx.Lemma("fled", "VERB", "VBD"); got != "flee" {
		t.Errorf("Lemma(fled, VBD) = %q, want flee", got)
	}
	if got := lx.Lemma("needed", "VERB", "VBN"); got != "need" {
		t.Errorf("Lemma(needed, VBN) = %q, want need", got)
	}
}

// BenchmarkTag tags invented sentences: tags, lemmas and features.
func BenchmarkTag(b *testing.B) {
	m := load(b)
	var sents []doc.Sentence
	n := 0
	for _, s := range []string{
		"The harbour authority in Velmora said on Tuesday that two ferries had been delayed by the storm .",
		"Maren Oduya , the finance minister , met union leaders in the capital and promised a new offer .",
		"Shares of the company fell 4 % after it cut its forecast for the third time this year .",
	} {
		var d doc.Sentence
		for _, w := range strings.Fields(s) {
			d.Tokens = append(d.Tokens, doc.Token{Form: w})
		}
		sents = append(sents, d)
		n += len(d.Tokens)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i := range sents {
			m.Tag(&sents[i])
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "words/s")
}

// TestShape checks shapes, cut after 9 bytes as the models were trained.
func TestShape(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Kyiv", "Xx"}, {"U.S.", "X.X."}, {"2025", "d"}, {"F-16", "X-d"},
		{"", ""}, {"Ünïcode", "Xx"}, {"a1B2c3D4e5F6", "xdXdxdXdx"}, {"x\xffy", "x\ufffdx"},
	} {
		if got := Shape(tt.in); got != tt.want {
			t.Errorf("Shape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
