package parser

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/nlp/models"
	pc "github.com/actorgraph/actorgraph/nlp/perceptron"
	"github.com/actorgraph/actorgraph/nlp/tagger"
)

// sentences are invented news sentences, tagged by the trained tagger.
var sentences = []string{
	"The harbour authority in Velmora said on Tuesday that two ferries had been delayed by the storm .",
	"Maren Oduya , the finance minister , met union leaders in the capital and promised a new offer .",
	"Police arrested a man who had set fire to a warehouse owned by Brightline Foods .",
	"“ We will not sign this agreement , ” the spokesman told reporters after the talks .",
	"Shares of the company fell 4 % after it cut its forecast for the third time this year .",
}

func load(tb testing.TB) (*Model, [][]string, [][]string) {
	tb.Helper()
	m, err := Load(models.FS)
	if err != nil {
		tb.Fatal(err)
	}
	tg, err := tagger.Load(models.FS)
	if err != nil {
		tb.Fatal(err)
	}
	var words, tags [][]string
	for _, s := range sentences {
		w := strings.Fields(s)
		var t []string
		for _, c := range tg.TagForms(w) {
			_, xpos := tg.Class(c)
			t = append(t, xpos)
		}
		words, tags = append(words, w), append(tags, t)
	}
	return m, words, tags
}

// TestNextIsBestAllowed checks, at every configuration the parser goes
// through, that next (which leaves the LEFT classes out when LEFT is
// not allowed, and scores nothing when only SHIFT is) picks the move a
// full scoring of all classes would.
func TestNextIsBestAllowed(t *testing.T) {
	m, words, tags := load(t)
	nL := len(m.labels)
	full := make([]float32, m.weights.Classes())
	sc := m.scratch()
	var keys pc.Keys
	for i := range words {
		sc.x.fill(words[i], tags[i])
		s := &sc.s
		s.reset(len(words[i]))
		for steps := 0; !s.done(); steps++ {
			got := m.next(sc)
			clear(full)
			m.weights.Score(features(nil, &keys, &sc.x, s, m.labelHash), full)
			sh, re, left, right := s.valid()
			want := -1
			for a := range full {
				if allowed(decode(a, nL), sh, re, left, right) && (want < 0 || full[a] > full[want]) {
					want = a
				}
			}
			if got != want {
				t.Fatalf("sentence %d, step %d: next = %d, want %d", i, steps, got, want)
			}
			s.apply(decode(got, nL))
		}
	}
}

// BenchmarkParse parses the tagged sentences; words/s is per second of
// the benchmark's time.
func BenchmarkParse(b *testing.B) {
	m, words, tags := load(b)
	n := 0
	for _, w := range words {
		n += len(w)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i := range words {
			m.Parse(words[i], tags[i])
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "words/s")
}
