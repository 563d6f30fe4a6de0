package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/domain"
)

// regionGovernmentNouns name the government of a region, written in
// lower case without a name of its own: "the president of Tasmania's
// government", "the head of the interim administration of Tigray".
var regionGovernmentNouns = set("government", "administration")

// regionGovernmentWords may stand between a region's name and the word
// government in a body named so: "the Sardinia regional government".
var regionGovernmentWords = setWith(regionAdjectives, "state", "territorial", "autonomous")

// regionGovernmentKinds are the words that may describe a region's
// unnamed government or administration and leave it the region's whole
// government: "the interim administration of Tigray", "the head of the
// Sabah state government". Any other ("the road administration", "the
// tax administration", "Tasmania's previous government") names one
// agency of it, or one it had before. A caretaker government is the
// whole one until an election ("the caretaker government of Sindh").
var regionGovernmentKinds = setWith(regionGovernmentWords, "interim", "transitional", "military", "caretaker")

// unnamedRegionGovernment returns the region whose unnamed government token
// c (an "of" complement of a head's title) is: its possessive ("the
// president of Tasmania's government"), a name before it, or its own
// "of" phrase ("the head of the interim administration of Tigray"). The
// head of a region's government heads the region; a country's
// government is governmentNamedBy's. nil for any other token.
func (ps *psent) unnamedRegionGovernment(c int) *entity {
	if !in(regionGovernmentNouns, ps.lemma(c)) || ps.ent[c] != nil || startsUpper(ps.tok(c).Form) || ps.caseOf(c) != "of" {
		return nil
	}
	var found *entity
	for _, k := range ps.kids[c] {
		e := ps.ent[k]
		r := ps.tok(k).Deprel
		if e == nil && (r == "amod" || r == "compound") && !in(regionGovernmentKinds, ps.lower(k)) {
			return nil // "the road administration of Bavaria": an agency's head
		}
		if e == nil {
			continue
		}
		if !(k < c && (r == "nmod:poss" || r == "compound") || k > c && r == "nmod" && ps.caseOf(k) == "of") {
			continue
		}
		if e.typ != domain.Place || found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// regionNamingGovernment returns the region a body named "<Region> regional
// government" (as the entity recognizer keeps it, the last words in
// lower case) is the government of, when the article names that region
// as a place: its head heads the region, as the head of "Tasmania's
// government" does. nil for any other body: a body with a name of its
// own ("Kurdistan Regional Government") and a region's administration
// ("Poltava regional administration", a body the article names) keep
// their own.
func (x *extractor) regionNamingGovernment(o *entity) *entity {
	if o == nil || o.typ != domain.Organization {
		return nil
	}
	w := strings.Fields(o.name)
	if len(w) < 2 || w[len(w)-1] != "government" {
		return nil
	}
	n := len(w) - 1
	for n > 1 && in(regionGovernmentWords, w[n-1]) {
		n--
	}
	if n == len(w)-1 {
		return nil // "Tarrow government": a town's or a country's, not a region's
	}
	p := x.byID[domain.NodeID(domain.Place, strings.Join(w[:n], " "))]
	if p == nil || p.typ != domain.Place || p.first < 0 {
		return nil
	}
	return p
}
