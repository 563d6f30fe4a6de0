package ner

import (
	"slices"

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
func spanFeatures(dst []uint64, s *doc.Sentence, ts []tok, a, b int, lab uint64, lex Lexicon, buf []byte, dc docContext, sent int) ([]uint64, []byte) {
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
	if dc != nil {
		// the contexts of the name's other mentions
		self, n := mentionID(sent, a), len(dst)
		for _, c := range dc[spanKey(ts, doc.Entity{Start: a, End: b})] {
			if c.mention != self && !slices.Contains(dst[n:], c.f) {
				dst = append(dst, c.f)
			}
		}
	}
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
	hd, rel, gov, govUPOS := spanGovernor(s, ts, a, b)
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

// spanGovernor returns the head of span [a, b) of s (spanHead), its
// relation, and its governor's lemma and tag (hStart for the root).
func spanGovernor(s *doc.Sentence, ts []tok, a, b int) (hd int, rel, gov, govUPOS uint64) {
	hd = spanHead(s, a, b)
	gov, govUPOS = hStart, hStart
	if h := s.Tokens[hd].Head; h >= 0 && h < len(s.Tokens) {
		gov, govUPOS = ts[h].lemma, ts[h].upos
	}
	return hd, ts[hd].deprel, gov, govUPOS
}

func allCapital(ts []tok) bool {
	for i := range ts {
		if !ts[i].capital {
			return false
		}
	}
	return true
}

// docContext holds, for each span key (spanKey) of a document, the
// contexts of all its mentions the labeller found: the prepositions that
// mark them, their heads' relations and governors, the words around them
// and the nouns in apposition to them ("in Ostvale" in one sentence tells
// what "Ostvale" is in another).
type docContext map[uint64][]mentionFeature

// mentionFeature is a context feature f of mention mention (mentionID).
type mentionFeature struct {
	mention int
	f       uint64
}

// mentionID names the mention that starts at token start of sentence
// sent.
func mentionID(sent, start int) int { return sent<<16 | start }

// add records the contexts of spans es of sentence sent, s (atoms ts).
func (dc docContext) add(sent int, s *doc.Sentence, ts []tok, es []doc.Entity) {
	for _, e := range es {
		k := spanKey(ts, e)
		id := mentionID(sent, e.Start)
		for _, f := range mentionContext(nil, s, ts, e.Start, e.End) {
			dc[k] = append(dc[k], mentionFeature{id, f})
		}
	}
}

// mentionContext appends the context features of span [a, b) of s.
func mentionContext(dst []uint64, s *doc.Sentence, ts []tok, a, b int) []uint64 {
	h := pc.Hash
	hd, rel, gov, govUPOS := spanGovernor(s, ts, a, b)
	before, after := hStart, hEnd
	if a > 0 {
		before = ts[a-1].lower
	}
	if b < len(ts) {
		after = ts[b].lower
	}
	dst = append(dst, h(91, rel, govUPOS, 0), h(92, rel, gov, 0), h(93, before, 0, 0), h(94, after, 0, 0))
	for j := range s.Tokens {
		if s.Tokens[j].Head != hd || (j >= a && j < b) {
			continue
		}
		switch s.Tokens[j].Deprel {
		case "case":
			dst = append(dst, h(95, ts[j].lower, 0, 0))
		case "appos":
			dst = append(dst, h(96, ts[j].lemma, 0, 0))
		}
	}
	return dst
}
