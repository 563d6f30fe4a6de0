package ner

import (
	"fmt"
	"strings"

	"github.com/actorgraph/actorgraph/nlp/doc"
)

// PRF counts span matches: true positives, false positives, false
// negatives.
type PRF struct{ TP, FP, FN int }

// P is the precision (0 when nothing was predicted).
func (c PRF) P() float64 { return ratio(c.TP, c.TP+c.FP) }

// R is the recall (0 when there is nothing to find).
func (c PRF) R() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of P and R.
func (c PRF) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Scores are exact-match span scores (same start, end and type), overall
// and per type.
type Scores struct {
	All    PRF
	ByType map[string]PRF
}

func (s Scores) String() string {
	var b strings.Builder
	row := func(name string, c PRF) {
		fmt.Fprintf(&b, "%-13s P %5.1f  R %5.1f  F1 %5.1f  (gold %d, predicted %d)\n", name,
			100*c.P(), 100*c.R(), 100*c.F1(), c.TP+c.FN, c.TP+c.FP)
	}
	row("all", s.All)
	for _, t := range Types {
		row(t, s.ByType[t])
	}
	return b.String()
}

// Evaluate annotates copies of docs (whose sentences' Entities are the
// gold spans, see Examples) with AnnotateDocument and scores the predicted
// spans against the gold ones. retag, when not nil, is called on each
// sentence of a copy first, to replace gold tags and parses with predicted
// ones.
func (m *Model) Evaluate(docs []doc.Document, lex Lexicon, retag func(*doc.Sentence)) Scores {
	sc := Scores{ByType: map[string]PRF{}}
	for _, gd := range docs {
		d := gd
		d.Sentences = make([]doc.Sentence, len(gd.Sentences))
		for i, s := range gd.Sentences {
			s.Tokens = append([]doc.Token(nil), s.Tokens...)
			s.Entities = nil
			if retag != nil {
				retag(&s)
			}
			d.Sentences[i] = s
		}
		m.AnnotateDocument(&d, lex)
		for i := range d.Sentences {
			gold := keepReported(append([]doc.Entity(nil), gd.Sentences[i].Entities...))
			Score(&sc, gold, d.Sentences[i].Entities)
		}
	}
	return sc
}

// Score adds one sentence's gold and predicted spans to sc.
func Score(sc *Scores, gold, pred []doc.Entity) {
	if sc.ByType == nil {
		sc.ByType = map[string]PRF{}
	}
	found := func(es []doc.Entity, e doc.Entity) bool {
		for _, x := range es {
			if x == e {
				return true
			}
		}
		return false
	}
	for _, e := range pred {
		c := sc.ByType[e.Type]
		if found(gold, e) {
			c.TP++
			sc.All.TP++
		} else {
			c.FP++
			sc.All.FP++
		}
		sc.ByType[e.Type] = c
	}
	for _, e := range gold {
		if !found(pred, e) {
			c := sc.ByType[e.Type]
			c.FN++
			sc.All.FN++
			sc.ByType[e.Type] = c
		}
	}
}
