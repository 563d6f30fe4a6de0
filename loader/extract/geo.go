package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/domain"
)

// findGeography reads capitals, locations and membership the text states
// in one phrase, each confirmed by the gazetteer where it has an opinion:
//
//	capital_of   "Doha, the Qatari capital", "the capital, Nairobi",
//	             "Cairo … the Egyptian capital"
//	located_in   "the Ethiopian city of Gondar", "Ethiopia's Tigray region",
//	             "Bahir Dar, Ethiopia"
//	part_of      "Egypt's Foreign Affairs Ministry", "the Ethiopian air
//	             force", "Egyptian state news agency Nile Wire"
func (x *extractor) findGeography() {
	x.sourceLineFacts()
	x.ownLegislatures()
	x.ownCentralBanks()
	for si := range x.sents {
		s := &x.sents[si]
		for mi := range s.ments {
			m := &s.ments[mi]
			switch m.ent.typ {
			case domain.Place:
				if m.kind == mName {
					x.capitalAround(s, m)
					x.locatedAround(s, m)
				}
			case domain.Organization:
				x.stateMedia(s, m)
			}
		}
		x.capitalByDemonym(s)
	}
	rule := x.rule
	for _, e := range x.ents {
		// the part a body's name gives is stated where the body first
		// names it; a name in the headline alone states none (headlinese:
		// "Norland parliament passes …" names no body the text does)
		first := x.firstBodySentence(e)
		if first < 0 {
			continue
		}
		// (Explain names the reading of the name that gave the part)
		if x.rule = rule; e.partRule != "" {
			x.rule = e.partRule
		}
		// (a body of citizens named with its country is no state body:
		// "the Norwegian Refugee Council")
		if e.partOf != "" && !e.partUnstated && !civilBody(e.name) && !x.countrysGovernment(e, x.byID[e.partOf]) {
			x.addFact(e.id, domain.PartOf, e.partOf, false, first, x.sents[first].hedge)
		}
		if e.parentOrg != "" {
			x.addFact(e.id, domain.PartOf, e.parentOrg, false, first, x.sents[first].hedge)
		}
	}
	x.rule = rule
}

// firstBodySentence returns the first sentence after the headline and
// the subheads (sentence.title) that mentions e, -1 for none.
func (x *extractor) firstBodySentence(e *entity) int {
	if e.first < 0 {
		return -1
	}
	for si := e.first; si < len(x.sents); si++ {
		s := &x.sents[si]
		if s.title {
			continue
		}
		for _, m := range s.ments {
			if m.ent == e {
				return si
			}
		}
	}
	return -1
}

// ownLegislatures makes a legislature named by a name only one country's
// bears ("the Storting", "the State Great Khural") part of that country,
// where the article names the country or files from it.
func (x *extractor) ownLegislatures() {
	for _, e := range x.ents {
		if e.typ != domain.Organization || e.partOf != "" || e.first < 0 {
			continue
		}
		c, ok := x.country(legislatures[strings.ToLower(e.name)])
		if !ok {
			continue
		}
		country := x.byID[domain.NodeID(domain.Country, c)]
		if (country == nil || country.first < 0) && x.dateline != c {
			continue
		}
		if country == nil {
			country = x.entity(domain.Country, c)
		}
		e.partOf, e.partRule = country.id, "org-name-legislature"
	}
}

// ownCentralBanks makes a bank the article gives a governor ("the
// governor of the Bank of Norland", "Governor X" read as the bank's head)
// its country's central bank, part of the country its name ends with
// ("Bank of Norland") or else of the country of its first mention's
// sentence or dateline. A bank of a region's states is no one country's
// ("the Bank of Central African States").
func (x *extractor) ownCentralBanks() {
	governed := map[*entity]bool{}
	for _, r := range x.roles {
		if r.obj != nil && r.pred == domain.HeadOf && lastWord(r.title) == "governor" {
			governed[r.obj] = true
		}
	}
	at := map[*entity]int{}
	for si := range x.sents {
		s := &x.sents[si]
		for _, m := range s.ments {
			if m.ent.typ == domain.Organization && m.kind == mName && governorOf(s.toks, m.start) {
				governed[m.ent] = true
			}
			if _, seen := at[m.ent]; !seen && si == m.ent.first {
				at[m.ent] = m.start
			}
		}
	}
	for _, e := range x.ents {
		if !governed[e] || e.typ != domain.Organization || e.partOf != "" || e.first < 0 || !centralBankName(e.name) {
			continue
		}
		var c *entity
		if i := strings.LastIndex(e.name, " of "); i >= 0 {
			if n, ok := x.country(e.name[i+4:]); ok {
				c = x.entity(domain.Country, n)
			}
		}
		if c == nil {
			c = x.contextCountry(&x.sents[e.first], at[e], false)
		}
		if c != nil {
			e.partOf, e.partRule = c.id, "org-central-bank"
		}
	}
}

