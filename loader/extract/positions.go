package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/domain"
)

// agreementHeads are the nouns that name a proposal, deal or ceasefire.
// Generic ones ("plan", "deal") only count with a qualifying modifier.
var agreementHeads = set("ceasefire", "cease-fire", "truce", "pause", "armistice", "halt",
	"deal", "agreement", "accord", "accords", "treaty", "plan", "proposal", "exchange",
	"swap", "roadmap", "moratorium", "commission", "framework", "mechanism", "understanding",
	"statute", "blueprint", "initiative", "group", "code", "pact", "visits")

// genericHeads need a modifier or a complement to name an agreement.
var genericHeads = set("deal", "agreement", "plan", "proposal", "exchange", "swap", "pause", "halt", "roadmap",
	"commission", "framework", "mechanism", "understanding", "statute", "blueprint", "initiative", "group", "pact", "visits")

// bodyHeads name a body or text to be set up rather than a truce: they
// are agreements only in lower case ("a joint border commission", not "the
// African Union Commission") and, for "group" and "code", in their fixed
// phrases ("working group", "code of conduct").
var bodyHeads = set("commission", "framework", "mechanism", "statute", "group", "code", "blueprint", "initiative")

// planHeads are proposals that take what they propose as a complement:
// "a roadmap for a nationwide ceasefire" is the ceasefire roadmap.
var planHeads = set("roadmap", "framework", "blueprint", "statute")

// domainWords say what an agreement covers and stay in its name: "energy
// ceasefire", "prisoner exchange", "joint border commission".
var domainWords = set("energy", "maritime", "humanitarian", "prisoner", "prisoners", "peace",
	"nuclear", "grain", "trade", "security", "naval", "sea", "air", "hostage", "hostages", "border",
	"joint", "working", "monitoring", "detainee", "detainees", "bilateral", "reciprocal")

// agreementAdjectives may stand before an agreement's head without being
// part of its name: "a full and immediate 60-day pause".
var agreementAdjectives = set("partial", "full", "immediate", "limited", "temporary", "complete",
	"comprehensive", "unconditional", "general", "proposed", "possible", "new", "potential",
	"lasting", "permanent", "durable", "total", "broader", "wider", "initial", "and", ",",
	"longer", "short-term", "long-term", "fragile", "so-called", "mutual", "draft", "nationwide",
	"several", "multiple", "various", "numerous")

// apartBySize reports whether name b has a size comparative that name a
// lacks: "larger prisoner exchange" is another exchange than "prisoner
// exchange".
func apartBySize(a, b string) bool {
	aWords := strings.Fields(strings.ToLower(a))
	for _, w := range strings.Fields(strings.ToLower(b)) {
		if in(sizeComparatives, w) && !slices.Contains(aWords, w) {
			return true
		}
	}
	return false
}

// sizeComparatives set a measure apart from one of its kind named before,
// and stay in its name: "Russia proposed a larger exchange of prisoners".
var sizeComparatives = set("larger", "smaller", "bigger")

// Stance verbs, by the position they give the subject.
var (
	endorseVerbs = set("accepted", "accept", "accepts", "accepting", "endorsed", "endorse",
		"endorses", "backed", "backs", "back", "supported", "supports", "support", "welcomed",
		"welcomes", "signed", "signs", "approved", "approves", "agreed", "agree", "agrees",
		"push", "pushed", "pushing", "pushes", "urged", "urges", "pressed", "presses", "insisting", "insisted", "insists", "called", "calling",
		"calls", "sought", "seeks", "seeking", "embraced", "embraces", "sign", "committed")
	proposeVerbs = set("proposed", "proposes", "propose", "proposing", "offered", "offers",
		"floated", "floats", "unveiled", "unveils", "drafted", "tabled")
	rejectVerbs = set("rejected", "rejects", "reject", "rejecting", "refused", "refuses",
		"dismissed", "dismisses", "opposed", "opposes", "spurned", "spurns", "vetoed")
)

// readySkips stand between "ready to" and its subject: "A says it is
// ready to sign".
var readySkips = set("is", "are", "was", "were", "be", "it", "they", "says", "said", "say", "remains", "remained", "still", "now")

// stanceVerbs maps every stance verb to the position it gives, for one
// look-up per word.
var stanceVerbs = func() map[string]domain.Predicate {
	m := map[string]domain.Predicate{}
	for w := range rejectVerbs {
		m[w] = domain.Rejected
	}
	for w := range proposeVerbs {
		m[w] = domain.Proposed
	}
	for w := range endorseVerbs {
		m[w] = domain.Endorsed
	}
	return m
}()

// agreementNP is an agreement named in a sentence: tokens [start, end).
type agreementNP struct {
	start, end int
	name       string
	head       string
	// proposers are named in the phrase itself: "an EU draft statute",
	// "the roadmap, drafted by A and B", "the commission, a Kenyan
	// proposal".
	proposers []*entity
	// past is whether its name opens with a year before the article's
	// (pastYearName): background, which "the deal" never refers to.
	past bool
}

