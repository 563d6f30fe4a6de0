package extract

import (
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
		c := x.travelDestination(s, k)
		if c == nil || x.hostsOthers(c) {
			continue
		}
		if d, ok := x.meetingVenue(s, m.end); ok {
			// "… to meet President X in Nairobi": the venue decides,
			// and one that is no country's seat of government (Geneva,
			// Brussels) says nothing of the host
			return d
		}
		return c
	}
	return nil
}

// metHolder reports whether the words ending at token k make the title
// after them the one met: "meet(s)", or "talks with", "meeting(s) with".
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
// k of sentence s: the country, or the country whose capital is the city,
// after "travel(s) to", "fly to", "visit", the "<Demonym> capital, <city>"
// after them included; the last such before k. Only a journey still to
// come counts ("will travel", "is due to visit", "is visiting"): one made
// before ("who travelled to Kampala last week", "After visiting Beijing")
// says nothing of where the meeting is.
func (x *extractor) travelDestination(s *sentence, k int) *entity {
	toks := s.toks
	var found *entity
	for i := 0; i < k; i++ {
		w := toks[i].lower
		start := -1
		v := journeyVerbs[w]
		if v == "" && i > 0 && in(progressiveAux, toks[i-1].lower) {
			v = journeyGoing[w]
		}
		switch v {
		case "travel":
			if i+1 < k && toks[i+1].is("to") {
				start = i + 2
			}
		case "visit":
			start = i + 1
		}
		if start < 0 || closedClause(toks, i, k) {
			continue
		}
		if start < k && toks[start].is("the") {
			start++
		}
		for _, m := range s.ments {
			if m.start != start || m.end > k {
				continue
			}
			if c := x.hostCountry(m.ent); c != nil {
				found = c
			}
			break
		}
	}
	return found
}

// closedClause reports whether the journey verb at token i stands in a
// clause that a comma closes before the met holder at token k and that
// a subordinator or a relative pronoun opens: "Before she travels to
// Kenya on Friday, X will meet President Y" (the journey comes after the
// meeting), "X, who will travel to Ghana next month, is due to meet
// President Y" (a journey of its own, not the meeting's). The clause
// runs back from i to the last comma or the sentence's start.
func closedClause(toks []token, i, k int) bool {
	closed := false
	for j := i + 1; j < k; j++ {
		if toks[j].text == "," {
			closed = true
			break
		}
	}
	if !closed {
		return false
	}
	for j := i - 1; j >= 0 && toks[j].text != ","; j-- {
		if in(journeyClauseOpeners, toks[j].lower) {
			return true
		}
	}
	return false
}

// journeyClauseOpeners open a clause whose journey is not the meeting's: the
// subordinators of time and the relative pronouns.
var journeyClauseOpeners = set("before", "after", "once", "when", "until", "while", "who", "which", "whom", "whose")

// journeyVerbs are the forms of a journey still to come: the base form
// ("will travel", "is due to visit") and the present of a schedule
// ("travels to Accra on Monday"); journeyGoing the -ing forms, which
// count after "is", "are" or "be" ("is visiting Ghana this week"). Not
// travelForms or visitVerbForms (talks.go), which hold past forms and
// "head"/"go"/"return" as well: a journey made, or home, says nothing
// of where a meeting is.
var (
	journeyVerbs = map[string]string{"travel": "travel", "travels": "travel", "fly": "travel", "flies": "travel",
		"visit": "visit", "visits": "visit"}
	journeyGoing   = map[string]string{"travelling": "travel", "traveling": "travel", "flying": "travel", "visiting": "visit"}
	progressiveAux = set("is", "are", "be")
)

// hostCountry returns the country a meeting in place e is hosted by: e
// itself, a country that is no bloc, or the country whose capital e is
// when the article names that country ("Georgia" beside Tbilisi, "the
// Eritrean capital, Asmara"); nil for another town (Geneva, New York), a
// capital whose country the story is not about (talks in Vienna between
// two other states' ministers) or one the gazetteer gives as a bloc's
// seat ("travel to Brussels to meet President X" is no word on Belgium).
func (x *extractor) hostCountry(e *entity) *entity {
	switch e.typ {
	case domain.Country:
		if !x.isBloc(e) {
			return e
		}
	case domain.Place:
		if x.gaz != nil {
			if b, ok := x.gaz.Seat(e.name); ok {
				if c, ok := x.gaz.Country(b); ok && c.Bloc {
					return nil
				}
			}
		}
		for _, g := range x.lookupPlace(e.name) {
			if g.Type != domain.Place || !g.Capital || g.Country == "" {
				continue
			}
			if c, ok := x.byID[domain.NodeID(domain.Country, g.Country)]; ok && c.first >= 0 {
				return c
			}
		}
	}
	return nil
}

// meetingVenue reads the "in <place>" right after the holder's name
// ending at token end ("meet President X in Nairobi on Friday"): ok when
// there is one, with the host country that place gives (hostCountry),
// nil if it gives none.
func (x *extractor) meetingVenue(s *sentence, end int) (*entity, bool) {
	toks := s.toks
	i := end
	if i < len(toks) && toks[i].is("on") {
		i += 2 // "on Friday in Nairobi"
	}
	if i >= len(toks) || !toks[i].is("in") {
		return nil, false
	}
	i++
	if i < len(toks) && toks[i].is("the") {
		i++
	}
	for _, m := range s.ments {
		if m.start == i && (m.ent.typ == domain.Place || m.ent.typ == domain.Country) {
			return x.hostCountry(m.ent), true
		}
	}
	return nil, false
}

// hostsOthers reports whether the article gives country c the part of
// a third party's host or mediator ("Kenya will host the talks", "talks
// mediated by Kenya", "Kenya, which is mediating"): there the traveller
// may meet the other side, and a bare title met in c's capital is not
// c's office.
func (x *extractor) hostsOthers(c *entity) bool {
	for i := range x.sents {
		toks := x.sents[i].toks
		for _, m := range x.sents[i].ments {
			if m.ent != c {
				continue
			}
			if m.start >= 2 && toks[m.start-1].is("by") && in(hostWords, toks[m.start-2].lower) {
				return true // "hosted by Kenya"
			}
			for j := m.end; j < len(toks) && j < m.end+4; j++ {
				if in(hostingForms, toks[j].lower) {
					return true // "Kenya will host", "Kenya, which is mediating"
				}
				if !in(hostAuxiliaries, toks[j].lower) && toks[j].kind == tWord {
					break
				}
			}
		}
	}
	return false
}

// hostingForms are the forms of hosting or mediating others' talks
// (hostVerbs' past and present, and more).
var hostingForms = setWith(hostVerbs, "host", "hosting", "mediate", "mediates", "mediated",
	"mediating", "brokered", "brokering")

// hostAuxiliaries may stand between a country and its hosting verb.
var hostAuxiliaries = set("will", "would", "is", "was", "has", "had", "which", "who", "to", "be",
	"been", "also", "agreed", "offered")
