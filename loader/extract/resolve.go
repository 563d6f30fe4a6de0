package extract

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// minPlacePopulation is the population above which a lone capitalized word
// the gazetteer knows is taken for that place without a locative cue; below
// it too many surnames and common words are also some village's name.
const minPlacePopulation = 100_000

// country returns the canonical name of the country known as name.
func (x *extractor) country(name string) (string, bool) {
	l := x.look(name)
	return l.country, l.country != ""
}

// demonym returns the country a demonym refers to.
func (x *extractor) demonym(word string) (string, bool) {
	l := x.look(word)
	return l.demonym, l.demonym != ""
}

// lookupPlace returns the gazetteer's entries for name, most likely first.
func (x *extractor) lookupPlace(name string) []gazetteer.Entry { return x.look(name).entries }

// lookup caches what the gazetteer says about one string.
type lookup struct {
	country string
	demonym string
	entries []gazetteer.Entry
}

func (x *extractor) look(name string) *lookup {
	if l, ok := x.cache.get(name); ok {
		return l
	}
	l := &lookup{}
	if x.gaz != nil && name != "" {
		if e, ok := x.gaz.Country(name); ok {
			l.country = e.Name
		} else if full := spelledCompass(name); full != "" {
			if e, ok := x.gaz.Country(full); ok {
				l.country = e.Name // "S. Korea", a headline's South Korea
			}
		}
		if c, ok := x.gaz.Demonym(name); ok {
			l.demonym = c
		}
		l.entries = x.gaz.Lookup(name)
	}
	x.cache.put(name, l)
	return l
}

// compassInitials are the initials a headline shortens a country's
// compass word to: "S. Korea", "N. Korea".
var compassInitials = map[string]string{"N.": "North", "S.": "South", "E.": "East", "W.": "West"}

// spelledCompass returns name with its compass initial spelled out ("S.
// Korea" gives "South Korea"), or "" when it opens with none.
func spelledCompass(name string) string {
	i, rest, ok := strings.Cut(name, " ")
	if w := compassInitials[i]; ok && w != "" && rest != "" {
		return w + " " + rest
	}
	return ""
}

// lookupCache remembers the gazetteer's answers. The default gazetteer's
// cache is shared by all articles (names recur from one article to the
// next) and safe for concurrent use; it stops growing at maxCached names.
// Cached entries are never modified.
type lookupCache struct {
	m sync.Map // string → *lookup
	n atomic.Int64
}

const maxCached = 200_000

func (c *lookupCache) get(name string) (*lookup, bool) {
	v, ok := c.m.Load(name)
	if !ok {
		return nil, false
	}
	return v.(*lookup), true
}

func (c *lookupCache) put(name string, l *lookup) {
	if c.n.Load() >= maxCached {
		return
	}
	if _, loaded := c.m.LoadOrStore(strings.Clone(name), l); !loaded {
		c.n.Add(1)
	}
}

// defaultCache serves the default gazetteer.
var defaultCache lookupCache

// countryAt returns the longest country name starting at token k within the
// run ending at j, and its length in tokens.
func (x *extractor) countryAt(s *sentence, k, j int) (string, int) {
	for n := min(5, j-k); n >= 1; n-- {
		if !isCapWord(&s.toks[k+n-1]) {
			continue
		}
		if n == 1 && s.toks[k].upper && in(notOrgAcronyms, s.toks[k].lower) {
			continue // "TV" is television before it is Tuvalu
		}
		if c, ok := x.country(joinTokens(s.text, s.toks, k, k+n)); ok {
			return c, n
		}
	}
	return "", 0
}

// ownCountryAfter reports whether a comma and the name of country follow
// token end: "Accra, Ghana" places the city, as no government is named.
func (x *extractor) ownCountryAfter(s *sentence, end int, country string) bool {
	if lowerAt(s.toks, end) != "," || end+1 >= len(s.toks) {
		return false
	}
	c, n := x.countryAt(s, end+1, len(s.toks))
	return n > 0 && c == country
}

// resolveFixed turns a unit whose kind the chunker already knows into a
// mention.
func (x *extractor) resolveFixed(s *sentence, u unit) {
	toks := s.toks
	switch u.kind {
	case uCountry:
		c := x.entity(domain.Country, u.country)
		x.mention(s, u.start, u.end, c, mName)
		x.govPhraseAfter(s, u.start, u.end, c)
	case uDemonym:
		c := x.entity(domain.Country, u.country)
		x.mention(s, u.start, u.end, c, mDemonym)
		x.govPhraseAfter(s, u.start, u.end, c)
	case uOrg:
		if text := joinTokens(s.text, toks, u.start, u.end); x.venueName(toks, u, text) {
			x.place(s, u, text) // "the Corvin Conference Centre"
			return
		}
		if u.end-u.start == 1 && in(orgCues, toks[u.start].lower) {
			// "of Police" in a title: too generic a name for a node that
			// articles about different countries would share
			return
		}
		// "the Northern Command of the Kenyan Army": a branch named with
		// the body it belongs to, two organizations
		if j := branchOf(toks, u); j > 0 {
			x.resolveFixed(s, unit{start: u.start, end: j, kind: uOrg})
			x.resolveFixed(s, unit{start: j + 2, end: u.end, kind: uOrg})
			branch, body := mentionEndingAt(s, j), mentionEndingAt(s, u.end)
			if branch != nil && body != nil && branch.ent != body.ent && branch.ent.typ == domain.Organization && body.ent.typ == domain.Organization {
				branch.ent.parentOrg, branch.ent.partRule = body.ent.id, "org-name-branch"
			}
			return
		}
		start := u.start
		var owner *entity
		chamber := false
		// "Egypt's Foreign Ministry": the country is part of the name.
		if start >= 2 && toks[start-1].kind == tPoss {
			if m := mentionEndingAt(s, start-1); m != nil && m.ent.typ == domain.Country {
				owner, start = m.ent, m.start
			} else if c := x.capitalGov(&toks[start-2]); c != nil {
				// "Manila's Department of Foreign Affairs": the capital,
				// read before its own mention is, is the government
				owner = c
			}
		}
		// "Ethiopian Air Force", "U.S. State Department", "Royal Thai
		// Navy", "the 6th U.S. Fleet".
		if owner == nil {
			d := u.start
			if (in(crownWords, toks[d].lower) || toks[d].kind == tNum) && d+2 < u.end {
				d++ // "the 6th U.S. Fleet"
			}
			if c, n := x.demonymAt(s, d, u.end); n > 0 {
				owner = x.entity(domain.Country, c)
				x.mention(s, d, d+n, owner, mDemonym)
				if chamberHouse(toks, d+n, u.end) {
					chamber = true
					if !x.chamberOfOther(joinTokens(s.text, toks, d+n, u.end), owner) {
						start = d + n // "the British House of Lords": the demonym says whose house it is
					}
				}
			} else if c, n := x.countryAt(s, d, u.end); n > 0 && d+n < u.end {
				owner = x.entity(domain.Country, c)
				x.mention(s, d, d+n, owner, mName)
				chamber = chamberHouse(toks, d+n, u.end) // "the U.S. House of Representatives"
			}
		}
		name := joinTokens(s.text, toks, start, u.end)
		org := x.orgBySuffix(name)
		if e := x.byID[domain.NodeID(domain.Organization, name)]; chamber && e != nil {
			org = e // the house named so, not another country's that ends so
		}
		if org == nil {
			org = x.entity(domain.Organization, name)
		}
		x.mention(s, start, u.end, org, mName)
		x.orgs[domain.Fold(joinTokens(s.text, toks, u.start, u.end))] = org
		x.registerCompanyShort(toks[u.start:u.end], org)
		govBody := owner != nil && (isGovernmentOrg(toks, u) || chamber || chamberHouse(toks, max(start, u.start), u.end))
		if govBody {
			org.partOf, org.partRule = owner.id, "org-name-country"
		}
		if start < u.start && org.name == name {
			// "Chile's Socialist Party", "South Korea's Hanil Steel": the
			// possessive is the sentence's; a body of the state keeps the
			// country in its shown name where its portfolio alone names it
			own := joinTokens(s.text, toks, u.start, u.end)
			if govBody {
				own = x.stateBodyName(owner, own)
			}
			org.shown = own
		}
	}
}

// demonymAt returns the country of the demonym that opens tokens [d,
// end) of an organization's name, before at least one more word, and its
// length: one word ("Kenyan Navy") or two ("Costa Rican Public Security
// Ministry", "Sri Lankan Navy"); 0 for none. Two words that name a
// country are not its demonym.
func (x *extractor) demonymAt(s *sentence, d, end int) (string, int) {
	toks := s.toks
	if d+2 < end && isCapWord(&toks[d+1]) && demonymShaped(toks[d+1].lower) {
		w := joinTokens(s.text, toks, d, d+2)
		if c, ok := x.demonym(w); ok {
			if _, isCountry := x.country(w); !isCountry {
				return c, 2
			}
		}
	}
	if c, ok := x.demonym(toks[d].text); ok {
		return c, 1
	}
	return "", 0
}

// chamberOfOther reports whether the house of a legislature named name
// ("House of Commons") is already another country's in the article:
// "Canada's House of Commons ... the British House of Commons" are two
// houses, and the demonym stays in the second one's name.
func (x *extractor) chamberOfOther(name string, owner *entity) bool {
	o := x.byID[domain.NodeID(domain.Organization, name)]
	if o == nil {
		o = x.orgBySuffix(name)
	}
	return o != nil && o.partOf != "" && o.partOf != owner.id
}

// stateBodyName is the name shown for a state body that a country's
// possessive introduces ("Haiti's Transitional Council", "Georgia's
// Interior Ministry"): the possessive is the sentence's, not the name's,
// and the country stays in part_of, so the body's own name; but a
// ministry its portfolio alone names, which every country has, with the
// country's adjective, as English names it ("the Georgian Interior
// Ministry"). The written form stays the node's id and an alias, which
// keeps two countries' bodies apart.
func (x *extractor) stateBodyName(country *entity, body string) string {
	if p := x.portfolioName(country, body); p != "" {
		return p
	}
	return body
}

// portfolioName is the name of a ministry or office its portfolio alone
// names ("Interior Ministry", "Foreign Office") with its country's adjective ("Georgian Interior
// Ministry"), as an article that writes it so does; "" for any other body
// or a country without an adjective.
func (x *extractor) portfolioName(country *entity, body string) string {
	if !portfolioOnly(body, "ministry", "office") || x.gaz == nil {
		return ""
	}
	if a := x.gaz.Adjective(country.name); a != "" {
		return a + " " + body
	}
	return ""
}

// crownWords open the names of a monarchy's state bodies before the
// demonym: "Royal Thai Army", "Royal Saudi Air Force".
var crownWords = set("royal", "imperial")

// branchOf returns the index of "of" in an organization unit named "<A>
// of the <B>" where both A (two words or more) and B end with an
// organization word: "Northern Command of the Kenyan Army". It returns -1
// for a name whose "of" is part of it ("Ministry of Defense").
func branchOf(toks []token, u unit) int {
	for j := u.start + 2; j+2 < u.end; j++ {
		if !toks[j].is("of") || !toks[j+1].is("the") {
			continue
		}
		if !in(orgCues, toks[j-1].lower) || !in(orgCues, toks[u.end-1].lower) || !toks[j-1].cap {
			return -1
		}
		// A must have a name of its own: "International Committee of
		// the Red Cross" is one body
		for k := u.start; k < j; k++ {
			if w := toks[k].lower; !in(orgCues, w) && !in(titleModifiers, w) && !in(directions, w) {
				return j
			}
		}
		return -1
	}
	return -1
}

// bareMinistry reports whether a name is a ministry's or department's
// portfolio alone: "Foreign Ministry", "Foreign Affairs Ministry", "State
// Department".
func bareMinistry(name string) bool { return portfolioOnly(name, "ministry", "department") }

// portfolioOnly reports whether a name is one of heads after the words of
// a portfolio alone ("Foreign Affairs Ministry", "Foreign Office").
func portfolioOnly(name string, heads ...string) bool {
	w := strings.Fields(strings.ToLower(name))
	if len(w) < 2 || len(w) > 3 || !slices.Contains(heads, w[len(w)-1]) {
		return false
	}
	for _, m := range w[:len(w)-1] {
		if !in(titleModifiers, m) || in(deputies, m) {
			return false
		}
	}
	return true
}

// leadCountry returns the country the story's first sentence names first
// as a name (not a demonym or an adjective), nil for none.
func (x *extractor) leadCountry() *entity {
	for i := range x.sents {
		s := &x.sents[i]
		if s.title || s.headline || i < x.datelineSent {
			continue
		}
		var first *mention
		for j := range s.ments {
			m := &s.ments[j]
			if m.ent.typ == domain.Country && m.kind == mName && !m.quoted && (first == nil || m.start < first.start) {
				first = m
			}
		}
		if first == nil {
			return nil
		}
		return first.ent
	}
	return nil
}

