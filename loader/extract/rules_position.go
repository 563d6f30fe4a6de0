package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/domain"
)

// stanceLemmas give the position a verb's subject takes on its object.
var stanceLemmas = map[string]domain.Predicate{
	"endorse": domain.Endorsed, "accept": domain.Endorsed, "back": domain.Endorsed, "agree": domain.Endorsed,
	"support": domain.Endorsed, "welcome": domain.Endorsed, "approve": domain.Endorsed,
	"embrace": domain.Endorsed, "sign": domain.Endorsed, "ratify": domain.Endorsed,
	"praise": domain.Endorsed, "hail": domain.Endorsed, "demand": domain.Endorsed,
	"adopt": domain.Endorsed, "pass": domain.Endorsed,
	"propose": domain.Proposed, "offer": domain.Proposed, "float": domain.Proposed,
	"table": domain.Proposed, "unveil": domain.Proposed, "present": domain.Proposed,
	"submit": domain.Proposed, "draft": domain.Proposed, "hand": domain.Proposed, "recommend": domain.Proposed,
	"reject": domain.Rejected, "oppose": domain.Rejected, "dismiss": domain.Rejected,
	"spurn": domain.Rejected, "veto": domain.Rejected, "condemn": domain.Rejected,
	"denounce": domain.Rejected, "rebuff": domain.Rejected, "decline": domain.Rejected, "refuse": domain.Rejected,
	"block": domain.Rejected, "criticise": domain.Rejected, "criticize": domain.Rejected,
	"champion": domain.Endorsed, "applaud": domain.Endorsed, "favour": domain.Endorsed, "favor": domain.Endorsed,
	"initial": domain.Endorsed, "suggest": domain.Proposed, "resist": domain.Rejected, "slam": domain.Rejected,
	"lambast": domain.Rejected, "blast": domain.Rejected, "fight": domain.Rejected,
	"defend": domain.Endorsed, // "defended the law in a post on Facebook"
	// the tagger's lemmas of "applauded", "initialled" and "lambasted"
	"applaude": domain.Endorsed, "initiall": domain.Endorsed, "lambaste": domain.Rejected,
}

// stancePreps give the position of verbs that take what they are about
// in a prepositional phrase ("voted against the resolution", "called for
// a ceasefire"), by verb lemma and preposition.
var stancePreps = map[string]map[string]domain.Predicate{
	"agree":  {"to": domain.Endorsed, "on": domain.Endorsed, "with": domain.Endorsed},
	"call":   {"for": domain.Endorsed},
	"vote":   {"for": domain.Endorsed, "against": domain.Rejected, "down": domain.Rejected}, // "voted down the motion", "down" read as a preposition
	"push":   {"for": domain.Endorsed},
	"press":  {"for": domain.Endorsed},
	"argue":  {"for": domain.Endorsed, "against": domain.Rejected},
	"abide":  {"by": domain.Endorsed},
	"commit": {"to": domain.Endorsed},
	"adhere": {"to": domain.Endorsed},
	"object": {"to": domain.Rejected},
	"throw":  {"behind": domain.Endorsed}, // "threw its weight behind the plan"
	"balk":   {"at": domain.Rejected},
	"ask":    {"for": domain.Endorsed}, // "asked for a recount in 40 constituencies"
	"baulk":  {"at": domain.Rejected},
	// "was withdrawing from the peace accord it signed": withdrawing
	// from an accord rejects it
	"withdraw": {"from": domain.Rejected},
}

// stanceAdjectives take a stance on what their prepositional phrase
// names: "is open to mediation", "was hostile to the plan".
var stanceAdjectives = map[string]map[string]domain.Predicate{
	"open": {"to": domain.Endorsed}, "receptive": {"to": domain.Endorsed}, "amenable": {"to": domain.Endorsed},
	"hostile": {"to": domain.Rejected},
}

// phrasalStances are verbs whose particle makes them a stance: "put
// forward a plan", "turned down the offer".
var phrasalStances = map[string]domain.Predicate{
	"put forward": domain.Proposed, "draw up": domain.Proposed, "turn down": domain.Rejected, "rule out": domain.Rejected,
	"vote down": domain.Rejected, "throw out": domain.Rejected, "strike down": domain.Rejected,
}

// phrasalPreps are phrasal verbs that take their matter in a
// prepositional phrase: "backed away from the deal", "signed off on the
// pact".
var phrasalPreps = map[string]map[string]domain.Predicate{
	"back away": {"from": domain.Rejected}, "walk away": {"from": domain.Rejected},
	"pull out": {"of": domain.Rejected}, "sign off": {"on": domain.Endorsed}, "sign up": {"to": domain.Endorsed},
	"come out": {"against": domain.Rejected, "for": domain.Endorsed}, "speak out": {"against": domain.Rejected, "for": domain.Endorsed},
	"push back": {"against": domain.Rejected, "on": domain.Rejected}, "sign on": {"to": domain.Endorsed},
}

// positionVerb: "Kenya endorsed the African Union's proposal for a joint
// administration of X" (Kenya endorsed it, the African Union proposed
// it), "Ethiopia rejected the plan" (the measure named last), "the
// council proposed holding elections in 2028", "the plan was rejected by
// Kenya", "a roadmap drafted by the African Union", "Eritrea refused to
// accept the roadmap". Negated, hoped-for and reported-only stances give
// nothing; a position the token rules read in the sentence already is
// not read twice. Its first call reads the headline's measures
// (noteHeadline).
func positionVerb(x *extractor, ps *psent) {
	if !x.measures.headlineRead {
		x.measures.headlineRead = true
		x.noteHeadline(ps.idx)
	}
	x.measures.begin(ps.idx)
	for v := range ps.d.Tokens {
		x.noteNamed(ps, v)
		x.noteDecided(ps, v)
		if c := ps.legislatureRenewal(v); c >= 0 && !ps.unasserted(v) && !ps.ifClause(v) && !ps.negation(v) && !ps.quoted(v) {
			x.askedRenewal(ps, v, c) // "would ask Congress to extend the state of emergency"
			continue
		}
		pred, preps, ok := ps.stanceOf(v)
		if !ok || ps.unasserted(v) {
			continue
		}
		var speaker *entity
		if ps.quoted(v) {
			// "'We reject this pact,' X told reporters": the speaker's
			if speaker = x.quotedStanceSpeaker(ps, v); speaker == nil {
				continue
			}
		}
		if pred, ok = ps.stanceMood(v, pred); !ok {
			continue
		}
		if o := ps.kidWith(v, "obj", ""); in(epithetVerbs, ps.lemma(v)) && o >= 0 && ps.tok(o).UPOS == "PRON" && !x.measureJustBefore(ps) {
			continue // "called it a betrayal" names what the sentence before told, not a measure further back
		}
		actors, objects := x.stanceArgs(ps, v, preps != nil)
		if speaker != nil {
			actors = []*entity{speaker}
		}
		if ps.tok(v).Deprel == "xcomp" && !ps.has(v, "obl:agent") || ps.urged(v) {
			// "agreed to sign", "refused to accept": the stance is the
			// controlling verb's subject's
			h, flip, ok := ps.controller(v)
			if !ok || flip && pred != domain.Endorsed {
				continue
			}
			if flip {
				pred = domain.Rejected
				if preps = refusedPreps(preps); preps != nil && len(preps) == 0 {
					continue // "refused to withdraw from the accord": no stance
				}
			}
			actors, _ = x.stanceArgs(ps, h, false)
		}
		if len(objects) == 0 {
			if who, ok := x.reportedLabel(ps, v); ok {
				// "…, a step both X and Y said they supported",
				// "…, which the party said it would vote down"
				if x.measures.last != "" && x.measures.lastSent == ps.idx {
					x.statePositions(ps, who, pred, nil, x.measures.last, []int{v})
				}
				continue
			}
		}
		if ps.lemma(v) == "sign" && pred == domain.Endorsed {
			actors = x.cosigners(ps, v, objects, actors) // "X signed a deal with Y"
		}
		for _, c := range objects {
			if ps.stanceMatter(v, c) && !x.pastSigning(ps, v, c) {
				x.stanceOnObject(ps, v, c, pred, preps, actors)
			}
		}
	}
}

// refusedPreps returns the stances by preposition of a verb whose taking
// is refused: refusing to endorse rejects ("refused to agree to the
// plan"), and refusing to reject takes no stance ("refused to withdraw
// from the accord"). nil for nil.
func refusedPreps(preps map[string]domain.Predicate) map[string]domain.Predicate {
	if preps == nil {
		return nil
	}
	out := map[string]domain.Predicate{}
	for k, p := range preps {
		if p == domain.Endorsed {
			out[k] = domain.Rejected
		}
	}
	return out
}

// leftMeasures are what withdrawing from rejects: an agreement or a plan
// one was party to ("withdrew from the peace accord"), not an election,
// a race, a body or its commission, which one leaves without a stance.
var leftMeasures = set("agreement", "pact", "accord", "treaty", "deal", "arrangement", "contract", "ceasefire",
	"cease-fire", "truce", "armistice", "protocol", "roadmap", "framework", "plan", "initiative", "memorandum",
	"settlement", "understanding", "declaration", "convention")

// contestNouns name a contest one runs in: to fight an election or a
// seat is to stand in it, no stance on it.
var contestNouns = set("election", "elections", "by-election", "poll", "polls", "race", "seat", "campaign",
	"referendum", "primary", "primaries", "vote", "contest", "runoff", "run-off")

// stanceMatter reports whether c may be what verb v takes its stance on:
// "withdrew from" rejects only what leftMeasures name, and "fight" only a
// measure that is no contest ("would fight the plan", not "would fight
// the next election" or "the referendum campaign").
func (ps *psent) stanceMatter(v, c int) bool {
	switch ps.lemma(v) {
	case "withdraw":
		return ps.caseOf(c) != "from" || in(leftMeasures, ps.lemma(c))
	case "fight":
		return in(measureNouns, ps.lemma(c)) && !in(contestNouns, ps.lemma(c))
	case "recommend":
		return !ps.othersMeasure(v, c)
	}
	return true
}

// othersMeasure reports whether measure c, the object of verb v, is
// another party's: "from X" or "by X" on it (or "from X" the parser
// hung on the verb), or a possessive that is no pronoun ("recommended the offer from
// Tessaro Group", "recommended Corvel's bid"). A board that recommends
// another's offer backs it; it proposes only what is its own
// ("recommended raising the minimum wage", "recommended its plan").
func (ps *psent) othersMeasure(v, c int) bool {
	for _, n := range ps.kidsWith(c, "nmod") {
		if cs := ps.caseOf(n); cs == "from" || cs == "by" {
			return true
		}
	}
	for _, n := range ps.kidsWith(c, "nmod:poss") {
		if ps.tok(n).UPOS != "PRON" {
			return true
		}
	}
	return ps.kidWith(v, "obl", "from") >= 0
}

// stanceMood returns the position stance verb v takes in its mood: a
// refusal rejects ("Kenya will not accept the plan": no hedge), and so
// does urging another not to endorse ("urged Kenya not to sign the
// pact"). ok is false for a hedged stance, or for urging another not to
// take any other stance.
func (ps *psent) stanceMood(v int, pred domain.Predicate) (domain.Predicate, bool) {
	switch {
	case ps.refusal(v):
		return domain.Rejected, true
	case ps.urged(v):
		if !ps.has(v, "advmod") || !ps.negation(v) {
			return pred, true
		}
		return domain.Rejected, pred == domain.Endorsed
	case ps.hedgedStance(v):
		return pred, false
	}
	return pred, true
}

