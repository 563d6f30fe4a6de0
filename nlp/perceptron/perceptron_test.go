package perceptron

import (
	"bytes"
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestLearnAndRoundTrip trains a two-class problem, checks the frozen
// model separates it, and that writing and reading it keeps its scores
// (to the quantization) and its bytes.
func TestLearnAndRoundTrip(t *testing.T) {
	tr := NewTrainer(2)
	data := []struct {
		feats []uint64
		class int
	}{
		{[]uint64{String("a"), String("bias")}, 0},
		{[]uint64{String("b"), String("bias")}, 1},
	}
	scores := make([]float32, 2)
	for epoch := 0; epoch < 5; epoch++ {
		for _, d := range data {
			clear(scores)
			tr.Score(d.feats, scores)
			tr.Tick()
			tr.Update(d.feats, d.class, Argmax(scores, nil))
		}
	}
	m := tr.Freeze(FreezeOptions{})
	for _, d := range data {
		clear(scores)
		m.Score(d.feats, scores)
		if got := Argmax(scores, nil); got != d.class {
			t.Errorf("class of %v = %d, want %d (scores %v)", d.feats, got, d.class, scores)
		}
	}
	var b1, b2 bytes.Buffer
	if _, err := m.WriteTo(&b1); err != nil {
		t.Fatal(err)
	}
	m2, err := Read(bytes.NewReader(b1.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m2.WriteTo(&b2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
		t.Error("a model read back writes other bytes")
	}
	for _, d := range data {
		s1, s2 := make([]float32, 2), make([]float32, 2)
		m.Score(d.feats, s1)
		m2.Score(d.feats, s2)
		for c := range s1 {
			if diff := s1[c] - s2[c]; diff > 1e-3 || diff < -1e-3 {
				t.Errorf("score %d: %v before writing, %v after", c, s1[c], s2[c])
			}
		}
	}
}

func TestReadRejectsGarbage(t *testing.T) {
	if _, err := Read(bytes.NewReader([]byte("not a model"))); err == nil {
		t.Error("Read accepted garbage")
	}
}

func TestArgmaxAllowed(t *testing.T) {
	if got := Argmax([]float32{3, 1, 2}, []bool{false, true, true}); got != 2 {
		t.Errorf("Argmax = %d, want 2", got)
	}
}

// randomModel builds a model of n features over classes classes with
// 1 to classes/2 weights each, and a list of keys that are half the
// model's and half unknown, as a parser's lookups are.
func randomModel(n, classes int) (*Model, []uint64) {
	rng := rand.New(rand.NewPCG(1, 2))
	feats := make([]Feature, n)
	keys := make([]uint64, 0, 2*n)
	for i := range feats {
		k := rng.Uint64() | 1
		var ws []Weight
		for c := range classes {
			if rng.IntN(classes) < 1+i%(classes/2) {
				ws = append(ws, Weight{Class: uint16(c), W: rng.Float32() - 0.5})
			}
		}
		if len(ws) == 0 {
			ws = []Weight{{Class: uint16(i % classes), W: 1}}
		}
		feats[i] = Feature{Key: k, Weights: ws}
		keys = append(keys, k, rng.Uint64())
	}
	slices.SortFunc(feats, func(a, b Feature) int { return cmp.Compare(a.Key, b.Key) })
	return Build(classes, feats), keys
}

// naiveScore is Score as a plain loop over the features in order and
// each feature's weights in its run.
func naiveScore(m *Model, feats []uint64, scores []float32) {
	for _, f := range feats {
		if i := slices.Index(m.keys, f); i >= 0 {
			for _, e := range m.run(m.starts[i]) {
				scores[e>>16] += float32(float32(int16(uint16(e))) * m.scale)
			}
		}
	}
}

// TestScoreDefer checks that Score sums exactly as a plain loop does
// (the same float32 roundings, across blocks of features), before and
// after Defer; that ScoreExcept leaves the deferred classes alone and
// sums the rest the same; and that Defer does not change the file.
func TestScoreDefer(t *testing.T) {
	const classes = 12
	m, keys := randomModel(2000, classes)
	if len(m.dense) == 0 || len(m.dense) == len(m.keys)*classes {
		t.Fatal("the model needs features with dense rows and without")
	}
	inline := 0
	for _, sl := range m.slots {
		if sl != 0 && uint32(sl)&inlineBit != 0 {
			inline++
		}
	}
	if inline == 0 || inline == len(m.keys) {
		t.Fatal("the model needs features of one weight and of more")
	}
	var before bytes.Buffer
	if _, err := m.WriteTo(&before); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		lo, hi int
		feats  []uint64
	}{
		{"one block", 0, 0, keys[:77]},
		{"three blocks", 0, 0, keys[:300]},
		{"deferred middle", 2, 7, keys[:300]},
		{"deferred first", 0, 1, keys[100:180]},
		{"deferred last", 11, 12, keys[:200]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m.Defer(tc.lo, tc.hi)
			want, got := make([]float32, classes), make([]float32, classes)
			naiveScore(m, tc.feats, want)
			m.Score(tc.feats, got)
			// from scores that are not zero, as Score adds to them
			except, wantExcept := make([]float32, classes), make([]float32, classes)
			for c := range except {
				except[c], wantExcept[c] = -7, -7
			}
			naiveScore(m, tc.feats, wantExcept)
			m.ScoreExcept(tc.feats, except)
			for c := range want {
				if math.Float32bits(got[c]) != math.Float32bits(want[c]) {
					t.Errorf("Score class %d = %v, want %v", c, got[c], want[c])
				}
				deferred := c >= tc.lo && c < tc.hi
				if deferred && except[c] != -7 {
					t.Errorf("ScoreExcept changed deferred class %d to %v", c, except[c])
				}
				if !deferred && math.Float32bits(except[c]) != math.Float32bits(wantExcept[c]) {
					t.Errorf("ScoreExcept class %d = %v, want %v", c, except[c], wantExcept[c])
				}
			}
			var after bytes.Buffer
			if _, err := m.WriteTo(&after); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(before.Bytes(), after.Bytes()) {
				t.Error("Defer changed the bytes written")
			}
		})
	}
}

// TestPermute checks that a permuted model sums each class at its
// position bit for bit as before, with Score and, after Defer of a range
// of positions, with ScoreExcept (which leaves that range alone), and
// that it writes the same bytes.
func TestPermute(t *testing.T) {
	const classes = 25
	m, keys := randomModel(2000, classes)
	orig, _ := randomModel(2000, classes)
	var before bytes.Buffer
	if _, err := m.WriteTo(&before); err != nil {
		t.Fatal(err)
	}
	pos := rand.New(rand.NewPCG(7, 8)).Perm(classes)
	m.Permute(pos)
	const lo, hi = 13, 25
	m.Defer(lo, hi)
	var after bytes.Buffer
	if _, err := m.WriteTo(&after); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before.Bytes(), after.Bytes()) {
		t.Error("Permute changed the bytes written")
	}
	for _, feats := range [][]uint64{keys[:57], keys[100:400]} {
		want := make([]float32, classes)
		orig.Score(feats, want)
		got, except := make([]float32, classes), make([]float32, classes)
		m.Score(feats, got)
		for p := lo; p < hi; p++ {
			except[p] = -7
		}
		m.ScoreExcept(feats, except)
		for c, p := range pos {
			if math.Float32bits(got[p]) != math.Float32bits(want[c]) {
				t.Errorf("Score: class %d at %d = %v, want %v", c, p, got[p], want[c])
			}
			switch deferred := p >= lo && p < hi; {
			case deferred && except[p] != -7:
				t.Errorf("ScoreExcept changed deferred position %d", p)
			case !deferred && math.Float32bits(except[p]) != math.Float32bits(want[c]):
				t.Errorf("ScoreExcept: class %d at %d = %v, want %v", c, p, except[p], want[c])
			}
		}
	}
}