// ownBareMinistries gives a ministry named by its portfolio alone
// ("Foreign Ministry spokeswoman X") the country its context names, at
// its first mention: it becomes "<Country>’s Foreign Ministry", that
// country's for its roles, but no part_of is stated (partUnstated): the
// text never says whose it is. Without one country in context it stays
// as it is. A ministry named "Ministry of" its portfolio ("the Ministry
// of Water Resources") and a portfolio office ("the Foreign Office") are
// every country's by name too: they are given the country under their
// own name, as a bare department is.
func (x *extractor) ownBareMinistries() {
	for _, e := range x.ents {
		if e.typ != domain.Organization || e.partOf != "" || e.first < 0 {
			continue
		}
		keep := x.portfolioBody(e.name)
		if !keep && !bareMinistry(e.name) {
			continue
		}
		s := &x.sents[e.first]
		var m *mention
		for i := range s.ments {
			if s.ments[i].ent == e && (m == nil || s.ments[i].start < m.start) {
				m = &s.ments[i]
			}
		}
		if m == nil {
			continue // its first sentence no longer names it: no context to read
		}
		if keep {
			if c := x.portfolioCountry(s, m, e.name); c != nil {
				e.partOf, e.partRule = c.id, "org-name-context"
			}
			continue
		}
		c := x.contextCountry(s, m.start, true)
		if c == nil && !strings.HasSuffix(e.name, "Department") {
			// no country in its paragraph and no dateline: the country
			// the story opens with ("Thailand summoned Myanmar's
			// ambassador …"); not for a department, which bare is most
			// often Washington's ("the State Department said")
			c = x.leadCountry()
		}
		if c == nil {
			continue
		}
		// "State Department" is a name of its own, "Foreign Ministry"
		// is every country's. A bare department is the context
		// country's only where its government names departments so
		// (departmentCountry): "NAIROBI … The State Department said"
		// is no Kenyan body, and the text never says whose it is
		if strings.HasSuffix(e.name, "Department") {
			if x.departmentCountry(c, e.name) {
				e.partOf, e.partRule = c.id, "org-name-context"
			}
			continue
		}
		id := domain.NodeID(domain.Organization, c.name+"’s "+e.name)
		if _, taken := x.byID[id]; taken {
			continue
		}
		delete(x.byID, e.id)
		if m.start > 0 && s.toks[m.start-1].is("the") {
			// "the Finance Ministry said": a definite name the story
			// writes bare is shown bare; the country stays in its id
			// and part_of ("Foreign Ministry spokeswoman X" takes the
			// country's adjective)
			e.shown = e.name
		} else {
			e.shown = x.portfolioName(c, e.name)
		}
		e.name, e.id, e.partOf, e.partRule = c.name+"’s "+e.name, id, c.id, "org-name-context"
		e.partUnstated = true
		x.byID[id] = e
	}
}

// departmentCountry reports whether a bare "<Portfolio> Department" in
// the context of country c is c's: c is the United States, or another
// country whose national government is made of departments (South
// Africa, the Philippines, Ireland: "PRETORIA … the Home Affairs
// Department said") when the name is no "State Department" and the
// article names neither the United States nor Washington (a Washington
// department in a story placed elsewhere).
func (x *extractor) departmentCountry(c *entity, name string) bool {
	if c.name == unitedStates {
		return true
	}
	if !in(departmentGovernments, c.name) {
		return false
	}
	if name == "State Department" {
		return false
	}
	for i := range x.sents {
		for _, t := range x.sents[i].toks {
			if t.text == "Washington" {
				return false
			}
		}
		for _, m := range x.sents[i].ments {
			if m.ent.typ == domain.Country && m.ent.name == unitedStates {
				return false
			}
		}
	}
	return true
}

// portfolioBody reports whether a name is "Ministry of" (or "for") a
// portfolio, no place or people among its words ("Ministry of Energy",
// "Ministry of External Affairs", not "Ministry of Health of Norland"),
// or a portfolio office ("Foreign Office", "Home Office").
func (x *extractor) portfolioBody(name string) bool {
	w := strings.Fields(name)
	if len(w) == 2 && lastWord(name) == "office" {
		return officeCountries[strings.ToLower(w[0])] != nil
	}
	if len(w) < 3 || len(w) > 6 || w[0] != "Ministry" || w[1] != "of" && w[1] != "for" {
		return false
	}
	for _, p := range w[2:] {
		if in(smallWords, strings.ToLower(p)) {
			continue
		}
		if !startsUpper(p) || x.placeWord(p) {
			return false
		}
	}
	return !x.placeWord(strings.Join(w[2:], " "))
}

// portfolioCountry returns the country of a ministry named "Ministry of"
// its portfolio or of a portfolio office, first mentioned at m in s, by
// what the text says of it: its own "in" phrase ("the Ministry of Defense
// in Tarrow"), a country's possessive or demonym right before it, the
// place its sentence opens in ("In Tarrow, officials at the Ministry of
// Energy"), else the dateline's country when the article names no other
// (a country merely named is no ministry's: "Norland shelled Amberia, the
// Ministry of Defence said" in a story filed from a third). An office is
// only a country's that calls its ministry so (officeCountries): "the
// Foreign Office" in a Cairo story is London's, not Egypt's.
func (x *extractor) portfolioCountry(s *sentence, m *mention, name string) *entity {
	c := x.ownCountry(s, m)
	if c == nil && s.toks[0].is("in") {
		if o := mentionAt(s, 1); o != nil && o.start == 1 && o.end < m.start && s.toks[o.end].text == "," {
			c = x.placeCountry(o.ent)
		}
	}
	if w := strings.Fields(name); len(w) == 2 {
		if c == nil && x.dateline != "" {
			c = x.entity(domain.Country, x.dateline)
		}
		if c == nil || !slices.Contains(officeCountries[strings.ToLower(w[0])], c.name) {
			return nil
		}
		return c
	}
	if c == nil && x.dateline != "" && !x.storyNamesOtherCountry(x.dateline) {
		c = x.entity(domain.Country, x.dateline)
	}
	return c
}

// ownCountry returns the country that mention m's own words give: its
// "in" phrase ("the Ministry of Health in Tarrow"), or a country's name,
// possessive or demonym right before it ("Norland's Ministry of Energy").
func (x *extractor) ownCountry(s *sentence, m *mention) *entity {
	if m.end+1 < len(s.toks) && s.toks[m.end].is("in") {
		if o := mentionAt(s, m.end+1); o != nil && o.start == m.end+1 {
			if c := x.placeCountry(o.ent); c != nil {
				return c
			}
		}
	}
	end := m.start
	if end > 0 && s.toks[end-1].kind == tPoss {
		end--
	}
	if o := mentionEndingAt(s, end); o != nil && o.ent.typ == domain.Country {
		return o.ent
	}
	return nil
}

// placeCountry returns a country, or the country of a place the
// gazetteer knows; nil for anything else.
func (x *extractor) placeCountry(e *entity) *entity {
	if e.typ == domain.Country {
		return e
	}
	if c := x.placeCountryName(e); c != "" {
		return x.entity(domain.Country, c)
	}
	return nil
}

// placeCountryName is the name of placeCountry's country, "" for none.
func (x *extractor) placeCountryName(e *entity) string {
	switch e.typ {
	case domain.Country:
		return e.name
	case domain.Place:
		if es := x.lookupPlace(e.name); len(es) > 0 {
			return es[0].Country
		}
	}
	return ""
}

// storyNamesOtherCountry reports whether the article names a country other
// than the one named c, by name or demonym or by a place of it.
func (x *extractor) storyNamesOtherCountry(c string) bool {
	for i := range x.sents {
		for _, m := range x.sents[i].ments {
			if o := x.placeCountryName(m.ent); o != "" && o != c {
				return true
			}
		}
	}
	return false
}

// officeCountries name the portfolios whose ministries English calls
// offices, and the countries whose ministry it calls so: "the Foreign
// Office" of Britain, Pakistan and Germany, "the Home Office" of Britain,
// "the Cabinet Office" of Britain and Japan.
var officeCountries = map[string][]string{
	"foreign": {"United Kingdom", "Pakistan", "Germany"},
	"home":    {"United Kingdom"},
	"cabinet": {"United Kingdom", "Japan"},
}

// placeWord reports whether words name a country, a people or a place
// the gazetteer knows.
func (x *extractor) placeWord(words string) bool {
	if _, ok := x.country(words); ok {
		return true
	}
	if _, ok := x.demonym(words); ok {
		return true
	}
	return len(x.lookupPlace(words)) > 0
}

// ownPrefixedBodies makes an organization named with another's name in
// front part of that one: "ECOWAS Commission", "African Union Peace and
// Security Council". The whole is an organization the article names on
// its own by an acronym or several words, or a dotted acronym that is no
// country ("U.N. Office for the Coordination of Humanitarian Affairs").
// The words after the whole's name make another body, not the whole
// again ("the EFE Agency", "the Kivu News Agency" are EFE and Kivu News:
// sameBodyWords), and the whole is no place the article names as an
// organization ("the VRAEM valley … the VRAEM Special Command": placeLike).
func (x *extractor) ownPrefixedBodies() {
	for _, e := range slices.Clone(x.ents) {
		if e.typ != domain.Organization || e.parentOrg != "" || e.partOf != "" || e.first < 0 {
			continue
		}
		words := strings.Fields(e.name)
		for n := len(words) - 1; n >= 1 && e.parentOrg == ""; n-- {
			if !bodyRest(words[n:]) || in(smallWords, strings.ToLower(words[n-1])) {
				continue
			}
			// (one plain word is as often a people, a region or a
			// family's name: "Karen National Union", "Carter Center")
			if n == 1 && !isAcronym(words[0]) {
				continue
			}
			if p := x.orgNamed(strings.Join(words[:n], " ")); p != nil && p != e && !x.placeLike(p) {
				e.parentOrg, e.partRule = p.id, "org-name-prefix"
			}
		}
		if e.parentOrg == "" && len(words) > 1 && bodyRest(words[1:]) {
			if p := x.acronymOrg(e, words[0]); p != nil && !x.placeLike(p) {
				e.parentOrg, e.partRule = p.id, "org-name-prefix"
			}
		}
	}
}

// notParts end the names of a whole, not of a part: "Wagner Group" is
// Wagner, "Al Jazeera Media Network" owns Al Jazeera; and of bodies of
// members that stand apart from what they are named after ("NFL Players
// Association", "UN Foundation").
var notParts = set("group", "network", "media", "holdings", "holding", "company", "corporation",
	"inc", "inc.", "ltd", "ltd.", "co", "co.", "international", "enterprises", "industries", "organization",
	"organisation", "association", "union", "federation", "alliance", "coalition", "league", "society",
	"club", "foundation")

// sameBodyWords after a body's name name that body again: "the EFE
// Agency", "the Kivu News Agency", "the Hamas Movement", "Tarrow Group".
// They overlap notParts and companyForms and differ from both on
// purpose: notParts refuses a part by the LAST word of its name (a
// network, a players' association stands apart), sameBodyWords only when
// EVERY word after the parent's name is one of them; companyForms holds
// foreign legal forms (AG, GmbH) that never follow a bloc's name.
var sameBodyWords = set("agency", "agencies", "news", "press", "group", "company", "corp", "corp.",
	"corporation", "inc", "inc.", "ltd", "ltd.", "limited", "plc", "co", "co.", "holdings", "movement", "party",
	"organization", "organisation")

// bodyRest reports whether the words after a parent's name make a body
// of it: capitalized, holding an organization word, not ending with one
// of notParts, and not all of them sameBodyWords.
func bodyRest(words []string) bool {
	if len(words) == 0 || !startsUpper(words[0]) || in(notParts, strings.ToLower(words[len(words)-1])) {
		return false
	}
	same := true
	for _, w := range words {
		same = same && in(sameBodyWords, strings.ToLower(w))
	}
	if same {
		return false
	}
	for _, w := range words {
		if l := strings.ToLower(w); in(orgCues, l) && !in(notParts, l) {
			return true
		}
	}
	return false
}

// placeLike reports whether the organization p is a place the article
// names: a place or a country of the article has its name, or a mention
// of it is followed by a noun of a place's kind ("the coca-growing VRAEM
// valley").
func (x *extractor) placeLike(p *entity) bool {
	for _, e := range x.ents {
		if (e.typ == domain.Place || e.typ == domain.Country) && domain.Fold(e.name) == domain.Fold(p.name) {
			return true
		}
	}
	for k := range x.sents {
		s := &x.sents[k]
		for _, m := range s.ments {
			if m.ent == p && m.end < len(s.toks) && !s.toks[m.end].cap && in(placeNounsAfter, s.toks[m.end].lower) {
				return true
			}
		}
	}
	return false
}

// placeNounsAfter, right after a name, say it names a place: "the VRAEM
// valley", "the Tarrow basin". Landforms and the town kinds of
// placeKinds, without its "region", "area" or "state": "the ECOWAS
// region" is the bloc's members' land.
var placeNounsAfter = set("valley", "valleys", "basin", "delta", "plateau", "highlands", "river", "city", "town",
	"village", "province", "district", "county", "peninsula", "island", "islands")

// isAcronym reports whether w is written in capitals, with or without
// dots: "ECOWAS", "U.N.".
func isAcronym(w string) bool {
	letters := strings.ReplaceAll(w, ".", "")
	return len(letters) >= 2 && strings.ToUpper(letters) == letters && strings.ToLower(letters) != letters
}

// orgNamed returns the organization of the article with this name or
// alias.
func (x *extractor) orgNamed(name string) *entity {
	f := domain.Fold(name)
	for _, o := range x.ents {
		if o.typ != domain.Organization || o.first < 0 {
			continue
		}
		if domain.Fold(o.name) == f || slices.ContainsFunc(o.aliases, func(a string) bool { return domain.Fold(a) == f }) {
			return o
		}
	}
	return nil
}

// acronymOrg returns the organization a dotted acronym opening e's name
// stands for ("U.N."), made known with a mention where e is first named;
// nil for any other word and for a country's acronym ("U.S.").
func (x *extractor) acronymOrg(e *entity, w string) *entity {
	if !strings.HasSuffix(w, ".") || !isAcronym(w) {
		return nil
	}
	if _, isCountry := x.country(w); isCountry {
		return nil
	}
	if p := x.orgNamed(w); p != nil {
		return p
	}
	s := &x.sents[e.first]
	for _, m := range s.ments {
		if m.ent != e || s.toks[m.start].text != w {
			continue
		}
		p := x.orgByInitials(w)
		if p == nil {
			p = x.entity(domain.Organization, w)
		}
		x.mention(s, m.start, m.start+1, p, mName)
		x.orgs[domain.Fold(w)] = p
		return p
	}
	return nil
}

// contextCountry returns the one country the text around token k of s is
// about: the countries (and the countries of places) named before k in
// s, else (with para) in the nearest earlier sentence of the paragraph
// that names any, else the dateline's. Two countries in one sentence give
// nil.
func (x *extractor) contextCountry(s *sentence, k int, para bool) *entity {
	one := func(st *sentence, end int) (*entity, bool) {
		var c *entity
		for i := range st.ments {
			m := &st.ments[i]
			if m.start >= end || m.quoted {
				continue
			}
			e := x.placeCountry(m.ent)
			if e == nil {
				continue
			}
			if c != nil && c != e {
				return nil, true // two countries: no one context
			}
			c = e
		}
		return c, c != nil
	}
	if c, named := one(s, k); named {
		return c
	}
	for i := s.idx - 1; para && i >= 0 && x.sents[i].para == s.para && !x.sents[i].title; i-- {
		if c, named := one(&x.sents[i], len(x.sents[i].toks)); named {
			return c
		}
	}
	if x.dateline != "" {
		return x.entity(domain.Country, x.dateline)
	}
	return nil
}

