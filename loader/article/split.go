package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// split appends the sentences of paragraph p of text to out, as trimmed,
// non-empty byte spans.
//
// A sentence ends at '.', '!' or '?' (a run of them, then any closing
// quotes or brackets) when white space follows and the next word can start
// a sentence: an upper-case letter, a digit or an opening quote. After a
// period, abbreviations, initials and initialisms get a second look (see
// abbreviation). The rules are written for English wire copy; a
// hand-written scanner runs far faster than a trained Punkt model and is
// easier to correct.
func split(text string, p span, out []span) []span {
	start := p.start
	for i := p.start; i < p.end; {
		k := strings.IndexAny(text[i:p.end], ".!?")
		if k < 0 {
			break
		}
		i += k
		c := text[i]
		j := i + 1
		for j < p.end && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
			j++
		}
		single := j == i+1
		quoted := false
		for j < p.end {
			r, n := utf8.DecodeRuneInString(text[j:p.end])
			if !closer(r) {
				break
			}
			quoted = quoted || r != ')' && r != ']'
			j += n
		}
		next := j
		for next < p.end {
			r, n := utf8.DecodeRuneInString(text[next:p.end])
			if !unicode.IsSpace(r) {
				break
			}
			next += n
		}
		if next == j || next >= p.end {
			// No space ("U.S.A.", "3.5", "site.com") or paragraph end,
			// which closes the sentence anyway.
			i = max(j, i+1)
			continue
		}
		rest := text[next:p.end]
		if !opener(rest) || c == '.' && single && abbreviation(text[start:i], rest) ||
			quoted && c != '.' && attribution(rest) {
			i = next
			continue
		}
		out = appendTrimmed(text, span{start, j}, out)
		start, i = next, next
	}
	return appendTrimmed(text, span{start, p.end}, out)
}

// appendTrimmed appends s trimmed of white space, unless nothing of a
// sentence, a letter or a digit, is left.
func appendTrimmed(text string, s span, out []span) []span {
	a, b := trim(text, s.start, s.end)
	if a < b && hasAlnum(text[a:b]) {
		out = append(out, span{a, b})
	}
	return out
}

// closer reports characters that may follow the final punctuation of a
// sentence and still belong to it.
func closer(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '”', '’', '»', '›', '*', '_':
		return true
	}
	return false
}

// opener reports whether s starts the way a sentence can: a capital, a
// digit, or an opening quote or bracket followed by one.
func opener(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	switch r {
	case '"', '“', '‘', '\'', '«', '(', '[', '¿', '¡':
		r2, _ := utf8.DecodeRuneInString(s[n:])
		return unicode.IsUpper(r2) || unicode.IsDigit(r2) || r2 == '.' // ".." after a quote: an ellipsis
	}
	// Letters without case (CJK, Arabic) can start a sentence too.
	return unicode.IsDigit(r) || unicode.IsLetter(r) && !unicode.IsLower(r)
}

// neverFinal are abbreviations that precede a name or number and so do not
// end a sentence in wire copy ("Gen. Keith Kellogg", "Jan. 20", "No. 2").
var neverFinal = set(
	"Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Gens", "Lt", "Col",
	"Maj", "Capt", "Cmdr", "Cdr", "Adm", "Brig", "Sgt", "Cpl", "Pvt", "Pfc",
	"Gov", "Govs", "Sen", "Sens", "Rep", "Reps", "Rev", "Hon", "Pres", "Supt",
	"Det", "Insp", "Amb", "Atty", "Sec", "St", "Ste", "Mt", "Ft", "Jan", "Feb",
	"Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
	"No", "Nos", "vs", "v", "Vol", "vol", "Fig", "fig", "pp", "approx",
	"Gov", "Dept", "Univ", "Ave", "Blvd", "Rd", "ca", "cf", "Ref",
	// an engineer's style in East African and Arab copy: "Engr. X"
	"Engr",
)

// oftenFinal are abbreviations that usually continue the sentence but can
// end it ("Apple Inc. said" / "…by Apple Inc. The company").
var oftenFinal = set(
	"Inc", "Co", "Corp", "Ltd", "Jr", "Sr", "Bros", "LLC", "Plc", "etc", "al",
	// U.S. states as AP style abbreviates them after a city.
	"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill",
	"Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo",
	"Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Vt", "Va", "Wash",
	"Wis", "Wyo",
)

// starters are words that begin a sentence far more often than they follow
// an abbreviation. After "U.S.", "a.m." or "Inc." a sentence is split only
// when one of them comes next: "in the U.S. The talks" splits, "the U.S.
// Senate" does not.
var starters = set(
	"The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His",
	"Her", "Its", "Their", "Our", "My", "This", "That", "These", "Those",
	"There", "Here", "But", "And", "Or", "So", "Yet", "In", "On", "At", "By",
	"For", "From", "With", "After", "Before", "When", "While", "As", "If",
	"Although", "Though", "However", "Meanwhile", "Still", "Also", "Some",
	"Many", "Most", "Both", "Each", "Neither", "Other", "Another", "No",
	"Not", "Now", "Then", "Earlier", "Later", "Since", "During", "Despite",
	"Asked", "According", "What", "Why", "How", "Who", "Where", "Several",
	"One", "Two", "Three", "Officials", "Such", "Under", "Over", "Last",
	"Next", "Instead", "Even", "Only", "All", "Any", "Nor", "Thus", "Because",
	"It's", "It’s", "He's", "He’s", "She's", "She’s", "They're", "They’re",
	"We're", "We’re", "I'm", "I’m", "That's", "That’s", "There's", "There’s",
)

