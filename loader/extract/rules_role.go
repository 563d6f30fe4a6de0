package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/domain"
)

// The role rules of this file read verbs of becoming and leading,
// possessives and ranks; the functions after them find the body a title
// is a role of where the parser did not attach the naming phrase to the
// title noun itself, and the people a clause or a coordination names.

// roleAs: "Ivo Brandt was named chairman of the Corvin Group", "Ana
// Soler serves as treasurer of Halden Bank": a title that completes a
// verb of becoming or appointment. A title still to come ("will become",
// "is expected to be named") or served in the past ("served as") is none.
func roleAs(x *extractor, ps *psent) {
	for t := range ps.d.Tokens {
		v := ps.head(t)
		if ps.ent[t] != nil || v < 0 || !isTitleNoun(ps.lemma(t)) || ps.tok(v).UPOS != "VERB" || !ps.completes(t, v) || ps.notYetOrPast(v) {
			continue
		}
		var holders []int
		for _, c := range ps.kids[v] {
			r := ps.tok(c).Deprel
			if in(appointVerbs, ps.lemma(v)) && (r == "nsubj:pass" || r == "obj" && c < t) || ps.asVerb(v) && r == "nsubj" {
				if x.isPersonArg(ps, c) {
					holders = append(holders, c)
				} else if a := x.nameBeforeWho(ps, c); a >= 0 {
					holders = append(holders, a)
				}
			}
		}
		if len(holders) == 0 && in(appointVerbs, ps.lemma(v)) {
			holders = ps.appointee(t, v)
		}
		// the body's phrase attached to the verb, after the title, or the
		// body that appoints ("Halden Bank's board appointed X as …")
		var extra []int
		for _, c := range ps.kids[v] {
			if c > t && ps.tok(c).Deprel == "obl" && ps.caseOf(c) != "of" && ps.caseOf(c) != "in" {
				extra = append(extra, c)
			}
			if in(appointVerbs, ps.lemma(v)) && ps.caseOf(t) == "as" && ps.tok(c).Deprel == "nsubj" && !ps.hasBodyPhrase(t) {
				extra = append(extra, ps.appointingBody(c)...)
			}
		}
		for _, h := range holders {
			for _, tt := range ps.withConjuncts(t) {
				if r, used, ok := x.titleRole(ps, tt, extra...); ok {
					x.emitStructureRole(ps, x.personAt(ps, h), r, append(used, h, v))
				} else if r, ok := x.bareOffice(ps, tt, v); ok {
					// "X, who was sworn in as interim president": the
					// country a bare title before a name would take
					r.person = x.personAt(ps, h)
					x.trace(ps, []int{h, v, tt})
					x.resolveBare(x.roles, []role{r})
				}
			}
		}
	}
}

// bareOffice reads title noun t, the "as" phrase or complement of
// appointing verb v ("was sworn in as president", "was elected prime
// minister"), as a bare office of a country: a government title with
// no phrase or modifier that could name whose it is, other than title
// words and tenure words ("interim", "transitional"). A local office
// ("regional president") or one named by anything else is none.
func (x *extractor) bareOffice(ps *psent, t, v int) (role, bool) {
	if !in(appointVerbs, ps.lemma(v)) || ps.hasBodyPhrase(t) || ps.pastBefore(t) {
		return role{}, false
	}
	start, end, words := ps.titleSpan(t, false)
	for _, c := range ps.kids[t] {
		r := ps.rel(c)
		if c < t && (r == "det" || r == "punct" || r == "case" || in(heldTenure, ps.lower(c)) || c >= start && !in(localTitleWords, ps.lower(c))) {
			continue
		}
		if c > t && (r == "punct" || r == "acl:relcl") {
			continue
		}
		return role{}, false
	}
	pred, ok := ps.titlePredicate(t, ps.lemma(t), false, words)
	if !ok || !governmentRoles[pred] || boardOffice(pred, ps.lemma(v)) {
		return role{}, false
	}
	if start > 0 && ps.head(start-1) == t && in(heldTenure, ps.lower(start-1)) {
		start-- // "interim president" as written
		words = append([]token{{text: ps.tok(start).Form, lower: ps.lower(start)}}, words...)
	}
	return role{pred: pred, title: ps.writtenTitle(start, end, words), sent: ps.idx}, true
}

// boardOffice reports whether a bare presidency given by appointing
// verb lemma v may as well be a company's or a club's: "X, who was named
// president in 2019" is how business news reports a firm's president,
// where a head of state is sworn in, elected or installed.
func boardOffice(pred domain.Predicate, v string) bool {
	return (pred == domain.PresidentOf || pred == domain.VicePresidentOf) && in(boardAppointVerbs, v)
}

// boardAppointVerbs give boards' offices as well as states': "was
// named president", "was appointed vice president".
var boardAppointVerbs = set("name", "appoint", "confirm")

// roleAppointed: "President X named Y as minister of agriculture": a
// cabinet title that names no country, given by a president or prime
// minister the article places in one country, is an office of that
// country. It runs after the other role rules, which state the
// appointer's office.
func roleAppointed(x *extractor, ps *psent) {
	for t := range ps.d.Tokens {
		v := ps.head(t)
		if ps.ent[t] != nil || v < 0 || ps.tok(v).UPOS != "VERB" || !in(appointVerbs, ps.lemma(v)) || !ps.completes(t, v) || ps.notYetOrPast(v) {
			continue
		}
		if _, _, ok := x.titleRole(ps, t); ok {
			continue // the title names its own country or body
		}
		r, a, ok := x.appointersCabinet(ps, t, v)
		if !ok {
			continue
		}
		// the object, or a name the parser made a second complement
		// ("named Pieter van Wyk, a lawmaker, as minister", read with
		// the name an xcomp)
		holders := ps.kidsWith(v, "obj", "xcomp")
		if len(holders) == 0 {
			holders = ps.appointee(t, v)
		}
		for _, h := range holders {
			if x.isPersonArg(ps, h) && h < t {
				x.emitStructureRole(ps, x.personAt(ps, h), r, []int{a, v, h, t})
			}
		}
	}
}

// appointersCabinet returns the office that cabinet title t, given by
// the subject of appointing verb v, holds in the subject's country (the
// role without its holder), and the subject's token.
func (x *extractor) appointersCabinet(ps *psent, t, v int) (role, int, bool) {
	pred, ok := titleHeads[ps.lemma(t)]
	if !ok || pred != domain.MinisterOf || ps.isPassive(v) {
		return role{}, -1, false
	}
	for _, a := range ps.kidsWith(v, "nsubj") {
		p := x.personAt(ps, a)
		if p == nil {
			continue
		}
		if c := x.headOfGovernment(p); c != nil {
			return role{pred: pred, title: ps.writtenTitle(ps.titleSpan(t, false)), obj: c, sent: ps.idx}, a, true
		}
	}
	return role{}, -1, false
}

// headOfGovernment returns the one country whose president or prime
// minister the article says p is; nil for none or several.
func (x *extractor) headOfGovernment(p *entity) *entity {
	var c *entity
	for _, r := range x.roles {
		if r.person != p || r.obj.typ != domain.Country || r.pred != domain.PresidentOf && r.pred != domain.PrimeMinisterOf {
			continue
		}
		if c != nil && c != r.obj {
			return nil
		}
		c = r.obj
	}
	return c
}

// appointee returns the person named right before title t that the
// parser did not read as the object of appointing verb v: "named Ana
// Soler publisher of the Halden Courier", the name a modifier of the
// title or a second complement of the verb.
func (ps *psent) appointee(t, v int) []int {
	if t < 1 || !ps.isPerson(t-1) {
		return nil
	}
	h := ps.mentionHead(t - 1)
	if _, end := ps.mentionSpan(h); end != t || ps.head(h) != t && ps.head(h) != v || ps.rel(h) == "nsubj" {
		return nil
	}
	return []int{h}
}

// bracketTwin returns the organization whose name sentence ps writes in
// brackets right after organization e's, or the one whose brackets hold
// e's: "the RP (Welfare Party)", "Welfare Party (RP)". The token rules
// keep the two names apart, and a role in one is a role in the other;
// nil when there is none. A news agency in brackets credits a dateline
// ("UNITED NATIONS (AP)") and twins nothing.
func (ps *psent) bracketTwin(e *entity) *entity {
	if e == nil || e.typ != domain.Organization || in(mediaWords, lastWord(e.name)) {
		return nil
	}
	n := len(ps.d.Tokens)
	for k := 0; k < n; k++ {
		if ps.ent[k] != e {
			continue
		}
		start, end := ps.mentionSpan(k)
		if end+1 < n && ps.tok(end).Form == "(" && ps.namedOrgAt(end+1) && ps.ent[end+1] != e && !in(mediaWords, lastWord(ps.ent[end+1].name)) {
			if _, oe := ps.mentionSpan(end + 1); oe < n && ps.tok(oe).Form == ")" {
				return ps.ent[end+1]
			}
		}
		if start >= 2 && end < n && ps.tok(start-1).Form == "(" && ps.tok(end).Form == ")" && ps.namedOrgAt(start-2) && ps.ent[start-2] != e {
			return ps.ent[start-2]
		}
		k = end - 1
	}
	return nil
}

