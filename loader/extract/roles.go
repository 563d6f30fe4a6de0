package extract

import (
	"cmp"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// role is a title read next to a person's name.
type role struct {
	person *entity
	pred   domain.Predicate
	title  string
	obj    *entity // nil for a bare title ("President Joseph Kamau")
	sent   int
	// principal, when set, says the role serves whoever holds that office
	// of obj: "the Kenyan president's envoy" is the envoy of the Kenyan
	// president if the article names him, else of Kenya.
	principal domain.Predicate
	// gov marks a title of "the government" without a country
	// ("Government negotiator X"): it takes the country a bare title would.
	gov bool
	// local marks an office of a region or city ("Tigray interim
	// administration president"): never a country's by default.
	local bool
	// opening marks a place read off the sentence's opening "In X, …,"
	// (openingPlace): where the holder speaks, not always what they head.
	opening bool
	// also are bodies conjoined with obj that the title holds too:
	// "owner of the Corvin Group and the Halden Courier".
	also []*entity
	// guess marks a bare title given a country from the article
	// (resolveBare), not from its own words.
	guess bool
	// successor marks a holder the text calls new ("X, the new finance
	// minister"): the office may have had another holder in the story.
	successor bool
	// told marks a government's title whose country the text must give
	// ("X, the government's spokeswoman"): the holder's other office,
	// the government named, or a dateline whose country acts in the
	// story; never the guess from mentions.
	told bool
	// premodified marks a title a name premodifies that the token rules
	// did not read as its body ("Corvin Freight President X", "Tarrow
	// Region Prime Minister X"): the office is that body's or region's,
	// not a country's to guess.
	premodified bool
}

// titleBlock is a run of title words [start, end) of a sentence.
type titleBlock struct{ start, end int }

// findRoles reads the titles around every person mention: before the name
// ("Ethiopian Foreign Minister Amara Wekesa"), in an apposition after it
// ("Mensah, the Palace spokesman"), with a possessive ("Kamau's special
// envoy, Ola Brandt") or with "of" ("the president of Ethiopia, X"). Bare
// titles get their country from the article afterwards (resolveBare).
func (x *extractor) findRoles() {
	var roles []role
	for si := range x.sents {
		s := &x.sents[si]
		for mi := range s.ments {
			m := &s.ments[mi]
			if m.ent.typ != domain.Person || m.kind != mName {
				continue
			}
			if r, ok := x.roleBefore(s, m); ok {
				roles = append(roles, r)
			}
			if r, ok := x.roleAfter(s, m); ok {
				roles = append(roles, r)
			}
		}
	}
	openingOfVisitor(roles)
	roles = append(roles, x.counterpartRoles(roles)...)
	roles = append(roles, x.pronounOffices(roles)...)
	roles = append(roles, x.ledDelegations()...)
	roles = append(roles, x.partyLegislators(roles)...)
	roles = append(roles, x.commissionerRoles()...)
	roles = append(roles, x.personsParties()...)
	// "the Kenyan president's envoy": the president, where the article
	// names one.
	for i := range roles {
		r := &roles[i]
		if r.principal == "" || r.obj == nil {
			continue
		}
		var holder *entity
		for _, o := range roles {
			if o.pred == r.principal && o.obj == r.obj && o.person != r.person {
				if holder != nil && holder != o.person {
					holder = nil
					break
				}
				holder = o.person
			}
		}
		if holder != nil {
			r.obj = holder
		}
	}
	// "presidential spokesman X": the spokesman of the one president
	// the article names
	for i := range roles {
		if r := &roles[i]; r.obj == nil && (r.pred == domain.SpokespersonFor || r.pred == domain.EnvoyOf) && firstWord(r.title) == "presidential" {
			r.obj = onlyHolder(roles, domain.PresidentOf)
		}
	}
	var bare []role
	for _, r := range roles {
		if r.obj == nil {
			bare = append(bare, r)
			continue
		}
		x.emitRole(r)
	}
	x.resolveBare(roles, bare)
}

func (x *extractor) emitRole(r role) { x.emitRoleTitle(r, true) }

// openingOfVisitor takes back the place a sentence's opening "In X, …,"
// gave a mayor or governor (openingPlace) whom the article has head
// another place or body: "Paris Mayor X … In Lyon, a city of 500,000,
// Mayor X said" is where she spoke. The title stays, bare.
func openingOfVisitor(roles []role) {
	for i := range roles {
		r := &roles[i]
		if !r.opening {
			continue
		}
		for _, o := range roles {
			if o.person == r.person && !o.opening && o.pred == domain.HeadOf && o.obj != nil && o.obj != r.obj {
				r.obj, r.opening = nil, false
				break
			}
		}
	}
}

// onlyHolder returns the one person roles give office p of a country,
// nil for none or several.
func onlyHolder(roles []role, p domain.Predicate) *entity {
	var found *entity
	for _, r := range roles {
		if r.pred != p || r.obj == nil || r.obj.typ != domain.Country || r.person == found {
			continue
		}
		if found != nil {
			return nil
		}
		found = r.person
	}
	return found
}

// emitRoleTitle states role r, and its title literal when title is set.
func (x *extractor) emitRoleTitle(r role, title bool) {
	r.obj = x.envoyState(r)
	r.obj = x.usChamberOf(r)
	r.obj = x.commissionOf(r)
	r.pred = orgRole(r.pred, r.title, r.obj)
	r.obj = x.governedRegion(r)
	if r.pred == domain.HeadOf {
		if p := x.regionNamingGovernment(r.obj); p != nil {
			r.obj = p // "the head of the Sardinia regional government" heads Sardinia
		}
	}
	if !allowedObject(r.pred, r.title, r.obj) {
		if title && r.title != "" && r.pred == domain.MinisterOf && r.obj != nil && r.obj.typ == domain.Place {
			// "Ontario's Deputy Premier X": a province's minister holds
			// no country's office, but the title stands
			x.addFact(r.person.id, domain.Title, r.title, true, r.sent, domain.Asserted)
		}
		return
	}
	// "Foreign Ministry spokeswoman X" whose country the context does not
	// say: which ministry is not known, only the title is; in a text that
	// names no country at all the ministry is the only one it can mean
	if r.obj.typ != domain.Organization || r.obj.partOf != "" || !bareMinistry(r.obj.name) || !x.namesCountry() {
		x.addFact(r.person.id, r.pred, r.obj.id, false, r.sent, domain.Asserted)
		x.roles = append(x.roles, r)
	}
	if title && r.title != "" {
		x.addFact(r.person.id, domain.Title, r.title, true, r.sent, domain.Asserted)
	}
}

// governedRegion returns the region a governor of place r.obj heads
// where the article names it by the place's name and a region word:
// "Tarrow Governor X" in a story of "Tarrow province" heads the province,
// not the town of the same name; a region word of a unit below a
// governor's ("the Tarrow district") is none. r.obj otherwise, and for a
// mayor, who heads the town.
func (x *extractor) governedRegion(r role) *entity {
	if r.pred != domain.HeadOf || r.obj == nil || r.obj.typ == domain.Country || lastWord(r.title) != "governor" && lastWord(r.title) != "gov." {
		return r.obj
	}
	var found *entity
	for _, e := range x.ents {
		if e.typ != domain.Place || e.first < 0 || e == r.obj {
			continue
		}
		name := strings.ToLower(e.name)
		i := strings.LastIndex(name, " ")
		if i < 0 || name[:i] != strings.ToLower(r.obj.name) || !in(regionWords, name[i+1:]) || name[i+1:] == "district" {
			continue
		}
		if found != nil {
			return r.obj
		}
		found = e
	}
	if found == nil {
		return r.obj
	}
	return found
}

// envoyState returns the body role r serves: for an envoy read as one
// of a country's ministry ("Russia's Foreign Ministry said … Its
// ambassador to Norway, X"), the country, whose envoy he is; r's own
// body otherwise.
func (x *extractor) envoyState(r role) *entity {
	o := r.obj
	if r.pred != domain.EnvoyOf || o == nil || o.typ != domain.Organization || o.partOf == "" || lastWord(o.name) != "ministry" {
		return o
	}
	if c := x.byID[o.partOf]; c != nil && c.typ == domain.Country {
		return c
	}
	return o
}

// namesCountry reports whether the article names a country, or a place
// in one, in its text or its dateline.
func (x *extractor) namesCountry() bool {
	if x.dateline != "" {
		return true
	}
	for _, e := range x.ents {
		if e.first < 0 {
			continue
		}
		if e.typ == domain.Country {
			return true
		}
		if es := x.lookupPlace(e.name); e.typ == domain.Place && len(es) > 0 && es[0].Country != "" {
			return true
		}
	}
	return false
}

// allowedObject reports whether a role may point at obj: presidents and
// ministers serve countries, heads lead organizations and places (monarchs
// their countries), envoys and spokespeople may serve a person.
func allowedObject(p domain.Predicate, title string, obj *entity) bool {
	if obj == nil {
		return false
	}
	if !speakerHeads(title, obj) {
		return false
	}
	switch p {
	case domain.PresidentOf, domain.VicePresidentOf, domain.PrimeMinisterOf, domain.MinisterOf:
		return obj.typ == domain.Country
	case domain.HeadOf:
		if obj.typ == domain.Country {
			return in(monarchs, lastWord(title))
		}
		return obj.typ == domain.Organization || obj.typ == domain.Place
	case domain.MemberOf:
		return obj.typ == domain.Country || obj.typ == domain.Organization
	case domain.SpokespersonFor, domain.EnvoyOf:
		return obj.typ == domain.Country || obj.typ == domain.Organization || obj.typ == domain.Person
	}
	return false
}

// speakerHeads reports whether a title obj holds is no speaker's, or a
// speaker's of a legislature ("House Speaker X", "Parliament Speaker
// Y"): a speaker at a rally or a conference holds no office of its
// body.
func speakerHeads(title string, obj *entity) bool {
	return !strings.EqualFold(lastWord(title), "speaker") || obj.typ == domain.Organization && legislatureName(obj.name)
}

// orgRole turns a government title held in an organization into its
// role there: the president or secretary of a body ("IGAD Executive
// Secretary", "Red Cross President") heads it, a vice president is a
// member.
func orgRole(p domain.Predicate, title string, obj *entity) domain.Predicate {
	// the premier or president of a province or state heads its
	// government: "Alberta Premier X"; so does its chief minister ("the
	// state's chief minister, X"), and a territory's the gazetteer
	// keeps as a country ("Gibraltar's chief minister, X"): no state's
	// cabinet has a chief minister
	if obj != nil && obj.typ == domain.Place && (p == domain.PrimeMinisterOf || p == domain.PresidentOf) ||
		obj != nil && (obj.typ == domain.Place || obj.typ == domain.Country) && p == domain.MinisterOf && chiefMinister(title) {
		return domain.HeadOf
	}
	if obj == nil || obj.typ != domain.Organization {
		return p
	}
	t := strings.ToLower(title)
	if p == domain.HeadOf && lastWord(t) == "regent" {
		return domain.MemberOf // a university's regent sits on its board
	}
	switch p {
	case domain.PresidentOf:
		return domain.HeadOf
	case domain.MinisterOf:
		if deputyTitle(t) {
			return domain.MemberOf // "the party's deputy secretary"
		}
		if strings.Contains(t, "secretary") && !strings.Contains(t, "state") {
			return domain.HeadOf
		}
	case domain.VicePresidentOf:
		return domain.MemberOf
	}
	return p
}

// deputyTitle reports whether lower-case title t holds a word that
// makes its holder second to the office's head: "deputy", "vice",
// "assistant", "under".
func deputyTitle(t string) bool {
	return slices.ContainsFunc(strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || r == '-' }), func(w string) bool {
		return w == "deputy" || w == "vice" || w == "assistant" || w == "under"
	})
}

// lastWord returns the last word of a name, lower-cased.
func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		s = s[i+1:]
	}
	return strings.ToLower(s)
}

// firstWord returns the first word of a name, lower-cased.
func firstWord(s string) string {
	s, _, _ = strings.Cut(s, " ")
	return strings.ToLower(s)
}

// blockBefore returns the title block ending right before token end.
func blockBefore(toks []token, end int) (titleBlock, bool) {
	k := end - 1
	listed := false // a coordination of portfolios read ("Trade and Industry")
	for k >= 0 {
		t := &toks[k]
		if t.kind == tWord && (isTitleWord(t.lower) || t.portfolio || t.style || t.cap && officeTitleAt(toks, k, end)) {
			k--
			continue
		}
		// "Prime Minister and Foreign Minister": one block, the first
		// office ruling
		if t.lower == "and" && k > 0 && k+1 < end && toks[k-1].cap && toks[k+1].cap && isTitleHead(toks[k-1].lower) && isTitleWord(toks[k+1].lower) {
			k--
			continue
		}
		// "Omani Energy and Minerals Minister", "Brazilian Mines and
		// Energy Minister": two portfolios of one minister, so that the
		// demonym before the first is the title's anchor
		if t.lower == "and" && k > 0 && k+1 < end && coordinatedPortfolio(toks, k) {
			k -= 2
			listed = true
			continue
		}
		// "Japanese Economy, Trade and Industry Minister": a list of
		// portfolios the "and" closes, each capitalized portfolio before
		// a comma one more
		if t.text == "," && listed && k > 0 && listedPortfolio(&toks[k-1]) && !portfolioOfBody(toks, k-1) {
			k -= 2
			continue
		}
		// "Secretary of State", "Minister of Defense", "Minister of State
		// for Foreign Affairs", "minister of state for foreign affairs"
		if (t.lower == "of" || t.lower == "for") && k > 0 && k+1 < end && isTitleWord(toks[k-1].lower) && (toks[k+1].cap || isTitleWord(toks[k+1].lower)) {
			k--
			continue
		}
		break
	}
	b := titleBlock{k + 1, end}
	return b, b.start < b.end && hasHead(toks, b)
}