// abbreviation reports whether the period that ends before (the sentence
// so far) belongs to an abbreviation rather than ending the sentence;
// next is the text after the following white space.
func abbreviation(before, next string) bool {
	w := before[strings.LastIndexFunc(before, func(r rune) bool {
		return unicode.IsSpace(r) || r == '(' || r == '"' || r == '“' || r == '‘' || r == '[' || r == '—' || r == '-' || r == '/'
	})+1:]
	if w == "" {
		return false
	}
	if len(w) >= 2 && !strings.ContainsFunc(w, unicode.IsLower) {
		// Datelines capitalise everything: "ST. PETERSBURG".
		w = w[:1] + strings.ToLower(w[1:])
	}
	if neverFinal[w] {
		if w == "No" || w == "Nos" {
			r, _ := utf8.DecodeRuneInString(next)
			return unicode.IsDigit(r)
		}
		return true
	}
	if n := utf8.RuneCountInString(w); n == 1 {
		// An initial: "Donald J. Trump". A single lower-case letter is a
		// list item or "p." of a page; neither ends a sentence. A capital
		// that ends one ("said on X.") is followed by a quote or a
		// sentence starter, which names rarely are.
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			return !startsNew(next)
		}
		return unicode.IsLetter(r)
	}
	if w == "Eng" {
		return opensName(before[:len(before)-len(w)], next)
	}
	if oftenFinal[w] || initialism(w) {
		return !startsNew(next)
	}
	return false
}

// opensName reports whether a style abbreviation that is also a name's
// last word ("Eng.", an engineer's style in East African and Arab copy,
// and the last word of Chinese names: "Lim Guan Eng") opens the name
// after it rather than ending the sentence: no capitalized word before
// it (it starts the sentence or follows a comma, a dash or a lower-case
// word: "its head, Eng. Halima Wekesa") and two capitalized words after
// it, the first no sentence starter. After a capitalized word it closes
// that name ("… by Tan Sek Eng. Officials said", "… Boon Eng. The").
func opensName(pre, next string) bool {
	pre = strings.TrimRightFunc(pre, unicode.IsSpace)
	if r, _ := utf8.DecodeLastRuneInString(pre); unicode.IsLetter(r) {
		prev := pre[strings.LastIndexFunc(pre, unicode.IsSpace)+1:]
		if r, _ := utf8.DecodeRuneInString(prev); unicode.IsUpper(r) {
			return false
		}
	}
	first := firstWord(next)
	if startsNew(next) || !capitalized(first) {
		return false
	}
	rest := strings.TrimLeftFunc(next[len(first):], unicode.IsSpace)
	return capitalized(firstWord(rest))
}

// capitalized reports whether w starts with an upper-case letter.
func capitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// startsNew reports whether next, the text after an ambiguous period,
// clearly starts a new sentence: an opening quote or a starter word.
func startsNew(next string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	return r == '"' || r == '“' || r == '‘' || r == '«' || starters[firstWord(next)]
}

// initialism reports dotted letters without the final period: "U.S",
// "J.D", "a.m", "E.U".
func initialism(w string) bool {
	dots := 0
	run := 0
	for _, r := range w {
		switch {
		case r == '.':
			if run == 0 {
				return false
			}
			dots++
			run = 0
		case unicode.IsLetter(r):
			if run++; run > 2 {
				return false
			}
		default:
			return false
		}
	}
	return dots > 0 && run > 0
}

// firstWord returns the leading word of s, quotes and brackets skipped.
func firstWord(s string) string {
	s = strings.TrimLeft(s, "\"“‘'([")
	i := strings.IndexFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == ';' || r == ':' || r == '.'
	})
	if i < 0 {
		return s
	}
	return s[:i]
}

