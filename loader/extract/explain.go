package extract

import (
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// Explanation says why the extractor states a fact: the rule that made
// it and, for the structure rules, the words and dependency arcs it
// matched.
type Explanation struct {
	Fact graph.Fact
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
func Explain(a graph.Article) (graph.Extraction, []Explanation) {
	x := newExtractor(gazetteer.Default(), a)
	x.cache = &defaultCache
	x.run()
	ex := x.result()
	type key struct {
		s, o    string
		p       graph.Predicate
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
	m := &Match{}
	seen := map[int]bool{}
	for k := range ps.d.Tokens {
		for _, t := range toks {
			if t == k && !seen[k] {
				seen[k] = true
				m.Words = append(m.Words, ps.tok(k).Form)
				m.Arcs = append(m.Arcs, ps.arc(k))
			}
		}
	}
	x.matched = m
}

// structureEntity returns the entity of type t named name for tokens
// [start, end) of ps, recording the mention in the token rules'
// sentence too; nil when the tokens do not line up.
func (x *extractor) structureEntity(ps *psent, t graph.NodeType, name string, start, end int) *entity {
	lo := ps.tok(start).Start - ps.d.Start
	hi := ps.tok(end-1).End - ps.d.Start
	os, oe := -1, -1
	for k, tk := range ps.s.toks {
		if tk.start == lo {
			os = k
		}
		if tk.end == hi {
			oe = k + 1
		}
	}
	if os < 0 || oe <= os {
		return nil
	}
	e := x.entity(t, name)
	x.mention(ps.s, os, oe, e, mName)
	for k := start; k < end; k++ {
		ps.ent[k], ps.kind[k] = e, mName
	}
	return e
}
