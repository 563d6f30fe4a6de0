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
	"slices"
	"strings"
	"sync"

	"github.com/actorgraph/actorgraph/nlp/conllu"
	"github.com/actorgraph/actorgraph/nlp/doc"
	pc "github.com/actorgraph/actorgraph/nlp/perceptron"
)

// Model is a trained parser.
type Model struct {
	labels    []string
	labelHash []uint64
	weights   *pc.Model
	pool      sync.Pool // of *scratch
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
	t := pc.NewTrainer(2 + 2*nL)
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
	scores := make([]float32, 2+2*nL)
	costs := make([]int, 2+2*nL)
	var feats []uint64
	keys := new(pc.Keys)
	for epoch := 0; epoch < opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			g := golds[k]
			s := newState(len(g.x.words) - 1)
			for !s.done() {
				feats = features(feats[:0], keys, g.x, s, m.labelHash)
				if epoch == 0 {
					t.Observe(feats)
				}
				clear(scores)
				t.Score(feats, scores)
				guess, best, minCost := -1, -1, 1<<30
				sh, re, left, right := s.valid()
				for a := range scores {
					mv := decode(a, nL)
					if !allowed(mv, sh, re, left, right) {
						costs[a] = -1
						continue
					}
					c := s.cost(mv, g.gh, g.gl)
					costs[a] = c
					minCost = min(minCost, c)
					if guess < 0 || scores[a] > scores[guess] {
						guess = a
					}
				}
				for a := range scores {
					if costs[a] == minCost && (best < 0 || scores[a] > scores[best]) {
						best = a
					}
				}
				t.Tick()
				if costs[guess] != minCost {
					t.Update(feats, best, guess)
				}
				next := best
				if epoch > 0 && rng.Float64() < opt.Explore {
					next = guess
				}
				s.apply(decode(next, nL))
			}
		}
	}
	m.setWeights(t.Freeze(pc.FreezeOptions{MinCount: opt.MinCount, MinWeight: 1e-3}))
	return m
}

// setWeights sets the model's weights with the LEFT moves' classes set
// apart: when LEFT is not allowed (half the time: the stack top has its
// head already), Parse leaves them out of the scores.
func (m *Model) setWeights(w *pc.Model) {
	nL := len(m.labels)
	w.Defer(2, 2+nL)
	m.weights = w
}

func allowed(mv move, sh, re, left, right bool) bool {
	switch mv.kind {
	case kShift:
		return sh
	case kReduce:
		return re
	case kLeft:
		return left
	default:
		return right
	}
}

func (m *Model) initHashes() {
	m.labelHash = make([]uint64, len(m.labels))
	for i, l := range m.labels {
		m.labelHash[i] = pc.String(l)
	}
}

func (m *Model) sentence(words, tags []string) *sentence {
	x := &sentence{}
	x.fill(words, tags)
	return x
}

// fill sets x to words tagged tags, reusing its memory.
func (x *sentence) fill(words, tags []string) {
	x.words = slices.Grow(x.words[:0], len(words)+1)[:len(words)+1]
	x.tags = slices.Grow(x.tags[:0], len(words)+1)[:len(words)+1]
	x.words[0], x.tags[0] = hRoot, hRoot
	for i, w := range words {
		x.words[i+1] = pc.String(strings.ToLower(w))
		x.tags[i+1] = pc.String(tags[i])
	}
}

// scratch holds what parsing a sentence needs, kept for the next one
// (Model.pool).
type scratch struct {
	x           sentence
	s           state
	scores      []float32
	feats       []uint64
	keys        pc.Keys
	words, tags []string
	heads       []int
	labels      []string
}

// Parse returns the heads (1-based, 0 for the root) and labels of words
// tagged tags.
func (m *Model) Parse(words, tags []string) ([]int, []string) {
	sc := m.scratch()
	defer m.pool.Put(sc)
	m.parse(sc, words, tags)
	return m.finish(&sc.s, tags, make([]int, len(words)), make([]string, len(words)))
}

// scratch returns a scratch from the pool.
func (m *Model) scratch() *scratch {
	sc, _ := m.pool.Get().(*scratch)
	if sc == nil {
		sc = &scratch{scores: make([]float32, m.weights.Classes()), feats: make([]uint64, 0, 96)}
	}
	return sc
}

// parse runs the parser over words tagged tags, leaving the final
// configuration in sc.s.
func (m *Model) parse(sc *scratch, words, tags []string) {
	sc.x.fill(words, tags)
	sc.s.reset(len(words))
	for !sc.s.done() {
		sc.s.apply(decode(m.next(sc), len(m.labels)))
	}
}

