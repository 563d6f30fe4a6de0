// Package tokenize splits a sentence into syntactic words the way the
// English Universal Dependencies treebanks do, keeping each word's byte
// offsets into the text:
//
//   - punctuation is split from words: quotes (straight and curly),
//     brackets, commas, sentence-final periods, "$", "%";
//   - abbreviations keep their period: "U.S.", "Mr.", "p.m.", "Gen.", "J.";
//   - clitics are words of their own: "do|n't", "ca|n't", "wo|n't",
//     "it|'s", "they|'re", "I|'ve", "we|'ll", "he|'d", "I|'m", possessive
//     "Russia|'s", "leaders|'"; "cannot" is "can|not";
//   - hyphens between words are words ("long|-|term"), except after the
//     prefixes UD keeps attached ("re-elected", "non-profit", "e-mail")
//     and between digits ("713-853");
//   - numbers keep their inner commas and points ("1,000", "3.5").
package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/nlp/doc"
)

// Sentence tokenizes text[start:end], with offsets into text.
func Sentence(text string, start, end int) []doc.Token {
	// room for a word every four bytes, more than most sentences need
	out := make([]doc.Token, 0, (end-start)/4+2)
	i := start
	for i < end {
		r, w := utf8.DecodeRuneInString(text[i:end])
		if unicode.IsSpace(r) {
			i += w
			continue
		}
		j := i
		for j < end {
			r, w := utf8.DecodeRuneInString(text[j:end])
			if unicode.IsSpace(r) {
				break
			}
			j += w
		}
		out = chunk(out, text, i, j, strings.TrimSpace(text[j:end]) == "")
		i = j
	}
	for k := range out {
		t := &out[k]
		t.SpaceAfter = t.End < end && (k+1 == len(out) || out[k+1].Start > t.End)
		if t.End == end {
			t.SpaceAfter = false
		}
		t.Head = -1
	}
	return out
}

const (
	leading  = "\"“‘'([{$£€#«"
	trailing = "\"”’')]}.,;:!?%…»"
)

// chunk splits the white-space delimited text[i:j] into words.
// last says the chunk ends the sentence: a style that keeps its period
// before a name ("Eng. X") is a name's last word there ("Lim Guan Eng."),
// and the period the sentence's.
func chunk(out []doc.Token, text string, i, j int, last bool) []doc.Token {
	add := func(a, b int) { out = append(out, doc.Token{Form: text[a:b], Start: a, End: b}) }
	// leading punctuation, one mark a word
	for i < j {
		r, w := utf8.DecodeRuneInString(text[i:j])
		if !strings.ContainsRune(leading, r) {
			break
		}
		add(i, i+w)
		i += w
	}
	// trailing punctuation, kept to push after the word
	var tail [][2]int
	for j > i {
		r, w := utf8.DecodeLastRuneInString(text[i:j])
		if !strings.ContainsRune(trailing, r) {
			break
		}
		if r == '.' {
			if strings.HasSuffix(text[i:j], "...") {
				tail = append(tail, [2]int{j - 3, j})
				j -= 3
				continue
			}
			if keepsPeriod(text[i:j-1]) && !(last && nameStyles[strings.ToLower(text[i:j-1])]) {
				break
			}
		}
		if (r == '\'' || r == '’') && j-w > i && plural(text[i:j-w]) {
			// "leaders'": the possessive mark is a word of its own
			tail = append(tail, [2]int{j - w, j})
			j -= w
			break
		}
		tail = append(tail, [2]int{j - w, j})
		j -= w
	}
	if i < j {
		out = word(out, text, i, j)
	}
	for k := len(tail) - 1; k >= 0; k-- {
		add(tail[k][0], tail[k][1])
	}
	return out
}

