package extract

import (
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/domain"
)

// talksEvent reads talks or a meeting around trigger k of clause c: where
// ("in X", "at the X"), and who: the actors right before the trigger
// ("Ethiopia and the US officials started talks", "Egyptian and Ethiopian
// officials met") and after "with" or "between" ("met with Vice President
// X and Secretary of State Y"). Plans, hopes and refusals are not events.
func (x *extractor) talksEvent(s *sentence, c clause, k int, date string) *event {
	toks := s.toks
	if calledOff(s, c) {
		return nil
	}
	if in(talksNouns, toks[k].lower) && in(callModifiers, lowerAt(toks, k-1)) {
		// "held phone talks with Y": a call, the call rules' (callNouns)
		return nil
	}
	e := &event{cat: "talks", date: date, sent: s.idx, hedge: s.hedge}
	switch toks[k].lower {
	case "summit":
		e.cat = "summit"
	case "meeting", "met", "meet", "meets":
		e.cat = "meeting"
	}
	// "X is due in Y on Friday for talks with Z": a trip for the talks,
	// stated plainly ("is due", not "was", "is not", "may be") and
	// dated to the day, a plan tripTalksPlace reads
	dayTrip, planPassed := false, false
	if p, at := x.tripPlaceBefore(s, c, k); p != nil && in(dueWords, toks[at].lower) && in(presentBe, lowerAt(toks, at-1)) &&
		!calledOff(s, clause{0, len(toks)}) && !tripDenied(toks, at) {
		d, _ := x.when(s, clause{at, c.hi}, k, "")
		dayTrip = dayDate(d)
	}
	for i := max(c.lo, k-6); i < c.hi && i <= k+4; i++ {
		if monthMay(toks, i) {
			continue // "due in Y on May 4 for talks": the month
		}
		switch toks[i].lower {
		case "no", "not", "plans", "could", "would", "might", "may", "possible", "future", "hope", "hopes", "planned", "proposed",
			"offered", "offers", "offer", "ready", "willing", "invited", "host":
			return nil
		case "due", "next", "scheduled":
			// "due to convene in X next month": still to come
			if !dayTrip {
				return nil
			}
			planPassed = true
		}
	}
	if date == "" && x.yearsBefore(toks, c.lo, c.hi) {
		// "Qatar, which hosted talks between X and Y before the 2021
		// withdrawal, …", "X visited Nairobi in 2023 for talks with Y":
		// talks of years ago, the story's background
		return nil
	}
	for i := c.lo; i < k; i++ {
		if in(inviteWords, toks[i].lower) {
			// "X invited Y to a summit in Nairobi on Friday": an offer
			return nil
		}
	}
	if k >= 2 && toks[k-1].lower == "to" && in(dueWords, toks[k-2].lower) {
		// "X is expected to meet Y on Friday": a plan, which the
		// structure rules keep apart from meetings held
		return nil
	}
	if countedTimes(toks, commaSpan(toks, c, k)) >= 0 {
		// "has met X in Y three times since taking office": meetings
		// again and again, none of them one event
		return nil
	}
	if len(date) < len("2006-01-02") && dueBefore(toks, c.lo, k) {
		// "X is set to visit Tokyo in October for a meeting": a plan
		// with no day, no event
		return nil
	}
	if in(talksVerbs, toks[k].lower) && hasWordIn(toks, k+1, min(c.hi, k+9), "separately") {
		// "met X and Y separately": meetings the structure rules tell
		// apart (separateMeetings), not one of three
		return nil
	}
	trip := x.tripTalksPlace(s, c, k, e) // "will travel to X for talks"
	if planPassed && trip == nil {
		// a plan word dayTrip let through holds only as the trip's
		// talks, in its place on its day; read otherwise ("…, though
		// Z has not confirmed the meeting") it would date talks to
		// come to the story's day
		return nil
	}
	atVenue := false // the place is named by an "at" phrase
	// past a trip's place, only "in X" right after the talks noun
	// places them ("will fly to Frankfurt for talks in Berlin")
	for i, limit := k+1, k+16; i < c.hi && i <= limit && e.heldIn == nil && (trip == nil || i == k+1); i++ {
		if toks[i].quoted || participleClause(toks, i) {
			break
		}
		// "met A, her deputy, B, at the party's headquarters in Prague":
		// a venue phrase begun in the window is read to its town
		if toks[i].lower == "at" && lowerAt(toks, i+1) == "the" {
			limit = max(limit, i+5)
		}
		if in(qualifiedVenues, toks[i].lower) {
			limit = max(limit, i+1)
		}
		if l := toks[i].lower; (l == "in" || l == "at") && e.heldIn == nil {
			if p := x.demonymCapital(s, i+1); p != nil {
				e.heldIn = p // "in the Kenyan capital", "in the Solomon Islands capital"
			} else if m := firstPlaceAfter(s, i+1, 2); m != nil && m.kind == mName && (m.start == i+1 || toks[i+1].lower == "the" || ofCountryAt(s, i+1, m)) && !qualifiesVenue(toks, m) {
				e.heldIn = m.ent
				atVenue = l == "at"
			} else if p := x.capitalPhrase(s, i+1); p != nil {
				e.heldIn = p
			}
		}
	}
	if e.heldIn == nil {
		e.heldIn = trip
	}
	// "a Nairobi summit"
	if m := mentionEndingAt(s, k); m != nil && m.ent.typ == domain.Place && m.kind == mName && e.heldIn == nil {
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
	// "X, whose country mediates, met Y": the subject of "met" (the
	// parser reads such clauses poorly)
	if in(talksVerbs, toks[k].lower) && k > 0 && toks[k-1].text == "," {
		if sp := x.subjectBefore(s, k, c.lo); sp != nil {
			e.participants = appendEnt(e.participants, sp)
		}
	}
	// before the trigger, back to the clause start or a comma
	for i := k - 1; i >= c.lo && i >= k-12; i-- {
		t := &toks[i]
		// "of Egypt, Jordan and Qatar met": a comma inside a list of actors
		if t.text == "," && listComma(s, i) {
			continue
		}
		if t.text == "," || t.quoted || t.kind == tQuote || isSpeechVerb(toks, i) || t.lower == "that" || t.lower == "after" || t.lower == "as" {
			break
		}
		// "X spoke by phone with Y on Monday before the meeting": the
		// meeting dates what they did, it names none of its parties
		if i == k-1 && datesOther(toks, k) {
			break
		}
		if m := mentionAt(s, i); m != nil && m.start == i && !titleComplement(toks, i) && !tripDestination(toks, i) && !(m.kind == mGov && lowerAt(toks, i-1) == "to") &&
			!(m.ent.typ != domain.Person && in(visitVerbForms, lowerAt(toks, i-1))) {
			// ("welcomed X to Nairobi for talks": a capital one goes to
			// is a destination, not its government; so is what one
			// visits: "is due to visit Khartoum on May 3 for talks with
			// Y")
			e.addParticipant(toks, m)
		}
	}
	// "X's mission chief, Y, is due in Z on Friday for talks": the one
	// due, named in the apposition before the comma
	if _, at := x.tripPlaceBefore(s, c, k); trip != nil && at > 0 && in(dueWords, toks[at].lower) && in(presentBe, lowerAt(toks, at-1)) {
		if m := subjectPersonBefore(s, at-1); m != nil {
			e.participants = appendEnt(e.participants, m.ent)
		}
	}
	// after "with" or "between", or right after "met"
	for i := k + 1; i < c.hi && i <= k+20; i++ {
		// "between" may follow the place: "talks at the agency's
		// headquarters in Vienna, the Austrian capital, between A and B"
		if l := toks[i].lower; i > k+4 && (l != "between" || toks[i].quoted) {
			continue
		}
		if l := toks[i].lower; l == "with" || l == "between" || i == k+1 && in(talksVerbs, toks[k].lower) && personAt(s, i) {
			if l != "with" && l != "between" {
				i--
			}
			for j := i + 1; j < c.hi; j++ {
				t := &toks[j]
				// "talks with Y, the President's Office said": who reports
				// the talks is no party to them
				if t.text == "," && attributionAfter(toks, j) {
					break
				}
				if m := mentionAt(s, j); m != nil && m.start == j {
					if !ownsTitle(toks, m.end) {
						e.addParticipant(toks, m)
					}
					j = m.end - 1
					continue
				}
				if t.lower == "and" || t.text == "," || t.lower == "the" || t.lower == "of" || t.lower == "a" || t.lower == "an" || t.lower == "from" || isTitleWord(t.lower) || t.kind == tPoss ||
					in(participantNouns, t.lower) || t.lower == "officials" || t.lower == "counterpart" || in(possessivePronouns, t.lower) || titledPersonAhead(s, j) && !x.titledClauseSubject(s, j) {
					continue
				}
				// "between negotiators from both sides": the sides
				// named before (findEvents)
				e.sides = e.sides || bothSidesAt(toks, j)
				break
			}
			break
		}
	}
	// "at the Grand Meridian in Doha": the city, where the venue is in one
	if e.heldIn != nil && e.heldIn.typ == domain.Place {
		if c := x.venueCity(s, e.heldIn); c != nil {
			e.heldIn = c
		}
	}
	x.hostParticipants(s, c, k, e)
	// "X, whose country chairs the bloc, hosted the talks between A and
	// B": the host takes part
	if d := lowerAt(toks, k-1); (d == "the" || d == "a") && k >= 2 && in(hostVerbs, toks[k-2].lower) {
		if h := x.subjectBefore(s, k-2, c.lo); h != nil && h.typ != domain.Place {
			e.participants = appendEnt(e.participants, h)
		}
	}
	// "Kenya and Norway agreed … after talks …": the parties of the
	// sentence's subject
	for i := max(c.lo, k-6); i < k; i++ {
		if w := toks[i].lower; w == "after" || w == "following" || w == "during" {
			for _, a := range x.leadingActors(s) {
				e.participants = appendEnt(e.participants, a)
			}
			break
		}
	}
	if e.cat == "talks" && e.heldIn != nil && talksMentions(toks) == 1 {
		// (placed talks only, the sentence's only ones: a bare "the
		// talks" may be other talks, and "negotiators held talks a day
		// after officials held separate talks with a team from X" names
		// the negotiators of the first only)
		for _, m := range negotiatingSides(s) {
			e.addParticipant(toks, m)
		}
	}
	if e.heldIn != nil {
		e.participants = removeEnt(e.participants, e.heldIn)
	}
	e.participants = x.dropLocatives(s, e.participants)
	// "the talks" at a venue with no day of their own and fewer than
	// two parties: the article's talks told again at their venue
	// (venueOnly), no event of their own
	if e.heldIn == nil && len(e.participants) < 2 || atVenue && lowerAt(toks, k-1) == "the" && x.venueOnly(e) {
		return nil
	}
	return e
}

// venueOnly reports whether talks or meeting e, undated, names no more
// than its venue, one the gazetteer does not know, and fewer than two
// parties: told as "the talks at <venue>", the talks told before
// ("Kong Visoth said during the talks at the Peace Palace", "led their
// delegations at the talks, which lasted nearly six hours at the
// Diaoyutai State Guesthouse", after talks the lead places in the town).
// Such a report is no event of its own: a venue is no other town, and
// the summit rule joins "the summit at the Arusha International
// Conference Centre" to the summit in Arusha the same way (sameVenue).
func (x *extractor) venueOnly(e *event) bool {
	return (e.cat == "talks" || e.cat == "meeting") && e.date == "" && e.heldIn != nil && e.heldIn.typ == domain.Place &&
		len(x.lookupPlace(e.heldIn.name)) == 0 && len(e.participants) < 2
}

// tripTalksPlace returns the place a trip goes for the talks at trigger
// k of clause c, nil for none: "is due to visit X on Friday for talks
// with Y", "will travel to X for talks", "is due in X on Dec. 10 for
// talks": the talks are held where the trip goes. A trip still to come
// (a plan word opens it) dates e by the trip's own words (not another
// clause's day: "is due to meet A on Sept. 3, and will travel to X for
// talks with B on Sept. 10"), its weekday read ahead, not as last
// week's, as the visit rule reads the trip (visitForTalks joins the
// two).
func (x *extractor) tripTalksPlace(s *sentence, c clause, k int, e *event) *entity {
	toks := s.toks
	p, at := x.tripPlaceBefore(s, c, k)
	if p == nil || talksMentions(toks) != 1 || calledOff(s, clause{0, len(toks)}) || tripDenied(toks, at) ||
		hasWordIn(toks, c.lo, at, "was") || hasWordIn(toks, c.lo, at, "were") {
		// (the sentence's only talks; not a trip called off or denied,
		// nor one "was due" to make: held or not, the text does not
		// say)
		return nil
	}
	// a trip still to come: "will", "is due to", "plans to", "flies to X
	// on Friday", "is due in X"
	if dueBefore(toks, c.lo, at+1) || hasWordIn(toks, c.lo, at, "will") || planBefore(toks, c.lo, at+1) ||
		in(presentTrips, toks[at].lower) || in(dueWords, toks[at].lower) {
		if d, _ := x.when(s, clause{at, c.hi}, k, ""); d != "" {
			e.date = d
		}
		e.date = x.ahead(e.date)
	}
	return p
}

// tripPlaceBefore returns the place a trip goes to that talks noun k
// of clause c are the purpose of ("is due to visit X on Friday for
// talks", "will travel to X for talks", "is due in X on Dec. 10 for
// talks", "to lead a delegation to X on June 15 for talks"; a capital
// read as its government is the town) and the token of the trip word;
// nil when the words between are anything but the trip's day.
func (x *extractor) tripPlaceBefore(s *sentence, c clause, k int) (*entity, int) {
	toks := s.toks
	if lowerAt(toks, k-1) != "for" {
		return nil, -1
	}
	for i := k - 2; i > c.lo && i >= k-8; i-- {
		m := mentionAt(s, i)
		if m == nil || m.start != i {
			if toks[i].text == "," || toks[i].kind == tQuote || isSpeechVerb(toks, i) {
				return nil, -1
			}
			continue
		}
		// only the trip's day may stand between the place and "for"
		if m.quoted || m.kind == mDemonym || !timePhrase(toks, m.end, k-1) {
			return nil, -1
		}
		place := m.ent
		if m.kind == mGov && x.gaz != nil {
			// "visit Suva": the capital, not its government
			if capital := x.gaz.Capital(m.ent.name); capital != "" && capital == joinTokens(s.text, toks, m.start, m.end) {
				place = x.entity(domain.Place, capital)
			}
		}
		if place.typ != domain.Place && place.typ != domain.Country {
			return nil, -1
		}
		w, before := lowerAt(toks, i-1), lowerAt(toks, i-2)
		switch {
		case in(visitVerbForms, w):
			return place, i - 1
		case w == "to" && (in(travelForms, before) || in(tripNouns, before) || in(participantNouns, before)),
			w == "in" && (in(dueWords, before) || before == "arrive" || before == "arrives"):
			return place, i - 2
		}
		return nil, -1
	}
	return nil, -1
}

// presentTrips tell a trip in the present tense, which news tells of
// trips still to come: "flies to X on Friday for talks". (They overlap
// travelForms, which take a traveller "to" a place in any tense, and
// fromTravelVerbs (resolve.go); "visits" and "arrives" are theirs alone.)
var presentTrips = set("travels", "flies", "heads", "goes", "returns", "visits", "arrives")

// planBefore reports whether a plan verb and "to" stand in tokens lo
// to k: "plans to fly to X", "is planning to visit X".
func planBefore(toks []token, lo, k int) bool {
	for i := max(lo, 1); i+1 < k; i++ {
		if toks[i].lower == "to" && in(planForms, toks[i-1].lower) && !toks[i].quoted {
			return true
		}
	}
	return false
}

var planForms = set("plan", "plans", "planned", "planning", "intends", "intend", "intended")

// tripDenied reports whether a denial or a rumour stands before the
// trip word at: "denied on Tuesday reports that he would fly to X",
// "dismissed rumours that", "ruled out a trip", "amid reports that".
func tripDenied(toks []token, at int) bool {
	claim := func(l string) bool { return in(claimForms, l) || in(rumourForms, l) }
	for i := 0; i < at; i++ {
		switch l := toks[i].lower; {
		case in(denyForms, l):
			for j := i + 1; j < at && j <= i+4; j++ {
				if toks[j].lower == "that" || claim(toks[j].lower) {
					return true
				}
			}
		case claim(l) && lowerAt(toks, i+1) == "that",
			(l == "ruled" || l == "rules") && lowerAt(toks, i+1) == "out":
			return true
		}
	}
	return false
}

// denyForms and rumourForms are the word forms tripDenied reads off the
// tokens; denyLemmas and claimNouns (rules_event.go) are their lemma
// twins for the parse, and claimForms (quotes.go) the plural claims
// rumourForms is read with. (Kept apart: merging them changes facts.)
var (
	denyForms   = set("denied", "denies", "deny", "denying", "dismissed", "dismisses", "rejected", "rejects", "refuted", "refutes", "disputed", "disputes")
	rumourForms = set("report", "rumour", "rumours", "rumor", "rumors", "speculation")
)

// travelForms take a traveller "to" a place (see presentTrips for the
// present-tense ones that tell a trip to come).
var travelForms = set("travel", "travels", "travelling", "traveling", "fly", "flies", "flying", "head", "heads", "go", "goes", "return", "returns")

// timePhrase reports whether tokens [lo, hi) are empty or one time
// phrase of a trip: "on Friday", "on June 15", "next week", "on Dec. 10".
func timePhrase(toks []token, lo, hi int) bool {
	for i := lo; i < hi; i++ {
		l := toks[i].lower
		if l == "on" || l == "next" || l == "this" || l == "week" || l == "month" || l == "." || toks[i].kind == tNum || monthNum[strings.TrimSuffix(l, ".")] > 0 {
			continue
		}
		if _, ok := weekdayNum[l]; ok {
			continue
		}
		return false
	}
	return true
}

// datesOther reports whether event noun k is the object of "before",
// "until", "ahead of" or "prior to", a time phrase that dates what the
// clause tells by the event: "spoke with X before the meeting".
func datesOther(toks []token, k int) bool {
	j := k - 1
	if j >= 0 && in(determiners, toks[j].lower) {
		j--
	}
	switch lowerAt(toks, j) {
	case "before", "until":
		return true
	case "of":
		return lowerAt(toks, j-1) == "ahead"
	case "to":
		return lowerAt(toks, j-1) == "prior"
	}
	return false
}

// yearsBefore reports whether tokens lo to hi place something in a year
// before the article's: "before the 2021 withdrawal", "in 2019".
func (x *extractor) yearsBefore(toks []token, lo, hi int) bool {
	if len(x.a.Date) < 4 {
		return false
	}
	now, err := strconv.Atoi(x.a.Date[:4])
	if err != nil {
		return false
	}
	for i := max(lo, 0); i < hi && i < len(toks); i++ {
		y, err := strconv.Atoi(toks[i].text)
		if err != nil || y < 1900 || y >= now {
			continue
		}
		for j := max(lo, i-3); j < i; j++ {
			if in(pastYearCases, toks[j].lower) {
				return true
			}
		}
	}
	return false
}

// pastYearCases put a time phrase's year as the time of what they follow.
var pastYearCases = set("before", "in", "during", "until")

// participleClause reports whether a comma at k opens a participle
// clause ("…, citing weak demand in X"): what it places is not the
// event before it.
func participleClause(toks []token, k int) bool {
	n := lowerAt(toks, k+1)
	return toks[k].text == "," && k+1 < len(toks) && !toks[k+1].cap && len(n) > 4 && strings.HasSuffix(n, "ing")
}

// qualifiedVenues are places a country's name may qualify: "at the Saudi
// embassy in Vienna" is held in Vienna, not in Saudi Arabia.
var qualifiedVenues = set("embassy", "consulate", "mission", "residence", "headquarters", "office", "offices", "pavilion", "compound")

// ofCountryAt reports whether place m is named as a town of the country
// named at token k ("in Azerbaijan's capital, Baku": firstPlaceAfter reads
// the town, not the country).
func ofCountryAt(s *sentence, k int, m *mention) bool {
	c := countryMentionAt(s, k)
	return c != nil && c != m && m.start > c.start
}

// qualifiesVenue reports whether the country named by m only qualifies
// the venue noun after it.
func qualifiesVenue(toks []token, m *mention) bool {
	return m.ent.typ == domain.Country && in(qualifiedVenues, lowerAt(toks, m.end))
}

// tripNouns name a journey: "a visit to X" makes X its destination.
var tripNouns = set("visit", "trip", "tour", "journey", "mission")

// visitVerbForms have the place visited as their object.
var visitVerbForms = set("visit", "visits", "visiting", "visited")

// tripDestination reports whether the name at k is where a trip went
// ("cut short a visit to Cyprus and chaired a meeting"): a place, not a
// party to the meeting.
func tripDestination(toks []token, k int) bool {
	return lowerAt(toks, k-1) == "to" && in(tripNouns, lowerAt(toks, k-2))
}

// calledOff reports whether the clause says its event did not take place
// as planned: "talks … were postponed", "the exchange was delayed".
func calledOff(s *sentence, c clause) bool {
	toks := s.toks
	for i := c.lo; i < c.hi; i++ {
		if in(calledOffForms, toks[i].lower) {
			// "suspended Kenya from the bloc": an actor suspended, not
			// the meeting
			j := i + 1
			if lowerAt(toks, j) == "the" {
				j++
			}
			if m := mentionAt(s, j); m != nil && m.start == j && m.ent.typ != domain.Place {
				continue
			}
			return !toks[i].quoted
		}
	}
	return false
}

// listComma reports whether the comma at k separates two countries or
// organizations of a list ("Egypt, Jordan and Qatar").
func listComma(s *sentence, k int) bool {
	a := mentionEndingAt(s, k)
	b := mentionAt(s, k+1)
	actor := func(m *mention) bool {
		return m != nil && !m.quoted && m.kind == mName && (m.ent.typ == domain.Country || m.ent.typ == domain.Organization)
	}
	return actor(a) && actor(b) && b.start == k+1
}

// venueCity returns the place a venue is said to be in, in this sentence:
// "the Grand Meridian in Doha".
func (x *extractor) venueCity(s *sentence, venue *entity) *entity {
	for i := range s.ments {
		m := &s.ments[i]
		if m.ent != venue || lowerAt(s.toks, m.end) != "in" {
			continue
		}
		if n := mentionAt(s, m.end+1); n != nil && n.start == m.end+1 && n.ent.typ == domain.Place && n.kind == mName {
			return n.ent
		}
	}
	return nil
}

// hostWords before "by" name who hosts or leads talks: "hosted by Brazil",
// "chaired by X", "mediated by the EU's envoy, Y".
var hostWords = set("hosted", "chaired", "mediated", "brokered", "convened", "organized", "organised")

// hostVerbs make their subject the host of the event noun they take:
// "hosted the talks", "chaired a meeting".
var hostVerbs = set("hosted", "hosts", "chaired", "chairs", "convened")

// hostParticipants adds the hosts of the talks around trigger k: "hosted
// by X" (a person named in an apposition there goes first), "the summit of
// the Y", "under Z auspices".
func (x *extractor) hostParticipants(s *sentence, c clause, k int, e *event) {
	toks := s.toks
	for i := max(c.lo, k-8); i < c.hi && i <= k+25; i++ {
		switch {
		case in(hostWords, toks[i].lower) && lowerAt(toks, i+1) == "by":
			if h := x.hostAfter(s, i+2); h != nil {
				e.participants = appendEnt(e.participants, h)
				// "mediated by Turkey and Qatar"
				if m := mentionAt(s, i+2); m != nil && m.ent == h && lowerAt(toks, m.end) == "and" {
					if n := mentionAt(s, m.end+1); n != nil && n.start == m.end+1 && !n.quoted && n.kind == mName && n.ent.typ == h.typ {
						e.participants = appendEnt(e.participants, n.ent)
					}
				}
			}
		case i == k+1 && toks[i].lower == "of" && (toks[k].lower == "summit" || toks[k].lower == "meeting"):
			j := i + 1
			if lowerAt(toks, j) == "the" {
				j++
			}
			if m := mentionAt(s, j); m != nil && m.start == j && m.ent.typ == domain.Organization && !m.quoted {
				e.participants = appendEnt(e.participants, m.ent)
			}
		case toks[i].lower == "under" && i > k:
			j := i + 1
			if lowerAt(toks, j) == "the" {
				j++
			}
			if m := mentionAt(s, j); m != nil && m.start == j && lowerAt(toks, m.end) == "auspices" && m.ent.typ != domain.Place {
				e.participants = appendEnt(e.participants, m.ent)
			}
		}
	}
}

// hostAfter returns the host named at token k: the person named first
// (after "the EU's special envoy," too), else the first actor.
func (x *extractor) hostAfter(s *sentence, k int) *entity {
	toks := s.toks
	if lowerAt(toks, k) == "the" {
		k++
	}
	m := mentionAt(s, k)
	if m == nil || m.start != k || m.quoted || m.ent.typ == domain.Place {
		return nil
	}
	if m.ent.typ == domain.Person {
		return m.ent
	}
	// "Ethiopian Prime Minister X": the person after the title
	j := m.end
	for j < len(toks) && toks[j].kind == tWord && isTitleWord(toks[j].lower) {
		j++
	}
	if j > m.end {
		if p := mentionAt(s, j); p != nil && p.start == j && p.ent.typ == domain.Person {
			return p.ent
		}
	}
	// "the European Union's special representative for the dialogue,
	// Matthias X": the person at the end of the apposition
	if e := m.end; e < len(toks) && (toks[e].kind == tPoss || isTitleWord(toks[e].lower)) {
		for j := e; j < len(toks) && j <= e+10; j++ {
			if toks[j].text == "." || toks[j].text == ";" {
				break
			}
			if toks[j].text == "," {
				if p := mentionAt(s, j+1); p != nil && p.start == j+1 && p.ent.typ == domain.Person {
					return p.ent
				}
				break
			}
		}
	}
	if m.kind == mDemonym {
		return nil
	}
	return m.ent
}

// leadingActors returns the coordinated actors that open the sentence
// (after its dateline): "Kenya and Norway agreed …".
func (x *extractor) leadingActors(s *sentence) []*entity {
	toks := s.toks
	k := 0
	if s.idx == x.datelineSent {
		k = x.datelineBody
	}
	if lowerAt(toks, k) == "the" {
		k++
	}
	var out []*entity
	for k < len(toks) {
		m := mentionAt(s, k)
		// "Japanese Prime Minister X": the person after the title
		if m != nil && m.start == k && m.ent.typ == domain.Country && !m.quoted {
			j := m.end
			for j < len(toks) && toks[j].kind == tWord && isTitleWord(toks[j].lower) {
				j++
			}
			if p := mentionAt(s, j); j > m.end && p != nil && p.start == j && p.ent.typ == domain.Person {
				m = p
			}
		}
		if m == nil || m.start != k && m.ent.typ != domain.Person || m.quoted || m.ent.typ == domain.Place || m.kind == mDemonym {
			return nil
		}
		out = append(out, m.ent)
		k = m.end
		// "Afghanistan's Taliban government": the country
		if m.ent.typ == domain.Country && k < len(toks) && toks[k].kind == tPoss {
			j := k + 1
			for j < len(toks) && j <= k+3 && toks[j].kind == tWord && toks[j].lower != "government" {
				j++
			}
			if lowerAt(toks, j) == "government" {
				k = j + 1
			}
		}
		if lowerAt(toks, k) != "and" {
			break
		}
		k++
		if lowerAt(toks, k) == "the" {
			k++
		}
	}
	if len(out) < 2 || k >= len(toks) || toks[k].kind != tWord || toks[k].cap {
		return nil
	}
	return out
}

// swapEvent reads a prisoner exchange around trigger k: the parties that
// are the subject of the clause ("the government and the rebels began
// exchanging detainees", "Kenya's government and the Sentinel Front
// swapped prisoners") or follow "between".
func (x *extractor) swapEvent(s *sentence, c clause, k int, date string) *event {
	toks := s.toks
	for i := max(c.lo, k-5); i < c.hi && i <= k+3; i++ {
		switch toks[i].lower {
		case "no", "not", "plans", "could", "would", "might", "possible", "future", "will", "proposed", "deal", "agreement":
			return nil
		}
	}
	if calledOff(s, c) {
		return nil
	}
	e := &event{cat: "prisoner_exchange", date: date, sent: s.idx, hedge: s.hedge}
	for i := k - 1; i >= c.lo; i-- {
		t := &toks[i]
		if t.text == "," || t.quoted || t.kind == tQuote || isSpeechVerb(toks, i) {
			break
		}
		if m := mentionAt(s, i); m != nil && m.start == i && !m.quoted && m.kind != mDemonym &&
			(m.ent.typ == domain.Country || m.ent.typ == domain.Organization) {
			e.participants = append([]*entity{m.ent}, e.participants...)
		}
	}
	for i := k + 1; i < c.hi && i <= k+8; i++ {
		if toks[i].lower != "between" {
			continue
		}
		for j := i + 1; j < c.hi && j <= i+8; j++ {
			if m := mentionAt(s, j); m != nil && m.start == j && !m.quoted && m.ent.typ != domain.Place && m.kind != mDemonym {
				e.participants = appendEnt(e.participants, m.ent)
				j = m.end - 1
			}
		}
		break
	}
	x.hostParticipants(s, c, k, e) // "a swap mediated by Qatar"
	if len(e.participants) < 2 {
		return nil
	}
	return e
}

// personAt reports whether a person's name (possibly after title words)
// starts at token k: "met Foreign Minister X".
func personAt(s *sentence, k int) bool {
	return personEnd(s, k) >= 0
}

// personEnd returns the end of the person's name personAt finds at token
// k, or -1.
func personEnd(s *sentence, k int) int {
	// "met his Kenyan counterpart X": a possessive pronoun first
	if k < len(s.toks) && in(possessivePronouns, s.toks[k].lower) {
		k++
	}
	for k < len(s.toks) {
		if isTitleWord(s.toks[k].lower) || s.toks[k].lower == "counterpart" {
			k++
			continue
		}
		// "met Pakistani Prime Minister X", "met Sentinel Front chief
		// negotiator X"
		if m := mentionAt(s, k); m != nil && m.start == k && (m.kind == mDemonym ||
			m.ent.typ != domain.Person && m.end < len(s.toks) && isTitleWord(s.toks[m.end].lower)) {
			k = m.end
			continue
		}
		break
	}
	m := mentionAt(s, k)
	if m == nil || m.start != k || m.ent.typ != domain.Person {
		return -1
	}
	return m.end
}

// titledPersonAhead reports whether the words from token k open the
// title of a person named after it: capitalized words or a body's
// lower-case word before the title's words ("Northern Affairs Minister
// Paul Tremblay", "army chief General Ana Soler"), which a list of parties
// steps over to the name (personAt reads the title's words on).
func titledPersonAhead(s *sentence, k int) bool {
	for i := k; i < len(s.toks) && i < k+4; i++ {
		t := &s.toks[i]
		switch {
		case t.kind != tWord || t.quoted:
			return false
		case isTitleWord(t.lower):
			return personAt(s, i)
		case !t.cap && !in(governmentOrgCues, t.lower):
			return false
		}
	}
	return false
}

// titledClauseSubject reports whether the titled person whose title
// opens at token k (titledPersonAhead) starts a clause of its own rather
// than closing a list of parties: after the name, past more names, title
// words and "and" ("and Green party chief Z"), the next word is a verb or
// an auxiliary. "held talks with X and Opposition leader Y criticised the
// meeting", "met X and Opposition leader Y and party chief Z were not
// invited"; not "met X and Foreign Minister Y in Ottawa".
func (x *extractor) titledClauseSubject(s *sentence, k int) bool {
	end := -1
	for i := k; i < len(s.toks) && i < k+4; i++ {
		if isTitleWord(s.toks[i].lower) {
			end = personEnd(s, i)
			break
		}
	}
	ps := x.psentAt(s.idx)
	if end < 0 || ps == nil {
		return false
	}
	for i := end; i < len(s.toks) && i < end+12; i++ {
		p := x.parseToken(s, i)
		if p < 0 || s.toks[i].quoted {
			return false
		}
		switch ps.tok(p).UPOS {
		case "VERB", "AUX":
			return true
		case "PROPN", "NOUN", "ADJ", "CCONJ":
			if ps.tok(p).UPOS == "CCONJ" && s.toks[i].lower != "and" {
				return false
			}
			continue
		}
		return false
	}
	return false
}

// possessivePronouns may open the title phrase before a name.
var possessivePronouns = set("his", "her", "their", "its")

// addParticipant adds the actor of a mention: a person, organization,
// country by name or government, or a demonym of officials.
func (e *event) addParticipant(toks []token, m *mention) {
	if m.quoted || m.ent.typ == domain.Place {
		return
	}
	if m.kind == mDemonym && !in(participantNouns, nextNoun(toks, m.end)) {
		return
	}
	if (m.ent.typ == domain.Country || m.ent.typ == domain.Organization) && m.end < len(toks) && isTitleWord(toks[m.end].lower) && !in(participantNouns, nextNoun(toks, m.end)) {
		return // "US President X": the country only qualifies the title
	}
	e.participants = appendEnt(e.participants, m.ent)
}

// nextNoun returns the word after k, skipping "and <demonym>": "Egyptian
// and Ethiopian officials".
func nextNoun(toks []token, k int) string {
	for k < len(toks) && (toks[k].lower == "and" || toks[k].cap) {
		k++
	}
	// "Indian and Pakistani military officials": past a modifier or two
	for n := 0; n < 2 && k+1 < len(toks) && in(bodyModifiers, toks[k].lower); n++ {
		k++
	}
	return lowerAt(toks, k)
}

// bodyModifiers may stand between a demonym and the people it names:
// "military officials", "senior government negotiators".
var bodyModifiers = set("military", "army", "government", "senior", "security", "defence", "defense", "foreign", "top", "border", "intelligence")

// callEvents reads phone calls: "X held separate phone calls with A and
// B" is one call with each; "X spoke by phone with A" one call; "X and Y
// spoke by phone" one call between them. Calls that are only planned or
// ruled out give nothing.
func (x *extractor) callEvents(s *sentence, k int, date string) []*event {
	toks := s.toks
	var caller, speaker *entity
	for i := range s.ments {
		m := &s.ments[i]
		if m.start < k && m.ent.typ == domain.Person && !m.quoted {
			caller = m.ent
			if c, reported := x.reportedCaller(s, m.end, k); reported {
				caller, speaker = c, m.ent
			}
			break
		}
	}
	// "he had talked by phone to X": the one "he" stands for
	if caller == nil {
		for i := k - 1; i >= 0 && i >= k-6; i-- {
			if in(personPronouns, toks[i].lower) && !toks[i].quoted {
				// (the last speaker the quotes left is the article's
				// last, not this sentence's)
				saved := x.lastSpeaker
				x.lastSpeaker = nil
				if p := x.pronoun(s, i); p != nil && p.typ == domain.Person {
					caller = p
				}
				x.lastSpeaker = saved
				break
			}
		}
	}
	if caller == nil {
		return nil
	}
	with := -1
	for i := k; i < len(toks) && i <= k+6; i++ {
		if toks[i].lower == "with" || toks[i].lower == "to" && i == k+1 {
			with = i
			break
		}
	}
	for i := max(0, k-6); i < len(toks) && i <= k+3; i++ {
		switch toks[i].lower {
		case "no", "not", "plans", "could", "would", "might", "possible", "future":
			return nil // a call that is not happening
		}
	}
	if with < 0 {
		// "X and Y spoke by phone": the people before the trigger
		var ps []*entity
		if speaker != nil {
			// "X said the company had discussed it with Y in a phone
			// call": the company and Y, not the one who reports it
			ps = append(ps, caller)
		}
		for i := range s.ments {
			m := &s.ments[i]
			if m.start < k && m.ent.typ == domain.Person && !m.quoted && m.ent != speaker {
				ps = appendEnt(ps, m.ent)
			}
		}
		if len(ps) != 2 {
			return nil
		}
		return []*event{{cat: "phone_call", participants: ps, date: date, sent: s.idx, hedge: s.hedge}}
	}
	var out []*event
	separate := hasWordIn(toks, k-4, k+12, "separate") || hasWordIn(toks, k-4, k+12, "separately")
	last := -1 // the end of the last party's name
	for i := range s.ments {
		m := &s.ments[i]
		// "… with Y on Monday, Z said": the one who reports the call is
		// not on it.
		if m.start > with && m.ent.typ == domain.Person && m.ent != caller && !m.quoted && m.kind == mName && !isSpeechVerb(toks, m.end) &&
			!reportedBy(toks, with, m.start) && !(lowerAt(toks, m.end) == "," && isSpeechVerb(toks, m.end+1)) {
			if !separate && last >= 0 && listedTogether(toks, last, m.start) {
				// "spoke with A and B by phone": one call among the three
				out[len(out)-1].participants = appendEnt(out[len(out)-1].participants, m.ent)
			} else {
				out = append(out, &event{cat: "phone_call", participants: []*entity{caller, m.ent}, date: date, sent: s.idx, hedge: s.hedge})
			}
			last = m.end
		}
	}
	return out
}

// listedTogether reports whether tokens lo to hi hold only the "and" or
// commas of one list and the titles of its names ("with A and B", "with
// A, B and Mayor C", "with A and his Kenyan counterpart, B"): not a
// second "with" ("with A and with B", a call with each) nor a phrase of
// its own ("with A on Monday and B").
func listedTogether(toks []token, lo, hi int) bool {
	if lo >= hi {
		return false
	}
	for i := lo; i < hi; i++ {
		t := &toks[i]
		if t.lower != "and" && t.text != "," && !isTitleWord(t.lower) && !in(titleDeterminers, t.lower) && !(t.kind == tWord && t.cap && !t.quoted) {
			return false
		}
	}
	return true
}

// titleDeterminers open a title in a list of names, or stand for one:
// "and his counterpart", "and the country's foreign minister".
var titleDeterminers = set("the", "his", "her", "its", "their", "'s", "counterpart")

// attributionAfter reports whether the comma at k opens the short
// attribution that closes a sentence: a subject of at most five words
// and its speech verb ("…, the President's Office said.", "…, Bhutan's
// Kuensel newspaper reported.", "…, the EU delegation said on Monday").
func attributionAfter(toks []token, k int) bool {
	for v := k + 1; v < len(toks) && v <= k+6; v++ {
		if isSpeechVerb(toks, v) {
			return v > k+1 && lowerAt(toks, v) != "according"
		}
		if t := &toks[v]; t.text == "," || t.lower == "and" || t.lower == "who" || t.kind == tQuote || t.quoted {
			return false
		}
	}
	return false
}

// reportedBy reports whether an attribution ("according to") comes
// between tokens from and k: "… with Y on Monday, according to X's
// spokesman, Z" names Z as the source, not a party.
func reportedBy(toks []token, from, k int) bool {
	for i := from; i < k; i++ {
		if toks[i].lower == "according" {
			return true
		}
	}
	return false
}

// ownsTitle reports whether a name ending at token k only owns the
// title after it ("met Mara Lind, Ethiopia's prime minister"): the
// person is the party, the country qualifies the office.
func ownsTitle(toks []token, k int) bool {
	if k >= len(toks) || toks[k].kind != tPoss {
		return false
	}
	for i := k + 1; i < len(toks) && i <= k+3; i++ {
		if isTitleHead(toks[i].lower) {
			return true
		}
		if !in(titleModifiers, toks[i].lower) {
			return false
		}
	}
	return false
}

// titleComplement reports whether the name at token k completes a title
// before it: "the envoy for Kenya and Ethiopia arrived for talks" names the
// envoy's brief, not parties to the talks.
func titleComplement(toks []token, k int) bool {
	for i := k - 1; i >= 1 && i >= k-8; i-- {
		t := &toks[i]
		switch {
		case t.lower == "for" || t.lower == "to":
			return isTitleHead(toks[i-1].lower)
		case t.cap || t.lower == "and" || t.text == "," || t.lower == "the" || t.kind == tPoss:
			continue
		}
		return false
	}
	return false
}

// bothSidesAt reports whether "both sides", "the two sides" (or
// governments, delegations, parties …) start at token k.
func bothSidesAt(toks []token, k int) bool {
	switch {
	case lowerAt(toks, k) == "both":
		return in(sideNouns, lowerAt(toks, k+1))
	case lowerAt(toks, k) == "two":
		return lowerAt(toks, k-1) == "the" && in(sideNouns, lowerAt(toks, k+1))
	}
	return false
}

// negotiatorNouns name those who negotiate for a country in talks.
var negotiatorNouns = set("mediators", "negotiators", "delegation", "delegations", "delegates")

// negotiatingSides returns the demonyms of the sentence that name the
// negotiators of talks ("Qatari and Egyptian mediators handed Israeli and
// Lebanese negotiators a draft, as talks in Doha entered a third day"):
// whoever the sentence says mediates or negotiates takes part in its
// talks, wherever the clause.
func negotiatingSides(s *sentence) []*mention {
	var out []*mention
	for i := range s.ments {
		m := &s.ments[i]
		if m.kind == mDemonym && !m.quoted && m.ent.typ == domain.Country && in(negotiatorNouns, nextNoun(s.toks, m.end)) {
			out = append(out, m)
		}
	}
	return out
}

// talksMentions counts the words of a sentence that name talks or a
// meeting.
func talksMentions(toks []token) int {
	n := 0
	for _, t := range toks {
		if in(talksNouns, t.lower) || in(talksVerbs, t.lower) {
			n++
		}
	}
	return n
}

// reportedCaller reads the caller of a call that a speaker reports, for
// the speaker's mention ending at token from and the call's trigger at
// k: "X said the company had discussed it with Y in a phone call" puts
// the company on the call, the one "the company" stands for (a company
// named before), not X. reported is false when no speech verb comes
// between, or the speaker speaks of himself ("X said he had spoken");
// it is true with a nil caller when the company is one the article has
// not named: then no caller is known and the call is not stated (unless
// a pronoun before the trigger names one).
func (x *extractor) reportedCaller(s *sentence, from, k int) (caller *entity, reported bool) {
	toks := s.toks
	for i := from; i < k && i <= from+3; i++ {
		if !isSpeechVerb(toks, i) {
			continue
		}
		j := i + 1
		if lowerAt(toks, j) == "that" {
			j++
		}
		if lowerAt(toks, j) != "the" || j+1 >= k {
			return nil, false
		}
		switch toks[j+1].lower {
		case "company", "firm":
			return x.recentCompany(s, j+1), true
		}
		return nil, false
	}
	return nil, false
}

// presentBe state a plan plainly before a plan word: "is due".
var presentBe = set("is", "are", "'s")

// dueWords before "to" and an event verb make it a plan: "is expected
// to meet", "is set to hold talks".
// inviteWords, before an event word in its clause, offer the event: it
// may never take place.
var inviteWords = set("invited", "invites", "invite", "inviting", "invitation")

// dueBefore reports whether "due to", "set to" and their kin come in
// toks[lo:k], the clause before an event word: "is set to visit Tokyo
// in October for a meeting" plans the meeting too.
func dueBefore(toks []token, lo, k int) bool {
	for i := max(lo, 1); i+1 < k; i++ {
		if toks[i].lower == "to" && in(dueWords, toks[i-1].lower) && !toks[i].quoted {
			return true
		}
	}
	return false
}

var dueWords = set("expected", "set", "slated", "scheduled", "due", "poised")
