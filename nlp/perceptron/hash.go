package perceptron

import (
	"slices"
	"unsafe"
)

// String hashes s (FNV-1a, 64 bits) without allocating.
func String(s string) uint64 { return fnv(s) }

// Bytes is String of string(b), without allocating.
func Bytes(b []byte) uint64 { return fnv(b) }

func fnv[T string | []byte](s T) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// Hash combines a template number with up to three values into a feature
// key. Templates keep features of different kinds apart.
func Hash(template uint64, a, b, c uint64) uint64 {
	return seeded(seedOf(template), a, b, c)
}

// seedOf is templateSeed(template), from the cache for small templates.
func seedOf(template uint64) uint64 {
	if template < uint64(len(templateSeeds)) {
		return templateSeeds[template]
	}
	return templateSeed(template)
}

// Offsets added to Hash's second and third values, so that a value
// moved from one place to another gives another key.
const (
	offsetB = 0x632BE59BD9B4E019
	offsetC = 0x85EBCA77C2B2AE63
)

// seeded is Hash of the template whose seed is h.
func seeded(h, a, b, c uint64) uint64 {
	h = mix(h ^ a)
	h = mix(h ^ (b + offsetB))
	h = mix(h ^ (c + offsetC))
	return h
}

// MaxKeys is the most keys a Keys holds.
const MaxKeys = 128

// Keys collects the arguments of Hash calls so that AppendTo computes
// them together, eight at a time where the processor can: a model's
// features are hashed anew for every token or configuration, and one key
// at a time the multiplications wait for each other. The keys are those
// of Hash, bit for bit.
type Keys struct {
	n             int
	seed, a, b, c [MaxKeys]uint64
}

// Add adds the key Hash(template, a, b, c); at most MaxKeys may wait.
func (k *Keys) Add(template, a, b, c uint64) {
	i := k.n
	k.seed[i], k.a[i], k.b[i], k.c[i] = seedOf(template), a, b, c
	k.n = i + 1
}

// AppendTo appends the keys added since the last AppendTo to dst, in the
// order added, and empties k.
func (k *Keys) AppendTo(dst []uint64) []uint64 {
	n := k.n
	k.n = 0
	if n == 0 {
		return dst
	}
	dst = slices.Grow(dst, n)
	out := dst[len(dst) : len(dst)+n]
	hashKeys(&out[0], &k.seed[0], &k.a[0], &k.b[0], &k.c[0], n)
	return dst[:len(dst)+n]
}

// hashKeysGo sets out[i] = seeded(seed[i], a[i], b[i], c[i]) for i < n:
// what the vector code does, where there is none.
func hashKeysGo(out, seed, a, b, c *uint64, n int) {
	o := unsafe.Slice(out, n)
	s, x, y, z := unsafe.Slice(seed, n), unsafe.Slice(a, n), unsafe.Slice(b, n), unsafe.Slice(c, n)
	for i := range o {
		o[i] = seeded(s[i], x[i], y[i], z[i])
	}
}

// templateSeeds caches templateSeed for the template numbers models use.
var templateSeeds = func() (t [256]uint64) {
	for i := range t {
		t[i] = templateSeed(uint64(i))
	}
	return t
}()

// templateSeed is the first step of Hash, which depends on the template
// alone.
func templateSeed(template uint64) uint64 { return mix(template*0x9E3779B97F4A7C15 + 1) }

// mix is the finalizer of SplitMix64.
func mix(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

// Argmax returns the index of the largest score among allowed classes
// (all when allowed is nil); ties go to the lower index.
func Argmax(scores []float32, allowed []bool) int {
	best := -1
	for i, s := range scores {
		if allowed != nil && !allowed[i] {
			continue
		}
		if best < 0 || s > scores[best] {
			best = i
		}
	}
	return best
}
