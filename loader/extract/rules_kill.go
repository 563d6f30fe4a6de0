package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/domain"
)

// killLemmas are verbs whose agent kills or wounds their object.
var killLemmas = set(append([]string{"kill", "execute"}, violentVerbs...)...)

// violentVerbs report an attack by someone though the text names no one:
// "X was shot dead", "a man stabbed X" ("killed" may be an accident, an
// execution a sentence).
var violentVerbs = []string{"murder", "assassinate", "shoot", "stab", "slay", "strangle", "behead"}

// violentLemmas is violentVerbs as a set.
var violentLemmas = set(violentVerbs...)

// woundLemmas make their object a victim, never a killing.
var woundLemmas = set("wound", "injure")

// killerNouns name the agent of a killing: "the assassin of X".
var killerNouns = set("assassin", "killer", "murderer", "slayer", "gunman")

// killingNouns name the act: "the assassination of X by Y".
var killingNouns = set("assassination", "murder", "killing", "slaying", "shooting", "stabbing", "manslaughter", "homicide")

// isPerson reports whether token k names a person by name.
func (ps *psent) isPerson(k int) bool {
	return k >= 0 && ps.ent[k] != nil && ps.ent[k].typ == domain.Person && ps.kind[k] == mName
}

// killVerb: "Jon Hale shot Peter Voss", "Peter Voss was killed by Jon
// Hale": an attack whose attacker and victim are named people.
func killVerb(x *extractor, ps *psent) {
	for v := range ps.d.Tokens {
		if agents, victims, armed := ps.shotMisread(v); len(victims) > 0 {
			x.killings(ps, agents, victims, v, armed, true)
			continue
		}
		if ps.tok(v).UPOS != "VERB" {
			continue
		}
		lemma := ps.killLemma(v)
		if !in(killLemmas, lemma) && !in(woundLemmas, lemma) || ps.negation(v) {
			continue // "X did not kill Y" states no killing
		}
		agents, victims, relAgents, armed := ps.killArgs(v)
		armed = armed || ps.inGunfight(v)
		if len(agents) == 0 {
			agents = ps.lostAgents(v)
			armed = armed || ps.armedAbove(v)
		}
		if len(victims) == 0 && !ps.isPassive(v) {
			victims = ps.nameAfter(v)
		}
		if ps.has(v, "aux:pass") && !slices.ContainsFunc(victims, ps.namesSomeone) {
			// (or its subject a noun whose apposition the parser hung
			// further in: "A suspect named in the indictment, X, was
			// killed")
			victims = append(victims, ps.passiveSubjectLost(v)...)
		}
		if in(woundLemmas, lemma) && !ps.mortal(v) {
			agents = nil // a wounding names a victim, not a killing
		}
		for i, k := range victims {
			victims[i] = ps.killerAfter(k)
		}
		vs := slices.DeleteFunc(withConj(ps, victims), func(k int) bool { return ps.woundedAfter(v, k) })
		if ps.tok(v).Deprel == "acl:relcl" {
			// "X, who killed Y, and Z": a conjunct past the comma that
			// closes the relative clause is not its object
			vs = ps.beforeComma(v, vs)
		}
		x.killings(ps, append(withConj(ps, agents), relAgents...), vs, v, armed, in(violentLemmas, lemma))
	}
}

// killArgs reads the arguments kill verb v governs: its agents (the
// subject, a "by" phrase), its victims (object, passive subject), the
// names a relative clause with v is said of, and whether the subject is
// armed but unnamed ("Gunmen shot dead X").
func (ps *psent) killArgs(v int) (agents, victims, relAgents []int, armed bool) {
	for _, c := range ps.kids[v] {
		switch ps.tok(c).Deprel {
		case "nsubj":
			armed = armed || ps.armedNoun(c)
			a := ps.antecedent(c)
			if w := ps.wielder(a); a != c && w == a {
				relAgents = append(relAgents, ps.relativeAgents(c, a)...)
				continue
			}
			agents = append(agents, ps.wielder(a))
		case "obj", "nsubj:pass":
			victims = append(victims, c)
		case "obl:agent", "obl":
			if ps.caseOf(c) == "by" {
				agents = append(agents, c)
			}
		}
	}
	return agents, victims, relAgents, armed
}

// relativeAgents returns the names a relative pronoun c, standing for
// a, makes killers: "X (who killed Y) and Z" is said of the names before
// it, not of those conjoined after it; a bracket is said of the name it
// follows, wherever the parser hung it ("Y as X (who killed Z)").
func (ps *psent) relativeAgents(c, a int) []int {
	if c >= 2 && ps.tok(c-1).Form == "(" && ps.isPerson(c-2) {
		return []int{ps.mentionHead(c - 2)}
	}
	return slices.DeleteFunc(withConj(ps, []int{a}), func(k int) bool { return k > c })
}

