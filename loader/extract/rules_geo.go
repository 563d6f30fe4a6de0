package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
	"github.com/actorgraph/actorgraph/nlp/doc"
	nlptok "github.com/actorgraph/actorgraph/nlp/tokenize"
)

// stateAt returns the state or Canadian province a token abbreviates
// ("Tenn." → Tennessee, "N.S." → Nova Scotia).
func stateAt(form string) (string, bool) {
	if !strings.HasSuffix(form, ".") || len(form) < 3 || form[0] < 'A' || form[0] > 'Z' {
		return "", false
	}
	key := strings.ToLower(strings.TrimSuffix(form, "."))
	if s, ok := nlptok.USStates[key]; ok {
		return s, true
	}
	s, ok := provinceAbbrevs[strings.ReplaceAll(key, ".", "")]
	return s, ok
}

// stateNames are the names of the states nlptok.USStates abbreviates.
var stateNames = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range nlptok.USStates {
		m[n] = true
	}
	m[washingtonState] = true
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
		// (a name the gazetteer gives a region as an alias, with the kind
		// of region in it: "Southern Province", where the region's own
		// name "Southern" is too common a word to stand alone)
		if en.Region && (en.Name == e.name || in(regionWords, strings.ToLower(lastWord(e.name)))) {
			return true
		}
	}
	return stateNames[e.name]
}

// geoCityState: "Lake Tarrow, La.", "Sumy, Ukraine": a place, a comma and
// the state or country it lies in, not a list of places. Before a state
// the city need not be known: "a native of Tarrow Falls, Minn." names a
// place the gazetteer may lack, and one the recognizer took for a person.
func geoCityState(x *extractor, ps *psent) {
	for k := 1; k+1 < len(ps.d.Tokens); k++ {
		if ps.tok(k).Form != "," || x.inDateline(ps, k) {
			continue
		}
		b, used := x.regionAfter(ps, k)
		if b == nil {
			if a, c := x.districtCity(ps, k); a != nil {
				x.trace(ps, []int{k - 1, k, k + 1})
				x.addFact(a.id, domain.LocatedIn, c.id, false, ps.idx, ps.s.hedge)
			}
			continue
		}
		if ps.modifiesNext(used[1]) {
			continue
		}
		a := ps.ent[k-1]
		if _, rEnd := ps.mentionSpan(used[1]); a != nil && a.typ != domain.Place && (basedAfter(ps, rEnd) || basedTrimmed(ps.tok(rEnd-1).Form) != ps.tok(rEnd-1).Form) {
			// "the San Jose, California-based company": a place, whatever
			// the token rules took the name for
			a = x.retypePlace(ps, k)
		}
		if a == nil || a.typ != domain.Place {
			a = x.cityBefore(ps, k, b)
		}
		if a != nil && a.typ == domain.Place && x.contradicts(a, b) {
			// "Belen, N.M." is not the Belém the gazetteer ranks first:
			// the text's own name, which the state places
			a = x.renamePlace(ps, k)
		}
		if a == nil || a == b || a.typ != domain.Place {
			continue
		}
		if b.name == "Washington" {
			b = x.washingtonState(ps, used[1], b)
		}
		x.trace(ps, append([]int{k - 1}, used...))
		x.addFact(a.id, domain.LocatedIn, b.id, false, ps.idx, ps.s.hedge)
		if site := ps.siteBefore(ps.mentionStart(k - 1)); site != nil && site != a && site != b {
			// "Corvin Lock and Dam, Tarrow Falls, Minn.": the site lies
			// in the town, and in the state
			x.placeFact(ps, site, a, []int{k - 1})
			x.placeFact(ps, site, b, used)
		}
	}
}

// districtCity reads "in Salt Lake, Kolkata", "at Camp Aguinaldo,
// Quezon City": after "in", "at", "near" or "outside", a place the
// gazetteer does not know as a town of its own (none, or a small one in
// the city's country), a comma and a city it knows, which ends the
// phrase (no list follows: "in Howrah, Kolkata and Siliguri"). It
// returns the place and the city, or nils.
func (x *extractor) districtCity(ps *psent, k int) (a, c *entity) {
	a, c = ps.ent[k-1], ps.ent[k+1]
	if a == nil || c == nil || a == c || a.typ != domain.Place || c.typ != domain.Place || ps.kind[k-1] != mName || ps.kind[k+1] != mName {
		return nil, nil
	}
	start, end := ps.mentionSpan(k - 1)
	cStart, cEnd := ps.mentionSpan(k + 1)
	if end != k || cStart != k+1 || start == 0 || !in(districtLocatives, ps.lower(start-1)) || x.isRegionOrCountry(c) {
		return nil, nil
	}
	if cEnd < len(ps.d.Tokens) {
		if next := ps.lower(cEnd); next == "and" || next == "or" || next == "'s" || next == "’s" || next == "-" ||
			next == "," && cEnd+1 < len(ps.d.Tokens) && ps.ent[cEnd+1] != nil {
			return nil, nil
		}
	}
	country := ""
	for _, en := range x.lookupPlace(c.name) {
		if en.Type == domain.Place && !en.Region && en.Population >= districtCityPopulation {
			country = en.Country
			break
		}
	}
	if country == "" {
		return nil, nil
	}
	for _, en := range x.lookupPlace(a.name) {
		if en.Country != country || en.Region || en.Population >= districtCityPopulation {
			return nil, nil
		}
	}
	return a, c
}

// districtLocatives open a phrase that places something in a district
// of a city.
var districtLocatives = set("in", "at", "near", "outside")

// districtCityPopulation is the population of a town of its own, not a
// city's district: a city must have as many.
const districtCityPopulation = 100_000

// washingtonState reads the mention of "Washington" at token k, after a
// town and a comma ("Spokane, Wash.", "Tacoma, Washington"), as the
// state, a place apart from the federal capital the same article may
// name: "Washington State". It returns b, the capital's entity, where it
// cannot.
func (x *extractor) washingtonState(ps *psent, k int, b *entity) *entity {
	start, end := ps.mentionSpan(k)
	if ps.ent[k] != b {
		return b
	}
	x.dropMention(ps, b, start, end)
	spelled := ps.words(start, end)
	b.aliases = slices.DeleteFunc(b.aliases, func(a string) bool { return a == spelled }) // "Wash." is no spelling of the capital
	if w := x.structureEntity(ps, domain.Place, washingtonState, start, end); w != nil {
		return w
	}
	return b
}

// washingtonState is the name of the state of Washington, which the
// capital's takes.
const washingtonState = "Washington State"

// siteBefore returns the place an item of a list names before the
// comma that ends right before token start, "Site, Town, ST.": a place
// named first in the sentence, or after a colon or a semicolon; nil for
// none.
func (ps *psent) siteBefore(start int) *entity {
	if start < 2 || ps.tok(start-1).Form != "," {
		return nil
	}
	e := ps.ent[start-2]
	if e == nil || e.typ != domain.Place {
		return nil
	}
	s, _ := ps.mentionSpan(start - 2)
	if s > 1 && ps.lower(s-1) == "and" {
		s-- // "…; and Site, Town, ST."
	}
	if s > 0 && ps.tok(s-1).Form != ";" && ps.tok(s-1).Form != ":" {
		return nil
	}
	return e
}

// mentionStart returns the first token of the mention at token k.
func (ps *psent) mentionStart(k int) int {
	s, _ := ps.mentionSpan(k)
	return s
}

// regionAfter reads the state or country named after the comma at token
// k ("…, La.", "…, south-east Algeria") and the tokens it matched; nil
// when what follows is no region, the possessor of what comes next ("in
// the Tana Valley, Kenya's military said") or an item of a list ("Paris,
// Lyon and Nice", "Ohio, Iowa and northern Texas").
func (x *extractor) regionAfter(ps *psent, k int) (*entity, []int) {
	toks := ps.d.Tokens
	if k+1 >= len(toks) || toks[k].Form != "," {
		return nil, nil
	}
	// "Mohammadia, south-east Algeria": a direction may come first
	j := k + 1
	for j < len(toks)-1 && ps.ent[j] == nil && (in(directionWords, ps.lower(j)) || toks[j].Form == "-") {
		j++
	}
	var b *entity
	bEnd := k + 2
	if e := ps.ent[k+1]; e != nil && e.typ == domain.Place && stateNames[e.name] && ps.mentionHead(k+1) == k+1 {
		b = e // an abbreviation read before ("La.")
	} else if name, ok := stateAt(basedTrimmed(toks[k+1].Form)); ok {
		// (the recognizer reads "N.M." as an organization, "La." as a
		// person)
		if e := ps.ent[k+1]; e != nil {
			if s, end := ps.mentionSpan(k + 1); s != k+1 || end != k+2 {
				return nil, nil
			}
			x.dropMention(ps, e, k+1, k+2)
		}
		b = x.structureEntity(ps, domain.Place, name, k+1, k+2)
	} else if e := ps.ent[j]; e != nil && ps.kind[j] == mName && x.isRegionOrCountry(e) {
		b = e
		_, bEnd = ps.mentionSpan(j)
	} else if start, end := ps.mentionSpan(j); e != nil && ps.kind[j] == mName && e.typ == domain.Place {
		// a region by the kind its name says, after the name ("Makurdi,
		// Benue state") or read into it ("Eldoret, Amber Valley county")
		if end < len(toks) && regionKind(toks[end].Form) {
			b, bEnd = e, end+1
		} else if end-start >= 2 && regionKind(toks[end-1].Form) {
			b, bEnd = e, end
		}
	} else if e == nil && basedAfter(ps, j+1) {
		// "the San Jose, California-based company": the token rules read
		// no mention inside the hyphenated word
		if p := x.knownPlace(ps, j); p != nil && x.isRegionOrCountry(p) {
			b, bEnd = p, j+1
		}
	}
	if b == nil {
		return nil, nil
	}
	if bEnd < len(toks) && (toks[bEnd].Form == "'s" || toks[bEnd].Form == "’s") {
		return nil, nil
	}
	if bEnd+1 < len(toks) && (toks[bEnd].Form == "," || ps.lower(bEnd) == "and" || ps.lower(bEnd) == "or") {
		n := bEnd + 1
		for n < len(toks)-1 && ps.ent[n] == nil && in(directionWords, ps.lower(n)) {
			n++
		}
		if e := ps.ent[n]; e != nil && (e.typ == domain.Place || e.typ == domain.Country) {
			return nil, nil
		}
	}
	return b, []int{k, j}
}