// findPositions reads actors' positions on agreements: "Ethiopia endorsed
// an American proposal for a 60-day ceasefire" (Ethiopia endorsed it, the
// United States proposed it), "Kamau has rejected the proposal", "a
// ceasefire which Cairo and Doha agreed to", "Nairobi's plan for a
// 60-day ceasefire". Negated or hypothetical stances ("has yet to agree")
// give nothing.
func (x *extractor) findPositions() {
	var last *agreementNP
	for si := range x.sents {
		s := &x.sents[si]
		if s.headline || s.title {
			continue
		}
		nps := x.backgroundSigned(s, x.agreements(s))
		x.swapAgreement(s)
		for vi := range s.toks {
			t := &s.toks[vi]
			if t.kind != tWord || t.quoted {
				continue
			}
			p, ok := stanceVerbs[t.lower]
			if t.lower == "turned" && lowerAt(s.toks, vi+1) == "down" {
				p, ok = domain.Rejected, true // "turned down the offer"
			}
			if !ok {
				continue
			}
			if (t.lower == "called" || t.lower == "calling" || t.lower == "calls") && lowerAt(s.toks, vi+1) != "for" {
				continue
			}
			// "pushed for a truce", "pushes A and B to conclude a code of
			// conduct", "urged both sides to accept the deal"
			if in(urgeVerbs, t.lower) && lowerAt(s.toks, vi+1) != "for" && !toBefore(s.toks, vi, 12) {
				continue
			}
			if strings.HasPrefix(t.lower, "insist") && lowerAt(s.toks, vi+1) != "on" {
				continue
			}
			if t.lower == "committed" && lowerAt(s.toks, vi+1) != "to" {
				continue
			}
			if n := lowerAt(s.toks, vi+1); strings.HasPrefix(t.lower, "back") && (n == "away" || n == "down" || n == "off") {
				continue // "backed away from the deal": read over the parse
			}
			if in(proposeVerbs, t.lower) && lowerAt(s.toks, vi+1) == "to" {
				continue // "offered to host talks on a truce": read over the parse
			}
			if t.lower == "drafted" && lowerAt(s.toks, vi+1) == "by" {
				continue // passive: read with the agreement (passiveProposers)
			}
			if negated(s.toks, vi) || supposed(s.toks, vi) {
				continue
			}
			ov := vi
			if t.lower == "turned" {
				ov++ // the object follows "down"
			}
			if in(urgeVerbs, t.lower) && lowerAt(s.toks, vi+1) != "for" {
				ov = toAfter(s.toks, vi, 12) // the agreement follows "to <verb>"
			}
			np := objectAgreement(s, ov, nps, last)
			actors, rel := x.stanceSubjects(s, vi, nps)
			// "The proposal was backed by France and Germany"
			if by := x.passiveActors(s, vi); len(by) > 0 {
				actors, rel = by, nil
				np = passiveSubject(s, vi, nps, last)
			}
			if rel != nil {
				np = rel
			}
			if np == nil && len(actors) > 0 {
				// "… statute, which A says it will sign and B rejected."
				np = relativeAgreement(s, vi, nps)
			}
			if np == nil || len(actors) == 0 {
				continue
			}
			ag := x.agreement(np.name)
			for _, a := range actors {
				if c := x.bodyCountry(s, a); c != nil {
					a = c // "the Kenyan foreign ministry rejected the accord"
				}
				x.addFact(a.id, p, ag, false, s.idx, s.hedge)
			}
		}
		// "Nairobi's plan for a 60-day ceasefire", "an American proposal
		// for …": the owner of a plan proposed it.
		for _, np := range nps {
			if owner := planOwner(s, np.start); owner != nil {
				x.addFact(owner.id, domain.Proposed, x.agreement(np.name), false, s.idx, s.hedge)
			}
			for _, a := range np.proposers {
				x.addFact(a.id, domain.Proposed, x.agreement(np.name), false, s.idx, s.hedge)
			}
		}
		// "the proposal" later is the last agreement named, unless a
		// proposal of something else came in between ("X proposed a
		// meeting. Y rejected the proposal.").
		switch {
		case proposesAct(s):
			// "proposed extending the truce", "a proposal to cut the
			// tariff": read over the parse, as is "the Brazilian plan"
			// after it
			last, x.lastAgreement = nil, ""
		case len(nps) > 0:
			// (a sentence that names only a past agreement, "a
			// violation of the November 2024 ceasefire", leaves "the
			// plan" after it the one named before)
			for i := range nps {
				if !nps[i].past {
					last = &nps[i]
				}
			}
		case otherProposal(s):
			last = nil
		}
	}
	x.mergeAgreements(sameHead)
}

// agreement returns the ID of the Agreement node named name, creating it.
func (x *extractor) agreement(name string) string {
	id := domain.NodeID(domain.Agreement, name)
	if _, ok := x.agreementIDs[id]; !ok {
		x.agreementIDs[id] = struct{}{}
		x.nodes = append(x.nodes, domain.Node{ID: id, Type: domain.Agreement, Name: name})
	}
	return id
}

