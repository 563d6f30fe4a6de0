package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/domain"
)

// The organization rules: where an organization is based, read from the
// structure of a sentence ("the Nairobi-based X", "X, based in Y", "X
// headquarters in Y", "X, a Japanese company", "the Nairobi Superior
// Court", "X Inc. of Houston"). placeFact (rules_geo.go) states the fact.

// titledName reports whether an organization's name starts with a title
// ("Duchess of York", "Secretary of State"): a person or an office the
// recognizer took for an organization, based nowhere.
func titledName(name string) bool {
	first, _, _ := strings.Cut(strings.ToLower(name), " ")
	return isTitleNoun(first) || in(nobleTitles, first)
}

// nobleTitles head the names of the nobility.
var nobleTitles = set("duke", "duchess", "prince", "princess", "earl", "countess", "baron", "baroness", "lord", "lady", "king", "queen", "emperor", "empress", "sultan", "emir", "sheikh")

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
			if city := ps.cityBeforeRegion(k - 2); city != nil && place != nil {
				place = city // "the San Jose, California-based company"
			}
			o := x.orgAfterBased(ps, k)
			if o < 0 {
				o = ps.appositionOrg(k) // "Corvin, a Tarrow-based maker"
			}
			if place == nil && o >= 0 {
				place = x.cuedPlace(ps, k-2) // "the Tangier-based Northern Chamber"
			}
			if o >= 0 && place != nil {
				// (a state body too: "the Tarrow-based Government of
				// National Accord", "the Tarrow-based Amber Corps")
				x.statedBase(ps, ps.ent[o], place, []int{k - 2, k, o})
			} else if n := ps.head(k); o < 0 && place != nil && ps.rel(k) == "amod" {
				// "The Tarrow-based newspaper has …" (not a body whose
				// name or stated seat puts it elsewhere: "the Bank of
				// Ghana … the Washington-based bank")
				if d := x.definiteOrg(ps, n, k); !ps.namedBeforeSubject(k, d) && (d == nil || x.seatAgrees(d, place, ps.idx) >= 0) {
					x.basedFact(ps, d, place, []int{k - 2, k, n})
				}
			}
		}
		// "X, based in Tarrow"; "X is headquartered in Tarrow"; "X, a
		// company based in Tarrow"
		orgs := ps.basedSubjects(ps.head(k), k)
		if ps.relativeWho(k) {
			orgs = nil // "an analyst at X, who is based in Y": a person is
		}
		if n := ps.head(k); n >= 0 && ps.ent[n] == nil && (in(orgNouns, ps.lemma(n)) || in(unitNouns, ps.lemma(n))) && ps.tok(n).Deprel == "appos" {
			orgs = append(orgs, ps.head(n))
			if o := ps.orgBeforeComma(ps.phraseStart(n)); o >= 0 && o != ps.head(n) {
				orgs = append(orgs, o) // hung on the noun before the name
			}
		}
		for _, c := range ps.kids[k] {
			// "X, headquartered in Y, said" may be read with "headquartered"
			// a past tense whose subject is X
			if r := ps.tok(c).Deprel; r == "nsubj:pass" || r == "nsubj" && !ps.has(k, "obj") {
				orgs = append(orgs, ps.basedSubjects(c, k)...)
			}
		}
		if o := ps.orgBeforeComma(k); o >= 0 && !ps.relativeWho(k) && (ps.rel(k) == "advcl" || ps.rel(k) == "acl" && ps.ent[ps.head(k)] == nil) {
			// (or hung on a noun before the name: "a survey by the Corvin
			// Institute (CI), based in Tarrow, found")
			orgs = append(orgs, o)
		}
		if o := ps.describedOrgBefore(k); o >= 0 {
			orgs = append(orgs, o)
		}
		if o := ps.relativeConjunctOrg(k); o >= 0 {
			orgs = append(orgs, o)
		}
		for _, h := range orgs {
			if h < 0 {
				continue
			}
			o := ps.ent[h]
			if o == nil {
				o = x.definiteOrg(ps, h, -1) // "The company, which is based in Tarrow, said"
			}
			if o == nil || o.typ != domain.Organization {
				continue
			}
			for _, c := range ps.kids[k] {
				if ps.caseOf(c) == "in" && ps.ent[c] != nil {
					x.statedBaseAt(ps, o, c, []int{h, k, c})
				}
			}
		}
	}
	orgHeadquarters(x, ps)
	// "Corvin Co. of Tarrow": an organization of a city; "the University
	// of Norland at Tarrow": a campus's city
	for _, h := range ps.orgNames() {
		o := ps.ent[h]
		for _, c := range ps.kids[h] {
			if e := ps.ent[c]; e != nil && e.typ == domain.Place && ps.tok(c).Deprel == "nmod" && (ps.caseOf(c) == "of" || x.campusAt(ps, h, c)) {
				x.placeFact(ps, o, ps.ent[c], []int{h, c})
			}
		}
	}
	companyOfTown(x, ps) // "Corvin Co. of Tarrow", a town the gazetteer lacks
}

// campusAt reports whether the "at" phrase at token c, right after the
// name of the school at token h, names the town of its campus: "the
// University of Norland at Tarrow" (not a region, a country or a
// building: "Corvin College at Tarrow Stadium").
func (x *extractor) campusAt(ps *psent, h, c int) bool {
	_, end := ps.mentionSpan(h)
	if ps.caseOf(c) != "at" || end+1 != c || ps.lower(end) != "at" {
		return false
	}
	p := ps.ent[c]
	if x.isRegionOrCountry(p) || venueName(p.name) {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(ps.ent[h].name)) {
		if in(schoolWords, w) {
			return true
		}
	}
	return false
}

// schoolWords name schools, which may have campuses in several towns.
var schoolWords = set("university", "college", "institute")

// basedSubjects returns what the participle "based" (token k) makes
// based, given the name c it hangs on or has for subject: c, or where c
// opens a list, the list's last name before the participle, which it
// follows ("X and the Corvin Agency, based in Tarrow": the agency), or
// every name of the list after "both" or "all" ("X and Y, both based in
// Tarrow"); none when the participle follows no name of the list.
func (ps *psent) basedSubjects(c, k int) []int {
	if c < 0 || c > k {
		return []int{c}
	}
	var before []int
	for _, j := range withConj(ps, []int{c}) {
		if j < k {
			before = append(before, j)
		}
	}
	if d := ps.kidWith(k, "advmod", ""); len(before) == 1 || d >= 0 && in(distributives, ps.lower(d)) {
		return before
	}
	last := slices.Max(before)
	if _, end := ps.mentionSpan(last); end+1 == k && ps.tok(end).Form == "," {
		return []int{last}
	}
	return nil
}

// distributives say that what follows holds of each of a list.
var distributives = set("both", "all", "each")

