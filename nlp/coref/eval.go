package coref

import (
	"fmt"

	"github.com/actorgraph/actorgraph/nlp/conllu"
	"github.com/actorgraph/actorgraph/nlp/doc"
)

// Scores count pronoun antecedent decisions (see the package
// documentation for what is measured).
type Scores struct {
	// Anaphors is the number of gold-anaphoric pronouns scored.
	Anaphors int
	// Lenient and Strict count correct antecedents under the two
	// criteria; None counts anaphors given no antecedent.
	Lenient, Strict, None int
	// NonAnaphoric counts pronouns without an earlier mention in their
	// chain (or in none), Spurious those of them given an antecedent.
	NonAnaphoric, Spurious int
	// Nominal counts the same for definite noun phrases (IsNominal).
	Nominal struct {
		Anaphors, Lenient, Strict, None, NonAnaphoric, Spurious int
	}
}

func (s Scores) String() string {
	pct := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return 100 * float64(a) / float64(b)
	}
	n := s.Nominal
	return fmt.Sprintf("pronoun antecedent accuracy %.1f %% (strict %.1f %%) over %d anaphoric pronouns; %d given none; %d of %d non-anaphoric pronouns given an antecedent\n"+
		"nominal antecedent accuracy %.1f %% (strict %.1f %%) over %d anaphoric definite noun phrases; %d given none; %d of %d non-anaphoric ones given an antecedent\n",
		pct(s.Lenient, s.Anaphors), pct(s.Strict, s.Anaphors), s.Anaphors, s.None, s.Spurious, s.NonAnaphoric,
		pct(n.Lenient, n.Anaphors), pct(n.Strict, n.Anaphors), n.Anaphors, n.None, n.Spurious, n.NonAnaphoric)
}

type counts struct{ anaphors, lenient, strict, none, nonAnaphoric, spurious *int }

// Evaluate resolves docs and scores the pronouns' antecedents against
// the gold chains. annotate, when not nil, is called on each document
// (gold tags, parses and entities) before resolving, to replace them with
// predicted ones; tokens must stay the same.
func (m *Model) Evaluate(docs [][]conllu.Sentence, annotate func(*doc.Document)) Scores {
	var sc Scores
	for _, sents := range docs {
		d := Gold(sents)
		heads, ante := chainIndex(&d)
		spans := map[int][]doc.Mention{}
		for ci, ch := range d.Chains {
			spans[ci] = ch
		}
		if annotate != nil {
			annotate(&d)
		}
		chosen := map[[2]int][2]int{}
		for _, l := range m.Links(&d) {
			chosen[[2]int{l.Sent, l.Tok}] = [2]int{l.AnteSent, l.AnteTok}
		}
		for si := range d.Sentences {
			for ti := range d.Sentences[si].Tokens {
				var cnt *counts
				switch {
				case IsAnaphor(&d.Sentences[si].Tokens[ti]):
					cnt = &counts{&sc.Anaphors, &sc.Lenient, &sc.Strict, &sc.None, &sc.NonAnaphoric, &sc.Spurious}
				case IsNominal(&d.Sentences[si], ti):
					n := &sc.Nominal
					cnt = &counts{&n.Anaphors, &n.Lenient, &n.Strict, &n.None, &n.NonAnaphoric, &n.Spurious}
				default:
					continue
				}
				k := [2]int{si, ti}
				a, linked := chosen[k]
				chain, anaphoric := ante[k]
				if !anaphoric {
					*cnt.nonAnaphoric++
					if linked {
						*cnt.spurious++
					}
					continue
				}
				*cnt.anaphors++
				if !linked {
					*cnt.none++
					continue
				}
				if hasChain(heads[a], chain) {
					*cnt.strict++
				}
				for _, mm := range spans[chain] {
					if mm.Sent == a[0] && mm.Start <= a[1] && a[1] < mm.End && !(mm.Sent == si && mm.Head == ti) {
						*cnt.lenient++
						break
					}
				}
			}
		}
	}
	return sc
}

// Errors lists, for inspection, the anaphoric pronouns of docs whose
// predicted antecedent is wrong under the lenient criterion.
func (m *Model) Errors(docs [][]conllu.Sentence, annotate func(*doc.Document)) []string {
	var out []string
	for _, sents := range docs {
		d := Gold(sents)
		_, ante := chainIndex(&d)
		if annotate != nil {
			annotate(&d)
		}
		chosen := map[[2]int][2]int{}
		for _, l := range m.Links(&d) {
			chosen[[2]int{l.Sent, l.Tok}] = [2]int{l.AnteSent, l.AnteTok}
		}
		for k, chain := range ante {
			a, linked := chosen[k]
			ok := false
			var gold string
			for _, mm := range d.Chains[chain] {
				if mm.Sent < k[0] || (mm.Sent == k[0] && mm.Start < k[1]) {
					gold = fmt.Sprintf("%q (s-%d)", d.Sentences[mm.Sent].Span(d.Text, mm.Start, mm.End), k[0]-mm.Sent)
					if linked && mm.Sent == a[0] && mm.Start <= a[1] && a[1] < mm.End {
						ok = true
					}
				}
			}
			if ok {
				continue
			}
			got := "none"
			if linked {
				got = fmt.Sprintf("%q (s-%d)", d.Sentences[a[0]].Tokens[a[1]].Form, k[0]-a[0])
			}
			s := &d.Sentences[k[0]]
			out = append(out, fmt.Sprintf("%s: got %s, gold %s | %s", s.Tokens[k[1]].Form, got, gold, d.Text[s.Start:s.End]))
		}
	}
	return out
}
