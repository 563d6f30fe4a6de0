package extract

import (
	"cmp"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// role is a title read next to a person's name.
type role struct {
	person *entity
	pred   graph.Predicate
	title  string
	obj    *entity // nil for a bare title ("President Joseph Kamau")
	sent   int
}

// titleBlock is a run of title words [start, end) of a sentence.
type titleBlock struct{ start, end int }

// findRoles reads the titles around every person mention: before the name
// ("Ethiopian Foreign Minister Amara Wekesa"), in an apposition after it
// ("Mensah, the Palace spokesman"), with a possessive ("Kamau's special
// envoy, Ola Brandt") or with "of" ("the president of Ethiopia, X"). Bare
// titles get their country from the article afterwards (resolveBare).
func (x *extractor) findRoles() {
	var roles []role
	for si := range x.sents {
		s := &x.sents[si]
		for mi := range s.ments {
			m := &s.ments[mi]
			if m.ent.typ != graph.Person || m.kind != mName {
				continue
			}
			if r, ok := x.roleBefore(s, m); ok {
				roles = append(roles, r)
			}
			if r, ok := x.roleAfter(s, m); ok {
				roles = append(roles, r)
			}
		}
	}
	var bare []role
	for _, r := range roles {
		if r.obj == nil {
			bare = append(bare, r)
			continue
		}
		x.emitRole(r)
	}
	x.resolveBare(roles, bare)
}

func (x *extractor) emitRole(r role) {
	if !allowedObject(r.pred, r.title, r.obj) {
		return
	}
	x.addFact(r.person.id, r.pred, r.obj.id, false, r.sent, graph.Asserted)
	x.addFact(r.person.id, graph.Title, r.title, true, r.sent, graph.Asserted)
}

// allowedObject reports whether a role may point at obj: presidents and
// ministers serve countries, heads lead organizations and places (monarchs
// their countries), envoys and spokespeople may serve a person.
func allowedObject(p graph.Predicate, title string, obj *entity) bool {
	if obj == nil {
		return false
	}
	switch p {
	case graph.PresidentOf, graph.VicePresidentOf, graph.PrimeMinisterOf, graph.MinisterOf:
		return obj.typ == graph.Country
	case graph.HeadOf:
		if obj.typ == graph.Country {
			return in(monarchs, lastWord(title))
		}
		return obj.typ == graph.Organization || obj.typ == graph.Place
	case graph.MemberOf:
		return obj.typ == graph.Country || obj.typ == graph.Organization
	case graph.SpokespersonFor, graph.EnvoyOf:
		return obj.typ == graph.Country || obj.typ == graph.Organization || obj.typ == graph.Person
	}
	return false
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		s = s[i+1:]
	}
	return strings.ToLower(s)
}

// blockBefore returns the title block ending right before token end.
func blockBefore(toks []token, end int) (titleBlock, bool) {
	k := end - 1
	for k >= 0 {
		t := &toks[k]
		if t.kind == tWord && isTitleWord(t.lower) {
			k--
			continue
		}
		// "Secretary of State", "Minister of Defense"
		if t.lower == "of" && k > 0 && k+1 < end && isTitleWord(toks[k-1].lower) && toks[k+1].cap {
			k--
			continue
		}
		break
	}
	b := titleBlock{k + 1, end}
	return b, b.start < b.end && hasHead(toks, b)
}

// blockAfter returns the title block starting at token start.
func blockAfter(toks []token, start int) (titleBlock, bool) {
	k := start
	for k < len(toks) {
		t := &toks[k]
		if t.kind == tWord && isTitleWord(t.lower) {
			k++
			continue
		}
		if t.lower == "of" && k > start && k+1 < len(toks) && isTitleWord(toks[k-1].lower) && toks[k+1].cap && isTitleWord(toks[k+1].lower) {
			k++
			continue
		}
		break
	}
	b := titleBlock{start, k}
	return b, b.start < b.end && hasHead(toks, b)
}

func hasHead(toks []token, b titleBlock) bool {
	for k := b.start; k < b.end; k++ {
		if isTitleHead(toks[k].lower) {
			return true
		}
	}
	return false
}

// isPast reports whether the block, or the word before it, marks a past
// role: "former ambassador", "ex-president".
func isPast(toks []token, b titleBlock) bool {
	// Look back over an anchor too: "Former Pakistani ambassador".
	from := b.start - 1
	for from > 0 && b.start-from < 4 && toks[from].kind == tWord && !in(pastMarkers, toks[from].lower) {
		from--
	}
	for k := max(from, 0); k < b.end; k++ {
		l := toks[k].lower
		if in(pastMarkers, l) || strings.HasPrefix(l, "ex-") || strings.HasPrefix(l, "former-") || strings.HasPrefix(l, "then-") {
			return true
		}
	}
	return false
}

