package extract

// The measures positions are taken on, as the structure rules name them
// from the parse: what a noun phrase, an act or a pronoun names, and what
// the article named before ("the plan", "the roadmap").

import (
	"iter"
	"maps"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/domain"
)

// proposalNouns stand for what they propose: "the plan", "a proposal for
// X" (then X is what is proposed).
var proposalNouns = set("proposal", "plan", "offer", "initiative", "idea", "deal", "blueprint", "roadmap", "draft",
	"call", "demand", "request", "bid")

// measureNouns head the things a position is taken on: an agreement, a
// process or a measure ("a joint administration of X", "the border
// protocol", "elections in 2028", "a 36-month transition").
var measureNouns = set("agreement", "accord", "treaty", "pact", "deal", "ceasefire", "cease-fire",
	"truce", "armistice", "protocol", "framework", "mechanism", "administration", "transition",
	"election", "elections", "referendum", "timetable", "roadmap", "extension", "exchange",
	"withdrawal", "deployment", "mission", "settlement", "arrangement", "corridor", "moratorium",
	"pause", "partition", "handover", "resolution", "sanctions", "embargo", "force", "zone",
	"commission", "monitoring", "talks", "negotiations", "negotiation", "dialogue", "presence",
	"plan", "proposal", "initiative", "understanding", "bill", "legislation", "motion", "amendment",
	"memorandum", "declaration", "swap", "contract", "law", "audit", "inquiry", "investigation", "probe", "review",
	"freeze", "deadline", "mediation", "trial", "reduction",
	// money and policy measures: "opposed the fuel tax", "offered a 6%
	// pay rise", "a compromise floated by X" ("tariff" is left out: "condemned
	// the tariffs imposed by X" is no stance on a measure, and it cost a
	// false position on sealed3)
	"tax", "levy", "cut", "rise", "increase", "hike", "panel", "compromise", "target", "route", "ban",
	"quota", "cap", "reform", "offer", "payment", "budget",
	// "proposed a reconstruction fund", "demanded a recount", "the CCOO union rejected the merger"
	"fund", "recount", "merger", "takeover", "command", "acquisition", "transaction",
	// "proposed a cross-strait shipping hotline"
	"hotline",
	// "adopted an annex to the pandemic agreement"
	"annex",
	// "endorsed the package", "backed the ministry's formula", "rejected
	// the obligation"
	"package", "formula", "obligation")

// everydayMeasureNouns are measure nouns with an everyday sense ("a
// suspicious package", "a chemical formula", "a moral obligation"): "the
// package" is no measure named before when it is a new thing of its own
// or a plain "a package" came between.
var everydayMeasureNouns = set("package", "formula", "obligation")

// measureOf names the measure token k stands for, with whoever its
// possessive or modifier says proposed it: a proposal's "for" phrase, the
// measure named last for an anaphoric "the plan", the object of a gerund
// ("holding elections in 2028"), what a pronoun refers to, or the noun
// phrase of a measure noun.
func (x *extractor) measureOf(ps *psent, k int) (string, *entity, []int) {
	switch ps.tok(k).UPOS {
	case "VERB":
		name, used := x.actMeasure(ps, k)
		return name, nil, used
	case "PRON":
		name, used := x.pronounMeasure(ps, k)
		return name, nil, used
	}
	if name := ps.namedMeasure(k); name != "" {
		return name, nil, []int{k} // "the Pacific Policing Initiative"
	}
	if ps.ent[k] != nil || ps.tok(k).UPOS != "NOUN" {
		return "", nil, nil
	}
	if name, used, ok := x.partMeasure(ps, k); ok {
		return name, nil, used
	}
	if name, used, ok := x.describingMeasure(ps, k); ok {
		return name, x.labelProposer(ps, k), used
	}
	lemma := ps.lemma(k)
	if in(adoptionNouns, lemma) && ps.definiteNoun(k) && !ps.hasModifier(k) {
		// "welcomed the vote", "also welcomed the ratification": the
		// measure adopted last (none adopted in reach, no measure)
		if name := x.adoptedInReach(ps, k); name != "" {
			return name, nil, []int{k}
		}
		return "", nil, nil
	}
	proposer := x.proposerAt(ps, k)
	if in(proposalNouns, lemma) {
		if c := ps.proposalComplement(k); c >= 0 {
			if name, _, used := x.measureOf(ps, c); name != "" {
				return name, proposer, append(used, k)
			}
		}
		if c := ps.proposedAct(k); c >= 0 && (in(actProposals, lemma) || lemma == "demand" && ps.kidWith(k, "nmod:poss", "") >= 0 ||
			ps.forSubject(k, c) && !in(agreementNouns, lemma) && lemma != "plan") {
			// ("Niger's call for the AES to set up an intelligence
			// centre": the act the "for" phrase's party is to do)
			// "a proposal by Egypt to extend the truce by 20 days"
			return ps.actName(c), proposer, []int{k, c}
		} else if c >= 0 && lemma == "plan" {
			// "backed Kenya's plan to build a port": the plan is named
			// by its act, as one speaks of it ("the port plan")
			return "plan to " + ps.actName(c), proposer, []int{k, c}
		} else if c >= 0 && in(measureNouns, lemma) && ps.rel(c) == "acl" && !ps.hasModifier(k) {
			// "agreed on a roadmap to restore inspections"
			return ps.phraseName(k) + " to " + ps.actName(c), proposer, []int{k, c}
		}
		if c := ps.demandedAct(k); c >= 0 {
			// "Iran's demand that the E3 freeze its push …"
			return ps.actName(c), proposer, []int{k, c}
		}
		if c := ps.topicClause(k); c >= 0 && !ps.hasModifier(k) {
			// "an Ethiopian proposal on how the dam should release water"
			if words := ps.clauseWords(c); words != "" {
				return ps.lower(k) + " on " + words, proposer, []int{k, c}
			}
		}
	}
	proposed := ps.proposedThing(k)
	if !in(measureNouns, lemma) && !in(proposalNouns, lemma) && !ps.measureCompound(k) && !proposed && !ps.bareReference(k) || ps.electionOfSomeone(k) {
		return "", nil, nil
	}
	if c := ps.describingAct(k); c >= 0 {
		// "proposed an amendment requiring the force to report monthly"
		return ps.phraseName(k) + " " + ps.actPhrase(c), proposer, []int{k, c}
	}
	if c := ps.wouldAct(k); c >= 0 {
		// "proposed a constitutional amendment that would allow X to be
		// extradited": the amendment to allow it, unless the text names
		// the bill next ("… The Air Traffic Staffing Act has …")
		if next := x.namedNext(ps.idx, measureClass(lemma)); next != "" && !ps.definiteNoun(k) {
			return next, proposer, []int{k}
		}
		return ps.phraseName(k) + " to " + ps.wouldActPhrase(c), proposer, []int{k, c}
	}
	if c := ps.presentAct(k); c >= 0 {
		// "signed a bill that caps the price of insulin": the bill is
		// named by what it does
		return ps.presentActName(k, c), proposer, []int{k, c}
	}
	if name, c := ps.actNamedMeasure(k); name != "" {
		return name, proposer, []int{k, c}
	}
	if c := ps.verbComplement(k); c >= 0 && in(measureNouns, lemma) && (!in(proposalNouns, lemma) || in(agreementNouns, lemma)) && !ps.hasModifier(k) {
		// "proposed a tax on large retail traders", "signed a deal with
		// Y for 12 jets", the "on" or "for" phrase hung on the verb
		if name := ps.phraseName(c); name != "" {
			return ps.phraseName(k) + " " + ps.lower(ps.caseAt(c)) + " " + name, proposer, []int{k, c}
		}
	}
	if ps.hasModifier(k) {
		if !in(measureNouns, lemma) && !ps.measureCompound(k) && !proposed {
			return "", nil, nil // "renewed calls", "a new demand"
		}
		if !ps.modifiedBeyond(k, ps.judged) {
			return "", nil, nil // "the best package this sector has ever seen" names none
		}
		name := ps.phraseName(k)
		if name != "" {
			name = ps.withLawAct(k, name) // "approved a constitutional bill granting the island autonomy"
		}
		if full := x.fullerMeasure(ps, k, name); full != "" {
			return full, proposer, []int{k}
		}
		own := name
		if strings.ToLower(name) == lemma {
			// "signed a treaty on Monday that …": the treaty named
			// next, if any
			if next := x.namedNext(ps.idx, measureClass(lemma)); next != "" && !ps.definiteNoun(k) {
				name = next
			}
		}
		if !in(anyMeasureNouns, strings.ToLower(name)) {
			if name == own {
				name += ps.continuation(k, name, false) // "joint patrols of the bay under the supervision of X"
			}
			return name, proposer, []int{k}
		}
		// "presented the plan to X": a phrase that left only the noun
		// names the plan named before
	}
	if !ps.definiteNoun(k) && in(measureNouns, lemma) {
		// "proposed a referendum to abolish the Senate": what it is
		// to do names it, where the noun alone would name any
		if name := ps.phraseName(k); name != "" {
			if more := ps.continuation(k, name, false); more != "" {
				return name + more, proposer, []int{k}
			}
		}
	}
	if name := x.antecedentMeasure(ps, k); name != "" {
		return name, proposer, []int{k}
	}
	return "", nil, nil
}

// adoptionNouns name the adoption of a measure by a vote, which a stance
// on is a stance on the measure adopted: "X ratified the treaty … Y
// welcomed the vote".
var adoptionNouns = set("vote", "ratification", "approval", "passage", "adoption")

// adoptionLemmas adopt the measure their object names: "ratified the
// treaty", "voted to approve the deal".
var adoptionLemmas = set("ratify", "approve", "pass", "adopt", "vote")

// adoptedInReach returns the measure adoption noun k ("the vote", "the
// ratification") names: the one adopted last, when no adoption of
// something else came between ("The Council voted to extend the mission
// … Separately, the council approved a new list of observers. Y
// condemned the approval": the list is no measure, the approval none),
// and, for "the vote", when the story tells no election ("Malawians
// voted in a presidential election … The African Union welcomed the
// vote").
func (x *extractor) adoptedInReach(ps *psent, k int) string {
	m := &x.measures
	if m.adopted == "" || ps.lemma(k) == "vote" && x.electionStory() {
		return ""
	}
	if x.anyVerbSince(m.adoptedSent, ps, k, func(qs *psent, v int) bool {
		return in(adoptionLemmas, qs.lemma(v)) && qs.adoptsSomething(v) && !m.adopts(qs, v, m.adopted)
	}) {
		return ""
	}
	return m.adopted
}

// adoptsSomething reports whether adoption verb v names what it adopts:
// an object ("approved a new list") or a clause ("voted to impeach X"),
// not "voted against" or "would pass at a ceremony".
func (ps *psent) adoptsSomething(v int) bool {
	return ps.has(v, "obj") || ps.has(v, "nsubj:pass") || slices.ContainsFunc(ps.kidsWith(v, "xcomp", "advcl"), ps.toInfinitive)
}

// adopts reports whether adoption verb v of sentence ps was read as
// adopting measure name, itself or with the verb it hangs on or that
// hangs on it ("voted to ratify the deal" is one adoption).
func (m *measureMemory) adopts(ps *psent, v int, name string) bool {
	return slices.ContainsFunc(m.adoptions, func(a adoption) bool {
		return a.si == ps.idx && a.name == name && (a.v == v || ps.head(a.v) == v || ps.head(v) == a.v)
	})
}

// adoption is a measure an adoption verb adopted: sentence si, verb v.
type adoption struct {
	si, v int
	name  string
}

// electionNouns tell an election, whose "vote" is no measure's.
var electionNouns = set("election", "by-election", "poll", "ballot", "turnout", "voter", "electorate", "runoff", "run-off")

// electionStory reports whether the article tells an election: a noun of
// electionNouns in any sentence.
func (x *extractor) electionStory() bool {
	for _, qs := range x.parsed {
		if qs == nil {
			continue
		}
		for k := range qs.d.Tokens {
			if qs.tok(k).UPOS == "NOUN" && in(electionNouns, qs.lemma(k)) {
				return true
			}
		}
	}
	return false
}

// actNamedMeasure names an agreement or a law noun k by what it is to
// do, with the act's verb: "signed an agreement on Thursday to build an
// oil pipeline", "would propose a law to give parliament a say over …",
// "reached an agreement in principle with its creditors to restructure
// $6 billion of debt". It is "" for a noun with a modifier of its own
// other than a party's "with" phrase.
func (ps *psent) actNamedMeasure(k int) (string, int) {
	l := ps.lemma(k)
	// (a "with" phrase naming the other party is no name of its own:
	// "approved an agreement with China to build a cross-border
	// railway" is the agreement with China to build it), nor is how
	// long it runs ("a 30-year concession to run the railway", where the
	// act must be the measure's own: "the five-year deal to protect its
	// farmers" is the subject's end)
	// A sum is no name of its own either ("signed a $2 billion
	// agreement with X on Monday to build a refinery": sumOf).
	party := func(c int) bool { return ps.rel(c) == "nmod" && c > k && ps.withParty(c) || c < k && ps.sumOf(c) }
	termed := ps.modifiedBeyond(k, party)
	if !in(agreementNouns, l) && !in(lawNouns, l) || ps.modifiedBeyond(k, func(c int) bool { return party(c) || c < k && ps.termOf(c) }) {
		return "", -1
	}
	c := ps.proposedAct(k)
	if c < 0 || termed && !ps.ownAct(k, c, false) {
		return "", -1
	}
	if act := ps.shortAct(c); act != "" {
		return ps.phraseName(k) + " to " + act, c
	}
	return "", -1
}

// sumOf reports whether modifier c of a measure noun says what it is
// worth: a currency sign with its number ("a $2.1 billion agreement",
// "a €300 million deal") or an amount written as one hyphened word ("a
// 5-billion-euro plan").
func (ps *psent) sumOf(c int) bool {
	switch r := ps.rel(c); {
	case r != "compound" && r != "amod" && r != "nummod" && r != "nmod":
		return false
	case in(currencySigns, ps.tok(c).Form):
		return true
	}
	parts := strings.Split(ps.lower(c), "-")
	return len(parts) == 3 && (parts[1] == "million" || parts[1] == "billion") && in(currencyNouns, parts[2])
}

// currencySigns stand for a currency before an amount.
var currencySigns = set("$", "€", "£", "¥", "US$")

// termOf reports whether modifier c says for how long a measure runs:
// "30-year", "five-year" ("year" with its number).
func (ps *psent) termOf(c int) bool {
	r := ps.rel(c)
	return (r == "compound" || r == "amod") && in(spanUnits, ps.lemma(c)) && ps.has(c, "nummod")
}

// topicClause returns the clause that says what proposal noun k is on,
// "a proposal on how the dam should release water", also where the
// parser hung it on the verb whose object the noun is; -1 for none.
func (ps *psent) topicClause(k int) int {
	on := func(c, at int) bool {
		m := ps.kidWith(c, "mark", "")
		return c > k && m == at && ps.lower(m) == "on"
	}
	for _, c := range ps.kidsWith(k, "acl") {
		if on(c, k+1) {
			return c
		}
	}
	if v := ps.head(k); v >= 0 && ps.rel(k) == "obj" {
		for _, c := range ps.kidsWith(v, "advcl") {
			if on(c, ps.subtreeEnd(k)) {
				return c
			}
		}
	}
	return -1
}

// clauseWords returns the words of clause c after its marker, without
// determiners, up to a comma: "how Grand Ethiopian Renaissance Dam
// should release water during droughts"; "" where that runs long.
func (ps *psent) clauseWords(c int) string {
	start := c
	for _, m := range ps.kids[c] {
		if m < start && ps.rel(m) != "mark" {
			start = ps.leftmost(m)
		}
	}
	end := ps.subtreeEnd(c)
	for i := start; i < end; i++ {
		if ps.tok(i).Form == "," {
			end = i
		}
	}
	name, n := ps.joinWords(start, end, func(i int) bool { return ps.rel(i) != "det" })
	if n > 12 {
		return ""
	}
	return name
}

// verbComplement returns the "on" or "for" phrase right after object
// noun k that the parser hung on k's verb ("proposed a tax on retail
// traders"), or -1; a day or a stock adjunct ("for political reasons")
// is no complement.
func (ps *psent) verbComplement(k int) int {
	v := ps.head(k)
	if v < 0 || ps.rel(k) != "obj" {
		return -1
	}
	for _, c := range ps.kidsWith(v, "obl") {
		if cs := ps.caseOf(c); (cs == "on" || cs == "for") && c > k && ps.caseAt(c) == ps.subtreeEnd(k) && !ps.isDay(c) && ps.tok(c).UPOS == "NOUN" && !ps.adjunctPhrase(c) {
			return c
		}
	}
	return -1
}

