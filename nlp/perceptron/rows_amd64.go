package perceptron

// hasAVX2 is whether the processor has AVX2 and the system saves its
// registers: addRowsVec then adds eight classes at a time.
var hasAVX2 = func() bool {
	maxLeaf, _, _, _ := cpuid(0, 0)
	if maxLeaf < 7 {
		return false
	}
	_, _, c, _ := cpuid(1, 0)
	const osxsave, avx = 1 << 27, 1 << 28
	if c&osxsave == 0 || c&avx == 0 || xgetbv0()&6 != 6 {
		return false
	}
	_, b, _, _ := cpuid(7, 0)
	const avx2 = 1 << 5
	return b&avx2 != 0
}()

// hasAVX512BW is whether the processor also has AVX-512's 16-bit lanes
// (BW) with what hasAVX512 asks: addRowsVec then adds sixteen classes at
// a time, every class of a row. A variable, so that a test can take the
// eight-wide path too.
var hasAVX512BW = hasAVX512 && func() bool {
	_, b, _, _ := cpuid(7, 0)
	const avx512bw = 1 << 30
	return b&avx512bw != 0
}()

// addRowsVec adds the weights of rows[0][i], …, rows[k-1][i] (each
// q·scale, 1 ≤ k ≤ maxRows) to s[i] for the classes i < n it can do
// sixteen or eight at a time, outside [dlo, dhi), in the order of the
// scalar loop (a vector multiply or add rounds each lane as a scalar one
// does), and returns how many of the first classes it did.
func addRowsVec(s *float32, rows *[maxRows]*int16, k, n, dlo, dhi int, scale float32) int {
	if hasAVX512BW {
		// half the vector instructions of eight at a time, and no
		// scalar tail: the parser's 104 classes are 6½ vectors of
		// sixteen, the recognizer's 25 and the tagger's 107 end in a
		// part of one
		addRowsAVX512(s, rows, k, n, dlo, dhi, scale)
		return n
	}
	if !hasAVX2 {
		return 0
	}
	// the groups of eight wholly inside [dlo, dhi)
	skip, resume := (dlo+7)&^7, dhi&^7
	switch {
	case dlo >= dhi:
		skip = -2 // nothing deferred
	case skip >= resume:
		skip = -1
	}
	addRowsAVX2(s, rows, k, n, dlo-8, dhi, skip, resume, scale)
	return n &^ 7
}

func cpuid(leaf, sub uint32) (a, b, c, d uint32)

func xgetbv0() uint32

//go:noescape
func addRowsAVX2(s *float32, rows *[maxRows]*int16, k, n, dlo8, dhi, skip, resume int, scale float32)

//go:noescape
func addRowsAVX512(s *float32, rows *[maxRows]*int16, k, n, dlo, dhi int, scale float32)

// prefetchSlots asks for the home slot of each of the n keys (slots[key &
// mask]) with a non-temporal hint (PREFETCHNTA): a slot is read once, and
// so displaces less of the outer caches, where the dense rows that come
// back at every configuration had better stay.
//
//go:noescape
func prefetchSlots(slots *uint64, mask uint64, keys *uint64, n int)

// prefetchFound asks for the weights of the n features found (payloads of
// their slots, none 0): the first two cache lines of a run (its header
// and up to 31 weights, most runs whole), every line of a dense row
// (rowBytes long), nothing for a weight kept in its slot. The sums then
// find them on their way: sum reads a run's header only as it comes to
// it, and the rows only as it adds them, eight at a time.
//
//go:noescape
func prefetchFound(runs *uint32, dense *int16, rowBytes int, found *uint32, n int)
