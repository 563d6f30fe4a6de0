package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/domain"
)

// event is an attack, talks or phone call the article reports, gathered
// from the sentences that describe it.
type event struct {
	cat          string // attack, talks, phone_call
	participants []*entity
	heldIn       *entity
	date         string
	day          string // the weekday as written, to tell events apart in undated articles
	attacker     *entity
	target       *entity
	victims      []*entity // named people killed or wounded
	weapon       string
	killed       string
	injured      string
	sent         int
	hedge        domain.Hedging
	// planned marks an event still to come ("will meet"), kept apart
	// from those that took place
	planned bool
	// separate marks one of several meetings a sentence tells apart
	// ("met A and B separately"): the same place and day, other parties
	separate bool
	// sides marks talks between "both sides" or "the two sides": the
	// parties of the event reported before
	sides bool
	// joined are the parties a participle clause joins to the event
	// ("met …, joined by X"): they tell no other meeting apart
	joined []*entity
	// weekAhead marks a plan dated by "next week" alone ("will meet Y in
	// Z next week"): kept, with its place, though no day is given
	weekAhead bool
	// forTalks marks a visit made for talks with someone ("is due to
	// visit X for talks with Y"): the talks its sentence reports are it
	forTalks bool
	// beside is the gathering on whose sidelines this meeting was held
	// ("met X on the sidelines of the summit"): its place, and an
	// event of its own
	beside *event
	// toldAgain marks an attack the token rules read as "the attack"
	// ("The attack on the mine began before dawn"): the attack reported
	// before, unless the report tells it apart (mergeEvent)
	toldAgain bool
	// hit is the head noun of what an attack hit ("attacked a police
	// station": "station"), when a common noun names it
	hit string
	// ref is the event reported before that this report refers back to
	// without telling it apart ("attended the meeting", "told the
	// summit"): its parties join that one
	ref *event
	// id is the Event node's ID, for events read back from their facts
	id string
	// told are the sentences the facts of an event read back come from
	// (lastTold)
	told []int
}

// lastTold returns the last sentence up to sentence i that states a fact
// of event e, read back from its facts; -1 if none does.
func (e *event) lastTold(i int) int {
	last := -1
	for _, s := range e.told {
		if s <= i {
			last = max(last, s)
		}
	}
	return last
}

// Trigger words of events.
var (
	attackNouns = set("strike", "strikes", "attack", "attacks", "airstrike", "airstrikes",
		"bombing", "bombings", "bombardment", "shelling", "barrage", "raid", "raids", "assault")
	launchVerbs = set("launched", "launches", "launch", "fired", "fires", "sent", "sends",
		"shelled", "shells", "bombed", "bombs", "struck", "strikes", "pounded", "pounds",
		"attacked", "attacks", "targeted", "targets", "batters", "battered", "smashed", "hit", "hits")
	weaponWords = map[string]string{
		"drone": "drones", "drones": "drones", "missile": "missiles", "missiles": "missiles",
		"rocket": "rockets", "rockets": "rockets", "artillery": "artillery", "shell": "artillery", "shells": "artillery",
		"airstrike": "airstrikes", "airstrikes": "airstrikes", "bombs": "bombs", "mortar": "mortars",
		"mortars": "mortars", "shelling": "artillery", "cannon": "water cannon", "grenade": "grenade",
		"grenades": "grenade", "gunfire": "gunfire",
	}
	// attackOnlyVerbs report an attack without naming a weapon.
	attackOnlyVerbs = set("shelled", "shells", "bombed", "bombs", "attacked", "bombarded", "shelling", "bombing", "attacking", "stormed", "raided")
	// killVerbs report an attack when an armed actor is their subject:
	// "Israeli forces have killed at least 45 people".
	killVerbs = set("killed", "kill", "kills", "wounded", "injured")
	// agentNouns stand between an attacker and its verb: "Hamas fighters
	// fired", "Thai jets bombed".
	agentNouns = set("forces", "troops", "fighters", "militants", "military", "army", "jets",
		"warplanes", "aircraft", "drones", "artillery", "navy", "soldiers", "gunmen", "militia",
		"rebels", "units", "missiles", "ship", "ships", "vessel", "vessels", "boat", "boats",
		"gunboat", "gunboats", "helicopter", "helicopters", "tanks", "snipers", "sniper", "gunman", "movement")
	talksNouns = set("talks", "negotiations", "meeting", "summit", "discussions")
	talksVerbs = set("met", "meet", "meets", "meeting", "convened", "convene", "convenes")
	// participantNouns after a demonym make its country a party to talks:
	// "Egyptian and Ethiopian officials".
	participantNouns = set("officials", "negotiators", "mediators", "delegation", "delegations", "delegates", "team", "teams", "envoys", "diplomats")
	// targetPreps introduce what an attack hit.
	targetPreps = set("on", "at", "into", "in", "against", "targeting", "over", "across")
	numberWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
		"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1}
)

// findEvents reads attacks, talks and phone calls sentence by sentence,
// merges the sentences that describe the same event (same category and
// place, target or participants, no conflicting date) and emits each as an
// Event node. An event needs a place, a target, an attacker or two
// participants to be kept: a bare "talks" says nothing.
func (x *extractor) findEvents() {
	var evs []*event
	for si := range x.sents {
		s := &x.sents[si]
		if s.headline || s.title {
			continue
		}
		for _, e := range x.sentenceEvents(s) {
			evs = x.mergeEvent(evs, e)
		}
	}
	for i, e := range evs {
		if e.sides {
			e.addParties(lastSides(evs[:i]))
		}
	}
	for _, e := range foldAttackerOnly(evs) {
		x.emitEvent(e)
	}
}

// lastSides returns the two sides of the latest of evs that has
// countries or organizations among its parties ("the government and the
// rebels began exchanging detainees … The deal was reached in talks
// between negotiators from both sides"); nil unless it has exactly two.
func lastSides(evs []*event) []*entity {
	for i := len(evs) - 1; i >= 0; i-- {
		var sides []*entity
		for _, p := range evs[i].participants {
			if p.typ == domain.Country || p.typ == domain.Organization {
				sides = append(sides, p)
			}
		}
		if len(sides) == 0 {
			continue
		}
		if len(sides) != 2 {
			return nil
		}
		return sides
	}
	return nil
}