// portfolioOfBody reports whether the portfolio at k completes a body's
// name before it ("At the Ministry of Defence, Trade and Industry
// Minister X": the ministry's Defence, no first portfolio of the list):
// "of"/"for" [the] before it, not after a title ("Minister for Economy,
// Trade and Industry" is one minister's list).
func portfolioOfBody(toks []token, k int) bool {
	p := k - 1
	if p >= 0 && toks[p].is("the") {
		p--
	}
	if p < 1 || !(toks[p].is("of") || toks[p].is("for")) {
		return false
	}
	return !isTitleWord(toks[p-1].lower)
}

// listedPortfolio reports whether t is a capitalized portfolio that can
// open a list of them before a comma ("Economy, Trade and Industry").
func listedPortfolio(t *token) bool {
	return t.kind == tWord && t.cap && !t.upper && isPortfolio(t.lower) && !isTitleHead(t.lower)
}

// coordinatedPortfolio reports whether the "and" at token k joins two
// capitalized portfolios of one minister's title: a portfolio or title
// modifier before it ("Energy", "Mines") and, after it, a portfolio word
// the minister's title follows ("Minerals Minister", "Energy Minister").
func coordinatedPortfolio(toks []token, k int) bool {
	before, after := &toks[k-1], &toks[k+1]
	if before.kind != tWord || !before.cap || before.upper || !isPortfolio(before.lower) || isTitleHead(before.lower) {
		return false
	}
	if after.kind != tWord || !after.cap || !(after.portfolio || isPortfolio(after.lower)) || isTitleHead(after.lower) {
		return false
	}
	// the minister's title closes the second portfolio
	j := k + 2
	for j < len(toks) && j < k+4 && toks[j].cap && !isTitleHead(toks[j].lower) && (toks[j].portfolio || isPortfolio(toks[j].lower)) {
		j++
	}
	return j < len(toks) && titleHeads[toks[j].lower] == domain.MinisterOf
}

// blockAfter returns the title block starting at token start.
func blockAfter(toks []token, start int) (titleBlock, bool) {
	k := start
	for k < len(toks) {
		t := &toks[k]
		if t.kind == tWord && isTitleWord(t.lower) {
			k++
			continue
		}
		if t.lower == "of" && k > start && k+1 < len(toks) && isTitleWord(toks[k-1].lower) && toks[k+1].cap && isTitleWord(toks[k+1].lower) {
			k++
			continue
		}
		break
	}
	b := titleBlock{start, k}
	return b, b.start < b.end && hasHead(toks, b)
}

func hasHead(toks []token, b titleBlock) bool {
	for k := b.start; k < b.end; k++ {
		if isTitleHead(toks[k].lower) {
			return true
		}
	}
	return false
}

// isPast reports whether the block, or the word before it, marks a past
// role: "former ambassador", "ex-president".
func isPast(toks []token, b titleBlock) bool {
	// Look back over an anchor or a portfolio too: "Former Pakistani
	// ambassador", "the former climate minister"; not past a function
	// word ("announced late Monday by Economy Minister X" is no late
	// minister).
	from := b.start - 1
	for from > 0 && b.start-from < 4 && toks[from].kind == tWord && !in(pastMarkers, toks[from].lower) && !in(functionWords, toks[from].lower) {
		from--
	}
	for k := max(from, 0); k < b.end; k++ {
		l := toks[k].lower
		if in(pastMarkers, l) || strings.HasPrefix(l, "ex-") || strings.HasPrefix(l, "former-") || strings.HasPrefix(l, "then-") {
			return true
		}
	}
	return false
}

// titleText is the title as written, without honorifics at its edges:
// "spokesman", not "spokesman Maj. Gen.".
func titleText(s *sentence, b titleBlock) string {
	for b.end > b.start && (in(honorifics, s.toks[b.end-1].lower) || s.toks[b.end-1].style) && !isTitleHead(s.toks[b.end-1].lower) &&
		!(s.toks[b.end-1].lower == "officer" && fieldOffice(s.toks, b)) { // "Chief Information Security Officer" keeps its "Officer"
		b.end--
	}
	for b.start < b.end && (in(honorifics, s.toks[b.start].lower) || s.toks[b.start].style) && !isTitleHead(s.toks[b.start].lower) {
		b.start++
	}
	return joinTokens(s.text, s.toks, b.start, b.end)
}

// lieutenants make a governor's title his deputy's: "Lt. Gov.",
// "Lieutenant Governor".
var lieutenants = set("lt.", "lt", "lieutenant")

// predicateOf returns the role a title block gives: its right-most head,
// changed by "vice", "deputy", "prime" and "press".
func predicateOf(toks []token, b titleBlock) (domain.Predicate, bool) {
	head := -1
	for k := b.start; k < b.end; k++ {
		if isTitleHead(toks[k].lower) {
			head = k
		}
	}
	if head < 0 {
		return "", false
	}
	// "Secretary General", "Secretary of State": the head before "of" or
	// "general" rules.
	for k := b.start; k < head; k++ {
		if toks[k+1].lower == "of" && isTitleHead(toks[k].lower) {
			head = k
			break
		}
	}
	h := toks[head].lower
	p := titleHeads[h]
	has := func(w string) bool {
		for k := b.start; k < b.end; k++ {
			if toks[k].lower == w {
				return true
			}
		}
		return false
	}
	deputy := has("deputy") || has("vice") || has("assistant") || has("under")
	if (h == "gov." || h == "gov" || h == "governor") && (has("lt.") || has("lieutenant") || head > 0 && in(lieutenants, toks[head-1].lower)) {
		return "", false // "Lt. Gov. X of Nevada": the governor's deputy, who heads nothing
	}
	switch {
	case h == "secretary" && (has("press")):
		p = domain.SpokespersonFor
	case h == "secretary" && head+1 < b.end && toks[head+1].lower == "general":
		p = domain.HeadOf
		if deputy {
			p = domain.MemberOf
		}
	case h == "president" && has("vice"):
		p = domain.VicePresidentOf
	case h == "president" && deputy:
		p = domain.MemberOf
	case h == "minister" && has("prime"):
		p = domain.PrimeMinisterOf
		if deputy || has("first") {
			p = domain.MinisterOf
		}
	case h == "premier" && deputy:
		// "Vice Premier", "Deputy Premier": one of the government's
		// ministers, as a deputy prime minister is; no head of a
		// province either
		p = domain.MinisterOf
	case (h == "minister" || h == "secretary") && deputy:
		// a deputy minister ("Deputy Foreign Minister", "Assistant
		// Secretary of State") is one of the country's ministers (of a
		// body, orgRole makes a deputy secretary a member)
		p = domain.MinisterOf
	case p == domain.HeadOf && (deputy || has("majority") || has("minority")):
		p = domain.MemberOf // a floor leader is a member of the chamber: "Senate Majority Leader" (caucusWords)
	case h == "secretary" && (has("permanent") || has("principal")):
		// a civil servant who runs a ministry: no office of the country
		return "", false
	case h == "inspector" && (head+1 >= b.end || toks[head+1].lower != "general"):
		return "", false // a police inspector leads nothing named
	case p == domain.HeadOf && fieldOffice(toks, b):
		// "Chief Financial Officer", "Technical Director": the officer
		// of one field of the body is a member of it; a managing or
		// executive director, a general manager head it
		p = domain.MemberOf
	case h == "chief" && head > b.start && !has("top") && !has("executive"):
		// "the UN's humanitarian chief": the head of one of its branches,
		// a member of the body named
		p = domain.MemberOf
	case h == "chief" && head+1 < b.end && toks[head+1].lower == "executive":
		// "chief executive (officer)" heads the company named
		if deputy {
			p = domain.MemberOf
		}
	case h == "chief" && head+1 < b.end:
		// "chief negotiator" was handled by the right-most head; "chief of
		// staff" and the like are not the head of anything named.
		return "", false
	}
	return p, true
}

// fieldOffice reports whether title block b names the office of one
// field of a body: a word of officeFunctions other than headFields
// ("Financial", "Operating", "Technical") before the title's head
// ("Chief Financial Officer", "Commercial Director").
func fieldOffice(toks []token, b titleBlock) bool {
	for k := b.start; k < b.end; k++ {
		if w := toks[k].lower; in(officeFunctions, w) && !in(headFields, w) && officeTitleAt(toks, k, b.end) {
			return true
		}
	}
	return false
}

// headFields are the words of officeFunctions whose office heads the
// body: "Managing Director", "Executive Director"; the scientific director
// of an institute and the artistic director of a theatre or festival lead
// it too.
var headFields = set("managing", "executive", "general", "scientific", "artistic")

// anchorBefore returns the entity a title block belongs to, named right
// before it: a demonym or country ("Ethiopian", "U.S."), an organization
// ("Palace"), or anyone with a possessive ("Kamau's").
func anchorBefore(s *sentence, start int) *entity {
	e, _ := anchorBeforeAt(s, start)
	return e
}

// anchorBeforeAt is anchorBefore that also returns where the anchor's
// mention starts. "Kenyan government spokeswoman": a country's government
// is the country.
func anchorBeforeAt(s *sentence, start int) (*entity, int) {
	if start <= 0 {
		return nil, start
	}
	toks := s.toks
	if toks[start-1].kind == tPoss {
		if m := mentionEndingAt(s, start-1); m != nil {
			return m.ent, m.start
		}
		return nil, start
	}
	if start >= 2 && toks[start-1].is("government") && !toks[start-1].cap {
		if m := mentionEndingAt(s, start-1); m != nil && m.ent.typ == domain.Country {
			return m.ent, m.start
		}
	}
	m := mentionEndingAt(s, start)
	if m == nil || m.ent.typ == domain.Person {
		return nil, start
	}
	return m.ent, m.start // a place only passes allowedObject for heads ("Nairobi Mayor")
}

// anchorOf returns the entity named after "of" or "for" at token k: "the
// president of Ethiopia", "spokesman for the Palace".
func anchorOf(s *sentence, k int) (*entity, int) {
	toks := s.toks
	if k >= len(toks) || (toks[k].lower != "of" && toks[k].lower != "for") {
		return nil, k
	}
	k++
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	for i := range s.ments {
		m := &s.ments[i]
		if m.start == k && m.ent.typ != domain.Place {
			return m.ent, m.end
		}
	}
	return nil, k
}

// tokOfBodyAfter reports whether an organization follows token k through
// "of" ("X of the Rail Workers Federation"): the body a name carries
// with it, read on the tokens (ofBodyAfterName reads it on the parse).
func tokOfBodyAfter(s *sentence, k int) bool {
	if k >= len(s.toks) || !s.toks[k].is("of") {
		return false
	}
	a, _ := anchorOf(s, k)
	return a != nil && a.typ == domain.Organization
}

// describerStart returns where the words that describe the name at token
// k start, in an apposition after a title: "[the] [Zambian] diplomat X"
// (a describing noun, describerNouns) or "former [Senegalese] prime
// minister X" (a title its holder no longer holds); k itself for none.
// The country's adjective counts only as a mention of one.
func describerStart(s *sentence, k int) int {
	toks := s.toks
	j := k
	switch {
	case j > 0 && toks[j-1].kind == tWord && !toks[j-1].cap && in(describerNouns, toks[j-1].lower):
		j--
	case j > 1 && toks[j-1].kind == tWord && !toks[j-1].cap && isTitleHead(toks[j-1].lower):
		// "former Senegalese prime minister"
		i := j - 1
		for i > 0 && toks[i-1].kind == tWord && !toks[i-1].cap && isTitleWord(toks[i-1].lower) && toks[i-1].lower != "former" {
			i--
		}
		i = demonymStart(s, i)
		if i == 0 || toks[i-1].lower != "former" {
			return k
		}
		return i - 1
	default:
		return k
	}
	j = demonymStart(s, j)
	if j > 0 && toks[j-1].lower == "the" {
		j--
	}
	return j
}

// demonymStart returns where a country's adjective that ends right
// before token k starts ("Zambian diplomat"), or k for none.
func demonymStart(s *sentence, k int) int {
	if m := mentionEndingAt(s, k); m != nil && m.kind == mDemonym && m.ent.typ == domain.Country {
		return m.start
	}
	return k
}

// describerNouns describe a person named right after them, in an
// apposition that follows a title: "the bloc's envoy, Zambian diplomat X".
var describerNouns = set("diplomat", "economist", "lawyer", "jurist", "politician", "banker", "academic", "businessman", "businesswoman", "veteran")

