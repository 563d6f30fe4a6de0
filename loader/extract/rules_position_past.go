package extract

import (
	"strconv"
	"strings"
)

// pastSigning reports whether signing verb v (pastSigningLemmas) tells
// of a signing in a year before the article's, of an agreement its
// object c introduces with an indefinite article: "A and B signed a
// border treaty in 2019", "signed a trade pact last year", "X, which
// signed a defence accord with Y in 2022". Such a signing is the story's
// background, not a position the article reports; a signing of an
// agreement named definitely ("the accord it signed in 2023", which the
// article is about) still is, and so is a proposal made in a past year
// ("first proposed a pact in 2025").
func (x *extractor) pastSigning(ps *psent, v, c int) bool {
	if !in(pastSigningLemmas, ps.lemma(v)) || !ps.indefinite(c) {
		return false
	}
	for _, t := range ps.kids[v] {
		if ps.rel(t) == "obl" && x.pastTime(ps, t) {
			return true
		}
	}
	return false
}

// pastSigningLemmas conclude an agreement (concludeLemmas) or initial
// it ("initialled a peace treaty in August 2023"; "initiall" is the
// tagger's lemma of "initialled").
var pastSigningLemmas = setWith(concludeLemmas, "initial", "initiall")

// indefinite reports whether noun k is introduced by "a" or "an".
func (ps *psent) indefinite(k int) bool {
	for _, d := range ps.kids[k] {
		if ps.tok(d).Deprel == "det" && d < k && ps.lemma(d) == "a" {
			return true
		}
	}
	return false
}

// pastTime reports whether time phrase t, a verb's oblique, places it in
// a year before the article's: "in 2019", "in March 2019", "last year".
func (x *extractor) pastTime(ps *psent, t int) bool {
	if ps.lemma(t) == "year" {
		for _, m := range ps.kids[t] {
			if ps.tok(m).Deprel == "amod" && ps.lower(m) == "last" {
				return true
			}
		}
		return false
	}
	if ps.caseOf(t) != "in" || len(x.a.Date) < 4 {
		return false
	}
	now, err := strconv.Atoi(x.a.Date[:4])
	if err != nil {
		return false
	}
	year := func(k int) bool {
		y, err := strconv.Atoi(ps.tok(k).Form)
		return err == nil && len(ps.tok(k).Form) == 4 && y >= 1900 && y < now
	}
	if year(t) {
		return true
	}
	for _, n := range ps.kids[t] {
		if ps.tok(n).UPOS == "NUM" && year(n) { // "in March 2019"
			return true
		}
	}
	return false
}

// backgroundSigned drops from nps the agreements sentence s names as the
// object of a past signing (pastSigning): the token rules neither read a
// stance on them nor take them for what "the deal" after them refers
// to ("Egypt, which signed a defence accord with Y in 2022, also rejected
// the deal").
func (x *extractor) backgroundSigned(s *sentence, nps []agreementNP) []agreementNP {
	var out []agreementNP
	for _, np := range nps {
		ps, a := x.parseAt(s, np.start)
		if _, b := x.parseAt(s, np.end-1); ps != nil && a >= 0 && b >= a {
			if x.signedBefore(ps, ps.spanHead(a, b+1)) {
				continue
			}
		}
		out = append(out, np)
	}
	return out
}

// signedBefore reports whether noun k is the object of a past signing
// (pastSigning): no measure "the deal" later refers to.
func (x *extractor) signedBefore(ps *psent, k int) bool {
	h := ps.head(k)
	return ps.rel(k) == "obj" && h >= 0 && x.pastSigning(ps, h, k)
}

// noteNamedMeasure remembers measure name, which sentence ps names with
// words of its own (noteNamed), for "the deal" later, unless its name
// opens with a year before the article's: "the 1992 peace accord that
// ended the war", "a daily violation of the November 2024 ceasefire" are
// background, not the deal of today that "the agreement" after them
// names. A stance taken on such a measure where it is named ("remained
// committed to the 2021 ceasefire understanding") notes it all the same
// (noteMeasure). When no measure was named before it, the past one is
// still noted under its own noun, not as the measure named last: "the
// 2025 framework agreement, which both sides signed in December, was
// working … he also supported the agreement" has no other agreement for
// "the agreement" to name, while "a breach of the 2021 border protocol …
// backed the proposal" names none.
func (x *extractor) noteNamedMeasure(ps *psent, name string, heads ...string) {
	if x.pastYearName(name) {
		if x.measures.last == "" {
			x.measures.noteQuiet(name, heads...)
		}
		return
	}
	x.measures.note(ps.idx, name, heads...)
}

// pastYearName reports whether measure name opens with a year before
// the article's: "1992 peace accord", "2024 ceasefire" in a 2026 story
// (a "2027 budget" is not).
func (x *extractor) pastYearName(name string) bool {
	if len(x.a.Date) < 4 {
		return false
	}
	y := firstWord(name)
	return len(y) == 4 && strings.Trim(y, "0123456789") == "" && y >= "1900" && y < x.a.Date[:4]
}
