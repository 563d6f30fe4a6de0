package extract

// The structure rules read a fact's arguments from dependency arcs. An
// argument token may not name an entity itself: a relative pronoun
// stands for the noun its clause modifies ("X, who killed Y"), and a
// single capitalized word the token rules could not resolve ("Walesa
// said") may still be a name. The functions here find the entity such a
// token stands for, so that every rule reads arguments the same way.

// antecedent returns the token a relative pronoun stands for: the noun
// its relative clause modifies ("X" in "X, who heads Y"); k itself for
// any other token.
func (ps *psent) antecedent(k int) int {
	if k < 0 || ps.ent[k] != nil || ps.tok(k).UPOS != "PRON" || !in(relativePronouns, ps.lower(k)) {
		return k
	}
	v := ps.head(k)
	if v < 0 || ps.tok(v).Deprel != "acl:relcl" {
		return k
	}
	a := ps.head(v)
	if a < 0 || ps.ent[a] != nil {
		return a
	}
	// "Kennedy's assassin, Lee Harvey Oswald, who …": the clause
	// follows the apposition of the noun it describes
	if ps.tok(a).Deprel == "appos" && ps.head(a) >= 0 && ps.ent[ps.head(a)] != nil {
		return ps.head(a)
	}
	for _, c := range ps.kids[a] {
		if ps.tok(c).Deprel == "appos" && ps.ent[c] != nil {
			return c
		}
	}
	return a
}

// relativePronouns open a relative clause about a person or a body.
var relativePronouns = set("who", "whom", "that", "which")

// personAt returns the person token k names: a person mention, the
// antecedent of a relative pronoun, or a name only the trained
// recognizer read as a person ("Walesa"), which is then made known. The
// recognizer's name is taken only here, where a rule has found the
// token in the argument slot of a fact; nil for anything else.
func (x *extractor) personAt(ps *psent, k int) *entity {
	k = ps.antecedent(k)
	if k < 0 {
		return nil
	}
	if ps.isPerson(k) {
		return ps.ent[k]
	}
	if ps.ent[k] != nil {
		return nil
	}
	start, end, ok := ps.recognized(k, "person")
	if !ok {
		return nil
	}
	return x.newPerson(ps, start, end)
}

// newPerson makes the words of tokens [start, end) a person's name,
// mentioned in ps; nil when they do not line up with the token rules'
// words or overlap a mention.
func (x *extractor) newPerson(ps *psent, start, end int) *entity {
	os, oe, ok := oldSpan(ps.s, ps.d, start, end)
	if !ok || overlapsMention(ps.s, os, oe) {
		return nil
	}
	n := len(ps.s.ments)
	x.person(ps.s, unit{start: os, end: oe, kind: uName}, joinTokens(ps.s.text, ps.s.toks, os, oe))
	if len(ps.s.ments) == n {
		return nil
	}
	e := ps.s.ments[n].ent
	for i := start; i < end; i++ {
		ps.ent[i], ps.kind[i] = e, mName
	}
	return e
}

// senderAt returns the person named by token k before an envoy's title
// ("Trump special envoy X"): personAt, or else a lone capitalized proper
// noun no rule or gazetteer gave another reading, since an envoy is sent
// by a person, a country or a body, and the last two are known by name.
func (x *extractor) senderAt(ps *psent, k int) *entity {
	if e := x.personAt(ps, k); e != nil || ps.ent[k] != nil {
		return e
	}
	t := ps.tok(k)
	if t.UPOS != "PROPN" || !startsUpper(t.Form) || len(t.Form) < 3 || isTitleNoun(ps.lemmaOrLower(k)) || in(calendarWords, ps.lower(k)) {
		return nil
	}
	if l := x.look(t.Form); l.country != "" || l.demonym != "" || len(l.entries) > 0 {
		return nil
	}
	return x.newPerson(ps, k, k+1)
}

// isPersonArg reports whether token k can be read as a person by
// personAt, without making anything known.
func (x *extractor) isPersonArg(ps *psent, k int) bool {
	k = ps.antecedent(k)
	if k < 0 {
		return false
	}
	if ps.ent[k] != nil {
		return ps.isPerson(k)
	}
	_, _, ok := ps.recognized(k, "person")
	return ok
}

// recognized returns the span of the recognizer's entity of type typ
// holding token k, when every word of it is a capitalized proper noun
// outside the extractor's mentions and none is a calendar word or a
// title.
func (ps *psent) recognized(k int, typ string) (int, int, bool) {
	for _, e := range ps.d.Entities {
		if e.Type != typ || k < e.Start || k >= e.End {
			continue
		}
		for i := e.Start; i < e.End; i++ {
			t := ps.tok(i)
			if ps.ent[i] != nil || t.UPOS != "PROPN" || !startsUpper(t.Form) || len(t.Form) < 2 ||
				isTitleNoun(ps.lemmaOrLower(i)) || in(titleModifiers, ps.lower(i)) || in(honorifics, ps.lower(i)) || in(calendarWords, ps.lower(i)) {
				return 0, 0, false
			}
		}
		return e.Start, e.End, true
	}
	return 0, 0, false
}