// stanceOnObject states the stance pred of actors, taken by verb v, on
// the measure its object c names (for a verb that takes its matter in a
// phrase, preps give the stance by the phrase's preposition), and on the
// measures c's topic names with it. A proposal that names no measure
// ("X proposed a meeting") is forgotten, so that "the proposal" later
// is none.
func (x *extractor) stanceOnObject(ps *psent, v, c int, pred domain.Predicate, preps map[string]domain.Predicate, actors []*entity) {
	if preps != nil && !ps.toInfinitive(c) {
		p, ok := preps[ps.caseOf(c)]
		if !ok {
			return
		}
		pred = p
	}
	if pred == domain.Endorsed && x.resolvedStance(ps, v, c, actors) {
		return // "passed a resolution opposing the landfill work"
	}
	name, proposer, used := x.measureOf(ps, c)
	if a := ps.hyphenedHead(c); name == "" && a >= 0 {
		if name, proposer, used = x.measureOf(ps, a); strings.HasPrefix(name, "-") {
			name = ps.tok(c).Form + name // the compound's first word: "vote-by-vote recount"
		}
	}
	if in(anyMeasureNouns, strings.ToLower(name)) {
		name = "" // "the plan" bare, as an unparsed headline's "reject it" names it: no name
	}
	if name == "" {
		if pred == domain.Proposed && (ps.tok(c).UPOS == "NOUN" || ps.tok(c).UPOS == "VERB" && ps.tok(v).XPOS != "VBG") {
			// "X proposed a meeting. Y rejected the proposal.",
			// "X offered to host talks. Y welcomed the offer.":
			// the proposal is no measure
			x.measures.forgetProposal()
			x.measures.offer = ps.offeredAct(v, c, actors)
		}
		return
	}
	if o := x.measures.offer; o != nil && name == o.name && !o.stated {
		// "X offered to take up to ten ships, and Y accepted the
		// offer": the offer is a measure now, which X proposed
		o.stated = true
		x.statePositions(x.parsed[o.si], o.actors, domain.Proposed, nil, name, []int{o.v})
	}
	// the measure is named even when its actor is not known: "the
	// proposal" later refers to it
	x.noteMeasure(ps, c, used, name, pred)
	if pred == domain.Endorsed && in(adoptionLemmas, ps.lemma(v)) {
		// what "the vote" or "the ratification" later adopted
		x.measures.adopted, x.measures.adoptedSent = name, ps.idx
		x.measures.adoptions = append(x.measures.adoptions, adoption{si: ps.idx, v: v, name: name})
	}
	if pred == domain.Endorsed && (in(adoptionLemmas, ps.lemma(v)) || in(decidingLemmas, ps.lemma(v))) {
		x.noteDecidedAt(ps, v, name) // "the decision" later
	}
	if in(demandNouns, ps.lemma(v)) {
		x.measures.note(ps.idx, name, ps.lemma(v)) // what X demanded is X's demand
	}
	x.statePositions(ps, actors, pred, proposer, name, append([]int{v}, used...))
	if pred == domain.Rejected {
		x.noteDecision(ps, v, actors)
	}
	for _, more := range ps.topicMeasures(c) {
		x.stateAlso(ps, actors, pred, more, []int{v, c})
	}
}

// hyphenedHead returns the noun that a hyphened compound begun at noun c
// modifies, where the parser cut the compound up and hung the noun on
// its first word ("demanded a vote-by-vote recount", parsed with "vote"
// the object and "recount" its apposition); -1 for none.
func (ps *psent) hyphenedHead(c int) int {
	if c+1 >= len(ps.d.Tokens) || ps.tok(c+1).Form != "-" || ps.tok(c).UPOS != "NOUN" {
		return -1
	}
	for _, a := range ps.kidsWith(c, "appos") {
		if a > c && a <= c+maxHyphenWords && ps.tok(a).UPOS == "NOUN" {
			return a
		}
	}
	return -1
}

// maxHyphenWords is how far a hyphened compound's noun may stand from
// its first word ("vote-by-vote recount": four tokens on).
const maxHyphenWords = 6

// stanceOf returns the position verb v's subject takes, and for verbs
// that take their matter in a prepositional phrase, the position by
// preposition.
func (ps *psent) stanceOf(v int) (domain.Predicate, map[string]domain.Predicate, bool) {
	t := ps.tok(v)
	if preps, ok := stanceAdjectives[ps.lemma(v)]; ok && t.UPOS == "ADJ" && ps.has(v, "cop") {
		return domain.Endorsed, preps, true // "the union is open to mediation"
	}
	if t.UPOS != "VERB" && !(t.UPOS == "ADJ" && ps.lemma(v) == "commit") && !ps.verbReadAsNoun(v) {
		return "", nil, false
	}
	for _, c := range ps.kids[v] {
		r := ps.tok(c).Deprel
		if r != "compound:prt" && (r != "advmod" || c != v+1) {
			continue
		}
		if p, ok := phrasalStances[ps.lemma(v)+" "+ps.lower(c)]; ok {
			return p, nil, true
		}
		if preps, ok := phrasalPreps[ps.lemma(v)+" "+ps.lower(c)]; ok {
			return domain.Endorsed, preps, true
		}
		if r == "compound:prt" {
			return "", nil, false // "backed down", "signed off"
		}
	}
	if in(epithetVerbs, ps.lemma(v)) && ps.damningName(v) && !ps.backedToo(v) {
		return domain.Rejected, nil, true // "called the accord a capitulation"
	}
	if preps, ok := stancePreps[ps.lemma(v)]; ok {
		// "agreed a ceasefire" (British usage) has an object of its own
		if ps.lemma(v) == "agree" && ps.kidWith(v, "obj", "") >= 0 {
			return domain.Endorsed, nil, true
		}
		return domain.Endorsed, preps, true
	}
	p, ok := stanceLemmas[ps.lemma(v)]
	return p, nil, ok
}

// epithetVerbs give their object a name or an epithet: "called the plan a
// trap", "described it as illegal".
var epithetVerbs = set("call", "describe", "brand", "label", "dub", "term")

// damningWords are the names and epithets that condemn what they name:
// to call a measure one of them is to reject it ("called the accord 'a
// capitulation'", "called it illegal"). Words that condemn an act or an
// event alone ("unprovoked", "senseless") are not here: a measure is no
// attack; nor are words with a favourable sense as well ("a coup for the
// bank's shareholders").
var damningWords = set("capitulation", "surrender", "betrayal", "sellout", "sell-out", "trap", "sham",
	"farce", "charade", "travesty", "fraud", "disaster", "catastrophe", "mistake", "blunder", "insult",
	"blackmail", "ultimatum", "provocation", "disgrace", "humiliation", "scandal", "outrage", "non-starter",
	"dead end", "dead-end", "illegal", "unlawful", "unconstitutional", "illegitimate", "unfair", "unjust",
	"unacceptable", "reckless", "irresponsible", "absurd", "shameful")

// maxEpithetWords is how many words of the name a naming verb gives are
// read ("a dead end dressed up as realism": "dead end").
const maxEpithetWords = 4

// measureJustBefore reports whether the sentence before ps names a
// measure, by name or by a measure's noun ("The opposition rejected the
// treaty. X called it a capitulation."): a pronoun a naming verb damns
// stands for what the sentence before told, and where that told of an
// attack ("... signed a pact. Hours later, militants attacked a post. X
// called it a betrayal."), for no measure.
func (x *extractor) measureJustBefore(ps *psent) bool {
	if x.measures.lastSent >= ps.idx-1 {
		return true
	}
	if ps.idx == 0 || x.annot == nil || ps.idx > len(x.annot.Sentences) {
		return false
	}
	for _, t := range x.annot.Sentences[ps.idx-1].Tokens {
		if l := strings.ToLower(t.Lemma); t.UPOS == "NOUN" && (in(measureNouns, l) || in(proposalNouns, l) || in(anyMeasureNouns, l)) {
			return true
		}
	}
	return false
}

// concessionWords concede what a damning word said: "unfair but
// unavoidable", "a mistake, yet necessary".
var concessionWords = set("but", "yet", "though", "although")

// backedToo reports whether the sentence of naming verb v also backs a
// measure, with another verb of stance ("called the cuts unfair ... and
// said he would vote for them"): a sentence that damns and backs takes
// no clear stance.
func (ps *psent) backedToo(v int) bool {
	o := ps.kidWith(v, "obj", "")
	for w := range ps.d.Tokens {
		if w == v || ps.tok(w).UPOS != "VERB" || in(epithetVerbs, ps.lemma(w)) {
			continue
		}
		p, preps, ok := ps.stanceOf(w)
		if !ok {
			continue
		}
		for _, c := range ps.kids[w] {
			// what it backs is what was damned: a pronoun for it ("vote
			// for them") or the same noun ("but backed the plan")
			same := ps.tok(c).UPOS == "PRON" || o >= 0 && ps.lemma(c) == ps.lemma(o)
			if same && (preps == nil && p == domain.Endorsed && ps.rel(c) == "obj" || preps[ps.caseOf(c)] == domain.Endorsed) {
				return true
			}
		}
	}
	return false
}

// damningName reports whether naming verb v gives its object a name or
// an epithet of damningWords, read off the words after the object however
// the parser hung them (a quoted name is often parsed as a clause of its
// own): "called it a betrayal", "called the accord \"a capitulation
// dressed up as diplomacy\"", "described the plan as unfair".
func (ps *psent) damningName(v int) bool {
	o := ps.kidWith(v, "obj", "")
	if o < 0 || !ps.measureHead(o) {
		return false
	}
	var words []string
	last := -1      // the token of the last word read
	joined := false // a hyphen joins the next word to the last: "non-starter"
	for i := ps.subtreeEnd(o); i < len(ps.d.Tokens) && len(words) < maxEpithetWords; i++ {
		t := ps.tok(i)
		if len(words) == 0 && (t.UPOS == "PUNCT" && t.Form != "," || t.UPOS == "DET" || ps.lower(i) == "as") {
			continue // the opening quote, "a", "as"
		}
		if t.Form == "-" && len(words) > 0 {
			words[len(words)-1] += "-"
			joined = true
			continue
		}
		if t.UPOS != "ADJ" && t.UPOS != "NOUN" {
			break
		}
		if joined {
			words[len(words)-1] += ps.lower(i)
			joined = false
		} else {
			words = append(words, ps.lower(i))
		}
		last = i
		if t.UPOS == "NOUN" && (i+1 >= len(ps.d.Tokens) || ps.tok(i+1).UPOS != "NOUN" && ps.tok(i+1).Form != "-") {
			break // the name's head noun ends it
		}
	}
	for i := last + 1; i >= 0 && i < len(ps.d.Tokens) && i <= last+2; i++ {
		if in(concessionWords, ps.lower(i)) {
			return false // "unfair but unavoidable"
		}
	}
	for i, w := range words {
		if in(damningWords, w) || i > 0 && in(damningWords, words[i-1]+" "+w) {
			return true
		}
	}
	return false
}

// measureHead reports whether token o can name a measure a naming verb
// damns: a pronoun, a measure's name, or a noun of a measure or a
// proposal ("the treaty", "the plan"); a noun a measure's word only
// modifies names what stands ("the old tax system").
func (ps *psent) measureHead(o int) bool {
	l := ps.lemma(o)
	return ps.tok(o).UPOS == "PRON" || ps.namedMeasure(o) != "" || in(measureNouns, l) || in(proposalNouns, l) || in(anyMeasureNouns, l)
}

// isStance reports whether verb v takes a position on its matter.
func (ps *psent) isStance(v int) bool {
	_, _, ok := ps.stanceOf(v)
	return ok
}

