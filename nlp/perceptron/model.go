package perceptron

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"slices"
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
// to a run of (class, weight) pairs, the weights quantized to 16 bits
// against the largest. A slot is 8 bytes and a weight 4, so that as much
// of the model as can sits in the processor's cache: scoring is bound by
// memory reads. It is read-only and safe for concurrent use.
type Model struct {
	classes int
	mask    uint64
	// slots hold the high 32 bits of a key and the start of its run in
	// runs; 0 is an empty slot (runs[0] is never a run's start).
	slots []uint64
	// runs hold, per feature, its number of weights, then each weight as
	// class<<16 | uint16(quantized weight).
	runs  []uint32
	scale float32
	// keys and starts list the features in order, for writing.
	keys   []uint64
	starts []uint32
}

// Build makes a model from features with distinct keys, quantizing the
// weights against the largest.
func Build(classes int, feats []Feature) *Model {
	var maxAbs float32
	for _, f := range feats {
		for _, w := range f.Weights {
			maxAbs = max(maxAbs, abs(w.W))
		}
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	q := make([][]int16, len(feats))
	for i, f := range feats {
		q[i] = make([]int16, len(f.Weights))
		for j, w := range f.Weights {
			q[i][j] = int16(math.Round(float64(w.W / scale)))
		}
	}
	return build(classes, scale, feats, q)
}

// build lays out features whose weights are already quantized (q[i][j]
// for feats[i].Weights[j]).
func build(classes int, scale float32, feats []Feature, q [][]int16) *Model {
	size := 1
	for size < len(feats)*2 {
		size <<= 1
	}
	m := &Model{classes: classes, mask: uint64(size - 1), slots: make([]uint64, size), runs: []uint32{0}, scale: scale,
		keys: make([]uint64, 0, len(feats)), starts: make([]uint32, 0, len(feats))}
	for fi, f := range feats {
		start := uint32(len(m.runs))
		m.runs = append(m.runs, uint32(len(f.Weights)))
		for j, w := range f.Weights {
			m.runs = append(m.runs, uint32(w.Class)<<16|uint32(uint16(q[fi][j])))
		}
		i := f.Key & m.mask
		for m.slots[i] != 0 {
			i = (i + 1) & m.mask
		}
		m.slots[i] = f.Key>>32<<32 | uint64(start)
		m.keys = append(m.keys, f.Key)
		m.starts = append(m.starts, start)
	}
	return m
}

// Classes is the number of classes.
func (m *Model) Classes() int { return m.classes }

// Features is the number of features kept.
func (m *Model) Features() int { return len(m.keys) }

// Score adds the weights of feats to scores (len = classes).
//
// It looks every feature up first and sums the weights after: the
// lookups are independent memory reads that the processor overlaps, where
// one loop doing both would wait for each in turn.
func (m *Model) Score(feats []uint64, scores []float32) {
	var buf [128]uint32
	found := buf[:0]
	for _, f := range feats {
		i := f & m.mask
		hi := f >> 32
		for {
			sl := m.slots[i]
			if sl == 0 {
				break
			}
			if sl>>32 == hi {
				found = append(found, uint32(sl))
				break
			}
			i = (i + 1) & m.mask
		}
	}
	for _, start := range found {
		n := m.runs[start]
		for _, e := range m.runs[start+1 : start+1+n] {
			scores[e>>16] += float32(int16(uint16(e))) * m.scale
		}
	}
}

const magic = "AGPM1"

// WriteTo writes the model: features in key order, each weight as its
// 16-bit quantization, gzip-compressed. The output depends only on the
// model, so the same training gives the same bytes.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(zw)
	order := make([]int, len(m.keys))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(m.keys[a], m.keys[b]) })
	var buf [binary.MaxVarintLen64]byte
	put := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	bw.WriteString(magic)
	put(uint64(m.classes))
	put(uint64(math.Float32bits(m.scale)))
	put(uint64(len(m.keys)))
	prev := uint64(0)
	for _, fi := range order {
		put(m.keys[fi] - prev)
		prev = m.keys[fi]
		start := m.starts[fi]
		n := m.runs[start]
		put(uint64(n))
		pc := uint16(0)
		for _, e := range m.runs[start+1 : start+1+n] {
			c := uint16(e >> 16)
			put(uint64(c - pc))
			pc = c
			q := int64(int16(uint16(e)))
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
	qs := make([][]int16, 0, n)
	key := uint64(0)
	for i := 0; i < n && err == nil; i++ {
		key += get()
		k := int(get())
		if k > 1<<16 {
			return nil, errors.New("perceptron: bad feature")
		}
		ws := make([]Weight, 0, k)
		q := make([]int16, 0, k)
		cls := uint16(0)
		for j := 0; j < k && err == nil; j++ {
			cls += uint16(get())
			z := get()
			v := int64(z>>1) ^ -int64(z&1)
			ws = append(ws, Weight{Class: cls})
			q = append(q, int16(v))
		}
		feats = append(feats, Feature{Key: key, Weights: ws})
		qs = append(qs, q)
	}
	if err != nil {
		return nil, fmt.Errorf("perceptron: truncated model: %w", err)
	}
	return build(classes, scale, feats, qs), nil
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

// Save writes m as the file name, made by create.
func Save(create func(name string) (io.WriteCloser, error), name string, m *Model) error {
	w, err := create(name)
	if err != nil {
		return err
	}
	if _, err := m.WriteTo(w); err != nil {
		w.Close()
		return fmt.Errorf("perceptron: write %s: %w", name, err)
	}
	return w.Close()
}

// Load reads the model file name of fsys.
func Load(fsys fs.FS, name string) (*Model, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return m, nil
}
