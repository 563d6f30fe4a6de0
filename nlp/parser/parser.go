// Package parser builds labelled dependency trees in Universal
// Dependencies' relations with a greedy arc-eager transition parser
// (Nivre 2003) scored by an averaged perceptron over the feature
// templates of Zhang and Nivre (2011). It is trained with the dynamic
// oracle of Goldberg and Nivre (2012), exploring its own mistakes, on
// projectivized treebank trees. A Model is read-only and safe for
// concurrent use.
package parser

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"strings"

	"github.com/actorgraph/actorgraph/nlp/conllu"
	"github.com/actorgraph/actorgraph/nlp/doc"
	pc "github.com/actorgraph/actorgraph/nlp/perceptron"
)

// Model is a trained parser.
type Model struct {
	labels    []string
	labelHash []uint64
	// trans scores the four moves, label the relation of a new arc: two
	// small classifiers rather than one over every labelled move, so that
	// each feature keeps at most four weights in the larger model.
	trans *pc.Model
	label *pc.Model
}

// Example is a training sentence: words, tags and the gold tree (heads
// 1-based, 0 for the root, as in CoNLL-U).
type Example struct {
	Words, Tags []string
	Heads       []int
	Labels      []string
}

// Options set training.
type Options struct {
	Epochs int
	Seed   uint64
	// Explore is the probability of following the model's own move, once
	// past the first epoch.
	Explore  float64
	MinCount int32
}

// Examples turns treebank sentences into examples with their gold tags.
func Examples(sents []conllu.Sentence) []Example {
	out := make([]Example, 0, len(sents))
	for _, s := range sents {
		var ex Example
		for _, w := range s.Words {
			ex.Words = append(ex.Words, w.Form)
			ex.Tags = append(ex.Tags, w.XPOS)
			ex.Heads = append(ex.Heads, w.Head)
			ex.Labels = append(ex.Labels, w.Deprel)
		}
		out = append(out, ex)
	}
	return out
}

// Train learns a parser from examples.
func Train(data []Example, opt Options) *Model {
	if opt.Epochs == 0 {
		opt.Epochs = 12
	}
	m := &Model{}
	index := map[string]int{}
	for _, ex := range data {
		for _, l := range ex.Labels {
			if _, ok := index[l]; !ok {
				index[l] = len(m.labels)
				m.labels = append(m.labels, l)
			}
		}
	}
	m.initHashes()
	nL := len(m.labels)
	tt := pc.NewTrainer(4)
	lt := pc.NewTrainer(nL)
	type gold struct {
		x      *sentence
		gh, gl []int
	}
	golds := make([]gold, len(data))
	for i, ex := range data {
		gh := append([]int{-1}, projectivize(ex.Heads)...)
		gl := make([]int, len(gh))
		for j, l := range ex.Labels {
			gl[j+1] = index[l]
		}
		golds[i] = gold{m.sentence(ex.Words, ex.Tags), gh, gl}
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x9a45e1))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	var scores [4]float32
	var costs [4]int
	lscores := make([]float32, nL)
	var feats, lfeats []uint64
	for epoch := 0; epoch < opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			g := golds[k]
			s := newState(len(g.x.words) - 1)
			for !s.done() {
				feats = features(feats[:0], g.x, s, m.labelHash)
				if epoch == 0 {
					tt.Observe(feats)
				}
				scores = [4]float32{}
				tt.Score(feats, scores[:])
				valid := s.validKinds()
				guess, best, minCost := -1, -1, 1<<30
				for a := range scores {
					if !valid[a] {
						continue
					}
					costs[a] = s.cost(move{kind: a, label: -1}, g.gh, g.gl)
					minCost = min(minCost, costs[a])
					if guess < 0 || scores[a] > scores[guess] {
						guess = a
					}
				}
				for a := range scores {
					if valid[a] && costs[a] == minCost && (best < 0 || scores[a] > scores[best]) {
						best = a
					}
				}
				tt.Tick()
				if costs[guess] != minCost {
					tt.Update(feats, best, guess)
				}
				next := best
				if epoch > 0 && rng.Float64() < opt.Explore {
					next = guess
				}
				mv := move{kind: next}
				if next == kLeft || next == kRight {
					head, dep := s.b, s.s0()
					if next == kRight {
						head, dep = s.s0(), s.b
					}
					lfeats = labelFeatures(append(lfeats[:0], feats...), g.x, s, head, dep, m.labelHash)
					if epoch == 0 {
						lt.Observe(lfeats)
					}
					clear(lscores)
					lt.Score(lfeats, lscores)
					mv.label = pc.Argmax(lscores, nil)
					if g.gh[dep] == head {
						lt.Tick()
						lt.Update(lfeats, g.gl[dep], mv.label)
						if rng.Float64() >= opt.Explore || epoch == 0 {
							mv.label = g.gl[dep]
						}
					}
				}
				s.apply(mv)
			}
		}
	}
	fo := pc.FreezeOptions{MinCount: opt.MinCount, MinWeight: 1e-3}
	m.trans, m.label = tt.Freeze(fo), lt.Freeze(fo)
	return m
}

func (m *Model) initHashes() {
	m.labelHash = make([]uint64, len(m.labels))
	for i, l := range m.labels {
		m.labelHash[i] = pc.String(l)
	}
}

func (m *Model) sentence(words, tags []string) *sentence {
	x := &sentence{words: make([]uint64, len(words)+1), tags: make([]uint64, len(words)+1)}
	x.words[0], x.tags[0] = hRoot, hRoot
	for i, w := range words {
		x.words[i+1] = pc.String(strings.ToLower(w))
		x.tags[i+1] = pc.String(tags[i])
	}
	return x
}

