package extract

import (
	"slices"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/domain"
)

// foldAttackerOnly merges an attack that names only its attacker into the
// one attack by the same attacker on a day that does not conflict ("Egypt
// launched its largest drone attack" and "Egypt launched 270 drones,
// hitting Nairobi"). With several candidates it stays on its own.
func foldAttackerOnly(evs []*event) []*event {
	out := evs[:0]
	for i, e := range evs {
		if e.cat != "attack" || e.target != nil || e.attacker == nil {
			out = append(out, e)
			continue
		}
		var into *event
		n := 0
		for j, o := range evs {
			if j != i && o.cat == "attack" && o.target != nil && o.attacker == e.attacker &&
				(o.day == "" || e.day == "" || o.day == e.day) && (o.date == "" || e.date == "" || o.date == e.date) {
				into = o
				n++
			}
		}
		if n != 1 {
			out = append(out, e)
			continue
		}
		if into.killed == "" {
			into.killed = e.killed
		}
		if into.injured == "" {
			into.injured = e.injured
		}
		if into.weapon == "" {
			into.weapon = e.weapon
		}
		if into.sent > e.sent {
			into.sent = e.sent
		}
	}
	return out
}

// weaponNear reports whether a weapon word is within three words of k.
func weaponNear(toks []token, k int) bool {
	for i := max(0, k-3); i < len(toks) && i <= k+4; i++ {
		if _, ok := weaponAt(toks, i); ok {
			return true
		}
	}
	return false
}

// weaponAt returns the weapon token i names; a capitalized word inside
// the sentence is a name ("Shell said"), no weapon.
func weaponAt(toks []token, i int) (string, bool) {
	w, ok := weaponWords[toks[i].lower]
	if !ok || i > 0 && toks[i].cap && toks[i-1].kind == tWord {
		return "", false
	}
	return w, true
}