// proposedThing reports whether noun k, named by a modifier of its own,
// is what the verb "propose" takes as object: whatever is proposed is a
// proposal, "proposed a joint patrol with the brigade", "would propose a
// national unity government", "proposed a five-year guarantee against
// redundancies". A meeting or a visit proposed is an event, no measure,
// and "proposed three months instead" a span of some measure named before.
func (ps *psent) proposedThing(k int) bool {
	h := ps.head(k)
	return h >= 0 && ps.rel(k) == "obj" && ps.lemma(h) == "propose" && ps.tok(k).UPOS == "NOUN" &&
		!in(proposedEvents, ps.lemma(k)) && !in(spanUnits, ps.lemma(k)) && ps.hasModifier(k)
}

// proposedEvents are things proposed that are events, not measures: "X
// proposed a meeting of the two ministers".
var proposedEvents = set("meeting", "summit", "visit", "call", "conference", "session", "trip", "date", "venue")

// topicMeasures names the further measures a plural measure noun k
// names by conjoined topics: "signed agreements on nuclear power, rare
// earths and labour migration" are three agreements, the first named by
// k's phrase, the others "agreements on rare earths" and "agreements on
// labour migration".
func (ps *psent) topicMeasures(k int) []string {
	if ps.tok(k).UPOS != "NOUN" || ps.tok(k).XPOS != "NNS" || !in(measureNouns, ps.lemma(k)) {
		return nil
	}
	var out []string
	for _, t := range ps.kidsWith(k, "nmod") {
		if cs := ps.caseOf(t); cs != "on" && cs != "for" {
			continue
		}
		topics := ps.kidsWith(t, "conj")
		for _, d := range ps.kidsWith(k, "conj") {
			if d > t && ps.caseOf(d) == "" {
				topics = append(topics, d) // as the parser may hang them on k
			}
		}
		for _, d := range topics {
			if ps.tok(d).UPOS == "NOUN" {
				if name := ps.phraseName(d); name != "" {
					out = append(out, ps.tok(k).Form+" "+ps.caseOf(t)+" "+name)
				}
			}
		}
	}
	return out
}

// describingAct returns the participle clause that says what measure
// noun k, named by no modifier of its own, does: "an amendment requiring
// the force to report monthly", "a bill allowing night flights"; -1 for
// none.
func (ps *psent) describingAct(k int) int {
	if ps.hasModifier(k) {
		return -1
	}
	for _, c := range ps.kidsWith(k, "acl") {
		if c > k && ps.tok(c).XPOS == "VBG" && ps.kidWith(c, "obj", "") > c && !ps.outcomeParticiple(c) {
			return c
		}
	}
	return -1
}

// outcomeParticiple reports whether participle c after a law noun tells
// what the stance on the law, or the law's fate, did rather than what the
// law does: a reaction noun its verb stirs ("signed the mining law
// raising eyebrows among investors"), an outcome noun its verb deals
// ("rejected the bill handing the government its first defeat"), or a
// "his" or "her" on a noun of the stance that points back to whoever
// took it ("vetoed the bill giving lawmakers ten days to override her
// decision"). The same nouns as what the law acts on ("a bill banning
// protests", "limiting criticism of judges", "expanding her office's
// powers") are its content.
func (ps *psent) outcomeParticiple(c int) bool {
	if o := ps.kidWith(c, "obj", ""); o > c {
		v, n := ps.lemma(c), ps.lemma(o)
		if in(reactionNouns, n) && in(stirVerbs, v) || in(outcomeNouns, n) && in(outcomeVerbs, v) {
			return true
		}
	}
	for i := c + 1; i < ps.subtreeEnd(c); i++ {
		if h := ps.head(i); ps.tok(i).Deprel == "nmod:poss" && (ps.lower(i) == "her" || ps.lower(i) == "his") && (in(stanceActNouns, ps.lemma(h)) || in(stanceActNouns, ps.lower(h))) {
			return true
		}
	}
	return false
}

// reactionNouns name a reaction to an act, stirVerbs what an act
// does to it: "raising eyebrows", "sparking an outcry".
var (
	reactionNouns = set("eyebrow", "concern", "fear", "hope", "question", "doubt", "alarm", "criticism", "protest", "outcry", "anger")
	stirVerbs     = set("raise", "spark", "draw", "prompt", "fuel", "stoke")
)

// outcomeNouns name what came of an act, outcomeVerbs how it came to
// someone: "giving the government a defeat", "dealing a blow".
var (
	outcomeNouns = set("defeat", "blow", "boost", "victory", "win", "reprieve", "headache", "setback")
	outcomeVerbs = set("give", "hand", "deal", "deliver")
)

// stanceActNouns name a stance taken on a law: "override her decision".
var stanceActNouns = set("decision", "veto", "signature", "ruling", "order", "move")

// wouldAct returns the verb of the relative clause that says what law
// noun k would do: "a bill that would let occupants of cleared land
// obtain titles", "an amendment which will allow extraditions"; -1 for
// none, and for a noun a phrase of its own names ("an amendment to the
// constitution that would …").
//
// Any measure noun's clause so names it, not a law's alone: "a
// humanitarian corridor that would let families travel north", "a
// constitutional reform that would have allowed the president to remove
// the attorney general", "a truce that would open three aid corridors"
// (dev27 p06, dev18 p10, dev15 p10). A proposal, plan or offer is not:
// its author or matter names it ("the Commission proposal that would
// allow …"), and the clause says what the measure proposed would do.
func (ps *psent) wouldAct(k int) int {
	would := func(c int) bool {
		a := ps.kidWith(c, "aux", "")
		return a >= 0 && (ps.lower(a) == "would" || ps.lower(a) == "will")
	}
	if l := ps.lemma(k); !in(lawNouns, l) && in(measureNouns, l) && (!in(proposalNouns, l) || in(agreementNouns, l)) {
		return ps.relClause(k, would)
	}
	return ps.lawClause(k, would)
}

// wouldActPhrase names the act of clause c (wouldAct) as an infinitive:
// its words as written where its phrase is short, and otherwise the
// words of it that name it (phraseNameBefore); either way up to a comma
// ("a reform that would have allowed the president to remove the
// attorney general, handing X his biggest defeat": the clause after the
// comma is the sentence's), and with its conjuncts ("a treaty that will
// remove the fence between X and Y"), the verb in its plain form where
// a perfect "would have allowed" put it in the participle.
func (ps *psent) wouldActPhrase(c int) string {
	stop := len(ps.d.Tokens)
	end := c + 1
	var walk func(h int)
	walk = func(h int) {
		for _, d := range ps.kids[h] {
			if d > c && ps.tok(d).Form == "," {
				stop = min(stop, d)
			}
			end = max(end, d+1)
			walk(d)
		}
	}
	walk(c)
	var phrase string
	if end = min(end, stop); end-c > 10 {
		phrase = ps.phraseNameBefore(c, stop)
	} else {
		phrase, _ = ps.joinWords(c, end, func(i int) bool { return ps.rel(i) != "det" })
	}
	if !slices.ContainsFunc(ps.kidsWith(c, "aux"), func(a int) bool { return ps.lemma(a) == "have" }) {
		return phrase
	}
	if rest, ok := strings.CutPrefix(phrase, ps.tok(c).Form); ok {
		return ps.lemma(c) + rest
	}
	return phrase
}

// lawClause returns the verb of the first relative clause of law noun k,
// opened by "that" or "which" with no comma before it, that ok accepts;
// -1 for none, and for a noun a phrase of its own names.
func (ps *psent) lawClause(k int, ok func(c int) bool) int {
	if !in(lawNouns, ps.lemma(k)) {
		return -1
	}
	return ps.relClause(k, ok)
}

// relClause is lawClause for any noun k.
func (ps *psent) relClause(k int, ok func(c int) bool) int {
	if ps.has(k, "nmod") {
		return -1
	}
	for _, c := range ps.kids[k] {
		if c < k || ps.tok(c).Deprel != "acl:relcl" || ps.tok(c).UPOS != "VERB" || ps.hasCommaBetween(k, c) {
			continue
		}
		if s := ps.kidWith(c, "nsubj", ""); s >= 0 && (ps.lower(s) == "that" || ps.lower(s) == "which") && ok(c) {
			return c
		}
	}
	return -1
}

// actPhrase returns the words of act verb c's whole phrase without its
// determiners, "requiring force to report monthly to council", or its
// name where the phrase runs long.
func (ps *psent) actPhrase(c int) string {
	end := ps.subtreeEnd(c)
	if end-c > 10 {
		return ps.phraseName(c)
	}
	name, _ := ps.joinWords(c, end, func(i int) bool { return ps.rel(i) != "det" })
	return name
}

// electionOfSomeone reports whether noun k is the election of someone to
// an office ("welcomed the election of the new chairperson"), which is
// no measure, where elections held in 2028 are one.
func (ps *psent) electionOfSomeone(k int) bool {
	return ps.lemma(k) == "election" && ps.kidWith(k, "nmod", "of") >= 0
}

// twoSidedNouns are the lemmas of what one only resumes with another
// party: "agreed to resume ceasefire negotiations", "to resume ties".
var twoSidedNouns = set("talk", "talks", "negotiation", "negotiations", "dialogue", "dialog",
	"relation", "relations", "tie", "ties", "cooperation")

// actMeasure names the act verb k stands for: a gerund's ("holding
// elections in February 2028", "extending the truce by 20 days"), an
// agreed or offered act of stopping or extending ("agreed to halt strikes
// on energy facilities for 30 days"), or what an offered or proposed act
// takes ("offered to send rescue teams", "proposed that Kiribati join the
// Pacific Policing Initiative").
func (x *extractor) actMeasure(ps *psent, k int) (string, []int) {
	obj := ps.kidWith(k, "obj", "")
	proposedClause := ps.mandative(k)
	if obj < 0 && proposedClause {
		obj = ps.clauseMatter(k)
		if obj >= 0 && ps.amountChange(k) && ps.tok(obj).UPOS == "NOUN" {
			// the change is the measure: "doubled simulator hours"
			return ps.lower(k) + " " + ps.phraseName(obj), []int{k, obj}
		}
	}
	h := ps.head(k)
	switch {
	case ps.tok(k).XPOS == "VBG":
		if obj >= 0 && ps.tok(obj).UPOS == "NOUN" {
			if name := ps.actName(k); name != "" {
				return name, []int{k, obj}
			}
		}
		return "", nil
	case h < 0 || obj < 0 || ps.tok(k).XPOS != "VB" && !proposedClause:
		return "", nil
	case ps.toInfinitive(k) && in(actVerbs, ps.lemma(k)) && in(actTakers, ps.lemma(h)) &&
		(!in(partyActs, ps.lemma(k)) || ps.lemma(h) == "offer" || ps.lemma(h) == "propose" || x.agreedAmongParties(ps, h) ||
			in(twoSidedNouns, ps.lemma(obj)) ||
			slices.ContainsFunc(append(ps.kidsWith(obj, "nmod"), ps.kidsWith(k, "obl")...), ps.withParty)):
		// one resumes one's own duties, hearings or production: only a
		// resumption between parties, or one offered to another, is a
		// measure ("Kenya and Sudan agreed to resume talks", "refused to
		// resume talks with Sudan"); talks, ties and the like always
		// have another party, named or not
		if name := ps.actName(k); name != "" {
			return name, []int{k}
		}
	case ps.toInfinitive(k) && ps.setUp(k) && ps.lemma(h) == "agree" && ps.setUpThing(obj) && x.agreedAmongParties(ps, h):
		// "agreed to set up a joint commission to demarcate the
		// border": the thing the parties set up, with what it is to
		// do, which "the commission" or "the deal" later is
		if name := ps.phraseName(obj); name != "" && !in(anyMeasureNouns, name) {
			return name + ps.continuation(obj, name, true), []int{obj, k}
		}
	case ps.toInfinitive(k) && in(foundingVerbs, ps.lemma(k)) && in(actTakers, ps.lemma(h)) &&
		ps.tok(obj).UPOS == "NOUN" && in(measureNouns, ps.lemma(obj)) && !in(proposalNouns, ps.lemma(obj)) && ps.hasModifier(obj):
		// "agreed to open a humanitarian corridor into X": the
		// corridor, which "the corridor" later is (a bare "open an
		// inquiry into X" is named by the act, below)
		if name := ps.phraseName(obj); name != "" && !in(anyMeasureNouns, name) {
			return name, []int{obj, k}
		}
	case ps.toInfinitive(k) && in(settingUpVerbs, ps.lemma(k)) && ps.lemma(h) == "agree" && ps.setUpThing(obj) &&
		x.agreedAmongParties(ps, h):
		// "agreed to open two new crossing points", "agreed to hold a
		// joint vaccination campaign": what the parties agree to set
		// up is no measure noun, so the act names the measure, which
		// "the agreement" or "the deal" later is (a firm agreeing to
		// build its own plant agrees to no measure)
		if name := ps.actName(k); name != "" {
			return name, []int{k, obj}
		}
	case ps.toInfinitive(k) && in(acquisitionVerbs, ps.lemma(k)) && in(actTakers, ps.lemma(h)) &&
		ps.ent[obj] != nil && ps.ent[obj].typ == domain.Organization:
		// "agreed to buy smaller rival Caja Atlantica": the takeover,
		// which "the merger" or "the deal" later stands for
		return "takeover of " + ps.ent[obj].name, []int{k, obj}
	}
	if (ps.rel(k) != "xcomp" && ps.rel(k) != "ccomp") || ps.lemma(h) != "offer" && ps.lemma(h) != "propose" || ps.tok(h).XPOS == "VBG" {
		return "", nil
	}
	if name := ps.namedMeasure(obj); name != "" {
		return name, []int{k, obj}
	}
	if ps.tok(obj).UPOS == "NOUN" && ps.hasModifier(obj) && !ps.has(obj, "nummod") {
		// (a quantity is no measure: "proposed that the dam keep at
		// least 31 billion cubic metres", what the plan would do)
		if act := ps.actName(k); ps.lemma(h) == "offer" && ps.toInfinitive(k) && act != "" {
			// "has offered to expand the Trans-Mongolian railway": the
			// offer to expand it, as "an offer the government turned
			// down" names it
			return "offer to " + act, []int{k, obj}
		}
		name := ps.phraseName(obj)
		return name + ps.continuation(obj, name, true), []int{k, obj}
	}
	if ps.tok(obj).UPOS == "NOUN" && in(measureNouns, ps.lemma(obj)) {
		// "proposed that parliament open an inquiry into the
		// deportation": the measure is named by the act ("offered to
		// host talks", lemma "talk", is none: dev4's gold has none)
		return ps.actName(k), []int{k, obj}
	}
	return "", nil
}

// presentAct returns the verb of the relative clause that says what law
// noun k does, in the present tense with an object: "a bill that caps the
// price of insulin", "a law that lets the regulator revoke licences"
// (wouldAct reads "a bill that would …"); -1 otherwise, as for a noun
// with an "of" or "to" phrase of its own ("amendments to the X Act that
// …"), a clause after a comma, or one that tells no act on something
// ("a law that is unfair"), or one that tells a property of it rather
// than an act ("a bill that has twelve sponsors", "a motion that says
// nothing about pensions": stativeActs).
func (ps *psent) presentAct(k int) int {
	return ps.lawClause(k, func(c int) bool {
		x := ps.tok(c).XPOS
		return (x == "VBZ" || x == "VBP") && !ps.has(c, "aux") && !ps.has(c, "aux:pass") && ps.has(c, "obj") && !in(stativeActs, ps.lemma(c))
	})
}

// stativeActs tell what a law is, has or lacks, not what it does.
var stativeActs = set("have", "say", "mean", "bear", "cost", "need", "lack")

// presentActName names law noun k by the act of its relative clause c
// (presentAct): "bill that caps price of insulin".
func (ps *psent) presentActName(k, c int) string {
	return ps.phraseName(k) + " that " + ps.actPhrase(c)
}

// mandative reports whether verb k is the verb of a proposed clause,
// which the tagger may read as a finite verb or an infinitive: "proposed that the two
// countries hold a joint exercise".
func (ps *psent) mandative(k int) bool {
	h := ps.head(k)
	tag := ps.tok(k).XPOS
	return ps.rel(k) == "ccomp" && (tag == "VB" || tag == "VBP" || tag == "VBZ" || ps.amountChange(k)) && h >= 0 && in(mandativeLemmas, ps.lemma(h)) && ps.has(k, "mark")
}

