package extract

import "github.com/actorgraph/actorgraph/domain"

// eventPlan: "X is due to meet Y in Z on Monday", "X, the bloc's
// secretary, is due in Z on Monday to meet Y": a planned meeting read off
// the words, in a sentence for which the parse gave no event. The parser
// often wrecks these sentences ("Economic Affairs" read as the subject,
// the name after "meet" as the subject of "said"), so the words stand in
// for the tree, narrowly: the named person right before "is/are due" (an
// apposition's name included), the named person "meet" takes after
// determiners, titles and possessives ("the EU's enlargement
// commissioner, Y", "a Thai delegation headed by Gen. Y"), the place of
// an "in" phrase and a day of the clause. No other event told in the
// sentence, no negation, no plan called off or waiting on a condition
// ("provided the truce holds"), and a plan in the past
// tense only for a date still to come ("was scheduled to meet … on Aug.
// 25", not "on Monday").
func eventPlan(x *extractor, ps *psent) {
	s := ps.s
	if x.eventToldIn(s.idx) {
		return
	}
	toks := s.toks
	for k := range toks {
		if toks[k].lower != "meet" || lowerAt(toks, k-1) != "to" || toks[k].quoted {
			continue
		}
		due, place := planWordBefore(s, k)
		if due < 0 {
			continue
		}
		aux := due - 1
		past := false
		switch lowerAt(toks, aux) {
		case "is", "are":
		case "was", "were":
			past = true
		default:
			continue
		}
		subj := subjectPersonBefore(s, aux)
		obj, end := personMetAfter(s, k+1)
		if subj == nil || obj == nil || subj.ent == obj.ent {
			continue
		}
		if lowerAt(toks, end) == "," && toks[end-1].kind != tPoss && lowerAt(toks, obj.start-1) == "," {
			end++ // "the EU's enlargement commissioner, Y, in Z"
		}
		if place == nil && lowerAt(toks, end) == "in" {
			place = firstPlaceAfter(s, end+1, 2)
		}
		if place == nil || place.start != end+1 && place.start != due+2 {
			continue
		}
		lo, hi := 0, len(toks)
		for lo < len(toks) {
			h, next := clauseEnd(toks, lo)
			if k < h {
				hi = h
				break
			}
			lo = next
		}
		if calledOff(s, clause{lo, hi}) || ps.conditional() {
			continue // "… but the talks were called off", "… provided the truce holds"
		}
		date, day := x.when(s, clause{lo, hi}, k, "")
		if past && (day != "" || !x.futureDate(date)) {
			// "was scheduled to meet … on Monday": held or not, the
			// text does not say; only a date still to come is a plan
			continue
		}
		e := &event{cat: "meeting", sent: s.idx, hedge: s.hedge, planned: true, date: x.ahead(date), day: day, heldIn: place.ent}
		e.participants = []*entity{subj.ent, obj.ent}
		x.addStructureEvent(ps, e, ps.partsAt(k, subj.start, obj.start, place.start))
		return
	}
}

// conditional reports whether a word of the sentence opens a condition
// (opensCondition, or "if"/"unless"/"whether" however the parser hung
// them: conditionMarks).
func (ps *psent) conditional() bool {
	n := len(ps.d.Tokens)
	for k := range n {
		if in(conditionMarks, ps.lower(k)) || ps.opensCondition(k, n) {
			return true
		}
	}
	return false
}

// eventToldIn reports whether a talks, meeting or call fact was stated
// from sentence i.
func (x *extractor) eventToldIn(i int) bool {
	for _, e := range x.reportedEvents() {
		for _, t := range e.told {
			if t == i {
				return true
			}
		}
	}
	return false
}

