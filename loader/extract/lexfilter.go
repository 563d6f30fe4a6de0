package extract

import "unsafe"

// The lexicon sets' filters. The rules ask `in` about 70,000 times a pass
// whether a word is in one of the lexicon's sets, and about 2 % of the
// answers are yes; a map look-up hashes the whole word and probes the
// map's groups for each. A set built by `set` or `setWith` while the
// package's variables are initialized, as nearly all are, gets a filter
// once they are: 512 bits, two set for each of its words, chosen by the
// word's length, first, middle and last bytes. A word one of whose two
// bits is clear is not in the set, without the map; the others are looked
// up as before. The filters are found by the map's address in a small
// open-addressed table.
//
// A set must not gain a word once the package is initialized, since its
// filter would not know it (none does: the sets the rules fill as they
// run, such as the article's agreement ids, are made by other means and
// have no filter; TestLexFiltersKnowTheirWords checks the filters after a
// run over the samples). The registry keeps every set it saw alive, so
// that a map made later cannot take a registered map's address.

// wordFilter is a set's filter: the bits of its words.
type wordFilter [8]uint64

// filterBits returns w's two bits in a filter (0–511 each).
func filterBits(w string) (uint, uint) {
	n := len(w)
	v := uint64(n)
	if n > 0 {
		v |= uint64(w[0])<<8 | uint64(w[n/2])<<16 | uint64(w[n-1])<<24
	}
	p := v * 0x9e3779b97f4a7c15
	return uint(p >> 55), uint(p>>46) & 511
}

func (f *wordFilter) add(w string) {
	a, b := filterBits(w)
	f[a>>6] |= 1 << (a & 63)
	f[b>>6] |= 1 << (b & 63)
}

// may reports whether w may be in the filter's set.
func (f *wordFilter) may(w string) bool {
	a, b := filterBits(w)
	return f[a>>6]&(1<<(a&63)) != 0 && f[b>>6]&(1<<(b&63)) != 0
}

type lexEntry struct {
	addr uintptr // the map's address; 0 for a free slot
	f    wordFilter
}

var (
	// lexSets are the sets made while the package's variables were
	// initialized; lexReady is set once their filters are built, after
	// which `set` registers no more.
	lexSets  []map[string]struct{}
	lexReady bool
	// lexTable holds the filters by map address (len a power of two,
	// at most half full); lexShift takes a table index from the top bits
	// of the address's product.
	lexTable []lexEntry
	lexShift uint
)

func init() {
	buildLexFilters()
}

// buildLexFilters builds the registered sets' filters from the words
// they hold now, the package's variables all initialized.
func buildLexFilters() {
	size, bits := 1, uint(0)
	for size < 2*len(lexSets) {
		size *= 2
		bits++
	}
	table := make([]lexEntry, size)
	for _, m := range lexSets {
		a := mapAddr(m)
		i := lexSlot(a, bits)
		for table[i].addr != 0 && table[i].addr != a {
			i = (i + 1) & uintptr(size-1)
		}
		table[i].addr = a
		for w := range m {
			table[i].f.add(w)
		}
	}
	lexTable, lexShift, lexReady = table, 64-bits, true
}

// registerSet notes a set made during the package's initialization.
func registerSet(m map[string]struct{}) {
	if !lexReady {
		lexSets = append(lexSets, m)
	}
}

// mapAddr returns the address of m's header: a map value is one pointer
// (the array below fails to compile where it is not).
func mapAddr(m map[string]struct{}) uintptr {
	return *(*uintptr)(unsafe.Pointer(&m))
}

var _ = [1]struct{}{}[unsafe.Sizeof(map[string]struct{}(nil))-unsafe.Sizeof(uintptr(0))]

func lexSlot(a uintptr, bits uint) uintptr {
	if bits == 0 {
		return 0
	}
	return (a * 0x9e3779b97f4a7c15) >> (64 - bits)
}

// lexFilter returns m's filter, nil for a map that has none.
func lexFilter(m map[string]struct{}) *wordFilter {
	a := mapAddr(m)
	if a == 0 || len(lexTable) == 0 {
		return nil
	}
	mask := uintptr(len(lexTable) - 1)
	for i := (a * 0x9e3779b97f4a7c15) >> lexShift; ; i = (i + 1) & mask {
		e := &lexTable[i]
		if e.addr == a {
			return &e.f
		}
		if e.addr == 0 {
			return nil
		}
	}
}