// word splits clitics and hyphens off text[i:j].
func word(out []doc.Token, text string, i, j int) []doc.Token {
	add := func(a, b int) {
		if a < b {
			out = append(out, doc.Token{Form: text[a:b], Start: a, End: b})
		}
	}
	s := text[i:j]
	if n := clitic(s); n > 0 && n < len(s) {
		out = word(out, text, i, j-n)
		add(j-n, j)
		return out
	}
	if strings.EqualFold(s, "cannot") {
		add(i, i+3)
		add(i+3, j)
		return out
	}
	// hyphens between word characters
	start := i
	for k := i; k < j; {
		r, w := utf8.DecodeRuneInString(text[k:j])
		if (r == '-' || r == '‐' || r == '‑') && k > start && k+w < j {
			prev, _ := utf8.DecodeLastRuneInString(text[start:k])
			next, _ := utf8.DecodeRuneInString(text[k+w : j])
			if isWord(prev) && isWord(next) && !keepsHyphen(text[start:k], prev, next) {
				add(start, k)
				add(k, k+w)
				start = k + w
			}
		}
		k += w
	}
	add(start, j)
	return out
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// clitics end words, in the order clitic tries them.
var clitics = []string{"n't", "n’t", "'s", "'re", "'ve", "'ll", "'d", "'m", "’s", "’re", "’ve", "’ll", "’d", "’m"}

// clitic returns the byte length of a clitic ending s ("n't", "'s", "'re",
// "'ve", "'ll", "'d", "'m", with straight or curly apostrophes, in any
// case), or 0.
func clitic(s string) int {
	for _, c := range clitics {
		if len(s) > len(c) && hasLowerSuffix(s, c) {
			return len(c)
		}
	}
	return 0
}

// hasLowerSuffix reports whether s ends in c once its ASCII capitals are
// lowered, which for a c of lower-case ASCII letters and apostrophes is
// strings.HasSuffix(strings.ToLower(s), c) without building the string:
// no other rune lowers to one of c's letters.
func hasLowerSuffix(s, c string) bool {
	t := s[len(s)-len(c):]
	for i := 0; i < len(c); i++ {
		b := t[i]
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		if b != c[i] {
			return false
		}
	}
	return true
}

// plural reports whether w looks like a plural noun whose possessive is a
// bare apostrophe ("leaders'", "the Smiths'").
func plural(w string) bool {
	return len(w) > 2 && (w[len(w)-1] == 's' || w[len(w)-1] == 'S') && isWord(rune(w[0]))
}

// prefixes keep their hyphen in UD's English tokenization.
var prefixes = map[string]bool{
	"e": true, "re": true, "non": true, "co": true, "pre": true, "post": true, "anti": true,
	"pro": true, "mid": true, "semi": true, "multi": true, "pan": true, "mini": true,
	"ex": true, "sub": true, "inter": true, "intra": true, "counter": true, "neo": true,
}

func keepsHyphen(before string, prev, next rune) bool {
	if unicode.IsDigit(prev) && unicode.IsDigit(next) {
		return true
	}
	b := before
	if k := strings.LastIndexAny(b, "-‐‑"); k >= 0 {
		b = b[k+1:]
	}
	return prefixes[strings.ToLower(b)]
}

// abbreviations keep their period. Lower-case, without the period.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true,
	"gen": true, "lt": true, "col": true, "sgt": true, "capt": true, "gov": true, "sen": true,
	"rep": true, "prof": true, "mt": true, "ft": true, "maj": true, "adm": true, "cmdr": true,
	"brig": true, "rev": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"inc": true, "ltd": true, "corp": true, "co": true, "vs": true, "etc": true,
	"ave": true, "blvd": true, "dept": true, "govt": true, "approx": true,
	// styles before a name: "Eng. X" and "Engr. X" (an engineer), "Supt. X",
	// "Insp. X", "Hon. X"
	"eng": true, "engr": true, "supt": true, "insp": true, "hon": true,
}

// nameStyles are the abbreviations that keep their period only before a
// name ("Eng. X"): at the end of a sentence the word is a name's last
// ("Lim Guan Eng."), and the period the sentence's.
var nameStyles = map[string]bool{"eng": true, "engr": true, "supt": true, "insp": true, "hon": true}

// USStates maps the AP style abbreviations of US states, as wire copy
// writes them after a city ("Lake Charles, La."), lower-case and without
// their final period, to the states' names. Capitalized, they keep their
// period.
var USStates = map[string]string{
	"ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas", "calif": "California", "colo": "Colorado",
	"conn": "Connecticut", "del": "Delaware", "fla": "Florida", "ga": "Georgia", "ill": "Illinois",
	"ind": "Indiana", "kan": "Kansas", "kans": "Kansas", "ky": "Kentucky", "la": "Louisiana",
	"md": "Maryland", "mass": "Massachusetts", "mich": "Michigan", "minn": "Minnesota",
	"miss": "Mississippi", "mo": "Missouri", "mont": "Montana", "neb": "Nebraska", "nev": "Nevada",
	"n.h": "New Hampshire", "n.j": "New Jersey", "n.m": "New Mexico", "n.y": "New York",
	"n.c": "North Carolina", "n.d": "North Dakota", "okla": "Oklahoma", "ore": "Oregon",
	"pa": "Pennsylvania", "r.i": "Rhode Island", "s.c": "South Carolina", "s.d": "South Dakota",
	"tenn": "Tennessee", "tex": "Texas", "vt": "Vermont", "va": "Virginia", "wash": "Washington",
	"w.va": "West Virginia", "wis": "Wisconsin", "wyo": "Wyoming",
}

// keepsPeriod reports whether w followed by a period is an abbreviation:
// a known one, a single letter ("J."), or letters joined by periods
// ("U.S", "p.m").
func keepsPeriod(w string) bool {
	if w == "" {
		return false
	}
	if abbreviations[strings.ToLower(w)] {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && USStates[strings.ToLower(w)] != "" {
		return true
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	if !strings.Contains(w, ".") {
		return false
	}
	for _, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(part)
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}
