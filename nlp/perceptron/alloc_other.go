//go:build !linux

package perceptron

// allocWords returns a zeroed slice of n uint64s and a function that
// frees it (nil: the garbage collector does).
func allocWords(n int) ([]uint64, func()) { return make([]uint64, n), nil }

// MappedBytes is the memory that the loaded models hold outside the Go
// heap: none here.
func MappedBytes() int64 { return 0 }
