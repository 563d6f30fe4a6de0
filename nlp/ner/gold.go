package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/nlp/conllu"
	"github.com/actorgraph/actorgraph/nlp/doc"
)

// Types are the entity types the recognizer reports.
var Types = []string{"person", "organization", "place"}

// classTypes are the types it learns: Types, then the other types of
// proper-noun mentions, which it learns to tell apart and then drops.
var classTypes = []string{"person", "organization", "place", "event", "time", "other"}

func typeIndex(t string) int {
	for i, x := range classTypes {
		if x == t {
			return i
		}
	}
	return -1
}

// classType maps a GUM entity type to a class type ("" for none).
func classType(gum string) string {
	switch gum {
	case "person", "organization", "place", "event", "time":
		return gum
	case "abstract", "object", "substance", "animal", "plant":
		return "other"
	}
	return ""
}

// reported reports whether spans of type t are output.
func reported(t string) bool {
	for _, x := range Types {
		if x == t {
			return true
		}
	}
	return false
}

// keepReported filters es in place to the reported types.
func keepReported(es []doc.Entity) []doc.Entity {
	out := es[:0]
	for _, e := range es {
		if reported(e.Type) {
			out = append(out, e)
		}
	}
	return out
}

// Gold returns the named-entity spans of one document's sentences under
// the package's definition (see the package documentation), for each
// sentence in order.
func Gold(sents []conllu.Sentence) [][]doc.Entity {
	out := goldAll(sents)
	for i := range out {
		out[i] = keepReported(out[i])
	}
	return out
}

// goldAll is Gold over every class type.
func goldAll(sents []conllu.Sentence) [][]doc.Entity {
	out := make([][]doc.Entity, len(sents))
	for _, m := range conllu.Mentions(sents) {
		typ := classType(m.Type)
		if typ == "" {
			continue
		}
		ws := sents[m.Sent].Words
		h := conllu.SpanHead(ws, m.Start, m.End)
		if ws[h].UPOS != "PROPN" {
			continue
		}
		toks := make([]Word, m.End-m.Start)
		for i := range toks {
			w := ws[m.Start+i]
			toks[i] = Word{Form: w.Form, UPOS: w.UPOS, Deprel: w.Deprel, Head: w.Head - 1 - m.Start}
		}
		s, e := NamePart(toks, h-m.Start, m.Type == "person")
		out[m.Sent] = append(out[m.Sent], doc.Entity{Start: m.Start + s, End: m.Start + e, Type: typ})
	}
	for i, es := range out {
		out[i] = Outermost(es)
	}
	return out
}

// Word is what NamePart reads of a mention's word: its form, tag,
// relation, and head as an index into the mention (outside it when < 0 or
// ≥ the mention's length).
type Word struct {
	Form, UPOS, Deprel string
	Head               int
}

// NamePart returns the proper-name part [start, end) of a mention whose
// head (a PROPN) is words[head]:
//
//  1. the words under the head, leaving out the subtrees of clauses,
//     appositions, conjuncts, possessors and other loose attachments
//     (acl, appos, conj, cc, parataxis, advcl, nmod:poss, dep, list,
//     orphan, discourse, vocative, reparandum), and of nmod modifiers
//     when the mention is a person ("Lee of the Labour Party"), when the
//     modifier is not title-cased ("Academy in the Louvre" but "University
//     of California") or when a locative preposition marks it ("Stadium
//     in Doha", "Centre at the University of Ostvale");
//  2. the contiguous run of those words around the head;
//  3. for a person, without the words up to a lower-case common noun
//     before the head, a title or role ("Halden Bank spokesman Tomas
//     Reyes" gives "Tomas Reyes");
//  4. without leading words that are not capitalized or are determiners,
//     punctuation, particles, prepositions or numbers ("the", "former",
//     "300,000 more Republicans"), and without trailing particles,
//     punctuation, prepositions, determiners, conjunctions, pronouns and
//     adverbs (the possessive 's, a closing quote, "Galois himself").
func NamePart(words []Word, head int, person bool) (start, end int) {
	n := len(words)
	keep := make([]bool, n)
	var visit func(i int)
	children := make([][]int, n)
	for i, w := range words {
		if w.Head >= 0 && w.Head < n && i != head {
			children[w.Head] = append(children[w.Head], i)
		}
	}
	visit = func(i int) {
		keep[i] = true
		for _, c := range children[i] {
			if loose(words, children, c, person) {
				continue
			}
			visit(c)
		}
	}
	visit(head)
	start, end = head, head+1
	for start > 0 && keep[start-1] {
		start--
	}
	for end < n && keep[end] {
		end++
	}
	if person {
		start = afterTitle(words, start, head)
	}
	for start < head && !nameStart(words[start]) {
		start++
	}
	for end > head+1 && nameEnd(words[end-1]) {
		end--
	}
	return start, end
}