// negated reports whether the verb at v is negated or still pending: "did
// not accept", "has yet to agree", "would never accept".
func negated(toks []token, v int) bool {
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		switch toks[k].lower {
		case "not", "never", "n't", "yet", "no", "without", "refuse", "refused", "declined":
			return true
		}
	}
	// "Neither X nor Y voted against the bill", "None of them signed it",
	// "No one from X backed it", "X endorsed neither Y nor Z": no one did
	if lowerAt(toks, v+1) == "neither" {
		return true
	}
	// The scan stops at a subordinator or relative pronoun: "No one
	// objected when Kenya signed it" negates only "objected".
	nor, k := false, v-1
	for ; k >= 0 && toks[k].kind != tPunct && toks[k].kind != tQuote; k-- {
		switch l := toks[k].lower; {
		case in(subordinators, l) || in(clauseOpeners, l):
			return false
		case l == "nor":
			nor = true
		case l == "neither":
			if nor {
				return true
			}
		}
	}
	first, next := lowerAt(toks, k+1), k+2
	if first == "no" && lowerAt(toks, k+2) == "one" {
		first, next = "no one", k+3
	}
	if lowerAt(toks, next) == "else" {
		next++
	}
	// "None other than X signed it", "Nobody but X signed it": X did
	if lowerAt(toks, next) == "but" || lowerAt(toks, next) == "other" && lowerAt(toks, next+1) == "than" {
		return false
	}
	switch first {
	case "none", "nobody", "no-one", "no one":
		return next <= v
	case "neither":
		return lowerAt(toks, next) == "of" && next < v
	}
	return false
}

// clauseOpeners open a clause of their own inside a sentence, beside
// the subordinators: a negative subject before them does not reach a
// verb after them.
var clauseOpeners = set("that", "which", "who", "whom", "if")

// supposed reports whether the stance verb at v is only supposed: the
// sentence asks a question ("Would Kenya accept the deal?"), or "if",
// "unless" or "whether" opens the verb's clause ("if Kenya rejects the
// deal, …").
func supposed(toks []token, v int) bool {
	for k := len(toks) - 1; k >= 0; k-- {
		if toks[k].kind != tQuote {
			if toks[k].text == "?" {
				return true
			}
			break
		}
	}
	for k := v - 1; k >= 0 && k >= v-8; k-- {
		if toks[k].kind == tPunct || toks[k].kind == tQuote {
			return false
		}
		if in(conditionMarks, toks[k].lower) {
			return true
		}
	}
	return false
}

// proposesInfinitive reports whether token h is a proposal or an offer
// of an act, followed by "to" and a verb, past a "by" phrase: "a
// proposal by Egypt to extend the truce", "an offer to mediate".
func proposesInfinitive(s *sentence, h int) bool {
	if w := s.toks[h].lower; w != "proposal" && w != "offer" && w != "proposals" && w != "offers" {
		return false
	}
	k := h + 1
	if lowerAt(s.toks, k) == "by" {
		m := mentionAt(s, k+1)
		if m == nil || m.start != k+1 {
			return false
		}
		k = m.end
	}
	if lowerAt(s.toks, k) != "to" || k+1 >= len(s.toks) {
		return false
	}
	n := &s.toks[k+1]
	return n.kind == tWord && !n.cap && !in(articles, n.lower) && !in(toObjects, n.lower)
}

// toObjects begin a "to" phrase that says whom a proposal goes to: "a
// proposal to both sides".
var toObjects = set("both", "all", "its", "their", "his", "her", "each", "two", "this", "that", "these", "those")

