// Package ner finds named entities (person, organization, place) in
// tagged sentences with an averaged-perceptron sequence labeller trained
// on GUM's entity annotation.
//
// # What is an entity
//
// Training and scoring use one definition (Gold): a GUM entity mention
// whose syntactic head is a proper noun (PROPN), cut down to its
// proper-name part by NamePart: the head's words without clauses,
// appositions, conjuncts, possessors and (for people, when not
// title-cased, or when a locative preposition marks them: "Stadium in
// Doha") prepositional modifiers, then, for people, without a title or
// role before the name ("Halden Bank spokesman Tomas Reyes" gives "Tomas
// Reyes", and "Halden Bank" is a name of its own), without leading words
// that are not capitalized or are determiners or numbers ("the",
// "former") and trailing particles, punctuation, pronouns and adverbs
// (the possessive 's, "himself"). Of nested or crossing
// spans only the outermost (then the earliest) are kept, over all types;
// then only person, organization and place spans are reported and scored.
// So "the University of California's budget" gives "University of
// California" (organization), "Lee of the Labour Party" gives "Lee"
// (person), "Reyl, a former mayor of Ostvale," gives "Reyl" and
// "Ostvale".
//
// # Model
//
// Each token gets a BILOU label (O, or B, I, L, U of a type), left to
// right, greedily, with the two previous labels as features and BILOU's
// transition constraints. The model learns six types: the three it
// reports, and event, time and other (GUM's abstract, object, substance,
// animal and plant names), so that "Hantavirus" or "Monday" are learnt as
// names of another kind rather than as non-names; those three are
// dropped from the output.
//
// Features: the word, its lowercase form, shape, prefixes and suffixes,
// the words, tags and shapes of a ±2 window, the lemma, the dependency
// relation and the head's lemma and tag, the Lexicon's kind of the token
// and of the capitalized run holding it, the run's first and last words
// and the words around it (titles, "in", "said"), whether the token
// starts its sentence, a short list's class of the word, of its
// neighbours, of the run's last word and of the word before the run
// (organization words such as "Agency", place words such as "Island"),
// and, in AnnotateDocument, the type last given to the same word earlier
// in the document ("Norton" after "Joshua Norton"). In training,
// capitalized words lose their identity with probability Options.Dropout,
// so that the model learns to read unseen names from their context.
//
// A span typer then re-types each span from features of the whole span
// (its words, ends, length, lexicon kind, word classes, the words around
// it, its head's relation, governor, preposition and determiner, the
// types given to its words earlier in the document, and the labeller's
// type, which in training comes from labellers that did not see the
// document). The typer may also reject a span: it learns to from the
// spans those jackknifed labellers found that overlap no gold span (one
// that overlaps a gold span with other bounds teaches that span's type:
// rejecting "Kenyan President Ana Reyl", which holds a name, lost names
// the extractor needs). Last, spans of a document that read the same
// share one type: the one their summed typer scores favour. A person's
// span then starts after its last lower-case common noun, as in Gold
// ("Halden Bank spokesman Tomas Reyes" gives "Tomas Reyes").
//
// AnnotateDocument is the way to annotate an article: reading sentences
// one by one with Annotate loses the document memory and the vote (about
// 5 points of F1 on GUM dev).
//
// A Model is read-only and safe for concurrent use.
package ner

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"sync"

	"github.com/actorgraph/actorgraph/nlp/conllu"
	"github.com/actorgraph/actorgraph/nlp/doc"
	pc "github.com/actorgraph/actorgraph/nlp/perceptron"
)

// Lexicon tells what a capitalized word or run of words is known as:
// "country", "region", "city", "demonym", … or "" when unknown. The same
// lexicon must be given to Train and Annotate. It must be safe for
// concurrent use.
type Lexicon interface {
	Kind(name string) string
}

// Label classes: 0 is O; then for type t, 1+4t+{0 B, 1 I, 2 L, 3 U}.
const (
	bB = iota
	bI
	bL
	bU
)

var nClasses = 1 + 4*len(classTypes)

func label(typ, k int) int { return 1 + 4*typ + k }

func split(c int) (typ, k int) {
	if c == 0 {
		return -1, -1
	}
	return (c - 1) / 4, (c - 1) % 4
}

