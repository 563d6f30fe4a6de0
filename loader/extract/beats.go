package extract

import "github.com/actorgraph/actorgraph/domain"

// dropTitleBeats withdraws a region above countries (a continent,
// "Latin America", "West Africa") whose every mention only names the beat
// of a title: "its Latin America director", "a West Africa analyst", "the
// Europe director of X". Such a region is what the person covers, not a
// place the story happens in, and the sample and development golds never
// list it. The mentions stay, for the role rules read the title's
// premodifier ("its Latin America director" is a member of the body, not
// its head); only the entity's mention fact goes (first = -1).
func (x *extractor) dropTitleBeats() {
	beat := map[*entity]bool{}
	for i := range x.sents {
		s := &x.sents[i]
		for _, m := range s.ments {
			if m.ent.typ == domain.Place {
				b, seen := beat[m.ent]
				beat[m.ent] = (b || !seen) && x.titleBeat(s, m)
			}
		}
	}
	for e, b := range beat {
		if b {
			e.first = -1
		}
	}
}

// titleBeat reports whether mention m is a region above countries that
// premodifies a lower-case title or occupation after a determiner or a
// possessive: "Its Latin America director", "a West Africa analyst".
func (x *extractor) titleBeat(s *sentence, m mention) bool {
	if m.end >= len(s.toks) || m.start == 0 || !x.supranational(m.ent.name) {
		return false
	}
	next := &s.toks[m.end]
	if next.cap || !(isTitleHead(next.lower) || in(occupations, next.lower)) {
		return false
	}
	prev := s.toks[m.start-1].lower
	return in(beatDeterminers, prev) || prev == "'s" || prev == "’s"
}

// supranational reports whether the gazetteer knows name only as a
// place of no country: a continent or a region spanning countries.
func (x *extractor) supranational(name string) bool {
	es := x.lookupPlace(name)
	if len(es) == 0 {
		return false
	}
	for _, e := range es {
		if e.Type != domain.Place || e.Country != "" || e.Region {
			return false
		}
	}
	return true
}

// beatDeterminers open a noun phrase whose title a region may modify.
var beatDeterminers = set("the", "a", "an", "its", "their", "his", "her", "our")
