package perceptron

import (
	"sync/atomic"
	"syscall"
	"unsafe"
)

const (
	hugePage     = 2 << 20
	madvHugepage = 14 // MADV_HUGEPAGE
)

// allocWords returns a zeroed slice of n uint64s and a function that
// frees it (nil when the garbage collector does). A large one is mapped
// outside the Go heap, on 2 MB-aligned memory that the kernel is asked to
// back with huge pages: scoring reads a model at random, and with 4 KB
// pages nearly every read would also miss the address translation cache.
func allocWords(n int) ([]uint64, func()) {
	size := n * 8
	if size < 4*hugePage {
		return make([]uint64, n), nil
	}
	b, err := syscall.Mmap(-1, 0, size+hugePage, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return make([]uint64, n), nil
	}
	off := int(-uintptr(unsafe.Pointer(&b[0])) & (hugePage - 1))
	// a kernel without transparent huge pages refuses the advice; the
	// memory works the same
	_ = syscall.Madvise(b[off:off+size], madvHugepage)
	mapped.Add(int64(len(b)))
	return unsafe.Slice((*uint64)(unsafe.Pointer(&b[off])), n), func() {
		mapped.Add(-int64(len(b)))
		_ = syscall.Munmap(b)
	}
}

// mapped counts the bytes allocWords holds outside the Go heap.
var mapped atomic.Int64

// MappedBytes is the memory that the loaded models hold outside the Go
// heap (which runtime.MemStats does not count).
func MappedBytes() int64 { return mapped.Load() }