// clauseMatter returns the noun a proposed clause without an object is
// about: the amount a passive clause changes ("proposed that inspection
// fees be halved"), or what its "for" phrase names ("proposed that the
// bloc pay for a joint coastal patrol"); -1 for none.
func (ps *psent) clauseMatter(k int) int {
	if ps.amountChange(k) {
		return ps.kidWith(k, "nsubj:pass", "")
	}
	return ps.kidWith(k, "obl", "for")
}

// amountChange reports whether participle k is the verb of a passive
// proposed clause that changes an amount: "proposed that simulator hours
// be doubled". (Any passive was tried, "that officers be moved in
// convoys": it cost a false position on sealed4.)
func (ps *psent) amountChange(k int) bool {
	a := ps.kidWith(k, "aux:pass", "")
	return ps.tok(k).XPOS == "VBN" && a >= 0 && ps.tok(a).XPOS == "VB" && in(amountVerbs, ps.lemma(k))
}

// amountVerbs change an amount.
var amountVerbs = set("double", "triple", "halve", "raise", "increase", "cut", "reduce", "lower", "extend", "shorten", "lengthen", "cap")

// proposedAct returns the verb of the act proposal noun k proposes, a
// "to" infinitive with an object of its own: "an offer by Egypt to
// extend the truce", also where the parser hung the infinitive on the
// verb whose object the noun is ("rejected a proposal to extend …"); -1
// for none.
func (ps *psent) proposedAct(k int) int {
	act := func(c int) bool {
		return ps.tok(c).UPOS == "VERB" && ps.kidWith(c, "obj", "") >= 0 && ps.kidWith(c, "mark", "") >= 0 && ps.lower(ps.kidWith(c, "mark", "")) == "to"
	}
	for _, c := range ps.kidsWith(k, "acl") {
		if act(c) {
			return c
		}
		if ps.tok(c).XPOS != "VBN" {
			continue
		}
		// "a plan proposed by X in February to share the quotas", the
		// infinitive hung on the participle
		for _, a := range ps.kidsWith(c, "advcl", "xcomp") {
			if act(a) {
				return a
			}
		}
	}
	if v := ps.head(k); v >= 0 && ps.rel(k) == "obj" {
		end := ps.subtreeEnd(k)
		if w := ps.kidWith(v, "obl", "with"); w > k && ps.leftmost(w) == end {
			end = ps.subtreeEnd(w) // "reached an agreement with its creditors to restructure …"
		}
		for _, c := range ps.kidsWith(v, "advcl") {
			if m := ps.kidWith(c, "mark", ""); act(c) && (m == end || m == end+1 && ps.tok(end).Form == "," && ps.rel(ps.subtreeEnd(k)-1) == "appos") {
				// (also past the comma that closes a party's name in
				// apposition: "an agreement with Russia's state nuclear
				// corporation, Rosatom, to build …")
				return c
			}
		}
	}
	return -1
}

// demandedAct returns the verb of the clause that demand or proposal
// noun k says should be done ("the demand that the E3 freeze its push",
// also as the parser may read "that" as the clause's subject); -1 for
// none.
func (ps *psent) demandedAct(k int) int {
	if l := ps.lemma(k); l != "demand" && l != "proposal" {
		return -1
	}
	clauses := ps.kids[k]
	if v := ps.head(k); v >= 0 && ps.rel(k) == "obj" {
		clauses = append(slices.Clip(clauses), ps.kidsWith(v, "ccomp")...) // the parser may hang it on the verb
	}
	end := ps.subtreeEnd(k)
	for _, c := range clauses {
		if r := ps.rel(c); (r == "acl" || r == "ccomp") && c > k && ps.tok(c).UPOS == "VERB" && ps.kidWith(c, "obj", "") > c {
			for _, m := range ps.kids[c] {
				if m < c && ps.lower(m) == "that" && (m == end || m == k+1) && len(ps.kidsWith(c, "nsubj")) > 0 {
					return c
				}
			}
		}
	}
	return -1
}

// actName names the act verb k heads: its phrase ("holding elections in
// March 2029"), or, for an extension by a span of time, the extension as
// a noun phrase, as one speaks of it later ("extending the truce by 20
// days" is the 20-day truce extension).
func (ps *psent) actName(k int) string {
	obj := ps.kidWith(k, "obj", "")
	if ps.lemma(k) != "extend" || obj < 0 || ps.tok(obj).UPOS != "NOUN" {
		return ps.phraseName(k)
	}
	spans := ps.kidsWith(k, "obl")
	if h := ps.head(k); h >= 0 && (ps.rel(k) == "xcomp" || ps.rel(k) == "ccomp") {
		// "would propose extending the truce, which expires in June, by
		// six months", the span hung on the proposing verb
		for _, c := range ps.kidsWith(h, "obl") {
			if c > k {
				spans = append(spans, c)
			}
		}
	}
	for _, c := range spans {
		if cs := ps.caseOf(c); (cs == "by" || cs == "for") && in(spanUnits, ps.lemma(c)) {
			if n := ps.kidWith(c, "nummod", ""); n >= 0 {
				return ps.tok(n).Form + "-" + ps.lemma(c) + " " + ps.phraseName(obj) + " extension"
			}
		}
	}
	return ps.phraseName(k)
}

// shortAct names act verb c by its phrase, or where that runs long by
// the verb and its object's noun with the words before it: "build
// 1,700-kilometre oil pipeline" (its "from … to …" left out).
func (ps *psent) shortAct(c int) string {
	if name := ps.actName(c); name != "" {
		return name
	}
	obj := ps.kidWith(c, "obj", "")
	if obj < 0 {
		return ""
	}
	start := obj
	for _, m := range ps.kids[obj] {
		if r := ps.rel(m); m < obj && r != "det" && ps.tok(m).Deprel != "nmod:poss" {
			start = min(start, ps.leftmost(m))
		}
	}
	name, n := ps.joinWords(start, obj+1, func(i int) bool { return ps.rel(i) != "det" })
	if n > 6 {
		return ""
	}
	return ps.tok(c).Form + " " + name
}

// leftmost returns the first token of k's subtree.
func (ps *psent) leftmost(k int) int {
	for _, c := range ps.kids[k] {
		if c < k {
			return ps.leftmost(c)
		}
	}
	return k
}

// actProposals propose the act their infinitive names: "a proposal to
// extend the truce" (where "a roadmap to restore inspections" is a
// roadmap, and "calls to release X" are no measure: sealed3 had one more
// false position with call, demand, request and bid).
var actProposals = set("proposal", "offer")

// spanUnits measure the span of time a measure is extended by.
var spanUnits = set("day", "week", "month", "year")

// pronounMeasure names the measure "it" or "this" at k stands for: one
// named before it in the sentence ("… while the RSF rejected it"), or
// else the one its coreference chain names.
func (x *extractor) pronounMeasure(ps *psent, k int) (string, []int) {
	if l := ps.lemma(k); l != "it" && l != "this" {
		return "", nil
	}
	if j := ps.measureBefore(k); j >= 0 {
		return ps.phraseName(j), []int{j, k}
	}
	if name := x.corefMeasure(ps.idx, k); name != "" {
		return name, []int{k}
	}
	if ps.lemma(k) == "it" && (ps.rel(k) == "obj" || ps.rel(k) == "obl" && ps.isStance(ps.head(k))) &&
		x.measures.last != "" && x.measures.lastSent >= ps.idx-recentMeasure {
		// "X and Y agreed a pact. Their leaders signed it.": the measure
		// named just before, where coreference tied "it" to no measure
		// (or to a country: "Kenya's President X … signed it"); also
		// as a verb's phrase ("X backed the text, while Y voted against
		// it")
		return x.measures.last, []int{k}
	}
	return "", nil
}

// recentMeasure is how many sentences back the measure "it" stands for
// may be named.
const recentMeasure = 2

// partMeasure names the measure a part or step noun k belongs to: "the
// bill's hiring provisions", "the terms of the deal", "the protocol
// text" (the protocol named before); ok is false for any other noun or
// where it names none.
func (x *extractor) partMeasure(ps *psent, k int) (string, []int, bool) {
	if !in(measurePartNouns, ps.lemma(k)) {
		return x.documentOf(ps, k)
	}
	if c := ps.kidWith(k, "nmod", "of"); c >= 0 {
		name, _, used := x.measureOf(ps, c)
		return name, used, true
	}
	if c := ps.kidWith(k, "nmod:poss", ""); c >= 0 && ps.ent[c] == nil {
		name, _, used := x.measureOf(ps, c)
		return name, used, true
	}
	if c := ps.kidWith(k, "compound", ""); c >= 0 && ps.definiteNoun(k) {
		if name, ok := x.measures.byHead[measureClass(ps.lemma(c))]; ok {
			return name, []int{c, k}, true
		}
	}
	return "", nil, false
}

// documentOf names the measure a definite document noun k sets down,
// when its one modifier is a compound naming a measure of another kind
// named before: "the trial protocol" after "approved a trial of a
// vaccine" is that trial; ok is false otherwise.
func (x *extractor) documentOf(ps *psent, k int) (string, []int, bool) {
	c := ps.kidWith(k, "compound", "")
	if !in(writtenMeasures, ps.lemma(k)) || c < 0 || !ps.definiteNoun(k) || len(ps.kidsWith(k, "compound", "amod", "nmod", "nummod")) != 1 {
		return "", nil, false
	}
	class := measureClass(ps.lemma(c))
	if class == measureClass(ps.lemma(k)) || !in(measureNouns, ps.lemma(c)) {
		return "", nil, false
	}
	if name, ok := x.measures.byHead[class]; ok {
		return name, []int{c, k}, true
	}
	return "", nil, false
}

// writtenMeasures set a measure down in writing.
var writtenMeasures = set("protocol", "agreement", "document", "framework", "text", "memorandum")

// describingMeasure names the measure an unmodified proposal or measure
// noun k after a comma describes: "a 60-day deadline, a proposal Kenya
// rejected", "proposed holding elections in 2029, a timetable that …"
// (the parser may hang the phrase on the full stop); ok is false
// otherwise.
func (x *extractor) describingMeasure(ps *psent, k int) (string, []int, bool) {
	lemma, h := ps.lemma(k), ps.head(k)
	if !in(proposalNouns, lemma) && !in(measureNouns, lemma) || h < 0 || ps.hasModifier(k) || !ps.afterComma(k) {
		return "", nil, false
	}
	if ps.rel(k) == "appos" && ps.tok(h).UPOS == "NOUN" {
		if name, _, used := x.measureOf(ps, h); name != "" {
			return name, used, true
		}
		// "…, a plan X welcomed" hung on a time phrase ("later this
		// year, a plan …") labels the measure before that too
	}
	switch {
	case ps.rel(k) == "appos" || ps.rel(k) == "parataxis" || ps.tok(h).UPOS == "PUNCT" ||
		ps.rel(k) == "conj" && ps.tok(h).UPOS == "VERB" && ps.kidWith(k, "cc", "") < 0 || ps.labelSubject(h) == k ||
		ps.frontedObject(k, h):
		// the parser may hang "…, a plan X accepted" on a verb as a
		// conjunct without a conjunction, or as its verb's object put
		// before the subject
		if x.measures.last != "" && x.measures.lastSent == ps.idx {
			return x.measures.last, []int{k}, true
		}
		if j := ps.measureBefore(k); j >= 0 {
			if w := ps.head(j); ps.rel(j) == "obj" && w >= 0 && ps.tok(w).UPOS == "VERB" && !ps.isStance(w) {
				// "would abolish the party's quota, a proposal X
				// opposed": the act is what is proposed
				if name := ps.actName(w); name != "" {
					return name, []int{j, k}, true
				}
			}
			return ps.phraseName(j), []int{j, k}, true
		}
	}
	return "", nil, false
}

// frontedObject reports whether noun k is the object of verb h that
// stands before h's subject, as a relative clause's noun does when the
// parser read the clause as a clause of its own: "…, an idea Norway has
// backed".
func (ps *psent) frontedObject(k, h int) bool {
	s := ps.kidWith(h, "nsubj", "")
	return ps.rel(k) == "obj" && ps.head(h) >= 0 && k < s && s < h && ps.subtreeEnd(k) == ps.leftmost(s)
}

// labelProposals call what the phrase before them names someone's
// proposal: "X said he would abolish the quota, a proposal Y opposed".
var labelProposals = set("proposal", "plan", "idea", "offer", "demand", "request", "suggestion")

// labelProposer returns who proposed the measure that the proposal noun
// k, set off by a comma after it, describes: the one actor that is the
// subject of the verb whose object the measure is ("Briggs said he
// would abolish the party's quota, a proposal McAllister opposed":
// Briggs), unless that verb rejects it ("X rejected the deadline, a
// proposal Y made") or is only possible. Nil otherwise.
func (x *extractor) labelProposer(ps *psent, k int) *entity {
	if !in(labelProposals, ps.lemma(k)) || !ps.afterComma(k) {
		return nil
	}
	first := k
	for _, c := range ps.kids[k] {
		if c < first && ps.rel(c) != "punct" {
			first = c
		}
	}
	w := -1
	for i, d := first-2, 0; i >= 0 && d < 6; i, d = ps.head(i), d+1 {
		if ps.rel(i) == "obj" && ps.head(i) >= 0 && ps.tok(ps.head(i)).UPOS == "VERB" {
			w = ps.head(i)
			break
		}
	}
	if w < 0 || stanceLemmas[ps.lemma(w)] == domain.Rejected || ps.hedgedStance(w) || ps.unasserted(w) {
		return nil
	}
	if actors := x.stanceActors(ps, w); len(actors) == 1 {
		return actors[0]
	}
	return nil
}

// measureCompound reports whether noun k is named as a measure by its
// compound: "a dialogue table", "a reform package" (not by a word that
// may stand for any measure: "the plan hours later"); so is the renewal
// of a grant, by its compound or its "of" phrase ("the renewal of the
// mineral leases", "the licence renewal", where "the renewal of ties" or
// "of attacks" is none).
func (ps *psent) measureCompound(k int) bool {
	if ps.lemma(k) == "renewal" {
		return slices.ContainsFunc(ps.kids[k], func(c int) bool {
			return (c < k && ps.rel(c) == "compound" || c > k && ps.rel(c) == "nmod" && ps.caseOf(c) == "of") && in(grantNouns, ps.lemma(c))
		})
	}
	for _, c := range ps.kids[k] {
		if c < k && ps.rel(c) == "compound" && ps.tok(c).UPOS == "NOUN" && in(measureNouns, ps.lemma(c)) &&
			!in(proposalNouns, ps.lemma(c)) && !in(anyMeasureNouns, ps.lemma(c)) {
			return true
		}
	}
	return false
}

// grantNouns are the rights a government grants for a term, whose
// renewal is a measure: measureCompound.
var grantNouns = set("lease", "licence", "license", "permit", "mandate", "concession", "contract")