// stanceArgs returns who takes the stance of verb v and the tokens that
// may name what it is taken on: the subject and object of an active verb
// (its prepositional phrases when prep), the "by" phrase and the passive
// subject of a passive one ("the plan was rejected by Kenya"), and the
// noun a participle describes ("a roadmap drafted by the African
// Union", "a U.S.-brokered truce").
func (x *extractor) stanceArgs(ps *psent, v int, prep bool) ([]*entity, []int) {
	switch r := ps.tok(v).Deprel; {
	case r == "amod" && ps.tok(v).XPOS == "VBN":
		// "a Qatari-brokered truce": the actor is the compound
		var actors []*entity
		for _, c := range ps.kids[v] {
			if c < v && (ps.rel(c) == "compound" || ps.rel(c) == "obl" || ps.rel(c) == "nmod") {
				if e := x.authorAt(ps, c, v); e != nil {
					actors = appendEnt(actors, e)
				}
			}
		}
		return actors, []int{ps.head(v)}
	case ps.tok(v).XPOS == "VBN" && ps.rel(v) == "xcomp" && ps.has(v, "obl:agent"):
		// "agreed to the proposal put forward by Egypt": the participle
		// describes the noun before it
		var actors []*entity
		for _, c := range ps.kidsWith(v, "obl:agent") {
			actors = x.actorsAt(ps, c, actors)
		}
		var objects []int
		for _, c := range ps.kids[ps.head(v)] {
			if c < v && (ps.rel(c) == "obj" || ps.rel(c) == "obl") && ps.tok(c).UPOS == "NOUN" {
				objects = []int{c}
			}
		}
		return actors, objects
	case ps.lemma(v) == "oppose" && ps.kidWith(v, "obl", "to") >= 0:
		// "Kenya is opposed to the plan", read as a passive
		var actors []*entity
		for _, c := range ps.kidsWith(v, "nsubj", "nsubj:pass") {
			actors = x.actorsAt(ps, c, actors)
		}
		return actors, []int{ps.kidWith(v, "obl", "to")}
	case ps.isPassive(v) && ps.kidWith(v, "obj", "") < 0 && ps.kidWith(v, "xcomp", "") < 0 &&
		!(ps.rel(v) == "acl" && ps.tok(v).Deprel != "acl" && ps.has(v, "nsubj")):
		// (a relative clause with a subject of its own is active,
		// whatever the tagger says of its verb: "a plan Bangkok had
		// rejected")
		var actors []*entity
		for _, c := range ps.kids[v] {
			if ps.tok(c).Deprel == "obl:agent" || ps.rel(c) == "obl" && ps.caseOf(c) == "by" {
				actors = x.actorsAt(ps, c, actors)
			}
			if n := ps.votesOf(c); n >= 0 {
				actors = x.actorsAt(ps, n, actors) // "the resolution passed with the votes of X and Y"
			}
		}
		if ps.rel(v) == "acl" {
			return actors, []int{ps.head(v)}
		}
		return actors, ps.kidsWith(v, "nsubj:pass")
	}
	var objects []int
	if h := ps.relativeHead(v); h >= 0 {
		// "a timetable that the party rejected": the clause's object is
		// the noun it describes
		if ps.laterRelative(v) && in(labelProposals, ps.lemma(h)) && ps.labelBefore(ps.head(v), v) < 0 {
			// "that" read as the object only through laterObject: a
			// label the parse links to no measure before it ("put
			// forward a moratorium, a proposal that X welcomed days
			// later", the label an obl of the verb) names none
			if _, _, ok := x.describingMeasure(ps, h); !ok {
				return x.stanceActors(ps, v), nil
			}
		}
		objects = []int{x.describedMeasure(ps, v, h)}
	} else if l := ps.labelSubject(v); l >= 0 {
		// "…, a plan the presidency rejected" parsed with both nouns
		// as the verb's subjects: the label is its object
		objects = []int{l}
	} else if r := ps.conjRelative(v); r >= 0 {
		// "a tax which X proposed and Y rejected": the second verb's
		// object is the first's
		objects = []int{x.describedMeasure(ps, r, ps.relativeHead(r))}
	} else {
		for _, c := range ps.kids[v] {
			switch r := ps.rel(c); {
			case prep && (r == "obl" || r == "nmod" || (ps.lemma(v) == "agree" || ps.lemma(v) == "vote") && ps.toInfinitive(c)):
				objects = append(objects, c) // "agreed to a truce", "agreed to halt strikes", "voted to impeach X"
			case prep && r == "obj" && ps.lemma(c) == "weight":
				objects = append(objects, ps.kidsWith(c, "nmod")...) // "threw its weight behind the treaty", the phrase hung on "weight"
			case !prep && (r == "obj" || r == "xcomp" || r == "ccomp"):
				objects = append(objects, c)
			case !prep && r == "advcl" && ps.toInfinitive(c) && (ps.lemma(v) == "propose" || ps.lemma(v) == "offer") && !ps.measureObject(v):
				// "proposed last month to cut releases …", the infinitive
				// read as a purpose; after a measure the verb takes as its
				// object, it is that measure's purpose, no second proposal
				// ("proposed a standby force to help fight jihadists")
				objects = append(objects, c)
			case !prep && r == "obl" && ps.caseOf(c) == "with" && ps.lemma(v) == "present":
				objects = append(objects, c) // "presented both sides with a draft truce"
			}
		}
	}
	return x.stanceActors(ps, v), objects
}

// measureObject reports whether verb v's object is a measure noun: "a
// standby force", "a plan" (not "troops").
func (ps *psent) measureObject(v int) bool {
	o := ps.kidWith(v, "obj", "")
	return o >= 0 && ps.tok(o).UPOS == "NOUN" && (in(measureNouns, ps.lemma(o)) || in(proposalNouns, ps.lemma(o)))
}

// describedMeasure returns the noun a relative clause v after a comma
// describes when the parser hung it on the last noun of a measure's
// phrase, h: "an audit of the accounts by an international firm, which X
// welcomed" describes the audit. It returns h itself where h names a
// measure, the clause is restrictive, or no measure noun heads the phrase.
func (x *extractor) describedMeasure(ps *psent, v, h int) int {
	if !ps.afterComma(v) {
		return h
	}
	for k, i := h, 0; k >= 0 && i < 6; k, i = ps.head(k), i+1 {
		if ps.tok(k).UPOS == "NOUN" {
			if name, _, _ := x.measureOf(ps, k); name != "" {
				return k
			}
		}
		if r := ps.rel(k); r != "nmod" && r != "obl" && r != "acl" && r != "obj" {
			break // (an object of an act inside the measure's phrase: "a proposal to share the cost of boats …")
		}
	}
	return h
}

// authorAt returns the country or body that word c, hyphened to the
// participle v, names: "Qatari" of "Qatari-brokered". A name the
// recognizer spread over the participle as well is read by its words.
func (x *extractor) authorAt(ps *psent, c, v int) *entity {
	if e := ps.ent[c]; e != nil && (ps.kind[c] == mDemonym || e != ps.ent[v]) {
		if isActor(e) {
			return e
		}
		return nil
	}
	return x.countryNamed(ps.tok(c).Form)
}

// countryNamed returns the country a word names or is the demonym of
// ("Qatari", "Egypt"), or nil.
func (x *extractor) countryNamed(w string) *entity {
	if c, ok := x.demonym(w); ok {
		return x.entity(domain.Country, c)
	}
	if c, ok := x.country(w); ok {
		return x.entity(domain.Country, c)
	}
	return nil
}

// controlledStances are the verbs whose subject takes the stance of
// their infinitive ("agreed to sign the treaty"); refusals reverse it.
var (
	controlledStances = set("agree", "promise", "pledge", "vow", "decide", "move", "vote", "ready", "willing", "prepared",
		"remain", "stay")
	refusals = set("refuse", "decline")
)

// controller returns the verb or adjective whose subject takes the
// stance of infinitive v, and whether it reverses it ("refused to
// accept"); ok is false when v is only hoped for, planned or urged
// ("hopes to sign", "urged Kenya to accept") or the controller is
// negated.
func (ps *psent) controller(v int) (h int, flip, ok bool) {
	h = ps.head(v)
	if h < 0 || ps.hedgedStance(h) {
		return -1, false, false
	}
	switch l := ps.lemma(h); {
	case in(controlledStances, l) || ps.urged(v):
		return h, false, true
	case in(refusals, l):
		return h, true, true
	}
	return -1, false, false
}

// urgeLemmas take the stance of their infinitive as their subject's:
// "urged the Commission to reject the settlement" (the urger rejects it).
var urgeLemmas = set("urge", "press", "encourage", "push")

// urged reports whether verb v is the infinitive of an urging verb.
func (ps *psent) urged(v int) bool {
	h := ps.head(v)
	return h >= 0 && (ps.rel(v) == "xcomp" || ps.rel(v) == "advcl") && ps.has(v, "mark") &&
		(in(urgeLemmas, ps.lemma(h)) || ps.lemma(h) == "call" && ps.lower(h+1) == "on") // "called on X to ratify …"
}

// acceptLemmas are the stances whose refusal is a rejection.
var acceptLemmas = set("accept", "sign", "support", "back", "endorse", "approve", "ratify")

// refusal reports whether accepting verb v is refused outright: negated
// with "will", "would" or "can" ("will not accept", "cannot support"),
// with no condition ("would not sign if …" is no refusal) and not pending
// ("has not yet signed" is none either).
func (ps *psent) refusal(v int) bool {
	if !in(acceptLemmas, ps.lemma(v)) || !ps.negation(v) || ps.has(v, "advcl") {
		return false
	}
	modal := false
	for _, c := range ps.kids[v] {
		switch ps.lower(c) {
		case "will", "would", "can", "ca", "wo":
			modal = true
		case "yet", "may", "might", "could", "should":
			return false
		}
	}
	return modal
}

// quotedStanceSpeaker returns who says the stance of quoted verb v in
// the first person ("We reject this pact", "I will not sign it"): the
// speaker the quote rules found for the quote that holds the verb's
// words, in this sentence or the two before; nil otherwise.
func (x *extractor) quotedStanceSpeaker(ps *psent, v int) *entity {
	s := ps.kidWith(v, "nsubj", "")
	if s < 0 || ps.lower(s) != "we" && ps.lower(s) != "i" || ps.tok(v).Deprel != "root" && ps.tok(v).Deprel != "ccomp" && ps.tok(v).Deprel != "conj" {
		return nil
	}
	words := ps.text[ps.tok(s).Start:ps.tok(v).End]
	for _, f := range x.facts {
		if f.Predicate != domain.Said || f.Sentence > ps.idx || f.Sentence < ps.idx-2 {
			continue
		}
		for _, t := range x.facts {
			if t.Subject == f.Object && t.Predicate == domain.Text && strings.Contains(t.Object, words) {
				e := x.byID[f.Subject]
				if e != nil && ps.lower(s) == "we" {
					if b := x.representedBy(e); b != nil {
						return b // "We have approved …", the health minister: her country
					}
				}
				if e != nil && isActor(e) {
					return e
				}
			}
		}
	}
	return nil
}

// representedBy returns the country or body person e speaks for as
// its president, prime minister, minister, spokesperson, envoy or head,
// as the article's roles say; nil for none or for more than one.
func (x *extractor) representedBy(e *entity) *entity {
	var out *entity
	for _, f := range x.facts {
		switch f.Predicate {
		case domain.PresidentOf, domain.PrimeMinisterOf, domain.MinisterOf, domain.SpokespersonFor, domain.EnvoyOf, domain.HeadOf:
			if f.Subject != e.id {
				continue
			}
			b := x.byID[f.Object]
			if b == nil || out != nil && out != b {
				return nil
			}
			out = b
		}
	}
	return out
}

// denials are the verbs under which a stance is reported as denied,
// doubted, asked about or alleged, not taken: "denied that it had
// rejected the plan", "accused Kenya of rejecting the plan".
var denials = set("deny", "doubt", "question", "ask", "wonder", "dispute", "accuse", "allege", "speculate")

// conditionMarks open a clause whose stance is only supposed: "if Kenya
// rejects the plan", "whether Kenya would sign".
var conditionMarks = set("if", "unless", "whether")

// mandativeLemmas say that something should be done: the stance in
// their "that" clause is asked for, not taken.
var mandativeLemmas = set("propose", "suggest", "demand", "recommend", "request", "urge")

// unasserted reports whether the stance of verb v is not asserted: the
// sentence asks a question, v's clause (or the clause it completes) is a
// condition, or it is reported under a denial or an accusation.
func (ps *psent) unasserted(v int) bool {
	if n := len(ps.d.Tokens); n > 0 && ps.tok(n-1).Form == "?" {
		return true
	}
	for k, depth := v, 0; k >= 0 && depth < 6; k, depth = ps.head(k), depth+1 {
		for _, c := range ps.kidsWith(k, "mark") {
			if in(conditionMarks, ps.lower(c)) {
				return true
			}
		}
		if ps.underMeasure(k) {
			return true // "Under the treaty, both countries agree to withdraw …": its terms
		}
		h := ps.head(k)
		switch r := ps.rel(k); {
		case h < 0:
			return false
		case r == "ccomp" && in(mandativeLemmas, ps.lemma(h)):
			return true // "proposed that the party accept the target": not the party's stance yet
		case r == "ccomp" || r == "advcl" || r == "acl":
			return in(denials, ps.lemma(h))
		case r != "xcomp" && r != "conj":
			return false
		}
	}
	return false
}

// underMeasure reports whether verb v states the terms of a measure
// ("Under the treaty, both sides agree to …", "under the plan, X would
// …"), not a stance its subject takes now.
func (ps *psent) underMeasure(v int) bool {
	for _, c := range ps.kidsWith(v, "obl") {
		if ps.caseOf(c) == "under" && c < v && (in(measureNouns, ps.lemma(c)) || in(proposalNouns, ps.lemma(c))) {
			return true
		}
	}
	return false
}

// negation reports whether verb v is negated by "not" or "never", or by
// a negative argument (negativeArgument).
func (ps *psent) negation(v int) bool {
	for _, c := range ps.kids[v] {
		if l := ps.lower(c); l == "not" || l == "never" || l == "n't" {
			return true
		}
	}
	return ps.negativeArgument(v)
}

// negativeArgument reports whether verb v is said of no one: its subject
// or object is a conjunction under "neither … nor" ("Neither X nor Y
// voted against the bill", "met neither X nor Y"), or its subject is "none
// (of …)", "nobody", "neither (of …)" or "no one"/"no party".
func (ps *psent) negativeArgument(v int) bool {
	for _, k := range ps.kidsWith(v, "nsubj", "nsubj:pass", "obj") {
		if ps.neitherNor(k) {
			return true
		}
		if ps.rel(k) == "obj" {
			continue
		}
		at := func(i int) string {
			if i < len(ps.lowers) {
				return ps.lower(i)
			}
			return ""
		}
		next := k + 1
		if at(next) == "else" {
			next++
		}
		if at(next) == "but" || at(next) == "other" && at(next+1) == "than" {
			continue // "None other than X signed it", "no one but X"
		}
		switch l := ps.lower(k); {
		case l == "none" || l == "nobody" || l == "neither" || l == "no-one":
			return true
		case slices.ContainsFunc(ps.kidsWith(k, "det"), func(d int) bool { return ps.lower(d) == "no" }):
			return true // "no one", "no party"
		}
	}
	return false
}