// agreements finds the agreements a sentence names.
func (x *extractor) agreements(s *sentence) []agreementNP {
	toks := s.toks
	var out []agreementNP
	for h := range toks {
		t := &toks[h]
		if t.kind != tWord || t.quoted || !in(agreementHeads, t.lower) {
			continue
		}
		// "agreed to halt": a verb, not a noun.
		if lowerAt(toks, h-1) == "to" {
			continue
		}
		// "in exchange for": the price of an offer follows, no exchange
		if lowerAt(toks, h+1) == "for" && inReturn(lowerAt(toks, h-1), t.lower) {
			continue
		}
		// "proposal for a ceasefire": the agreement is the complement.
		if (t.lower == "proposal" || t.lower == "plan") && lowerAt(toks, h+1) == "for" {
			continue
		}
		if proposesInfinitive(s, h) {
			continue // "a proposal by Egypt to extend the truce": read over the parse
		}
		if x.modifiesThing(s, h) {
			continue // "the truce village of Panmunjom": a village, no truce
		}
		if in(bodyHeads, t.lower) && (t.cap ||
			t.lower == "group" && lowerAt(toks, h-1) != "working" ||
			t.lower == "code" && (lowerAt(toks, h+1) != "of" || lowerAt(toks, h+2) != "conduct")) {
			continue
		}
		start := h
		var mods []string
		var proposers []*entity
		draft, proper := false, false
		for k := h - 1; k >= 0; k-- {
			w := &toks[k]
			switch {
			case w.kind == tNum || (strings.Contains(w.lower, "-") && !w.cap) || in(sizeComparatives, w.lower):
				// ("a larger exchange" proposed is not the exchange
				// carried out)
				mods = append([]string{w.lower}, mods...)
			case in(domainWords, w.lower) && !w.cap:
				mods = append([]string{strings.TrimSuffix(w.lower, "s")}, mods...)
			case in(agreementAdjectives, w.lower):
				draft = draft || w.lower == "draft"
			case w.cap && w.kind == tWord && mentionAt(s, k) != nil:
				m := mentionAt(s, k)
				if communityDemonym(s, m) {
					// "the Turkish Cypriot proposal": two demonyms name a
					// community, neither country nor a name of the plan
					k = -1
					continue
				}
				if (draft || in(proposalHeads, t.lower) && (m.end == h || m.ent.typ != domain.Country)) && (m.ent.typ == domain.Country || m.ent.typ == domain.Organization) {
					// "an EU draft statute", "a Kenyan plan": its author
					proposers = appendEnt(proposers, m.ent)
				} else {
					// "Red Sea ceasefire": a named place qualifies it
					mods = append([]string{m.ent.name}, mods...)
				}
				k = m.start
			case t.cap && isCapWord(w) && k > 0 && !s.title:
				// "the Lake Victoria Fisheries Treaty": a proper name,
				// its words as written
				mods = append([]string{w.text}, mods...)
				proper = true
			default:
				k = -1
				continue
			}
			start = k
		}
		// "accepted the text as proposed by the joint border commission":
		// what a "by" phrase names acts; it is not what is agreed
		if b := start - 1; lowerAt(toks, b) == "by" || in(articles, lowerAt(toks, b)) && lowerAt(toks, b-1) == "by" {
			continue
		}
		// "proposed a truce in return for a halt to new security camps":
		// the price of an offer is no agreement offered
		if b := start - 1; lowerAt(toks, b) == "for" && inReturn(lowerAt(toks, b-2), lowerAt(toks, b-1)) ||
			in(articles, lowerAt(toks, b)) && lowerAt(toks, b-1) == "for" && inReturn(lowerAt(toks, b-3), lowerAt(toks, b-2)) {
			continue
		}
		head := t.lower
		if head == "cease-fire" {
			head = "ceasefire"
		}
		switch head {
		case "swap":
			head = "exchange"
		case "truce", "armistice", "pause", "halt":
			// one name for one thing, so that articles meet: a "60-day
			// pause" and a "60-day truce" are the 60-day ceasefire
			head = "ceasefire"
		}
		// Complements: "covering energy infrastructure", "involving 1,000
		// prisoners", "in Ethiopia", "on energy facilities".
		end := h + 1
		for k := h + 1; k < len(toks) && k <= h+6; k++ {
			w := toks[k].lower
			if toks[k].text == "," || toks[k].text == "." || toks[k].kind == tQuote {
				break
			}
			if in(domainWords, w) && !slices.Contains(mods, strings.TrimSuffix(w, "s")) && !(toks[k].cap && !s.title) {
				// (a capitalized word in the body is a name's, none of
				// the domain: "a deal with the carrier Air Peace" is no
				// air or peace deal)
				mods = append(mods, strings.TrimSuffix(w, "s"))
				end = k + 1
			}
			// (a deal's "in Pretoria" says where it was signed, no part
			// of its name, as isVenue reads it)
			if m := mentionAt(s, k); m != nil && m.start == k && lowerAt(toks, k-1) == "in" && k == h+2 && len(mods) == 0 &&
				(m.ent.typ == domain.Country || m.ent.typ == domain.Place) && !(in(agreementNouns, t.lower) && m.ent.typ == domain.Place) {
				mods = append([]string{m.ent.name}, mods...)
				end = m.end
			}
		}
		name := strings.Join(append(mods, head), " ")
		if proper {
			name = strings.Join(append(mods, t.text), " ")
		}
		if head == "code" {
			name, end = "code of conduct", h+3
		}
		// "a roadmap for a nationwide ceasefire", "a statute for the
		// Sentinel Association": what the plan is for names it.
		if in(planHeads, head) && lowerAt(toks, h+1) == "for" {
			k := h + 2
			if w := lowerAt(toks, k); w == "a" || w == "an" || w == "the" {
				k++
			}
			if m := mentionAt(s, k); m != nil && m.start == k && !m.quoted && m.ent.typ != domain.Person {
				name, end = m.ent.name+" "+head, m.end
				mods = append(mods, m.ent.name)
			} else {
				for j := k; j < len(toks) && j <= k+4; j++ {
					if in(agreementHeads, toks[j].lower) && !in(genericHeads, toks[j].lower) {
						inner := strings.Join(append(slices.Clip(mods), "ceasefire"), " ")
						end = j + 1
						if ex := x.innerAgreementName(s, j); ex != "" {
							inner, end = ex, j+3
						}
						name = inner + " " + head
						mods = append(mods, inner)
						break
					}
				}
			}
		}
		// "the truce": the ceasefire named before, if any
		if len(mods) == 0 && !in(genericHeads, t.lower) && len(proposers) == 0 {
			if w := lowerAt(toks, start-1); w == "the" || w == "this" || w == "that" {
				if prev, ok := x.agreementByHead[head]; ok {
					out = append(out, agreementNP{start: start - 1, end: end, name: prev, head: head})
					continue
				}
			}
		}
		if len(mods) == 0 && in(genericHeads, t.lower) {
			// "the roadmap", "the commission": the one named before;
			// "the Kenyan plan": the last agreement named, which Kenya
			// proposed.
			if w := lowerAt(toks, start-1); w == "the" || w == "this" || w == "that" {
				prev, ok := x.agreementByHead[head]
				if !ok && len(proposers) > 0 && in(proposalHeads, head) {
					prev, ok = x.lastAgreement, x.lastAgreement != ""
				}
				if ok {
					np := agreementNP{start: start - 1, end: h + 1, name: prev, head: head, proposers: proposers}
					if a := appositionProposer(s, h+1); a != nil {
						np.proposers = appendEnt(np.proposers, a)
					}
					for _, a := range x.passiveProposers(s, h+1) {
						np.proposers = appendEnt(np.proposers, a)
					}
					out = append(out, np)
				}
			}
			continue
		}
		if w := lowerAt(toks, start-1); len(mods) == 0 && (w == "a" || w == "an") && in(agreementNouns, head) {
			// "signed a treaty on Monday … The Red Sea Transit Treaty
			// was …": the treaty named next
			if next := x.namedNext(s.idx, measureClass(head)); next != "" {
				name = next
			}
		}
		np := agreementNP{start: start, end: end, name: name, head: head, proposers: proposers}
		np.proposers = append(np.proposers, x.passiveProposers(s, end)...)
		if a := appositionProposer(s, end); a != nil {
			np.proposers = appendEnt(np.proposers, a)
		}
		if x.pastYearName(name) {
			// "brokered the 1992 peace accord that ended …": a stance
			// on it where it is named reads it, "the deal" later not
			np.past = true
		} else {
			x.agreementByHead[head] = name
			x.lastAgreement = name
		}
		out = append(out, np)
	}
	return out
}