// Labels returns the BILOU classes of n tokens with spans es (which must
// not overlap; unknown types are ignored).
func Labels(n int, es []doc.Entity) []int {
	out := make([]int, n)
	for _, e := range es {
		t := typeIndex(e.Type)
		if t < 0 || e.Start < 0 || e.End > n || e.Start >= e.End {
			continue
		}
		if e.End-e.Start == 1 {
			out[e.Start] = label(t, bU)
			continue
		}
		out[e.Start] = label(t, bB)
		for i := e.Start + 1; i < e.End-1; i++ {
			out[i] = label(t, bI)
		}
		out[e.End-1] = label(t, bL)
	}
	return out
}

// Spans decodes BILOU classes to spans. An ill-formed sequence (which
// greedy decoding with constraints never produces) is read leniently: a
// span ends at L or at a label that does not continue it.
func Spans(labels []int) []doc.Entity {
	var out []doc.Entity
	start, typ := -1, -1
	for i, c := range labels {
		t, k := split(c)
		if start >= 0 && (t != typ || k == bB || k == bU) {
			out = append(out, doc.Entity{Start: start, End: i, Type: classTypes[typ]})
			start = -1
		}
		switch k {
		case bU:
			out = append(out, doc.Entity{Start: i, End: i + 1, Type: classTypes[t]})
		case bB, bI:
			if start < 0 {
				start, typ = i, t
			}
		case bL:
			if start < 0 {
				start, typ = i, t
			}
			out = append(out, doc.Entity{Start: start, End: i + 1, Type: classTypes[typ]})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, doc.Entity{Start: start, End: len(labels), Type: classTypes[typ]})
	}
	return out
}

// positions holds where newModel puts each class's score in the
// labeller's scores: first the classes that may follow O (O, each type's
// B, each type's U), then from insideFrom each type's I and L, which only
// follow a B or an I and which a token after O, most tokens, does not
// score (Defer): about half the classes.
var positions, insideFrom = func() ([]int, int) {
	n := len(classTypes)
	pos := make([]int, nClasses)
	for t := range n {
		pos[label(t, bB)] = 1 + t
		pos[label(t, bU)] = 1 + n + t
		pos[label(t, bI)] = 1 + 2*n + 2*t
		pos[label(t, bL)] = 2 + 2*n + 2*t
	}
	return pos, 1 + 2*n
}()

// inside reports whether class c opens a name that the next token
// continues (B or I).
func inside(c int) bool {
	_, k := split(c)
	return k == bB || k == bI
}

// argmaxAt is pc.Argmax over the classes, whose scores lie at their
// positions: the allowed class with the largest score, ties going to the
// lower class.
func argmaxAt(scores []float32, allowed []bool) int {
	best := -1
	var top float32
	for c, ok := range allowed {
		if !ok {
			continue
		}
		if s := scores[positions[c]]; best < 0 || s > top {
			best, top = c, s
		}
	}
	return best
}

// allowedAfter is the mask allowed gives for prev and last, computed
// once.
func allowedAfter(prev int, last bool) []bool {
	i := 2 * (prev + 1)
	if last {
		i++
	}
	return allowedMasks[i]
}

// allowedMasks holds allowed's masks, after -1 (the start) and each
// class, at a token that is not last and at one that is.
var allowedMasks = func() [][]bool {
	var out [][]bool
	for prev := -1; prev < nClasses; prev++ {
		for _, last := range []bool{false, true} {
			mask := make([]bool, nClasses)
			allowed(mask, prev, last)
			out = append(out, mask)
		}
	}
	return out
}()

// allowed marks the classes that may follow prev (-1 at the start) at a
// token that is last or not.
func allowed(mask []bool, prev int, last bool) {
	pt, pk := split(prev)
	open := prev >= 0 && (pk == bB || pk == bI)
	for c := range mask {
		t, k := split(c)
		var ok bool
		switch {
		case open:
			ok = t == pt && (k == bI || k == bL)
		default:
			ok = c == 0 || k == bB || k == bU
		}
		if last && (k == bB || k == bI) {
			ok = false
		}
		mask[c] = ok
	}
}

