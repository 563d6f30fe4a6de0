package extract

import (
	"strconv"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/graph"
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
	weapon       string
	killed       string
	injured      string
	sent         int
	hedge        graph.Hedging
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
		"rocket": "rockets", "rockets": "rockets", "artillery": "artillery", "shells": "artillery",
		"airstrike": "airstrikes", "airstrikes": "airstrikes", "bombs": "bombs", "mortar": "mortars",
		"mortars": "mortars", "shelling": "artillery",
	}
	// attackOnlyVerbs report an attack without naming a weapon.
	attackOnlyVerbs = set("shelled", "shells", "bombed", "bombs", "attacked", "bombarded", "shelling", "bombing")
	// agentNouns stand between an attacker and its verb: "Hamas fighters
	// fired", "Thai jets bombed".
	agentNouns = set("forces", "troops", "fighters", "militants", "military", "army", "jets",
		"warplanes", "aircraft", "drones", "artillery", "navy", "soldiers", "gunmen", "militia",
		"rebels", "units", "missiles")
	talksNouns = set("talks", "negotiations", "meeting", "summit", "discussions")
	talksVerbs = set("met", "meet", "meets", "meeting")
	// participantNouns after a demonym make its country a party to talks:
	// "Russian and Ukrainian officials".
	participantNouns = set("officials", "negotiators", "delegation", "delegations", "delegates", "team", "teams", "envoys", "diplomats")
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
		if s.headline {
			continue
		}
		for _, e := range x.sentenceEvents(s) {
			evs = x.mergeEvent(evs, e)
		}
	}
	for _, e := range foldAttackerOnly(evs) {
		x.emitEvent(e)
	}
}

// foldAttackerOnly merges an attack that names only its attacker into the
// one attack by the same attacker on a day that does not conflict ("Russia
// launched its largest drone attack" and "Russia launched 270 drones,
// hitting Kyiv"). With several candidates it stays on its own.
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

