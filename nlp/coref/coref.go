// Package coref links pronouns and definite noun phrases to their
// antecedents inside a document with a mention-ranking averaged
// perceptron trained on GUM's coreference chains, and builds coreference
// chains from the links.
//
// # What it resolves
//
// Anaphors are third-person personal pronouns (IsAnaphor: he, him, his,
// himself, she, her, hers, herself, it, its, itself, they, them, their,
// theirs, themselves) and definite noun phrases (IsNominal: a common noun
// with the, this, that, these, those or both, as in "the minister", "both
// sides", "the two leaders"). Candidate antecedents come from the parse,
// not from gold mentions: every noun, proper noun (the head of a name,
// not its inner words), third-person or demonstrative pronoun
// (IsCandidate) before the anaphor in its sentence and in the
// PronounWindow (for a noun phrase, NominalWindow) sentences before it.
// Each anaphor's candidates and "no antecedent" are scored, and the best
// is taken, left to right; a link puts the anaphor in its antecedent's
// cluster.
//
// Features: sentence distance and the number of candidates in between,
// the candidate's tag, relation, number (Number=Plur, NNS, a
// conjunction), named-entity type (from the sentences' Entities), its
// lemma and first name against the pronoun's gender and number (so that
// the model learns "company" → it, "minister" → he, and that "Maria" is
// she), pronoun agreement, the pronouns already linked to the candidate's
// cluster (gender learnt in the document), subject parallelism, the
// binding of reflexives and non-reflexives to clause mates, how often the
// candidate's lemma occurred before; for a definite noun phrase, head
// lemma match and the pair of head lemmas; for "no antecedent", the
// anaphor with its neighbours and head ("it is likely that", "make it
// clear"), its salience and the number of candidates.
//
// Resolve links each anaphor to its antecedent, and a proper name to an
// earlier identical name or a person's surname to the earlier full name,
// and returns the chains.
//
// # Measure
//
// Evaluate gives pronoun antecedent accuracy: over every anaphoric
// pronoun (a single-word gold mention with an earlier mention in its gold
// chain), the share whose predicted antecedent's head token falls inside
// a gold mention of that chain ("lenient", the measure), and the
// share whose predicted antecedent's head is the head of a gold mention of
// the chain ("strict"). "No antecedent" counts as wrong; so does an
// antecedent outside the window. The antecedent's own chain is not
// followed (a link to a pronoun of another chain is wrong even if that
// pronoun was linked correctly). The same is counted apart for definite
// noun phrases that head a gold mention with an earlier mention, and, for
// both, how many non-anaphoric ones were given an antecedent.
//
// A Model is read-only and safe for concurrent use.
package coref

import (
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"

	"github.com/actorgraph/actorgraph/nlp/conllu"
	"github.com/actorgraph/actorgraph/nlp/doc"
	"github.com/actorgraph/actorgraph/nlp/ner"
	pc "github.com/actorgraph/actorgraph/nlp/perceptron"
)

// Options control training.
type Options struct {
	Epochs int
	Seed   uint64
	Freeze pc.FreezeOptions
}

// DefaultOptions are the options the committed model is trained with.
func DefaultOptions() Options {
	return Options{Epochs: 5, Seed: 7, Freeze: pc.FreezeOptions{MinWeight: 0.01}}
}

// Windows are how many sentences before the anaphor's are searched for
// a pronoun's antecedent and for a definite noun phrase's.
const (
	PronounWindow = 3
	NominalWindow = 6
)

// Model is a trained resolver.
type Model struct {
	pm   *pc.Model
	pool sync.Pool
}

func newModel(pm *pc.Model) *Model {
	m := &Model{pm: pm}
	m.pool.New = func() any { return &scratch{} }
	return m
}

// word holds the atoms of one token of the document.
type word struct {
	lower, lemma, upos, xpos, deprel, ne, name uint64
	num                                        uint64 // 1 singular, 2 plural, 0 unknown
	group                                      int    // pronoun group (0 when not a pronoun)
	refl, poss, subj, cand, anaphor, nominal   bool
	clause                                     int // index of the governing verb, -1 if none
	salience                                   uint64
}