// titleText is the title as written, without honorifics at its edges:
// "spokesman", not "spokesman Maj. Gen.".
func titleText(s *sentence, b titleBlock) string {
	for b.end > b.start && in(honorifics, s.toks[b.end-1].lower) && !isTitleHead(s.toks[b.end-1].lower) {
		b.end--
	}
	for b.start < b.end && in(honorifics, s.toks[b.start].lower) && !isTitleHead(s.toks[b.start].lower) {
		b.start++
	}
	return joinTokens(s.text, s.toks, b.start, b.end)
}

// predicateOf returns the role a title block gives: its right-most head,
// changed by "vice", "deputy", "prime" and "press".
func predicateOf(toks []token, b titleBlock) (graph.Predicate, bool) {
	head := -1
	for k := b.start; k < b.end; k++ {
		if isTitleHead(toks[k].lower) {
			head = k
		}
	}
	if head < 0 {
		return "", false
	}
	// "Secretary General", "Secretary of State": the head before "of" or
	// "general" rules.
	for k := b.start; k < head; k++ {
		if toks[k+1].lower == "of" && isTitleHead(toks[k].lower) {
			head = k
			break
		}
	}
	h := toks[head].lower
	p := titleHeads[h]
	has := func(w string) bool {
		for k := b.start; k < b.end; k++ {
			if toks[k].lower == w {
				return true
			}
		}
		return false
	}
	deputy := has("deputy") || has("vice") || has("assistant") || has("under")
	switch {
	case h == "secretary" && (has("press")):
		p = graph.SpokespersonFor
	case h == "secretary" && head+1 < b.end && toks[head+1].lower == "general":
		p = graph.HeadOf
		if deputy {
			p = graph.MemberOf
		}
	case h == "president" && has("vice"):
		p = graph.VicePresidentOf
	case h == "president" && deputy:
		p = graph.MemberOf
	case h == "minister" && has("prime"):
		p = graph.PrimeMinisterOf
		if deputy || has("first") {
			p = graph.MinisterOf
		}
	case p == graph.HeadOf && deputy:
		p = graph.MemberOf
	case h == "inspector" && (head+1 >= b.end || toks[head+1].lower != "general"):
		return "", false // a police inspector leads nothing named
	case h == "chief" && head+1 < b.end:
		// "chief negotiator" was handled by the right-most head; "chief of
		// staff" and the like are not the head of anything named.
		return "", false
	}
	return p, true
}

// anchorBefore returns the entity a title block belongs to, named right
// before it: a demonym or country ("Ethiopian", "U.S."), an organization
// ("Palace"), or anyone with a possessive ("Kamau's").
func anchorBefore(s *sentence, start int) *entity {
	if start <= 0 {
		return nil
	}
	toks := s.toks
	if toks[start-1].kind == tPoss {
		if m := mentionEndingAt(s, start-1); m != nil {
			return m.ent
		}
		return nil
	}
	m := mentionEndingAt(s, start)
	if m == nil || m.ent.typ == graph.Person {
		return nil
	}
	return m.ent // a place only passes allowedObject for heads ("Nairobi Mayor")
}

// anchorOf returns the entity named after "of" or "for" at token k: "the
// president of Ethiopia", "spokesman for the Palace".
func anchorOf(s *sentence, k int) (*entity, int) {
	toks := s.toks
	if k >= len(toks) || (toks[k].lower != "of" && toks[k].lower != "for") {
		return nil, k
	}
	k++
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	for i := range s.ments {
		m := &s.ments[i]
		if m.start == k && m.ent.typ != graph.Place {
			return m.ent, m.end
		}
	}
	return nil, k
}