// Parse returns the heads (1-based, 0 for the root) and labels of words
// tagged tags.
func (m *Model) Parse(words, tags []string) ([]int, []string) {
	x := m.sentence(words, tags)
	s := newState(len(words))
	var scores [4]float32
	lscores := make([]float32, len(m.labels))
	feats := make([]uint64, 0, 96)
	lfeats := make([]uint64, 0, 128)
	for !s.done() {
		feats = features(feats[:0], x, s, m.labelHash)
		scores = [4]float32{}
		m.trans.Score(feats, scores[:])
		valid := s.validKinds()
		best := -1
		for a := range scores {
			if valid[a] && (best < 0 || scores[a] > scores[best]) {
				best = a
			}
		}
		mv := move{kind: best}
		if best == kLeft || best == kRight {
			head, dep := s.b, s.s0()
			if best == kRight {
				head, dep = s.s0(), s.b
			}
			lfeats = labelFeatures(append(lfeats[:0], feats...), x, s, head, dep, m.labelHash)
			clear(lscores)
			m.label.Score(lfeats, lscores)
			mv.label = pc.Argmax(lscores, nil)
		}
		s.apply(mv)
	}
	return m.finish(s, tags)
}

// finish attaches the words left without a head: the first becomes the
// root if there is none, the rest depend on the root's dependent.
func (m *Model) finish(s *state, tags []string) ([]int, []string) {
	root := 0
	for i := 1; i <= s.n; i++ {
		if s.heads[i] == 0 {
			root = i
			break
		}
	}
	heads := make([]int, s.n)
	labels := make([]string, s.n)
	for i := 1; i <= s.n; i++ {
		switch {
		case s.heads[i] >= 0:
			heads[i-1], labels[i-1] = s.heads[i], m.labels[s.labels[i]]
		case root == 0:
			root = i
			heads[i-1], labels[i-1] = 0, "root"
		default:
			heads[i-1], labels[i-1] = root, "parataxis"
			if isPunctTag(tags[i-1]) {
				labels[i-1] = "punct"
			}
		}
	}
	return heads, labels
}

func isPunctTag(t string) bool {
	switch t {
	case ".", ",", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP":
		return true
	}
	return false
}

// Annotate parses s, whose tokens are tagged, filling Head and Deprel.
func (m *Model) Annotate(s *doc.Sentence) {
	words := make([]string, len(s.Tokens))
	tags := make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		words[i], tags[i] = t.Form, t.XPOS
	}
	heads, labels := m.Parse(words, tags)
	for i := range s.Tokens {
		s.Tokens[i].Head = heads[i] - 1
		s.Tokens[i].Deprel = labels[i]
	}
}

// projectivize lifts non-projective arcs to the head's head until the
// tree is projective (heads 1-based, 0 the root; returns a copy).
func projectivize(heads []int) []int {
	h := append([]int(nil), heads...)
	for {
		d := shortestCrossing(h)
		if d < 0 {
			return h
		}
		h[d-1] = h[h[d-1]-1]
	}
}

// shortestCrossing returns the dependent (1-based) of the shortest
// non-projective arc, or -1.
func shortestCrossing(h []int) int {
	best, bestLen := -1, 1<<30
	for d := 1; d <= len(h); d++ {
		hd := h[d-1]
		if hd == 0 {
			continue
		}
		lo, hi := min(d, hd), max(d, hd)
		for k := lo + 1; k < hi; k++ {
			if !dominates(h, hd, k) {
				if hi-lo < bestLen {
					best, bestLen = d, hi-lo
				}
				break
			}
		}
	}
	return best
}

// dominates reports whether a is an ancestor of k.
func dominates(h []int, a, k int) bool {
	for steps := 0; k != 0 && steps <= len(h); steps++ {
		k = h[k-1]
		if k == a {
			return true
		}
	}
	return false
}

// Files a parser is saved as.
const (
	WeightsFile      = "parser.weights"
	LabelWeightsFile = "parser.label.weights"
	LabelsFile       = "parser.labels"
)

// Save writes the model's files with create.
func (m *Model) Save(create func(name string) (io.WriteCloser, error)) error {
	for name, pm := range map[string]*pc.Model{WeightsFile: m.trans, LabelWeightsFile: m.label} {
		w, err := create(name)
		if err != nil {
			return err
		}
		if _, err := pm.WriteTo(w); err != nil {
			w.Close()
			return fmt.Errorf("parser: write %s: %w", name, err)
		}
		if err := w.Close(); err != nil {
			return err
		}
	}
	w, err := create(LabelsFile)
	if err != nil {
		return err
	}
	if _, err := io.WriteString(w, strings.Join(m.labels, "\n")+"\n"); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}

// Load reads a model saved by Save from fsys.
func Load(fsys fs.FS) (*Model, error) {
	m := &Model{}
	for name, dst := range map[string]**pc.Model{WeightsFile: &m.trans, LabelWeightsFile: &m.label} {
		f, err := fsys.Open(name)
		if err != nil {
			return nil, fmt.Errorf("parser: %w", err)
		}
		*dst, err = pc.Read(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("parser: %s: %w", name, err)
		}
	}
	f, err := fsys.Open(LabelsFile)
	if err != nil {
		return nil, fmt.Errorf("parser: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := sc.Text(); l != "" {
			m.labels = append(m.labels, l)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("parser: %s: %w", LabelsFile, err)
	}
	if m.trans.Classes() != 4 || m.label.Classes() != len(m.labels) {
		return nil, fmt.Errorf("parser: %d moves and %d label classes for %d labels", m.trans.Classes(), m.label.Classes(), len(m.labels))
	}
	m.initHashes()
	return m, nil
}

// Features is the number of features the model keeps.
func (m *Model) Features() int { return m.trans.Features() + m.label.Features() }