// roleBefore reads a title in front of a person's name: "Kenyan Foreign
// Minister X", "the president of Ethiopia X", "Kenyan Ambassador to Norway
// X", and with a comma an apposition before the name: "Kamau's special
// envoy, X", "The Norwegian special envoy for Sudan, X", "The chair of the
// Sentinel Party, X".
func (x *extractor) roleBefore(s *sentence, m *mention) (role, bool) {
	toks := s.toks
	end := m.start
	comma := false
	if k := skipRanks(toks, end); k > 0 && toks[k-1].text == "," {
		// "Kamau's envoy, X", "the council's chief, Gen. X"
		end = k - 1
		comma = true
	} else if k := describerStart(s, k); k > 0 && toks[k-1].text == "," && (m.end == len(toks) || toks[m.end].text == "," || toks[m.end].text == ".") {
		// "the bloc's envoy for Sudan, Zambian diplomat X, said": the
		// words that describe the name stand between the comma and it
		// (a comma closes the apposition: "… met the minister, Ghanaian
		// diplomat X said" is the speaker's)
		end = k - 1
		comma = true
	}
	b, ok := blockBefore(toks, end)
	if !ok {
		b, ok = portfolioBlock(s, end)
	}
	var obj *entity
	prep := ""
	if !ok {
		// a complement between the title and the name
		k, tgt := complementStart(s, end, comma)
		if k < 0 {
			return role{}, false
		}
		if b, ok = blockBefore(toks, k); !ok {
			return role{}, false
		}
		prep, obj = toks[k].lower, tgt
	}
	possessed := b.start > 0 && toks[b.start-1].kind == tPoss // "Kamau's envoy"
	if isPast(toks, b) {
		return role{}, false
	}
	p, ok := predicateOf(toks, b)
	if !ok {
		return role{}, false
	}
	// An envoy "to" or "for" a country is sent there, not by it: the
	// sender is named before the title ("Kenyan Ambassador to Norway").
	if prep == "to" || prep != "of" && p == domain.EnvoyOf {
		obj = nil
	}
	// "Tessaro Cement's head for East Africa, X": a place after "for"
	// is the region a possessed title covers, its body the possessor;
	// one region's head is a member of the body, as in an apposition
	// after the name (regionScope)
	regionFor := prep == "for" && comma && obj != nil && (obj.typ == domain.Place || obj.typ == domain.Country) &&
		(p == domain.HeadOf || p == domain.MemberOf) && possessed
	if regionFor {
		obj, p = nil, domain.MemberOf
	}
	gov := false
	anchorStart := b.start
	if obj == nil {
		var at int
		obj, at = anchorBeforeAt(s, b.start)
		if obj != nil {
			anchorStart = at
		} else if a, _ := anchorOf(s, b.end); a != nil && b.end < m.start && p != domain.EnvoyOf {
			obj = a
		}
	}
	// "command spokesman X": the command named just before; not when the
	// name is followed by a body of its own ("union leader X of the Rail
	// Workers Federation" leads that federation, not the article's union)
	if obj == nil && b.start > 0 && !toks[b.start-1].cap && toks[b.start-1].kind == tWord && in(orgCues, toks[b.start-1].lower) &&
		!toks[b.start-1].is("government") && (b.start < 2 || toks[b.start-2].kind != tPoss && !toks[b.start-2].cap) && !tokOfBodyAfter(s, m.end) {
		obj = x.recentOrg(s, b.start-1, toks[b.start-1].lower, 3)
	}
	// "Army spokesman X" (capitalized only as the sentence's first word):
	// the country's armed forces the article names
	if obj == nil && b.start == 1 && in(armyWords, toks[0].lower) {
		obj = x.armedForces(s, b.start)
	}
	// "junta spokesman X": the body the junta named itself
	if obj == nil && b.start > 0 && !toks[b.start-1].cap && in(selfNamingNouns, toks[b.start-1].lower) && (b.start < 2 || toks[b.start-2].kind != tPoss && !toks[b.start-2].cap) {
		obj = x.selfNamedBody(toks[b.start-1].lower)
	}
	// "the company's chief executive, X", "the shipbuilder's president,
	// X": the one company the story named last
	if obj == nil && b.start >= 3 && possessed && toks[b.start-3].is("the") && companyNoun(toks[b.start-2].lower) {
		obj = x.recentCompany(s, b.start-2)
	}
	// "the state's chief minister, X", "the province's premier, X": the
	// one state or province the article names
	if obj == nil && b.start >= 3 && possessed && toks[b.start-3].is("the") && in(regionNouns, toks[b.start-2].lower) {
		obj = x.onlyRegion()
	}
	if obj == nil && b.start > 0 && toks[b.start-1].is("government") && (b.start < 2 || toks[b.start-2].kind != tPoss) {
		gov = true // "Government negotiator X"
	}
	// "the government's spokesman, X": the same office, the government
	// named by no country
	if obj == nil && comma && b.start >= 3 && possessed && toks[b.start-2].lower == "government" && toks[b.start-3].is("the") {
		gov = true
	}
	// "New Zealand's climate change minister, X": a portfolio in lower
	// case between the country's possessive and the title
	portfolio := false
	if obj == nil && p == domain.MinisterOf {
		if c, at := possessivePortfolio(s, b.start); c != nil {
			obj, anchorStart, portfolio = c, at, true
		}
	}
	if regionFor && (obj == nil || obj.typ != domain.Organization) {
		// "The ruling party's chairman for Ashanti, X": no body to
		// belong to, but the title stands
		x.addFact(m.ent.id, domain.Title, titleText(s, b), true, s.idx, domain.Asserted)
		return role{}, false
	}
	if comma {
		// Only an apposition takes a comma before the name: a possessive
		// ("Kamau's envoy, X") or a noun phrase opened by "the".
		poss := possessed || portfolio
		// "the", "a", "A senior" before the anchor, past the place where
		// the title is held ("the Caracas correspondent of Y, X")
		a := anchorStart - 1
		if pm := mentionAt(s, a); a > 0 && pm != nil && (pm.ent.typ == domain.Place || pm.ent.typ == domain.Country) && obj != nil && prep == "of" {
			a = pm.start - 1
		}
		for a > 0 && toks[a].kind == tWord && !toks[a].cap && in(titleModifiers, toks[a].lower) {
			a--
		}
		the := anchorStart == 0 || a >= 0 && (toks[a].is("the") || toks[a].is("a") || toks[a].is("an"))
		// "Colombian President X ordered the defence minister, Y, …":
		// a cabinet office of the one country the sentence names
		if obj == nil && !gov && a >= 0 && toks[a].is("the") && bareCabinetTitle(toks, b, p) {
			obj = onlyCountry(s)
			if obj == nil && !namesCountry(s) {
				obj = x.nearestOnlyCountry(s.idx)
			}
		}
		if obj == nil && !gov || !poss && !the {
			return role{}, false
		}
		// "Sudan's army chief, Gen. X": a body only described in lower
		// case is no named organization to head ("the chairman of the
		// Sentinel Front, X" names it after "of")
		if !poss && prep == "" && b.start > 0 && obj.typ == domain.Organization && !toks[b.start-1].cap {
			return role{}, false
		}
		// "a Hezbollah commander, X": one of the body's commanders, a
		// member, as the structure rules read an indefinite head
		if p == domain.HeadOf && obj.typ == domain.Organization && a >= 0 && (toks[a].is("a") || toks[a].is("an")) {
			p = domain.MemberOf
		}
	}
	if obj == nil && !gov && !comma && governmentRoles[p] {
		obj = portfolioCountry(s, b.start)
	}
	// "Premier X of Alberta", "Premier X of China": the place the name's
	// own "of" phrase names, not one the article lends a bare title
	if obj == nil && !gov && governmentRoles[p] {
		obj = placeOfName(s, m.end)
	}
	if obj == nil && !gov && !comma && b.end == m.start {
		obj = ofAfterName(s, m, b, p)
	}
	if obj == nil && !gov {
		obj = x.localAdministration(s, b, p)
	}
	// (a mayor only, and a governor of a region: "In Sydney, Australia's
	// largest city, Premier X" is the state's premier); not one whose
	// name an "of" phrase follows ("Governor X of the Reserve Bank of
	// India": the bank's)
	opening := false
	if w := strings.ToLower(lastWord(titleText(s, b))); obj == nil && !gov && !comma && b.end == m.start && (w == "mayor" || w == "governor" || w == "gov.") &&
		(m.end >= len(toks) || !toks[m.end].is("of")) {
		if o := openingPlace(s, b); w == "mayor" || o != nil && x.onlyRegionNamed(o) {
			obj, opening = o, o != nil
		}
	}
	premodified := obj == nil && !gov && !comma && x.namedPremodifier(s, b.start)
	return role{person: m.ent, pred: p, title: titleText(s, b), obj: obj, sent: s.idx, gov: gov, local: localOffice(s, b) || x.regionalMinister(s, b), opening: opening, premodified: premodified}, true
}

// namedPremodifier reports whether the capitalized words right before a
// title block starting at token start end in a name the article knows
// as an organization or a place below a country, or in a person mention
// the name recognizer ran into the title: "Corvin Freight President X",
// "Tarrow Region Prime Minister X", "CDU State chairman X". Such a title
// is that body's or region's office, which a bare title's country guess
// would misread.
func (x *extractor) namedPremodifier(s *sentence, start int) bool {
	toks := s.toks
	j := start
	for j > 0 && toks[j-1].kind == tWord && toks[j-1].cap {
		j--
	}
	if j == start {
		return false
	}
	if m := mentionEndingAt(s, start); m != nil && m.ent.typ == domain.Person {
		return true
	}
	// a body's name the recognizer ran into the title ("CDU State")
	if m := mentionAt(s, start-1); m != nil && (m.ent.typ == domain.Organization || m.ent.typ == domain.Place) {
		return true
	}
	// a body's noun alone is no name ("Union Finance Minister X")
	if start-j == 1 && in(orgCues, toks[j].lower) {
		return false
	}
	for i := j; i < start; i++ {
		name := joinTokens(s.text, toks, i, start)
		if x.orgs[domain.Fold(name)] != nil || x.namesBody(name) {
			return true
		}
		if n, ok := cutRegion(name); ok {
			name = n // "Tarrow Region"
		}
		for _, e := range x.lookupPlace(name) {
			if e.Type == domain.Place && !e.Ambiguous {
				return true
			}
		}
	}
	return false
}

// namesBody reports whether the article names an organization, or a
// place below a country, with exactly the words name elsewhere.
func (x *extractor) namesBody(name string) bool {
	for si := range x.sents {
		s := &x.sents[si]
		for _, m := range s.ments {
			if (m.ent.typ == domain.Organization || m.ent.typ == domain.Place) && m.end-m.start <= 6 && joinTokens(s.text, s.toks, m.start, m.end) == name {
				return true
			}
		}
	}
	return false
}

// ofAfterName returns what an "of" phrase right after the name of
// titled person m names, for a title b that is no office of a state and
// names nothing itself: "Gov. X of Arizona", "Assembly member X of the
// Corvin Party", "Ambassador X of Senegal". A place has only a mayor or
// a governor ("Police Chief X of Tarrow" heads its police), who heads
// no party, and a monarch's title names a country already ("Sultan X
// of Oman"). The phrase must close there: "of Halden University Law
// School" names a part.
func ofAfterName(s *sentence, m *mention, b titleBlock, p domain.Predicate) *entity {
	toks := s.toks
	o := nameOfPhrase(s, m.end)
	if o == nil || !toks[m.end-1].cap || o.ent.typ == domain.Person || o.ent.typ == domain.Country && p == domain.HeadOf ||
		o.end < len(toks) && toks[o.end].cap {
		return nil
	}
	office := in(placeOffices, lastWord(titleText(s, b)))
	if o.ent.typ == domain.Place && !office || office && o.ent.typ == domain.Organization {
		return nil // "Gov. X of the Halden Reserve Bank" sits on its board; "Mayor X of the ruling party"
	}
	return o.ent
}

// placeOffices head a town or a region.
var placeOffices = set("mayor", "governor", "gov.", "premier")

// placeOfName returns the country or place an "of" phrase right after a
// name at token end names ("X of Alberta,", "X of the Netherlands said").
func placeOfName(s *sentence, end int) *entity {
	pm := nameOfPhrase(s, end)
	if pm == nil || pm.ent.typ != domain.Country && pm.ent.typ != domain.Place {
		return nil
	}
	return pm.ent
}

// nameOfPhrase returns the mention an "of" phrase right after a name at
// token end names ("X of Alberta,", "X of the Corvin Party said"), nil
// when there is none, it is quoted, or it owns what follows ("X of
// Kenya's ruling party").
func nameOfPhrase(s *sentence, end int) *mention {
	if lowerAt(s.toks, end) != "of" {
		return nil
	}
	k := end + 1
	if lowerAt(s.toks, k) == "the" {
		k++
	}
	pm := mentionAt(s, k)
	if pm == nil || pm.start != k || pm.quoted {
		return nil
	}
	if pm.end < len(s.toks) && s.toks[pm.end].kind == tPoss || s.toks[pm.end-1].kind == tPoss {
		return nil
	}
	return pm
}

// portfolioCountry returns the country named before a government title
// past up to three capitalized words of a portfolio the lexicon does not
// know ("Russian Atomic Energy Minister"), so that the title is not
// taken for a bare one; nil for none.
func portfolioCountry(s *sentence, start int) *entity {
	k := start
	for k > 0 && start-k < 3 && s.toks[k-1].kind == tWord && s.toks[k-1].cap && mentionAt(s, k-1) == nil {
		k--
	}
	if k == start {
		return nil
	}
	if m := mentionEndingAt(s, k); m != nil && m.ent.typ == domain.Country {
		return m.ent
	}
	return nil
}

// portfolioBlock returns the title block ending at token end whose
// "for" or "of" phrase is a portfolio in capitals the lexicon does not
// know, with no name in it: "Special Envoy for Climate Change X",
// "Minister of Water and Energy X".
func portfolioBlock(s *sentence, end int) (titleBlock, bool) {
	toks := s.toks
	k := end - 1
	for k > 0 && end-k <= 4 && (toks[k].kind == tWord && toks[k].cap && mentionAt(s, k) == nil || toks[k].lower == "and" && k+1 < end) {
		k--
	}
	if k == end-1 || k < 1 || !toks[k].is("for") && !toks[k].is("of") || toks[k+1].lower == "and" || !isTitleHead(toks[k-1].lower) {
		return titleBlock{}, false
	}
	b, ok := blockBefore(toks, k)
	b.end = end
	return b, ok
}