// sentenceEvents reads the events of a sentence, one of each kind per
// clause ("An Egyptian strike killed three, while Ethiopian drones hit …" is
// two attacks).
func (x *extractor) sentenceEvents(s *sentence) []*event {
	toks := s.toks
	var out []*event
	// "A day earlier, …" counts from the last event of the sentence
	// before.
	prevDate := x.prevEventDate
	defer func() {
		for _, e := range out {
			if e.date != "" {
				x.prevEventDate = e.date
			}
		}
	}()
	lo := 0
	if s.idx == x.datelineSent {
		lo = x.datelineBody // the dateline takes no part
	}
	for lo < len(toks) {
		hi, next := clauseEnd(toks, lo)
		c := clause{lo, hi}
		attackDone, talksDone, callDone, swapDone := false, false, false, false
		talksTried := false
		foiledAt := -1
		first := len(out)
		date, day := "", ""
		for k := lo; k < hi; k++ {
			t := &toks[k]
			if t.kind != tWord || t.quoted || !in(triggerWords, t.lower) {
				continue
			}
			var evs []*event
			switch {
			case !swapDone && isSwap(toks, k):
				swapDone = true
				date, day = x.when(s, c, k, prevDate)
				if e := x.swapEvent(s, c, k, date); e != nil {
					evs = []*event{e}
				}
			case !attackDone && !x.searchRaid(toks, k) && !civilSense(toks, k) && (in(attackNouns, t.lower) || in(attackOnlyVerbs, t.lower) || in(launchVerbs, t.lower) && (weaponNear(toks, k) || agentBefore(toks, k)) ||
				in(killVerbs, t.lower) && (len(x.subjectsBefore(s, k)) > 0 || armedBefore(toks, k)) || firesOn(toks, k) || personalAttack(toks, k) || bombWent(toks, k) ||
				(in(killVerbs, t.lower) || in(launchVerbs, t.lower) || slamsInto(toks, k) && x.struckWeaponSubject(s, k)) && x.weaponSubject(s, k)):
				if foiledAt < 0 && foiled(toks, c, k) {
					// "After soldiers foiled an attack in X, gunmen
					// attacked Y": the foiled one did not happen, the
					// next of its own is still tried
					foiledAt = k
					break
				}
				attackDone = true
				if foiledAt >= 0 && !ownAttackAfter(toks, foiledAt, k) {
					break // "foiled an attack on a base, killing three militants"
				}
				date, day = x.when(s, c, k, prevDate)
				if !x.deniedInParse(s, k) {
					evs = x.attackEvents(s, c, k, date)
				}
				for _, e := range evs {
					if e.attacker == nil {
						e.attacker = x.attackerInParse(s, k)
					}
				}
			case !callDone && (in(callNouns, t.lower) && (in(callModifiers, lowerAt(toks, k-1)) || t.lower != "call" && t.lower != "calls") ||
				spokeWith(s, k)):
				callDone = true
				date, day = x.when(s, c, k, prevDate)
				if !x.hopedInParse(s, k) {
					evs = x.callEvents(s, k, date)
				}
			case !talksDone && (in(talksNouns, t.lower) && (!talksTried || heldFrame(toks, k)) || !talksTried && in(talksVerbs, t.lower) && (lowerAt(toks, k+1) == "with" || lowerAt(toks, k+1) == "in" || personAt(s, k+1))):
				d, dy := x.when(s, c, k, prevDate)
				if ownPeriod(toks, k) {
					// "talks that resumed in X this week": not the day
					// of the clause they are set in
					d, dy = "", ""
				}
				if talksTried && (!dayDate(d) || x.futureDate(d)) {
					// read again, the noun is taken only on a day on or
					// before the article's: "urged X to return to talks at
					// a summit … next month", "… in May", "… later this
					// month" may still be to come
					break
				}
				if !talksTried {
					date, day = d, dy
				}
				talksTried = true
				// a talks word that reads no talks held ("to bring Y back
				// to denuclearization talks during a meeting with Z")
				// leaves the clause's next talks noun to be read where it
				// is told as held (heldFrame); a verb of meeting after it,
				// "the talks began when X met Y and Z separately", is the
				// parse's to read (eventVerb)
				e := x.talksEvent(s, c, k, d)
				if e != nil && !x.hopedInParse(s, k) && !x.metByNoActor(s, k) {
					talksDone = true
					date, day = d, dy
					if x.placeOfOtherVerb(s, k, e.heldIn) {
						e.heldIn = nil
					}
					evs = []*event{e}
				}
			}
			for _, e := range evs {
				e.day = day
			}
			out = append(out, evs...)
		}
		if len(out) > first && date != "" {
			prevDate = date
		}
		lo = next
	}
	if !slices.ContainsFunc(out, func(e *event) bool { return e.cat == "prisoner_exchange" }) {
		if e := x.mutualRelease(s, prevDate); e != nil {
			out = append(out, e)
		}
	}
	return out
}

// slamsInto reports whether token k is "slammed into" (or "slams"):
// with a weapon its subject, a strike ("missiles slammed into the port");
// "slammed" alone is mostly a word of criticism.
func slamsInto(toks []token, k int) bool {
	return (toks[k].lower == "slammed" || toks[k].lower == "slams") && lowerAt(toks, k+1) == "into"
}

// struckWeaponSubject reports whether the weapon subject of "slammed
// into" at token k struck: it has a country, demonym or group before it
// whose weapon it is ("Russian missiles slammed into", "Hezbollah
// rockets") or the verb a casualty participle ("the militia's rockets
// slammed into a market, killing four people"), and no word of civilian
// use: a noun before it that names no one ("A Chinese cargo drone", "a
// police drone", "A delivery drone"; the weapon's own kind, "cruise
// missiles", is none) or a clause of what it carries ("A drone carrying
// medical supplies"). Such a drone may have crashed.
func (x *extractor) struckWeaponSubject(s *sentence, k int) bool {
	ps, t := x.parseAt(s, k)
	if ps == nil {
		return false
	}
	owned := false
	for _, c := range ps.subjectsOf(t) {
		for _, j := range ps.kids[c] {
			r, e := ps.rel(j), ps.ent[j]
			switch {
			case j < c && r == "compound" && e == nil && ps.tok(j).UPOS == "NOUN" && !in(weaponKinds, ps.lower(j)),
				j > c && r == "acl" && in(carryVerbs, ps.lemma(j)):
				return false
			case j < c && (r == "amod" || r == "compound" || r == "nmod") && e != nil && e.typ != domain.Place && e.typ != domain.Person:
				owned = true
			}
		}
	}
	return owned || casualtyParticiple(ps, t)
}

// weaponKinds are the nouns that say a weapon's kind before it ("cruise
// missiles", "attack drones"), not its civilian use.
var weaponKinds = set("cruise", "attack", "kamikaze", "suicide", "combat", "artillery", "mortar", "rocket", "missile", "strike", "assault")

// carryVerbs say what a drone carries or does on its way, a civilian use:
// "a drone carrying medical supplies".
var carryVerbs = set("carry", "deliver", "transport", "ferry", "film", "spray", "survey", "monitor")

