package parser

import (
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/nlp/doc"
)

// maxDateline is the most tokens a dateline may take before its dash
// ("SAN JOSE, Costa Rica, March 3 (Reuters) -" is eleven).
const maxDateline = 16

// datelineEnd returns the index of the token that ends a wire dateline
// at the start of s, its dash mostly ("NAIROBI, March 3 (Reuters) -
// Kenya and Tanzania agreed …", "BEND, Ore. (AP) — …", "Mexico City
// (AFP) - …", "(Bloomberg) -- …", "Kuwait City, Kuwait – …"), or -1.
// The treebanks hold almost no datelines, so a parser reads one as the
// sentence's head and hangs the lead clause on it, losing its subject;
// the two are parsed apart instead.
//
// A dateline ends at the first dash standing apart (spaces on both
// sides, or right after the agency's bracket: "Zurich - based" inside a
// phrase is no end) or colon ("KATHMANDU, Feb 5 (RSS): …", "CHENNAI:
// …"), or at the agency's bracket when a capitalized word follows it
// after a place in capitals and a comma ("BENGALURU, Aug 12 (PTI)
// Karnataka …"), two words or more before the sentence's end. It holds
// no verb and no word in lower case but the agency's ("Doha (dpa) -")
// and a place's particles (placeParticles), and it has a dateline's
// shape: its place in capitals ("NAIROBI"), its agency in brackets
// before the dash, or a comma ("Kuwait City, Kuwait –"; not before a
// colon). "FIFA, the sport's Zurich - based body" has words in lower
// case; "EU - China talks" no dateline's shape.
func datelineEnd(s *doc.Sentence) int {
	toks := s.Tokens
	if len(toks) < 4 {
		return -1
	}
	caps, comma, inBracket := allCaps(toks[0].Form), false, false
	for i := 0; i < len(toks) && i <= maxDateline; i++ {
		t := &toks[i]
		switch {
		case (isDash(t.Form) || t.Form == ":") && i > 0:
			agency := toks[i-1].Form == ")"
			apart := agency || toks[i-1].SpaceAfter && t.SpaceAfter || t.Form == ":" && t.SpaceAfter
			shape := agency || caps && capsPlace(toks[:i]) || comma && t.Form != ":"
			if !apart || !shape || len(toks)-i-1 < 2 {
				return -1
			}
			return i
		case len(t.XPOS) >= 2 && (t.XPOS[:2] == "VB" || t.XPOS == "MD"):
			return -1
		case t.Form == "(":
			inBracket = true
		case t.Form == ")":
			inBracket = false
			// "BENGALURU, Aug 12 (PTI) Karnataka's …": no dash after
			// the agency, the clause's first word in capitals
			if caps && comma && i+2 < len(toks) && startsUpper(toks[i+1].Form) {
				return i
			}
		case t.Form == ",":
			comma = i > 0
		case t.Form == "." || t.Form == "/":
		default:
			r, _ := utf8.DecodeRuneInString(t.Form)
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !(inBracket && unicode.IsLetter(r)) && !placeParticles[t.Form] {
				return -1
			}
		}
	}
	return -1
}

// placeParticles are the words in lower case a place's name may hold:
// "Rio de Janeiro (AFP) -".
var placeParticles = map[string]bool{"de": true, "del": true, "da": true, "do": true, "dos": true, "das": true, "la": true, "el": true, "al": true}

// capsPlace is whether toks, a dateline without agency or comma, name a
// place in capitals that no acronym could be: two words or more
// ("UNITED NATIONS —"), or one of five letters or more ("NAIROBI —"),
// each of them in capitals ("EU - China" is a phrase).
func capsPlace(toks []doc.Token) bool {
	letters := 0
	for _, t := range toks {
		if !allCaps(t.Form) {
			return false
		}
		letters += len(t.Form)
	}
	return len(toks) >= 2 || letters >= 5
}

// startsUpper is whether w opens with a capital.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// allCaps is whether w has two letters or more, all of them capitals.
func allCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// isDash is whether w is a hyphen or dash standing alone.
func isDash(w string) bool {
	switch w {
	case "-", "--", "—", "–":
		return true
	}
	return false
}