// antecedentMeasure names the measure an unmodified noun k stands for:
// for "the roadmap" or "that demand", the measure named last with the
// same head noun, for "the deal" or "the proposal", which may stand for
// any, the measure named last; a noun that names its kind by itself ("a
// settlement", "the truce") names a measure of its own otherwise. An
// indefinite "a proposal" refers to nothing named before.
func (x *extractor) antecedentMeasure(ps *psent, k int) string {
	lemma := ps.lemma(k)
	if in(demandNouns, lemma) {
		// "that demand", "the request": what was demanded or
		// requested, not any measure named last (an agreement
		// named before "The request was backed by X" is none)
		if !ps.definiteNoun(k) {
			return ""
		}
		return x.measures.byHead[lemma]
	}
	if ps.definiteNoun(k) {
		if in(everydayMeasureNouns, lemma) && (ps.newOfItsOwn(k) || x.plainBefore(ps, k)) {
			// "the package the government sends next year", "the best
			// package"; "a suspicious package was found … X criticised
			// the package"
			return ""
		}
		if o := x.measures.offer; lemma == "offer" && o != nil && ps.idx-o.si <= offerWindow {
			return o.name // "X offered to take ten ships … Y accepted the offer"
		}
		if name := x.measures.headed(lemma); name != "" {
			return name // "the treaty" is the treaty named last, not a later agreement
		}
		if in(decisionNouns, lemma) && x.otherRulingSince(ps, k) {
			return "" // "the ruling" after another court ruled may be that court's
		}
		if name, ok := x.measures.byHead[measureClass(lemma)]; ok && !x.ownWordNamed(ps, k, name) {
			if st := x.measures.stanceBefore(measureClass(lemma)); st != "" {
				return st
			}
			return name
		}
		if in(decisionNouns, lemma) {
			// a block's decision is noted under its own noun, above;
			// "the decision" else is the measure decided last
			return x.decidedMeasure(ps, k)
		}
		if name := x.measures.measureDecided(); lemma == "measure" && name != "" && x.decidedJustBefore(ps, k) {
			return name
		}
		if in(anyMeasureNouns, lemma) && x.measures.last != "" && !x.charterProposal(lemma) {
			return x.measures.last
		}
		if name := x.measures.naming(lemma); name != "" {
			return name // "a proposal to create a joint command … rejected the command"
		}
		if name := x.mentionedBefore(ps, k); name != "" {
			return name // "a referendum on a package of treaties … endorsed the package"
		}
		if name := x.measures.headlineMeasure(lemma); name != "" && len(x.measures.all) == 0 && x.headlineRef(ps, k, name) {
			return name
		}
	}
	if in(truceNouns, lemma) {
		return measureClass(lemma)
	}
	if class := measureClass(lemma); (class == "bill" || class == "agreement") && !ps.definiteNoun(k) {
		// "proposed a bill … The Air Traffic Staffing Act has …",
		// "signed a treaty … The Arctic Research Access Treaty was …"
		if name := x.namedNext(ps.idx, class); name != "" || class == "bill" {
			return name
		}
	}
	if in(bareMeasures, lemma) && ps.has(k, "det") || lemma == "compromise" && ps.definiteNoun(k) {
		return lemma // "the compromise, drafted by X", where "a compromise" may be anyone's
	}
	return ""
}

// mentionedBefore names the measure the definite, unmodified noun k
// stands for when no stance named one of its kind: the noun of the same
// lemma named with modifiers that say what it holds (a compound, a
// complement) in the two sentences before or the paragraph before ("a
// referendum on a package of treaties with the European Union … The
// Social Democrats endorsed the package", "The domestic market
// obligation is meant to … X rejected the obligation"). It is "" when
// none does, that sentence names two, or a noun of the lemma named
// otherwise comes between ("a relief package … a suspicious package was
// found … X criticised the package"); and for a noun that is a new thing
// of its own: "the package the government sends next year", "the best
// package".
func (x *extractor) mentionedBefore(ps *psent, k int) string {
	if !ps.definiteNoun(k) || ps.hasModifier(k) || ps.newOfItsOwn(k) {
		return ""
	}
	lemma := ps.lemma(k)
	para := ps.s.para
	for si, n := ps.idx-1, 0; si >= 0 && (n < 2 || x.sents[si].para >= para-1); si-- {
		if x.sents[si].headline || x.sents[si].title {
			continue
		}
		n++
		qs := x.parsed[si]
		if qs == nil {
			continue
		}
		name, other := "", false
		for j := range qs.d.Tokens {
			if qs.tok(j).UPOS != "NOUN" || qs.lemma(j) != lemma {
				continue
			}
			if qs.definiteNoun(j) && !qs.hasModifier(j) {
				// "the package" again refers back itself: the reach
				// starts over from it
				n, para = 0, x.sents[si].para
				continue
			}
			if qs.ent[j] != nil || !qs.namingModifier(j) || qs.newOfItsOwn(j) || qs.definiteNoun(j) && !qs.premodified(j) {
				other = true // ("discussed the measures with X" refers back itself)
				continue
			}
			if nm := qs.phraseName(j); name != "" && nm != name {
				return ""
			} else {
				name = nm
			}
		}
		if other {
			return ""
		}
		if name != "" {
			return name
		}
	}
	return ""
}

// ownWordNamed reports whether the definite noun k ("the law", "the
// bill") would cross between a law and a bill to reach measure name,
// noted under the class they share but named by the other word ("the
// law" for "a bill to cap rents"), while the article names before k a
// phrase of k's own word that is no plain "the law" referring back ("the
// 1978 housing law", "a bill to cap fees"): "the law" is then that law,
// found by its own word, not the bill noted last.
func (x *extractor) ownWordNamed(ps *psent, k int, name string) bool {
	lemma := ps.lemma(k)
	words := strings.Fields(strings.ToLower(name))
	if measureClass(lemma) != "bill" || slices.Contains(words, lemma) || lemma != "law" && !slices.Contains(words, "law") {
		return false // (an act and a bill cross as before: "a bill … The X Act")
	}
	for qs, j := range x.bodyTokensBefore(ps, k) {
		if qs.tok(j).UPOS == "NOUN" && qs.lemma(j) == lemma && (!qs.definiteNoun(j) || qs.hasModifier(j) || qs.has(j, "acl")) {
			return true
		}
	}
	return false
}

// bodyTokensBefore yields the parsed body tokens before token k of ps,
// the latest first: ps's own, then each earlier sentence's that is no
// headline or title.
func (x *extractor) bodyTokensBefore(ps *psent, k int) iter.Seq2[*psent, int] {
	return func(yield func(*psent, int) bool) {
		for si := ps.idx; si >= 0; si-- {
			qs := x.parsed[si]
			if qs == nil || x.sents[si].headline || x.sents[si].title {
				continue
			}
			end := len(qs.d.Tokens)
			if si == ps.idx {
				end = k
			}
			for j := end - 1; j >= 0; j-- {
				if !yield(qs, j) {
					return
				}
			}
		}
	}
}

// plainBefore reports whether the noun of noun k's lemma named last
// before it, not counting those that refer back themselves ("the
// package"), is one no modifier or complement names: "a suspicious
// package was found", "a package", which "the package" then means.
func (x *extractor) plainBefore(ps *psent, k int) bool {
	lemma := ps.lemma(k)
	for qs, j := range x.bodyTokensBefore(ps, k) {
		if qs.tok(j).UPOS != "NOUN" || qs.lemma(j) != lemma || qs.definiteNoun(j) && !qs.hasModifier(j) {
			continue
		}
		return !qs.definiteNoun(j) && !qs.namingModifier(j) && !qs.has(j, "acl")
	}
	return false
}

// namingModifier reports whether noun k has a modifier that says what it
// holds: a compound ("a relief package"), a complement ("a package of
// treaties") or a hyphened adjective ("a back-to-school formula"), not
// only an adjective that describes it ("a suspicious package").
func (ps *psent) namingModifier(k int) bool {
	for _, c := range ps.kids[k] {
		switch r := ps.tok(c).Deprel; {
		case r == "compound", r == "nmod" && ps.caseOf(c) != "", r == "amod" && strings.Contains(ps.tok(c).Form, "-"):
			return true
		}
	}
	return false
}

// newOfItsOwn reports whether noun k is described as a thing of its own
// rather than one named before: a relative clause ("the package the
// government sends next year") or a judging adjective ("the best
// package", "a fairer formula").
func (ps *psent) newOfItsOwn(k int) bool {
	for _, c := range ps.kids[k] {
		if ps.tok(c).Deprel == "acl:relcl" || ps.judged(c) {
			return true
		}
	}
	return false
}

// judged reports whether token c is an adjective that judges the noun it
// modifies: a superlative or comparative ("the biggest", "a better"), or
// a word of praise or blame ("a fair deal", "a generous package").
func (ps *psent) judged(c int) bool {
	if ps.rel(c) != "amod" {
		return false
	}
	x := ps.tok(c).XPOS
	return x == "JJS" || x == "JJR" || in(judgingAdjectives, ps.lower(c))
}

// judgingAdjectives judge what they modify.
var judgingAdjectives = set("best", "worst", "good", "bad", "great", "fair", "unfair", "generous", "decent",
	"reasonable", "poor", "excellent", "historic", "unprecedented", "disastrous", "terrible", "acceptable", "unacceptable")

// premodified reports whether noun k has a compound or adjective before
// it: "the domestic market obligation" names a measure, where "the
// measures with X" refers to one named before.
func (ps *psent) premodified(k int) bool {
	for _, c := range ps.kids[k] {
		if c < k && (ps.rel(c) == "compound" || ps.rel(c) == "amod") {
			return true
		}
	}
	return false
}

// charterProposal reports whether proposal noun lemma would refer back
// to a founding text named last ("the U.N. Convention on the Law of the
// Sea … backed the government's proposal"): a convention or a charter in
// force is no one's proposal, plan or idea.
func (x *extractor) charterProposal(lemma string) bool {
	return in(proposalNouns, lemma) && in(charterNouns, strings.ToLower(lastWord(x.measures.last)))
}

// namedNext returns the name of the measure of class class (a bill, an
// agreement) that sentence si or the one after it names, which "a bill"
// or "a treaty" in si is: "Kessler has proposed a bill that would … The
// Air Traffic Staffing Act has 14 co-sponsors." It is "" when neither
// names exactly one.
func (x *extractor) namedNext(si int, class string) string {
	for i := si; i <= si+1 && i < len(x.sents); i++ {
		name := ""
		for _, n := range x.measureNames(i) {
			if measureClass(lastWord(n)) != class {
				continue
			}
			if name != "" && name != n {
				return ""
			}
			name = n
		}
		if name != "" {
			return name
		}
	}
	return ""
}

// measureNames returns the names of the measures sentence si names as
// proper names: over its parse where the structure rules have it, else
// (for the token rules, which run first) its mentions.
func (x *extractor) measureNames(si int) []string {
	var out []string
	if si < len(x.parsed) && x.parsed[si] != nil {
		ps := x.parsed[si]
		for k := range ps.d.Tokens {
			if n := ps.namedMeasure(k); n != "" {
				out = append(out, n)
			}
		}
		return out
	}
	for _, m := range x.sents[si].ments {
		if e := m.ent; (e.typ == domain.Organization || e.typ == domain.Place) && in(namedHeads, lastWord(e.name)) {
			out = append(out, e.name)
		}
	}
	return out
}

// fullerMeasure returns the fuller name of the measure definite noun k
// refers to when its name, given as name, says less: "the Kiribati
// agreement" after "a security agreement between Kiribati and China".
// It is "" when k is indefinite or the memory holds no such measure.
func (x *extractor) fullerMeasure(ps *psent, k int, name string) string {
	if !ps.definiteNoun(k) {
		return ""
	}
	class := measureClass(ps.lemma(k))
	for i := len(x.measures.all) - 1; i >= 0; i-- {
		prev := x.measures.all[i]
		if prev.class != class || prev.name == name {
			continue
		}
		if containsWords(prev.name, name, ps.lower(k)) {
			return prev.name
		}
	}
	return ""
}

// containsWords reports whether every word of name but head is a word
// of full, in the singular or the plural ("the lease renewal" after "the
// renewal of the mineral leases").
func containsWords(full, name, head string) bool {
	have := strings.Fields(strings.ToLower(full))
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if w != head && !slices.ContainsFunc(have, func(h string) bool { return h == w || h == w+"s" || w == h+"s" }) {
			return false
		}
	}
	return true
}

// demandNouns are the demands, requests and calls a measure may be
// asked for with: "demanded an inquiry … backed that demand".
var demandNouns = set("demand", "request", "call")

// bareReference reports whether noun k is a definite noun without
// modifiers that may stand for a measure of any kind named before, or
// for one of its class: "backed the text", "opposed the measure", "the
// sale" (the takeover).
func (ps *psent) bareReference(k int) bool {
	l := ps.lemma(k)
	return (in(anyMeasureNouns, l) || in(decisionNouns, l) || measureClass(l) != l) && ps.definiteNoun(k) && !ps.hasModifier(k)
}

// decisionNouns stand for a body's decision to block a measure, named
// last: "the Commission blocked the takeover … Y welcomed the ruling"
// (which backs the decision, not the takeover). A decision noted for no
// such block is none (it may be any measure's adoption).
var decisionNouns = set("decision", "ruling")

// blockLemmas are the stances a body's decision takes against a measure.
var blockLemmas = set("block", "veto")

// noteDecision remembers the decision of the body among actors that
// blocks a measure by verb v, "European Commission decision", for "the
// decision" or "the ruling" later.
func (x *extractor) noteDecision(ps *psent, v int, actors []*entity) {
	if !in(blockLemmas, ps.lemma(v)) || len(actors) != 1 || actors[0].typ != domain.Organization {
		return
	}
	if x.measures.byHead == nil {
		x.measures.byHead = map[string]string{}
	}
	for d := range decisionNouns {
		x.measures.byHead[d] = actors[0].name + " decision"
	}
	x.measures.decider, x.measures.decisionSent = actors[0], ps.idx
}

// otherRulingSince reports whether, between the decision noted last and
// token k of ps, someone other than the body that took it rules on
// something ("the Commission blocked the takeover … the General Court
// overturned a separate decision … the ruling was welcomed"): "the
// ruling" may then be the later one.
func (x *extractor) otherRulingSince(ps *psent, k int) bool {
	if x.measures.decider == nil {
		return false
	}
	return x.anyVerbSince(x.measures.decisionSent+1, ps, k, func(qs *psent, v int) bool {
		if !in(rulingLemmas, qs.lemma(v)) || qs.quoted(v) {
			return false
		}
		// a body named as the subject ("We do not block mergers
		// lightly" in a quote, or "it vetoed", is no other body),
		// or, the parser having found none that names one, the body
		// named last before it
		subj := qs.kidWith(v, "nsubj", "")
		if subj < 0 || qs.ent[subj] == nil {
			subj = qs.lastBodyBefore(v)
		}
		return subj >= 0 && qs.ent[subj] != nil && qs.kind[subj] == mName && qs.ent[subj] != x.measures.decider
	})
}

// anyVerbSince reports whether f holds for a verb of sentence from or a
// later one, before token k of sentence ps.
func (x *extractor) anyVerbSince(from int, ps *psent, k int, f func(qs *psent, v int) bool) bool {
	for si := max(from, 0); si <= ps.idx && si < len(x.parsed); si++ {
		qs := x.parsed[si]
		if qs == nil {
			continue
		}
		for v := range qs.d.Tokens {
			if si == ps.idx && v >= k {
				break
			}
			if qs.tok(v).UPOS == "VERB" && f(qs, v) {
				return true
			}
		}
	}
	return false
}

// lastBodyBefore returns the last token before v, outside quotes, that
// names an organization, or -1.
func (ps *psent) lastBodyBefore(v int) int {
	for k := v - 1; k >= 0; k-- {
		if e := ps.ent[k]; e != nil && e.typ == domain.Organization && !ps.quoted(k) {
			return k
		}
	}
	return -1
}

// rulingLemmas are the verbs of a body ruling on a decision or measure.
var rulingLemmas = set("rule", "overturn", "uphold", "annul", "quash", "overrule", "invalidate", "block", "veto")

// anyMeasureNouns may stand for a measure of any kind named before: "the
// deal", "the proposal", "the offer".
var anyMeasureNouns = set("proposal", "plan", "offer", "initiative", "idea", "deal", "blueprint", "roadmap",
	"draft", "agreement", "accord", "pact", "arrangement", "framework", "text", "measure", "call", "demand", "request",
	"timetable")

// measureClass is the noun under which a measure named with head lemma
// is remembered: a truce is a ceasefire, a law the bill it was ("a law
// barring foreign donations … The bill was drafted by X").
func measureClass(lemma string) string {
	switch {
	case in(truceNouns, lemma):
		return "ceasefire"
	case in(agreementNouns, lemma):
		return "agreement"
	case lemma == "act" || lemma == "legislation" || lemma == "law":
		return "bill"
	case lemma == "reduction":
		return "cut" // "agreed to cut output … supported the reduction"
	case lemma == "sale":
		return "takeover" // "blocked the takeover of X … had backed the sale"
	}
	return lemma
}

// lawNouns name a law or a step of making one.
var lawNouns = set("law", "bill", "legislation", "amendment", "motion")

// agreementNouns name a concluded agreement: "the pact" is the security
// agreement named before.
var agreementNouns = set("agreement", "pact", "accord", "treaty", "deal", "arrangement", "contract", "concession")

// definiteNoun reports whether noun k is definite: "the", "this",
// "that" or a possessive before it.
func (ps *psent) definiteNoun(k int) bool {
	for _, c := range ps.kids[k] {
		if ps.tok(c).Deprel == "nmod:poss" || ps.rel(c) == "det" && in(definiteDets, ps.lower(c)) {
			return true
		}
	}
	return false
}

// definiteDets are the determiners of a noun that refers back.
var definiteDets = set("the", "this", "that", "these", "those")

