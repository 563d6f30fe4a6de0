package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/domain"
)

// companyOfTown: "Corvin Bourg Co. of Tarrow, which leased the rig": a
// company's legal form, "of" and a name no rule read, which ends the
// phrase, name the town the company is based in, though the gazetteer
// may not know it (orgBased reads the places a rule read). The name is one
// to three capitalized proper nouns; a comma, a full stop, a semicolon,
// a bracket or a verb must follow it ("Corvin Co. of Tarrow said", not
// "Corvin Co. of Tarrow Valley Farms' land").
func companyOfTown(x *extractor, ps *psent) {
	toks := ps.d.Tokens
	for _, h := range ps.orgNames() {
		o := ps.ent[h]
		_, end := ps.mentionSpan(h)
		if end < 1 || end+1 >= len(toks) || ps.lower(end) != "of" || !in(corporateSuffixes, strings.TrimSuffix(ps.lower(end-1), ".")) || ps.buyerOf(h) {
			continue
		}
		start := end + 1
		e := start
		for e < len(toks) && e < start+3 && ps.ent[e] == nil && ps.tok(e).UPOS == "PROPN" && startsUpper(ps.tok(e).Form) && !strings.HasSuffix(ps.tok(e).Form, ".") {
			e++
		}
		if e == start || !ps.townPhraseEnds(e) {
			continue
		}
		if p := x.structureEntity(ps, domain.Place, ps.words(start, e), start, e); p != nil {
			x.placeFact(ps, o, p, []int{h, end, start})
		}
	}
}

// townPhraseEnds reports whether the phrase of a town's name ends at
// token k: the sentence's end, a comma, a full stop, a semicolon, a
// colon, a bracket, or a verb.
func (ps *psent) townPhraseEnds(k int) bool {
	if k >= len(ps.d.Tokens) {
		return true
	}
	switch ps.tok(k).Form {
	case ",", ".", ";", ":", "(", ")":
		return true
	}
	u := ps.tok(k).UPOS
	return u == "VERB" || u == "AUX"
}

// buyerOf reports whether organization name h is the "by" agent of a
// noun of buying or selling, whose "of" phrase then names what is
// bought: "the purchase by X Inc. of Kessler, a family dairy", "the
// takeover by X Ltd. of Mirabel".
func (ps *psent) buyerOf(h int) bool {
	start, _ := ps.mentionSpan(h)
	if start >= 2 && ps.lower(start-1) == "by" && in(dealNouns, ps.lemma(start-2)) {
		return true
	}
	g := ps.head(h)
	return ps.caseOf(h) == "by" && g >= 0 && in(dealNouns, ps.lemma(g))
}

// dealNouns are nouns of buying or selling a company.
var dealNouns = set("purchase", "sale", "acquisition", "takeover", "buyout", "merger", "bid")