type scratch struct {
	words [][]word
	off   []int // per sentence, its first token's index in the document
	// clusters: union-find over the document's tokens, with the pronoun
	// groups linked into each cluster
	parent  []int
	groups  [][gNominal]int32
	linked  [][2]int // tokens linked by Links
	feats   []uint64
	cands   []cref
	fs      [][]uint64 // per candidate, features (backing in flat)
	flat    []uint64
	sal     map[uint64]int
	all     []word   // the words of sc.words
	sent    []uint64 // a sentence's atoms in prepare
	nominal []bool   // a sentence's heads of definite determiners
	// candAt holds, per token and pronoun group, the start in candW of
	// the weights of the token's candFeatures for that group (-1 before
	// they are looked up)
	candAt []int32
	candW  []float32
	// linkScores' buffers
	keys   []uint64
	refs   []pc.Ref
	scores []float32
	// batch hashes a candidate's features together
	batch pc.Keys
}

// cref is one candidate: sentence and token.
type cref struct{ s, t int }

var (
	hNone = pc.String("<none>")
	hPlur = pc.String("Number=Plur")
)

// prepare computes the atoms of every token of d.
func (sc *scratch) prepare(d *doc.Document) {
	if sc.sal == nil {
		sc.sal = map[uint64]int{}
	}
	clear(sc.sal)
	sc.words = sc.words[:0]
	sc.off = sc.off[:0]
	n := 0
	for si := range d.Sentences {
		sc.off = append(sc.off, n)
		n += len(d.Sentences[si].Tokens)
	}
	sc.parent = sc.parent[:0]
	sc.groups = sc.groups[:0]
	for i := 0; i < n; i++ {
		sc.parent = append(sc.parent, i)
		sc.groups = append(sc.groups, [gNominal]int32{})
	}
	sc.candAt = slices.Grow(sc.candAt[:0], n*(gNominal+1))[:n*(gNominal+1)]
	for i := range sc.candAt {
		sc.candAt[i] = -1
	}
	sc.candW = sc.candW[:0]
	// one buffer for the document's words, one for a sentence's atoms
	sc.all = slices.Grow(sc.all[:0], n)[:n]
	for si := range d.Sentences {
		s := &d.Sentences[si]
		ws := sc.all[sc.off[si] : sc.off[si]+len(s.Tokens) : sc.off[si]+len(s.Tokens)]
		sc.sent = slices.Grow(sc.sent[:0], 3*len(s.Tokens))[:3*len(s.Tokens)]
		clear(sc.sent)
		ne, names, children := sc.sent[:len(s.Tokens)], sc.sent[len(s.Tokens):2*len(s.Tokens)], sc.sent[2*len(s.Tokens):]
		for _, e := range s.Entities {
			first := pc.String(strings.ToLower(s.Tokens[e.Start].Form))
			for i := e.Start; i < e.End && i < len(s.Tokens); i++ {
				ne[i] = pc.String(e.Type)
				names[i] = first
			}
		}
		// children counts conj dependents; nominal marks the heads of a
		// definite determiner (IsNominal, in one pass)
		sc.nominal = slices.Grow(sc.nominal[:0], len(s.Tokens))[:len(s.Tokens)]
		clear(sc.nominal)
		for j := range s.Tokens {
			t := &s.Tokens[j]
			if t.Head < 0 || t.Head >= len(s.Tokens) {
				continue
			}
			if strings.HasPrefix(t.Deprel, "conj") {
				children[t.Head]++
			}
			if (t.Deprel == "det" || t.Deprel == "det:predet") && definite(t.Form) {
				sc.nominal[t.Head] = true
			}
		}
		for i := range s.Tokens {
			t := &s.Tokens[i]
			lower := strings.ToLower(t.Form)
			w := word{lower: pc.String(lower), lemma: pc.String(strings.ToLower(t.Lemma)), upos: pc.String(t.UPOS),
				xpos: pc.String(t.XPOS), ne: ne[i], name: names[i]}
			base, _, _ := strings.Cut(t.Deprel, ":")
			w.deprel = pc.String(t.Deprel)
			w.subj = base == "nsubj"
			if w.name == 0 {
				w.name = w.lower
			}
			if w.ne == 0 {
				w.ne = hNone
			}
			w.group, w.refl, w.poss = pronoun(lower)
			switch {
			case strings.Contains(t.Feats, "Number=Plur") || t.XPOS == "NNS" || t.XPOS == "NNPS" || children[i] > 0 || w.group == gPlur:
				w.num = 2
			case strings.Contains(t.Feats, "Number=Sing") || t.XPOS == "NN" || t.XPOS == "NNP" || (w.group != gNone && w.group != gPlur):
				w.num = 1
			}
			w.cand = IsCandidate(s, i)
			w.anaphor = IsAnaphor(t)
			if sc.nominal[i] && t.UPOS == "NOUN" { // IsNominal(s, i)
				w.anaphor, w.nominal, w.group = true, true, gNominal
			}
			w.clause = clauseOf(s, i)
			if w.cand && w.group == gNone {
				k := w.lemma
				if w.ne != hNone {
					k = w.lower
				}
				w.salience = uint64(min(sc.sal[k], 4))
				sc.sal[k]++
			}
			ws[i] = w
		}
		sc.words = append(sc.words, ws)
	}
	sc.linkNames(d, func(a, b [2]int) { sc.union(a, b) })
}

