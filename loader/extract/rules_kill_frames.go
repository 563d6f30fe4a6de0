package extract

import (
	"slices"

	"github.com/actorgraph/actorgraph/domain"
)

// Frames of a killing told indirectly: a group that included its
// members, an order given, a killer named apart from the killing, a
// person who acted in it.

// attackerGroups name a body of attackers whose members a clause may list:
// "by a band of rebels that included X and Y".
var attackerGroups = set("group", "band", "gang", "party", "squad", "team", "cell", "unit", "crowd", "mob")

// withMembers replaces each group noun among agents by the people it is
// said to include, and keeps the other agents as they are.
func (ps *psent) withMembers(agents []int) []int {
	var out []int
	for _, a := range agents {
		if ms := ps.membersOf(a); len(ms) > 0 {
			out = append(out, ms...)
			continue
		}
		out = append(out, a)
	}
	return out
}

// membersOf returns the people a group noun at k includes: the object of
// "include" in a relative clause on it or on its "of" phrase ("a band of
// rebels that included X and Y"), or its "including" phrase ("a group
// including X"); nil for anything else.
func (ps *psent) membersOf(k int) []int {
	if k < 0 || ps.ent[k] != nil || !in(attackerGroups, ps.lemma(k)) {
		return nil
	}
	nouns := []int{k}
	for _, c := range ps.kids[k] {
		if ps.caseOf(c) == "of" && ps.ent[c] == nil {
			nouns = append(nouns, c)
		}
	}
	var out []int
	for _, n := range nouns {
		for _, c := range ps.kids[n] {
			switch {
			case ps.tok(c).Deprel == "acl:relcl" && ps.lemma(c) == "include" && !ps.negation(c):
				out = append(out, withConj(ps, ps.kidsWith(c, "obj"))...)
			case ps.caseOf(c) == "including":
				out = append(out, withConj(ps, []int{c})...)
			}
		}
	}
	return out
}

// orderNouns carry the will of whoever had a killing done: "killed on
// the orders of X", "on X's orders".
var orderNouns = set("order", "orders", "instruction", "instructions", "command", "behest")

// orderedBy returns the people on whose orders the killing at token h
// was done: the person a "by order" phrase on h names through "of" or a
// possessive. The parser may hang the name on the order noun with no
// preposition ("on the orders of the warlord X"); a name the order noun
// does not hold is not taken.
func (ps *psent) orderedBy(h int) []int {
	for _, o := range ps.kids[h] {
		if !in(orderNouns, ps.lemmaOrLower(o)) {
			continue
		}
		switch ps.caseOf(o) {
		case "on", "at", "upon", "under", "by":
		default:
			continue
		}
		var out []int
		for _, c := range ps.kids[o] {
			if r := ps.tok(c).Deprel; r == "nmod:poss" || r == "nmod" && (ps.caseOf(c) == "of" || ps.caseOf(c) == "") {
				out = append(out, c)
			}
		}
		return out
	}
	return nil
}

// actLemmas make their subject take part in the killing their "in"
// phrase names: "X acted alone in the killing of Y", "X took part in
// the murder of Y".
var actLemmas = set("act", "participate", "take")

// shareNouns make "take" a verb of taking part: "took part in", "took a
// hand in".
var shareNouns = set("part", "hand", "role")

// actedIn returns the subject of a verb of taking part whose "in" phrase
// is killing noun n: "X acted alone in the killing of Y", "X took part
// in the murder of Y". A negated verb states nothing, except "did not
// act alone", which still has X act.
func (ps *psent) actedIn(n int) []int {
	h := ps.head(n)
	if ps.caseOf(n) != "in" || ps.rel(n) != "obl" || h < 0 || !in(actLemmas, ps.lemma(h)) || ps.isPassive(h) {
		return nil
	}
	if o := ps.kidWith(h, "obj", ""); ps.lemma(h) == "take" && (o < 0 || !in(shareNouns, ps.lemma(o))) {
		return nil // "took part in", not "took the blame in"
	}
	if ps.negation(h) && !ps.alone(h) {
		return nil
	}
	return ps.kidsWith(h, "nsubj")
}

// alone reports whether verb v is said of one acting alone: "X acted
// alone", also where the parser took "alone" for its complement.
func (ps *psent) alone(v int) bool {
	for _, c := range ps.kids[v] {
		if ps.lower(c) == "alone" {
			return true
		}
	}
	return false
}

