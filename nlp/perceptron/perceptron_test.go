package perceptron

import (
	"bytes"
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