// modifiesNext reports whether the name at token k modifies a noun after
// it: "In Amberton, Texas officials said" does not place Amberton in
// Texas. (A time noun is the parser's misreading: "in Cedar City, Utah
// Monday afternoon".)
func (ps *psent) modifiesNext(k int) bool {
	_, end := ps.mentionSpan(k)
	last := end - 1
	if _, ok := stateAt(ps.tok(last).Form); ok {
		return false // "Grants, N.M. Ms. Calico": a new sentence the parser ran on
	}
	if basedTrimmed(ps.tok(last).Form) != ps.tok(last).Form {
		return false // "a Fresno, Calif.-based maker", one word to the tokenizer
	}
	if basedAfter(ps, end) {
		return false // "the San Jose, California-based company"
	}
	h, r := ps.head(last), ps.rel(last)
	if h == end && regionKind(ps.tok(h).Form) {
		return false // "Makurdi, Benue state": the kind of region the name is
	}
	return h >= end && (r == "compound" || r == "amod") && !in(calendarWords, ps.lower(h)) && !in(dayParts, ps.lower(h))
}

// basedTrimmed returns form without the "-based" or "-headquartered"
// that the tokenizer leaves on an abbreviation: "Calif.-based".
func basedTrimmed(form string) string {
	for _, suffix := range []string{"-based", "-headquartered"} {
		if f, ok := strings.CutSuffix(form, suffix); ok {
			return f
		}
	}
	return form
}

// basedAfter reports whether "-based" (or "-headquartered") starts at
// token k.
func basedAfter(ps *psent, k int) bool {
	return k+1 < len(ps.d.Tokens) && ps.tok(k).Form == "-" && (ps.lower(k+1) == "based" || ps.lower(k+1) == "headquartered")
}

// dayParts are the times of a day.
var dayParts = set("morning", "afternoon", "evening", "night", "tonight", "today")

// locatives mark a place before a name: "a native of X", "born in X".
var locatives = set("in", "at", "of", "near", "from", "to", "outside", "off", "toward", "towards")

// cityBefore returns the place named by the proper nouns that end right
// before the comma at token k, which region b follows: a name that the
// gazetteer knows in b's country, or any name after a locative ("born in
// Tarrow Falls, Minn.") when b is a state, or one that no rule read
// ("southwest of Kora, Kenya") when b is a country. A span the recognizer
// read as a person is read as the place instead (before a state); an
// organization is left alone.
func (x *extractor) cityBefore(ps *psent, k int, b *entity) *entity {
	start := k
	for start > 0 && properWord(ps.tok(start-1), start-1) && ps.ent[start-1] == ps.ent[k-1] {
		start--
	}
	if start == k {
		return nil
	}
	for j := start; j < k; j++ {
		if in(calendarWords, ps.lower(j)) {
			return nil // "In January, Texas …"
		}
	}
	if e := ps.ent[k-1]; e != nil {
		if s, end := ps.mentionSpan(k - 1); e.typ != domain.Person || s != start || end != k {
			return nil
		}
	}
	name := ps.words(start, k)
	known := false
	for _, en := range x.lookupPlace(name) {
		if en.Type == domain.Place && en.Country == x.countryOf(b) && !en.Ambiguous {
			known = true
		}
	}
	locative := start > 0 && in(locatives, ps.lower(start-1))
	// (or after a site a list names first: "Corvin Depot, Tarrow Falls,
	// Minn.")
	listed := start >= 2 && ps.tok(start-1).Form == "," && ps.ent[start-2] != nil
	byState := stateNames[b.name] && (locative || listed || ps.afterCityState(start))
	// "southwest of Mokha, Yemen": a name no rule read, after a locative
	byCountry := b.typ == domain.Country && locative && ps.ent[k-1] == nil
	if !known && !byState && !byCountry {
		return nil
	}
	if e := ps.ent[k-1]; e != nil {
		x.dropMention(ps, e, start, k)
	}
	return x.structureEntity(ps, domain.Place, name, start, k)
}

// properWord reports whether token t (at index k) is written as a name:
// a proper noun, or a capitalized noun the tagger took for a common one
// ("Grants") where a capital says more than at the start of a sentence.
func properWord(t *doc.Token, k int) bool {
	return (t.UPOS == "PROPN" || t.UPOS == "NOUN" && k > 0) && startsUpper(t.Form)
}

// renamePlace reads the place mention that ends before token k by its
// own words when the gazetteer resolved it to a place of that name
// elsewhere; nil when the words are the canonical name already.
func (x *extractor) renamePlace(ps *psent, k int) *entity {
	e := ps.ent[k-1]
	start, end := ps.mentionSpan(k - 1)
	name := ps.words(start, end)
	if end != k || name == e.name || len(x.lookupPlace(name)) == 0 {
		return nil
	}
	x.dropMention(ps, e, start, end)
	return x.structureEntity(ps, domain.Place, name, start, end)
}

// retypePlace reads the mention that ends before token k as the place
// its words name in the gazetteer; nil when the gazetteer knows none.
func (x *extractor) retypePlace(ps *psent, k int) *entity {
	e := ps.ent[k-1]
	start, end := ps.mentionSpan(k - 1)
	name := ps.words(start, end)
	if end != k || len(x.lookupPlace(name)) == 0 {
		return nil
	}
	x.dropMention(ps, e, start, end)
	return x.structureEntity(ps, domain.Place, name, start, end)
}

// afterCityState reports whether token start follows another "City,
// ST." of a list: "at Jackson, Wyo., and Gunnison, Colo.".
func (ps *psent) afterCityState(start int) bool {
	j := start - 1
	if j >= 0 && (ps.lower(j) == "and" || ps.lower(j) == "or") {
		j--
	}
	if j >= 0 && ps.tok(j).Form == "," {
		j--
	}
	if j < 0 || j == start-1 {
		return false
	}
	_, ok := stateAt(ps.tok(j).Form)
	return ok
}

// countryOf is the country region b is or lies in ("" when unknown).
func (x *extractor) countryOf(b *entity) string {
	if b.typ == domain.Country {
		return b.name
	}
	if stateNames[b.name] {
		return unitedStates
	}
	for _, en := range x.lookupPlace(b.name) {
		if en.Region && en.Name == b.name {
			return en.Country
		}
	}
	return ""
}

// dropMention removes e's mention over tokens [start, end) of ps from the
// token rules' sentence, and forgets e when nothing else mentions it: a
// structure rule read those words as another entity.
func (x *extractor) dropMention(ps *psent, e *entity, start, end int) {
	os, oe, ok := oldSpan(ps.s, ps.d, start, end)
	if !ok {
		return
	}
	s := ps.s
	for mi := 0; mi < len(s.ments); mi++ {
		if m := s.ments[mi]; m.ent == e && m.start == os && m.end == oe {
			s.ments = append(s.ments[:mi], s.ments[mi+1:]...)
			mi--
		}
	}
	if e.first == s.idx && !x.mentioned(e) {
		e.first = -1
	}
}

// directionWords place a place within a region: "south-east Algeria".
var directionWords = set("north", "south", "east", "west", "northern", "southern", "eastern", "western",
	"central", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
	"south-east", "south-west", "northeastern", "northwestern", "southeastern", "southwestern")

// contradicts reports whether the gazetteer places a in a country other
// than b (or b's country). Within a state or province it takes only a
// capital or a large city for a contradiction: the gazetteer lacks most
// small towns, and a town elsewhere may share the name.
func (x *extractor) contradicts(a, b *entity) bool {
	want := x.countryOf(b)
	if want == "" {
		return false
	}
	entries := x.lookupPlace(a.name)
	if len(entries) == 0 {
		return false
	}
	big := b.typ == domain.Country
	for _, e := range entries {
		if e.Country == want {
			return false
		}
		big = big || e.Capital || e.Population >= bigCity
	}
	return big
}

// bigCity is the population of a city whose name, placed in another
// country's state, is more likely misread than shared.
const bigCity = 1_000_000

// governmentBody reports whether an organization is a state body, which
// is part_of its country rather than based somewhere.
func governmentBody(e *entity) bool {
	if civilBody(e.name) {
		return false
	}
	if e.partOf != "" {
		return true
	}
	words := strings.Fields(strings.ToLower(e.name))
	for i, w := range words {
		// (a central, reserve or state bank is the state's: "the State
		// Bank of Norland", not "the National Bank of Norland")
		if in(governmentOrgCues, w) || in(chamberCues, w) || w == "bank" && i > 0 && in(stateBankWords, words[i-1]) {
			return true
		}
	}
	return false
}

// chamberCues name the houses of a legislature: "the Senate", "the
// Chamber of Deputies", "the House of Representatives".
var chamberCues = set("senate", "deputies", "representatives")

// stateBankWords qualify a bank that a state owns.
var stateBankWords = set("central", "reserve", "state")

// civilBody reports whether an organization's name says it is a body of
// citizens, trades or sports, not of the state, whatever state word it
// holds: "the Norwegian Refugee Council", "the Polish Business Council",
// "the Australian Olympic Committee", "the Minerals Council of Norland"
// are named after their country, not part of it. A ministry or
// department of those things is the state's ("the Ministry of Youth and
// Sports").
func civilBody(name string) bool {
	words := strings.Fields(strings.ToLower(name))
	// "the Senate of the University of Norland": a school's senate is
	// its governing council, no house of a legislature
	school := slices.ContainsFunc(words, func(w string) bool { return in(schoolWords, w) })
	civil := false
	for i, w := range words {
		if in(stateOnlyCues, w) || in(chamberCues, w) && !school {
			return false
		}
		civil = civil || in(civilCues, w) || in(chamberCues, w) || citizensRights(words, i)
	}
	return civil
}

// citizensRights reports whether word i of a body's name is "rights"
// (or "human-rights") of people: of humans, women, children, the
// disabled, workers. Rights to a resource or a licence ("land rights",
// "mineral rights", "broadcasting rights") are the state's to grant,
// and a council of them is often the state's own.
func citizensRights(words []string, i int) bool {
	w := words[i]
	if before, ok := strings.CutSuffix(w, "-rights"); ok {
		return !in(resourceRights, before)
	}
	if w != "rights" {
		return false
	}
	if i == 0 {
		return true
	}
	p := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(words[i-1], "'s"), "’s"), "'")
	return !in(resourceRights, p)
}

// resourceRights name what a state grants rights to: land, water,
// minerals, airwaves, catch, pasture.
var resourceRights = set("land", "water", "mineral", "minerals", "mining", "broadcasting", "broadcast", "property",
	"fishing", "grazing", "spectrum", "intellectual-property", "intellectual")

// stateOnlyCues name bodies only a state has.
var stateOnlyCues = set("ministry", "department", "government", "agency", "authority", "bureau", "directorate")