// soleKillingVictims returns, for a killer noun n that names its killer
// but no victim ("X was the lone assassin"), the victims of the one
// killing noun of the sentence that names its victim and no agent ("the
// assassination of Y"). The killer noun must be definite, "the
// assassin": "a convicted killer" may have killed someone else.
func (ps *psent) soleKillingVictims(n int) []int {
	if det := ps.kidWith(n, "det", ""); det < 0 || ps.lower(det) != "the" {
		return nil
	}
	var found []int
	for m := range ps.d.Tokens {
		if m == n || !in(killingNouns, ps.lemma(m)) || ps.tok(m).UPOS != "NOUN" {
			continue
		}
		agents, victims := ps.killingArgs(m)
		if len(agents) > 0 {
			return nil
		}
		if len(victims) > 0 {
			if found != nil {
				return nil
			}
			found = victims
		}
	}
	return found
}

// killingArgs returns the agents and victims a killing noun n names by
// its own dependents: "the murder of Y by X", "X's murder of Y", "Y's
// murder", "the Y murder" (but not "the Y murder trial", where Y may be
// the accused).
func (ps *psent) killingArgs(n int) (agents, victims []int) {
	var possessors []int
	for _, c := range ps.kids[n] {
		switch {
		case ps.caseOf(c) == "of":
			victims = append(victims, c)
		case ps.caseOf(c) == "by":
			agents = append(agents, c)
		case ps.tok(c).Deprel == "nmod:poss":
			possessors = append(possessors, c)
		case ps.rel(c) == "compound" && c < n && ps.isPerson(c) && ps.rel(n) != "compound":
			possessors = append(possessors, c)
		}
	}
	// "X's murder of Y": the possessor kills; "Y's murder": the
	// possessor is killed
	if len(victims) > 0 {
		return append(agents, possessors...), victims
	}
	return agents, possessors
}

// apposedPerson returns the person a common noun k stands in apposition
// to ("X, the man convicted of …"); -1 for none.
func (ps *psent) apposedPerson(k int) int {
	if k < 0 || ps.ent[k] != nil || ps.tok(k).UPOS != "NOUN" || ps.tok(k).Deprel != "appos" {
		return -1
	}
	if h := ps.head(k); ps.isPerson(h) {
		return h
	}
	return -1
}

// byAfterOf reads "the murder in 1901 of Y by X" by position, for a
// killing noun n the parser gave no "of" phrase: an "of" and a person,
// then "by" and a person, with nothing but a date, titles and modifiers
// between. The victim and the agent found, or nils.
func (ps *psent) byAfterOf(n int) (agents, victims []int) {
	k := ps.skipModifiers(n + 1)
	if k+1 < len(ps.d.Tokens) && ps.lower(k) == "in" && ps.tok(k+1).UPOS == "NUM" {
		k = ps.skipModifiers(k + 2) // "the murder in 1901 of"
	}
	if k >= len(ps.d.Tokens) || ps.lower(k) != "of" {
		return nil, nil
	}
	v := ps.skipModifiers(k + 1)
	if v >= len(ps.d.Tokens) || !ps.isPerson(v) {
		return nil, nil
	}
	_, end := ps.mentionSpan(v)
	if end >= len(ps.d.Tokens) || ps.lower(end) != "by" {
		return nil, nil
	}
	a := ps.skipModifiers(end + 1)
	if a >= len(ps.d.Tokens) || !ps.isPerson(a) {
		return nil, nil
	}
	return []int{ps.mentionHead(a)}, []int{ps.mentionHead(v)}
}

// skipModifiers returns the first token from k on that is not a
// determiner, an adjective, a title or a lower-case noun a name may
// follow ("the young anarchist X", "Governor X"), at most four of them.
func (ps *psent) skipModifiers(k int) int {
	for i := 0; i < 4 && k < len(ps.d.Tokens) && !ps.isPerson(k); i++ {
		t := ps.tok(k)
		switch {
		case t.UPOS == "DET" || t.UPOS == "ADJ" || ps.ent[k] != nil && ps.ent[k].typ == domain.Country: // "the Austrian Archduke X"
		case isTitleNoun(ps.lemmaOrLower(k)) || in(honorifics, ps.lower(k)) || in(titleModifiers, ps.lower(k)):
		case t.UPOS == "NOUN" && t.Form == ps.lower(k):
		default:
			return k
		}
		k++
	}
	return k
}

// within reports whether every token of [from, to) lies under token k.
func (ps *psent) within(from, to, k int) bool {
	for i := from; i < to; i++ {
		j := i
		for j >= 0 && j != k {
			j = ps.head(j)
		}
		if j != k {
			return false
		}
	}
	return true
}

// killPlacePreps introduce where a killing happened: "shot dead in Tarrow",
// "stabbed outside an office in Tarrow".
var killPlacePreps = set("in", "at", "near", "outside", "inside")