// neitherNor reports whether nominal k opens a conjunction under "neither
// … nor": "neither" before k in its phrase (or right before it) and a
// conjunct of k joined by "nor".
func (ps *psent) neitherNor(k int) bool {
	start := ps.leftmost(k)
	if start > 0 && ps.lower(start-1) == "neither" {
		start--
	}
	if !slices.ContainsFunc(ps.kidsWith(k, "conj"), func(c int) bool {
		return slices.ContainsFunc(ps.kidsWith(c, "cc"), func(d int) bool { return ps.lower(d) == "nor" })
	}) {
		return false
	}
	for i := start; i < k; i++ {
		if ps.lower(i) == "neither" {
			return true
		}
	}
	return false
}

// isActor reports whether e may take a position: a country, an
// organization or a person.
func isActor(e *entity) bool {
	return e.typ == domain.Country || e.typ == domain.Organization || e.typ == domain.Person
}

// relativeHead returns the noun a relative clause headed by verb v
// describes when the clause's object is its relative pronoun ("a
// timetable that X rejected", also as the parser may read it: "that" a
// marker and the clause a complement of the noun); -1 otherwise.
func (ps *psent) relativeHead(v int) int {
	h := ps.head(v)
	for i := 0; i < 3 && h >= 0 && ps.tok(h).UPOS == "PROPN" && (ps.rel(h) == "nmod" || ps.rel(h) == "conj"); i++ {
		// "a flight route between Busan and Da Nang, which Y
		// welcomed", the clause hung on the last name: the route
		h = ps.head(h)
	}
	if a := ps.labelBefore(h, v); a >= 0 {
		h = a // "X offered a pay rise, an offer the union rejected", the clause hung on the verb
	}
	if h >= 0 && ps.isDay(h) && ps.rel(h) == "obl" && ps.afterComma(v) {
		// "X proposed a truce on Monday, which Y accepted", the clause
		// hung on the day: the verb's object before the day
		if o := ps.kidWith(ps.head(h), "obj", ""); o >= 0 && o < h {
			h = o
		}
	}
	if h < 0 || ps.tok(h).UPOS != "NOUN" || ps.has(h, "cop") {
		// (a noun a copula predicates says what something named
		// before is: "It is the first merger the Commission has
		// vetoed" names no merger of its own)
		return -1
	}
	if r := ps.tok(v).Deprel; r != "acl:relcl" && r != "ccomp" && r != "acl" {
		return -1
	}
	bare := ps.tok(v).Deprel == "acl:relcl" && ps.kidWith(v, "nsubj", "") >= 0
	for _, c := range ps.kids[v] {
		r := ps.tok(c).Deprel
		if c < v && (r == "obj" || r == "mark" || ps.laterObject(v, c)) && in(relativePronouns, ps.lower(c)) {
			return h
		}
		if r == "obj" || r == "ccomp" || r == "xcomp" || in(relativePronouns, ps.lower(c)) {
			bare = false
		}
	}
	if bare {
		return h // "a proposal Kenya rejected": no pronoun at all
	}
	return -1
}

// laterObject reports whether relative pronoun c of clause verb v is the
// clause's object that the parser read as a bare adverbial
// (obl:unmarked) because a span of time right after the verb took the
// object's place: "a proposal that Managua rejected hours later"
// ("hours" the object). A clause with an object of its own keeps "that"
// an adverbial: "the day that X rejected the treaty".
func (ps *psent) laterObject(v, c int) bool {
	if ps.tok(c).Deprel != "obl:unmarked" || ps.caseAt(c) >= 0 {
		return false
	}
	o := ps.kidWith(v, "obj", "")
	return o > v && o+1 < len(ps.d.Tokens) && in(laterSpans, ps.lemma(o)) && (ps.lower(o+1) == "later" || ps.lower(o+1) == "earlier")
}

// laterRelative reports whether relative clause v takes its relative
// pronoun as its object only through laterObject.
func (ps *psent) laterRelative(v int) bool {
	for _, c := range ps.kids[v] {
		if c < v && ps.laterObject(v, c) && in(relativePronouns, ps.lower(c)) {
			return true
		}
	}
	return false
}

// laterSpans are the spans of time of "hours later", "days earlier".
var laterSpans = setWith(spanUnits, "minute", "hour")

// statePositions states that each actor takes position pred on the
// measure named name, and that proposer proposed it, unless they take a
// position of that side in the sentence already; that position's measure
// takes the fuller name instead when name only adds what it is to do
// ("joint commission" -> "joint commission to investigate the
// killings": namesLess).
func (x *extractor) statePositions(ps *psent, actors []*entity, pred domain.Predicate, proposer *entity, name string, used []int) {
	ag := ""
	state := func(e *entity, p domain.Predicate) {
		if e == nil {
			return
		}
		if i := x.positionAt(e.id, ps.idx, p); i >= 0 {
			if x.namesLess(i, name) {
				// "proposed a joint commission to investigate the
				// killings": the token rules' "joint commission" is
				// the measure the parse names in full
				x.trace(ps, used)
				x.facts[i].Object = x.agreement(name)
				x.why[i] = Explanation{Fact: x.facts[i], Rule: x.rule, Match: *x.matched}
			}
			return
		}
		if ag == "" {
			ag = x.agreement(name)
		}
		x.trace(ps, used)
		x.addFact(e.id, p, ag, false, ps.idx, ps.s.hedge)
	}
	for _, a := range actors {
		state(a, pred)
	}
	if proposer != nil && !x.supportsKind(proposer.id, name) {
		state(proposer, domain.Proposed)
	}
}

// stateAlso states that each actor takes position pred on a further
// measure the sentence names beside one they took a position on already
// ("signed agreements on X and Y": the agreement on Y too).
func (x *extractor) stateAlso(ps *psent, actors []*entity, pred domain.Predicate, name string, used []int) {
	if len(actors) == 0 {
		return
	}
	ag := x.agreement(name)
	x.trace(ps, used)
	for _, a := range actors {
		x.addFact(a.id, pred, ag, false, ps.idx, ps.s.hedge)
	}
}

// supportsKind reports whether subj supports a measure of the kind name
// is in the article already: "the IAEA roadmap" is the roadmap the IAEA
// agreed on before, not a second one it proposed.
func (x *extractor) supportsKind(subj, name string) bool {
	for _, f := range x.facts {
		if f.Subject != subj || f.Predicate != domain.Endorsed && f.Predicate != domain.Proposed {
			continue
		}
		for _, n := range x.nodes {
			if n.ID == f.Object && n.Name != name && sameKind(name, n.Name) {
				return true
			}
		}
	}
	return false
}

// stanceActors returns the countries, organizations and people the
// subject of verb v names, with their conjuncts; a verb conjoined to
// another without a subject of its own ("Kenya backed the plan and
// rejected …") takes that verb's subject.
func (x *extractor) stanceActors(ps *psent, v int) []*entity {
	var out []*entity
	subject := false
	for _, c := range ps.kids[v] {
		if ps.tok(c).Deprel == "nsubj" && !ps.placeSubject(c) {
			subject = true
			out = x.subjectActors(ps, c, out)
		}
	}
	h := ps.head(v)
	described := -1
	if !subject && h >= 0 {
		described = ps.closesRelative(v)
	}
	switch {
	case subject || h < 0:
	case described >= 0:
		// "The X union, whose director, Y, had lobbied for the tariff,
		// welcomed the decision", parsed with "welcomed" conjoined to
		// the relative clause: the subject is the noun it describes
		return x.subjectActors(ps, described, out)
	case ps.rel(v) == "conj" && (ps.tok(h).UPOS == "VERB" || ps.has(h, "cop")):
		// (also after a copula: "X was not in Oslo but welcomed the
		// treaty")
		if k := v - 1; k > h && ps.tok(k).UPOS == "PROPN" && ps.ent[k] != nil {
			// "X presented the budget, and opposition leader Y voted
			// against the budget", parsed with Y hung on the first
			// verb's object: the name right before the conjunct is its
			// own subject, the first verb's is not its
			if e := ps.ent[k]; e.typ == domain.Person || e.typ == domain.Organization || e.typ == domain.Country {
				return appendEnt(out, e)
			}
			return out
		}
		if out = x.stanceActors(ps, h); len(out) == 0 && ps.reportedConjunct(v, h) {
			// "X said the count had been slow and proposed an audit",
			// parsed with "proposed" in the reported clause: the
			// speaker's
			return x.stanceActors(ps, ps.head(h))
		}
		return out
	case ps.rel(v) == "advcl" && ps.toInfinitive(v) && ps.tok(h).UPOS == "VERB" && (!ps.isStance(h) || ps.lemma(h) == "vote"):
		// "X flew to Y's capital to offer a payment": the purpose is
		// the subject's; "the council voted 9-4 to approve the
		// treaty" (the tally read as the vote's object)
		return x.stanceActors(ps, h)
	case ps.rel(v) == "parataxis" && x.inDateline(ps, h):
		cs := x.datelineSubject(ps, v)
		if len(cs) == 0 {
			cs = x.datelineName(ps, v)
		}
		for _, c := range cs {
			out = x.actorsAt(ps, c, out) // "NAIROBI (AP) — Kenya's government, …"
		}
		return out
	case ps.rel(v) == "parataxis" && ps.ent[h] != nil && ps.tok(h).UPOS == "PROPN":
		// "Tekanene, 58, said …", parsed with the name as the root
		return x.actorsAt(ps, h, out)
	case ps.rel(v) == "parataxis" && ps.head(h) < 0 && ps.tok(h).UPOS == "NOUN" && in(finiteTags, ps.tok(v).XPOS):
		// "Opposition leader X, whose party holds ten seats, accused …
		// and called for …", parsed with the title as the root and the
		// relative clause and the verbs beside it: the person named
		for _, a := range ps.kidsWith(h, "appos") {
			if a < v && ps.ent[a] != nil && ps.tok(a).UPOS == "PROPN" {
				return x.actorsAt(ps, a, out)
			}
		}
	case ps.rel(v) == "parataxis" && (in(speechLemmas, ps.lemma(h)) || ps.tok(h).UPOS == "AUX"):
		// "Both governments said they remained committed to …", parsed
		// with the clause beside the saying: the speaker's; "Moscow has
		// so far rejected …", parsed with "has" as the main verb
		return x.stanceActors(ps, h)
	}
	return out
}

// apposedBody returns the organization that description noun k names
// in apposition after a comma: "Ecuador's largest business group, the
// Quito Chamber of Commerce, said …", "a project that a Chinese state
// company, X Corporation, signed". Nil otherwise (a person so named is
// titleHolder's).
func (ps *psent) apposedBody(k int) *entity {
	if ps.tok(k).UPOS != "NOUN" || ps.ent[k] != nil {
		return nil
	}
	for _, a := range ps.kidsWith(k, "appos") {
		if e := ps.ent[a]; a > k && e != nil && e.typ == domain.Organization && ps.kind[a] == mName && ps.hasCommaBetween(k, a) {
			return e
		}
	}
	return nil
}

// placeSubject reports whether subject c is a name the parser read as
// the subject after a preposition of place: "X, speaking from
// Port-au-Prince, welcomed …" (where someone is, no actor; "after Madrid
// backed …" has a subject).
func (ps *psent) placeSubject(c int) bool {
	if ps.ent[c] == nil {
		return false
	}
	start, _ := ps.mentionSpan(c)
	return start > 0 && ps.tok(start-1).UPOS == "ADP" && (in(placePreps, ps.lower(start-1)) || ps.lower(start-1) == "from")
}

// finiteTags are the tags of a finite verb, which has a subject of its
// own somewhere in the sentence.
var finiteTags = set("VBD", "VBZ", "VBP")

// subjectActors appends to out the actors subject c of a stance verb
// names: for "both sides" the parties of the talks the article reported
// last, or else the two countries the sentence names; for "the two" the
// two people spoken of before ("X spoke by phone with Y and the two
// agreed to …"); for a relative pronoun the parser hung on the main
// verb, the name before its comma (commaAntecedent); else actorsAt's.
func (x *extractor) subjectActors(ps *psent, c int, out []*entity) []*entity {
	var group []*entity
	switch {
	case ps.bothSides(c):
		if group = x.lastParties(ps.idx); len(group) == 0 {
			group = x.twoCountries(ps.idx)
		}
	case ps.twoPeople(c):
		group = x.lastPeople(ps, c)
	default:
		if a := ps.commaAntecedent(c); a >= 0 {
			c = a
		}
		return x.actorsAt(ps, c, out)
	}
	for _, e := range group {
		out = appendEnt(out, e)
	}
	return out
}