// modifiesThing reports whether the agreement word at token h only
// modifies a common noun after it that names no measure, as the parse
// reads it: "the truce village of Panmunjom", "the ceasefire line" (where
// "ceasefire talks", "the ceasefire proposal", "a truce deal" stay).
func (x *extractor) modifiesThing(s *sentence, h int) bool {
	ps, t := x.parseAt(s, h)
	if ps == nil || ps.tok(t).Deprel != "compound" {
		return false
	}
	n := ps.head(t)
	return n > t && ps.tok(n).UPOS == "NOUN" && !in(measureNouns, ps.lemma(n)) && !in(agreementHeads, ps.lower(n)) &&
		!in(proposalNouns, ps.lemma(n)) && !in(anyMeasureNouns, ps.lemma(n))
}

// proposalHeads are agreements that someone puts forward: an actor named
// right before them is their author ("a Kenyan plan").
var proposalHeads = set("proposal", "plan", "initiative", "roadmap", "blueprint", "framework", "statute")

// innerAgreementName names the truce at token j of a plan's complement
// ("a roadmap for a nationwide ceasefire in Sudan": "Sudan ceasefire").
func (x *extractor) innerAgreementName(s *sentence, j int) string {
	toks := s.toks
	if m := mentionAt(s, j+2); m != nil && m.start == j+2 && lowerAt(toks, j+1) == "in" &&
		(m.ent.typ == domain.Country || m.ent.typ == domain.Place) {
		return m.ent.name + " ceasefire"
	}
	return ""
}

// passiveVerbs state who authored an agreement, before "by".
var passiveVerbs = set("drafted", "proposed", "floated", "tabled", "written", "presented", "submitted", "put")

// passiveProposers reads "…, drafted by A and the B," after an agreement
// ending at token end.
func (x *extractor) passiveProposers(s *sentence, end int) []*entity {
	toks := s.toks
	k := end
	if lowerAt(toks, k) == "," {
		k++
	}
	if !in(passiveVerbs, lowerAt(toks, k)) {
		return nil
	}
	k++
	if lowerAt(toks, k-1) == "put" {
		if lowerAt(toks, k) != "forward" {
			return nil
		}
		k++
	}
	if lowerAt(toks, k) != "by" {
		return nil
	}
	// a comma separates authors only once one is read, and not before a
	// clause about the agreement ("drafted by A, which calls for …")
	return actorList(s, k+1, func(k int, found int) bool {
		return found > 0 && lowerAt(toks, k+1) != "which" && lowerAt(toks, k+1) != "calls"
	})
}

// appositionProposer reads "…, a Kenyan proposal" after an agreement
// ending at token end: the country or body named there proposed it.
func appositionProposer(s *sentence, end int) *entity {
	toks := s.toks
	if lowerAt(toks, end) != "," || (lowerAt(toks, end+1) != "a" && lowerAt(toks, end+1) != "an") {
		return nil
	}
	m := mentionAt(s, end+2)
	if m == nil || m.start != end+2 || m.quoted || (m.ent.typ != domain.Country && m.ent.typ != domain.Organization) {
		return nil
	}
	switch lowerAt(toks, m.end) {
	case "proposal", "plan", "initiative", "idea":
		return m.ent
	}
	return nil
}

// relativeAgreement returns the agreement a relative clause refers to when
// the stance verb at v has no object of its own: "the statute, which A
// says it will sign and B rejected."
func relativeAgreement(s *sentence, v int, nps []agreementNP) *agreementNP {
	toks := s.toks
	if n := lowerAt(toks, v+1); n != "." && n != "," && n != ";" && n != "" {
		return nil
	}
	for k := v - 1; k >= 0 && k >= v-15; k-- {
		if toks[k].text == "." || toks[k].text == ";" || toks[k].kind == tQuote {
			return nil
		}
		if toks[k].lower == "which" || toks[k].lower == "that" {
			for i := len(nps) - 1; i >= 0; i-- {
				if nps[i].end <= k && k-nps[i].end <= 2 {
					return &nps[i]
				}
			}
			return nil
		}
	}
	return nil
}