// possessivePortfolio returns the country whose possessive stands
// before up to three lower-case words of a portfolio that end at token
// start ("Norway's climate change minister"), and where its mention
// starts; nil for none.
func possessivePortfolio(s *sentence, start int) (*entity, int) {
	k := start
	for k > 0 && start-k < 3 && s.toks[k-1].kind == tWord && !s.toks[k-1].cap && mentionAt(s, k-1) == nil && !isTitleWord(s.toks[k-1].lower) {
		k--
	}
	if k == start || k < 2 || s.toks[k-1].kind != tPoss {
		return nil, start
	}
	if m := mentionEndingAt(s, k-1); m != nil && m.ent.typ == domain.Country {
		return m.ent, m.start
	}
	return nil, start
}

// localTitleWords make a title the office of a region or city:
// "regional president", "state governor", "district commissioner".
var localTitleWords = set("regional", "administration", "city", "provincial", "district", "municipal", "oblast", "state")

// localOffice reports whether a title block is the office of a region or
// city: it holds "regional", "administration", "city" and the like, or a
// place is named within two words before it.
func localOffice(s *sentence, b titleBlock) bool {
	for k := b.start; k < b.end; k++ {
		switch w := s.toks[k].lower; {
		case in(localTitleWords, w) || w == "interim":
			if w != "state" || k+1 < b.end && s.toks[k+1].lower != "of" && (k > b.start || s.toks[k+1].lower == "premier") {
				return true
			}
		case w == "chief" || w == "first":
			// "Chief Minister X", "First Minister X": a province's or a
			// nation's head within a state, no cabinet minister
			if k+1 < b.end && s.toks[k+1].lower == "minister" {
				return true
			}
		}
	}
	for k := b.start - 1; k >= 0 && k >= b.start-3; k-- {
		if s.toks[k].kind != tWord {
			break // "In Bangui, Justice Minister X": where the sentence is, no office's place
		}
		if !s.toks[k].cap && !in(localTitleWords, s.toks[k].lower) && mentionEndingAt(s, k+1) == nil {
			break // "signed in Port Moresby by Prime Minister X": a place the sentence's verb is in
		}
		if m := mentionEndingAt(s, k+1); m != nil && m.ent.typ == domain.Place && m.kind == mName {
			return true
		}
	}
	return false
}

// regionalMinister reports whether a minister's title block is a region's
// cabinet post: a word the gazetteer knows only as a state or province
// opens it, right before the block or with one capitalized word between
// ("Kerala Fisheries Minister X", the region read inside a name), or the
// block opens with a capitalized "State" before a portfolio in a story
// datelined in a city of the country that is not its capital ("BHOPAL —
// State Revenue Minister X"). A state's minister is no minister of the
// country; "State Minister X" and "Minister of State X" stay national.
func (x *extractor) regionalMinister(s *sentence, b titleBlock) bool {
	toks := s.toks
	if b.end-b.start < 1 || toks[b.end-1].lower != "minister" {
		return false
	}
	for k := b.start - 1; k >= 0 && k >= b.start-2; k-- {
		if toks[k].kind != tWord || !toks[k].cap {
			break
		}
		if es := x.lookupPlace(toks[k].text); len(es) > 0 && !slices.ContainsFunc(es, func(e gazetteer.Entry) bool {
			return !e.Region || e.Ambiguous || e.Type != domain.Place
		}) {
			return true
		}
	}
	if b.end-b.start < 3 || toks[b.start].text != "State" || x.datelineSent < 0 || x.dateline == "" {
		return false
	}
	if w := toks[b.start+1].lower; w == "minister" || w == "of" || w == "secretary" {
		return false
	}
	d := mentionAt(&x.sents[x.datelineSent], 0)
	if d == nil || d.start != 0 || d.ent.typ != domain.Place {
		return false
	}
	es := x.lookupPlace(d.ent.name)
	return len(es) > 0 && !slices.ContainsFunc(es, func(e gazetteer.Entry) bool {
		return e.Type != domain.Place || e.Country != x.dateline || e.Capital || e.Region
	})
}

// visitorPronouns are the pronouns of persons an opening place's clause
// may tell of: the officeholder there on a visit.
var visitorPronouns = set("he", "she", "him", "his", "her", "hers", "they", "them")

// openingPlace returns the place a sentence opens with, "In" and its name
// and at most an apposition between commas, when title block b follows
// right after: "In Heraklion, Crete's largest city, Mayor X said …" is
// the city's mayor; "In Tarrow, Nyanza, where the river rose in 2024,
// Mayor X said …" too, the place's state and a clause between. Nil
// otherwise.
func openingPlace(s *sentence, b titleBlock) *entity {
	toks := s.toks
	if len(toks) < 4 || !toks[0].is("in") {
		return nil
	}
	m := mentionAt(s, 1)
	if m == nil || m.start != 1 || m.ent.typ != domain.Place || m.end >= b.start || toks[m.end].text != "," {
		return nil
	}
	if b.start == m.end+1 {
		return m.ent
	}
	// the apposition: words, numbers and a possessive, closed by a
	// comma, after the state or country the place lies in and its comma;
	// none that tells of a person there ("In Tarrow, where she spoke to
	// voters, Mayor X said": a visit, the town not hers)
	from := m.end + 1
	if st := mentionAt(s, from); st != nil && st.start == from && (st.ent.typ == domain.Place || st.ent.typ == domain.Country) &&
		st.end < b.start-1 && toks[st.end].text == "," {
		from = st.end + 1
	}
	for k := from; k < b.start-1; k++ {
		if t := toks[k]; t.kind != tWord && t.kind != tPoss && t.kind != tNum || in(visitorPronouns, t.lower) {
			return nil
		}
	}
	if toks[b.start-1].text != "," {
		return nil
	}
	return m.ent
}

// complementStart finds the complement that ends right before token end,
// between a title and a name: a mention after "of", "for" or "to" ("the
// president of Ethiopia", "Ambassador to the Philippines") or, before a
// comma, a few lower-case words after "for", "to" or "on" ("special
// representative for the dialogue,"). A body's mention may stand before
// the place the post is held in ("the commander of the Frontier Corps in
// Nyanza,": the body is named) and after words saying what the body is
// ("of the Spanish daily El Observador,": describesBody). It returns the
// preposition's index (-1 if there is none) and the entity named after
// it, if any.
func complementStart(s *sentence, end int, comma bool) (int, *entity) {
	toks := s.toks
	k := end - 1
	var tgt *entity
	if pm := mentionEndingAt(s, end); pm != nil && pm.ent.typ != domain.Person && pm.kind != mDemonym {
		k, tgt = pm.start-1, pm.ent
		// "the commander of the Frontier Corps in Balochistan, X": the
		// body before the place it serves in
		if om := mentionEndingAt(s, k); om != nil && k >= 1 && toks[k].is("in") && om.ent.typ == domain.Organization &&
			(tgt.typ == domain.Place || tgt.typ == domain.Country) {
			k, tgt = om.start-1, om.ent
		}
		// "of the Spanish daily El Observador, X": words saying what
		// the body is, before its name
		if j := k; tgt.typ == domain.Organization {
			for n := 0; n < 3 && j > 1 && describesBody(s, j); n++ {
				j--
			}
			if j < k && toks[j].is("the") {
				k = j
			}
		}
	} else {
		if !comma {
			return -1, nil
		}
		n := 0
		for k >= 0 && n < 4 && toks[k].kind == tWord && !in(complementPreps, toks[k].lower) && !isTitleHead(toks[k].lower) &&
			(!toks[k].cap || mentionAt(s, k) == nil || mentionAt(s, k).kind == mDemonym) {
			k--
			n++
		}
		if n == 0 || k < 0 || toks[k].is("of") {
			return -1, nil
		}
	}
	if k >= 0 && toks[k].is("the") {
		k--
	}
	if k < 1 || !in(complementPreps, toks[k].lower) {
		return -1, nil
	}
	return k, tgt
}

// describesBody reports whether token k, between "the" and a body's
// name, says what kind of body it is: a lower-case class noun or
// adjective ("the Spanish daily El Observador", "the opposition Akbayan
// party") or a country's adjective.
func describesBody(s *sentence, k int) bool {
	t := s.toks[k]
	if m := mentionAt(s, k); m != nil {
		return m.kind == mDemonym
	}
	return t.kind == tWord && !t.cap && !in(complementPreps, t.lower) && !t.is("the") && !isTitleHead(t.lower)
}

// boardSeat reports whether title tokens [start, end) name a seat on a
// body's board, which several hold: "director", "board director",
// "non-executive director", "trustee". "A director-general", "an
// executive director" or "a chief executive" of a body is still its
// head.
func boardSeat(toks []token, start, end int) bool {
	if end <= start || end > len(toks) {
		return false
	}
	switch last := toks[end-1].lower; {
	case last != "director" && last != "trustee":
		return false
	case end-start == 1:
		return true
	case end-start == 2:
		return in(boardSeatModifiers, toks[start].lower)
	}
	return false
}

// boardSeatModifiers say a director sits on a board, one of several.
var boardSeatModifiers = set("board", "non-executive", "independent")

// complementPreps introduce what a title is of, for or to.
var complementPreps = set("of", "for", "to", "on")

// roleAfter reads an apposition after a person's name: "Mensah, the Palace
// spokesman", "Brandt, Kamau's envoy", "X, Ethiopia's foreign minister", "X,
// the president of Ethiopia", "X, the Kenyan president's envoy to the
// talks", "X, the ministry's spokesman".
func (x *extractor) roleAfter(s *sentence, m *mention) (role, bool) {
	toks := s.toks
	k := m.end
	if k >= len(toks) || toks[k].text != "," {
		return role{}, false
	}
	k++
	successor := false
	// "X, a director of Y,": one of the body's directors, a member; the
	// indefinite head is read so only for a board seat (boardSeat)
	indefinite := lowerAt(toks, k) == "a" || lowerAt(toks, k) == "an"
	if k < len(toks) && (toks[k].lower == "the" || toks[k].lower == "a" || toks[k].lower == "an") {
		k++
		if w := lowerAt(toks, k); w == "current" || w == "new" {
			successor = w == "new"
			k++ // "X, the current bloc chairman", "X, the new finance minister"
		}
	}
	// "X, the interim president,", "X, the caretaker prime minister,": a
	// word saying where in a term the holder stands, not part of the
	// office (before the name, "Interim President X", the token rules'
	// title block starts after it too)
	tenure := k
	for k < len(toks) && in(heldTenure, toks[k].lower) {
		k++
	}
	afterTenure := k
	var obj *entity
	// An anchor before the title: a mention, possibly possessive.
	for i := range s.ments {
		a := &s.ments[i]
		if a.start != k || a.ent == m.ent || a.ent.typ == domain.Place {
			continue
		}
		e := a.end
		if e < len(toks) && toks[e].kind == tPoss {
			e++
		} else if a.ent.typ == domain.Person {
			continue
		}
		obj, k = a.ent, e
		break
	}
	// "the coast guard's spokesman": an organization named before by a
	// name that ends with these words.
	if obj == nil && lowerAt(toks, m.end+1) == "the" {
		if o, e := x.possessiveOrg(s, k); o != nil {
			obj, k = o, e
		}
	}
	// "X, the government's top spokeswoman": a title of the government
	// the article is about, which resolveBare reads as it reads
	// "Government spokesman X"
	gov := false
	if obj == nil && lowerAt(toks, m.end+1) == "the" && k+1 < len(toks) && toks[k].is("government") && !toks[k].cap && toks[k+1].kind == tPoss {
		gov, k = true, k+2
	}
	b, ok := blockAfter(toks, k)
	if !ok || isPast(toks, b) {
		return role{}, false
	}
	var principal domain.Predicate
	// "the Kenyan president's envoy": the envoy of the president.
	if b.end < len(toks) && toks[b.end].kind == tPoss && obj != nil && obj.typ == domain.Country {
		if b2, ok := blockAfter(toks, b.end+1); ok {
			if pp, ok := predicateOf(toks, b); ok && governmentRoles[pp] {
				principal, b = pp, b2
			}
		}
	}
	p, ok := predicateOf(toks, b)
	if !ok {
		return role{}, false
	}
	end := b.end
	if obj == nil && p != domain.EnvoyOf {
		obj, end = anchorOf(s, b.end)
		if obj == nil {
			end = b.end
		}
	} else if obj == nil && lowerAt(toks, b.end) == "of" {
		obj, end = anchorOf(s, b.end)
		if obj == nil {
			end = b.end
		}
	}
	end = skipAppositionTail(s, end, p)
	// "X, the WHO's regional director for Africa,": the head of one
	// region's part of the body, a member of the body
	if obj != nil {
		if e := regionScope(s, end); e > end {
			end = e
			if p == domain.HeadOf {
				p = domain.MemberOf
			}
		}
	}
	// The apposition must end there: a comma, the sentence's end, a
	// closing bracket or a verb of saying.
	if end < len(toks) {
		t := &toks[end]
		if t.text != "," && t.text != "." && t.text != ")" && t.text != ";" && !isSpeechVerb(toks, end) {
			return role{}, false
		}
	}
	if obj == nil {
		obj = x.localAdministration(s, b, p)
	}
	if indefinite && p == domain.HeadOf && obj != nil && obj.typ == domain.Organization && boardSeat(toks, b.start, b.end) {
		p = domain.MemberOf
	}
	title := b
	if b.start == afterTenure && tenure < afterTenure {
		title.start = tenure
	}
	gov = gov && obj == nil
	return role{person: m.ent, pred: p, title: titleText(s, title), obj: obj, sent: s.idx, principal: principal, successor: successor, gov: gov, told: gov}, true
}

