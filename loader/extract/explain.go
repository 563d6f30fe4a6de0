package extract

import (
	"slices"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// Explanation says why the extractor states a fact: the rule that made
// it and, for the structure rules, the words and dependency arcs it
// matched.
type Explanation struct {
	Fact domain.Fact
	Rule string
	Match
}

// Match is what a structure rule matched in its sentence.
type Match struct {
	Words []string // the matched tokens, in sentence order
	Arcs  []string // each matched token's arc to its head: "spokesman -compound→ Kremlin"
}

// Explain extracts a and returns, with the extraction, one explanation
// per fact the extraction keeps (the first rule that stated it).
func Explain(a domain.Article) (domain.Extraction, []Explanation) {
	x := newExtractor(gazetteer.Default(), a)
	x.cache = &defaultCache
	x.run()
	ex := x.result()
	type key struct {
		s, o    string
		p       domain.Predicate
		literal bool
	}
	first := map[key]Explanation{}
	for _, w := range x.why {
		k := key{w.Fact.Subject, w.Fact.Object, w.Fact.Predicate, w.Fact.Literal}
		if old, ok := first[k]; !ok || w.Fact.Sentence < old.Fact.Sentence {
			first[k] = w
		}
	}
	out := make([]Explanation, 0, len(ex.Facts))
	for _, f := range ex.Facts {
		w := first[key{f.Subject, f.Object, f.Predicate, f.Literal}]
		w.Fact = f
		out = append(out, w)
	}
	return ex, out
}

// trace records the tokens a structure rule matched, for the facts it
// states next.
func (x *extractor) trace(ps *psent, toks []int) {
	toks = slices.Clone(toks)
	slices.Sort(toks)
	m := &Match{}
	for _, k := range slices.Compact(toks) {
		m.Words = append(m.Words, ps.tok(k).Form)
		m.Arcs = append(m.Arcs, ps.arc(k))
	}
	x.matched = m
}