func (sc *scratch) node(k [2]int) int { return sc.off[k[0]] + k[1] }

func (sc *scratch) find(i int) int {
	for sc.parent[i] != i {
		sc.parent[i] = sc.parent[sc.parent[i]]
		i = sc.parent[i]
	}
	return i
}

// union merges the clusters of tokens a and b.
func (sc *scratch) union(a, b [2]int) {
	x, y := sc.find(sc.node(a)), sc.find(sc.node(b))
	if x == y {
		return
	}
	if y < x {
		x, y = y, x
	}
	sc.parent[y] = x
	for g := range sc.groups[x] {
		sc.groups[x][g] += sc.groups[y][g]
	}
}

// link records that anaphor a refers to candidate c.
func (sc *scratch) link(a, c [2]int) {
	sc.union(a, c)
	r := sc.find(sc.node(a))
	if g := sc.words[a[0]][a[1]].group; g < gNominal {
		sc.groups[r][g]++
	}
}

// clusterGroup is the pronoun group most often linked to token k's
// cluster (0 when none), and the cluster's pronoun count, bucketed.
func (sc *scratch) clusterGroup(k [2]int) (uint64, uint64) {
	g := &sc.groups[sc.find(sc.node(k))]
	best, n := 0, int32(0)
	for i := 1; i < len(g); i++ {
		n += g[i]
		if g[i] > g[best] {
			best = i
		}
	}
	return uint64(best), bucket(int(n))
}

// linkNames calls link for every named entity of d and the last earlier
// entity of the same type and name, or, for a one-word person name, the
// last earlier person whose name ends in that word ("Norton" after
// "Joshua Norton"), with their head tokens.
func (sc *scratch) linkNames(d *doc.Document, link func(a, b [2]int)) {
	last := map[string][2]int{}
	for si := range d.Sentences {
		s := &d.Sentences[si]
		for _, e := range s.Entities {
			if e.Start < 0 || e.End > len(s.Tokens) || e.Start >= e.End {
				continue
			}
			h := e.End - 1
			for i := e.Start; i < e.End; i++ {
				if t := s.Tokens[i].Head; t < e.Start || t >= e.End {
					h = i
					break
				}
			}
			var b strings.Builder
			for i := e.Start; i < e.End; i++ {
				b.WriteString(strings.ToLower(s.Tokens[i].Form))
				b.WriteByte(' ')
			}
			name := b.String()
			key := e.Type + "\x00" + name
			if p, ok := last[key]; ok {
				link(p, [2]int{si, h})
			} else if e.Type == "person" && e.End-e.Start == 1 {
				if p, ok := last["surname\x00"+name]; ok {
					link(p, [2]int{si, h})
				}
			}
			last[key] = [2]int{si, h}
			if e.Type == "person" && e.End-e.Start > 1 {
				last["surname\x00"+strings.ToLower(s.Tokens[e.End-1].Form)+" "] = [2]int{si, h}
			}
		}
	}
}