// heldTenure are the tenure words of an office held now: "the interim
// president", "the outgoing prime minister", "the transitional
// president": the lexicon's tenure words but those of a holder who has
// not taken it yet (incoming, designate).
var heldTenure = func() map[string]struct{} {
	held := set("transitional")
	for w := range tenureWords {
		if w != "incoming" && w != "designate" {
			held[w] = struct{}{}
		}
	}
	return held
}()

// skipAppositionTail skips what may follow a title in an apposition before
// it ends: an acronym in brackets ("of the Sentinel Front (SF),"), and for
// an envoy or spokesperson a complement saying where or what for ("envoy
// to the talks", "spokesman for the northern sector").
func skipAppositionTail(s *sentence, k int, p domain.Predicate) int {
	toks := s.toks
	if k+2 < len(toks) && toks[k].text == "(" && toks[k+1].upper && toks[k+2].text == ")" {
		k += 3
	}
	if (p == domain.EnvoyOf || p == domain.SpokespersonFor) && k < len(toks) && (toks[k].is("to") || toks[k].is("for") || toks[k].is("on")) {
		e := k + 1
		for e < len(toks) && e <= k+6 && (toks[e].kind == tWord || toks[e].kind == tPoss) && !isSpeechVerb(toks, e) {
			e++
		}
		if e < len(toks) && (toks[e].text == "," || isSpeechVerb(toks, e)) {
			return e
		}
	}
	return k
}

// possessiveOrg reads "coast guard's" at token k (after "the") as the
// organization named before in this or the three sentences before whose
// name ends with these lower-case words ("Kenyan Coast Guard"). It
// returns the organization and the token after the possessive.
func (x *extractor) possessiveOrg(s *sentence, k int) (*entity, int) {
	toks := s.toks
	e := k
	for e < len(toks) && e < k+3 && toks[e].kind == tWord && !toks[e].cap {
		e++
	}
	if e == k || e >= len(toks) || toks[e].kind != tPoss || !in(orgCues, toks[e-1].lower) {
		return nil, k
	}
	suffix := " " + strings.ToLower(joinTokens(s.text, toks, k, e))
	// The nearest sentence that names one decides; in it, the last one
	// named with capitals ("the Kenyan Coast Guard said") goes before one
	// only described ("a Kenyan coast guard ship").
	var found *entity
	for si := s.idx; si >= 0 && si >= s.idx-3 && found == nil; si-- {
		var described *entity
		for i := range x.sents[si].ments {
			m := &x.sents[si].ments[i]
			o := m.ent
			if o.typ != domain.Organization || m.quoted || si == s.idx && m.start >= k || !strings.HasSuffix(strings.ToLower(o.name), suffix) {
				continue
			}
			if x.sents[si].toks[m.end-1].cap {
				found = o
			} else {
				described = o
			}
		}
		if found == nil {
			found = described
		}
	}
	if found == nil {
		return nil, k
	}
	return found, e + 1
}

// localAdministration returns the local government an "administration head"
// leads, named after the place the sentence names before the title: "in
// the Amhara region, administration head X" leads the Amhara regional
// administration; "in Kisumu, city administration head Y" the Kisumu city
// administration.
func (x *extractor) localAdministration(s *sentence, b titleBlock, p domain.Predicate) *entity {
	if p != domain.HeadOf {
		return nil
	}
	toks := s.toks
	admin, city := false, false
	for k := b.start; k < b.end; k++ {
		switch toks[k].lower {
		case "administration":
			admin = true
		case "city":
			city = true
		}
	}
	if !admin {
		return nil
	}
	var place *mention
	for i := range s.ments {
		if pm := &s.ments[i]; pm.end <= b.start && pm.ent.typ == domain.Place && !pm.quoted {
			place = pm
		}
	}
	if place == nil {
		return nil
	}
	name := place.ent.name
	var org string
	if base, ok := cutRegion(name); ok && !city {
		org = base + " regional administration"
	} else if city {
		org = name + " city administration"
	} else {
		return nil
	}
	e := x.entity(domain.Organization, org)
	if e.first < 0 || s.idx < e.first {
		e.first = s.idx
	}
	return e
}

// governmentRoles are the roles a bare title can give: the offices of a
// country.
var governmentRoles = map[domain.Predicate]bool{
	domain.PresidentOf: true, domain.VicePresidentOf: true, domain.PrimeMinisterOf: true, domain.MinisterOf: true,
}

// resolveBare gives bare government titles ("President Joseph Kamau",
// "Secretary of State Mark Ellery") their country: the one the same person's
// titled mentions name, else the dateline's, else the country the article
// is written from (judged by how its country references act); a country
// whose office another person holds in the article is never chosen. When
// nothing is clear, no role is emitted, only the title.
func (x *extractor) resolveBare(all, bare []role) {
	if len(bare) == 0 {
		return
	}
	held := map[string]*entity{} // predicate+country → holder
	for _, r := range all {
		if r.obj != nil && r.obj.typ == domain.Country {
			held[officeKey(r, r.obj)] = r.person
		}
	}
	homes := map[domain.Predicate]*entity{}
	// an agency's dateline names no city: the country the lead opens
	// with stands for it ("(Bloomberg) -- Chile's Senate approved …")
	dateline := x.datelineOrLeadCountry()
	datelineActs := dateline != "" && (x.dateline == "" || x.datelineActs())
	provincial := x.provincialPremiers(all)
	for _, r := range bare {
		// "Corvin Freight President X": the office of the body or
		// region named before the title, no country's
		if r.premodified {
			x.addFact(r.person.id, domain.Title, r.title, true, r.sent, domain.Asserted)
			continue
		}
		// "Premier X of Alberta … Premier X said": the office the
		// person's titled mention names already
		if slices.ContainsFunc(all, func(o role) bool {
			return o.person == r.person && o.pred == r.pred && o.obj != nil && o.obj.typ == domain.Place
		}) {
			continue
		}
		// "Premier X declared a provincial emergency", "Chief Minister
		// X": the head of a province or state, the region the article
		// names if it names one
		// (in a story from a country whose head of government is a
		// prime minister and whose provinces or states have premiers,
		// "SYDNEY — Premier X", a bare premier is a region's too)
		if (provincial || regionalPremierCountries[dateline]) && premierTitle(r.title) || chiefMinister(r.title) {
			if holdsCountryOffice(all, r.person) {
				continue // "Chinese Premier X … Premier X said": known already
			}
			// "In Chennai, India's car-making hub, Chief Minister X" in a
			// story about a Kenyan province heads no Kenyan province
			// "Bavarian state premier X" in a story from Berlin: the
			// title's own region, which the article does not name
			// "VICTORIA — … in Victoria": not the Australian state in a
			// story the dateline sets in another country (homeState)
			if reg := x.homeRegion(r.sent); reg != nil && x.homeState(reg) && !x.namesOtherCountry(r.sent, x.regionCountry(reg)) && !unnamedRegionAdjective(&x.sents[r.sent], r) && !x.visitingPremier(r.sent, x.regionCountry(reg)) {
				r.obj, r.guess = reg, true
				x.emitRole(r)
			} else {
				x.addFact(r.person.id, domain.Title, r.title, true, r.sent, domain.Asserted)
			}
			continue
		}
		// "Kenya summoned Ethiopia's ambassador … handed Ambassador X a
		// letter": the one ambassador the article spoke of
		if r.pred == domain.EnvoyOf && lastWord(r.title) == "ambassador" {
			if c := x.unnamedAmbassador(r.sent); c != nil {
				r.obj, r.guess = c, true
				x.emitRole(r)
				continue
			}
		}
		if !governmentRoles[r.pred] && !r.gov && !r.local {
			if b := x.bareBody(r); b != nil {
				r.obj, r.guess = b, true
				x.emitRole(r)
				continue
			}
		}
		// "Gov. X said he would not intervene" in a story from a state:
		// the state's governor, the one the dateline names or the only
		// one the article names, as for a bare premier
		if stateGovernor(r) && !x.nameBeforeTitle(r) {
			if reg := x.governorRegion(); reg != nil && x.homeState(reg) && !x.namesOtherCountry(r.sent, x.regionCountry(reg)) && !x.namesOtherRegion(r.sent, reg, all) {
				r.obj, r.guess = reg, true
				x.emitRole(r)
				continue
			}
		}
		if !governmentRoles[r.pred] && !r.gov && !senatorTitle(r.title) || r.local || stateLegislator(r.title) {
			x.addFact(r.person.id, domain.Title, r.title, true, r.sent, domain.Asserted)
			continue
		}
		// Candidates in order: the person's own titled mentions, the
		// dateline's country, the article's home country. The first whose
		// office no one else holds in the article wins.
		var cands []*entity
		for _, o := range all {
			if o.person == r.person && o.obj != nil && o.obj.typ == domain.Country && governmentRoles[o.pred] {
				cands = append(cands, o.obj)
				break
			}
		}
		// "Chief Cabinet Secretary X, the government's spokeswoman": the
		// country of the office just given to the same person
		for _, o := range x.roles {
			if r.told && o.person == r.person && o.obj.typ == domain.Country && governmentRoles[o.pred] {
				cands = append(cands, o.obj)
				break
			}
		}
		// "Bolivia was represented by Vice President X": the country
		// the text says the person stood for
		if c := x.representedCountry(r); c != nil {
			cands = append(cands, c)
		}
		// "Y will travel to <city> to meet President X": the host's
		if c := x.meetingHost(r); c != nil {
			cands = append(cands, c)
		}
		// "Secretary of State": a title only one country uses
		t := strings.ToLower(r.title)
		if w := firstWord(t); deputyTitle(w) {
			t = strings.TrimPrefix(t, w+" ") // "Deputy Secretary of State"
		}
		if c, ok := titleCountries[t]; ok {
			cands = append(cands, x.entity(domain.Country, c))
		}
		if x.indiasUnionMinister(r, dateline) {
			cands = append(cands, x.entity(domain.Country, "India"))
		}
		// "Kenya's government denounced … Government spokesman X": the
		// government the text has just named. A bare minister does not
		// take it: "Mexico's government protested. Interior Minister X
		// said Spain would not …" is the dateline's minister.
		if r.gov {
			// beyond the sentence before, only the dateline's country,
			// the article's lead country or a government the lead
			// sentence names: "KABUL … Pakistan's government said …
			// Government spokesman X" is Afghanistan's
			far := func(c *entity, si int) bool {
				return c.name == x.dateline || x.leadsStory(held, r.pred, c.name) || x.leadSentence(si)
			}
			if c := x.namedGovernment(r.sent, far); c != nil {
				cands = append(cands, c)
			}
		}
		// The dateline goes before the guess from mentions, which an
		// article about a foreign conflict easily tips towards the
		// foreign side.
		// A deputy minister's country is not guessed from where the
		// story is alone: the dateline's country must also be the one
		// the article speaks of most ("COLOMBO … Deputy Minister of
		// Finance X"), not a host of others' talks.
		deputy := r.pred == domain.MinisterOf && deputyTitle(strings.ToLower(r.title))
		// A deputy whose own sentence names another country ("who led
		// the Zambian delegation") is likely a visitor: no guess.
		// The lead's country stands for an agency's dateline only where
		// the title's own sentence leaves it standing: "said in Berlin"
		// after "(Bloomberg) -- Kenya's exports …" is no Kenyan's.
		leadOnly := x.dateline == "" && !x.keepsCountry(r.sent, dateline)
		if datelineActs && !leadOnly && (!deputy || x.leadsStory(held, r.pred, dateline) && !x.namesOtherCountry(r.sent, dateline)) && (!r.told || x.countryActs(dateline)) {
			cands = append(cands, x.entity(domain.Country, dateline))
		}
		home, done := homes[r.pred]
		if !done {
			home = x.homeCountry(held, r.pred)
			homes[r.pred] = home
		}
		if home != nil && !deputy && !r.told {
			cands = append(cands, home)
		}
		var c *entity
		for _, cand := range cands {
			if !titleUsedIn(r.title, cand) {
				continue // a bare "Chancellor" in a story from Ankara is no Turkish office
			}
			if h, ok := held[officeKey(r, cand)]; !ok || h == r.person || r.sharesOffice() {
				c = cand
				break
			}
		}
		k := officeKey(r, c)
		// One office, one holder: a second bare "President" in a
		// Nairobi-datelined story is a foreign president.
		if h, ok := held[k]; c == nil || ok && h != r.person && !r.sharesOffice() {
			x.addFact(r.person.id, domain.Title, r.title, true, r.sent, domain.Asserted)
			continue
		}
		held[k] = r.person
		r.obj = c
		r.guess = true
		x.emitRole(r)
	}
}

// indiasUnionMinister reports whether bare minister r is India's by
// his title ("Union Home Minister X": India's central government's
// minister, under a state capital's dateline too). Myanmar styles its
// ministers so as well: not where the dateline or lead gives another
// country (dateline; "NAYPYITAW … Union Minister for Information X"),
// where an article without one names Myanmar and not India, or where
// another country owns the title ("Myanmar's Union Transport Minister
// X"; unionMinister).
func (x *extractor) indiasUnionMinister(r role, dateline string) bool {
	return r.pred == domain.MinisterOf && (dateline == "India" || dateline == "" && !x.namesMyanmarNotIndia()) && x.unionMinister(r)
}

