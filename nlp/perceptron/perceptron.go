// Package perceptron is a multiclass averaged perceptron over hashed
// sparse features (Collins 2002; Freund & Schapire 1999), the learner of
// every model of the linguistic layer.
//
// A feature is a uint64 key (see Hash); a class is a small integer. The
// Trainer keeps, per feature, only the classes it was ever updated for,
// so memory grows with what training touches rather than with features ×
// classes. Freeze averages the weights, prunes rare features and tiny
// weights, and quantizes the rest into a compact read-only Model that is
// safe for concurrent use.
package perceptron

import (
	"cmp"
	"slices"
)

type entry struct {
	class uint16
	w     float32
	total float64 // sum of w over the updates seen, for averaging
	ts    int64   // the instance count when w last changed
}

// Trainer learns weights by perceptron updates. It is not safe for
// concurrent use.
type Trainer struct {
	classes int
	rows    map[uint64][]entry
	counts  map[uint64]int32
	n       int64 // instances seen
}

// NewTrainer returns a trainer over classes classes.
func NewTrainer(classes int) *Trainer {
	return &Trainer{classes: classes, rows: map[uint64][]entry{}, counts: map[uint64]int32{}}
}

// Classes is the number of classes.
func (t *Trainer) Classes() int { return t.classes }

// Score adds the current weights of feats to scores (len = classes).
func (t *Trainer) Score(feats []uint64, scores []float32) {
	for _, f := range feats {
		for _, e := range t.rows[f] {
			scores[e.class] += e.w
		}
	}
}

// Tick counts one training instance (for averaging), whether or not it
// leads to an update.
func (t *Trainer) Tick() { t.n++ }

// Observe counts feats as seen once, for pruning rare features at Freeze.
func (t *Trainer) Observe(feats []uint64) {
	for _, f := range feats {
		t.counts[f]++
	}
}

// Update moves weight from guess to gold for every feature; nothing when
// they are equal.
func (t *Trainer) Update(feats []uint64, gold, guess int) {
	if gold == guess {
		return
	}
	for _, f := range feats {
		row := t.rows[f]
		row = t.add(row, gold, 1)
		row = t.add(row, guess, -1)
		t.rows[f] = row
	}
}

// Add adds v to class's weight of every feature: the update of a
// ranking perceptron, where the gold candidate's features get +1 and the
// guessed candidate's -1 under one class.
func (t *Trainer) Add(feats []uint64, class int, v float32) {
	for _, f := range feats {
		t.rows[f] = t.add(t.rows[f], class, v)
	}
}

func (t *Trainer) add(row []entry, class int, v float32) []entry {
	for i := range row {
		if int(row[i].class) == class {
			e := &row[i]
			e.total += float64(t.n-e.ts) * float64(e.w)
			e.ts = t.n
			e.w += v
			return row
		}
	}
	return append(row, entry{class: uint16(class), w: v, ts: t.n})
}

// FreezeOptions control pruning at Freeze.
type FreezeOptions struct {
	// MinCount drops features observed fewer times (0 keeps all).
	MinCount int32
	// MinWeight drops averaged weights whose magnitude is smaller.
	MinWeight float32
}

// Freeze averages the weights and returns the compact model.
func (t *Trainer) Freeze(opt FreezeOptions) *Model {
	keys := make([]uint64, 0, len(t.rows))
	for k := range t.rows {
		if opt.MinCount > 0 && t.counts[k] < opt.MinCount {
			continue
		}
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var feats []Feature
	for _, k := range keys {
		var ws []Weight
		for _, e := range t.rows[k] {
			total := e.total + float64(t.n-e.ts)*float64(e.w)
			avg := float32(total / float64(max(t.n, 1)))
			if avg == 0 || abs(avg) < opt.MinWeight {
				continue
			}
			ws = append(ws, Weight{Class: e.class, W: avg})
		}
		if len(ws) == 0 {
			continue
		}
		slices.SortFunc(ws, func(a, b Weight) int { return cmp.Compare(a.Class, b.Class) })
		feats = append(feats, Feature{Key: k, Weights: ws})
	}
	return Build(t.classes, feats)
}

func abs(x float32) float32 {
	if x < 0 {
		return -x
	}
	return x
}