// clauseOf returns the nearest verb or root above token i (the token's
// clause), -1 if none.
func clauseOf(s *doc.Sentence, i int) int {
	j := s.Tokens[i].Head
	for steps := 0; j >= 0 && j < len(s.Tokens) && steps < len(s.Tokens); steps++ {
		t := &s.Tokens[j]
		if t.UPOS == "VERB" || t.UPOS == "AUX" || t.Head < 0 {
			return j
		}
		j = t.Head
	}
	return -1
}

// dominates reports whether token a of s is an ancestor of token b.
func dominates(s *doc.Sentence, a, b int) bool {
	j := s.Tokens[b].Head
	for steps := 0; j >= 0 && j < len(s.Tokens) && steps < len(s.Tokens); steps++ {
		if j == a {
			return true
		}
		j = s.Tokens[j].Head
	}
	return false
}

// candidates lists the candidates of anaphor (si, ti), nearest first.
func (sc *scratch) candidates(si, ti int) []cref {
	out := sc.cands[:0]
	window := PronounWindow
	if sc.words[si][ti].nominal {
		window = NominalWindow
	}
	for s := si; s >= 0 && s >= si-window; s-- {
		ws := sc.words[s]
		end := len(ws)
		if s == si {
			end = ti
		}
		for t := end - 1; t >= 0; t-- {
			if ws[t].cand {
				out = append(out, cref{s, t})
			}
		}
	}
	sc.cands = out
	return out
}