// namesMyanmarNotIndia reports whether the article names Myanmar, or a
// place of it, and never India nor a place of India: the other state
// whose ministers are styled "Union Minister" ("(Reuters) - Union
// Minister for Information X said Myanmar would hold …", "Thai and
// Myanmar officials met … Union Minister for Border Affairs X said …";
// not "militants from Myanmar had crossed into Manipur").
func (x *extractor) namesMyanmarNotIndia() bool {
	myanmar := false
	for si := range x.sents {
		for _, m := range x.sents[si].ments {
			switch x.placeCountryName(m.ent) {
			case "India":
				return false
			case "Myanmar":
				myanmar = true
			}
		}
	}
	return myanmar
}

// unionMinister reports whether bare minister's title r stands right
// after a capitalized "Union" that opens no name ("Union Finance Minister
// X", not "African Union Trade Minister X" nor "Soviet Union"), and
// right before the person's name: in Indian usage, a minister of the
// central government. Another country owning the title ("Myanmar's Union
// Transport Minister") makes it that country's.
func (x *extractor) unionMinister(r role) bool {
	s := &x.sents[r.sent]
	words := strings.Fields(strings.ToLower(r.title))
	for _, m := range s.ments {
		j := m.start - len(words) // the title's first word
		if m.ent != r.person || j < 1 {
			continue
		}
		ok := true
		for i, w := range words {
			ok = ok && s.toks[j+i].lower == w
		}
		// (a portfolio the title left out may stand between: "Union
		// Jal Shakti Minister X")
		u := j - 1
		if words[0] == "union" {
			u = j // the title read with it: "Union Water Minister"
		}
		for n := 0; ok && u < j && n < 3 && u > 0 && s.toks[u].cap && s.toks[u].lower != "union" && s.toks[u].kind != tPunct; n++ {
			u--
		}
		if ok && s.toks[u].lower == "union" && s.toks[u].cap && (u == 0 || !s.toks[u-1].cap || s.toks[u-1].kind == tPunct || s.toks[u-1].lower == "the") {
			// "Myanmar's Union Transport Minister": that country's
			return !slices.ContainsFunc(s.ments, func(o mention) bool {
				return o.ent.typ == domain.Country && o.ent.name != "India" && (o.end == u || o.end == u-1 && s.toks[u-1].kind == tPoss)
			})
		}
	}
	return false
}

// agencyLeadCountry returns the name of the country that opens the lead
// after a dateline naming no city, only an agency: "(Bloomberg) --
// Chile's Senate approved a bill …", "(Bloomberg) -- The Namibian
// government signed …" gives nothing (a demonym's country is no
// opening name). "" for none, a bloc, or a dateline with a city; "" too
// when the lead names another country, its people or its capital: one
// country acting on another ("China's exports to Germany fell", "The US
// imposed a tariff on Mexican steel") says nothing of where the story
// is from.
func (x *extractor) agencyLeadCountry() string {
	if x.dateline != "" || x.datelineSent < 0 || x.datelineSent >= len(x.sents) {
		return ""
	}
	s := &x.sents[x.datelineSent]
	for _, m := range s.ments {
		opens := m.start == x.datelineBody || m.start == x.datelineBody+1 && s.toks[x.datelineBody].lower == "the"
		if opens && m.ent.typ == domain.Country && m.kind == mName && !x.isBloc(m.ent) {
			if x.namesOtherCountry(s.idx, m.ent.name) || slices.ContainsFunc(x.capitalCountries(s.idx), func(c string) bool { return c != m.ent.name }) {
				return ""
			}
			return m.ent.name
		}
	}
	return ""
}

// keepsCountry reports whether sentence si leaves country c standing
// for a bare title in it: a capital it names decides ("said in
// Windhoek" keeps Namibia, "said in Berlin" does not); without one, it
// names no other country nor its people.
func (x *extractor) keepsCountry(si int, c string) bool {
	if caps := x.capitalCountries(si); len(caps) > 0 {
		return !slices.ContainsFunc(caps, func(k string) bool { return k != c })
	}
	return !x.namesOtherCountry(si, c)
}

// capitalCountries returns the names of the countries whose capitals
// sentence si names, as a place ("said in Berlin") or standing for the
// government ("pressure on Berlin"). A name the gazetteer also knows as
// a capital counts as one.
func (x *extractor) capitalCountries(si int) []string {
	var out []string
	for _, m := range x.sents[si].ments {
		switch {
		case m.kind == mGov && m.ent.typ == domain.Country:
			out = append(out, m.ent.name)
		case m.ent.typ == domain.Place:
			for _, e := range x.lookupPlace(m.ent.name) {
				if e.Type == domain.Place && e.Capital && e.Country != "" {
					out = append(out, e.Country)
				}
			}
		}
	}
	return out
}

// regionNouns stand for a state or province the article names: "the
// state's chief minister".
var regionNouns = set("state", "province")

// unnamedRegionAdjective reports whether bare title r is led, in its
// sentence, by a capitalised adjective of a people or region that names
// no place or body the article knows ("Bavarian state premier X"): the
// title's region is that one, not the one the article is filed from.
func unnamedRegionAdjective(s *sentence, r role) bool {
	n := len(strings.Fields(r.title))
	for _, m := range s.ments {
		if m.ent != r.person || m.start-n-1 < 0 {
			continue
		}
		k := m.start - n - 1
		// (a mention there is a country's demonym or a known region's
		// name, unless the recognizer took the word for a person's)
		if t, a := s.toks[k], mentionAt(s, k); t.kind == tWord && t.cap && (a == nil || a.ent.typ == domain.Person) && demonymLike(t.lower) {
			return true
		}
	}
	return false
}

// demonymLike reports whether a word ends as the adjectives of peoples
// and regions do: "Bavarian", "Sicilian", "Punjabi".
func demonymLike(w string) bool {
	return slices.ContainsFunc([]string{"an", "ese", "ish", "i"}, func(suf string) bool { return strings.HasSuffix(w, suf) })
}

// stateGovernor reports whether bare role r is a state's governor by
// its title alone, as written: "Gov.", the short form only a state's or
// a province's governor goes by. "Governor X" may run a central bank
// ("WELLINGTON … Governor X said the bank …"), and a deputy's title has
// more words ("Lt. Gov.").
func stateGovernor(r role) bool {
	return r.pred == domain.HeadOf && !r.local && r.title == "Gov."
}

// nameBeforeTitle reports whether a capitalized word stands right
// before the title at any mention of role r's holder: a name the
// title's own region begins with that no rule read ("Highland Papua
// Governor X … Governor X"), so that the article's home region is no
// guess for it.
func (x *extractor) nameBeforeTitle(r role) bool {
	n := len(strings.Fields(r.title))
	for si := range x.sents {
		s := &x.sents[si]
		for _, m := range s.ments {
			if m.ent != r.person || m.start-n-1 < 0 {
				continue
			}
			if t := s.toks[m.start-n-1]; t.kind == tWord && t.cap && strings.EqualFold(joinTokens(s.text, s.toks, m.start-n, m.start), r.title) {
				return true
			}
		}
	}
	return false
}

// governorRegion returns the state a bare "Gov." is guessed to head:
// the state a "CITY, State" dateline names after its comma (never the
// city: "WASHINGTON (AP) —" names a city, not the state of Washington,
// and "SANTA FE, New Mexico" the state of New Mexico), or else the only
// first-level region the article names outside its dateline, each time
// as the place where things happen ("herders in Nyanza"): a state named
// in passing ("a commuter who moved from Ohio", "a Texas company") is no
// guess of the governor's.
func (x *extractor) governorRegion() *entity {
	if reg := x.datelineStateAfterComma(); reg != nil {
		return reg
	}
	var found *entity
	for si := range x.sents {
		s := &x.sents[si]
		for _, m := range s.ments {
			if m.ent.typ != domain.Place || m.quoted || x.mentionInDateline(si, m) || !x.isRegion(m.ent) {
				continue
			}
			if found != nil && m.ent != found || m.start == 0 || !strings.EqualFold(s.toks[m.start-1].text, "in") {
				return nil
			}
			found = m.ent
		}
	}
	return found
}

// mentionInDateline reports whether mention m of sentence si stands in the
// dateline, before the story proper.
func (x *extractor) mentionInDateline(si int, m mention) bool {
	return si == x.datelineSent && m.end <= x.datelineBody
}

// namesOtherRegion reports whether the article names a first-level
// region of reg's country other than reg, outside the dateline, in
// sentence si or the one before it ("… in neighboring Utah's
// legislature, where Gov. X signed it" in a story from Colorado, "…
// across the state line in Arizona. Gov. X said" in one from New
// Mexico), or anywhere else unless a role of all names that region's
// own head ("Gov. Y of Wisconsin"): "Utah lawmakers passed a bill … Gov.
// X signed it" in a story from Colorado may be Utah's governor.
func (x *extractor) namesOtherRegion(si int, reg *entity, all []role) bool {
	c := x.regionCountry(reg)
	for i := range x.sents {
		for _, m := range x.sents[i].ments {
			if m.ent == reg || m.ent.typ != domain.Place || x.mentionInDateline(i, m) || c != "" && x.regionCountry(m.ent) != c || !x.isRegion(m.ent) {
				continue
			}
			if i == si || i == si-1 || !slices.ContainsFunc(all, func(o role) bool { return o.pred == domain.HeadOf && o.obj == m.ent }) {
				return true
			}
		}
	}
	return false
}

// homeState reports whether region reg lies in the country the dateline
// names, where it names one: "ATLANTA (AP) — … Gov. X" is no governor
// of a region abroad of the same name as a town in the story.
func (x *extractor) homeState(reg *entity) bool {
	return x.dateline == "" || x.regionCountry(reg) == x.dateline
}

// regionalPremierCountries have a prime minister at the head of their
// government and premiers at the head of their provinces or states: a
// bare "Premier" in a story from one of them heads a region.
var regionalPremierCountries = map[string]bool{"Canada": true, "Australia": true, "South Africa": true, "Solomon Islands": true}

// premierTitle reports whether a title is a premier's ("Premier",
// "provincial premier"), not a prime minister's.
func premierTitle(title string) bool { return lastWord(title) == "premier" }

// chiefMinister reports whether a title is a chief or first minister's,
// who heads a state or province ("Chief Minister", "the state's first
// minister").
func chiefMinister(title string) bool {
	t := strings.ToLower(title)
	return strings.HasSuffix(t, "chief minister") || strings.HasSuffix(t, "first minister")
}

// holdsCountryOffice reports whether roles give person an office of a
// country, which a later bare title of theirs repeats.
func holdsCountryOffice(all []role, person *entity) bool {
	return slices.ContainsFunc(all, func(r role) bool {
		return r.person == person && r.obj != nil && r.obj.typ == domain.Country
	})
}

// provincialPremiers reports whether a bare "Premier" in the article is
// the head of a province or state rather than of a country's government:
// someone else in it is a prime minister ("Prime Minister X said …"), or
// the text speaks of a province as the actor ("a provincial state of
// emergency", "the province's agency"). Where a country's premier is its
// prime minister (China's), the text has no other.
func (x *extractor) provincialPremiers(all []role) bool {
	if !slices.ContainsFunc(all, func(r role) bool { return premierTitle(r.title) && r.obj == nil }) {
		return false
	}
	if slices.ContainsFunc(all, func(r role) bool { return r.pred == domain.PrimeMinisterOf && !premierTitle(r.title) }) {
		return true
	}
	for si := range x.sents {
		toks := x.sents[si].toks
		for k := range toks {
			if toks[k].lower == "provincial" || toks[k].lower == "province" && k+1 < len(toks) && toks[k+1].kind == tPoss {
				return true
			}
			// "the province will cut fuel taxes", "said the province
			// expected …": the province as the actor, not one named as a
			// place by an "of" phrase ("visited the province of Hubei")
			// ("BEIJING — Premier X toured flood-hit Anhui and said the
			// province would get aid": a province of the dateline's own
			// country that the story names is the one it speaks of, not
			// the premier's: nationalProvinceNamed)
			if toks[k].lower == "province" && k > 0 && toks[k-1].is("the") && (k+1 >= len(toks) || !toks[k+1].is("of")) && !x.nationalProvinceNamed() {
				return true
			}
		}
	}
	return false
}

// nationalProvinceNamed reports whether the article names, outside
// quotes, a first-level subdivision of the country of its dateline, one
// whose provinces have no premiers (not regionalPremierCountries): a
// national premier may tour it ("BEIJING — … toured Anhui"), so "the
// province" may be that one and marks no provincial premier.
func (x *extractor) nationalProvinceNamed() bool {
	c := x.datelineOrLeadCountry()
	if c == "" || regionalPremierCountries[c] {
		return false
	}
	for si := range x.sents {
		for _, m := range x.sents[si].ments {
			if m.ent.typ == domain.Place && !m.quoted && x.isRegion(m.ent) && x.regionCountry(m.ent) == c {
				return true
			}
		}
	}
	return false
}

// homeRegion returns the state or province a bare regional title in
// sentence si belongs to: the one the dateline names after its city's
// comma ("KELOWNA, British Columbia"), else the only one the article
// names, else the one it names most (mainRegion); neither when sentence
// si names it as another party ("would send rice to Tripura":
// regionAsOtherParty). The dateline's city is never the region, nor is
// a region the article names only there: a "VICTORIA —" story about a
// Canadian province's premier is not one of the Australian state of
// Victoria (the governor's rule, governorRegion, reads a dateline so
// too).
func (x *extractor) homeRegion(si int) *entity {
	if reg := x.datelineStateAfterComma(); reg != nil {
		return reg
	}
	if reg := x.onlyRegion(); reg != nil && !x.regionAsOtherParty(si, reg) && !x.onlyInDateline(reg) {
		return reg
	}
	if reg := x.mainRegion(); reg != nil && !x.regionAsOtherParty(si, reg) && !x.onlyInDateline(reg) {
		return reg
	}
	return nil
}

