// Package article parses a raw article file into a domain.Article: its date
// header, title, body text without site boilerplate, and sentences with
// their character offsets.
//
// The input is plain text as saved from a news site or a wire feed: an
// optional " date YYYY-MM-DD" header, then paragraphs separated by one or
// more line breaks, possibly interleaved with site chrome (login prompts,
// share buttons), photo captions and credits. Article.Text is the whole
// decoded file; boilerplate is not cut out of it but simply gets no
// sentence, so every offset refers to the file as the reader saw it.
//
// The rules are heuristics of news layout, each line judged on its own
// and, for captions, with its neighbours:
//
//   - Every line break ends a paragraph, and every paragraph ends a
//     sentence, unless the text is hard-wrapped (lines of at most 100
//     characters that often continue in lower case); then only short
//     lines and blank lines end paragraphs.
//   - Chrome: short lines that are interface labels ("Read more",
//     "Sign up for …", "Share this @…", "Forgot your …"), cookie notices,
//     rows of button labels, bare links, all-capitals navigation of up to
//     five words, copyright lines.
//   - Pictures: lines labelled "Image:", "Photo:", "Photograph:" …; lines
//     ending in a credit "Name Surname / Agency" or holding "AGENCY/Name",
//     "AP Photo/…", "(Photo: …)"; a short line directly above a credit
//     (its caption); a short unpunctuated line directly above a caption
//     (the caption's title).
//   - Bylines ("By …"), timestamp lines ("Published …", "Updated …", a
//     date alone) and wire trailers ("Reporting by …", "… contributed to
//     this report") are not sentences; a timestamp gives Article.Date when
//     the file has no date header.
//   - Subheads (short lines without final punctuation inside the body)
//     stay, each as its own sentence; so does the headline.
//
// Known gaps: a caption with neither a label nor a credit reads as body
// text; an unlabelled byline ("Jane Roe in Geneva") stays; a short
// all-capitals headline is taken for navigation; only English
// abbreviations are known.
package article

import (
	"bytes"
	"errors"
	"fmt"
	"math/bits"
	"strings"
	"time"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/domain"
)

// DefaultMaxBytes is the size limit Parse applies. Real articles are a few
// kilobytes; anything this large is a dump or a mistake, and would cost the
// extractor seconds.
const DefaultMaxBytes = 5 << 20

// Errors for input that cannot be an article. Parse wraps them with the
// article id and details; test with errors.Is.
var (
	ErrEmpty       = errors.New("no article text")
	ErrTooLarge    = errors.New("too large")
	ErrBinary      = errors.New("binary data, not text")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrHTML        = errors.New("looks like HTML, not plain text")
	ErrBadDate     = errors.New("not a date")
)

// Options tunes ParseWith. The zero value is what Parse uses.
type Options struct {
	// MaxBytes is the largest raw input accepted; 0 means DefaultMaxBytes,
	// a negative value means no limit.
	MaxBytes int
}

// Parse reads the raw bytes of the article with the given id, read from
// source, and returns its text and sentences. It is ParseWith with the zero
// Options.
//
// On success Article.Text is the decoded file, with a UTF-8 BOM turned
// into a space, CRLF into " \n" and CR into LF: as many characters as the
// input, so that offsets index the text as it was sent. Every sentence satisfies
// s.Text == string([]rune(a.Text)[s.Start:s.End]), is non-empty, trimmed of
// surrounding white space, and follows the previous one without overlap.
// Boilerplate (see the package comment) gets no sentence.
//
// Date is the header's date, else the first full date of a "Published …"
// (or, failing that, "Updated …") line, else "". Title is the headline
// when the first line is one (at most 150 characters, at least three
// words, no final period, a longer paragraph after it), else the first
// sentence without its dateline, cut at a word boundary to 120
// characters and marked with "…". Outlet is the domain of a share button
// or the holder of a copyright line, when the page has one.
//
// Errors wrap one of the Err* sentinels and name the article id:
// "article 003: date header "2025-13-45": not a date".
func Parse(id, source string, raw []byte) (domain.Article, error) {
	return ParseWith(Options{}, id, source, raw)
}

// ParseWith is Parse with explicit options.
func ParseWith(opts Options, id, source string, raw []byte) (domain.Article, error) {
	a, err := parse(opts, raw)
	if err != nil {
		return domain.Article{}, fmt.Errorf("article %s: %w", id, err)
	}
	a.ID, a.Source = id, source
	return a, nil
}

