package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/domain"
	nlptok "github.com/actorgraph/actorgraph/nlp/tokenize"
)

// stateAt returns the state a token abbreviates ("Tenn." → Tennessee).
func stateAt(form string) (string, bool) {
	if !strings.HasSuffix(form, ".") || len(form) < 3 || form[0] < 'A' || form[0] > 'Z' {
		return "", false
	}
	s, ok := nlptok.USStates[strings.ToLower(strings.TrimSuffix(form, "."))]
	return s, ok
}

// stateNames are the names of the states nlptok.USStates abbreviates.
var stateNames = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range nlptok.USStates {
		m[n] = true
	}
	return m
}()

// isRegionOrCountry reports whether e can contain a place named before
// it with a comma: a country or a first-level subdivision.
func (x *extractor) isRegionOrCountry(e *entity) bool {
	if e.typ == domain.Country {
		return true
	}
	if e.typ != domain.Place {
		return false
	}
	for _, en := range x.lookupPlace(e.name) {
		if en.Region && en.Name == e.name {
			return true
		}
	}
	return stateNames[e.name]
}

// geoCityState: "Lake Tarrow, La.", "Sumy, Ukraine": a place, a comma and
// the state or country it lies in, not a list of places.
func geoCityState(x *extractor, ps *psent) {
	toks := ps.d.Tokens
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Form != "," {
			continue
		}
		a := ps.ent[k-1]
		if a == nil || a.typ != domain.Place || x.inDateline(ps, k) {
			continue
		}
		var b *entity
		bEnd := k + 2
		// "Mohammadia, south-east Algeria": a direction may come first
		j := k + 1
		for j < len(toks)-1 && ps.ent[j] == nil && (in(directionWords, ps.lower(j)) || toks[j].Form == "-") {
			j++
		}
		if name, ok := stateAt(toks[k+1].Form); ok {
			b = x.structureEntity(ps, domain.Place, name, k+1, k+2)
		} else if e := ps.ent[j]; e != nil && ps.kind[j] == mName && x.isRegionOrCountry(e) {
			b = e
			_, bEnd = ps.mentionSpan(j)
		}
		if b == nil || b == a || a.typ == domain.Country {
			continue
		}
		// "in the Tana Valley, Kenya's military said": a possessor
		if bEnd < len(toks) && (toks[bEnd].Form == "'s" || toks[bEnd].Form == "’s") {
			continue
		}
		// "Paris, Lyon and Nice": a list, not a place and its region
		if bEnd < len(toks) && (toks[bEnd].Form == "," || ps.lower(bEnd) == "and") && bEnd+1 < len(toks) && ps.ent[bEnd+1] != nil && ps.ent[bEnd+1].typ == domain.Place {
			continue
		}
		if x.contradicts(a, b) {
			continue
		}
		x.trace(ps, []int{k - 1, k, j})
		x.addFact(a.id, domain.LocatedIn, b.id, false, ps.idx, ps.s.hedge)
	}
}

// directionWords place a place within a region: "south-east Algeria".
var directionWords = set("north", "south", "east", "west", "northern", "southern", "eastern", "western",
	"central", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
	"south-east", "south-west", "northeastern", "northwestern", "southeastern", "southwestern")

// contradicts reports whether the gazetteer places a in a country other
// than b (or b's country).
func (x *extractor) contradicts(a, b *entity) bool {
	want := ""
	switch b.typ {
	case domain.Country:
		want = b.name
	default:
		return false
	}
	entries := x.lookupPlace(a.name)
	if len(entries) == 0 {
		return false
	}
	for _, e := range entries {
		if e.Country == want {
			return false
		}
	}
	return true
}

// governmentBody reports whether an organization is a state body, which
// is part_of its country rather than based somewhere.
func governmentBody(e *entity) bool {
	if e.partOf != "" {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(e.name)) {
		if in(governmentOrgCues, w) {
			return true
		}
	}
	return false
}

