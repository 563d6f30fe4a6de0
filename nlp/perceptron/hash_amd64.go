package perceptron

// hasAVX512 is whether the processor has AVX-512 with 64-bit multiplies
// (F and DQ) and the system saves its registers: hashKeys then hashes
// eight keys at a time.
var hasAVX512 = func() bool {
	if !hasAVX2 {
		return false
	}
	_, b, _, _ := cpuid(7, 0)
	const avx512f, avx512dq = 1 << 16, 1 << 17
	// XCR0: the SSE, AVX, opmask and both halves of the ZMM state
	const zmmState = 0xe6
	return b&avx512f != 0 && b&avx512dq != 0 && xgetbv0()&zmmState == zmmState
}()

// hashKeys sets out[i] = seeded(seed[i], a[i], b[i], c[i]) for i < n
// (n ≥ 1).
func hashKeys(out, seed, a, b, c *uint64, n int) {
	if hasAVX512 {
		hashKeysAVX512(out, seed, a, b, c, n)
		return
	}
	hashKeysGo(out, seed, a, b, c, n)
}

//go:noescape
func hashKeysAVX512(out, seed, a, b, c *uint64, n int)
