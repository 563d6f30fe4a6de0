package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/domain"
)

// geoVenueAt: "The two sides met at Varrow Court in Tarrow", "he told a
// news conference at the Corvin Office in Tarrow", "the talks were hosted
// at the Casa Lumen residence in Tarrow": a name in the "at" phrase of a
// gathering (a meeting, talks, a ceremony, a news conference, a
// swearing-in), with the "in" phrase of a town right after it, names the
// venue the gathering was held at: a place (ONTOLOGY: "Place … venue"),
// which lies in that town. The recognizer reads
// such a name as a body's ("Varrow Court", "the Federal Secretariat");
// the rule reads it as the place when the name ends in a building's word
// or a building noun follows it, and nothing says it is a body
// (venueLike). (A name with no such word, "met at Halvorsen Capital in
// Oslo", or one read as a person's, is left alone.)
func geoVenueAt(x *extractor, ps *psent) {
	n := len(ps.d.Tokens)
	for _, h := range ps.heads() {
		e := ps.ent[h]
		if ps.kind[h] != mName || e.typ != domain.Organization {
			continue
		}
		start, end := ps.mentionSpan(h)
		at := start - 1
		if at >= 1 && ps.lower(at) == "the" {
			at--
		}
		if at < 0 || ps.lower(at) != "at" {
			continue
		}
		// the phrase's noun: the name, or the building noun after it
		// ("at the Casa Lumen residence in Tarrow")
		p, last := h, end-1
		if end < n && ps.head(h) == end && in(buildingNouns, ps.lemma(end)) && !startsUpper(ps.tok(end).Form) {
			p, last = end, end
		}
		k := ps.inAfter(last)
		if k < 0 || ps.ent[k] == nil || ps.ent[k].typ != domain.Place || ps.ent[k] == e || ps.kind[k] != mName {
			continue
		}
		// the name ends in a building's word ("Ilaro Court"), or a
		// building noun follows it
		if p == h && !in(venueCues, strings.ToLower(ps.tok(end-1).Form)) {
			continue
		}
		if ps.caseOf(p) != "at" || !ps.gatheringAt(p) || !x.venueLike(ps, e, start, end) {
			continue
		}
		x.dropMention(ps, e, start, end)
		if a := x.structureEntity(ps, domain.Place, ps.words(start, end), start, end); a != nil {
			x.placeFact(ps, a, ps.ent[k], []int{h, p, k})
		}
	}
}

// gatheringAt reports whether the "at" phrase of noun p says where a
// gathering was held: the word it hangs on is a gathering's ("met at",
// "talks at", "sworn in at", "a news conference at"), or a verb whose
// subject or object is one ("hosted the talks at", "a memorial service
// is planned at").
func (ps *psent) gatheringAt(p int) bool {
	g := ps.head(p)
	if g < 0 {
		return false
	}
	if in(gatherVerbs, ps.lemma(g)) && ps.tok(g).UPOS == "VERB" || in(gatherNouns, ps.lemma(g)) && ps.tok(g).UPOS == "NOUN" {
		return true
	}
	if ps.tok(g).UPOS != "VERB" {
		return false
	}
	for _, c := range ps.kids[g] {
		if r := ps.rel(c); (r == "nsubj" || r == "nsubj:pass" || r == "obj") && ps.tok(c).UPOS == "NOUN" && in(gatherNouns, ps.lemma(c)) {
			return true
		}
	}
	return false
}

// venueLike reports whether e, named over tokens [start, end) of ps,
// may be a venue rather than a body: no acronym, no word of a body other
// than a building's ("Court", "Office", "House", "Centre"), no title or
// portfolio ("the Prime Minister's Office", "the Home Office"), no court
// of law ("the Supreme Court"), no body of a country (partOf) nor a seat
// of government the gazetteer knows ("the White House"), and named in
// no other sentence of the article (a body that hosts a gathering is
// named again as an actor; a venue seldom is).
func (x *extractor) venueLike(ps *psent, e *entity, start, end int) bool {
	if e.partOf != "" || e.parentOrg != "" || courtName(e.name) {
		return false
	}
	// a seat of government the gazetteer knows stands for its state's
	// executive, a body: "met at the White House in Washington"
	if x.gaz != nil {
		if _, ok := x.gaz.Seat(e.name); ok {
			return false
		}
	}
	for k := start; k < end; k++ {
		if isAcronym(ps.tok(k).Form) {
			return false
		}
	}
	for _, w := range strings.Fields(strings.ToLower(e.name)) {
		if (in(orgCues, w) || in(placeOrgCues, w)) && !in(venueCues, w) {
			return false
		}
		// an office-holder's or a portfolio's office is a body: "the
		// Prime Minister's Office", "the Foreign Office"
		if w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"); isTitleHead(w) || in(ministryPortfolios, w) {
			return false
		}
	}
	for _, s := range x.sents {
		if s.idx == ps.idx {
			continue
		}
		for _, m := range s.ments {
			if m.ent == e {
				return false
			}
		}
	}
	return true
}

// gatherVerbs say that people gathered somewhere: "met at", "hosted
// at", "sworn in at", "told reporters at".
var gatherVerbs = set("meet", "hold", "host", "sign", "tell", "swear", "gather", "convene", "attend", "receive", "welcome", "brief")

// gatherNouns name gatherings: "talks at", "a news conference at".
var gatherNouns = set("talk", "talks", "meeting", "conference", "summit", "ceremony", "session", "service", "briefing",
	"reception", "dinner", "lunch", "banquet", "signing", "funeral", "memorial", "rally", "gathering", "negotiation",
	"negotiations", "vigil", "inauguration", "celebration")

// venueCues are the words of a body's name that also end the names of
// buildings: "Ilaro Court", "the Corvin Office", "Government House".
var venueCues = set("court", "office", "house", "hall", "centre", "center", "secretariat")

// buildingNouns are lower-case nouns of buildings after a venue's name:
// "the Casa Lumen residence".
var buildingNouns = set("residence", "compound", "complex", "palace", "hotel", "building", "mansion", "villa", "lodge")