// Options control training.
type Options struct {
	// Epochs is the number of passes over the training sentences.
	Epochs int
	// Seed fixes the shuffle of documents before each epoch and the
	// dropout.
	Seed uint64
	// Dropout is the probability with which a capitalized word's identity
	// is hidden in a training pass, so that the model learns to read
	// names it has not seen from their context, shape and lexicon kind.
	Dropout float64
	// Folds is the number of folds of the jackknife that gives the
	// typer the labeller's types on its training documents.
	Folds int
	// Reject teaches the typer to drop the spans the labeller finds
	// that overlap no gold span; one that overlaps a gold span teaches
	// that span's type.
	Reject bool
	// TyperEpochs is the number of passes of the span typer's training
	// (0: no typer, the labeller's types stand).
	TyperEpochs int
	// Freeze prunes the trained weights.
	Freeze pc.FreezeOptions
}

// DefaultOptions are the options the committed model is trained with.
func DefaultOptions() Options {
	return Options{Epochs: 8, Seed: 11, Dropout: 0.25, TyperEpochs: 8, Folds: 8, Reject: true, Freeze: pc.FreezeOptions{MinCount: 1, MinWeight: 0.01}}
}

// Model is a trained recognizer.
type Model struct {
	pm    *pc.Model
	typer *pc.Model // re-types spans (nil: keep the labeller's types)
	pool  sync.Pool
}

type scratch struct {
	ts []tok
	// docTs holds the atoms of a document's sentences one after the
	// other, sentence i's from docStart[i], as annotateAllScratch
	// prepared them: propagate reads them again
	docTs    []tok
	docStart []int
	buf      []byte
	keys     pc.Keys
	feats    []uint64
	static   []float32
	scores   []float32
	mask     []bool
	labels   []int
	mem      memory
	votes    []vote
	sums     map[uint64]*[8]float32
	kinds    memoLexicon
	// spanScores holds the typer's scores of the sentence's spans
	spanScores []float32
}

func newModel(pm, typer *pc.Model) *Model {
	pm.Permute(positions)
	pm.Defer(insideFrom, nClasses)
	m := &Model{pm: pm, typer: typer}
	m.pool.New = func() any {
		return &scratch{static: make([]float32, nClasses), scores: make([]float32, nClasses),
			mask: make([]bool, nClasses), buf: make([]byte, 0, 256)}
	}
	return m
}

type example struct {
	s    doc.Sentence
	gold []int
	lab  []doc.Entity // the spans a jackknifed labeller found
}

// memory remembers, within a document, the type of the last entity each
// capitalized word was part of.
type memory map[uint64]uint64

// apply sets the mem atom of ts from m.
func (m memory) apply(ts []tok) {
	for i := range ts {
		if ts[i].capital {
			ts[i].mem = m[ts[i].key]
		}
	}
}

// add records the entities es of a sentence with atoms ts.
func (m memory) add(ts []tok, es []doc.Entity) {
	for _, e := range es {
		if e.Type == "" {
			continue // rejected
		}
		t := uint64(typeIndex(e.Type) + 1)
		for i := e.Start; i < e.End; i++ {
			if ts[i].capital {
				m[ts[i].key] = t
			}
		}
	}
}

// Examples converts documents to documents with gold tags and parses
// whose sentences' Entities are the gold spans (Gold, with the unreported
// types event, time and other as well), as Train and Evaluate read them.
func Examples(docs [][]conllu.Sentence) []doc.Document {
	var out []doc.Document
	for _, d := range docs {
		dd := conllu.Doc(d)
		dd.Chains = nil
		g := goldAll(d)
		for i := range dd.Sentences {
			dd.Sentences[i].Entities = g[i]
		}
		out = append(out, dd)
	}
	return out
}

// Train learns a model from documents (their gold tags, parses and
// entities), deterministically for given data and options.
func Train(docs [][]conllu.Sentence, lex Lexicon, opt Options) *Model {
	return TrainDocuments(Examples(docs), lex, opt)
}

// TrainDocuments learns a model from documents whose sentences' Entities
// are the gold spans (tags and parses may be predicted).
func TrainDocuments(docs []doc.Document, lex Lexicon, opt Options) *Model {
	exs := make([][]example, len(docs))
	for i, d := range docs {
		for _, s := range d.Sentences {
			exs[i] = append(exs[i], example{s: s, gold: Labels(len(s.Tokens), s.Entities)})
		}
	}
	pm := trainLabeller(exs, lex, opt)
	if opt.TyperEpochs == 0 {
		return newModel(pm, nil)
	}
	// the typer reads the labeller's types, from labellers that did not
	// see the document (jackknifing), as they will be on new text
	folds := max(opt.Folds, 2)
	for f := 0; f < folds; f++ {
		var rest [][]example
		for i := range exs {
			if i%folds != f {
				rest = append(rest, exs[i])
			}
		}
		fm := newModel(trainLabeller(rest, lex, opt), nil)
		for i := range exs {
			if i%folds != f {
				continue
			}
			d := doc.Document{}
			for _, ex := range exs[i] {
				d.Sentences = append(d.Sentences, ex.s)
			}
			for j, es := range fm.annotateAll(&d, lex) {
				exs[i][j].lab = es
			}
		}
	}
	return newModel(pm, trainTyper(exs, lex, opt))
}