// roleBefore reads a title in front of a person's name.
func (x *extractor) roleBefore(s *sentence, m *mention) (role, bool) {
	toks := s.toks
	end := m.start
	comma := false
	if end > 0 && toks[end-1].text == "," {
		// "President Joseph Kamau's special envoy, Ola Brandt"
		end--
		comma = true
	}
	b, ok := blockBefore(toks, end)
	var obj *entity
	if !ok {
		// "the president of Ethiopia Abebe Tadesse"
		if comma {
			return role{}, false
		}
		pm := mentionEndingAt(s, end)
		if pm == nil || pm == m {
			return role{}, false
		}
		k := pm.start - 1
		if k > 0 && toks[k].lower == "the" {
			k--
		}
		if k < 1 || (toks[k].lower != "of" && toks[k].lower != "for") {
			return role{}, false
		}
		if b, ok = blockBefore(toks, k); !ok {
			return role{}, false
		}
		obj = pm.ent
	}
	if isPast(toks, b) {
		return role{}, false
	}
	p, ok := predicateOf(toks, b)
	if !ok {
		return role{}, false
	}
	if obj == nil {
		obj = anchorBefore(s, b.start)
		if obj == nil {
			if a, _ := anchorOf(s, b.end); a != nil && b.end < m.start {
				obj = a
			}
		}
	}
	if comma && (obj == nil || b.start == 0 || toks[b.start-1].kind != tPoss) {
		// Only the possessive form takes a comma before the name.
		return role{}, false
	}
	if obj == nil {
		obj = x.localAdministration(s, b, p)
	}
	return role{person: m.ent, pred: p, title: titleText(s, b), obj: obj, sent: s.idx}, true
}

// roleAfter reads an apposition after a person's name: "Mensah, the Palace
// spokesman", "Brandt, Kamau's envoy", "X, Ethiopia's foreign minister", "X,
// the president of Ethiopia".
func (x *extractor) roleAfter(s *sentence, m *mention) (role, bool) {
	toks := s.toks
	k := m.end
	if k >= len(toks) || toks[k].text != "," {
		return role{}, false
	}
	k++
	if k < len(toks) && (toks[k].lower == "the" || toks[k].lower == "a" || toks[k].lower == "an") {
		k++
	}
	var obj *entity
	// An anchor before the title: a mention, possibly possessive.
	for i := range s.ments {
		a := &s.ments[i]
		if a.start != k || a.ent == m.ent || a.ent.typ == graph.Place {
			continue
		}
		e := a.end
		if e < len(toks) && toks[e].kind == tPoss {
			e++
		} else if a.ent.typ == graph.Person {
			continue
		}
		obj, k = a.ent, e
		break
	}
	b, ok := blockAfter(toks, k)
	if !ok || isPast(toks, b) {
		return role{}, false
	}
	end := b.end
	if obj == nil {
		obj, end = anchorOf(s, b.end)
		if obj == nil {
			end = b.end
		}
	}
	// The apposition must end there: a comma, the sentence's end, a
	// closing bracket or a verb of saying.
	if end < len(toks) {
		t := &toks[end]
		if t.text != "," && t.text != "." && t.text != ")" && t.text != ";" && !isSpeechVerb(toks, end) {
			return role{}, false
		}
	}
	p, ok := predicateOf(toks, b)
	if !ok {
		return role{}, false
	}
	if obj == nil {
		obj = x.localAdministration(s, b, p)
	}
	return role{person: m.ent, pred: p, title: titleText(s, b), obj: obj, sent: s.idx}, true
}

// localAdministration returns the local government an "administration head"
// leads, named after the place the sentence names before the title: "in
// the Amhara region, administration head X" leads the Amhara regional
// administration; "in Kisumu, city administration head Y" the Kisumu city
// administration.
func (x *extractor) localAdministration(s *sentence, b titleBlock, p graph.Predicate) *entity {
	if p != graph.HeadOf {
		return nil
	}
	toks := s.toks
	admin, city := false, false
	for k := b.start; k < b.end; k++ {
		switch toks[k].lower {
		case "administration":
			admin = true
		case "city":
			city = true
		}
	}
	if !admin {
		return nil
	}
	var place *mention
	for i := range s.ments {
		if pm := &s.ments[i]; pm.end <= b.start && pm.ent.typ == graph.Place && !pm.quoted {
			place = pm
		}
	}
	if place == nil {
		return nil
	}
	name := place.ent.name
	var org string
	if base, ok := cutRegion(name); ok && !city {
		org = base + " regional administration"
	} else if city {
		org = name + " city administration"
	} else {
		return nil
	}
	e := x.entity(graph.Organization, org)
	if e.first < 0 || s.idx < e.first {
		e.first = s.idx
	}
	return e
}

// governmentRoles are the roles a bare title can give: the offices of a
// country.
var governmentRoles = map[graph.Predicate]bool{
	graph.PresidentOf: true, graph.VicePresidentOf: true, graph.PrimeMinisterOf: true, graph.MinisterOf: true,
}