// reportedConjunct reports whether finite verb v, conjoined to verb h of
// a clause reported by a verb of saying, may be the speaker's own act the
// parser hung on the reported clause: h's subject names no actor.
func (ps *psent) reportedConjunct(v, h int) bool {
	s := ps.head(h)
	return ps.rel(h) == "ccomp" && s >= 0 && in(speechLemmas, ps.lemma(s)) &&
		ps.tok(v).XPOS == "VBD" && ps.tok(h).XPOS != "VBD"
}

// datelineName returns the name the parser hung beside verb v on the
// dateline, as it may read "VIENNA (Reuters) — Iran and the IAEA agreed
// …" (both "Iran" and "agreed" beside "VIENNA"): the last such name
// before v, if any.
func (x *extractor) datelineName(ps *psent, v int) []int {
	var out []int
	for _, c := range ps.kids[ps.head(v)] {
		if c < v && ps.rel(c) == "parataxis" && ps.tok(c).UPOS == "PROPN" && ps.ent[c] != nil && !x.inDateline(ps, c) {
			out = []int{c}
		}
	}
	return out
}

// actorsAt appends to out the actors token k and its conjuncts name: a
// country, an organization or a person, "the council" named before, "the
// Amber coalition", or the body or person a pronoun refers to.
func (x *extractor) actorsAt(ps *psent, k int, out []*entity) []*entity {
	if x.inDateline(ps, k) {
		// "ADDIS ABABA (Reuters) - Ethiopia's government and the TPLF
		// signed …", parsed with the dateline as the subject: the
		// subject is its apposition after the dateline
		for _, c := range ps.kidsWith(k, "appos") {
			if !x.inDateline(ps, c) {
				out = x.actorsAt(ps, c, out)
			}
		}
		// "Asuncion, May 2 (EFE).- Paraguay and Bolivia proposed …",
		// parsed with the agency's token ("EFE).-") as the subject, the
		// first name a flat part of it and the second its conjunct: the
		// names after the dateline
		if strings.HasSuffix(ps.tok(k).Form, ".-") {
			for _, c := range ps.kidsWith(k, "flat", "conj") {
				if !x.inDateline(ps, c) && ps.tok(c).UPOS == "PROPN" {
					out = x.actorsAt(ps, c, out)
				}
			}
		}
		return out
	}
	for _, k := range ps.withLeftConjunct(ps.coordinated(ps.antecedent(k))) {
		if ps.strandedPossessor(k) {
			// "signed it along with Y and Argentina's leader, X",
			// parsed with "Argentina" a conjunct and "leader" cut off:
			// the leader, not the country
			if l := x.possessedLeader(ps, k); l != nil {
				out = appendEnt(out, l)
			}
			continue
		}
		if p := ps.titledPerson(k); p != nil {
			out = appendEnt(out, p) // "Kenyan President X", parsed with the country as head
		} else if p := x.titleHolder(ps, k); p != nil {
			out = appendEnt(out, p) // "Kenya's Minister of Trade, X, and her counterpart, Y, signed …"
		} else if cs := x.demonymActors(ps, k); len(cs) > 0 {
			out = append(out, cs...) // "Qatari and Egyptian mediators"
		} else if es := x.twoGroups(ps, k); len(es) > 0 {
			out = append(out, es...) // "Two rival armed groups agreed … The X Brigade and the Y Force …"
		} else if e := x.theGovernment(ps, k); e != nil {
			out = appendEnt(out, e) // "Colombia's government … the government has accepted"
		} else if e := x.reportedGovernment(ps, k); e != nil {
			out = appendEnt(out, e) // "Interior Minister X said the government would …"
		} else if cs := x.theMediators(ps, k); len(cs) > 0 {
			out = append(out, cs...) // "The mediators have proposed …"
		} else if p := x.ownGovernment(ps, k); p != nil {
			out = appendEnt(out, p) // "his government accepted …"
		} else if e := x.ownParty(ps, k); e != nil {
			out = appendEnt(out, e) // "her party would propose …"
		} else if e := x.ownMembers(ps, k); e != nil {
			out = appendEnt(out, e) // "X said his lawmakers would vote for it"
		} else if ls := x.leadersOf(ps, k); len(ls) > 0 {
			out = append(out, ls...) // "the leaders of A and B signed …"
		} else if ms := x.ministersOf(ps, k); len(ms) > 0 {
			out = append(out, ms...) // "the trade ministers of A and B signed …"
		} else if e := ps.memberBody(k); e != nil {
			out = appendEnt(out, e) // "member states of the WHO adopted …"
		} else if e := x.nationalBody(ps, k); e != nil {
			out = appendEnt(out, e) // "the Kyrgyz foreign ministry rejected …", "the presidency rejected …"
		} else if e := ps.ent[k]; e != nil && (ps.kind[k] != mDemonym || ps.sharesAgent(k)) && isActor(e) {
			out = appendEnt(out, e)
		} else if e := x.capitalAgent(ps, k); e != nil {
			out = appendEnt(out, e) // "a plan Bangkok had rejected": Thailand
		} else if e := x.regionAgent(ps, k); e != nil {
			out = appendEnt(out, e) // "Western Australia's government proposed …"
		} else if e := ps.apposedBody(k); e != nil {
			out = appendEnt(out, e) // "Kenya's largest business group, the X, backed …"
		} else if e := x.definiteBody(ps, k); e != nil {
			out = appendEnt(out, e) // "the council proposed …"
		} else if e := ps.namedBody(k); e != nil {
			out = appendEnt(out, e) // "the consumer group BEUC"
		} else if e := ps.namedGroup(k); e != nil {
			out = appendEnt(out, e) // "the Montana Accord group rejected …"
		} else if e := x.pronounActor(ps, k); e != nil {
			out = appendEnt(out, e) // "he backed the deal"
		} else if e := ps.selfNamed(k); e != nil {
			out = appendEnt(out, e) // "the junta, which calls itself the X, …"
		} else if e := x.bodySpeaker(ps, k); e != nil {
			out = appendEnt(out, e) // "X, the army chief, said the army accepted …"
		} else if e := x.speakersBody(ps, k); e != nil {
			out = appendEnt(out, e) // "X, a spokesman for Y, said the group accepted …"
		}
	}
	return out
}

// capitalAgent returns the country whose capital token k names when the
// recognizer left it a place: a capital that takes a stance is its
// government ("a plan Bangkok had initially rejected", ONTOLOGY.md's
// "Moscow and Kyiv agreed"). Nil otherwise.
func (x *extractor) capitalAgent(ps *psent, k int) *entity {
	e := ps.ent[k]
	if e == nil || e.typ != domain.Place || ps.kind[k] != mName {
		return nil
	}
	for _, p := range x.lookupPlace(e.name) {
		if p.Type == domain.Place && p.Capital && p.Country != "" && p.Name == e.name {
			return x.entity(domain.Country, p.Country)
		}
	}
	return nil
}

// selfNamed returns the organization noun k names itself in a relative
// clause: "the junta, which calls itself the High Command for the
// Restoration of Order, …". Nil otherwise.
func (ps *psent) selfNamed(k int) *entity {
	if ps.ent[k] != nil || ps.tok(k).UPOS != "NOUN" {
		return nil
	}
	for _, v := range ps.kidsWith(k, "acl:relcl") {
		if ps.lemma(v) != "call" || ps.kidWith(v, "iobj", "") < 0 && ps.kidWith(v, "obj", "") < 0 {
			continue
		}
		self := false
		for _, c := range ps.kids[v] {
			self = self || ps.lower(c) == "itself" || ps.lower(c) == "themselves"
		}
		for _, c := range ps.kids[v] {
			if e := ps.ent[c]; self && c > v && e != nil && e.typ == domain.Organization && (ps.rel(c) == "obj" || ps.rel(c) == "xcomp") {
				return e
			}
		}
	}
	return nil
}

// speakingBodies are the bodies whose stance their own chief reports:
// "Gen. X, the army chief, said the army accepted the roadmap".
var speakingBodies = set("army", "military", "government", "movement", "group", "party", "junta", "council", "ministry")

// bodySpeaker returns the person who says that "the army" (subject noun
// k, named by no name) takes a stance, when that person speaks for a
// body of that kind: the head of k's verb is a speech verb whose subject
// is a person described by k's noun ("Sudan's army chief, X, said the
// army accepted …"). Nil otherwise.
func (x *extractor) bodySpeaker(ps *psent, k int) *entity {
	v := ps.head(k)
	if ps.ent[k] != nil || ps.tok(k).UPOS != "NOUN" || !in(speakingBodies, ps.lemma(k)) || ps.kidWith(k, "det", "") < 0 || v < 0 || ps.rel(v) != "ccomp" {
		return nil
	}
	sv := ps.head(v)
	if sv < 0 || !in(speechLemmas, ps.lemma(sv)) {
		return nil
	}
	s := ps.kidWith(sv, "nsubj", "")
	if s < 0 {
		return nil
	}
	// the speaker's title names the body: "army chief", "government
	// spokesman"
	for i := max(s-8, 0); i < sv; i++ {
		if ps.lemma(i) == ps.lemma(k) && i != k && ps.rel(i) == "compound" {
			for _, j := range []int{s, ps.kidWith(s, "appos", "")} {
				if j >= 0 && ps.isPerson(j) {
					return ps.ent[j]
				}
			}
			if h := ps.head(i); h >= 0 {
				for _, a := range ps.kidsWith(h, "appos") {
					if ps.isPerson(a) {
						return ps.ent[a]
					}
				}
			}
		}
	}
	return nil
}

// speakersBody returns the body "the government" or "the group"
// (subject noun k, named by no name) stands for in a clause its speaker
// reports, when the article's roles make that speaker speak for exactly
// one body of that kind: a country for "the government" ("Finance
// Minister X said the government had proposed …"), an organization for
// "the group", "the party" ("X, a spokesman for Y, said the group
// accepted …"). Nil otherwise.
func (x *extractor) speakersBody(ps *psent, k int) *entity {
	if ps.ent[k] != nil || ps.tok(k).UPOS != "NOUN" || !in(speakingBodies, ps.lemma(k)) || ps.kidWith(k, "det", "") < 0 ||
		ps.kidWith(k, "nmod:poss", "") >= 0 || ps.rel(k) != "nsubj" {
		return nil
	}
	v := ps.head(k)
	if v < 0 || ps.rel(v) != "ccomp" || ps.head(v) < 0 || !in(speechLemmas, ps.lemma(ps.head(v))) {
		return nil
	}
	var p *entity
	for _, sp := range ps.kidsWith(ps.head(v), "nsubj") {
		// the name, or its apposition ("Sudan's army chief, X, said
		// …"); the parser may give a title a subject arc of its own
		for _, c := range append([]int{sp}, ps.kidsWith(sp, "appos")...) {
			if ps.isPerson(c) {
				p = ps.ent[c]
			}
		}
	}
	if p == nil {
		return nil
	}
	b := x.representedBy(p)
	if b == nil || (b.typ == domain.Country) != in(stateNouns, ps.lemma(k)) {
		return nil
	}
	return b
}

// nationalAgents stand for a country's agents: "Qatari mediators", "the
// Kenyan government".
var nationalAgents = set("mediator", "negotiator", "official", "diplomat", "envoy", "government", "authority",
	"delegation", "leader", "minister", "administration", "side")

// stateNouns are the agents that are the state itself: "Ethiopia's
// government" is Ethiopia, "Zambia's opposition leader" is not.
var stateNouns = set("government", "administration", "authority", "cabinet")