// capitalGov returns the country whose capital (or seat of government)
// the capitalized word t is.
func (x *extractor) capitalGov(t *token) *entity {
	if !t.cap || t.kind != tWord {
		return nil
	}
	if c, ok := x.country(t.text); ok {
		return x.entity(domain.Country, c)
	}
	for _, e := range x.lookupPlace(t.text) {
		if e.Type == domain.Place && e.Capital && e.Country != "" {
			return x.entity(domain.Country, e.Country)
		}
	}
	return nil
}

// isGovernmentOrg reports whether the organization unit is a state body by
// its cue words.
func isGovernmentOrg(toks []token, u unit) bool {
	for k := u.start; k < u.end; k++ {
		if in(governmentOrgCues, toks[k].lower) {
			return true
		}
	}
	return false
}

// mentionEndingAt returns the mention of s that ends at token end.
func mentionEndingAt(s *sentence, end int) *mention {
	for i := len(s.ments) - 1; i >= 0; i-- {
		if s.ments[i].end == end {
			return &s.ments[i]
		}
	}
	return nil
}

// mentionAt returns the mention of s that covers token k, preferring the
// longest.
func mentionAt(s *sentence, k int) *mention {
	var best *mention
	for i := range s.ments {
		m := &s.ments[i]
		if m.start <= k && k < m.end && (best == nil || m.end-m.start > best.end-best.start) {
			best = m
		}
	}
	return best
}