// placeFact states where a lies: located_in for a place, based_in for a
// non-government organization.
func (x *extractor) placeFact(ps *psent, a, b *entity, toks []int) {
	if a == nil || b == nil || a == b || (b.typ != domain.Place && b.typ != domain.Country) {
		return
	}
	switch {
	case a.typ == domain.Place:
		if x.contradicts(a, b) {
			return
		}
		x.trace(ps, toks)
		x.addFact(a.id, domain.LocatedIn, b.id, false, ps.idx, ps.s.hedge)
	case a.typ == domain.Organization && !governmentBody(a) && !isWaterFeature(b):
		x.trace(ps, toks)
		x.addFact(a.id, domain.BasedIn, b.id, false, ps.idx, ps.s.hedge)
	}
}

// geoIn: "Fort Amber in Norland", "the Corvin Hospital in Tarrow": an
// "in" phrase on the name, or right after it where the parser attached
// it elsewhere.
func geoIn(x *extractor, ps *psent) {
	for _, h := range ps.heads() {
		a := ps.ent[h]
		if ps.kind[h] != mName {
			continue
		}
		for _, c := range ps.kids[h] {
			if ps.tok(c).Deprel == "nmod" && ps.caseOf(c) == "in" && ps.ent[c] != nil && ps.kind[c] == mName {
				x.placeFact(ps, a, ps.ent[c], []int{h, c})
			}
		}
		_, end := ps.mentionSpan(h)
		if end+1 < len(ps.d.Tokens) && ps.tok(end).Form == "," && ps.lower(end+1) == "in" {
			end++ // "the Savannah River Plant, in Aiken"
		}
		k := end + 1
		if end < len(ps.d.Tokens) && ps.lower(end) == "in" && (a.typ == domain.Place || hasOrgCue(a.name)) {
			for k < len(ps.d.Tokens) && ps.rel(k) == "det" {
				k++
			}
			if k < len(ps.d.Tokens) && ps.ent[k] != nil && ps.kind[k] == mName && ps.ent[k] != a {
				x.placeFact(ps, a, ps.ent[k], []int{h, end, k})
			}
		}
	}
}

// geoPossessive: "Norland's Amber province", "Tarrow's Corvin Museum",
// "Norland's Amber foothills": the possessor of the name, or of the noun
// the name modifies.
func geoPossessive(x *extractor, ps *psent) {
	for _, h := range ps.heads() {
		if ps.kind[h] != mName {
			continue
		}
		owner := h
		if r := ps.rel(h); (r == "compound" || r == "amod") && ps.head(h) > h && ps.ent[ps.head(h)] == nil && in(landformNouns, ps.lemma(ps.head(h))) {
			owner = ps.head(h)
		}
		for _, c := range ps.kids[owner] {
			if ps.tok(c).Deprel == "nmod:poss" && c < h && ps.ent[c] != nil && ps.kind[c] == mName && ps.ent[c] != ps.ent[h] {
				x.placeFact(ps, ps.ent[h], ps.ent[c], []int{h, c})
			}
		}
	}
}

// hasOrgCue reports whether a name holds an organization word
// ("Corvin Hospital"): an institution that sits somewhere.
func hasOrgCue(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if in(orgCues, w) || in(placeOrgCues, w) {
			return true
		}
	}
	return false
}

// placeOrgCues name institutions with a site.
var placeOrgCues = set("hospital", "plant", "court", "university", "college", "school", "museum", "laboratory", "center", "centre", "institute", "station", "base", "factory", "prison")