// civilCues name what bodies of citizens, trades and sports are for.
// civilBody adds people's rights (citizensRights): a human rights
// commission, even one a state appoints, watches the state and stands
// apart from it ("Norland's National Commission on Human Rights"; not
// "the Ministry of Human Rights"), and a women's or disability rights
// council is a citizens' body. A land, water or broadcasting rights
// council is often the state's own.
var civilCues = set("refugee", "refugees", "rescue", "relief", "olympic", "paralympic", "business",
	"chamber", "industry", "industries", "employers", "growers", "farmers", "workers", "students",
	"minerals", "mining", "journalists", "football", "sports", "rugby", "cricket", "athletics")

// placeFact states where a lies: located_in for a place, based_in for a
// non-government organization in a place. Only the place the phrase
// gives counts: a street "in Tarrow Falls, Minn." lies in Tarrow Falls,
// which lies in Minnesota (geoCityState), as the ontology writes the
// nearest place only; an organization "based in Lyon, France" is based in Lyon,
// not in France. A country that names an
// organization ("Swedish carmaker X", "Kenya's Y Party", "the Z Society
// of Kenya") says its nationality, not where it is based: only words
// that say so base it in a country (basedFact).
func (x *extractor) placeFact(ps *psent, a, b *entity, toks []int) {
	if a != nil && a.typ == domain.Organization && b != nil && b.typ == domain.Country {
		return
	}
	x.basedFact(ps, a, b, toks)
}

// basedFact is placeFact where the text says where an organization is
// based ("based in Y", "Y-based", "headquartered in Y"), a country too.
func (x *extractor) basedFact(ps *psent, a, b *entity, toks []int) {
	if a == nil || b == nil || a == b || (b.typ != domain.Place && b.typ != domain.Country) {
		return
	}
	switch {
	case a.typ == domain.Place:
		if x.contradicts(a, b) || x.regionInTown(a, b) {
			return
		}
		x.trace(ps, toks)
		x.addFact(a.id, domain.LocatedIn, b.id, false, ps.idx, ps.s.hedge)
	case a.typ == domain.Organization && venueName(a.name) && b.typ == domain.Place:
		// "the Union Buildings in Pretoria": a building the recognizer
		// took for a body lies where it stands
		x.trace(ps, toks)
		x.addFact(a.id, domain.LocatedIn, b.id, false, ps.idx, ps.s.hedge)
	case a.typ == domain.Organization && !governmentBody(a) && !isWaterFeature(b) && !titledName(a.name):
		x.trace(ps, toks)
		x.addFact(a.id, domain.BasedIn, b.id, false, ps.idx, ps.s.hedge)
	}
}

// venueName reports whether a name ends in the kind of building it
// names ("the Union Buildings", "the Corvin Tower") or opens with the
// word for a camp, a base or a settlement of tents ("Camp Tarrow"): a
// site, which lies where it stands; not when a body's word closes it
// ("the Camp Tarrow Justice Coalition", orgCues): that body has a seat.
func venueName(name string) bool {
	w := lastWord(name)
	if first, rest, ok := strings.Cut(name, " "); ok && rest != "" && in(campOpeners, strings.ToLower(first)) && !in(orgCues, strings.ToLower(w)) {
		return true
	}
	return in(facilityKinds, w) || in(facilityKinds, strings.TrimSuffix(w, "s"))
}

// campOpeners open the names of camps and bases: "Camp Tarrow".
var campOpeners = set("camp")

// regionInTown reports whether a names a region ("Dade County") and b a
// town, which cannot hold it: "Miami's Dade County" says the county of
// Miami.
func (x *extractor) regionInTown(a, b *entity) bool {
	if b.typ != domain.Place || x.isRegionOrCountry(b) {
		return false
	}
	// a state or province the gazetteer knows lies in no town either:
	// "the premiers of Saskatchewan and Manitoba in Vancouver" met there
	if x.isRegionOrCountry(a) {
		return true
	}
	w := lastWord(a.name)
	// (a district may be a city's: "Tbilisi's Vake district")
	return in(regionWords, w) && w != "district" && !in(regionWords, lastWord(b.name))
}

// geoIn: "Fort Amber in Norland", "the Corvin Hospital in Tarrow": an
// "in" phrase on the name, or right after it where the parser attached
// it elsewhere.
func geoIn(x *extractor, ps *psent) {
	x.unreadPlaces(ps)
	for _, h := range ps.heads() {
		if ps.kind[h] != mName {
			continue
		}
		a := x.regionNamed(ps, h)
		_, end := ps.mentionSpan(h)
		if o := ps.coastAfter(end); o >= 0 && a.typ == domain.Place {
			x.placeFact(ps, a, ps.ent[o], []int{h, o})
		}
		for _, c := range ps.kids[h] {
			if ps.tok(c).Deprel == "nmod" && ps.caseOf(c) == "in" && ps.ent[c] != nil && ps.kind[c] == mName && !ps.nameBetween(end, c) {
				x.inPhraseFact(ps, a, c, []int{h, c})
			}
			// "the Amhara region of Ethiopia", "the Vake district of
			// Tbilisi": a region of a country, a district of a city
			if a.typ == domain.Place && in(regionWords, ps.lower(end-1)) && ps.tok(c).Deprel == "nmod" && ps.caseOf(c) == "of" &&
				isPlaceOrCountry(ps.ent[c]) && ps.kind[c] == mName {
				x.placeFact(ps, a, ps.ent[c], []int{h, c})
			}
		}
		if k := ps.islandAfter(end); k >= 0 && a.typ == domain.Place && ps.ent[k] != a {
			x.placeFact(ps, a, ps.ent[k], []int{h, k}) // "Pontianak, on Borneo island"
		}
		if end+1 < len(ps.d.Tokens) && ps.tok(end).Form == "," && ps.lower(end+1) == "in" {
			end++ // "the Savannah River Plant, in Aiken"
		}
		end = ps.pastAcronym(end) // "the Corvin Institute of Physics (CIP) in Tarrow"
		end, plural := ps.regionWordBeforeIn(end)
		if a.typ == domain.Place || hasOrgCue(a.name) || venueName(a.name) {
			// "Gosforth in northeast England", "the Corvin Hospital in
			// nearby Tarrow"
			if k := ps.inAfter(end - 1); k >= 0 && ps.ent[k] != a && !ps.inList(h, k) {
				x.inPhraseFact(ps, a, k, []int{h, end, k})
				if plural {
					x.conjunctsIn(ps, h, k, []int{h, end, k})
				}
			}
		}
	}
}

// pastAcronym returns the token after an acronym in brackets that
// starts at token end, right after a name ("the Corvin Institute (CI) in
// Tarrow"); end itself where there is none.
func (ps *psent) pastAcronym(end int) int {
	if end+2 >= len(ps.d.Tokens) || ps.tok(end).Form != "(" || ps.tok(end+2).Form != ")" || !isAcronym(ps.tok(end+1).Form) {
		return end
	}
	return end + 3
}

// islandAfter returns the token of the island that an "on" phrase right
// after the name ending before token end names, by its kind: "Tarrow, on
// Amber island", "Tarrow on the island of Amber"; -1 for none. (A place
// "on" anything else, a river, a coast or a border, need not lie in it.)
func (ps *psent) islandAfter(end int) int {
	j := end
	if j < len(ps.d.Tokens) && ps.tok(j).Form == "," {
		j++
	}
	if j+2 >= len(ps.d.Tokens) || ps.lower(j) != "on" {
		return -1
	}
	j++
	if ps.lower(j) == "the" && j+3 < len(ps.d.Tokens) && in(islandKinds, ps.lemma(j+1)) && ps.lower(j+2) == "of" {
		j += 3 // "on the island of Amber"
	} else if _, e := ps.mentionSpan(j); ps.ent[j] == nil || e >= len(ps.d.Tokens) || !in(islandKinds, ps.lemma(e)) {
		return -1
	}
	if e := ps.ent[j]; e == nil || e.typ != domain.Place || ps.kind[j] != mName {
		return -1
	}
	return j
}

// regionWordBeforeIn steps over the lower-case kind of region between a
// name and its "in" phrase ("Kano state in northern Norland", "Umbria
// and Lazio provinces in central Italy"): it returns the token after the
// word, and whether the word is plural; end itself where there is none.
func (ps *psent) regionWordBeforeIn(end int) (int, bool) {
	if end+1 >= len(ps.d.Tokens) || ps.lower(end+1) != "in" || startsUpper(ps.tok(end).Form) || !regionKind(ps.lemma(end)) {
		return end, false
	}
	return end + 1, strings.Contains(ps.tok(end).Feats, "Number=Plur")
}

// conjunctsIn puts the places conjoined with the name at token h in the
// place of the "in" phrase at token k: a plural region word describes
// them all.
func (x *extractor) conjunctsIn(ps *psent, h, k int, toks []int) {
	for _, m := range ps.conjuncts(h) {
		if e := ps.ent[m]; m != h && e != nil && e.typ == domain.Place && ps.kind[m] == mName {
			x.inPhraseFact(ps, e, k, append([]int{m}, toks...))
		}
	}
}

// inList reports whether the names at tokens h and k are items of a list
// of three "in" phrases or more, another before h's or after k's: "lives
// in Cauca, in Arauca, in Catatumbo" lists places side by side, none in
// the one before ("in Kherson, in southern Ukraine" is one in the next).
func (ps *psent) inList(h, k int) bool {
	start, _ := ps.mentionSpan(h)
	_, end := ps.mentionSpan(k)
	// ("in Tarrow and in Amber district, in the Coast Region": the last
	// item of a list, its "and" before it, and the "in" phrase after
	// its comma says where it lies)
	before := start >= 3 && ps.lower(start-1) == "in" && ps.lower(start-2) == "," && isPlaceOrCountry(ps.ent[start-3])
	after := end+2 < len(ps.d.Tokens) && listJoint(ps.lower(end)) && ps.lower(end+1) == "in" && ps.placeNameAt(end+2)
	return before || after
}

// placeNameAt reports whether token k may name a place: a place or
// country the rules read, or a proper noun no rule read that is no
// time ("in January").
func (ps *psent) placeNameAt(k int) bool {
	if e := ps.ent[k]; e != nil {
		return isPlaceOrCountry(e)
	}
	return ps.tok(k).UPOS == "PROPN" && !in(calendarWords, ps.lower(k))
}

// isPlaceOrCountry reports whether e is a place or a country.
func isPlaceOrCountry(e *entity) bool {
	return e != nil && (e.typ == domain.Place || e.typ == domain.Country)
}

// listJoint reports whether word w joins the items of a list.
func listJoint(w string) bool { return w == "," || w == "and" || w == "or" }