// appointingBody returns the organization subject c of an appointment
// names: itself, or the owner of its board ("Halden Bank's board").
func (ps *psent) appointingBody(c int) []int {
	if e := ps.ent[c]; e != nil && e.typ == domain.Organization {
		return []int{c}
	}
	if !in(boardNouns, ps.lemma(c)) {
		return nil
	}
	for _, k := range ps.kids[c] {
		if e := ps.ent[k]; e != nil && e.typ == domain.Organization && (ps.rel(k) == "nmod" || ps.rel(k) == "compound") {
			return []int{k}
		}
	}
	return nil
}

// hasBodyPhrase reports whether title t has a phrase of its own that may
// name a body ("chairman of the X association"), whatever it names.
func (ps *psent) hasBodyPhrase(t int) bool {
	for _, c := range ps.kids[t] {
		if c > t && roleCases[ps.caseOf(c)] {
			return true
		}
	}
	return false
}

// boardNouns appoint on behalf of their organization.
var boardNouns = set("board", "shareholders", "council", "committee", "directors")

// completes reports whether title t completes verb v: its predicate
// complement, "as" phrase, or the object the parser gave "acting".
func (ps *psent) completes(t, v int) bool {
	switch ps.tok(t).Deprel {
	case "xcomp":
		return in(asVerbs, ps.lemma(v)) && ps.lemma(v) != "work" || in(appointVerbs, ps.lemma(v))
	case "obl":
		return ps.caseOf(t) == "as" && (ps.asVerb(v) || in(appointVerbs, ps.lemma(v)))
	case "obj":
		return ps.lemma(v) == "act" || ps.lemma(v) == "become"
	}
	return false
}

// notYetOrPast reports whether verb v states a title not yet held ("will
// become", "to be named", "would serve") or one served and left ("served
// as", "acted as": a simple past of serving).
func (ps *psent) notYetOrPast(v int) bool {
	for _, c := range ps.kids[v] {
		r := ps.tok(c).Deprel
		if r == "aux" && (in(futureAux, ps.lemma(c)) || ps.lower(c) == "to") || r == "mark" && ps.lower(c) == "to" {
			return true
		}
	}
	return ps.tok(v).XPOS == "VBD" && (ps.lemma(v) == "serve" || ps.lemma(v) == "act" || ps.lemma(v) == "work")
}

// futureAux are the auxiliaries of a title still to come.
var futureAux = set("will", "would", "shall", "may", "might", "could", "should")

// asVerb reports whether verb v gives its subject the title its "as"
// phrase or complement names: one of asVerbs, or "take over" ("X took
// over as head of Y").
func (ps *psent) asVerb(v int) bool {
	if in(asVerbs, ps.lemma(v)) {
		return true
	}
	return ps.lemma(v) == "take" && ps.particle(v, "over")
}

// asVerbs give their subject the title their complement names: "X became
// chairman of Y", "X was acting comptroller at Y", "X serves as treasurer
// of Y"; appointVerbs their passive subject or their object: "X was named
// publisher of Y", "the board elected X chairman of Y".
var (
	asVerbs      = set("become", "remain", "serve", "act", "work")
	appointVerbs = set("name", "appoint", "elect", "swear", "install", "confirm")
)

// roleLedBy: "the Amber Foundation, headed by Ivo Brandt", "the Corvin
// Institute, which is led by Ana Soler": a passive lead verb whose agent
// is a person heads the organization the verb describes, or, where the
// parser attached the verb elsewhere, the one named right before it.
func roleLedBy(x *extractor, ps *psent) {
	for v := range ps.d.Tokens {
		if !in(leadVerbs, ps.lemma(v)) {
			continue
		}
		// a participle, whatever the tagger made of it: no subject
		// or a name right before it ("the Halden Council led by")
		participle := ps.tok(v).XPOS == "VBN" || ps.rel(v) == "acl" || !ps.has(v, "nsubj") && !ps.has(v, "nsubj:pass") ||
			v > 0 && ps.ent[v-1] != nil && ps.ent[v-1].typ == domain.Organization
		if !participle || ps.notYetOrPast(v) {
			continue
		}
		var agents []int
		for _, c := range ps.kids[v] {
			if r := ps.tok(c).Deprel; (r == "obl:agent" || r == "obl" && ps.caseOf(c) == "by") && c > v && x.isPersonArg(ps, c) {
				agents = append(agents, c)
			}
		}
		if len(agents) == 0 {
			if a := x.agentPastTitle(ps, v); a >= 0 {
				agents = append(agents, a)
			}
		}
		body, part := ps.describedOrg(v)
		if h := ps.head(v); body < 0 && ps.rel(v) == "acl" && h >= 0 && x.definiteBody(ps, h) != nil {
			body = h // "The authority, headed by X": the body named before that the noun stands for
		}
		if len(agents) == 0 || body < 0 {
			continue
		}
		pred := domain.HeadOf
		if part {
			pred = domain.MemberOf // "a faction of the Corvin Party led by X"
		}
		for _, a := range agents {
			x.verbRole(ps, []int{a}, v, body, pred)
		}
	}
}

// agentPastTitle returns the person named after "by" and the agent's
// title words, right after participle v, where the parser split the
// phrase ("led by former army colonel X"); -1 for none.
func (x *extractor) agentPastTitle(ps *psent, v int) int {
	k := v + 1
	if k >= len(ps.d.Tokens) || ps.lower(k) != "by" {
		return -1
	}
	for k++; k < len(ps.d.Tokens) && k <= v+6; k++ {
		if x.isPersonArg(ps, k) {
			return k
		}
		if ps.ent[k] != nil || !isTitleNoun(ps.lemmaOrLower(k)) && !in(titleModifiers, ps.lower(k)) && !in(pastMarkers, ps.lower(k)) && ps.tok(k).UPOS != "NOUN" {
			return -1
		}
	}
	return -1
}

// describedOrg returns the organization name token that participle v
// describes: its head when that names an organization ("the Y headed
// by", "the Y, which is led by"), else one whose name ends right before
// it, past a comma; -1 for none. part is set when the name is the "of"
// phrase of a part of the body ("a faction of the Corvin Party led
// by"): what is led is the part, whose leader is a member of the body.
func (ps *psent) describedOrg(v int) (k int, part bool) {
	isOrg := func(k int) bool {
		return k >= 0 && ps.ent[k] != nil && ps.ent[k].typ == domain.Organization && ps.kind[k] == mName
	}
	if ps.rel(v) == "acl" && isOrg(ps.head(v)) {
		return ps.head(v), false
	}
	// "an IMF team led by X": a part the body's name modifies, whose
	// leader is a member of the body
	partOwner := func(n int) int {
		if n < 0 || ps.ent[n] != nil || ps.tok(n).UPOS != "NOUN" || !in(ledParts, ps.lemma(n)) && ps.lemma(n) != "mission" {
			return -1
		}
		for _, c := range ps.kidsWith(n, "compound") {
			if c < n && isOrg(c) {
				return c
			}
		}
		return -1
	}
	if o := partOwner(ps.head(v)); ps.rel(v) == "acl" && o >= 0 {
		return o, true
	}
	k = v - 1
	if k >= 0 && ps.tok(k).Form == "," {
		k--
	}
	if o := partOwner(k); o >= 0 {
		return o, true
	}
	if k >= 0 && ps.lower(k) == "is" || k >= 0 && ps.lower(k) == "was" || !isOrg(k) {
		return -1, false
	}
	h := ps.head(k)
	return k, ps.caseOf(k) == "of" && h >= 0 && ps.ent[h] == nil && in(ledParts, ps.lemma(h))
}

// rolePossessive: "Ivo Brandt's Sentinel Party won the vote": a person
// whose possessive names a party, movement or union is its member.
// Other bodies a person's possessive names ("Brandt's bank", "Kamau's
// government") may be owned, led or only favoured: no role.
func rolePossessive(x *extractor, ps *psent) {
	for _, h := range ps.persons() {
		o := ps.possessed(h)
		if o < 0 || ps.ent[o] == nil || ps.ent[o].typ != domain.Organization || ps.kind[o] != mName {
			continue
		}
		if !in(memberBodies, lastWord(ps.ent[o].name)) {
			continue
		}
		if p := x.personAt(ps, h); p != nil && p != ps.ent[o] {
			x.trace(ps, []int{h, o})
			x.addFact(p.id, domain.MemberOf, ps.ent[o].id, false, ps.idx, ps.s.hedge)
		}
	}
}

// memberBodies end the names of bodies people join: parties, movements,
// unions.
var memberBodies = set("party", "movement", "front", "union", "alliance", "league", "congress")

// possessed returns the token the name holding token h is the
// possessive of (whichever of its words the parser made the "nmod:poss"),
// -1 for none.
func (ps *psent) possessed(h int) int {
	start, end := ps.mentionSpan(h)
	for k := start; k < end; k++ {
		if o := ps.head(k); ps.tok(k).Deprel == "nmod:poss" && (o < start || o >= end) {
			return o
		}
	}
	return -1
}

