package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/domain"
)

// meetingHost returns the country a bare title's holder receives a
// visitor in: the holder is the one met ("to meet President X", "for
// talks with Prime Minister X") in a sentence whose traveller goes to a
// place or a country ("will travel to <city>", "is due to visit
// <country>", "to the <Demonym> capital, <city>"). The visitor's home,
// the dateline's country, is the wrong guess for the host: "Y will
// travel to <foreign capital> to meet President X" is that capital's
// president. nil where the sentence says no such thing, or where the
// destination's country is not known.
func (x *extractor) meetingHost(r role) *entity {
	s := &x.sents[r.sent]
	toks := s.toks
	for _, m := range s.ments {
		if m.ent != r.person {
			continue
		}
		k := m.start - 1
		for k >= 0 && toks[k].kind == tWord && toks[k].cap {
			k-- // the title's words
		}
		if k < 1 || !metHolder(toks, k) {
			continue
		}
		if c := x.travelDestination(s, k); c != nil {
			return c
		}
	}
	return nil
}

// metHolder reports whether the words ending at token k make the title
// after them the one met: "meet", "meets", "meeting" (not "meeting
// with" someone named before), "talks with", "meeting with".
func metHolder(toks []token, k int) bool {
	switch toks[k].lower {
	case "meet", "meets":
		return true
	case "with":
		return k > 0 && (toks[k-1].is("talks") || toks[k-1].is("meeting") || toks[k-1].is("meetings"))
	}
	return false
}

// travelDestination returns the country a traveller goes to before token
// k of sentence s: the place or country after "travel(s/led) to", "fly
// to", "visit", the "<Demonym> capital, <city>" after them included; the
// last such before k.
func (x *extractor) travelDestination(s *sentence, k int) *entity {
	toks := s.toks
	var found *entity
	for i := 0; i < k; i++ {
		w := toks[i].lower
		start := -1
		switch {
		case strings.HasPrefix(w, "travel") || w == "fly" || w == "flies" || w == "flew":
			if i+1 < k && toks[i+1].is("to") {
				start = i + 2
			}
		case w == "visit" || w == "visits" || w == "visiting":
			start = i + 1
		}
		if start < 0 {
			continue
		}
		if start < k && toks[start].is("the") {
			start++
		}
		for _, m := range s.ments {
			if m.start != start || m.end > k {
				continue
			}
			if c := x.placeCountryName(m.ent); c != "" && (m.ent.typ != domain.Country || !x.isBloc(m.ent)) {
				found = x.entity(domain.Country, c)
			}
			break
		}
	}
	return found
}
