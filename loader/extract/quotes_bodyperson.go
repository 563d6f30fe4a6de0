package extract

import "github.com/actorgraph/actorgraph/domain"

// bodysPerson returns the person sentence s names as the holder of a
// title of body o before token v, where the token rules made the body
// the speaker: "X, vice minister of the North's Ministry of Y, dismissed
// …, calling it “…”" and "A spokesman for the Y Regional Government
// (YRG), X, said …" are X's words, not the body's. The body's mention
// must be a title's complement ("<title> of/for [the] [Z's] <body>") set
// off by commas right after the person's name or right before it; nil
// otherwise.
func bodysPerson(s *sentence, o *entity, v int) *entity {
	toks := s.toks
	for i := range s.ments {
		m := &s.ments[i]
		if m.ent != o || m.end > v || m.quoted {
			continue
		}
		// back over "the", "the North's" to the "of" or "for"
		k := m.start - 1
		for k >= 0 && m.start-k <= 4 && !toks[k].is("of") && !toks[k].is("for") {
			if toks[k].kind != tPoss && !toks[k].is("the") && !toks[k].cap {
				k = -1
				break
			}
			k--
		}
		if k < 1 || m.start-k > 4 {
			continue
		}
		// the title before the preposition: "vice minister", "spokesman"
		t := k - 1
		if t < 0 || toks[t].kind != tWord || !isTitleHead(toks[t].lower) {
			continue
		}
		for t > 0 && toks[t-1].kind == tWord && !toks[t-1].cap && in(titleModifiers, toks[t-1].lower) {
			t--
		}
		// "X, vice minister of the body,": the name before the title
		if t >= 2 && toks[t-1].text == "," {
			if p := personEndingAt(s, t-1); p != nil {
				return p
			}
		}
		// "A spokesman for the body (ACR), X,": the name after it
		e := m.end
		if e+2 < len(toks) && toks[e].text == "(" && toks[e+2].text == ")" {
			e += 3
		}
		if e+1 < len(toks) && toks[e].text == "," {
			if pm := mentionAt(s, e+1); pm != nil && pm.start == e+1 && pm.ent.typ == domain.Person && !pm.quoted &&
				pm.end < len(toks) && toks[pm.end].text == "," {
				return pm.ent
			}
		}
	}
	return nil
}
