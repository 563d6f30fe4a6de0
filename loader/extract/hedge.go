package extract

import (
	"github.com/actorgraph/actorgraph/domain"
)

// hedging returns how firmly a sentence states its facts, from its cue
// words. The strongest doubt wins: unconfirmed over disputed over
// attributed.
func hedging(toks []token) domain.Hedging {
	h := domain.Asserted
	for i := range toks {
		w := toks[i].lower
		next := lowerAt(toks, i+1)
		switch {
		case w == "reportedly" || w == "unconfirmed" || w == "unverified" || w == "allegedly" ||
			(w == "not" && (next == "be" || next == "independently" || next == "immediately") && verifyAhead(toks, i)):
			return domain.Unconfirmed
		case w == "accused" || w == "accuses" || w == "accusing" || w == "denied" || w == "denies" ||
			w == "deny" || w == "denying" || w == "claims" || w == "claimed" || w == "alleged" || w == "alleges":
			h = domain.Disputed
		case h == domain.Asserted && ((w == "according" && next == "to") ||
			((w == "officials" || w == "official" || w == "sources" || w == "source") && (next == "said" || next == "say" || next == "says"))):
			h = domain.Attributed
		}
	}
	return h
}

// verifyAhead reports whether "verify" or "verified" follows within three
// words: "could not be independently verified".
func verifyAhead(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if w := toks[k].lower; w == "verified" || w == "verify" || w == "confirmed" || w == "confirm" {
			return true
		}
	}
	return false
}
