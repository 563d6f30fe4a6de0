package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/domain"
)

// commissionerRoles reads the commissioners of a union of states that
// the title rules leave out ("commissioner" is an honorific there, kept
// out of names and giving no role) where the title names the union:
// "EU Competition Commissioner X said", "is due to meet the EU's
// enlargement commissioner, X, in Brussels", "the European Commission's
// migration commissioner, X". A commissioner sits in the union's
// Commission, which the article must name ("the European Commission");
// where it names none, the structure rules' reading stands ("the
// European Union's crisis management commissioner, X", a member of the
// EU, as commissionOf leaves it). A commissioner of anything else, or of
// nothing the title names, gets no role here: "Texas Agriculture
// Commissioner X" (a state's), "Kenya's high commissioner, X" (an
// envoy), "Information Commissioner X of Britain", a bare "Competition
// Commissioner X" even in a story that names the Commission, "former
// Commissioner X", a nominee or a candidate for the post.
func (x *extractor) commissionerRoles() []role {
	var roles []role
	for si := range x.sents {
		s := &x.sents[si]
		for mi := range s.ments {
			m := &s.ments[mi]
			if m.ent.typ != domain.Person || m.kind != mName || m.quoted {
				continue
			}
			if r, ok := x.commissionerBefore(s, m); ok {
				r.sent = si
				roles = append(roles, r)
			}
		}
	}
	return roles
}

// notCommissionWords before "commissioner" make it no member of a
// union's Commission: an envoy ("high commissioner"), a deputy, or an
// office of a state ("police commissioner"). (A former holder's words
// are pastMarkers, checked apart.)
var notCommissionWords = set("high", "deputy", "assistant", "vice", "police", "county", "city",
	"district", "election", "electoral", "prison", "fire", "state", "provincial", "regional")

// commissionerBefore reads "commissioner" right before person mention m,
// with or without a comma, and its words before it back to a possessive,
// a name or the start of the phrase.
func (x *extractor) commissionerBefore(s *sentence, m *mention) (role, bool) {
	toks := s.toks
	end := m.start
	if end > 0 && toks[end-1].text == "," {
		end--
	}
	j := end - 1
	if j < 0 || toks[j].kind != tWord || toks[j].lower != "commissioner" || toks[j].quoted {
		return role{}, false
	}
	// the title's other words: capitalized ones ("Economic Affairs
	// Commissioner"), or lower-case ones after a possessive ("the EU's
	// crisis management commissioner"), none of them a name's
	k := j - 1
	for k >= 0 && toks[k].kind == tWord && !toks[k].quoted && mentionAt(s, k) == nil &&
		(toks[k].cap == toks[j].cap || toks[k].cap) && !in(determiners, toks[k].lower) {
		k--
	}
	start := k + 1
	if start > 0 && in(pastMarkers, toks[start-1].lower) {
		return role{}, false // "former Commissioner X"
	}
	for i := start; i <= j; i++ {
		if in(notCommissionWords, toks[i].lower) || in(pastMarkers, toks[i].lower) {
			return role{}, false
		}
	}
	if start > 0 && toks[start-1].kind == tPoss && mentionEndingAt(s, start-1) == nil {
		return role{}, false // "the county's commissioner": whose, unknown
	}
	// the union must be named on the title itself ("EU Trade
	// Commissioner", "the EU's enlargement commissioner", "the European
	// Commission's migration commissioner"): a bare "Information
	// Commissioner X" may be any body's, a state's or a country's
	union, _ := anchorBeforeAt(s, start)
	if union == nil || !x.isBlocBody(union) && x.unionCommission(union) == "" {
		return role{}, false // "Kenya's commissioner", "Texas Agriculture Commissioner"
	}
	if notHeldCommissioner(s, start, m.end) {
		return role{}, false
	}
	// the Commission the possessive names, or the one of the union
	// that the article names; a union alone says too little where the
	// parse did not ("EU Trade Commissioner X" in a story that names no
	// Commission)
	obj := union
	if x.unionCommission(union) == "" {
		obj = x.namedCommission(union)
	}
	if obj == nil {
		return role{}, false
	}
	return role{person: m.ent, pred: domain.MemberOf, title: joinTokens(s.text, toks, start, j+1), obj: obj}, true
}

