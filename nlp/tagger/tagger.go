// Package tagger assigns each word its universal and treebank-specific
// part-of-speech tags (UPOS and XPOS), its lemma and its morphological
// features.
//
// Tags come from a greedy left-to-right averaged perceptron over joint
// UPOS|XPOS classes (Collins 2002; the features of Honnibal's "A good POS
// tagger in about 200 lines", with word shapes and wider affixes), plus a
// tag dictionary for frequent unambiguous words. Lemmas and features are
// cheap: a dictionary of (form, XPOS) pairs seen in training, then suffix
// rules learned per XPOS. Everything is trained from UD treebanks by
// Train; a Model is read-only and safe for concurrent use.
package tagger

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/actorgraph/actorgraph/nlp/conllu"
	"github.com/actorgraph/actorgraph/nlp/doc"
	pc "github.com/actorgraph/actorgraph/nlp/perceptron"
)

// Model is a trained tagger.
type Model struct {
	classes []string // "UPOS XPOS"
	hashes  []uint64 // per class, the feature value of the class as a previous tag
	weights *pc.Model
	tagdict map[string]int
	amb     map[string]string // lowercase form → its ambiguity class
	lex     *Lexicon
	// known holds, per lowercase form of amb, what tagging it needs at
	// every occurrence (see initKnown).
	known map[string]*knownWord
	// forms holds, for each form of the tag dictionary and each lower
	// case of known, as written, what tagging it needs (see entry): one
	// map read for most words, where a word took two and a lower case.
	forms map[string]formEntry
	pool  sync.Pool // of *scratch
}

// formEntry is what tagging needs of a form as written: the known word
// of its lower case (nil if none) and its class in the tag dictionary
// (-1 if none).
type formEntry struct {
	known *knownWord
	dict  int
}

// entry returns form's entry and, when it has no known word, its lower
// case.
func (m *Model) entry(form string) (formEntry, string) {
	e, ok := m.forms[form]
	switch {
	case ok && e.known != nil:
		return e, ""
	case ok:
		return e, strings.ToLower(form)
	}
	lower := strings.ToLower(form)
	e = formEntry{dict: -1}
	if lower != form { // a lower case that is known is in forms
		e.known = m.known[lower]
	}
	return e, lower
}

// knownWord is a word seen in training (lowercase): the hashes of its
// spelling and ambiguity class and, for each class of it but the proper
// nouns', its lemma and features, which depend on the lowercase form and
// the class alone, computed once at load instead of at every occurrence.
type knownWord struct {
	spelling spelling
	amb      uint64
	tags     []knownTag
}

type knownTag struct {
	class        int
	lemma, feats string
}

// tag returns the lemma and features of the word as class c, if kept.
func (k *knownWord) tag(c int) (knownTag, bool) {
	if k != nil {
		for _, t := range k.tags {
			if t.class == c {
				return t, true
			}
		}
	}
	return knownTag{}, false
}

// hNoAmb is the ambiguity class hash of a word not seen in training.
var hNoAmb = pc.String("")

// initKnown fills known from amb and the lexicon, and forms from known
// and the tag dictionary.
func (m *Model) initKnown() {
	m.known = make(map[string]*knownWord, len(m.amb))
	for lower, amb := range m.amb {
		k := &knownWord{spelling: spell(lower), amb: pc.String(amb)}
		for _, f := range strings.Split(amb, ",") {
			c, err := strconv.Atoi(f)
			if err != nil || c < 0 || c >= len(m.classes) {
				continue
			}
			// a proper noun's lemma is its form as written
			if upos, xpos := m.Class(c); upos != "PROPN" {
				k.tags = append(k.tags, knownTag{c, m.lex.lowerLemma(lower, xpos), m.lex.lowerFeats(lower, xpos)})
			}
		}
		m.known[lower] = k
	}
	m.forms = make(map[string]formEntry, len(m.known)+len(m.tagdict))
	for lower, k := range m.known {
		m.forms[lower] = formEntry{known: k, dict: -1}
	}
	for f, c := range m.tagdict {
		m.forms[f] = formEntry{known: m.known[strings.ToLower(f)], dict: c}
	}
}

