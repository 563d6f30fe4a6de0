package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/nlp/doc"
	pc "github.com/actorgraph/actorgraph/nlp/perceptron"
	"github.com/actorgraph/actorgraph/nlp/tokenize"
)

// tok holds one token's hashed atoms, computed once per sentence.
type tok struct {
	form, lower, shape, pre2, pre3, suf2, suf3, suf4 uint64
	upos, xpos, lemma, deprel, headLemma, headUPOS   uint64
	kind                                             uint64 // the lexicon's kind of the token
	runKind, runPos, runBefore, runAfter, runLen     uint64 // of the capitalized run holding the token (0 outside one)
	runFirst, runLast                                uint64 // lowercase words of the run's ends
	key                                              uint64 // the form's hash, for the document memory
	mem                                              uint64 // 1+type of the last earlier entity of the document holding this word, 0 if none
	class, runLastClass, runBeforeClass              uint64 // wordClass of the word, of its run's last word and of the word before the run
	initial                                          uint64 // 1 when the token starts its sentence (sentenceInitial), else 0
	capital                                          bool
}

var (
	hStart = pc.String("<s>")
	hEnd   = pc.String("</s>")
	hNone  = pc.String("<none>")
	padS   = tok{form: hStart, lower: hStart, shape: hStart, upos: hStart, xpos: hStart}
	padE   = tok{form: hEnd, lower: hEnd, shape: hEnd, upos: hEnd, xpos: hEnd}
)

// prepare fills ts with the atoms of s's tokens.
func prepare(ts []tok, s *doc.Sentence, lex Lexicon, buf []byte) ([]tok, []byte) {
	ts = ts[:0]
	for i := range s.Tokens {
		t := &s.Tokens[i]
		lower := lowerASCII(t.Form, buf)
		buf = lower[:0]
		x := tok{
			form:    pc.String(t.Form),
			lower:   pc.Bytes(lower),
			shape:   shapeHash(t.Form),
			pre2:    pc.Bytes(prefix(lower, 2)),
			pre3:    pc.Bytes(prefix(lower, 3)),
			suf2:    pc.Bytes(suffix(lower, 2)),
			suf3:    pc.Bytes(suffix(lower, 3)),
			suf4:    pc.Bytes(suffix(lower, 4)),
			upos:    pc.String(t.UPOS),
			xpos:    pc.String(t.XPOS),
			lemma:   pc.String(t.Lemma),
			deprel:  pc.String(t.Deprel),
			capital: capitalized(t.Form),
		}
		x.key = x.form
		x.class = wordClass(x.lower)
		if sentenceInitial(s.Tokens, i) {
			x.initial = 1
		}
		x.headLemma, x.headUPOS = hNone, hNone
		if t.Head >= 0 && t.Head < len(s.Tokens) {
			h := &s.Tokens[t.Head]
			x.headLemma, x.headUPOS = pc.String(h.Lemma), pc.String(h.UPOS)
		}
		if lex != nil && x.capital {
			x.kind = kindHash(lex.Kind(t.Form))
		}
		if x.kind == 0 && stateAbbreviation(s, i) {
			x.kind = hRegion
		}
		ts = append(ts, x)
	}
	// capitalized runs
	for i := 0; i < len(ts); {
		if !ts[i].capital {
			i++
			continue
		}
		j := i + 1
		for j < len(ts) && ts[j].capital {
			j++
		}
		kind := uint64(0)
		if lex != nil {
			if j-i == 1 {
				kind = ts[i].kind
			} else {
				b := buf[:0]
				for k := i; k < j; k++ {
					if k > i {
						b = append(b, ' ')
					}
					b = append(b, s.Tokens[k].Form...)
				}
				kind = kindHash(lex.Kind(string(b)))
				buf = b[:0]
			}
		}
		before, after := hStart, hEnd
		if i > 0 {
			before = ts[i-1].lower
		}
		if j < len(ts) {
			after = ts[j].lower
		}
		n := uint64(min(j-i, 4))
		for k := i; k < j; k++ {
			pos := uint64(1) // inside
			switch {
			case j-i == 1:
				pos = 4
			case k == i:
				pos = 2
			case k == j-1:
				pos = 3
			}
			ts[k].runKind, ts[k].runPos, ts[k].runBefore, ts[k].runAfter, ts[k].runLen = kind, pos, before, after, n
			ts[k].runFirst, ts[k].runLast = ts[i].lower, ts[j-1].lower
			ts[k].runLastClass = ts[j-1].class
			if i > 0 {
				ts[k].runBeforeClass = ts[i-1].class
			}
		}
		i = j
	}
	return ts, buf
}

// hRegion is the lexicon's kind of a state or province.
var hRegion = kindHash("region")

// stateAbbreviation reports whether token i of s is a US state's AP
// abbreviation after a city and a comma ("Lake Charles, La."), which
// the lexicon does not know: it is read as a region.
func stateAbbreviation(s *doc.Sentence, i int) bool {
	f := s.Tokens[i].Form
	if i == 0 || s.Tokens[i-1].Form != "," || !strings.HasSuffix(f, ".") || !capitalized(f) {
		return false
	}
	return tokenize.USStates[strings.ToLower(strings.TrimSuffix(f, "."))] != ""
}