// trainLabeller learns the BILOU labeller.
func trainLabeller(exs [][]example, lex Lexicon, opt Options) *pc.Model {
	tr := pc.NewTrainer(nClasses)
	rng := rand.New(rand.NewPCG(opt.Seed, 0x6e6572))
	sc := &scratch{static: make([]float32, nClasses), scores: make([]float32, nClasses), mask: make([]bool, nClasses)}
	passes(exs, lex, opt, opt.Epochs, rng, sc, func(ep int, ex *example) []doc.Entity {
		p1, p2 := -1, -1
		sc.labels = sc.labels[:0]
		for i := range ex.s.Tokens {
			static(&sc.keys, sc.ts, i)
			dynamic(&sc.keys, sc.ts, i, p1, p2)
			sc.feats = sc.keys.AppendTo(sc.feats[:0])
			clear(sc.scores)
			tr.Score(sc.feats, sc.scores)
			allowed(sc.mask, p1, i == len(ex.s.Tokens)-1)
			guess := pc.Argmax(sc.scores, sc.mask)
			tr.Tick()
			if ep == 0 {
				tr.Observe(sc.feats)
			}
			tr.Update(sc.feats, ex.gold[i], guess)
			p2, p1 = p1, guess
			sc.labels = append(sc.labels, guess)
		}
		return Spans(sc.labels)
	})
	return tr.Freeze(opt.Freeze)
}

// passes runs epochs over the documents of exs in an order rng shuffles
// anew each epoch. Each sentence is prepared with what its document said
// before (the memory), capitalized words are dropped out at the rate opt
// gives, and learn reads it and returns the spans it found, which the
// memory keeps for the rest of the document. The labeller and the typer
// train through it, so both see the same preparation.
func passes(exs [][]example, lex Lexicon, opt Options, epochs int, rng *rand.Rand, sc *scratch, learn func(ep int, ex *example) []doc.Entity) {
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	mem := memory{}
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, di := range order {
			clear(mem)
			for _, ex := range exs[di] {
				sc.ts, sc.buf = prepare(sc.ts, &ex.s, lex, sc.buf)
				mem.apply(sc.ts)
				for i := range sc.ts {
					if sc.ts[i].capital && rng.Float64() < opt.Dropout {
						drop(sc.ts, i)
					}
				}
				mem.add(sc.ts, learn(ep, &ex))
			}
		}
	}
}

// typerClasses is the number of the typer's classes: the class types and
// a last one, reject, for a span that is not an entity.
var typerClasses = len(classTypes) + 1

// typerType is the type of typer class c ("" for reject).
func typerType(c int) string {
	if c >= len(classTypes) {
		return ""
	}
	return classTypes[c]
}

// trainTyper learns the span typer from the gold spans of exs and, as
// rejects, the spans the jackknifed labellers found that are not gold.
func trainTyper(exs [][]example, lex Lexicon, opt Options) *pc.Model {
	if opt.TyperEpochs == 0 {
		return nil
	}
	k := typerClasses
	tr := pc.NewTrainer(k)
	rng := rand.New(rand.NewPCG(opt.Seed, 0x7479706572))
	sc := &scratch{scores: make([]float32, k)}
	passes(exs, lex, opt, opt.TyperEpochs, rng, sc, func(ep int, ex *example) []doc.Entity {
		var es []doc.Entity
		learn := func(e doc.Entity, gold int) {
			sc.feats, sc.buf = spanFeatures(sc.feats[:0], &ex.s, sc.ts, e.Start, e.End, labType(ex.lab, e), lex, sc.buf)
			clear(sc.scores)
			tr.Score(sc.feats, sc.scores)
			guess := pc.Argmax(sc.scores, nil)
			tr.Tick()
			if ep == 0 {
				tr.Observe(sc.feats)
			}
			tr.Update(sc.feats, gold, guess)
			es = append(es, doc.Entity{Start: e.Start, End: e.End, Type: typerType(guess)})
		}
		for _, e := range ex.s.Entities {
			learn(e, typeIndex(e.Type))
		}
		if opt.Reject {
			for _, e := range ex.lab {
				if hasSpan(ex.s.Entities, e) {
					continue
				}
				// a span that overlaps a gold one has its bounds
				// wrong, not its type: the typer learns that type, for
				// rejecting it would lose a name ("Kenyan President
				// Ana Reyl" where GUM has "Ana Reyl")
				if g := overlapping(ex.s.Entities, e); g >= 0 {
					learn(e, typeIndex(ex.s.Entities[g].Type))
				} else {
					learn(e, len(classTypes))
				}
			}
		}
		return es
	})
	return tr.Freeze(opt.Freeze)
}

