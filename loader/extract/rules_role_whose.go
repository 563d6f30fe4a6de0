package extract

import "github.com/actorgraph/actorgraph/domain"

// roleWhose: "the Corvin Group, whose chief executive, Ana Soler, said …",
// "Halden Bank, a Tarrow lender, whose president, Ivo Brandt, …": a
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
// "whose chief executive, Ana Soler," after token w: title words up to a
// comma, then a person's name closed by a comma; -1, -1 when not so.
func (ps *psent) titleThenName(w int) (t, h int) {
	k := w + 1
	for k < len(ps.d.Tokens) && ps.ent[k] == nil && (in(titleModifiers, ps.lower(k)) || isTitleNoun(ps.lemma(k))) {
		k++
	}
	t = k - 1
	if t == w || !isTitleNoun(ps.lemma(t)) || k+1 >= len(ps.d.Tokens) || ps.tok(k).Form != "," {
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

// whoseAntecedent returns the organization named by the phrase that ends
// at token k, before ", whose": the organization's own name, or the
// name an apposition ending there describes ("Halden Bank, a lender
// based in Tarrow, whose …"); -1 for none, or for a person.
func (ps *psent) whoseAntecedent(k int) int {
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