// roleRank: "said Coast Guard Lt. Steve Hardy": a rank between an
// organization's name and a person's makes the person its member.
func roleRank(x *extractor, ps *psent) {
	for _, h := range ps.persons() {
		start, _ := ps.mentionSpan(h)
		k := start - 1
		if k < 1 || !in(rankRoles, ps.lower(k)) || ps.ent[k] != nil {
			continue
		}
		o := ps.ent[k-1]
		if o == nil || o.typ != domain.Organization || ps.kind[k-1] != mName || !startsUpper(ps.tok(k-1).Form) {
			continue
		}
		if p := x.personAt(ps, h); p != nil {
			x.trace(ps, []int{k - 1, k, h})
			x.addFact(p.id, domain.MemberOf, o.id, false, ps.idx, ps.s.hedge)
		}
	}
}

// rankRoles are the ranks of a force or service that may stand between
// its name and a person's: "Coast Guard Lt. X", "Fire Department Capt.
// Y".
var rankRoles = set("gen.", "general", "col.", "colonel", "lt.", "lieutenant", "sgt.", "sergeant",
	"capt.", "captain", "adm.", "admiral", "maj.", "major", "brig.", "cmdr.", "cdr.", "commander",
	"corporal", "cpl.", "officer", "lt", "gen", "col", "maj", "capt", "sgt", "cmdr")

// roleReport: "Ana Soler covers the courts for the Halden Courier": a
// reporter of a news organization, the "for" phrase the verb's or its
// object's. "X led the inquiry for the Corvin Institute", "X follows
// oil prices for Halden Bank": a task done for any organization makes
// its doer a member.
func roleReport(x *extractor, ps *psent) {
	for v := range ps.d.Tokens {
		task := in(taskVerbs, ps.lemma(v)) && ps.taskObject(v)
		if !in(reportVerbs, ps.lemma(v)) && !task || ps.tok(v).UPOS != "VERB" {
			continue
		}
		subj := x.personSubjects(ps, v)
		if len(subj) == 0 {
			continue
		}
		phrases := ps.kids[v]
		for _, c := range ps.kids[v] {
			if ps.tok(c).Deprel == "obj" {
				phrases = append(slices.Clip(phrases), ps.kids[c]...)
			}
		}
		for _, c := range phrases {
			e := ps.ent[c]
			if c < v || ps.caseOf(c) != "for" || e == nil || e.typ != domain.Organization || !task && !in(mediaWords, lastWord(e.name)) || !ps.caseBeforeName(c) {
				continue
			}
			x.verbRole(ps, subj, v, c, domain.MemberOf)
		}
	}
}

// reportVerbs make their subject a journalist of the news organization
// a "for" phrase names: "X covers the courts for the Halden Courier".
var reportVerbs = set("cover", "report", "write")

// taskVerbs, with a common noun as object, say what someone does for the
// organization named after "for": "led the investigation for X",
// "researched the missile for X", "follows prices for X".
var taskVerbs = set("lead", "research", "investigate", "study", "follow", "analyze", "analyse", "monitor", "track", "handle", "coordinate")

// caseBeforeName reports whether the preposition marking name token c
// stands before the name, not inside it: "leads the opposition Coalition
// for Change", read as "for Change", names no body it works for.
func (ps *psent) caseBeforeName(c int) bool {
	start, _ := ps.mentionSpan(c)
	for _, k := range ps.kids[c] {
		if ps.tok(k).Deprel == "case" && k >= start {
			return false
		}
	}
	return true
}

// taskObject reports whether verb v has a common noun as its object,
// no name: the task done ("led the inquiry"), not a body led.
func (ps *psent) taskObject(v int) bool {
	for _, c := range ps.kids[v] {
		if ps.tok(c).Deprel == "obj" && ps.tok(c).UPOS == "NOUN" && ps.ent[c] == nil {
			return true
		}
	}
	return false
}

// mediaWords end the names of news organizations, or are the names of
// the agencies and networks known by one word.
var mediaWords = setWith(newsNouns, "ap", "upi", "afp", "reuters", "bloomberg", "xinhua", "interfax", "bbc",
	"cnn", "nbc", "abc", "cbs")

// phraseBody returns the organization or country that names the body of
// title t through phrase token c, an "of", "at", "for" or "with" phrase
// (cases); nil when c is no such phrase.
func (x *extractor) phraseBody(ps *psent, c int, cases map[string]bool) *entity {
	r := ps.tok(c).Deprel
	if r != "nmod" && r != "obl" || !cases[ps.caseOf(c)] {
		return nil
	}
	e := x.bodyAt(ps, c)
	if e == nil || ps.caseOf(c) == "in" && e.typ != domain.Organization {
		return nil
	}
	return e
}

// complementBody reads the body named past title t's own complement, a
// common noun after "of": "vice president of programs for Corvin
// Media", "a professor of history at Halden University", "chief of waste
// disposal for the agency". It returns the body and its phrase token, or
// nil. The title holder works in one part of the body: a member of it.
func (x *extractor) complementBody(ps *psent, t int, cases map[string]bool) (*entity, int) {
	for _, c := range ps.kids[t] {
		if c < t || ps.ent[c] != nil || ps.caseOf(c) != "of" && ps.caseOf(c) != "for" || ps.tok(c).UPOS != "NOUN" || isTitleNoun(ps.lemma(c)) {
			continue
		}
		for _, g := range ps.kids[c] {
			if g > c && ps.caseOf(g) != "of" {
				if e := x.phraseBody(ps, g, cases); e != nil {
					return e, g
				}
			}
		}
	}
	return nil, -1
}

// sharedBody reads the body of a title conjoined with others when the
// phrase that names it follows the last of them and the parser attached
// it to another conjunct: "editor and columnist for the Corvin Herald".
// It returns the body and its phrase token, or nil.
func (x *extractor) sharedBody(ps *psent, t int, cases map[string]bool) (*entity, int) {
	first := t
	if ps.tok(t).Deprel == "conj" && ps.head(t) >= 0 {
		first = ps.head(t)
	}
	group := []int{first}
	for _, c := range ps.kids[first] {
		if ps.tok(c).Deprel == "conj" {
			group = append(group, c)
		}
	}
	if len(group) < 2 || !slices.Contains(group, t) {
		return nil, -1
	}
	last := slices.Max(group)
	for _, o := range group {
		if o == t {
			continue
		}
		for _, c := range ps.kids[o] {
			if c > last {
				if e := x.phraseBody(ps, c, cases); e != nil {
					return e, c
				}
			}
		}
	}
	return nil, -1
}

// namedComplement reads the body a title's complement describes and an
// apposition then names: "chairman of the largest opposition party, the
// Sentinel Party". The complement is a lower-case organization word; the
// name follows it after a comma, wherever the parser attached it. It
// returns the body and its token, or nil.
func (x *extractor) namedComplement(ps *psent, t int) (*entity, int) {
	n := len(ps.d.Tokens)
	for _, c := range ps.kids[t] {
		if c < t || ps.ent[c] != nil || ps.caseOf(c) != "of" || !in(orgCues, ps.lemma(c)) || startsUpper(ps.tok(c).Form) {
			continue
		}
		k := ps.subtreeEnd(c)
		if k >= n || ps.tok(k).Form != "," {
			continue
		}
		k++
		for k < n && ps.rel(k) == "det" {
			k++
		}
		if k >= n || ps.ent[k] == nil || ps.ent[k].typ != domain.Organization || ps.kind[k] != mName {
			continue
		}
		if h := ps.mentionHead(k); ps.tok(h).Deprel == "appos" {
			return ps.ent[k], h
		}
	}
	return nil, -1
}

// possessedBody reads the body that owns the lower-case unit a title's
// phrase names: "a physiologist with the Corvin Group's research
// service", "head of the Corvin Aid delegation in Juba" (a part of it,
// ledParts). It returns the owner and its token, or nil.
func (x *extractor) possessedBody(ps *psent, t int, cases map[string]bool) (*entity, int) {
	for _, c := range ps.kids[t] {
		r := ps.tok(c).Deprel
		if c < t || ps.ent[c] != nil || r != "nmod" && r != "obl" || !cases[ps.caseOf(c)] || ps.caseOf(c) == "in" || ps.tok(c).UPOS != "NOUN" {
			continue
		}
		for _, g := range ps.kids[c] {
			r := ps.tok(g).Deprel
			// "the Corvin Group's research service", "the Corvin Group
			// research unit"
			if (r == "nmod:poss" || r == "compound" && in(ledParts, ps.lemma(c))) && ps.ent[g] != nil && ps.ent[g].typ == domain.Organization && ps.kind[g] == mName {
				return ps.ent[g], g
			}
		}
	}
	return nil, -1
}

// ledParts name a part of a party or other body that someone leads:
// "a faction of the Corvin Party led by X".
var ledParts = setWith(unitWords, "faction", "bloc", "caucus", "delegation")

// unitWords name a part of an organization.
var unitWords = set("division", "department", "office", "unit", "branch", "bureau", "section",
	"service", "laboratory", "lab", "school", "faculty", "desk", "team", "staff", "board", "group", "wing",
	"committee", "subcommittee")

// ownedUnit reports whether possessive name token c owns a lower-case
// organization word marked by preposition prep: "of the Corvin Group's
// research division".
func (ps *psent) ownedUnit(c int, prep string) bool {
	u := ps.head(c)
	return u > c && ps.ent[u] == nil && ps.tok(u).UPOS == "NOUN" && in(unitWords, ps.lemma(u)) && ps.caseOf(u) == prep
}