func bucket(n int) uint64 {
	switch {
	case n < 4:
		return uint64(n)
	case n < 6:
		return 4
	case n < 10:
		return 5
	case n < 20:
		return 6
	}
	return 7
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// candTemplates are the pair templates whose feature reads the
// candidate alone and the anaphor's pronoun group (candFeatures); the
// others (linkFeatures) read the anaphor, the distance, the rank or the
// clusters. A candidate's own features are looked up once a document
// for each group (scratch.candWeights).
var candTemplates = [nPair + 1]bool{1: true, 2: true, 3: true, 4: true, 6: true, 7: true, 10: true,
	15: true, 16: true, 17: true, 21: true, 23: true, 27: true}

const (
	// nPair is the number of pair templates (1 to nPair), before those of
	// a definite noun phrase.
	nPair = 30
	// nCand is the number of candTemplates.
	nCand = 13
)

// pairFeatures appends the features of anaphor a = (si, ti) with
// candidate c, the rank-th nearest, in template order.
func (sc *scratch) pairFeatures(dst []uint64, d *doc.Document, si, ti int, c cref, rank int) []uint64 {
	var cand [nCand]uint64
	sc.candFeatures(&cand, uint64(sc.words[si][ti].group), &sc.words[c.s][c.t])
	link := sc.linkFeatures(make([]uint64, 0, nPair+7), d, si, ti, c, rank)
	ci := 0
	for t := 1; t <= nPair; t++ {
		if candTemplates[t] {
			dst = append(dst, cand[ci])
			ci++
		} else {
			dst = append(dst, link[0])
			link = link[1:]
		}
	}
	return append(dst, link...)
}

// candFeatures sets the features of candidate w for an anaphor of group
// pg, those of candTemplates in order.
func (sc *scratch) candFeatures(dst *[nCand]uint64, pg uint64, w *word) {
	cg := uint64(w.group)
	k := &sc.batch
	k.Add(1, pg, w.upos, 0)
	k.Add(2, pg, w.num, 0)
	k.Add(3, pg, w.ne, 0)
	k.Add(4, pg, cg, 0)
	k.Add(6, pg, w.lemma, 0)
	k.Add(7, pg, w.name, 0)
	k.Add(10, pg, w.deprel, 0)
	k.Add(15, pg, w.xpos, 0)
	k.Add(16, pg, w.salience, w.upos)
	k.Add(17, pg, w.ne, w.num)
	k.Add(21, pg, b2u(w.poss), cg)
	k.Add(23, pg, w.num, w.upos)
	k.Add(27, pg, w.lower, 0)
	k.AppendTo(dst[:0])
}

// linkFeatures appends the features of anaphor (si, ti) with candidate
// c, the rank-th nearest, that are not candFeatures: the other pair
// templates in order, then those of a definite noun phrase.
func (sc *scratch) linkFeatures(dst []uint64, d *doc.Document, si, ti int, c cref, rank int) []uint64 {
	p := &sc.words[si][ti]
	w := &sc.words[c.s][c.t]
	pg := uint64(p.group)
	pf := p.lower
	sd := uint64(si - c.s)
	rk := bucket(rank)
	coarg, dom := uint64(0), uint64(0)
	if c.s == si {
		s := &d.Sentences[si]
		coarg = b2u(p.clause >= 0 && p.clause == w.clause) + 1
		dom = b2u(dominates(s, c.t, ti)) + 1
	}
	cg := uint64(w.group)
	cf := uint64(0)
	if w.group != gNone {
		cf = w.lower
	}
	cgroup, csize := sc.clusterGroup([2]int{c.s, c.t})
	k := &sc.batch
	k.Add(5, pf, cf, 0)
	k.Add(8, pg, sd, 0)
	k.Add(9, pg, rk, 0)
	k.Add(11, pg, b2u(w.subj), sd)
	k.Add(12, b2u(p.subj), b2u(w.subj), sd)
	k.Add(13, pg, coarg, b2u(p.refl))
	k.Add(14, pg, dom, b2u(p.poss))
	k.Add(18, pf, w.deprel, sd)
	k.Add(19, pg, rk, w.upos)
	k.Add(20, pg, cg, rk)
	k.Add(22, p.deprel, w.deprel, 0)
	k.Add(24, pg, w.ne, rk)
	k.Add(25, pg, sd, rk)
	k.Add(26, pf, cf, sd)
	k.Add(28, pg, cgroup, 0)
	k.Add(29, pg, cgroup, csize)
	k.Add(30, pg, cgroup, w.upos)
	if p.nominal {
		match := b2u(w.lemma == p.lemma)
		k.Add(40, match, sd, 0)
		k.Add(41, p.lemma, w.lemma, 0)
		k.Add(42, p.lemma, w.ne, 0)
		k.Add(43, p.lemma, w.upos, 0)
		k.Add(44, p.num, w.num, match)
		k.Add(45, match, rk, 0)
		k.Add(46, p.lemma, cg, 0)
	}
	return k.AppendTo(dst)
}

// nullFeatures appends the features of "no antecedent" for anaphor (si, ti).
func (sc *scratch) nullFeatures(dst []uint64, d *doc.Document, si, ti int, ncands int) []uint64 {
	ws := sc.words[si]
	p := &ws[ti]
	next, prev, next2 := hNone, hNone, hNone
	if ti+1 < len(ws) {
		next = ws[ti+1].lower
	}
	if ti+2 < len(ws) {
		next2 = ws[ti+2].lemma
	}
	if ti > 0 {
		prev = ws[ti-1].lower
	}
	head := hNone
	if h := d.Sentences[si].Tokens[ti].Head; h >= 0 && h < len(ws) {
		head = ws[h].lemma
	}
	pf := p.lower
	h := pc.Hash
	return append(dst,
		h(100, pf, 0, 0),
		h(101, pf, next, 0),
		h(102, pf, p.deprel, 0),
		h(103, pf, head, 0),
		h(104, pf, prev, 0),
		h(105, pf, b2u(si == 0), 0),
		h(106, pf, bucket(ncands), 0),
		h(107, pf, next, next2),
		h(108, pf, p.deprel, head),
		h(109, uint64(p.group), p.salience, 0),
		h(110, uint64(p.group), bucket(ncands), 0),
	)
}

// score scores anaphor (si, ti)'s candidates and "no antecedent" with
// score (in training, the trainer's) and returns the index of the best
// (-1 for none) with the candidates; fs holds each one's features, the
// last entry null's. Resolve goes by linkScores, which gives the same
// scores with a frozen model.
func (sc *scratch) score(d *doc.Document, si, ti int, score func([]uint64) float32) (best int, cands []cref, fs [][]uint64) {
	cands = sc.candidates(si, ti)
	sc.flat = sc.flat[:0]
	offs := make([]int, 0, len(cands)+2)
	for r, c := range cands {
		offs = append(offs, len(sc.flat))
		sc.flat = sc.pairFeatures(sc.flat, d, si, ti, c, r)
	}
	offs = append(offs, len(sc.flat))
	sc.flat = sc.nullFeatures(sc.flat, d, si, ti, len(cands))
	offs = append(offs, len(sc.flat))
	sc.fs = sc.fs[:0]
	for i := 0; i+1 < len(offs); i++ {
		sc.fs = append(sc.fs, sc.flat[offs[i]:offs[i+1]])
	}
	sc.scores = sc.scores[:0]
	for _, f := range sc.fs {
		sc.scores = append(sc.scores, score(f))
	}
	return pick(sc.scores), cands, sc.fs
}

// linkScores scores anaphor (si, ti)'s candidates and, last, "no
// antecedent" with m: the sums of m's Score over score's features, bit
// for bit. The candidates' own features are looked up once a document
// (candWeights), the rest of every candidate's and null's in one Lookup.
func (sc *scratch) linkScores(m *pc.Model, d *doc.Document, si, ti int) ([]float32, []cref) {
	cands := sc.candidates(si, ti)
	pg := sc.words[si][ti].group
	sc.candWeights(m, cands, pg)
	sc.keys = sc.keys[:0]
	for r, c := range cands {
		sc.keys = sc.linkFeatures(sc.keys, d, si, ti, c, r)
	}
	perCand := 0
	if len(cands) > 0 {
		perCand = len(sc.keys) / len(cands)
	}
	sc.keys = sc.nullFeatures(sc.keys, d, si, ti, len(cands))
	sc.refs = slices.Grow(sc.refs[:0], len(sc.keys))[:len(sc.keys)]
	m.Lookup(sc.keys, sc.refs)
	sc.scores = sc.scores[:0]
	refs := sc.refs
	for _, c := range cands {
		cw := sc.candW[sc.candAt[sc.node([2]int{c.s, c.t})*(gNominal+1)+pg]:][:nCand]
		link := refs[:perCand]
		refs = refs[perCand:]
		// Score's sum: each feature's weight in template order
		var s float32
		for t := 1; t <= nPair; t++ {
			if candTemplates[t] {
				s += cw[0]
				cw = cw[1:]
			} else {
				s += m.Weight1(link[0])
				link = link[1:]
			}
		}
		for _, r := range link {
			s += m.Weight1(r)
		}
		sc.scores = append(sc.scores, s)
	}
	var null float32
	for _, r := range refs {
		null += m.Weight1(r)
	}
	sc.scores = append(sc.scores, null)
	return sc.scores, cands
}

// pick returns the index of the best of the scores of the candidates
// and, last, of "no antecedent" (ties to the earlier), -1 for none.
func pick(scores []float32) int {
	best := 0
	for i, s := range scores {
		if s > scores[best] {
			best = i
		}
	}
	if best == len(scores)-1 {
		return -1
	}
	return best
}

// candWeights looks up, for an anaphor of group pg, the weights of the
// candFeatures of the candidates that do not have them yet.
func (sc *scratch) candWeights(m *pc.Model, cands []cref, pg int) {
	sc.keys = sc.keys[:0]
	for _, c := range cands {
		at := &sc.candAt[sc.node([2]int{c.s, c.t})*(gNominal+1)+pg]
		if *at >= 0 {
			continue
		}
		*at = int32(len(sc.candW) + len(sc.keys))
		var f [nCand]uint64
		sc.candFeatures(&f, uint64(pg), &sc.words[c.s][c.t])
		sc.keys = append(sc.keys, f[:]...)
	}
	sc.refs = slices.Grow(sc.refs[:0], len(sc.keys))[:len(sc.keys)]
	m.Lookup(sc.keys, sc.refs)
	for _, r := range sc.refs {
		sc.candW = append(sc.candW, m.Weight1(r))
	}
}

// Train learns a model from documents with their gold tags, parses,
// named entities (ner.Gold) and chains, deterministically.
func Train(docs [][]conllu.Sentence, opt Options) *Model {
	type item struct {
		d    doc.Document
		gold map[[2]int][]int // token → chains
		ante map[[2]int]int   // anaphor → its chain, when it has an earlier mention
	}
	items := make([]item, len(docs))
	for i, sents := range docs {
		d := Gold(sents)
		items[i] = item{d: d}
		items[i].gold, items[i].ante = chainIndex(&d)
	}
	tr := pc.NewTrainer(1)
	rng := rand.New(rand.NewPCG(opt.Seed, 0x636f726566))
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	sc := &scratch{}
	var one [1]float32
	score := func(f []uint64) float32 {
		one[0] = 0
		tr.Score(f, one[:])
		return one[0]
	}
	for ep := 0; ep < opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			it := &items[k]
			sc.prepare(&it.d)
			for si := range it.d.Sentences {
				for ti := range it.d.Sentences[si].Tokens {
					if !sc.words[si][ti].anaphor {
						continue
					}
					best, cands, fs := sc.score(&it.d, si, ti, score)
					chain, anaphoric := it.ante[[2]int{si, ti}]
					// the gold: the best-scoring correct candidate, or null
					gold := -1
					if anaphoric {
						gs := float32(0)
						for i, c := range cands {
							if !hasChain(it.gold[[2]int{c.s, c.t}], chain) {
								continue
							}
							s := score(fs[i])
							if gold < 0 || s > gs {
								gold, gs = i, s
							}
						}
						if gold < 0 {
							continue // the antecedent is out of reach
						}
					}
					tr.Tick()
					if best >= 0 {
						sc.link([2]int{si, ti}, [2]int{cands[best].s, cands[best].t})
					}
					if gold == best {
						continue
					}
					gi, bi := gold, best
					if gi < 0 {
						gi = len(cands)
					}
					if bi < 0 {
						bi = len(cands)
					}
					tr.Add(fs[gi], 0, 1)
					tr.Add(fs[bi], 0, -1)
				}
			}
		}
	}
	return newModel(tr.Freeze(opt.Freeze))
}

