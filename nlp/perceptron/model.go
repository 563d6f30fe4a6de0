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
	"runtime"
	"slices"
	"unsafe"
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
// memory reads. It is read-only (once Defer has run) and safe for
// concurrent use.
type Model struct {
	classes int
	mask    uint64
	// slots hold the high 32 bits of a key and the start of its run in
	// runs, or with the top bit set its row in dense; 0 is an empty slot
	// (runs[0] is never a run's start).
	slots []uint64
	// runs hold, per feature, a header (the number of its weights outside
	// the deferred classes, then, in the high 16 bits, inside them), then
	// each weight as class<<16 | uint16(quantized weight): first those
	// outside the deferred classes, then those inside, each part in class
	// order.
	runs  []uint32
	scale float32
	// dense holds the features with many weights once more, as rows of
	// classes quantized weights (0 for the classes a feature lacks): a
	// row is added by a plain loop, several times faster per class than a
	// run, whose class decides where each weight goes. Adding 0·scale = 0
	// leaves a sum as it is, so the sums stay those of the runs. A row
	// keeps 16 bits a class, not the product: half the memory to read.
	dense []int16
	// lo and hi are the deferred classes [lo, hi) (see Defer).
	lo, hi int
	// class holds, after Permute, the class whose score each position
	// holds (nil: every class at its own); runs, dense rows and inlined
	// weights then hold positions in place of classes.
	class []uint16
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

const (
	// denseShare: a feature with at least 1/denseShare of the classes
	// gets a dense row. Rows are added sixteen classes at a time
	// (AVX-512); with 5 the whole extraction takes about 2.5 % less CPU
	// than with 3 (the measurements are in commit 10a94bf).
	denseShare = 5
	// denseMinClasses: with fewer classes, a row saves nothing.
	denseMinClasses = 8
	// denseBit marks a slot whose payload is a dense row.
	denseBit = 1 << 31
	// inlineBit marks a slot whose payload is the feature's only weight,
	// class<<16 | quantized weight, as in a run: one read fewer.
	inlineBit = 1 << 30
	// classMask keeps the class of an inlined weight.
	classMask = 1<<14 - 1
	// slotsPerFeature: the slot table has at least this many slots a
	// feature (a power of two: a quarter to an eighth of them full).
	// A sparser table changes no answer, and each look-up still reads
	// one slot; but more of the look-ups end at the home slot, where a
	// fuller table sends a key's search, and the search for a feature
	// the model lacks, on to the next slots through a branch that
	// mispredicts: with 4 in place of 2 the whole extraction took about
	// 3.5 % less CPU (both tables in one process, passes alternated).
	// The cost is twice the slots' memory, spread over more lines (the
	// parser's slots take 32 MB, 16 MB more, and a few MB for the other
	// models).
	slotsPerFeature = 4
)

// build lays out features whose weights are already quantized (q[i][j]
// for feats[i].Weights[j]), each feature's weights in class order.
func build(classes int, scale float32, feats []Feature, q [][]int16) *Model {
	for _, f := range feats {
		for _, w := range f.Weights {
			if int(w.Class) >= classes {
				// score writes unchecked: a class must be in range
				panic(fmt.Sprintf("perceptron: class %d of %d", w.Class, classes))
			}
		}
	}
	size := 1
	for size < len(feats)*slotsPerFeature {
		size <<= 1
	}
	total, rows := 1, 0
	for _, f := range feats {
		total += 1 + len(f.Weights)
		if dense(classes, len(f.Weights)) {
			rows++
		}
	}
	// one allocation for the three tables, runs after slots, dense rows
	// after runs: all on the huge pages allocWords asks for
	runWords := (total + 1) / 2
	words, free := allocWords(size + runWords + (rows*classes+3)/4)
	m := &Model{classes: classes, mask: uint64(size - 1), slots: words[:size], scale: scale,
		runs: unsafe.Slice((*uint32)(unsafe.Pointer(&words[size])), total)[:1],
		keys: make([]uint64, 0, len(feats)), starts: make([]uint32, 0, len(feats))}
	if rows > 0 {
		m.dense = unsafe.Slice((*int16)(unsafe.Pointer(&words[size+runWords])), rows*classes)[:0]
	}
	if free != nil {
		runtime.AddCleanup(m, func(free func()) { free() }, free)
	}
	for fi, f := range feats {
		start := uint32(len(m.runs))
		m.runs = append(m.runs, uint32(len(f.Weights)))
		for j, w := range f.Weights {
			m.runs = append(m.runs, uint32(w.Class)<<16|uint32(uint16(q[fi][j])))
		}
		payload := uint64(start)
		if start >= inlineBit {
			panic("perceptron: too many weights")
		}
		if len(f.Weights) == 1 && classes <= classMask {
			payload = inlineBit | uint64(m.runs[start+1])
		}
		if dense(classes, len(f.Weights)) {
			payload = denseBit | uint64(len(m.dense)/classes)
			m.dense = m.dense[:len(m.dense)+classes] // zeroed
			row := m.dense[len(m.dense)-classes:]
			for j, w := range f.Weights {
				row[w.Class] = q[fi][j]
			}
		}
		i := f.Key & m.mask
		for m.slots[i] != 0 {
			i = (i + 1) & m.mask
		}
		m.slots[i] = f.Key>>32<<32 | payload
		m.keys = append(m.keys, f.Key)
		m.starts = append(m.starts, start)
	}
	return m
}

// dense reports whether a feature of n weights out of classes gets a
// dense row.
func dense(classes, n int) bool {
	return classes >= denseMinClasses && n*denseShare >= classes
}

// Classes is the number of classes.
func (m *Model) Classes() int { return m.classes }

// Features is the number of features kept.
func (m *Model) Features() int { return len(m.keys) }

// Defer sets the classes [lo, hi) apart, so that ScoreExcept can leave
// them out at no cost: a parser scores only the moves allowed. It
// reorders every feature's weights, so it must run before the model is
// shared.
func (m *Model) Defer(lo, hi int) {
	if lo < 0 || lo > hi || hi > m.classes {
		panic(fmt.Sprintf("perceptron: Defer(%d, %d) of %d classes", lo, hi, m.classes))
	}
	m.lo, m.hi = lo, hi
	var buf, in []uint32
	for _, start := range m.starts {
		run := m.run(start)
		buf = append(buf[:0], run...)
		if !slices.IsSorted(buf) { // after an earlier Defer
			slices.Sort(buf) // class order: the class is the high half
		}
		out := run[:0]
		in = in[:0]
		for _, e := range buf {
			if c := int(e >> 16); c < lo || c >= hi {
				out = append(out, e)
			} else {
				in = append(in, e)
			}
		}
		copy(run[len(out):], in)
		m.runs[start] = uint32(len(out)) | uint32(len(in))<<16
	}
}

// Permute puts the score of each class c at position pos[c] of the
// scores (pos is a permutation of the classes), each class still summing
// its features in the same order, so every sum is the one it was: a
// caller can so bring the classes it may leave out side by side for
// Defer, which then takes positions. WriteTo still writes classes. It
// must run once, before Defer and before the model is shared.
func (m *Model) Permute(pos []int) {
	if len(pos) != m.classes || m.lo != m.hi || m.class != nil {
		panic("perceptron: Permute needs a position for each class, once, before Defer")
	}
	m.class = make([]uint16, m.classes)
	seen := make([]bool, m.classes)
	for c, p := range pos {
		if p < 0 || p >= m.classes || seen[p] {
			panic(fmt.Sprintf("perceptron: Permute(%v): not a permutation", pos))
		}
		seen[p] = true
		m.class[p] = uint16(c)
	}
	move := func(e uint32) uint32 { return uint32(pos[e>>16])<<16 | e&0xffff }
	for _, start := range m.starts {
		run := m.run(start)
		for i, e := range run {
			run[i] = move(e)
		}
		slices.Sort(run) // position order
	}
	for i, sl := range m.slots {
		if p := uint32(sl); sl != 0 && p&(denseBit|inlineBit) == inlineBit {
			m.slots[i] = sl>>32<<32 | uint64(inlineBit|move(p&^inlineBit))
		}
	}
	row := make([]int16, m.classes)
	for r := 0; r < len(m.dense); r += m.classes {
		copy(row, m.dense[r:r+m.classes])
		for c, q := range row {
			m.dense[r+pos[c]] = q
		}
	}
}

// run returns the weights of the feature whose run starts at start.
func (m *Model) run(start uint32) []uint32 {
	h := m.runs[start]
	return m.runs[start+1 : start+1+h&0xffff+h>>16]
}

// Score adds the weights of feats to scores (len = classes), feature
// by feature in the order given, so that each class's sum is always
// rounded the same way.
func (m *Model) Score(feats []uint64, scores []float32) {
	m.score(feats, scores, true)
}

// ScoreExcept is Score leaving out the classes set apart by Defer: their
// scores are left as they were.
func (m *Model) ScoreExcept(feats []uint64, scores []float32) {
	m.score(feats, scores, false)
}

// scoreBlock is the number of features score reads at once.
const scoreBlock = 128

// Ref is where a feature's weights lie in a model, as Lookup finds it;
// 0 is a feature the model lacks.
type Ref uint32

// Lookup sets refs[i] to the Ref of keys[i] (refs is at least as long),
// so that a caller that scores the same feature many times looks it up
// once (see Weight1).
func (m *Model) Lookup(keys []uint64, refs []Ref) {
	refs = refs[:len(keys)]
	var home [scoreBlock]uint64
	for len(keys) > 0 {
		block := keys[:min(len(keys), scoreBlock)]
		keys = keys[len(block):]
		m.loadHomes(block, &home)
		for k, f := range block {
			refs[k] = Ref(m.lookup(f, home[k]))
		}
		refs = refs[len(block):]
	}
}

// Weight1 is the weight of a one-class model's feature ref (0 when ref
// is 0): adding the weights of a list of features one by one, in order,
// gives the score Score gives, bit for bit.
func (m *Model) Weight1(ref Ref) float32 {
	if m.classes != 1 {
		panic("perceptron: Weight1 of a model of several classes")
	}
	// one class: no dense rows, and a run holds one weight, kept in
	// the slot too
	switch p := uint32(ref); {
	case p == 0:
		return 0
	case p&inlineBit != 0:
		return float32(float32(int16(uint16(p))) * m.scale)
	default:
		return float32(float32(int16(uint16(m.runs[p+1]))) * m.scale)
	}
}

// loadHomes reads the home slot of every key of block into home: every
// read is on its way before the first one is used, asked for first as
// data read once (see prefetchSlots).
func (m *Model) loadHomes(block []uint64, home *[scoreBlock]uint64) {
	if len(block) > 0 {
		prefetchSlots(&m.slots[0], m.mask, &block[0], len(block))
	}
	for k, f := range block {
		home[k] = m.slots[f&m.mask]
	}
}

// score works on blocks of features in phases whose memory reads do not
// wait for each other: a large model is read at random and nearly every
// read misses the cache. It loads every feature's home slot, then probes
// (the slots now cached), then asks for every run and dense row found
// (prefetchFound), then (sum) loads every run's header and last weight,
// then sums. A loop that branched on each slot as it came would stall at
// every mispredicted branch until that slot arrived from memory.
func (m *Model) score(feats []uint64, scores []float32, all bool) {
	var home [scoreBlock]uint64
	var found [scoreBlock]uint32
	for len(feats) > 0 {
		block := feats[:min(len(feats), scoreBlock)]
		feats = feats[len(block):]
		m.loadHomes(block, &home)
		nf := 0
		for k, f := range block {
			if payload := m.lookup(f, home[k]); payload != 0 {
				found[nf] = payload
				nf++
			}
		}
		if nf > 0 {
			prefetchFound(unsafe.SliceData(m.runs), unsafe.SliceData(m.dense), m.classes*2, &found[0], nf)
		}
		m.sum(found[:nf], scores, all)
	}
}

// sum adds the weights of the features found (payloads of their slots,
// at most scoreBlock, none 0) to scores, in order.
func (m *Model) sum(found []uint32, scores []float32, all bool) {
	// one more than found, for the sink of the tails
	var lens [scoreBlock + 1]uint32
	// the classes are checked in range when a model is built, so the sums
	// index scores unchecked once it is known to be long enough
	if m.classes > 0 {
		_ = scores[m.classes-1]
	}
	var tails uint32
	for k, start := range found {
		if start&(denseBit|inlineBit) == 0 {
			h := m.runs[start]
			lens[k] = h & 0xffff
			if all {
				lens[k] += h >> 16
			}
			// the run's last weight too, so that a run across two
			// cache lines has both on the way before the sums
			tails += m.runs[start+lens[k]]
		}
	}
	// kept past the lengths, read no more: the compiler drops a load
	// whose value goes nowhere
	lens[len(found)] = tails
	nf := len(found)
	for k := 0; k < nf; {
		payload := found[k]
		if payload&inlineBit != 0 {
			// a feature of one weight, kept in its slot
			if c := int(payload >> 16 & classMask); all || c < m.lo || c >= m.hi {
				scores[c] += float32(float32(int16(uint16(payload))) * m.scale)
			}
			k++
			continue
		}
		if payload&denseBit == 0 {
			addRun(scores, m.runs[payload+1:payload+1+lens[k]], m.scale)
			k++
			continue
		}
		// dense rows in a row are added in one pass, each class's
		// sum still taking them in order
		// (each row is m.classes long inside m.dense)
		var rows [maxRows]*int16
		n := 0
		for ; n < len(rows) && k < nf && found[k]&denseBit != 0; n, k = n+1, k+1 {
			rows[n] = &m.dense[int(found[k]&^denseBit)*m.classes]
		}
		if all {
			addRowsAt(scores[:m.classes], &rows, n, m.scale, 0, 0)
		} else {
			addRowsAt(scores[:m.classes], &rows, n, m.scale, m.lo, m.hi)
		}
	}
}

// addRun adds the weights of a run to scores, which has room for each
// weight's class. The product is rounded before the sum (the conversion
// keeps a fused multiply-add out, whatever GOAMD64), as in a dense row.
func addRun(scores []float32, run []uint32, scale float32) {
	base := unsafe.Pointer(unsafe.SliceData(scores))
	for _, e := range run {
		*(*float32)(unsafe.Add(base, uintptr(e>>16)*4)) += float32(float32(int16(uint16(e))) * scale)
	}
}

// maxRows is the most dense rows addRows adds in one pass.
const maxRows = 8

// addRows adds the weights of rows[0], then rows[1], … (q·scale, the
// product rounded as in addRun; at most maxRows rows, all as long as
// scores) to every class of scores outside [dlo, dhi), in one pass over
// the classes: eight at a time where the processor can (addRowsVec), the
// rest one by one.
func addRows(scores []float32, rows [][]int16, scale float32, dlo, dhi int) {
	var ps [maxRows]*int16
	for j, r := range rows {
		ps[j] = &r[:len(scores)][0]
	}
	addRowsAt(scores, &ps, len(rows), scale, dlo, dhi)
}

// addRowsAt is addRows of the k rows that start at rows[0], …,
// rows[k-1], each as long as scores.
func addRowsAt(scores []float32, rows *[maxRows]*int16, k int, scale float32, dlo, dhi int) {
	n := len(scores)
	if k == 0 || n == 0 {
		return
	}
	for i := addRowsVec(&scores[0], rows, k, n, dlo, dhi, scale); i < n; i++ {
		if i >= dlo && i < dhi {
			continue
		}
		s := scores[i]
		for _, r := range rows[:k] {
			s += float32(float32(*(*int16)(unsafe.Add(unsafe.Pointer(r), i*2))) * scale)
		}
		scores[i] = s
	}
}

// lookup returns the start of key f's run, or 0 when the model does not
// have f; sl is the content of f's home slot.
func (m *Model) lookup(f, sl uint64) uint32 {
	hi := f >> 32
	for i := f & m.mask; sl != 0; sl = m.slots[i] {
		if sl>>32 == hi {
			return uint32(sl)
		}
		i = (i + 1) & m.mask
	}
	return 0
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
	var run []uint32
	for _, fi := range order {
		put(m.keys[fi] - prev)
		prev = m.keys[fi]
		run = append(run[:0], m.run(m.starts[fi])...)
		if m.class != nil { // positions back to classes
			for i, e := range run {
				run[i] = uint32(m.class[e>>16])<<16 | e&0xffff
			}
		}
		slices.Sort(run) // class order, whatever Defer and Permute did
		put(uint64(len(run)))
		pc := uint16(0)
		for _, e := range run {
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
		if k >= 1<<16 {
			return nil, errors.New("perceptron: bad feature")
		}
		ws := make([]Weight, 0, k)
		q := make([]int16, 0, k)
		cls := uint16(0)
		for j := 0; j < k && err == nil; j++ {
			cls += uint16(get())
			if int(cls) >= classes {
				return nil, errors.New("perceptron: class out of range")
			}
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