// attackEvents reads the attack around trigger k: its attacker (a demonym
// before the weapon or attack noun, or the subject of "launched"), its
// target (the place after "on", "at", "into", "in"), weapon and casualties.
// Coordinated attackers ("Doha and Cairo launched") give one event each.
func (x *extractor) attackEvents(s *sentence, c clause, k int, date string) []*event {
	toks := s.toks
	e := &event{cat: "attack", date: date, sent: s.idx, hedge: s.hedge}
	// Threats, warnings, plans and denials report no attack: "threatened
	// to strike", "could launch more missiles", "warned of possible drone
	// attacks", "denied shelling".
	// A shooting dated by a past year is background, whatever day the
	// clause gives ("was cleared on Tuesday after he shot and killed a
	// teenager in 2021").
	shooting := shotDead(toks, k) || shotAndHit(toks, k)
	if lowerAt(toks, k-1) == "to" || reactsTo(toks, k) || (date == "" || shooting) && pastYearOnly(toks[c.lo:c.hi], x.a.Date) || verbalAttack(toks, c, k) ||
		attackTally(toks, c, k) || noAttack(toks, k) || attackOnIdea(toks, k) || frontedAttack(toks, c, k) {
		return nil
	}
	e.toldAgain = theAttack(toks, k)
	e.hit = x.hitNoun(s, k)
	for i := max(c.lo, k-5); i < c.hi && i <= k; i++ {
		if in(irrealisWords, toks[i].lower) && !toks[i].quoted && !monthMay(toks, i) {
			return nil
		}
	}
	// A missile test, or a launch into the sea, hits no one.
	for i := c.lo; i < c.hi; i++ {
		switch toks[i].lower {
		case "test", "tests", "tested", "test-fired", "test-launched", "test-fire", "testing":
			return nil
		case "shot", "shots":
			// warning shots are fired to be missed
			if lowerAt(toks, i-1) == "warning" {
				return nil
			}
		case "sea", "ocean", "waters":
			if lowerAt(toks, i-1) == "the" && lowerAt(toks, i-2) == "into" {
				return nil
			}
		}
	}
	var attackers []*entity
	// "Somali forces arrested five men after fighters raided a base":
	// who raids is the raid verb's own subject, not forces named before it
	own := raidSubject(toks, k)
	for i := range s.ments {
		m := &s.ments[i]
		if m.quoted || m.start < c.lo || m.end > c.hi || m.ent.typ != domain.Country && m.ent.typ != domain.Organization {
			continue
		}
		if own >= 0 && m.end+2 < own {
			continue
		}
		// "Egyptian drone strike", "Ethiopian drones", "a Chinese coast
		// guard ship fired"
		// (not the object: "at a Kenyan military base")
		p := m.start - 1
		if w := lowerAt(toks, p); w == "a" || w == "an" || w == "the" {
			p--
		}
		// "Myanmar military air strike": a country's name as adjective too
		if (m.kind == mDemonym || m.kind == mName && m.ent.typ == domain.Country && m.end < len(toks) && !toks[m.end].cap && toks[m.end].kind == tWord) &&
			m.end < len(toks) && !in(objectPreps, lowerAt(toks, p)) {
			for j := m.end; j < len(toks) && j <= m.end+3 && toks[j].kind == tWord && !toks[j].cap; j++ {
				n := toks[j].lower
				// the noun phrase ends at a function word: "toward the
				// Zorvian side after the shelling" names no attacker
				if in(phraseBreaks, n) {
					break
				}
				// "the British military's agency said": the owner of
				// another noun, not an attacker
				if j+1 < len(toks) && toks[j+1].kind == tPoss {
					break
				}
				if _, ok := weaponWords[n]; ok || in(attackNouns, n) || n == "forces" || n == "troops" || n == "military" ||
					(in(agentNouns, n) || n == "police") && j+1 < len(toks) && (shotDead(toks, j+1) || shotAndHit(toks, j+1)) ||
					in(agentNouns, n) && j+1 < len(toks) && (in(launchVerbs, toks[j+1].lower) || firesOn(toks, j+1) || lowerAt(toks, j+1) == "opened") {
					if !intercepts(toks, j+1) {
						attackers = appendEnt(attackers, m.ent)
					}
					break
				}
			}
		}
	}
	// "Egypt launched 99 drones", "Doha and Cairo launched attacks"
	for v := c.lo; v < c.hi; v++ {
		if !in(launchVerbs, toks[v].lower) && !opensFire(toks, v) && !shotDead(toks, v) && !shotAndHit(toks, v) || toks[v].quoted {
			continue
		}
		for _, a := range x.subjectsBefore(s, v) {
			attackers = appendEnt(attackers, a)
		}
	}
	if g := x.agentsOfGroup(s, k); g != nil {
		attackers = appendEnt(attackers, g)
	}
	// the target: the first place or country named after a target
	// preposition that follows the trigger ("launched missiles at the city
	// of X", "a strike on X"), or "the <demonym> capital".
	for i := k; i < c.hi; i++ {
		// "…, General X told reporters in Arauca": a place after the
		// attribution's verb is where the words were said; so is one
		// after a speech verb inside the object ("a convoy carrying
		// officials who had announced a ceasefire in X"), unless the verb
		// only names what was attacked ("attacked what police described
		// as a camp in X")
		if closingAttribution(toks, k, i) || i > k && isSpeechVerb(toks, i) && !namingVerb(toks, k, i) {
			break
		}
		// "the rounds were fired from a camp near X", "drones launched from
		// X": where it came from, not what it hit
		if toks[i].is("from") {
			for i+1 < c.hi && i < k+12 && !in(attackVerbs, toks[i+1].lower) && toks[i+1].text != "," {
				i++
			}
			// "fired shells from positions near X, in Y state, at …":
			// the "in" phrase after the comma still places where the
			// fire came from
			if lowerAt(toks, i+1) == "," && lowerAt(toks, i+2) == "in" {
				if m := firstPlaceAfter(s, i+3, 6); m != nil && m.end <= c.hi {
					i = m.end - 1
				}
			}
			continue
		}
		if toks[i].quoted || !in(targetPreps, toks[i].lower) && !in(attackVerbs, toks[i].lower) {
			continue
		}
		// "fired water cannon at a Philippine patrol boat": the country of
		// what was hit
		if t := demonymObject(s, i+1); t != nil && !containsEnt(attackers, t) {
			e.target = t
			// "a Thai military base in Surin province": the place hit
			for j := i + 2; j < c.hi && j <= i+8; j++ {
				// "the Kenyan district of Kisumu": the place named
				if toks[j].lower == "of" && in(placeKinds, lowerAt(toks, j-1)) {
					if m := firstPlaceAfter(s, j+1, 2); m != nil && m.ent.typ == domain.Place && m.kind == mName && !isWaterFeature(m.ent) {
						e.target = m.ent
					}
					break
				}
				if toks[j].lower == "in" {
					if m := firstPlaceAfter(s, j+1, 2); m != nil && m.ent.typ == domain.Place && m.kind == mName && !isWaterFeature(m.ent) {
						e.target = m.ent
					}
					break
				}
			}
			break
		}
		if m := firstPlaceAfter(s, i+1, 8); m != nil && !containsEnt(attackers, m.ent) && m.end <= c.hi && !hasWordIn(toks, i+1, m.start, "from") {
			// "attacked a convoy heading to the town of X": where the
			// convoy was going, not where it was hit
			if headedFor(toks, i+1, m.start) {
				break
			}
			// "attacked an army post guarding the pipeline near Saravena,
			// in the department of Arauca": the "in" phrase after the
			// comma places the town the attack was near; the town is
			// where it struck; not when the town is where the fire came
			// from ("fired shells from positions near X, in Y") or where
			// what was hit was going ("a convoy heading for a camp near X")
			if toks[i].lower == "in" {
				if n := nearPlaceBefore(s, i-1, k); n != nil && !containsEnt(attackers, n.ent) && !hasWordIn(toks, k+1, n.start, "from") && !headedFor(toks, k+1, n.start) {
					m = n
				}
			}
			if personalAttack(toks, k) && toks[i].lower == "in" && !raidersIn(toks[c.lo:c.hi]) {
				// "X was shot dead in Kitwe": people were shot there, no
				// place was hit
				e.heldIn = m.ent
				break
			}
			e.target = m.ent
			// "the Kenyan district of Kisumu": the place named
			if m.ent.typ == domain.Country && in(placeKinds, lowerAt(toks, m.end)) && lowerAt(toks, m.end+1) == "of" {
				if p := firstPlaceAfter(s, m.end+2, 2); p != nil && p.ent.typ == domain.Place && p.kind == mName && !isWaterFeature(p.ent) {
					e.target = p.ent
				}
			}
			break
		}
		if t := x.demonymCapital(s, i+1); t != nil {
			e.target = t
			break
		}
	}
	if e.target == nil {
		// "In the Bahir Dar region, … a missile hit a building": the place
		// the clause is set in.
		for i := c.lo; i < k; i++ {
			if toks[i].lower != "in" && toks[i].lower != "near" {
				continue
			}
			m := firstPlaceAfter(s, i+1, 4)
			// "Hours before the envoy's arrival in X, a jet bombed …",
			// "talks with the Taliban administration in X despite an
			// attack": the place of another noun, not where it struck;
			// unless the noun is what was hit ("A U.N. office in X was
			// hit by a rocket")
			if w := lowerAt(toks, i-1); in(ownPlaceNouns, w) && !(m != nil && in(struckPlaceNouns, w) && passiveInto(toks, m.end, k)) {
				continue
			}
			if m != nil && x.placeInNounClause(s, m.start, k) {
				continue
			}
			if m != nil && m.ent.typ == domain.Place && m.kind == mName && !containsEnt(attackers, m.ent) {
				if firesOn(toks, k) {
					// "In Choluteca, police opened fire on protesters":
					// gunfire at people happens there, it hits no place
					e.heldIn = m.ent
				} else {
					e.target = m.ent
				}
				break
			}
		}
	}
	if e.target == nil && e.heldIn == nil && !personalAttack(toks, k) {
		e.target = nearPlace(s, c, k)
	}
	for i := c.lo; i < c.hi; i++ {
		if w, ok := weaponAt(toks, i); ok && !toks[i].quoted {
			if toks[i].lower == "missile" && lowerAt(toks, i-1) == "ballistic" {
				w = "ballistic missile"
			}
			if e.weapon == "" {
				e.weapon = w
			} else if !strings.Contains(e.weapon, w) {
				e.weapon += " and " + w
			}
		}
	}
	// a sea, river or shoal is where it happened, not what was hit
	if e.target != nil && isWaterFeature(e.target) {
		e.heldIn, e.target = e.target, nil
	}
	if e.target != nil && e.heldIn == nil {
		// "… near Scarborough Shoal": where, when the target is a country
		for i := k; i < c.hi; i++ {
			if w := toks[i].lower; w == "near" || w == "off" || w == "on" || w == "in" {
				if m := firstPlaceAfter(s, i+1, 3); m != nil && m.ent.typ == domain.Place && isWaterFeature(m.ent) && m.ent != e.target {
					e.heldIn = m.ent
					break
				}
			}
		}
	}
	e.killed, e.injured = casualties(toks[c.lo:c.hi])
	if len(attackers) == 0 {
		if e.target == nil && e.heldIn == nil {
			return nil
		}
		return []*event{e}
	}
	var out []*event
	for _, a := range attackers {
		c := *e
		c.attacker = a
		if c.target == a {
			c.target = nil
		}
		out = append(out, &c)
	}
	return out
}