// static adds to k the features of token i that do not depend on
// labels.
func static(k *pc.Keys, ts []tok, i int) {
	at := func(j int) *tok {
		if j < 0 {
			return &padS
		}
		if j >= len(ts) {
			return &padE
		}
		return &ts[j]
	}
	w, p, pp, n, nn := &ts[i], at(i-1), at(i-2), at(i+1), at(i+2)
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	k.Add(1, 0, 0, 0)
	k.Add(2, w.lower, 0, 0)
	k.Add(3, w.form, 0, 0)
	k.Add(4, w.shape, 0, 0)
	k.Add(5, w.pre3, 0, 0)
	k.Add(6, w.suf3, 0, 0)
	k.Add(7, w.suf4, 0, 0)
	k.Add(8, w.pre2, w.shape, 0)
	k.Add(9, p.lower, 0, 0)
	k.Add(10, n.lower, 0, 0)
	k.Add(11, pp.lower, 0, 0)
	k.Add(12, nn.lower, 0, 0)
	k.Add(13, p.shape, w.shape, 0)
	k.Add(14, w.shape, n.shape, 0)
	k.Add(15, w.upos, 0, 0)
	k.Add(16, w.xpos, 0, 0)
	k.Add(17, p.upos, w.upos, 0)
	k.Add(18, w.upos, n.upos, 0)
	k.Add(19, p.xpos, 0, 0)
	k.Add(20, n.xpos, 0, 0)
	k.Add(21, pp.upos, 0, 0)
	k.Add(22, nn.upos, 0, 0)
	k.Add(23, w.kind, 0, 0)
	k.Add(24, w.runKind, w.runPos, 0)
	k.Add(25, w.runBefore, w.runPos, 0)
	k.Add(26, w.runAfter, w.runPos, 0)
	k.Add(27, w.runLen, w.runPos, 0)
	k.Add(28, w.deprel, 0, 0)
	k.Add(29, w.deprel, w.headLemma, 0)
	k.Add(30, w.lemma, 0, 0)
	k.Add(31, p.lower, w.lower, 0)
	k.Add(32, w.lower, n.lower, 0)
	k.Add(33, first, w.shape, 0)
	k.Add(34, w.suf2, w.upos, 0)
	k.Add(35, w.deprel, w.headUPOS, 0)
	k.Add(36, p.suf3, 0, 0)
	k.Add(37, n.suf3, 0, 0)
	k.Add(38, p.kind, w.runPos, 0)
	k.Add(39, n.kind, w.runPos, 0)
	k.Add(50, w.mem, 0, 0)
	k.Add(51, w.mem, w.runPos, 0)
	k.Add(52, w.mem, p.mem, n.mem)
	k.Add(53, w.runLast, w.runPos, 0)
	k.Add(54, w.runFirst, w.runPos, 0)
	k.Add(55, w.runLast, w.runBefore, 0)
	k.Add(56, w.initial, 0, 0)
	k.Add(57, w.initial, w.upos, 0)
	k.Add(46, w.class, w.runPos, 0)
	k.Add(47, w.runLastClass, w.runPos, 0)
	k.Add(48, w.runBeforeClass, w.runPos, 0)
	k.Add(49, p.class, n.class, w.capital01())
}

// sentenceInitial reports whether token i of ts starts its sentence,
// perhaps after an opening quote, bracket, colon or dash: a place where
// any word is capitalized, so that capitals tell less.
func sentenceInitial(ts []doc.Token, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch ts[j].Form {
		case "\"", "“", "‘", "'", "(", "[", ":", "-", "—", "–", "``":
			continue
		}
		return false
	}
	return true
}

// capital01 is 1 for a capitalized token, else 0.
func (t *tok) capital01() uint64 {
	if t.capital {
		return 1
	}
	return 0
}

// dynamic adds to k the features of token i that read the previous
// labels.
func dynamic(k *pc.Keys, ts []tok, i int, p1, p2 int) {
	w := &ts[i]
	a, b := uint64(p1)+1, uint64(p2)+1
	k.Add(40, a, 0, 0)
	k.Add(41, a, b, 0)
	k.Add(42, a, w.lower, 0)
	k.Add(43, a, w.shape, 0)
	k.Add(44, a, w.upos, 0)
	k.Add(45, a, w.runPos, w.runKind)
}

// lowerASCII returns s lowercased into buf (unicode-aware, no allocation
// when buf is large enough).
func lowerASCII(s string, buf []byte) []byte {
	b := buf[:0]
	for _, r := range s {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

func prefix(b []byte, n int) []byte {
	i := 0
	for ; n > 0 && i < len(b); n-- {
		_, size := utf8.DecodeRune(b[i:])
		i += size
	}
	return b[:i]
}

func suffix(b []byte, n int) []byte {
	i := len(b)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRune(b[:i])
		i -= size
	}
	return b[i:]
}

// shapeHash hashes the word's compressed character classes ("Kyiv" →
// "Xx", "U.S." → "X.X.", "F-16" → "X-d"), at most 8 classes.
func shapeHash(s string) uint64 {
	h := uint64(14695981039346656037)
	last, n := rune(-1), 0
	for _, r := range s {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c == last {
			continue
		}
		last = c
		if n++; n > 8 {
			break
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// kindHash hashes a lexicon kind, 0 for "" (unknown is no feature value,
// so that a nil lexicon reads as an empty one).
func kindHash(k string) uint64 {
	if k == "" {
		return 0
	}
	return pc.String(k)
}

var hUnknown = pc.String("<unknown>")

// drop hides the identity of token i (its form, lowercase and lemma), as
// if the word had not been seen in training.
func drop(ts []tok, i int) {
	ts[i].form, ts[i].lower, ts[i].lemma = hUnknown, hUnknown, hUnknown
}