// definiteOrg returns the organization that "the" and a noun of a kind
// of organization at token n stand for, where "based" (token based, or
// -1) qualifies the noun: "The company, which is based in Tarrow",
// "the Tarrow-based newspaper" after the story named it. It is the body
// definiteBody finds ("the company" for "Corvin Group"), or else the one
// organization not of a state named before it in this sentence or the
// one before ("the newspaper" for "the Tarrow Courier"): never the
// dateline's agency, and none when the sentence names another after the
// noun. Another adjective ("the state-owned company") or a compound ("the
// paint maker") may pick another body, and gives nil.
func (x *extractor) definiteOrg(ps *psent, n, based int) *entity {
	if n < 0 || ps.ent[n] != nil || !ps.commonNoun(n) || !in(orgNouns, ps.lemma(n)) || !ps.theBefore(n, based) {
		return nil
	}
	for _, c := range ps.kids[n] {
		// (the words of "the San Jose, Calif.-based company" before the
		// participle name the place)
		switch r := ps.rel(c); {
		case r == "amod" && c != based, (r == "compound" || r == "flat" || r == "nmod:poss") && (based < 0 || c > based):
			return nil
		}
	}
	if e := x.definiteBody(ps, n); e != nil {
		return e
	}
	if e := x.namedByNoun(ps, n); e != nil {
		return e // "the institute" the tagger took for a proper noun
	}
	os, _, ok := oldSpan(ps.s, ps.d, n, n+1)
	if !ok {
		return nil
	}
	if l := ps.lemma(n); l == "company" || l == "firm" {
		if e := x.recentCompany(ps.s, os); e != nil {
			return e
		}
	}
	agency := x.datelineAgency()
	for k := n + 1; k < len(ps.d.Tokens); k++ {
		if e := ps.ent[k]; e != nil && e.typ == domain.Organization && e != agency {
			return nil // "the Tarrow-based lender's shares fell after Corvin Bank said …" may mean either
		}
	}
	return x.recentOrgWhere(ps.s, os, 1, func(o *entity) bool { return !governmentBody(o) && !titledName(o.name) && o != agency })
}

// datelineAgency returns the organization the dateline names, the agency
// that filed the story ("DUBLIN (Reuters) -"), which no noun of the
// story stands for; nil for none.
func (x *extractor) datelineAgency() *entity {
	if x.datelineSent < 0 || x.datelineSent >= len(x.sents) || x.datelineBody <= 0 {
		return nil
	}
	for _, m := range x.sents[x.datelineSent].ments {
		if m.start < x.datelineBody && m.ent.typ == domain.Organization {
			return m.ent
		}
	}
	return nil
}

// commonNoun reports whether token n is a common noun: one the tagger
// calls so, or a lower-case word it took for a proper noun ("The
// institute is based in Tromso").
func (ps *psent) commonNoun(n int) bool {
	u := ps.tok(n).UPOS
	return u == "NOUN" || u == "PROPN" && !startsUpper(ps.tok(n).Form)
}

// theBefore reports whether noun n has the article "the": its own, or,
// before the participle "based" (token based), the one that opens the
// place's name, where the parser may hang it ("the Tarrow, Norland-based
// company").
func (ps *psent) theBefore(n, based int) bool {
	if d := ps.kidWith(n, "det", ""); d >= 0 {
		return ps.lower(d) == "the"
	}
	for j := based - 1; j >= 0 && j >= based-6; j-- {
		if ps.tok(j).UPOS == "DET" {
			return ps.lower(j) == "the"
		}
		if ps.tok(j).UPOS != "PROPN" && ps.tok(j).Form != "," && ps.tok(j).Form != "-" {
			return false
		}
	}
	return false
}

// cityBeforeRegion returns the place named before the comma that comes
// before the mention at token k ("San Jose, California"), or nil.
func (ps *psent) cityBeforeRegion(k int) *entity {
	start, _ := ps.mentionSpan(k)
	if start < 2 || ps.tok(start-1).Form != "," {
		return nil
	}
	if e := ps.ent[start-2]; e != nil && e.typ == domain.Place && ps.kind[start-2] == mName {
		return e
	}
	return nil
}

// cuedPlace returns the place the gazetteer knows by the name of token
// k, one whose name is also a common word too ("Tangier"), where the
// text's capital inside a sentence and "-based" after it make it a
// place; nil for none or several.
func (x *extractor) cuedPlace(ps *psent, k int) *entity {
	if k == 0 || !startsUpper(ps.tok(k).Form) || ps.tok(k-1).UPOS == "PUNCT" && ps.tok(k-1).Form != "," {
		return nil
	}
	es := x.lookupPlace(ps.tok(k).Form)
	if len(es) != 1 || es[0].Type != domain.Place {
		return nil
	}
	e := x.entity(domain.Place, es[0].Name)
	e.seenIn(ps.idx)
	return e
}

// orgAfterBased returns the token of the organization that "X-based"
// (token k) describes: the next organization mention within a few words,
// or a proper name right after it that no rule has read ("the
// Nairobi-based Corvinbank"), read as an organization; -1 for none.
func (x *extractor) orgAfterBased(ps *psent, k int) int {
	for j := k + 1; j < len(ps.d.Tokens) && j <= k+5; j++ {
		if e := ps.ent[j]; e != nil {
			if e.typ == domain.Organization && !ps.beforePersonNoun(j) {
				return j
			}
			return -1
		}
		if f := ps.tok(j).Form; (f == "'" || f == "’") && ps.possMark(j) && j > k+1 && ps.tok(j-1).UPOS == "NOUN" {
			continue // "the Tarrow-based employers' group Corvina": a plural's bare apostrophe (not "the lender's shares")
		}
		if u := ps.tok(j).UPOS; u == "PUNCT" || u == "VERB" || u == "AUX" || u == "ADP" || u == "PART" || u == "SCONJ" || u == "CCONJ" {
			return -1 // "a Tarrow-based maker, said Monday", "the Tarrow-based lender's shares after X": the phrase ended
		}
		if ps.tok(j).UPOS != "PROPN" || !startsUpper(ps.tok(j).Form) {
			continue
		}
		end := j + 1
		for end < len(ps.d.Tokens) && ps.ent[end] == nil && ps.tok(end).UPOS == "PROPN" && startsUpper(ps.tok(end).Form) {
			end++
		}
		name := ps.words(j, end)
		if _, ok := x.country(name); ok || len(x.lookupPlace(name)) > 0 {
			return -1
		}
		if _, ok := x.demonym(name); ok {
			return -1
		}
		if x.structureEntity(ps, domain.Organization, name, j, end) == nil {
			return -1
		}
		return j
	}
	return -1
}

// beforePersonNoun reports whether the name at token k qualifies a noun
// of a person after it: "a Tarrow-based Corvin Front official" says
// where the official is, not where the front is based.
func (ps *psent) beforePersonNoun(k int) bool {
	_, end := ps.mentionSpan(k)
	if end >= len(ps.d.Tokens) || ps.tok(end).UPOS != "NOUN" {
		return false
	}
	l := ps.lemma(end)
	return isTitleNoun(l) || in(memberNouns, l) || in(orgAnchorWords, ps.lower(end))
}

// memberNouns name a person by the organization they belong to.
var memberNouns = set("operative", "member", "activist", "supporter", "militant", "fighter", "commander", "leader", "cell")

