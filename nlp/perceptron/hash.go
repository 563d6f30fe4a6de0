package perceptron

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
	var h uint64
	if template < uint64(len(templateSeeds)) {
		h = templateSeeds[template]
	} else {
		h = templateSeed(template)
	}
	h = mix(h ^ a)
	h = mix(h ^ (b + 0x632BE59BD9B4E019))
	h = mix(h ^ (c + 0x85EBCA77C2B2AE63))
	return h
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
