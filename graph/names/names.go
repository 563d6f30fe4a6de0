// Package names is the one normalization of names in actorgraph: the
// gazetteer's keys, node ids, the store's name index, search and the
// gazetteer generator all fold names with it, so that a spelling that
// matches in one place matches in all of them.
//
// Fold lower-cases, folds Latin letters to their base letters (accents
// stripped by Unicode decomposition, golang.org/x/text/unicode/norm, and
// the letters that do not decompose, ø ł ß æ œ đ þ ð ı ŋ, spelled out:
// "Støre" = "store", "Łódź" = "lodz"), drops dots, apostrophes and
// quotation marks ("U.S." = "us", "Sana’a" = "sanaa"), and turns hyphens,
// dashes, commas, slashes, parentheses and runs of white space into one
// space ("Port-au-Prince" = "port au prince"). Other scripts are only
// lower-cased ("Москва" stays "москва"). Slug is the same fold written
// with hyphens and only ASCII letters and digits, the form of node ids.
package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// special are the folds that decomposition does not give: letters
// without a base letter, and punctuation.
var special = map[rune]string{
	'ß': "ss", 'ẞ': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ø': "o", 'Ø': "o", 'đ': "d", 'Đ': "d",
	'ł': "l", 'Ł': "l", 'ı': "i", 'ħ': "h", 'Ħ': "h", 'þ': "th", 'Þ': "th", 'ð': "d", 'Ð': "d",
	'ŋ': "ng", 'Ŋ': "ng", 'ſ': "s", 'ĸ': "k", 'ŀ': "l", 'Ŀ': "l",
	'’': "", '‘': "", 'ʼ': "", 'ʻ': "", 'ʹ': "", 'ʾ': "", 'ʿ': "", '´': "", '′': "", '`': "",
	'–': " ", '—': " ", '‐': " ", '‑': " ", '\u00a0': " ", '\u2009': " ", '\u202f': " ",
	'“': "", '”': "", '«': "", '»': "", '„': "",
}

// latin holds the fold of every non-ASCII rune of the Latin blocks
// (Latin-1 Supplement to IPA and spacing modifiers, Latin Extended
// Additional) whose fold is not its lower case, and of the special runes.
// It is computed once from the Unicode tables, so that folding an
// accented name costs a map look-up per rune.
var latin = func() map[rune]string {
	t := map[rune]string{}
	add := func(r rune) {
		if f, ok := decompose(r); ok {
			t[r] = f
		}
	}
	for r := rune(0x80); r < 0x300; r++ {
		add(r)
	}
	for r := rune(0x1e00); r < 0x1f00; r++ {
		add(r)
	}
	for r, f := range special {
		t[r] = f
	}
	return t
}()

// decompose folds r by canonical decomposition without its combining
// marks; ok is false when that gives r's lower case anyway.
func decompose(r rune) (string, bool) {
	var b strings.Builder
	for _, c := range norm.NFD.String(string(r)) {
		switch f, ok := special[c]; {
		case ok:
			b.WriteString(f) // "ǽ" is "æ" and an accent
		case !unicode.Is(unicode.Mn, c):
			b.WriteRune(unicode.ToLower(c))
		}
	}
	f := b.String()
	if f == "" || f == string(unicode.ToLower(r)) {
		return "", false
	}
	return f, true
}

// AppendFold appends the fold of s to dst and returns it. It allocates
// only when dst is too small: the gazetteer folds every name it is asked
// about.
func AppendFold(dst []byte, s string) []byte {
	start := len(dst)
	space := false
	put := func(c byte) {
		if space {
			dst = append(dst, ' ')
			space = false
		}
		dst = append(dst, c)
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'A' <= c && c <= 'Z':
				put(c + 'a' - 'A')
			case c == '.' || c == '\'' || c == '`' || c == '"':
			case c == ' ' || c == '-' || c == ',' || c == '\t' || c == '\n' || c == '\r' || c == '_' || c == '/' || c == '(' || c == ')':
				space = len(dst) > start
			default:
				put(c)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		f, ok := latin[r]
		if !ok {
			if unicode.IsSpace(r) {
				space = len(dst) > start
				continue
			}
			if space {
				dst = append(dst, ' ')
				space = false
			}
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
			continue
		}
		for j := 0; j < len(f); j++ {
			if f[j] == ' ' {
				space = len(dst) > start
				continue
			}
			put(f[j])
		}
	}
	return dst
}

// Fold returns the fold of s (see the package documentation):
// "Jonas Gahr Støre" → "jonas gahr store".
func Fold(s string) string { return string(AppendFold(nil, s)) }

// Slug returns the fold of s as lower-case ASCII letters and digits
// separated by single hyphens, the form of node ids: "Zelenskyy’s
// Office" → "zelenskyys-office", "Jonas Gahr Støre" → "jonas-gahr-store".
// Letters of other scripts do not appear in it.
func Slug(s string) string {
	var buf [64]byte
	f := AppendFold(buf[:0], s)
	var b strings.Builder
	dash := false
	for _, c := range f {
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteByte(c)
		default:
			dash = true
		}
	}
	return b.String()
}
