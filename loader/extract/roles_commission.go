package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/domain"
)

// commissionerRoles reads the commissioners of a union of states that
// the title rules leave out ("commissioner" is an honorific there, kept
// out of names and giving no role): "Competition Commissioner X said",
// "is due to meet the EU's enlargement commissioner, X, in Brussels". A
// commissioner sits in the union's Commission, which the article must
// name ("the European Commission"); where it names none, the structure
// rules' reading stands ("the European Union's crisis management
// commissioner, X", a member of the EU, as commissionOf leaves it). A
// commissioner of anything else gets no role here: "Texas Agriculture
// Commissioner X" (a state's), "Kenya's high commissioner, X" (an
// envoy), "Police Commissioner X" in a story that names no Commission,
// "former Commissioner X".
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
// union's Commission: an envoy ("high commissioner"), a deputy, a
// former holder, or an office of a state ("police commissioner").
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
	var union *entity
	if start > 0 && toks[start-1].kind == tPoss && mentionEndingAt(s, start-1) == nil {
		return role{}, false // "the county's commissioner": whose, unknown
	}
	if e, _ := anchorBeforeAt(s, start); e != nil {
		if !x.isBlocBody(e) && x.unionCommission(e) == "" {
			return role{}, false // "Kenya's commissioner", "Texas Agriculture Commissioner"
		}
		union = e
	}
	if union == nil && !toks[j].cap {
		return role{}, false // "the commissioner, X": which one, the text said before
	}
	// the Commission the possessive names, or the one of the union
	// that the article names; a union alone says too little where the
	// parse did not ("EU Trade Commissioner X" in a story that names no
	// Commission)
	obj := union
	if union == nil || x.unionCommission(union) == "" {
		obj = x.namedCommission(union)
	}
	if obj == nil {
		return role{}, false
	}
	return role{person: m.ent, pred: domain.MemberOf, title: joinTokens(s.text, toks, start, j+1), obj: obj}, true
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