// governorOf reports whether "governor of (the)" comes right before token
// start.
func governorOf(toks []token, start int) bool {
	k := start - 1
	if k >= 0 && toks[k].lower == "the" {
		k--
	}
	return k >= 1 && toks[k].lower == "of" && toks[k-1].lower == "governor"
}

// centralBankName reports whether a name is a bank's of one country: a
// bank's word, no word of a region's states.
func centralBankName(name string) bool {
	bank := false
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if in(regionalBankWords, w) {
			return false
		}
		bank = bank || in(bankWords, w)
	}
	return bank
}

// bankWords name banks: "Bank of Norland", "Banque du Norland".
var bankWords = set("bank", "banque", "banco", "banca", "bundesbank")

// regionalBankWords name the banks of many states or of the world:
// "European Central Bank", "Bank of Central African States", "Asian
// Development Bank".
var regionalBankWords = set("european", "african", "asian", "arab", "islamic", "caribbean", "american",
	"international", "world", "development", "states", "investment", "settlements")

// legislatures are the names of legislatures and their houses that name
// one country's, by their own words.
var legislatures = map[string]string{
	"knesset": "Israel", "state duma": "Russia", "duma": "Russia", "federation council": "Russia",
	"bundestag": "Germany", "storting": "Norway", "stortinget": "Norway", "mazhilis": "Kazakhstan",
	"state great khural": "Mongolia", "great khural": "Mongolia", "milli majlis": "Azerbaijan",
	"milli mejlis": "Azerbaijan", "oliy majlis": "Uzbekistan", "jogorku kenesh": "Kyrgyzstan",
	"sejm": "Poland", "riksdag": "Sweden", "folketing": "Denmark", "folketinget": "Denmark",
	"althing": "Iceland", "eduskunta": "Finland", "riigikogu": "Estonia", "saeima": "Latvia",
	"seimas": "Lithuania", "verkhovna rada": "Ukraine", "lok sabha": "India", "rajya sabha": "India",
	"jatiya sangsad": "Bangladesh", "oireachtas": "Ireland", "dáil": "Ireland", "dáil éireann": "Ireland",
	"seanad": "Ireland", "sabor": "Croatia", "wolesi jirga": "Afghanistan", "dewan rakyat": "Malaysia",
	"national people's congress": "China", "supreme people's assembly": "North Korea",
	"house of lords": "United Kingdom", "grand national assembly": "Turkey",
}

// isCapitalOf reports whether the gazetteer has the place as the capital of
// the country; with country nil, it returns the country the place is
// capital of.
func (x *extractor) isCapitalOf(place, country *entity) (*entity, bool) {
	for _, e := range x.lookupPlace(place.name) {
		if e.Type != domain.Place || !e.Capital || e.Country == "" {
			continue
		}
		if country == nil {
			return x.entity(domain.Country, e.Country), true
		}
		if e.Country == country.name {
			return country, true
		}
	}
	if country != nil && x.gaz != nil && x.gaz.Capital(country.name) == place.name {
		return country, true
	}
	return nil, false
}

// countryMentionAt returns the country mention starting at token k, if
// any.
func countryMentionAt(s *sentence, k int) *mention {
	for i := range s.ments {
		m := &s.ments[i]
		if m.start == k && m.ent.typ == domain.Country {
			return m
		}
	}
	return nil
}

