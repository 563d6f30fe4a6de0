//go:build !linux

package perceptron

// allocWords returns a zeroed slice of n uint64s and a function that
// frees it (nil: the garbage collector does).
func allocWords(n int) ([]uint64, func()) { return make([]uint64, n), nil }
