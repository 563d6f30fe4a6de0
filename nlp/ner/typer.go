package ner

import (
	"github.com/actorgraph/actorgraph/nlp/doc"
	pc "github.com/actorgraph/actorgraph/nlp/perceptron"
)

// The typer re-types the spans the sequence labeller finds, from
// features of the whole span: its words, ends, length, lexicon kind, the
// words around it, its head's relation, governor, preposition and
// determiner, and the types given earlier in the document to its words.

// spanHead returns the token of [a, b) whose head lies outside it.
func spanHead(s *doc.Sentence, a, b int) int {
	for i := a; i < b; i++ {
		if h := s.Tokens[i].Head; h < a || h >= b {
			return i
		}
	}
	return a
}

var (
	hCase = pc.String("case")
	hDet  = pc.String("det")
)

// labType is the labeller's verdict on span e, given its spans es: 1 + its
// type when it found e, 10 + the type of a span it found overlapping e,
// 20 when it found none there.
func labType(es []doc.Entity, e doc.Entity) uint64 {
	for _, x := range es {
		if x.Start == e.Start && x.End == e.End {
			return 1 + uint64(typeIndex(x.Type))
		}
	}
	for _, x := range es {
		if x.Start < e.End && e.Start < x.End {
			return 10 + uint64(typeIndex(x.Type))
		}
	}
	return 20
}

// spanFeatures appends the typer's features of span [a, b) of s, whose
// atoms are ts, with the labeller's verdict lab (labType).
func spanFeatures(dst []uint64, s *doc.Sentence, ts []tok, a, b int, lab uint64, lex Lexicon, buf []byte) ([]uint64, []byte) {
	at := func(j int) *tok {
		if j < 0 {
			return &padS
		}
		if j >= len(ts) {
			return &padE
		}
		return &ts[j]
	}
	h := pc.Hash
	first, last := &ts[a], &ts[b-1]
	n := uint64(min(b-a, 5))
	dst = append(dst,
		h(60, 0, 0, 0),
		h(61, first.lower, 0, 0),
		h(62, last.lower, 0, 0),
		h(63, first.lower, last.lower, 0),
		h(64, n, 0, 0),
		h(68, at(a-1).lower, 0, 0),
		h(69, at(a-2).lower, 0, 0),
		h(70, at(b).lower, 0, 0),
		h(71, at(b+1).lower, 0, 0),
		h(72, at(a-1).lower, at(b).lower, 0),
		h(78, last.suf3, 0, 0),
		h(79, first.suf3, n, 0),
		h(80, at(a-1).upos, at(b).upos, 0),
		h(82, first.shape, last.shape, n),
		h(87, lab, 0, 0),
		h(88, lab, n, 0),
	)
	dst = append(dst, h(89, last.class, 0, 0), h(85, at(a-1).class, 0, 0), h(86, first.class, n, 0))
	var mem uint64
	for i := a; i < b; i++ {
		dst = append(dst, h(65, ts[i].lower, 0, 0), h(66, ts[i].kind, 0, 0), h(67, ts[i].suf4, 0, 0))
		if ts[i].mem != 0 {
			mem = ts[i].mem
		}
	}
	dst = append(dst, h(81, mem, 0, 0), h(83, mem, first.lower, 0))
	switch {
	case b-a == 1:
		dst = append(dst, h(84, first.kind, 0, 0))
	case first.runPos == 2 && last.runPos == 3 && allCapital(ts[a:b]):
		// the span is its capitalized run, whose kind is known
		dst = append(dst, h(84, first.runKind, 0, 0))
	case lex != nil:
		bb := buf[:0]
		for i := a; i < b; i++ {
			if i > a {
				bb = append(bb, ' ')
			}
			bb = append(bb, s.Tokens[i].Form...)
		}
		dst = append(dst, h(84, kindHash(lex.Kind(string(bb))), 0, 0))
		buf = bb[:0]
	default:
		dst = append(dst, h(84, 0, 0, 0))
	}
	hd := spanHead(s, a, b)
	t := &s.Tokens[hd]
	gov, govUPOS := hStart, hStart
	if t.Head >= 0 && t.Head < len(s.Tokens) {
		gov, govUPOS = ts[t.Head].lemma, ts[t.Head].upos
	}
	rel := ts[hd].deprel
	dst = append(dst,
		h(73, rel, 0, 0),
		h(74, gov, 0, 0),
		h(75, rel, gov, 0),
		h(76, rel, govUPOS, 0),
	)
	for j := range s.Tokens {
		if s.Tokens[j].Head != hd || (j >= a && j < b) {
			continue
		}
		switch s.Tokens[j].Deprel {
		case "case":
			dst = append(dst, h(77, hCase, ts[j].lower, 0))
		case "det":
			dst = append(dst, h(77, hDet, ts[j].lower, 0))
		}
	}
	return dst, buf
}

func allCapital(ts []tok) bool {
	for i := range ts {
		if !ts[i].capital {
			return false
		}
	}
	return true
}