// govPhraseAfter recognizes a state body named by a demonym or country and
// lower-case words: "the Ethiopian air force", "the Kenyan defence
// ministry". "Kenya's army" and "Oman's foreign ministry" describe the
// country's body where "the Kenyan army" names it: lower-case words after
// a possessive are no name.
func (x *extractor) govPhraseAfter(s *sentence, start, end int, c *entity) {
	toks := s.toks
	k := end
	if k < len(toks) && toks[k].kind == tPoss {
		return
	}
	for _, ph := range govPhrases {
		if k+len(ph) > len(toks) {
			continue
		}
		ok := true
		for i, w := range ph {
			if toks[k+i].lower != w {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		// "Kenyan coast guard vessels": a body named only in lower case
		// to qualify its ships is no organization of its own
		if after := lowerAt(toks, k+len(ph)); in(vesselNouns, after) {
			return
		}
		// A longer phrase may follow ("air force" inside "air force
		// command"); the listed phrase is enough.
		words := make([]string, 0, len(ph)+1)
		words = append(words, joinTokens(s.text, toks, start, k))
		for _, w := range ph {
			words = append(words, upperFirst(w))
		}
		org := x.entity(domain.Organization, strings.Join(words, " "))
		org.partOf, org.partRule = c.id, "org-name-country"
		x.mention(s, start, k+len(ph), org, mName)
		return
	}
}

func upperFirst(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// nameCtx is what the words around a name say about it.
type nameCtx struct {
	prev, prev2, next, next2 string
	the                      bool // "the X": not a person
	place                    bool // a locative cue: "in X", "the outskirts of X"
	poss                     bool // "X's": for a capital, its government
	media                    bool // "news agency X": an outlet
	platform                 bool // "said on X": a platform
	venue                    bool // "at the X in Y": a venue
	// defined: an apposition says what place it is ("X, Kenya's
	// largest island"), enough for a name the gazetteer lacks
	defined bool
}

// placeAfterPossessive reports whether the words from token k name a place of
// the possessor before them: a name then a lower-case kind of district or
// building ("Tripoli's Abu Salim district", "Ankara's Esenboga airport"),
// which makes a capital the city, not its government.
func placeAfterPossessive(toks []token, k int) bool {
	j := k
	for j < len(toks) && j < k+4 && isCapWord(&toks[j]) {
		j++
	}
	if j == k || j >= len(toks) || toks[j].kind != tWord || toks[j].cap {
		return false
	}
	w := toks[j].lower
	return in(regionWords, w) && !bodyDepartment(toks, j) || in(partPlaceKinds, w) || in(facilityKinds, w) || in(siteKinds, w)
}

// bodyDepartment reports whether the "department" at k is a body's or a
// shop's, no region: one "of", "for", "at", "within" or "under" a body or a
// field follows ("the Huila department of the Coffee Growers Federation",
// "the Ohio department of health", "the Cauca department for the growers'
// federation", "the Pichincha department at the electoral council"), a
// possessive ("the Texas department's chief"), or "store" ("the Paris
// department store chain").
func bodyDepartment(toks []token, k int) bool {
	if toks[k].lower != "department" || k+1 >= len(toks) {
		return false
	}
	switch toks[k+1].lower {
	case "of", "for", "at", "within", "under", "'s", "’s", "store", "stores":
		return true
	}
	return false
}

func lowerAt(toks []token, k int) string {
	if k < 0 || k >= len(toks) {
		return ""
	}
	return toks[k].lower
}

func (x *extractor) context(s *sentence, u unit) nameCtx {
	toks := s.toks
	c := nameCtx{
		prev:  lowerAt(toks, u.start-1),
		prev2: lowerAt(toks, u.start-2),
		next:  lowerAt(toks, u.end),
		next2: lowerAt(toks, u.end+1),
	}
	c.the = c.prev == "the"
	c.poss = u.end < len(toks) && toks[u.end].kind == tPoss
	c.place = isPlaceCue(toks, u.start)
	// "Nairobi's mayor", "Cairo's outskirts": the city, not its government
	if c.poss && (in(placePartNouns, lowerAt(toks, u.end+1)) || in(placeHeads, lowerAt(toks, u.end+1)) || placeAfterPossessive(toks, u.end+1)) {
		c.place = true
	}
	if !c.place && (c.prev == "and" || c.prev == "or" || c.prev == "," && listGoesOn(toks, u.end)) && u.start >= 2 && isCapWord(&toks[u.start-2]) {
		// "in Cairo and Doha", "to Kampala, Kigali and Juba": the cue
		// before the first name serves them all.
		k := listStart(toks, u.start-1)
		c.place = isPlaceCue(toks, k) || routeOrMotionCue(toks, unit{start: k, end: k + 1})
	}
	// "the farming town of Kora": what place it is
	if c.prev == "of" && in(placeKinds, c.prev2) && c.prev2 != "state" && c.prev2 != "capital" {
		c.defined = true
	}
	// "Kora, Kenya's northernmost island"
	if c.next == "," {
		for j := u.end + 2; j < len(toks) && j <= u.end+4; j++ {
			if toks[j].kind != tPoss {
				if !isCapWord(&toks[j]) {
					break // the owner's name only: ", Kenya's"
				}
				continue
			}
			for i := j + 1; i < len(toks) && i <= j+4 && toks[i].kind == tWord && !toks[i].cap; i++ {
				// the noun the phrase ends with: not "state" in "state
				// broadcaster"
				if in(placeKinds, toks[i].lower) && (i+1 >= len(toks) || toks[i+1].kind != tWord || toks[i+1].cap) {
					c.place, c.defined = true, true
					break
				}
			}
			break
		}
	}
	// "Doha, the Qatari capital"
	if c.next == "," && c.next2 == "the" {
		for k := u.end + 2; k < len(toks) && k <= u.end+4; k++ {
			if toks[k].lower == "capital" || in(placeKinds, toks[k].lower) {
				c.place = true
			}
		}
	}
	if c.prev != "" && !toks[u.start-1].cap && in(mediaNouns, c.prev) {
		c.media = true
	}
	if c.prev == "on" && (in(platformVerbs, c.prev2) || in(speechVerbs, c.prev2)) {
		c.platform = true
	}
	// "on its Telegram channel", "on the command's WeChat account"
	if (c.prev == "on" || c.prev == "its" || c.prev == "his" || c.prev == "her" || c.prev == "their" || u.start > 0 && toks[u.start-1].kind == tPoss) &&
		(c.next == "channel" || c.next == "account" || c.next == "page" || c.next == "feed") {
		c.platform = true
	}
	if c.the && c.prev2 == "at" && c.next == "in" && u.end+1 < len(toks) && isCapWord(&toks[u.end+1]) {
		c.venue = true
	}
	return c
}

// listStart returns the first token of the list of names whose
// separator ("and", "or" or a comma) is token j: "Kampala" in "Kampala,
// Kigali and Juba".
func listStart(toks []token, j int) int {
	k := j
	for {
		for k > 0 && isCapWord(&toks[k-1]) {
			k--
		}
		if k >= 2 && (toks[k-1].text == "," || toks[k-1].lower == "and" || toks[k-1].lower == "or") && isCapWord(&toks[k-2]) {
			k--
			continue
		}
		return k
	}
}

// listGoesOn reports whether the names after token k end a list with
// "and" or "or" and one more name: ", Kigali and Juba", ", Kigali, Juba
// or Goma".
func listGoesOn(toks []token, k int) bool {
	for k < len(toks) && (toks[k].text == "," || isCapWord(&toks[k])) {
		k++
	}
	return k+1 < len(toks) && (toks[k].lower == "and" || toks[k].lower == "or") && isCapWord(&toks[k+1])
}

// isPlaceCue reports whether the words before token k make the name there
// a location.
func isPlaceCue(toks []token, k int) bool {
	// "in central Nairobi", "hit southern Lebanon": look past the adjective.
	if k >= 2 && !toks[k-1].cap && in(directions, toks[k-1].lower) {
		k--
	}
	prev, prev2 := lowerAt(toks, k-1), lowerAt(toks, k-2)
	switch {
	case in(placePreps, prev):
		return true
	case prev == "the" && in(placePreps, prev2):
		return true
	case prev == "of" && (in(placePartNouns, prev2) || in(placeKinds, prev2)):
		return true
	case prev == "on" && in(attackWords, prev2):
		return true
	case prev == "to" && in(travelWords, prev2):
		return true
	case in(attackVerbs, prev):
		return true
	case prev == "," && prev2 == "capital":
		return true
	case prev == "capital" || prev == "city" || prev == "town":
		// "the Kenyan capital Nairobi", "the port city Mombasa": the kind
		// of place right before the name
		return true
	}
	return false
}

// resolveName decides what a name unit refers to and records the mention.
// With known set, only names the article has already introduced are
// accepted. It reports whether the unit was settled (a mention, or
// deliberately nothing).
func (x *extractor) resolveName(s *sentence, u unit, known bool) bool {
	toks := s.toks
	text := joinTokens(s.text, toks, u.start, u.end)
	n := u.end - u.start
	if e := x.knownName(toks, u, text); e != nil {
		x.mention(s, u.start, u.end, e, mName)
		return true
	}
	if known {
		return false
	}
	if x.notAName(s, u, known) {
		return true
	}
	if n == 1 && in(directions, toks[u.start].lower) {
		return true // "the West", "10 a.m. Eastern"
	}
	if n == 1 && toks[u.start].lower == "state" {
		return true // "handed over to the State": the state as such, no one's name
	}
	// "a Balkan analyst", "a private English school": an adjective, no
	// name; but "Kremlin spokesman" has spokespeople, and "Saudi-led" is
	// read below
	if n == 1 && !u.titled && u.end < len(toks) && toks[u.end].kind == tWord && !toks[u.end].cap && !isTitleHead(toks[u.end].lower) &&
		!strings.ContainsAny(text, "-‐") && x.taggedAdjective(s, u.start) {
		return true
	}
	c := x.context(s, u)
	if c.next == "time" {
		return true // "Cairo time" is a clock, not a place
	}
	if n == 1 && strings.ContainsAny(text, "-‐") && x.compoundCountries(s, u, text) {
		return true
	}
	// ("called on Beijing to show restraint": a place or a country is no
	// platform, the words after "on" urge its government)
	if c.media || c.platform && !x.placeOrCountryAt(s, u.start) || n >= 2 && acronymAfter(toks, u) {
		x.org(s, u, text)
		return true
	}
	// "Saudi-led coalition", "U.S.-backed forces"
	if n == 1 && ledCompound(toks[u.start].lower) && u.end < len(toks) && !toks[u.end].cap && in(orgCues, toks[u.end].lower) {
		x.org(s, unit{start: u.start, end: u.end + 1}, joinTokens(s.text, toks, u.start, u.end+1))
		return true
	}
	// "Zorvian-led fighters", "an Ostrava-aligned militia": no name of
	// its own. A "-led" group is its leader's when that is a body already
	// named or a country; a sponsor ("-backed") is not the actor.
	// ("African Union-led talks": the leader's name may have more words)
	if ledCompound(toks[u.end-1].lower) {
		if i := strings.LastIndexAny(text, "-‐"); i > 0 && strings.HasSuffix(toks[u.end-1].lower, "-led") {
			lead := text[:i]
			if o := x.orgs[domain.Fold(lead)]; o != nil {
				x.mention(s, u.start, u.end, o, mName)
			} else if c, ok := x.country(lead); ok {
				x.mention(s, u.start, u.end, x.entity(domain.Country, c), mName)
			}
		}
		return true
	}
	if n == 1 && !u.titled && len(x.lookupPlace(text)) == 0 {
		if start := arabicGroupStart(toks, u); start >= 0 {
			gu := unit{start: start, end: u.end, kind: uOrg}
			x.org(s, gu, joinTokens(s.text, toks, start, u.end))
			return true
		}
	}
	es := x.lookupPlace(text)
	if len(es) == 0 && c.the {
		es = x.lookupPlace("The " + text) // "the Hague"
	}
	// A seat of government that is no city: "Cheong Wa Dae", "the
	// Kremlin", an organization.
	if len(es) == 0 && x.gaz != nil {
		if _, ok := x.gaz.Seat(text); ok {
			x.org(s, u, text)
			return true
		}
	}
	if len(es) > 0 && !u.titled {
		e := es[0]
		if e.Type == domain.Country {
			x.mention(s, u.start, u.end, x.entity(domain.Country, e.Name), mName)
			return true
		}
		// "the Algiers agreement", "the Minsk accords": an agreement
		// named after the city it was signed in, neither the city nor its
		// government
		if n == 1 && e.Capital && u.end < len(toks) && !toks[u.end].cap && in(agreementWords, toks[u.end].lower) {
			return true
		}
		// "east London", "northern Nairobi": a part of the city, a place
		motion := routeOrMotionCue(toks, u)
		if e.Capital && e.Country != "" && !c.place && !motion && !(c.next != "" && in(eventNouns, c.next)) && !in(placeHeads, c.next) && !in(directions, c.prev) &&
			!x.ownCountryAfter(s, u.end, e.Country) {
			// A capital that acts, owns or is dealt with is its government
			// (or the bloc's, for a city that seats one: "Brussels").
			gov := e.Country
			if c, ok := x.gaz.Seat(text); ok && c != "" {
				gov = c
			}
			x.mention(s, u.start, u.end, x.entity(domain.Country, gov), mGov)
			return true
		}
		// "U.N." is no town named Un: a dotted acronym names a place only
		// as a country's ("U.S.")
		dotted := strings.Contains(text, ".") && isAcronym(text)
		if !dotted && (c.place || motion || isRegionWord(toks, u.end) ||
			(!e.Ambiguous && (n >= 2 || e.Capital || e.Region || e.Population >= minPlacePopulation))) {
			x.place(s, u, e.Name)
			return true
		}
	}
	// "the Nile", "the Sahara", "the Gulf": a river, a desert, a range
	// or a sea by its one-word name, unless the article names a body so
	// or a noun it modifies follows ("the Indus commissioner", "its
	// Adriatic coast": left to resolveByWords); a capitalized word after
	// it must be a name of its own (a place's, a people's or a
	// person's), not one it makes a name with ("the 1991 Gulf War", "the
	// Gulf Cooperation Council", "the Gulf Stream": no landform)
	if n == 1 && !u.titled && in(oneWordLandforms, toks[u.start].lower) && !x.namedAsBody(s, u) &&
		(u.end >= len(toks) || (toks[u.end].cap && x.nameApart(toks[u.end].text)) || !toks[u.end].cap && x.parseTag(s, u.end) != "NOUN") {
		x.place(s, u, text)
		return true
	}
	return x.resolveByWords(s, u, c, text)
}

// nameApart reports whether a capitalized word is a name of its own: a
// country's, a people's ("the Gulf Arab states") or a person's named
// before. (A town the gazetteer knows may be a common word: "War".)
func (x *extractor) nameApart(w string) bool {
	if _, ok := x.gaz.Demonym(w); ok {
		return true
	}
	_, country := x.gaz.Country(w)
	return country || x.persons[domain.Fold(w)] != nil
}

// resolveByWords settles a name the gazetteer did not: by a title, the
// words it ends or opens with, and the words around it. It reports
// whether the unit was settled, as resolveName does.
func (x *extractor) resolveByWords(s *sentence, u unit, c nameCtx, text string) bool {
	toks := s.toks
	n := u.end - u.start
	if u.titled && x.personLike(toks, u) {
		x.person(s, u, text)
		return true
	}
	if !u.titled && x.regionOfficeAfter(s, u) && !x.namedAsBody(s, u) && (n >= 2 || !strings.HasPrefix(toks[u.end].lower, "gov") || len(x.lookupPlace(text)) > 0) {
		// "Tarrow Governor X", "Tarrow Regent X": the name before a
		// region's or a town's head is the place
		x.place(s, u, text)
		return true
	}
	if isRegionWord(toks, u.end) && !u.initial && x.personLike(toks, u) {
		// "the Bahir Dar region": an unknown name followed by a region word
		x.place(s, u, text)
		return true
	}
	if n <= 2 && !u.titled && in(islandWords, lowerAt(toks, u.end)) && !toks[u.end].cap && x.personLike(toks, u) {
		// "on Borneo island": an island named before the word
		x.place(s, u, text)
		return true
	}
	if lowerAt(toks, u.start-1) == "itself" && in(selfNamingVerbs, lowerAt(toks, u.start-2)) && !u.titled {
		// "a criminal group calling itself Black Tide": a name a body
		// gives itself
		x.org(s, u, text)
		return true
	}
	last := toks[u.end-1].lower
	// "Line of Control", "Blue Line", "Scarborough Shoal": a named
	// feature of the map; "Place de la Nation", a square.
	suffixed := n >= 2 && !titledSurname(toks[u.start:u.end], u.titled)
	if suffixed && (in(geoHeads, last) || in(geoHeads, toks[u.start].lower) && toks[u.start+1].is("of") || squareName(toks[u.start:u.end])) {
		x.place(s, u, text)
		return true
	}
	if suffixed && last == "complex" && !worksComplex(toks[u.start:u.end]) {
		x.org(s, u, text) // "the Volga Agrarian Complex": an enterprise
		return true
	}
	if suffixed && in(placeSuffixes, last) || x.venueName(toks, u, text) {
		x.place(s, u, text)
		return true
	}
	if n >= 2 && in(tradeWords, last) && !portfolioAt(toks, u.end) {
		x.org(s, u, text) // "Corvin Plastics", "Boeing Commercial Airplanes"
		return true
	}
	if !u.titled && x.surnameTradeCompany(s, u.start, u.end) && !portfolioAt(toks, u.end) {
		x.org(s, u, text) // "Huayou Cobalt", "Rift Valley Mills"
		return true
	}
	if c.venue || c.defined && !u.initial && x.personLike(toks, u) {
		x.place(s, u, text)
		return true
	}
	// "the Wagah border crossing", "the Kupwara sector": a place named by
	// what it is
	// A body's name before a works noun is its works' ("the Corvin
	// mine", where the article says "a spokesman for Corvin" or the
	// recognizer types Corvin a body): no place.
	if w := nextPlaceNoun(toks, u.end); c.the && x.personLike(toks, u) && u.end < len(toks) && !toks[u.end].cap && in(placeNouns, w) &&
		!(in(worksNouns, w) && x.namedAsBody(s, u)) && x.featureOf(s, u, w) {
		x.place(s, u, text)
		return true
	}
	// "the Uyuni salt flat", "the Tarvo and Kessa crossings": the same
	// for a name of one word after a modifier, or after other names "and"
	// joins, unless the article names it as a body (a works may be named
	// after its owner: "the Corvin gold mine" of a Corvin it names as a
	// company) or a person
	if n == 1 && c.the && x.personLike(toks, u) && u.end < len(toks) && !toks[u.end].cap && x.placeNounPast(s, u.end) && !x.namedAsBody(s, u) && !x.namedAsPerson(s, u) {
		x.place(s, u, text)
		return true
	}
	if c.the && n == 1 && u.end < len(toks) && !toks[u.end].cap && (in(thingNouns, c.next) || in(familyNouns, c.next) || in(productNouns, c.next)) {
		return true // "the Challenger accident", "the Javelin system", "the Corvin family": no body's name
	}
	if c.the && n == 1 && in(groupAdjectives, last) {
		return true // "the Baltic states", "the European deadline": no body's name
	}
	if c.the && n == 1 && caucusWords[toks[u.start].lower] && u.start >= 3 && toks[u.start-2].is("of") && isTitleHead(toks[u.start-3].lower) {
		return true // "Leader of the Opposition": the title's own word, no body's name
	}
	if c.the && !in(directions, toks[u.start].lower) && !in(directions, last) && c.next != "of" && !in(documentNouns, last) {
		x.org(s, u, text)
		return true
	}
	return x.resolveOneWord(s, u, c, text)
}

// resolveOneWord settles a one-word name, and the few longer ones it
// knows by what they are ("Al Jazeera", an outlet), by what it is (an
// acronym, a weapon, a legislature, a generic noun) or by what it does
// (fires, says "it"), as resolveName does; other longer names go on to
// resolveByContext.
func (x *extractor) resolveOneWord(s *sentence, u unit, c nameCtx, text string) bool {
	toks := s.toks
	n := u.end - u.start
	if n == 1 && toks[u.start].upper && in(currencyNouns, lowerAt(toks, u.end)) {
		return true // "244 billion CFA francs": a currency's name, no body's
	}
	if n == 1 && toks[u.start].upper && !in(notOrgAcronyms, toks[u.start].lower) && utf8.RuneCountInString(text) <= 6 {
		x.org(s, u, text)
		return true
	}
	if n == 1 && x.acronymPair(text) {
		x.org(s, u, text) // "VBO-FEB", "ACLVB-CGSLB", "Uilm-UIL": a body's two acronyms
		return true
	}
	if x.outletName(toks, u, text) {
		// "told Anadolu", "a copy seen by Al Jazeera": a news agency or
		// network known by name is the outlet wherever it stands, not
		// only in a dateline
		x.org(s, u, text)
		return true
	}
	if n == 1 && camelName(text) {
		if in(productNouns, c.prev) || in(productNouns, c.next) {
			return true // "the app GreenPulse": a product, no actor
		}
		x.org(s, u, text) // "WestJet", "ArcelorMittal": a company's coined name
		return true
	}
	if n == 1 && !u.initial && x.personLike(toks, u) && coordinatedWithState(s, u) {
		// "Israel and Hamas agreed": a party named beside a state is a body
		x.org(s, u, text)
		return true
	}
	if _, weapon := weaponWords[toks[u.start].lower]; n == 1 && weapon {
		return true // "Drones struck the depot": the weapon, no one's name
	}
	if n == 1 && u.end < len(toks) && in(launchVerbs, toks[u.end].lower) && weaponNear(toks, u.end) && x.personLike(toks, u) &&
		(!u.initial || x.taggedProper(s, u.start)) {
		// "Valmora fired 30 rockets": an armed group, not a person; but
		// "Shelling hit the town" opens with a common word
		x.org(s, u, text)
		return true
	}
	if n == 1 && !u.initial && saysIt(toks, u.end) && x.personLike(toks, u) {
		// "…, Hezbollah said it had fired": only a body says "it"
		x.org(s, u, text)
		return true
	}
	if n == 1 && in(legislatureNames, toks[u.start].lower) && !toks[u.start].upper {
		x.org(s, u, text) // "told Congress", "won Senate confirmation": a legislature goes by the word
		return true
	}
	if n == 1 && (in(orgCues, toks[u.start].lower) || in(genericBodies, toks[u.start].lower)) && !toks[u.start].upper {
		// "Government negotiator X", "Army spokesman Y": a generic noun
		// names no one, unless the article has named the one body it
		// can stand for ("the Zambia Police Service … Police spokeswoman X")
		word := toks[u.start].lower
		hasWord := func(name string) bool { return slices.Contains(strings.Fields(strings.ToLower(name)), word) }
		if e := x.oneNamedOrg(s, u.start, hasWord); e != nil && u.end < len(toks) && isTitleHead(toks[u.end].lower) {
			s.ments = append(s.ments, mention{ent: e, start: u.start, end: u.end, kind: mName, quoted: toks[u.start].quoted})
		}
		return true
	}
	if n == 1 && titleWordOnly(toks[u.start].lower) {
		return true // "Deputy leader X", "Outgoing President X": the title's own word
	}
	if n == 1 && (isOrgAnchorWord(toks, u.end) || (c.next != "" && isTitleHead(c.next)) ||
		(c.next != "" && !toks[u.end].cap && (in(mediaNouns, c.next) || c.next == "news"))) {
		// "Palace spokesman", "Hamas officials": an unknown name that has
		// spokespeople or forces is an organization.
		x.org(s, u, text)
		return true
	}
	return x.resolveByContext(s, u, c, text)
}

// camelName reports whether w is a coined name with a capital inside it
// after three lower-case letters or more ("WestJet", "ArcelorMittal",
// "PetroChina"): a company's, not a person's, whose inner capitals come
// after a short prefix ("McDonald", "DeSantis", "LeBron") or one of
// camelSurnamePrefixes ("MacArthur", "FitzGerald").
func camelName(w string) bool {
	rs := []rune(w)
	if len(rs) < 5 || !unicode.IsUpper(rs[0]) {
		return false
	}
	for i := 1; i < len(rs); i++ {
		if !unicode.IsLetter(rs[i]) {
			return false
		}
	}
	for i := 4; i < len(rs)-1; i++ {
		if unicode.IsUpper(rs[i]) && unicode.IsLower(rs[i+1]) && !in(camelSurnamePrefixes, strings.ToLower(string(rs[:i]))) {
			for _, r := range rs[1:i] {
				if !unicode.IsLower(r) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// productNouns name what a coined name next to them is: "the smartphone
// NovaPhone", "the CardioMax pill" name a product, not its maker (an
// app is a media noun: "the messaging app Telegram" is an outlet).
var productNouns = set("game", "software", "device", "smartphone", "phone", "handset", "console", "tablet", "chatbot",
	"browser", "drug", "vaccine", "pill")

// camelSurnamePrefixes open surnames with a capital inside.
var camelSurnamePrefixes = set("mac", "fitz", "van", "von", "della", "delle", "vander", "vanden", "mcc")

// outletName reports whether the name u, text, is that of a news agency
// or network the lexicon knows: one word of wireAgencies in capitals
// and small letters ("Anadolu", "Bernama"; never one of
// givenNameAgencies: "Efe", "Antara" stay people, and "EFE", "ANTARA" in
// capitals are organizations by the capitals path, not this one), or an
// Arab network's ("Al Jazeera"). A title before it, or a person the
// article has named so, keeps it a person's.
func (x *extractor) outletName(toks []token, u unit, text string) bool {
	if u.titled || x.persons[domain.Fold(text)] != nil {
		return false
	}
	n := u.end - u.start
	if n == 1 {
		w := toks[u.start].lower
		return in(wireAgencies, w) && !toks[u.start].upper && !in(givenNameAgencies, w) && !describedPerson(toks, u.start, u.end)
	}
	return n == 2 && toks[u.start].lower == "al" && in(arabNetworks, toks[u.start+1].lower)
}

// describedPerson reports whether the name from token start opens its
// clause (the sentence's start, a punctuation mark or "said" before it;
// not "Speaking to X, the minister said") and the comma at token end
// opens an apposition that describes a person: an age ("X, 19, said"),
// "who" ("X, who joined the club"), or a title or a word for a person
// with no word for an outlet ("X, a nurse at a state hospital"; not "X,
// the state news agency").
func describedPerson(toks []token, start, end int) bool {
	if lowerAt(toks, end) != "," || end+1 >= len(toks) {
		return false
	}
	if p := lowerAt(toks, start-1); start > 0 && toks[start-1].kind == tWord && p != "said" && p != "says" {
		return false
	}
	if t := &toks[end+1]; t.kind == tNum || t.lower == "who" {
		return true
	}
	for k := end + 1; k < len(toks) && toks[k].text != ","; k++ {
		if in(mediaNouns, toks[k].lower) || toks[k].lower == "news" {
			return false
		}
	}
	return personApposed(toks, end)
}

// givenNameAgencies are the words of wireAgencies that are also given
// names or surnames ("Efe", "Ansa", "Ani", "Irna", "Apa", "Aa", "Antara",
// "Tass"): outletName never takes them.
var givenNameAgencies = set("efe", "ansa", "ani", "irna", "apa", "aa", "antara", "tass")

// arabNetworks are the second words of Arab news networks' names: "Al
// Jazeera", "Al Arabiya".
var arabNetworks = set("jazeera", "arabiya")

// resolveByContext settles what is left by the phrase around the name
// (a small place near or in another, a based body, a business noun
// before it), and by its shape, a person's name, last.
func (x *extractor) resolveByContext(s *sentence, u unit, c nameCtx, text string) bool {
	toks := s.toks
	n := u.end - u.start
	last := toks[u.end-1].lower
	if n <= 3 && !u.initial && !u.titled && x.personLike(toks, u) && !in(orgCues, toks[u.start].lower) &&
		((c.prev == "near" || c.prev == "outside") || (n == 1 && (c.prev == "in" || in(fromWords, c.prev)) && c.next == "," && x.placeOrCountryAt(s, u.end+1))) {
		// "near X", "in X, Ethiopia", "left X, Libya": a place too small
		// for the gazetteer
		x.place(s, u, text)
		return true
	}
	if n <= 2 && !u.titled && placeApposition(toks, u.end) && x.personLike(toks, u) {
		// "Tana, a village in …", "Tana and Kel, two villages in …"
		x.place(s, u, text)
		return true
	}
	if c.prev == "of" && in(placeKinds, c.prev2) && c.prev2 != "capital" && x.personLike(toks, u) {
		// "the city of X": a place the gazetteer does not know
		x.place(s, u, text)
		return true
	}
	if n >= 2 && u.start > 0 && basedModifier(toks[u.start-1].lower) {
		// "the Mexico City-based Grupo Valcarcel": what is based
		// somewhere by name is a body
		x.org(s, u, text)
		return true
	}
	if n >= 3 && slices.ContainsFunc(toks[u.start+1:u.end-1], func(t token) bool { return !isCapWord(&t) && t.cap }) {
		// "Reporters Without Borders": a preposition in capitals holds
		// only a body's name (continuesName)
		x.org(s, u, text)
		return true
	}
	if n >= 2 && !u.titled && u.end < len(toks) && !toks[u.end].cap && in(armedAnchors, toks[u.end].lower) {
		// "Al Shabaab fighters": a name of several words that has
		// fighters is an armed group's
		x.org(s, u, text)
		return true
	}
	if (n >= 2 || !u.initial && x.persons[domain.Fold(text)] == nil && (u.end >= len(toks) || !toks[u.end].cap)) && !u.titled && businessBefore(toks, u.start) {
		// "the London law firm Grieve Holloway", "Danish carrier Nordvind
		// Air": a name the noun before it says is a business
		x.org(s, u, text)
		return true
	}
	if n >= 2 && x.personLike(toks, u) {
		x.person(s, u, text)
		return true
	}
	if n >= 2 && (c.prev == "told" || c.prev == "telling") && !in(documentNouns, last) {
		// "told Al Jazeera": told a name that is no person's, an outlet
		x.org(s, u, text)
		return true
	}
	return false
}

// businessKinds are the nouns of businessNouns that name no one's trade
// as well: "publisher", "developer" or "miner" may be a person's
// ("publisher Ana Soler"), "firm" or "airline" never.
var businessKinds = func() map[string]struct{} {
	m := set(businessNouns...)
	for w := range personTrades {
		delete(m, w)
	}
	return m
}()

// personTrades are the nouns of businessNouns a person may go by.
var personTrades = set("group", "maker", "producer", "daily", "publisher", "operator", "developer",
	"contractor", "supplier", "giant", "miner", "shipper", "brewer", "exporter")

// businessBefore reports whether the name at token k follows a lower-case
// noun of businessKinds that an article, a name or another lower-case
// word opens: "the London firm X", "Danish carrier X", "the law firm X".
// A possessive before the noun ("the firm's X") or a title after it
// ("the company chairman X") makes X someone of the business, and the
// noun is then not right before the name.
func businessBefore(toks []token, k int) bool {
	if k < 2 {
		return false
	}
	d := &toks[k-1]
	if d.kind != tWord || d.cap || !in(businessKinds, d.lower) {
		return false
	}
	p := &toks[k-2]
	if p.kind != tWord || !p.cap && in(functionWords, p.lower) && !in(articles, p.lower) {
		return false
	}
	// "the firm Ana Soler founded": the name is the firm's founder
	e := k
	for e < len(toks) && isCapWord(&toks[e]) {
		e++
	}
	return !in(ownerVerbs, lowerAt(toks, e))
}

// ownerVerbs follow a person's name that a business noun before it is
// the object of: "the company Ana Soler runs".
var ownerVerbs = set("founded", "co-founded", "started", "set", "runs", "ran", "leads", "led",
	"heads", "headed", "owns", "owned", "chairs", "chaired", "manages", "managed", "built",
	"joined", "left", "bought", "sold", "created")

// acronymAfter reports whether the name unit is followed by its acronym in
// brackets, as organizations are and people never: "Inter-Agency Liaison
// Office (IALO)".
func acronymAfter(toks []token, u unit) bool {
	if u.end+2 >= len(toks) || toks[u.end].text != "(" || !toks[u.end+1].upper || toks[u.end+2].text != ")" {
		return false
	}
	var b strings.Builder
	for k := u.start; k < u.end; k++ {
		for _, part := range strings.FieldsFunc(toks[k].text, func(r rune) bool { return r == '-' || r == '‐' }) {
			r, _ := utf8.DecodeRuneInString(part)
			if unicode.IsUpper(r) {
				b.WriteRune(r)
			}
		}
	}
	return b.String() == strings.ReplaceAll(toks[u.end+1].text, ".", "")
}

// coordinatedWithState reports whether the unit is joined by "and" to a
// country named by name, as the subject of a verb: "Israel and Hamas
// agreed", "Hamas and Israel signed".
func coordinatedWithState(s *sentence, u unit) bool {
	toks := s.toks
	verbAt := func(k int) bool {
		return k < len(toks) && toks[k].kind == tWord && !toks[k].cap && (in(stanceVerbs2, toks[k].lower) || in(launchVerbs, toks[k].lower))
	}
	if lowerAt(toks, u.start-1) == "and" {
		if m := mentionEndingAt(s, u.start-1); m != nil && m.ent.typ == domain.Country && m.kind == mName && verbAt(u.end) {
			return true
		}
	}
	if lowerAt(toks, u.end) == "and" {
		if m := mentionAt(s, u.end+1); m != nil && m.start == u.end+1 && m.ent.typ == domain.Country && m.kind == mName && verbAt(m.end) {
			return true
		}
	}
	return false
}

// stanceVerbs2 are the verbs after which coordinated parties act as one:
// agreements and fighting.
var stanceVerbs2 = set("agreed", "signed", "accepted", "rejected", "exchanged", "swapped", "clashed", "fought", "reached", "held", "began", "traded")

// placeNouns after "the <Name>" make the name a place: "the Wagah border
// crossing", "the Kupwara sector", "the Zamzam camp", "the Korvath plateau".
var placeNouns = setWith(featureNouns, "crossing", "checkpoint", "sector", "camp", "airport", "airbase", "port", "refinery",
	"district", "neighborhood", "neighbourhood", "enclave", "corridor", "frontier", "front", "valley", "highway", "base",
	"area", "plateau", "desert", "coast",
	// "the Velka bridge", "the Kilvo mine", "the Tarvu territory", "the
	// Marvo border": works and lands named after where they are
	"bridge", "mine", "dam", "territory", "border")

// ambiguousPlaceNouns name a feature of the map as often as a firm's
// line, money or arm, a candidate's following or a group's camps ("the
// Samsung product range", "the Tesla capital raise", "the Modi support
// base", "the Trump and Harris camps", "the Houthi coastal areas"): they
// make a place of the name only right before them, never past a
// modifier, an "and" list or a plural, and "capital" only in apposition
// (featureOf).
var ambiguousPlaceNouns = set("capital", "range", "base", "camp", "area", "basin", "palace")

// featureNouns, words of placeNouns, are features of the map and works a
// name is given to ("the Bastar range", "the Kessa reservoir", "the Riau
// capital"): before them a name the article gives a body or a person
// keeps its type ("the Gazprom basin", "the Erdogan palace"). (See
// also geoHeads and landformNouns, which hold some of the same nouns.)
var featureNouns = set("range", "forest", "flat", "reservoir", "substation", "palace", "capital", "delta", "basin", "lake", "river",
	"hills", "wetlands", "temple", "plain")

// featureOf reports whether the place noun w right after unit u ("the
// Riau capital", "the Hofburg palace") may make a place of the name: a
// feature noun not before a body or a person the article names, and
// "capital" only set off after a comma (", the Riau capital"), not a
// firm's money ("the Tesla capital raise").
func (x *extractor) featureOf(s *sentence, u unit, w string) bool {
	if !in(featureNouns, w) {
		return true
	}
	if w == "capital" && (lowerAt(s.toks, u.start-2) != "," || u.end+1 < len(s.toks) && s.toks[u.end+1].kind == tWord && !in(functionWords, s.toks[u.end+1].lower)) {
		return false
	}
	return !x.namedAsBody(s, u) && !x.namedAsPerson(s, u)
}

// namedAsPerson reports whether the article knows the name of unit u as
// a person's (a surname named before with a given name or a title), or
// the recognizer types it a person's with a given name before the
// surname ("the Tomas Erval palace"); a lone word it types a person's
// may be a mine's ("the Kobada gold mine").
func (x *extractor) namedAsPerson(s *sentence, u unit) bool {
	if _, ok := x.persons[domain.Fold(joinTokens(s.text, s.toks, u.start, u.end))]; ok {
		return true
	}
	return u.end-u.start >= 2 && x.recognizedAs(s, u, "person")
}

// placeNounPast reports whether a word of placeNouns, or its plural, is
// token k ("forests"), or follows it past one lower-case modifier the
// parse reads as a noun or an adjective ("salt flat", not "closed flat")
// or past names joined by "and" ("and Kessa crossings"); none of
// ambiguousPlaceNouns, and no modifier that makes the name a family's
// ("the Corvin family palace").
func (x *extractor) placeNounPast(s *sentence, k int) bool {
	toks := s.toks
	noun := func(i int) bool {
		return i < len(toks) && toks[i].kind == tWord && !toks[i].cap && placeNoun(toks[i].lower) &&
			!in(ambiguousPlaceNouns, toks[i].lower) && !in(ambiguousPlaceNouns, strings.TrimSuffix(toks[i].lower, "s"))
	}
	if lowerAt(toks, k) == "and" && k+1 < len(toks) && isCapWord(&toks[k+1]) {
		for k++; k < len(toks) && isCapWord(&toks[k]); k++ {
		}
		if noun(k) {
			return true
		}
	}
	if k+1 < len(toks) && toks[k].kind == tWord && !toks[k].cap && !in(functionWords, toks[k].lower) && !placeNoun(toks[k].lower) &&
		!in(familyNouns, toks[k].lower) && noun(k+1) {
		switch x.parseTag(s, k) {
		case "", "NOUN", "ADJ":
			return true
		}
	}
	return noun(k)
}

// placeNoun reports whether w is a word of placeNouns or its plural.
func placeNoun(w string) bool {
	return in(placeNouns, w) || strings.HasSuffix(w, "s") && in(placeNouns, strings.TrimSuffix(w, "s"))
}

// baseKinds qualify a base: "air base", "naval base".
var baseKinds = set("air", "naval", "military", "army", "navy", "marine")

// nextPlaceNoun returns the word at k, or after "border" ("the X border
// crossing"); "border" itself where no place noun follows ("the X border
// every day").
func nextPlaceNoun(toks []token, k int) string {
	if lowerAt(toks, k) == "border" || lowerAt(toks, k) == "refugee" || lowerAt(toks, k) == "displacement" {
		if n := lowerAt(toks, k+1); in(placeNouns, n) || lowerAt(toks, k) != "border" {
			return n
		}
	}
	// "the X air base", "the X naval base"
	if in(baseKinds, lowerAt(toks, k)) && lowerAt(toks, k+1) == "base" {
		return "base"
	}
	return lowerAt(toks, k)
}

// genericBodies are common nouns for a state's or a movement's bodies,
// capitalized only at the start of a sentence or before a title: "Junta
// spokesman X" names no organization.
var genericBodies = set("regime", "military", "opposition", "presidency", "rebels", "militia", "authorities")

// basedModifier reports whether a word is "<name>-based" or
// "<name>-headquartered".
func basedModifier(w string) bool {
	return strings.HasSuffix(w, "-based") || strings.HasSuffix(w, "-headquartered")
}

// ledCompound reports whether a word is "<name>-led" or "<name>-backed":
// the first word of a coalition's or force's name.
func ledCompound(w string) bool {
	for _, suf := range []string{"-led", "-backed", "-allied", "-aligned"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+1 {
			return true
		}
	}
	return false
}

// placeApposition reports whether token k starts ", a village in" or ",
// two towns in" (after "and <Name>" too): what makes the name before it a
// place.
func placeApposition(toks []token, k int) bool {
	if lowerAt(toks, k) == "and" && k+1 < len(toks) && isCapWord(&toks[k+1]) {
		k += 2
		for k < len(toks) && isCapWord(&toks[k]) {
			k++
		}
	}
	if lowerAt(toks, k) != "," {
		return false
	}
	w := lowerAt(toks, k+1)
	if w != "a" && w != "an" && numberWords[w] == 0 {
		return false
	}
	kind := strings.TrimSuffix(lowerAt(toks, k+2), "s")
	return in(placeKinds, kind) && kind != "capital" && kind != "area" && lowerAt(toks, k+3) == "in"
}

// documentNouns end the names of agreements, laws and events, which "the"
// does not make organizations: "the Abraham Accords", "the Geneva
// Conventions".
var documentNouns = set("accords", "accord", "agreement", "agreements", "treaty", "treaties",
	"convention", "conventions", "initiative", "deal", "plan", "act", "protocol", "protocols",
	"resolution", "charter", "declaration", "memorandum", "framework", "process", "talks",
	"summit", "conference", "games", "cup", "war", "operation", "prize", "award", "day", "eve",
	"law", "doctrine", "pact", "format", "corridor", "line", "offensive", "campaign", "crisis")

// placeHeads are titles of a place's own government: "Nairobi Mayor X" names
// the city, not the country's government.
var placeHeads = set("mayor", "governor")

// fromWords put a place too small for the gazetteer before its
// country: "left X, Libya", "flew from X, Mali", "reached X, Chad".
var fromWords = set("from", "left", "leaving", "reached", "reaching", "at")

// routeOrMotionCue reports whether the words around a name the gazetteer
// knows, below the population floor or a capital, say it is the place
// itself: a route ("from Basra to Aqaba", "from Kampala to Kigali"),
// where something is flown or sent ("a flight to Entebbe"), a direction
// from it ("south of Lampedusa") or a coast ("an anchorage off Porvoo").
func routeOrMotionCue(toks []token, u unit) bool {
	prev, prev2 := lowerAt(toks, u.start-1), lowerAt(toks, u.start-2)
	switch {
	case prev == "from" && lowerAt(toks, u.end) == "to" && u.end+1 < len(toks) && isCapWord(&toks[u.end+1]):
		return true
	case prev == "to" && routeFrom(toks, u.start-1):
		return true
	case prev == "to" && in(motionNouns, prev2):
		return true
	case prev == "to" && prev2 == "on" && in(travelWords, lowerAt(toks, u.start-3)):
		return true // "flew on to Moscow"
	case prev == "from" && (in(sentFromNouns, prev2) || prev2 == "in" && in(motionNouns, lowerAt(toks, u.start-3))):
		return true // "by video link from Washington", "flown in from Ankara"
	case prev == "from" && travelledFrom(toks, u.start-1):
		return true // "who flew to the site from Astana"
	case prev == "of" && u.start >= 2 && !toks[u.start-2].cap && in(compassPoints, prev2):
		return true
	case prev == "off" && u.start >= 2 && !in(phrasalOff, prev2):
		return true
	}
	return false
}

// fromTravelVerbs move someone from a place: "flew to the site from
// Astana", "returned from Beijing on Monday".
var fromTravelVerbs = set("flew", "flown", "fly", "flies", "flying", "travelled", "traveled", "travelling", "traveling",
	"drove", "driven", "returned", "returning", "arrived", "arriving", "sailed", "fled", "airlifted")

// travelledFrom reports whether a verb of fromTravelVerbs stands at most
// five words before the "from" at token k, in the same phrase (no
// punctuation between): the place after "from" is where the trip began,
// not its government.
func travelledFrom(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if toks[j].kind == tPunct || toks[j].kind == tQuote {
			return false
		}
		if in(fromTravelVerbs, toks[j].lower) {
			return true
		}
	}
	return false
}

// routeFrom reports whether the "to" at token k ends a route that "from"
// and a name open: "from Basra to", "from Mombasa to".
func routeFrom(toks []token, k int) bool {
	j := k - 1
	for j >= 0 && isCapWord(&toks[j]) {
		j--
	}
	if j == k-1 {
		return false
	}
	// "from the port of Mombasa to": the kind of place before the name
	if lowerAt(toks, j) == "of" && (in(placeKinds, lowerAt(toks, j-1)) || in(placePartNouns, lowerAt(toks, j-1))) {
		j -= 2
		if lowerAt(toks, j) == "the" {
			j--
		}
	}
	return lowerAt(toks, j) == "from"
}

// motionNouns and participles go "to" a place: "a flight to X", "was
// deported to X", "a delegation to X", "flying home to X".
var motionNouns = set("flight", "flights", "ferry", "ferries", "train", "trains", "bus", "buses", "convoy", "road",
	"highway", "railway", "pipeline", "deported", "flown", "sailed", "driven", "transferred", "evacuated", "bound", "extradited",
	"mission", "delegation", "home")

// sentFromNouns carry words or pictures "from" a place where someone is:
// "said by phone from Paris", "joined by video link from Washington", "in
// a statement from Gitega" (not "a response from Washington", which is the
// government's).
var sentFromNouns = set("phone", "telephone", "video", "link", "videolink", "satellite", "statement")

// compassPoints are the directions "of" a place: "south of Lampedusa".
var compassPoints = set("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest")

// phrasalOff are verbs whose "off" is a particle, not a coast: "called off
// Monday's talks", "fought off Kenya's bid".
var phrasalOff = set("called", "call", "calls", "fought", "fight", "sealed", "seal", "cut", "cuts", "broke", "break",
	"kicked", "kick", "set", "sets", "paid", "pay", "pays", "took", "take", "takes", "laid", "lay", "fend", "fended", "shrugged", "warded", "sold", "sell")

// placeOrCountryAt reports whether token k starts a name the gazetteer
// knows as a country or a place.
func (x *extractor) placeOrCountryAt(s *sentence, k int) bool {
	if k >= len(s.toks) || !isCapWord(&s.toks[k]) {
		return false
	}
	j := runEnd(s.toks, k)
	_, n := x.countryAt(s, k, j)
	return n > 0 || len(x.lookupPlace(joinTokens(s.text, s.toks, k, j))) > 0
}

// saysIt reports whether token k starts "said it", "said in a statement",
// "claimed responsibility": what organizations, not people, do.
func saysIt(toks []token, k int) bool {
	if k >= len(toks) || !in(speechVerbs, toks[k].lower) && toks[k].lower != "claimed" {
		return false
	}
	switch next := lowerAt(toks, k+1); next {
	case "it", "its", "responsibility":
		return true
	case "in":
		return lowerAt(toks, k+2) == "a" && lowerAt(toks, k+3) == "statement"
	}
	return false
}

// armedAnchors follow an armed group's name: "Al Shabaab fighters".
var armedAnchors = set("fighters", "militants", "rebels", "insurgents", "guerrillas", "militia", "militiamen")

// orgAnchorWords follow the name of an organization, never of a person or
// a place: "Palace spokesman", "Hamas officials".
var orgAnchorWords = set("spokesman", "spokeswoman", "spokesperson", "official", "officials",
	"forces", "troops", "fighters", "militants", "statement", "spokespeople", "rebels", "insurgents",
	"guerrillas", "militia", "militiamen", "negotiators", "delegation",
	"employee", "employees", "executive", "executives", "shareholders", "stockholders",
	// "whose Tisza party": a party's or movement's name before its kind
	"party", "movement")

// executiveThings follow "executive" where it names no person: "a Biden
// executive order".
var executiveThings = set("order", "orders", "branch", "power", "powers", "action", "actions", "privilege")

// arabicGroupStart returns the start of a group's name that a lower-case
// Arabic article opens, with no given name before it ("an al Qaeda
// affiliate", "fighters linked to al-Shabaab"), where the words around it
// say a group: an affiliate, fighters or spokesmen after it, or "linked
// to" before it. A person's "al-" surname follows a given name ("Abdel
// Fattah al-Burhan") and is known by then. It returns -1 for none.
func arabicGroupStart(toks []token, u unit) int {
	start := u.start
	first := toks[start].text
	switch {
	case start > 0 && toks[start-1].kind == tWord && (toks[start-1].text == "al" || toks[start-1].text == "el"):
		start-- // "al Qaeda"
	case strings.HasPrefix(first, "al-") || strings.HasPrefix(first, "el-") || strings.HasPrefix(first, "al‐") ||
		strings.HasPrefix(first, "Al-") || strings.HasPrefix(first, "El-"):
		// "al-Qaida", "the Al-Shabaab group"
	default:
		return -1
	}
	if start > 0 && isCapWord(&toks[start-1]) {
		return -1 // "Nusrat al Islam", "Ahmed al Tayeb": inside a longer name
	}
	if isOrgAnchorWord(toks, u.end) || lowerAt(toks, u.end) != "" && in(groupAfterWords, lowerAt(toks, u.end)) {
		return start
	}
	if start >= 2 && in(groupLinkWords, lowerAt(toks, start-1)) && in(groupLinkVerbs, lowerAt(toks, start-2)) {
		return start
	}
	return -1
}

// groupAfterWords follow an armed or political group's name: "an al
// Qaeda affiliate", "the al-Shabaab group".
var groupAfterWords = set("affiliate", "affiliates", "affiliated", "branch", "franchise", "group", "cell", "cells", "commander", "commanders", "leader", "leaders", "members", "operatives", "claimed")

// groupLinkVerbs and groupLinkWords put a group's name after them:
// "linked to", "allied with", "affiliated with", "loyal to".
var (
	groupLinkVerbs = set("linked", "allied", "affiliated", "tied", "loyal", "connected")
	groupLinkWords = set("to", "with")
)

func isOrgAnchorWord(toks []token, k int) bool {
	if k+1 < len(toks) && toks[k].lower == "executive" && in(executiveThings, toks[k+1].lower) {
		return false
	}
	return k < len(toks) && toks[k].kind == tWord && !toks[k].cap && in(orgAnchorWords, toks[k].lower)
}

// islandWords follow an island's name: "Borneo island".
var islandWords = set("island", "islands", "atoll")

// selfNamingVerbs put a body's own name after "itself": "calling itself
// X", "which calls itself X".
var selfNamingVerbs = set("calling", "calls", "called", "styling", "styles", "styled", "naming", "names", "named")

// currencyNouns follow an acronym that names a currency, not a body:
// "CFA francs", "SDR units".
var currencyNouns = set("franc", "francs", "dollar", "dollars", "euro", "euros", "pound", "pounds", "rupee", "rupees", "peso", "pesos", "units")

// acronymPair reports whether the word w is two acronyms a hyphen joins,
// as a body named in two languages or a union and its confederation
// write themselves ("VBO-FEB", "ACLVB-CGSLB", "Uilm-UIL", "ZANU-PF"): a
// part of two to six letters in capitals after one of two to six letters
// in capitals or in title case, neither a country, a demonym or a place
// the gazetteer knows ("US-EU", "GCC-EU" join two), nor one of
// notOrgAcronyms.
func (x *extractor) acronymPair(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok || strings.Contains(b, "-") {
		return false
	}
	letters := func(p string) bool {
		n := utf8.RuneCountInString(p)
		return n >= 2 && n <= 6 && strings.IndexFunc(p, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
	}
	if !letters(a) || !letters(b) || strings.ToUpper(b) != b || !unicode.IsUpper([]rune(a)[0]) {
		return false
	}
	for _, p := range []string{a, b} {
		if in(notOrgAcronyms, strings.ToLower(p)) {
			return false
		}
		for _, q := range []string{p, titleCase(p)} {
			if l := x.look(q); l.country != "" || l.demonym != "" || len(l.entries) > 0 {
				return false
			}
		}
	}
	return true
}

// notOrgAcronyms are upper-case words that are not organizations.
var notOrgAcronyms = set("tv", "ceo", "gdp", "ai", "id", "pm", "am", "covid", "uav", "uavs",
	"ok", "vip", "faq", "usd", "eur", "km", "mph", "utc", "gmt", "est", "edt", "pdt",
	"dc", "d.c.", "i", "ii", "iii", "iv", "hq", "pow", "pows", "icbm", "lng", "oil",
	// diseases, and words a headline or a note sets in capitals
	"aids", "hiv", "editor", "editors", "note",
	// things, not bodies: "CCTV footage", "a DNA test", "GPS data"
	"cctv", "dna", "gps", "suv", "suvs", "atm", "atms", "pdf", "usb", "vat", "sms", "ngo", "ngos", "it",
	// weapon systems
	"atacms", "himars", "mlrs", "ied", "ieds", "rpg", "rpgs", "sam", "sams", "jdam", "jdams", "manpads", "icbms", "apc", "apcs")

// isRegionWord reports whether the token at k (or after one modifier, "its
// Tigray border region") is a region word.
func isRegionWord(toks []token, k int) bool {
	if k < len(toks) && !toks[k].cap && in(regionWords, toks[k].lower) {
		return !bodyDepartment(toks, k)
	}
	return k+1 < len(toks) && !toks[k].cap && toks[k].kind == tWord && !toks[k+1].cap && in(regionWords, toks[k+1].lower) &&
		(toks[k].lower == "border" || toks[k].lower == "frontline" || toks[k].lower == "front-line")
}

// namesakeState returns the gazetteer's name of the state that the place
// name of unit u and a lower-case "state" at end name together, where the
// gazetteer tells that state from a city of the same name by its own
// "State" ("Kaduna state" → "Kaduna State", not the city of Kaduna;
// "Washington state" → "Washington State", not the capital). A state
// known by its bare name ("Zamfara state") is left to the bare name.
func (x *extractor) namesakeState(s *sentence, u unit, end int) (string, bool) {
	if end != u.end || end >= len(s.toks) || s.toks[end].text != "state" {
		return "", false
	}
	bare := joinTokens(s.text, s.toks, u.start, u.end)
	for _, e := range x.lookupPlace(bare + " state") {
		if e.Type == domain.Place && e.Region && strings.EqualFold(e.Name, bare+" state") {
			return e.Name, true
		}
	}
	return "", false
}

// knownName returns the person or organization the article already knows
// by this name: a full name, or a surname alone.
func (x *extractor) knownName(toks []token, u unit, text string) *entity {
	f := domain.Fold(text)
	if e := x.persons[f]; e != nil {
		return e
	}
	if e := x.orgs[f]; e != nil {
		return e
	}
	if u.end-u.start == 1 {
		// "Hamdouk" for "Hamdok": a spelling variant of a known surname.
		if len(f) >= 5 {
			for k, e := range x.persons {
				if e != nil && !strings.Contains(k, " ") && len(k) >= 5 && abs(len(k)-len(f)) <= 2 &&
					(strings.HasPrefix(k, f) || strings.HasPrefix(f, k)) {
					return e
				}
			}
		}
		return nil
	}
	// "Olaf Brandt" for "Ola Brandt": same surname, same initial.
	last := domain.Fold(toks[u.end-1].text)
	if e := x.persons[last]; e != nil && strings.HasPrefix(domain.Fold(e.name), f[:1]) {
		return e
	}
	return nil
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// compoundCountries reads "Kenya-U.S." as a mention of both countries.
func (x *extractor) compoundCountries(s *sentence, u unit, text string) bool {
	parts := strings.FieldsFunc(text, func(r rune) bool { return r == '-' || r == '‐' })
	if len(parts) < 2 {
		return false
	}
	cs := make([]string, 0, len(parts))
	for _, p := range parts {
		c, ok := x.country(p)
		if !ok {
			return false
		}
		cs = append(cs, c)
	}
	for _, c := range cs {
		x.mention(s, u.start, u.end, x.entity(domain.Country, c), mDemonym)
	}
	return true
}

// seatCountry returns the country a seat of government stands for, for an
// organization named like one ("Kremlin" → Russia).
func (x *extractor) seatCountry(e *entity) *entity {
	if e.typ != domain.Organization || x.gaz == nil {
		return nil
	}
	if c, ok := x.gaz.Seat(e.name); ok && c != "" {
		return x.entity(domain.Country, c)
	}
	return nil
}

// orgByInitials returns the organization of several words whose initials
// spell the acronym: "RSF" for "Rapid Support Forces", "U.N." for "United
// Nations".
func (x *extractor) orgByInitials(acronym string) *entity {
	want := strings.ReplaceAll(acronym, ".", "")
	var found *entity
	for _, e := range x.ents {
		if e.typ != domain.Organization || !strings.Contains(e.name, " ") {
			continue
		}
		// initials without the small words, and with "in" ("UNIFIL")
		var b, bIn strings.Builder
		for _, w := range strings.Fields(e.name) {
			if w == "of" || w == "for" || w == "the" || w == "and" || w == "&" {
				continue
			}
			r, _ := utf8.DecodeRuneInString(w)
			bIn.WriteRune(unicode.ToUpper(r))
			if w != "in" && w != "on" {
				b.WriteRune(unicode.ToUpper(r))
			}
		}
		if b.String() == want || bIn.String() == want {
			if found != nil && found != e {
				return nil // two candidates: leave the acronym alone
			}
			found = e
		}
	}
	return found
}

// orgBySuffix returns the organization named earlier in full whose name
// this shorter one ends: "the Guard Corps" after "the Islamic Revolutionary
// Guard Corps". A name of one word is too weak a clue.
func (x *extractor) orgBySuffix(name string) *entity {
	if !strings.Contains(name, " ") {
		return nil
	}
	for _, o := range x.ents {
		if o.typ == domain.Organization && strings.HasSuffix(o.name, " "+name) {
			return o
		}
	}
	return nil
}

// org records an organization mention and makes its name known. An
// acronym of an organization already named in full is that organization.
func (x *extractor) org(s *sentence, u unit, text string) {
	if x.venueName(s.toks, u, text) || u.end-u.start == 1 && x.isArea(text) {
		// "the Corvin Conference Centre": where things are held; "Africa"
		// cut from "Africa CDC": a continent names no body
		x.place(s, u, text)
		return
	}
	if u.end-u.start == 1 && in(partyAdjectives, s.toks[u.start].lower) && isTitleWord(lowerAt(s.toks, u.end)) {
		// "Democratic Rep. X": the party qualifies the title; no body
		// is named
		return
	}
	// "the Commission" after "the European Commission": the one body
	// named before whose name ends with the word (no alias: other
	// articles' commissions are other bodies)
	if u.end-u.start == 1 && in(orgCues, s.toks[u.start].lower) && lowerAt(s.toks, u.start-1) == "the" {
		if o := x.oneNamedOrg(s, u.start, func(name string) bool { return strings.HasSuffix(name, " "+text) || headOfName(name, text) }); o != nil {
			s.ments = append(s.ments, mention{ent: o, start: u.start, end: u.end, kind: mName, quoted: s.toks[u.start].quoted})
			return
		}
	}
	if u.end-u.start == 1 && s.toks[u.start].upper {
		if full := x.orgByInitials(text); full != nil {
			x.orgs[domain.Fold(text)] = full
			x.mention(s, u.start, u.end, full, mName)
			return
		}
	}
	if u.end-u.start > 1 {
		if o := x.orgBySuffix(text); o != nil {
			x.orgs[domain.Fold(text)] = o
			x.mention(s, u.start, u.end, o, mName)
			return
		}
	}
	// "the Houthis" after "Houthi rebels": one body, singular and plural
	if u.end-u.start == 1 {
		f := domain.Fold(text)
		if o := x.orgs[strings.TrimSuffix(f, "s")]; o != nil && strings.HasSuffix(f, "s") {
			x.orgs[f] = o
			x.mention(s, u.start, u.end, o, mName)
			return
		}
		if o := x.orgs[f+"s"]; o != nil {
			x.orgs[f] = o
			x.mention(s, u.start, u.end, o, mName)
			return
		}
	}
	x.newOrg(s, u.start, u.end, text)
}

// headOfName reports whether the body's word w heads the name with an
// "of" complement: "the Chamber" of "Paraguay's Chamber of Deputies",
// "the Bank" of "Bank of Ghana".
func headOfName(name, w string) bool {
	return strings.HasPrefix(name, w+" of ") || strings.Contains(name, " "+w+" of ")
}

// oneNamedOrg returns the one organization the article names, outside
// quotes, before token k of s, whose name match accepts; nil when none
// or several: "Police" for the Zambia Police Service, "the Commission"
// for the European Commission.
func (x *extractor) oneNamedOrg(s *sentence, k int, match func(name string) bool) *entity {
	var found *entity
	for si := 0; si <= s.idx && si < len(x.sents); si++ {
		for _, m := range x.sents[si].ments {
			if m.ent.typ != domain.Organization || m.quoted || si == s.idx && m.start >= k || !match(m.ent.name) {
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

// venueName reports whether the name of unit u is a venue's, a place
// where things are held: "the Corvin International Conference Centre",
// "the Palace of Independence", "the Amber Palace" (not a seat of
// government such as the Élysée Palace, which stands for its office).
func (x *extractor) venueName(toks []token, u unit, text string) bool {
	if u.end-u.start < 2 {
		return false
	}
	first, last, before := toks[u.start].lower, toks[u.end-1].lower, toks[u.end-2].lower
	if (last == "centre" || last == "center") && in(venueKinds, before) {
		return true
	}
	if !in(residenceWords, first) && !in(residenceWords, last) {
		return false
	}
	if x.gaz != nil {
		if _, ok := x.gaz.Seat(text); ok {
			return false
		}
	}
	return in(residenceWords, last) || toks[u.start+1].lower == "of"
}

// residenceWords name a palace or a castle, a venue unless the
// gazetteer knows it as a seat of government: "the Amber Palace",
// "Prague Castle", "the Palace of Independence".
var residenceWords = set("palace", "castle")

// venueKinds make a "centre" a building where events are held.
var venueKinds = set("conference", "convention", "exhibition", "congress", "events", "press")

// newOrg records tokens [start, end) of s as the organization named
// text and makes the name known.
func (x *extractor) newOrg(s *sentence, start, end int, text string) {
	e := x.entity(domain.Organization, text)
	x.orgs[domain.Fold(text)] = e
	x.registerCompanyShort(s.toks[start:end], e)
	x.mention(s, start, end, e, mName)
}

// titledSurname reports whether a name that ends in a feature's or a
// works' word is rather a person's, the word a surname: a title word and
// one name before it ("Engineer Tom Falls"), or two words after a title
// (titled).
func titledSurname(toks []token, titled bool) bool {
	n := len(toks)
	if n == 2 && titled {
		return true
	}
	return n == 3 && isTitleWord(toks[0].lower) && !in(nobleTitles, toks[0].lower) && !in(worksWords, toks[1].lower)
}

// worksComplex reports whether a name ending in "Complex" is a site's,
// the word before it a works' or an institution's ("the Presidential
// Complex", "the Harlow Medical Complex"); other complexes are
// enterprises ("the Volga Agrarian Complex").
func worksComplex(toks []token) bool {
	return len(toks) >= 2 && in(worksWords, toks[len(toks)-2].lower)
}

// worksWords say what a complex of buildings is for.
var worksWords = set("medical", "hospital", "health", "presidential", "palace", "government", "governmental",
	"administrative", "ministerial", "diplomatic", "sports", "sporting", "olympic", "aquatic", "industrial",
	"housing", "residential", "apartment", "office", "shopping", "commercial", "entertainment", "leisure",
	"cultural", "religious", "temple", "military", "security", "prison", "detention", "refugee", "university",
	"educational", "school", "port", "airport", "stadium")

// registerCompanyShort makes the one or two words of a company's name
// before the words that only say its trade or legal form a short form of
// it: "Veltrix" for Veltrix Pharma, "Harwood" for Harwood Minerals,
// "Blue Heron" for Blue Heron Energy (the recognizer reads such words
// alone, "Veltrix said …", "Blue Heron's chief executive", as a person's
// name).
// Words that are a place, a country or a demonym, or that two companies
// share, are no short form.
func (x *extractor) registerCompanyShort(toks []token, e *entity) {
	p := len(toks)
	for p > 1 && (in(tradeWords, toks[p-1].lower) || in(companyForms, toks[p-1].lower)) {
		p--
	}
	if p == len(toks) && p == 2 && in(surnameTrades, toks[1].lower) {
		p = 1 // "Corvanta" for Corvanta Steel, but not "Rift Valley" for Rift Valley Mills
	}
	if p == len(toks) || p > 2 || !toks[0].cap || toks[0].upper || toks[0].kind != tWord {
		return
	}
	for _, t := range toks[1:p] {
		if t.kind != tWord || !t.cap || t.upper {
			return
		}
	}
	first := toks[0].text
	if p == 2 {
		if x.pairNamesOther(toks[0], toks[1]) {
			return
		}
		first += " " + toks[1].text
	}
	if l := x.look(first); l.country != "" || l.demonym != "" || len(l.entries) > 0 {
		return
	}
	f := domain.Fold(first)
	if old, ok := x.orgs[f]; ok && old != e {
		x.orgs[f] = nil
		return
	}
	x.orgs[f] = e
}

// pairNamesOther reports whether the two words a, b that open a
// company's name read as a place's or a person's name on their own: a
// word of a feature of the map or a place's suffix ("North Sea Energy",
// "Gulf Coast Shipping"), a place the recognizer finds by the two words
// anywhere in the article, "the a b" after a preposition of place ("in
// the North Sea"), or the two words after a title or honorific
// ("chairman Peter Hall") or before an apposition naming a role ("Kwame
// Mensah, the company's founder"). Such words are no short form of the
// company.
func (x *extractor) pairNamesOther(a, b token) bool {
	for _, w := range []string{a.lower, b.lower} {
		if in(geoHeads, w) || in(placeSuffixes, w) || in(regionWords, w) {
			return true
		}
	}
	for i := range x.sents {
		toks := x.sents[i].toks
		for k := 0; k+1 < len(toks); k++ {
			if toks[k].text != a.text || toks[k+1].text != b.text {
				continue
			}
			if k+2 < len(toks) && (in(tradeWords, toks[k+2].lower) || in(companyForms, toks[k+2].lower)) {
				continue // the company's full name
			}
			prev := lowerAt(toks, k-1)
			if isTitleWord(prev) || in(honorifics, prev) || prev == "the" && placePrepAt(toks, k-2) {
				return true
			}
			if k+3 < len(toks) && toks[k+2].text == "," && in(appositionDets, toks[k+3].lower) {
				for j := k + 4; j < len(toks) && j < k+9 && toks[j].text != "," && toks[j].text != "."; j++ {
					if w := toks[j].lower; isTitleHead(w) || in(occupations, w) || in(bodyTitles, w) {
						return true
					}
				}
			}
		}
		if s := &x.sents[i]; s.atOf != nil {
			for _, e := range s.atOf.Entities {
				os, oe, ok := oldSpan(s, s.atOf, e.Start, e.End)
				if ok && oe-os == 2 && s.toks[os].text == a.text && s.toks[os+1].text == b.text && namedType(s.toks[os:oe], e.Type) == "place" {
					return true
				}
			}
		}
	}
	return false
}

// placePrepAt reports whether token k is a preposition that puts "the"
// and a name after it in a place: "in the North Sea", "along the Gulf
// Coast" (not "at", which also puts people at a company).
func placePrepAt(toks []token, k int) bool {
	w := lowerAt(toks, k)
	return w != "at" && in(placePreps, w) || w == "along" || w == "off"
}

// appositionDets open an apposition that says what a person is: "X, the
// company's founder", "X, a former lawmaker".
var appositionDets = setWith(possessivePronouns, "the", "a", "an")

// bareDirection reports whether a place's name is a compass word alone
// ("Eastern", "Northern"), as the gazetteer names some provinces.
func bareDirection(name string) bool {
	return in(directions, strings.ToLower(name))
}

// place records a place mention. A following region word joins the name
// ("Tigray region"); a following local-government phrase names an
// organization too ("the Gondar regional administration").
func (x *extractor) place(s *sentence, u unit, name string) {
	toks := s.toks
	end := u.end
	if u.end-u.start >= 2 && in(agreementWords, toks[u.end-1].lower) {
		return // "the Arctic Research Access Treaty": an agreement, no place
	}
	if bareDirection(name) && u.end-u.start > 1 {
		// "Eastern Province": the gazetteer's "Eastern" names a province
		// in four countries and the story's own name is clearer
		name = joinTokens(s.text, toks, u.start, u.end)
	}
	if isRegionWord(toks, end) {
		k := end
		if !in(regionWords, toks[k].lower) {
			k++
		}
		name = joinTokens(s.text, toks, u.start, u.end) + " " + toks[k].lower
		end = k + 1
		// The gazetteer's name of the subdivision, where it has one
		// ("Lviv region" → "Lviv Oblast"), so that articles meet.
		for _, e := range x.lookupPlace(name) {
			if e.Type == domain.Place && e.Region && !bareDirection(e.Name) {
				name = e.Name
				break
			}
		}
	}
	if st, ok := x.namesakeState(s, u, end); ok {
		name, end = st, end+1
	}
	p := x.entity(domain.Place, name)
	if w := joinTokens(s.text, toks, u.start, u.end); end == u.end && domain.Fold(w) == domain.Fold(p.name) && strings.ToUpper(w) != w && !ownSpelling(w, p.name) {
		// "Mumbai's port" beside "Shares fell in Bombay": the story
		// writes the gazetteer's name too, which is shown
		p.shown, p.gazWritten = "", true
	} else if end == u.end && p.shown == "" && !p.gazWritten && ownSpelling(w, name) {
		p.shown = w
	}
	x.mention(s, u.start, end, p, mName)
	if end > u.end+1 {
		// "its Tigray border region": the alias is the name and its region
		// word, without the modifier between them.
		p.aliases = slices.DeleteFunc(p.aliases, func(a string) bool { return a == joinTokens(s.text, toks, u.start, end) })
		p.addAlias(joinTokens(s.text, toks, u.start, u.end) + " " + toks[end-1].lower)
	}
	for _, ph := range localAdminPhrases {
		if end+len(ph) > len(toks) {
			continue
		}
		ok := true
		for i, w := range ph {
			if toks[end+i].lower != w || toks[end+i].cap {
				ok = false
				break
			}
		}
		if ok {
			org := x.entity(domain.Organization, joinTokens(s.text, toks, u.start, end+len(ph)))
			x.mention(s, u.start, end+len(ph), org, mName)
			return
		}
	}
}

// ownSpelling reports whether a place written w in the story, which the
// gazetteer names name, is shown as written: the gazetteer's name stays
// the node's id so that articles meet, but a reader sees the story's own
// spelling where the two differ by more than accents and case ("Tanta"
// for the gazetteer's "Tanda", "Corsica" for "Corse", "St. Paul" for
// "Saint Paul"). An abbreviation ("Minn.") and a word in capitals (a
// dateline's "KIEV") show the gazetteer's name, and so does a region
// the gazetteer names as its namesake city ("Lagos State", "Lagos"): the
// node is the city's too.
func ownSpelling(w, name string) bool {
	// "the Hague" is written without the gazetteer's "The": the same name
	fw, fn := strings.TrimPrefix(domain.Fold(w), "the "), strings.TrimPrefix(domain.Fold(name), "the ")
	if w == "" || strings.HasSuffix(w, ".") || strings.ToUpper(w) == w {
		return false
	}
	if fw == fn {
		// the fold drops apostrophes, a reader does not: "Debre Markos"
		// for the gazetteer's "Debre Mark’os", "Marib" for "Ma'rib"
		return !strings.ContainsAny(w, "'’") && strings.ContainsAny(name, "'’")
	}
	if rest, ok := strings.CutPrefix(fw, fn+" "); ok && !strings.Contains(rest, " ") && (in(regionWords, rest) || rest == "state") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// person records a person mention and registers the name and surname for
// later mentions. A surname two people share resolves to neither.
func (x *extractor) person(s *sentence, u unit, text string) {
	e := x.entity(domain.Person, text)
	x.persons[domain.Fold(text)] = e
	if u.end-u.start > 1 {
		k := u.end - 1
		for k > u.start && (isRoman(s.toks[k].text) || s.toks[k].lower == "jr." || s.toks[k].lower == "sr.") {
			k--
		}
		if k > u.start {
			x.registerShort(domain.Fold(s.toks[k].text), e)
			// "Hassan al-Khatib" is "Khatib" later: wire copy drops the
			// article of a family name on second reference
			if rest := afterArabicArticle(s.toks[k].text); rest != "" {
				x.registerShort(domain.Fold(rest), e)
			}
		}
		// "Zhou Haibin" is "Zhou" later, family name first: the first
		// word of a two-word name is a short form too, unless it names a
		// place or country.
		if first := s.toks[u.start].text; u.end-u.start == 2 && !strings.ContainsAny(first, ".-") {
			if l := x.look(first); l.country == "" && l.demonym == "" && len(l.entries) == 0 {
				x.registerShort(domain.Fold(first), e)
			}
		}
	}
	x.mention(s, u.start, u.end, e, mName)
}

// afterArabicArticle returns the name after the lower-case article of a
// family name ("al-Khatib" gives "Khatib", "el-Sayed" gives "Sayed"); ""
// for any other word, and for a patronymic ("bin-Salman", "abu-Bakr"),
// which is not used alone.
func afterArabicArticle(w string) string {
	if !arabicArticle(w) {
		return ""
	}
	i := strings.IndexAny(w, "-‐")
	switch w[:i] {
	case "bin", "ibn", "abu":
		return ""
	}
	_, n := utf8.DecodeRuneInString(w[i:])
	return w[i+n:]
}

// registerShort makes a one-word short form of a person's name known; a
// short form two people share resolves to neither.
func (x *extractor) registerShort(f string, e *entity) {
	if old, ok := x.persons[f]; ok && old != e {
		x.persons[f] = nil
	} else if !ok {
		x.persons[f] = e
	}
}

// personLike reports whether the unit's words can be a person's name: one
// to five capitalized name words, initials or regnal numbers, none of them a
// word that names things rather than people.
func (x *extractor) personLike(toks []token, u unit) bool {
	n := u.end - u.start
	if n > 5 {
		return false
	}
	for k := u.start; k < u.end; k++ {
		t := &toks[k]
		if !isCapWord(t) {
			if (in(connectors, t.lower) || in(pluralParticles, t.lower)) && t.lower != "of" && t.lower != "for" {
				continue
			}
			return false
		}
		l := t.lower
		if (l == "al" || l == "el") && k > u.start && k+1 < u.end {
			continue // "Mohammed bin Abdulrahman Al Thani", but not "Al Jazeera"
		}
		if in(notNameWords, l) || in(orgCues, l) || in(tradeWords, l) || in(placeSuffixes, l) || isTitleHead(l) || in(directions, l) || in(documentNouns, l) {
			return false
		}
		if k > u.start && k == u.end-1 && in(spelledLegalForms, l) {
			return false // "Barrick Niugini Limited": a legal form spelled out ends no person's name
		}
		if t.upper && utf8.RuneCountInString(t.text) > 3 && !isRoman(t.text) {
			return false
		}
		if t.upper && k > u.start && !isRoman(t.text) {
			return false // "Vladimir NATO"
		}
		for _, r := range t.text {
			if unicode.IsDigit(r) {
				return false
			}
		}
	}
	return true
}

// legislatureNames are the words that, capitalized and alone, are the
// proper name of a legislature, where "Government" or "Army" alone names
// none ("told Congress", "Senate confirmation").
var legislatureNames = set("congress", "senate")

// thingNouns follow the name of a craft, a weapon or an affair that
// "the" opens, no organization's: "the Challenger accident".
var thingNouns = set("system", "systems", "missile", "missiles", "rocket", "rockets", "accident",
	"disaster", "explosion", "crash", "shuttle", "spacecraft", "satellite", "probe", "affair",
	"scandal", "tragedy", "jet", "jets", "aircraft", "plane", "planes", "tank", "tanks")

// familyNouns follow a surname that "the" opens: "the Corvin family" is
// no organization.
var familyNouns = set("family", "families", "clan")

// tradeWords end the names of companies and say what they make or do,
// where no person's name ends: "Corvin Plastics", "Boeing Commercial
// Airplanes", "ABC Entertainment". (Not "theater" or "prison": as often
// the building, a place.)
var tradeWords = set(
	"airplanes", "engines", "engine", "plastics", "entertainment", "electric", "fiberglass",
	"tech", "pharmaceuticals", "chemicals", "electronics", "communications",
	"telecommunications", "foods", "products", "properties", "petroleum",
	"studios", "pictures", "publishing", "publishers", "securities",
	"insurance", "mining", "computers", "software", "depository", "shimbun",
	"shipping", "logistics", "motors", "biologics", "therapeutics", "systems",
	"industries", "holdings", "airways", "airlines", "media",
	// no surnames among them: "Power", "Gold" and "Steel" are some
	"copper", "energy", "resources", "minerals", "oil", "gas", "paper",
	"semiconductor", "semiconductors", "cement", "textiles", "pharma", "petrochemicals",
	"utilities", "telecom", "aerospace", "robotics", "railways", "railroad", "shipyards", "air",
	// a shipping line's, a trader's, an investment firm's: "Aegean Blue
	// Lines", "Fjell Markets", "Corvex Metals", "Karsk Coal"
	"lines", "markets", "metals", "partners", "coal",
	// a fund's, a builder's, a broadcaster's, and the same words in other
	// tongues: "Fenwick Capital", "Harwell Asset Management", "Tarrow
	// Hydrogen", "Halden Television", "Cresta Logística"
	"capital", "management", "investments", "ventures", "advisors", "advisers", "hydrogen", "solar", "renewables",
	"builders", "construction", "engineering", "aviation", "automotive", "freight", "brands", "television",
	"logistica", "logística", "logistik", "rundfunk",
	// a commodity trader's, a logger's: "Halvik Trading", "Korvel Timber"
	"trading", "timber",
)

// tradePortfolioHeads make the trade word before them a portfolio, not
// a company's name: "Atomic Energy Minister X", "Oil Secretary".
var tradePortfolioHeads = set("minister", "ministers", "secretary", "department", "commissioner", "czar", "tsar")

// portfolioAt reports whether token k is a word of tradePortfolioHeads.
func portfolioAt(toks []token, k int) bool {
	return k < len(toks) && in(tradePortfolioHeads, toks[k].lower)
}

// isRoman reports whether w is a regnal number: "II", "XIV".
func isRoman(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !strings.ContainsRune("IVXL", r) {
			return false
		}
	}
	return true
}

// worksNouns are works a body may own and name: "the Corvin mine".
var worksNouns = set("mine", "dam", "bridge")

// bodyCuesBefore and bodyCuesAfter, around a name, make it a body's:
// "a spokesman for X", "X said".
var (
	bodyCuesBefore = set("for", "by", "against")
	bodyCuesAfter  = set("said", "says", "told", "announced")
)

// namedAsBody reports whether the name of unit u is a body's: the
// recognizer types it an organization, or the article names it, as the
// same words, after "for" or "by" or before "said".
func (x *extractor) namedAsBody(s *sentence, u unit) bool {
	if x.recognizedAs(s, u, "organization") {
		return true
	}
	name := s.toks[u.start:u.end]
	for i := range x.sents {
		ts := x.sents[i].toks
		for k := 0; k+len(name) <= len(ts); k++ {
			if !slices.EqualFunc(ts[k:k+len(name)], name, func(a, b token) bool { return a.text == b.text }) {
				continue
			}
			if in(bodyCuesBefore, lowerAt(ts, k-1)) || in(bodyCuesAfter, lowerAt(ts, k+len(name))) {
				return true
			}
		}
	}
	return false
}

// recognizedAs reports whether the trained recognizer found a name of
// type typ covering unit u.
func (x *extractor) recognizedAs(s *sentence, u unit, typ string) bool {
	if x.annot == nil || s.title || s.idx >= len(x.annot.Sentences) {
		return false
	}
	ds := &x.annot.Sentences[s.idx]
	if x.annot.Text[ds.Start:ds.End] != s.text {
		return false
	}
	for _, e := range ds.Entities {
		if os, oe, ok := oldSpan(s, ds, e.Start, e.End); ok && e.Type == typ && os <= u.start && u.end <= oe {
			return true
		}
	}
	return false
}

// regionOffices are the titles of the head of a region or a town,
// written after its name: "Tarrow Governor X", "Tarrow Gov. X", "Tarrow
// Premier X", "Tarrow Mayor X", "Tarrow Regent X" (the head of an
// Indonesian regency).
var regionOffices = set("governor", "gov.", "gov", "premier", "mayor", "regent")

// regionOfficeAfter reports whether the name u is followed by one of
// regionOffices, capitalized, and a person's name: the name is the place
// the person heads. Only a name of capitalized words that are no body's,
// trade's or title's words, and no acronym: a central bank has a
// governor too ("Riksbank Governor X", "BSP Governor X"; resolveByWords
// takes one word before a governor's title only where the gazetteer
// knows it as a place: "Fed Governor X"). Every word of the name is one
// the parse tags a proper noun, and none says the holder's party or
// tenure ("Outgoing/Veteran/Conservative Mayor X", "Liberal/Green
// Premier X": no place); the holder's name after the title is a
// person's of two words or more, no body's or trade's word among them
// and no plural last ("Marlow Premier Inn", "Kestrel Premier Cruises",
// "Harlan Mayor Brothers", "Lucia Mayor Benitez": no place heads).
func (x *extractor) regionOfficeAfter(s *sentence, u unit) bool {
	toks := s.toks
	k := u.end
	if k+1 >= len(toks) || !toks[k].cap || !in(regionOffices, toks[k].lower) || !isCapWord(&toks[k+1]) || isTitleWord(toks[k+1].lower) {
		return false
	}
	for i := u.start; i < u.end; i++ {
		t := &toks[i]
		if !isCapWord(t) || t.upper || in(orgCues, t.lower) || in(tradeWords, t.lower) || isTitleWord(t.lower) || strings.HasSuffix(t.lower, "bank") ||
			in(partyAdjectives, t.lower) || in(partyStyles, t.lower) || adherentWord(t.lower) || titleWordOnly(t.lower) || !strings.HasPrefix(x.parseXPOS(s, i), "NNP") {
			return false
		}
	}
	e := k + 1
	for e < len(toks) && isCapWord(&toks[e]) {
		e++
	}
	return e-(k+1) >= 2 && x.personLike(toks, unit{start: k + 1, end: e}) && !strings.HasSuffix(x.parseXPOS(s, e-1), "S")
}

// adherentWord reports whether w names a doctrine's adherent by its
// "-ist" ending, a holder's politics, no place: "Reformist Mayor X",
// "Nationalist Governor X", "Centrist Premier X".
func adherentWord(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "ist")
}

// partyStyles are party words that qualify an office holder as
// partyAdjectives do, outside the list of parties the roles read: "Tory
// Mayor X", "Progressive Premier X".
var partyStyles = set("tory", "progressive")

// parseXPOS returns the treebank tag the parse gives token k of s, or ""
// when the sentence has no parse: "NNP" for "Upper" in "Upper Velmora",
// where the universal tag may say ADJ; "NNS" for "Cruises".
func (x *extractor) parseXPOS(s *sentence, k int) string {
	tok := x.parseToken(s, k)
	if tok < 0 {
		return ""
	}
	return x.annot.Sentences[s.idx].Tokens[tok].XPOS
}