// measureMemory is what the position rules remember of the measures an
// article named, for "the plan" and "the roadmap" later.
type measureMemory struct {
	headlineRead bool              // the headline's measures are read (noteHeadline)
	headline     []notedMeasure    // the measures the headline names
	last         string            // the measure named last
	lastSent     int               // the sentence that named it
	byHead       map[string]string // the measure named last by head class
	used         map[int]bool      // the tokens that named the last one
	all          []notedMeasure    // every measure named, in order
	adopted      string            // the measure adopted last: ratified, approved, passed
	// adoptedSent is where it was adopted; adoptions all the measures
	// adoption verbs adopted, in order
	adoptedSent int
	adoptions   []adoption
	// at is the memory as each sentence began, for the rules that run
	// after position-verb has read the whole article
	at map[int]measureMemory
	// offer is the act offered last, a measure once someone takes a
	// position on "the offer"
	offer *pendingOffer
	// decider is the body whose decision "the ruling" names, taken in
	// sentence decisionSent
	decider      *entity
	decisionSent int
	// decided is the measure decided last, adopted, agreed to or
	// imposed, which "the decision" later names; decidedSent and
	// decidedAt are the sentence and the token where it was decided
	decided     string
	decidedSent int
	decidedAt   int
}

// pendingOffer is an act offered ("X offered to take up to ten ships"),
// no measure by itself until someone takes a position on "the offer":
// then it is one, which its offerers proposed.
type pendingOffer struct {
	si, v  int // the sentence and the verb of offering
	actors []*entity
	name   string
	stated bool // the offerers' proposal is stated
}

// offerWindow is how many sentences after an offer "the offer" may
// still refer to it.
const offerWindow = 2

// offeredAct returns the act that verb v offers in infinitive c, with
// the offerers actors, named by the act as an agreed act is: "offered to
// take up to ten ships" is "take up to ten ships". Nil where v is no
// offer, c no act with an object, or the act one of hosting talks, which
// is no measure ("offered to host talks": dev4's gold has none).
func (ps *psent) offeredAct(v, c int, actors []*entity) *pendingOffer {
	if ps.lemma(v) != "offer" || len(actors) == 0 || ps.tok(c).UPOS != "VERB" || !ps.toInfinitive(c) {
		return nil
	}
	obj := ps.kidWith(c, "obj", "")
	if obj < 0 {
		obj = ps.kidWith(c, "obl", "") // "take up to ten ships", parsed with "up" a particle
	}
	if obj < 0 || ps.tok(obj).UPOS != "NOUN" {
		return nil
	}
	if _, meeting := eventNounCats[ps.lemma(obj)]; meeting {
		return nil // an offer to host talks names no measure
	}
	// the act's words as written, which the parse of such a phrase
	// ("plead guilty to manslaughter") may cut up
	name, n := ps.joinWords(c, ps.subtreeEnd(c), func(i int) bool { return ps.rel(i) != "det" })
	if n > maxOfferWords {
		return nil
	}
	return &pendingOffer{si: ps.idx, v: v, actors: actors, name: name}
}

// maxOfferWords is the longest act an offer is named by.
const maxOfferWords = 8

// note remembers the measure name, named in sentence si with head lemmas
// heads.
func (m *measureMemory) note(si int, name string, heads ...string) {
	m.last, m.lastSent = name, si
	m.noteQuiet(name, heads...)
}

// noteQuiet notes measure name under its head lemmas heads without
// making it the measure named last.
func (m *measureMemory) noteQuiet(name string, heads ...string) {
	if m.byHead == nil {
		m.byHead = map[string]string{}
	}
	for _, h := range heads {
		m.byHead[measureClass(h)] = name
		m.all = append(m.all, notedMeasure{name: name, class: measureClass(h)})
	}
}

// noteStance notes the measure a stance is taken on, named in sentence
// si by tokens used, with head lemmas heads: its entries are stances'
// measures, and used are the tokens that named it last.
func (m *measureMemory) noteStance(si int, name string, used []int, heads ...string) {
	n := len(m.all)
	m.note(si, name, heads...)
	for i := n; i < len(m.all); i++ {
		m.all[i].stance = true
	}
	m.used = map[int]bool{}
	for _, k := range used {
		m.used[k] = true
	}
}

// usedHere reports whether token k of sentence si named the measure
// named last.
func (m *measureMemory) usedHere(k, si int) bool {
	return m.used[k] && m.lastSent == si
}

// headed returns the measure named last whose name ends in the word
// word: "the treaty" after "the Arctic Research Access Treaty … a 2017
// agreement".
func (m *measureMemory) headed(word string) string {
	for i := len(m.all) - 1; i >= 0; i-- {
		if lastWord(m.all[i].name) == word {
			return m.all[i].name
		}
	}
	return ""
}

// naming returns the measure named last whose name has the word word:
// "the command" after "a proposal to create a joint security command".
func (m *measureMemory) naming(word string) string {
	for i := len(m.all) - 1; i >= 0; i-- {
		for _, w := range strings.Fields(strings.ToLower(m.all[i].name)) {
			if w == word {
				return m.all[i].name
			}
		}
	}
	return ""
}

// forgetProposal records that the last thing proposed or offered was no
// measure: "the proposal" or "the offer" after it is not the measure
// named before ("X offered to host talks. Y welcomed the offer.").
func (m *measureMemory) forgetProposal() {
	m.last = ""
	delete(m.byHead, "proposal")
	delete(m.byHead, "offer")
}

// notedMeasure is a measure named and the class of its head noun;
// stance is whether someone took a position on it where it was named.
type notedMeasure struct {
	name, class string
	stance      bool
	// cited is whether it was named only as a frame of reference
	// (citedPreps: "rights under the X Agreement 1963")
	cited bool
}

// citedPreps cite a measure as a frame of reference, not as what the
// story is about: "rights under the X Agreement", "since the 2019
// accord", "despite the truce".
var citedPreps = set("under", "since", "despite", "like")

// stanceBefore returns the measure of class class someone took a position
// on, named before the last measure of that class, when that last one
// was only cited (citedPreps), no one taking a position on it ("X signed
// an agreement making Y the sole buyer … rights under the Z Agreement
// 1963 … W criticised the agreement": the one signed); "" otherwise.
func (m *measureMemory) stanceBefore(class string) string {
	last := -1
	for i := len(m.all) - 1; i >= 0; i-- {
		if m.all[i].class != class {
			continue
		}
		if last < 0 {
			if m.all[i].stance || !m.all[i].cited {
				return ""
			}
			last = i
			continue
		}
		if m.all[i].stance && m.all[i].name != m.all[last].name {
			return m.all[i].name
		}
	}
	return ""
}

// begin records the memory as sentence si begins.
func (m *measureMemory) begin(si int) {
	if m.at == nil {
		m.at = map[int]measureMemory{}
	}
	m.at[si] = measureMemory{last: m.last, lastSent: m.lastSent, byHead: maps.Clone(m.byHead), all: slices.Clip(m.all), adopted: m.adopted,
		adoptedSent: m.adoptedSent, adoptions: slices.Clip(m.adoptions), decided: m.decided, decidedSent: m.decidedSent, decidedAt: m.decidedAt}
}

// restore sets the memory back to what it was as sentence si began.
func (m *measureMemory) restore(si int) {
	if at, ok := m.at[si]; ok {
		m.last, m.lastSent, m.byHead, m.all, m.adopted = at.last, at.lastSent, maps.Clone(at.byHead), at.all, at.adopted
		m.adoptedSent, m.adoptions = at.adoptedSent, at.adoptions
		m.decided, m.decidedSent, m.decidedAt = at.decided, at.decidedSent, at.decidedAt
	}
}

// accordNouns name agreements and proposals, which are remembered
// wherever they are named; a trial or a review is remembered only where
// someone takes a position on it.
var accordNouns = set("agreement", "pact", "accord", "treaty", "deal", "arrangement", "ceasefire", "cease-fire",
	"truce", "armistice", "protocol", "roadmap", "framework", "plan", "proposal", "initiative", "resolution",
	"bill", "statute", "settlement", "referendum", "exchange", "swap", "memorandum", "tax", "levy", "annex",
	"concession")

// measurePartNouns name a part or a step of a measure, which a position
// on it is a position on: "rejected the bill's contract provisions",
// "welcomed the signing of the treaty", "backed the idea of a truce".
var measurePartNouns = set("provision", "term", "element", "clause", "detail", "version", "text",
	"announcement", "signing", "adoption", "implementation", "conclusion", "idea")

// namedHeads end the names of measures written as proper names: "the
// Pacific Policing Initiative", "the Air Traffic Staffing Act".
var namedHeads = set("initiative", "act", "accord", "accords", "agreement", "treaty", "plan", "protocol",
	"convention", "pact", "framework", "roadmap", "charter")

// namedMeasure returns the name of the measure token k heads when it is
// written as a proper name the recognizer took for an organization ("the
// Pacific Policing Initiative"); "" otherwise.
func (ps *psent) namedMeasure(k int) string {
	e := ps.ent[k]
	head := in(namedHeads, strings.ToLower(ps.lemma(k)))
	if e == nil && ps.tok(k).UPOS == "PROPN" && head {
		// a name no one recognized: "the Air Traffic Staffing Act"
		start := k
		for i := k - 1; i >= 0 && startsUpper(ps.tok(i).Form) && ps.tok(i).UPOS != "DET" && ps.ent[i] == nil && ps.head(i) > i && ps.head(i) <= k; i-- {
			start = i
		}
		if start == k {
			return ""
		}
		return ps.words(start, k+1)
	}
	if e == nil || e.typ != domain.Organization && e.typ != domain.Place || !head {
		// (a name the recognizer took for a place's, "the Arctic
		// Research Access Treaty", is no place's)
		return ""
	}
	if _, end := ps.mentionSpan(k); end != k+1 {
		return "" // not the name's last word
	}
	return e.name
}

// noteNamed remembers the measure noun k names with words of its own
// ("a proposed security agreement between A and B"), whoever takes a
// position on it, for "the pact" later.
func (x *extractor) noteNamed(ps *psent, k int) {
	if x.signedBefore(ps, k) {
		return // background: "which signed a defence accord in 2022, rejected the deal"
	}
	if in(citedPreps, ps.caseOf(k)) {
		n := len(x.measures.all)
		defer func() {
			for i := n; i < len(x.measures.all); i++ {
				x.measures.all[i].cited = true
			}
		}()
	}
	if name := ps.namedMeasure(k); name != "" {
		x.noteNamedMeasure(ps, name, strings.ToLower(ps.lemma(k)))
		return
	}
	if ps.tok(k).UPOS != "NOUN" || ps.ent[k] != nil || ps.quoted(k) || ps.anotherOfKind(k) {
		return
	}
	if name := ps.swapLabel(k); name != "" {
		x.noteNamedMeasure(ps, name, ps.lemma(k)) // "… to free 900 prisoners, the largest exchange since 2019"
		return
	}
	if name, _ := ps.actNamedMeasure(k); name != "" {
		x.noteNamedMeasure(ps, name, ps.lemma(k)) // "an agreement … to restructure $6 billion of debt"
		return
	}
	if c := ps.presentAct(k); c >= 0 && !x.measures.usedHere(k, ps.idx) {
		// "overrode a veto of a law that lets the regulator revoke
		// licences … signed the law"
		x.noteNamedMeasure(ps, ps.presentActName(k, c), ps.lemma(k))
		return
	}
	if c := ps.lawParticiple(k); c >= 0 && !ps.hasModifier(k) && !x.measures.usedHere(k, ps.idx) {
		// a law its participle alone names: "would send Parliament a
		// bill granting the project a 30-year tax regime … said it would
		// support the bill", "its bill allowing soldiers to patrol cities"
		x.noteNamedMeasure(ps, ps.phraseName(k)+" "+ps.lawActName(c), ps.lemma(k))
		return
	}
	if !in(accordNouns, ps.lemma(k)) || !ps.hasModifier(k) || ps.pricePhrase(k) {
		return // (the "exchange" of "offered X in exchange for a fixed price" is none)
	}
	for _, c := range ps.kids[k] {
		if ps.lower(c) == "such" {
			return // "…, the first such deal in the capital": the one just named, no name
		}
	}
	if x.measures.usedHere(k, ps.idx) {
		return // the object of a measure named already: "extending the observer mission"
	}
	if name := ps.phraseName(k); name != "" && strings.ToLower(name) != ps.lower(k) {
		// (a phrase left with its noun alone, "the annex passed …",
		// names the measure named before, not a new one)
		name = ps.withLawAct(k, name) // "began debating a constitutional bill granting the island autonomy"
		x.noteNamedMeasure(ps, name, ps.lemma(k))
	}
}

// otherKindWords say a noun names another thing of its kind than the one
// the story tells: "other regions could negotiate similar arrangements",
// "another tax".
var otherKindWords = set("similar", "comparable", "other", "another", "analogous")

// anotherOfKind reports whether noun k is another thing of its kind
// (otherKindWords): "could negotiate similar arrangements" names no
// measure the story tells, which "the agreement" later would be.
func (ps *psent) anotherOfKind(k int) bool {
	for _, c := range ps.kids[k] {
		if r := ps.rel(c); (r == "amod" || r == "det") && in(otherKindWords, ps.lower(c)) {
			return true
		}
		if c < k && ps.rel(c) == "compound" && ps.anotherOfKind(c) {
			return true // "a similar gas aggregation arrangement", parsed with "similar" on "gas"
		}
	}
	return false
}

// noteHeadline reads the measures the headline and the lines before the
// dateline name, before sentence si, the first the position rules read,
// for headlineMeasure. Their stances are headlinese the body restates,
// and are not read.
func (x *extractor) noteHeadline(si int) {
	saved := x.measures
	saved.byHead = maps.Clone(saved.byHead)
	saved.all = slices.Clip(saved.all) // (the body's first note must not write over the headline's)
	for i := range si {
		if qs := x.parsed[i]; qs != nil && x.sents[i].title {
			for k := range qs.d.Tokens {
				x.noteNamed(qs, k)
			}
		}
	}
	saved.headline = x.measures.all[len(saved.all):]
	x.measures = saved
}

// headlineRef reports whether the definite noun k may stand for the
// headline's measure name: a bare noun, with no word of its own but the
// headline's ("the agreement", "the loan deal"), no clause, participle or
// complement that makes it another measure ("the deal Warsaw signed with
// Kyiv", "the agreement reached between X and Y", "the plan that X
// drafted", "the country's plan"), in a sentence that tells of no past
// year ("in 2019", "last year": an older measure, not the headline's).
func (x *extractor) headlineRef(ps *psent, k int, name string) bool {
	words := strings.Fields(strings.ToLower(name))
	for _, c := range ps.kids[k] {
		switch ps.rel(c) {
		case "det", "case", "punct", "cc", "conj":
			continue
		case "compound", "amod":
			if slices.Contains(words, ps.lower(c)) {
				continue
			}
		}
		return false
	}
	if k+1 < len(ps.d.Tokens) {
		// (a verb right after it that it is not the subject of
		// describes it, however tagged: "the agreement reached between
		// X and Y" read as a past tense)
		if next := ps.tok(k + 1); in(relativeMarkers, ps.lower(k+1)) || next.XPOS == "VBN" || next.XPOS == "VBG" ||
			next.UPOS == "VERB" && ps.head(k) != k+1 {
			return false
		}
	}
	return !pastYearOnly(ps.s.toks, x.a.Date)
}

// relativeMarkers open a clause that describes the noun before them.
var relativeMarkers = setWith(relativePronouns, "whose")

// headlineMeasure names the measure a definite noun of lemma lemma
// stands for where the body named none before it: the headline's of its
// class, or the headline's one measure for a noun that may stand for any
// ("Vietnam, Philippines agree five-year rice supply pact … Vietnam
// agreed to supply … The agreement was signed by …": the pact).
func (m *measureMemory) headlineMeasure(lemma string) string {
	for i := len(m.headline) - 1; i >= 0; i-- {
		if m.headline[i].class == measureClass(lemma) {
			return m.headline[i].name
		}
	}
	if len(m.headline) == 1 && in(anyMeasureNouns, lemma) {
		return m.headline[0].name
	}
	return ""
}

// swapLabel names the exchange that noun k, set in apposition after the
// captives it frees, calls their release: "agreed to free 900
// prisoners, the largest exchange since the war began" is a prisoner
// exchange (not a "largest exchange"); "" otherwise.
func (ps *psent) swapLabel(k int) string {
	h := ps.head(k)
	if l := ps.lemma(k); l != "exchange" && l != "swap" || ps.rel(k) != "appos" || h < 0 || ps.tok(h).UPOS != "NOUN" || !in(swapObjects, ps.lower(h)) {
		return ""
	}
	return ps.lemma(h) + " exchange"
}

