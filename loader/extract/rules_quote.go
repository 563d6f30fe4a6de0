package extract

import "github.com/actorgraph/actorgraph/domain"

// speechLemmas are verbs whose subject speaks the quoted words of their
// clause: "X said fuel remained “far below what is needed”", "X called
// on Y to “stop these actions”", "X accused Y of “escalating tension”".
var speechLemmas = set("say", "tell", "add", "accuse", "call", "urge", "warn", "describe", "insist",
	"state", "write", "argue", "vow", "demand", "declare", "stress", "note", "promise", "pledge",
	"ask", "reply", "explain", "announce", "claim", "complain", "acknowledge", "admit")

// quoteVerb: a quote inside a sentence that the token rules left without
// a speaker is said by the subject of the nearest verb of saying above
// it in the parse, at most four arcs up, read through relative pronouns,
// names only the recognizer read, and coreference for pronouns.
func quoteVerb(x *extractor, ps *psent) {
	for _, q := range x.unattributed {
		if len(q.pieces) != 1 || q.pieces[0].sent != ps.idx {
			continue
		}
		text := q.text(x.sents)
		if quoteRunes(text) < minQuoteRunes {
			continue
		}
		start, end, ok := ps.parseSpan(q.pieces[0].from, q.pieces[0].to)
		if !ok {
			continue
		}
		h := ps.spanHead(start, end)
		v := ps.speechVerbAbove(h)
		if v < 0 {
			v = ps.speechNounVerb(start)
		}
		if v < 0 || ps.negatedVerb(v) || ps.deniedAbove(v) {
			// "X never called it “…”", "X denied she had called it “…”"
			continue
		}
		if ps.appealInfinitive(v, start) && wordsNounBefore(x.sents[ps.idx].toks, q.pieces[0].from-1) >= 0 {
			// "X urged Y to retract his comment that “…”": the
			// comment's words, not the appeal's
			continue
		}
		speaker, subj := x.speakerOf(ps, v)
		if speaker == nil || x.reportedThrough(ps, v, speaker) {
			continue
		}
		x.trace(ps, []int{subj, v, h})
		x.statement(attribution{speaker: speaker, sent: ps.idx, verb: v}, text, q)
	}
}

// appealLemmas ask someone to do something; a quote in their
// infinitive may be the content of a noun there ("called on Y to
// apologise for his remark that “…”").
var appealLemmas = set("call", "urge", "ask", "tell")

// appealInfinitive reports whether v is a verb of appeal whose "to" of
// the infinitive comes after it and before parse token start: "urged
// the president to retract …".
func (ps *psent) appealInfinitive(v, start int) bool {
	if !in(appealLemmas, ps.lemma(v)) {
		return false
	}
	for k := v + 1; k < start && k <= v+8; k++ {
		if ps.lower(k) == "to" && ps.tok(k).UPOS == "PART" {
			return true
		}
	}
	return false
}

// reportLemmas are verbs that report what someone said: a verb of saying
// in their complement speaks through them.
var reportLemmas = set("say", "tell", "write", "state", "add", "announce", "report", "claim",
	"insist", "explain", "note", "confirm")

// reportedThrough reports whether the verb of saying at parse token v,
// whose speaker is the person sp, is itself reported by another: it heads
// the complement of a verb of reporting, one or two clauses up, whose
// speaker is not sp ("X said Y had described the plan as “…”", "the
// government said in a statement that Prime Minister Y had asked for
// “…”"). Whose words the quote gives is then unsure, as the gold has it:
// the reporter may have put them in Y's mouth. "Y said he had told X
// that “…”" is Y's own.
func (x *extractor) reportedThrough(ps *psent, v int, sp *entity) bool {
	if sp == nil || sp.typ != domain.Person {
		return false
	}
	for range 2 {
		if ps.rel(v) != "ccomp" || ps.subordinated(v) {
			return false
		}
		if v = ps.head(v); v < 0 {
			return false
		}
		if ps.tok(v).UPOS == "VERB" && in(reportLemmas, ps.lemma(v)) {
			outer, _ := x.speakerOf(ps, v)
			return outer != sp
		}
	}
	return false
}

