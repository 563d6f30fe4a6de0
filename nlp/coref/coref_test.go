package coref

import (
	"bytes"
	"math"
	"os"
	"reflect"
	"testing"

	"github.com/actorgraph/actorgraph/nlp/conllu"
	"github.com/actorgraph/actorgraph/nlp/doc"
)

func readFixture(t testing.TB) [][]conllu.Sentence {
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

func TestPronoun(t *testing.T) {
	tests := []struct {
		word       string
		group      int
		refl, poss bool
	}{
		{"he", gMasc, false, false}, {"his", gMasc, false, true}, {"himself", gMasc, true, false},
		{"her", gFem, false, true}, {"hers", gFem, false, true}, {"it", gNeut, false, false},
		{"its", gNeut, false, true}, {"them", gPlur, false, false}, {"themselves", gPlur, true, false},
		{"I", gNone, false, false}, {"we", gNone, false, false}, {"this", gNone, false, false},
	}
	for _, tc := range tests {
		g, r, p := pronoun(tc.word)
		if g != tc.group || r != tc.refl || p != tc.poss {
			t.Errorf("pronoun(%q) = %d %v %v, want %d %v %v", tc.word, g, r, p, tc.group, tc.refl, tc.poss)
		}
	}
}

func TestCandidatesAndSpans(t *testing.T) {
	d := Gold(readFixture(t)[2])
	s := &d.Sentences[0] // The Brindle Water Company said it would hire Maren Tolk .
	var cands []int
	for i := range s.Tokens {
		if IsCandidate(s, i) {
			cands = append(cands, i)
		}
	}
	// Company, it, Maren (Brindle and Water are compounds of a name, Tolk is flat)
	if want := []int{3, 5, 8}; !reflect.DeepEqual(cands, want) {
		t.Errorf("candidates %v, want %v", cands, want)
	}
	if st, en := MentionSpan(s, 3); st != 0 || en != 4 {
		t.Errorf("MentionSpan(Company) = [%d,%d), want [0,4)", st, en)
	}
	if st, en := MentionSpan(s, 8); st != 8 || en != 10 {
		t.Errorf("MentionSpan(Maren) = [%d,%d), want [8,10)", st, en)
	}
	s = &d.Sentences[1] // She will run its office in Korvath .
	if st, en := MentionSpan(s, 4); st != 3 || en != 7 {
		t.Errorf("MentionSpan(office) = [%d,%d), want [3,7)", st, en)
	}
}

func TestChainIndex(t *testing.T) {
	d := Gold(readFixture(t)[2])
	_, ante := chainIndex(&d)
	// it, She, its, her, They and "the company" are anaphoric
	for _, k := range [][2]int{{0, 5}, {1, 0}, {1, 3}, {2, 6}, {3, 0}, {3, 3}} {
		if _, ok := ante[k]; !ok {
			t.Errorf("%v not anaphoric", k)
		}
	}
	if len(ante) != 6 {
		t.Errorf("%d anaphors, want 6: %v", len(ante), ante)
	}
	s := &d.Sentences[2] // Tolk said that the workers liked her .
	if IsNominal(s, 4) != true || IsNominal(s, 0) || IsNominal(s, 6) {
		t.Error("IsNominal: want only 'the workers'")
	}
}

func TestTrainSmoke(t *testing.T) {
	docs := readFixture(t)
	opt := DefaultOptions()
	m := Train(docs, opt)
	sc := m.Evaluate(docs, nil)
	if sc.Anaphors != 7 {
		t.Errorf("%d anaphors scored, want 7", sc.Anaphors)
	}
	if sc.Lenient < 6 {
		t.Errorf("training-set accuracy too low: %v", sc)
	}
	var a, b bytes.Buffer
	if _, err := m.WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	if _, err := Train(docs, opt).WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("training twice gave different bytes")
	}
	m2, err := Load(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	d1, d2 := Gold(docs[2]), Gold(docs[2])
	m.Resolve(&d1)
	m2.Resolve(&d2)
	if !reflect.DeepEqual(d1.Chains, d2.Chains) {
		t.Errorf("loaded model resolves differently:\n%v\n%v", d1.Chains, d2.Chains)
	}
	// the company's chain holds "The Brindle Water Company" and "it"
	found := false
	for _, ch := range d1.Chains {
		if len(ch) >= 2 && ch[0] == (doc.Mention{Sent: 0, Start: 0, End: 4, Head: 3}) && ch[1].Head == 5 {
			found = true
		}
	}
	if !found {
		t.Errorf("no chain links the company and it: %v", d1.Chains)
	}
	if _, err := Load(bytes.NewReader([]byte("junk"))); err == nil {
		t.Error("Load accepted junk")
	}
}

// TestLinkScores checks that the scores Resolve goes by (linkScores,
// which looks a candidate's own features up once a document) are those
// of the model's Score over each candidate's and null's whole feature
// list, bit for bit, at every anaphor of the fixture with the committed
// model, links following the choices as Resolve's do.
func TestLinkScores(t *testing.T) {
	m := loadCommitted(t)
	var one [1]float32
	score := func(f []uint64) float32 {
		one[0] = 0
		m.pm.Score(f, one[:])
		return one[0]
	}
	sc := &scratch{}
	anaphors := 0
	for _, sents := range readFixture(t) {
		d := Gold(sents)
		sc.prepare(&d)
		for si := range d.Sentences {
			for ti := range d.Sentences[si].Tokens {
				if !sc.words[si][ti].anaphor {
					continue
				}
				anaphors++
				_, cands, fs := sc.score(&d, si, ti, score)
				want := make([]float32, len(fs))
				for i, f := range fs {
					want[i] = score(f)
				}
				got, _ := sc.linkScores(m.pm, &d, si, ti)
				if len(got) != len(want) {
					t.Fatalf("anaphor %d/%d: %d scores, want %d", si, ti, len(got), len(want))
				}
				for i := range got {
					if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
						t.Errorf("anaphor %d/%d, candidate %d: score %v, want %v", si, ti, i, got[i], want[i])
					}
				}
				if b := pick(want); b >= 0 {
					sc.link([2]int{si, ti}, [2]int{cands[b].s, cands[b].t})
				}
			}
		}
	}
	if anaphors < 5 {
		t.Errorf("only %d anaphors in the fixture", anaphors)
	}
}

func loadCommitted(tb testing.TB) *Model {
	tb.Helper()
	f, err := os.Open("../models/coref.model")
	if err != nil {
		tb.Skip("no committed model:", err)
	}
	defer f.Close()
	m, err := Load(f)
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

func BenchmarkResolve(b *testing.B) {
	m := loadCommitted(b)
	var docs []doc.Document
	n := 0
	for _, d := range readFixture(b) {
		g := Gold(d)
		docs = append(docs, g)
		for _, s := range g.Sentences {
			n += len(s.Tokens)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j := range docs {
			m.Resolve(&docs[j])
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
}
