package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// bareBody returns the body a bare title that is no office of a state
// is held in, guessed from the article, the first reading that finds
// one: the office's body named before (titledBody), the one chamber for
// a senator (chamberOf), and for a spokesman the body whose news the
// sentence reports (reportedBody) or the body the sentence before was
// about ("The Kremlin dismissed the measures. "…," spokesman X told
// reporters": previousSubjectBody). Nil when none does.
func (x *extractor) bareBody(r role) *entity {
	if b := x.titledBody(r); b != nil {
		return b
	}
	if b := x.chamberOf(r); b != nil {
		return b
	}
	if b := x.officerOfPreviousSubject(r); b != nil {
		return b
	}
	if r.pred != domain.SpokespersonFor {
		return nil
	}
	if b := x.reportedBody(r); b != nil {
		return b
	}
	return x.previousSubjectBody(r.sent)
}

// officerOfPreviousSubject returns, for a bare company officer's title
// that opens its sentence right before the name, the one organization
// the sentence before, in the paragraph, has for the subject of its main
// clause: "Halden Foods, based in Tarrow, cut its forecast. Chief
// executive X said the company would …". A governor serves a bank only
// ("The Corvin Reserve Bank held rates. Deputy Governor X said …"). Nil
// when the title's sentence names another organization, or when the
// sentence before has no such subject, or for any other title.
func (x *extractor) officerOfPreviousSubject(r role) *entity {
	t := strings.ToLower(r.title)
	if w := firstWord(t); deputyTitle(w) {
		t = strings.TrimPrefix(t, w+" ")
	}
	governor := t == "governor"
	if !governor && !in(companyOfficerTitles, t) || r.pred != domain.HeadOf && r.pred != domain.MemberOf {
		return nil
	}
	s := &x.sents[r.sent]
	words := strings.Fields(strings.ToLower(r.title))
	if len(s.toks) <= len(words) {
		return nil
	}
	for i, w := range words {
		if s.toks[i].lower != w {
			return nil
		}
	}
	n := len(words)
	if s.toks[n].lower == "officer" {
		n++ // "Chief Executive Officer X", the title read without it
	}
	var opens bool
	for _, m := range s.ments {
		if m.ent.typ == domain.Organization && !m.quoted {
			return nil // "Chief executive X said Corvin Air would …"
		}
		opens = opens || m.start == n && m.ent == r.person
	}
	if !opens {
		return nil
	}
	b := x.previousSubjectBody(r.sent)
	if b == nil || b.typ != domain.Organization || governor && !x.stateBank(b.name, r.sent) || x.otherBodyInMainClause(x.sentenceBefore(r.sent), b) {
		return nil
	}
	return b
}

// otherBodyInMainClause reports whether sentence p names an organization
// other than b, or a person, in its main clause, not inside a clause or
// an apposition that describes one of its words: "The Tarrow Dockers
// Union called a strike at Corvin Terminals" (whose officer a "Chairman
// X" after may be; a name the recognizer may take for a person's), where
// "Alba, which is listed on the Bahrain Bourse, shipped …" names the
// bourse only in a description of Alba.
func (x *extractor) otherBodyInMainClause(p int, b *entity) bool {
	if p < 0 {
		return false
	}
	ds := &x.annot.Sentences[p]
	seen := false // (only after the subject: not a dateline's agency)
	for k := range ds.Tokens {
		e := x.entityAtToken(p, k)
		seen = seen || e == b
		if !seen || e == nil || e == b || e.typ != domain.Organization && e.typ != domain.Person {
			continue
		}
		main := true
		for h, n := k, 0; h >= 0 && n < len(ds.Tokens); h, n = ds.Tokens[h].Head, n+1 {
			if r := ds.Tokens[h].Deprel; r == "acl" || r == "acl:relcl" || r == "appos" {
				main = false
				break
			}
		}
		if main {
			return true
		}
	}
	return false
}

// companyOfficerTitles are the titles, written before a name with no
// body, that a company's or an association's officer holds; the body
// officerOfPreviousSubject gives them may be any organization (only a
// governor's is checked, stateBank).
var companyOfficerTitles = set("chief executive", "chief executive officer", "ceo", "managing director", "general manager",
	"chairman", "chairwoman", "chairperson", "chief operating officer", "chief financial officer")