// appositionOrg returns the organization whose apposition the participle
// "based" (token k) qualifies: "Corvin, a Tarrow-based maker of tools",
// "Corvin Inc., a Tarrow, Norland-based drugmaker"; -1 for none.
func (ps *psent) appositionOrg(k int) int {
	if ps.phraseSubject(k) {
		return -1 // "In a letter to Corvin, a Tarrow-based group said …"
	}
	n := ps.head(k)
	if ps.rel(k) != "amod" || n <= k || ps.ent[n] != nil || ps.rel(n) != "appos" {
		return ps.basedAppositionWords(k)
	}
	if l := ps.lemma(n); isTitleNoun(l) && !in(orgNouns, l) && !in(firmOccupations, l) {
		// "according to A at Corvin Securities, a Tarrow-based analyst",
		// "said B of Corvin Partners, a Tarrow-based trader": a person's
		// apposition, wherever the parser hangs it, says where the
		// person works, not where the body is based
		return -1
	}
	// "chairman of Corvin Resources, a Tarrow-based producer": the parser
	// may hang the apposition on the noun before the name; the name that
	// ends at the apposition's comma is the one it describes (past all
	// the words of the place's name: "a Port Amber-based producer")
	from := k - 4
	if ps.ent[k-2] != nil {
		if start, _ := ps.mentionSpan(k - 2); start-2 < from {
			from = start - 2
		}
	}
	atComma := -1
	for j := k - 1; j > 0 && j >= from; j-- {
		if ps.tok(j).Form == "," {
			atComma = ps.orgBeforeComma(j + 1)
			break
		}
	}
	if o := ps.head(n); o >= 0 && ps.ent[o] != nil && ps.ent[o].typ == domain.Organization && ps.kind[o] == mName {
		if atComma >= 0 && ps.ent[atComma] != ps.ent[o] {
			// "sued in the Corvin County Court against Amber Rail, a
			// Tarrow-based carrier": hung on an earlier body, the
			// apposition still describes the name at its comma
			return atComma
		}
		return o
	}
	return atComma
}

// firmOccupations name a person's trade that also names a firm in an
// apposition ("Corvin, a Tarrow-based broker").
var firmOccupations = set("broker")

// basedAppositionWords returns the organization an apposition
// "a Tarrow-based …" (participle at token k) describes, read by the words
// where the parser did not make the phrase an apposition ("Corvin
// Securities, a Tarrow-based brokerage" hung on the verb of a quote,
// "Corvin, a Tarrow-based exporters' group", "Corvin, the Tarrow-based
// energy group building a plant"): the organization's name, a comma, "a",
// "an" or "the", the place ("Tarrow" or "Tarrow, Norland"), "-based", and
// lower-case words whose last noun is a noun of a body; -1 for none.
func (ps *psent) basedAppositionWords(k int) int {
	det := ps.basedDeterminer(k)
	if det < 2 {
		return -1
	}
	noun := -1
	for j := k + 1; j < len(ps.d.Tokens) && j <= k+5; j++ {
		if ps.possMark(j) {
			continue // "exporters' group"
		}
		if u := ps.tok(j).UPOS; u != "NOUN" && u != "ADJ" || startsUpper(ps.tok(j).Form) || ps.ent[j] != nil {
			break
		}
		if ps.tok(j).UPOS == "NOUN" {
			noun = j
		}
	}
	if noun < 0 || !in(orgNouns, ps.lemma(noun)) {
		return -1
	}
	return ps.orgBeforeComma(det)
}

// basedDeterminer returns the token of the "a", "an" or "the" that opens
// the phrase of the participle "based" (token k) when the place is all
// that stands between them: "a Tarrow-based …", "the Tarrow,
// Norland-based …"; -1 for none.
func (ps *psent) basedDeterminer(k int) int {
	if k < 3 || ps.tok(k-1).Form != "-" {
		return -1
	}
	start := ps.mentionStart(k - 2)
	if start >= 2 && ps.tok(start-1).Form == "," && ps.ent[start-2] != nil && ps.ent[start-2].typ == domain.Place {
		start = ps.mentionStart(start - 2) // "a Tarrow, Norland-based group"
	}
	if start < 1 {
		return -1
	}
	if d := ps.lower(start - 1); d != "a" && d != "an" && d != "the" {
		return -1
	}
	return start - 1
}

// namedBeforeSubject reports whether organization e is named, and not as
// a subject, before the comma that opens the phrase of the participle
// "based" (token k) where that phrase is the subject of the verb after
// it: "In comments to Corvin, the Tarrow-based company said …" names two
// bodies (after "When Corvin failed, the Tarrow-based company said", where
// the name is the subject of a clause before, the company may be Corvin).
func (ps *psent) namedBeforeSubject(k int, e *entity) bool {
	det := ps.basedDeterminer(k)
	if e == nil || det < 1 || ps.tok(det-1).Form != "," || !ps.phraseSubject(k) {
		return false
	}
	named := false
	for i := 0; i < det-1; i++ {
		if ps.ent[i] == e {
			if strings.HasPrefix(ps.rel(i), "nsubj") && ps.head(i) < det {
				return false // the subject of a clause of its own
			}
			named = true
		}
	}
	return named
}

// phraseSubject reports whether the noun phrase that token k stands in
// (the participle of "a Tarrow-based group", the noun of "a Japanese
// company") is the subject of a verb that follows it with no comma
// between: "In a letter to Corvin, a Tarrow-based group of lawyers said
// …", "… on buying from Corvin, a Tarrow-based trader said". Such a
// phrase is no apposition of the name before its comma, whatever the
// parse made of it. The verb is a finite one the phrase's words run into
// ("a consultancy estimated that …" too, read as a participle with a
// clause or object of its own), or one the parse makes the subject's verb.
func (ps *psent) phraseSubject(k int) bool {
	for j := k + 1; j < len(ps.d.Tokens) && j <= k+8; j++ {
		t := ps.tok(j)
		switch t.UPOS {
		case "VERB", "AUX":
			for i := k; i < j; i++ {
				if strings.HasPrefix(ps.rel(i), "nsubj") && ps.head(i) == j {
					return true
				}
			}
			if h := ps.head(j); ps.rel(j) == "acl" && h >= k && h < j {
				// "a Tarrow-based firm founded in 1990" is a participle,
				// "a consultancy estimated that output would fall" a verb
				return t.XPOS != "VBG" && (ps.has(j, "ccomp") || ps.has(j, "obj"))
			}
			return t.XPOS == "VBD" || t.XPOS == "VBZ" || t.XPOS == "VBP" || t.XPOS == "MD"
		case "NOUN", "PROPN", "ADJ", "ADP", "DET", "NUM", "ADV":
		default:
			if !ps.possMark(j) {
				return false
			}
		}
	}
	return false
}