// objectAgreement returns the agreement the verb at v takes as object: the
// first one named within a few words ("accepted a proposal for a 60-day
// ceasefire", "agreed to an exchange"), or, for "the proposal", "the plan"
// or "it", the last agreement named. (Who proposed it, "an American
// proposal for …", the loop over the sentence's plans reads.)
func objectAgreement(s *sentence, v int, nps []agreementNP, last *agreementNP) *agreementNP {
	toks := s.toks
	// "rejected the proposal", "accepted it": the last agreement named.
	k := v + 1
	det := false
	if w := lowerAt(toks, k); w == "the" || w == "this" || w == "that" {
		k++
		det = true
	}
	if w := lowerAt(toks, k); w == "it" && !det || det && (w == "proposal" || w == "plan" || w == "offer" || w == "deal" || w == "idea" || w == "draft" || w == "text" || w == "agreement" || w == "accord") &&
		lowerAt(toks, k+1) != "for" && lowerAt(toks, k+1) != "to" && lowerAt(toks, k+1) != "of" {
		for i := len(nps) - 1; i >= 0; i-- {
			if nps[i].end <= v && !inside(nps, i) && !nps[i].past {
				return &nps[i]
			}
		}
		return last
	}
	for i := range nps {
		np := &nps[i]
		if np.start > v && np.start <= v+10 {
			// nothing but determiners, adjectives and "proposal for" between
			for k := v + 1; k < np.start; k++ {
				if toks[k].text == "." || toks[k].text == ";" || isSpeechVerb(toks, k) || proposesInfinitive(s, k) {
					return nil
				}
			}
			return np
		}
	}
	return nil
}

// passiveActors returns the actors after "by" when the stance verb at v
// is passive: "was backed by France, Germany and Britain".
func (x *extractor) passiveActors(s *sentence, v int) []*entity {
	toks := s.toks
	switch lowerAt(toks, v-1) {
	case "was", "were", "been", "is", "are", "be":
	default:
		return nil
	}
	if lowerAt(toks, v+1) != "by" {
		return nil
	}
	return actorList(s, v+2, func(int, int) bool { return true })
}

// actorList reads the actors listed from token k: named people,
// organizations and countries (not places or bare demonyms) joined by
// "and", "the" and the commas that commaSeparates accepts (it gets the
// comma's index and how many actors were read).
func actorList(s *sentence, k int, commaSeparates func(k, found int) bool) []*entity {
	toks := s.toks
	var out []*entity
	for k < len(toks) {
		t := &toks[k]
		if t.lower == "the" || t.lower == "and" || t.text == "," && commaSeparates(k, len(out)) {
			k++
			continue
		}
		m := mentionAt(s, k)
		if m == nil || m.start != k || m.quoted || m.ent.typ == domain.Place || m.kind == mDemonym {
			break
		}
		out = appendEnt(out, m.ent)
		k = m.end
	}
	return out
}

// passiveSubject returns the agreement that is the subject of a passive
// stance verb at v: "The proposal was backed by …", "A 60-day truce was
// rejected by …".
func passiveSubject(s *sentence, v int, nps []agreementNP, last *agreementNP) *agreementNP {
	for i := len(nps) - 1; i >= 0; i-- {
		if nps[i].end <= v && v-nps[i].end <= 3 {
			return &nps[i]
		}
	}
	// "The exchange, drafted by A, was welcomed by B": the sentence's
	// subject
	if len(nps) > 0 && nps[0].start <= 1 && nps[0].end < v {
		return &nps[0]
	}
	toks := s.toks
	// "The proposal was backed": the last agreement named
	if k := v - 2; k >= 1 && toks[k-1].is("the") {
		switch toks[k].lower {
		case "proposal", "plan", "offer", "deal", "idea", "draft", "agreement":
			return last
		}
	}
	return nil
}

// swapAgreement reads an exchange that takes place ("the government and
// the rebels began exchanging 120 detainees") as the agreement its parties
// carry out, the "detainee exchange", which they endorse and which "the
// exchange" later refers to.
func (x *extractor) swapAgreement(s *sentence) {
	toks := s.toks
	for k := range toks {
		t := &toks[k]
		if t.quoted || !in(swapWords, t.lower) || t.lower == "exchange" || t.lower == "swap" || t.lower == "exchanges" || t.lower == "swaps" || !isSwap(toks, k) {
			continue
		}
		obj := ""
		for i := k + 1; i < len(toks) && i <= k+4; i++ {
			if in(swapObjects, toks[i].lower) {
				obj = strings.TrimSuffix(toks[i].lower, "s")
				break
			}
		}
		if obj == "" || negated(toks, k) {
			return
		}
		name := obj + " exchange"
		x.agreementByHead["exchange"] = name
		x.lastAgreement = name
		ag := x.agreement(name)
		lo := 0
		if s.idx == x.datelineSent {
			lo = x.datelineBody
		}
		for i := k - 1; i >= lo; i-- {
			if toks[i].text == "," || toks[i].quoted || isSpeechVerb(toks, i) {
				break
			}
			if m := mentionAt(s, i); m != nil && m.start == i && !m.quoted && m.kind != mDemonym &&
				(m.ent.typ == domain.Country || m.ent.typ == domain.Organization) {
				x.addFact(m.ent.id, domain.Endorsed, ag, false, s.idx, s.hedge)
			}
		}
		return
	}
}

// leaderWords stand before "of" and the countries whose leaders act.
var leaderWords = set("leader", "leaders", "president", "presidents", "head", "heads")

// urgeVerbs take a stance only with "for" or an object and "to".
var urgeVerbs = set("push", "pushed", "pushing", "pushes", "urged", "urges", "pressed", "presses")

// toBefore reports whether "to" follows the verb at v within n words,
// before any punctuation: "urged both sides to accept".
func toBefore(toks []token, v, n int) bool {
	return toAfter(toks, v, n) >= 0
}