// inPhraseFact states where a lies from the "in" phrase naming the place
// at token c. An organization "in" a country is where it works, not
// where it sits: "the U.N. mission in Norland", "the Islamic Resistance
// in Iraq" (a city names its seat: "the Corvin Hospital in Tarrow").
func (x *extractor) inPhraseFact(ps *psent, a *entity, c int, toks []int) {
	if a.typ == domain.Organization && (ps.ent[c].typ == domain.Country || x.regionOnly(ps.ent[c])) {
		return
	}
	if x.civilSeat(a, ps.ent[c]) {
		if courtName(a.name) && !ps.courtSeatPhrase(toks[0], c) {
			return
		}
		x.seatFact(ps, a, ps.ent[c], toks)
		return
	}
	// "talks with the Norland Front in Oslo": where they talked
	if a.typ == domain.Organization && ps.exchangePartner(toks[0]) {
		return
	}
	x.placeFact(ps, a, ps.ent[c], toks)
}

// regionOnly reports whether p is a region (a state, a province) and no
// city of its name: an organization "in" it works there, as "in" a
// country ("the opposition BJP in Karnataka", "the NDP in Saskatchewan"
// are the party's branches there); "in" a city gives a seat.
func (x *extractor) regionOnly(p *entity) bool {
	if p.typ != domain.Place || !x.isRegionOrCountry(p) {
		return false
	}
	return !slices.ContainsFunc(x.lookupPlace(p.name), func(e gazetteer.Entry) bool { return e.Type == domain.Place && !e.Region })
}

// courtSeatPhrase reports whether the "in" phrase naming the city at
// token c gives the seat of the court whose name's head is token h: the
// parse hangs it on the court's name, not on a verb ("a student was
// jailed at the Corvin Crown Court in Tarrow" hangs it on the court;
// "the Corvin Court of Appeal in a ruling in Tarrow" does not), and no
// "for a/the ..." follows the city, which then says where the court
// went for something ("judges of the Corvin Criminal Court in Tarrow for
// a review conference").
func (ps *psent) courtSeatPhrase(h, c int) bool {
	if v := ps.head(c); v != h && (v < 0 || ps.tok(v).UPOS == "VERB" || ps.tok(v).UPOS == "AUX") {
		return false
	}
	_, end := ps.mentionSpan(c)
	return !(end+1 < len(ps.d.Tokens) && ps.lower(end) == "for" && in(determiners, ps.lower(end+1)))
}

// seatFact states that civil state body a sits in city p.
func (x *extractor) seatFact(ps *psent, a, p *entity, toks []int) {
	x.trace(ps, toks)
	x.addFact(a.id, domain.BasedIn, p.id, false, ps.idx, ps.s.hedge)
}

// civilSeat reports whether city p is the seat of a civil state body a: a
// ministry, an embassy or an agency "in" a city sits there ("the Norland
// embassy in Tarrow", "the Interior Ministry in Tarrow", "the Energy
// Agency in Tarrow"), and so does any civil body its name gives a country
// ("the Norland Electoral Commission in Tarrow"), and a court or
// tribunal "in" a city sits there ("the Permanent Court of Arbitration in
// The Hague"). A council, commission, committee or office of no country
// "in" a city is where it met or acted, or a branch of a body based
// elsewhere ("the Trade Council in Tarrow voted"). Armed forces and
// police "in" a city are where they serve: not where they are based.
//
// A capital the gazetteer also knows as a district of its name ("Port
// Louis") is the city: a seat.
func (x *extractor) civilSeat(a, p *entity) bool {
	if a.typ != domain.Organization || !governmentBody(a) || venueName(a.name) || p.typ != domain.Place || x.isRegionOrCountry(p) && !x.capitalCity(p) {
		return false
	}
	seat := a.partOf != ""
	for _, w := range strings.Fields(strings.ToLower(a.name)) {
		if in(armedCues, w) {
			return false
		}
		seat = seat || in(seatCues, w)
	}
	return seat || courtName(a.name)
}

// courtName reports whether name is a judicial body's: a tribunal, a
// "Court of ..." ("the Court of Arbitration for Sport") or a court its
// kind word names ("the Supreme Court", "Southwark Crown Court", "the
// Federal High Court"). "<a proper name> Court" alone is a building, a
// venue or a district as often ("Elm Court", "Centre Court", "Earls
// Court"): no court.
func courtName(name string) bool {
	words := strings.Fields(strings.ToLower(name))
	for i, w := range words {
		if in(tribunalWords, w) {
			return true
		}
		if !in(courtCues, w) {
			continue
		}
		if i+1 < len(words) && words[i+1] == "of" {
			return true // "Court of Appeal", "Court of Justice"
		}
		for _, v := range words[:i] {
			if in(courtKindWords, strings.TrimSuffix(strings.TrimSuffix(v, "'"), "'s")) {
				return true
			}
		}
	}
	return false
}

// tribunalWords name judicial bodies by themselves, where the other
// courtCues need a kind or an "of" (courtName); "tribunal" is in both.
var tribunalWords = set("tribunal", "tribunals")

// courtKindWords name the kind of court a "Court" is: "the Supreme
// Court", "the Crown Court", "the Federal High Court".
var courtKindWords = set("supreme", "high", "constitutional", "appeal", "appeals", "appellate", "crown", "district",
	"criminal", "justice", "arbitration", "magistrates", "magistrate", "federal", "tax", "labour", "labor", "military",
	"administrative", "cassation", "circuit", "superior", "county", "family", "juvenile", "sharia", "civil",
	"commercial", "claims", "bankruptcy", "electoral", "election", "anti-corruption", "anti-terrorism", "state",
	"provincial", "regional", "national", "municipal")

// capitalCity reports whether the gazetteer knows place p as a country's
// capital.
func (x *extractor) capitalCity(p *entity) bool {
	return slices.ContainsFunc(x.lookupPlace(p.name), func(e gazetteer.Entry) bool { return e.Type == domain.Place && e.Capital })
}

// seatCues name bodies that sit in one city, where an "in" phrase puts
// them.
var seatCues = set("ministry", "embassy", "consulate", "agency")

// courtCues name courts, which sit in the city an "in" phrase gives
// them: "the International Court of Justice in The Hague". (See
// tribunalWords for the words that name a judicial body alone.)
var courtCues = set("court", "courts", "tribunal")

// armedCues name forces deployed where they serve.
var armedCues = set("army", "navy", "force", "forces", "fleet", "corps", "guard", "guards", "police", "command", "brigade", "battalion", "division", "regiment", "militia")

// geoPossessive: "Norland's Amber province", "Tarrow's Corvin Museum",
// "Norland's Amber foothills": the possessor of the name, or of the noun
// the name modifies.
func geoPossessive(x *extractor, ps *psent) {
	for _, h := range ps.heads() {
		if ps.kind[h] != mName {
			continue
		}
		if _, end := ps.mentionSpan(h); ps.bodyNamed(end) {
			continue // "Algeria's Ettahadi (Challenge) political party"
		}
		owner := h
		if r := ps.rel(h); (r == "compound" || r == "amod") && ps.head(h) > h && ps.ent[ps.head(h)] == nil && in(landformNouns, ps.lemma(ps.head(h))) {
			owner = ps.head(h)
		}
		for _, c := range ps.kids[owner] {
			if ps.tok(c).Deprel == "nmod:poss" && c < h && ps.ent[c] != nil && ps.kind[c] == mName && ps.ent[c] != ps.ent[h] {
				x.placeFact(ps, x.regionNamed(ps, h), ps.ent[c], []int{h, c})
			}
		}
	}
}

// geoFacility: "Ankara's Esenboga airport", "Tarrow's Corvin stadium",
// "the Corvin oil field in western Norland": a name before a lower-case
// noun of a building whose possessor, or of a work in the open whose "in"
// phrase, is a place or country names a place there (the recognizer
// reads the name alone, or as a person's: "Nairobi's Jomo Kenyatta
// airport"; or no rule read it). (A building's "in" phrase is as often
// the place's before it: "Ofer prison near Ramallah in the West Bank".)
func geoFacility(x *extractor, ps *psent) {
	for t := range ps.d.Tokens {
		site := in(siteKinds, ps.lemma(t))
		if ps.ent[t] != nil || ps.tok(t).UPOS != "NOUN" || startsUpper(ps.tok(t).Form) || !in(facilityKinds, ps.lemma(t)) && !site {
			continue
		}
		name, owner := -1, -1
		for _, c := range ps.kids[t] {
			switch r := ps.tok(c).Deprel; {
			case r == "compound" && c == t-1 && startsUpper(ps.tok(c).Form) && ps.tok(c).UPOS == "PROPN":
				name = c
			case r == "nmod:poss" && c < t && ps.ent[c] != nil && ps.kind[c] == mName && !site:
				owner = c
			case r == "nmod" && c > t && ps.caseOf(c) == "in" && ps.ent[c] != nil && ps.kind[c] == mName && site:
				owner = c
			}
		}
		if k := ps.inAfter(t); site && owner < 0 && k >= 0 {
			owner = k // "hit the Corvin refinery in Tarrow", the phrase hung on the verb
		}
		if name < 0 || owner < 0 {
			continue
		}
		if o := ps.ent[owner]; o.typ != domain.Place && o.typ != domain.Country || x.isBloc(o) {
			continue // "the EU's Justus Lipsius building" is the bloc's, not in it
		}
		if a := x.facilityNamed(ps, name, t); a != nil {
			x.placeFact(ps, a, ps.ent[owner], []int{name, t, owner})
		}
	}
	x.namedSitesIn(ps)
}

// namedSitesIn: "the Corvin copper mine in central Norland", "the Tarrow
// project in Amber district": "the", a name, at most two lower-case words
// and a noun of works in the open, whose "in" phrase names a place or a
// country: the works named after the name lie there, read by the words
// (the parser takes "copper mine" for a noun and a pronoun). A name no
// rule read becomes the works' place, and one read as a place's names
// works named after where they lie (placeNamedSites), when it holds no
// body's word ("the Corvin Mining project in Norland" stays the
// company's); a name the recognizer read as a body's or a person's (or
// the article elsewhere: ownerNamed) is the owner's, not the works', while
// one that only its "the" made a body's is read as no rule had read it.
// The "in" phrase counts only where it says where the works lie, not a
// deal's or a holder's venue (siteIn).
func (x *extractor) namedSitesIn(ps *psent) {
	for t := range ps.d.Tokens {
		if ps.ent[t] != nil || !in(namedSiteKinds, ps.lower(t)) {
			continue
		}
		k := ps.inAfter(t)
		if k < 0 || !isPlaceOrCountry(ps.ent[k]) {
			continue
		}
		end := t
		for end > 0 && end > t-2 && lowerWord(ps.tok(end-1).Form) && ps.ent[end-1] == nil {
			end--
		}
		if end == 0 || !startsUpper(ps.tok(end-1).Form) || ps.tok(end-1).UPOS != "PROPN" {
			continue
		}
		start := end - 1
		e := ps.ent[start]
		if e != nil {
			if ps.kind[start] != mName || e.typ == domain.Country {
				continue
			}
			if s, en := ps.mentionSpan(start); en != end {
				continue
			} else {
				start = s
			}
		} else {
			for start > 0 && ps.ent[start-1] == nil && ps.tok(start-1).UPOS == "PROPN" && startsUpper(ps.tok(start-1).Form) {
				start--
			}
		}
		if !ps.definiteBefore(start) || e == ps.ent[k] || bodyWords(ps.words(start, end)) || !ps.siteIn(start, t, k) {
			continue
		}
		// a name read as a body's or a person's is the works' owner ("the
		// Corvin copper mine" of a company); one read as a place's names
		// only works named after where they lie (a mine, a field), where a
		// refinery, a project or a complex bears its owner's name as often.
		// A body's reading that only the name's "the" gave (no owner by
		// ownerNamed) is read as no rule had read it.
		unowned := e != nil && e.typ == domain.Organization && !x.ownerNamed(ps, start, end)
		if e != nil && !unowned && (e.typ != domain.Place || !in(placeNamedSites, ps.lower(t))) {
			continue
		}
		a := e
		if unowned {
			x.dropMention(ps, e, start, end)
		}
		if e == nil || unowned {
			if a = x.structureEntity(ps, domain.Place, ps.words(start, end), start, end); a == nil {
				continue
			}
		}
		x.placeFact(ps, a, ps.ent[k], []int{end - 1, t, k})
	}
}