// next returns the best allowed move of sc's state, as a class. Only the allowed moves' classes are scored (all
// but the LEFT ones when LEFT is not allowed), and none when SHIFT is the
// only move. Ties go to the lower class, as in Argmax.
func (m *Model) next(sc *scratch) int {
	sh, re, left, right := sc.s.valid()
	if !re && !left && !right {
		return shift
	}
	sc.feats = features(sc.feats[:0], &sc.keys, &sc.x, &sc.s, m.labelHash)
	scores := sc.scores
	clear(scores)
	if left {
		m.weights.Score(sc.feats, scores)
	} else {
		m.weights.ScoreExcept(sc.feats, scores)
	}
	nL := len(m.labels)
	best := -1
	if sh {
		best = argmax(scores, shift, shift+1, best)
	}
	if re {
		best = argmax(scores, reduce, reduce+1, best)
	}
	if left {
		best = argmax(scores, 2, 2+nL, best)
	}
	if right {
		best = argmax(scores, 2+nL, 2+2*nL, best)
	}
	return best
}

// argmax returns the class of [lo, hi) whose score is above that of best
// and of every class before it (best when none is; best < 0 is no class
// yet): classes taken in increasing order, ties go to the lower one.
func argmax(scores []float32, lo, hi, best int) int {
	var top float32
	if best >= 0 {
		top = scores[best]
	}
	for a, s := range scores[lo:hi] {
		if best < 0 || s > top {
			best, top = lo+a, s
		}
	}
	return best
}

// finish sets heads and labels (s.n long) from the final configuration
// s and returns them, attaching the words left without a head: the first
// becomes the root if there is none, the rest depend on the root's
// dependent.
func (m *Model) finish(s *state, tags []string, heads []int, labels []string) ([]int, []string) {
	root := 0
	for i := 1; i <= s.n; i++ {
		if s.heads[i] == 0 {
			root = i
			break
		}
	}
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
// A wire dateline that opens the sentence (datelineEnd) is parsed apart
// from the clause after it; its head then depends on the clause's root
// as dep, so that the sentence stays one tree. Annotate is for a
// sentence that may open an article; AnnotateInside parses one that
// cannot.
func (m *Model) Annotate(s *doc.Sentence) { m.annotate(s, true) }

// AnnotateInside parses s, a sentence inside an article's body, where no
// dateline is looked for: "UNHCR — the U.N. refugee agency — said …" or
// "Kenya, Uganda — both members of the bloc — said …" have a dateline's
// shape, and only an article's opening lines carry one.
func (m *Model) AnnotateInside(s *doc.Sentence) { m.annotate(s, false) }

func (m *Model) annotate(s *doc.Sentence, lead bool) {
	sc := m.scratch()
	defer m.pool.Put(sc)
	n := len(s.Tokens)
	if lead {
		if d := datelineEnd(s); d > 0 {
			dateRoot := m.annotateSpan(sc, s, 0, d+1)
			root := m.annotateSpan(sc, s, d+1, n)
			s.Tokens[dateRoot].Head, s.Tokens[dateRoot].Deprel = root, "dep"
			return
		}
	}
	m.annotateSpan(sc, s, 0, n)
}

// annotateSpan parses the tokens [lo, hi) of s as a sentence of their
// own, filling their Head (an index into s, -1 for the span's root) and
// Deprel, and returns the index of the span's root.
func (m *Model) annotateSpan(sc *scratch, s *doc.Sentence, lo, hi int) int {
	n := hi - lo
	sc.words = slices.Grow(sc.words[:0], n)[:n]
	sc.tags = slices.Grow(sc.tags[:0], n)[:n]
	for i, t := range s.Tokens[lo:hi] {
		sc.words[i], sc.tags[i] = t.Form, t.XPOS
	}
	m.parse(sc, sc.words, sc.tags)
	sc.heads = slices.Grow(sc.heads[:0], n)[:n]
	sc.labels = slices.Grow(sc.labels[:0], n)[:n]
	heads, labels := m.finish(&sc.s, sc.tags, sc.heads, sc.labels)
	root := lo
	for i := range n {
		t := &s.Tokens[lo+i]
		t.Head, t.Deprel = heads[i]-1, labels[i]
		if heads[i] == 0 {
			t.Head, root = -1, lo+i
		} else {
			t.Head += lo
		}
	}
	return root
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
	WeightsFile = "parser.weights"
	LabelsFile  = "parser.labels"
)

// Save writes the model's files with create.
func (m *Model) Save(create func(name string) (io.WriteCloser, error)) error {
	if err := pc.Save(create, WeightsFile, m.weights); err != nil {
		return fmt.Errorf("parser: %w", err)
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
	weights, err := pc.Load(fsys, WeightsFile)
	if err != nil {
		return nil, fmt.Errorf("parser: %w", err)
	}
	f, err := fsys.Open(LabelsFile)
	if err != nil {
		return nil, fmt.Errorf("parser: %w", err)
	}
	defer f.Close()
	m := &Model{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := sc.Text(); l != "" {
			m.labels = append(m.labels, l)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("parser: %s: %w", LabelsFile, err)
	}
	if got, want := weights.Classes(), 2+2*len(m.labels); got != want {
		return nil, fmt.Errorf("parser: %d classes for %d labels", got, len(m.labels))
	}
	m.initHashes()
	m.setWeights(weights)
	return m, nil
}

// Features is the number of features the model keeps.
func (m *Model) Features() int { return m.weights.Features() }