// toAfter returns the index of the "to" that follows the verb at v within
// n words, brackets aside, or -1: "pushes the Sentinel Union (SU) and
// Norway to conclude". "urged Kenya to reject the deal" is no support
// for the deal: -1.
func toAfter(toks []token, v, n int) int {
	for k := v + 1; k < len(toks) && k <= v+n; k++ {
		if toks[k].text == "(" || toks[k].text == ")" {
			continue
		}
		if toks[k].kind == tPunct || toks[k].kind == tQuote {
			return -1
		}
		if toks[k].lower == "to" {
			if _, rej := rejectVerbs[lowerAt(toks, k+1)]; rej || lowerAt(toks, k+1) == "abandon" || lowerAt(toks, k+1) == "drop" ||
				lowerAt(toks, k-1) == "not" || lowerAt(toks, k-1) == "never" {
				return -1 // "urged Kenya not to sign": read over the parse
			}
			if in(keepVerbs, lowerAt(toks, k+1)) {
				return -1 // "urged both governments to respect the ceasefire": no position of the urger (dev5's gold)
			}
			return k
		}
	}
	return -1
}

// keepVerbs ask that a measure in force be kept, which takes no
// position on it: "urged both sides to respect the truce".
var keepVerbs = set("respect", "observe", "honour", "honor", "uphold", "maintain", "keep", "abide")

// otherProposal reports whether s proposes something that is not an
// agreement: a propose verb followed by an object.
func otherProposal(s *sentence) bool {
	for k := range s.toks {
		if t := &s.toks[k]; !t.quoted && in(proposeVerbs, t.lower) && lowerAt(s.toks, k+1) != "by" {
			return true
		}
	}
	return false
}

// proposesAct reports whether s proposes an act, a propose verb followed
// by a gerund ("proposed extending the truce by 20 days") or a proposal
// of an infinitive ("rejected Chile's proposal to lower the duty"): "the
// proposal" later is that act, not the truce or deal it names.
func proposesAct(s *sentence) bool {
	for k := range s.toks {
		if !s.toks[k].quoted && proposesInfinitive(s, k) {
			return true
		}
		if t := &s.toks[k]; !t.quoted && in(proposeVerbs, t.lower) {
			if n := lowerAt(s.toks, k+1); len(n) > 4 && strings.HasSuffix(n, "ing") {
				return true
			}
		}
	}
	return false
}

// inside reports whether agreement i lies within another one of nps: the
// ceasefire of "a roadmap for a nationwide ceasefire".
func inside(nps []agreementNP, i int) bool {
	for j := range nps {
		if j != i && nps[j].start <= nps[i].start && nps[i].end <= nps[j].end && (nps[j].start != nps[i].start || nps[j].end != nps[i].end) {
			return true
		}
	}
	return false
}

// mergeAgreements names each agreement of the article by its fullest
// form: "border commission" is the "joint border commission" named
// elsewhere, when that is the only longer name of the same kind (kind
// says which) with all of its words.
func (x *extractor) mergeAgreements(kind func(a, b string) bool) {
	var names []string
	for _, n := range x.nodes {
		if n.Type == domain.Agreement {
			names = append(names, n.Name)
		}
	}
	to := map[string]string{} // agreement ID → fuller agreement ID
	for _, a := range names {
		if len(strings.Fields(a)) < 2 {
			continue // a bare "ceasefire" may be any of them
		}
		var full string
		for _, b := range names {
			if len(strings.Fields(b)) <= len(strings.Fields(a)) || !kind(a, b) || !containsWords(b, a, "") || apartBySize(a, b) {
				continue
			}
			if full != "" && full != b {
				full = ""
				break
			}
			full = b
		}
		if full != "" {
			to[domain.NodeID(domain.Agreement, a)] = domain.NodeID(domain.Agreement, full)
		}
	}
	for i := range x.facts {
		if f := &x.facts[i]; !f.Literal {
			if n, ok := to[f.Object]; ok {
				f.Object = n
			}
		}
	}
}

// sameHead reports whether agreements a and b end with the same noun.
func sameHead(a, b string) bool { return lastWord(a) == lastWord(b) }

// communityDemonym reports whether mention m is a demonym right after
// another: "Turkish Cypriot", "Bosnian Serb" name a community, not a
// country.
func communityDemonym(s *sentence, m *mention) bool {
	if m.kind != mDemonym || m.start == 0 {
		return false
	}
	p := mentionAt(s, m.start-1)
	// ("a joint British French proposal": two countries')
	return p != nil && p.kind == mDemonym && p.end == m.start && p.ent != m.ent && lowerAt(s.toks, p.start-1) != "joint"
}

// planOwner returns the owner of "X's plan for" or "an X proposal for"
// whose agreement starts at token npStart.
func planOwner(s *sentence, npStart int) *entity {
	toks := s.toks
	k := npStart - 1
	if k >= 0 && (toks[k].lower == "a" || toks[k].lower == "an" || toks[k].lower == "the") {
		k--
	}
	if k < 1 || toks[k].lower != "for" {
		return nil
	}
	k--
	if k < 0 || (toks[k].lower != "plan" && toks[k].lower != "proposal" && toks[k].lower != "offer") {
		return nil
	}
	k--
	if k >= 0 && toks[k].kind == tPoss {
		if m := mentionEndingAt(s, k); m != nil && m.ent.typ != domain.Place {
			return m.ent
		}
		return nil
	}
	if m := mentionEndingAt(s, k+1); m != nil && m.ent.typ == domain.Country {
		return m.ent
	}
	return nil
}