// subordinated reports whether a conjunction of time, cause or
// condition comes between clause v and its head, which makes it no
// complement whatever its relation: "X said, before Y added that “…”"
// (read as a ccomp by the parser).
func (ps *psent) subordinated(v int) bool {
	for k := v - 1; k > ps.head(v); k-- {
		if u := ps.tok(k).UPOS; (u == "SCONJ" || u == "ADP") && in(subordinators, ps.lower(k)) {
			return true
		}
	}
	return false
}

// subordinators open an adverbial clause.
var subordinators = set("before", "after", "while", "as", "when", "since", "until", "because",
	"although", "though", "once", "unless", "whereas")

// reportedAt is reportedThrough for token v of the token rules' sentence
// s; false where s has no parse.
func (x *extractor) reportedAt(s *sentence, v int, sp *entity) bool {
	ps := x.psentAt(s.idx)
	if ps == nil {
		return false
	}
	p := x.parseToken(s, v)
	return p >= 0 && x.reportedThrough(ps, p, sp)
}

// parseSpan returns the parse tokens [start, end) covering the token
// rules' tokens [from, to) of the sentence.
func (ps *psent) parseSpan(from, to int) (int, int, bool) {
	if from >= to || to > len(ps.s.toks) {
		return 0, 0, false
	}
	lo, hi := ps.s.toks[from].start, ps.s.toks[to-1].end
	start, end := -1, -1
	for k, t := range ps.d.Tokens {
		if off := t.Start - ps.d.Start; off >= lo && t.End-ps.d.Start <= hi {
			if start < 0 {
				start = k
			}
			end = k + 1
		}
	}
	return start, end, start >= 0
}

// speechVerbAbove returns the first verb of saying among the heads above
// token h, at most four arcs up; -1 for none.
func (ps *psent) speechVerbAbove(h int) int {
	for range 4 {
		h = ps.head(h)
		if h < 0 {
			return -1
		}
		if ps.tok(h).UPOS == "VERB" && in(speechLemmas, ps.lemma(h)) {
			return h
		}
	}
	return -1
}

// speechNouns are nouns of speech whose "to" or "for" the quoted words
// complete: "opened the summit with a call to “…”", "an appeal for “…”".
var speechNouns = set("call", "appeal", "plea", "demand", "warning", "promise", "pledge", "vow")

// speechNounVerb returns the verb whose subject speaks a quote that
// opens right after a noun of speech and its "to" or "for" (parse token
// start is the quote's first word): the noun's head, a verb ("opened the
// summit with a call to “…”"); -1 for none.
func (ps *psent) speechNounVerb(start int) int {
	k := start - 1
	for k >= 0 && ps.tok(k).UPOS == "PUNCT" {
		k--
	}
	if k < 1 || (ps.lower(k) != "to" && ps.lower(k) != "for") {
		return -1
	}
	n := k - 1
	if ps.tok(n).UPOS != "NOUN" || !in(speechNouns, ps.lemma(n)) {
		return -1
	}
	if v := ps.head(n); v >= 0 && ps.tok(v).UPOS == "VERB" && (ps.rel(n) == "obl" || ps.rel(n) == "obj") {
		return v
	}
	return -1
}

// denialLemmas deny the saying they govern.
var denialLemmas = set("deny", "dispute", "reject", "dismiss", "refute")

// deniedAbove reports whether a verb of denial governs verb v, at most
// three arcs up, through the clauses it takes as complements: "X denied
// she had called it “…”", not "X rejected the plan, saying “…”".
func (ps *psent) deniedAbove(v int) bool {
	for range 3 {
		if r := ps.rel(v); r == "advcl" || r == "conj" || r == "parataxis" {
			return false
		}
		if v = ps.head(v); v < 0 {
			return false
		}
		if in(denialLemmas, ps.lemma(v)) {
			return true
		}
	}
	return false
}