// TestWeight1 checks that a one-class model's weights, looked up and
// added one by one in order, give Score's sum bit for bit, for features
// of one weight (kept in their slots) and features the model lacks.
func TestWeight1(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	feats := make([]Feature, 500)
	for i := range feats {
		feats[i] = Feature{Key: rng.Uint64() | 1, Weights: []Weight{{W: (rng.Float32() - 0.5) * float32(math.Pow(2, float64(rng.IntN(20)-10)))}}}
	}
	slices.SortFunc(feats, func(a, b Feature) int { return cmp.Compare(a.Key, b.Key) })
	m := Build(1, feats)
	keys := make([]uint64, 0, 300)
	for i := 0; i < 300; i++ {
		if i%3 == 0 {
			keys = append(keys, rng.Uint64()) // absent
		} else {
			keys = append(keys, feats[rng.IntN(len(feats))].Key)
		}
	}
	refs := make([]Ref, len(keys))
	m.Lookup(keys, refs)
	var sum float32
	for _, r := range refs {
		sum += m.Weight1(r)
	}
	var want [1]float32
	m.Score(keys, want[:])
	if math.Float32bits(sum) != math.Float32bits(want[0]) {
		t.Errorf("sum of Weight1 = %v, Score = %v", sum, want[0])
	}
}

