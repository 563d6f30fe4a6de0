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

// addRowsVec adds the weights of rows[0][i], …, rows[k-1][i] (each
// q·scale, 1 ≤ k ≤ maxRows) to s[i] for the classes i < n it can do
// eight at a time, outside [dlo, dhi), in the order of the scalar loop (a
// vector multiply or add rounds each lane as a scalar one does), and
// returns how many of the first classes it did.
func addRowsVec(s *float32, rows *[maxRows]*int16, k, n, dlo, dhi int, scale float32) int {
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