// speakerOf returns who speaks through verb v, and the token naming
// them: v's subject, or the subject of the verb v is conjoined to ("X
// told reporters … and accused Y of “…”"). A person is read through
// personAt, a pronoun through coreference; an organization or a country
// speaks by name.
func (x *extractor) speakerOf(ps *psent, v int) (*entity, int) {
	subjects := ps.kidsWith(v, "nsubj")
	if r := ps.tok(v).Deprel; len(subjects) == 0 && (r == "conj" || r == "advcl" && ps.tok(v).XPOS == "VBG") && ps.head(v) >= 0 {
		// "X rejected the plan, saying “…”": a participle without a
		// subject of its own speaks for its clause's
		subjects = ps.kidsWith(ps.head(v), "nsubj")
	}
	if h := ps.head(v); len(subjects) == 0 && ps.tok(v).Deprel == "parataxis" && h >= 0 && h < v && ps.tok(h).UPOS == "NOUN" {
		subjects = []int{h} // "The council's president, X, said" read as a noun and a parataxis
	}
	for _, c := range subjects {
		if e := x.personAt(ps, c); e != nil {
			return e, c
		}
		if e := ps.ent[c]; e != nil && ps.kind[c] == mName {
			return speakerEntity(e), c
		}
		if e := x.definiteBody(ps, c); e != nil {
			return e, c
		}
		if ps.tok(c).UPOS == "PRON" {
			if e := x.corefAntecedent(ps.idx, c, domain.Person); e != nil {
				return e, c
			}
			if e := x.bodyPronoun(ps, c); e != nil {
				return e, c
			}
		}
		if e := ps.governmentOf(c); e != nil {
			return e, c
		}
		if k := ps.titledNameBefore(c, v); k >= 0 {
			return x.personAt(ps, k), k
		}
		// "The council's president, Ambassador X of Norway, said": the
		// name in apposition to the title; "Opposition lawmaker X of the
		// Y party said": the name the parser hung on the title as flat
		for _, a := range ps.kidsWith(c, "appos", "flat") {
			if isTitleNoun(ps.lemmaOrLower(c)) && ps.isPerson(a) {
				if e := x.personAt(ps, a); e != nil {
					return e, a
				}
			}
		}
		if a := ps.knownAs(c); a >= 0 {
			return x.personAt(ps, a), a
		}
		if e := x.groupSubject(ps, c); e != nil {
			return e, c
		}
	}
	return nil, -1
}

// groupSubject returns the body "the group" at parse token c stands for
// ("The group claimed the attack in a statement, saying it had hit
// “…”"), as the token rules read "the group said": the one organization
// named last before it in this sentence or the two before (one a
// description before the noun names is another party's); the
// organization whose name the noun carries as a compound ("The Corvin
// Front militant group claimed …"); or the organization a description
// with "a" stands in apposition to ("Corvin Front, a rebel group based
// in the north, claimed …"). Nil otherwise.
func (x *extractor) groupSubject(ps *psent, c int) *entity {
	if ps.tok(c).UPOS != "NOUN" || !in(bodyNouns, ps.lower(c)) {
		return nil
	}
	if e := ps.compoundBody(c); e != nil {
		return e
	}
	k, _, ok := oldSpan(ps.s, ps.d, c, c+1)
	if !ok {
		return nil
	}
	if the := describedFrom(ps.s.toks, k); the >= 0 && the < k-1 {
		// "the Corvin Front-linked group": not the body the description
		// names, as the token rules read "the … group said"
		return x.describedSpeaker(ps.s, the, k)
	}
	if ps.definite(c) {
		return x.recentBody(ps.s, k)
	}
	return appositionBody(ps.s, k)
}

// compoundBody returns the organization named by a compound of the
// body noun at parse token c ("the Corvin Front armed group"): the
// group is that body. A name joined to a description by a hyphen ("the
// Corvin Front-linked group", "the Selby-based group") names another
// party and is skipped, as is one another noun qualifies; nil for none.
func (ps *psent) compoundBody(c int) *entity {
	for _, m := range ps.kidsWith(c, "compound") {
		e, kind := ps.ent[m], ps.kind[m]
		if e == nil {
			// one parse token for two names, "Corvin/CFA": the first
			e, kind = ps.firstNameIn(m)
		}
		if e == nil || e.typ != domain.Organization || kind != mName || ps.quoted(m) {
			continue
		}
		// only words that say what kind of armed or political group
		// it is may come between ("the Corvin Front militant group");
		// a hyphen ("Corvin Front-linked") or another noun ("the Halden
		// contact group", "the Corvin Bank working group") makes it a
		// group of its own
		_, end := ps.mentionSpan(m)
		described := true
		for j := end; j < c; j++ {
			if !in(groupKinds, ps.lower(j)) {
				described = false
			}
		}
		if described {
			return e
		}
	}
	return nil
}