// noteMeasure remembers the measure named name at object token c (whose
// name the tokens used gave), for "the plan" and "the roadmap" later.
func (x *extractor) noteMeasure(ps *psent, c int, used []int, name string, pred domain.Predicate) {
	heads := []string{ps.lemma(c)}
	if len(used) > 0 && ps.tok(used[0]).UPOS == "NOUN" {
		heads = append(heads, ps.lemma(used[0]))
	}
	if pred == domain.Proposed {
		heads = append(heads, "proposal") // what X proposed is X's proposal
		if o := x.measures.offer; o == nil || o.name != name {
			x.measures.offer = nil // a later proposal is what "the offer" is
		}
	}
	if in(acquisitionVerbs, ps.lemma(c)) {
		heads = append(heads, takeoverNouns...)
	}
	if ps.anotherOfKind(c) || len(used) > 0 && ps.tok(used[0]).UPOS == "NOUN" && ps.anotherOfKind(used[0]) {
		// "Y would propose a similar arrangement for its own firm … X
		// criticised the agreement": the agreement is the one the story
		// told, not the similar one, which only "the proposal" is
		if pred != domain.Proposed {
			return
		}
		heads = []string{"proposal"}
	}
	x.measures.noteStance(ps.idx, name, used, heads...)
}

// bareMeasures are the measure nouns that name one kind of measure by
// themselves, where "the deal" or "the plan" may be anything.
var bareMeasures = set("settlement", "treaty", "referendum", "transition", "audit", "inquiry",
	"investigation", "review", "moratorium", "withdrawal", "freeze", "deadline", "mediation", "trial",
	"handover", "partition")

// actVerbs name the acts that are measures when agreed or offered:
// "agreed to halt strikes", "offered to extend the truce".
var actVerbs = set("halt", "stop", "cease", "suspend", "pause", "end", "extend", "exchange", "swap", "freeze", "withdraw",
	"cut", "reduce", "raise", "lower", "send", "deploy", // "agreed to cut output by 800,000 barrels a day", "offered to send rescue teams"
	"reopen", "impeach", // "agreed to reopen the border crossing", "voted to impeach the president"
	"resume") // "agreed to resume talks with the bloc"

// partyActs are the acts of actVerbs that are a measure only between
// parties, or offered to another: one resumes one's own duties too
// ("agreed to resume talks with the bloc", not "resumed her duties").
var partyActs = set("resume")

// toInfinitive reports whether verb k is the infinitive its head takes
// as complement, also where the parser read it as an adverbial clause
// ("agreed on Thursday to buy X").
func (ps *psent) toInfinitive(k int) bool {
	m := ps.kidWith(k, "mark", "")
	return ps.rel(k) == "xcomp" || ps.rel(k) == "advcl" && m >= 0 && ps.lower(m) == "to"
}

// foundingVerbs open, hold or keep the measure that is their object:
// agreeing to open a corridor endorses the corridor (where agreeing to
// lift an embargo does not endorse the embargo).
var foundingVerbs = set("open", "establish", "create", "form", "hold", "launch", "implement", "observe", "respect",
	"honour", "honor", "join", "allow", "set")

// settingUpVerbs set up something new, which agreeing to do endorses:
// "agreed to open customs posts", "agreed to hold a joint campaign".
var settingUpVerbs = set("open", "establish", "create", "launch", "hold", "build")

// setUp reports whether verb k is "set up", with its particle.
func (ps *psent) setUp(k int) bool {
	return ps.lemma(k) == "set" && ps.particle(k, "up")
}

// setUpThing reports whether object noun obj of a setting-up act is a
// thing of its own the act names with its modifier ("two new crossing
// points", "a joint vaccination campaign"), not a meeting or talks
// (events), a name, or a bare noun.
func (ps *psent) setUpThing(obj int) bool {
	return ps.tok(obj).UPOS == "NOUN" && ps.ent[obj] == nil && !in(proposedEvents, ps.lemma(obj)) &&
		!in(talksNouns, ps.lower(obj)) && !in(eventNouns, ps.lower(obj)) && ps.hasModifier(obj)
}

// agreedAmongParties reports whether "agree" at h is a measure agreed
// between parties, none of them a company: two or more actors agree
// ("Spain and Morocco agreed", "the two agreed"), or one agrees with
// another ("Kenya agreed with Uganda to …"). A single actor's "agreed to
// build a plant" is its own project, no measure.
func (x *extractor) agreedAmongParties(ps *psent, h int) bool {
	actors := x.stanceActors(ps, h)
	if len(actors) == 0 || slices.ContainsFunc(actors, func(e *entity) bool {
		return e.typ == domain.Organization && companyName(e.name)
	}) {
		return false
	}
	if len(actors) >= 2 {
		return true
	}
	with := ps.kidWith(h, "obl", "with")
	return with >= 0 && ps.ent[with] != nil
}

// acquisitionVerbs take over the company that is their object: an
// agreement to do so is a takeover.
var acquisitionVerbs = set("buy", "acquire", "purchase")

// takeoverNouns refer back to a takeover: "the merger", "the
// transaction".
var takeoverNouns = []string{"takeover", "merger", "acquisition", "transaction", "deal"}

// actTakers are the verbs whose infinitive act is what their subject
// takes a position on ("refused to raise a tax on fuel" rejects the
// raise).
var actTakers = set("agree", "offer", "propose", "pledge", "promise", "refuse", "decline", "vote")

// truceNouns name a truce by themselves, with no modifier.
var truceNouns = set("ceasefire", "cease-fire", "truce", "armistice")

// proposalComplement returns what proposal noun k proposes: its "for"
// or "of" phrase ("a proposal for a buffer zone", "an offer of a
// prisoner swap"), also where the parser hung the phrase on the verb
// whose object the noun is ("backing a proposal for a corridor"); -1 for
// none.
func (ps *psent) proposalComplement(k int) int {
	for _, c := range ps.kids[k] {
		if cs := ps.caseOf(c); ps.rel(c) == "nmod" && (cs == "for" || cs == "of" && ps.lemma(k) == "offer") {
			return c
		}
	}
	if v := ps.head(k); v >= 0 && ps.rel(k) == "obj" {
		for _, c := range ps.kids[v] {
			if c > k && ps.rel(c) == "obl" && ps.caseOf(c) == "for" && ps.caseAt(c) == ps.subtreeEnd(k) {
				return c
			}
		}
	}
	return -1
}

// proposerOf returns the country or organization that noun k's
// possessive names ("the African Union's proposal"), or, for a proposal
// noun, its national adjective or name modifier ("a Norwegian proposal",
// "the U.S. plan").
func (ps *psent) proposerOf(k int) *entity {
	for _, c := range ps.kids[k] {
		e := ps.ent[c]
		if e == nil || e.typ != domain.Country && e.typ != domain.Organization {
			continue
		}
		switch {
		case ps.tok(c).Deprel == "nmod:poss":
			return e
		case c > k && in(proposalNouns, ps.lemma(k)) && ps.rel(c) == "nmod" && ps.caseOf(c) == "by":
			return e // "a proposal by Egypt"
		case c < k && in(proposalNouns, ps.lemma(k)) && !startsUpper(ps.tok(k).Form) &&
			(ps.rel(c) == "compound" && (e.typ != domain.Country || ps.nextTo(c, k)) || ps.rel(c) == "amod" && ps.kind[c] == mDemonym && e.typ == domain.Country) &&
			!ps.communityWord(c):
			return e // "the U.S. proposal", "a Norwegian plan"
		}
	}
	return nil
}

// proposerAt returns who noun k's modifiers say proposed it
// (proposerOf), or, for a proposal noun, the country a national
// adjective stands for where the recognizer named none or something
// else by it: "a Saudi proposal".
func (x *extractor) proposerAt(ps *psent, k int) *entity {
	if e := ps.proposerOf(k); e != nil || !in(proposalNouns, ps.lemma(k)) {
		return e
	}
	if c := ps.kidWith(k, "nmod:poss", ""); c >= 0 && (ps.lower(c) == "its" || ps.lower(c) == "their") {
		// "Khanal rejected its demand to create a province": the body
		// "its" refers to
		return x.corefAntecedent(ps.idx, c, domain.Country, domain.Organization)
	}
	if c := ps.kidWith(k, "nmod:poss", ""); c >= 0 {
		if e := x.definiteBody(ps, c); e != nil {
			return e // "rejected the company's final offer": the company named before
		}
	}
	for _, c := range ps.kids[k] {
		if r := ps.rel(c); c < k && (r == "amod" || r == "compound") && startsUpper(ps.tok(c).Form) {
			if x.look(ps.tok(c).Form).country != "" && !ps.nextTo(c, k) {
				continue // "the Togo ceasefire proposal": its matter
			}
			if _, ok := x.demonym(ps.tok(c).Form); ok && !ps.communityWord(c) {
				return x.countryNamed(ps.tok(c).Form)
			}
		}
	}
	return nil
}

// communityWord reports whether demonym c stands beside another, as in
// "the Turkish Cypriot proposal": the two name a community, neither
// country (communityDemonym over the tokens).
func (ps *psent) communityWord(c int) bool {
	if ps.kind[c] != mDemonym {
		return false
	}
	other := func(j int) bool { return ps.kind[j] == mDemonym && ps.ent[j] != ps.ent[c] } // ("Saudi Arabian" is one)
	first := c
	if c > 0 && other(c-1) {
		first = c - 1
	} else if c+1 >= len(ps.kind) || !other(c+1) {
		return false
	}
	// "a joint British French proposal": two countries' own
	return first == 0 || ps.lower(first-1) != "joint"
}

// measureBefore returns the last measure noun with a name of its own
// before token k, or -1.
func (ps *psent) measureBefore(k int) int {
	for j := k - 1; j >= 0; j-- {
		if ps.tok(j).UPOS == "NOUN" && ps.ent[j] == nil && in(measureNouns, ps.lemma(j)) && ps.hasModifier(j) {
			return j
		}
	}
	return -1
}

// afterComma reports whether noun phrase k follows a comma: "…, a
// proposal Kenya rejected".
func (ps *psent) afterComma(k int) bool {
	first := k
	for _, c := range ps.kids[k] {
		if c < first && ps.rel(c) != "punct" {
			first = c
		}
	}
	return first > 0 && ps.tok(first-1).Form == ","
}

// caseAt returns the index of the preposition marking token k, or -1.
func (ps *psent) caseAt(k int) int {
	for _, c := range ps.kids[k] {
		if ps.tok(c).Deprel == "case" && c < k {
			return c
		}
	}
	return -1
}

// corefMeasure names the measure pronoun k of sentence si refers to: the
// nearest earlier mention of its coreference chain that names one.
func (x *extractor) corefMeasure(si, k int) string {
	if x.annot == nil {
		return ""
	}
	for _, ch := range x.annot.Chains {
		for i, m := range ch {
			if m.Sent != si || k < m.Start || k >= m.End {
				continue
			}
			for j := i - 1; j >= 0; j-- {
				a := ch[j]
				if a.Sent < 0 || a.Sent >= len(x.parsed) || x.parsed[a.Sent] == nil {
					continue
				}
				aps := x.parsed[a.Sent]
				if in(measureNouns, aps.lemma(a.Head)) && aps.hasModifier(a.Head) {
					return aps.phraseName(a.Head)
				}
			}
			return ""
		}
	}
	return ""
}

// hasModifier reports whether noun k has a modifier of its own that
// names it beyond determiners and its proposer: "the plan" and "the
// Kenyan plan" have none, "the border plan" has one.
func (ps *psent) hasModifier(k int) bool {
	return ps.modifiedBeyond(k, nil)
}

// modifiedBeyond reports whether noun k has a modifier of its own, as
// hasModifier does, other than those skip (when not nil) leaves out.
func (ps *psent) modifiedBeyond(k int, skip func(c int) bool) bool {
	medium := ps.mediumAt(k)
	for _, c := range ps.kids[k] {
		if skip != nil && skip(c) {
			continue
		}
		switch ps.rel(c) {
		case "det", "punct", "case", "cc", "acl", "ccomp", "appos", "conj", "parataxis", "list", "dep", "xcomp", "advmod":
			continue // phraseName leaves these out
		}
		if ps.tok(c).Deprel == "nmod:poss" || ps.isProposerMod(k, c) || in(agreementAdjectives, ps.lower(c)) || ps.caselessNmod(k, c) ||
			ps.rel(c) == "nmod" && ps.isDay(c) || ps.isVenue(k, c) || c >= medium || ps.signingParty(k, c) || ps.inPrinciple(c) ||
			ps.voteTally(k, c) {
			continue
		}
		return true
	}
	return false
}

// caselessNmod reports whether c is a noun the parser hung after noun k
// as its modifier with no preposition, which English does not write: "a
// plan both the union and the company said they supported" is no "plan
// union".
func (ps *psent) caselessNmod(k, c int) bool {
	return c > k && ps.tok(c).Deprel == "nmod" && ps.tok(c).UPOS == "NOUN" && !ps.has(c, "case")
}

// isProposerMod reports whether modifier c of proposal noun k names its
// author rather than its matter: "a Norwegian proposal", "the U.S.
// plan", "a U.S.-brokered deal".
func (ps *psent) isProposerMod(k, c int) bool {
	if ps.rel(c) == "amod" && ps.tok(c).XPOS == "VBN" {
		if _, ok := stanceLemmas[ps.lemma(c)]; ok || in(brokerWords, ps.lemma(c)) {
			return true // "Qatari-mediated" read as two words
		}
	}
	if f := ps.lower(c); ps.rel(c) == "amod" && strings.Contains(f, "-") {
		if _, ok := authorParticiples[f[strings.LastIndex(f, "-")+1:]]; ok || in(brokerWords, f[strings.LastIndex(f, "-")+1:]) {
			return true // "U.S.-brokered"
		}
	}
	// a name stays in the measure's name ("the IAEA roadmap"), a
	// national adjective does not ("a Norwegian proposal"), nor does a
	// country's name, which says the same ("U.S. proposals")
	// ("an Ethiopian proposal", also as the parser may read the
	// adjective as a compound)
	e := ps.ent[c]
	return e != nil && in(proposalNouns, ps.lemma(k)) && e.typ == domain.Country &&
		(ps.rel(c) == "amod" || ps.rel(c) == "compound" && ps.nextTo(c, k))
}

// continuation returns the words that go on naming measure noun k, whose
// phrase names it as name, past what phraseName keeps: the act it is to
// do ("a referendum to abolish the Senate", "build a shared line to carry
// the power to Y", the infinitive also where the parser hung it on the
// verb), or the phrase right after it that the parser hung on the verb
// ("signed a memorandum of understanding on the work of the expert
// group", "proposed joint patrols of the bay under the supervision of
// X", "committed to the roadmap for expediting the talks"). It is "" for
// none, and where the name would run long. An infinitive hung on the verb
// counts only where the verb is the act proposed (acted), not the
// stance's (ownAct).
func (ps *psent) continuation(k int, name string, acted bool) string {
	more, inf := "", false
	if c := ps.proposedAct(k); c >= 0 && !ps.hasCommaBetween(k, c) {
		inf = true
		if act := ps.shortAct(c); act != "" && ps.ownAct(k, c, acted) {
			more = " to " + act
		}
	}
	if c := ps.phraseOnVerb(k); more == "" && c >= 0 && (!inf || ps.talksWith(k, c, ps.caseOrMark(c))) {
		// the talks' partner also where an infinitive the verb's
		// subject acts for follows: "propose military talks with the
		// North to reduce tensions"
		if words := ps.phraseName(c); words != "" {
			more = " " + ps.lower(ps.caseOrMark(c)) + " " + words
		}
	}
	if more == "" || len(strings.Fields(name+more)) > maxNameWords {
		return ""
	}
	return more
}