// orgBased: "the Tarrow-based Corvin Group", "Corvin Group, based in
// Tarrow", "Corvin Co. of Tarrow".
func orgBased(x *extractor, ps *psent) {
	toks := ps.d.Tokens
	for k := range toks {
		l := ps.lower(k)
		if l != "based" && l != "headquartered" {
			continue
		}
		// "Tarrow-based X"
		if k >= 2 && toks[k-1].Form == "-" {
			place := ps.ent[k-2]
			if place == nil {
				place = x.knownPlace(ps, k-2)
			}
			for j := k + 1; j < len(toks) && j <= k+5 && place != nil; j++ {
				if e := ps.ent[j]; e != nil && e.typ == domain.Organization {
					x.placeFact(ps, e, place, []int{k - 2, k, j})
					break
				}
			}
		}
		// "X, based in Tarrow"
		h := ps.head(k)
		if h >= 0 && ps.ent[h] != nil && ps.ent[h].typ == domain.Organization {
			for _, c := range ps.kids[k] {
				if ps.caseOf(c) == "in" && ps.ent[c] != nil {
					x.placeFact(ps, ps.ent[h], ps.ent[c], []int{h, k, c})
				}
			}
		}
	}
	// "Corvin Co. of Tarrow": an organization of a city
	for _, h := range ps.heads() {
		o := ps.ent[h]
		if o.typ != domain.Organization || ps.kind[h] != mName {
			continue
		}
		for _, c := range ps.kids[h] {
			if e := ps.ent[c]; e != nil && e.typ == domain.Place && ps.caseOf(c) == "of" && ps.tok(c).Deprel == "nmod" {
				x.placeFact(ps, o, e, []int{h, c})
			}
		}
	}
}

// knownPlace returns the place or country the gazetteer knows by the
// name of token k ("Nairobi" of "Nairobi-based"), noting its mention in
// sentence ps; nil when unknown or ambiguous.
func (x *extractor) knownPlace(ps *psent, k int) *entity {
	name := ps.tok(k).Form
	if c, ok := x.country(name); ok {
		e := x.entity(domain.Country, c)
		e.seenIn(ps.idx)
		return e
	}
	for _, en := range x.lookupPlace(name) {
		if en.Ambiguous || en.Type != domain.Place {
			return nil
		}
		e := x.entity(domain.Place, en.Name)
		e.seenIn(ps.idx)
		return e
	}
	return nil
}

// landformNouns follow a place's name as part of what a possessor
// locates: "California's Sierra Nevada foothills".
var landformNouns = set("foothill", "foothills", "region", "province", "valley", "district", "coast",
	"mountain", "mountains", "plain", "plains", "highlands", "desert", "basin", "delta", "peninsula", "island", "islands")

// orgNouns describe an organization in an apposition: "Corvin, a Tarrow
// company".
var orgNouns = set("company", "firm", "group", "bank", "agency", "newspaper", "daily", "university",
	"college", "hospital", "maker", "manufacturer", "producer", "carrier", "airline", "broadcaster",
	"network", "organization", "organisation", "charity", "institute", "publisher", "insurer", "lender")

// orgApposition: "Corvin Group, a Japanese company", "Corvin, an insurer
// from Nairobi": the place that describes the organization's noun.
func orgApposition(x *extractor, ps *psent) {
	for _, h := range ps.heads() {
		o := ps.ent[h]
		if o.typ != domain.Organization || ps.kind[h] != mName {
			continue
		}
		for _, n := range ps.kids[h] {
			if ps.tok(n).Deprel != "appos" || ps.ent[n] != nil || !in(orgNouns, ps.lemma(n)) {
				continue
			}
			for _, c := range ps.kids[n] {
				// any mention: "a Japanese company" (a demonym), "a Nairobi
				// company" (a capital, read as its country)
				e := ps.ent[c]
				if e == nil || (e.typ != domain.Place && e.typ != domain.Country) {
					continue
				}
				r, cs := ps.rel(c), ps.caseOf(c)
				if c < n && (r == "compound" || r == "amod") || c > n && r == "nmod" && (cs == "in" || cs == "from") {
					x.placeFact(ps, o, e, []int{h, n, c})
				}
			}
		}
	}
}
