package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/nlp/doc"
)

// corefPerson returns the person a pronoun at token k of s refers to by
// the trained coreference model: the nearest earlier mention of its chain
// that the extractor knows as a person. Nil when the model links it to
// no named person.
func (x *extractor) corefPerson(s *sentence, k int) *entity {
	tok := x.parseToken(s, k)
	if tok < 0 {
		return nil
	}
	return x.corefAntecedent(s.idx, tok, domain.Person)
}

// parseToken returns the token of the parse of s that starts where token
// k of the token rules starts, or -1.
func (x *extractor) parseToken(s *sentence, k int) int {
	if x.annot == nil || s.idx >= len(x.annot.Sentences) {
		return -1
	}
	ds := &x.annot.Sentences[s.idx]
	at := ds.Start + s.toks[k].start
	for i, t := range ds.Tokens {
		if t.Start == at {
			return i
		}
	}
	return -1
}

// taggedProper reports whether the tagger read token k of s as a proper
// noun; true when the sentence has no parse, so that the token rules
// decide alone.
func (x *extractor) taggedProper(s *sentence, k int) bool {
	tok := x.parseToken(s, k)
	return tok < 0 || x.annot.Sentences[s.idx].Tokens[tok].UPOS == "PROPN"
}

// taggedAdjective reports whether the parse tags token k of s an
// adjective.
func (x *extractor) taggedAdjective(s *sentence, k int) bool {
	return x.parseTag(s, k) == "ADJ"
}

// parseTag returns the part of speech (UPOS) the parse gives token k of
// s, or "" when the sentence has no parse.
func (x *extractor) parseTag(s *sentence, k int) string {
	tok := x.parseToken(s, k)
	if tok < 0 {
		return ""
	}
	return x.annot.Sentences[s.idx].Tokens[tok].UPOS
}

// entityAtToken returns the entity the token rules found at token tok of
// the parse of sentence si, or nil.
func (x *extractor) entityAtToken(si, tok int) *entity {
	if si < 0 || si >= len(x.sents) || si >= len(x.annot.Sentences) {
		return nil
	}
	s, ds := &x.sents[si], &x.annot.Sentences[si]
	if tok < 0 || tok >= len(ds.Tokens) {
		return nil
	}
	lo, hi := ds.Tokens[tok].Start-ds.Start, ds.Tokens[tok].End-ds.Start
	for _, m := range s.ments {
		if s.toks[m.start].start <= lo && hi <= s.toks[m.end-1].end {
			return m.ent
		}
	}
	return nil
}

// bodyAt returns the entity token k of ps names, or, for "its" and
// "their" ("its spokesman"), the organization or country the trained
// coreference model links the pronoun to.
func (x *extractor) bodyAt(ps *psent, k int) *entity {
	if e := ps.ent[k]; e != nil {
		return e
	}
	if e := x.definiteBody(ps, k); e != nil {
		return e
	}
	if e := ps.namedBody(k); e != nil {
		return e
	}
	if e := x.unmentionedOrg(ps, k); e != nil {
		return e
	}
	if ps.tok(k).UPOS != "PRON" || !in(bodyPronouns, ps.lower(k)) {
		return nil
	}
	if e := x.nearBodyAntecedent(ps.idx, k, domain.Organization, domain.Country); e != nil {
		return e
	}
	return x.previousSubjectBody(ps.idx)
}

// unmentionedOrg returns the organization the article names elsewhere
// whose name the proper noun k and its flat and compound words spell,
// where no mention was read in this sentence ("Air Corvin's chairman, X"
// opening a sentence); nil for none.
func (x *extractor) unmentionedOrg(ps *psent, k int) *entity {
	if ps.ent[k] != nil || ps.tok(k).UPOS != "PROPN" {
		return nil
	}
	start, end := k, k+1
	// (the words join the span one by one, nearest first, however many
	// stand on either side: "Corvin Pharma Group's chairman")
	for grew := true; grew; {
		grew = false
		for _, c := range ps.kids[k] {
			if r := ps.rel(c); r != "flat" && r != "compound" || ps.tok(c).UPOS != "PROPN" || ps.ent[c] != nil {
				continue
			}
			switch c {
			case start - 1:
				start, grew = c, true
			case end:
				end, grew = c+1, true
			}
		}
	}
	return x.orgNamed(ps.words(start, end))
}

