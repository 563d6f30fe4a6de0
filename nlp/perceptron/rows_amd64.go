package perceptron

// hasAVX is whether the processor has AVX and the system saves its
// registers: addRowsVec then adds eight classes at a time.
var hasAVX = func() bool {
	if max, _, _, _ := cpuid(0, 0); max < 1 {
		return false
	}
	_, _, c, _ := cpuid(1, 0)
	const osxsave, avx = 1 << 27, 1 << 28
	return c&osxsave != 0 && c&avx != 0 && xgetbv0()&6 == 6
}()

// addRowsVec adds rows[0][i], …, rows[k-1][i] to s[i] for the first
// classes of n it can do eight at a time, in the order of the scalar loop
// (a vector add rounds each lane as a scalar add does), and returns how
// many it did.
func addRowsVec(s *float32, rows *[4]*float32, k, n int) int {
	if !hasAVX {
		return 0
	}
	addRowsAVX(s, rows, k, n)
	return n &^ 7
}

func cpuid(leaf, sub uint32) (a, b, c, d uint32)

func xgetbv0() uint32

//go:noescape
func addRowsAVX(s *float32, rows *[4]*float32, k, n int)