// demonymActors returns the countries whose national adjectives or
// possessives qualify agent noun k: "Qatari and Egyptian mediators"
// (Qatar, Egypt), "Ethiopia's government".
func (x *extractor) demonymActors(ps *psent, k int) []*entity {
	if ps.ent[k] != nil || ps.tok(k).UPOS != "NOUN" || !in(nationalAgents, ps.lemma(k)) {
		return nil
	}
	for _, c := range ps.kids[k] {
		if l := ps.lower(c); l == "opposition" || l == "rebel" {
			return nil // "the Kenyan opposition leader"
		}
	}
	var out []*entity
	for _, c := range ps.kidsWith(k, "nmod:poss") {
		if e := ps.ent[c]; e != nil && e.typ == domain.Country && in(stateNouns, ps.lemma(k)) {
			out = appendEnt(out, e) // "Ethiopia's government"
		}
	}
	// (the tagger reads some demonyms as names: "the Dutch government",
	// a compound)
	for _, c := range ps.kidsWith(k, "amod", "compound") {
		if ps.tok(c).Deprel == "compound" && (c > k || !ps.onlyAgentsBetween(c, k)) {
			continue // "Dutch bank officials": the bank's, not the state's
		}
		for _, d := range withConj(ps, []int{c}) {
			e := ps.ent[d]
			if e == nil && startsUpper(ps.tok(d).Form) {
				if c, ok := x.demonym(ps.tok(d).Form); ok {
					e = x.entity(domain.Country, c)
				}
			}
			if _, dem := x.demonym(ps.tok(d).Form); e != nil && dem && e.typ == domain.Country {
				out = appendEnt(out, e)
			}
		}
	}
	for _, c := range ps.kidsWith(k, "nmod") {
		if ps.caseOf(c) != "from" {
			continue
		}
		// "signed … by ministers from Norway, Sweden and Canada", as
		// "Norwegian, Swedish and Canadian ministers"
		for _, d := range withConj(ps, []int{c}) {
			if e := ps.ent[d]; e != nil && e.typ == domain.Country {
				out = appendEnt(out, e)
			}
		}
	}
	return out
}

// onlyAgentsBetween reports whether the nouns between compound c and
// agent noun k, if any, are national agents too: "the Qatari government
// mediators", not "Dutch shipping company officials", "Dutch farm lobby
// officials", where the demonym qualifies a company or a lobby.
func (ps *psent) onlyAgentsBetween(c, k int) bool {
	for j := c + 1; j < k; j++ {
		if u := ps.tok(j).UPOS; (u == "NOUN" || u == "PROPN") && !in(nationalAgents, ps.lemma(j)) {
			return false
		}
	}
	return true
}

// sharesAgent reports whether national adjective k is conjoined to an
// agent noun, as the parser may read "Qatari and Egyptian mediators".
func (ps *psent) sharesAgent(k int) bool {
	for _, c := range ps.kids[k] {
		if ps.rel(c) == "conj" && ps.tok(c).UPOS == "NOUN" && in(nationalAgents, ps.lemma(c)) {
			return true
		}
	}
	return false
}

// ownGovernment returns who "his government" or "her country" at noun
// k stands for: the one country the person the pronoun refers to leads
// or is a minister of ("Belgium's prime minister, X, said his government
// opposed …": Belgium), else, for a government, that person (Tekanene
// "said his government would sign").
func (x *extractor) ownGovernment(ps *psent, k int) *entity {
	if ps.ent[k] != nil || ps.lemma(k) != "government" && !in(ownCountryNouns, ps.lemma(k)) {
		return nil
	}
	for _, c := range ps.kids[k] {
		if l := ps.lower(c); ps.tok(c).Deprel == "nmod:poss" && (l == "his" || l == "her") {
			p := ps.reportingPerson(k)
			if p == nil {
				p = x.corefAntecedent(ps.idx, c, domain.Person)
			}
			if in(ownCountryNouns, ps.lemma(k)) {
				return x.servedCountry(p)
			}
			return x.governmentOf(p)
		}
	}
	return nil
}

// governmentOf returns who person p's government stands for ("his
// government", "President X's government"): the one country p serves,
// else, when he holds no office of one, p himself (Tekanene "said his
// government would sign").
func (x *extractor) governmentOf(p *entity) *entity {
	if country := x.servedCountry(p); country != nil {
		return country
	}
	return p
}

// ownCountryNouns stand for the country of the person whose they are:
// "his country", "her nation", "his kingdom".
var ownCountryNouns = set("country", "nation", "kingdom")

// servedCountry returns the one country person p is president, prime
// minister or minister of; nil for none, or for two.
func (x *extractor) servedCountry(p *entity) *entity {
	if p == nil {
		return nil
	}
	var country *entity
	for _, f := range x.facts {
		if f.Subject != p.id || !slices.Contains(governingRoles, f.Predicate) {
			continue
		}
		if o := x.byID[f.Object]; o != nil && o.typ == domain.Country {
			if country != nil && country != o {
				return nil
			}
			country = o
		}
	}
	return country
}

// governingRoles are the roles whose holder speaks for a country's
// government.
var governingRoles = []domain.Predicate{domain.PresidentOf, domain.PrimeMinisterOf, domain.MinisterOf}

// ownParty returns the party "her party", "his party" or "X's party"
// at noun k stands for: the one organization the article names that
// person head or member of ("Adhikari, who leads the Corvin Party, said
// her party would propose …"), or, where it names none, the speaker
// ("Senator X said his party would vote against the agreement": the
// party named nowhere, the speaker states the position). Nil otherwise.
func (x *extractor) ownParty(ps *psent, k int) *entity {
	if ps.ent[k] != nil || ps.lemma(k) != "party" {
		return nil
	}
	c := ps.kidWith(k, "nmod:poss", "")
	if c < 0 {
		return nil
	}
	p := ps.ent[c]
	speaker := false
	if l := ps.lower(c); l == "his" || l == "her" {
		// "Adhikari said that her party …": the speaker, whom the
		// coreference model may miss for a person named before
		if p = ps.reportingPerson(k); p == nil {
			p = x.corefAntecedent(ps.idx, c, domain.Person)
		} else {
			speaker = true
		}
	}
	if p == nil || p.typ != domain.Person {
		return nil
	}
	var party *entity
	for _, f := range x.facts {
		if f.Subject != p.id || f.Predicate != domain.HeadOf && f.Predicate != domain.MemberOf {
			continue
		}
		if o := x.byID[f.Object]; o != nil && o.typ == domain.Organization && !isChamber(o.name) {
			if party != nil && party != o {
				return nil // two bodies: which is the party is not said
			}
			party = o
		}
	}
	if party == nil && speaker {
		return p
	}
	return party
}

// lawmakerNouns name the lawmakers or members a speaker or a body has.
var lawmakerNouns = set("lawmaker", "legislator", "mp", "deputy", "senator", "member", "representative",
	"councillor", "councilor", "delegate")

// ownMembers returns who states a position through "his lawmakers",
// "her deputies" or "its members" at noun k, the subject of a clause a
// verb of saying completes: the sayer, a person for "his" or "her", a
// body for "its" ("the leader of the X Party, Y, said his lawmakers
// would vote for it": the position Y states; "the X Party said its
// deputies would vote it down": the party's). Nil otherwise.
func (x *extractor) ownMembers(ps *psent, k int) *entity {
	if ps.ent[k] != nil || !in(lawmakerNouns, strings.ToLower(ps.lemma(k))) || ps.rel(k) != "nsubj" {
		return nil
	}
	c, v := ps.kidWith(k, "nmod:poss", ""), ps.head(k)
	if c < 0 || v < 0 || ps.rel(v) != "ccomp" || ps.head(v) < 0 || !in(speechLemmas, ps.lemma(ps.head(v))) {
		return nil
	}
	want := domain.Person
	switch ps.lower(c) {
	case "his", "her":
	case "its":
		want = domain.Organization
	default:
		return nil
	}
	if want == domain.Person && strings.ToLower(ps.lemma(k)) == "member" {
		return nil // "her members": anyone's, a pollster's or a union's, no lawmakers
	}
	if sp := x.stanceActors(ps, ps.head(v)); len(sp) == 1 && sp[0].typ == want {
		return sp[0]
	}
	return nil
}

// reportingPerson returns the person who says the clause subject k is
// in: the named subject of the verb of saying that clause completes
// ("Adhikari said that her party would …"); nil otherwise.
func (ps *psent) reportingPerson(k int) *entity {
	v := ps.head(k)
	if v < 0 || ps.rel(v) != "ccomp" || ps.head(v) < 0 || !in(speechLemmas, ps.lemma(ps.head(v))) {
		return nil
	}
	if s := ps.kidWith(ps.head(v), "nsubj", ""); s >= 0 && ps.isPerson(s) {
		return ps.ent[s]
	}
	return nil
}

// leaderNouns stand for the head of a country or body: "the leaders of
// A and B".
var leaderNouns = set("leader", "president", "head")

// reportedLabel reads a stance verb v with no object of its own that
// says what a clause after a comma reports of the measure before it:
// ", a step both X and Y said they supported", ", which the party said it
// would vote down". The clause opens with a relative pronoun or a label
// noun right after the comma, then names the actors, then a speech verb
// and a pronoun subject of v. It returns the actors the clause names
// before the speech verb; ok is false where the clause is not of that
// shape, whatever the parser made of it.
func (x *extractor) reportedLabel(ps *psent, v int) (actors []*entity, ok bool) {
	subj := ps.kidWith(v, "nsubj", "")
	if subj < 2 || subj != v-1 && !(subj == v-2 && ps.tok(v-1).UPOS == "AUX") {
		return nil, false
	}
	say := subj - 1
	own := ps.ownCountrySubject(subj) // ", an idea that X said his country would support"
	// ", a plan Finance Minister X said the government supported": the
	// government X serves
	gov := !own && ps.lemma(subj) == "government" && ps.kidWith(subj, "det", "") == subj-1 && ps.lower(subj-1) == "the" && !ps.has(subj, "amod")
	if own || gov {
		say = subj - 2
	} else if ps.lower(subj) != "they" && ps.lower(subj) != "it" {
		return nil, false
	}
	if say < 1 || !in(speechLemmas, ps.lemma(say)) {
		return nil, false
	}
	start := -1
	for i := say - 1; i > 0 && i >= say-16 && start < 0; i-- {
		if ps.tok(i-1).Form == "," {
			start = ps.labelOpening(i)
		}
	}
	if start < 0 {
		return nil, false
	}
	end := say // the actors' names, not an apposition after them
	for i := start; i < say; i++ {
		if ps.tok(i).Form == "," {
			end = i
			break
		}
	}
	for i := start; i < end; i++ {
		if e := ps.ent[i]; e != nil && isActor(e) {
			if gov && e.typ == domain.Organization {
				continue // a body that speaks of the government is no part of it
			}
			if (own || gov) && e.typ == domain.Person {
				// his country's stance, where he serves one
				if e = x.servedCountry(e); e == nil {
					continue
				}
			}
			actors = appendEnt(actors, e)
		} else if ps.tok(i).UPOS == "NOUN" && ps.lower(i-1) == "the" {
			if e := x.definiteBody(ps, i); e != nil {
				actors = appendEnt(actors, e)
			}
		}
	}
	return actors, len(actors) > 0
}

// ownCountrySubject reports whether subject k is "his country", "her
// government" or the like, right after its possessive.
func (ps *psent) ownCountrySubject(k int) bool {
	l := ps.lower(k - 1)
	return ps.kidWith(k, "nmod:poss", "") == k-1 && (l == "his" || l == "her") &&
		(in(ownCountryNouns, ps.lemma(k)) || ps.lemma(k) == "government")
}

// labelOpening returns the token after the relative pronoun or the
// label ("a step", "a plan") that opens a clause at token i, or -1.
func (ps *psent) labelOpening(i int) int {
	switch {
	case in(relativePronouns, ps.lower(i)):
		return i + 1
	case (ps.lower(i) == "a" || ps.lower(i) == "an") && (in(labelProposals, ps.lemma(i+1)) || in(labelSteps, ps.lemma(i+1))):
		return i + 2
	}
	return -1
}

// labelSteps call a measure named before a step or move: ", a step X
// said they supported".
var labelSteps = set("step", "move", "measure")

// commaAntecedent returns the name right before the comma that opens
// the relative clause whose subject is pronoun k, where the parser hung
// the clause on the main verb ("The strike was called by the branch of
// the X Union, which rejected the offer": the union); -1 otherwise.
func (ps *psent) commaAntecedent(k int) int {
	v := ps.head(k)
	if v < 0 || ps.tok(v).Deprel != "advcl:relcl" || ps.lower(k) != "which" && ps.lower(k) != "who" ||
		k < 2 || ps.tok(k-1).Form != "," || ps.ent[k-2] == nil {
		return -1
	}
	return k - 2
}

// strandedPossessor reports whether name k, marked possessive, is no
// possessor in the parse: the noun it owns was hung elsewhere.
func (ps *psent) strandedPossessor(k int) bool {
	return k+1 < len(ps.kids) && ps.possMark(k+1) && ps.head(k+1) == k && ps.tok(k).Deprel != "nmod:poss"
}

// possessedLeader returns the leader of the country or body stranded
// possessor k names when the noun after it is "leader", "president" or
// "head": "Argentina's leader".
func (x *extractor) possessedLeader(ps *psent, k int) *entity {
	if e := ps.ent[k]; e != nil && k+2 < len(ps.kids) && in(leaderNouns, ps.lemma(k+2)) &&
		(e.typ == domain.Country || e.typ == domain.Organization) {
		return x.leaderOf(e)
	}
	return nil
}