// placeInNounClause reports whether the parse hangs the place named at
// token p, before attack trigger k, in a clause that describes a noun
// (acl, acl:relcl) and does not hold k: "The meeting, held at the
// commission's headquarters in X, was chaired by Y, who called the
// attack …", "The agency, whose unit is based in X, said raids had
// killed …" tell where something else is, not where the attack struck
// ("In the X region, a missile hit …" hangs the place on the attack's
// own verb).
func (x *extractor) placeInNounClause(s *sentence, p, k int) bool {
	if relativeAround(s.toks, p, k) {
		return true
	}
	ps, t := x.parseAt(s, k)
	if ps == nil {
		return false
	}
	_, pt := x.parseAt(s, p)
	if pt < 0 {
		return false
	}
	above := map[int]bool{}
	for a := t; a >= 0 && !above[a]; a = ps.head(a) {
		above[a] = true
	}
	seen := map[int]bool{}
	for a := pt; a >= 0 && !above[a] && !seen[a]; a = ps.head(a) {
		seen[a] = true
		if ps.rel(a) == "acl" {
			return true
		}
	}
	return false
}

// relativeAround reports whether token p stands in a relative clause
// set off by commas that closes before token k: opened by a comma and
// "whose", "which" or "who", closed by a comma after p (the parser may
// read "The agency, whose unit is based in X, said …" as the sentence's
// own clause).
func relativeAround(toks []token, p, k int) bool {
	for i := p - 1; i >= 0; i-- {
		if toks[i].text != "," {
			continue
		}
		switch lowerAt(toks, i+1) {
		case "whose", "which", "who":
			return hasWordIn(toks, p+1, k, ",")
		}
		return false
	}
	return false
}

// attackOnIdea reports whether the attack noun at k is a figure of
// speech: an attack on a right, a freedom or a state's standing, no strike
// ("denounced the deal as an attack on its sovereignty", "an assault on
// press freedom", "called the sacking an attack on the bank's
// independence"). The words after "on" up to the idea may be a
// determiner, a possessive, a name's possessive and lower-case modifiers;
// the idea ends its phrase.
func attackOnIdea(toks []token, k int) bool {
	switch toks[k].lower {
	case "attack", "attacks", "assault", "assaults":
	default:
		return false
	}
	if lowerAt(toks, k+1) != "on" {
		return false
	}
	for i := k + 2; i < len(toks) && i <= k+6; i++ {
		t := &toks[i]
		if t.kind == tPunct || t.quoted != toks[k].quoted {
			return false
		}
		if !t.cap && in(ideaNouns, t.lower) {
			// the head of its phrase, not a modifier ("an attack on
			// the independence monument")
			next := lowerAt(toks, i+1)
			return i+1 >= len(toks) || toks[i+1].kind != tWord || in(phraseBreaks, next)
		}
	}
	return false
}

// ideaNouns are what only words attack: a state's or a people's rights,
// freedoms and standing.
var ideaNouns = set("sovereignty", "democracy", "freedom", "freedoms", "independence", "constitution", "rights",
	"liberty", "liberties", "dignity", "autonomy", "values", "integrity")