// capitalAround reads the appositions that make the place m a capital.
func (x *extractor) capitalAround(s *sentence, m *mention) {
	toks := s.toks
	var country *entity
	found := false
	// After: "Doha, the Qatari capital", "Nairobi, the capital of Kenya",
	// "Nairobi, the Kenyan capital".
	if lowerAt(toks, m.end) == "," && lowerAt(toks, m.end+1) == "the" {
		k := m.end + 2
		if cm := countryMentionAt(s, k); cm != nil && lowerAt(toks, cm.end) == "capital" {
			country, found = cm.ent, true
		} else if lowerAt(toks, k) == "capital" {
			found = true
			if lowerAt(toks, k+1) == "of" {
				if cm := countryMentionAt(s, k+2); cm != nil {
					country = cm.ent
				}
			}
		}
	}
	// Before: "the capital, Nairobi", "the Qatari capital, Doha".
	if !found && m.start >= 2 && lowerAt(toks, m.start-1) == "," {
		k := m.start - 2
		if lowerAt(toks, k) == "capital" && (lowerAt(toks, k-1) == "the" || countryMentionEndingAt(s, k) != nil) {
			found = true
			if cm := countryMentionEndingAt(s, k); cm != nil {
				country = cm.ent
			}
		}
	}
	if !found {
		return
	}
	if c, ok := x.isCapitalOf(m.ent, country); ok {
		x.addFact(m.ent.id, domain.CapitalOf, c.id, false, s.idx, s.hedge)
	}
}

// capitalByDemonym links "the Egyptian capital" to the capital the gazetteer
// names, when the sentence also names that city as a place: "drones hit the
// outskirts of Cairo … the largest attack on the Egyptian capital".
func (x *extractor) capitalByDemonym(s *sentence) {
	toks := s.toks
	for mi := range s.ments {
		cm := &s.ments[mi]
		if cm.ent.typ != domain.Country || cm.kind != mDemonym || lowerAt(toks, cm.start-1) != "the" || lowerAt(toks, cm.end) != "capital" {
			continue
		}
		if lowerAt(toks, cm.end+1) == "," {
			continue // an apposition, read by capitalAround
		}
		for pi := range s.ments {
			pm := &s.ments[pi]
			if pm.ent.typ != domain.Place || pm.kind != mName {
				continue
			}
			if c, ok := x.isCapitalOf(pm.ent, cm.ent); ok {
				x.addFact(pm.ent.id, domain.CapitalOf, c.id, false, s.idx, s.hedge)
			}
		}
	}
}

func countryMentionEndingAt(s *sentence, end int) *mention {
	for i := range s.ments {
		m := &s.ments[i]
		if m.end == end && m.ent.typ == domain.Country {
			return m
		}
	}
	return nil
}