// leadersOf returns the people who lead the countries or bodies that
// "the leader(s) of …" at noun k names, as the article's roles say
// (president, prime minister or head of each), or each country or body
// itself where the article names no leader of it. Nil for any other
// noun.
func (x *extractor) leadersOf(ps *psent, k int) []*entity {
	if ps.tok(k).UPOS != "NOUN" || ps.ent[k] != nil || !in(leaderNouns, ps.lemma(k)) {
		return nil
	}
	of := ps.ofEntity(k)
	if of < 0 {
		return nil
	}
	var out []*entity
	for _, c := range withConj(ps, []int{of}) {
		e := ps.ent[c]
		if e == nil || e.typ != domain.Country && e.typ != domain.Organization {
			continue
		}
		if l := x.leaderOf(e); l != nil {
			e = l
		}
		out = appendEnt(out, e)
	}
	return out
}

// leaderOf returns the person the article names president, prime
// minister or head of e, in that order; nil for none.
func (x *extractor) leaderOf(e *entity) *entity {
	for _, p := range []domain.Predicate{domain.PresidentOf, domain.PrimeMinisterOf, domain.HeadOf} {
		for _, f := range x.facts {
			if f.Predicate == p && f.Object == e.id {
				if l := x.byID[f.Subject]; l != nil && l.typ == domain.Person {
					return l
				}
			}
		}
	}
	return nil
}

// coordinated returns k and the tokens coordinated with it: its conj
// dependents, when an "and" or "or" joins them ("A, B and C"); a conjunct
// no conjunction joins is an aside the parser took for one ("the
// association, whose president, X, backed …").
func (ps *psent) coordinated(k int) []int {
	if k < 0 {
		return []int{k}
	}
	joined := false
	for _, c := range ps.kidsWith(k, "conj") {
		joined = joined || ps.has(c, "cc")
	}
	if !joined {
		return []int{k}
	}
	return withConj(ps, []int{k})
}

// titledPerson returns the person named after a country or body k that
// the parser made the head of "Solomon Islands Prime Minister X": a
// person hung on k after it by nmod, flat or appos. Nil otherwise.
func (ps *psent) titledPerson(k int) *entity {
	e := ps.ent[k]
	if e == nil && ps.tok(k).UPOS == "PROPN" {
		// "Justice X", the title parsed as the head of the name
		for _, c := range ps.kids[k] {
			if c > k && ps.rel(c) == "flat" && ps.isPerson(c) {
				return ps.ent[c]
			}
		}
		return nil
	}
	if e == nil || e.typ != domain.Country && e.typ != domain.Organization {
		return nil
	}
	for _, c := range ps.kids[k] {
		if r := ps.rel(c); c > k && (r == "nmod" || r == "flat" || r == "appos") && ps.caseOf(c) == "" && ps.isPerson(c) &&
			!ps.hasCommaBetween(k, c) {
			return ps.ent[c] // (not "the Union, whose president, X, …")
		}
	}
	return nil
}

// titleHolder returns the person a title or "counterpart" at k names
// after it, in apposition or hung on it ("Kenya's Minister of Trade, X",
// "her Korean counterpart, Trade Minister Y"); nil otherwise.
func (x *extractor) titleHolder(ps *psent, k int) *entity {
	if ps.ent[k] != nil || !isTitleNoun(ps.lemmaOrLower(k)) && ps.lemma(k) != "counterpart" {
		return nil
	}
	for _, c := range ps.kids[k] {
		if r := ps.rel(c); c > k && (r == "appos" || r == "nmod" && ps.caseOf(c) == "") {
			if p := x.personAt(ps, c); p != nil {
				return p
			}
			if p := ps.titledPerson(c); p != nil && r == "appos" {
				return p // "the head of the Tripoli-based government, Prime Minister X, signed …"
			}
		}
	}
	return nil
}

// pronounActor returns who subject pronoun k stands for: for "it" and
// "they" in what a country or body is said to do, the speaker ("Kenya
// said it would sign"); otherwise the person, country or organization the
// coreference model links it to.
func (x *extractor) pronounActor(ps *psent, k int) *entity {
	if ps.tok(k).UPOS != "PRON" {
		return nil
	}
	switch ps.lower(k) {
	case "it", "they":
		if v := ps.head(k); v >= 0 {
			if s := ps.head(v); s >= 0 && ps.rel(v) == "ccomp" && in(speechLemmas, ps.lemma(s)) {
				for _, c := range ps.kids[s] {
					e := ps.ent[c]
					if e == nil && ps.rel(c) == "nsubj" && ps.groupSayer(c) {
						// "Anuchit's Pheu Thai party said it would not
						// support …": "it" is the party, which a name
						// no one recognized names (not the country its
						// words may name), or an organization named
						// before ("the union said it …")
						if g := ps.namedGroup(c); g != nil {
							return g
						}
						if ps.unknownName(c) {
							return nil
						}
						return x.corefAntecedent(ps.idx, k, domain.Organization)
					}
					if e == nil && ps.rel(c) == "nsubj" {
						// "The opposition Conservative Party has said it
						// would vote against …", parsed with "opposition"
						// as the subject and the party beside it: the
						// body the subject names, as for a stance verb
						if sp := x.subjectActors(ps, c, nil); len(sp) == 1 && (sp[0].typ == domain.Country || sp[0].typ == domain.Organization) {
							return sp[0]
						}
					}
					if e == nil || ps.rel(c) != "nsubj" || ps.kind[c] == mDemonym {
						continue
					}
					if e.typ != domain.Country && e.typ != domain.Organization {
						// "Sanseito, the LDP's partner, said it would
						// vote against …" with the party's name read as
						// a person's: "it" is the sayer all the same,
						// not the body named before it
						return nil
					}
					return e
				}
			}
		}
		return x.corefAntecedent(ps.idx, k, domain.Country, domain.Organization)
	case "he", "she":
		if e := x.reportingSpeaker(ps, k); e != nil {
			return e
		}
		if e := x.previousSubject(ps, k); e != nil {
			return e
		}
		return x.corefAntecedent(ps.idx, k, domain.Person)
	}
	return nil
}

// groupSayer reports whether noun k, the subject of a verb of saying, is
// a party or group noun: "the party", "the union", "Anuchit's Pheu Thai
// party" (also as the tagger may read the noun as a name's word).
func (ps *psent) groupSayer(k int) bool {
	l := strings.ToLower(ps.lemma(k))
	return (ps.tok(k).UPOS == "NOUN" || ps.tok(k).UPOS == "PROPN") && (in(groupNouns, l) || in(partyHeads, l))
}

// unknownName reports whether noun k has a capitalized compound that
// no entity covers: a name the recognizer did not know ("the Pheu Thai
// party").
func (ps *psent) unknownName(k int) bool {
	for _, c := range ps.kidsWith(k, "compound") {
		if c < k && ps.tok(c).UPOS == "PROPN" && ps.ent[c] == nil {
			return true
		}
	}
	return false
}

// reportingSpeaker returns the one person who says the clause pronoun
// k is the subject of: "X ordered an audit and said she had proposed
// …" (the speaker of a verb conjoined to another is that verb's
// subject); nil when the sayer is not one person.
func (x *extractor) reportingSpeaker(ps *psent, k int) *entity {
	v := ps.head(k)
	if ps.rel(k) != "nsubj" || v < 0 || ps.rel(v) != "ccomp" {
		return nil
	}
	s := ps.head(v)
	if s < 0 || !in(speechLemmas, ps.lemma(s)) {
		return nil
	}
	if ps.rel(s) == "conj" && !ps.has(s, "nsubj") && s > 0 {
		// "X said he would sign the deal …, and opposition leader Y
		// said she opposed it", parsed with Y off the second "said":
		// the person named right before the verb says it, not X
		if e := ps.ent[s-1]; e != nil && e.typ == domain.Person {
			return e
		}
	}
	if sp := x.stanceActors(ps, s); len(sp) == 1 && sp[0].typ == domain.Person {
		return sp[0]
	}
	return nil
}

// previousSubject returns the person subject of the sentence before
// when pronoun k opens its sentence as the subject of its main verb: "X,
// who heads the party, accused Y of … He proposed …" is X, the topic
// the sentence before kept (where the last person named is Y). Nil
// otherwise.
func (x *extractor) previousSubject(ps *psent, k int) *entity {
	if k != 0 || ps.rel(k) != "nsubj" || ps.rel(ps.head(k)) != "root" || ps.idx == 0 {
		return nil
	}
	prev := x.parsed[ps.idx-1]
	if prev == nil || prev.s.para != ps.s.para {
		return nil
	}
	for v := range prev.kids {
		if prev.rel(v) != "root" {
			continue
		}
		subj := prev.kidsWith(v, "nsubj")
		if prev.tok(v).UPOS == "NOUN" {
			// "Opposition leader X, who …, condemned …" parsed with the
			// title as the root: X is its apposition
			subj = prev.kidsWith(v, "appos")
		}
		for _, c := range subj {
			if e := prev.ent[c]; e != nil && e.typ == domain.Person && prev.kind[c] == mName {
				return e
			}
		}
	}
	return nil
}

// groupNouns describe an organization named by their compound: "the
// Sentinel Accord group", "the Amber coalition".
var groupNouns = set("group", "coalition", "movement", "alliance", "bloc", "faction", "camp", "platform",
	"union", "association", "federation", "company", "firm") // "the CCOO union rejected the merger"

// namedGroup returns the organization a group noun k is named by, or nil.
func (ps *psent) namedGroup(k int) *entity {
	if !in(groupNouns, ps.lemma(k)) || ps.ent[k] != nil {
		return nil
	}
	for _, c := range ps.kids[k] {
		if e := ps.ent[c]; e != nil && c < k && ps.rel(c) == "compound" && ps.kind[c] == mName && e.typ == domain.Organization {
			return e
		}
	}
	return nil
}

// twoCountries returns the countries sentence si names, by name, capital
// or demonym, when there are exactly two ("American troops remain in Iraq
// under an agreement with Baghdad, though the two governments have since
// agreed on …"), or else those of the nearest of the two sentences before
// that names any ("New Delhi accused Pakistan … Both governments said
// …"); nil otherwise.
func (x *extractor) twoCountries(si int) []*entity {
	return x.nearestPair(si, func(_ int, m mention) bool { return m.ent.typ == domain.Country && !m.quoted })
}

// nearestPair returns the entities of the mentions that pick keeps in
// the nearest of sentence si and the two before it that has any, when
// there are exactly two; nil otherwise.
func (x *extractor) nearestPair(si int, pick func(i int, m mention) bool) []*entity {
	for i := si; i >= 0 && i >= si-2; i-- {
		var out []*entity
		for _, m := range x.sents[i].ments {
			if pick(i, m) {
				out = appendEnt(out, m.ent)
			}
		}
		if len(out) == 2 {
			return out
		}
		if len(out) > 0 {
			return nil
		}
	}
	return nil
}

// bothSides reports whether subject k is "both sides", "the two sides",
// "both countries", "the two governments" or the like.
func (ps *psent) bothSides(k int) bool {
	if !in(sideNouns, ps.lemma(k)) {
		return false
	}
	for _, c := range ps.kids[k] {
		if l := ps.lower(c); l == "both" || l == "two" {
			return true
		}
	}
	return false
}

// twoPeople reports whether subject k is "the two", "the two leaders"
// or "the two foreign ministers" (also "both leaders"): the two people
// who met or spoke last.
func (ps *psent) twoPeople(k int) bool {
	if ps.lower(k) == "two" && ps.tok(k).UPOS == "NUM" {
		return ps.kidWith(k, "det", "") >= 0 && ps.lower(ps.kidWith(k, "det", "")) == "the"
	}
	if !in(leaderNouns, ps.lemma(k)) && ps.lemma(k) != "minister" || ps.tok(k).UPOS != "NOUN" {
		return false
	}
	for _, c := range ps.kids[k] {
		if l := ps.lower(c); (l == "both" || l == "two") && c < k {
			return true
		}
	}
	return false
}

// lastPeople returns the two people who took part in the last talks,
// meeting or call the article reported by sentence ps, both named before
// its token k; nil unless there are exactly two.
func (x *extractor) lastPeople(ps *psent, k int) []*entity {
	var events []string // latest last
	for _, f := range x.facts {
		if f.Predicate == domain.Category && f.Sentence <= ps.idx && (class(f.Object) == "talks" || f.Object == "phone_call") {
			events = append(events, f.Subject)
		}
	}
	for i := len(events) - 1; i >= 0; i-- {
		var out []*entity
		for _, f := range x.facts {
			if f.Subject == events[i] && f.Predicate == domain.Participant {
				if e := x.byID[f.Object]; e != nil && e.typ == domain.Person {
					out = appendEnt(out, e)
				}
			}
		}
		if len(out) == 2 && x.namedBefore(ps, k, out[0]) && x.namedBefore(ps, k, out[1]) {
			return out
		}
	}
	return nil
}