// Dateline recognises the dateline that opens wire copy and returns its
// place as written and the byte offset in sentence where the story after
// it starts. It accepts
//
//	WASHINGTON (AP) — President …
//	KYIV, Ukraine (Reuters) - …
//	MOSCOW, March 24 (Reuters) - …   (place "MOSCOW"; the date is skipped)
//	WASHINGTON () President …        (agency lost in copying)
//	LONDON — …
//	Kyiv (AFP) – …                   (title case needs agency and dash)
//
// The place is upper case (or title case with both an agency and a dash),
// may carry a ", Region", and must be followed by an agency in brackets, a
// dash, or both. Parse keeps datelines in the sentence text; the extractor
// calls Dateline to read the place.
func Dateline(sentence string) (place string, rest int, ok bool) {
	s := sentence
	i := len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace))
	p0 := i
	caps, words := false, 0
	for words < 4 {
		e := placeWord(s, i)
		if e == i {
			break
		}
		w := s[i:e]
		if words == 0 {
			caps = !strings.ContainsFunc(w, unicode.IsLower)
			if !caps && !capitalised(w) {
				return "", 0, false
			}
		} else if caps && strings.ContainsFunc(w, unicode.IsLower) || !capitalised(w) {
			// "WASHINGTON President": the story starts here, not the place.
			i-- // give back the space
			break
		}
		words++
		i = e
		if i+1 >= len(s) || s[i] != ' ' {
			break
		}
		i++
	}
	if words == 0 {
		return "", 0, false
	}
	if s[i-1] == ' ' {
		i--
	}
	placeEnd := i
	// ", Ukraine" or ", March 24"
	if strings.HasPrefix(s[i:], ", ") {
		j := i + 2
		e := j
		for e < len(s) && s[e] != '(' && !strings.HasPrefix(s[e:], " —") && !strings.HasPrefix(s[e:], " –") && !strings.HasPrefix(s[e:], " -") && e-j < 40 {
			e++
		}
		region := strings.TrimRight(s[j:e], " ")
		if e-j < 40 && region == strings.TrimSpace(region) && (region != "" && onlyName(region) || isMonthDay(region)) {
			if !isMonthDay(region) {
				placeEnd = j + len(region)
			}
			i = e
		}
	}
	place = s[p0:placeEnd]
	j := skipSpace(s, i)
	agency := false
	if j < len(s) && s[j] == '(' {
		e := strings.IndexByte(s[j:], ')')
		if e < 0 || e > 40 || !agencyName(s[j+1:j+e]) {
			return "", 0, false
		}
		agency = true
		j = skipSpace(s, j+e+1)
	}
	dash := false
	for _, d := range []string{"—", "–", "--", "-", "―"} {
		if strings.HasPrefix(s[j:], d) {
			dash = true
			j = skipSpace(s, j+len(d))
			break
		}
	}
	if !agency && !dash || !caps && !(agency && dash) || j >= len(s) || j == i {
		return "", 0, false
	}
	if !caps && utf8.RuneCountInString(place) < 3 {
		return "", 0, false
	}
	if caps && utf8.RuneCountInString(strings.ReplaceAll(place, ".", "")) < 2 {
		return "", 0, false
	}
	return place, j, true
}

// bareDateline reports a dateline alone on its line, with the agency
// that filed the story and nothing after it: "SAN FRANCISCO (AP)". Such a
// line shouts like site chrome but names the story's place. The agency
// must be a known one.
func bareDateline(s string) bool {
	i := strings.LastIndexByte(s, '(')
	if i < 0 || !strings.HasSuffix(s, ")") || !agencies[strings.ToLower(strings.TrimSpace(s[i+1:len(s)-1]))] {
		return false
	}
	// Dateline wants the story after the agency; give it one.
	_, rest, ok := Dateline(s + " .")
	return ok && rest == len(s)+1
}

func skipSpace(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

func isMonthDay(s string) bool {
	f := strings.Fields(s)
	if len(f) != 2 {
		return false
	}
	_, ok := day(f[1])
	return ok && months[strings.ToLower(strings.TrimRight(f[0], "."))] > 0
}

// placeWord returns the end of the word of a place name starting at i:
// letters and the dots, hyphens and apostrophes of "ST. PETERSBURG" or
// "GUINEA-BISSAU"; i when there is none.
func placeWord(s string, i int) int {
	e, letters := i, 0
	for e < len(s) {
		r, n := utf8.DecodeRuneInString(s[e:])
		if unicode.IsLetter(r) {
			letters++
		} else if r != '.' && r != '-' && r != '\'' && r != '’' {
			break
		}
		e += n
	}
	if letters == 0 {
		return i
	}
	return e
}

// agencyName accepts what wire datelines put in brackets: nothing (lost in
// copying), a known agency or a few capitalised words ("RIA Novosti").
func agencyName(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || agencies[strings.ToLower(s)] {
		return true
	}
	f := strings.Fields(s)
	if len(f) > 4 {
		return false
	}
	for _, w := range f {
		if !capitalised(w) {
			return false
		}
	}
	return true
}

// speechVerbs attribute a quote.
var speechVerbs = set(
	"said", "says", "asked", "asks", "told", "tells", "added", "adds",
	"wrote", "writes", "replied", "replies", "continued", "insisted",
	"warned", "noted", "explained", "declared", "stated", "shouted",
	"tweeted", "posted", "recalled", "argued", "responded", "exclaimed",
	"wondered", "demanded", "cried", "yelled", "countered",
)

// attribution reports whether next, the text after a quoted question or
// exclamation, attributes it: “Why now?” Peskov asked. A few words and
// then a speech verb, before any punctuation.
func attribution(next string) bool {
	for n := 0; n < 6 && next != ""; n++ {
		if r, _ := utf8.DecodeRuneInString(next); !unicode.IsLetter(r) {
			return false
		}
		w := firstWord(next)
		if w == "" {
			return false
		}
		if speechVerbs[w] {
			return true
		}
		next = next[len(w):]
		if next == "" || next[0] != ' ' {
			return false
		}
		next = next[1:]
	}
	return false
}