// locatedAround reads where the place m lies.
func (x *extractor) locatedAround(s *sentence, m *mention) {
	toks := s.toks
	// "the Ethiopian city of Gondar"
	if m.start >= 3 && lowerAt(toks, m.start-1) == "of" && in(placeKinds, lowerAt(toks, m.start-2)) && lowerAt(toks, m.start-2) != "capital" {
		if cm := countryMentionEndingAt(s, m.start-2); cm != nil {
			x.located(s, m.ent, cm.ent)
			return
		}
	}
	// "Ethiopia's Tigray region" (not "Algeria's Ettahadi (Challenge)
	// political party": a name before a body's noun is the body's; nor
	// "Yemen's Red Sea coast")
	if m.start >= 2 && toks[m.start-1].kind == tPoss && !bodyNounAfter(toks, m.end) && !in(edgeNouns, lowerAt(toks, m.end)) {
		if cm := countryMentionEndingAt(s, m.start-1); cm != nil {
			x.located(s, m.ent, cm.ent)
			return
		}
	}
	// "Bahir Dar, Ethiopia" (but not a list: "Bahir Dar, Ethiopia and Poland")
	if lowerAt(toks, m.end) == "," {
		if cm := countryMentionAt(s, m.end+1); cm != nil && cm.kind == mName {
			next := lowerAt(toks, cm.end)
			// "the Neelum Valley, Pakistan's military said": the country
			// owns what follows, it does not locate the place.
			if next != "and" && next != "or" && (cm.end >= len(toks) || !toks[cm.end].cap && toks[cm.end].kind != tPoss) && x.plausiblyIn(m.ent, cm.ent) {
				x.located(s, m.ent, cm.ent)
				return
			}
		}
	}
	// "Kora, Kenya's northernmost town": an apposition that says what
	// the place is, in the country's possession
	if lowerAt(toks, m.end) == "," {
		if cm := countryMentionAt(s, m.end+1); cm != nil && cm.end < len(toks) && toks[cm.end].kind == tPoss {
			for j := cm.end + 1; j < len(toks) && j <= cm.end+4 && toks[j].kind == tWord && !toks[j].cap; j++ {
				if in(placeKinds, toks[j].lower) && toks[j].lower != "capital" && (j+1 >= len(toks) || toks[j+1].kind != tWord || toks[j+1].cap) {
					if x.plausiblyIn(m.ent, cm.ent) {
						x.located(s, m.ent, cm.ent)
						return
					}
					break
				}
			}
		}
	}
	// "Kenya, whose northern Kora region borders …"
	if k := m.start - 1; k >= 2 && (in(placeKinds, lowerAt(toks, m.end)) || isRegionWord(toks, m.end) || in(regionWords, lowerAt(toks, m.end-1))) {
		if !toks[k].cap && in(directions, toks[k].lower) {
			k--
		}
		if lowerAt(toks, k) == "whose" && lowerAt(toks, k-1) == "," {
			if cm := countryMentionEndingAt(s, k-1); cm != nil && x.plausiblyIn(m.ent, cm.ent) {
				x.located(s, m.ent, cm.ent)
				return
			}
		}
	}
	// "Abha, a city in southern Saudi Arabia", "Tana and Kel, two villages
	// in the Neelum Valley"
	if c := x.appositionIn(s, m); c != nil {
		x.addFact(m.ent.id, domain.LocatedIn, c.id, false, s.idx, s.hedge)
		return
	}
	// "the town of Nabatieh in southern Lebanon": a place in a country the
	// gazetteer agrees with
	k := m.end
	// "the Kora air base in northern Kenya": what it is, then where
	named := false
	if k < len(toks) && !toks[k].cap && in(placeNouns, nextPlaceNoun(toks, k)) {
		named = true
		if nextPlaceNoun(toks, k) != toks[k].lower {
			k++
		}
		k++
	}
	if lowerAt(toks, k) == "in" {
		k++
		if k < len(toks) && !toks[k].cap && in(directions, toks[k].lower) {
			k++
		}
		// (a place the gazetteer lacks, when the text says what it is:
		// "the village of Kora in northern Kenya"; not "in Kenya's Amber
		// province", which holds the village: geoIn)
		kind := named || m.start >= 2 && lowerAt(toks, m.start-1) == "of" && in(placeKinds, lowerAt(toks, m.start-2))
		if cm := countryMentionAt(s, k); cm != nil && cm.kind == mName && (cm.end >= len(toks) || toks[cm.end].kind != tPoss) && (x.knownIn(m.ent, cm.ent) || kind && len(x.lookupPlace(m.ent.name)) == 0) {
			x.located(s, m.ent, cm.ent)
			return
		}
	}
}

// bodyNounAfter reports whether a noun of a body follows token end, past
// a bracketed gloss and a lower-case word or two: "Ettahadi (Challenge)
// political party".
func bodyNounAfter(toks []token, end int) bool {
	k := end
	if lowerAt(toks, k) == "(" {
		for k < len(toks) && toks[k].text != ")" {
			k++
		}
		k++
	}
	for n := 0; n < 3 && k < len(toks) && toks[k].kind == tWord && !toks[k].cap; n, k = n+1, k+1 {
		if in(bodyKindNouns, toks[k].lower) {
			return true
		}
	}
	return false
}

// edgeNouns name the edge of a country that a place's name qualifies:
// "Yemen's Red Sea coast" and "Israel's Lebanon border" do not put the
// sea or Lebanon in the country.
var edgeNouns = set("coast", "coastline", "shore", "shores", "border", "borders", "frontier", "side")

