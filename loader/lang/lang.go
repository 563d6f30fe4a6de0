// Package lang tells which language an article is written in, so that a
// text the English extractor cannot read is refused rather than read as
// English. Detection is whatlanggo's trigram profiles (about 400 KB, no
// model to load); only the first few thousand characters are looked at.
package lang

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

// ErrNotEnglish marks an article in another language than English.
var ErrNotEnglish = errors.New("not English")

// sample is how much of a text Detect reads, in bytes: a paragraph or two
// is enough to tell a language, and detection costs in proportion (at
// 4 KB it took twice the time of extracting the article).
const sample = 1200

// minLetters is how many letters of words that do not start with a
// capital a text needs for its detection to be trusted at all: names,
// codes and numbers say little of a language ("LD0706183794 Riga Radio
// Riga Network in Latvian 1700 GMT" reads as Esperanto to the detector).
// Every word of a script without case counts.
const minLetters = 40

// confident is the detector's confidence (0 to 1) from which its answer
// is taken. Its own threshold (0.8) leaves out many plain English news
// sentences; below 0.3 the runner-up is often as likely.
const confident = 0.3

// Detect returns the ISO 639-1 code of text's language ("en", "de") and
// whether the detection is reliable. Short texts, and texts made mostly
// of names, are never reliable.
func Detect(text string) (code string, reliable bool) {
	if len(text) > sample {
		i := sample
		for i > 0 && !utf8.RuneStart(text[i]) {
			i--
		}
		text = text[:i]
	}
	info := whatlanggo.Detect(text)
	code = info.Lang.Iso6391()
	return code, code != "" && info.Confidence >= confident && uncapitalizedLetters(text) >= minLetters
}

// uncapitalizedLetters counts the letters of the words of text that do
// not start with a capital, up to minLetters.
func uncapitalizedLetters(text string) int {
	n := 0
	for w := range strings.FieldsFuncSeq(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsTitle(r) {
			n += utf8.RuneCountInString(w)
			if n >= minLetters {
				break
			}
		}
	}
	return n
}

// Check decides whether an article can be extracted as English. declared
// is the language its source states (a page's lang attribute, an export's
// language field), or "". It returns the language to record: the detected
// one when detection is reliable, else the declared one, else "".
//
// The error wraps ErrNotEnglish when the text is reliably another
// language; when it is not written in the Latin script (whatever the
// detector's confidence: Russian and Macedonian look alike to it, but
// neither is English); or when it is declared another language and not
// reliably English.
func Check(text, declared string) (string, error) {
	declared = primary(declared)
	if english(text) {
		return "en", nil
	}
	code, reliable := Detect(text)
	switch {
	case reliable && code == "en":
		return "en", nil
	case reliable:
		return code, fmt.Errorf("language: the text reads as %s (%s): %w", name(code), code, ErrNotEnglish)
	case !latin(text):
		return declared, fmt.Errorf("language: the text is not in the Latin script: %w", ErrNotEnglish)
	case declared != "" && declared != "en":
		return declared, fmt.Errorf("language: declared %s (%s): %w", name(declared), declared, ErrNotEnglish)
	}
	return declared, nil
}

// functionWords are English words that make up a large share of any
// English prose, and rarely appear in other languages' text.
var functionWords = map[string]bool{
	"the": true, "of": true, "and": true, "to": true, "in": true, "a": true, "is": true, "that": true,
	"for": true, "on": true, "was": true, "with": true, "he": true, "it": true, "as": true, "at": true,
	"by": true, "said": true, "from": true, "his": true, "has": true, "have": true, "were": true, "their": true,
	"would": true, "which": true, "after": true, "who": true, "be": true, "will": true, "this": true, "an": true,
}

// english reports whether text's sample is plainly English: at least one
// word in six is an English function word. It is the fast path of Check
// (a tenth of the detector's time), taken by nearly every article; other
// languages fall well short of it (German and French news, about one in
// fifty).
func english(text string) bool {
	if len(text) > sample {
		text = text[:sample]
	}
	words, hits := 0, 0
	for w := range strings.FieldsFuncSeq(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		words++
		if len(w) <= 5 && functionWords[strings.ToLower(w)] {
			hits++
		}
	}
	if hits*6 < words {
		return false
	}
	// a short sentence ("In 1801, the painter X was born in Y.") is
	// English when three of its words are English function words; two
	// are common to Dutch or German
	return words >= 20 || words >= 6 && hits >= 3
}

// latin reports whether most letters of text's sample are Latin.
func latin(text string) bool {
	if len(text) > sample {
		text = text[:sample]
	}
	l, other := 0, 0
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Latin, r):
			l++
		case unicode.IsLetter(r):
			other++
		}
	}
	return l >= other
}

// primary returns the primary subtag of a language tag, lower-cased.
func primary(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return tag
}

// names maps ISO 639-1 codes to English names, for messages.
var names = func() map[string]string {
	m := map[string]string{}
	for l := range whatlanggo.Langs {
		if c := l.Iso6391(); c != "" {
			m[c] = l.String()
		}
	}
	return m
}()

// name returns the English name of an ISO 639-1 code, or the code.
func name(code string) string {
	if n, ok := names[code]; ok {
		return n
	}
	return code
}