// TestSlotsSparse checks that a model's slot table is at most a quarter
// full (slotsPerFeature), so that most look-ups end at their home slot,
// and that every feature is still found and an absent one is not.
func TestSlotsSparse(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for _, n := range []int{1, 2, 3, 5, 64, 65, 1000, 4097} {
		feats := make([]Feature, n)
		for i := range feats {
			feats[i] = Feature{Key: rng.Uint64() | 1, Weights: []Weight{{Class: uint16(i % 3), W: float32(i + 1)}}}
		}
		slices.SortFunc(feats, func(a, b Feature) int { return cmp.Compare(a.Key, b.Key) })
		feats = slices.CompactFunc(feats, func(a, b Feature) bool { return a.Key == b.Key })
		m := Build(3, feats)
		if len(m.slots) < 4*len(feats) {
			t.Errorf("%d features: %d slots, want at least %d", len(feats), len(m.slots), 4*len(feats))
		}
		keys := make([]uint64, 0, 2*len(feats))
		for _, f := range feats {
			keys = append(keys, f.Key, f.Key^1<<63) // present, absent
		}
		refs := make([]Ref, len(keys))
		m.Lookup(keys, refs)
		for i, r := range refs {
			if absent := i%2 == 1; (r == 0) != absent {
				t.Errorf("%d features: key %#x found %v, want %v", len(feats), keys[i], r != 0, !absent)
			}
		}
	}
}

// TestAddRows checks addRows, whose classes go sixteen or eight at a
// time where the processor can (TestAddRowsEight takes the eight-wide
// path where it would take the other), against one float32 sum per class of rounded products
// in row order, bit for bit: widths shorter than, equal to and longer
// than a vector, with and without a partial last vector, deferred
// classes nowhere, inside one vector, across vectors, at either end and
// everywhere, one to maxRows rows, and sums that differ widely in size so
// that the order of the sums shows.
func TestAddRows(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	const scale = float32(0.0123)
	for _, tc := range []struct{ width, dlo, dhi int }{
		{1, 0, 0}, {7, 0, 0}, {8, 0, 0}, {9, 0, 0}, {25, 0, 0}, {40, 0, 0}, {104, 0, 0}, {107, 0, 0},
		{40, 3, 5}, {40, 8, 16}, {40, 5, 30}, {40, 0, 9}, {40, 33, 40}, {40, 0, 40},
		{104, 2, 53}, {107, 2, 54}, {25, 2, 14}, {7, 2, 5},
	} {
		for k := 1; k <= maxRows; k++ {
			rows := make([][]int16, k)
			for j := range rows {
				rows[j] = make([]int16, tc.width)
				for i := range rows[j] {
					rows[j][i] = int16(rng.IntN(1<<16) - 1<<15)
				}
			}
			got, want := make([]float32, tc.width), make([]float32, tc.width)
			for i := range got {
				got[i] = (rng.Float32() - 0.5) * float32(math.Pow(2, float64(rng.IntN(30)-10)))
				want[i] = got[i]
			}
			for i := range want {
				if i >= tc.dlo && i < tc.dhi {
					continue
				}
				for _, r := range rows {
					want[i] += float32(float32(r[i]) * scale)
				}
			}
			addRows(got, rows, scale, tc.dlo, tc.dhi)
			for i := range got {
				if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
					t.Errorf("addRows(width %d, deferred [%d, %d), %d rows): class %d = %v, want %v", tc.width, tc.dlo, tc.dhi, k, i, got[i], want[i])
				}
			}
		}
	}
}