// casualtyParticiple reports whether verb t has a participle of killing
// or wounding a number of people after it: "…, killing four people",
// "…, wounding two".
func casualtyParticiple(ps *psent, t int) bool {
	for _, j := range ps.kids[t] {
		if r := ps.rel(j); j < t || r != "advcl" && r != "xcomp" && r != "conj" || !in(casualtyParticiples, ps.lower(j)) {
			continue
		}
		for _, o := range ps.kids[j] {
			if ps.rel(o) != "obj" {
				continue
			}
			if ps.tok(o).UPOS == "NUM" || ps.kidWith(o, "nummod", "") >= 0 {
				return true
			}
		}
	}
	return false
}

var casualtyParticiples = set("killing", "wounding", "injuring")

// heldFrame reports whether talks noun k is told as held, the frame of
// another clause's doings: "during a meeting with X", "after a meeting
// in Y", "at talks in Z".
func heldFrame(toks []token, k int) bool {
	i := k - 1
	if w := lowerAt(toks, i); w == "a" || w == "the" || w == "an" {
		i--
	}
	w := lowerAt(toks, i)
	return w == "during" || w == "after" || w == "at"
}

// foiled reports whether a word of foiling is among the five words
// before attack trigger k of clause c: "soldiers foiled an attack".
func foiled(toks []token, c clause, k int) bool {
	for i := max(c.lo, k-5); i < k; i++ {
		if in(foilWords, toks[i].lower) && !toks[i].quoted {
			return true
		}
	}
	return false
}

var foilWords = set("prevented", "prevents", "preventing", "prevent", "foiled", "foil", "foils", "foiling",
	"thwarted", "thwart", "thwarts", "thwarting", "averted", "avert", "averts", "averting")

// ownAttackAfter reports whether attack trigger k, after the foiled one
// at f, is set off from it by a comma and is no participle of it
// ("…, gunmen attacked a village", not "…, killing three militants").
func ownAttackAfter(toks []token, f, k int) bool {
	return hasWordIn(toks, f, k, ",") && !strings.HasSuffix(toks[k].lower, "ing")
}

// ownPeriod reports whether event noun k has a relative clause that
// sets it in a week or a month of its own: "talks that resumed in Addis
// Ababa this week" (the day of "rejected on Thursday" is not theirs).
func ownPeriod(toks []token, k int) bool {
	if w := lowerAt(toks, k+1); w != "that" && w != "which" {
		return false
	}
	// (past the clause's end: "this week after a pause" ends a clause
	// at "week", clauseEnd)
	for i := k + 2; i+1 < len(toks) && i <= k+10; i++ {
		if toks[i].text == "," {
			return false
		}
		if w := toks[i].lower; (w == "this" || w == "last") && (toks[i+1].lower == "week" || toks[i+1].lower == "month") {
			return true
		}
	}
	return false
}

// placeOfOtherVerb reports whether the parse hangs the place the token
// rules gave the talks of token k on a verb the talks are the subject of
// that reports no event: "The talks are being followed closely in
// Brussels" (where they are followed, not held).
func (x *extractor) placeOfOtherVerb(s *sentence, k int, place *entity) bool {
	ps, t := x.parseAt(s, k)
	if ps == nil || place == nil {
		return false
	}
	h := ps.head(t)
	if h < 0 || ps.rel(t) != "nsubj" || ps.tok(h).UPOS != "VERB" || in(eventSubjectLemmas, ps.lemma(h)) || in(holdLemmas, ps.verbLemma(h)) {
		return false
	}
	return slices.ContainsFunc(ps.kids[h], func(c int) bool { return ps.rel(c) == "obl" && ps.ent[c] == place })
}

// civilSense reports whether the attack word at k is meant in a sense
// that is no attack: a strike of workers ("went on strike", "a general
// strike", "a hunger strike") or a raid by the police or investigators
// ("police raided the offices").
func civilSense(toks []token, k int) bool {
	switch toks[k].lower {
	case "strike", "strikes":
		return in(workStrikeCues, lowerAt(toks, k-1)) || joinedStrike(toks, k) || lowerAt(toks, k+1) == "action" || timedStrike(lowerAt(toks, k-1)) && !strikeOnTarget(toks, k) ||
			lowerAt(toks, k+1) == "over" && (in(strikeGrievances, lowerAt(toks, k+2)) || in(strikeGrievances, lowerAt(toks, k+3)))
	case "raid", "raids", "raided":
		if disguisedAs(toks, k) {
			return false
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if in(policeWords, toks[j].lower) {
				return true
			}
		}
	}
	return false
}

// searchRaid reports whether raid word k tells of a search by the
// police, not an attack: people were arrested in it ("agents arrested 14
// people on Thursday in raids on ranches"), or the police raided (as
// civilSense reads), and a later "the raids" refers back to such raids
// ("met on Wednesday to plan the raids").
func (x *extractor) searchRaid(toks []token, k int) bool {
	switch toks[k].lower {
	case "raid", "raids", "raided":
	default:
		return false
	}
	if civilSense(toks, k) || x.searchRaids && lowerAt(toks, k-1) == "the" {
		x.searchRaids = true
		return true
	}
	if disguisedAs(toks, k) {
		return false // "gunmen dressed as police raided a bank"
	}
	if j := raidSubject(toks, k); j >= 0 {
		// "a day after gunmen raided a police station": whoever raids
		// says what the raid is, not the arrest before it
		if !in(policeWords, toks[j].lower) && !(toks[j].lower == "forces" && lowerAt(toks, j-1) == "security") {
			return false
		}
		x.searchRaids = true
		return true
	}
	// "raids on villages by bandits": a raid's agent decides as its
	// subject does
	if j := raidAgent(toks, k); j >= 0 {
		return in(policeWords, toks[j].lower) || toks[j].lower == "security" && lowerAt(toks, j+1) == "forces"
	}
	for i := k - 1; i >= 0 && i >= k-10; i-- {
		if in(arrestWords, toks[i].lower) && !toks[i].quoted {
			if !arrestByPolice(toks, i) {
				return false
			}
			x.searchRaids = true
			return true
		}
		if in(clauseBreaks, toks[i].lower) {
			break
		}
	}
	return false
}

// raidSubject returns the word right before raid verb k that raids
// ("gunmen raided a station", "militants raid a village"), past
// auxiliaries and adverbs; -1 where the raid word is a noun ("in raids
// on ranches", "during a raid") or nothing names who raids.
func raidSubject(toks []token, k int) int {
	verb := toks[k].lower == "raided" || in(determiners, lowerAt(toks, k+1))
	if !verb {
		return -1
	}
	j := k - 1
	for j >= 0 && in(raidAdverbs, toks[j].lower) {
		j--
	}
	if j < 0 || toks[j].kind == tPunct || in(determiners, toks[j].lower) || in(raidNonSubjects, toks[j].lower) {
		return -1
	}
	return j
}

// raidAgent returns the first word of the "by" phrase that names who
// made raid noun k ("raids on villages by bandits in Zamfara"), within a
// few words and before a comma; -1 where none.
func raidAgent(toks []token, k int) int {
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		if toks[j].kind == tPunct || in(clauseBreaks, toks[j].lower) {
			return -1
		}
		if toks[j].lower == "by" {
			j++
			if in(determiners, lowerAt(toks, j)) {
				j++
			}
			if j < len(toks) && toks[j].kind == tWord {
				return j
			}
			return -1
		}
	}
	return -1
}