// lostAgents finds the agent of kill verb v where it governs none: the
// subject it inherits from a conjoined or accusing clause, a passive's
// agent the parser hung lower or after it, "on the orders of X", or the
// name an apposition cut off from the verb ("X, acting alone, killed Y").
func (ps *psent) lostAgents(v int) []int {
	if agents := ps.inheritedAgents(v); len(agents) > 0 {
		return agents
	}
	if ps.isPassive(v) {
		for _, find := range []func(int) []int{ps.agentBelow, ps.byAfter, ps.orderedBy} {
			if agents := find(v); len(agents) > 0 {
				return agents
			}
		}
		return nil
	}
	if v >= 1 && ps.tok(v-1).Form == "," {
		if a := ps.personBeforeApposition(v - 1); a >= 0 {
			return []int{ps.mentionHead(a)}
		}
	}
	return nil
}

// shotMisread reads a "shot" the tagger took for a noun by position,
// between a named shooter and a named victim: "Jon Hale shot Peter
// Voss", "he fatally shot Peter Voss", "Jon Hale shot and mortally
// wounded Peter Voss". The parse around such a token is unreliable, so
// only the words next to it are read; "was shot" or "the shot" give
// nothing.
func (ps *psent) shotMisread(v int) (agents, victims []int, armed bool) {
	if ps.lower(v) != "shot" || ps.tok(v).UPOS == "VERB" {
		return nil, nil, false
	}
	a := v - 1
	for a >= 0 && (ps.tok(a).UPOS == "ADV" || ps.lemma(a) == "have") {
		a-- // "X had fatally shot Y"
	}
	if a >= 0 && ps.tok(a).Form == "," {
		a = ps.personBeforeApposition(a)
	}
	armed = a >= 0 && ps.armedNoun(a) // "The gunmen shot dead X"
	if a < 0 || !armed && !ps.isPerson(a) && !(ps.lower(a) == "he" || ps.lower(a) == "she") {
		return nil, nil, false
	}
	k := v // the last word before the victim's phrase
	if k+1 < len(ps.d.Tokens) && ps.lower(k+1) == "dead" {
		k++
	}
	if k+1 < len(ps.d.Tokens) && ps.lower(k+1) == "and" {
		j := k + 2
		for j < len(ps.d.Tokens) && ps.tok(j).UPOS == "ADV" {
			j++
		}
		if j >= len(ps.d.Tokens) || !in(killLemmas, ps.killLemma(j)) && !in(woundLemmas, ps.killLemma(j)) {
			return nil, nil, false
		}
		k = j
	}
	if !armed { // the unnamed attackers name no one
		if ps.isPerson(a) {
			a = ps.mentionHead(a)
		}
		agents = []int{a}
	}
	if k+1 < len(ps.d.Tokens) && (ps.lower(k+1) == "him" || ps.lower(k+1) == "her") {
		return agents, []int{k + 1}, armed
	}
	victims = ps.nameAfter(k)
	if len(victims) == 0 {
		return nil, nil, false
	}
	return agents, victims, armed
}

// armedNoun reports whether token k is a noun for attackers left unnamed
// ("gunmen"; the lemmatizer leaves that plural as it is).
func (ps *psent) armedNoun(k int) bool {
	return ps.tok(k).UPOS == "NOUN" && (in(armedNouns, ps.lemma(k)) || in(armedNouns, strings.TrimSuffix(ps.lower(k), "men")+"man"))
}

// namesSomeone reports whether token k names a person or a body, or
// has a name in apposition.
func (ps *psent) namesSomeone(k int) bool {
	return ps.ent[k] != nil || ps.tok(k).UPOS != "NOUN" || slices.ContainsFunc(ps.kidsWith(k, "appos"), func(c int) bool { return ps.ent[c] != nil })
}

// inGunfight reports whether kill verb v has a phrase placing the
// killing in a fight with guns: "X was killed in a shootout with
// soldiers" is an attack though no attacker is named.
func (ps *psent) inGunfight(v int) bool {
	return slices.ContainsFunc(ps.kidsWith(v, "obl"), func(c int) bool {
		return in(gunfightNouns, ps.lemma(c)) && (ps.caseOf(c) == "in" || ps.caseOf(c) == "during")
	})
}

// gunfightNouns are fights with guns.
var gunfightNouns = set("shootout", "gunfight", "firefight", "crossfire", "clash", "clashes", "gunbattle")

// armedAbove reports whether the verb a subjectless kill verb v hangs on
// has unnamed attackers as its subject: "The gunmen stormed the site,
// shooting dead X".
func (ps *psent) armedAbove(v int) bool {
	h := ps.head(v)
	if h < 0 || ps.tok(h).UPOS != "VERB" || ps.rel(v) != "advcl" && ps.rel(v) != "conj" {
		return false
	}
	return slices.ContainsFunc(ps.kidsWith(h, "nsubj"), ps.armedNoun)
}