// cutTitles starts each person span of s after its last lower-case
// common noun, a title or role the name does not hold, as Gold does
// ("Halden Bank spokesman Tomas Reyes" gives "Tomas Reyes").
func cutTitles(s *doc.Sentence, es []doc.Entity) []doc.Entity {
	for i := range es {
		e := &es[i]
		if e.Type != "person" {
			continue
		}
		for k := e.End - 2; k >= e.Start; k-- {
			if t := &s.Tokens[k]; t.UPOS == "NOUN" && !capitalized(t.Form) {
				e.Start = k + 1
				break
			}
		}
	}
	return es
}

func hasSpan(es []doc.Entity, e doc.Entity) bool {
	for _, x := range es {
		if x.Start == e.Start && x.End == e.End {
			return true
		}
	}
	return false
}

// vote is a span's typer scores.
type vote struct {
	sent, ent int
	key       uint64 // the span's case-folded words
	scores    [8]float32
}

// spanKey hashes the lowercase words of e.
func spanKey(ts []tok, e doc.Entity) uint64 {
	k := uint64(0)
	for i := e.Start; i < e.End; i++ {
		k = pc.Hash(90, k, ts[i].lower, 0)
	}
	return k
}

// retype sets the types of es (spans of s, whose atoms are sc.ts) to the
// typer's.
func (m *Model) retype(sc *scratch, s *doc.Sentence, es []doc.Entity, lex Lexicon) {
	if m.typer == nil {
		return
	}
	k := typerClasses
	sc.spanScores = sc.spanScores[:0]
	for i := range es {
		sc.feats, sc.buf = spanFeatures(sc.feats[:0], s, sc.ts, es[i].Start, es[i].End, labType(es, es[i]), lex, sc.buf)
		n := len(sc.spanScores)
		for range k {
			sc.spanScores = append(sc.spanScores, 0)
		}
		scores := sc.spanScores[n : n+k]
		m.typer.Score(sc.feats, scores)
		es[i].Type = typerType(pc.Argmax(scores, nil))
	}
}

// Annotate sets s.Entities to the entities found in s's tokens (which
// need Form, UPOS, XPOS and Lemma; Head and Deprel help when present),
// reading s alone. AnnotateDocument does better on a whole document.
func (m *Model) Annotate(s *doc.Sentence, lex Lexicon) {
	sc := m.pool.Get().(*scratch)
	defer m.pool.Put(sc)
	sc.labels = m.label(sc, s, lex, nil)
	es := Spans(sc.labels)
	m.retype(sc, s, es, lex)
	s.Entities = keepReported(cutTitles(s, es))
}

// AnnotateDocument sets the Entities of each of d's sentences, in order,
// remembering the types given to words earlier in the document ("Norton"
// after "Joshua Norton").
func (m *Model) AnnotateDocument(d *doc.Document, lex Lexicon) {
	sc := m.pool.Get().(*scratch)
	defer m.pool.Put(sc)
	if sc.mem == nil {
		sc.mem = memory{}
	}
	all := m.annotateAllScratch(sc, d, lex)
	m.propagate(sc, d, all)
	for i := range d.Sentences {
		d.Sentences[i].Entities = keepReported(cutTitles(&d.Sentences[i], all[i]))
	}
}

