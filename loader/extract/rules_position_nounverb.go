package extract

import "strings"

// verbReadAsNoun reports whether token v, tagged a plural noun, is the
// present-tense verb the parse around it makes it: a subject and an
// object of its own, which no noun has ("Israel backs the plan", "the
// government backs it", where the tagger read "backs" as the plural of
// "back").
func (ps *psent) verbReadAsNoun(v int) bool {
	t := ps.tok(v)
	return t.UPOS == "NOUN" && t.XPOS == "NNS" && strings.HasSuffix(ps.lower(v), "s") &&
		ps.kidWith(v, "nsubj", "") >= 0 && ps.kidWith(v, "obj", "") >= 0
}