// namedBefore reports whether e is named before token k of ps: earlier in
// the sentence or in an earlier one.
func (x *extractor) namedBefore(ps *psent, k int, e *entity) bool {
	for j := range k {
		if ps.ent[j] == e {
			return true
		}
	}
	for i := range ps.idx {
		for _, m := range x.sents[i].ments {
			if m.ent == e {
				return true
			}
		}
	}
	return false
}

// sideNouns name the parties of talks as a pair.
var sideNouns = set("side", "sides", "country", "countries", "government", "governments", "party", "parties", "delegation", "delegations")

// lastParties returns the parties of the last talks, meeting, summit or
// call the article reported by sentence si with two or more countries or
// organizations among its parties: a call between two leaders after it
// ("Kenya and Ethiopia held talks … Ana Soler spoke with Ivo Brandt by
// phone") has no sides of its own.
func (x *extractor) lastParties(si int) []*entity {
	talks := map[string]bool{}
	for _, f := range x.facts {
		if f.Predicate == domain.Category && f.Sentence <= si && (class(f.Object) == "talks" || f.Object == "phone_call") {
			talks[f.Subject] = true
		}
	}
	// the parties by talks, and the last sentence that gives each talks
	// one: talks of people alone (a leaders' call) have no sides
	parties := map[string][]*entity{}
	last, at := "", -1
	for _, f := range x.facts {
		if f.Predicate != domain.Participant || !talks[f.Subject] || f.Sentence > si {
			continue
		}
		if e := x.byID[f.Object]; e != nil && (e.typ == domain.Country || e.typ == domain.Organization) {
			parties[f.Subject] = appendEnt(parties[f.Subject], e)
			if len(parties[f.Subject]) >= 2 && f.Sentence >= at {
				last, at = f.Subject, f.Sentence
			}
		}
	}
	return parties[last]
}

// negatedVerb reports whether verb v is negated or only hoped for: "did
// not accept", "has yet to endorse", "could reject".
func (ps *psent) negatedVerb(v int) bool {
	for _, c := range ps.kids[v] {
		switch ps.lower(c) {
		case "not", "n't", "never", "yet", "could", "might", "may", "would", "should":
			return true
		}
	}
	return ps.tok(v).Deprel == "xcomp" || ps.negativeArgument(v) // "refused to accept", "hopes to sign"
}

// hedgedStance reports whether a stance verb v is negated or only
// possible: "did not accept", "has yet to endorse", "could reject". A
// stance reported as future is taken ("Kenya said it would sign the
// treaty"), one stated as conditional is not ("Kenya would sign if …").
func (ps *psent) hedgedStance(v int) bool {
	for _, c := range ps.kids[v] {
		switch ps.lower(c) {
		case "not", "n't", "never", "yet", "could", "might", "may", "should":
			return true
		case "must":
			// "The regulator must still approve the deal": an
			// obligation, no stance yet (a speaker's own "we must
			// reject this pact" stands)
			if !ps.quoted(v) {
				return true
			}
		case "would", "will", "'ll", "'d":
			if !ps.reportedClause(v) || ps.conditioned(v) {
				return true
			}
		}
	}
	return ps.negativeArgument(v)
}

// reportedClause reports whether verb v heads what a speaker says: the
// clause of a speech verb ("said it would vote against the motion") or
// a sentence the attribution follows ("Her party will submit a motion
// on Friday, she said").
func (ps *psent) reportedClause(v int) bool {
	if ps.rel(v) == "ccomp" && in(speechLemmas, ps.lemma(max(ps.head(v), 0))) {
		return true
	}
	for _, c := range ps.kidsWith(v, "parataxis") {
		if l := ps.leftmost(c); c > v && in(speechLemmas, ps.lemma(c)) && (ps.tok(l).Form == "," || l > 0 && ps.tok(l-1).Form == ",") {
			return true
		}
	}
	return false
}

// votesOf returns the "of" phrase of a "with the votes of" phrase c,
// who voted for what passed ("passed with the votes of X and Y", "with
// the support of X"); -1 otherwise.
func (ps *psent) votesOf(c int) int {
	if ps.rel(c) != "obl" || ps.caseOf(c) != "with" || !in(voteNouns, ps.lemma(c)) {
		return -1
	}
	return ps.kidWith(c, "nmod", "of")
}

// voteNouns give what passed the support of whoever their "of" phrase
// names.
var voteNouns = set("vote", "support", "backing")

// isChamber reports whether name is a legislative chamber's ("the
// Senate", "the Chamber of Deputies", "the National Assembly"), which a
// lawmaker sits in and which is not the lawmaker's party (where "the
// Nepali Congress" is a party).
func isChamber(name string) bool {
	w := strings.Fields(strings.ToLower(name))
	if len(w) == 0 {
		return false
	}
	return in(chamberWords, w[0]) || w[0] == "chamber" || in(chamberEnds, w[len(w)-1])
}

// chamberEnds end a legislative chamber's name: "the U.S. Senate", "the
// European Parliament", "the Legislative Assembly".
var chamberEnds = set("senate", "parliament", "assembly")

// whenClause reports whether adverbial clause c is opened by "when",
// which says when, not whether.
func (ps *psent) whenClause(c int) bool {
	for _, m := range ps.kids[c] {
		if m < c && (ps.rel(m) == "advmod" || ps.rel(m) == "mark") && ps.lower(m) == "when" {
			return true
		}
	}
	return false
}

// conditioned reports whether verb v has an adverbial clause that may
// make it conditional ("would sign if …", "would sign, provided …"); a
// purpose ("would propose a law to give parliament a say"), a time
// ("would vote against the agreement when it reaches the assembly") or
// a participle after a comma ("…, arguing that it leaves too much
// debt") does not.
func (ps *psent) conditioned(v int) bool {
	for _, c := range ps.kidsWith(v, "advcl") {
		if !ps.toInfinitive(c) && !ps.whenClause(c) && !(ps.tok(c).XPOS == "VBG" && ps.afterComma(c) && !ps.has(c, "mark")) {
			return true
		}
	}
	return ps.ifClause(v) // "will submit a motion if the budget passes", the clause misread as a noun
}

// ifClause reports whether verb v has a clause a condition mark opens
// ("if the strikes go on, X will ask …"). Unlike conditioned, a speech
// verb the parser hung on v as an adverbial clause ("X, who …, said the
// government would ask …") is no condition.
func (ps *psent) ifClause(v int) bool {
	for _, c := range ps.kids[v] {
		for _, m := range ps.kidsWith(c, "mark") {
			if in(conditionMarks, ps.lower(m)) {
				return true
			}
		}
	}
	return false
}

// quoted reports whether token v lies inside a direct quote, as the
// token rules marked it.
func (ps *psent) quoted(v int) bool {
	// remembered per token: several rules ask of every token, and
	// oldSpan walks the whole sentence
	if ps.inQuote == nil {
		ps.inQuote = make([]int8, len(ps.d.Tokens))
	}
	if q := ps.inQuote[v]; q != 0 {
		return q > 0
	}
	os, _, ok := oldSpan(ps.s, ps.d, v, v+1)
	q := ok && ps.s.toks[os].quoted
	ps.inQuote[v] = -1
	if q {
		ps.inQuote[v] = 1
	}
	return q
}

// positionAt returns the index of the fact by which the subject already
// takes a position of the same side as p (support: proposed or endorsed;
// opposition: rejected) in sentence si, -1 for none: one actor may back
// one measure and reject another in a sentence, but a measure read twice
// under two names is one position.
func (x *extractor) positionAt(subj string, si int, p domain.Predicate) int {
	for i, f := range x.facts {
		if f.Subject == subj && f.Sentence == si && isPosition(f.Predicate) && (f.Predicate == domain.Rejected) == (p == domain.Rejected) {
			return i
		}
	}
	return -1
}

// namesLess reports whether position fact i is on a measure that name
// names on past its name, by what it is to do: "joint commission" and
// "joint commission to investigate killings" are one measure. Only a
// "to" act extends a name; any other extension names another measure.
// The words before the act may leave out a modifier the shorter name
// has, so long as they end in its head noun: "5-billion-euro plan" and
// "plan to buy out 300 farms" are one plan (lessModified).
func (x *extractor) namesLess(i int, name string) bool {
	for _, n := range x.nodes {
		if n.ID == x.facts[i].Object && n.Type == domain.Agreement {
			rest, ok := strings.CutPrefix(strings.ToLower(name), strings.ToLower(n.Name)+" ")
			return ok && strings.HasPrefix(rest, "to ") || lessModified(n.Name, name) && x.writtenWithAct(n.Name, name) ||
				fullerForm(n.Name, name)
		}
	}
	return false
}

// fullerForm reports whether name is the measure short names, named in
// full by the parse where the token rules named it by its modifiers and
// head alone: its head noun the same as short's (a truce, pause or
// armistice is the ceasefire the token rules call it), followed by a
// complement that says where it holds or what it is on or for
// (placeComplements), and every word of short before it: "three-month
// ceasefire" is the "three-month truce in Fezzan region", "two-year
// moratorium" the "two-year moratorium on new dams on main stream". A
// short name that took a word from the complement ("30-day energy
// moratorium" for the "30-day moratorium on strikes against energy
// facilities", as the samples' gold names it) stays. A name that only adds a modifier ("phased ceasefire"), a
// party ("treaty with Ethiopia"), a count ("exchange of 40 prisoners")
// or the deal it is part of ("exchange under deal") is left to the token
// rules' convention, and so is a name with another head ("ceasefire
// plan", "ceasefire extension").
func fullerForm(short, name string) bool {
	words, full := strings.Fields(strings.ToLower(short)), strings.Fields(strings.ToLower(name))
	head := -1
	for i, w := range full {
		if i > 0 && in(complementWords, w) {
			head = i - 1
			break
		}
	}
	if len(words) == 0 || head < 0 || !in(placeComplements, full[head+1]) {
		return false
	}
	same := func(a, b string) bool {
		return a == b || a+"s" == b || a == b+"s" || in(truceNouns, a) && in(truceNouns, b) ||
			a == "ceasefire" && (b == "pause" || b == "halt") || a == "exchange" && b == "swap"
	}
	if !same(words[len(words)-1], full[head]) {
		return false
	}
	for _, w := range words {
		if !slices.ContainsFunc(full[:head+1], func(f string) bool { return same(w, f) }) {
			return false // "30-day energy moratorium" is the token rules' name of the "30-day moratorium on strikes against energy facilities"
		}
	}
	return true
}

// complementWords open the complements that follow a measure's head noun
// in its name: "truce in Fezzan region", "framework for Development
// Road", "plan to buy out farms", "bill that makes X a crime".
var complementWords = set("to", "in", "for", "on", "of", "with", "between", "over", "under", "from", "that", "into",
	"against", "at", "by", "across", "along", "among", "within")

// placeComplements open the complements fullerForm takes a fuller name
// by: where a measure holds and what it is on or for.
var placeComplements = set("in", "on", "for", "over", "between", "into", "across", "along", "against")

// writtenWithAct reports whether the article writes the shorter name
// short right before the act of name, as one phrase: "presented a
// 5-billion-euro plan to buy out …" (not "backed the water plan and a
// plan to expand the metro").
func (x *extractor) writtenWithAct(short, name string) bool {
	_, act, _ := strings.Cut(strings.ToLower(name), " to ")
	verb, _, _ := strings.Cut(act, " ")
	phrase := strings.ToLower(short) + " to " + verb
	for i := range x.sents {
		if strings.Contains(strings.ToLower(x.sents[i].text), phrase) {
			return true
		}
	}
	return false
}

// lessModified reports whether name, a measure named by what it is to
// do ("plan to buy out 300 farms"), names before its act the measure
// short names with fewer of its modifiers: the same head noun, and no
// word short lacks ("5-billion-euro plan", not "rail plan" for "bus
// plan to …").
func lessModified(short, name string) bool {
	before, _, ok := strings.Cut(strings.ToLower(name), " to ")
	if !ok || strings.Contains(short, " to ") {
		return false
	}
	words := strings.Fields(strings.ToLower(short))
	if len(words) < 2 || lastWord(before) != words[len(words)-1] {
		return false
	}
	for _, w := range strings.Fields(before) {
		if !slices.Contains(words, w) {
			return false
		}
	}
	return true
}

// isPosition reports whether p states a position on a measure.
func isPosition(p domain.Predicate) bool {
	return p == domain.Endorsed || p == domain.Proposed || p == domain.Rejected
}