// verbalAttack reports whether the verb "attacked" at k is criticism, no
// strike: "attacked Brussels over its migration policy", "attacked Berlin
// for its stance", "attacked Kyiv's decision to raise taxes", or a
// speaker's attack ("the foreign minister attacked X"), where the clause
// names no weapon and no casualty.
func verbalAttack(toks []token, c clause, k int) bool {
	switch toks[k].lower {
	case "attack", "attacked", "attacks", "attacking":
	default:
		return false
	}
	if k == 0 {
		return false
	}
	if d := lowerAt(toks, k-1); d == "a" || d == "an" || d == "the" || toks[k-1].kind == tPoss || in(phraseBreaks, d) && d != "and" {
		return false // the noun: "an attack on X"
	}
	for i := c.lo; i < c.hi; i++ {
		if _, ok := weaponAt(toks, i); ok {
			return false
		}
	}
	if killed, injured := casualties(toks[c.lo:c.hi]); killed != "" || injured != "" {
		return false
	}
	// the subject: a speaker
	for i := k - 1; i >= c.lo && i >= k-4 && toks[i].kind != tPunct; i-- {
		if in(speakerNouns, toks[i].lower) {
			return true
		}
	}
	// the object's decision, handling, policy …
	for i := k + 1; i < c.hi && i <= k+6 && toks[i].text != ","; i++ {
		if toks[i].kind == tPoss && in(criticisedNouns, lowerAt(toks, i+1)) {
			return true
		}
		// "over its policy", "for failing to act"
		if w := toks[i].lower; (w == "over" || w == "for") && i > k+1 {
			n := lowerAt(toks, i+1)
			if n == "its" || n == "his" || n == "her" || n == "their" || strings.HasSuffix(n, "ing") && n != "during" || in(criticisedNouns, n) || in(criticisedNouns, lowerAt(toks, i+2)) {
				return true
			}
		}
	}
	return false
}

// headedFor reports whether toks[from:to] send what was hit on its way
// to a place: "a convoy heading to", "a bus bound for", "on its way to".
func headedFor(toks []token, from, to int) bool {
	for i := from; i < to; i++ {
		switch toks[i].lower {
		case "heading", "headed", "bound", "travelling", "traveling", "returning", "route":
			return true
		case "way":
			if lowerAt(toks, i+1) == "to" {
				return true
			}
		}
	}
	return false
}

// speakerNouns name those whose attacks are words.
var speakerNouns = set("minister", "ministers", "premier", "president", "chancellor", "leader", "leaders", "lawmaker",
	"lawmakers", "legislator", "legislators", "senator", "senators", "mp", "mps", "politician", "politicians", "party",
	"spokesman", "spokeswoman", "spokesperson", "candidate", "commentators", "critics")

// criticisedNouns name what one attacks in words.
var criticisedNouns = set("decision", "decisions", "handling", "policy", "policies", "stance", "plan", "plans", "remarks",
	"comments", "statement", "failure", "refusal", "response", "record", "approach", "proposal", "budget", "reforms", "role")

// raiderNouns name armed men who come to a place to kill.
var raiderNouns = set("gunmen", "militants", "insurgents", "rebels", "fighters", "jihadists")

// raidersIn reports whether toks name raiders: "gunmen shot dead two
// laborers in the Kech district" is a raid on the district, its target,
// where "police shot dead a protester in Kitwe" hit no place.
func raidersIn(toks []token) bool {
	for _, t := range toks {
		if in(raiderNouns, t.lower) && !t.quoted {
			return true
		}
	}
	return false
}

// nearPlace returns the named place a "near" phrase after trigger k names
// when the attack hit no place the clause names: "ambushed a convoy
// carrying fuel to the mine near Tarrow" hit around Tarrow. A sea, a
// river or a shoal is none (where ships were hit is where it happened);
// the caller asks for none where a person was shot dead near a town (the
// shooting hit no place).
func nearPlace(s *sentence, c clause, k int) *entity {
	for i := k + 1; i < c.hi; i++ {
		if s.toks[i].lower == "from" {
			// "the shells came from an army base near X": where the
			// fire came from, not what it hit
			return nil
		}
		if closingAttribution(s.toks, k, i) || isSpeechVerb(s.toks, i) && !namingVerb(s.toks, k, i) {
			// "…, the governor told reporters near Butembo": where the
			// words were said, not what was hit; so for a speech verb
			// inside the object ("the home of a chief who told
			// reporters near X")
			return nil
		}
		if s.toks[i].lower != "near" || s.toks[i].quoted {
			continue
		}
		if m := firstPlaceAfter(s, i+1, 3); m != nil && m.ent.typ == domain.Place && m.kind == mName && m.end <= c.hi && !isWaterFeature(m.ent) {
			return m.ent
		}
		return nil
	}
	return nil
}

// closingAttribution reports whether token i is the verb of an
// attribution that closes the clause of attack trigger k: a speech verb
// after a comma that follows k ("…, killing two, the governor told
// reporters near X"). A verb inside the object ("attacked what police
// described as a camp near X") is none, nor one set off by commas ("a
// village, an official said, near X": the place after it is the
// attack's).
func closingAttribution(toks []token, k, i int) bool {
	return i > k && isSpeechVerb(toks, i) && hasWordIn(toks, k+1, i, ",") && lowerAt(toks, i+1) != ","
}

// namingVerb reports whether the speech verb at token i, after attack
// trigger k, only names what was attacked: it is followed by "as", or
// stands in a "what" clause opened after the trigger ("stormed what the
// army described as a base in X", "hit what officials called a depot"),
// or an attribution set off by commas ("a village, an official said, in
// X").
func namingVerb(toks []token, k, i int) bool {
	switch lowerAt(toks, i+1) {
	case "as", ",":
		return true
	}
	return hasWordIn(toks, max(k+1, i-4), i, "what")
}