// nearBodyAntecedent is corefAntecedent for a possessive that stands for
// a body, where the subject of the sentence before outranks an
// antecedent outside the possessive's own sentence: in "Halden Biologics
// paused the trial. Its chief executive, X, …" the model may link "its"
// to a body of an earlier paragraph, and in "Peru's biggest farmers'
// group, the Andean Growers Union, said … Its president, X, …" to the
// possessor inside the subject, where "its" stands for the subject's
// head.
func (x *extractor) nearBodyAntecedent(si, tok int, types ...domain.NodeType) *entity {
	e, at := x.corefAntecedentSent(si, tok, types...)
	if e == nil || at >= si {
		return e
	}
	if b := x.previousSubjectBody(si); b != nil && slices.Contains(types, b.typ) {
		return b
	}
	return e
}

// orgBodyAt is bodyAt for a title only an organization has ("its vice
// chairman"): a pronoun's organization antecedent, or the organization
// the sentence before is about; nil for anything else.
func (x *extractor) orgBodyAt(ps *psent, k int) *entity {
	if ps.ent[k] != nil || ps.tok(k).UPOS != "PRON" || !in(bodyPronouns, ps.lower(k)) {
		return nil
	}
	if e := x.nearBodyAntecedent(ps.idx, k, domain.Organization); e != nil {
		return e
	}
	if e := x.previousSubjectBody(ps.idx); e != nil && e.typ == domain.Organization {
		return e
	}
	return nil
}