// Example is one training sentence: forms and their gold tags, lemmas
// and features.
type Example struct {
	Forms, UPOS, XPOS, Lemmas, Feats []string
}

// Options set training.
type Options struct {
	Epochs int
	Seed   uint64
	// MinCount prunes features seen fewer times.
	MinCount int32
}

// Train learns a tagger from examples.
func Train(data []Example, opt Options) *Model {
	if opt.Epochs == 0 {
		opt.Epochs = 8
	}
	m := &Model{tagdict: map[string]int{}}
	index := map[string]int{}
	for _, ex := range data {
		for i := range ex.Forms {
			c := ex.UPOS[i] + " " + ex.XPOS[i]
			if _, ok := index[c]; !ok {
				index[c] = len(m.classes)
				m.classes = append(m.classes, c)
			}
		}
	}
	m.initHashes()
	m.tagdict = buildTagdict(data, index)
	m.amb = buildAmbiguity(data, index)
	m.lex = BuildLexicon(data)
	m.initKnown()
	t := pc.NewTrainer(len(m.classes))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x7a99e7))
	scores := make([]float32, len(m.classes))
	var feats []uint64
	keys := new(pc.Keys)
	for epoch := 0; epoch < opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			ex := data[k]
			ws := m.words(ex.Forms)
			p1, p2 := hStart, hStart
			for i := range ws {
				gold := index[ex.UPOS[i]+" "+ex.XPOS[i]]
				guess, fixed := m.tagdict[ex.Forms[i]]
				if !fixed {
					feats = features(feats[:0], keys, ws, i, p1, p2)
					if epoch == 0 {
						t.Observe(feats)
					}
					clear(scores)
					t.Score(feats, scores)
					guess = pc.Argmax(scores, nil)
					t.Tick()
					t.Update(feats, gold, guess)
				}
				p2, p1 = p1, m.hashes[guess]
			}
		}
	}
	m.weights = t.Freeze(pc.FreezeOptions{MinCount: opt.MinCount, MinWeight: 1e-3})
	return m
}

func (m *Model) initHashes() {
	m.hashes = make([]uint64, len(m.classes))
	for i, c := range m.classes {
		m.hashes[i] = pc.String(c)
	}
}

// words computes the hashes of forms.
func (m *Model) words(forms []string) []word {
	return m.appendWords(make([]word, 0, len(forms)), forms, nil, nil)
}

// appendWords is words appending to ws and, when known and dict are not
// nil, setting known[i] to forms[i]'s entry in m.known (nil if none) and
// dict[i] to its class in the tag dictionary (-1 if none).
func (m *Model) appendWords(ws []word, forms []string, known []*knownWord, dict []int) []word {
	for i, f := range forms {
		e, lower := m.entry(f)
		var w word
		if k := e.known; k != nil {
			w = newWord(f, k.spelling)
			w.amb = k.amb
		} else {
			w = newWord(f, spell(lower))
			w.amb = hNoAmb
		}
		if known != nil {
			known[i], dict[i] = e.known, e.dict
		}
		ws = append(ws, w)
	}
	return ws
}

// buildAmbiguity gives each word seen at least twice the sorted list of
// the classes it had at least 5 % of the time.
func buildAmbiguity(data []Example, index map[string]int) map[string]string {
	counts := map[string]map[int]int{}
	for _, ex := range data {
		for i, f := range ex.Forms {
			l := strings.ToLower(f)
			if counts[l] == nil {
				counts[l] = map[int]int{}
			}
			counts[l][index[ex.UPOS[i]+" "+ex.XPOS[i]]]++
		}
	}
	out := map[string]string{}
	for f, cs := range counts {
		n := 0
		for _, k := range cs {
			n += k
		}
		if n < 2 {
			continue
		}
		var keep []int
		for c, k := range cs {
			if float64(k) >= 0.05*float64(n) {
				keep = append(keep, c)
			}
		}
		slices.Sort(keep)
		parts := make([]string, len(keep))
		for i, c := range keep {
			parts[i] = strconv.Itoa(c)
		}
		out[f] = strings.Join(parts, ",")
	}
	return out
}