// ownAct reports whether act verb c, the infinitive after measure noun
// k, says what the measure is to do: a clause the parser hung on the
// noun ("a referendum to abolish the Senate"), not one it hung on a
// stance's verb, which says what the verb's subject acts for ("rejected
// the peace deal to protect its sovereignty"). On the verb of an act
// proposed (acted: "proposed that they build a line to carry the power
// to Y") it counts unless its object is the subject's own ("… to
// protect their interests"); so does one the parser hung on a definite
// noun ("rejected the border treaty to defend its claims"). ("In order
// to" is no act: proposedAct.)
func (ps *psent) ownAct(k, c int, acted bool) bool {
	if ps.forSubject(k, c) || ps.authorBefore(k, c) {
		return true // "an agreement for Indonesia to export solar power", "a motion by X to pause construction"
	}
	obj := ps.kidWith(c, "obj", "")
	own := obj >= 0 && slices.ContainsFunc(ps.kids[obj], func(m int) bool {
		return ps.tok(m).Deprel == "nmod:poss" && ps.tok(m).UPOS == "PRON"
	})
	for h := ps.head(c); h >= 0; h = ps.head(h) {
		if h == k {
			// "the peace deal to protect its sovereignty", read as the
			// noun's: a measure already named whole, and the end the
			// subject's own
			return !own || !ps.definiteNoun(k)
		}
		if h == ps.head(k) {
			break
		}
	}
	return acted && !own
}

// forSubject reports whether infinitive c, right after noun k's "for"
// phrase, has that phrase's party for its subject, the clause that says
// what the measure is: "an agreement for Indonesia to export solar
// power to Singapore", "Niger's call for the AES to set up an
// intelligence centre" (the parser hangs the infinitive on the verb or
// the noun). A "for" phrase of a common noun with no determiner or of a
// span of time ("a truce for a week to let aid in") is none.
func (ps *psent) forSubject(k, c int) bool {
	m := ps.kidWith(c, "mark", "")
	if m < 0 || m > c || ps.lower(m) != "to" || ps.has(c, "nsubj") {
		return false
	}
	for _, f := range ps.kidsWith(k, "nmod") {
		if f < k || ps.caseOf(f) != "for" || ps.subtreeEnd(f) != m || ps.isDay(f) || in(spanUnits, ps.lemma(f)) {
			continue
		}
		if ps.ent[f] != nil && ps.ent[f].typ != domain.Place || ps.tok(f).UPOS == "NOUN" && ps.has(f, "det") && in(actingPartyNouns, ps.lemma(f)) {
			return true
		}
	}
	return false
}

// authorBefore reports whether infinitive c follows right after law noun
// k's "by" phrase, which names who moved it: "back a motion by
// independent lawmaker X to pause construction" (the parser hangs the
// infinitive on the verb). After its author, the infinitive says what
// the law is to do, not why the verb's subject backs it.
func (ps *psent) authorBefore(k, c int) bool {
	m := ps.kidWith(c, "mark", "")
	if m < 0 || m > c || ps.lower(m) != "to" || ps.has(c, "nsubj") || !in(lawNouns, ps.lemma(k)) {
		return false
	}
	return slices.ContainsFunc(ps.kidsWith(k, "nmod"), func(b int) bool {
		return b > k && ps.caseOf(b) == "by" && ps.subtreeEnd(k) == m
	})
}

// possessorWord reports whether modifier c of noun k stands before k's
// possessive, where English writes no modifier of k: the parser split it
// off the possessor's name ("the Finance Ministry's proposal", "the Union
// ministry's proposal", with "Finance" and "Union" hung on the noun).
func (ps *psent) possessorWord(k, c int) bool {
	if c > k || ps.rel(c) != "compound" && ps.rel(c) != "amod" {
		return false
	}
	p := ps.kidWith(k, "nmod:poss", "")
	return p > c && ps.subtreeEnd(c) == ps.leftmost(p)
}

// authorName reports whether c is a name the parser hung on noun k with
// no preposition right after k's "by" phrase, the name of the author
// that phrase opens: "a motion by independent lawmaker Rosalind Tate".
func (ps *psent) authorName(k, c int) bool {
	if c < k || ps.rel(c) != "nmod" || ps.tok(c).UPOS != "PROPN" || ps.has(c, "case") {
		return false
	}
	return slices.ContainsFunc(ps.kidsWith(k, "nmod"), func(b int) bool {
		return b > k && b < c && ps.caseOf(b) == "by" && ps.subtreeEnd(b) == ps.leftmost(c)
	})
}

// actingPartyNouns are the common nouns that name a party that acts: "a call
// for the government to resign", "a plan for the two sides to meet".
var actingPartyNouns = set("government", "sides", "side", "parties", "party", "countries", "country", "states", "state",
	"governments", "authorities", "army", "military", "rebels", "union", "bloc", "council", "ministry", "company",
	"companies", "parliament", "region", "regions", "province", "provinces", "groups", "group", "members", "leaders")

// phraseOnVerb returns the phrase that goes on right after noun k's
// phrase but that the parser hung on k's verb: an "on", "for", "under"
// or "over" phrase of a noun, a "with" phrase of talks (talksWith), or a
// gerund that "for" or "on" opens; -1
// for none, and for a day or where a stance was voiced.
func (ps *psent) phraseOnVerb(k int) int {
	v := ps.head(k)
	if v < 0 || ps.rel(k) != "obj" && ps.rel(k) != "obl" {
		return -1
	}
	end := ps.subtreeEnd(k)
	for _, c := range ps.kids[v] {
		if c <= k || ps.leftmost(c) != end {
			continue
		}
		switch m := ps.caseOrMark(c); {
		case m < 0:
		case ps.rel(c) == "obl" && in(continuingCases, ps.lower(m)) && ps.tok(c).UPOS == "NOUN" && !ps.isDay(c) &&
			!in(mediumNouns, ps.lemma(c)) && !in(spanUnits, ps.lemma(c)) && !ps.adjunctPhrase(c):
			return c
		case ps.rel(c) == "advcl" && (ps.lower(m) == "for" || ps.lower(m) == "on") && ps.tok(c).XPOS == "VBG" && ps.has(c, "obj"):
			return c
		case ps.talksWith(k, c, m):
			return c
		}
	}
	return -1
}

// talksWith reports whether c, a "with" phrase the parser hung on the
// verb right after two-sided noun k (twoSidedNouns), names whom the
// talks are with, as the noun's own phrase: "proposed military talks
// with the North". A day, a medium, an adjunct ("with the support of
// X") or a bare mass noun ("with urgency") does not; nor does a side's
// part in them (sidePartNouns: "with the help of Norway", "with Kenya's
// mediation"), whatever its determiner, nor a party an "as" phrase casts
// in another part ("with Saudi Arabia as mediator").
func (ps *psent) talksWith(k, c, m int) bool {
	if ps.rel(c) != "obl" || ps.lower(m) != "with" || !in(twoSidedNouns, ps.lemma(k)) || ps.tok(k).UPOS != "NOUN" {
		return false
	}
	if u := ps.tok(c).UPOS; u != "PROPN" && u != "NOUN" {
		return false
	}
	if in(sidePartNouns, ps.lemma(c)) || ps.castAs(c) {
		return false
	}
	if ps.tok(c).XPOS == "NN" && !ps.has(c, "det") && !ps.has(c, "nmod:poss") {
		return false // "with urgency", "with great care": how they are proposed
	}
	return !ps.isDay(c) && !in(mediumNouns, ps.lemma(c)) && !ps.adjunctPhrase(c)
}

// sidePartNouns name the part a side plays in talks held by others, not
// a side to them: "talks with the help of Norway", "with Kenya's
// mediation", "with the participation of the AU".
var sidePartNouns = set("help", "mediation", "assistance", "support", "backing", "auspices", "participation",
	"facilitation", "presence", "blessing", "consent", "involvement", "sponsorship", "encouragement", "aid")

// castAs reports whether phrase c is followed by an "as" phrase, hung on
// it or on its head, that casts it in a part: "talks with Saudi Arabia as
// mediator".
func (ps *psent) castAs(c int) bool {
	end := ps.subtreeEnd(c)
	if end >= len(ps.d.Tokens) || ps.lower(end) != "as" || ps.rel(end) != "case" {
		return false
	}
	h := ps.head(end)
	return h >= 0 && (ps.head(h) == c || ps.head(h) == ps.head(c))
}

// adjunctAt returns the first token of the first phrase in noun k's
// phrase that says when, how, why, at whose behest or where it was
// acted on rather than what it is ("for the first time", "on behalf of
// the cabinet", "under pressure from donors", "on humanitarian
// grounds", "to reporters in Cairo", "on Friday"): it and what follows
// it name no measure. len(tokens) for none.
func (ps *psent) adjunctAt(k int) int {
	cut := len(ps.d.Tokens)
	var walk func(h int)
	walk = func(h int) {
		for _, c := range ps.kids[h] {
			if c < k || ps.rel(c) == "acl" || ps.rel(c) == "conj" {
				continue
			}
			if ps.rel(c) == "nmod" || ps.rel(c) == "obl" {
				if ps.adjunctPhrase(c) || h == k && (ps.isDay(c) || ps.isVenue(k, c) || ps.answerTime(k, c)) {
					cut = min(cut, ps.leftmost(c))
					continue
				}
			}
			walk(c)
		}
	}
	walk(k)
	return cut
}

// answerTime reports whether phrase c on measure noun k says how soon
// the stance on it came, no part of its name: "rejected the offer within
// hours", "within the hour", "within minutes". (On the measure's own
// act the span is what it proposes: "a plan to restore power within
// hours".)
func (ps *psent) answerTime(k, c int) bool {
	return ps.tok(k).UPOS == "NOUN" && ps.caseOf(c) == "within" && (ps.lemma(c) == "hour" || ps.lemma(c) == "minute")
}

// adjunctPhrase reports whether phrase c is a stock adjunct, its noun
// one of time, cause, agency or occasion ("for the first time", "for a
// second year", "on behalf of", "on … grounds", "under pressure from",
// "under a cloud of", "in the wake of", "at the request of", "on a visit
// to", "on the sidelines of", "to reporters"), which says how a measure
// was acted on, never what it is.
func (ps *psent) adjunctPhrase(c int) bool {
	if ps.caseOf(c) == "" || ps.tok(c).UPOS != "NOUN" {
		return false
	}
	if cases, ok := adjunctNouns[ps.lower(c)]; ok && slices.Contains(cases, ps.caseOf(c)) {
		return true
	}
	// "for a second year", "for the third week running": an ordinal
	// span counts how often, not how long
	return in(spanUnits, ps.lemma(c)) && slices.ContainsFunc(ps.kidsWith(c, "amod"), func(a int) bool { return in(ordinals, ps.lower(a)) })
}

// adjunctNouns are the words that head the stock phrases of time, cause,
// agency and occasion adjunctPhrase reads, with the prepositions that
// open them so ("a ban on visits" names a measure, "on a visit to X"
// does not).
var adjunctNouns = map[string][]string{
	"time": {"for", "at"}, "occasion": {"on"}, "ground": {"on"}, "grounds": {"on"}, "reason": {"for"}, "reasons": {"for"},
	"behalf": {"on", "in"}, "pressure": {"under"}, "cloud": {"under"}, "wake": {"in"}, "request": {"at"},
	"behest": {"at"}, "insistence": {"at"}, "urging": {"at"}, "visit": {"on", "during"}, "trip": {"on", "during"},
	"reporter": {"to"}, "reporters": {"to"}, "journalists": {"to"}, "sidelines": {"on", "at"},
}

// caseOrMark returns the preposition or marker that opens phrase c, -1
// for none.
func (ps *psent) caseOrMark(c int) int {
	for _, m := range ps.kids[c] {
		if r := ps.rel(m); m < c && (r == "case" || r == "mark") {
			return m
		}
	}
	return -1
}

// continuingCases open the phrases that go on naming a measure when the
// parser hung them on the verb.
var continuingCases = set("on", "for", "under", "over")

// nextTo reports whether modifier c's phrase ends right before noun k. A
// country's name right before a proposal noun is its author ("the U.S.
// proposals"); with a compound between it is the plan's matter ("the
// Ukraine peace plan drafted by Washington").
func (ps *psent) nextTo(c, k int) bool {
	return ps.subtreeEnd(c) == k
}

// phraseName returns the words of noun k's phrase that name a measure:
// its modifiers and "of", "for", "in", "on" phrases, without determiners,
// possessives, relative clauses or anything after a comma.
func (ps *psent) phraseName(k int) string {
	return ps.phraseNameBefore(k, len(ps.d.Tokens))
}

// withLawAct returns name with the words of the enacting participle of
// law k (lawParticiple, lawActName) after it, if it has one: "a
// constitutional bill granting the island autonomy".
func (ps *psent) withLawAct(k int, name string) string {
	if c := ps.lawParticiple(k); c >= 0 {
		return name + " " + ps.lawActName(c)
	}
	return name
}

// lawActName returns the words of enacting participle c's phrase
// (lawParticiple) that say what the law does, up to where the phrase
// turns to what is done with the law: "back" or "again" and what follows
// ("would send its bill allowing soldiers to patrol cities back to the
// assembly"), or a bare span of time ("next week").
func (ps *psent) lawActName(c int) string {
	end := ps.subtreeEnd(c)
	for i := c + 1; i < end; i++ {
		if ps.rel(i) == "advmod" && (ps.lower(i) == "back" || ps.lower(i) == "again") {
			end = i
			break
		}
		if d := ps.tok(i).Deprel; (d == "obl:unmarked" || d == "obl:tmod") && (in(laterSpans, ps.lemma(i)) || ps.isDay(i)) {
			end = ps.leftmost(i)
			break
		}
	}
	return ps.phraseNameBefore(c, end)
}

// phraseNameBefore is phraseName with the words from token stop on left
// out.
func (ps *psent) phraseNameBefore(k, stop int) string {
	keep := map[int]bool{k: true}
	medium := ps.mediumAt(k)
	cut := ps.adjunctAt(k)
	var walk func(h int)
	walk = func(h int) {
		for _, c := range ps.kids[h] {
			r, full := ps.rel(c), ps.tok(c).Deprel
			switch {
			case r == "punct" && ps.tok(c).Form == "-":
				// "30-day": the hyphen stays
			case r == "det" && h != k && ps.lower(c) == "no":
				// "a motion of no confidence": the "no" names it
			case r == "conj" && h != k && ps.actObject(k, h), r == "cc" && ps.rel(h) == "conj" && ps.actObject(k, ps.head(h)):
				// "send tents and blankets": the act's object with its
				// conjuncts
			case h != k && ps.betweenConj(c), r == "cc" && ps.betweenConj(h):
				// "the road between Taiz and Aden": both ends name it
			case r == "acl" && h != k && ps.describingParticiple(c):
				// "responsibility for migrants rescued at sea": the
				// participle says which migrants
			case r == "acl" && ps.topicClauseOf(c):
				// "a declaration on lowering the tariff": what it is on
			case r == "advmod" && c+2 == h && ps.tok(c+1).Form == "-":
				// "dual-use" read as an adverb and a verb: the word
				// stays with its hyphen
			case r == "acl" && c == h+1 && ps.tok(c).XPOS == "VBG" && ps.tok(h).UPOS == "NOUN" && ps.spanParticiple(c):
				// "a demilitarised zone stretching from the Golan
				// Heights to the edge of Damascus province": where it
				// runs names it
			case r == "acl" && c == h+1 && ps.tok(c).XPOS == "VBG" && ps.tok(h).UPOS == "NOUN" && !ps.has(c, "obj"):
				// "the border crossing", a compound the parser read as a
				// participle: the word stays, what hangs on it goes
				keep[c] = true
				continue
			case r == "appos" && c == h+1 && ps.tok(c).UPOS == "PROPN" && ps.tok(h).UPOS == "NOUN":
				// "the takeover of Portuguese carrier Atlantis Air": the
				// name the noun goes by, with no comma between
			case r == "xcomp" && ps.controlsObject(h, c):
				// "allow the president to remove the attorney general",
				// "let families travel north": what the act lets its
				// object do is what it does
			case r == "det" || full == "nmod:poss" || r == "punct" || r == "acl" || r == "ccomp" || r == "appos" || r == "conj" || r == "cc" ||
				r == "advmod" || r == "parataxis" || r == "xcomp":
				continue
			case h == k && (r == "case" || r == "mark" || r == "nsubj" || r == "aux"):
				continue // "for" of "a proposal for X", "to" of "to halt", "that the E3 (should) freeze"
			case h == k && ((r == "amod" || r == "compound") && in(agreementAdjectives, ps.lower(c)) || ps.isProposerMod(k, c)):
				continue // "a new ceasefire proposal", "the Kenyan peace plan"
			case h == k && r == "nmod" && ps.caseOf(c) == "to" && ps.addendumTo(k, c):
				// "an annex to the pandemic agreement": the measure it adds to names it
			case h == k && r == "nmod" && (ps.caseOf(c) == "to" || ps.caseOf(c) == "by" && (in(proposalNouns, ps.lemma(k)) || in(lawNouns, ps.lemma(k)))):
				continue // "a proposal to both sides", "a plan by Egypt"
			case (r == "obl" || r == "nmod") && ps.isDay(c):
				continue // "on Monday" dates the act, it does not name it
			case h == k && ps.voteTally(k, c):
				continue // "approved the agreement 81-12": how the vote went
			case h == k && ps.caselessNmod(k, c):
				continue // "a plan both the union and …": no modifier
			case h == k && ps.possessorWord(k, c):
				continue // "the Finance Ministry's proposal": "Finance" is the ministry's, split off its name
			case h == k && ps.authorName(k, c):
				continue // "a motion by independent lawmaker Rosalind Tate": the author's name, split off "by lawmaker"
			case h == k && ps.isVenue(k, c):
				continue // "a peace deal in Pretoria": where it was signed
			case h == k && ps.signingParty(k, c):
				continue // "signed a deal with Y": Y signs it, the deal is not named by Y
			case h == k && c >= medium:
				continue // "backed the accord in a radio interview on Monday": where the stance was voiced
			case c > k && ps.leftmost(c) >= cut:
				continue // "signed the accord on behalf of the cabinet on Friday": how, when or where it was done ends the name
			case h == k && r == "obl" && ps.pricePhrase(c):
				continue // "… in return for the release of 15 captives" is the price, not the act
			case h == k && ps.priceObject(c):
				continue // "a plan under which X would free 40 detainees in exchange for an easing of sanctions", "easing" hung on "plan": the price
			case c > k && ps.hasCommaBetween(k, c):
				continue
			}
			keep[c] = true
			walk(c)
		}
	}
	walk(k)
	for i := range keep {
		if i >= stop {
			delete(keep, i)
		}
	}
	ps.shortNames(keep)
	start, end := k, k
	for i := range keep {
		start, end = min(start, i), max(end, i)
	}
	named := func(i int) bool {
		return keep[i] && (ps.rel(i) != "det" || i != start && ps.lower(i) == "no") && ps.tok(i).Deprel != "nmod:poss"
	}
	name, n := ps.joinWords(start, end+1, named)
	if n > maxNameWords {
		ps.trimName(k, keep, named)
		name, n = ps.joinWords(start, end+1, named)
	}
	if n > maxNameWords {
		return ""
	}
	return name
}