// killPlace returns the place or country where the killing verb v
// happened: a named place its "in", "at", "near" or "outside" phrase
// names, or the place that phrase's noun is in ("outside a bar in
// Tarrow"); nil for none, and for a killing noun.
func (x *extractor) killPlace(ps *psent, v int) *entity {
	if ps.tok(v).UPOS != "VERB" {
		return nil
	}
	for _, c := range ps.kids[v] {
		if ps.rel(c) != "obl" || !in(killPlacePreps, ps.caseOf(c)) {
			continue
		}
		if e := ps.namedPlace(c); e != nil {
			return e
		}
		for _, n := range ps.kids[c] {
			if ps.rel(n) == "nmod" && ps.caseOf(n) == "in" {
				if e := ps.namedPlace(n); e != nil {
					return e
				}
			}
		}
	}
	return nil
}

// namedPlace returns the place or country token k names by name.
func (ps *psent) namedPlace(k int) *entity {
	if e := ps.ent[k]; ps.kind[k] == mName && isPlaceOrCountry(e) {
		return e
	}
	return nil
}

// soleAttack returns the ID of the article's attack event when it reports
// exactly one; nil otherwise.
func (x *extractor) soleAttack() []string {
	var ids []string
	for _, sent := range x.attacksBySent {
		for _, id := range sent {
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	if len(ids) != 1 {
		return nil
	}
	return ids
}

// passiveSubjectLost returns the person before the comma that closes an
// apposition right before passive verb v and its auxiliaries, when the
// parser gave v no subject ("X, a baker, was shot dead", parsed with X
// as the root); nil for none.
func (ps *psent) passiveSubjectLost(v int) []int {
	k := v - 1
	for k >= 0 && (ps.tok(k).UPOS == "AUX" || ps.tok(k).UPOS == "ADV") {
		k--
	}
	if k < 0 || k == v-1 || ps.tok(k).Form != "," {
		return nil
	}
	if a := ps.personBeforeApposition(k); a >= 0 {
		return []int{ps.mentionHead(a)}
	}
	return nil
}

// timeNouns count how long ago or how often: "nine years ago", "three
// times".
var timeNouns = set("year", "month", "week", "day", "hour", "minute", "time")

// suspicionLemmas accuse someone of a killing without finding it: "X was
// charged with killing Y", "X, suspected of the murder of Y", "arrested
// on a charge of murdering Y".
var suspicionLemmas = set("charge", "accuse", "arrest", "suspect", "try", "indict", "detain", "question", "allege", "investigate")

// findingLemmas settle an accusation: "convicted of", "sentenced for",
// "pleaded guilty to", "admitted", "found guilty", "is serving life for".
var findingLemmas = set("convict", "sentence", "jail", "imprison", "execute", "plead", "confess", "admit", "serve", "find", "guilty")

// killHedge returns how firmly the sentence states the killing at
// trigger t: as the sentence states its facts, but a killing only
// accused ("X was charged with the murder of Y") is disputed, not
// asserted: a suspect is not a killer. A finding anywhere above it
// ("arrested and convicted for the murder") settles it.
func (ps *psent) killHedge(t int) domain.Hedging {
	h := ps.s.hedge
	if h == domain.Unconfirmed || !ps.accusationOnly(t) {
		return h
	}
	return domain.Disputed
}

// accusationOnly reports whether a verb or noun of suspicion governs the
// killing at t with no finding: it climbs from t through modifiers and
// adverbial clauses, not out of a relative or reported clause ("police
// arrested X, who shot Y" accuses X of nothing the clause does not state).
func (ps *psent) accusationOnly(t int) bool {
	suspected := false
	for k, i := t, 0; k >= 0 && i < 4; k, i = ps.head(k), i+1 {
		if k != t {
			if in(findingLemmas, ps.lemma(k)) {
				return false
			}
			for _, c := range ps.kidsWith(k, "conj") {
				if in(findingLemmas, ps.lemma(c)) {
					return false // "was tried and convicted of"
				}
			}
			suspected = suspected || in(suspicionLemmas, ps.lemma(k))
		}
		switch ps.rel(k) {
		case "advcl", "acl", "xcomp", "obl", "nmod", "conj":
			if ps.tok(k).Deprel == "acl:relcl" || ps.temporal(k) {
				return suspected // "arrested after shooting Y" states the shooting
			}
		default:
			return suspected
		}
	}
	return suspected
}

// temporalMarks open a clause that tells when, and so states what it
// tells: "arrested an hour after shooting Y".
var temporalMarks = set("after", "before", "when", "while", "since", "until", "as")

// temporal reports whether clause k is opened by a temporal mark.
func (ps *psent) temporal(k int) bool {
	for _, c := range ps.kids[k] {
		if r := ps.rel(c); (r == "mark" || r == "case") && in(temporalMarks, ps.lower(c)) {
			return true
		}
	}
	return false
}

// policeOrNamedAgent reports whether one of the agents is the police or
// a name: their shooting is an act of its own, not the attack the
// article reports.
func (ps *psent) policeOrNamedAgent(agents []int) bool {
	for _, a := range agents {
		if a >= 0 && (in(policeWords, ps.lower(a)) || ps.ent[a] != nil) {
			return true
		}
	}
	return false
}