// stanceSubjects returns who takes the stance of the verb at v: the actor,
// or coordinated actors ("the US and Ethiopia called for"), right before it
// across auxiliaries; a pronoun or a participle's main subject; and, for a
// relative clause ("a ceasefire which Cairo and Doha agreed to"), the
// agreement it refers to.
func (x *extractor) stanceSubjects(s *sentence, v int, nps []agreementNP) ([]*entity, *agreementNP) {
	toks := s.toks
	if strings.HasSuffix(toks[v].lower, "ing") || lowerAt(toks, v-1) == "and" && lowerAt(toks, v-2) != "" && !isCapWord(&toks[v-2]) {
		// "A and B held a call and agreed to …": the sentence's subject
		if lowerAt(toks, v-1) == "and" {
			if as := x.leadingActors(s); len(as) > 0 {
				return as, nil
			}
		}
		if p := firstPerson(s, v); p != nil {
			return []*entity{p}, nil
		}
		return nil, nil
	}
	k := v - 1
	// "A says it is ready to sign": the subject of the saying
	if k >= 1 && toks[k].lower == "to" && (toks[k-1].lower == "ready" || toks[k-1].lower == "willing" || toks[k-1].lower == "prepared") {
		k -= 2
		for k >= 0 && in(readySkips, toks[k].lower) {
			k--
		}
	}
	for k >= 0 {
		switch toks[k].lower {
		case "has", "have", "had", "would", "will", "also", "already", "since", "formally",
			"publicly", "quickly", "initially", "previously", "both", "all", "tentatively", "reportedly",
			"remained", "remain", "remains", "is", "are", "was", "were", "fully":
			k--
			continue
		}
		// "Moscow on Sunday rejected": a date between subject and verb
		if in(calendarWords, toks[k].lower) && lowerAt(toks, k-1) == "on" {
			k -= 2
			continue
		}
		// "fully endorsed", "quickly accepted"
		if len(toks[k].lower) > 4 && strings.HasSuffix(toks[k].lower, "ly") && toks[k].kind == tWord && !toks[k].cap {
			k--
			continue
		}
		break
	}
	if k < 0 {
		return nil, nil
	}
	// "his push for", "its call for": the possessor is the subject.
	if toks[k].lower == "his" || toks[k].lower == "her" {
		if p := firstPerson(s, k); p != nil {
			return []*entity{p}, nil
		}
		return nil, nil
	}
	// "Egypt said it accepted": the subject of the saying
	if (toks[k].lower == "it" || toks[k].lower == "they") && k > 0 && isSpeechVerb(toks, k-1) && !strings.HasSuffix(toks[k-1].lower, "ing") {
		if sp := x.subjectBefore(s, k-1, 0); sp != nil && sp.typ != domain.Person {
			return []*entity{sp}, nil
		}
		return nil, nil
	}
	if in(personPronouns, toks[k].lower) {
		if p := x.pronoun(s, k); p != nil {
			return []*entity{p}, nil
		}
		return nil, nil
	}
	// "Afghanistan's Taliban government agreed": the country
	if k >= 2 && toks[k].lower == "government" && !toks[k].cap {
		for j := k - 1; j >= 1 && j >= k-3; j-- {
			if toks[j].kind == tPoss {
				k = j - 1
				if m := mentionAt(s, k); m != nil && m.ent.typ == domain.Person {
					// "President X's government": the country X serves, else X
					return []*entity{x.governmentOf(m.ent)}, nil
				}
				break
			}
			if toks[j].kind != tWord {
				break
			}
		}
	}
	if k >= 0 && toks[k].text == ")" {
		// "the Tigray People's Liberation Front (TPLF) signed"
		for k >= 0 && toks[k].text != "(" {
			k--
		}
		k--
	}
	var actors []*entity
	for {
		m := mentionEndingAt(s, k+1)
		if m == nil || m.quoted || m.kind == mDemonym || m.ent.typ == domain.Place {
			break
		}
		actors = append(actors, m.ent)
		k = m.start - 1
		if k >= 0 && toks[k].lower == "the" {
			k--
		}
		if k < 0 || (toks[k].lower != "and" && toks[k].text != ",") {
			break
		}
		k--
		if k >= 0 && toks[k].lower == "the" {
			k--
		}
	}
	if k >= 1 && toks[k].lower == "of" && in(leaderWords, toks[k-1].lower) {
		return nil, nil // "the leaders of A and B signed": their leaders, read over the parse
	}
	if len(actors) == 0 {
		// "X, whose country hosted the talks, backed the roadmap"
		if k >= 0 && toks[k].text == "," {
			if sp := x.subjectBefore(s, v, 0); sp != nil {
				return []*entity{sp}, nil
			}
		}
		return nil, nil
	}
	// "… ceasefire — which Cairo and Doha agreed to" (but "said that",
	// "and that" open a clause of their own)
	complementizer := k > 0 && toks[k].lower == "that" && (toks[k-1].lower == "and" || toks[k-1].lower == "but" || isSpeechVerb(toks, k-1))
	if k >= 0 && (toks[k].lower == "which" || toks[k].lower == "that") && !complementizer {
		for i := len(nps) - 1; i >= 0; i-- {
			if nps[i].end <= k && k-nps[i].end <= 2 {
				return actors, &nps[i]
			}
		}
		return nil, nil
	}
	return actors, nil
}