// siteIn reports whether the "in" phrase of place k after works noun t
// (named from token start) says where the works lie, not where what the
// sentence tells happened: the parser hangs the place on the works' words
// ("the Corvin lithium project in western Norland"), or, where it hangs
// it on a verb or another noun (the parser often takes "mine" for a
// pronoun), the phrase names a region, with a compass word or a region's
// noun ("in the southern Andes", "in Amber district"). A bare city hung
// on a verb or another noun is the venue of a deal, a talk or a holder
// ("signed a deal to sell the Corvin gold mine in London", "investors in
// the Corvin copper mine in Toronto").
func (ps *psent) siteIn(start, t, k int) bool {
	s, e := ps.mentionSpan(k)
	h := ps.head(k)
	for h >= s && h < e {
		h = ps.head(h)
	}
	if h >= start && h <= t {
		return true
	}
	for i := t + 2; i <= e && i < len(ps.d.Tokens); i++ {
		if w := ps.lower(i); in(directionWords, w) || regionKind(w) {
			return true
		}
	}
	return false
}

// ownerNamed reports whether the name over tokens [start, end) can own
// works: the recognizer types it a person's or an organization's, here or
// in another sentence, or the article names it as a body's (namedAsBody).
func (x *extractor) ownerNamed(ps *psent, start, end int) bool {
	os, oe, ok := oldSpan(ps.s, ps.d, start, end)
	u := unit{start: os, end: oe}
	if !ok || x.namedAsBody(ps.s, u) || x.recognizedAs(ps.s, u, "person") || x.annot == nil {
		return true
	}
	name := " " + domain.Fold(ps.words(start, end)) + " "
	for i := range x.annot.Sentences {
		ds := &x.annot.Sentences[i]
		for _, r := range ds.Entities {
			if (r.Type == "organization" || r.Type == "person") && strings.Contains(" "+domain.Fold(ds.Span(x.annot.Text, r.Start, r.End))+" ", name) {
				return true
			}
		}
	}
	return false
}

// bodyWords reports whether a name holds a word of a body or a trade:
// "Corvin Hospital", "Corvin Mining".
func bodyWords(name string) bool {
	return hasOrgCue(name) || slices.ContainsFunc(strings.Fields(strings.ToLower(name)), func(w string) bool { return in(tradeWords, w) })
}

// namedSiteKinds name works in the open that take the name of a place or
// a founder: "the Corvin copper mine", "the Tarrow hydropower project".
var namedSiteKinds = setWith(siteKinds, "mines", "project", "complex")

// placeNamedSites name the works that mostly take the name of where they
// lie: "the Corvin mine", "the Tarrow gas field".
var placeNamedSites = set("mine", "mines", "field", "oilfield", "gasfield")

// definiteBefore reports whether "the" comes right before token start,
// or before one lower-case word there ("the closed Corvin mine").
func (ps *psent) definiteBefore(start int) bool {
	if start >= 1 && ps.lower(start-1) == "the" {
		return true
	}
	return start >= 2 && ps.lower(start-2) == "the" && lowerWord(ps.tok(start-1).Form) && ps.ent[start-1] == nil
}

