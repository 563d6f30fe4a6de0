package parser

import "slices"

// state is a configuration of the arc-eager system: a stack, the front of
// the buffer and the arcs so far. Token 0 is the root; words are 1..n.
type state struct {
	n      int
	stack  []int
	b      int // front of the buffer; the buffer is empty when b > n
	heads  []int
	labels []int
	// leftmost and second leftmost, rightmost and second rightmost
	// children, 0 when none (the root is never a child)
	l1, l2, r1, r2 []int
	// valency and label sets (bit per label) of left and right children
	vl, vr   []int
	sl, sr   []uint64
	numRoots int
}

func newState(n int) *state {
	s := &state{}
	s.reset(n)
	return s
}

// reset makes s the initial configuration of a sentence of n words,
// reusing its memory.
func (s *state) reset(n int) {
	s.n, s.b, s.numRoots = n, 1, 0
	s.stack = append(slices.Grow(s.stack[:0], n+1), 0)
	s.heads = zeroed(s.heads, n+1)
	for i := range s.heads {
		s.heads[i] = -1
	}
	s.labels = zeroed(s.labels, n+1)
	s.l1, s.l2, s.r1, s.r2 = zeroed(s.l1, n+1), zeroed(s.l2, n+1), zeroed(s.r1, n+1), zeroed(s.r2, n+1)
	s.vl, s.vr = zeroed(s.vl, n+1), zeroed(s.vr, n+1)
	s.sl, s.sr = zeroed(s.sl, n+1), zeroed(s.sr, n+1)
}

// zeroed returns buf resized to n zeros.
func zeroed[T int | uint64](buf []T, n int) []T {
	buf = slices.Grow(buf[:0], n)[:n]
	clear(buf)
	return buf
}

func (s *state) done() bool { return s.b > s.n }

func (s *state) s0() int {
	if len(s.stack) == 0 {
		return -1
	}
	return s.stack[len(s.stack)-1]
}

func (s *state) addArc(h, d, label int) {
	s.heads[d], s.labels[d] = h, label
	if h == 0 {
		s.numRoots++
	}
	if d < h {
		s.vl[h]++
		s.sl[h] |= 1 << uint(label%64)
		switch {
		case s.l1[h] == 0 || d < s.l1[h]:
			s.l2[h], s.l1[h] = s.l1[h], d
		case s.l2[h] == 0 || d < s.l2[h]:
			s.l2[h] = d
		}
	} else {
		s.vr[h]++
		s.sr[h] |= 1 << uint(label%64)
		switch {
		case d > s.r1[h]:
			s.r2[h], s.r1[h] = s.r1[h], d
		case d > s.r2[h]:
			s.r2[h] = d
		}
	}
}

// Transitions: SHIFT, REDUCE, then LEFT-l and RIGHT-l for each label l.
const (
	shift  = 0
	reduce = 1
)

type move struct{ kind, label int }

const (
	kShift = iota
	kReduce
	kLeft
	kRight
)

func decode(a, nLabels int) move {
	switch {
	case a == shift:
		return move{kShift, 0}
	case a == reduce:
		return move{kReduce, 0}
	case a < 2+nLabels:
		return move{kLeft, a - 2}
	default:
		return move{kRight, a - 2 - nLabels}
	}
}

// valid reports which kinds of move are allowed now.
func (s *state) valid() (sh, re, left, right bool) {
	if s.done() {
		return
	}
	s0 := s.s0()
	sh = true
	if s0 >= 0 {
		re = s0 != 0 && s.heads[s0] >= 0
		left = s0 != 0 && s.heads[s0] < 0
		right = true
	}
	// the root takes one dependent; a second root has to wait for a head
	if s0 == 0 && s.numRoots > 0 {
		right = false
	}
	return
}

func (s *state) apply(m move) {
	switch m.kind {
	case kShift:
		s.stack = append(s.stack, s.b)
		s.b++
	case kReduce:
		s.stack = s.stack[:len(s.stack)-1]
	case kLeft:
		s0 := s.s0()
		s.addArc(s.b, s0, m.label)
		s.stack = s.stack[:len(s.stack)-1]
	case kRight:
		s.addArc(s.s0(), s.b, m.label)
		s.stack = append(s.stack, s.b)
		s.b++
	}
}

// cost is the number of gold arcs a move makes unreachable (Goldberg and
// Nivre 2012), a wrong label counting as one. gh and gl are the gold
// heads and labels; tokens left without a head at the end are attached to
// the root's dependent, so a gold root dependent left headless is reached
// only through RIGHT from the root.
func (s *state) cost(m move, gh, gl []int) int {
	s0, b := s.s0(), s.b
	c := 0
	switch m.kind {
	case kShift:
		for _, k := range s.stack {
			if gh[b] == k {
				c++
			}
			if k != 0 && s.heads[k] < 0 && gh[k] == b {
				c++
			}
		}
	case kReduce:
		for k := b; k <= s.n; k++ {
			if gh[k] == s0 {
				c++
			}
		}
	case kLeft:
		if gh[s0] != b && gh[s0] > b {
			c++
		}
		if gh[s0] == 0 {
			c++
		}
		for k := b; k <= s.n; k++ {
			if gh[k] == s0 {
				c++
			}
		}
		if gh[s0] == b && gl[s0] != m.label {
			c++
		}
	case kRight:
		if gh[b] != s0 {
			if gh[b] > b {
				c++
			} else {
				for _, k := range s.stack {
					if k == gh[b] {
						c++
						break
					}
				}
			}
		} else if gl[b] != m.label {
			c++
		}
		for _, k := range s.stack {
			if k != 0 && s.heads[k] < 0 && gh[k] == b {
				c++
			}
		}
	}
	return c
}