// disguisedAs reports whether the words right before raid verb k give
// the raiders' disguise ("gunmen dressed as police", "militants posing as
// security forces"): they are no subject.
func disguisedAs(toks []token, k int) bool {
	for j := k - 1; j >= 1 && j >= k-4; j-- {
		if toks[j].lower == "as" && in(disguiseWords, toks[j-1].lower) {
			return true
		}
	}
	return false
}

// disguiseWords put on another's looks.
var disguiseWords = set("posing", "posed", "dressed", "disguised", "masquerading", "masquerade", "impersonating")

// raidAdverbs stand between a raid verb and its subject.
var raidAdverbs = set("had", "have", "has", "also", "reportedly", "allegedly", "then", "later", "jointly", "first")

// raidNonSubjects before a raid word name no one who raids.
var raidNonSubjects = set("in", "during", "after", "before", "of", "on", "to", "and", "or", "that", "which", "who",
	"when", "where", "while", "were", "was", "been", "being", "be", "fresh", "new", "overnight", "dawn", "night",
	"further", "more", "several", "two", "three", "joint", "coordinated", "simultaneous")

// arrestByPolice reports whether arrest word i is the police's or
// security forces' ("police and agents arrested 14 people … in raids"),
// or passive with no one named ("were detained in raids").
func arrestByPolice(toks []token, i int) bool {
	switch lowerAt(toks, i-1) {
	case "were", "was", "been", "being", "be":
		return true
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if in(policeWords, toks[j].lower) || in(arrestingForces, toks[j].lower) {
			return true
		}
	}
	return false
}

// arrestWords take people into custody.
var arrestWords = set("arrested", "arrest", "arrests", "detained", "detain", "detains")

// arrestingForces are, besides policeWords, those whose arrests in raids
// make the raids searches.
var arrestingForces = set("forces", "troops", "soldiers", "army", "authorities", "security")

// workStrikeCues before "strike" make it a stoppage of work.
var workStrikeCues = set("on", "general", "hunger", "labor", "labour", "rail", "transport", "teachers", "doctors", "nurses", "workers", "dock", "wildcat",
	"full", "nationwide", "national", "indefinite", "partial", "warning")

// workStrikeVerbs take a stoppage of work as their object: people join,
// extend or prolong a strike ("would join the strike", "extending a
// strike that has shut the mines"); a strike from the air is launched or
// carried out.
var workStrikeVerbs = set("join", "joins", "joined", "joining", "extend", "extends", "extended", "extending",
	"prolong", "prolongs", "prolonged", "prolonging")

// joinedStrike reports whether "strike" at k is the object of
// workStrikeVerbs, with a determiner between or none ("joined the
// strike", "extending a strike", "joined strikes"), and no phrase after
// it aims the strikes anywhere: "extended its strikes to the port",
// "joined the strikes on rebel positions" are raids spreading ("on" a
// day is when).
func joinedStrike(toks []token, k int) bool {
	v := k - 1
	switch lowerAt(toks, v) {
	case "a", "the", "their", "its", "this":
		v--
	}
	if !in(workStrikeVerbs, lowerAt(toks, v)) {
		return false
	}
	switch lowerAt(toks, k+1) {
	case "to", "into", "against", "at", "targeting", "across":
		return false
	case "on":
		_, day := weekdayNum[lowerAt(toks, k+2)]
		_, month := monthNum[lowerAt(toks, k+2)]
		return day || month
	}
	return true
}

// timedStrike reports whether w, the word before "strike", gives the
// strike a length ("a 48-hour strike", "a three-day strike"): a stoppage
// of work, which is called for a time; attacks are not.
func timedStrike(w string) bool {
	for _, unit := range []string{"-hour", "-day", "-week", "-month"} {
		if strings.HasSuffix(w, unit) || strings.HasSuffix(w, unit+"s") {
			return true
		}
	}
	return false
}

// strikeOnTarget reports whether strike k is aimed "on" or "targeting"
// what armies hit ("a two-day strike on Russian fuel depots", "on Taliban
// positions"; not "a 48-hour strike on the railways"), or is carried out
// by forces, the military or jets ("forces carried out a two-day
// strike"): a military strike, whatever its length.
func strikeOnTarget(toks []token, k int) bool {
	if p := lowerAt(toks, k+1); p == "on" || p == "targeting" {
		for i := k + 2; i < len(toks) && i <= k+6 && toks[i].kind != tPunct; i++ {
			if in(vesselNouns, toks[i].lower) || in(strikeTargets, toks[i].lower) {
				return true
			}
		}
	}
	for i := k - 1; i >= 0 && i >= k-8 && toks[i].text != "," && toks[i].text != ";"; i-- {
		if in(strikingForces, toks[i].lower) {
			return true
		}
	}
	return false
}

// strikeTargets, besides vesselNouns, are what military strikes hit.
var strikeTargets = set("depot", "depots", "targets", "camp", "camps", "hideout", "hideouts", "airfield", "airbase", "barracks", "militants", "fighters")

// strikingForces carry out military strikes.
var strikingForces = set("forces", "military", "army", "troops", "jets", "warplanes", "aircraft", "navy", "drones", "militants", "fighters")

// strikeGrievances, after "strike over", are what workers stop work for:
// "a strike over pay", "a strike over pension cuts".
var strikeGrievances = set("pay", "wages", "wage", "salaries", "salary", "pensions", "pension", "conditions", "jobs",
	"layoffs", "hours", "contracts", "bonuses", "staffing", "overtime", "benefits", "unpaid", "fuel", "prices", "working")

// policeWords name those whose raids are searches, not attacks.
var policeWords = set("police", "policemen", "officers", "agents", "investigators", "detectives", "prosecutors", "inspectors", "fbi", "customs")

// releaseVerbs free prisoners.
var releaseVerbs = set("released", "freed", "releases", "frees")