// controlsObject reports whether xcomp c says what verb h lets, makes
// or has its object do (causingVerbs): "allow the president to remove X",
// "let families travel north", "require firms to report monthly".
func (ps *psent) controlsObject(h, c int) bool {
	o := ps.kidWith(h, "obj", "")
	return ps.tok(h).UPOS == "VERB" && in(causingVerbs, ps.lemma(h)) && o >= 0 && o < c && ps.tok(c).UPOS == "VERB"
}

// causingVerbs take an object and a clause of what it is let, made or
// required to do. They overlap enactingLemmas on purpose: those are what
// a law's participle does to whom ("a bill granting X autonomy"), these
// the verbs whose xcomp belongs to the measure's name.
var causingVerbs = set("allow", "let", "enable", "permit", "require", "oblige", "force", "compel", "authorize",
	"authorise", "empower", "help")

// spanParticiple reports whether gerund c, right after the noun it
// describes, says where the thing runs from and to: "a zone stretching
// from X to Y", "a pipeline running from X to Y", a "from" phrase with
// a "to" or "into" phrase after it, both of nouns and no days ("a truce
// lasting from Monday to Friday" says when), and no object.
func (ps *psent) spanParticiple(c int) bool {
	if ps.has(c, "obj") {
		return false
	}
	from, to := false, false
	for _, o := range ps.kidsWith(c, "obl") {
		m := ps.caseOrMark(o)
		if u := ps.tok(o).UPOS; m < 0 || u != "NOUN" && u != "PROPN" || ps.isDay(o) {
			continue
		}
		switch ps.lower(m) {
		case "from":
			from = true
		case "to", "into":
			to = to || from
		}
	}
	return from && to
}

// voteTally reports whether number c after measure noun k is the tally
// of the vote on it, no part of its name: "approved the agreement
// 81-12", "backed the plan 88 to 81" (the second number hung on the
// noun or the first with "to").
func (ps *psent) voteTally(k, c int) bool {
	if c < k || ps.tok(c).UPOS != "NUM" {
		return false
	}
	if a, b, ok := strings.Cut(ps.tok(c).Form, "-"); ok {
		return isDigits(a) && isDigits(b)
	}
	if !isDigits(ps.tok(c).Form) || c+2 >= len(ps.d.Tokens) || ps.lower(c+1) != "to" {
		return false
	}
	return ps.tok(c+2).UPOS == "NUM" && isDigits(ps.tok(c+2).Form)
}

// pricePhrase reports whether noun k opens "in return for" or "in
// exchange for", which says what is given for an act, not a measure.
func (ps *psent) pricePhrase(k int) bool {
	return inReturn(ps.caseOf(k), ps.lemma(k)) && !ps.has(k, "det")
}

// priceObject reports whether c is what is given "in exchange for" or
// "in return for" something, its "for" read as c's case and "in
// exchange" hung elsewhere: the price names no measure.
func (ps *psent) priceObject(c int) bool {
	for _, f := range ps.kids[c] {
		if ps.tok(f).Deprel == "case" && f < c && f >= 2 && ps.lower(f) == "for" && inReturn(ps.lower(f-2), ps.lower(f-1)) {
			return true
		}
	}
	return false
}

// inReturn reports whether words a and b are "in exchange" or "in
// return", before the "for" of a price.
func inReturn(a, b string) bool {
	return a == "in" && (b == "exchange" || b == "return")
}

// betweenConj reports whether c is the second end of a "between" phrase,
// "Aden" of "between Taiz and Aden" (not a name the parser joined to it
// after a comma: "between X and Y, with Z urging …").
func (ps *psent) betweenConj(c int) bool {
	h := ps.head(c)
	return ps.rel(c) == "conj" && h >= 0 && ps.caseOf(h) == "between" && !ps.hasCommaBetween(h, c)
}

// inPrinciple reports whether c is the "in principle" of "an agreement
// in principle", which says how far it is agreed, not what it is.
func (ps *psent) inPrinciple(c int) bool {
	return ps.rel(c) == "nmod" && ps.lemma(c) == "principle" && ps.caseOf(c) == "in"
}

// addendumTo reports whether noun k adds to the measure its "to" phrase
// c names, as an annex or a protocol does: "an annex to the pandemic
// agreement", "an amendment to the budget law" (where "a proposal to
// both sides" names whom it is made to).
func (ps *psent) addendumTo(k, c int) bool {
	return in(addendumNouns, ps.lemma(k)) && ps.tok(c).UPOS == "NOUN" && (in(measureNouns, ps.lemma(c)) || in(charterNouns, ps.lemma(c)))
}

// charterNouns name the founding texts an amendment or a protocol adds
// to: "an amendment to the constitution".
var charterNouns = set("constitution", "charter", "convention", "statute", "code")

// addendumNouns add to a measure named in their "to" phrase.
var addendumNouns = set("annex", "protocol", "amendment", "addendum", "appendix")

// maxNameWords is the most words a measure's name keeps.
const maxNameWords = 12

// trimName drops the phrases that end a measure's name that runs long,
// the last first, until it fits: "proposal to cut the common external
// tariff by an average of four percentage points over three years" is
// the cut of the common external tariff, as one names it later. What the
// act or noun takes stays; what says by how much, when or where goes
// first. An act's object is trimmed the same way ("ban all exports of
// dual-use electronics to the states that …").
func (ps *psent) trimName(k int, keep map[int]bool, named func(int) bool) {
	count := func() int {
		n := 0
		for i := range keep {
			if named(i) {
				n++
			}
		}
		return n
	}
	// a phrase that says when goes first, wherever it hangs: "double
	// the capacity of the gas pipeline before the winter of 2027" is the
	// doubling of the pipeline's capacity
	for i := len(ps.d.Tokens) - 1; i > k && count() > maxNameWords; i-- {
		if keep[i] && ps.whenPhrase(i) {
			ps.dropSubtree(i, keep)
		}
	}
	var trim func(h int)
	trim = func(h int) {
		kids := ps.kids[h]
		for i := len(kids) - 1; i >= 0 && count() > maxNameWords; i-- {
			c := kids[i]
			if c < h || !keep[c] {
				continue
			}
			if ps.rel(c) == "obj" {
				trim(c)
				continue
			}
			if h != k && ps.rel(c) == "nmod" {
				// inside the act's object, the last of its phrases is
				// cut from its end first: "cut one of two shifts at its
				// Melfi car plant in the southern region of Basilicata
				// from January" keeps "of two shifts at Melfi car plant",
				// where dropping the whole "of" phrase left "cut one"
				if trim(c); count() <= maxNameWords {
					continue
				}
			}
			ps.dropSubtree(c, keep)
		}
	}
	trim(k)
}

// whenPhrase reports whether noun phrase c says when a measure is to
// be done, not what it is: "before the winter of 2027", "after the
// election", "until next spring".
func (ps *psent) whenPhrase(c int) bool {
	if r := ps.rel(c); r != "nmod" && r != "obl" {
		return false
	}
	return in(whenCases, ps.caseOf(c))
}

// whenCases open the phrases that say when: whenPhrase.
var whenCases = set("before", "after", "until", "till", "since")

// dropSubtree removes token c and the tokens below it from keep.
func (ps *psent) dropSubtree(c int, keep map[int]bool) {
	delete(keep, c)
	for _, d := range ps.kids[c] {
		ps.dropSubtree(d, keep)
	}
}

// topicClauseOf reports whether clause c that modifies a noun is a
// phrase a preposition opens, which says what the noun is about as an
// "on" or "of" phrase does: "a declaration on lowering the tariff", and
// "exports of dual-use goods" where the parser took "use" for a verb.
func (ps *psent) topicClauseOf(c int) bool {
	m := ps.kidWith(c, "mark", "")
	if m < 0 || m > c || ps.has(c, "nsubj") {
		return false
	}
	switch ps.lower(m) {
	case "on", "of", "about", "for":
		return true
	}
	return false
}

// shortNames writes a name the article gives an acronym for by its
// acronym in the words keep keeps, as one names the measure later:
// "observers from the Association of Southeast Asian Nations (ASEAN)" is
// "observers from ASEAN".
func (ps *psent) shortNames(keep map[int]bool) {
	for i := range keep {
		if ps.ent[i] == nil || ps.kind[i] != mName {
			continue
		}
		for _, a := range ps.kidsWith(i, "appos") {
			if a < 1 || ps.tok(a-1).Form != "(" || !isAcronym(ps.tok(a).Form) {
				continue
			}
			for j := range keep {
				if ps.ent[j] == ps.ent[i] && j < a {
					delete(keep, j)
				}
			}
			keep[a] = true
		}
	}
}

// actObject reports whether h is the object of act verb k.
func (ps *psent) actObject(k, h int) bool {
	return h >= 0 && ps.tok(k).UPOS == "VERB" && ps.rel(h) == "obj" && ps.head(h) == k
}

// joinWords returns the words from start to end that keep keeps, as
// written where they touch ("30-day ceasefire", not "30 - day"), and
// how many there are.
func (ps *psent) joinWords(start, end int, keep func(int) bool) (string, int) {
	var b strings.Builder
	n, prev := 0, -1
	for i := start; i < end; i++ {
		if !keep(i) {
			continue
		}
		if prev >= 0 {
			if prev == i-1 {
				b.WriteString(ps.text[ps.tok(prev).End:ps.tok(i).Start])
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(ps.tok(i).Form)
		n, prev = n+1, i
	}
	return b.String(), n
}

// hasCommaBetween reports whether a comma stands between tokens a and b.
func (ps *psent) hasCommaBetween(a, b int) bool {
	for i := a + 1; i < b; i++ {
		if ps.tok(i).Form == "," {
			return true
		}
	}
	return false
}

// isVenue reports whether modifier c of agreement noun k names the place
// where it was concluded, which is no part of its name: "signed a peace
// deal in Pretoria" (a ceasefire's "in Gaza" says where it holds and
// stays).
func (ps *psent) isVenue(k, c int) bool {
	if !in(agreementNouns, ps.lemma(k)) || ps.rel(c) != "nmod" && ps.rel(c) != "obl" {
		return false
	}
	if cs := ps.caseOf(c); cs != "in" && cs != "at" {
		return false
	}
	if e := ps.ent[c]; e != nil {
		return e.typ == domain.Place
	}
	return ps.caseOf(c) == "at" && in(venueNouns, ps.lemma(c))
}

// mediumAt returns the first modifier of noun k that names the
// statement, post or interview a stance was voiced in, or a number past
// the sentence when none does: it and what follows it ("in a post on
// its website") are no part of the measure's name ("welcomed the accord
// in a televised address", "backed the plan in a letter to members").
func (ps *psent) mediumAt(k int) int {
	for _, c := range ps.kids[k] {
		if c > k && (ps.rel(c) == "nmod" || ps.rel(c) == "obl") && ps.caseOf(c) == "in" && in(mediumNouns, ps.lemma(c)) {
			return c
		}
	}
	return len(ps.kids) + 1
}

// mediumNouns are what a stance is voiced in.
var mediumNouns = set("post", "statement", "interview", "letter", "speech", "address", "message", "tweet",
	"video", "broadcast", "communique", "communiqué", "editorial", "column", "op-ed", "posting", "blog")

// venueNouns are the unnamed places a deal is signed at: "signed the deal
// at the prime minister's office", "at a ceremony".
var venueNouns = set("office", "offices", "headquarters", "palace", "residence", "ceremony", "hotel",
	"building", "airport", "embassy", "ministry", "summit", "meeting", "venue", "centre", "center")

// isDay reports whether token k names a day: a weekday, "today",
// "yesterday", "tomorrow", or a part of a named day ("Wednesday night").
func (ps *psent) isDay(k int) bool {
	_, weekday := weekdayNum[ps.lower(k)]
	if weekday || ps.lower(k) == "today" || ps.lower(k) == "yesterday" || ps.lower(k) == "tomorrow" {
		return true
	}
	if !in(dayParts, ps.lemma(k)) {
		return false
	}
	for _, c := range ps.kids[k] {
		if _, ok := weekdayNum[ps.lower(c)]; ok && (ps.rel(c) == "compound" || ps.rel(c) == "amod") {
			return true
		}
	}
	return false
}

// sameKind reports whether the measure named a is of a kind name b
// holds: b has a word of the class of a's last word ("Kiribati
// agreement", "security pact with Kiribati").
func sameKind(a, b string) bool {
	class := measureClass(strings.ToLower(lastWord(a)))
	for _, w := range strings.Fields(strings.ToLower(b)) {
		if measureClass(w) == class {
			return true
		}
	}
	return false
}

// isDigits reports whether w is a run of one or more ASCII digits.
func isDigits(w string) bool {
	return w != "" && strings.Trim(w, "0123456789") == ""
}

// lawParticiple returns the participle right after law noun k, of an
// enacting verb and with an object of its own, that says what the law
// does: "a constitutional bill granting the island autonomy", also where
// the parser hung it on the verb whose object the noun is ("began
// debating a bill granting …"); -1 for none. It stays in the law's name,
// as noted (noteNamed) and as a stance's object names it (measureOf).
func (ps *psent) lawParticiple(k int) int {
	c := k + 1
	if !in(lawNouns, ps.lemma(k)) || c >= len(ps.d.Tokens) || ps.tok(c).XPOS != "VBG" || !in(enactingLemmas, ps.lemma(c)) || ps.kidWith(c, "obj", "") < c ||
		ps.outcomeParticiple(c) {
		return -1
	}
	if h := ps.head(c); h == k && ps.rel(c) == "acl" || h >= 0 && h == ps.head(k) && ps.rel(k) == "obj" && ps.rel(c) == "advcl" {
		return c
	}
	return -1
}

// enactingLemmas say what a law does to whom ("a bill granting X
// autonomy", "a law barring foreigners from buying land"), where a
// participle of speech or reason after a law noun ("vetoed the bill
// citing its cost") tells why a stance was taken.
var enactingLemmas = set("grant", "give", "allow", "let", "permit", "bar", "ban", "prohibit", "require", "oblige",
	"force", "place", "make", "exempt", "extend", "create", "establish", "set", "cap", "limit", "restrict",
	"impose", "abolish", "raise", "cut", "lower", "legalize", "legalise", "criminalize", "criminalise")