// orgHeadquarters: "Corvin headquarters in Tarrow", "the Corvin Group's
// headquarters in Tarrow", "Corvin's headquarters are in Tarrow".
func orgHeadquarters(x *extractor, ps *psent) {
	for t := range ps.d.Tokens {
		if ps.ent[t] != nil || ps.lemma(t) != "headquarters" && ps.lower(t) != "headquarters" && !ps.headOffice(t) {
			continue
		}
		var org *entity
		var used []int
		for _, c := range ps.kids[t] {
			r := ps.tok(c).Deprel
			e := ps.ent[c]
			if e == nil && r == "nmod:poss" {
				e = x.bodyAt(ps, c) // "the agency's headquarters in Tarrow"
			}
			if e == nil && r == "nmod:poss" {
				e = x.namedByNoun(ps, c) // "the U.N. agency's headquarters"
			}
			if e == nil && r == "nmod:poss" && ps.lower(c) == "whose" && c >= 2 && ps.tok(c-1).Form == "," {
				e = ps.ent[c-2] // "Corvin Bank, whose headquarters are in Tarrow"
			}
			if e != nil && e.typ == domain.Organization && (c < t && (r == "compound" || r == "nmod:poss") || c > t && r == "nmod" && ps.caseOf(c) == "of") {
				org, used = e, []int{c, t}
			}
		}
		if org == nil {
			// "Corvin's Fresno, Calif., headquarters", which the parser
			// breaks at its commas
			if c, start := x.cityStateBefore(ps, t); c >= 0 && start >= 2 && (ps.tok(start-1).Form == "'s" || ps.tok(start-1).Form == "’s") {
				if e := ps.ent[start-2]; e != nil && e.typ == domain.Organization && ps.kind[start-2] == mName {
					x.statedBaseAt(ps, e, c, []int{start - 2, c, t})
				}
			}
			continue
		}
		// the place: an "in" phrase on the noun, or the predicate it is
		// the subject of ("… headquarters are in Tarrow")
		places := ps.kids[t]
		if ps.rel(t) == "nsubj" && ps.head(t) >= 0 {
			places = append(slices.Clone(places), ps.head(t))
		}
		for _, c := range places {
			// "… headquarters in Tarrow", "the Tarrow headquarters of X"
			named := ps.caseOf(c) == "in" || c < t && ps.rel(c) == "compound" && ps.ent[c] != nil && ps.ent[c].typ == domain.Place
			if named && ps.ent[c] != nil && ps.kind[c] == mName {
				x.statedBaseAt(ps, org, c, append(used, c))
			}
			// "… headquarters on Uhuru Square in Tarrow": the city of the
			// street or square they stand on
			if e := ps.ent[c]; e != nil && e.typ == domain.Place && (ps.caseOf(c) == "on" || ps.caseOf(c) == "at") {
				if k := ps.kidWith(c, "nmod", "in"); k >= 0 && ps.ent[k] != nil && ps.kind[k] == mName {
					x.statedBaseAt(ps, org, k, append(used, c, k))
				}
			}
		}
		if o := used[0]; o > t {
			// "the headquarters of the Corvin Federation (CF) in Tarrow",
			// the "in" phrase hung elsewhere by the parser
			if c := ps.inRightAfter(o); c >= 0 {
				x.statedBaseAt(ps, org, c, append(used, c))
			}
		}
	}
}

// describedOrgBefore returns the organization that the apposition
// ending right before token k describes, by the words alone: "Corvin
// Infrastructure, a construction group headquartered in Tarrow", where
// the parser hung the participle elsewhere. The apposition is "a", "an"
// or "the", a few lower-case words, the name of the body it belongs to
// ("the UN food agency based in Rome") or its possessor ("the Amber
// Union's rule-of-law mission based in Tarrow", "the region's main
// body, based in Tarrow"), and a noun of a body; -1 for none.
func (ps *psent) describedOrgBefore(k int) int {
	n := k - 1
	if n >= 3 && ps.tok(n).Form == "," {
		n-- // the apposition closed by its comma
	}
	if n < 2 || ps.ent[n] != nil || ps.tok(n).UPOS != "NOUN" || !in(orgNouns, ps.lemma(n)) && !in(unitNouns, ps.lemma(n)) {
		return -1
	}
	for j := n - 1; j >= 1 && j >= n-8; j-- {
		if l := ps.lower(j); l == "a" || l == "an" || l == "the" {
			return ps.orgBeforeComma(j)
		}
		if ps.possMark(j) || ps.tok(j).Form == "-" {
			continue // "the region's", "rule-of-law"
		}
		if ps.tok(j).UPOS == "PUNCT" || (ps.ent[j] != nil || startsUpper(ps.tok(j).Form)) && !ps.ownerNameOf(j, n) && !ps.possessorNameAt(j) {
			return -1
		}
	}
	return -1
}

// possessorNameAt reports whether token j lies in a name of a body or a
// country right before a possessive: "the Amber Union's".
func (ps *psent) possessorNameAt(j int) bool {
	e := ps.ent[j]
	if e == nil || e.typ != domain.Organization && e.typ != domain.Country {
		return false
	}
	_, end := ps.mentionSpan(j)
	return end < len(ps.d.Tokens) && ps.possMark(end)
}

// ownerNameOf reports whether the name at token j modifies noun n as
// the body it belongs to: "the UN food agency", "a Corvin unit".
func (ps *psent) ownerNameOf(j, n int) bool {
	e := ps.ent[j]
	return e != nil && e.typ == domain.Organization && ps.kind[j] == mName && ps.head(j) == n && ps.rel(j) == "compound"
}

// relativeConjunctOrg returns the organization whose relative clause
// "based" (token k) ends as a second predicate: "the Corvin Council,
// which represents 40 schools and is based in Tarrow", where the parser
// may hang the participle on the main verb. The words are read: "and"
// and a form of "be" before the participle, "which" after a comma and
// the organization, no comma between; -1 for none.
func (ps *psent) relativeConjunctOrg(k int) int {
	if k < 5 || ps.lower(k-2) != "and" || !in(beForms, ps.lower(k-1)) {
		return -1
	}
	for j := k - 3; j >= 2; j-- {
		switch ps.lower(j) {
		case ",", ";", "(", ")":
			return -1
		case "which", "that":
			return ps.orgBeforeComma(j)
		}
	}
	return -1
}

// beForms are the forms of "be" before a participle.
var beForms = set("is", "are", "was", "were")

// inRightAfter returns the token of the place named by an "in" phrase
// right after the mention at token k, past an acronym in brackets: "the
// Corvin Federation (CF) in Tarrow"; -1 for none.
func (ps *psent) inRightAfter(k int) int {
	_, end := ps.mentionSpan(k)
	if end < len(ps.d.Tokens) && ps.tok(end).Form == "(" {
		for end < len(ps.d.Tokens) && ps.tok(end).Form != ")" {
			end++
		}
		end++
	}
	if end+1 >= len(ps.d.Tokens) || ps.lower(end) != "in" {
		return -1
	}
	if e := ps.ent[end+1]; e == nil || ps.kind[end+1] != mName || e.typ != domain.Place && e.typ != domain.Country {
		return -1
	}
	return end + 1
}

// headOffice reports whether token t is the noun of "head office" or
// "main office": "Corvin's head office in Tarrow".
func (ps *psent) headOffice(t int) bool {
	if ps.lemma(t) != "office" || t == 0 {
		return false
	}
	m := ps.lower(t - 1)
	return (m == "head" || m == "main") && ps.head(t-1) == t
}