// propagate adds to all (the spans of d's sentences) the capitalized
// runs that read like an entity found elsewhere in the document, with
// its type: a name the labeller missed in one sentence ("Athens was
// thriving", first word) but found in another. Only whole runs are
// taken, not the words of a longer name ("University of Athens"), and
// only where no span is.
func (m *Model) propagate(sc *scratch, d *doc.Document, all [][]doc.Entity) {
	found := map[uint64]string{}
	for i := range d.Sentences {
		ts := sc.sentence(i)
		for _, e := range all[i] {
			if reported(e.Type) {
				found[spanKey(ts, e)] = e.Type
			}
		}
	}
	if len(found) == 0 {
		return
	}
	for i := range d.Sentences {
		ts := sc.sentence(i)
		for a := 0; a < len(ts); {
			if !ts[a].capital {
				a++
				continue
			}
			b := a + 1
			for b < len(ts) && ts[b].capital {
				b++
			}
			e := doc.Entity{Start: a, End: b}
			if typ, ok := found[spanKey(ts, e)]; ok && !overlaps(all[i], e) && (ts[a].runKind != 0 || singularProper(d.Sentences[i].Tokens[a:b])) {
				e.Type = typ
				all[i] = append(all[i], e)
			}
			a = b
		}
		slices.SortFunc(all[i], func(x, y doc.Entity) int { return x.Start - y.Start })
	}
}

// singularProper reports whether every token is tagged a proper noun
// whose lemma is the capitalized word: not a plural of a common noun
// ("Senators", lemma "senator") the labeller rightly left out. (A run
// the lexicon knows is taken whatever its tags: the tagger reads a
// sentence's first word "Athens" as a plural noun.)
func singularProper(ts []doc.Token) bool {
	for _, t := range ts {
		if t.UPOS != "PROPN" || !capitalized(t.Lemma) {
			return false
		}
	}
	return true
}

// overlaps reports whether e shares a token with one of es.
func overlaps(es []doc.Entity, e doc.Entity) bool {
	for _, x := range es {
		if x.Start < e.End && e.Start < x.End {
			return true
		}
	}
	return false
}

// annotateAll returns the spans of every class type of d's sentences.
func (m *Model) annotateAll(d *doc.Document, lex Lexicon) [][]doc.Entity {
	sc := m.pool.Get().(*scratch)
	defer m.pool.Put(sc)
	if sc.mem == nil {
		sc.mem = memory{}
	}
	return m.annotateAllScratch(sc, d, lex)
}

func (m *Model) annotateAllScratch(sc *scratch, d *doc.Document, lex Lexicon) [][]doc.Entity {
	lex = sc.kinds.of(lex)
	clear(sc.mem)
	sc.votes = sc.votes[:0]
	sc.docTs, sc.docStart = sc.docTs[:0], sc.docStart[:0]
	all := make([][]doc.Entity, len(d.Sentences))
	for i := range d.Sentences {
		s := &d.Sentences[i]
		sc.labels = m.label(sc, s, lex, sc.mem)
		sc.keep()
		es := Spans(sc.labels)
		m.retype(sc, s, es, lex)
		for j := range es {
			if m.typer == nil {
				break
			}
			v := vote{sent: i, ent: j, key: spanKey(sc.ts, es[j])}
			copy(v.scores[:], sc.spanScores[j*typerClasses:])
			sc.votes = append(sc.votes, v)
		}
		sc.mem.add(sc.ts, es)
		all[i] = es
	}
	if m.typer != nil {
		m.vote(sc, all)
	}
	return all
}

// memoLexicon is a Lexicon that remembers the kinds it gave for a
// document: an article names the same places and bodies again and again,
// and a look-up in the gazetteer folds and allocates. A Lexicon gives a
// name the same kind every time, so the kinds are those of the lexicon.
type memoLexicon struct {
	lex   Lexicon
	kinds map[string]string
}

// of returns lex remembering anew (nil for a nil lex).
func (m *memoLexicon) of(lex Lexicon) Lexicon {
	if lex == nil {
		return nil
	}
	if m.kinds == nil {
		m.kinds = map[string]string{}
	}
	clear(m.kinds)
	m.lex = lex
	return m
}

// Kind is the lexicon's kind of name.
func (m *memoLexicon) Kind(name string) string {
	k, ok := m.kinds[name]
	if !ok {
		k = m.lex.Kind(name)
		m.kinds[name] = k
	}
	return k
}

// keep adds the atoms of the sentence just prepared (sc.ts) to the
// document's.
func (sc *scratch) keep() {
	sc.docStart = append(sc.docStart, len(sc.docTs))
	sc.docTs = append(sc.docTs, sc.ts...)
}

