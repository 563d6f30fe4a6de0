package extract

import "github.com/actorgraph/actorgraph/domain"

// roleWhose: "the Corvin Group, whose chief executive, Ana Soler, said …",
// "Halden Bank, a Tarrow lender, whose president, Ivo Brandt, …",
// "rejected by Norland, whose minister for Amber, Ana Soler, …": a
// relative possessive names the body, the apposition after the title the
// holder. The parser seldom sees this construction whole (it hangs the
// title and the name as conjuncts of the verb), so the rule reads the
// commas around the title and the name, and takes the body from the parse
// before "whose": the name right before its comma, or the name an
// apposition there describes.
func roleWhose(x *extractor, ps *psent) {
	for w := 2; w+4 < len(ps.d.Tokens); w++ {
		if ps.lower(w) != "whose" || ps.tok(w-1).Form != "," {
			continue
		}
		t, h := ps.titleThenName(w)
		if t < 0 {
			continue
		}
		o := ps.whoseAntecedent(w - 2)
		if o < 0 {
			continue
		}
		if r, used, ok := x.titleRole(ps, t, o); ok && r.obj == ps.ent[o] {
			x.emitStructureRole(ps, x.personAt(ps, h), r, append(used, w, h))
		}
	}
}

// titleThenName returns the title noun and the person's name of
// "whose chief executive, Ana Soler," after token w: title words (and a
// place they cover: skipScope) up to a comma, then a person's name closed by a comma; or, with no comma, the
// name right after the title words, which then open the clause as its
// subject ("whose leader Ana Soler called the strike"); -1, -1 when not
// so.
func (ps *psent) titleThenName(w int) (t, h int) {
	k := w + 1
	for k < len(ps.d.Tokens) && (ps.ent[k] == nil && (in(titleModifiers, ps.lower(k)) || isTitleNoun(ps.lemma(k)) || ps.titleAdjective(k)) || ps.demonymAt(k)) {
		k++
	}
	t = k - 1
	// (the title may end in a word that makes one only after another:
	// "whose secretary general, X,")
	if t == w || !ps.titleNounAt(t) || k+1 >= len(ps.d.Tokens) {
		return -1, -1
	}
	k = ps.skipScope(k)
	if ps.tok(k).Form != "," {
		if ps.isPerson(k) && ps.titleLeadsName(t, k) {
			return t, k
		}
		return -1, -1
	}
	h = k + 1
	e := ps.ent[h]
	if e == nil || e.typ != domain.Person {
		return -1, -1
	}
	if _, end := ps.mentionSpan(h); end >= len(ps.d.Tokens) || ps.tok(end).Form != "," {
		return -1, -1
	}
	return t, h
}

// titleAdjective reports whether token k is a lower-case adjective the
// parser hung on a later word as its modifier, narrowing the title it
// opens: "whose congressional spokesman, X,", "whose parliamentary
// leader, X,".
func (ps *psent) titleAdjective(k int) bool {
	return ps.tok(k).UPOS == "ADJ" && ps.rel(k) == "amod" && ps.head(k) > k && !startsUpper(ps.tok(k).Form)
}

// skipScope returns the token after a place or country the post covers
// or is sent to, written between a title and its comma ("whose minister
// for Greenland, X,", "whose ambassador to Norway, X,"); k itself when
// there is none.
func (ps *psent) skipScope(k int) int {
	if k+2 >= len(ps.d.Tokens) || ps.lower(k) != "for" && ps.lower(k) != "to" {
		return k
	}
	e := ps.ent[k+1]
	if e == nil || e.typ != domain.Place && e.typ != domain.Country {
		return k
	}
	if start, end := ps.mentionSpan(k + 1); start == k+1 && end < len(ps.d.Tokens) && ps.tok(end).Form == "," {
		return end
	}
	return k
}

// titleLeadsName reports whether title t and the name opening at token k
// right after it make one phrase, the name's title ("whose leader Ana
// Soler called …"): the parser hung the one on the other, and no
// possessive on the name makes it an owner ("whose leader Ana Soler's
// rivals …").
func (ps *psent) titleLeadsName(t, k int) bool {
	start, end := ps.mentionSpan(k)
	if start != k || end < len(ps.d.Tokens) && ps.possMark(end) {
		return false
	}
	h := ps.mentionHead(k)
	return ps.head(t) == h || ps.head(h) == t
}

// demonymAt reports whether token k is a country's adjective ("whose
// Kenyan director"), the part of the body a title covers.
func (ps *psent) demonymAt(k int) bool {
	e := ps.ent[k]
	return e != nil && e.typ == domain.Country && ps.kind[k] == mDemonym
}