// BenchmarkScore scores 77 features (a parser's configuration) at a
// time against a model too large for the processor's cache.
func BenchmarkScore(b *testing.B) {
	m, keys := randomModel(400_000, 104)
	scores := make([]float32, 104)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		off := (i * 77 * 7919) % (len(keys) - 77)
		clear(scores)
		m.Score(keys[off:off+77], scores)
	}
}

// BenchmarkAddRows adds one, four and eight dense rows of a parser's
// 104 classes, all of them and with the LEFT moves deferred.
func BenchmarkAddRows(b *testing.B) {
	for _, k := range []int{1, 4, 8} {
		rows := make([][]int16, k)
		for j := range rows {
			rows[j] = make([]int16, 104)
		}
		scores := make([]float32, 104)
		for _, d := range []struct {
			name     string
			dlo, dhi int
		}{{"all", 0, 0}, {"deferred", 2, 53}} {
			b.Run(fmt.Sprintf("%d rows %s", k, d.name), func(b *testing.B) {
				for b.Loop() {
					addRows(scores, rows, 0.01, d.dlo, d.dhi)
				}
			})
		}
	}
}

// TestHashSeeds checks that the cached template seeds give the hash the
// models were trained with, inside the cache and past it.
func TestHashSeeds(t *testing.T) {
	for _, tmpl := range []uint64{0, 1, 77, 255, 256, 1000} {
		h := mix(tmpl*0x9E3779B97F4A7C15 + 1)
		h = mix(h ^ 11)
		h = mix(h ^ (22 + 0x632BE59BD9B4E019))
		want := mix(h ^ (33 + 0x85EBCA77C2B2AE63))
		if got := Hash(tmpl, 11, 22, 33); got != want {
			t.Errorf("Hash(%d, …) = %x, want %x", tmpl, got, want)
		}
	}
}

func TestBytesIsString(t *testing.T) {
	for _, s := range []string{"", "Xx", "X.X.", "x\ufffdx", "-NONE-"} {
		if got, want := Bytes([]byte(s)), String(s); got != want {
			t.Errorf("Bytes(%q) = %x, String = %x", s, got, want)
		}
	}
}

// TestKeys checks that Keys gives Hash's keys bit for bit, in order, for
// every count up to MaxKeys (the vector code's full groups and masked
// last group) and for templates in and out of the seed cache.
func TestKeys(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var k Keys
	var dst []uint64
	for n := 0; n <= MaxKeys; n++ {
		var want []uint64
		for i := range n {
			tmpl := uint64(i)
			if i%5 == 4 {
				tmpl = 1000 + rng.Uint64N(1000)
			}
			a, b, c := rng.Uint64(), rng.Uint64(), uint64(0)
			if i%3 == 0 {
				c = rng.Uint64()
			}
			k.Add(tmpl, a, b, c)
			want = append(want, Hash(tmpl, a, b, c))
		}
		// the plain Go loop, used where there is no vector code
		if n > 0 {
			scalar := make([]uint64, n)
			hashKeysGo(&scalar[0], &k.seed[0], &k.a[0], &k.b[0], &k.c[0], n)
			if !slices.Equal(scalar, want) {
				t.Fatalf("n=%d: hashKeysGo differs from Hash", n)
			}
		}
		dst = k.AppendTo(append(dst[:0], 7))
		if len(dst) != n+1 || dst[0] != 7 {
			t.Fatalf("n=%d: AppendTo gave %d keys after the prefix %v, want %d", n, len(dst)-1, dst[:min(1, len(dst))], n)
		}
		for i := range want {
			if dst[i+1] != want[i] {
				t.Fatalf("n=%d: key %d = %#x, want %#x", n, i, dst[i+1], want[i])
			}
		}
	}
}

func BenchmarkHash77(b *testing.B) {
	var dst []uint64
	for b.Loop() {
		dst = dst[:0]
		for i := range uint64(77) {
			dst = append(dst, Hash(i, i*3, i*5, 0))
		}
	}
}

func BenchmarkKeys77(b *testing.B) {
	var dst []uint64
	var k Keys
	for b.Loop() {
		for i := range uint64(77) {
			k.Add(i, i*3, i*5, 0)
		}
		dst = k.AppendTo(dst[:0])
	}
}