// nearPlaceBefore returns the place named just before the comma at
// token c and after attack trigger k, when "near" or "outside" (with
// "the town of" between, or not) introduces it: "near Haditha, in Anbar
// province", "outside the village of Kuru, in the Rift Valley".
func nearPlaceBefore(s *sentence, c, k int) *mention {
	if c <= k+1 || s.toks[c].text != "," {
		return nil
	}
	m := mentionAt(s, c-1)
	if m == nil || m.end != c || m.start <= k || m.quoted || m.kind != mName || m.ent.typ != domain.Place || isWaterFeature(m.ent) {
		return nil
	}
	p := m.start - 1
	if lowerAt(s.toks, p) == "of" && in(placeKinds, lowerAt(s.toks, p-1)) && lowerAt(s.toks, p-2) == "the" {
		p -= 3
	}
	if w := lowerAt(s.toks, p); w != "near" && w != "outside" {
		return nil
	}
	return m
}

// pastYearOnly reports whether a clause dates what it tells by no more
// than a past year ("since a truck bomb in 2022 killed more than 100",
// "a group that hit a firm in Antwerp last year"):
// background to the story, not one of its events (a year is no date).
func pastYearOnly(toks []token, articleDate string) bool {
	if len(articleDate) < 4 {
		return false
	}
	for i := 1; i < len(toks); i++ {
		// "a group that hit a firm in Antwerp last year"
		if toks[i-1].lower == "last" && toks[i].lower == "year" {
			return true
		}
		if p := toks[i-1].lower; p != "in" && p != "since" {
			continue
		}
		if y := toks[i].lower; len(y) == 4 && y >= "1900" && y < articleDate[:4] && strings.Trim(y, "0123456789") == "" {
			return true
		}
	}
	return false
}

// attackTally reports whether attack word k is counted over a span of
// time: a plural attack noun after a count ("had recorded 41 attacks on
// mining sites since January", "dozens of raids this year"), or a clause
// that counts times ("have attacked police posts dozens of times this
// year"). A tally of many attacks is none of them one event.
func attackTally(toks []token, c clause, k int) bool {
	w := toks[k].lower
	if in(attackNouns, w) && strings.HasSuffix(w, "s") && isCount(toks, k-1) {
		return spanAfter(toks, k+1)
	}
	seg := commaSpan(toks, c, k)
	return countedTimes(toks, seg) >= 0 && spanAfter(toks, seg.lo)
}

// commaSpan returns the part of clause c between the commas around token
// k: the phrases that count its verb's times, not another verb's after
// ", and" ("stormed X on Sunday, killing six, and have attacked it
// several times since March").
func commaSpan(toks []token, c clause, k int) clause {
	lo, hi := k, k+1
	for lo > c.lo && toks[lo-1].text != "," && toks[lo-1].text != ";" {
		lo--
	}
	for hi < c.hi && toks[hi].text != "," && toks[hi].text != ";" {
		hi++
	}
	return clause{lo, hi}
}

// isCount reports whether token i counts more than one: "41", "three",
// "dozens of", "several".
func isCount(toks []token, i int) bool {
	n := lowerAt(toks, i)
	if n == "of" && in(manyWords, lowerAt(toks, i-1)) || n == "several" || n == "many" {
		return true
	}
	if v, ok := numberWords[n]; ok {
		return v > 1
	}
	return i >= 0 && i < len(toks) && toks[i].kind == tNum && strings.Trim(strings.ReplaceAll(n, ",", ""), "0123456789") == ""
}

// countedTimes returns the index of "times" after a count in clause c
// ("three times", "dozens of times"): what its verb tells happened again
// and again; -1 if none.
func countedTimes(toks []token, c clause) int {
	for i := c.lo + 1; i < c.hi; i++ {
		if toks[i].lower == "times" && !toks[i].quoted && isCount(toks, i-1) {
			return i
		}
	}
	return -1
}

// spanAfter reports whether a span of time up to now follows token i in
// its sentence: "since January", "since 2021", "this year", "over the
// past months", "so far".
func spanAfter(toks []token, i int) bool {
	for ; i+1 < len(toks) && toks[i].text != ";"; i++ {
		switch w, next := toks[i].lower, toks[i+1].lower; {
		case w == "since" && (toks[i+1].cap || toks[i+1].kind == tNum || strings.HasSuffix(next, "ing")):
			return true // "since January", "since 2021", "since taking office"
		case (w == "this" || w == "past" || w == "last") && (next == "year" || next == "month" || next == "months" || next == "years"):
			return true
		case w == "so" && next == "far":
			return true
		}
	}
	return false
}

// noAttack reports whether attack noun k is denied its being: "there
// have been no attacks on X", "no new attacks".
func noAttack(toks []token, k int) bool {
	return in(attackNouns, toks[k].lower) && (lowerAt(toks, k-1) == "no" || lowerAt(toks, k-2) == "no" && toks[k-1].kind == tWord && !toks[k-1].cap)
}

// manyWords count before "of": "dozens of attacks".
var manyWords = set("dozens", "scores", "hundreds", "thousands", "tens")

// theAttack reports whether singular attack noun k is told with "the"
// ("The attack on the mine began before dawn"): the attack the article
// reported before, told again.
//
// An attack compared with ("the deadliest since the attack on X",
// "resembled the attack on X", "days after the attack on X") is another.
func theAttack(toks []token, k int) bool {
	w := toks[k].lower
	if !in(attackNouns, w) || strings.HasSuffix(w, "s") || lowerAt(toks, k-1) != "the" {
		return false
	}
	p := lowerAt(toks, k-2)
	return !in(comparisonWords, p) && !((p == "after" || p == "before") && in(spanWords, lowerAt(toks, k-3)))
}

// ownPlaceNouns place themselves with the "in" or "near" phrase after
// them: a journey, a meeting or a seat of government ("the envoy's
// arrival in X", "talks in X", "the administration in X"). Before an
// attack's trigger, such a phrase says nothing of where it struck.
var ownPlaceNouns = set("arrival", "visit", "trip", "talks", "meeting", "summit", "negotiations", "conference",
	"administration", "government", "office")

