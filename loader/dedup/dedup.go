// Package dedup finds near-duplicate articles: the same wire story run by
// several outlets, with their own headline, byline, dateline, a changed
// word or a closing line of their own.
//
// A text's fingerprint is a MinHash signature over its word shingles
// (Broder's resemblance): for each of Hashes hash functions, the least
// hash of any shingle. The share of equal positions in two signatures
// estimates the Jaccard similarity of the two shingle sets; two texts are
// copies of one story when it is at least MinSimilarity. Signatures are
// found again by locality-sensitive hashing: Bands keys of Rows positions
// each, so that texts this similar share a key with high probability
// (0.96 at a similarity of 0.8), and unrelated texts rarely do.
//
// The estimate is made over all Hashes positions, more than the keys use:
// texts built from shared stock sentences (templated reports, or the
// generated test corpus, whose different stories have a similarity near
// 0.3) share keys often enough that an estimate over 24 positions would
// pass 0.6 by chance about once in a thousand candidates; over 64, about
// once in a million.
package dedup

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"strings"
	"unicode"
)

// Signature sizes: the keys are made of the first Bands × Rows of the
// Hashes positions.
const (
	Bands  = 6
	Rows   = 4
	Hashes = 64
)

// MinSimilarity is the least estimated Jaccard similarity of two copies of
// one story. A changed word or an added line keeps a 150-word story above
// 0.85; a rewrite of it falls below 0.1.
const MinSimilarity = 0.6

// shingle is the number of words in a shingle.
const shingle = 3

// MinWords is the fewest words a text needs for a signature: shorter texts
// (a brief, a caption) share too much by chance to be told apart.
const MinWords = 40

// Signature is a text's MinHash signature; the zero value is "none".
type Signature [Hashes]uint32

// seeds are odd multipliers of the hash functions h_i(x) = (x·a_i + b_i)
// >> 32, from a fixed generator so that signatures stay comparable across
// runs and versions.
var seeds = func() (s [Hashes][2]uint64) {
	x := uint64(0x9E3779B97F4A7C15)
	next := func() uint64 { // splitmix64
		x += 0x9E3779B97F4A7C15
		z := x
		z = (z ^ z>>30) * 0xBF58476D1CE4E5B9
		z = (z ^ z>>27) * 0x94D049BB133111EB
		return z ^ z>>31
	}
	for i := range s {
		s[i] = [2]uint64{next() | 1, next()}
	}
	return s
}()

// Sign returns the signature of text, and false for a text of fewer than
// MinWords words. Words are folded to lower case, letters and digits only,
// so that quotes, dashes and line breaks do not matter.
func Sign(text string) (Signature, bool) {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) < MinWords {
		return Signature{}, false
	}
	var sig Signature
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	h := fnv.New64a()
	for i := 0; i+shingle <= len(words); i++ {
		h.Reset()
		for j := i; j < i+shingle; j++ {
			h.Write([]byte(words[j]))
			h.Write([]byte{' '})
		}
		x := h.Sum64()
		for k, ab := range seeds {
			if v := uint32((x*ab[0] + ab[1]) >> 32); v < sig[k] {
				sig[k] = v
			}
		}
	}
	return sig, true
}

// Similarity estimates the Jaccard similarity of the texts a and b were
// taken from: the share of positions where they agree.
func Similarity(a, b Signature) float64 {
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return float64(n) / Hashes
}

// Near reports whether a and b are signatures of copies of one story.
func Near(a, b Signature) bool { return Similarity(a, b) >= MinSimilarity }

// Keys returns the signature's look-up keys, one per band: two signatures
// of similar texts are likely to share one.
func (s Signature) Keys() []string {
	keys := make([]string, Bands)
	var buf [4 * Rows]byte
	for b := range Bands {
		for r := range Rows {
			binary.BigEndian.PutUint32(buf[4*r:], s[b*Rows+r])
		}
		keys[b] = fmt.Sprintf("%d:%s", b, hex.EncodeToString(buf[:]))
	}
	return keys
}

// String encodes the signature as hex, as the store keeps it.
func (s Signature) String() string {
	var buf [4 * Hashes]byte
	for i, v := range s {
		binary.BigEndian.PutUint32(buf[4*i:], v)
	}
	return hex.EncodeToString(buf[:])
}

// Parse decodes a signature that String encoded.
func Parse(s string) (Signature, error) {
	var sig Signature
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != 4*Hashes {
		return sig, fmt.Errorf("signature %.20q…: not %d hex digits", s, 8*Hashes)
	}
	for i := range sig {
		sig[i] = binary.BigEndian.Uint32(b[4*i:])
	}
	return sig, nil
}

// Index holds the signatures of a load's articles so far, by key, so that
// an article finds its story among those loaded before it without being
// compared with each.
type Index struct {
	keys map[string][]entry
}

type entry struct {
	story string
	sig   Signature
}

// NewIndex returns an empty Index.
func NewIndex() *Index { return &Index{keys: map[string][]entry{}} }

// Add records an article of the given story with signature sig.
func (x *Index) Add(story string, sig Signature) {
	for _, k := range sig.Keys() {
		x.keys[k] = append(x.keys[k], entry{story, sig})
	}
}

// Story returns the story of the most similar recorded article that is
// near sig (the first recorded on a tie), and false when there is none.
func (x *Index) Story(sig Signature) (string, bool) {
	best, bestSim := "", 0.0
	for _, k := range sig.Keys() {
		for _, e := range x.keys[k] {
			if s := Similarity(e.sig, sig); s >= MinSimilarity && s > bestSim {
				best, bestSim = e.story, s
			}
		}
	}
	return best, best != ""
}