// afterTitle returns where a person's name starts in words[start:head]:
// after the last lower-case common noun, a title or role that the mention
// holds but the name does not ("Halden Bank spokesman Tomas Reyes").
func afterTitle(words []Word, start, head int) int {
	for i := head - 1; i >= start; i-- {
		if words[i].UPOS == "NOUN" && !capitalized(words[i].Form) {
			return i + 1
		}
	}
	return start
}

func loose(words []Word, children [][]int, c int, person bool) bool {
	rel := words[c].Deprel
	base, _, _ := strings.Cut(rel, ":")
	switch base {
	case "acl", "appos", "conj", "cc", "parataxis", "advcl", "dep", "list", "orphan",
		"discourse", "vocative", "reparandum":
		return true
	case "punct":
		switch words[c].Form {
		case ",", ";", ":", "(", ")", "[", "]", "—", "–":
			return true // "San Francisco, California" is two names
		}
	case "nmod":
		if rel == "nmod:poss" {
			return true
		}
		if rel != "nmod" {
			return false // nmod:unmarked, nmod:npmod: "April 2015", "District 6"
		}
		if person || locativeCase(words, children[c]) {
			return true // "Lee of the Labour Party", "Stadium in Doha"
		}
		// a title-cased modifier ("of California") stays
		ok := true
		var walk func(i int)
		walk = func(i int) {
			switch words[i].UPOS {
			case "ADP", "DET", "CCONJ", "PUNCT", "PART", "NUM":
			default:
				if !capitalized(words[i].Form) {
					ok = false
				}
			}
			for _, k := range children[i] {
				walk(k)
			}
		}
		walk(c)
		return !ok
	}
	return false
}

// locativeCase reports whether one of the words at indexes kids is a
// locative preposition marking its head ("in", "at", "near"): a place
// modifier says where the named thing is, it is no part of the name.
func locativeCase(words []Word, kids []int) bool {
	for _, k := range kids {
		if words[k].Deprel == "case" && locatives[strings.ToLower(words[k].Form)] {
			return true
		}
	}
	return false
}

var locatives = map[string]bool{"in": true, "at": true, "on": true, "near": true, "from": true,
	"outside": true, "inside": true, "within": true, "across": true}

func nameStart(w Word) bool {
	switch w.UPOS {
	case "DET", "PUNCT", "PART", "ADP", "CCONJ", "PRON", "NUM":
		return false
	}
	return capitalized(w.Form)
}

func nameEnd(w Word) bool {
	switch w.UPOS {
	case "PART", "PUNCT", "ADP", "DET", "CCONJ", "PRON", "ADV":
		return true
	}
	return false
}

func capitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// Outermost keeps the spans that no other span of es contains, ordered by
// start; of two identical spans the first is kept. Overlapping spans that
// do not nest keep the earlier one.
func Outermost(es []doc.Entity) []doc.Entity {
	var out []doc.Entity
	for i, e := range es {
		keep := true
		for j, f := range es {
			if i == j {
				continue
			}
			inside := f.Start <= e.Start && e.End <= f.End
			same := f.Start == e.Start && f.End == e.End
			if inside && (!same || j < i) {
				keep = false
				break
			}
		}
		if keep {
			out = append(out, e)
		}
	}
	// sort by start, and drop crossing spans (keep the earlier)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Start < out[j-1].Start; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	var res []doc.Entity
	for _, e := range out {
		if len(res) > 0 && e.Start < res[len(res)-1].End {
			continue
		}
		res = append(res, e)
	}
	return res
}