// visitingPremier reports whether sentence si tells of a visitor to
// country c, the dateline's: "OTTAWA – Premier X arrived in Ottawa for
// talks with Prime Minister Y" is a foreign head of government, not
// the premier of a Canadian province the story names. Sentence si has
// a travel verb whose place, within a few words, is the dateline's
// place, country c or c's capital ("arrived in Ottawa", "flew to
// Canada"), or, in a story from c's capital, a meeting with a prime
// minister or president named right after ("for talks with Prime
// Minister Y", "hosted by President Y"). "EDMONTON – Premier X met
// Prime Minister Y" is Alberta's premier still: Edmonton is no capital.
func (x *extractor) visitingPremier(si int, c string) bool {
	if c == "" || x.dateline != c || x.datelineSent < 0 {
		return false
	}
	d := &x.sents[x.datelineSent]
	var home *entity
	for _, m := range d.ments {
		if m.start == 0 && m.end <= x.datelineBody {
			home = m.ent
		}
	}
	if home == nil {
		return false
	}
	hostPlace := func(e *entity) bool {
		if e == home || e.typ == domain.Country && e.name == c {
			return true
		}
		return e.typ == domain.Place && slices.ContainsFunc(x.lookupPlace(e.name), func(g gazetteer.Entry) bool { return g.Capital && g.Country == c })
	}
	capital := home.typ == domain.Place && slices.ContainsFunc(x.lookupPlace(home.name), func(g gazetteer.Entry) bool { return g.Capital && g.Country == c })
	s := &x.sents[si]
	for k := range s.toks {
		if si == x.datelineSent && k < x.datelineBody {
			continue
		}
		if in(visitVerbs, s.toks[k].lower) {
			for _, m := range s.ments {
				if m.start > k && m.start <= k+4 && m.ent.typ != domain.Person && hostPlace(m.ent) {
					return true
				}
			}
		}
		if capital && k+1 < len(s.toks) && hostMeeting(s.toks, k) {
			return true
		}
	}
	return false
}

// visitVerbs bring a visitor to a place: "arrived in", "flew to".
var visitVerbs = set("arrived", "arrives", "arriving", "visited", "visits", "visiting", "flew", "flies", "landed", "lands", "travelled", "traveled", "travels")

// hostMeeting reports whether toks[k:] opens a meeting with a head of
// government or state named by title: "talks with Prime Minister",
// "hosted by President", "guest of Prime Minister".
func hostMeeting(toks []token, k int) bool {
	j := -1
	switch {
	case k+1 < len(toks) && toks[k].is("talks") && toks[k+1].is("with"),
		k+1 < len(toks) && toks[k].is("hosted") && toks[k+1].is("by"),
		k+1 < len(toks) && toks[k].is("guest") && toks[k+1].is("of"):
		j = k + 2
	}
	if j < 0 || j >= len(toks) {
		return false
	}
	if toks[j].is("president") {
		return true
	}
	return j+1 < len(toks) && toks[j].is("prime") && toks[j+1].is("minister")
}

// datelineStateAfterComma returns the region a "CITY, Region" dateline
// names after its comma, nil for none.
func (x *extractor) datelineStateAfterComma() *entity {
	if x.datelineSent < 0 {
		return nil
	}
	s := &x.sents[x.datelineSent]
	for _, m := range s.ments {
		if m.end <= x.datelineBody && m.start > 0 && s.toks[m.start-1].text == "," && m.ent.typ == domain.Place && x.isRegion(m.ent) {
			return m.ent
		}
	}
	return nil
}

// onlyInDateline reports whether every mention of e is in the dateline
// ("VICTORIA —", the city, read by the gazetteer as a region too).
func (x *extractor) onlyInDateline(e *entity) bool {
	for si := range x.sents {
		for _, m := range x.sents[si].ments {
			if m.ent == e && !x.mentionInDateline(si, m) {
				return false
			}
		}
	}
	return true
}

// regionAsOtherParty reports whether sentence si names region reg as a
// party other than the one its title holder heads: the object of "to",
// "from", "against" or "with" ("would send food to Assam", "water … to
// Gujarat") or the owner of something other than the title ("would
// fight Alberta's plan"). A story set in one region is told from it;
// the head of a region it does not name speaks of another this way.
// "The Frontier Corps in Balochistan" names the place where things are.
func (x *extractor) regionAsOtherParty(si int, reg *entity) bool {
	s := &x.sents[si]
	for _, m := range s.ments {
		if m.ent != reg {
			continue
		}
		k := m.start - 1
		if k >= 0 && s.toks[k].is("the") {
			k--
		}
		if k >= 0 && in(otherPartyPreps, s.toks[k].lower) {
			return true
		}
		if e := m.end; e+1 < len(s.toks) && s.toks[e].kind == tPoss && !s.toks[e+1].cap {
			return true // "Alberta's plan", not "Alberta's Premier"
		}
	}
	return false
}

// otherPartyPreps mark a place as another party to what is done: what
// goes to it, comes from it, is done against it or with it.
var otherPartyPreps = set("to", "from", "against", "with")

// mainRegion returns the region the story is about when it names
// others too: the one its text names most, at least twice and twice as
// often as any other ("Kerala Finance Minister X … Kerala is not asking
// … blaming Delhi"); nil when none stands out so or when the article
// has named its head already.
func (x *extractor) mainRegion() *entity {
	count := map[*entity]int{}
	for si := range x.sents {
		if x.sents[si].title || x.sents[si].headline {
			continue
		}
		for _, m := range x.sents[si].ments {
			if m.ent.typ == domain.Place && !m.quoted && x.isRegion(m.ent) {
				count[m.ent]++
			}
		}
	}
	var best *entity
	second := 0
	for e, n := range count {
		switch {
		case best == nil || n > count[best]:
			if best != nil {
				second = count[best]
			}
			best = e
		case n > second:
			second = n
		}
	}
	if best == nil || count[best] < 2 || count[best] < 2*second {
		return nil
	}
	if slices.ContainsFunc(x.roles, func(r role) bool { return r.pred == domain.HeadOf && r.obj == best }) {
		return nil // its head is named: a bare title is another region's
	}
	return best
}

// regionCountry returns the country of first-level subdivision e, ""
// when the gazetteer knows none.
func (x *extractor) regionCountry(e *entity) string {
	for _, g := range x.lookupPlace(e.name) {
		if g.Region {
			return g.Country
		}
	}
	return ""
}

// onlyRegionNamed reports whether the gazetteer knows place e as a
// first-level subdivision and as no town: "In Wellington, the capital,
// Governor X said the bank …" opens with the city, whose central bank
// has a governor.
func (x *extractor) onlyRegionNamed(e *entity) bool {
	es := x.lookupPlace(e.name)
	return x.isRegion(e) && !slices.ContainsFunc(es, func(g gazetteer.Entry) bool { return !g.Region && g.Type == domain.Place })
}

// isRegion reports whether the gazetteer knows place e as a first-level
// subdivision.
func (x *extractor) isRegion(e *entity) bool {
	return slices.ContainsFunc(x.lookupPlace(e.name), func(g gazetteer.Entry) bool { return g.Region })
}

// onlyRegion returns the one first-level subdivision (a state, a
// province) the article names outside quotes, nil for none or several.
func (x *extractor) onlyRegion() *entity {
	var found *entity
	for si := range x.sents {
		for _, m := range x.sents[si].ments {
			if m.ent.typ != domain.Place || m.quoted || m.ent == found || !x.isRegion(m.ent) {
				continue
			}
			if found != nil {
				return nil
			}
			found = m.ent
		}
	}
	return found
}

// withdrawGuesses takes back the country resolveBare guessed for a bare
// title where a later rule read the title's own country in the text:
// "Ambassador X of Senegal", read as a bare "Ambassador" by the token
// rules, is no envoy of the dateline's country; nor is the counterpart
// of that country's minister one of its ministers.
func (x *extractor) withdrawGuesses() {
	type office struct {
		person *entity
		pred   domain.Predicate
	}
	type stated struct {
		person, obj string
		pred        domain.Predicate
	}
	read := map[office][]*entity{} // the countries the text gives each office
	said := map[stated]bool{}      // the roles some rule read, not guessed
	for _, r := range x.roles {
		if !r.guess {
			said[stated{r.person.id, r.obj.id, r.pred}] = true
			if r.obj.typ == domain.Country {
				read[office{r.person, r.pred}] = append(read[office{r.person, r.pred}], r.obj)
			}
		}
	}
	drop := map[stated]bool{}
	for _, r := range x.roles {
		k := stated{r.person.id, r.obj.id, r.pred}
		if r.guess && !said[k] && slices.ContainsFunc(read[office{r.person, r.pred}], func(c *entity) bool { return c != r.obj }) {
			drop[k] = true
		}
		if r.guess && !said[k] && slices.Contains(x.foreign[r.person.id], r.obj) {
			drop[k] = true // the counterpart of this country's minister
		}
	}
	if len(drop) == 0 {
		return
	}
	x.dropFacts(func(f domain.Fact) bool {
		return !f.Literal && drop[stated{f.Subject, f.Object, f.Predicate}]
	})
}

// datelineActs reports whether the dateline's country may be the country
// of a bare title: it acts in the text, or no other country does. A
// dateline in Vienna or Brussels is often only where others meet ("in
// Vienna, the Austrian capital"), while a Washington story need not name
// the United States at all.
func (x *extractor) datelineActs() bool {
	acts := x.countryActions()
	if acts[x.dateline] > 0 {
		return true
	}
	for _, n := range acts {
		if n >= 2 {
			return false
		}
	}
	return true
}

// countryActions counts, by country name, the mentions of countries
// outside quotes that are more than places ("talks in Qatar").
func (x *extractor) countryActions() map[string]int {
	acts := map[string]int{}
	for si := range x.sents {
		s := &x.sents[si]
		for _, m := range s.ments {
			if m.ent.typ == domain.Country && !m.quoted && !isPlaceCue(s.toks, m.start) && !in(placeKinds, lowerAt(s.toks, m.end)) {
				acts[m.ent.name]++
			}
		}
	}
	return acts
}

// countryActs reports whether the text names country c outside quotes
// as more than a place: its dateline's country is one of the story's
// actors.
func (x *extractor) countryActs(c string) bool {
	return x.countryActions()[c] > 0
}

// isBloc reports whether country entity e is a union of states the
// gazetteer types as a country (the European Union).
func (x *extractor) isBloc(e *entity) bool {
	if x.gaz == nil {
		return false
	}
	c, ok := x.gaz.Country(e.name)
	return ok && c.Bloc
}

// officeKey names the office role r holds in country c (nil for none):
// a country has one president, but many ministers, one per portfolio
// ("Energy Secretary", "Interior Minister").
func officeKey(r role, c *entity) string {
	k := string(r.pred) + "|"
	if c != nil {
		k += c.id
	}
	if r.pred == domain.MinisterOf {
		k += "|" + strings.ToLower(r.title)
	}
	return k
}

// namedGovernment returns the country whose government sentence si, or
// the nearest sentence before it that names one, names ("Kenya's
// government", "the Kenyan government"), if it names only one: "The
// government's chief negotiator" paragraphs after "Colombia's government
// and the rebels opened talks in Havana" is Colombia's, not Cuba's.
// Past the sentence before it in the same paragraph, a government must
// also pass far (the dateline's or the story's lead country, named in
// sentence i), else the search goes on before it.
func (x *extractor) namedGovernment(si int, far func(c *entity, i int) bool) *entity {
	for i := si; i >= 0; i-- {
		s := &x.sents[i]
		near := i == si || i == si-1 && s.para == x.sents[si].para
		var c *entity
		for k := range s.toks {
			if !s.toks[k].is("government") || s.toks[k].cap {
				continue
			}
			e := k
			if e > 0 && s.toks[e-1].kind == tPoss {
				e--
			}
			m := mentionEndingAt(s, e)
			if m == nil || m.ent.typ != domain.Country {
				continue
			}
			if c != nil && c != m.ent {
				return nil
			}
			c = m.ent
		}
		if c != nil && (near || far(c, i)) {
			return c
		}
	}
	return nil
}

// leadSentence reports whether sentence si is the article's first
// sentence after its headline and subheads.
func (x *extractor) leadSentence(si int) bool {
	for i := range x.sents {
		if !x.sents[i].title {
			return i == si
		}
	}
	return false
}

// peopleNouns after a country reference make it the country acting:
// "Kenyan negotiators", "U.S. officials".
var peopleNouns = set("officials", "official", "negotiators", "delegation", "delegates",
	"troops", "forces", "government", "military", "diplomats", "lawmakers", "leaders",
	"envoy", "team", "side", "administration", "authorities", "leadership", "army", "navy")

// titleCountries are titles, as written without a country, that only
// one country's government uses.
var titleCountries = map[string]string{
	"secretary of state": unitedStates,
	"taoiseach":          "Ireland",
}

// titleOnlyIn are titles, as written without a country, that only some
// countries' governments use: a bare one is no office of another
// country the story names or is filed from.
var titleOnlyIn = map[string][]string{
	"chancellor": {"Germany", "Austria"},
}