func hasChain(cs []int, c int) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}

// Gold converts a document's sentences to a doc.Document with the gold
// annotation: tags, parses, named entities (ner.Gold) and chains.
func Gold(sents []conllu.Sentence) doc.Document {
	d := conllu.Doc(sents)
	g := ner.Gold(sents)
	for i := range d.Sentences {
		d.Sentences[i].Entities = g[i]
	}
	return d
}

// chainIndex maps each gold mention head to its chains, and each anaphor
// that heads a gold mention with an earlier mention in its chain to that
// chain.
func chainIndex(d *doc.Document) (heads map[[2]int][]int, ante map[[2]int]int) {
	heads = map[[2]int][]int{}
	ante = map[[2]int]int{}
	for ci, ch := range d.Chains {
		for _, m := range ch {
			k := [2]int{m.Sent, m.Head}
			heads[k] = append(heads[k], ci)
		}
	}
	for ci, ch := range d.Chains {
		for _, m := range ch {
			t := &d.Sentences[m.Sent].Tokens[m.Head]
			if !(IsAnaphor(t) && m.End-m.Start == 1) && !IsNominal(&d.Sentences[m.Sent], m.Head) {
				continue
			}
			for _, e := range ch {
				if e.Sent < m.Sent || (e.Sent == m.Sent && e.Start < m.Start) {
					if _, ok := ante[[2]int{m.Sent, m.Head}]; !ok {
						ante[[2]int{m.Sent, m.Head}] = ci
					}
					break
				}
			}
		}
	}
	return heads, ante
}

