package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind is the lexical class of a token.
type tokKind uint8

const (
	tWord  tokKind = iota // letters, possibly with internal hyphens, apostrophes or abbreviation dots
	tNum                  // starts with a digit: "60-day", "1,000", "5"
	tPunct                // any other single character
	tPoss                 // the possessive "'s" or "’s", split from its word
	tQuote                // a double quotation mark: “ ” or "
)

// token is one lexical unit of a sentence. Offsets are byte offsets into the
// sentence text.
type token struct {
	text       string
	lower      string
	start, end int
	kind       tokKind
	cap        bool // first letter upper-case
	upper      bool // an acronym: at least two letters, all upper-case
	quoted     bool // inside a direct quote
	name       bool // may start or continue a name (isCapWord)
	portfolio  bool // a word of a minister's portfolio ("Water Resources Minister")
	style      bool // a word of an honorific style of several words ("Datuk Seri", "Tan Sri"): styleEnd
}

// is reports whether t is the word w, ignoring case (w is lower-case).
func (t *token) is(w string) bool { return t.lower == w }

// abbreviations keep their trailing period inside the token, so that the
// period is not taken for the end of a word. Lower-case keys.
var abbreviations = setWith(nameStyles,
	"mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "lt", "col", "sgt", "capt",
	"gov", "sen", "rep", "prof", "mt", "ft", "maj", "adm", "cmdr", "brig", "rev",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"inc", "ltd", "corp", "co", "vs",
)

// nameStyles, the styles before a name ("Eng. X", "Engr. X", "Supt. X",
// "Insp. X", "Hon. X"), are the abbreviations that keep their period
// only before a name: at the end of a sentence the word is a name's last
// ("Lim Guan Eng."), and the period the sentence's.
var nameStyles = set("eng", "engr", "supt", "insp", "hon")

// low0 returns the lower-case form of s[i:j], sliced from low when
// lower-casing kept the offsets.
func low0(s, low string, i, j int) string {
	if low != "" {
		return low[i:j]
	}
	return strings.ToLower(s[i:j])
}

// tokenize splits s into tokens, appending to buf. It is a hand-written
// scanner (no regular expressions) because it runs over every sentence.
func tokenize(s string, buf []token) []token {
	// Lower-case the sentence once; tokens slice it when lower-casing kept
	// every byte offset (always for ASCII), instead of one string each.
	low := strings.ToLower(s)
	if len(low) != len(s) {
		low = ""
	}
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += w
		case isWordRune(r):
			j := scanWord(s, i)
			// "on X." at the end of a sentence: the period is the
			// sentence's, not an initial's.
			if j-i == 2 && s[j-1] == '.' && strings.TrimRight(s[j:], " ”\"'’)") == "" {
				j--
			}
			// "… by Tan Sek Eng." at the end of a sentence: a style that
			// opens a name is a name's last word there, and the period
			// is the sentence's.
			if j > i+1 && s[j-1] == '.' && in(nameStyles, low0(s, low, i, j-1)) && strings.TrimRight(s[j:], " ”\"'’)") == "" {
				j--
			}
			// "People's Liberation Front": a possessive inside a name.
			if k := j; k < len(s) && (s[k] == '\'' || strings.HasPrefix(s[k:], "’")) && inNamePossessive(s[i:j], s[k:]) && isPossessive(s, k+len(string([]rune(s[k:])[0]))) {
				_, w := utf8.DecodeRuneInString(s[k:])
				j = k + w + 1
			}
			buf = append(buf, newWord(s, low, i, j))
			i = j
		case (r == '\'' || r == '’') && len(buf) > 0 && buf[len(buf)-1].end == i && isPossessive(s, i+w):
			buf = append(buf, token{text: s[i : i+w+1], lower: "'s", start: i, end: i + w + 1, kind: tPoss})
			i += w + 1
		case r == '"' || r == '“' || r == '”':
			buf = append(buf, token{text: s[i : i+w], lower: s[i : i+w], start: i, end: i + w, kind: tQuote})
			i += w
		default:
			buf = append(buf, token{text: s[i : i+w], lower: s[i : i+w], start: i, end: i + w, kind: tPunct})
			i += w
		}
	}
	givenNames(buf)
	return buf
}

// givenNames marks as name words the months (and the day "Sun") that
// are also given names, surnames or words of names when a name goes on
// or comes before them: "Jan van der Berg", "June Carter", "Theresa
// May", "Sun Corvin Holdings"; "in May" and "Jan. 5" stay dates.
func givenNames(toks []token) {
	for k := range toks {
		t := &toks[k]
		if nameFunctionWord(toks, k) {
			t.name = true
			continue
		}
		if !t.cap || t.name || !in(givenNameMonths, t.lower) {
			continue
		}
		if k+1 < len(toks) && (toks[k+1].kind == tNum || toks[k+1].text == ".") {
			continue // "Moscow April 25", "Jan. 5": a date
		}
		next := k+1 < len(toks) && (toks[k+1].name || toks[k+1].kind == tWord && in(connectors, toks[k+1].lower) && toks[k+1].lower != "of" && toks[k+1].lower != "for")
		prev := k > 0 && toks[k-1].name && !toks[k-1].upper
		t.name = next || prev
	}
}