// orgBeforeComma returns the organization mention that ends right before
// the comma before token k, past an acronym in brackets: "the Corvin
// Institute (CRI), based in Y", which the parser may hang on the verb of
// the clause ("confirmed", "is run by"); -1 for none.
func (ps *psent) orgBeforeComma(k int) int {
	j := k - 1
	if j < 1 || ps.tok(j).Form != "," {
		return -1
	}
	j--
	if ps.tok(j).Form == ")" {
		for j > 0 && ps.tok(j).Form != "(" {
			j--
		}
		j--
	}
	if j < 0 || ps.ent[j] == nil || ps.ent[j].typ != domain.Organization || ps.kind[j] != mName {
		return -1
	}
	return j
}

// namedByNoun returns the one organization named shortly before whose
// name ends in noun k, when k is "the" noun with other modifiers: "the
// U.N. agency's headquarters" after "the International Atomic Energy
// Agency"; nil when there is none or several.
func (x *extractor) namedByNoun(ps *psent, k int) *entity {
	if !ps.commonNoun(k) || ps.kidWith(k, "det", "") < 0 || ps.lower(ps.kidWith(k, "det", "")) != "the" {
		return nil
	}
	os, _, ok := oldSpan(ps.s, ps.d, k, k+1)
	if !ok {
		return nil
	}
	return x.recentOrg(ps.s, os, ps.lemma(k), 12)
}

// relativeWho reports whether verb k's subject is the relative "who",
// which stands for a person, not for the organization the parser may
// have hung the clause on.
func (ps *psent) relativeWho(k int) bool {
	for _, c := range ps.kids[k] {
		if strings.HasPrefix(ps.tok(c).Deprel, "nsubj") && ps.lower(c) == "who" {
			return true
		}
	}
	return false
}

// statedBaseAt states that organization o is based in the city at token
// c where the text says so in words ("headquartered in", "the
// department's headquarters in"): then a state body is based there too,
// which a mere "in" phrase does not make it (placeFact).
func (x *extractor) statedBaseAt(ps *psent, o *entity, c int, toks []int) {
	x.statedBase(ps, o, ps.ent[c], toks)
}

// statedBase states that o is based in place b where the words "based"
// or "headquartered" say so: any organization, a state body or an armed
// unit too, whose seat a bare "in" phrase would not give ("the
// Tarrow-based Amber Corps", "the Government of National Accord, which is
// based in Tarrow").
func (x *extractor) statedBase(ps *psent, o, b *entity, toks []int) {
	if o.typ == domain.Organization && governmentBody(o) && b != nil && b.typ == domain.Place && !isWaterFeature(b) {
		x.seatFact(ps, o, b, toks)
		return
	}
	if o.typ == domain.Organization {
		x.basedFact(ps, o, b, toks) // "based in Lyon, France" is based in Lyon
		return
	}
	x.placeFact(ps, o, b, toks)
}

// businessNouns name kinds of company, read both in an apposition
// ("Corvin, a Tarrow company") and before a name ("Japanese carrier X").
var businessNouns = []string{"company", "firm", "group", "bank", "lender", "insurer", "carrier", "airline",
	"maker", "manufacturer", "producer", "retailer", "broadcaster", "newspaper", "daily", "publisher",
	"operator", "developer", "contractor", "supplier", "automaker", "carmaker", "chipmaker", "drugmaker",
	"steelmaker", "planemaker", "shipbuilder", "giant", "conglomerate", "miner", "refiner", "shipper",
	"startup", "utility", "brewer", "exporter", "consultancy", "fintech", "stockbroker", "brokerage"}

// orgNouns describe an organization in an apposition: "Corvin, a Tarrow
// company", "X, a university in Y".
var orgNouns = set(slices.Concat(businessNouns, []string{"agency", "university", "college", "hospital",
	"network", "organization", "organisation", "charity", "institute", "journal", "magazine", "chain"})...)

// cityOrCountryAt returns the entity of the mention at token k, or, where
// a capital's name stands for its country, the city: "a Nairobi company"
// is based in Nairobi.
func (x *extractor) cityOrCountryAt(ps *psent, k int) *entity {
	e := ps.ent[k]
	if e == nil || e.typ != domain.Country {
		return e
	}
	start, end := ps.mentionSpan(k)
	if city := x.placeByName(ps, ps.words(start, end), false); city != nil {
		return city
	}
	return e
}

// orgApposition: "Corvin Group, a Japanese company", "Corvin, an insurer
// from Nairobi": the place that describes the organization's noun.
func orgApposition(x *extractor, ps *psent) {
	for _, h := range ps.orgNames() {
		o := ps.ent[h]
		if c := x.cityStateApposition(ps, h); c >= 0 {
			x.placeFact(ps, o, ps.ent[c], []int{h, c})
		}
		for _, n := range ps.orgAppositions(h) {
			for _, c := range ps.kids[n] {
				// any mention: "a Japanese company" (a demonym), "a Nairobi
				// company" (a capital, read as its country)
				e := x.cityOrCountryAt(ps, c)
				if e == nil || (e.typ != domain.Place && e.typ != domain.Country) || c < n && ps.afterNameComma(c) {
					continue // (the state of "a Fresno, Calif.-based maker": its city is the base)
				}
				if ps.listedIn(c) {
					continue // "the Tarrow-listed company": its shares trade there, no base
				}
				r, cs := ps.rel(c), ps.caseOf(c)
				switch {
				case c < n && r == "compound" && e.typ == domain.Country && ps.kind[c] == mName && x.gaz != nil && x.gaz.Capital(e.name) == e.name:
					// "a Hong Kong construction firm": a city-state's name
					// says where the firm is, as a city's does ("a U.S.
					// company", like "a Japanese company", is a nationality)
					x.basedFact(ps, o, e, []int{h, n, c})
				case c < n && (r == "compound" || r == "amod") || c > n && r == "nmod" && (cs == "in" || cs == "from"):
					x.placeFact(ps, o, e, []int{h, n, c})
				}
			}
			// one level down: "a Tarrow construction firm", "a
			// Tarrow-based maker"
			for _, c := range ps.modifierNames(n) {
				e := ps.ent[c]
				if e == nil {
					e = x.knownPlace(ps, c)
				}
				if e != nil && (e.typ == domain.Place || e.typ == domain.Country) {
					x.placeFact(ps, o, e, []int{h, n, c})
				}
			}
		}
	}
}

// cityStateApposition returns the token of the city that a "City,
// State" modifier names in the apposition right after the organization
// at token h: "Corvin Inc., a Fresno, Calif., maker of tools", "Corvin
// Inc., the Fresno, Calif.-based snack maker"; -1 for none. The parser
// breaks such a phrase at its commas, so the words are read: the article,
// the city and its state, and at most three lower-case words ending in a
// noun of orgNouns, which ends the phrase.
func (x *extractor) cityStateApposition(ps *psent, h int) int {
	_, end := ps.mentionSpan(h)
	toks := ps.d.Tokens
	if end+3 >= len(toks) || toks[end].Form != "," || ps.tok(end+1).UPOS != "DET" {
		return -1
	}
	for n := end + 4; n < len(toks)-1 && n <= end+10; n++ {
		if ps.ent[n] != nil || ps.tok(n).UPOS != "NOUN" || !in(orgNouns, ps.lemma(n)) || ps.tok(n+1).UPOS == "NOUN" {
			continue
		}
		if c, start := x.cityStateBefore(ps, n); start == end+2 {
			return c
		}
		return -1
	}
	return -1
}

