package ner

import (
	"bytes"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/nlp/conllu"
	"github.com/actorgraph/actorgraph/nlp/doc"
)

func readFixture(t *testing.T) [][]conllu.Sentence {
	t.Helper()
	f, err := os.Open("testdata/tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ss, err := conllu.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	return conllu.Documents(ss)
}

func TestGold(t *testing.T) {
	docs := readFixture(t)
	e := func(s, e int, typ string) doc.Entity { return doc.Entity{Start: s, End: e, Type: typ} }
	want := [][][]doc.Entity{
		{{e(0, 3, "person"), e(4, 5, "place")}, {e(3, 6, "organization")}, {e(0, 1, "person"), e(7, 8, "place")}},
		{{e(0, 2, "person"), e(5, 8, "organization"), e(9, 10, "place")}, {e(3, 4, "place")}, {e(0, 1, "person"), e(6, 7, "place")}},
	}
	for i, d := range docs {
		got := Gold(d)
		for j := range got {
			if len(got[j]) == 0 && len(want[i][j]) == 0 {
				continue
			}
			if !reflect.DeepEqual(got[j], want[i][j]) {
				t.Errorf("doc %d sentence %d: got %v, want %v", i, j, got[j], want[i][j])
			}
		}
	}
}

func TestNamePart(t *testing.T) {
	w := func(form, upos, rel string, head int) Word {
		return Word{Form: form, UPOS: upos, Deprel: rel, Head: head}
	}
	tests := []struct {
		name       string
		words      []Word
		head       int
		person     bool
		start, end int
	}{
		{"determiner dropped", []Word{w("the", "DET", "det", 2), w("Water", "PROPN", "compound", 2), w("Board", "PROPN", "root", -1)}, 2, false, 1, 3},
		{"possessive dropped", []Word{w("Venn", "PROPN", "nmod:poss", -1), w("'s", "PART", "case", 0)}, 0, true, 0, 1},
		{"title-cased of kept", []Word{w("University", "PROPN", "root", -1), w("of", "ADP", "case", 2), w("Ostvale", "PROPN", "nmod", 0)}, 0, false, 0, 3},
		{"person's of dropped", []Word{w("Reyl", "PROPN", "root", -1), w("of", "ADP", "case", 3), w("the", "DET", "det", 3), w("Party", "PROPN", "nmod", 0)}, 0, true, 0, 1},
		{"lowercase of dropped", []Word{w("Museum", "PROPN", "root", -1), w("in", "ADP", "case", 3), w("the", "DET", "det", 3), w("city", "NOUN", "nmod", 0)}, 0, false, 0, 1},
		{"apposition dropped", []Word{w("Reyl", "PROPN", "root", -1), w(",", "PUNCT", "punct", 3), w("a", "DET", "det", 3), w("mayor", "NOUN", "appos", 0), w(",", "PUNCT", "punct", 3)}, 0, true, 0, 1},
		{"lowercase title dropped", []Word{w("former", "ADJ", "amod", 2), w("president", "NOUN", "compound", 2), w("Reyl", "PROPN", "root", -1)}, 2, true, 2, 3},
		{"title before a person's name dropped", []Word{w("Halden", "PROPN", "compound", 1), w("Bank", "PROPN", "compound", 2), w("spokesman", "NOUN", "compound", 4), w("Tomas", "PROPN", "compound", 4), w("Reyes", "PROPN", "root", -1)}, 4, true, 3, 5},
		{"capitalized title kept", []Word{w("Senator", "PROPN", "compound", 2), w("Ana", "PROPN", "compound", 2), w("Soler", "PROPN", "root", -1)}, 2, true, 0, 3},
		{"locative modifier dropped", []Word{w("Arena", "PROPN", "root", -1), w("in", "ADP", "case", 2), w("Ostvale", "PROPN", "nmod", 0)}, 0, false, 0, 1},
		{"leading number dropped", []Word{w("300", "NUM", "nummod", 2), w("more", "ADJ", "amod", 2), w("Tarrovians", "PROPN", "root", -1)}, 2, true, 2, 3},
		{"trailing pronoun dropped", []Word{w("Reyl", "PROPN", "root", -1), w("himself", "PRON", "nmod:unmarked", 0)}, 0, true, 0, 1},
		{"relative clause dropped", []Word{w("Korvath", "PROPN", "root", -1), w(",", "PUNCT", "punct", 3), w("which", "PRON", "nsubj", 3), w("grew", "VERB", "acl:relcl", 0)}, 0, false, 0, 1},
	}
	for _, tc := range tests {
		s, e := NamePart(tc.words, tc.head, tc.person)
		if s != tc.start || e != tc.end {
			t.Errorf("%s: got [%d,%d), want [%d,%d)", tc.name, s, e, tc.start, tc.end)
		}
	}
}

func TestCutTitles(t *testing.T) {
	tok := func(form, upos string) doc.Token { return doc.Token{Form: form, UPOS: upos} }
	s := doc.Sentence{Tokens: []doc.Token{tok("Halden", "PROPN"), tok("Bank", "PROPN"), tok("spokesman", "NOUN"),
		tok("Tomas", "PROPN"), tok("Reyes", "PROPN"), tok("met", "VERB"), tok("President", "PROPN"), tok("Lind", "PROPN")}}
	tests := []struct {
		name string
		in   doc.Entity
		want int // the start after cutting
	}{
		{"title cut", doc.Entity{Start: 0, End: 5, Type: "person"}, 3},
		{"capitalized title kept", doc.Entity{Start: 6, End: 8, Type: "person"}, 6},
		{"organization left alone", doc.Entity{Start: 0, End: 5, Type: "organization"}, 0},
		{"last word kept", doc.Entity{Start: 2, End: 3, Type: "person"}, 2},
	}
	for _, tc := range tests {
		got := cutTitles(&s, []doc.Entity{tc.in})
		if got[0].Start != tc.want || got[0].End != tc.in.End {
			t.Errorf("%s: got [%d,%d), want [%d,%d)", tc.name, got[0].Start, got[0].End, tc.want, tc.in.End)
		}
	}
}

func TestLabelsSpans(t *testing.T) {
	es := []doc.Entity{{Start: 0, End: 1, Type: "person"}, {Start: 2, End: 5, Type: "place"}, {Start: 5, End: 7, Type: "organization"}}
	labels := Labels(8, es)
	want := []int{label(0, bU), 0, label(2, bB), label(2, bI), label(2, bL), label(1, bB), label(1, bL), 0}
	if !reflect.DeepEqual(labels, want) {
		t.Fatalf("Labels = %v, want %v", labels, want)
	}
	if got := Spans(labels); !reflect.DeepEqual(got, es) {
		t.Errorf("Spans = %v, want %v", got, es)
	}
	// ill-formed: I without B, B without L
	bad := []int{label(0, bI), label(0, bL), label(2, bB), 0}
	wantBad := []doc.Entity{{Start: 0, End: 2, Type: "person"}, {Start: 2, End: 3, Type: "place"}}
	if got := Spans(bad); !reflect.DeepEqual(got, wantBad) {
		t.Errorf("Spans(ill-formed) = %v, want %v", got, wantBad)
	}
}

func TestAllowed(t *testing.T) {
	mask := make([]bool, nClasses)
	allowed(mask, label(1, bB), false)
	for c, ok := range mask {
		want := c == label(1, bI) || c == label(1, bL)
		if ok != want {
			t.Errorf("after B-organization, class %d allowed=%v", c, ok)
		}
	}
	allowed(mask, -1, true)
	for c, ok := range mask {
		_, k := split(c)
		want := c == 0 || k == bU
		if ok != want {
			t.Errorf("at a one-token sentence, class %d allowed=%v", c, ok)
		}
	}
}

type fakeLex map[string]string

func (l fakeLex) Kind(name string) string { return l[name] }

func TestTrainSmoke(t *testing.T) {
	docs := readFixture(t)
	lex := fakeLex{"Korvath": "city", "Ostvale": "city"}
	opt := DefaultOptions()
	opt.Freeze.MinCount = 0
	m := Train(docs, lex, opt)
	sc := m.Evaluate(Examples(docs), lex, nil)
	if sc.All.F1() < 0.9 {
		t.Fatalf("training-set F1 %.2f < 0.9:\n%v", sc.All.F1(), sc)
	}
	var a, b bytes.Buffer
	if _, err := m.WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	if _, err := Train(docs, lex, opt).WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("training twice gave different bytes")
	}
	m2, err := Load(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range Examples(docs) {
		d1, d2 := d, d
		d1.Sentences = append([]doc.Sentence(nil), d.Sentences...)
		d2.Sentences = append([]doc.Sentence(nil), d.Sentences...)
		m.AnnotateDocument(&d1, lex)
		m2.AnnotateDocument(&d2, lex)
		for i := range d1.Sentences {
			if !reflect.DeepEqual(d1.Sentences[i].Entities, d2.Sentences[i].Entities) {
				t.Errorf("loaded model differs: %v vs %v", d1.Sentences[i].Entities, d2.Sentences[i].Entities)
			}
		}
	}
	if _, err := Load(bytes.NewReader([]byte("not a model"))); err == nil {
		t.Error("Load accepted garbage")
	}
}

func BenchmarkAnnotate(b *testing.B) {
	f, err := os.Open("../models/ner.model")
	if err != nil {
		b.Skip("no committed model:", err)
	}
	m, err := Load(f)
	f.Close()
	if err != nil {
		b.Fatal(err)
	}
	fx, err := os.Open("testdata/tiny.conllu")
	if err != nil {
		b.Fatal(err)
	}
	ss, err := conllu.Read(fx)
	fx.Close()
	if err != nil {
		b.Fatal(err)
	}
	docs := Examples(conllu.Documents(ss))
	lex := fakeLex{"Korvath": "city", "Ostvale": "city"}
	n := 0
	for _, d := range docs {
		for _, s := range d.Sentences {
			n += len(s.Tokens)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j := range docs {
			m.AnnotateDocument(&docs[j], lex)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func TestStateAbbreviation(t *testing.T) {
	tests := []struct {
		words []string
		i     int
		want  bool
	}{
		{[]string{"Lake", "Tarrow", ",", "La.", ","}, 3, true},
		{[]string{"Ostvale", ",", "Calif."}, 2, true},
		{[]string{"Ostvale", "La."}, 1, false},      // no comma before
		{[]string{"Ostvale", ",", "La"}, 2, false},  // no period
		{[]string{"Ostvale", ",", "Dr."}, 2, false}, // no state
		{[]string{"Ostvale", ",", "la."}, 2, false}, // lower case
	}
	for _, tc := range tests {
		s := doc.Sentence{}
		for _, w := range tc.words {
			s.Tokens = append(s.Tokens, doc.Token{Form: w})
		}
		if got := stateAbbreviation(&s, tc.i); got != tc.want {
			t.Errorf("%v at %d: %v, want %v", tc.words, tc.i, got, tc.want)
		}
	}
}

func TestPropagate(t *testing.T) {
	sent := func(words ...string) doc.Sentence {
		var s doc.Sentence
		for _, w := range words {
			upos, lemma := "NOUN", strings.ToLower(w)
			if capitalized(w) {
				upos, lemma = "PROPN", w
			}
			s.Tokens = append(s.Tokens, doc.Token{Form: w, UPOS: upos, Lemma: lemma})
		}
		return s
	}
	d := doc.Document{Sentences: []doc.Sentence{
		sent("Talks", "in", "Brelnitz", "ended"),
		sent("Brelnitz", "hosted", "them"),
		sent("Halvorsen", "Brelnitz", "spoke"), // a word of a longer run
		sent("Ostvale", "waited"),              // no span to read it from
		sent("Senators", "met", "Ostvale"),
		sent("Then", "Senators", "left"),
	}}
	// the Senators' lemma is lower-case: a plural common noun
	d.Sentences[4].Tokens[0].Lemma = "senator"
	all := [][]doc.Entity{{{Start: 2, End: 3, Type: "place"}, {Start: 0, End: 1, Type: "other"}}, nil, nil, nil, {{Start: 2, End: 3, Type: ""}}, {{Start: 1, End: 2, Type: "person"}}}
	sc := &scratch{}
	for i := range d.Sentences {
		sc.ts, sc.buf = prepare(sc.ts, &d.Sentences[i], fakeLex{}, sc.buf)
		sc.keep()
	}
	(&Model{}).propagate(sc, &d, all)
	want := [][]doc.Entity{{{Start: 0, End: 1, Type: "other"}, {Start: 2, End: 3, Type: "place"}}, {{Start: 0, End: 1, Type: "place"}}, nil, nil, {{Start: 2, End: 3, Type: ""}}, {{Start: 1, End: 2, Type: "person"}}}
	for i := range want {
		if fmt.Sprint(all[i]) != fmt.Sprint(want[i]) {
			t.Errorf("sentence %d: got %v, want %v", i, all[i], want[i])
		}
	}
}

func TestSentenceInitial(t *testing.T) {
	tests := []struct {
		words []string
		i     int
		want  bool
	}{
		{[]string{"Talks", "ended"}, 0, true},
		{[]string{"“", "Talks", "ended"}, 1, true},
		{[]string{"(", "\"", "Brelnitz", ")"}, 2, true},
		{[]string{"In", "Brelnitz"}, 1, false},
		{[]string{",", "Brelnitz"}, 1, false},
	}
	for _, tc := range tests {
		var ts []doc.Token
		for _, w := range tc.words {
			ts = append(ts, doc.Token{Form: w})
		}
		if got := sentenceInitial(ts, tc.i); got != tc.want {
			t.Errorf("%v at %d: %v, want %v", tc.words, tc.i, got, tc.want)
		}
	}
}

func TestWordClasses(t *testing.T) {
	s := doc.Sentence{}
	for _, w := range []string{"the", "Brelnitz", "Water", "Agency", "met", "on", "Korvath", "Island", "in", "the", "province", "Ostvale"} {
		s.Tokens = append(s.Tokens, doc.Token{Form: w})
	}
	ts, _ := prepare(nil, &s, nil, nil)
	tests := []struct {
		i                         int
		class, runLast, runBefore uint64
	}{
		{0, 0, 0, 0},
		{1, 0, classOrg, 0}, // the run "Brelnitz Water Agency" ends in an organization word
		{3, classOrg, classOrg, 0},
		{6, 0, classPlace, 0},
		{7, classPlace, classPlace, 0},
		{11, 0, 0, classPlace}, // after "province"
	}
	for _, tc := range tests {
		x := ts[tc.i]
		if x.class != tc.class || x.runLastClass != tc.runLast || x.runBeforeClass != tc.runBefore {
			t.Errorf("%s: class %d, run's last %d, before run %d; want %d, %d, %d", s.Tokens[tc.i].Form,
				x.class, x.runLastClass, x.runBeforeClass, tc.class, tc.runLast, tc.runBefore)
		}
	}
}

// TestPositions checks that the labeller's classes have distinct
// positions and that a class allowed after a label that closes no name
// (or at the start) never lies among the positions ScoreExcept leaves
// out.
func TestPositions(t *testing.T) {
	seen := make([]bool, nClasses)
	for c, p := range positions {
		if p < 0 || p >= nClasses || seen[p] {
			t.Fatalf("class %d at position %d, out of range or taken", c, p)
		}
		seen[p] = true
	}
	mask := make([]bool, nClasses)
	for prev := -1; prev < nClasses; prev++ {
		if inside(prev) {
			continue
		}
		for _, last := range []bool{false, true} {
			allowed(mask, prev, last)
			for c, ok := range mask {
				if ok && positions[c] >= insideFrom {
					t.Errorf("after %d (last %v): class %d at %d, among the positions left out", prev, last, c, positions[c])
				}
			}
		}
	}
}

// TestAllowedAfter checks the masks computed once against allowed.
func TestAllowedAfter(t *testing.T) {
	want := make([]bool, nClasses)
	for prev := -1; prev < nClasses; prev++ {
		for _, last := range []bool{false, true} {
			allowed(want, prev, last)
			if got := allowedAfter(prev, last); !slices.Equal(got, want) {
				t.Errorf("allowedAfter(%d, %v) = %v, want %v", prev, last, got, want)
			}
		}
	}
}