// struckPlaceNouns are the ownPlaceNouns a blow can strike where they
// are: a building or a gathering ("A U.N. office in X was hit by a
// rocket", "A peace meeting in X was attacked by gunmen"), not talks, a
// visit or a government, which a "was attacked" criticises ("The talks
// in X were attacked by opposition leaders as a sham").
var struckPlaceNouns = set("office", "meeting", "summit", "conference")

// frontedAttack reports whether attack noun k is the object of a time or
// concession phrase that opens its clause and ends at the comma after it
// ("Despite the attack, the government will hold talks in X", "Hours
// after the attack, a bus overturned near X"): an attack told before,
// whose clause reports something else, so that the places and tolls after
// the comma are not its own.
func frontedAttack(toks []token, c clause, k int) bool {
	if !in(attackNouns, toks[k].lower) || lowerAt(toks, k+1) != "," || k+1 >= c.hi {
		return false
	}
	i := c.lo
	if in(spanWords, toks[i].lower) {
		i++ // "Hours after", "Days after"
	}
	if !in(frontedPreps, lowerAt(toks, i)) {
		return false
	}
	i++
	if w := lowerAt(toks, i); w == "the" || w == "this" || w == "that" || i+1 < k && toks[i+1].kind == tPoss {
		i++ // "after the attack", "after Sunday's attack"
		if toks[i].kind == tPoss {
			i++
		}
	}
	return i == k
}

// frontedPreps open a phrase of time or concession before a clause.
var frontedPreps = set("despite", "after", "following", "since")

// passiveInto reports whether the words from "from" up to the trigger k
// are only the auxiliaries of its passive ("… in X was attacked", "…
// in X had been shelled"): the phrase before them is what was hit.
func passiveInto(toks []token, from, k int) bool {
	if from >= k {
		return false
	}
	for _, t := range toks[from:k] {
		if !in(perfectAux, t.lower) {
			return false
		}
	}
	return true
}

// comparisonWords before "the attack" compare another attack with the
// one reported.
var comparisonWords = set("since", "like", "unlike", "than", "resembled", "resembles", "resembling", "recalled", "recalls",
	"recalling", "echoed", "echoes", "echoing", "mirrored", "mirrors", "mirroring")

// hitNoun returns the lemma of the common noun the parse gives as what
// attack trigger k hit: "attacked a police station" and "the attack on an
// army school" give "station" and "school"; "attacked Odesa" none.
func (x *extractor) hitNoun(s *sentence, k int) string {
	ps, t := x.parseAt(s, k)
	if ps == nil || t < 0 {
		return ""
	}
	for _, c := range ps.kids[t] {
		if ps.tok(c).UPOS != "NOUN" {
			continue
		}
		if r := ps.rel(c); r == "obj" || (r == "nmod" || r == "obl") && in(objectPreps, ps.caseOf(c)) {
			return ps.lemma(c)
		}
	}
	return ""
}

// reactionVerbs take an attack already reported as their object:
// "condemned the attack", "denounced the strike".
var reactionVerbs = set("condemned", "condemns", "condemn", "denounced", "denounces", "deplored", "deplores",
	"criticised", "criticized", "mourned", "investigating", "investigated", "blamed", "blames")

// reactsTo reports whether the attack noun at k is the definite object
// of a reaction ("the government, based in Aden, condemned the attack"):
// a reference back to an attack, which the clause does not place.
func reactsTo(toks []token, k int) bool {
	d := lowerAt(toks, k-1)
	return in(attackNouns, toks[k].lower) && (d == "the" || d == "this" || d == "that" || d == "its") && in(reactionVerbs, lowerAt(toks, k-2))
}

// phraseBreaks end the noun phrase after a demonym or country: what
// follows them does not modify it.
var phraseBreaks = set("after", "before", "the", "a", "an", "of", "to", "in", "on", "at", "and", "or",
	"by", "from", "with", "for", "as", "while", "since", "that", "which", "who", "toward", "towards", "near")

// objectPreps introduce what an attack hit ("fired at a Kenyan base"),
// unlike "in a Kenyan strike", which names the attacker.
var objectPreps = set("at", "on", "against", "targeting", "into")

// intercepts reports whether the verb at k (past "had", "have") shoots
// down what was fired: its subject defends, it does not attack ("American
// forces had shot down four drones").
func intercepts(toks []token, k int) bool {
	for k < len(toks) && (toks[k].lower == "had" || toks[k].lower == "have" || toks[k].lower == "has" || toks[k].lower == "also") {
		k++
	}
	switch lowerAt(toks, k) {
	case "shot":
		return lowerAt(toks, k+1) == "down" // not "shot dead"
	case "intercepted", "downed", "repelled", "repulsed", "destroyed", "thwarted", "foiled":
		return true
	}
	return false
}

// irrealisWords before an attack's trigger make it one that did not (yet)
// happen, or that its subject denies.
var irrealisWords = set("could", "would", "might", "may", "possible", "possibly", "threatened", "threatens",
	"threaten", "threatening", "warned", "warns", "warning", "vowed", "vows", "if", "unless", "plans",
	"planned", "planning", "will", "denied", "denies", "deny", "denying", "fear", "feared", "fears", "avoid", "prevent",
	// an attack foiled or averted did not happen: "police foiled an attack on a station"
	"prevented", "prevents", "preventing", "foiled", "foil", "foils", "foiling", "thwarted", "thwart", "thwarts", "thwarting",
	"averted", "avert", "averts", "averting")

// isWaterFeature reports whether a place is a sea, river, shoal or the
// like, by the last word of its name.
func isWaterFeature(p *entity) bool {
	if p.typ != domain.Place {
		return false
	}
	switch lastWord(p.name) {
	case "sea", "river", "shoal", "shoals", "strait", "gulf", "bay", "ocean", "channel", "lake", "reef", "canal":
		return true
	}
	return false
}

