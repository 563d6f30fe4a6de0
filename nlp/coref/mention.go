package coref

import (
	"strings"

	"github.com/actorgraph/actorgraph/nlp/doc"
)

// Pronoun groups.
const (
	gNone = iota
	gMasc
	gFem
	gNeut
	gPlur
	gNominal // a definite noun phrase, not a pronoun
)

// pronoun returns the group of a third-person personal pronoun (gNone
// for any other word), and whether it is reflexive or possessive.
func pronoun(lower string) (group int, reflexive, possessive bool) {
	switch lower {
	case "he", "him":
		return gMasc, false, false
	case "his":
		return gMasc, false, true
	case "himself":
		return gMasc, true, false
	case "she", "her":
		return gFem, false, lower == "her"
	case "hers":
		return gFem, false, true
	case "herself":
		return gFem, true, false
	case "it":
		return gNeut, false, false
	case "its":
		return gNeut, false, true
	case "itself":
		return gNeut, true, false
	case "they", "them":
		return gPlur, false, false
	case "their", "theirs":
		return gPlur, false, true
	case "themselves", "themself":
		return gPlur, true, false
	}
	return gNone, false, false
}

// IsAnaphor reports whether token t is an anaphor the model resolves: a
// third-person personal pronoun (he, him, his, himself, she, her, hers,
// herself, it, its, itself, they, them, their, theirs, themselves).
func IsAnaphor(t *doc.Token) bool {
	if t.UPOS != "PRON" && t.XPOS != "PRP" && t.XPOS != "PRP$" {
		return false
	}
	g, _, _ := pronoun(strings.ToLower(t.Form))
	return g != gNone
}

// IsCandidate reports whether token i of s heads a noun phrase that can
// be an antecedent: a noun, a proper noun that is not inside a longer
// name (flat, fixed, or a compound of another proper noun), a
// third-person pronoun or a demonstrative pronoun ("that").
func IsCandidate(s *doc.Sentence, i int) bool {
	t := &s.Tokens[i]
	switch t.UPOS {
	case "NOUN":
	case "PROPN":
		base, _, _ := strings.Cut(t.Deprel, ":")
		switch base {
		case "flat", "fixed", "goeswith":
			return false
		case "compound":
			if t.Head >= 0 && s.Tokens[t.Head].UPOS == "PROPN" {
				return false
			}
		}
	case "PRON":
		if IsAnaphor(t) {
			return true
		}
		switch strings.ToLower(t.Form) {
		case "this", "that", "these", "those":
			// a demonstrative standing alone, not "that" of a relative clause
			return !strings.Contains(t.Feats, "PronType=Rel")
		}
		return false
	default:
		return false
	}
	return true
}

// MentionSpan returns the span [start, end) of the noun phrase headed by
// token h of s: h's subtree without relative and other clauses,
// appositions, conjuncts and their conjunctions, punctuation at its
// edges, cut to the contiguous run around h.
func MentionSpan(s *doc.Sentence, h int) (start, end int) {
	n := len(s.Tokens)
	in := func(i int) bool {
		// i is in the span when its path to h crosses no loose relation
		for steps := 0; i != h; steps++ {
			if steps > n {
				return false // not a tree
			}
			t := &s.Tokens[i]
			base, _, _ := strings.Cut(t.Deprel, ":")
			switch base {
			case "acl", "appos", "conj", "cc", "parataxis", "advcl", "dep", "punct", "list", "discourse", "vocative", "reparandum":
				return false
			}
			if t.Head < 0 || t.Head >= n {
				return false
			}
			i = t.Head
		}
		return true
	}
	start, end = h, h+1
	for start > 0 && in(start-1) {
		start--
	}
	for end < n && in(end) {
		end++
	}
	return start, end
}

// IsNominal reports whether token i of s heads a definite noun phrase the
// model resolves as a nominal anaphor: a common noun with the determiner
// the, this, that, these, those or both ("the minister", "both sides",
// "the two leaders").
func IsNominal(s *doc.Sentence, i int) bool {
	if s.Tokens[i].UPOS != "NOUN" {
		return false
	}
	for j := range s.Tokens {
		t := &s.Tokens[j]
		if t.Head == i && (t.Deprel == "det" || t.Deprel == "det:predet") && definite(t.Form) {
			return true
		}
	}
	return false
}

// definite reports whether a determiner makes a noun phrase definite:
// the, this, that, these, those or both.
func definite(form string) bool {
	switch strings.ToLower(form) {
	case "the", "this", "that", "these", "those", "both":
		return true
	}
	return false
}