// nameFunctionWords are function words that are also the first words
// of names: the Burmese given name "Than" ("Than Swe Oo", "Than Htike").
var nameFunctionWords = set("than")

// nameFunctionWord reports whether token k is one of nameFunctionWords
// that opens a name: capitalized (not in capitals) inside a sentence,
// right after a word (in lower case, or capitalized as a title is: "met
// President Than Zaw Htike") or a comma ("his counterpart, Than Swe Oo,"),
// and a capitalized word that may go on with a name right after it. At a
// sentence's start, after a quote or a colon, the capital says nothing.
// Any capitalized word before it is accepted, not a title's alone: a
// title of a work in title case ("Louder Than Thunder") is read as a
// name too.
func nameFunctionWord(toks []token, k int) bool {
	t := &toks[k]
	if t.kind != tWord || !t.cap || t.upper || !in(nameFunctionWords, t.lower) || k == 0 || k+1 >= len(toks) {
		return false
	}
	p, n := &toks[k-1], &toks[k+1]
	if !(p.kind == tWord && (p.cap || p.lower == p.text) || p.text == ",") {
		return false
	}
	return n.kind == tWord && n.name && n.cap && !n.upper
}

// givenNameMonths are months, and a day's short form, written like names.
var givenNameMonths = set("jan", "may", "june", "april", "august", "sun")

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isPossessive reports whether s[i:] starts with an "s" that ends a word, the
// rest of a possessive "'s".
func isPossessive(s string, i int) bool {
	if i >= len(s) || (s[i] != 's' && s[i] != 'S') {
		return false
	}
	if i+1 == len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i+1:])
	return !isWordRune(r)
}

// scanWord returns the end of the word starting at i. A word keeps internal
// hyphens ("60-day", "al-Assad"), internal apostrophes ("doesn't", but not a
// possessive "'s"), marks, and the periods of abbreviations ("U.S.", "p.m.",
// "Gen.").
func scanWord(s string, i int) int {
	start := i
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) || unicode.Is(unicode.Mn, r) {
			i += w
			continue
		}
		next, nw := rune(0), 0
		if i+w < len(s) {
			next, nw = utf8.DecodeRuneInString(s[i+w:])
		}
		switch r {
		case '-', '‐', '‑':
			if isWordRune(next) {
				i += w
				continue
			}
		case '\'', '’':
			if isWordRune(next) && !isPossessive(s, i+w) {
				i += w
				continue
			}
		case '.':
			if dotted(s[start:i]) {
				i += w
				// "U.S.A." continues with the next letter and its dot.
				if isWordRune(next) && i+nw < len(s) && s[i+nw] == '.' {
					continue
				}
				return i
			}
		}
		break
	}
	return i
}

// dotted reports whether a word followed by a period keeps it: a single
// letter ("J.", the "U" of "U.S."), letters separated by dots ("U.S",
// "p.m"), or a known abbreviation ("Gen").
func dotted(w string) bool {
	// "Kenya-U.S.": only the part after the last hyphen counts.
	if i := strings.LastIndexAny(w, "-‐‑"); i >= 0 {
		_, n := utf8.DecodeRuneInString(w[i:])
		w = w[i+n:]
	}
	if w == "" {
		return false
	}
	if strings.IndexByte(w, '.') >= 0 {
		return true
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsLetter(r)
	}
	_, ok := abbreviations[strings.ToLower(w)]
	return ok
}

func newWord(s, low string, i, j int) token {
	text := s[i:j]
	lower := low0(s, low, i, j)
	t := token{text: text, lower: lower, start: i, end: j, kind: tWord}
	r, _ := utf8.DecodeRuneInString(text)
	if unicode.IsDigit(r) {
		t.kind = tNum
		return t
	}
	t.cap = unicode.IsUpper(r) || arabicArticle(text)
	letters, uppers := 0, 0
	for _, c := range text {
		if unicode.IsLetter(c) {
			letters++
			if unicode.IsUpper(c) {
				uppers++
			}
		}
	}
	t.upper = letters >= 2 && uppers == letters
	t.name = nameWord(&t)
	return t
}

// set builds a lookup set of words.
func set(words ...string) map[string]struct{} {
	m := make(map[string]struct{}, len(words))
	for _, w := range words {
		m[w] = struct{}{}
	}
	return m
}

// setWith builds a lookup set of the words of base and words.
func setWith(base map[string]struct{}, words ...string) map[string]struct{} {
	m := set(words...)
	for w := range base {
		m[w] = struct{}{}
	}
	return m
}