// Link is an anaphor's chosen antecedent.
type Link struct {
	Sent, Tok         int // the anaphor
	AnteSent, AnteTok int // the antecedent's head
}

// Links returns, for every anaphor of d in order, its antecedent (none
// when the model chooses no antecedent).
func (m *Model) Links(d *doc.Document) []Link {
	sc := m.pool.Get().(*scratch)
	defer m.pool.Put(sc)
	return m.links(sc, d)
}

func (m *Model) links(sc *scratch, d *doc.Document) []Link {
	sc.prepare(d)
	sc.linked = sc.linked[:0]
	var out []Link
	for si := range d.Sentences {
		for ti := range d.Sentences[si].Tokens {
			if !sc.words[si][ti].anaphor {
				continue
			}
			scores, cands := sc.linkScores(m.pm, d, si, ti)
			best := pick(scores)
			if best >= 0 {
				out = append(out, Link{si, ti, cands[best].s, cands[best].t})
				sc.link([2]int{si, ti}, [2]int{cands[best].s, cands[best].t})
				sc.linked = append(sc.linked, [2]int{si, ti}, [2]int{cands[best].s, cands[best].t})
			}
		}
	}
	return out
}

// Resolve sets d.Chains: the pronoun links of the model, and links of a
// proper name to the last earlier mention of the same name or, for a
// person named by one word, of a person whose name ends in it ("Norton"
// after "Joshua Norton"). Each chain is in text order; chains in order
// of their first mention; a mention's span is MentionSpan of its head.
// Sentences need tags and parses; Entities (from the entity recognizer)
// help.
func (m *Model) Resolve(d *doc.Document) {
	sc := m.pool.Get().(*scratch)
	defer m.pool.Put(sc)
	m.links(sc, d)
	member := make([]bool, len(sc.parent))
	for _, l := range sc.linked {
		member[sc.node(l)] = true
	}
	sc.linkNames(d, func(a, b [2]int) {
		member[sc.node(a)], member[sc.node(b)] = true, true
	})
	index := map[int]int{} // cluster root → chain
	d.Chains = nil
	for si := range d.Sentences {
		for ti := range d.Sentences[si].Tokens {
			k := [2]int{si, ti}
			if !member[sc.node(k)] {
				continue
			}
			r := sc.find(sc.node(k))
			c, ok := index[r]
			if !ok {
				c = len(d.Chains)
				index[r] = c
				d.Chains = append(d.Chains, nil)
			}
			st, en := MentionSpan(&d.Sentences[si], ti)
			d.Chains[c] = append(d.Chains[c], doc.Mention{Sent: si, Start: st, End: en, Head: ti})
		}
	}
	out := d.Chains[:0]
	for _, ch := range d.Chains {
		if len(ch) > 1 {
			out = append(out, ch)
		}
	}
	d.Chains = out
}

// WriteTo writes the model (gzip-compressed, deterministic bytes).
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	n, err := m.pm.WriteTo(w)
	if err != nil {
		return n, fmt.Errorf("coref: writing model: %w", err)
	}
	return n, nil
}

// Load reads a model written by WriteTo.
func Load(r io.Reader) (*Model, error) {
	pm, err := pc.Read(r)
	if err != nil {
		return nil, fmt.Errorf("coref: loading model: %w", err)
	}
	if pm.Classes() != 1 {
		return nil, fmt.Errorf("coref: model has %d classes, want 1", pm.Classes())
	}
	return newModel(pm), nil
}

// Features is the number of features the model keeps.
func (m *Model) Features() int { return m.pm.Features() }