// personBeforeApposition returns the nearest person named before the
// comma at k that closes an apposition ("Jon Hale, 44, a farmer from
// Tarrow, shot …", "Jon Hale, acting alone, fired …"): no verb but a
// present participle may come between; -1 for none.
func (ps *psent) personBeforeApposition(k int) int {
	for j := k - 1; j >= 0; j-- {
		switch {
		case ps.isPerson(j):
			return j
		case ps.tok(j).UPOS == "VERB" && ps.tok(j).XPOS != "VBG" || ps.tok(j).UPOS == "AUX":
			return -1 // a participle may open the apposition: "X, acting alone, …"
		}
	}
	return -1
}

// woundedAfter reports whether a wounding word stands between killing
// verb v and its victim k: "killed X and wounded Y", which the parser may
// read with Y a second object of "killed" and "wounded" an adjective. Y
// was wounded, not killed, and a wounding names no killer.
func (ps *psent) woundedAfter(v, k int) bool {
	for j := v + 1; j < k; j++ {
		if in(woundLemmas, ps.killLemma(j)) {
			return true
		}
	}
	return false
}

// beforeComma keeps the tokens of ks that no comma separates from v.
func (ps *psent) beforeComma(v int, ks []int) []int {
	var out []int
	for _, k := range ks {
		if !ps.hasCommaBetween(min(v, k), max(v, k)) {
			out = append(out, k)
		}
	}
	return out
}

// instrumentNouns kill in the hands of whoever fires them.
var instrumentNouns = set("shot", "bullet", "bomb", "grenade", "missile", "rocket", "round", "gunfire",
	"rifle", "shotgun", "pistol", "revolver", "gun", "handgun")

// wielder returns, for a weapon that kills ("the shots that killed Y",
// "a bullet fired by X killed Y"), the one who fired it: the subject of
// the verb the weapon is the object of, or the agent of the clause that
// describes it; k itself for anything else.
func (ps *psent) wielder(k int) int {
	if k < 0 || ps.ent[k] != nil || !in(instrumentNouns, ps.lemma(k)) {
		return k
	}
	if v := ps.head(k); v >= 0 && ps.rel(k) == "obj" && ps.tok(v).UPOS == "VERB" {
		for _, c := range ps.kids[v] {
			if ps.tok(c).Deprel == "nsubj" {
				return c
			}
		}
		if v >= 1 && ps.tok(v-1).Form == "," {
			// "X, acting alone, fired the shots", the subject lost
			if a := ps.personBeforeApposition(v - 1); a >= 0 {
				return ps.mentionHead(a)
			}
		}
	}
	for _, v := range ps.kids[k] {
		if ps.rel(v) != "acl" {
			continue
		}
		for _, c := range ps.kids[v] {
			if ps.caseOf(c) == "by" {
				return c
			}
		}
	}
	return k
}

// accuseLemmas make the person they accuse the agent of the killing
// their clause names: "X, convicted of killing Y", "X was charged with
// the murder of Y".
var accuseLemmas = set("convict", "charge", "accuse", "arrest", "sentence", "suspect", "try", "execute", "jail", "indict",
	"imprison")

// serveLemmas make their subject the agent of the killing their "for"
// phrase names: "X is serving life in prison for the murder of Y".
var serveLemmas = set("serve")

// penaltyNouns are what one serves: "a life sentence for the murder of Y".
var penaltyNouns = set("sentence", "term")

// servingFor returns the subject of "serve" whose "for" phrase is the
// killing noun n, directly or through the penalty it names ("X is
// serving a life sentence for the murder of Y"); nil for none.
func (ps *psent) servingFor(n int) []int {
	h := ps.head(n)
	if ps.caseOf(n) != "for" || h < 0 {
		return nil
	}
	if in(penaltyNouns, ps.lemma(h)) && ps.rel(h) == "obj" {
		h = ps.head(h)
	}
	if h < 0 || !in(serveLemmas, ps.lemma(h)) || ps.isPassive(h) {
		return nil
	}
	return ps.kidsWith(h, "nsubj")
}

// confessLemmas make their own subject the agent of the killing their
// clause names: "X pleaded guilty to the murder of Y", "X admitted
// killing Y".
var confessLemmas = set("plead", "confess", "admit")

// inheritedAgents finds the agent of a subjectless kill verb: the subject
// of the verb it is conjoined to ("X shot and killed Y"), the person a
// clause of accusation or confession names ("X, convicted of killing
// Y", "X, who was charged with having killed Y"), or the subject a
// gerund shares.
func (ps *psent) inheritedAgents(v int) []int {
	h := ps.head(v)
	if h < 0 {
		return nil
	}
	switch ps.tok(v).Deprel {
	case "conj":
		if ps.tok(h).UPOS == "VERB" {
			return ps.kidsWith(h, "nsubj", "nsubj:pass")
		}
	case "advcl", "acl", "xcomp":
		if ps.rel(v) == "xcomp" && ps.tok(v).XPOS == "VB" && ps.lemma(h) != "use" {
			return nil // "X, who tried to kill Y": an attempt, an aim, no killing
		}
		if ks := ps.accused(h); len(ks) > 0 {
			return ks
		}
		if ps.lemma(h) == "guilty" {
			return ps.foundGuilty(h)
		}
		return ps.gerundSubject(v, h)
	}
	return nil
}