// cityStateBefore reads a "City, State" modifier before noun n, past at
// most three lower-case words that also modify it: "a Fresno, Calif.,
// snack maker", "Corvin's Fresno, Calif., headquarters", "a Fresno,
// Calif.-based maker". It returns the city's token and the token where
// the city's name starts; -1, -1 for none.
func (x *extractor) cityStateBefore(ps *psent, n int) (int, int) {
	j := n - 1
	for k := 0; k < 3 && j > 0 && ps.ent[j] == nil && !startsUpper(ps.tok(j).Form) && (ps.tok(j).UPOS == "NOUN" || ps.tok(j).UPOS == "ADJ"); k++ {
		j--
	}
	if ps.tok(j).Form == "," {
		j--
	}
	if j < 2 {
		return -1, -1
	}
	rs := j // the state or country ends at j
	if e := ps.ent[j]; e != nil {
		rs, _ = ps.mentionSpan(j)
	} else if _, ok := stateAt(basedTrimmed(ps.tok(j).Form)); !ok {
		return -1, -1
	}
	if rs < 2 || ps.tok(rs-1).Form != "," {
		return -1, -1
	}
	c := rs - 2
	city := ps.ent[c]
	if city == nil || city.typ != domain.Place || ps.kind[c] != mName || x.isRegionOrCountry(city) {
		return -1, -1
	}
	if r, _ := x.regionAfter(ps, rs-1); r == nil {
		return -1, -1
	}
	start, _ := ps.mentionSpan(c)
	return c, start
}

// afterNameComma reports whether the mention at token k follows a
// proper noun and a comma, as a state follows its town ("Fresno,
// Calif.").
func (ps *psent) afterNameComma(k int) bool {
	start, _ := ps.mentionSpan(k)
	return start > 1 && ps.tok(start-1).Form == "," && ps.tok(start-2).UPOS == "PROPN"
}

// listedIn reports whether the place named at token k is joined by a
// hyphen to a participle of trading: "the Tarrow-listed company", "a
// Halden-traded miner" name the exchange its shares trade on, not its
// seat.
func (ps *psent) listedIn(k int) bool {
	// (the name's span may take in the hyphen and the participle)
	start, end := ps.mentionSpan(k)
	for i := start + 1; i <= end && i+1 < len(ps.d.Tokens); i++ {
		if ps.tok(i).Form == "-" {
			return in(listingVerbs, ps.lemma(i+1))
		}
	}
	return false
}

// listingVerbs say where a company's shares trade.
var listingVerbs = set("list", "listed", "trade", "traded", "quote", "quoted")

// orgAppositions returns the nouns of kinds of organization in
// apposition to the name at token h: its appos arcs, or, where the parser
// made the apposition a subject of its own ("Corvin Motors, the Tarrow
// automaker, said …"), the noun of the phrase between commas right after
// the name.
func (ps *psent) orgAppositions(h int) []int {
	var out []int
	for _, n := range ps.kids[h] {
		if ps.rel(n) == "appos" && ps.ent[n] == nil && in(orgNouns, ps.lemma(n)) && !ps.phraseSubject(n) {
			out = append(out, n)
		}
	}
	_, end := ps.mentionSpan(h)
	if len(out) > 0 || end+2 >= len(ps.d.Tokens) || ps.tok(end).Form != "," || ps.tok(end+1).UPOS != "DET" {
		return out
	}
	for n := end + 2; n < len(ps.d.Tokens) && n <= end+5; n++ {
		if ps.tok(n).UPOS == "NOUN" {
			if ps.ent[n] == nil && in(orgNouns, ps.lemma(n)) && n+1 < len(ps.d.Tokens) && ps.tok(n+1).Form == "," {
				out = append(out, n)
			}
			break
		}
	}
	return out
}

// modifierNames returns the proper nouns one level down the modifiers
// before noun n: "a Tarrow construction firm" (the name on
// "construction"), "a Tarrow-based maker" (on "based").
func (ps *psent) modifierNames(n int) []int {
	var out []int
	for _, m := range ps.kids[n] {
		if r := ps.rel(m); m > n || ps.ent[m] != nil || r != "compound" && r != "amod" {
			continue
		}
		if ps.tok(m).UPOS == "VERB" && ps.lemma(m) != "base" && ps.lemma(m) != "headquarter" {
			continue // "a Toronto-listed company" is listed there, not based
		}
		for _, c := range ps.kids[m] {
			if c < m && (ps.ent[c] != nil || ps.tok(c).UPOS == "PROPN") {
				out = append(out, c)
			}
		}
	}
	return out
}

// orgPlaceName: "the Electoral Commission of Norland", "Norland's Corvin
// Bank", "Pacific Marine Inc. of Houston": a place in an organization's
// name. A state body named with its country is part of that state; a
// company's "of" after its legal form says where it is ("Inc. of
// Houston"). Otherwise the name says no more than itself: "the
// University of Tarrow", "the Tarrow Opera", "the Tarrow Superior Court"
// are based nowhere by their names alone.
func orgPlaceName(x *extractor, ps *psent) {
	for _, h := range ps.orgNames() {
		o := ps.ent[h]
		start, end := ps.mentionSpan(h)
		if ps.lower(start) == "the" {
			start++
		}
		// "Kenya's Corvin Bank"
		for j := start + 1; j < end; j++ {
			if f := ps.tok(j).Form; f == "'s" || f == "’s" {
				if p := x.placeByName(ps, ps.words(start, j), true); p != nil {
					x.namedPlaceFact(ps, o, p, []int{start, j, h})
				}
				break
			}
		}
		// "Pacific Marine Inc. of Houston", "the Bank of Norland": the
		// place that ends the name, after an organization word
		if p, legal := x.ofPlaceInName(ps, start, end); p != nil && (legal || p.typ == domain.Country) {
			x.namedPlaceFact(ps, o, p, []int{start, h})
		}
	}
}

// namedPlaceFact states what the place p in organization o's own name
// says of it: a state body named with its country is part of that state
// ("the Electoral Commission of Norland", "Norland's Interior Ministry");
// anything else is based there.
func (x *extractor) namedPlaceFact(ps *psent, o, p *entity, toks []int) {
	if x.countrysGovernment(o, p) {
		return // "the Government of Norland" is Norland: no part, no seat
	}
	if p.typ == domain.Country && governmentBody(o) && o.partOf == "" && !ps.civilDescribed(toks[len(toks)-1]) {
		x.trace(ps, toks)
		x.addFact(o.id, domain.PartOf, p.id, false, ps.idx, ps.s.hedge)
		return
	}
	x.placeFact(ps, o, p, toks)
}