// vesselNouns are what a demonym object of an attack may be: "a
// Philippine patrol boat", "Indian posts".
var vesselNouns = set("boat", "boats", "vessel", "vessels", "ship", "ships", "post", "posts", "positions",
	"base", "bases", "convoy", "patrol", "troops", "soldiers", "aircraft", "plane", "jet", "drone", "outpost", "outposts")

// demonymObject returns the country of "a Philippine fisheries patrol
// boat" at token k: a demonym followed by lower-case words ending in a
// vessel or post.
func demonymObject(s *sentence, k int) *entity {
	toks := s.toks
	if w := lowerAt(toks, k); w == "a" || w == "an" || w == "the" || w == "two" || w == "three" {
		k++
	}
	m := mentionAt(s, k)
	// (a country's name used as adjective too: "a Thai base")
	if m == nil || m.start != k || m.kind == mGov || m.ent.typ != domain.Country || m.quoted {
		return nil
	}
	for j := m.end; j < len(toks) && j <= m.end+3 && toks[j].kind == tWord && !toks[j].cap; j++ {
		if in(vesselNouns, toks[j].lower) {
			return m.ent
		}
	}
	return nil
}

// capitalPhrase reads "the capital of Qatar" at token k as the
// capital the gazetteer gives that country.
func (x *extractor) capitalPhrase(s *sentence, k int) *entity {
	if lowerAt(s.toks, k) != "the" || lowerAt(s.toks, k+1) != "capital" || lowerAt(s.toks, k+2) != "of" || x.gaz == nil {
		return nil
	}
	if m := countryMentionAt(s, k+3); m != nil {
		if c := x.gaz.Capital(m.ent.name); c != "" {
			return x.entity(domain.Place, c)
		}
	}
	return nil
}

// demonymCapital reads "the Ethiopian capital" or "the Solomon Islands
// capital" at token k as the capital the gazetteer gives that country
// (not "the Kenya Capital Markets Authority", a body's name).
func (x *extractor) demonymCapital(s *sentence, k int) *entity {
	if lowerAt(s.toks, k) != "the" {
		return nil
	}
	m := countryMentionAt(s, k+1)
	if m == nil || m.kind != mDemonym && m.kind != mName || lowerAt(s.toks, m.end) != "capital" || x.gaz == nil {
		return nil
	}
	if m.kind == mName && (s.toks[m.end].cap || m.end+1 < len(s.toks) && s.toks[m.end+1].cap) {
		return nil
	}
	if c := x.gaz.Capital(m.ent.name); c != "" {
		return x.entity(domain.Place, c)
	}
	return nil
}

// subjectsBefore returns the actors that are the subject of the verb at v:
// "Egypt launched", "Doha and Cairo launched", "Hamas fighters fired",
// "Thai jets bombed", "the RSF (…) shelled". A state body counts as its
// country ("the Pakistani army").
func (x *extractor) subjectsBefore(s *sentence, v int) []*entity {
	toks := s.toks
	k := v - 1
	for k >= 0 && (toks[k].lower == "has" || toks[k].lower == "had" || toks[k].lower == "have" || toks[k].lower == "also" || toks[k].lower == "overnight" || toks[k].lower == "reportedly") {
		k--
	}
	agent := false
	if k >= 0 && in(agentNouns, toks[k].lower) && !toks[k].cap {
		k--
		agent = true
		// "Chinese coast guard ship": a few lower-case nouns before it
		// (not a verb: "X said jets bombed")
		for n := 0; n < 3 && k >= 0 && toks[k].kind == tWord && !toks[k].cap && !in(functionWords, toks[k].lower) &&
			!in(gapWords, toks[k].lower) && !isSpeechVerb(toks, k) && !strings.HasSuffix(toks[k].lower, "ed"); n++ {
			k--
		}
	}
	if k >= 0 && toks[k].text == ")" {
		for k >= 0 && toks[k].text != "(" {
			k--
		}
		k--
	}
	var out []*entity
	for k >= 0 {
		m := mentionEndingAt(s, k+1)
		if m == nil || m.quoted || m.ent.typ == domain.Place || m.ent.typ == domain.Person || m.kind == mDemonym && !agent {
			break
		}
		e := m.ent
		if e.typ == domain.Organization && e.partOf != "" {
			e = x.byID[e.partOf]
		} else if c := x.seatCountry(e); c != nil && agent {
			e = c // "Kremlin forces": the state's
		}
		out = appendEnt(out, e)
		k = m.start - 1
		if k < 0 || toks[k].lower != "and" {
			break
		}
		k--
	}
	return out
}

// opensFire reports whether the verb at v opens fire ("police opened
// fire on protesters"): its subject is the attacker.
func opensFire(toks []token, v int) bool {
	w := toks[v].lower
	return (w == "opened" || w == "open" || w == "opens") && lowerAt(toks, v+1) == "fire"
}

// firstPlaceAfter returns the first place or country named by name within
// n tokens after k, before any punctuation that ends the phrase.
func firstPlaceAfter(s *sentence, k, n int) *mention {
	for i := k; i < len(s.toks) && i < k+n; i++ {
		t := &s.toks[i]
		if t.text == "," || t.text == "." || t.text == ";" || t.kind == tQuote || isSpeechVerb(s.toks, i) {
			return nil
		}
		if m := mentionAt(s, i); m != nil && m.start == i && m.kind != mDemonym && !m.quoted &&
			(m.ent.typ == domain.Place || m.ent.typ == domain.Country || m.kind == mGov) {
			// "Afghanistan's Paktika province": the place in the country;
			// "Bujumbura's Kamenge district": the district of the town,
			// the smaller of the two
			if (m.ent.typ == domain.Country || m.ent.typ == domain.Place && m.kind == mName) && m.end+1 < len(s.toks) && s.toks[m.end].kind == tPoss {
				if p := mentionAt(s, m.end+1); p != nil && p.start == m.end+1 && p.ent.typ == domain.Place && !p.quoted && (m.ent.typ == domain.Country || p.kind == mName) {
					return p
				}
			}
			if p := namedPlaceOf(s, m); p != nil {
				return p
			}
			return m
		}
	}
	return nil
}