// titleUsedIn reports whether a bare title can be an office of country
// c: any title but one of titleOnlyIn, which only its countries use.
func titleUsedIn(title string, c *entity) bool {
	only, ok := titleOnlyIn[lastWord(title)]
	return !ok || slices.Contains(only, c.name)
}

// homeCountry guesses the country an article is written from, for a bare
// title giving role p: the country whose references act (subjects,
// officials) most, clearly ahead of the next. Countries where someone in
// the article already holds p are left out, so are references that are
// only locations ("talks in Qatar").
func (x *extractor) homeCountry(held map[string]*entity, p domain.Predicate) *entity {
	ents, score := x.rankCountries(held, p)
	var best, second *entity
	if len(ents) > 0 {
		best = ents[0]
	}
	if len(ents) > 1 {
		second = ents[1]
	}
	if best == nil || score[best] < 3 {
		return nil
	}
	if second != nil && score[best]*2 < score[second]*3 {
		return nil
	}
	return best
}

// namesOtherCountry reports whether sentence si names a country, or its
// people, other than the one named c.
func (x *extractor) namesOtherCountry(si int, c string) bool {
	for _, m := range x.sents[si].ments {
		if m.ent.typ == domain.Country && m.ent.name != c {
			return true
		}
	}
	return false
}

// leadsStory reports whether country c is the one homeCountry ranks
// first, ahead of every other even if not clearly: the country whose
// references act most.
func (x *extractor) leadsStory(held map[string]*entity, p domain.Predicate, c string) bool {
	ents, score := x.rankCountries(held, p)
	return len(ents) > 0 && ents[0].name == c && score[ents[0]] >= 3 && (len(ents) == 1 || score[ents[1]] < score[ents[0]])
}

// rankCountries scores the countries the article names for homeCountry
// and returns them best first.
func (x *extractor) rankCountries(held map[string]*entity, p domain.Predicate) ([]*entity, map[*entity]int) {
	score := map[*entity]int{}
	for si := range x.sents {
		s := &x.sents[si]
		for _, m := range s.ments {
			if m.ent.typ != domain.Country || m.quoted || x.isBloc(m.ent) {
				continue // a bloc has no government of its own to hold offices in
			}
			if _, ok := held[string(p)+"|"+m.ent.id]; ok {
				continue // that office is someone else's
			}
			w := 1
			switch {
			case isPlaceCue(s.toks, m.start):
				w = 0
			case in(peopleNouns, lowerAt(s.toks, m.end)):
				w = 2
			case m.start == 0 || (m.start == 1 && s.toks[0].lower == "the"):
				w = 2
			}
			score[m.ent] += w
		}
	}
	ents := make([]*entity, 0, len(score))
	for e := range score {
		ents = append(ents, e)
	}
	slices.SortFunc(ents, func(a, b *entity) int {
		return cmp.Or(cmp.Compare(score[b], score[a]), cmp.Compare(a.id, b.id))
	})
	return ents, score
}

// cutRegion strips a region word from a subdivision's name: "Lviv
// Oblast" → "Lviv".
func cutRegion(name string) (string, bool) {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 || !in(regionWords, strings.ToLower(name[i+1:])) {
		return name, false
	}
	return name[:i], true
}

// counterpartRoles reads "Kenyan Foreign Minister X and his Ethiopian
// counterpart, Y": Y holds X's office in the country of the demonym.
func (x *extractor) counterpartRoles(roles []role) []role {
	var out []role
	for si := range x.sents {
		s := &x.sents[si]
		toks := s.toks
		for mi := range s.ments {
			m := &s.ments[mi]
			if m.ent.typ != domain.Person || m.kind != mName {
				continue
			}
			k := m.start - 1
			// "her Chinese counterpart, Commerce Minister X": the name's
			// own title between, the office it holds
			own, titled := blockBefore(toks, m.start)
			if titled {
				k = own.start - 1
			}
			if k >= 0 && toks[k].text == "," {
				k--
			}
			if k < 2 || toks[k].lower != "counterpart" {
				continue
			}
			cm := mentionEndingAt(s, k)
			if cm == nil || cm.ent.typ != domain.Country || cm.start < 1 {
				continue
			}
			if w := toks[cm.start-1].lower; w != "his" && w != "her" && w != "their" {
				continue
			}
			if p, ok := predicateOf(toks, own); titled && ok && governmentRoles[p] {
				out = append(out, role{person: m.ent, pred: p, title: titleText(s, own), obj: cm.ent, sent: si})
				continue
			}
			// the office of the person named before, in this sentence
			var of *role
			for i := range roles {
				r := &roles[i]
				if r.sent == si && r.person != m.ent && r.obj != nil && r.obj.typ == domain.Country && r.obj != cm.ent && governmentRoles[r.pred] {
					if of != nil && of.pred != r.pred {
						of = nil
						break
					}
					of = r
				}
			}
			if of == nil {
				continue
			}
			out = append(out, role{person: m.ent, pred: of.pred, title: of.title, obj: cm.ent, sent: si})
		}
	}
	return out
}

// personsParties reads a party named as a person's: "President X's
// Nuevas Ideas party", "Prime Minister X's ruling GERB party", "The
// ruling VMRO-DPMNE party of Prime Minister X": X is a member of it. The
// party is an organization named right after the person's possessive
// (a party epithet between, partyEpithets), or before "party of" and
// the person's capitalized title, and "party" follows its name in lower
// case or ends it ("X's Justice and Development Party").
func (x *extractor) personsParties() []role {
	var out []role
	for si := range x.sents {
		s := &x.sents[si]
		toks := s.toks
		for mi := range s.ments {
			m := &s.ments[mi]
			if m.ent.typ != domain.Organization || m.kind != mName || m.quoted {
				continue
			}
			lower := m.end < len(toks) && toks[m.end].text == "party"
			if !lower && lastWord(m.ent.name) != "Party" {
				continue
			}
			k := m.start - 1
			for k > 0 && toks[k].kind == tWord && !toks[k].cap && in(partyEpithets, toks[k].lower) && k > m.start-3 {
				k--
			}
			if k > 0 && toks[k].kind == tPoss {
				if pm := mentionEndingAt(s, k); pm != nil && pm.ent.typ == domain.Person && pm.kind == mName {
					out = append(out, role{person: pm.ent, pred: domain.MemberOf, obj: m.ent, sent: si})
				}
				continue
			}
			// "the VMRO-DPMNE party of Prime Minister X"
			j := m.end + 1
			if !lower || lowerAt(toks, j) != "of" {
				continue
			}
			for j++; j < len(toks) && toks[j].cap && isTitleWord(toks[j].lower); j++ {
			}
			for _, pm := range s.ments {
				if pm.start == j && j > m.end+2 && pm.ent.typ == domain.Person && pm.kind == mName {
					out = append(out, role{person: pm.ent, pred: domain.MemberOf, obj: m.ent, sent: si})
				}
			}
		}
	}
	return out
}

// partyEpithets stand between a person's possessive and the name of
// their party: "X's ruling GERB party".
var partyEpithets = set("ruling", "governing", "opposition", "conservative", "liberal", "nationalist", "populist",
	"centrist", "socialist", "leftist", "centre-right", "center-right", "centre-left", "center-left", "right-wing", "left-wing",
	"far-right", "far-left")

// ledDelegations reads "the Kenyan delegation was led by X" and "the
// Sentinel Front team by Y": X is an envoy of the country or body.
func (x *extractor) ledDelegations() []role {
	var out []role
	for si := range x.sents {
		s := &x.sents[si]
		toks := s.toks
		for k := range toks {
			if toks[k].cap || !in(delegationNouns, toks[k].lower) {
				continue
			}
			owner := mentionEndingAt(s, k)
			// "Papua New Guinea, whose delegation was led by X"
			if owner == nil && k >= 2 && toks[k-1].is("whose") && toks[k-2].text == "," {
				owner = mentionEndingAt(s, k-2)
			}
			if owner == nil || owner.quoted || owner.ent.typ != domain.Country && owner.ent.typ != domain.Organization {
				continue
			}
			j := k + 1
			if lowerAt(toks, j) == "was" || lowerAt(toks, j) == "is" {
				j++
			}
			if lowerAt(toks, j) == "led" {
				j++
			} else if j != k+1 {
				continue
			}
			if lowerAt(toks, j) != "by" {
				continue
			}
			// "led by Foreign Minister X": the office the title names, of
			// the country whose delegation it is
			pred, title := domain.EnvoyOf, ""
			start := j + 1
			if b, ok := blockAfter(toks, start); ok && !isPast(toks, b) && owner.ent.typ == domain.Country {
				if p, ok := predicateOf(toks, b); ok && governmentRoles[p] {
					pred, title, start = p, titleText(s, b), b.end
				}
			}
			pm := mentionAt(s, start)
			if pm == nil || pm.start != start || pm.ent.typ != domain.Person || pm.kind != mName || pm.quoted {
				continue
			}
			// "led by Foreign Minister X of Tonga": X holds another
			// country's office
			if o := placeOfName(s, pm.end); o != nil && o != owner.ent {
				continue
			}
			out = append(out, role{person: pm.ent, pred: pred, title: title, obj: owner.ent, sent: si})
		}
	}
	return out
}

// delegationNouns name the party a negotiator leads.
var delegationNouns = set("delegation", "delegations", "team")

// unnamedAmbassador returns the country whose ambassador the article
// names without a name ("summoned Ethiopia's ambassador", "the Ethiopian
// ambassador was summoned") up to sentence si, if only one.
func (x *extractor) unnamedAmbassador(si int) *entity {
	var c *entity
	for i := 0; i <= si && i < len(x.sents); i++ {
		s := &x.sents[i]
		toks := s.toks
		for k := range toks {
			if toks[k].lower != "ambassador" || toks[k].cap {
				continue
			}
			// a name right after is someone named: not this
			if k+1 < len(toks) && isCapWord(&toks[k+1]) {
				continue
			}
			e := k
			if e > 0 && toks[e-1].kind == tPoss {
				e--
			}
			m := mentionEndingAt(s, e)
			if m == nil || m.ent.typ != domain.Country || m.quoted {
				continue
			}
			if c != nil && c != m.ent {
				return nil
			}
			c = m.ent
		}
	}
	return c
}

// pronounOffices reads "Her defence minister, X" after a head of state or
// government was named: X is a minister of that leader's country.
func (x *extractor) pronounOffices(roles []role) []role {
	var out []role
	saved := x.lastSpeaker
	x.lastSpeaker = nil // (the quotes' last speaker is the article's last)
	defer func() { x.lastSpeaker = saved }()
	for si := range x.sents {
		s := &x.sents[si]
		toks := s.toks
		for mi := range s.ments {
			m := &s.ments[mi]
			if m.ent.typ != domain.Person || m.kind != mName {
				continue
			}
			end := skipRanks(toks, m.start)
			if end < 2 || toks[end-1].text != "," {
				continue
			}
			b, ok := blockBefore(toks, end-1)
			if !ok || b.start < 1 || isPast(toks, b) {
				continue
			}
			if w := toks[b.start-1].lower; w != "his" && w != "her" {
				continue
			}
			p, ok := predicateOf(toks, b)
			if !ok || p != domain.MinisterOf && p != domain.MemberOf {
				continue
			}
			leader := x.pronoun(s, b.start-1)
			if leader == nil || leader == m.ent {
				continue
			}
			var c *entity
			for _, r := range roles {
				if r.person == leader && r.obj != nil && r.obj.typ == domain.Country && (r.pred == domain.PresidentOf || r.pred == domain.PrimeMinisterOf) {
					c = r.obj
					break
				}
			}
			if c != nil {
				out = append(out, role{person: m.ent, pred: p, title: titleText(s, b), obj: c, sent: si})
			}
		}
	}
	return out
}

// bareCabinetTitle reports whether title block b, giving role p, names a
// cabinet office in lower case with its portfolio and nothing else: "the
// defence minister", "the prime minister", never "the minister" alone.
func bareCabinetTitle(toks []token, b titleBlock, p domain.Predicate) bool {
	if p != domain.MinisterOf && p != domain.PrimeMinisterOf || b.end-b.start < 2 {
		return false
	}
	for k := b.start; k < b.end; k++ {
		if toks[k].cap {
			return false
		}
	}
	return true
}

// onlyCountry returns the one country sentence s names, by name or
// demonym; nil for none or several.
func onlyCountry(s *sentence) *entity {
	var found *entity
	for i := range s.ments {
		e := s.ments[i].ent
		if e.typ != domain.Country {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// regionScope returns the token after a "for" phrase at token k that
// names a place or a country ("for Africa", "for the Middle East"): the
// region a title covers; k when there is none.
func regionScope(s *sentence, k int) int {
	toks := s.toks
	if k >= len(toks) || !toks[k].is("for") {
		return k
	}
	j := k + 1
	if j < len(toks) && toks[j].is("the") {
		j++
	}
	m := mentionAt(s, j)
	if m == nil || m.start != j || m.ent.typ != domain.Place && m.ent.typ != domain.Country {
		return k
	}
	return m.end
}

// sharesOffice reports whether the bare role's office may be held by
// another person of the article too: its new holder's after the old
// one's, or a senator's seat among many.
func (r *role) sharesOffice() bool { return r.successor || senatorTitle(r.title) }

// senatorTitle reports whether a bare title is a senator's: one whose
// chamber the article does not name sits in its country's legislature
// ("Senator X said …" in a Santiago story is a member of Chile), which
// has many members, so the office is no one holder's.
func senatorTitle(title string) bool {
	w := lastWord(title)
	return w == "senator" || w == "sen."
}