// titledBody returns the body a bare title before a name serves when
// the article spoke before of that office by its body alone: "The
// African Union's envoy arrived in Juba … Envoy X met the president"
// (the envoy the first line did not name is X), "Gunmen shot dead the
// mayor of Navolato … Mayor X was hit eight times". Only an envoy's, a
// spokesman's or a head's office is read so, whose title has no country
// of its own to guess from; the nearest earlier sentence with such a
// phrase decides, and one that gives two bodies gives none.
func (x *extractor) titledBody(r role) *entity {
	if r.pred != domain.EnvoyOf && r.pred != domain.SpokespersonFor && r.pred != domain.HeadOf || r.title == "" {
		return nil
	}
	if r.pred != domain.EnvoyOf {
		// "Secretary-General X said … "…," X told reporters at NATO
		// headquarters": this sentence or the next two that name him
		for si := r.sent; si < len(x.sents) && si <= r.sent+2; si++ {
			if !x.sents[si].names(r.person) {
				continue
			}
			if b := x.headquartersBody(si); b != nil {
				return b
			}
		}
	}
	head := lastWord(r.title)
	for si := r.sent - 1; si >= 0; si-- {
		var found *entity
		s := &x.sents[si]
		for j := range s.toks {
			if s.toks[j].lower != head || s.toks[j].cap || s.toks[j].quoted {
				continue
			}
			e := possessorBefore(s, j)
			if e == nil {
				e = ofBodyAfter(s, j, r.pred)
			}
			if e == nil {
				continue
			}
			if found != nil && found != e {
				return nil
			}
			found = e
		}
		if found != nil {
			return found
		}
	}
	return nil
}

// names reports whether sentence s mentions entity e.
func (s *sentence) names(e *entity) bool {
	return slices.ContainsFunc(s.ments, func(m mention) bool { return m.ent == e })
}