// previousSubjectBody returns the one organization or country that is the
// subject of the main clause of the sentence before si in its paragraph,
// or of a clause conjoined with it: "The union opposed the bill. Its
// president, X, said …", where the coreference model links "its" to the
// bill or to nothing. Nil when there is none or several ("The Greens
// backed the bill, but the union has yet to decide. Its president").
func (x *extractor) previousSubjectBody(si int) *entity {
	p := x.sentenceBefore(si)
	if p < 0 {
		return nil
	}
	ds := &x.annot.Sentences[p]
	var found *entity
	for k, t := range ds.Tokens {
		if !mainSubject(ds, k) && !nameRoot(ds, k) && !conjSubject(ds, k) {
			continue
		}
		e := x.entityAtToken(p, k)
		if e == nil && t.UPOS == "NOUN" {
			// "The opposition Harvest Party rejected the bill", read
			// as "opposition" the subject and the name hung on it
			e = x.nameHungOnNoun(p, k)
		}
		if e == nil && (t.UPOS == "NOUN" || t.UPOS == "PROPN") {
			// "The U.N. mission in Congo, MONUSCO, condemned …"; "The
			// Economic Community of West African States (ECOWAS)
			// condemned …", where only the acronym is known by name
			e = x.appositionEntity(p, k, bodyTypes)
		}
		if e == nil && t.UPOS == "NOUN" {
			// "The company, which is based in Rotterdam, said …": the
			// body "the company" stands for
			if ps := x.psentAt(p); ps != nil {
				e = x.definiteBody(ps, k)
				if e == nil {
					e = ps.openingNameBefore(k)
				}
			}
		}
		if e == nil || e.typ != domain.Organization && e.typ != domain.Country {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// nameHungOnNoun returns the organization named right after common noun
// k of sentence si when the parser made the noun the head and hung the
// name on it with no preposition, or made the name a second subject of
// the noun's verb: "The opposition Harvest Party rejected the bill"
// ("Party" an nmod of "opposition"), "The opposition Corvin party
// rejected …" (the name ending in a lower-case party noun). The noun
// describes the body the name gives. Nil when no such name follows.
func (x *extractor) nameHungOnNoun(si, k int) *entity {
	ds := &x.annot.Sentences[si]
	e := x.entityAtToken(si, k+1)
	if e == nil || e.typ != domain.Organization {
		return nil
	}
	hung := func(n int) bool {
		t := ds.Tokens[n]
		if t.Head == ds.Tokens[k].Head && t.Deprel == ds.Tokens[k].Deprel {
			return true
		}
		return t.Head == k && t.Deprel != "case" && !slices.ContainsFunc(ds.Tokens, func(c doc.Token) bool { return c.Head == n && c.Deprel == "case" })
	}
	n := k + 1
	for ; n < len(ds.Tokens) && x.entityAtToken(si, n) == e; n++ {
		if hung(n) {
			return e
		}
	}
	// "The opposition Corvin party rejected …": the lower-case class
	// noun the name ends in, outside the name, heads it
	if n < len(ds.Tokens) && ds.Tokens[n-1].Head == n && in(partyNouns, strings.ToLower(ds.Tokens[n].Form)) && hung(n) {
		return e
	}
	return nil
}

// sentenceBefore returns the sentence before si when it has a parse and
// stands in si's paragraph; -1 otherwise.
func (x *extractor) sentenceBefore(si int) int {
	p := si - 1
	if p < 0 || x.annot == nil || p >= len(x.annot.Sentences) || x.sents[p].para != x.sents[si].para {
		return -1
	}
	return p
}

// mainSubject reports whether token k of ds is a subject of its
// sentence's main clause.
func mainSubject(ds *doc.Sentence, k int) bool {
	t := ds.Tokens[k]
	return (t.Deprel == "nsubj" || t.Deprel == "nsubj:pass") && t.Head >= 0 && ds.Tokens[t.Head].Deprel == "root"
}

// conjSubject reports whether token k of ds is a subject of a clause
// conjoined with the main clause: "The Greens backed the bill, but the
// Baltic Teachers Union has yet to decide", where "its" after may stand
// for either subject.
func conjSubject(ds *doc.Sentence, k int) bool {
	t := ds.Tokens[k]
	if t.Deprel != "nsubj" && t.Deprel != "nsubj:pass" || t.Head < 0 {
		return false
	}
	v := ds.Tokens[t.Head]
	return v.Deprel == "conj" && v.Head >= 0 && ds.Tokens[v.Head].Deprel == "root"
}

// openingNameBefore returns the body named at the start of the sentence
// right before the comma that opens the phrase of noun k: "The World
// Food Programme, the UN food agency based in Rome, warned …", where the
// parser made the describing noun the subject and the name something
// else; nil when the phrase does not follow such a name.
func (ps *psent) openingNameBefore(k int) *entity {
	return ps.nameOpeningBefore(ps.subtreeStart(k))
}

// nameOpeningBefore is openingNameBefore for a phrase starting at token
// start.
func (ps *psent) nameOpeningBefore(start int) *entity {
	if start < 2 || ps.tok(start-1).Form != "," {
		return nil
	}
	e := ps.ent[start-2]
	if e == nil || e.typ != domain.Organization && e.typ != domain.Country {
		return nil
	}
	if ns, _ := ps.mentionSpan(start - 2); ns > 1 || ns == 1 && ps.lower(0) != "the" {
		return nil
	}
	return e
}

// previousSubjectOwner returns, for a spokesman's "its" at token k, the
// one country or organization whose possessive opens the unnamed body
// that is the subject of the main clause of the sentence before, in the
// paragraph: "China's foreign ministry said … Its spokeswoman, X, told a
// briefing …" speaks for China. Only a spokesman is read so: the
// ministry's head ("Its head, X") is no head of the country. Nil for
// any other pronoun, or when none or several.
func (x *extractor) previousSubjectOwner(ps *psent, k int) *entity {
	p := ps.idx - 1
	if ps.ent[k] != nil || ps.tok(k).UPOS != "PRON" || !in(bodyPronouns, ps.lower(k)) ||
		p < 0 || p >= len(x.parsed) || x.parsed[p] == nil || x.sents[p].para != ps.s.para {
		return nil
	}
	prev := x.parsed[p]
	var found *entity
	for n, t := range prev.d.Tokens {
		if t.Deprel != "nsubj" || t.UPOS != "NOUN" || prev.ent[n] != nil || prev.rel(prev.head(n)) != "root" {
			continue
		}
		for _, c := range prev.kidsWith(n, "nmod:poss") {
			e := prev.ent[c]
			if e == nil || e.typ != domain.Organization && e.typ != domain.Country || found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

// psentAt returns sentence si's parse with its mentions laid over it:
// the structure rules' own, or, while the token rules still run, a new
// overlay; nil when the sentence has no parse.
func (x *extractor) psentAt(si int) *psent {
	if si < len(x.parsed) && x.parsed[si] != nil {
		return x.parsed[si]
	}
	if x.annot == nil || si >= len(x.annot.Sentences) {
		return nil
	}
	return x.overlay(si, x.annot)
}

// nameRoot reports whether token k of ds is a name the parser made the
// root, with the verb of its sentence hung on it as parataxis: its
// subject ("The Halden Force (HF), which has 900 troops there, said it
// had …", read as a name and an aside).
func nameRoot(ds *doc.Sentence, k int) bool {
	t := ds.Tokens[k]
	if t.Deprel != "root" || t.UPOS != "PROPN" && t.UPOS != "NOUN" {
		return false
	}
	for _, c := range ds.Tokens {
		if c.Head == k && c.Deprel == "parataxis" && c.UPOS == "VERB" {
			return true
		}
	}
	return false
}

// namedBody returns the organization whose name follows common noun k
// right after it: "the opposition Corvin Alliance", "the militant group
// Halden Front". The parser hangs such a name on the noun or on the
// title before it, as an apposition, a flat name or a compound; nil for
// any other noun. A name the noun classifies from after it ("the
// Tarrow-based Daily Courier newspaper") is classedBody's.
func (ps *psent) namedBody(k int) *entity {
	g := k + 1
	if ps.tok(k).UPOS != "NOUN" || g >= len(ps.d.Tokens) {
		return nil
	}
	e := ps.ent[g]
	if e == nil || e.typ != domain.Organization || ps.kind[g] != mName {
		return ps.classedBody(k)
	}
	if start, _ := ps.mentionSpan(g); start != g {
		return nil
	}
	switch h := ps.mentionHead(g); ps.rel(h) {
	case "appos", "flat", "compound":
		return e
	case "nmod":
		// "leads the opposition Corvin Party", read as a modifier; "a
		// partner at the law firm Berge Lind", hung on the title as a
		// second phrase of its own
		if ps.caseOf(h) == "" && (ps.head(h) == k || ps.head(h) == ps.head(k)) {
			return e
		}
	}
	return nil
}

// bodyClassNouns say what kind of body the name right before them is:
// "the Daily Courier newspaper", "the Amber party". Not "agency": "the
// U.N. agency" is one of the body's agencies.
var bodyClassNouns = set("newspaper", "paper", "daily", "weekly", "magazine", "website", "site",
	"firm", "company", "party", "union", "charity", "network", "broadcaster", "channel", "federation")

// bodyTradeNouns class a body before one of bodyClassNouns without naming
// its members: "the Corvin trade union", "the Amber labour federation".
var bodyTradeNouns = set("trade", "labour", "labor")

// classedBody returns the organization named right before common noun k
// when k says what kind of body it is and the name modifies it: "a
// correspondent for the Tarrow-based Daily Courier newspaper"; nil
// otherwise.
func (ps *psent) classedBody(k int) *entity {
	if n := ps.classedName(k); n >= 0 {
		return ps.ent[n]
	}
	return nil
}

// classedName is classedBody that returns the name's last token; -1 for
// none.
func (ps *psent) classedName(k int) int {
	if k == 0 || !in(bodyClassNouns, ps.lemma(k)) {
		return -1
	}
	// (lower-case nouns that class the body more closely may stand
	// between: "the Corvin trade union federation"; not nouns that say
	// whose staff it gathers: "the Corvin Airways pilots union" is no
	// part of Corvin Airways)
	n := k - 1
	for n > 0 && ps.ent[n] == nil && ps.tok(n).UPOS == "NOUN" && !startsUpper(ps.tok(n).Form) && ps.rel(n) == "compound" && ps.head(n) > n && ps.head(n) <= k &&
		(in(bodyClassNouns, ps.lemma(n)) || in(bodyTradeNouns, ps.lemma(n))) {
		n--
	}
	e := ps.ent[n]
	if e == nil || e.typ != domain.Organization || ps.kind[n] != mName {
		return -1
	}
	// every word of the name the parser hung outside it modifies the
	// noun: "the Popular Harbour party" ("Popular" an adjective of it)
	start, end := ps.mentionSpan(n)
	if end != n+1 {
		return -1
	}
	for i := start; i < end; i++ {
		if h := ps.head(i); h >= start && h < end {
			continue
		} else if r := ps.rel(i); h <= n || h > k || r != "compound" && r != "amod" {
			return -1
		}
	}
	return n
}

// bodyTypes are the types of a body a possessive may stand for.
var bodyTypes = []domain.NodeType{domain.Organization, domain.Country}

// bodyPronouns are the possessives that may stand for an organization or
// a country.
var bodyPronouns = set("its", "their")

// corefAntecedent returns the entity of the nearest earlier mention, in
// the coreference chain of parse token tok of sentence si, that the
// extractor knows by name as one of types; nil when the model links the
// token to none.
func (x *extractor) corefAntecedent(si, tok int, types ...domain.NodeType) *entity {
	e, _ := x.corefAntecedentSent(si, tok, types...)
	return e
}

// corefAntecedentSent is corefAntecedent that also returns the sentence
// of the antecedent's mention (-1 with no antecedent).
func (x *extractor) corefAntecedentSent(si, tok int, types ...domain.NodeType) (*entity, int) {
	ch, i := x.chainAt(si, tok)
	for j := i - 1; j >= 0; j-- {
		if e := x.mentionEntity(ch[j], types); e != nil {
			return e, ch[j].Sent
		}
	}
	return nil, -1
}

// chainAt returns the coreference chain with a mention over parse token
// tok of sentence si, and that mention's index in it; nil and -1 for
// none.
func (x *extractor) chainAt(si, tok int) ([]doc.Mention, int) {
	if x.annot == nil {
		return nil, -1
	}
	for _, ch := range x.annot.Chains {
		if i := slices.IndexFunc(ch, func(m doc.Mention) bool { return m.Sent == si && m.Start <= tok && tok < m.End }); i >= 0 {
			return ch, i
		}
	}
	return nil, -1
}

// mentionEntity returns the entity of one of types that coreference
// mention m names: the one at its head, or else the first inside it
// ("Norwegian Foreign Minister Ana Soler", headed by the title).
func (x *extractor) mentionEntity(m doc.Mention, types []domain.NodeType) *entity {
	if e := x.entityAtToken(m.Sent, m.Head); e != nil && slices.Contains(types, e.typ) {
		return e
	}
	// "the U.N. mission in Congo, MONUSCO": the name the head noun's
	// apposition gives, before the names that modify the noun
	if e := x.appositionEntity(m.Sent, m.Head, types); e != nil {
		return e
	}
	// "Europol, the European Union's police agency": the name the
	// mention is an apposition of, before the names inside it
	if t := x.annot.Sentences[m.Sent].Tokens[m.Head]; t.Deprel == "appos" && t.Head >= 0 {
		if e := x.entityAtToken(m.Sent, t.Head); e != nil && slices.Contains(types, e.typ) {
			return e
		}
	}
	// "The Corvin Party, the main opposition, voted against", however
	// the parser hung the apposition: the name it follows
	if ps := x.psentAt(m.Sent); ps != nil && m.Start > 0 {
		if e := ps.nameOpeningBefore(m.Start); e != nil && slices.Contains(types, e.typ) {
			return e
		}
	}
	if !slices.Contains(types, domain.Person) && x.thingHead(m) {
		return nil // "the Ethiopian dam … its spokeswoman": no body
	}
	for k := m.Start; k < m.End; k++ {
		if e := x.entityAtToken(m.Sent, k); e != nil && slices.Contains(types, e.typ) {
			return e
		}
	}
	return nil
}

// thingHead reports whether coreference mention m is headed by a
// lower-case common noun that names no kind of body ("the Ethiopian
// dam", "Kenya's plan"): the country or organization inside it modifies
// a thing, and is not what a body's "its" refers to.
func (x *extractor) thingHead(m doc.Mention) bool {
	ds := &x.annot.Sentences[m.Sent]
	if m.Head < 0 || m.Head >= len(ds.Tokens) {
		return false
	}
	t := ds.Tokens[m.Head]
	lemma := strings.ToLower(t.Lemma)
	return t.UPOS == "NOUN" && !startsUpper(t.Form) && x.entityAtToken(m.Sent, m.Head) == nil &&
		!in(orgCues, lemma) && !in(bodyNouns, lemma) && !in(collectiveBodies, lemma) && !x.describesNameAfter(m)
}

// describesNameAfter reports whether the head noun of mention m is a
// word describing the organization named right after it, which the
// parser made the name's head: "The main opposition Harvest Party
// opposed the plan, though its leader, X, …" (read as "opposition"
// with "Harvest Party" its modifier) is the party, no thing.
func (x *extractor) describesNameAfter(m doc.Mention) bool {
	ds := &x.annot.Sentences[m.Sent]
	if !in(nameDescriptors, strings.ToLower(ds.Tokens[m.Head].Lemma)) {
		// "The bridge Corvin Builders is building …": a thing the name's
		// clause describes, which the parser may misread the same way
		return false
	}
	e := x.entityAtToken(m.Sent, m.Head+1)
	if e == nil || e.typ != domain.Organization || m.Head+1 >= m.End {
		return false
	}
	for c := m.Head + 1; c < m.End && x.entityAtToken(m.Sent, c) == e; c++ {
		if ds.Tokens[c].Head == m.Head {
			return true
		}
	}
	return false
}

// nameDescriptors say what kind of body the name after them is, in a
// party's or a bloc's place: "the opposition Harvest Party", "the rival
// Corvin Alliance".
// ("coalition" and "alliance" need no place here: they are orgCues, which
// thingHead reads first.)
var nameDescriptors = set("opposition", "rival", "bloc")

// collectiveBodies name a body that is no organization's name word: "the
// Ethiopian side said …", "Kenya's military".
var collectiveBodies = set("side", "military", "regime", "junta", "presidency", "authorities", "leadership", "delegation", "country", "state", "nation")

// personPossessives stand for a person.
var personPossessives = set("his", "her")

// nearPersonAntecedent returns the person a possessive pronoun at token
// k stands for ("His spokesman, X"), when coreference links it to a
// mention in this sentence or the one before ("he told journalists. His
// spokesman, X"); nil otherwise, since a spokesman given to someone
// mentioned only further back is a guess.
func (x *extractor) nearPersonAntecedent(ps *psent, k int) *entity {
	if ps.tok(k).UPOS != "PRON" || !in(personPossessives, ps.lower(k)) {
		return nil
	}
	g := "he"
	if ps.lower(k) == "her" {
		g = "she"
	}
	if ch, i := x.chainAt(ps.idx, k); i >= 1 && ch[i-1].Sent >= ps.idx-1 {
		if e := x.corefAntecedent(ps.idx, k, domain.Person); e != nil {
			return x.agreeing(e, g, ch[i-1].Sent)
		}
	}
	// a person's possessive the model links to no person near, or to a
	// body ("the Bundestag's committee … Chancellor X has avoided taking
	// sides. His spokeswoman, Y, …"): the person the sentence before is
	// about
	return x.previousSubjectPerson(ps.idx, g)
}

// agreeing returns person e as what a pronoun of gender g ("he", "she")
// stands for: e when its gender, where known, is g and, where unknown,
// no other person sentence si names has g ("Prime Minister X met Queen
// Y. ... her spokeswoman" may be either's); nil otherwise.
func (x *extractor) agreeing(e *entity, g string, si int) *entity {
	if e == nil || e.gender == g {
		return e
	}
	if e.gender != "" {
		return nil
	}
	for k := range x.annot.Sentences[si].Tokens {
		if o := x.entityAtToken(si, k); o != nil && o != e && o.typ == domain.Person && o.gender == g {
			return nil
		}
	}
	return e
}

// previousSubjectPerson returns the one person named as the subject of
// the main clause of the sentence before si in its paragraph, by name
// or by a title the name follows ("Chancellor X, who leads the party,
// has avoided taking sides"); nil for none or several, or for one the
// gender g of the pronoun does not fit (agreeing).
func (x *extractor) previousSubjectPerson(si int, g string) *entity {
	p := x.sentenceBefore(si)
	if p < 0 {
		return nil
	}
	ds := &x.annot.Sentences[p]
	var found *entity
	for k := range ds.Tokens {
		if !mainSubject(ds, k) {
			continue
		}
		e := x.entityAtToken(p, k)
		for n, c := range ds.Tokens {
			if e == nil && c.Head == k && (c.Deprel == "flat" || c.Deprel == "appos") {
				e = x.entityAtToken(p, n)
			}
		}
		if e == nil || e.typ != domain.Person {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return x.agreeing(found, g, p)
}

// appositionEntity returns the entity of one of types that a name in
// apposition after token head of sentence si gives ("the U.N. mission in
// Congo, MONUSCO"); nil for none.
func (x *extractor) appositionEntity(si, head int, types []domain.NodeType) *entity {
	for k, t := range x.annot.Sentences[si].Tokens {
		if t.Head == head && t.Deprel == "appos" && k > head {
			if e := x.entityAtToken(si, k); e != nil && slices.Contains(types, e.typ) {
				return e
			}
		}
	}
	return nil
}

// definiteBody returns the organization a definite common noun stands
// for ("the council" after "the Transitional Presidential Council"): the
// one named last whose name ends with the noun, in this sentence or the
// nearest before that names one, however far back (a wire story names
// its forum in the first line and says "the forum's secretary general"
// twenty sentences on), as recentOrg reads "the ministry said" for the
// token rules. A noun with a compound modifier ("the security council")
// may name another body, and gives nil.
func (x *extractor) definiteBody(ps *psent, k int) *entity {
	if ps.ent[k] != nil || ps.tok(k).UPOS != "NOUN" || !ps.definite(k) && !ps.classNoun(k) {
		return nil
	}
	os, _, ok := oldSpan(ps.s, ps.d, k, k+1)
	if !ok {
		return nil
	}
	e := x.recentParty(ps, k, os)
	if e == nil {
		e = x.recentOrg(ps.s, os, ps.lemma(k), len(x.sents))
	}
	if e == nil && ps.lemma(k) == "agency" {
		// "the U.S. Drug Enforcement Administration … The agency's
		// administrator": a government agency named by another head
		e = x.recentOrgWhere(ps.s, os, len(x.sents), func(o *entity) bool { return in(agencyHeads, headWord(o.name)) })
	}
	if e == nil {
		e = x.introducedBody(ps.s, os, ps.lemma(k))
	}
	if e == nil && in(selfNamingNouns, ps.lemma(k)) {
		return x.selfNamedBody(ps.lemma(k)) // "a spokesman for the junta"
	}
	if e == nil && ps.lemma(k) == "bloc" {
		return x.recentBloc(ps.s, os) // "the bloc's top diplomat"
	}
	if e == nil && ps.lemma(k) == "country" && len(ps.kidsWith(k, "amod")) == 0 {
		// "the country's foreign minister": the one country the nearest
		// sentence naming any names ("the neighbouring country" is another)
		return x.recentWhere(ps.s, os, 2, func(e *entity) bool { return e.typ == domain.Country && !x.isBlocBody(e) })
	}
	if e == nil && companyNoun(ps.lemma(k)) && len(ps.kidsWith(k, "amod")) == 0 && len(ps.kidsWith(k, "compound")) == 0 {
		return x.recentCompany(ps.s, os) // "the company's chief executive"
	}
	if e == nil || !ps.modifiersIn(k, e.name) {
		return nil
	}
	return e
}

// agencyHeads end the names of government agencies that wire copy
// then calls "the agency": the Drug Enforcement Administration, the
// Federal Bureau of Investigation, the Internal Revenue Service.
var agencyHeads = set("agency", "administration", "bureau", "service", "authority")

// classNouns say what kind of body a title noun right after them serves
// ("a company official", "agency spokesman X"). Bodies of a region
// ("administration head X") are left out: a story names several.
var classNouns = set("company", "firm", "agency", "institute", "bank", "university", "party", "union")

// classNoun reports whether noun k is a bare lower-case class noun (see
// classNouns) right before the title noun it modifies. Like "the
// company", it stands for the body of that kind the story names.
func (ps *psent) classNoun(k int) bool {
	t := ps.head(k)
	if t != k+1 || ps.tok(k).Deprel != "compound" || ps.tok(k).XPOS != "NN" || !in(classNouns, ps.lower(k)) || !isTitleNoun(ps.lemma(t)) {
		return false
	}
	return len(ps.kids[k]) == 0
}

// selfNamingNouns describe a group that may give itself a name: "the
// junta, which calls itself …".
var selfNamingNouns = set("junta", "group", "militia", "coalition", "movement", "council", "alliance", "front")

// recentParty returns the one party named in the sentence of "the
// party" (before its token os) or in the one before: a body whose name's
// head is a party's or a movement's ("The Corvin Front voted against the
// bill. The party's chairman, X, said …"). Nil for any other noun, for
// none and for several.
func (x *extractor) recentParty(ps *psent, k, os int) *entity {
	if ps.lemma(k) != "party" {
		return nil
	}
	return x.recentOrgWhere(ps.s, os, 1, func(o *entity) bool { return in(partyHeads, strings.ToLower(headWord(o.name))) })
}

// partyHeads head the names of political parties and movements.
var partyHeads = set("party", "front", "movement", "league", "congress", "alliance")

// recentCompany returns the one company named before token k of sentence
// s, or in the nearest of the three sentences before that names one: an
// organization whose name ends in a company's form or trade ("Corvin
// Copper", "Halden Holdings Inc."); nil for none or several.
func (x *extractor) recentCompany(s *sentence, k int) *entity {
	return x.recentOrgWhere(s, k, 3, func(o *entity) bool { return companyName(o.name) })
}

// companyNoun reports whether lower-case noun w names a kind of company
// ("the firm", "the shipbuilder"), which "the" makes the company the
// story named: a kind of business (businessNouns) but a bank or a group,
// which as often are other bodies.
func companyNoun(w string) bool {
	return w != "bank" && w != "group" && slices.Contains(businessNouns, w)
}

// companyName reports whether an organization's name ends in a company's
// legal form or trade.
func companyName(name string) bool {
	w := lastWord(name)
	return in(companyForms, w) || in(tradeWords, w) || w == "holdings" || w == "group" || w == "company" || w == "corporation"
}

// modifiersIn reports whether every adjective of noun k is a word of
// name, or says who owns the body (ownershipWords): "the central bank"
// is no "Halden Bank".
func (ps *psent) modifiersIn(k int, name string) bool {
	words := strings.Fields(strings.ToLower(name))
	for _, c := range ps.kids[k] {
		if ps.rel(c) == "amod" && !slices.Contains(words, ps.lower(c)) && !in(ownershipWords, ps.lower(c)) {
			return false
		}
	}
	return true
}

// ownershipWords say who owns a body, which its name seldom says: "the
// private university", "the state-owned company" is the one named.
var ownershipWords = set("private", "public", "state-owned", "state-run", "privately-owned", "family-owned")

// definite reports whether noun k is "the" noun, with no compound or
// possessive modifier.
func (ps *psent) definite(k int) bool {
	the := false
	for _, c := range ps.kids[k] {
		switch r := ps.tok(c).Deprel; {
		case r == "det" && ps.lower(c) == "the":
			the = true
		case r == "compound" || r == "nmod:poss" || r == "flat":
			return false
		}
	}
	return the
}