// whoseAntecedent returns the organization named by the phrase that ends
// at token k, before ", whose": the organization's own name, the name
// before a noun that says what it is, or the name an apposition ending
// there describes ("Halden Bank, a lender based in Tarrow, whose …");
// -1 for none, or for a person. A country counts only named right
// before the comma ("rejected by Ethiopia, whose foreign minister, X,"),
// not as a place inside the phrase.
func (ps *psent) whoseAntecedent(k int) int {
	// "the Halden Dockers union, whose …"
	if n := ps.classedName(k); n >= 0 {
		return n
	}
	if e := ps.ent[k]; e != nil && e.typ == domain.Country && ps.kind[k] == mName {
		return k
	}
	for n := k; n >= 0; n = ps.head(n) {
		if e := ps.ent[n]; e != nil && e.typ == domain.Organization && ps.kind[n] == mName {
			return n
		}
		if ps.tok(n).Deprel == "appos" {
			if o := ps.head(n); o >= 0 && o < n && ps.ent[o] != nil && ps.ent[o].typ == domain.Organization && ps.kind[o] == mName {
				return o
			}
			return -1
		}
		// inside the phrase: its modifiers, and a place they name
		// ("a lender based in Nairobi")
		if r := ps.tok(n).Deprel; r != "nmod" && r != "obl" && r != "acl" && r != "compound" && r != "amod" && r != "flat" ||
			ps.ent[n] != nil && ps.ent[n].typ != domain.Place && ps.ent[n].typ != domain.Country {
			return -1
		}
	}
	return -1
}

// roleWhoseParty: "Opposition leader Ana Soler, whose Corvin party leads
// the polls, …": a leader's relative possessive names the party,
// movement or union they lead. Read from the tokens: the parser seldom
// hangs the relative clause on the name. Without "leader" before the
// name ("Prime Minister X, whose Corvin party leads the coalition") the
// party is the person's own: a member, not said to be its head.
func roleWhoseParty(x *extractor, ps *psent) {
	for w := 2; w+1 < len(ps.d.Tokens); w++ {
		if ps.lower(w) != "whose" || ps.tok(w-1).Form != "," {
			continue
		}
		h := ps.skipAgeBack(w - 2)
		o := ps.memberBodyAt(w + 1)
		if h < 0 || o < 0 || !ps.isPerson(h) || ps.partyActsOnHolder(o) {
			continue
		}
		pred := domain.HeadOf
		if start, _ := ps.mentionSpan(h); !ps.leaderBefore(start) {
			pred = domain.MemberOf
		}
		if p := x.personAt(ps, h); p != nil {
			x.trace(ps, []int{h, w, o})
			x.addFact(p.id, pred, ps.ent[o].id, false, ps.idx, ps.s.hedge)
		}
	}
}

// partyActsOnHolder reports whether the relative clause the party at
// token o opens, up to its comma, makes the party the object of the
// person or the person that of the party: "whose Corvin party he quit"
// (a leaving verb), "whose Corvin party expelled him" (an expelling
// verb, or the holder as object), "… suspended her membership". The
// party is then no longer, or not surely, theirs. A holder who leads,
// founded or chaired it ("whose Harbour Party she has led") keeps it.
func (ps *psent) partyActsOnHolder(o int) bool {
	_, end := ps.mentionSpan(o)
	for i := end; i < len(ps.d.Tokens); i++ {
		f := ps.tok(i).Form
		if f == "," || f == "." || f == ";" {
			break
		}
		if ps.lower(i) == "membership" || in(expelVerbs, ps.lemma(i)) || in(leaveVerbs, ps.lemma(i)) {
			return true
		}
		if in(holderObjects, ps.lower(i)) && ps.rel(i) == "obj" {
			return true
		}
	}
	return false
}

// holderObjects name the holder inside a "whose" clause as the object
// of its verb ("whose party expelled him").
var holderObjects = set("him", "her", "them")

// leaveVerbs are what a member does to a party it drops.
var leaveVerbs = set("quit", "leave", "abandon", "desert", "resign", "defect", "split")

// expelVerbs are what a party does to a member it drops.
var expelVerbs = set("expel", "suspend", "oust", "disown", "sack", "dismiss", "eject")

// skipAgeBack returns the last token of the name before an age set off
// by commas that ends at token k ("X, 52,"), else k.
func (ps *psent) skipAgeBack(k int) int {
	if k >= 2 && ps.tok(k).UPOS == "NUM" && ps.tok(k-1).Form == "," {
		return k - 2
	}
	return k
}

// memberBodyAt returns the token of the party, movement or union a name
// starting at token k names ("Corvin Party", "the Corvin party"); -1 for
// none.
func (ps *psent) memberBodyAt(k int) int {
	e := ps.ent[k]
	if e == nil || e.typ != domain.Organization || ps.kind[k] != mName {
		return -1
	}
	start, end := ps.mentionSpan(k)
	if start != k {
		return -1
	}
	if in(memberBodies, lastWord(e.name)) || end < len(ps.d.Tokens) && in(memberBodies, ps.lemma(end)) && !startsUpper(ps.tok(end).Form) {
		return k
	}
	return -1
}

// leaderBefore reports whether the title right before token start is a
// leader's, not a deputy's: "Opposition leader X".
func (ps *psent) leaderBefore(start int) bool {
	return start >= 1 && ps.lemma(start-1) == "leader" && (start < 2 || !in(set("deputy", "vice", "former"), ps.lower(start-2)))
}