// mutualRelease reads "Kenya released four soldiers and Ethiopia freed 20
// prisoners on Monday": each side frees the other's, an exchange between
// the two subjects.
func (x *extractor) mutualRelease(s *sentence, prevDate string) *event {
	toks := s.toks
	lo := 0
	if s.idx == x.datelineSent {
		lo = x.datelineBody
	}
	var sides []*entity
	last := -1
	for v := lo; v < len(toks); v++ {
		if !in(releaseVerbs, toks[v].lower) || toks[v].quoted {
			continue
		}
		freesPrisoners := false
		for j := v + 1; j < len(toks) && j <= v+5; j++ {
			if in(swapObjects, toks[j].lower) {
				freesPrisoners = true
				break
			}
		}
		m := mentionEndingAt(s, v)
		if !freesPrisoners || m == nil || m.quoted || m.kind == mDemonym || m.ent.typ != domain.Country && m.ent.typ != domain.Organization {
			continue
		}
		sides = appendEnt(sides, m.ent)
		last = v
	}
	if len(sides) != 2 {
		return nil
	}
	for i := lo; i < len(toks); i++ {
		if monthMay(toks, i) {
			continue
		}
		switch toks[i].lower {
		case "will", "would", "could", "may", "might", "not", "no", "plans", "expected", "due":
			return nil // a release still to come
		}
	}
	date, day := x.when(s, clause{lo, len(toks)}, last, prevDate)
	return &event{cat: "prisoner_exchange", participants: sides, date: date, day: day, sent: s.idx, hedge: s.hedge}
}

// triggerWords holds every word that may trigger an event, so that the
// other words are passed over with one look-up.
var triggerWords = func() map[string]struct{} {
	m := map[string]struct{}{}
	for _, set := range []map[string]struct{}{attackNouns, attackOnlyVerbs, launchVerbs, killVerbs,
		callNouns, talksNouns, talksVerbs, swapWords,
		set("fire", "fired", "fires", "firing", "shooting", "shootings", "gunfire", "ambush", "ambushed", "spoke", "speaks", "talked", "shot"),
		stabVerbs, set("beaten", "slammed", "slams"), blastVerbs} {
		for w := range set {
			m[w] = struct{}{}
		}
	}
	return m
}()

// agentBefore reports whether an armed agent is the subject right before
// token k: "Israeli warplanes struck".
func agentBefore(toks []token, k int) bool {
	return k > 0 && in(agentNouns, toks[k-1].lower) && !toks[k-1].cap && toks[k-1].lower != "drones" && toks[k-1].lower != "missiles" &&
		!launchedCivil(toks, k)
}

// launchedCivil reports whether launch verb k launches something that is
// no attack, named within its object phrase: "the rebels launched a new
// political movement", "troops launched a vaccination campaign".
func launchedCivil(toks []token, k int) bool {
	if !strings.HasPrefix(toks[k].lower, "launch") {
		return false
	}
	for i := k + 1; i < len(toks) && i <= k+5 && toks[i].kind == tWord && !in(phraseBreaks, toks[i].lower) || i == k+1; i++ {
		if in(civilLaunches, toks[i].lower) {
			return true
		}
	}
	return false
}

// civilLaunches are what is launched without attacking anyone.
var civilLaunches = set("movement", "party", "campaign", "appeal", "investigation", "probe", "inquiry", "bid", "initiative",
	"website", "plan", "programme", "program", "fund", "drive", "review", "process", "dialogue", "petition", "satellite",
	"app", "magazine", "newspaper", "channel", "manifesto", "platform", "coalition", "alliance", "talks")

// callNouns and callModifiers trigger a phone call: "phone call",
// "a 40-minute telephone call", "spoke by phone".
var (
	callNouns     = set("call", "calls", "phone", "telephone", "phoned", "videoconference")
	callModifiers = set("phone", "telephone", "video")
)

// armedBefore reports whether the word before kill verb k is an
// attacker left unnamed, not a victim the verb describes in a reduced
// passive ("the bodies of three militants killed in Monday's raid").
func armedBefore(toks []token, k int) bool {
	return k > 0 && in(armedAgents, toks[k-1].lower) && !reducedPassive(toks, k)
}

// reducedPassive reports whether participle k opens a phrase that
// describes the noun before it: a preposition or a comma follows
// ("killed in the raid", "killed by troops", "killed, officials said").
func reducedPassive(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return true
	}
	if toks[k+1].lower == "at" && k+2 < len(toks) && in(boundWords, toks[k+2].lower) {
		return false // "Militants killed at least 12 soldiers": a count, the object
	}
	return in(passiveFollowers, toks[k+1].lower)
}

// boundWords after "at" make a count: "at least 12", "at most four".
var boundWords = set("least", "most")

// passiveFollowers open what follows a participle used as an adjective.
var passiveFollowers = set("in", "by", "during", "on", "at", "near", "since", "last", "earlier", "when", "after", "while", ",", ".", ";")

// armedAgents attack unnamed: "A suicide bomber killed 14 people at a
// market in X", "militants killed four police officers in Y".
var armedAgents = set("bomber", "bombers", "gunman", "gunmen", "militants", "insurgents", "attackers", "assailants", "jihadists")

// bombWent reports whether k is a bomb's blast: "A bomb exploded at a
// bus station in X", "a car bomb detonated outside Y" (an explosion with
// no bomb, at a refinery or a mine, is no attack).
func bombWent(toks []token, k int) bool {
	return in(blastVerbs, toks[k].lower) && k > 0 && in(bombNouns, toks[k-1].lower) && !oldBomb(toks, k-1)
}

// oldBomb reports whether bomb noun b is a relic of a past war, not a
// weapon set now: "a World War Two bomb", "an unexploded shell", "a
// 70-year-old bomb". It looks at the three words before the noun.
func oldBomb(toks []token, b int) bool {
	for j := max(0, b-3); j < b; j++ {
		if l := toks[j].lower; in(relicWords, l) || strings.HasSuffix(l, "-old") {
			return true
		}
	}
	return false
}

// relicWords mark a bomb left from a past war.
var relicWords = set("war", "wartime", "unexploded", "old", "wwii", "ww2")

// blastVerbs and bombNouns: a bomb that went off.
var (
	blastVerbs = set("exploded", "explodes", "detonated", "detonates")
	bombNouns  = set("bomb", "bombs", "device", "grenade", "grenades", "explosives", "ied", "ieds")
)

// firesOn reports "opened fire", "fired on", "fired at": an attack
// without a named weapon.
func firesOn(toks []token, k int) bool {
	switch toks[k].lower {
	case "fire":
		p := lowerAt(toks, k-1)
		return p == "opened" || p == "open" || p == "opening" || p == "opens"
	case "fired", "fires", "firing":
		n := lowerAt(toks, k+1)
		return n == "on" || n == "at" || n == "upon"
	case "shooting", "shootings", "gunfire", "ambush", "ambushed":
		return true
	}
	return false
}

// shotDead reports "shot dead" at k: a killing by gunfire, an attack
// ("police shot dead two strikers").
func shotDead(toks []token, k int) bool {
	return toks[k].lower == "shot" && lowerAt(toks, k+1) == "dead"
}

// shotAndHit reports "shot and killed" or "shot and wounded" at k: a
// shooting that hit people, an attack ("gunmen on a motorcycle shot and
// killed a reporter", "was shot and wounded"); the verb after "and"
// gives the casualties.
func shotAndHit(toks []token, k int) bool {
	return toks[k].lower == "shot" && lowerAt(toks, k+1) == "and" && in(shotHitForms, lowerAt(toks, k+2)) && shotPeople(toks, k)
}

