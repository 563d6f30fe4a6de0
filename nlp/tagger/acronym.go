package tagger

import (
	"strings"
	"unicode"
)

// functionClasses are the parts of speech of closed-class words, which an
// acronym written like one ("WHO", "US", "IT") is not.
var functionClasses = map[string]bool{
	"PRON": true, "DET": true, "ADP": true, "AUX": true, "CCONJ": true, "SCONJ": true, "PART": true,
}

// acronymOverride returns the proper-noun class for forms[i] when it is
// an acronym that spells a function word ("the WHO's regional director",
// "US troops") and class c reads it as that word: a word of two capitals
// or more, alone among words in lower case.
func (m *Model) acronymOverride(forms []string, i, c int, mixed bool) int {
	if !mixed || m.propn < 0 || !allCaps(forms[i]) || i > 0 && allCaps(forms[i-1]) || i+1 < len(forms) && allCaps(forms[i+1]) {
		return c // a run of capitals is emphasis: "I DO NOT agree"
	}
	if upos, _, _ := strings.Cut(m.classes[c], " "); !functionClasses[upos] {
		return c
	}
	return m.propn
}

// allCaps reports whether w is two letters or more, all of them capitals.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// mixedCase reports whether forms hold a word with a lower-case letter: a
// sentence not set in capitals, where capitals mark names.
func mixedCase(forms []string) bool {
	for _, f := range forms {
		for _, r := range f {
			if unicode.IsLower(r) {
				return true
			}
		}
	}
	return false
}