func parse(opts Options, raw []byte) (domain.Article, error) {
	limit := opts.MaxBytes
	if limit == 0 {
		limit = DefaultMaxBytes
	}
	if limit > 0 && len(raw) > limit {
		return domain.Article{}, fmt.Errorf("%d bytes, limit %d: %w", len(raw), limit, ErrTooLarge)
	}
	text, err := decode(raw)
	if err != nil {
		return domain.Article{}, err
	}
	date, body, err := header(text)
	if err != nil {
		return domain.Article{}, err
	}
	doc := scan(text, body)
	if date == "" {
		date = doc.date
	}
	spans := doc.sentences()
	if len(spans) == 0 {
		return domain.Article{}, fmt.Errorf("nothing left after header and boilerplate: %w", ErrEmpty)
	}
	a := domain.Article{Date: date, Outlet: doc.outlet, Text: text, Sentences: runeOffsets(text, spans)}
	a.Title = doc.title(a.Sentences[0].Text)
	return a, nil
}

// decode turns raw bytes into the text offsets refer to, rejecting what is
// not plain text. UTF-16 with a byte order mark is accepted because
// Windows tools still write it.
func decode(raw []byte) (string, error) {
	switch {
	case len(raw) >= 2 && (raw[0] == 0xFF && raw[1] == 0xFE || raw[0] == 0xFE && raw[1] == 0xFF):
		s, err := decodeUTF16(raw)
		if err != nil {
			return "", err
		}
		raw = []byte(s)
	case bytes.HasPrefix(raw, []byte("\xEF\xBB\xBF")):
		// a space in the BOM's place: one character for one, so that
		// offsets still index the text as its sender wrote it
		raw = append([]byte{' '}, raw[3:]...)
	}
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		return "", fmt.Errorf("NUL byte at offset %d: %w", i, ErrBinary)
	}
	if !utf8.Valid(raw) {
		i := 0
		for i < len(raw) {
			r, n := utf8.DecodeRune(raw[i:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			i += n
		}
		return "", fmt.Errorf("byte offset %d: %w", i, ErrInvalidUTF8)
	}
	// Control characters other than white space mean a binary format that
	// happens to avoid NUL (some compressed or legacy files do).
	ctl := 0
	for _, c := range raw {
		ctl += int(control[c])
	}
	if ctl > 8 && ctl*100 > len(raw) {
		return "", fmt.Errorf("%d control characters: %w", ctl, ErrBinary)
	}
	text := string(raw)
	if strings.IndexByte(text, '\r') >= 0 {
		// " \n" for CRLF, "\n" for CR: the same number of characters,
		// so that offsets index the text as its sender wrote it
		text = strings.ReplaceAll(text, "\r\n", " \n")
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	if strings.TrimSpace(text) == "" {
		return "", ErrEmpty
	}
	if tag := htmlMarker(text); tag != "" {
		return "", fmt.Errorf("found %q: %w", tag, ErrHTML)
	}
	return text, nil
}

// control is 1 for the bytes that count as control characters: C0 codes
// other than white space, and DEL. A table keeps the scan branch-free.
var control = func() (t [256]uint8) {
	for c := range 0x20 {
		t[c] = 1
	}
	for _, c := range "\n\r\t\f\v" {
		t[c] = 0
	}
	t[0x7F] = 1
	return t
}()

func decodeUTF16(raw []byte) (string, error) {
	if len(raw)%2 != 0 {
		return "", fmt.Errorf("UTF-16 with odd length %d: %w", len(raw), ErrInvalidUTF8)
	}
	big := raw[0] == 0xFE
	u := make([]uint16, 0, len(raw)/2-1)
	for i := 2; i+1 < len(raw); i += 2 {
		if big {
			u = append(u, uint16(raw[i])<<8|uint16(raw[i+1]))
		} else {
			u = append(u, uint16(raw[i+1])<<8|uint16(raw[i]))
		}
	}
	rs := utf16.Decode(u)
	for i, r := range rs {
		if r == utf8.RuneError {
			return "", fmt.Errorf("UTF-16 unit %d: %w", i, ErrInvalidUTF8)
		}
	}
	return string(rs), nil
}

// htmlTags are element names that, seen as tags, mean markup rather than
// prose that mentions a "<" now and then.
var htmlTags = map[string]bool{
	"a": true, "p": true, "br": true, "div": true, "span": true, "img": true,
	"body": true, "head": true, "meta": true, "link": true, "script": true,
	"style": true, "title": true, "ul": true, "ol": true, "li": true,
	"table": true, "tr": true, "td": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "em": true, "strong": true, "b": true, "i": true,
	"section": true, "article": true, "header": true, "footer": true,
	"nav": true, "figure": true, "figcaption": true, "iframe": true,
	"form": true, "input": true, "button": true, "noscript": true,
	"blockquote": true, "main": true, "aside": true, "svg": true,
}

// htmlMarker returns the evidence that text is HTML, or "".
func htmlMarker(text string) string {
	head := text
	if len(head) > 4096 {
		head = head[:4096]
	}
	for i := 0; ; {
		j := strings.IndexByte(head[i:], '<')
		if j < 0 {
			break
		}
		i += j
		for _, m := range []string{"<!doctype", "<html", "<?xml"} {
			if len(head)-i >= len(m) && strings.EqualFold(head[i:i+len(m)], m) {
				return m
			}
		}
		i++
	}
	// Count known tags across the whole text; five is more than prose
	// about HTML would contain and fewer than the smallest saved page.
	n, first := 0, ""
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '<')
		if j < 0 {
			break
		}
		i += j + 1
		k := i
		if k < len(text) && text[k] == '/' {
			k++
		}
		e := k
		for e < len(text) && e-k < 12 && (isASCIILetter(text[e]) || text[e] >= '1' && text[e] <= '6') {
			e++
		}
		if e == k || e >= len(text) {
			continue
		}
		if c := text[e]; c != '>' && c != ' ' && c != '/' && c != '\n' && c != '\t' {
			continue
		}
		if htmlTags[strings.ToLower(text[k:e])] {
			if n == 0 {
				first = text[i-1 : e]
			}
			if n++; n >= 5 {
				return first
			}
		}
	}
	return ""
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// header finds the optional " date YYYY-MM-DD" header and returns its date
// and the byte offset where the body starts. A header is the word "date"
// (any case, optionally followed by ':') and a token that starts with a
// digit; a body that merely starts with the word "date" does not have one.
func header(text string) (date string, body int, err error) {
	i := 0
	for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\f' || text[i] == '\v') {
		i++
	}
	if len(text)-i < 5 || !strings.EqualFold(text[i:i+4], "date") {
		return "", 0, nil
	}
	j := i + 4
	if text[j] == ':' {
		j++
	}
	k := j
	for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
		k++
	}
	if k == j || k >= len(text) || text[k] < '0' || text[k] > '9' {
		return "", 0, nil
	}
	e := k
	for e < len(text) && !isSpaceByte(text[e]) {
		e++
	}
	tok := text[k:e]
	if d, ok := isoDate(tok); ok {
		return d, e, nil
	}
	// "2025-03-25The talks…": a body glued to the date by a lost space.
	if len(tok) > 10 && isASCIILetter(tok[10]) && !(tok[10] == 'T' && len(tok) > 11 && tok[11] >= '0' && tok[11] <= '9') {
		if d, ok := isoDate(tok[:10]); ok {
			return d, k + 10, nil
		}
	}
	return "", 0, fmt.Errorf("date header %q: %w", tok, ErrBadDate)
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// isoDate accepts YYYY-MM-DD, optionally followed by an RFC 3339 time,
// and returns the date part if it names a real day.
func isoDate(s string) (string, bool) {
	if len(s) > 10 {
		if _, err := time.Parse(time.RFC3339, s); err != nil {
			return "", false
		}
		s = s[:10]
	}
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return "", false
	}
	y, ok1 := atoi(s[:4])
	m, ok2 := atoi(s[5:7])
	d, ok3 := atoi(s[8:])
	if !ok1 || !ok2 || !ok3 || !validDay(y, m, d) {
		return "", false
	}
	return s, true
}