// lowerWord reports whether a token is a word of lower-case letters.
func lowerWord(form string) bool {
	if form == "" {
		return false
	}
	for _, r := range form {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// facilityNamed reads the name that ends at token name and the noun t
// after it as one place ("Esenboga airport"), over a person's name the
// recognizer read there, or a water's a work is named after ("the Corvin
// Bay refinery"); nil over an organization's or another place's.
func (x *extractor) facilityNamed(ps *psent, name, t int) *entity {
	start := name
	if e := ps.ent[name]; e != nil {
		s, end := ps.mentionSpan(name)
		if e.typ != domain.Person && !isWaterFeature(e) || end != t {
			return nil
		}
		start = s
		x.dropMention(ps, e, s, end)
	} else {
		for start > 0 && ps.ent[start-1] == nil && ps.tok(start-1).UPOS == "PROPN" && startsUpper(ps.tok(start-1).Form) {
			start--
		}
	}
	return x.structureEntity(ps, domain.Place, ps.words(start, t+1), start, t+1)
}

// bodyNamed reports whether a body's noun follows the name that ends
// before token end (bodyNounAfter, on the token rules' tokens).
func (ps *psent) bodyNamed(end int) bool {
	_, oe, ok := oldSpan(ps.s, ps.d, end-1, end)
	return ok && bodyNounAfter(ps.s.toks, oe)
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

// knownPlace returns the place or country the gazetteer knows by the
// name of token k ("Nairobi" of "Nairobi-based"), noting its mention in
// sentence ps; nil when unknown or ambiguous.
func (x *extractor) knownPlace(ps *psent, k int) *entity {
	return x.placeByName(ps, ps.tok(k).Form, true)
}

// placeByName returns the place (or, with countries, the country) the
// gazetteer knows by name, noting its mention in sentence ps; nil when
// unknown or ambiguous.
func (x *extractor) placeByName(ps *psent, name string, countries bool) *entity {
	if c, ok := x.country(name); ok {
		if !countries {
			return nil
		}
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
// locates: "California's Sierra Nevada foothills". (Not
// oneWordLandforms, lexicon.go, which are names; see also geoHeads and
// featureNouns.)
var landformNouns = set("foothill", "foothills", "region", "province", "valley", "district", "coast",
	"mountain", "mountains", "plain", "plains", "highlands", "desert", "basin", "delta", "peninsula", "island", "islands")

// geoApposition: "Amberton, a small town in Norland", "Norland's capital,
// Amberton", "Amberton, one of the few towns in Norland", "Norland's
// southern province of Amberton", "Amberton is a town in Norland": a noun that says what kind of place a
// name is, and where. The apposition makes a place of a name no rule had
// read, or (when the parser saw it) one the recognizer took for a person.
func geoApposition(x *extractor, ps *psent) {
	for t := range ps.d.Tokens {
		kind := t
		if ps.lower(t) == "one" {
			kind = ps.kidWith(t, "nmod", "of") // "one of the towns in Y"
		}
		if kind < 0 || ps.ent[t] != nil || ps.tok(kind).UPOS != "NOUN" || !in(placeKinds, ps.lemma(kind)) && !in(partPlaceKinds, ps.lemma(kind)) && !in(facilityKinds, ps.lemma(kind)) {
			continue
		}
		name, where, parsed := ps.placeApposition(t, kind)
		if name < 0 && kind == t {
			name, where = ps.capitalNamedNext(t)
		}
		where = ps.regionName(ps.directionOf(where))
		if where < 0 && name >= 0 && ps.lemma(kind) == "capital" {
			// "in Guinea-Bissau … in the capital Bissau", else
			// "Amberton, the provincial capital"
			if where = x.capitalCountryIn(ps, name); where < 0 {
				where = ps.regionOfCapital(kind)
			}
		}
		if name >= 0 && where >= 0 && ps.ent[where] == nil {
			x.countryNounFact(ps, name, where, []int{name, t, where})
			continue
		}
		if name < 0 || where < 0 || ps.kind[where] != mName && ps.kind[where] != mDemonym {
			continue
		}
		if x.partNamedFirst(ps, kind, name, where) {
			name, where = where, name
		}
		if e := ps.ent[name]; !parsed && e != nil && e.typ != domain.Place {
			continue // read by position only: no retyping
		}
		a := x.placeNamed(ps, name, kind)
		if n, _ := ps.nameBeforeComma(t); a == nil && parsed && n >= 0 && n != name && ps.kind[n] == mName && ps.ent[n] != nil && ps.ent[n].typ == domain.Place {
			// "In Tarrow, Amberia's largest city, Mayor X said", where
			// the parser made the titled person the apposition: the
			// place the apposition follows
			name, a = n, ps.ent[n]
		}
		if a == nil {
			continue
		}
		b := ps.ent[where]
		if isWaterFeature(b) && !in(islandKinds, ps.lemma(kind)) {
			continue // "the Red Sea port of Aqaba" lies on the sea, not in it
		}
		if ps.lemma(kind) == "capital" {
			if c, ok := x.isCapitalOf(a, b); ok {
				x.trace(ps, []int{name, t, where})
				x.addFact(a.id, domain.CapitalOf, c.id, false, ps.idx, ps.s.hedge)
				continue
			}
		}
		if toks := []int{name, t, where}; !x.definedInFact(ps, a, b, toks) {
			x.placeFact(ps, a, ps.ent[where], toks)
		}
		// "Kisumu and Nakuru, two Kenyan cities": a plural noun describes
		// every conjunct
		if strings.Contains(ps.tok(kind).Feats, "Number=Plur") {
			for _, m := range ps.conjuncts(name) {
				if e := ps.ent[m]; m != name && e != nil && e.typ == domain.Place && ps.kind[m] == mName {
					x.placeFact(ps, e, ps.ent[where], []int{m, name, t, where})
				}
			}
		}
	}
}

// capitalNamedNext returns the place named right after "the capital" or
// "the Kenyan capital" (token t) where the parser hung the name elsewhere
// ("the palace in the capital Bissau" with the name on "palace"), and the
// demonym that qualifies the noun, or -1: the gazetteer must then confirm
// the capital.
func (ps *psent) capitalNamedNext(t int) (name, where int) {
	if ps.lemma(t) != "capital" || t+1 >= len(ps.d.Tokens) {
		return -1, -1
	}
	if e := ps.ent[t+1]; e == nil || e.typ != domain.Place || ps.kind[t+1] != mName {
		return -1, -1
	}
	if d := ps.demonymOf(t); d >= 0 {
		return t + 1, d
	}
	if t == 0 || ps.lower(t-1) != "the" {
		return -1, -1
	}
	return t + 1, -1
}

// countryNounFact places the place named at token name in the country
// that "the country" at token where stands for, the one country the
// nearest sentences name: "Concepción, the country's second-largest
// city"; or in the state or province "the state" stands for, the one
// region the nearest sentence naming one names: "Siliguri, a city in the
// north of the state" after "the West Bengal state election" (a name no
// rule read as a place is left alone).
func (x *extractor) countryNounFact(ps *psent, name, where int, toks []int) {
	a := ps.ent[name]
	if a == nil || a.typ != domain.Place {
		return
	}
	switch l := ps.lemma(where); {
	case l == "country":
		c := x.definiteBody(ps, where)
		if os, _, ok := oldSpan(ps.s, ps.d, where, where+1); c == nil && ok && len(ps.kidsWith(where, "amod")) == 0 {
			// "Chiang Mai, the country's largest northern city" after a
			// sentence naming two countries: the one of them the
			// gazetteer has the place in
			c = x.recentWhere(ps.s, os, 2, func(e *entity) bool { return e.typ == domain.Country && x.knownIn(a, e) })
		}
		if c != nil && c.typ == domain.Country && !x.contradicts(a, c) {
			x.placeFact(ps, a, c, toks)
		}
	case in(regionNouns, l) || in(regionAdjectives, l):
		if where == 0 || ps.lower(where-1) != "the" {
			return
		}
		for _, c := range ps.kids[where] {
			if r := ps.rel(c); r == "amod" || r == "compound" || r == "nmod" || r == "appos" {
				return // "the southern state", "the state of X"
			}
		}
		os, _, ok := oldSpan(ps.s, ps.d, where, where+1)
		if !ok {
			return
		}
		region := func(e *entity) bool { return e.typ == domain.Place && e != a && x.isRegionOrCountry(e) }
		r := x.recentWhere(ps.s, os, len(x.sents), region)
		if ps.head(where) >= 0 && ps.lemma(ps.head(where)) == "capital" {
			r = x.capitalRegion(ps.s, os, a, r, region)
		} else if r != nil && !slices.ContainsFunc(ps.s.ments, func(m mention) bool { return m.ent == r && m.end <= os }) && x.otherRegionBefore(ps.s, os, r, a) {
			// "BRISBANE, Queensland … crews from New South Wales … a
			// town in the north of the state": with two states named so
			// far the nearest need not be the one meant, unless the
			// sentence names it ("In Queensland, rescuers reached X, a
			// town in the north of the state")
			return
		}
		if r != nil && !x.contradicts(a, r) {
			x.placeFact(ps, a, r, toks)
		}
	}
}

// regionAdjectives say that a capital is a province's or a region's:
// "the provincial capital", "the regional capital".
var regionAdjectives = set("provincial", "regional")

// regionOfCapital returns, for "capital" at token kind, the word that
// makes it a state's or a province's capital ("the state capital", "the
// provincial capital") for countryNounFact to read as the region the
// article names, or -1.
func (ps *psent) regionOfCapital(kind int) int {
	for _, c := range ps.kids[kind] {
		if r := ps.rel(c); c == kind-1 && (r == "compound" && in(regionNouns, ps.lower(c)) || r == "amod" && in(regionAdjectives, ps.lower(c))) {
			return c
		}
	}
	return -1
}

// capitalRegion returns the region whose capital "the provincial
// capital" (or "the state capital") at token k of sentence s calls the
// place a, given r, the region named last: nil when in doubt. A seat the
// gazetteer names its region after ("Kursk", "Kursk Oblast") lies in
// that region, when the article names it, and in no other. Otherwise r
// must be the one region named outside quotes in a's sentence and the
// one before ("In Amber province, … Tarrow, the provincial capital",
// though an earlier sentence named another), or, when neither names
// one, the one region the article names so far; and r must not be where
// someone left ("fled Amber province", "from Amber province").
func (x *extractor) capitalRegion(s *sentence, k int, a, r *entity, region func(*entity) bool) *entity {
	if seat := x.seatRegion(a); seat != "" {
		return x.recentWhere(s, k, len(x.sents), func(e *entity) bool { return region(e) && e.name == seat })
	}
	if r == nil {
		return nil
	}
	seen := false
	only := func(si int) bool {
		for i := range x.sents[si].ments {
			m := &x.sents[si].ments[i]
			if m.quoted || !region(m.ent) {
				continue
			}
			if m.ent != r || leftFrom(x.sents[si].toks, m.start) {
				return false
			}
			seen = true
		}
		return true
	}
	for si := s.idx; si >= 0; si-- {
		if si == s.idx-2 && seen {
			break // named in the sentence or the one before
		}
		if !only(si) {
			return nil
		}
	}
	return r
}

// seatRegion returns the name of the first-level region the gazetteer
// names after the place a, its seat ("Kursk Oblast", "Herat Province"),
// in the country of a place of that name, or "".
func (x *extractor) seatRegion(a *entity) string {
	for _, w := range []string{"province", "oblast", "region", "state", "governorate", "prefecture"} {
		for _, r := range x.lookupPlace(a.name + " " + w) {
			for _, c := range x.lookupPlace(a.name) {
				if r.Region && !c.Region && c.Country == r.Country {
					return r.Name
				}
			}
		}
	}
	return ""
}

// departVerbs leave a place: "fled Amber province", "left Tarrow".
var departVerbs = set("fled", "flee", "flees", "fleeing", "left", "leave", "leaves", "leaving", "escaped", "escaping",
	"quit", "quitting", "abandoned", "evacuated", "from")

// leftFrom reports whether the name at token k is where a motion starts:
// right after "from", "out of" or a verb of leaving.
func leftFrom(toks []token, k int) bool {
	return in(departVerbs, lowerAt(toks, k-1)) || lowerAt(toks, k-1) == "of" && lowerAt(toks, k-2) == "out"
}

// otherRegionBefore reports whether the article names, outside quotes
// and before token k of sentence s, a state or province other than r and
// the place a being located.
func (x *extractor) otherRegionBefore(s *sentence, k int, r, a *entity) bool {
	for si := 0; si <= s.idx; si++ {
		for _, m := range x.sents[si].ments {
			if si == s.idx && m.start >= k || m.quoted || m.ent == r || m.ent == a || m.ent.typ != domain.Place {
				continue
			}
			if x.isRegionOrCountry(m.ent) {
				return true
			}
		}
	}
	return false
}

// directionOf returns, for the direction noun at token k ("the north of
// the country"), the place noun or name of its "of" phrase; k itself
// otherwise.
func (ps *psent) directionOf(k int) int {
	if k < 0 || ps.ent[k] != nil || !in(directionWords, ps.lemma(k)) {
		return k
	}
	if of := ps.kidWith(k, "nmod", "of"); of >= 0 {
		return of
	}
	return k
}

// conjuncts returns the names coordinated with the one at token k, k
// among them: the first conjunct and its conj dependents.
func (ps *psent) conjuncts(k int) []int {
	if ps.rel(k) == "conj" && ps.head(k) >= 0 {
		k = ps.head(k)
	}
	return withConj(ps, []int{k})
}

// capitalCountryIn returns the token of the country named in the sentence
// whose capital the gazetteer says the place at token name is, or -1:
// "the capital" with no country of its own is the sentence's country's.
func (x *extractor) capitalCountryIn(ps *psent, name int) int {
	p := ps.ent[name]
	if p == nil || p.typ != domain.Place {
		return -1
	}
	for k, e := range ps.ent {
		if e != nil && e.typ == domain.Country && ps.kind[k] == mName {
			if _, ok := x.isCapitalOf(p, e); ok {
				return k
			}
		}
	}
	return -1
}

// definedInFact states that place a, which an apposition defines as lying in
// country b ("Daru, a town in northern Nigeria"), lies there although the
// gazetteer knows only a town of its name elsewhere: the text says which
// one it is. (A capital or a big city of another country is more likely
// a misreading, and a contradiction stays one.)
func (x *extractor) definedInFact(ps *psent, a, b *entity, toks []int) bool {
	if a.typ != domain.Place || b.typ != domain.Country || !x.contradicts(a, b) || x.famousElsewhere(a) {
		return false
	}
	x.trace(ps, toks)
	x.addFact(a.id, domain.LocatedIn, b.id, false, ps.idx, ps.s.hedge)
	return true
}

// famousElsewhere reports whether the gazetteer knows place a as a
// capital or a big city.
func (x *extractor) famousElsewhere(a *entity) bool {
	for _, e := range x.lookupPlace(a.name) {
		if e.Capital || e.Population >= bigCity {
			return true
		}
	}
	return false
}

// islandKinds name places that lie in waters: "the Amber Sea island of
// Tarrow".
var islandKinds = set("island", "islet", "atoll", "archipelago", "reef", "shoal", "cay")

// geoIncluding: "other Norland cities, including Amberton and Tarrow",
// "Norland towns such as Amberton": the places a list names lie in the
// country or place that qualifies the noun of kind before it.
func geoIncluding(x *extractor, ps *psent) {
	for n := range ps.d.Tokens {
		if ps.ent[n] != nil || ps.tok(n).UPOS != "NOUN" || !in(placeKinds, ps.lemma(n)) {
			continue
		}
		where := -1
		for _, c := range ps.kids[n] {
			if r := ps.rel(c); c < n && (r == "amod" || r == "compound" || r == "nmod") && ps.ent[c] != nil && ps.kind[c] != mGov {
				where = c
			}
		}
		if where < 0 {
			continue
		}
		for _, c := range ps.kids[n] {
			if c < n || ps.rel(c) != "nmod" || !in(listMarkers, ps.caseOf(c)) {
				continue
			}
			for _, k := range withConj(ps, []int{c}) {
				if e := ps.ent[k]; e != nil && e.typ == domain.Place && ps.kind[k] == mName {
					x.placeFact(ps, e, ps.ent[where], []int{k, n, where})
				}
			}
		}
	}
}

// listMarkers open a list of examples: "including X", "such as X",
// "like X".
var listMarkers = set("including", "such", "like")

// placeApposition finds, for the place noun kind (t is "one" in "one of
// the towns"), the name it describes and the place that contains it, and
// whether the parse linked them (or only their positions did: "Cuenca,
// third most important city in Ecuador" parsed as a list); -1 for none.
func (ps *psent) placeApposition(t, kind int) (name, where int, parsed bool) {
	// "Y's province of X", "the U.S. capital of X"
	if of := ps.kidWith(kind, "nmod", "of"); of >= 0 && kind == t && ps.tok(of).UPOS == "PROPN" {
		for _, c := range ps.kids[kind] {
			if r := ps.tok(c).Deprel; c < kind && (r == "nmod:poss" || r == "compound") && ps.ent[c] != nil {
				return of, c, true
			}
		}
	}
	name, owner := -1, -1
	switch {
	case ps.tok(t).Deprel == "appos" && ps.head(t) < t:
		name, parsed = ps.head(t), true
		// "from Goma to Bukavu, the capital of Y": the apposition
		// describes the name right before its comma, wherever the
		// parser hung it
		if n, o := ps.nameBeforeComma(t); n >= 0 && ps.ent[n] != nil && ps.ent[n] != ps.ent[name] {
			name, owner = n, o
		}
	case ps.has(t, "cop"):
		// "Lamu is a small town in Norland"
		if c := ps.kidWith(t, "nsubj", ""); c >= 0 && c < t {
			name, parsed = c, true
		}
	default:
		for _, c := range ps.kids[t] {
			if ps.tok(c).Deprel == "appos" && c > t {
				name, parsed = c, true
			}
		}
	}
	if name < 0 && ps.rel(t) != "compound" && ps.rel(t) != "amod" {
		name, owner = ps.nameBeforeComma(t)
	}
	if name < 0 || ps.tok(name).UPOS != "PROPN" {
		return -1, -1, false
	}
	for _, w := range []int{ps.kidWith(kind, "nmod", "in"), ps.kidWith(kind, "nmod:poss", ""), owner, ps.inAfter(kind), ps.shoreOf(kind), ps.demonymOf(kind)} {
		if w >= 0 {
			return name, w, parsed
		}
	}
	if ps.lemma(kind) == "capital" || in(partPlaceKinds, ps.lemma(kind)) || ps.lemma(kind) == "district" {
		return name, ps.kidWith(kind, "nmod", "of"), parsed
	}
	return -1, -1, false
}

// demonymOf returns the plain demonym that qualifies the noun at token
// kind ("a Norwegian port town", "the Italian island"), or -1. A compound
// of one ("a Russian-held town") says who holds the place, not where it
// lies.
func (ps *psent) demonymOf(kind int) int {
	for _, c := range ps.kids[kind] {
		if r := ps.rel(c); c < kind && (r == "amod" || r == "compound") && ps.kind[c] == mDemonym && !strings.ContainsAny(ps.tok(c).Form, "-‐") {
			if e := ps.ent[c]; e != nil && e.typ == domain.Country {
				return c
			}
		}
	}
	return -1
}

// partNamedFirst reports whether "the W kind of N" names the part first:
// "the Shejaiya neighbourhood of Gaza City" (the gazetteer knows the city,
// not the neighbourhood), where "the Lusaka township of Matero" names
// the city first.
func (x *extractor) partNamedFirst(ps *psent, kind, name, where int) bool {
	if ps.tok(where).Deprel != "compound" || ps.head(where) != kind || !in(partPlaceKinds, ps.lemma(kind)) && ps.lemma(kind) != "district" && ps.lemma(kind) != "area" {
		return false
	}
	ws, we := ps.mentionSpan(where)
	ns, ne := ps.mentionSpan(name)
	return len(x.lookupPlace(ps.words(ws, we))) == 0 && len(x.lookupPlace(ps.words(ns, ne))) > 0
}

// shoreOf returns the place whose shore an "on" phrase of noun k names:
// "a port city on the Amber coast of Norland", "a town on Norland's
// coast"; -1 for none. ("On the border with Y" is no shore: near Y, not
// in it.)
func (ps *psent) shoreOf(k int) int {
	on := ps.kidWith(k, "nmod", "on")
	if on < 0 || ps.ent[on] != nil || !in(shoreNouns, ps.lemma(on)) {
		return -1
	}
	of := ps.kidWith(on, "nmod", "of")
	if of < 0 {
		of = ps.kidWith(on, "nmod:poss", "")
	}
	if of >= 0 && ps.ent[of] != nil && waterName(ps.ent[of]) {
		return -1 // "a city on the shores of Lake Amber" lies by the lake
	}
	return of
}

// waterName reports whether e names a water: "Amber Sea", "Lake Amber".
func waterName(e *entity) bool {
	return isWaterFeature(e) || in(waterHeads, firstWord(e.name))
}

// coastAfter returns the land whose coast an "on" phrase right after a
// name's comma names ("Hodeidah, on Yemen's Red Sea coast", "Tarkoz, on
// the coast of Kenya"), wherever the parser hung the phrase, or -1: the
// place lies in that land.
func (ps *psent) coastAfter(end int) int {
	n := len(ps.d.Tokens)
	if end+2 >= n || ps.tok(end).Form != "," || ps.lower(end+1) != "on" {
		return -1
	}
	for k := end + 2; k < n && k <= end+7 && ps.tok(k).UPOS != "PUNCT"; k++ {
		if !in(shoreNouns, ps.lemma(k)) || ps.ent[k] != nil {
			continue
		}
		for _, o := range []int{ps.kidWith(k, "nmod:poss", ""), ps.kidWith(k, "nmod", "of")} {
			if o >= 0 && isPlaceOrCountry(ps.ent[o]) && ps.kind[o] == mName && !waterName(ps.ent[o]) {
				return o
			}
		}
		return -1
	}
	return -1
}

// waterHeads open the names of waters: on their shores, "Lake Amber" is
// no town (as "Lake Tarrow, La." may be).
var waterHeads = set("lake", "gulf", "bay", "sea", "strait")

// shoreNouns name the edge of a land along water.
var shoreNouns = set("coast", "shore", "coastline", "seaboard")

// siteKinds name works in the open, placed by their "in" phrase: "the
// Corvin oil field in western Norland".
var siteKinds = set("field", "oilfield", "gasfield", "mine", "refinery")

// facilityKinds name places that are buildings or works, placed by an
// "in" phrase or a possessive: "X, the tallest building in Y", "Y's
// largest mosque, X".
var facilityKinds = set("building", "tower", "hotel", "stadium", "airport", "airbase", "bridge",
	"palace", "prison", "mosque", "church", "cathedral", "temple", "monument", "square", "dam")

// partPlaceKinds name a part of the place their "of" or "in" phrase
// names: "X, a suburb of Y", "X, a fishing hamlet in Y".
var partPlaceKinds = set("suburb", "neighborhood", "neighbourhood", "borough", "hamlet", "township",
	"municipality", "parish", "prefecture", "canton", "resort", "island", "islet", "atoll", "enclave", "exclave", "oasis")

// nameBeforeComma reads "X, [a] [Y's] [third most important] t" from
// right to left: the token ending the name X before the comma, and Y's
// token if a possessor comes; -1 for none.
func (ps *psent) nameBeforeComma(t int) (name, owner int) {
	owner = -1
	for j := t - 1; j > 0 && j >= t-8; j-- {
		switch f := ps.tok(j).Form; {
		case f == ",":
			return j - 1, owner
		case (f == "'s" || f == "’s") && owner < 0 && (ps.ent[j-1] != nil || ps.lemma(j-1) == "country"):
			owner = j - 1
			j, _ = ps.mentionSpan(j - 1)
		case ps.ent[j] == nil && in(adjectivals, ps.tok(j).UPOS), ps.kind[j] == mDemonym:
			// ("X, the Italian island": a demonym qualifies the noun)
		case ps.ent[j] == nil && ps.tok(j).UPOS == "NOUN" && ps.rel(j) == "compound" && ps.head(j) > j && ps.head(j) <= t && !startsUpper(ps.tok(j).Form):
			// ("X, a Romanian port city": a noun qualifies it too, or a
			// word of it: "the second-largest city")
		case f == "-":
		default:
			return -1, -1
		}
	}
	return -1, -1
}

// adjectivals are the parts of speech that may stand between a comma and
// the noun of an apposition: "a", "third", "most", "important".
var adjectivals = set("DET", "ADJ", "ADV", "NUM")

// inAfter returns the name an "in" phrase right after token k names ("…
// town in southern Norland", "… in the western province of Amberia"), or
// -1.
func (ps *psent) inAfter(k int) int {
	n := len(ps.d.Tokens)
	if k+1 >= n || ps.lower(k+1) != "in" {
		return -1
	}
	j := ps.skipPlaceWords(k + 2)
	if j < n && ps.kind[j] == mDemonym && (ps.rel(j) == "amod" || ps.rel(j) == "compound") {
		// "in the southern Indian state of Kerala": the country's word
		// before the kind of region
		if _, e := ps.mentionSpan(j); e+1 < n && regionKind(ps.lower(e)) && ps.lower(e+1) == "of" {
			j = e
		}
	}
	// "in the southeastern part of Rwanda", "in the western province of
	// Nyanza"
	of := false
	if j+1 < n && ps.ent[j] == nil && (in(partNouns, ps.lower(j)) || regionKind(ps.lower(j))) && ps.lower(j+1) == "of" {
		j, of = ps.skipPlaceWords(j+2), true
	}
	if j < n && ps.ent[j] != nil && ps.kind[j] == mName {
		p := ps.possessedPlace(j)
		if _, end := ps.mentionSpan(j); of && p == j && end < n && (ps.tok(end).Form == "'s" || ps.tok(end).Form == "’s") {
			return -1 // "in the province of Paktia's neighbour": not in Paktia
		}
		return p
	}
	return -1
}

// possessedPlace returns, for the name at token j, the name it is the
// possessor of ("in Norland's Amber region" places in the region, which
// geoPossessive places in Norland), or j.
func (ps *psent) possessedPlace(j int) int {
	_, end := ps.mentionSpan(j)
	if end+1 >= len(ps.d.Tokens) || ps.tok(end).Form != "'s" && ps.tok(end).Form != "’s" {
		return j
	}
	k := ps.skipPlaceWords(end + 1)
	if k < len(ps.d.Tokens) && ps.ent[k] != nil && ps.kind[k] == mName && ps.ent[k] != ps.ent[j] {
		if e := ps.ent[k]; e.typ == domain.Place || e.typ == domain.Country {
			return k
		}
	}
	return j
}

// skipPlaceWords returns the first token from k on that is not a
// determiner, a direction or a word of nearness: "in (the) (nearby)
// (northern) X", "in neighbouring X".
func (ps *psent) skipPlaceWords(k int) int {
	for k < len(ps.d.Tokens) && ps.ent[k] == nil && (ps.rel(k) == "det" || in(directionWords, ps.lower(k)) || in(nearWords, ps.lower(k)) || ps.describesPlace(k)) {
		k++
	}
	return k
}

// nearWords say a place lies near another, whatever the parser makes of
// them ("in neighbouring Sikka district" read as a verb).
var nearWords = set("nearby", "neighbouring", "neighboring")

// describesPlace reports whether token k is a lower-case adjective on
// the name after it: "in the occupied West Bank", "in the disputed
// Essequibo region".
func (ps *psent) describesPlace(k int) bool {
	return ps.rel(k) == "amod" && ps.head(k) > k && !startsUpper(ps.tok(k).Form)
}

// partNouns name a part of a place: "in the southern part of X".
var partNouns = set("part", "corner", "tip", "edge", "end", "half")

// nameBetween reports whether a name stands in tokens [from, to) before
// the mention at to: the "in" phrase of "Lazio province and Naples in
// Campania" locates Naples, whatever the parser attached it to.
func (ps *psent) nameBetween(from, to int) bool {
	start, _ := ps.mentionSpan(to)
	for j := from; j < start; j++ {
		if ps.ent[j] != nil && ps.kind[j] == mName {
			return true
		}
	}
	return false
}

// unreadPlaces reads as places the names no rule read that precede an
// "in" phrase naming a place, when the trained recognizer reads them as
// places ("Bugesera in the southeastern part of Rwanda") or they end in a
// region word ("Nakhon Thai District in Phitsanulok Province").
func (x *extractor) unreadPlaces(ps *psent) {
	for k := 0; k < len(ps.d.Tokens); k++ {
		if ps.ent[k] != nil {
			continue
		}
		start, end, ok := ps.recognized(k, "place")
		if !ok || !ps.nameStarts(start) {
			start, end = ps.regionRun(k)
		}
		if start >= end {
			continue
		}
		if c := ps.inAfter(end - 1); c >= 0 && (ps.ent[c].typ == domain.Place || ps.ent[c].typ == domain.Country) {
			x.structureEntity(ps, domain.Place, ps.words(start, end), start, end)
		}
		k = end - 1
	}
}

// nameStarts reports whether a name starts at token k, after a
// preposition, a determiner or punctuation: not the end of "Ford's
// Theater" or of "Ernst vom Rath".
func (ps *psent) nameStarts(k int) bool {
	if k == 0 {
		return true
	}
	p := ps.tok(k - 1)
	if ps.ent[k-1] != nil || p.Form == "'s" || p.Form == "’s" || ps.lower(k-1) != "the" && in(nameConnectors, ps.lower(k-1)) {
		return false
	}
	return p.UPOS == "ADP" || p.UPOS == "DET" || p.UPOS == "PUNCT"
}

// regionRun returns the capitalized nouns from token k that end in
// a region word ("Nakhon Thai District") or a street's ("Mare Street"),
// or an empty span.
func (ps *psent) regionRun(k int) (int, int) {
	end := k
	for end < len(ps.d.Tokens) && ps.ent[end] == nil && properWord(ps.tok(end), end) {
		end++
	}
	if end-k < 2 || !in(regionWords, ps.lower(end-1)) && !in(streetWords, ps.lower(end-1)) {
		return k, k
	}
	return k, end
}

// regionNamed returns the entity of the name mention at token k, read as
// a place when the recognizer took a region for a person ("Dan Sai
// District", "Cameron Parish"): no person's name ends in "District".
func (x *extractor) regionNamed(ps *psent, k int) *entity {
	e := ps.ent[k]
	start, end := ps.mentionSpan(k)
	if e.typ != domain.Person || end-start < 2 || !in(regionWords, ps.lower(end-1)) || !startsUpper(ps.tok(end-1).Form) {
		return e
	}
	x.dropMention(ps, e, start, end)
	if p := x.structureEntity(ps, domain.Place, ps.words(start, end), start, end); p != nil {
		return p
	}
	return e
}

// regionKind reports whether form is a lower-case word for a region
// after its name: "Kano state", "Sindh province" (regionWords, and
// "state", which they leave out because "the state" is no region).
func regionKind(form string) bool { return in(regionWords, form) || form == "state" }

// regionName returns, for a lower-case region word k ("the capital of
// Amber state", "a town in the region of Amber"), the name the parser
// hung on it as a compound or an "of" phrase; else k.
func (ps *psent) regionName(k int) int {
	if k < 0 || ps.ent[k] != nil || !regionKind(ps.tok(k).Form) {
		return k
	}
	for _, c := range ps.kids[k] {
		if c < k && ps.rel(c) == "compound" && ps.ent[c] != nil && ps.kind[c] == mName {
			return c
		}
	}
	// "a port town in the semi-autonomous region of Puntland"
	if of := ps.kidWith(k, "nmod", "of"); of > k && isPlaceOrCountry(ps.ent[of]) && ps.kind[of] == mName {
		return of
	}
	return k
}

// kidWith returns the first dependent of k with relation rel (exactly)
// and preposition cs ("" for none needed), or -1.
func (ps *psent) kidWith(k int, rel, cs string) int {
	for _, c := range ps.kids[k] {
		if ps.tok(c).Deprel == rel && (cs == "" || ps.caseOf(c) == cs) {
			return c
		}
	}
	return -1
}

// placeNamed returns the place named at token k: its place mention, or
// the proper nouns around k read as a place when no rule read them or the
// recognizer took them for a person; nil for an organization or a
// country. Noun kind says what kind of place the name is.
func (x *extractor) placeNamed(ps *psent, k, kind int) *entity {
	e := ps.ent[k]
	if e != nil && e.typ == domain.Place {
		return e
	}
	if e != nil && (e.typ != domain.Person || ps.kind[k] != mName) {
		return nil
	}
	start, end := k, k+1
	ms := start
	if e != nil {
		start, end = ps.mentionSpan(k)
		ms = start
		if start > 0 && isTitleWord(ps.lower(start-1)) {
			if k > kind {
				return nil // "Crete's largest city, Mayor Eleni Vardaki": a title makes a person
			}
			// "General Santos, a port city in Mindanao": the noun
			// after the name calls the whole name a place, title word
			// and all
			start--
		}
	} else {
		for start > 0 && ps.ent[start-1] == nil && ps.tok(start-1).UPOS == "PROPN" && startsUpper(ps.tok(start-1).Form) {
			start--
		}
		for end < len(ps.d.Tokens) && ps.ent[end] == nil && ps.tok(end).UPOS == "PROPN" && startsUpper(ps.tok(end).Form) {
			end++
		}
	}
	name := ps.words(start, end)
	if _, ok := x.country(name); ok || !startsUpper(name) {
		return nil
	}
	if e != nil {
		x.dropMention(ps, e, ms, end)
	}
	return x.structureEntity(ps, domain.Place, name, start, end)
}

// geoCapitalOwner: "Amber, whose capital is Tarrow", "Amber is the
// poorest state. Its capital, Tarrow, …": the capital (or a county's
// seat) a pronoun owns lies in the region the pronoun stands for; a
// country's is its capital where the gazetteer agrees. The region is
// the name right before ", whose", or for a sentence-opening "Its" the
// one place or country the sentence before has for its subject.
func geoCapitalOwner(x *extractor, ps *psent) {
	toks := ps.d.Tokens
	for t := 1; t+2 < len(toks); t++ {
		l := ps.lemma(t)
		if l != "capital" && l != "seat" || ps.tok(t).UPOS != "NOUN" {
			continue
		}
		var r *entity
		switch ps.lower(t - 1) {
		case "whose":
			// "Amber, whose capital is Tarrow"
			if t < 3 || toks[t-2].Form != "," || ps.kind[t-3] != mName {
				continue
			}
			if r = ps.ent[t-3]; r == nil {
				r = x.placeMadeElsewhere(ps, t-3) // "jobs in Amber, whose capital …"
			}
		case "its":
			// "Its capital, Tarrow, …", "Its capital is Tarrow."
			if t != 1 || l != "capital" {
				continue
			}
			// a town has no capital: its "its" is another's (often the
			// country's), so none is read ("Almaty is Kazakhstan's
			// largest city … Its capital, …")
			if r = x.previousSubjectPlace(ps.idx); r != nil && r.typ != domain.Country && !x.isRegion(r) {
				r = nil
			}
		default:
			continue
		}
		if r == nil || r.typ != domain.Place && r.typ != domain.Country {
			continue
		}
		n := t + 1
		if !in(beForms, ps.lower(n)) && toks[n].Form != "," {
			continue
		}
		n++ // the name, right after "is" or the comma
		a := ps.ent[n]
		if a == nil {
			a = x.placeMadeElsewhere(ps, n)
		}
		if a == nil || a.typ != domain.Place || ps.kind[n] != mName || a == r {
			continue
		}
		if _, end := ps.mentionSpan(n); end < len(toks) && toks[end].UPOS != "PUNCT" && toks[end].UPOS != "CCONJ" {
			continue // "whose capital is Tarrow Road": the name goes on
		}
		ev := []int{t - 1, t, n}
		if r.typ == domain.Country {
			if c, ok := x.isCapitalOf(a, r); ok && l == "capital" {
				x.trace(ps, ev)
				x.addFact(a.id, domain.CapitalOf, c.id, false, ps.idx, ps.s.hedge)
			}
			continue
		}
		x.placeFact(ps, a, r, ev)
	}
}

// previousSubjectPlace returns the one place or country named as the
// subject of the main clause of the sentence before si in its paragraph
// ("Amber lies on the coast. Its capital, …"); nil for none or several.
func (x *extractor) previousSubjectPlace(si int) *entity {
	p := x.sentenceBefore(si)
	if p < 0 {
		return nil
	}
	ds := &x.annot.Sentences[p]
	var found *entity
	for k := range ds.Tokens {
		if !mainSubject(ds, k) && !conjSubject(ds, k) {
			continue
		}
		e := x.entityAtToken(p, k)
		if e == nil || slices.ContainsFunc(ds.Tokens, func(c doc.Token) bool { return c.Head == k && c.Deprel == "conj" }) {
			return nil // a subject that is no name ("The state lies …") or one of several
		}
		if e.typ != domain.Place && e.typ != domain.Country || found != nil && found != e {
			return nil
		}
		if h := ds.Tokens[ds.Tokens[k].Head]; in(townKinds, strings.ToLower(h.Lemma)) {
			return nil // "Almaty is Kazakhstan's largest city": a town, whose "its" is another's
		}
		found = e
	}
	return found
}

// placeMadeElsewhere returns the place or country the article names
// elsewhere by the one proper noun at token k, where no mention was read
// in this sentence; nil for none.
func (x *extractor) placeMadeElsewhere(ps *psent, k int) *entity {
	if ps.ent[k] != nil || ps.tok(k).UPOS != "PROPN" || k > 0 && ps.tok(k-1).UPOS == "PROPN" || k+1 < len(ps.d.Tokens) && ps.tok(k+1).UPOS == "PROPN" {
		return nil
	}
	for _, t := range []domain.NodeType{domain.Place, domain.Country} {
		if e, ok := x.byID[domain.NodeID(t, ps.tok(k).Form)]; ok {
			return e
		}
	}
	return nil
}