// countrysGovernment reports whether organization o is country c's
// government named by its formal name, which is the country itself and no
// part of it: "the Royal Government of Norland", "the Norlandic Federal
// Government". A government named for more ("the Government of National
// Unity") is a body of its own.
func (x *extractor) countrysGovernment(o, c *entity) bool {
	if o == nil || c == nil || o.typ != domain.Organization || c.typ != domain.Country {
		return false
	}
	rest := strings.Replace(" "+o.name+" ", " "+c.name+" ", " ", 1)
	gov := false
	for _, w := range strings.Fields(rest) {
		switch l := strings.ToLower(w); {
		case l == "government":
			gov = true
		case in(governmentTitleWords, l):
		default:
			if d, ok := x.demonym(w); !ok || d != c.name {
				return false
			}
		}
	}
	return gov
}

// governmentTitleWords may stand with a country's name in its
// government's formal name.
var governmentTitleWords = set("the", "of", "royal", "federal", "imperial", "national", "central", "union")

// civilDescribed reports whether an apposition right after the name at
// token h calls the body one of citizens or trades: "the Insurance
// Bureau of Norland, an industry group based in Tarrow", "X, a trade
// association". Its words are read up to its noun, at most four.
func (ps *psent) civilDescribed(h int) bool {
	_, end := ps.mentionSpan(h)
	n := len(ps.d.Tokens)
	if end+2 >= n || ps.tok(end).Form != "," {
		return false
	}
	if d := ps.lower(end + 1); d != "a" && d != "an" && d != "the" {
		return false
	}
	for j := end + 2; j < n && j <= end+5; j++ {
		w := ps.lower(j)
		if ps.tok(j).UPOS == "PUNCT" || startsUpper(ps.tok(j).Form) {
			return false
		}
		if in(civilCues, w) || in(civilNouns, w) {
			return true
		}
	}
	return false
}

// civilNouns say that a body is of citizens or trades, not the state's.
var civilNouns = set("trade", "lobby", "association", "charity", "nonprofit", "non-profit", "advocacy", "union")

// ofPlaceInName returns the place or country that an organization's name
// (tokens [start, end)) ends with after "of", when an organization word
// comes right before it ("Corvin Inc. of Houston", "Bank of Japan"), and
// whether that word is a company's legal form ("Inc."); nil for a
// person's name joined to one ("Duchess of York") and for a name that is
// a state's and a city's ("University of Washington").
func (x *extractor) ofPlaceInName(ps *psent, start, end int) (*entity, bool) {
	for j := end - 2; j > start; j-- {
		if ps.lower(j) != "of" {
			continue
		}
		before := strings.TrimSuffix(ps.lower(j-1), ".")
		// (a trade word says a company as a legal form does: "Corvin
		// Industries of Tarrow")
		legal := in(corporateSuffixes, before) || companyName(ps.words(start, j))
		if !in(orgCues, before) && !legal || in(polityWords, before) {
			return nil, false
		}
		name := ps.words(j+1, end)
		if stateNames[name] {
			return nil, false
		}
		return x.placeByName(ps, name, true), legal
	}
	return nil, false
}

// polityWords name unions of states or peoples, which are not based in
// the place their name ends with: "the Federation of Norland" (compare
// countryNamedBodies and coalitionOpeners, entities.go, bodies of members).
var polityWords = set("federation", "confederation", "union", "commonwealth", "nations", "alliance", "league")

// corporateSuffixes end companies' names: "Corvin Corp.".
var corporateSuffixes = set("corp", "co", "inc", "ltd", "llc", "plc")

// orgNames returns the head tokens of the organizations ps names.
func (ps *psent) orgNames() []int {
	var out []int
	for _, h := range ps.heads() {
		if ps.ent[h].typ == domain.Organization && ps.kind[h] == mName {
			out = append(out, h)
		}
	}
	return out
}

// orgDescriptors say what kind of organization the name after them is:
// "Japanese automaker X", "Kenyan telecom company X".
var orgDescriptors = set(businessNouns...)

// orgDescriptor: "Japanese automaker Corvin Motors", "Kenyan telecom
// company Corvinet", "U.S. chipmaker Corvin": a country or place before
// the noun that describes the organization named right after it.
func orgDescriptor(x *extractor, ps *psent) {
	for _, h := range ps.orgNames() {
		start, _ := ps.mentionSpan(h)
		if ps.lower(start) == "the" {
			start++
		}
		d := start - 1
		if d < 1 || ps.ent[d] != nil || ps.tok(d).UPOS != "NOUN" || !in(orgDescriptors, ps.lemma(d)) {
			continue
		}
		j := d - 1
		for j > 0 && ps.ent[j] == nil && ps.tok(j).UPOS == "NOUN" && !startsUpper(ps.tok(j).Form) {
			j-- // "telecom company", "energy giant"
		}
		if p := x.cityOrCountryAt(ps, j); p != nil && (p.typ == domain.Country || p.typ == domain.Place) {
			x.placeFact(ps, ps.ent[h], p, []int{j, d, h})
		}
	}
}

// inApposition reports whether noun n, a dependent of the name h, is in
// apposition to it: so parsed, or parsed as an item of a list whose
// phrase opens right after a comma after the name ("the Corvin Centres
// (Corvin CDC), the Amber Union's health agency, said": a bracket between
// makes the parser see a list).
func (ps *psent) inApposition(n, h int) bool {
	switch ps.rel(n) {
	case "appos":
		return true
	case "list":
		first := n
		for _, c := range ps.kids[n] {
			if c < first {
				first = c
			}
		}
		for _, c := range ps.kids[first] {
			if c < first {
				first = c
			}
		}
		return n > h && first > 0 && ps.tok(first-1).Form == ","
	}
	return false
}

// orgPartApposition: "the FAA, an agency of the Transportation
// Department", "the Corvin Commission, the Amber Union's executive arm":
// an apposition that calls the organization a unit of another. (An
// "affiliate" is allied, not a part.)
func orgPartApposition(x *extractor, ps *psent) {
	for _, h := range ps.orgNames() {
		var nouns []int
		for _, n := range ps.kids[h] {
			if ps.inApposition(n, h) {
				nouns = append(nouns, n)
			}
		}
		// "the Amber Union's naval force in the area, Operation X" (not
		// a second apposition, by the parse or by a comma before the
		// noun's phrase: "for X, the Amber Union's mission, Jan Brandt"
		// names its spokesman)
		if n := ps.head(h); ps.rel(h) == "appos" && n >= 0 && n < h && ps.rel(n) != "appos" {
			if st := ps.phraseStart(n); st == 0 || ps.tok(st-1).Form != "," {
				nouns = append(nouns, n)
			}
		}
		// "the reach of the Amber Authority, the United Nations body
		// based in Tarrow": an apposition the parser hung on the noun
		// before the name describes the name that ends at its comma
		for n := h + 1; n < len(ps.d.Tokens); n++ {
			if ps.rel(n) == "appos" && ps.head(n) != h && ps.orgBeforeComma(ps.phraseStart(n)) == h {
				nouns = append(nouns, n)
			}
		}
		for _, n := range nouns {
			if ps.ent[n] != nil || !in(unitNouns, ps.lemma(n)) || ps.lemma(n) == "affiliate" || ps.formerNoun(n) {
				continue
			}
			// the whole: "the Amber Union's", "of the Amber Union", or a
			// body's name on the noun ("the U.N. peacekeeping mission",
			// "the United Nations body"; a country's is refused by
			// partFact unless the part is a state body)
			found := false
			for _, c := range ps.kids[n] {
				if r := ps.tok(c).Deprel; ps.ent[c] != nil && ps.kind[c] == mName && (r == "nmod:poss" && c < n || r == "nmod" && c > n && ps.caseOf(c) == "of" || r == "compound" && c < n) {
					x.partFact(ps, ps.ent[h], ps.ent[c], []int{h, n, c})
					found = true
				}
			}
			if c := ps.describedWhole(n); c >= 0 && !found {
				x.partFact(ps, ps.ent[h], ps.ent[c], []int{h, n, c})
			}
		}
		if owner, n := ps.possessedApposition(h); n >= 0 {
			x.partFact(ps, ps.ent[h], x.apposedOwner(ps, owner), []int{h, owner, n})
		}
	}
}

