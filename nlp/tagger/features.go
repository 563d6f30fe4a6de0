package tagger

import (
	"unicode"
	"unicode/utf8"

	pc "github.com/actorgraph/actorgraph/nlp/perceptron"
)

// word holds the hashes of one token's surface features, computed once.
type word struct {
	form, shape, flags uint64
	spelling
	// amb is the word's ambiguity class: the classes it had in training.
	amb uint64
}

// spelling holds the hashes of a word's lower case and of its prefixes
// and suffixes, which depend on the lower case alone (computed at load
// for the words seen in training, see knownWord).
type spelling struct {
	lower, pre1, pre2, pre3, suf1, suf2, suf3, suf4 uint64
}

var (
	hStart = pc.String("-START-")
	hEnd   = pc.String("-END-")
)

func padWord(h uint64) word {
	return word{form: h, shape: h, amb: h,
		spelling: spelling{lower: h, pre1: h, pre2: h, pre3: h, suf1: h, suf2: h, suf3: h, suf4: h}}
}

// newWord computes the hashes of form, whose lower case is lower and
// whose spelling's hashes are sp.
func newWord(form string, sp spelling) word {
	var buf [16]byte
	return word{
		form:     pc.String(form),
		shape:    pc.Bytes(appendShape(buf[:0], form)),
		flags:    flags(form),
		spelling: sp,
	}
}

// spell computes the hashes of lower's spelling.
func spell(lower string) spelling {
	return spelling{
		lower: pc.String(lower),
		pre1:  pc.String(prefix(lower, 1)),
		pre2:  pc.String(prefix(lower, 2)),
		pre3:  pc.String(prefix(lower, 3)),
		suf1:  pc.String(suffix(lower, 1)),
		suf2:  pc.String(suffix(lower, 2)),
		suf3:  pc.String(suffix(lower, 3)),
		suf4:  pc.String(suffix(lower, 4)),
	}
}

func prefix(s string, n int) string {
	i := 0
	for k := range s {
		if n == 0 {
			return s[:k]
		}
		n--
		i = k
	}
	_ = i
	return s
}

func suffix(s string, n int) string {
	i := len(s)
	for n > 0 && i > 0 {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		n--
	}
	return s[i:]
}

// Shape maps a word to its compressed character classes: "Kyiv" → "Xx",
// "U.S." → "X.X.", "2025" → "d", "F-16" → "X-d".
func Shape(s string) string { return string(appendShape(nil, s)) }

// appendShape appends the shape of s to b.
func appendShape(b []byte, s string) []byte {
	start := len(b)
	last := rune(0)
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
		if c != last {
			b = utf8.AppendRune(b, c)
			last = c
		}
		if len(b)-start > 8 {
			break
		}
	}
	return b
}

func flags(s string) uint64 {
	var f uint64
	for _, r := range s {
		switch {
		case r == '-':
			f |= 1
		case unicode.IsDigit(r):
			f |= 2
		case unicode.IsUpper(r):
			f |= 4
		}
	}
	if r, _ := utf8.DecodeRuneInString(s); unicode.IsUpper(r) {
		f |= 8
	}
	return f
}

// features appends the feature keys of token i given the two previous
// predicted classes, hashed together through k.
func features(dst []uint64, k *pc.Keys, ws []word, i int, p1, p2 uint64) []uint64 {
	at := func(j int) word {
		if j < 0 {
			return padWord(hStart)
		}
		if j >= len(ws) {
			return padWord(hEnd)
		}
		return ws[j]
	}
	w, wp, wpp, wn, wnn := ws[i], at(i-1), at(i-2), at(i+1), at(i+2)
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	k.Add(1, 0, 0, 0)
	k.Add(2, w.lower, 0, 0)
	k.Add(3, w.suf3, 0, 0)
	k.Add(4, w.suf2, 0, 0)
	k.Add(5, w.pre1, 0, 0)
	k.Add(6, p1, 0, 0)
	k.Add(7, p2, 0, 0)
	k.Add(8, p1, p2, 0)
	k.Add(9, p1, w.lower, 0)
	k.Add(10, wp.lower, 0, 0)
	k.Add(11, wp.suf3, 0, 0)
	k.Add(12, wpp.lower, 0, 0)
	k.Add(13, wn.lower, 0, 0)
	k.Add(14, wn.suf3, 0, 0)
	k.Add(15, wnn.lower, 0, 0)
	k.Add(16, w.shape, 0, 0)
	k.Add(17, w.suf4, 0, 0)
	k.Add(18, w.pre2, 0, 0)
	k.Add(19, w.pre3, 0, 0)
	k.Add(20, w.flags, first, 0)
	k.Add(21, wp.lower, w.lower, 0)
	k.Add(22, w.lower, wn.lower, 0)
	k.Add(23, wn.shape, 0, 0)
	k.Add(24, wp.shape, 0, 0)
	k.Add(25, w.form, 0, 0)
	k.Add(26, w.suf1, 0, 0)
	k.Add(27, p1, wn.lower, 0)
	k.Add(28, wn.suf2, w.suf3, 0)
	k.Add(29, w.shape, first, p1)
	k.Add(30, w.amb, 0, 0)
	k.Add(31, wn.amb, 0, 0)
	k.Add(32, wnn.amb, 0, 0)
	k.Add(33, w.amb, wn.amb, 0)
	k.Add(34, p1, w.amb, 0)
	k.Add(35, w.amb, w.suf3, 0)
	k.Add(36, p1, w.amb, wn.amb)
	return k.AppendTo(dst)
}