// planWordBefore returns the plan word ("due", "scheduled" …) of "to
// meet" at k: right before "to" ("is due to meet"), or before an "in"
// phrase that places the plan ("is due in Z on Monday to meet"), with
// that phrase's place; -1 when there is none or a negation comes first.
func planWordBefore(s *sentence, k int) (int, *mention) {
	toks := s.toks
	if in(dueWords, lowerAt(toks, k-2)) {
		return k - 2, nil
	}
	for d := k - 2; d >= 0 && d >= k-8; d-- {
		if toks[d].text == "," || toks[d].kind == tQuote {
			return -1, nil
		}
		if in(dueWords, toks[d].lower) {
			if lowerAt(toks, d+1) != "in" {
				return -1, nil
			}
			p := firstPlaceAfter(s, d+2, 2)
			if p == nil || p.start != d+2 {
				return -1, nil
			}
			return d, p
		}
	}
	return -1, nil
}

// subjectPersonBefore returns the mention of a named person that ends right
// before token k (or before the comma closing its apposition: "Its
// executive secretary, X, is due"), the subject of a clause; nil for
// none.
func subjectPersonBefore(s *sentence, k int) *mention {
	end := k
	if lowerAt(s.toks, end-1) == "," {
		end--
	}
	if end <= 0 {
		return nil
	}
	m := mentionEndingAt(s, end)
	if m == nil || m.ent.typ != domain.Person || m.quoted || m.kind == mDemonym {
		return nil
	}
	if end < k {
		// the apposition's opening comma, or a leader's phrase: "The
		// group's team, led by X, was due"
		b := m.start - 1
		if lowerAt(s.toks, b) == "by" && in(leaderParticiples, lowerAt(s.toks, b-1)) {
			b -= 2
		}
		if lowerAt(s.toks, b) != "," {
			return nil
		}
	}
	return m
}

// personMetAfter returns the named person "meet" takes as its object,
// starting at token i: after determiners, possessives, titles and the
// nouns of a title or delegation ("the EU's enlargement commissioner,
// Y", "a Thai delegation headed by Y"); and the token after it. Nil
// when anything else comes first ("meet the families of Y").
func personMetAfter(s *sentence, i int) (*mention, int) {
	toks := s.toks
	titled := false
	for j := i; j < len(toks) && j < i+10; j++ {
		t := &toks[j]
		if m := mentionAt(s, j); m != nil && m.start == j && !m.quoted {
			if m.ent.typ == domain.Person {
				return m, m.end
			}
			// "the EU's", "a Thai delegation": a modifier of the noun after
			if m.kind == mDemonym || m.end < len(toks) && modifiesNext(toks, m.end-1) {
				j = m.end - 1
				continue
			}
			return nil, -1
		}
		switch {
		case t.kind == tPoss, in(appositionDets, t.lower):
		case isTitleWord(t.lower):
			titled = true
		case t.text == "," && titled:
			// "the enlargement commissioner, Y": the title's apposition
		case in(leaderParticiples, t.lower) && lowerAt(toks, j+1) == "by" && j > i && in(participantNouns, toks[j-1].lower):
			j++
		case in(participantNouns, t.lower), t.text == "." && j > i && isTitleWord(toks[j-1].lower):
		case t.kind == tWord && modifiesNext(toks, j):
			// "enlargement commissioner", "Mines Minister", "a government
			// delegation", "the bloc's": a word of the title's phrase
		default:
			return nil, -1
		}
	}
	return nil, -1
}

// modifiesNext reports whether token k is a modifier of a title or
// delegation noun after it, or that noun's possessor ("the bloc's").
func modifiesNext(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	n := toks[k+1]
	return n.kind == tPoss || isTitleWord(n.lower) || in(participantNouns, n.lower)
}

// leaderParticiples name who leads a team: "a delegation headed by X".
// (The participles of leadLemmas, rules_event.go, read off the tokens.)
var leaderParticiples = set("led", "headed")

// partsAt returns the parse tokens starting where the token rules'
// tokens ks of the sentence start, for the trace.
func (ps *psent) partsAt(ks ...int) []int {
	var out []int
	for _, k := range ks {
		for t := range ps.d.Tokens {
			if ps.tok(t).Start-ps.d.Start == ps.s.toks[k].start {
				out = append(out, t)
				break
			}
		}
	}
	return out
}