// groupKinds say what kind of group a body noun names after the
// group's own name: "the Corvin Front armed group".
var groupKinds = set("armed", "militant", "terrorist", "rebel", "insurgent", "jihadist", "islamist",
	"separatist", "extremist", "paramilitary", "guerrilla", "hacker", "hacking")

// firstNameIn returns the first entity the token rules name inside parse
// token k, and how, where k holds more than one name ("Corvin/CFA").
func (ps *psent) firstNameIn(k int) (*entity, mentionKind) {
	t := ps.tok(k)
	for _, m := range ps.s.ments {
		lo := ps.d.Start + ps.s.toks[m.start].start
		hi := ps.d.Start + ps.s.toks[m.end-1].end
		if lo >= t.Start && hi <= t.End {
			return m.ent, m.kind
		}
	}
	return nil, 0
}

// appositionBody returns the organization named right before the comma
// that opens the description with "a" or "an" whose body noun is token k
// of s ("Corvin Front, a rebel group based in the north, said"); nil
// otherwise.
func appositionBody(s *sentence, k int) *entity {
	toks := s.toks
	j := k - 1
	for j >= 0 && toks[j].kind == tWord && !toks[j].cap && !toks[j].quoted && !in(articles, toks[j].lower) {
		j-- // "armed", "rebel", "separatist"
	}
	if j < 2 || (toks[j].lower != "a" && toks[j].lower != "an") || toks[j-1].text != "," {
		return nil
	}
	if m := mentionEndingAt(s, j-1); m != nil && !m.quoted && m.kind == mName && m.ent.typ == domain.Organization {
		return m.ent
	}
	return nil
}

// bodyPronoun returns the organization or country "it" at parse token
// c stands for: the one the sentence names last before it, as the token
// rules read "The union condemned what it called …"; nil for none.
func (x *extractor) bodyPronoun(ps *psent, c int) *entity {
	if ps.lower(c) != "it" {
		return nil
	}
	k, _, ok := oldSpan(ps.s, ps.d, c, c+1)
	if !ok {
		return nil
	}
	return bodyBefore(ps.s, k)
}

// governmentNouns stand for the state whose possessive qualifies them
// ("the Chinese embassy said": the embassy speaks for China).
var governmentNouns = set("government", "junta", "administration", "cabinet", "embassy")

// governmentOf returns the country whose government parse token c is
// ("Mali's military government said"); nil otherwise.
func (ps *psent) governmentOf(c int) *entity {
	if ps.tok(c).UPOS != "NOUN" || !in(governmentNouns, ps.lemma(c)) {
		return nil
	}
	for _, p := range ps.kidsWith(c, "nmod:poss") {
		if e := ps.ent[p]; e != nil && e.typ == domain.Country && ps.kind[p] == mName {
			return e
		}
	}
	return nil
}

// knownAs returns the person a title at parse token c is "known as" or
// "identified as" ("Its spokesman, known as Ti Makak, called …"); -1 for
// none.
func (ps *psent) knownAs(c int) int {
	if !isTitleNoun(ps.lemmaOrLower(c)) {
		return -1
	}
	for _, a := range ps.kidsWith(c, "acl") {
		if l := ps.lemma(a); l != "know" && l != "identify" {
			continue
		}
		for _, o := range ps.kidsWith(a, "obl", "xcomp") {
			if ps.isPerson(o) && ps.caseOf(o) == "as" {
				return o
			}
		}
	}
	return -1
}

// titledNameBefore returns the person named between commas right before
// verb v when v's subject c is a title ("The office's head of operations
// in Gaza, Ingrid Solheim, said", however the parser attached the name);
// -1 for none.
func (ps *psent) titledNameBefore(c, v int) int {
	if c >= v || !isTitleNoun(ps.lemmaOrLower(c)) || v < 3 || ps.tok(v-1).Form != "," || !ps.isPerson(v-2) {
		return -1
	}
	start, _ := ps.mentionSpan(v - 2)
	if start < 1 || start <= c || ps.tok(start-1).Form != "," {
		return -1
	}
	return ps.mentionHead(v - 2)
}