// notHeldWords say that the commissioner is not (yet) one: "Spain's
// nominee for EU commissioner, X", "a candidate to become EU
// commissioner", "the EU's next trade commissioner".
var notHeldWords = set("nominee", "nominees", "candidate", "candidates", "designate", "commissioner-designate",
	"nominated", "nominate", "become", "next", "incoming", "proposed", "would-be", "hopeful")

// notHeldCommissioner reports whether the title phrase starting at token
// start, whose holder's name ends before token end, names no commissioner
// in office or none of the union: a nominee, a candidate or a designate
// within the five words before the title ("Spain's nominee for EU
// commissioner, X") or in apposition after the name ("X, a candidate to
// become EU commissioner"), or a country "of" after the name ("X of
// Britain": a national commissioner).
func notHeldCommissioner(s *sentence, start, end int) bool {
	toks := s.toks
	for k := max(0, start-5); k < start; k++ {
		if in(notHeldWords, toks[k].lower) {
			return true
		}
	}
	k := end
	if k < len(toks) && (toks[k].lower == "-designate" || in(notHeldWords, toks[k].lower)) {
		return true
	}
	if k+1 < len(toks) && toks[k].lower == "of" {
		if o := mentionAt(s, k+1); o != nil && (o.ent.typ == domain.Country || o.ent.typ == domain.Place) {
			return true // "Commissioner X of Britain"
		}
	}
	if k < len(toks) && toks[k].text == "," {
		for i := k + 1; i < len(toks) && i <= k+4 && toks[i].text != ","; i++ {
			if in(notHeldWords, toks[i].lower) {
				return true // "X, a candidate to become EU commissioner,"
			}
		}
	}
	return false
}

// commissionOf returns, for a commissioner whose role names a union of
// states, the union's Commission where the article names it: the
// European Union's trade commissioner in a story that names the European
// Commission sits in the Commission. r.obj otherwise.
func (x *extractor) commissionOf(r role) *entity {
	if r.obj == nil || lastWord(strings.ToLower(r.title)) != "commissioner" || !x.isBlocBody(r.obj) {
		return r.obj
	}
	if c := x.namedCommission(r.obj); c != nil {
		return c
	}
	return r.obj
}

// namedCommission returns the one Commission of union u that the
// article names (with u nil, of any union); nil for none or several.
func (x *extractor) namedCommission(u *entity) *entity {
	var found *entity
	for _, o := range x.ents {
		if o.typ != domain.Organization || o.first < 0 {
			continue
		}
		if c := x.unionCommission(o); c == "" || u != nil && !unionNamed(u, c) {
			continue
		}
		if found != nil && found != o {
			return nil
		}
		found = o
	}
	return found
}

// unionCommission returns the words that name the union whose Commission
// organization o is ("European" for the European Commission, "African
// Union" for the African Union Commission, "ECOWAS" for the ECOWAS
// Commission); "" when o is no union's Commission.
func (x *extractor) unionCommission(o *entity) string {
	prefix, ok := strings.CutSuffix(o.name, " Commission")
	if o.typ != domain.Organization || !ok || prefix == "" {
		return ""
	}
	// the European Union's is named for the continent alone
	if prefix != "European" && !x.isBlocBody(&entity{typ: domain.Organization, name: prefix}) {
		return ""
	}
	return prefix
}

// unionNamed reports whether union u is the one the words w of its
// Commission's name give: "European" for the European Union, "African
// Union" for the African Union.
func unionNamed(u *entity, w string) bool {
	return slices.ContainsFunc(append([]string{u.name}, u.aliases...), func(n string) bool {
		return n == w || strings.HasPrefix(n, w+" ")
	})
}