// namedPlaceOf returns the place a country mention m introduces as one
// of its towns, named right after: "Azerbaijan's capital, Baku", "the
// Saudi city of Jeddah", "Chad's town of Abeche" (placeKinds). The
// town, not the country, is where the event was; nil when no place is
// named ("in Kenya's capital", "the Saudi city's mayor").
func namedPlaceOf(s *sentence, m *mention) *mention {
	if m.ent.typ != domain.Country {
		return nil
	}
	toks := s.toks
	j := m.end
	poss := j < len(toks) && toks[j].kind == tPoss
	if poss {
		j++
	}
	if !in(placeKinds, lowerAt(toks, j)) {
		return nil
	}
	switch {
	case lowerAt(toks, j+1) == "of":
		j += 2
	case poss && lowerAt(toks, j+1) == ",":
		j += 2 // "Azerbaijan's capital, Baku"
	case poss:
		j++ // "Azerbaijan's capital Baku"
	default:
		return nil
	}
	if p := mentionAt(s, j); p != nil && p.start == j && p.ent.typ == domain.Place && p.kind == mName && !p.quoted {
		return p
	}
	return nil
}

// casualties reads "killing three people", "injuring 74", "N people were
// killed", "injured at least one person".
func casualties(toks []token) (killed, injured string) {
	// "the death toll rose to 14": the latest count
	for i := range toks {
		if toks[i].lower != "toll" {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+10; j++ {
			if toks[j].lower == "to" {
				if n, ok := countAt(toks, j+1); ok {
					killed = n
				}
				break
			}
		}
	}
	for i := range toks {
		// "shot dead two (striking) workers"
		if shotDead(toks, i) && killed == "" {
			if n, ok := countAt(toks, i+2); ok {
				killed = n
			} else if i+4 < len(toks) && toks[i+3].kind == tWord && !toks[i+3].cap {
				// past one modifier
				if n, ok := countAt(slices.Delete(slices.Clone(toks), i+3, i+4), i+2); ok {
					killed = n
				}
			}
		}
		// "resulted in two deaths", "left five dead"
		if (toks[i].lower == "deaths" || toks[i].lower == "dead") && killed == "" && i > 0 {
			if n, ok := countAt(toks[:i+1], i-1); ok {
				killed = n
			}
		}
		var dst *string
		switch toks[i].lower {
		case "killing", "killed", "kills", "kill":
			dst = &killed
		case "injuring", "injured", "wounding", "wounded", "injures", "wounds":
			dst = &injured
		default:
			continue
		}
		if *dst != "" {
			continue
		}
		// after the verb: "killing three people", "injured at least one person"
		if n, ok := countAt(toks, i+1); ok {
			*dst = n
			continue
		}
		// before it: "74 people were injured", "two people were killed"
		j := i - 1
		for j >= 0 && (toks[j].lower == "were" || toks[j].lower == "was" || toks[j].lower == "been" || toks[j].lower == "have" || toks[j].lower == "had") {
			j--
		}
		if j >= 0 && in(peopleWords, toks[j].lower) {
			j--
			if n, ok := countAt(toks, j); ok {
				*dst = n
			}
		} else if j >= 0 && j == i-1 {
			// "two people were killed and five wounded"
			if n, ok := countAt(toks[:j+1], j); ok && lowerAt(toks, j-1) == "and" {
				*dst = n
			}
		}
	}
	return killed, injured
}

// onePerson are the nouns "a" counts as one before: "killed a child".
var onePerson = set("child", "man", "woman", "civilian", "soldier", "boy", "girl", "policeman", "officer", "journalist", "teenager", "resident")

var peopleWords = set("people", "person", "civilians", "civilian", "children", "soldiers", "residents", "others", "man", "woman",
	"crew", "members", "officers", "policemen", "fishermen", "sailors", "troops", "workers", "men", "women")

// countAt reads a number of people at token k: "at least one person",
// "74 people", "three civilians".
func countAt(toks []token, k int) (string, bool) {
	if lowerAt(toks, k) == "at" && lowerAt(toks, k+1) == "least" || lowerAt(toks, k) == "more" && lowerAt(toks, k+1) == "than" {
		k += 2
	}
	if k < 0 || k >= len(toks) {
		return "", false
	}
	w := strings.ReplaceAll(toks[k].lower, ",", "")
	next := lowerAt(toks, k+1)
	n, err := strconv.Atoi(w)
	if err != nil {
		v, ok := numberWords[w]
		if !ok {
			return "", false
		}
		// "killed a child": one, but only before a person
		if (w == "a" || w == "an") && !in(onePerson, next) {
			return "", false
		}
		n = v
	}
	// "45 Palestinians": a capitalized plural is a people too
	nationals := k+1 < len(toks) && toks[k+1].cap && strings.HasSuffix(next, "s")
	if !in(peopleWords, next) && !in(onePerson, next) && !nationals && next != "" && next != "." && next != "," && next != "deaths" && next != "dead" && next != "and" {
		return "", false
	}
	return strconv.Itoa(n), true
}

// hasWordIn reports whether word w is among toks[from:to].
func hasWordIn(toks []token, from, to int, w string) bool {
	for k := max(from, 0); k < to && k < len(toks); k++ {
		if toks[k].lower == w {
			return true
		}
	}
	return false
}