// shotPeople reports whether those "shot and killed" at k are people: a
// passive's subject ("two soldiers were shot and wounded", "who was shot
// and killed") or the active's object ("shot and killed a court clerk",
// "two police officers", "him", a name), not an animal ("shot and killed
// a bear that had wandered", "his neighbour's dog").
func shotPeople(toks []token, k int) bool {
	j := k - 1
	if in(passiveAux, lowerAt(toks, j)) {
		for j >= 0 && in(perfectAux, toks[j].lower) {
			j--
		}
		if j < 0 {
			return false
		}
		t := &toks[j]
		return t.kind == tWord && (t.cap || in(subjectPronouns, t.lower) || humanNoun(t.lower)) || t.kind == tNum
	}
	person := false
	for i := k + 3; i < len(toks) && i <= k+8; i++ {
		t := &toks[i]
		switch {
		case t.kind == tPoss:
			person = false // "his neighbour's dog": the owner is no victim
		case t.kind == tNum:
			person = true
		case t.kind != tWord || in(objectEnds, t.lower):
			return person
		case i == k+3 && in(objectPronouns, t.lower):
			return true
		case t.cap || humanNoun(t.lower):
			person = true
		default:
			if _, ok := countAt(toks, i); ok {
				person = true
			}
		}
	}
	return person
}

// humanNoun reports whether w, singular or plural, names people.
func humanNoun(w string) bool {
	for _, f := range []string{w, strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "es"), strings.TrimSuffix(w, "men") + "man"} {
		if in(onePerson, f) || in(peopleWords, f) || in(occupations, f) || in(victimNouns, f) || in(kinNouns, f) ||
			in(peopleGroupNouns, f) || in(raiderNouns, f) || in(agentNouns, f) {
			return true
		}
	}
	return false
}

// victimNouns name people shot where onePerson, peopleWords and
// occupations do not (singular).
var victimNouns = set("person", "intruder", "suspect", "gunman", "student", "protester", "demonstrator", "driver",
	"guard", "warden", "passenger", "reporter", "farmer", "teen", "youth", "neighbour", "neighbor", "deputy",
	"bystander", "pedestrian", "motorist", "priest", "leader", "lawmaker", "mayor", "candidate", "official",
	"prisoner", "inmate", "hostage", "migrant", "villager", "police", "trooper", "militant", "rebel", "robber",
	"tourist", "activist", "photographer", "commander", "politician", "businessman", "vendor", "medic", "sheriff", "ranger")

var (
	passiveAux = setWith(beForms, "been", "be", "being")
	// perfectAux are passiveAux and the perfect's auxiliaries ("had been
	// shelled"), the words between a passive's subject and its verb
	perfectAux      = setWith(passiveAux, "has", "have", "had")
	subjectPronouns = set("who", "he", "she", "they", "i", "we", "you")
	objectPronouns  = set("him", "her", "them", "me", "us", "himself", "herself", "themselves")
	objectEnds      = set("that", "which", "who", "whom", "in", "at", "on", "near", "with", "while", "after", "before",
		"during", "and", "as", "by", "from", "outside", "inside", "when", "for", "of", "into", "to")
)

// noneShot reports whether the shooting at k was denied to everyone or
// to its subject, or denied or told as a rumour before it: "no one was
// shot dead", "nobody was shot and wounded", "was not shot", "denied that
// X had been shot and killed".
func noneShot(toks []token, k int) bool {
	if tripDenied(toks, k) {
		return true // "police denied that the student had been shot and killed"
	}
	b := k - 1
	if w := lowerAt(toks, b); w == "not" || w == "never" || w == "n't" {
		return true
	}
	if w := lowerAt(toks, b); w != "was" && w != "were" {
		return false
	}
	w := lowerAt(toks, b-1)
	return w == "nobody" || w == "none" || w == "one" && lowerAt(toks, b-2) == "no"
}

// shotHitForms follow "shot and" in a shooting that hit people.
var shotHitForms = set("killed", "wounded", "injured")

// stabVerbs report a knife attack on a person.
var stabVerbs = set("stabbed", "stabbing")

// personalAttack reports an attack on a person at k, one that hits
// people, not a place: "shot dead", "stabbed a volunteer", "was beaten by
// three men" (a lower-case agent: "beaten by Spain" is a match lost).
func personalAttack(toks []token, k int) bool {
	switch {
	case shotDead(toks, k), shotAndHit(toks, k):
		return !noneShot(toks, k)
	case in(stabVerbs, toks[k].lower):
		return lowerAt(toks, k-1) != "to" && !retold(toks, k)
	case toks[k].lower == "beaten":
		return !retold(toks, k) && beatenByAssailants(toks, k)
	}
	return false
}

// retold reports whether the attack at k tells again a killing the kill
// rules read: "convicted X of murdering a nurse who was stabbed outside
// a bar".
func retold(toks []token, k int) bool { return told(toks, k, murderWords) }

// beatenByAssailants reports "beaten up", or "beaten by" a lower-case
// agent within four words ("beaten by three unidentified men"; "beaten
// by Spain" is a match lost).
func beatenByAssailants(toks []token, k int) bool {
	if lowerAt(toks, k+1) == "up" {
		return true
	}
	if lowerAt(toks, k+1) != "by" {
		return false
	}
	for i := k + 2; i < len(toks) && i <= k+5; i++ {
		if toks[i].cap {
			return false
		}
		if toks[i].kind == tWord && (in(agentNouns, toks[i].lower) || in(assailantNouns, toks[i].lower)) {
			return true
		}
	}
	return false
}

// assailantNouns name who beat someone where agentNouns do not.
var assailantNouns = set("men", "police", "assailants", "attackers")

// murderWords tell a killing the kill rules read.
var murderWords = set("murder", "murdering", "murdered", "killing", "killed", "manslaughter")

// told reports whether a word of ws comes before token k in its sentence.
func told(toks []token, k int, ws map[string]struct{}) bool {
	for i := 0; i < k; i++ {
		if in(ws, toks[i].lower) {
			return true
		}
	}
	return false
}

// swapWords and swapObjects trigger a prisoner exchange: "began exchanging
// 287 detainees", "a prisoner swap", "the exchange of prisoners".
var (
	swapWords   = set("exchange", "exchanged", "exchanging", "exchanges", "swap", "swapped", "swapping", "swaps", "traded")
	swapObjects = set("prisoner", "prisoners", "detainee", "detainees", "captives", "captive", "pows", "hostages", "bodies", "soldiers")
)

// isSwap reports whether token k triggers a prisoner exchange that took
// place: a swap word with prisoners within three words, not an infinitive
// ("agreed to exchange prisoners") nor a plan.
func isSwap(toks []token, k int) bool {
	if !in(swapWords, toks[k].lower) || lowerAt(toks, k-1) == "to" {
		return false
	}
	for i := max(0, k-3); i < len(toks) && i <= k+4; i++ {
		if in(swapObjects, toks[i].lower) && !toks[i].quoted {
			return true
		}
	}
	return false
}

