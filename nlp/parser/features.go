package parser

import pc "github.com/actorgraph/actorgraph/nlp/perceptron"

// sentence is the parser's view of a sentence: per position (0 = root)
// the hashes of the word and its tag.
type sentence struct {
	words, tags []uint64
}

var (
	hNone = pc.String("-NONE-")
	hRoot = pc.String("-ROOT-")
)

// features appends the feature keys of state s: the templates of Zhang
// and Nivre (2011) for arc-eager parsing (words, tags, labels, distance,
// valency and label sets around the stack top S0 and the buffer front
// N0), plus the second stack item S1. The keys are hashed together
// through k.
func features(dst []uint64, k *pc.Keys, x *sentence, s *state, labelHash []uint64) []uint64 {
	n := s.n
	s0, n0 := s.s0(), s.b
	tok := func(i int) (w, p uint64) {
		if i < 0 || i > n {
			return hNone, hNone
		}
		return x.words[i], x.tags[i]
	}
	lab := func(i int) uint64 {
		if i <= 0 || i > n || s.labels[i] < 0 || s.heads[i] < 0 {
			return hNone
		}
		return labelHash[s.labels[i]]
	}
	child := func(arr []int, i int) int {
		if i < 0 || i > n || arr[i] == 0 {
			return -1
		}
		return arr[i]
	}
	head := func(i int) int {
		if i <= 0 || i > n {
			return -1
		}
		return s.heads[i]
	}
	if n0 > n {
		n0 = -1
	}
	n1, n2 := -1, -1
	if n0 >= 0 && n0+1 <= n {
		n1 = n0 + 1
	}
	if n0 >= 0 && n0+2 <= n {
		n2 = n0 + 2
	}
	s1 := -1
	if len(s.stack) >= 2 {
		s1 = s.stack[len(s.stack)-2]
	}
	s0h := head(s0)
	s0h2 := head(s0h)
	s0l, s0r := child(s.l1, s0), child(s.r1, s0)
	s0l2, s0r2 := child(s.l2, s0), child(s.r2, s0)
	n0l, n0l2 := child(s.l1, n0), child(s.l2, n0)

	s0w, s0p := tok(s0)
	n0w, n0p := tok(n0)
	n1w, n1p := tok(n1)
	n2w, n2p := tok(n2)
	s1w, s1p := tok(s1)
	s0hw, s0hp := tok(s0h)
	s0h2w, s0h2p := tok(s0h2)
	s0lw, s0lp := tok(s0l)
	s0rw, s0rp := tok(s0r)
	s0l2w, s0l2p := tok(s0l2)
	s0r2w, s0r2p := tok(s0r2)
	n0lw, n0lp := tok(n0l)
	n0l2w, n0l2p := tok(n0l2)

	dist := uint64(0)
	if s0 >= 0 && n0 >= 0 {
		d := n0 - s0
		if d > 5 {
			d = 5 + (d-5)/5
			if d > 10 {
				d = 10
			}
		}
		dist = uint64(d)
	}
	val := func(a []int, i int) uint64 {
		if i < 0 || i > n {
			return 99
		}
		return uint64(a[i])
	}
	set := func(a []uint64, i int) uint64 {
		if i < 0 || i > n {
			return 1 << 63
		}
		return a[i]
	}
	s0vl, s0vr, n0vl := val(s.vl, s0), val(s.vr, s0), val(s.vl, n0)
	s0sl, s0sr, n0sl := set(s.sl, s0), set(s.sr, s0), set(s.sl, n0)

	s0wp := pc.Hash(0, s0w, s0p, 0)
	k.Add(1, s0w, s0p, 0)
	k.Add(2, s0w, 0, 0)
	k.Add(3, s0p, 0, 0)
	k.Add(4, n0w, n0p, 0)
	k.Add(5, n0w, 0, 0)
	k.Add(6, n0p, 0, 0)
	k.Add(7, n1w, n1p, 0)
	k.Add(8, n1w, 0, 0)
	k.Add(9, n1p, 0, 0)
	k.Add(10, n2w, n2p, 0)
	k.Add(11, n2w, 0, 0)
	k.Add(12, n2p, 0, 0)
	// pairs
	k.Add(13, s0wp, n0w, n0p)
	k.Add(14, s0wp, n0w, 0)
	k.Add(15, s0w, n0w, n0p)
	k.Add(16, s0wp, n0p, 0)
	k.Add(17, s0p, n0w, n0p)
	k.Add(18, s0w, n0w, 0)
	k.Add(19, s0p, n0p, 0)
	k.Add(20, n0p, n1p, 0)
	// three tags
	k.Add(21, n0p, n1p, n2p)
	k.Add(22, s0p, n0p, n1p)
	k.Add(23, s0hp, s0p, n0p)
	k.Add(24, s0p, s0lp, n0p)
	k.Add(25, s0p, s0rp, n0p)
	k.Add(26, s0p, n0p, n0lp)
	// distance
	k.Add(27, s0w, dist, 0)
	k.Add(28, s0p, dist, 0)
	k.Add(29, n0w, dist, 0)
	k.Add(30, n0p, dist, 0)
	k.Add(31, s0w, n0w, dist)
	k.Add(32, s0p, n0p, dist)
	// valency
	k.Add(33, s0w, s0vr, 0)
	k.Add(34, s0p, s0vr, 0)
	k.Add(35, s0w, s0vl, 0)
	k.Add(36, s0p, s0vl, 0)
	k.Add(37, n0w, n0vl, 0)
	k.Add(38, n0p, n0vl, 0)
	// second-order unigrams
	k.Add(39, s0hw, 0, 0)
	k.Add(40, s0hp, 0, 0)
	k.Add(41, lab(s0), 0, 0)
	k.Add(42, s0lw, 0, 0)
	k.Add(43, s0lp, 0, 0)
	k.Add(44, lab(s0l), 0, 0)
	k.Add(45, s0rw, 0, 0)
	k.Add(46, s0rp, 0, 0)
	k.Add(47, lab(s0r), 0, 0)
	k.Add(48, n0lw, 0, 0)
	k.Add(49, n0lp, 0, 0)
	k.Add(50, lab(n0l), 0, 0)
	// third order
	k.Add(51, s0h2w, 0, 0)
	k.Add(52, s0h2p, 0, 0)
	k.Add(53, lab(s0h), 0, 0)
	k.Add(54, s0l2w, 0, 0)
	k.Add(55, s0l2p, 0, 0)
	k.Add(56, lab(s0l2), 0, 0)
	k.Add(57, s0r2w, 0, 0)
	k.Add(58, s0r2p, 0, 0)
	k.Add(59, lab(s0r2), 0, 0)
	k.Add(60, n0l2w, 0, 0)
	k.Add(61, n0l2p, 0, 0)
	k.Add(62, lab(n0l2), 0, 0)
	k.Add(63, s0p, s0lp, s0l2p)
	k.Add(64, s0p, s0rp, s0r2p)
	k.Add(65, s0p, s0hp, s0h2p)
	k.Add(66, n0p, n0lp, n0l2p)
	// label sets
	k.Add(67, s0w, s0sr, 0)
	k.Add(68, s0p, s0sr, 0)
	k.Add(69, s0w, s0sl, 0)
	k.Add(70, s0p, s0sl, 0)
	k.Add(71, n0w, n0sl, 0)
	k.Add(72, n0p, n0sl, 0)
	// the second stack item
	k.Add(73, s1w, s1p, 0)
	k.Add(74, s1p, s0p, n0p)
	k.Add(75, s1w, s0w, 0)
	k.Add(76, s0p, n0p, lab(s0))
	k.Add(77, s0w, n0p, n1p)
	return k.AppendTo(dst)
}