// gerundSubject returns the subject of verb h that a subjectless gerund v
// below it shares: "X pleaded guilty to killing Y", "X saved the South
// by killing Y", "X used the gun to kill Y". An infinitive shares it
// only under "use", since "X tried to kill Y" reports no killing; a
// clause on a noun ("the idea of killing Y") has none.
func (ps *psent) gerundSubject(v, h int) []int {
	if ps.tok(h).UPOS == "ADJ" && ps.rel(h) == "xcomp" && ps.head(h) >= 0 {
		h = ps.head(h) // "X acted alone in killing Y"
	}
	if ps.tok(h).UPOS != "VERB" && !ps.has(h, "cop") || ps.isPassive(h) {
		return nil // a predicate with a copula shares its subject too: "X was quick, shooting Y"
	}
	switch {
	case ps.tok(v).XPOS == "VBG" && ps.rel(v) == "advcl":
	case ps.tok(v).XPOS == "VB" && ps.lemma(h) == "use":
	default:
		return nil
	}
	if ps.rel(h) == "conj" && !ps.has(h, "nsubj") && ps.head(h) >= 0 && ps.tok(ps.head(h)).UPOS == "VERB" {
		h = ps.head(h) // "X bought a rifle and used it to shoot Y"
	}
	return ps.kidsWith(h, "nsubj")
}

// foundGuilty returns the person "guilty" at h is said of: "the jury
// found X guilty of killing Y" (X its object or a name the parser put in
// front of it), "X was found guilty of".
func (ps *psent) foundGuilty(h int) []int {
	for _, c := range ps.kids[h] {
		if c < h && ps.isPerson(c) && (ps.rel(c) == "compound" || ps.rel(c) == "nsubj") {
			return []int{c}
		}
	}
	v := ps.head(h)
	if v < 0 || ps.lemma(v) != "find" {
		return nil
	}
	if ks := ps.kidsWith(v, "nsubj:pass"); len(ks) > 0 {
		return ks
	}
	for _, c := range ps.kidsWith(v, "obj") {
		if c != h {
			return []int{c}
		}
	}
	return nil
}

// mortal reports whether wounding verb v is modified as fatal: "shot and
// mortally wounded X" reports a killing.
func (ps *psent) mortal(v int) bool {
	for _, c := range ps.kids[v] {
		if ps.rel(c) == "advmod" && (ps.lower(c) == "mortally" || ps.lower(c) == "fatally") {
			return true
		}
	}
	return false
}

// accused returns the person an accusation verb h accuses: its passive
// subject ("X was convicted of"), its object ("the court convicted X
// of"), or the name its clause describes ("X, convicted of …"), also
// when the parser hung the clause elsewhere but it follows the name and
// a comma. The active subject is the accuser, never the accused.
func (ps *psent) accused(h int) []int {
	if in(confessLemmas, ps.lemma(h)) && !ps.isPassive(h) {
		return ps.kidsWith(h, "nsubj")
	}
	if !in(accuseLemmas, ps.lemma(h)) {
		return nil
	}
	if ks := ps.kidsWith(h, "nsubj:pass"); len(ks) > 0 {
		return ks
	}
	if ps.rel(h) == "conj" && !ps.has(h, "nsubj") {
		// "X was tried and convicted of …"
		if ks := ps.kidsWith(ps.head(h), "nsubj:pass"); len(ks) > 0 {
			return ks
		}
		// "X appeared in court and was charged with …": the subject
		// the conjoined verbs share (a participle with no auxiliary may
		// be a clause on a name instead: "the capture of X, suspected of")
		if ks := ps.kidsWith(ps.head(h), "nsubj"); len(ks) > 0 && ps.has(h, "aux:pass") {
			return ks
		}
	}
	if ks := ps.kidsWith(h, "obj"); len(ks) > 0 {
		return ks
	}
	if r := ps.tok(h).Deprel; r == "acl" || r == "acl:relcl" {
		if ps.isPerson(ps.head(h)) {
			return []int{ps.head(h)}
		}
		// "X, the man convicted of killing Y"
		if p := ps.apposedPerson(ps.head(h)); p >= 0 {
			return []int{p}
		}
	}
	if h >= 2 && ps.tok(h).Form != ps.lemma(h) && strings.HasSuffix(ps.lower(h), "ed") && ps.tok(h-1).Form == "," && ps.isPerson(h-2) {
		// "X, sentenced to life for …", also where the tagger read the
		// participle as a past with X its subject: accusing verbs take
		// an object, so one without is a passive
		return []int{ps.mentionHead(h - 2)}
	}
	return nil
}