// spokeWith reports whether token k is "spoke with" (or "to") a named
// person, with no place the meeting would be held in: between leaders, a
// conversation at a distance.
func spokeWith(s *sentence, k int) bool {
	toks := s.toks
	if w := toks[k].lower; w != "spoke" && w != "speaks" && w != "talked" {
		return false
	}
	if p := lowerAt(toks, k+1); p != "with" && p != "to" || !personAt(s, k+2) {
		return false
	}
	for i := range toks {
		switch toks[i].lower {
		case "in", "at":
			if i > k {
				if m := mentionAt(s, i+1); m != nil || lowerAt(toks, i+1) == "the" && mentionAt(s, i+2) != nil {
					return false // "spoke with X at the White House": in person
				}
			}
		case "visit", "visited", "visiting", "meeting", "met", "summit", "sidelines", "trip", "during", "hosted":
			return false
		}
	}
	return true
}

// clause is a token range [lo, hi) of a sentence.
type clause struct{ lo, hi int }

// clauseBreaks separate clauses that may report different events.
var clauseBreaks = set(";", "—", "–", "while", "whereas", "but", "although", "though")

// clauseEnd returns the end of the clause starting at lo and where the
// next one starts: after a conjunction, or at a time phrase.
func clauseEnd(toks []token, lo int) (end, next int) {
	for k := lo; k < len(toks); k++ {
		if toks[k].quoted || k == lo {
			continue
		}
		if in(clauseBreaks, toks[k].lower) {
			return k, k + 1
		}
		// "…, a day after U.S. officials held talks": the time phrase
		// opens a clause about an earlier event.
		if (toks[k].lower == "after" || toks[k].lower == "before") && in(spanWords, lowerAt(toks, k-1)) && k-2 > lo {
			if w := lowerAt(toks, k-2); w == "a" || w == "the" || numberWords[w] > 0 {
				return k - 2, k - 2
			}
			return k - 1, k - 1
		}
	}
	return len(toks), len(toks)
}

var spanWords = set("day", "days", "hours", "hour", "week", "weeks", "month", "months")

// mergeEvent adds e to evs, or folds it into an earlier event it describes
// again (sameEvent).
func (x *extractor) mergeEvent(evs []*event, e *event) []*event {
	for _, o := range evs {
		if x.sameEvent(o, e) {
			foldEvent(o, e)
			return evs
		}
	}
	if o := x.attackToldAgain(evs, e); o != nil {
		foldEvent(o, e)
		return evs
	}
	return append(evs, e)
}

// attackToldAgain returns the attack of evs that attack e, told as "the
// attack" with no day of its own, reports again: the latest one, unless
// it has another attacker, another toll, another thing hit ("a market",
// "the attack on a school") or a target e's target does not lie in
// (mayLieIn).
func (x *extractor) attackToldAgain(evs []*event, e *event) *event {
	if !e.toldAgain || e.date != "" || e.day != "" {
		return nil
	}
	for i := len(evs) - 1; i >= 0; i-- {
		o := evs[i]
		if o.cat != "attack" {
			continue
		}
		// "the attack on a school in X that killed 150", after a police
		// station attacked with three dead: another attack
		if o.attacker != nil && e.attacker != nil && o.attacker != e.attacker ||
			!x.mayLieIn(e.target, o.target) || o.hit != "" && e.hit != "" && o.hit != e.hit ||
			o.killed != "" && e.killed != "" && o.killed != e.killed {
			return nil
		}
		return o
	}
	return nil
}

// mayLieIn reports whether target a of a report may be what target b of
// another report names, or lie in it: either is unknown, they are one,
// or a is a place in country b, or one the gazetteer places nowhere else
// ("the Kilima mine near Mongbwalu" in "a gold mine in Congo").
func (x *extractor) mayLieIn(a, b *entity) bool {
	if a == nil || b == nil || a == b || x.within(a, b) {
		return true
	}
	if a.typ != domain.Place || b.typ != domain.Country {
		return false
	}
	for _, p := range x.lookupPlace(a.name) {
		if p.Country != b.name {
			return false
		}
	}
	return true
}

// foldEvent folds e, a report of event o, into o.
func foldEvent(o, e *event) {
	if o.date == "" {
		o.date = e.date
	}
	if o.day == "" {
		o.day = e.day
	}
	if o.attacker == nil {
		o.attacker = e.attacker
	}
	if o.heldIn == nil || o.heldIn.typ == domain.Country && e.heldIn != nil && e.heldIn.typ == domain.Place {
		o.heldIn = e.heldIn // the more precise place
	}
	for _, p := range e.participants {
		o.participants = appendEnt(o.participants, p)
	}
	// Later sentences update counts ("rose to 101").
	if e.killed != "" {
		o.killed = e.killed
	}
	if e.injured != "" {
		o.injured = e.injured
	}
	if o.weapon == "" {
		o.weapon = e.weapon
	}
	if o.target != nil && o.target.typ == domain.Country && e.target != nil && e.target.typ == domain.Place {
		o.target = e.target // the more precise target
	}
	o.sides = o.sides || e.sides
}

// sameEvent reports whether e describes o again: the same category class
// and target or place (or parties), and no conflicting date or attacker.
func (x *extractor) sameEvent(o, e *event) bool {
	if class(o.cat) != class(e.cat) {
		return false
	}
	if o.date != "" && e.date != "" && o.date != e.date || o.day != "" && e.day != "" && o.day != e.day {
		return false
	}
	if o.attacker != nil && e.attacker != nil && o.attacker != e.attacker {
		return false
	}
	switch {
	case o.cat == "attack":
		return o.target != nil && o.target == e.target
	case o.cat == "phone_call":
		return sameSet(o.participants, e.participants)
	case o.cat == "summit" && e.cat == "summit" && sameVenue(o.heldIn, e.heldIn):
		return true // "a summit in Arusha … opened the summit at the Arusha International Conference Centre"
	}
	if o.heldIn != nil && e.heldIn != nil && (o.heldIn == e.heldIn || x.within(o.heldIn, e.heldIn) || x.within(e.heldIn, o.heldIn)) {
		return true
	}
	// the same two or more parties in a town and at a venue the gazetteer
	// does not know: "X and Y signed agreements in Hanoi … The two
	// leaders met at the Presidential Palace"
	if x.townAndVenue(o.heldIn, e.heldIn) && len(e.participants) >= 2 && sameSet(o.participants, e.participants) {
		return true
	}
	// the same parties, one report without the place
	if (o.heldIn == nil || e.heldIn == nil) && len(e.participants) >= 2 && len(o.participants) >= 2 &&
		(subset(e.participants, o.participants) || subset(o.participants, e.participants)) {
		return true
	}
	// one report gives the place, the other the parties, on the same
	// day: "talks in Brussels on Tuesday", "the talks on Tuesday between
	// A and B" (undated, only when the reports are a few sentences apart)
	return (o.date != "" && o.date == e.date || o.date == "" && e.date == "" && e.sent-o.sent <= 3) &&
		(o.heldIn == nil) != (e.heldIn == nil) &&
		(len(o.participants) == 0 || len(e.participants) == 0) && (o.heldIn == nil) == (len(o.participants) > 0)
}