// sentence returns the atoms of the document's sentence i, as
// annotateAllScratch kept them.
func (sc *scratch) sentence(i int) []tok {
	end := len(sc.docTs)
	if i+1 < len(sc.docStart) {
		end = sc.docStart[i+1]
	}
	return sc.docTs[sc.docStart[i]:end]
}

// vote gives the spans of a document that read the same (case-folded)
// the type their typer scores favour together.
func (m *Model) vote(sc *scratch, all [][]doc.Entity) {
	k := typerClasses
	if sc.sums == nil {
		sc.sums = map[uint64]*[8]float32{}
	}
	clear(sc.sums)
	for i := range sc.votes {
		v := &sc.votes[i]
		acc := sc.sums[v.key]
		if acc == nil {
			acc = &v.scores // the first vote keeps the sum
			sc.sums[v.key] = acc
			continue
		}
		for c := 0; c < k; c++ {
			acc[c] += v.scores[c]
		}
	}
	for _, v := range sc.votes {
		acc := sc.sums[v.key]
		all[v.sent][v.ent].Type = typerType(pc.Argmax(acc[:k], nil))
	}
}

func (m *Model) label(sc *scratch, s *doc.Sentence, lex Lexicon, mem memory) []int {
	sc.ts, sc.buf = prepare(sc.ts, s, lex, sc.buf)
	if mem != nil {
		mem.apply(sc.ts)
	}
	labels := sc.labels[:0]
	p1, p2 := -1, -1
	for i := range s.Tokens {
		static(&sc.keys, sc.ts, i)
		dynamic(&sc.keys, sc.ts, i, p1, p2)
		sc.feats = sc.keys.AppendTo(sc.feats[:0])
		clear(sc.scores)
		if inside(p1) {
			m.pm.Score(sc.feats, sc.scores)
		} else {
			m.pm.ScoreExcept(sc.feats, sc.scores)
		}
		c := argmaxAt(sc.scores, allowedAfter(p1, i == len(s.Tokens)-1))
		labels = append(labels, c)
		p2, p1 = p1, c
	}
	return labels
}

const magic = "AGNER1"

// WriteTo writes the model: a header, then the labeller's and the
// typer's perceptron models (each gzip-compressed) with their lengths.
// The bytes depend only on the model.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var b bytes.Buffer
	b.WriteString(magic)
	for _, pm := range []*pc.Model{m.pm, m.typer} {
		var part bytes.Buffer
		if pm != nil {
			if _, err := pm.WriteTo(&part); err != nil {
				return 0, fmt.Errorf("ner: writing model: %w", err)
			}
		}
		b.Write(binary.AppendUvarint(nil, uint64(part.Len())))
		b.Write(part.Bytes())
	}
	n, err := w.Write(b.Bytes())
	if err != nil {
		return int64(n), fmt.Errorf("ner: writing model: %w", err)
	}
	return int64(n), nil
}

// Load reads a model written by WriteTo.
func Load(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("ner: loading model: not an entity model")
	}
	var parts [2]*pc.Model
	for i := range parts {
		n, err := binary.ReadUvarint(br)
		if err != nil || n > 1<<30 {
			return nil, fmt.Errorf("ner: loading model: bad length: %v", err)
		}
		if n == 0 {
			continue
		}
		pm, err := pc.Read(io.LimitReader(br, int64(n)))
		if err != nil {
			return nil, fmt.Errorf("ner: loading model: %w", err)
		}
		parts[i] = pm
	}
	if parts[0] == nil || parts[0].Classes() != nClasses {
		return nil, fmt.Errorf("ner: loading model: the labeller is missing or has the wrong classes")
	}
	if parts[1] != nil && parts[1].Classes() != typerClasses {
		return nil, fmt.Errorf("ner: loading model: typer has %d classes, want %d", parts[1].Classes(), typerClasses)
	}
	return newModel(parts[0], parts[1]), nil
}

// Features is the number of features the model keeps.
func (m *Model) Features() int { return m.pm.Features() }

// overlapping returns the index of the first of es that shares a token
// with e, -1 if none.
func overlapping(es []doc.Entity, e doc.Entity) int {
	for i, x := range es {
		if x.Start < e.End && e.Start < x.End {
			return i
		}
	}
	return -1
}