// describedWhole returns the first token of the organization named
// after "of" and the unit noun n, where a description of it comes first
// and ends in a noun of orgNouns: "a unit of the Tarrow-based steel group
// Corvin Steel", "a subsidiary of Norlandic mining group Vessa Metals".
// The parser hangs such a name anywhere (on the group noun, on the unit,
// as a conjunct of the part), so the words are read in order: "the", a
// place's or country's name or demonym, "-based", lower-case nouns and
// adjectives, the name right after the org noun. -1 for none.
func (ps *psent) describedWhole(n int) int {
	k := n + 2
	if k >= len(ps.d.Tokens) || ps.lower(n+1) != "of" {
		return -1
	}
	noun := -1
	for j := k; j < len(ps.d.Tokens) && j <= k+8; j++ {
		if e := ps.ent[j]; e != nil && e.typ == domain.Organization {
			if st, end := ps.mentionSpan(j); st == j && noun == j-1 && ps.kind[j] == mName && ps.closesPhrase(end) {
				return j
			}
			return -1
		}
		t := ps.tok(j)
		switch {
		case j == k && ps.lower(j) == "the":
		case t.Form == "-" && j > k && j+1 < len(ps.d.Tokens) && ps.lower(j+1) == "based":
			j++ // "Luxembourg-based"
		case ps.ent[j] != nil && (ps.ent[j].typ == domain.Place || ps.ent[j].typ == domain.Country):
		case t.UPOS == "PROPN" && ps.basedAfter(j) > j:
			j = ps.basedAfter(j) // "Tarrow-based", "St. Ives-based"
		case (t.UPOS == "NOUN" || t.UPOS == "ADJ") && !startsUpper(t.Form):
			if in(orgNouns, ps.lemma(j)) {
				noun = j
			}
		default:
			return -1
		}
	}
	return -1
}

// closesPhrase reports whether a name ending before token k closes its
// noun phrase: the sentence ends or a comma, a full stop, a bracket, a
// colon, a semicolon, a dash or a preposition follows. A verb ("the group
// X bought last year"), a possessive ("the group X's owner") or "and"
// ("the group X and its partners") means the name is not the whole.
func (ps *psent) closesPhrase(k int) bool {
	if k >= len(ps.d.Tokens) {
		return true
	}
	switch ps.tok(k).Form {
	case ",", ".", ")", ";", ":", "--", "—", "–":
		return true
	}
	return ps.tok(k).UPOS == "ADP" && ps.lower(k) != "'s" && ps.lower(k) != "'" && !in(untilWords, ps.lower(k))
}

// untilWords open a time the relation held in, not a place: "the group X
// until last year" says the name was the whole once, no longer.
var untilWords = set("until", "till", "til", "before", "since", "after")

// formerNoun reports whether noun n says what something was, not is:
// "a former unit of X".
func (ps *psent) formerNoun(n int) bool {
	for _, c := range ps.kids[n] {
		if c < n && in(formerWords, ps.lower(c)) {
			return true
		}
	}
	return false
}

// basedAfter returns the token of "based" after the proper nouns from
// token j on and a hyphen: "Tarrow-based"; -1 for none.
func (ps *psent) basedAfter(j int) int {
	m := j
	for m < len(ps.d.Tokens) && ps.tok(m).UPOS == "PROPN" {
		m++
	}
	if m+1 < len(ps.d.Tokens) && ps.tok(m).Form == "-" && ps.lower(m+1) == "based" {
		return m + 1
	}
	return -1
}

// phraseStart returns the first token of the noun phrase that noun n
// heads, its preposition left out: "the" of "according to the Amber
// Union's naval force".
func (ps *psent) phraseStart(n int) int {
	st := n
	for _, c := range ps.kids[n] {
		if c < n && ps.rel(c) != "case" && ps.rel(c) != "punct" {
			st = min(st, ps.subtreeStart(c))
		}
	}
	return st
}

// apposedOwner returns the owner possessedApposition found at token k:
// a name, "the bloc" (the bloc the story named last) or "the country"
// (the one country the nearest sentences name); nil for another noun.
func (x *extractor) apposedOwner(ps *psent, k int) *entity {
	if ps.ent[k] != nil {
		return x.ownerAt(ps, k)
	}
	os, _, ok := oldSpan(ps.s, ps.d, k, k+1)
	switch {
	case !ok:
		return nil
	case ps.lemma(k) == "bloc":
		return x.recentBloc(ps.s, os)
	case ps.lemma(k) == "country":
		return x.definiteBody(ps, k)
	}
	return nil
}

// possessedApposition reads by the words an apposition that gives the
// organization named at token h an owner, where the parser may split it:
// "EUMAR, the Amber Union's rule-of-law mission based in Tarrow", "the
// Corvin Agency, the bloc's procurement body, said". It returns the
// possessor's token and the noun of a body that ends the apposition,
// before a comma, a full stop or "based"; -1, -1 for none.
func (ps *psent) possessedApposition(h int) (owner, noun int) {
	_, end := ps.mentionSpan(h)
	n := len(ps.d.Tokens)
	if end+3 >= n || ps.tok(end).Form != "," || ps.lower(end+1) != "the" {
		return -1, -1
	}
	p := end + 2
	for p < n && p <= end+5 && !ps.possMark(p) {
		p++
	}
	if p >= n || !ps.possMark(p) || p == end+2 {
		return -1, -1
	}
	if s, _ := ps.mentionSpan(p - 1); ps.ent[p-1] != nil && s != end+2 || ps.ent[p-1] == nil && p-1 != end+2 {
		return -1, -1 // the owner is the whole name or noun after "the"
	}
	for j := p + 1; j < n && j <= p+7; j++ {
		if ps.tok(j).Form == "-" {
			continue
		}
		if ps.ent[j] != nil || startsUpper(ps.tok(j).Form) || ps.tok(j).UPOS == "PUNCT" {
			return -1, -1
		}
		if ps.tok(j).UPOS == "NOUN" && in(unitNouns, ps.lemma(j)) && j+1 < n && (ps.tok(j+1).Form == "," || ps.tok(j+1).Form == "." || ps.lower(j+1) == "based") {
			return p - 1, j
		}
	}
	return -1, -1
}