// townAndVenue reports whether one of two places is a town the
// gazetteer knows and the other a venue it does not, which may lie in
// that town.
func (x *extractor) townAndVenue(a, b *entity) bool {
	if a == nil || b == nil || a.typ != domain.Place || b.typ != domain.Place {
		return false
	}
	known := func(p *entity) bool { return len(x.lookupPlace(p.name)) > 0 }
	return known(a) != known(b)
}

// sameVenue reports whether two places an article gives one summit may
// be the same: one is not given, or is named in the other ("Arusha" and
// "the Arusha International Conference Centre").
func sameVenue(a, b *entity) bool {
	if a == nil || b == nil || a == b {
		return true
	}
	return strings.Contains(" "+a.name+" ", " "+b.name+" ") || strings.Contains(" "+b.name+" ", " "+a.name+" ")
}

// within reports whether the gazetteer puts place in country: "talks in
// Mombasa" and "talks in Kenya" are the same talks.
func (x *extractor) within(place, country *entity) bool {
	if place.typ != domain.Place || country.typ != domain.Country {
		return false
	}
	for _, e := range x.lookupPlace(place.name) {
		if e.Country == country.name {
			return true
		}
	}
	return false
}
func class(cat string) string {
	switch cat {
	case "talks", "meeting", "summit":
		return "talks"
	}

	return cat
}

// emitEvent writes an event as an Event node with its facts. Its ID joins
// category, date and place (or target, or participants), so that the same
// event reported by several articles meets in one node; an undated event's
// ID names its article instead of a date.
func (x *extractor) emitEvent(e *event) {
	for _, a := range x.agencies {
		e.participants = removeEnt(e.participants, a)
		if e.attacker == a {
			e.attacker = nil
		}
	}
	if e.cat != "attack" && e.heldIn == nil && len(e.participants) < 2 && !x.bodySitting(e) {
		return
	}
	key := e.cat
	if e.date != "" {
		key += "-" + e.date
	} else {
		// Without a date, two reports of an attack on the same city may be
		// different attacks: keep the event to its article.
		key += "-" + domain.Slug(x.a.ID)
	}
	var label []string
	switch {
	case e.target != nil:
		key += "-" + domain.Slug(e.target.name)
		label = append(label, e.target.name)
	case e.heldIn != nil:
		key += "-" + domain.Slug(e.heldIn.name)
		label = append(label, e.heldIn.name)
	}
	for _, v := range sortedEnts(e.victims) {
		key += "-" + domain.Slug(v.name)
		if len(label) == 0 {
			label = append(label, v.name)
		}
	}
	if e.attacker != nil {
		key += "-by-" + domain.Slug(e.attacker.name)
	}
	if e.target == nil && e.heldIn == nil && len(e.victims) == 0 || e.separate || e.beside != nil {
		for _, p := range sortedEnts(e.participants) {
			key += "-" + domain.Slug(p.name)
		}
	}
	id := "event:" + key
	name := strings.ReplaceAll(e.cat, "_", " ")
	switch {
	case e.target == nil && e.heldIn == nil && len(e.victims) > 0:
		name += " on " + label[0]
	case len(label) > 0:
		name += " in " + label[0]
	}
	if e.date != "" {
		name += ", " + e.date
	}
	x.nodes = append(x.nodes, domain.Node{ID: id, Type: domain.Event, Name: name})
	if e.weekAhead && e.date == "" {
		if x.weekAheadIDs == nil {
			x.weekAheadIDs = map[string]bool{}
		}
		x.weekAheadIDs[id] = true
	}
	if e.cat == "attack" {
		if x.attacksBySent == nil {
			x.attacksBySent = map[int][]string{}
		}
		x.attacksBySent[e.sent] = append(x.attacksBySent[e.sent], id)
	}
	x.addFact(id, domain.Category, e.cat, true, e.sent, e.hedge)
	if e.date != "" {
		x.addFact(id, domain.Date, e.date, true, e.sent, e.hedge)
	}
	if e.heldIn != nil {
		x.addFact(id, domain.HeldIn, e.heldIn.id, false, e.sent, e.hedge)
	} else if e.cat == "attack" && e.target != nil && e.target.typ == domain.Place {
		// an attack on a town or a district happened there: "gunmen
		// attacked the village of X", "shot dead by gunmen in Y",
		// "ambushed a convoy in Z province" (a country hit may have been
		// struck from its border or its waters)
		x.addFact(id, domain.HeldIn, e.target.id, false, e.sent, e.hedge)
	}
	for _, p := range e.participants {
		x.addFact(id, domain.Participant, p.id, false, e.sent, e.hedge)
	}
	if e.attacker != nil {
		x.addFact(id, domain.Attacker, e.attacker.id, false, e.sent, e.hedge)
	}
	if e.target != nil {
		x.addFact(id, domain.Target, e.target.id, false, e.sent, e.hedge)
	}
	for _, v := range e.victims {
		x.addFact(id, domain.Victim, v.id, false, e.sent, e.hedge)
	}
	if e.weapon != "" {
		x.addFact(id, domain.Weapon, e.weapon, true, e.sent, e.hedge)
	}
	if e.killed != "" {
		x.addFact(id, domain.Killed, e.killed, true, e.sent, e.hedge)
	}
	if e.injured != "" {
		x.addFact(id, domain.Injured, e.injured, true, e.sent, e.hedge)
	}
}
func appendEnt(es []*entity, e *entity) []*entity {
	if e == nil || containsEnt(es, e) {
		return es
	}
	return append(es, e)
}
func containsEnt(es []*entity, e *entity) bool { return slices.Contains(es, e) }
func removeEnt(es []*entity, e *entity) []*entity {
	out := es[:0]
	for _, o := range es {
		if o != e {
			out = append(out, o)
		}
	}
	return out
}

// subset reports whether every entity of a is in b.
func subset(a, b []*entity) bool {
	for _, e := range a {
		if !containsEnt(b, e) {
			return false
		}
	}
	return true
}
func sameSet(a, b []*entity) bool {
	if len(a) != len(b) {
		return false
	}
	for _, e := range a {
		if !containsEnt(b, e) {
			return false
		}
	}
	return true
}
func sortedEnts(es []*entity) []*entity {
	out := slices.Clone(es)
	slices.SortFunc(out, func(a, b *entity) int { return strings.Compare(a.id, b.id) })
	return out
}