// buildTagdict keeps the words seen at least 20 times with one class at
// least 97 % of the time.
func buildTagdict(data []Example, index map[string]int) map[string]int {
	counts := map[string]map[int]int{}
	for _, ex := range data {
		for i, f := range ex.Forms {
			if counts[f] == nil {
				counts[f] = map[int]int{}
			}
			counts[f][index[ex.UPOS[i]+" "+ex.XPOS[i]]]++
		}
	}
	out := map[string]int{}
	for f, cs := range counts {
		n, best, bestN := 0, -1, 0
		for c, k := range cs {
			n += k
			if k > bestN || (k == bestN && c < best) {
				best, bestN = c, k
			}
		}
		if n >= 20 && float64(bestN)/float64(n) >= 0.97 {
			out[f] = best
		}
	}
	return out
}

// scratch holds what tagging a sentence needs, kept for the next one
// (Model.pool).
type scratch struct {
	forms   []string
	known   []*knownWord
	dict    []int
	ws      []word
	classes []int
	scores  []float32
	feats   []uint64
	keys    pc.Keys
}

// Tag fills the UPOS, XPOS, lemma and features of s's tokens from their
// forms.
func (m *Model) Tag(s *doc.Sentence) {
	sc, _ := m.pool.Get().(*scratch)
	if sc == nil {
		sc = &scratch{}
	}
	defer m.pool.Put(sc)
	n := len(s.Tokens)
	sc.forms = slices.Grow(sc.forms[:0], n)[:n]
	for i, t := range s.Tokens {
		sc.forms[i] = t.Form
	}
	sc.known = slices.Grow(sc.known[:0], n)[:n]
	classes := m.tagForms(sc, sc.forms, sc.known)
	for i := range s.Tokens {
		t := &s.Tokens[i]
		t.UPOS, t.XPOS = m.Class(classes[i])
		if kt, ok := sc.known[i].tag(classes[i]); ok {
			t.Lemma, t.Feats = kt.lemma, kt.feats
			continue
		}
		t.Lemma = m.lex.Lemma(t.Form, t.UPOS, t.XPOS)
		t.Feats = m.lex.Feats(t.Form, t.XPOS)
	}
}

// TagForms returns the class index of each form.
func (m *Model) TagForms(forms []string) []int {
	return slices.Clone(m.tagForms(&scratch{}, forms, make([]*knownWord, len(forms))))
}

// tagForms is TagForms into sc's buffers (the result is sc.classes),
// setting known (len(forms) long) as appendWords does.
func (m *Model) tagForms(sc *scratch, forms []string, known []*knownWord) []int {
	sc.dict = slices.Grow(sc.dict[:0], len(forms))[:len(forms)]
	sc.ws = m.appendWords(sc.ws[:0], forms, known, sc.dict)
	ws := sc.ws
	out := slices.Grow(sc.classes[:0], len(forms))[:len(forms)]
	sc.classes = out
	sc.scores = slices.Grow(sc.scores[:0], len(m.classes))[:len(m.classes)]
	scores := sc.scores
	feats := sc.feats[:0]
	p1, p2 := hStart, hStart
	for i := range ws {
		c := sc.dict[i]
		if c < 0 {
			feats = features(feats[:0], &sc.keys, ws, i, p1, p2)
			clear(scores)
			m.weights.Score(feats, scores)
			c = pc.Argmax(scores, nil)
		}
		out[i] = c
		p2, p1 = p1, m.hashes[c]
	}
	sc.feats = feats
	return out
}

// Class returns the UPOS and XPOS of class c.
func (m *Model) Class(c int) (upos, xpos string) {
	upos, xpos, _ = strings.Cut(m.classes[c], " ")
	return upos, xpos
}

// Examples turns treebank sentences into training examples.
func Examples(sents []conllu.Sentence) []Example {
	out := make([]Example, 0, len(sents))
	for _, s := range sents {
		var ex Example
		for _, w := range s.Words {
			ex.Forms = append(ex.Forms, w.Form)
			ex.UPOS = append(ex.UPOS, w.UPOS)
			ex.XPOS = append(ex.XPOS, w.XPOS)
			ex.Lemmas = append(ex.Lemmas, w.Lemma)
			ex.Feats = append(ex.Feats, w.Feats)
		}
		out = append(out, ex)
	}
	return out
}