// kidsWith returns h's dependents with one of the relations rels.
func (ps *psent) kidsWith(h int, rels ...string) []int {
	var out []int
	for _, c := range ps.kids[h] {
		for _, r := range rels {
			if ps.tok(c).Deprel == r {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

// particle reports whether verb v has particle p as a compound:prt
// dependent: "set up", "take over", "call off".
func (ps *psent) particle(v int, p string) bool {
	return slices.ContainsFunc(ps.kids[v], func(c int) bool { return ps.tok(c).Deprel == "compound:prt" && ps.lower(c) == p })
}

// isPassive reports whether verb v is passive: it has a passive subject
// or auxiliary, or it is a participle describing a noun ("a man shot by
// X").
func (ps *psent) isPassive(v int) bool {
	if ps.has(v, "nsubj:pass") || ps.has(v, "aux:pass") {
		return true
	}
	return ps.tok(v).XPOS == "VBN" && ps.rel(v) == "acl"
}

// agentBelow finds the "by" phrase naming a person that the parser hung
// on a noun of passive verb v's own clause instead of on v: "X was shot
// in the courtyard of his building by Y". It descends through nominal
// modifiers only, never into another clause.
func (ps *psent) agentBelow(v int) []int {
	stack := append([]int(nil), ps.kids[v]...)
	for len(stack) > 0 {
		k := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if k < v || (ps.rel(k) != "obl" && ps.rel(k) != "nmod") {
			continue
		}
		if _, _, known := ps.recognized(k, "person"); ps.caseOf(k) == "by" && (ps.isPerson(k) || known) {
			return []int{k}
		}
		stack = append(stack, ps.kids[k]...)
	}
	return nil
}

// byAfter finds the "by" phrase naming a person that follows passive verb
// v in its own clause when the parser hung it on none of v's words: "X
// was murdered outside his home on May 2, 1901, by Y". Any verb, or a
// conjunction, before it ends v's clause.
func (ps *psent) byAfter(v int) []int {
	for k := v + 1; k+1 < len(ps.d.Tokens); k++ {
		switch ps.tok(k).UPOS {
		case "VERB", "AUX", "SCONJ", "CCONJ":
			return nil
		}
		if ps.lower(k) == "by" {
			if ps.isPerson(k + 1) {
				return []int{ps.mentionHead(k + 1)}
			}
			return nil
		}
	}
	return nil
}

// nameAfter returns the person named right after active verb v when the
// parser gave v no object ("assassinating U.S. Sen. X" parsed with X as
// the subject of nothing): titles and the title's country may come
// between, and the name must end its phrase, so that a name modifying
// the next noun ("shot Hale aide X") or a possessor is not taken.
func (ps *psent) nameAfter(v int) []int {
	n := len(ps.d.Tokens)
	k := v + 1
	for ; k < n && k <= v+3 && !ps.isPerson(k); k++ {
		l := ps.lemmaOrLower(k)
		if !isTitleNoun(l) && !in(honorifics, ps.lower(k)) && !in(titleModifiers, ps.lower(k)) &&
			(ps.ent[k] == nil || ps.ent[k].typ != domain.Country) {
			return nil
		}
	}
	if k >= n || !ps.isPerson(k) {
		return nil
	}
	if killer := ps.killerAfter(k); killer != k {
		return []int{killer}
	}
	_, end := ps.mentionSpan(k)
	if end < n {
		switch ps.tok(end).UPOS {
		case "PUNCT", "ADP", "CCONJ", "SCONJ", "ADV":
			if ps.tok(end).XPOS == "POS" {
				return nil
			}
		case "NUM":
			// "shot X nine years ago", "shot X three times"
			if end+1 >= n || !in(timeNouns, ps.lemma(end+1)) {
				return nil
			}
		default:
			return nil
		}
	}
	return []int{ps.mentionHead(k)}
}

// killNoun: "Jon Hale, the assassin of Peter Voss", "the assassination
// of Peter Voss by Jon Hale".
func killNoun(x *extractor, ps *psent) {
	for n := range ps.d.Tokens {
		lemma := ps.lemma(n)
		if lemma == "death" && ps.rel(n) == "obl" && len(ps.accused(ps.head(n))) > 0 {
			lemma = "killing" // "X was convicted of murder in the death of Y"
		}
		if !in(killerNouns, lemma) && !in(killingNouns, lemma) {
			continue
		}
		agents, victims := ps.killingArgs(n)
		if len(victims) == 0 && in(killingNouns, lemma) {
			// "the murder in 1901 of Y by X", the phrases hung elsewhere
			if a, v := ps.byAfterOf(n); a != nil {
				agents, victims = a, v
			}
		}
		if len(agents) == 0 && ps.rel(n) == "obl" {
			// "X was convicted of the murder of Y"
			agents = ps.accused(ps.head(n))
		}
		if len(agents) == 0 {
			agents = ps.servingFor(n)
		}
		if h := ps.head(n); len(agents) == 0 && h >= 0 && ps.lemma(h) == "guilty" {
			// "X was found guilty of the murder of Y"
			agents = ps.foundGuilty(h)
		}
		if len(agents) == 0 {
			agents = ps.actedIn(n)
		}
		if len(agents) == 0 {
			agents = ps.orderedBy(n)
		}
		if in(killerNouns, lemma) {
			// the victim may modify the noun: "Kennedy's assassin",
			// "King assassin X"
			for _, c := range ps.kids[n] {
				if r := ps.rel(c); (r == "compound" || ps.tok(c).Deprel == "nmod:poss") && c < n && ps.isPerson(c) {
					victims = append(victims, c)
				}
			}
			if len(victims) == 0 && n >= 2 && ps.tok(n-1).XPOS == "POS" && ps.isPerson(n-2) {
				// "represented X's assassin, Y", the possessor hung on the verb
				victims = append(victims, ps.mentionHead(n-2))
			}
			agents = agents[:0]
			// the killer is the person the noun describes: "X, the
			// assassin of Y", "assassin X", "X was the assassin"
			if r := ps.tok(n).Deprel; r == "appos" || r == "compound" || r == "nmod:desc" {
				agents = append(agents, ps.head(n))
			}
			for _, c := range ps.kids[n] {
				if ps.rel(c) == "nsubj" || ps.tok(c).Deprel == "appos" || (ps.tok(c).Deprel == "flat" || ps.rel(c) == "compound") && c > n {
					agents = append(agents, c)
				}
			}
			if len(agents) == 0 {
				agents = ps.appositionOf(n)
			}
			if len(agents) == 0 || len(victims) == 0 {
				if a, v := ps.killerBetween(n); a != nil {
					agents, victims = a, v
				}
			}
			if len(agents) > 0 && len(victims) == 0 {
				// "the assassination of Y … X was the lone assassin"
				victims = ps.soleKillingVictims(n)
			}
		}
		if in(killerNouns, lemma) {
			// the noun describes its own name, not the names conjoined
			// to it
			x.killings(ps, agents, withConj(ps, victims), n, false, false)
			continue
		}
		x.killings(ps, withConj(ps, agents), withConj(ps, victims), n, false, false)
	}
}

// assassinatedIn reports "X was assassinated in Y": a killing with a
// place of its own that is an attack held there although no attacker is
// named. Only "assassinate" says so: "shot dead by police in Y" is
// policing and "stabbed to death in a robbery in Y" ordinary crime.
func (ps *psent) assassinatedIn(trigger int, agents []int, violent bool, place *entity) bool {
	return violent && place != nil && ps.lemma(trigger) == "assassinate" && !ps.policeOrNamedAgent(agents)
}

// withConj adds the conjuncts of each token: "killed X and Y".
func withConj(ps *psent, ks []int) []int {
	out := append([]int(nil), ks...)
	for _, k := range ks {
		for _, h := range []int{k, ps.honorificHead(k)} {
			if h < 0 {
				continue
			}
			for _, c := range ps.kids[h] {
				if ps.tok(c).Deprel == "conj" {
					out = append(out, c)
				}
			}
		}
	}
	return out
}

// honorificHead returns the honorific or title word right before the
// name at token k that the parser made the name's head, where the
// conjuncts after the name hang ("killed Havildar X and Sepoy Y": "Y" a
// conjunct of "Havildar", which is no part of X's name); -1 for none.
func (ps *psent) honorificHead(k int) int {
	if k < 0 || ps.ent[k] == nil {
		return -1
	}
	start, _ := ps.mentionSpan(k)
	h := start - 1
	if h < 0 || ps.head(k) != h || ps.ent[h] != nil {
		return -1
	}
	if w := ps.lower(h); !in(honorifics, w) && !isTitleHead(w) {
		return -1
	}
	return h
}

// killings emits one attack event per named attacker with the named
// victims. Arguments are read through personAt: a relative pronoun
// stands for its antecedent ("X, who shot Y"), and a name only the
// recognizer knows is taken in these slots. With no attacker named, the
// victims join the one attack the sentence reports; failing that, an
// armed subject ("Gunmen shot dead X") makes an attack of its own; and
// a violent verb ("X was shot dead", "a man stabbed X") joins the one
// attack the article reports, unless the police or a named body did it
// or the killing has a place of its own: then it is another act, an
// attack held there ("X was assassinated in Y"). A plain "killed" joins
// none: it may be an accident ("killed in a crash").
func (x *extractor) killings(ps *psent, agents, victims []int, trigger int, armed, violent bool) {
	agents = ps.withMembers(agents) // "by a band that included X and Y"
	var vks []int
	var vs []*entity
	for _, v := range victims {
		if k, e := x.killArg(ps, v); e != nil && !containsEnt(vs, e) {
			vks, vs = append(vks, k), append(vs, e)
		}
	}
	if len(vs) == 0 {
		return
	}
	var aks []int
	var as []*entity
	for _, a := range agents {
		if k, e := x.killArg(ps, a); e != nil {
			aks, as = append(aks, k), append(as, e)
		}
	}
	single := x.attacksBySent[ps.idx]
	place, hedge := x.killPlace(ps, trigger), ps.killHedge(trigger)
	if len(as) == 0 && len(single) != 1 && !armed && violent && !ps.policeOrNamedAgent(agents) && place == nil {
		// "X was stabbed by one of them", with no place of its own: the
		// article's one attack ("shot dead by police in Y" is another)
		single = x.soleAttack()
	}
	if len(as) == 0 && len(single) != 1 && !armed && !ps.assassinatedIn(trigger, agents, violent, place) {
		return
	}
	if len(as) == 0 && len(single) != 1 {
		// "Gunmen shot dead X": an attack whose attacker is unnamed;
		// "X was assassinated in Y": one held where it happened
		x.trace(ps, append([]int{trigger}, vks...))
		x.emitEvent(&event{cat: "attack", victims: vs, heldIn: place, sent: ps.idx, hedge: hedge})
		return
	}
	if len(as) == 0 {
		// "X was killed in the strike": a victim of the attack the
		// sentence reports, when it reports exactly one
		x.trace(ps, append([]int{trigger}, vks...))
		for _, v := range vs {
			x.addFact(single[0], domain.Victim, v.id, false, ps.idx, hedge)
		}
		return
	}
	for i, ae := range as {
		if containsEnt(vs, ae) {
			continue
		}
		x.trace(ps, append([]int{aks[i], trigger}, vks...))
		x.emitEvent(&event{cat: "attack", attacker: ae, victims: vs, heldIn: place, sent: ps.idx, hedge: hedge})
	}
}

// killArg returns the person an argument token of a killing names and
// the token that names it: a name, a title's name ("reporter X"), the
// antecedent of a relative pronoun, the subject a noun describes ("X was
// the gunman who killed Y"), or the person coreference links a personal
// pronoun to ("he shot Y"). Nil when it names no person.
func (x *extractor) killArg(ps *psent, k int) (int, *entity) {
	k = ps.nameOfTitle(ps.describedBy(ps.antecedent(k)))
	if x.isPersonArg(ps, k) {
		return k, x.personAt(ps, k)
	}
	if k >= 0 && ps.ent[k] == nil && in(onePersonPronouns, ps.lower(k)) {
		return k, x.corefAntecedent(ps.idx, k, domain.Person)
	}
	return k, nil
}

// onePersonPronouns stand for one person, as subject or object.
var onePersonPronouns = set("he", "she", "him", "her")

// describedBy returns the person a common noun k is said to be: the
// subject of a copula it is the predicate of ("X was the lone gunman",
// "X is the man"); k itself otherwise.
func (ps *psent) describedBy(k int) int {
	if k < 0 || ps.ent[k] != nil || ps.tok(k).UPOS != "NOUN" || !ps.has(k, "cop") {
		return k
	}
	for _, c := range ps.kidsWith(k, "nsubj") {
		if ps.isPerson(c) {
			return c
		}
	}
	return k
}

// killLemma is the lemma of a killing verb at v, also where the tagger
// took the past for a present and left the form as its lemma ("Gunmen
// shot dead X"), and "kill" for "gun down" and "cut down".
func (ps *psent) killLemma(v int) string {
	if l, ok := killPasts[ps.lower(v)]; ok {
		return l
	}
	if l, prt := ps.lemma(v), ps.kidWith(v, "compound:prt", ""); (l == "gun" || l == "cut") && prt >= 0 && ps.lower(prt) == "down" {
		return "kill" // "X was gunned down by Y", "cut down by an assassin"
	}
	return ps.lemma(v)
}

// relationNouns introduce a person by their tie to another: "stabbed
// his neighbour, Peter Voss".
var relationNouns = set("neighbour", "neighbor", "friend", "colleague", "partner", "boyfriend", "girlfriend", "cousin", "uncle", "aunt", "nephew", "niece")

// killPasts are past forms of killing verbs and their lemmas.
var killPasts = map[string]string{"shot": "shoot", "slain": "slay", "slew": "slay", "stabbed": "stab", "killed": "kill", "murdered": "murder",
	"wounded": "wound", "injured": "injure"}

// armedNouns are subjects that attack without being named: "Gunmen shot
// dead X".
var armedNouns = set("gunman", "attacker", "assailant", "militant", "insurgent", "rebel", "fighter", "bandit", "jihadist")

// nameOfTitle returns the name a title noun introduces ("murdering
// reporter Jon Hale", parsed with the name in apposition to the title);
// k itself for anything else.
func (ps *psent) nameOfTitle(k int) int {
	if k < 0 || ps.ent[k] != nil {
		return k
	}
	titled := isTitleNoun(ps.lemmaOrLower(k)) || in(kinNouns, ps.lemma(k)) || in(relationNouns, ps.lemma(k)) ||
		in(honorifics, ps.lower(k)) // "Mr Voss was killed", the honorific taken for the head
	if !titled && ps.tok(k).UPOS != "NOUN" {
		return k
	}
	for _, c := range ps.kids[k] {
		start, _ := ps.mentionSpan(c)
		// "his neighbour, Peter Voss", "the King of Tarrow, Peter Voss";
		// any noun of a person before a comma: "a 30-year-old farmer,
		// Peter Voss"
		comma := start >= k+2 && ps.tok(start-1).Form == "," && ps.within(k+1, start-1, k) && ps.tok(c).Deprel == "appos"
		if (comma || titled && (c == k+1 || start == k+1 || ps.honorificsBetween(k, c))) &&
			(ps.tok(c).Deprel == "appos" || ps.rel(c) == "flat") && ps.isPerson(c) {
			return c
		}
	}
	return k
}

// honorificsBetween reports whether only honorifics stand between tokens
// k and c ("leader Dr. Ana Soler").
func (ps *psent) honorificsBetween(k, c int) bool {
	if c <= k+1 || c > k+3 {
		return false
	}
	for i := k + 1; i < c; i++ {
		if !in(honorifics, ps.lower(i)) {
			return false
		}
	}
	return true
}

// killerAfter returns, for a name followed by a killer noun and another
// name ("Peter Voss assassin Jon Hale", which the parser may read as one
// flat name), the second name: the killer noun makes the first its
// victim's, not the object of the sentence's verb. k itself otherwise.
func (ps *psent) killerAfter(k int) int {
	if k < 0 || !ps.isPerson(k) {
		return k
	}
	_, end := ps.mentionSpan(k)
	if end+1 < len(ps.d.Tokens) && in(killerNouns, ps.lemmaOrLower(end)) && ps.isPerson(end+1) {
		return ps.mentionHead(end + 1)
	}
	return k
}

// killerBetween reads "Peter Voss assassin Jon Hale" by position, for a
// killer noun n the parser left among the names: the name before is the
// victim, the name after the killer.
func (ps *psent) killerBetween(n int) (agents, victims []int) {
	if n < 1 || n+1 >= len(ps.d.Tokens) || !ps.isPerson(n-1) || !ps.isPerson(n+1) {
		return nil, nil
	}
	return []int{ps.mentionHead(n + 1)}, []int{ps.mentionHead(n - 1)}
}

// appositionOf returns the name right after noun n and a comma ("Kennedy's
// assassin, Lee Harvey Oswald"), or the name right before it ("Lee
// Harvey Oswald, Kennedy's assassin").
func (ps *psent) appositionOf(n int) []int {
	if n+2 < len(ps.d.Tokens) && ps.tok(n+1).Form == "," && ps.isPerson(n+2) {
		return []int{ps.mentionHead(n + 2)}
	}
	return nil
}

// attackBy: "an airstrike by the Sudanese army", "the shelling by
// Kenyan forces": the attacker a "by" phrase names on the attack noun,
// for the one attack the sentence reports when it has none yet. A force
// named by its country ("the Sudanese army") is that country.
func attackBy(x *extractor, ps *psent) {
	ids := x.attacksBySent[ps.idx]
	if len(ids) != 1 || x.hasFact(ids[0], domain.Attacker) {
		return
	}
	for n := range ps.d.Tokens {
		if !in(attackNouns, ps.lower(n)) || ps.tok(n).UPOS != "NOUN" {
			continue
		}
		for _, c := range ps.kids[n] {
			if ps.caseOf(c) != "by" {
				continue
			}
			a, used := ps.forceOf(c)
			if a == nil {
				continue
			}
			x.trace(ps, append([]int{n}, used...))
			x.addFact(ids[0], domain.Attacker, a.id, false, ps.idx, ps.s.hedge)
			return
		}
	}
}

// forceOf returns the country or organization token k names: its own
// mention, or the one modifying a force noun ("the Sudanese army",
// "Kenya's air force").
func (ps *psent) forceOf(k int) (*entity, []int) {
	if e := ps.ent[k]; e != nil {
		if e.typ == domain.Country || e.typ == domain.Organization {
			return e, []int{k}
		}
		return nil, nil
	}
	if !in(agentNouns, ps.lower(k)) {
		return nil, nil
	}
	for _, c := range ps.kids[k] {
		r := ps.tok(c).Deprel
		if e := ps.ent[c]; e != nil && c < k && (r == "amod" || r == "compound" || r == "nmod:poss") && (e.typ == domain.Country || e.typ == domain.Organization) {
			return e, []int{k, c}
		}
	}
	return nil, nil
}

// hasFact reports whether a fact with subject subj and predicate p was
// stated.
func (x *extractor) hasFact(subj string, p domain.Predicate) bool {
	for _, f := range x.facts {
		if f.Subject == subj && f.Predicate == p {
			return true
		}
	}
	return false
}