// resolveBare gives bare government titles ("President Joseph Kamau",
// "Secretary of State Mark Ellery") their country: the one the same person's
// titled mentions name, else the dateline's, else the country the article
// is written from (judged by how its country references act); a country
// whose office another person holds in the article is never chosen. When
// nothing is clear, no role is emitted, only the title.
func (x *extractor) resolveBare(all, bare []role) {
	if len(bare) == 0 {
		return
	}
	held := map[string]*entity{} // predicate+country → holder
	for _, r := range all {
		if r.obj != nil && r.obj.typ == graph.Country {
			held[string(r.pred)+"|"+r.obj.id] = r.person
		}
	}
	homes := map[graph.Predicate]*entity{}
	for _, r := range bare {
		if !governmentRoles[r.pred] {
			x.addFact(r.person.id, graph.Title, r.title, true, r.sent, graph.Asserted)
			continue
		}
		// Candidates in order: the person's own titled mentions, the
		// dateline's country, the article's home country. The first whose
		// office no one else holds in the article wins.
		var cands []*entity
		for _, o := range all {
			if o.person == r.person && o.obj != nil && o.obj.typ == graph.Country && governmentRoles[o.pred] {
				cands = append(cands, o.obj)
				break
			}
		}
		// The dateline goes before the guess from mentions, which an
		// article about a foreign conflict easily tips towards the
		// foreign side.
		if x.dateline != "" {
			cands = append(cands, x.entity(graph.Country, x.dateline))
		}
		home, done := homes[r.pred]
		if !done {
			home = x.homeCountry(held, r.pred)
			homes[r.pred] = home
		}
		if home != nil {
			cands = append(cands, home)
		}
		var c *entity
		for _, cand := range cands {
			if h, ok := held[string(r.pred)+"|"+cand.id]; !ok || h == r.person {
				c = cand
				break
			}
		}
		k := string(r.pred) + "|"
		if c != nil {
			k += c.id
		}
		// One office, one holder: a second bare "President" in a
		// Nairobi-datelined story is a foreign president.
		if h, ok := held[k]; c == nil || ok && h != r.person {
			x.addFact(r.person.id, graph.Title, r.title, true, r.sent, graph.Asserted)
			continue
		}
		held[k] = r.person
		r.obj = c
		x.emitRole(r)
	}
}

// peopleNouns after a country reference make it the country acting:
// "Kenyan negotiators", "U.S. officials".
var peopleNouns = set("officials", "official", "negotiators", "delegation", "delegates",
	"troops", "forces", "government", "military", "diplomats", "lawmakers", "leaders",
	"envoy", "team", "side", "administration", "authorities", "leadership", "army", "navy")

// homeCountry guesses the country an article is written from, for a bare
// title giving role p: the country whose references act (subjects,
// officials) most, clearly ahead of the next. Countries where someone in
// the article already holds p are left out, so are references that are
// only locations ("talks in Qatar").
func (x *extractor) homeCountry(held map[string]*entity, p graph.Predicate) *entity {
	score := map[*entity]int{}
	for si := range x.sents {
		s := &x.sents[si]
		for _, m := range s.ments {
			if m.ent.typ != graph.Country || m.quoted {
				continue
			}
			if _, ok := held[string(p)+"|"+m.ent.id]; ok {
				continue // that office is someone else's
			}
			w := 1
			switch {
			case isPlaceCue(s.toks, m.start):
				w = 0
			case in(peopleNouns, lowerAt(s.toks, m.end)):
				w = 2
			case m.start == 0 || (m.start == 1 && s.toks[0].lower == "the"):
				w = 2
			}
			score[m.ent] += w
		}
	}
	ents := make([]*entity, 0, len(score))
	for e := range score {
		ents = append(ents, e)
	}
	slices.SortFunc(ents, func(a, b *entity) int {
		return cmp.Or(cmp.Compare(score[b], score[a]), cmp.Compare(a.id, b.id))
	})
	var best, second *entity
	if len(ents) > 0 {
		best = ents[0]
	}
	if len(ents) > 1 {
		second = ents[1]
	}
	if best == nil || score[best] < 3 {
		return nil
	}
	if second != nil && score[best]*2 < score[second]*3 {
		return nil
	}
	return best
}

// cutRegion strips a region word from a subdivision's name: "Lviv
// Oblast" → "Lviv".
func cutRegion(name string) (string, bool) {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 || !in(regionWords, strings.ToLower(name[i+1:])) {
		return name, false
	}
	return name[:i], true
}