func atoi(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

func validDay(y, m, d int) bool {
	if y < 1000 || m < 1 || m > 12 || d < 1 {
		return false
	}
	days := [...]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m-1]
	if m == 2 && y%4 == 0 && (y%100 != 0 || y%400 == 0) {
		days = 29
	}
	return d <= days
}

// span is a byte range of Article.Text.
type span struct{ start, end int }

// runeOffsets turns byte spans, in order, into sentences with rune offsets
// in one pass over text.
func runeOffsets(text string, spans []span) []domain.Sentence {
	out := make([]domain.Sentence, len(spans))
	b, r := 0, 0
	for i, s := range spans {
		r += runeCount(text[b:s.start])
		start := r
		r += runeCount(text[s.start:s.end])
		b = s.end
		out[i] = domain.Sentence{Index: i, Start: start, End: r, Text: text[s.start:s.end]}
	}
	return out
}

// title returns the explicit headline if the document has one, else first
// (the first sentence) without its dateline, cut to about 120 characters.
func (d *document) title(first string) string {
	if d.headline != "" {
		return d.headline
	}
	if _, rest, ok := Dateline(first); ok {
		first = first[rest:]
	}
	return cut(first, 120)
}

// cut shortens s to at most max runes at a word boundary, marking the cut
// with "…".
func cut(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	n, end := 0, len(s)
	for i := range s {
		if n == max {
			end = i
			break
		}
		n++
	}
	s = s[:end]
	if i := strings.LastIndexFunc(s, unicode.IsSpace); i > max/2 {
		s = s[:i]
	}
	return strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) && r != ')' && r != '”' && r != '"'
	}) + "…"
}

// runeCount is utf8.RuneCountInString for valid UTF-8, eight bytes at a
// time: the runes are the bytes that are not continuation bytes
// (10xxxxxx). Counting runes over the whole text is the one step of Parse
// that touches every byte.
func runeCount(s string) int {
	n := len(s)
	for len(s) >= 8 {
		x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		n -= bits.OnesCount64(x &^ (x << 1) & 0x8080808080808080)
		s = s[8:]
	}
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			n--
		}
	}
	return n
}