func in(m map[string]struct{}, w string) bool {
	_, ok := m[w]
	return ok
}

// joinTokens returns the text of toks[i:j] as written in s, from the start of
// the first to the end of the last.
func joinTokens(s string, toks []token, i, j int) string {
	if i >= j {
		return ""
	}
	return s[toks[i].start:toks[j-1].end]
}

// arabicArticle reports whether w is a name with a lower-case Arabic
// article or patronymic: "al-Burhan", "el-Sisi", "bin-Salman".
func arabicArticle(w string) bool {
	// the article has at most four letters: a hyphen further on is no
	// concern, and every lower-case word of a sentence comes here
	i := hyphenAt(w[:min(len(w), 4+len("‐"))])
	if i < 2 || i > 4 {
		return false
	}
	switch w[:i] {
	// the article takes the sound of a sun letter after it, spelled with
	// a or e: "ash-Sham", "ad-Dawla", "ez-Zor", "es-Salam", "er-Rashid"
	case "al", "el", "ad", "ash", "as", "at", "az", "ar", "an", "ed", "esh", "es", "et", "ez", "er", "en", "bin", "ibn", "abu":
	default:
		return false
	}
	_, n := utf8.DecodeRuneInString(w[i:])
	r, _ := utf8.DecodeRuneInString(w[i+n:])
	return unicode.IsUpper(r)
}

// hyphenAt is strings.IndexAny(w, "-‐") without its walk over w's runes:
// the byte index of the first hyphen-minus or hyphen (U+2010), -1 for
// none. Neither can be part of another character's UTF-8 bytes.
func hyphenAt(w string) int {
	for i := 0; i < len(w); i++ {
		if w[i] == '-' {
			return i
		}
		if w[i] == 0xe2 && strings.HasPrefix(w[i:], "‐") {
			return i
		}
	}
	return -1
}

// inNamePossessive reports whether a possessive after w belongs to a name:
// "People's Liberation Army", "Women's Union", and a plural in -men of a
// trade before a capitalized word (poss is the text from the apostrophe
// on): "Panhellenic Seamen's Federation", not "Fishermen's boats".
func inNamePossessive(w, poss string) bool {
	switch w {
	case "People", "Peoples", "Women", "Children", "Workers", "Veterans", "Mothers", "Farmers":
		return true
	}
	if !irregularTradePlural(w) {
		return false
	}
	return bodyNameAfter(poss)
}

// bodyNameAfter reports whether the capitalized words after a possessive
// (poss is the text from the apostrophe on) name a body, holding an
// organization's head word: "Fishermen's Welfare Association",
// "Seamen's Union", not "Fishermen's Leader X" or "Policemen's Wives".
func bodyNameAfter(poss string) bool {
	_, after, _ := strings.Cut(poss, " ")
	for n, f := range strings.Fields(after) {
		r, _ := utf8.DecodeRuneInString(f)
		if n == 4 || !unicode.IsUpper(r) {
			return false
		}
		w := strings.TrimRight(f, ".,;:!?)”\"'’")
		if l := strings.ToLower(w); in(orgCues, l) || in(tradeBodyHeads, l) {
			return true
		}
		if w != f {
			return false
		}
	}
	return false
}

// tradeBodyHeads end the names of a trade's bodies beside orgCues:
// "Craftsmen's Guild", "Dairymen's Cooperative", "Tribesmen's Jirga".
var tradeBodyHeads = set("guild", "cooperative", "co-operative", "jirga", "syndicate")

// irregularTradePlural reports whether w is a capitalized plural in -men
// of a trade or kind of people, whose possessive a body's name holds as
// it holds a regular plural's apostrophe ("Farmers' Alliance"):
// "Fishermen's Association", "Seamen's Union", "Craftsmen's Guild",
// "Clergymen's Council". Its stem is a word that ends in -er, -s or -y
// ("Fisher", "Trades", "Dairy") of four letters or more, or one of
// manStems; a place or a given name in -men is neither
// ("Yemen", "Bremen", "Xiamen", "Kinmen", "Carmen", "Aymen").
func irregularTradePlural(w string) bool {
	stem, ok := strings.CutSuffix(w, "men")
	if !ok || stem == "" || stem[0] < 'A' || stem[0] > 'Z' {
		return false
	}
	if in(manStems, stem) {
		return true
	}
	return len(stem) >= 4 && (strings.HasSuffix(stem, "er") || strings.HasSuffix(stem, "s") || strings.HasSuffix(stem, "y"))
}

// manStems are the stems of the plurals in -men that end neither in -er,
// -s nor -y: "Seamen", "Firemen", "Policemen".
var manStems = set("Sea", "Air", "Fire", "Work", "Police", "Service", "Chair", "Line", "Yeo", "Freed",
	"Camera", "Noble", "Cattle", "Patrol", "Longshore", "Militia")