// headquartersBody returns the one organization whose headquarters
// sentence si puts its speaker at: "Secretary General X, speaking at the
// OAS headquarters in Washington, said …", "Governor X told a news
// conference at the bank's headquarters" ("the bank" being the one named
// before); nil for none or several.
func (x *extractor) headquartersBody(si int) *entity {
	s := &x.sents[si]
	var found *entity
	for j := 2; j < len(s.toks); j++ {
		if s.toks[j].lower != "headquarters" {
			continue
		}
		var e *entity
		if k := j - 1; s.toks[k].kind == tPoss && s.toks[k-1].kind == tWord && !s.toks[k-1].cap && k >= 2 && s.toks[k-2].lower == "the" {
			e = x.recentOrg(s, k-1, s.toks[k-1].lower, len(x.sents))
		} else {
			e = orgEndingAt(s, j)
		}
		if e == nil || found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// ofBodyAfter returns the body an "of" phrase gives "the" title word at
// token j ("shot dead the mayor of Navolato"): an organization or
// country, or a place for a head; nil for none.
func ofBodyAfter(s *sentence, j int, p domain.Predicate) *entity {
	toks := s.toks
	if j < 1 || toks[j-1].lower != "the" || j+2 >= len(toks) || toks[j+1].lower != "of" {
		return nil
	}
	at := j + 2
	if toks[at].lower == "the" {
		at++
	}
	for i := range s.ments {
		m := &s.ments[i]
		if m.start != at || m.quoted {
			continue
		}
		if t := m.ent.typ; t == domain.Organization || t == domain.Country || t == domain.Place && p == domain.HeadOf {
			return m.ent
		}
	}
	return nil
}

// possessorBefore returns the organization or country whose possessive
// comes before the title word at token j, over at most two lower-case
// words ("the African Union's special envoy"); nil for none.
func possessorBefore(s *sentence, j int) *entity {
	k := j - 1
	for k >= 0 && j-k <= 3 && s.toks[k].kind == tWord && !s.toks[k].cap {
		k--
	}
	if k < 1 || s.toks[k].kind != tPoss {
		return nil
	}
	for i := range s.ments {
		m := &s.ments[i]
		if m.end == k && !m.quoted && (m.ent.typ == domain.Organization || m.ent.typ == domain.Country) {
			return m.ent
		}
	}
	return nil
}

// selfNamedBody returns the organization the article says a group
// described by noun calls itself: "The junta, which calls itself the
// High Command for …, has proposed …" or "… heads the Patriotic
// Movement, the name the junta has given itself"; nil when it says so of
// none or of several. "the junta" then stands for that body.
func (x *extractor) selfNamedBody(noun string) *entity {
	var found *entity
	for si := range x.sents {
		s := &x.sents[si]
		for k := range s.toks {
			if s.toks[k].lower != "itself" {
				continue
			}
			e := selfNameAt(s, k, noun)
			if e == nil {
				continue
			}
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

// selfNameAt reads the naming around "itself" at token k of s: "the
// NOUN, which calls itself (the) NAME" (the name right after, the noun
// within the five words before) or "NAME, the name the NOUN has given
// itself" (the name right before ", the name").
func selfNameAt(s *sentence, k int, noun string) *entity {
	toks := s.toks
	if k > 0 && (toks[k-1].lower == "calls" || toks[k-1].lower == "called") {
		at := k + 1
		if at < len(toks) && toks[at].lower == "the" {
			at++
		}
		if nounBefore(toks, k-1, noun) {
			return orgStartingAt(s, at)
		}
		return nil
	}
	if k > 0 && (toks[k-1].lower == "given" || toks[k-1].lower == "gave") {
		for j := k - 2; j >= 2 && k-j <= 6; j-- {
			if toks[j].lower == "name" && toks[j-1].lower == "the" && toks[j-2].lower == "," && nounBefore(toks, k-1, noun) {
				return orgEndingAt(s, j-2)
			}
		}
	}
	return nil
}

// nounBefore reports whether "the NOUN" stands within the six tokens
// before token k.
func nounBefore(toks []token, k int, noun string) bool {
	for j := k - 1; j >= 1 && k-j <= 6; j-- {
		if toks[j].lower == noun && toks[j-1].lower == "the" {
			return true
		}
	}
	return false
}

// orgStartingAt and orgEndingAt return the organization whose mention in
// s starts at token k, or ends right before it; nil for none.
func orgStartingAt(s *sentence, k int) *entity {
	for i := range s.ments {
		if m := &s.ments[i]; m.start == k && m.ent.typ == domain.Organization {
			return m.ent
		}
	}
	return nil
}

func orgEndingAt(s *sentence, k int) *entity {
	for i := range s.ments {
		if m := &s.ments[i]; m.end == k && m.ent.typ == domain.Organization {
			return m.ent
		}
	}
	return nil
}

// armyWords name a country's armed forces in lower case.
var armyWords = set("army", "military")

// armedForcesNames end the names of a country's armed forces.
var armedForcesNames = []string{" armed forces", " army", " defence forces", " defense forces"}

// armedForces returns the body whose name is that of a country's armed
// forces ("Sudanese Armed Forces", "Royal Thai Army"): the one named
// before token k of s or in the nearest sentence before that names one,
// else the one the whole article names ("Army spokesman X said …" with
// the Sudanese Armed Forces named further on); nil for none or several.
func (x *extractor) armedForces(s *sentence, k int) *entity {
	if e := x.recentOrgWhere(s, k, len(x.sents), armedForcesName); e != nil {
		return e
	}
	var found *entity
	for si := range x.sents {
		for _, m := range x.sents[si].ments {
			if m.ent.typ != domain.Organization || !armedForcesName(m.ent) {
				continue
			}
			if found != nil && found != m.ent {
				return nil
			}
			found = m.ent
		}
	}
	return found
}

// armedForcesName reports whether an organization's name is that of a
// country's armed forces.
func armedForcesName(o *entity) bool {
	name := strings.ToLower(o.name)
	return slices.ContainsFunc(armedForcesNames, func(suffix string) bool { return strings.HasSuffix(name, suffix) })
}

// namesCountry reports whether sentence s names any country.
func namesCountry(s *sentence) bool {
	return slices.ContainsFunc(s.ments, func(m mention) bool { return m.ent.typ == domain.Country })
}

// nearestOnlyCountry returns the one country the nearest of the three
// sentences before si that names any names: "… in Guinea-Bissau on
// Tuesday. … and the interior minister, X, was wounded", the sentence of
// the title naming none; nil when that sentence names several.
func (x *extractor) nearestOnlyCountry(si int) *entity {
	for p := si - 1; p >= 0 && p >= si-3; p-- {
		if namesCountry(&x.sents[p]) {
			return onlyCountry(&x.sents[p])
		}
	}
	return nil
}

// introducedBody returns the organization named last up to token k of s
// (in its sentence, or the nearest before that names one) that the
// article introduced as a noun ("the agency", "the site"): by an
// apposition after its name that the noun heads ("Health New Zealand,
// the state agency that runs public hospitals") or by the noun right
// before its name ("the independent news site Kavkaz Monitor"); nil for
// none or several.
func (x *extractor) introducedBody(s *sentence, k int, noun string) *entity {
	return x.recentOrgWhere(s, k, len(x.sents), func(o *entity) bool { return x.introducedAs(o, noun) })
}

// introducedAs reports whether some mention of o in the article is
// introduced as noun (describedAs).
func (x *extractor) introducedAs(o *entity, noun string) bool {
	for si := range x.sents {
		ss := &x.sents[si]
		for i := range ss.ments {
			if m := &ss.ments[i]; m.ent == o && !m.quoted && describedAs(ss.toks, m, noun) {
				return true
			}
		}
	}
	return false
}

// describedAs reports whether mention m is introduced as a noun: ", the
// NOUN", ", a NOUN" past up to two lower-case words after it, or the
// lower-case noun right before it.
func describedAs(toks []token, m *mention, noun string) bool {
	if m.start > 0 && toks[m.start-1].lower == noun && !toks[m.start-1].cap {
		return true
	}
	if nounApposed(toks, m, noun) {
		return true
	}
	j := m.end
	if j+2 >= len(toks) || toks[j].lower != "," || !in(articles, toks[j+1].lower) {
		return false
	}
	for w := j + 2; w < len(toks) && w <= j+4 && toks[w].kind == tWord && (!toks[w].cap || placeCompound(toks[w].lower)); w++ {
		if toks[w].lower == noun {
			// the noun heads the apposition: "the agency that …", not
			// "the agency chief"
			return w+1 >= len(toks) || toks[w+1].kind != tWord || toks[w+1].cap || in(afterHeadNoun, toks[w+1].lower)
		}
	}
	return false
}

// placeCompound reports whether a capitalized word is a place joined to
// a participle that says where a body sits or trades ("London-based",
// "Toronto-listed"): like a lower-case adjective, it may stand before
// the noun an apposition introduces a body as ("Halden Ore, a
// Lisbon-based company").
func placeCompound(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && in(placeParticiples, w[i+1:])
}

// placeParticiples follow a place in a compound adjective that says
// where a body sits or trades.
var placeParticiples = set("based", "listed", "headquartered", "registered")

// nounApposed reports whether mention m stands in apposition after the
// noun, "the mineworkers' union, the Sindicato Minero de X", and ends
// there: no list goes on after it ("the union, the Corvin Party and the
// army").
func nounApposed(toks []token, m *mention, noun string) bool {
	if m.start < 3 || !in(articles, toks[m.start-1].lower) || toks[m.start-2].lower != "," || toks[m.start-3].lower != noun || toks[m.start-3].cap {
		return false
	}
	if m.end >= len(toks) {
		return true
	}
	next := toks[m.end].lower
	if next == "and" || next == "or" {
		return false
	}
	return next != "," || m.end+1 >= len(toks) || !in(articles, toks[m.end+1].lower) && toks[m.end+1].lower != "and" && toks[m.end+1].lower != "or"
}

// afterHeadNoun may follow the noun that heads an apposition.
var afterHeadNoun = set("that", "which", "who", "of", "for", "in", "with", "and", "responsible", "behind", "based")

// reportedBody returns the body whose news a bare spokesman's words
// follow: "The Corvin Rail Company will scrap its night trains,
// spokesman X said", "The Halden Water Board has banned hosepipes, said
// spokeswoman X" (reportedSubject). Nil for any other sentence:
// "Spokesman X said Halden Bank would …" may report another side's news.
func (x *extractor) reportedBody(r role) *entity {
	ps := x.psentAt(r.sent)
	if ps == nil {
		return nil
	}
	for k := range ps.d.Tokens {
		if ps.ent[k] != r.person {
			continue
		}
		if b := ps.reportedSubject(k); b >= 0 && (ps.ent[b].typ == domain.Organization || ps.ent[b].typ == domain.Country) {
			return ps.ent[b]
		}
		return nil
	}
	return nil
}

// reportedSubject returns the token of the one named body that is the
// subject of the sentence's main clause, whose news the speaker named at
// token k reports after it: "Halden Bank will close 40 branches, said
// X", "…, X said". The speech verb is next to the name, and the parser
// hangs it or the name on the clause's root, before them. -1 when that
// subject is no name, or two conjoined ones.
func (ps *psent) reportedSubject(k int) int {
	start, end := ps.mentionSpan(k)
	v := start - 1
	for v > 0 && ps.ent[v] == nil && (isTitleNoun(ps.lemmaOrLower(v)) || in(titleModifiers, ps.lower(v))) {
		v-- // "said spokeswoman X"
	}
	if v < 0 || !in(speechLemmas, ps.lemma(v)) {
		v = end
	}
	if v >= len(ps.d.Tokens) || !in(speechLemmas, ps.lemma(v)) || ps.tok(v).UPOS != "VERB" {
		return -1
	}
	h := ps.head(v)
	if h < 0 || ps.head(h) >= 0 {
		h = ps.head(k)
	}
	if h < 0 || ps.head(h) >= 0 || h > start || !in(reportedRels, ps.rel(v)) && !in(reportedRels, ps.rel(k)) {
		return -1
	}
	found := -1
	for _, c := range ps.kidsWith(h, "nsubj", "nsubj:pass") {
		if ps.ent[c] == nil || ps.kind[c] != mName || len(ps.kidsWith(c, "conj")) > 0 || found >= 0 {
			return -1
		}
		found = c
	}
	return found
}

// reportedRels are the relations a speech verb after its words takes to
// the root of the reported clause.
var reportedRels = set("parataxis", "advcl", "conj", "ccomp")

// chamberOf returns the chamber a bare senator or representative sits
// in: for a senator the one organization the article names "Senate" or
// "… Senate" ("Senator X backed the purchase" in a story about the
// Philippine Senate's vote), else (none or several named) for a name a
// US party tag follows ("Sen. X, D-Ore., said", "Rep. X, R-Ohio, who")
// the chamber of the United States Congress the title sits in; nil for
// any other title, for two chambers and no tag, or where the article
// speaks neither of the chamber nor of Congress at work.
func (x *extractor) chamberOf(r role) *entity {
	w := lastWord(r.title)
	if senatorTitle(r.title) {
		// of two named ("the Senate", "a U.S. Senate panel") a US party
		// tag still says which
		if found, n := x.namedChamber("senate"); n == 1 {
			return found
		}
	}
	if c, ok := usChambers[w]; ok && !stateLegislator(r.title) && x.partyTagged(r) && x.speaksOfCongress(c.word) {
		return x.entity(domain.Organization, c.name)
	}
	return nil
}

// stateLegislator reports whether a bare lawmaker's title is a state's
// ("State Sen. X", "state Rep. Y"): a seat in the state's legislature,
// neither in Congress nor in the country's, which only a chamber the
// article names gives.
func stateLegislator(title string) bool {
	f := strings.Fields(strings.ToLower(title))
	if len(f) < 2 || f[0] != "state" {
		return false
	}
	_, ok := usChambers[f[len(f)-1]]
	return ok
}

// usChamberOf returns the body role r serves: for a senator or
// representative read as a member of the United States ("Sen. X of New
// Mexico", "U.S. Rep. Y"), the chamber of Congress the title sits in,
// where the article speaks of it at work (speaksOfCongress); r's own
// body otherwise.
func (x *extractor) usChamberOf(r role) *entity {
	if r.obj == nil || r.obj.typ != domain.Country || r.obj.name != unitedStates || r.pred != domain.MemberOf {
		return r.obj
	}
	if c, ok := usChambers[lastWord(r.title)]; ok && !stateLegislator(r.title) && x.speaksOfCongress(c.word) {
		return x.entity(domain.Organization, c.name)
	}
	return r.obj
}

// namedChamber returns the one organization the article names with a
// name that ends in word ("senate": "the Senate", "… Senate";
// "deputies": "the Chamber of Deputies"), nil when it names two, and how
// many it names.
func (x *extractor) namedChamber(word string) (*entity, int) {
	var found *entity
	n := 0
	for _, o := range x.ents {
		if o.typ != domain.Organization || o.first < 0 || lastWord(o.name) != word {
			continue
		}
		found, n = o, n+1
	}
	if n > 1 {
		return nil, n
	}
	return found, n
}

// usChamber is a chamber of the United States Congress: its name and
// the word by which an article that speaks of it names it.
type usChamber struct{ name, word string }

// usChambers are the chambers a bare lawmaker's title names, by the
// title's last word.
var usChambers = map[string]usChamber{
	"senator":       {"United States Senate", "Senate"},
	"sen.":          {"United States Senate", "Senate"},
	"rep.":          {"United States House of Representatives", "House"},
	"congressman":   {"United States House of Representatives", "House"},
	"congresswoman": {"United States House of Representatives", "House"},
}

// speaksOfCongress reports whether the article, outside quotes, names
// the chamber by its word (w: "Senate", "House") or speaks of the
// business of Congress (congressWords: "lawmakers", "the bill", "a
// hearing"): a chamber the story neither names nor shows at work ("Sen.
// X, R-Utah, flew on the shuttle in 1985") is no actor of it.
func (x *extractor) speaksOfCongress(w string) bool {
	for si := range x.sents {
		for _, t := range x.sents[si].toks {
			if !t.quoted && (t.text == w || in(congressWords, t.text)) {
				return true
			}
		}
	}
	return false
}

// congressWords speak of the work of a legislature, as written: "Bill
// Nelson" is a name, no bill.
var congressWords = set("Congress", "congressional", "Congressional", "senators", "lawmakers", "legislation",
	"bill", "bills", "committee", "Committee", "subcommittee", "hearing", "hearings")

// partyTagRe matches a US lawmaker's party and state set off by a comma
// after the name: ", D-Ore.", ", R-Texas".
var partyTagRe = regexp.MustCompile(`^, ?[DRI]-[A-Z]`)

// partyTagged reports whether a US party tag follows the name of r's
// holder in r's sentence ("Sen. X, D-Ore., said", "Senator X, a Florida
// Republican, …"): only a member of the United States Congress is named
// so.
func (x *extractor) partyTagged(r role) bool {
	s := &x.sents[r.sent]
	for _, m := range s.ments {
		if m.ent == r.person && m.end > 0 && m.end <= len(s.toks) && (partyTagRe.MatchString(s.text[s.toks[m.end-1].end:]) || x.statePartyAfter(s, m.end)) {
			return true
		}
	}
	return false
}

// statePartyAfter reports whether an apposition at token k of s names a
// US state and a US party: ", a Florida Republican", ", an Ohio
// Democrat", the wire's other way of tagging a member of Congress.
func (x *extractor) statePartyAfter(s *sentence, k int) bool {
	toks := s.toks
	if k+3 >= len(toks) || toks[k].text != "," || !toks[k+1].is("a") && !toks[k+1].is("an") {
		return false
	}
	// the state's name, of one or two words, right before the party
	for j := k + 3; j < len(toks) && j <= k+4; j++ {
		if in(usParties, toks[j].lower) && toks[j].text == upperFirst(toks[j].lower) {
			es := x.lookupPlace(joinTokens(s.text, toks, k+2, j))
			return slices.ContainsFunc(es, func(e gazetteer.Entry) bool { return e.Region && e.Country == unitedStates })
		}
	}
	return false
}

// representedCountry returns the country sentence r.sent says the
// holder of bare title r represented: "Bolivia, which joined the bloc in
// 2024, was represented by Vice President X" (the one country named
// before "represented by" that no place word introduces), "Vice
// President X represented Bolivia at the talks" (the country right
// after the verb); nil for none or several. The country a person stands
// for at a meeting is his own, wherever the story is written from.
func (x *extractor) representedCountry(r role) *entity {
	s := &x.sents[r.sent]
	for _, m := range s.ments {
		if m.ent != r.person {
			continue
		}
		k := m.start - 1
		for k >= 0 && s.toks[k].cap {
			k-- // the title's words
		}
		if k >= 1 && s.toks[k].is("by") && strings.HasPrefix(s.toks[k-1].lower, "represent") {
			if c := onlyCountryBefore(s, k-1); c != nil {
				return c
			}
		}
		if m.end+1 < len(s.toks) && strings.HasPrefix(s.toks[m.end].lower, "represent") {
			if c := countryStartingAt(s, m.end+1); c != nil {
				return c
			}
		}
	}
	return nil
}

// onlyCountryBefore returns the one country sentence s names before
// token k, leaving out those a place word introduces ("talks in Qatar");
// nil for none or several.
func onlyCountryBefore(s *sentence, k int) *entity {
	var found *entity
	for _, m := range s.ments {
		if m.end > k || m.ent.typ != domain.Country || m.quoted || isPlaceCue(s.toks, m.start) {
			continue
		}
		if found != nil && found != m.ent {
			return nil
		}
		found = m.ent
	}
	return found
}

// countryStartingAt returns the country whose mention starts at token k
// of s, or right after a "the" there; nil for none.
func countryStartingAt(s *sentence, k int) *entity {
	if k < len(s.toks) && s.toks[k].is("the") {
		k++
	}
	if m := countryMentionAt(s, k); m != nil {
		return m.ent
	}
	return nil
}

// legislatorChambers are the last words of the names of the chambers a
// legislator's title sits in, by the title: a senator in the Senate, a
// deputy in the Chamber of Deputies.
var legislatorChambers = map[string]string{"senator": "senate", "sen.": "senate", "deputy": "deputies"}

// partyLegislators returns, for each role that makes a senator or a
// deputy a member of a body that is no chamber ("Senator X of the
// Corvin Union", "Deputy Y of the Creemos alliance": the party), the
// role of member of the one chamber of that title the article names:
// the title says where the person sits. A title with more words
// ("deputy minister", "deputy head") sits in none. The chamber must be
// the home country's (the dateline's, or the one an agency's lead opens
// with), and so must every legislature the article names: "Senator X
// of the Y Party urged Mexico's Senate", "The Texas Senate passed …"
// in a story from Washington or Austin name another polity's chamber.
func (x *extractor) partyLegislators(roles []role) []role {
	var out []role
	for _, r := range roles {
		word, ok := legislatorChambers[strings.ToLower(r.title)]
		if !ok || r.pred != domain.MemberOf || r.obj == nil || r.obj.typ != domain.Organization ||
			isChamber(r.obj.name) || strings.Contains(strings.ToLower(r.obj.name), "committee") {
			continue
		}
		if c, n := x.namedChamber(word); n == 1 && c != r.obj && x.homeLegislatures() {
			out = append(out, role{person: r.person, pred: domain.MemberOf, obj: c, sent: r.sent})
		}
	}
	// "Opposition lawmaker X of the Corvin party" in a story that names
	// one legislature ("the Legislative Assembly", "Congress"): a
	// lawmaker's title names no chamber of its own, so the one named
	for _, r := range roles {
		if !in(lawmakerTitles, strings.ToLower(r.title)) || r.pred != domain.MemberOf || r.obj == nil || r.obj.typ != domain.Organization || legislatureName(r.obj.name) {
			continue
		}
		if c := x.onlyLegislature(); c != nil && c != r.obj && x.homeLegislatures() && !x.foreignMember(r.person) {
			out = append(out, role{person: r.person, pred: domain.MemberOf, obj: c, sent: r.sent})
		}
	}
	return out
}

// foreignMember reports whether another country than the article's
// home one, or its demonym, comes within the words right before a name
// mention of person ("Venezuelan opposition lawmaker X" in a story from
// Bogota): the home legislature is not theirs.
func (x *extractor) foreignMember(person *entity) bool {
	home := x.datelineOrLeadCountry()
	for si := range x.sents {
		s := &x.sents[si]
		for _, m := range s.ments {
			if m.ent != person || m.kind != mName {
				continue
			}
			for k := m.start - 1; k >= 0 && k >= m.start-4 && s.toks[k].kind == tWord; k-- {
				if c, ok := x.demonym(s.toks[k].text); ok && c != home {
					return true
				}
				if c, ok := x.country(s.toks[k].text); ok && c != home {
					return true
				}
			}
		}
	}
	return false
}

// possessorCountry returns the country whose possessive opens name and
// the rest of the name ("El Salvador's Legislative Assembly" gives El
// Salvador and "Legislative Assembly"); "" for none.
func (x *extractor) possessorCountry(name string) (string, string) {
	for _, poss := range []string{"'s ", "’s "} {
		if i := strings.Index(name, poss); i > 0 {
			if c, ok := x.country(name[:i]); ok {
				return c, name[i+len(poss):]
			}
		}
	}
	return "", name
}

// lawmakerTitles name a member of a legislature without saying which
// chamber.
var lawmakerTitles = set("lawmaker", "legislator")

// onlyLegislature returns the one legislature or chamber the article
// names by a chamber's words alone when it is a whole legislature ("the
// Legislative Assembly", "the National Assembly", "Congress",
// "Parliament"); nil for none, several, or a chamber ("the Senate").
// A name with other words ("African National Congress", "the Texas
// Senate") is no such name.
func (x *extractor) onlyLegislature() *entity {
	var found *entity
	var foundName string // its name without a country's possessive
	for _, o := range x.ents {
		if o.typ != domain.Organization || o.first < 0 || !legislatureName(o.name) {
			continue
		}
		name := o.name
		if c, rest := x.possessorCountry(name); c != "" {
			name = rest // "El Salvador's Legislative Assembly", a name the entity keeps from its first mention
		}
		if slices.ContainsFunc(strings.Fields(strings.ToLower(name)), func(w string) bool { return !in(chamberNameWords, w) }) {
			continue
		}
		if found != nil && found != o {
			return nil
		}
		found, foundName = o, name
	}
	if found != nil {
		// a chamber ("the Senate", "the Chamber of Deputies") is one of
		// two: a lawmaker may sit in the other
		if slices.ContainsFunc(strings.Fields(strings.ToLower(foundName)), func(w string) bool { return !in(wholeLegislatureWords, w) }) {
			return nil
		}
	}
	return found
}

// wholeLegislatureWords are the words of the name of a whole
// legislature, no chamber of it: "the National Assembly", "Congress",
// "the Federal Parliament".
var wholeLegislatureWords = set("the", "of", "congress", "parliament", "assembly", "national", "federal", "legislative")

// datelineOrLeadCountry returns the article's home country: the
// dateline's, or the one an agency's lead opens with; "" for none.
func (x *extractor) datelineOrLeadCountry() string {
	if x.dateline != "" {
		return x.dateline
	}
	return x.agencyLeadCountry()
}

// homeLegislatures reports whether the article has a home country (the
// dateline's, or the one an agency's lead opens with) and every
// legislature or chamber it names is that country's, by all the article
// says of it (homeChamber).
func (x *extractor) homeLegislatures() bool {
	home := x.datelineOrLeadCountry()
	if home == "" {
		return false
	}
	for _, o := range x.ents {
		if o.typ == domain.Organization && o.first >= 0 && legislatureName(o.name) && !x.homeChamber(o, home) {
			return false
		}
	}
	return true
}

// legislatureName reports whether name is a legislature's or one of its
// chambers' (not a committee's): "Senate", "Chamber of Deputies",
// "National Congress", "Storting".
func legislatureName(name string) bool {
	l := strings.ToLower(name)
	if strings.Contains(l, "committee") {
		return false
	}
	_, known := legislatures[l]
	return known || isChamber(name) || in(chamberLastWords, lastWord(l))
}

// chamberLastWords end the names of chambers that isChamber does not
// read: "the Chamber of Deputies", "the National Congress".
var chamberLastWords = set("deputies", "congress", "representatives")

// chamberNameWords are the words of a chamber's name that name no
// polity: "the National Assembly", "the Federal Senate", "the Chamber
// of Deputies".
var chamberNameWords = set("the", "of", "senate", "chamber", "deputies", "house", "representatives", "congress",
	"parliament", "assembly", "national", "federal", "legislative", "upper", "lower")

// homeChamber reports whether legislature o is country home's as far
// as the article says: no other country owns it (part_of, "Mexico's
// Senate"), its name holds no other polity ("Texas Senate", "European
// Parliament"), and no other country's or place's name comes right
// before a mention of it ("Brazil's Senate", "the Bavarian
// parliament").
func (x *extractor) homeChamber(o *entity, home string) bool {
	if o.partOf != "" && o.partOf != domain.NodeID(domain.Country, home) {
		return false
	}
	name := o.name
	if c, rest := x.possessorCountry(name); c != "" {
		if c != home {
			return false
		}
		name = rest // "El Salvador's Legislative Assembly"
	}
	l := strings.ToLower(name)
	if c, ok := legislatures[l]; ok {
		return c == home
	}
	var rest []string
	for _, w := range strings.Fields(l) {
		if !in(chamberNameWords, w) {
			rest = append(rest, w)
		}
	}
	if q := strings.Join(rest, " "); q != "" {
		c, ok := x.country(q)
		if !ok {
			c, _ = x.demonym(q)
		}
		if c != home {
			return false
		}
	}
	for si := range x.sents {
		s := &x.sents[si]
		for _, m := range s.ments {
			if m.ent != o {
				continue
			}
			end := m.start
			if end > 0 && s.toks[end-1].kind == tPoss {
				end--
			}
			for _, q := range s.ments {
				if q.end == end && (q.ent.typ == domain.Place || q.ent.typ == domain.Country && q.ent.name != home) {
					return false
				}
			}
		}
	}
	return true
}

// stateBank reports whether a bank's name is that of a state's own
// bank, which a governor heads: a central or reserve bank, the
// Bundesbank; or a "Bank of …" named for no city (not the lender "Bank of
// Kigali"), a "National Bank of …" or a "Banque de …", where the
// governor's sentence si does not speak of "the central bank", which
// such a name does not say it is ("Bank of Korea … Governor X said
// inflation was easing"; not "Bank of Ireland raised its mortgage rates.
// Governor X said the central bank expected …"); not a lender's ("Equity
// Bank", "Zenith Commercial Bank").
func (x *extractor) stateBank(name string, si int) bool {
	if !centralBankName(name) {
		return false
	}
	l := " " + strings.ToLower(name) + " "
	for _, w := range []string{" central ", " reserve ", " bundesbank ", " centrale "} {
		if strings.Contains(l, w) {
			return true
		}
	}
	if n := strings.TrimPrefix(l, " the "); strings.HasPrefix(n, "bank of ") || strings.HasPrefix(n, " bank of ") {
		// (a city's bank is a lender: "Bank of Kigali")
		of := name[strings.Index(name, " of ")+4:]
		_, country := x.country(of)
		return (country || !slices.ContainsFunc(x.lookupPlace(of), func(e gazetteer.Entry) bool { return e.Type == domain.Place && !e.Region })) &&
			!speaksOfCentralBank(&x.sents[si])
	}
	for _, w := range []string{" national ", " nacional ", " nationale ", " banque de ", " banque du ", " banco de ", " banca d"} {
		if strings.Contains(l, w) {
			return !speaksOfCentralBank(&x.sents[si])
		}
	}
	return false
}

// speaksOfCentralBank reports whether s names "the central bank" in
// lower case.
func speaksOfCentralBank(s *sentence) bool {
	for k := 0; k+1 < len(s.toks); k++ {
		if s.toks[k].lower == "central" && !s.toks[k].cap && s.toks[k+1].lower == "bank" {
			return true
		}
	}
	return false
}