// sentenceEvents reads the events of a sentence, one of each kind per
// clause ("A Russian strike killed three, while Ukrainian drones hit …" is
// two attacks).
func (x *extractor) sentenceEvents(s *sentence) []*event {
	toks := s.toks
	var out []*event
	prevDate := ""
	for lo := 0; lo < len(toks); {
		hi, next := clauseEnd(toks, lo)
		c := clause{lo, hi}
		attackDone, talksDone, callDone := false, false, false
		first := len(out)
		date, day := "", ""
		for k := lo; k < hi; k++ {
			t := &toks[k]
			if t.kind != tWord || t.quoted {
				continue
			}
			var evs []*event
			switch {
			case !attackDone && (in(attackNouns, t.lower) || in(attackOnlyVerbs, t.lower) || in(launchVerbs, t.lower) && weaponNear(toks, k)):
				attackDone = true
				date, day = x.when(s, c, k, prevDate)
				evs = x.attackEvents(s, c, k, date)
			case !callDone && (t.lower == "call" || t.lower == "calls" || t.lower == "phone") && (lowerAt(toks, k-1) == "phone" || t.lower == "phone"):
				callDone = true
				date, day = x.when(s, c, k, prevDate)
				evs = x.callEvents(s, k, date)
			case !talksDone && (in(talksNouns, t.lower) || in(talksVerbs, t.lower) && (lowerAt(toks, k+1) == "with" || lowerAt(toks, k+1) == "in" || personAt(s, k+1))):
				talksDone = true
				date, day = x.when(s, c, k, prevDate)
				if e := x.talksEvent(s, c, k, date); e != nil {
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
	return out
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

// weaponNear reports whether a weapon word is within three words of k.
func weaponNear(toks []token, k int) bool {
	for i := max(0, k-3); i < len(toks) && i <= k+4; i++ {
		if _, ok := weaponWords[toks[i].lower]; ok {
			return true
		}
	}
	return false
}

// attackEvents reads the attack around trigger k: its attacker (a demonym
// before the weapon or attack noun, or the subject of "launched"), its
// target (the place after "on", "at", "into", "in"), weapon and casualties.
// Coordinated attackers ("Kyiv and Moscow launched") give one event each.
func (x *extractor) attackEvents(s *sentence, c clause, k int, date string) []*event {
	toks := s.toks
	e := &event{cat: "attack", date: date, sent: s.idx, hedge: s.hedge}
	var attackers []*entity
	for i := range s.ments {
		m := &s.ments[i]
		if m.quoted || m.start < c.lo || m.end > c.hi || m.ent.typ != graph.Country && m.ent.typ != graph.Organization {
			continue
		}
		// "Russian drone strike", "Ukrainian drones"
		if m.kind == mDemonym && m.end < len(toks) {
			n := toks[m.end].lower
			if _, ok := weaponWords[n]; ok || in(attackNouns, n) || n == "forces" || n == "troops" || n == "military" {
				attackers = appendEnt(attackers, m.ent)
			}
		}
	}
	// "Russia launched 99 drones", "Kyiv and Moscow launched attacks"
	for v := c.lo; v < c.hi; v++ {
		if !in(launchVerbs, toks[v].lower) || toks[v].quoted {
			continue
		}
		for _, a := range x.subjectsBefore(s, v) {
			attackers = appendEnt(attackers, a)
		}
	}
	// the target: the first place or country named after a target
	// preposition that follows the trigger ("launched missiles at the city
	// of X", "a strike on X"), or "the <demonym> capital".
	for i := k; i < c.hi; i++ {
		if toks[i].quoted || !in(targetPreps, toks[i].lower) && !in(attackVerbs, toks[i].lower) {
			continue
		}
		if m := firstPlaceAfter(s, i+1, 8); m != nil && !containsEnt(attackers, m.ent) && m.end <= c.hi {
			e.target = m.ent
			break
		}
		if t := x.demonymCapital(s, i+1); t != nil {
			e.target = t
			break
		}
	}
	if e.target == nil {
		// "In the Kharkiv region, … a missile hit a building": the place
		// the clause is set in.
		for i := c.lo; i < k; i++ {
			if toks[i].lower != "in" {
				continue
			}
			if m := firstPlaceAfter(s, i+1, 2); m != nil && m.ent.typ == graph.Place && m.kind == mName && !containsEnt(attackers, m.ent) {
				e.target = m.ent
				break
			}
		}
	}
	for i := c.lo; i < c.hi; i++ {
		if w, ok := weaponWords[toks[i].lower]; ok && !toks[i].quoted {
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
	e.killed, e.injured = casualties(toks[c.lo:c.hi])
	if len(attackers) == 0 {
		if e.target == nil {
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

// capitalPhrase reads "the capital of Saudi Arabia" at token k as the
// capital the gazetteer gives that country.
func (x *extractor) capitalPhrase(s *sentence, k int) *entity {
	if lowerAt(s.toks, k) != "the" || lowerAt(s.toks, k+1) != "capital" || lowerAt(s.toks, k+2) != "of" || x.gaz == nil {
		return nil
	}
	if m := countryMentionAt(s, k+3); m != nil {
		if c := x.gaz.Capital(m.ent.name); c != "" {
			return x.entity(graph.Place, c)
		}
	}
	return nil
}

// demonymCapital reads "the Ukrainian capital" at token k as the capital
// the gazetteer gives that country.
func (x *extractor) demonymCapital(s *sentence, k int) *entity {
	if lowerAt(s.toks, k) != "the" {
		return nil
	}
	m := countryMentionAt(s, k+1)
	if m == nil || m.kind != mDemonym || lowerAt(s.toks, m.end) != "capital" || x.gaz == nil {
		return nil
	}
	if c := x.gaz.Capital(m.ent.name); c != "" {
		return x.entity(graph.Place, c)
	}
	return nil
}

// subjectsBefore returns the actors that are the subject of the verb at v:
// "Russia launched", "Kyiv and Moscow launched", "Hamas fighters fired",
// "Thai jets bombed", "the RSF (…) shelled". A state body counts as its
// country ("the Pakistani army").
func (x *extractor) subjectsBefore(s *sentence, v int) []*entity {
	toks := s.toks
	k := v - 1
	for k >= 0 && (toks[k].lower == "has" || toks[k].lower == "had" || toks[k].lower == "have" || toks[k].lower == "also" || toks[k].lower == "overnight") {
		k--
	}
	agent := false
	if k >= 0 && in(agentNouns, toks[k].lower) && !toks[k].cap {
		k--
		agent = true
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
		if m == nil || m.quoted || m.ent.typ == graph.Place || m.ent.typ == graph.Person || m.kind == mDemonym && !agent {
			break
		}
		e := m.ent
		if e.typ == graph.Organization && e.partOf != "" {
			e = x.byID[e.partOf]
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

// firstPlaceAfter returns the first place or country named by name within
// n tokens after k, before any punctuation that ends the phrase.
func firstPlaceAfter(s *sentence, k, n int) *mention {
	for i := k; i < len(s.toks) && i < k+n; i++ {
		t := &s.toks[i]
		if t.text == "," || t.text == "." || t.text == ";" || t.kind == tQuote || isSpeechVerb(s.toks, i) {
			return nil
		}
		if m := mentionAt(s, i); m != nil && m.start == i && m.kind != mDemonym && !m.quoted &&
			(m.ent.typ == graph.Place || m.ent.typ == graph.Country || m.kind == mGov) {
			return m
		}
	}
	return nil
}

// casualties reads "killing three people", "injuring 74", "N people were
// killed", "injured at least one person".
func casualties(toks []token) (killed, injured string) {
	for i := range toks {
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

var peopleWords = set("people", "person", "civilians", "civilian", "children", "soldiers", "residents", "others", "man", "woman")

// countAt reads a number of people at token k: "at least one person",
// "74 people", "three civilians".
func countAt(toks []token, k int) (string, bool) {
	if lowerAt(toks, k) == "at" && lowerAt(toks, k+1) == "least" {
		k += 2
	}
	if k < 0 || k >= len(toks) {
		return "", false
	}
	w := strings.ReplaceAll(toks[k].lower, ",", "")
	n, err := strconv.Atoi(w)
	if err != nil {
		v, ok := numberWords[w]
		if !ok || w == "a" || w == "an" {
			return "", false
		}
		n = v
	}
	next := lowerAt(toks, k+1)
	if !in(peopleWords, next) && next != "" && next != "." && next != "," && next != "deaths" && next != "dead" {
		return "", false
	}
	return strconv.Itoa(n), true
}

// talksEvent reads talks or a meeting around trigger k of clause c: where
// ("in X", "at the X"), and who: the actors right before the trigger
// ("Ukraine and the US officials started talks", "Russian and Ukrainian
// officials met") and after "with" or "between" ("met with Vice President
// X and Secretary of State Y"). Plans, hopes and refusals are not events.
func (x *extractor) talksEvent(s *sentence, c clause, k int, date string) *event {
	toks := s.toks
	e := &event{cat: "talks", date: date, sent: s.idx, hedge: s.hedge}
	switch toks[k].lower {
	case "summit":
		e.cat = "summit"
	case "meeting", "met", "meet", "meets":
		e.cat = "meeting"
	}
	for i := max(c.lo, k-6); i < c.hi && i <= k+4; i++ {
		switch toks[i].lower {
		case "no", "not", "plans", "could", "would", "might", "may", "possible", "future", "hope", "hopes":
			return nil
		}
	}
	for i := k + 1; i < c.hi && i <= k+16; i++ {
		if toks[i].quoted {
			break
		}
		if l := toks[i].lower; (l == "in" || l == "at") && e.heldIn == nil {
			if m := firstPlaceAfter(s, i+1, 2); m != nil && m.kind == mName && (m.start == i+1 || toks[i+1].lower == "the") {
				e.heldIn = m.ent
			} else if p := x.capitalPhrase(s, i+1); p != nil {
				e.heldIn = p
			}
		}
	}
	// "a London summit"
	if m := mentionEndingAt(s, k); m != nil && m.ent.typ == graph.Place && m.kind == mName && e.heldIn == nil {
		e.heldIn = m.ent
	}
	// "X said talks with Y …": the speaker takes part
	if k > 0 && isSpeechVerb(toks, k-1) {
		sp := x.subjectBefore(s, k-1, 0)
		if sp == nil {
			sp = firstPerson(s, k-1)
		}
		e.participants = appendEnt(e.participants, sp)
	}
	// before the trigger, back to the clause start or a comma
	for i := k - 1; i >= c.lo && i >= k-10; i-- {
		t := &toks[i]
		if t.text == "," || t.quoted || t.kind == tQuote || isSpeechVerb(toks, i) || t.lower == "that" || t.lower == "after" || t.lower == "as" {
			break
		}
		if m := mentionAt(s, i); m != nil && m.start == i {
			e.addParticipant(toks, m)
		}
	}
	// after "with" or "between", or right after "met"
	for i := k + 1; i < c.hi && i <= k+4; i++ {
		if l := toks[i].lower; l == "with" || l == "between" || i == k+1 && in(talksVerbs, toks[k].lower) && personAt(s, i) {
			if l != "with" && l != "between" {
				i--
			}
			for j := i + 1; j < c.hi; j++ {
				t := &toks[j]
				if m := mentionAt(s, j); m != nil && m.start == j {
					e.addParticipant(toks, m)
					j = m.end - 1
					continue
				}
				if t.lower == "and" || t.text == "," || t.lower == "the" || t.lower == "of" || t.lower == "a" || t.lower == "an" || t.lower == "from" || isTitleWord(t.lower) || t.kind == tPoss ||
					in(participantNouns, t.lower) || t.lower == "officials" {
					continue
				}
				break
			}
			break
		}
	}
	if e.heldIn != nil {
		e.participants = removeEnt(e.participants, e.heldIn)
	}
	if e.heldIn == nil && len(e.participants) < 2 {
		return nil
	}
	return e
}

// personAt reports whether a person's name (possibly after title words)
// starts at token k: "met Foreign Minister X".
func personAt(s *sentence, k int) bool {
	for k < len(s.toks) {
		if isTitleWord(s.toks[k].lower) {
			k++
			continue
		}
		// "met Pakistani Prime Minister X"
		if m := mentionAt(s, k); m != nil && m.start == k && m.kind == mDemonym {
			k = m.end
			continue
		}
		break
	}
	m := mentionAt(s, k)
	return m != nil && m.start == k && m.ent.typ == graph.Person
}

// addParticipant adds the actor of a mention: a person, organization,
// country by name or government, or a demonym of officials.
func (e *event) addParticipant(toks []token, m *mention) {
	if m.quoted || m.ent.typ == graph.Place {
		return
	}
	if m.kind == mDemonym && !in(participantNouns, nextNoun(toks, m.end)) {
		return
	}
	if m.ent.typ == graph.Country && m.end < len(toks) && isTitleWord(toks[m.end].lower) {
		return // "US President X": the country only qualifies the title
	}
	e.participants = appendEnt(e.participants, m.ent)
}

// nextNoun returns the word after k, skipping "and <demonym>": "Russian
// and Ukrainian officials".
func nextNoun(toks []token, k int) string {
	for k < len(toks) && (toks[k].lower == "and" || toks[k].cap) {
		k++
	}
	return lowerAt(toks, k)
}

// callEvents reads phone calls: "X held separate phone calls with A and
// B" is one call with each; "X spoke by phone with A" one call.
func (x *extractor) callEvents(s *sentence, k int, date string) []*event {
	toks := s.toks
	var caller *entity
	for i := range s.ments {
		m := &s.ments[i]
		if m.start < k && m.ent.typ == graph.Person && !m.quoted {
			caller = m.ent
			break
		}
	}
	if caller == nil {
		return nil
	}
	with := -1
	for i := k; i < len(toks) && i <= k+6; i++ {
		if toks[i].lower == "with" {
			with = i
			break
		}
	}
	if with < 0 {
		return nil
	}
	var out []*event
	for i := range s.ments {
		m := &s.ments[i]
		if m.start > with && m.ent.typ == graph.Person && m.ent != caller && !m.quoted && m.kind == mName {
			out = append(out, &event{cat: "phone_call", participants: []*entity{caller, m.ent}, date: date, sent: s.idx, hedge: s.hedge})
		}
	}
	return out
}

// when resolves the date a clause gives its event at trigger k, and the
// weekday as written (which tells events apart in an undated article). A
// weekday is resolved against the article's date: the latest such day on or
// before it, or the next one after "will" or "next". An explicit "March 11"
// or "(Mar 24)" wins; "a day after" and "the day before" count from the
// date of the sentence's previous clause. A date separated from the trigger
// by a verb of saying dates the saying, not the event ("On Tuesday, X told
// reporters that the talks …").
func (x *extractor) when(s *sentence, c clause, k int, prevDate string) (date, day string) {
	toks := s.toks
	lo := c.lo
	for i := k - 1; i >= c.lo; i-- {
		if isSpeechVerb(toks, i) {
			lo = i + 1
			break
		}
	}
	hi := c.hi
	for i := k + 1; i < c.hi; i++ {
		if isSpeechVerb(toks, i) {
			hi = i
			break
		}
	}
	for i := lo; i < hi; i++ {
		if _, ok := weekdayNum[toks[i].lower]; ok && toks[i].cap {
			day = toks[i].lower
			break
		}
	}
	ad, err := time.Parse("2006-01-02", x.a.Date)
	if err != nil {
		return "", day
	}
	future := false
	for i := lo; i < hi; i++ {
		if toks[i].lower == "will" || toks[i].lower == "next" {
			future = true
		}
	}
	for i := lo; i < hi; i++ {
		if m, ok := monthNum[strings.TrimSuffix(toks[i].lower, ".")]; ok && toks[i].cap {
			if d, err := strconv.Atoi(lowerAt(toks, i+1)); err == nil && d >= 1 && d <= 31 {
				y := ad.Year()
				if m > int(ad.Month())+1 {
					y-- // "December 30" in an article of January
				}
				return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Format("2006-01-02"), day
			}
		}
	}
	if day != "" {
		diff := (int(ad.Weekday()) - weekdayNum[day] + 7) % 7
		if future && diff != 0 {
			return ad.AddDate(0, 0, 7-diff).Format("2006-01-02"), day
		}
		return ad.AddDate(0, 0, -diff).Format("2006-01-02"), day
	}
	if prevDate != "" {
		for i := lo; i+2 < hi; i++ {
			if (toks[i].lower == "a" || toks[i].lower == "the") && toks[i+1].lower == "day" {
				shift := 0
				switch toks[i+2].lower {
				case "after", "later":
					shift = -1 // "a day after X": this came first
					if toks[i+2].lower == "later" {
						shift = 1
					}
				case "before", "earlier":
					shift = -1
				}
				if shift != 0 {
					if pd, err := time.Parse("2006-01-02", prevDate); err == nil {
						return pd.AddDate(0, 0, shift).Format("2006-01-02"), ""
					}
				}
			}
		}
	}
	return "", day
}

var monthNum = map[string]int{"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12}

var weekdayNum = map[string]int{"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6}

// mergeEvent adds e to evs, or folds it into an earlier event it describes
// again: the same category class and target or place, and no conflicting
// date or attacker.
func (x *extractor) mergeEvent(evs []*event, e *event) []*event {
	for _, o := range evs {
		if class(o.cat) != class(e.cat) {
			continue
		}
		if o.date != "" && e.date != "" && o.date != e.date || o.day != "" && e.day != "" && o.day != e.day {
			continue
		}
		if o.attacker != nil && e.attacker != nil && o.attacker != e.attacker {
			continue
		}
		same := false
		switch {
		case o.cat == "attack":
			same = o.target != nil && o.target == e.target
		case o.cat == "phone_call":
			same = sameSet(o.participants, e.participants)
		default:
			same = o.heldIn != nil && e.heldIn != nil && (o.heldIn == e.heldIn || x.within(o.heldIn, e.heldIn) || x.within(e.heldIn, o.heldIn))
			// the same parties, one report without the place
			if (o.heldIn == nil || e.heldIn == nil) && len(e.participants) >= 2 && len(o.participants) >= 2 &&
				(subset(e.participants, o.participants) || subset(o.participants, e.participants)) {
				same = true
			}
		}
		if !same {
			continue
		}
		if o.date == "" {
			o.date = e.date
		}
		if o.day == "" {
			o.day = e.day
		}
		if o.attacker == nil {
			o.attacker = e.attacker
		}
		if o.heldIn == nil || o.heldIn.typ == graph.Country && e.heldIn != nil && e.heldIn.typ == graph.Place {
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
		return evs
	}
	return append(evs, e)
}

// within reports whether the gazetteer puts place in country: "talks in
// Istanbul" and "talks in Turkey" are the same talks.
func (x *extractor) within(place, country *entity) bool {
	if place.typ != graph.Place || country.typ != graph.Country {
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
	key := e.cat
	if e.date != "" {
		key += "-" + e.date
	} else {
		// Without a date, two reports of an attack on the same city may be
		// different attacks: keep the event to its article.
		key += "-" + graph.Slug(x.a.ID)
	}
	var label []string
	switch {
	case e.target != nil:
		key += "-" + graph.Slug(e.target.name)
		label = append(label, e.target.name)
	case e.heldIn != nil:
		key += "-" + graph.Slug(e.heldIn.name)
		label = append(label, e.heldIn.name)
	}
	if e.attacker != nil {
		key += "-by-" + graph.Slug(e.attacker.name)
	}
	if e.target == nil && e.heldIn == nil {
		for _, p := range sortedEnts(e.participants) {
			key += "-" + graph.Slug(p.name)
		}
	}
	id := "event:" + key
	name := strings.ReplaceAll(e.cat, "_", " ")
	if len(label) > 0 {
		name += " in " + label[0]
	}
	if e.date != "" {
		name += ", " + e.date
	}
	x.nodes = append(x.nodes, graph.Node{ID: id, Type: graph.Event, Name: name})
	x.addFact(id, graph.Category, e.cat, true, e.sent, e.hedge)
	if e.date != "" {
		x.addFact(id, graph.Date, e.date, true, e.sent, e.hedge)
	}
	if e.heldIn != nil {
		x.addFact(id, graph.HeldIn, e.heldIn.id, false, e.sent, e.hedge)
	}
	for _, p := range e.participants {
		x.addFact(id, graph.Participant, p.id, false, e.sent, e.hedge)
	}
	if e.attacker != nil {
		x.addFact(id, graph.Attacker, e.attacker.id, false, e.sent, e.hedge)
	}
	if e.target != nil {
		x.addFact(id, graph.Target, e.target.id, false, e.sent, e.hedge)
	}
	if e.weapon != "" {
		x.addFact(id, graph.Weapon, e.weapon, true, e.sent, e.hedge)
	}
	if e.killed != "" {
		x.addFact(id, graph.Killed, e.killed, true, e.sent, e.hedge)
	}
	if e.injured != "" {
		x.addFact(id, graph.Injured, e.injured, true, e.sent, e.hedge)
	}
}

func appendEnt(es []*entity, e *entity) []*entity {
	if e == nil || containsEnt(es, e) {
		return es
	}
	return append(es, e)
}

func containsEnt(es []*entity, e *entity) bool {
	for _, o := range es {
		if o == e {
			return true
		}
	}
	return false
}

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
	out := append([]*entity(nil), es...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].id < out[j-1].id; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}