// bodyKindNouns name kinds of organization after their names.
var bodyKindNouns = set("party", "movement", "group", "front", "union", "militia", "company", "firm", "bank", "newspaper")

// plausiblyIn reports whether the gazetteer does not contradict place lying
// in country.
func (x *extractor) plausiblyIn(place, country *entity) bool {
	es := x.lookupPlace(place.name)
	if len(es) == 0 {
		return true
	}
	for _, e := range es {
		if e.Country == country.name {
			return true
		}
	}
	return false
}

// knownIn reports whether the gazetteer has place in country.
func (x *extractor) knownIn(place, country *entity) bool {
	for _, e := range x.lookupPlace(place.name) {
		if e.Country == country.name {
			return true
		}
	}
	return false
}

func (x *extractor) located(s *sentence, place, country *entity) {
	if place == nil || country == nil || place.typ != domain.Place {
		return
	}
	x.addFact(place.id, domain.LocatedIn, country.id, false, s.idx, s.hedge)
}

// stateMedia reads "Egyptian state news agency Nile Wire", "Russian
// state media RT", "Norland's official NNA news agency": an outlet a
// state owns is part of that country.
func (x *extractor) stateMedia(s *sentence, m *mention) {
	toks := s.toks
	k := m.start - 1
	state, official := false, false
	outlet := in(mediaNouns, lowerAt(toks, m.end-1)) || in(mediaNouns, lowerAt(toks, m.end)) || lowerAt(toks, m.end) == "news"
	for k >= 0 && k >= m.start-4 && toks[k].kind == tWord && !toks[k].cap {
		switch w := toks[k].lower; {
		case w == "state" || w == "state-run" || w == "state-owned" || w == "state-controlled":
			state = true
		case w == "official":
			official = true // the state's only where an outlet's noun says so
		case in(mediaNouns, w) || w == "news" || w == "media":
			outlet = true
		case !state && !official:
			return
		}
		k--
	}
	if !(state || official && outlet) || k < 0 {
		return
	}
	if toks[k].kind == tPoss {
		k-- // "Serbia's state broadcaster X"
	}
	var country *entity
	if cm := countryMentionEndingAt(s, k+1); cm != nil {
		country = cm.ent
	} else if c, ok := x.demonym(toks[m.start].text); ok && m.end-m.start > 1 {
		// "the state-owned Sudanese Petroleum Corporation": the state
		// its name opens with
		country = x.entity(domain.Country, c)
	}
	if country != nil && m.ent.partOf == "" {
		m.ent.partOf = country.id
		x.addFact(m.ent.id, domain.PartOf, country.id, false, s.idx, s.hedge)
	}
}

// appositionIn reads "X, a city in (southern) Y" and "X and Z, two
// villages in Y" after the place m: the place or country Y it lies in,
// where the gazetteer does not contradict it.
func (x *extractor) appositionIn(s *sentence, m *mention) *entity {
	toks := s.toks
	k := m.end
	// "X and Z, two villages": skip the other place
	if lowerAt(toks, k) == "and" {
		if n := mentionAt(s, k+1); n != nil && n.start == k+1 && n.ent.typ == domain.Place {
			k = n.end
		}
	}
	if lowerAt(toks, k) != "," {
		return nil
	}
	k++
	w := lowerAt(toks, k)
	if w != "a" && w != "an" && numberWords[w] == 0 {
		return nil
	}
	k++
	kind := strings.TrimSuffix(lowerAt(toks, k), "s")
	if !in(placeKinds, kind) || kind == "capital" || lowerAt(toks, k+1) != "in" {
		return nil
	}
	k += 2
	if lowerAt(toks, k) == "the" {
		k++
	}
	if k < len(toks) && !toks[k].cap && in(directions, toks[k].lower) {
		k++
	}
	c := mentionAt(s, k)
	if c == nil || c.start != k || c.kind != mName || c.ent == m.ent {
		return nil
	}
	switch c.ent.typ {
	case domain.Country:
		if !x.plausiblyIn(m.ent, c.ent) {
			return nil
		}
	case domain.Place:
	default:
		return nil
	}
	return c.ent
}
