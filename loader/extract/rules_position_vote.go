package extract

import (
	"slices"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/nlp/doc"
)

// voteSides reads the sides of a vote on the measure adopted last that
// name no measure themselves: "…, with the A party voting in favour and
// B against", "The C party voted against." Parties and bodies only, as
// the gold writes a party's vote for the party (dev12, dev13, dev15,
// dev16): the parse of "with A voting in favour" is no clause to trust
// ("voting" tagged a noun), so the words are read, bounded by the
// sentence. A hedged or negated vote is none.
func (x *extractor) voteSides(ps *psent) {
	n := len(ps.d.Tokens)
	for v := 0; v < n; v++ {
		w := ps.lower(v)
		if w != "voting" && w != "voted" {
			continue
		}
		pred, last, ok := voteSide(ps, v)
		if !ok || ps.unasserted(v) {
			continue
		}
		name := x.adoptedInReach(ps, v)
		if name == "" {
			continue
		}
		var actors []*entity
		if w == "voting" {
			// "with A and B voting in favour [and C against]"
			with := -1
			for k := v - 1; k >= 0 && k >= v-12; k-- {
				if ps.lower(k) == "with" {
					with = k
					break
				}
			}
			if with < 0 || !ps.talliesVote() || last+1 < n && ps.tok(last+1).UPOS != "PUNCT" && ps.lower(last+1) != "and" {
				continue // "voting against the plan": the stance rules read it
			}
			actors = x.votingBodies(ps, with+1, v)
			x.statePositions(ps, actors, pred, nil, name, []int{v})
			// "… and C against", "… and C in favour"
			if last+1 < n && ps.lower(last+1) == "and" {
				for k := last + 2; k < n && k <= last+12; k++ {
					if p2, end, ok := sideWords(ps, k); ok {
						if end+1 >= n || ps.tok(end+1).UPOS == "PUNCT" {
							x.statePositions(ps, x.votingBodies(ps, last+2, k), p2, nil, name, []int{v, k})
						}
						break
					}
				}
			}
			continue
		}
		// "The C party, the main opposition, voted against." a few
		// sentences after the adoption
		if last+1 < n && ps.tok(last+1).UPOS != "PUNCT" || ps.idx-x.measures.adoptedSent > maxVoteSideGap {
			continue // "voted against the plan": the stance rules read it
		}
		for _, s := range ps.kidsWith(v, "nsubj") {
			actors = append(actors, x.votingBodies(ps, s, s+1)...)
			for _, c := range ps.kidsWith(s, "conj") {
				actors = append(actors, x.votingBodies(ps, c, c+1)...)
			}
		}
		if len(actors) == 0 && !ps.has(v, "nsubj") && !slices.ContainsFunc(ps.d.Tokens[:v], func(t doc.Token) bool { return t.UPOS == "VERB" || t.UPOS == "AUX" }) {
			// the parse left the subject off ("The C party, the main
			// opposition, voted against" read with "Party" the root):
			// the bodies named before the verb, no other verb between
			actors = x.votingBodies(ps, 0, v)
		}
		x.statePositions(ps, actors, pred, nil, name, []int{v})
	}
}

// voteSide returns the stance "voted/voting" at v takes when the side
// follows ("in favour", "against") and the last token of the side.
func voteSide(ps *psent, v int) (domain.Predicate, int, bool) {
	if v+1 >= len(ps.d.Tokens) {
		return "", 0, false
	}
	return sideWords(ps, v+1)
}

// sideWords reads a vote's side at k: "in favour/favor" endorses,
// "against" rejects; it returns the side's last token.
func sideWords(ps *psent, k int) (domain.Predicate, int, bool) {
	n := len(ps.d.Tokens)
	switch {
	case ps.lower(k) == "against":
		return domain.Rejected, k, true
	case ps.lower(k) == "in" && k+1 < n && (ps.lower(k+1) == "favour" || ps.lower(k+1) == "favor"):
		if k+2 < n && ps.lower(k+2) == "of" {
			return "", 0, false // "voting in favour of X": the stance rules read it
		}
		return domain.Endorsed, k + 1, true
	}
	return "", 0, false
}

// votingBodies returns the parties and bodies named between tokens lo
// and hi: no person, no place.
func (x *extractor) votingBodies(ps *psent, lo, hi int) []*entity {
	var out []*entity
	for k := lo; k < hi; k++ {
		if e := x.entityAtToken(ps.idx, k); e != nil && e.typ == domain.Organization {
			out = appendEnt(out, e)
		}
	}
	return out
}

// maxVoteSideGap is how many sentences after the adoption a bare "voted
// against" still names its side.
const maxVoteSideGap = 4

// talliesVote reports whether the sentence gives a vote's tally ("by 40
// votes to 22", "passed 33-19", "88 to 81"): "with A voting in favour"
// is read only beside the vote it splits.
func (ps *psent) talliesVote() bool {
	for k := range ps.d.Tokens {
		if ps.lemma(k) == "vote" && ps.tok(k).UPOS == "NOUN" && ps.lower(k) != "voting" || ps.voteTally(0, k) {
			return true
		}
	}
	return false
}