// conjBodies returns the bodies named in a coordination with phrase
// token c after title t, of obj's type: "owner of the Corvin Group and
// the Halden Courier". A head or a member may hold a title in both; an
// office of a country ("president of Kenya and Ethiopia") is left alone.
func (x *extractor) conjBodies(ps *psent, c, t int, obj *entity) []*entity {
	if c < t || obj.typ != domain.Organization {
		return nil
	}
	var out []*entity
	// the conjunct attached to the body or, by the parser, to the title
	for _, k := range slices.Concat(ps.kids[c], ps.kids[t]) {
		e := ps.ent[k]
		if ps.tok(k).Deprel == "conj" && k > c && e != nil && e != obj && e.typ == domain.Organization && ps.kind[k] == mName && !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	return out
}

// oneOf returns the title of an apposition "one of the secretaries of
// X" at token c, the "one" the parser made the apposition; -1 for none.
func (ps *psent) oneOf(c int) int {
	if ps.lower(c) != "one" {
		return -1
	}
	for _, g := range ps.kids[c] {
		if g > c && ps.caseOf(g) == "of" && ps.ent[g] == nil && isTitleNoun(ps.lemma(g)) {
			return g
		}
	}
	return -1
}

// lineRank reports whether token k is an ordinal ranking a title's
// holder in the line of them: "the 23rd president of X" recalls
// one holder among many, in a birthday or an anniversary, and states no
// office held now ("former" is not written because the number says it);
// "the last king of X" ends the line.
func (ps *psent) lineRank(k int) bool {
	f := ps.lower(k)
	if in(rankOrdinals, f) {
		return true
	}
	if len(f) < 3 || f[0] < '0' || f[0] > '9' {
		return false
	}
	switch f[len(f)-2:] {
	case "st", "nd", "rd", "th":
		return strings.Trim(f[:len(f)-2], "0123456789") == ""
	}
	return false
}

// rankOrdinals rank a holder in words ("the fifth president"); "first",
// "second" and "third" also open titles of their own ("First Deputy
// Prime Minister", "Second Secretary") and are left out.
var rankOrdinals = set("last", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
	"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
	"eighteenth", "nineteenth", "twentieth")

// pastModifiers say the holder of the title they modify holds it no more
// ("whose previous chairman, X,", "the sacked governor", "the slain
// mayor", "whose dead founder"). Unlike pastMarkers they are plain words
// elsewhere ("dismissed the minister's plan", "the previous day", "the
// Dead Sea"), so they count only as the title's own modifier in the
// parse (pastModified).
var pastModifiers = set("previous", "sacked", "dismissed", "slain", "assassinated", "deceased", "dead")

// pastModified reports whether one of pastModifiers, at most four words
// before title t, is an adjective the parser hung on t or on a word of
// the title phrase that leads to t ("whose previous secretary general").
func (ps *psent) pastModified(t int) bool {
	for c := max(t-4, 0); c < t; c++ {
		if !in(pastModifiers, ps.lower(c)) || ps.rel(c) != "amod" {
			continue
		}
		for h := ps.head(c); h > c && h <= t; h = ps.head(h) {
			if h == t {
				return true
			}
		}
	}
	return false
}

// pastBefore reports whether a past marker opens the noun phrase of
// title t where the parser did not attach it to the title: "retired
// Halden Rovers goalkeeper X", "retired" read as a verb. It looks back
// over the words of the phrase, up to a comma, a preposition or a verb.
func (ps *psent) pastBefore(t int) bool {
	for j := t - 1; j >= 0 && j >= t-6; j-- {
		if in(pastMarkers, ps.lower(j)) {
			return true
		}
		// "the would-be mayor", the tokenizer having split the hyphen
		if j >= 2 && ps.tok(j-1).Form == "-" && in(pastMarkers, ps.lower(j-2)+"-"+ps.lower(j)) {
			return true
		}
		switch ps.tok(j).UPOS {
		case "PUNCT", "ADP", "VERB", "AUX", "PRON", "SCONJ", "CCONJ":
			return false
		}
	}
	return false
}

// nameBeforeTitle returns the head of the organization named before
// the title words ending at title noun t and an acronym or a full name
// in brackets ("Sentinel Party (SP) candidate", "SP (Sentinel
// Party) leader"); none when there is none.
func (ps *psent) nameBeforeTitle(t int) []int {
	k := t - 1
	for k >= 0 && ps.ent[k] == nil && (in(titleModifiers, ps.lower(k)) || isTitleNoun(ps.lemma(k))) {
		k--
	}
	if k >= 0 && ps.namedOrgAt(k) && ps.head(k) != t {
		// an adjacent name the parser hung elsewhere: "Halden County
		// Court Judge X", the court read as the verb's subject
		return []int{ps.mentionHead(k)}
	}
	if k < 0 || ps.tok(k).Form != ")" {
		return nil
	}
	for k >= 0 && ps.tok(k).Form != "(" && k > t-12 {
		k--
	}
	if k < 0 || ps.tok(k).Form != "(" {
		return nil
	}
	k--
	if k < 0 || !ps.namedOrgAt(k) {
		return nil
	}
	return []int{ps.mentionHead(k)}
}

// namedOrgAt reports whether token k is a capitalized word of an
// organization's name.
func (ps *psent) namedOrgAt(k int) bool {
	return ps.ent[k] != nil && ps.ent[k].typ == domain.Organization && ps.kind[k] == mName && startsUpper(ps.tok(k).Form)
}

// nameBeforeWho returns the person token a relative "who" at token k
// follows when the parser did not attach its clause to the name ("said
// X, who runs Y", the clause read as the object of "said"): the name
// right before the comma, past an age ("X, 58, who"); -1 for none.
func (x *extractor) nameBeforeWho(ps *psent, k int) int {
	if ps.lower(k) != "who" || ps.ent[k] != nil || k < 2 || ps.tok(k-1).Form != "," {
		return -1
	}
	j := k - 2
	if j >= 2 && ps.tok(j).UPOS == "NUM" && ps.tok(j-1).Form == "," {
		j -= 2
	}
	tag := j
	j = ps.partyTagBefore(j) // "Sen. X, R-Texas, who"
	// the parser's antecedent, unless it is the age ("X, 41, who"), the
	// party tag, or the head of a name run the name belongs to
	// ("Nigerian President X, who", the run headed by the demonym)
	if a := ps.antecedent(k); a != k && (a != k-2 || ps.tok(a).UPOS != "NUM") && !ps.inNameRun(j, a) && (a <= j || a > tag) {
		return -1
	}
	if !x.isPersonArg(ps, j) {
		return -1
	}
	return j
}

// titledNameBeforeWho returns the name a "who" at token k describes
// across the title phrase set off after it, where the parser hung the
// clause on the title or on the body the title's phrase names ("Ivo
// Brandt, former director of the Corvin Fund, who now holds …": "who"
// is a person's, never the fund's); -1 for none.
func (x *extractor) titledNameBeforeWho(ps *psent, k int) int {
	if ps.lower(k) != "who" {
		return -1
	}
	a := ps.antecedent(k)
	for a >= 0 && a != k && ps.ent[a] != nil && ps.ent[a].typ != domain.Person && ps.rel(a) == "nmod" {
		a = ps.head(a) // up from the body to its title
	}
	if a == k || a < 0 || ps.ent[a] != nil || ps.tok(a).UPOS != "NOUN" || !isTitleNoun(ps.lemma(a)) {
		return -1
	}
	if h := ps.head(a); ps.rel(a) == "appos" && h >= 0 && x.isPersonArg(ps, h) {
		return h
	}
	j := ps.subtreeStart(a) - 2
	if j < 0 || ps.tok(j+1).Form != "," || !x.isPersonArg(ps, j) {
		return -1
	}
	return j
}

// inNameRun reports whether token j hangs on token a through flat names
// and compounds alone.
func (ps *psent) inNameRun(j, a int) bool {
	for j >= 0 && j != a && (ps.rel(j) == "flat" || ps.rel(j) == "compound") {
		j = ps.head(j)
	}
	return j == a
}

// personSubjects returns the person tokens subject of verb v: its own
// "nsubj" dependents, read through relative pronouns, or, for a verb
// conjoined without a subject of its own, those of the verb it is
// conjoined with ("X, who is a major and works at Y").
func (x *extractor) personSubjects(ps *psent, v int) []int {
	var out []int
	own := false
	for _, c := range ps.kids[v] {
		if ps.tok(c).Deprel != "nsubj" {
			continue
		}
		own = true
		if x.isPersonArg(ps, c) {
			out = append(out, c)
		} else if a := x.nameBeforeWho(ps, c); a >= 0 {
			out = append(out, a)
		} else if a := x.titledNameBeforeWho(ps, c); a >= 0 {
			out = append(out, a)
		} else if a := x.apposedName(ps, c); a >= 0 {
			out = append(out, a)
		}
	}
	if !own && ps.tok(v).Deprel == "conj" && ps.head(v) >= 0 && ps.head(v) < v {
		return x.personSubjects(ps, ps.head(v))
	}
	return out
}

// apposedName returns the person's name set off after common noun k
// ("His successor, X, chairs …"): the person the noun stands for; -1
// for none.
func (x *extractor) apposedName(ps *psent, k int) int {
	if ps.ent[k] != nil || ps.tok(k).UPOS != "NOUN" {
		return -1
	}
	for _, c := range ps.kids[k] {
		if c > k && ps.rel(c) == "appos" && x.isPersonArg(ps, c) {
			return c
		}
	}
	return -1
}

// listGlue are the words that join the names of a coordination.
var listGlue = set(",", "and", "or")

// conjoinedPersons returns the people named in a coordination with
// person token h that share h's phrase at token c ("Ana Soler and Ivo
// Brandt of the Corvin Institute"), either its conjuncts or the name it
// is a conjunct of, leaving out those with a title of their own in the
// sentence. A conjunct shares the phrase only when it comes before it
// and nothing but a comma or a conjunction follows its name: in "Karl
// Benning of NASA and Omar Tidi of the Space Agency" each has its own.
func (x *extractor) conjoinedPersons(ps *psent, h, c int) []*entity {
	var toks []int
	if ps.tok(h).Deprel == "conj" {
		toks = append(toks, ps.head(h))
	}
	for _, c := range ps.kids[h] {
		if ps.tok(c).Deprel == "conj" {
			toks = append(toks, c)
		}
	}
	var out []*entity
	for _, k := range toks {
		if k < 0 || !ps.isPerson(k) {
			continue
		}
		start, end := ps.mentionSpan(k)
		if start > c || end >= len(ps.d.Tokens) || !in(listGlue, ps.lower(end)) {
			continue
		}
		if p := ps.ent[k]; !x.hasTitle(p, ps.idx) {
			out = append(out, p)
		}
	}
	return out
}

// skipAge returns the token after an age set off by commas at token k
// (", 47,"), keeping the second comma; k when there is none.
func (ps *psent) skipAge(k int) int {
	if k+2 < len(ps.d.Tokens) && ps.tok(k).Form == "," && ps.tok(k+1).UPOS == "NUM" && ps.tok(k+2).Form == "," {
		return k + 2
	}
	return k
}

// skipPartyTag returns the token after a US lawmaker's party and state
// set off by commas at token k ("D-Mich.,", "R-S.C.,"), k when there is
// none.
func (ps *psent) skipPartyTag(k int) int {
	n := len(ps.d.Tokens)
	if k+2 >= n || !in(partyLetters, ps.tok(k).Form) || ps.tok(k+1).Form != "-" || !startsUpper(ps.tok(k+2).Form) {
		return k
	}
	for j := k + 3; j < n && j <= k+5; j++ {
		if ps.tok(j).Form == "," {
			return j + 1
		}
		if ps.tok(j).Form != "." {
			break
		}
	}
	return k
}

// partyTagBefore returns, when token j ends a party tag set off by
// commas ("X, R-Texas, who"), the token before the tag's comma; else j.
func (ps *psent) partyTagBefore(j int) int {
	for p := j - 1; p >= 2 && p >= j-5; p-- {
		if ps.tok(p-1).Form == "," && ps.skipPartyTag(p) == j+2 {
			return p - 2
		}
	}
	return j
}

// partyTagStates reads the party tags of ps ("Sen. X, R-Texas,", "D-Ore.",
// "D-N.J."): the state is a place the text names, and the tag itself no
// organization, whatever the token rules made of it.
func (x *extractor) partyTagStates(ps *psent) {
	n := len(ps.d.Tokens)
	for k := 1; k+2 < n; k++ {
		if ps.tok(k-1).Form != "," || !in(partyLetters, ps.tok(k).Form) || ps.tok(k+1).Form != "-" {
			continue
		}
		form, end := ps.tok(k+2).Form, k+3
		if end < n && ps.tok(end).Form == "." && !strings.HasSuffix(form, ".") {
			form, end = form+".", end+1
		}
		name, ok := stateAt(form)
		if !ok && stateNames[form] {
			name, ok = form, true
		}
		if !ok || end >= n || ps.tok(end).Form != "," && ps.tok(end).Form != ")" {
			continue
		}
		for j := k; j < end; j++ {
			if e := ps.ent[j]; e != nil {
				s, t := ps.mentionSpan(j)
				x.dropMention(ps, e, s, t)
				for i := s; i < t; i++ {
					ps.ent[i] = nil
				}
			}
		}
		// the token rules read "R-Texas" as one word: the tag stands for
		// the state, as a demonym does (no alias)
		if os, oe, ok := oldSpan(ps.s, ps.d, k, end); ok {
			e := x.entity(domain.Place, name)
			x.mention(ps.s, os, oe, e, mDemonym)
			for j := k + 2; j < end; j++ {
				ps.ent[j], ps.kind[j] = e, mDemonym
			}
		}
	}
}

// partyLetters stand for a US party before a state: "D-Mich.".
var partyLetters = set("D", "R", "I")

// frontedTitle returns the title of a noun phrase that opens the
// sentence and a comma sets off before person token h's name: "A Halden
// University law professor, Ana Soler helped draft the bill"; none when
// there is none.
func (ps *psent) frontedTitle(h int) []int {
	start, _ := ps.mentionSpan(h)
	t := start - 2
	if t < 1 || ps.tok(start-1).Form != "," || ps.ent[t] != nil || ps.tok(t).UPOS != "NOUN" || !isTitleNoun(ps.lemma(t)) {
		return nil
	}
	// the phrase is the sentence's first: its words reach back to the
	// opening article
	first := t
	var walk func(k int)
	walk = func(k int) {
		for _, c := range ps.kids[k] {
			if c < first {
				first = c
			}
			walk(c)
		}
	}
	walk(t)
	if first != 0 || ps.rel(0) != "det" {
		return nil
	}
	return []int{t}
}

// bodyBeforeTitle reports whether token c is a compound of a title
// starting at token start that names an organization in capitals
// ending right before it: "Senate" in "Nigeria's Senate President".
func (ps *psent) bodyBeforeTitle(c, start int) bool {
	if c >= start || ps.rel(c) != "compound" || ps.ent[c] == nil || ps.ent[c].typ != domain.Organization || ps.kind[c] != mName {
		return false
	}
	_, end := ps.mentionSpan(c)
	return end == start && startsUpper(ps.tok(end-1).Form)
}

// apposAfterName returns the title nouns the parser hung on title t as
// appositions after name h, which is t's apposition too: in "Opposition
// leader X, head of the Corvin Party, said" the second title describes
// X, not the first one.
func (ps *psent) apposAfterName(t, h int) []int {
	_, end := ps.mentionSpan(h)
	var out []int
	for _, c := range ps.kids[t] {
		if c <= h || ps.rel(c) != "appos" || ps.ent[c] != nil || ps.tok(c).UPOS != "NOUN" || !isTitleNoun(ps.lemma(c)) {
			continue
		}
		// the title's phrase opens right after the name's comma
		if first := ps.subtreeStart(c); end < len(ps.d.Tokens) && ps.tok(end).Form == "," && first == end+1 {
			out = append(out, c)
		}
	}
	return out
}

// subtreeStart returns the first token of the subtree of k, not counting
// punctuation or conjuncts.
func (ps *psent) subtreeStart(k int) int {
	start := k
	var walk func(i int)
	walk = func(i int) {
		for _, c := range ps.kids[i] {
			if r := ps.rel(c); r == "conj" || r == "cc" || r == "punct" {
				continue
			}
			start = min(start, c)
			walk(c)
		}
	}
	walk(k)
	return start
}

// portfolioPhrase reports whether the "of" phrase c of title noun lemma
// "minister", read as organization e, is the portfolio instead:
// "Minister of Water Resources and Irrigation", a name with no word of a
// body's. A secretary's may be a party's name ("general secretary of the
// Corvin Samaj").
func (ps *psent) portfolioPhrase(c int, e *entity, lemma string) bool {
	if lemma != "minister" || ps.caseOf(c) != "of" || e.typ != domain.Organization {
		return false
	}
	return !slices.ContainsFunc(strings.Fields(strings.ToLower(e.name)), func(w string) bool { return in(orgCues, w) })
}

// titleSubjectOfName returns the title a name h describes when a
// description between them made the parser take the name for the verb
// of the title: "Its head, Ghanaian diplomat X, said …", parsed as "Its
// head" the subject of "X" and "Ghanaian diplomat" a conjunct of "head";
// -1 for none. The title must be followed by its comma, and the
// description, with no conjunction, run up to the name.
func (ps *psent) titleSubjectOfName(h int) int {
	for _, t := range ps.kids[h] {
		if t >= h || t+1 >= h || ps.rel(t) != "nsubj" || ps.ent[t] != nil || ps.tok(t).UPOS != "NOUN" || !isTitleNoun(ps.lemma(t)) || ps.tok(t+1).Form != "," {
			continue
		}
		for _, d := range ps.kidsWith(t, "conj") {
			if d > t+1 && ps.tok(d).UPOS == "NOUN" && ps.kidWith(d, "cc", "") < 0 && ps.subtreeEnd(d) == h {
				return t
			}
		}
	}
	return -1
}

// titleRootOverName returns the title an apposition name h describes
// when the parser made the title the root and hung the verb the name is
// subject of on it as a clause of its own: "Its president, Ana Lucía
// Ferro, said …", parsed as "president" the root, "said" its parataxis
// and the name the verb's subject; -1 for none. The name must stand
// between two commas, the title's phrase end at the first and the verb
// come right after the second.
func (ps *psent) titleRootOverName(h int) int {
	v := ps.head(h)
	if ps.rel(h) != "nsubj" || v < 0 || ps.rel(v) != "parataxis" {
		return -1
	}
	start, end := ps.mentionSpan(h)
	if start < 2 || ps.tok(start-1).Form != "," || end >= len(ps.d.Tokens) || ps.tok(end).Form != "," || v != end+1 {
		return -1
	}
	t := ps.head(v)
	if t < 0 || t >= start-1 || ps.rel(t) != "root" || ps.ent[t] != nil || ps.tok(t).UPOS != "NOUN" || !isTitleNoun(ps.lemma(t)) {
		return -1
	}
	for _, c := range ps.kids[t] {
		if c != v && ps.rel(c) != "punct" && ps.subtreeEnd(c) > start-1 {
			return -1
		}
	}
	return t
}

// paratacticTitle returns the title in apposition after name h, past its
// age, that the parser hung on the name as a clause of its own: "was
// Matthias Koehler, 58, a historian at the University of Leipzig who …",
// where the name is the sentence's root; -1 for none. The title must
// open with "a", "an" or "the" right after the comma.
func (ps *psent) paratacticTitle(h int) int {
	_, end := ps.mentionSpan(h)
	k := ps.skipAge(end)
	if k >= len(ps.d.Tokens) || ps.tok(k).Form != "," || k+2 >= len(ps.d.Tokens) || !in(articles, ps.lower(k+1)) {
		return -1
	}
	for _, c := range ps.kidsWith(h, "parataxis") {
		if c > k+1 && ps.head(k+1) == c && ps.ent[c] == nil && ps.tok(c).UPOS == "NOUN" && isTitleNoun(ps.lemma(c)) {
			return c
		}
	}
	return -1
}

// reputeVerbs, as participles after a name, say what others hold the
// person to be: "X, believed to be a senior commander of Y".
var reputeVerbs = set("believe", "consider", "think", "know", "say", "report", "reckon")

// reputedTitle returns the title a participle clause on person token h
// says the person is held to be ("X, considered by officials to be a top
// leader of the Sentinel Front"), the parser having hung the clause on
// the name or made the name its subject ("X, believed to be …"); -1 for
// none. The participle must follow the name's comma: "X, not believed to
// be …" denies it.
func (ps *psent) reputedTitle(h int) int {
	_, end := ps.mentionSpan(h)
	verbs := slices.Clone(ps.kids[h])
	if v := ps.head(h); v == end+1 && ps.rel(h) == "nsubj" && ps.tok(end).Form == "," {
		verbs = append(verbs, v)
	}
	for _, v := range verbs {
		if v < end || v > end+1 || !in(reputeVerbs, ps.lemma(v)) || ps.tok(v).UPOS != "VERB" {
			continue
		}
		for _, t := range ps.kids[v] {
			if ps.rel(t) == "xcomp" && ps.ent[t] == nil && ps.tok(t).UPOS == "NOUN" && isTitleNoun(ps.lemma(t)) {
				return t
			}
		}
	}
	return -1
}

// namedTitle returns the title noun a participle of naming hangs name
// h on: "a Corvin Party worker named X", "an activist called Y"; -1 for
// none.
func (ps *psent) namedTitle(h int) int {
	v := ps.head(h)
	if v < 0 || ps.rel(h) != "xcomp" && ps.rel(h) != "obj" || !in(namingVerbs, ps.lemma(v)) || ps.tok(v).XPOS != "VBN" || ps.rel(v) != "acl" {
		return -1
	}
	t := ps.head(v)
	if t < 0 || t > v || ps.ent[t] != nil || ps.tok(t).UPOS != "NOUN" || !isTitleNoun(ps.lemma(t)) {
		return -1
	}
	return t
}

// namingVerbs introduce a name after the noun of what its bearer is.
var namingVerbs = set("name", "call")

// postNouns name an office held: "holds the post of …".
var postNouns = set("post", "position", "office", "job", "rank")

// rolePost: "X, who holds the position of first deputy head of the
// Halden Broadcasting Service": a title named by the "of" phrase of an
// office its subject holds or occupies now (a verb in the present: "held
// the post" may be over).
func rolePost(x *extractor, ps *psent) {
	for v := range ps.d.Tokens {
		if xp := ps.tok(v).XPOS; xp != "VBZ" && xp != "VBP" || ps.lemma(v) != "hold" && ps.lemma(v) != "occupy" || ps.notYetOrPast(v) || ps.negation(v) {
			continue
		}
		subj := x.personSubjects(ps, v)
		if len(subj) == 0 {
			continue
		}
		for _, n := range ps.kidsWith(v, "obj") {
			if !in(postNouns, ps.lemma(n)) {
				continue
			}
			for _, t := range ps.kids[n] {
				if ps.ent[t] != nil || ps.caseOf(t) != "of" || !isTitleNoun(ps.lemma(t)) {
					continue
				}
				if r, used, ok := x.titleRole(ps, t); ok {
					for _, h := range subj {
						x.emitStructureRole(ps, x.personAt(ps, h), r, append(used, h, v))
					}
				}
			}
		}
	}
}

// roleLate reads the appositions and premodifiers again once the
// organization rules have named their bodies: "Air Corvin's chairman,
// X" where the only name the article gave the airline is one the
// org-based rule read ("the Kisumu-based airline Air Corvin").
// A sentence with no such name gives what the first reading gave, and
// is not read again.
func roleLate(x *extractor, ps *psent) {
	if !x.namesLateOrg(ps) {
		return
	}
	roleApposition(x, ps)
	rolePremodifier(x, ps)
}

// namesLateOrg reports whether a proper noun of the sentence with no
// entity of its own names an organization of the article
// (unmentionedOrg), or an untitled person's apposition names one that
// the first reading did not know ("X, an analyst at Tarrow-based
// consultancy Corvinia", named by the org-based rule): what roleLate
// reads again for.
func (x *extractor) namesLateOrg(ps *psent) bool {
	for k := range ps.d.Tokens {
		if x.unmentionedOrg(ps, k) != nil {
			return true
		}
	}
	for _, h := range ps.persons() {
		if p := ps.ent[h]; p != nil && !x.hasTitle(p, ps.idx) && ps.apposNamesOrg(h) {
			return true
		}
	}
	return false
}

// apposNamesOrg reports whether a title in apposition to the name at
// token h has a phrase that names an organization: "an analyst at X".
func (ps *psent) apposNamesOrg(h int) bool {
	for _, t := range ps.kids[h] {
		if ps.rel(t) != "appos" || !isTitleNoun(ps.lemma(t)) {
			continue
		}
		for _, c := range ps.kids[t] {
			if e := ps.ent[c]; e != nil && e.typ == domain.Organization && roleCases[ps.caseOf(c)] {
				return true
			}
		}
	}
	return false
}

// bothHolders returns the person named before person token h, joined to
// it by "and", when h's apposition t is a plural title the two share:
// "Ana Soler, a pilot, and Lena Park, a radio operator, both employees
// of Corvin Freight". The person before is the one whose phrase
// (the name and its own apposition) ends at the comma before "and",
// however the parser hung the two.
func (x *extractor) bothHolders(ps *psent, h, t int) []*entity {
	if ps.tok(t).XPOS != "NNS" || !slices.ContainsFunc(ps.kids[t], func(c int) bool { return ps.lower(c) == "both" }) {
		return nil
	}
	start, _ := ps.mentionSpan(h)
	k := start - 1
	if k < 2 || ps.lower(k) != "and" {
		return nil
	}
	if ps.tok(k-1).Form == "," {
		k--
	}
	for _, p := range ps.persons() {
		if p < start && ps.subtreeEnd(p) == k {
			if e := x.personAt(ps, p); e != nil {
				return []*entity{e}
			}
		}
	}
	return nil
}

// legislatorTitles sit in a country's legislature.
var legislatorTitles = set("lawmaker", "legislator", "mp", "senator", "congressman", "congresswoman", "parliamentarian")

// legislatorCountry returns the country of the place a lawmaker's "from"
// phrase names, and the phrase's token: "a lawmaker from Queensland" sits
// for it in Australia's parliament. The place's country is the
// gazetteer's; a "state", "province" or "region" after the name ("from
// Jubaland state") is the place too. Nil for any other title.
func (x *extractor) legislatorCountry(ps *psent, t int) (*entity, int) {
	if !in(legislatorTitles, ps.lemma(t)) {
		return nil, -1
	}
	for _, c := range ps.kids[t] {
		if c < t || ps.caseOf(c) != "from" {
			continue
		}
		p := c
		if ps.ent[p] == nil && regionKind(ps.lemma(p)) {
			for _, k := range ps.kids[c] {
				if ps.rel(k) == "compound" && ps.ent[k] != nil {
					p = k
				}
			}
		}
		e := ps.ent[p]
		if e == nil || e.typ != domain.Place {
			continue
		}
		if es := x.lookupPlace(e.name); len(es) > 0 && es[0].Country != "" {
			return x.entity(domain.Country, es[0].Country), c
		}
	}
	return nil, -1
}

// possessor reports whether name token c is marked with "'s": the body
// that owns what a verb's object really is ("who heads the Corvin
// Institute's Nairobi office", the parser taking the owner for the
// object). Who leads a part of a body is a member of it. A mark inside
// the name is part of it: "who leads the Corvin Farmers' Alliance".
func (ps *psent) possessor(c int) bool {
	start, end := ps.mentionSpan(c)
	if slices.ContainsFunc(ps.kids[c], func(k int) bool { return ps.possMark(k) && (k < start || k >= end-1) }) {
		return true
	}
	return end < len(ps.d.Tokens) && ps.possMark(end) || ps.possMark(end-1)
}

// unitOwner returns the organization whose possessive owns unit noun c,
// the lower-case object of a lead or work verb: "who heads the group's
// prisoner affairs committee", "chairs the Corvin Party's research
// commission", wherever the parser hung the owner inside the phrase.
// Who leads a part of a body is a member of it. Nil for any other noun.
func (x *extractor) unitOwner(ps *psent, c int) *entity {
	if ps.ent[c] != nil || ps.tok(c).UPOS != "NOUN" || startsUpper(ps.tok(c).Form) || !in(unitWords, ps.lemma(c)) && !in(unitBodies, ps.lemma(c)) {
		return nil
	}
	k := c - 1 // back over the unit's lower-case words to the owner's mark
	for k > 0 && ps.ent[k] == nil && (ps.tok(k).UPOS == "NOUN" || ps.tok(k).UPOS == "ADJ") && !startsUpper(ps.tok(k).Form) {
		k--
	}
	if k < 1 || !ps.possMark(k) {
		return nil
	}
	e := ps.ent[k-1]
	if e == nil && x.unnamedBefore(ps, k-1) {
		return nil // "A group of investors bought … who heads the group's board"
	}
	if e == nil {
		e = x.definiteBody(ps, k-1)
	}
	if os, _, ok := oldSpan(ps.s, ps.d, k-1, k); e == nil && ok && ps.definite(k-1) && in(bodyNouns, ps.lemma(k-1)) {
		e = x.recentBody(ps.s, os) // "the group's"
	}
	if e == nil || e.typ != domain.Organization {
		return nil
	}
	return e
}

// unnamedBefore reports whether common noun t ("the group") repeats one
// named by no name earlier in its paragraph ("A group of investors bought
// a stake in Halden Bank"), which it may stand for rather than a body
// named nearby.
func (x *extractor) unnamedBefore(ps *psent, t int) bool {
	l := ps.lemma(t)
	for i := ps.idx; i >= 0 && x.sents[i].para == ps.s.para; i-- {
		q := x.psentAt(i)
		if q == nil {
			continue
		}
		for n := range q.d.Tokens {
			if i == ps.idx && n >= t {
				break
			}
			if q.tok(n).UPOS == "NOUN" && q.ent[n] == nil && q.lemma(n) == l {
				return true
			}
		}
	}
	return false
}

// unitBodies are the bodies a party or union sets up inside itself
// besides unitWords: "the party's disciplinary commission".
var unitBodies = set("commission", "council")

// chamberWords end the name of a legislative chamber.
var chamberWords = set("senate", "house", "parliament", "congress", "assembly")

// chamberUnitOwner returns the chamber whose committee noun c names in
// lower case after the chamber's name ("the Senate finance committee",
// "the House ethics subcommittee"): who chairs it sits in the chamber,
// as one who chairs "the Senate budget subcommittee" does (unitWords).
// Nil for any other noun: "the Kenyan prisoner committee" is a body of
// its own.
func (ps *psent) chamberUnitOwner(c int) *entity {
	if l := ps.lemma(c); l != "committee" && l != "subcommittee" || startsUpper(ps.tok(c).Form) {
		return nil
	}
	for start := c - 1; start >= 0 && ps.head(start) == c; start-- {
		e := ps.ent[start]
		if e == nil {
			if startsUpper(ps.tok(start).Form) || ps.rel(start) != "compound" && ps.rel(start) != "amod" {
				return nil
			}
			continue
		}
		if e.typ == domain.Organization && in(chamberWords, lastWord(e.name)) {
			return e
		}
		return nil
	}
	return nil
}

// governmentNamedBy returns the country whose government noun c names
// in lower case, by its name or adjective before the noun: "a spokesman
// for the Kenyan government". Nil for any other noun, for a place's
// government ("the Punjab government": no country's), or for two
// countries ("the Kenyan and Ethiopian governments").
func (ps *psent) governmentNamedBy(c int) *entity {
	if ps.lemma(c) != "government" || ps.ent[c] != nil || startsUpper(ps.tok(c).Form) {
		return nil
	}
	var found *entity
	for _, k := range ps.kidsWith(c, "compound", "amod") {
		e := ps.ent[k]
		if e == nil || k > c {
			continue
		}
		if e.typ != domain.Country || found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// caucusLeader reports whether title t leads a chamber's majority or
// minority ("Senate minority leader X", "the House majority leader"), or
// the opposition in a chamber ("the opposition leader in the Senate"):
// a member of the chamber, not its head. An opposition leader of any
// other body leads it ("opposition Labour Party leader X").
func (ps *psent) caucusLeader(t int, chamber bool) bool {
	if ps.lemma(t) != "leader" {
		return false
	}
	for _, c := range ps.kids[t] {
		w := ps.lower(c)
		if c < t && (w == "majority" || w == "minority" || w == "opposition" && chamber) {
			return true
		}
	}
	return false
}

// groupLeader reports whether title t leads a party's group in a
// chamber ("its parliamentary leader, X", "the party's floor leader"):
// a member of the party, which its own leader heads.
func (ps *psent) groupLeader(t int) bool {
	return ps.lemma(t) == "leader" && slices.ContainsFunc(ps.kids[t], func(c int) bool {
		return c < t && in(groupLeaderWords, ps.lower(c))
	})
}

// groupLeaderWords say a leader leads a party's lawmakers only.
var groupLeaderWords = set("parliamentary", "floor")

// caucusWords name a chamber's caucus, no body of its own: "Leader of
// the Opposition" (resolve.go). The same words are read in a floor
// leader's title by titleModifiers (lexicon.go), predicateOf (roles.go),
// caucusLeader above and chamberPeople (entities.go).
var caucusWords = map[string]bool{"majority": true, "minority": true, "opposition": true}

// onlyOrgBefore returns, for an "its" that opens the sentence (token k)
// before an officer's title and that nothing else resolved, the one
// organization the sentence before, in the same paragraph, names outside
// quotes by a name of its own as the subject of its main clause:
// "Halden Biologics won approval to sell the vaccine. Its chief
// executive, X, …". Nil when that sentence names a body or a thing with
// officers only described ("The ministry fined Halden Bank", "The
// coalition accused Halden Bank", "Halden Bank sold the factory": its
// spokesman or manager may be theirs; "Halden Bank, a Lagos-based
// lender" describes the body itself), when the body is no main subject
// ("The club was bought by Halden Holdings. Its chairman") but for the
// agent of a thing with no officers ("The dam is built by Halden
// Power. Its managing director"), when it
// names no organization or several, or one only as a possessive ("Y, the
// Corvin Party's coalition partner, said …": Y is what it is about).
func (x *extractor) onlyOrgBefore(ps *psent, k int) *entity {
	p := ps.idx - 1
	if k != 0 || ps.lower(k) != "its" || ps.ent[k] != nil || p < 0 || x.sents[p].para != ps.s.para || !ps.officerTitle(ps.head(k)) {
		return nil
	}
	prev := x.psentAt(p)
	if prev == nil {
		return nil
	}
	var subj, agent *entity // the main clause's subject, and a passive one's agent
	thing := false          // the subject is a common noun: "The dam is built by …"
	for n, t := range prev.d.Tokens {
		if t.UPOS == "NOUN" && prev.ent[n] == nil && (prev.bodyWord(n) || in(officeredThings, prev.lemma(n))) && !prev.describesOrg(n) {
			return nil // "The coalition accused Halden Bank", "Halden Bank sold the factory"
		}
		if (t.Deprel == "nsubj" || t.Deprel == "nsubj:pass") && prev.rel(prev.head(n)) == "root" {
			subj, thing = prev.ent[n], t.UPOS == "NOUN" && prev.ent[n] == nil
		}
		if t.Deprel == "obl:agent" && prev.rel(prev.head(n)) == "root" {
			agent = prev.ent[n]
		}
	}
	var found *entity
	toks := x.sents[p].toks
	for _, m := range x.sents[p].ments {
		if m.ent.typ != domain.Organization || m.quoted || slices.Contains(x.agencies, m.ent) || m.ent == found {
			continue
		}
		if m.end < len(toks) && toks[m.end].kind == tPoss {
			return nil
		}
		if found != nil {
			return nil
		}
		found = m.ent
	}
	// "The club was bought by Halden Holdings. Its chairman" may be the
	// club's; a thing with no officers of its own ("The dam is being
	// built by Halden Power. Its managing director") leaves the builder
	if found != subj && !(subj == nil && thing && found == agent) {
		return nil
	}
	return found
}

// openingBodyBefore returns, for an "its" that opens the sentence (token
// k) and that nothing else resolved, the organization that opens the
// sentence before, in the same paragraph, as the subject of its words,
// where the parser hung the name elsewhere than on the main verb: "Viking
// Line, which is based in Mariehamn, warned …" (the name the root),
// "The trucking association Linava rejected …" (the noun the root),
// "The Labor opposition has opposed …" (the name a compound). The name
// opens the sentence, after "The" and lower-case words only; lower-case
// nouns describing it, a bracketed acronym and one comma-enclosed
// insertion may follow; then its verb. Nil when the sentence names
// another organization outside the insertion ("The Greens backed the
// bill, but the union has yet to decide"), or after the verb a body or a
// thing with officers of its own ("Halden Bank sold the factory": its
// manager may be the factory's), as onlyOrgBefore.
func (x *extractor) openingBodyBefore(ps *psent, k int) *entity {
	p := ps.idx - 1
	if k != 0 || ps.lower(k) != "its" || ps.ent[k] != nil || p < 0 || x.sents[p].para != ps.s.para {
		return nil
	}
	prev := x.psentAt(p)
	if prev == nil {
		return nil
	}
	n := len(prev.d.Tokens)
	i := 0
	if prev.lower(0) == "the" {
		for i = 1; i < n && i < 4 && prev.ent[i] == nil && prev.tok(i).UPOS != "PUNCT" && !startsUpper(prev.tok(i).Form); i++ {
		}
	}
	if i >= n {
		return nil
	}
	e := prev.ent[i]
	if e == nil || e.typ != domain.Organization || prev.quoted(i) || slices.Contains(x.agencies, e) {
		return nil
	}
	_, j := prev.mentionSpan(i)
	for d := 0; d < 2 && j < n && prev.tok(j).UPOS == "NOUN" && prev.ent[j] == nil && !startsUpper(prev.tok(j).Form); d++ {
		j++ // "The Labor opposition"
	}
	if j < n && prev.tok(j).Form == "(" {
		for j < n && prev.tok(j).Form != ")" {
			j++
		}
		j++
	}
	ins := j
	if j < n && prev.tok(j).Form == "," {
		for j++; j < n && prev.tok(j).Form != ","; j++ {
		}
		j++
	}
	if j >= n || prev.tok(j).UPOS != "VERB" && prev.tok(j).UPOS != "AUX" {
		return nil
	}
	for m := range prev.d.Tokens {
		if m >= ins && m < j {
			continue // the insertion describes the body: "Viking Line, which …,"
		}
		if o := prev.ent[m]; o != nil && o != e && o.typ == domain.Organization && !slices.Contains(x.agencies, o) {
			return nil
		}
		if t := prev.tok(m); m > j && t.UPOS == "NOUN" && prev.ent[m] == nil && (prev.bodyWord(m) || in(officeredThings, prev.lemma(m))) &&
			t.Deprel != "compound" && t.Deprel != "nmod:poss" && !ownedByIts(prev, m) {
			return nil // (not "the stadium plan", "the stadium's plan", "its staff")
		}
	}
	return e
}

// thingWithOfficersBefore reports whether the "its" at token k opens the
// sentence before a title a thing's own manager has (thingTitles) while
// the sentence before, in the same paragraph, sold or bought a thing
// with officers of its own (officeredThings) with no possessor, whose
// officer the title may be as well as the body's: "Halden Bank sold the
// textile factory. Its general manager, X". A board's or an executive's
// title stays the body's ("X bought a wind farm. Its chairman"), and so
// does any title after a thing the body owned ("X sold its unit. Its
// managing director": the "its" is the body's both times); "The union
// opposed the bill. Its president", "X will run the mine. Its
// chairman", "X shut two terminals at the port. Its chief executive"
// are the body's.
func (x *extractor) thingWithOfficersBefore(ps *psent, k int) bool {
	p := ps.idx - 1
	if k != 0 || ps.lower(k) != "its" || p < 0 || x.sents[p].para != ps.s.para || !ps.officerTitle(ps.head(k)) || !in(thingTitles, ps.lemma(ps.head(k))) {
		return false
	}
	prev := x.psentAt(p)
	if prev == nil {
		return false
	}
	for n, t := range prev.d.Tokens {
		if t.UPOS == "NOUN" && prev.ent[n] == nil && in(officeredThings, prev.lemma(n)) && t.Deprel == "obj" && !prev.describesOrg(n) &&
			len(prev.kidsWith(n, "nmod:poss")) == 0 &&
			(prev.lemma(t.Head) == "sell" || in(acquisitionVerbs, prev.lemma(t.Head))) {
			return true
		}
	}
	return false
}

// describesOrg reports whether common noun n is an apposition of an
// organization's name, or the name one of its own, so that it describes
// that body rather than naming another: "Halden Power, a Lagos-based
// consortium", "the state-owned trader, Halden Energy".
func (ps *psent) describesOrg(n int) bool {
	isOrg := func(k int) bool { return k >= 0 && ps.ent[k] != nil && ps.ent[k].typ == domain.Organization }
	if ps.rel(n) == "appos" && isOrg(ps.head(n)) {
		return true
	}
	return slices.ContainsFunc(ps.kidsWith(n, "appos"), isOrg)
}

// officeredThings are things with an officer of their own, so that an
// "its" after a sentence naming one may be theirs: "Halden Bank sold
// the textile factory. Its general manager, X".
var officeredThings = set("factory", "plant", "mine", "refinery", "mill", "club", "team", "hotel", "hospital", "school",
	"university", "port", "airport", "station", "farm", "project", "venture", "subsidiary", "unit", "branch", "fund",
	"consortium", "coalition", "party", "union", "group", "alliance", "bloc", "front", "movement", "investor", "buyer",
	"brewery", "smelter", "shipyard", "newspaper", "channel", "network", "carrier", "airline", "operator", "stadium")

// thingTitles are the officers' titles a plant, a club or a unit has as
// well as its owner, its own manager's: "its (general) manager", "its
// (managing) director"; a chairman, chief executive or president is the
// owner's.
var thingTitles = set("manager", "director")

// officerTitle reports whether title noun t is one only a company, a
// party or a public body has: its chairman, chief executive, managing
// director, general manager or spokesman. A village has a chief, a
// hospital a director, a festival a head.
func (ps *psent) officerTitle(t int) bool {
	if t < 0 {
		return false
	}
	before := ""
	if t > 0 {
		before = ps.lower(t - 1)
	}
	switch l := ps.lemma(t); {
	case in(bodyOnlyTitles, l) && l != "director", in(spokesTitles, l):
		return true
	case l == "executive":
		return before == "chief"
	case l == "director":
		return before == "managing"
	case l == "manager":
		return before == "general"
	}
	return false
}

// spokesTitles are a spokesman's titles.
var spokesTitles = set("spokesman", "spokeswoman", "spokesperson")

// bodyWord reports whether common noun k names a kind of body: "the
// ministry", "the company", "the group", "the authorities".
func (ps *psent) bodyWord(k int) bool {
	l := ps.lemma(k)
	return in(orgCues, l) || in(bodyNouns, l) || in(collectiveBodies, l) || companyNoun(l) || in(bodyClassNouns, l) ||
		in(unitWords, l) || in(watchdogNouns, l)
}

// watchdogNouns name bodies that oversee others: "The regulator fined
// Halden Bank. Its chairman, X" may be the regulator's.
var watchdogNouns = set("regulator", "watchdog", "body", "panel", "tribunal", "inspectorate", "supervisor")

// strayPhrase returns the "at", "for" or "with" phrase right after the
// apposition title t of name h that the parser hung on the name's verb:
// '"…," said X, head of research at Halden Securities, a Lagos-based
// brokerage', where the phrase names the title's body; none otherwise.
func (ps *psent) strayPhrase(h, t int) []int {
	v := ps.head(h)
	if ps.head(t) != h || ps.rel(t) != "appos" || v < 0 {
		return nil
	}
	end := ps.subtreeEnd(t)
	for _, c := range ps.kids[v] {
		if cs := ps.caseOf(c); ps.rel(c) == "obl" && (cs == "at" || cs == "for" || cs == "with") && ps.subtreeStart(c) == end {
			return []int{c}
		}
	}
	return nil
}

// acronymApposed reports whether the body noun c has the initials of an
// organization in apposition, its name: "the Congolese armed forces
// (FARDC)".
func (ps *psent) acronymApposed(c int) bool {
	return slices.ContainsFunc(ps.kidsWith(c, "appos"), func(k int) bool {
		f := ps.tok(k).Form
		return ps.ent[k] != nil && ps.ent[k].typ == domain.Organization && len(f) > 1 && f == strings.ToUpper(f)
	})
}

// departmentDirector reports whether director t is named by the part of
// the body it runs, a department noun in lower case before it ("Its
// operations director, X", "the bank's finance director"): one of the
// body's officers, a member, not its head as a managing or executive
// director is. A compound naming the body's own kind ("the hospital
// director", "the festival director") or a qualifier ("acting
// director") leaves the head.
func (ps *psent) departmentDirector(t int) bool {
	if ps.lemma(t) != "director" {
		return false
	}
	return slices.ContainsFunc(ps.kidsWith(t, "compound"), func(c int) bool {
		f := ps.tok(c).Form
		return c < t && ps.ent[c] == nil && in(departmentNouns, f)
	})
}

// departmentNouns name a part of a body that a director runs.
var departmentNouns = set("operations", "finance", "communications", "communication", "research",
	"marketing", "sales", "programme", "programmes", "program", "programs", "policy", "strategy",
	"security", "engineering", "production", "advocacy", "campaigns", "media", "planning",
	"compliance", "investment", "investments", "development", "projects", "project", "news",
	"information", "resources", "procurement", "logistics", "technology", "design")
