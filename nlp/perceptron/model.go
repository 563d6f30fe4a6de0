package perceptron

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// Weight is one class's weight of a feature.
type Weight struct {
	Class uint16
	W     float32
}

// Feature is a feature key with its non-zero weights.
type Feature struct {
	Key     uint64
	Weights []Weight
}

// Model is a frozen perceptron: an open-addressing table from feature key
// to a run of (class, weight) pairs. It is read-only and safe for
// concurrent use.
type Model struct {
	classes int
	mask    uint64
	slots   []slot
	// weights of all features, runs of (class, weight) pairs
	cls []uint16
	w   []float32
}

// slot is one cell of the table, key and run together in one cache line.
type slot struct {
	key   uint64 // 0 marks an empty slot
	start uint32 // first weight
	count uint32 // number of weights
}

// Build makes a model from features (keys must be distinct and non-zero
// after mixing; a zero key is remapped).
func Build(classes int, feats []Feature) *Model {
	size := 1
	for size < len(feats)*2 {
		size <<= 1
	}
	m := &Model{classes: classes, mask: uint64(size - 1), slots: make([]slot, size)}
	for _, f := range feats {
		k := nonZero(f.Key)
		i := k & m.mask
		for m.slots[i].key != 0 {
			i = (i + 1) & m.mask
		}
		m.slots[i] = slot{key: k, start: uint32(len(m.w)), count: uint32(len(f.Weights))}
		for _, w := range f.Weights {
			m.cls = append(m.cls, w.Class)
			m.w = append(m.w, w.W)
		}
	}
	return m
}

func nonZero(k uint64) uint64 {
	if k == 0 {
		return 1
	}
	return k
}

// Classes is the number of classes.
func (m *Model) Classes() int { return m.classes }

// Features is the number of features kept.
func (m *Model) Features() int {
	n := 0
	for _, sl := range m.slots {
		if sl.key != 0 {
			n++
		}
	}
	return n
}

// Score adds the weights of feats to scores (len = classes).
//
// It looks every feature up first and sums the weights after: the
// lookups are independent memory reads that the processor overlaps, where
// one loop doing both would wait for each in turn.
func (m *Model) Score(feats []uint64, scores []float32) {
	var buf [128]slot
	found := buf[:0]
	for _, f := range feats {
		k := nonZero(f)
		i := k & m.mask
		for {
			sl := m.slots[i]
			if sl.key == k {
				found = append(found, sl)
				break
			}
			if sl.key == 0 {
				break
			}
			i = (i + 1) & m.mask
		}
	}
	for _, sl := range found {
		s, n := sl.start, sl.count
		cls, w := m.cls[s:s+n], m.w[s:s+n]
		for j := range cls {
			scores[cls[j]] += w[j]
		}
	}
}

const magic = "AGPM1"

// WriteTo writes the model: features in key order, each weight quantized
// to 16 bits against the model's largest weight, gzip-compressed. The
// output depends only on the model, so the same training gives the same
// bytes.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(zw)
	feats := m.sorted()
	var maxAbs float32
	for _, x := range m.w {
		maxAbs = max(maxAbs, abs(x))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	var buf [binary.MaxVarintLen64]byte
	put := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	bw.WriteString(magic)
	put(uint64(m.classes))
	put(uint64(math.Float32bits(scale)))
	put(uint64(len(feats)))
	prev := uint64(0)
	for _, f := range feats {
		put(f.Key - prev)
		prev = f.Key
		put(uint64(len(f.Weights)))
		pc := uint16(0)
		for _, x := range f.Weights {
			put(uint64(x.Class - pc))
			pc = x.Class
			q := int64(math.Round(float64(x.W / scale)))
			put(uint64((q << 1) ^ (q >> 63)))
		}
	}
	if err := bw.Flush(); err != nil {
		return cw.n, err
	}
	if err := zw.Close(); err != nil {
		return cw.n, err
	}
	return cw.n, nil
}

func (m *Model) sorted() []Feature {
	var out []Feature
	for _, sl := range m.slots {
		if sl.key == 0 {
			continue
		}
		s, n := sl.start, sl.count
		f := Feature{Key: sl.key}
		for j := s; j < s+n; j++ {
			f.Weights = append(f.Weights, Weight{Class: m.cls[j], W: m.w[j]})
		}
		out = append(out, f)
	}
	sortFeatures(out)
	return out
}

// Read reads a model written by WriteTo.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("perceptron: %w", err)
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("perceptron: not a model file")
	}
	get := func() uint64 {
		v, e := binary.ReadUvarint(br)
		if e != nil && err == nil {
			err = e
		}
		return v
	}
	classes := int(get())
	scale := math.Float32frombits(uint32(get()))
	n := int(get())
	if err != nil || n > 1<<28 {
		return nil, fmt.Errorf("perceptron: bad header: %v", err)
	}
	feats := make([]Feature, 0, n)
	key := uint64(0)
	for i := 0; i < n && err == nil; i++ {
		key += get()
		k := int(get())
		ws := make([]Weight, 0, k)
		cls := uint16(0)
		for j := 0; j < k && err == nil; j++ {
			cls += uint16(get())
			z := get()
			q := int64(z>>1) ^ -int64(z&1)
			ws = append(ws, Weight{Class: cls, W: float32(q) * scale})
		}
		feats = append(feats, Feature{Key: key, Weights: ws})
	}
	if err != nil {
		return nil, fmt.Errorf("perceptron: truncated model: %w", err)
	}
	return Build(classes, feats), nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
