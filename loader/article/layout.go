package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// kind is what a line of the body is, as far as layout tells.
type kind uint8

const (
	blank        kind = iota
	content           // body text, subhead or headline
	chrome            // site navigation, forms, share buttons, cookie notices
	credit            // a photo credit on its own line
	caption           // a photo caption, labelled or ending in a credit
	captionTitle      // a short title line directly above a caption
	byline            // who wrote it: "By Jane Roe", "Reporting by …; Editing by …"
	stamp             // "Published March 24, 2025", a date on its own line
)

// line is one line of the body: the byte range of its text without
// surrounding white space.
type line struct {
	start, end int
	runes      int
	kind       kind
}

// document is the body of an article split into classified lines.
type document struct {
	text     string
	lines    []line
	wrapped  bool   // hard-wrapped: a line break inside a paragraph is a space
	maxRunes int    // longest content line, the wrap width when wrapped
	date     string // from a "Published …" line, when the text has one
	headline string
	outlet   string // from a share button or a copyright line
}

// scan splits text[body:] into lines and classifies them.
func scan(text string, body int) *document {
	d := &document{text: text}
	for i := body; i < len(text); {
		j := strings.IndexByte(text[i:], '\n')
		e := len(text)
		if j >= 0 {
			e = i + j
		}
		s, t := trim(text, i, e)
		l := line{start: s, end: t}
		if s < t {
			l.kind = classify(text[s:t])
			l.runes = runeCount(text[s:t])
		}
		d.lines = append(d.lines, l)
		i = e + 1
	}
	d.link()
	d.detectWrap()
	d.findDate()
	d.findHeadline()
	d.findOutlet()
	return d
}

// trim narrows [s, e) of text to exclude leading and trailing white space.
func trim(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != '\u200b' && r != '\ufeff' {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != '\u200b' && r != '\ufeff' {
			break
		}
		e -= n
	}
	return s, e
}

// link applies the rules that depend on neighbouring lines, bottom up so
// that a caption found by one rule can reveal the title line above it.
func (d *document) link() {
	for i := len(d.lines) - 2; i >= 0; i-- {
		l, next := &d.lines[i], d.lines[i+1]
		if l.kind != content {
			continue
		}
		switch {
		case next.kind == credit && l.runes <= 250:
			// A caption sits directly above its credit, without a blank
			// line; body paragraphs are not followed by a bare credit.
			l.kind = caption
		case next.kind == caption && titleLike(d.text[l.start:l.end], l.runes):
			l.kind = captionTitle
		}
	}
}

// titleLike reports whether s reads as a title: short, no sentence-final
// punctuation.
func titleLike(s string, runes int) bool {
	if runes > 100 || strings.Count(s, " ") > 14 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune(".,;:!?”\"’'", r)
}

// detectWrap decides whether single line breaks are soft. Wire copy and
// saved web pages put one paragraph per line; plain-text mail and some
// feeds wrap at a fixed width, which shows as many lines that continue in
// lower case on the next one.
func (d *document) detectWrap() {
	cont, pairs := 0, 0
	for i, l := range d.lines {
		if l.kind != content {
			continue
		}
		d.maxRunes = max(d.maxRunes, l.runes)
		if i+1 < len(d.lines) && d.lines[i+1].kind == content {
			pairs++
			r, _ := utf8.DecodeRuneInString(d.text[d.lines[i+1].start:])
			if unicode.IsLower(r) {
				cont++
			}
		}
	}
	d.wrapped = d.maxRunes <= 100 && cont >= 2 && cont*5 >= pairs
}

// paragraphs returns the byte ranges of the body's paragraphs: runs of
// content lines, each line its own paragraph unless the text is
// hard-wrapped. A short line is never joined to the next one, so a subhead
// stays apart from the paragraph under it.
func (d *document) paragraphs(yield func(span) bool) {
	open := false
	var p span
	for i, l := range d.lines {
		if l.kind != content {
			if open && !yield(p) {
				return
			}
			open = false
			continue
		}
		if !open {
			p, open = span{l.start, l.end}, true
		} else {
			p.end = l.end
		}
		soft := d.wrapped && l.runes*10 >= d.maxRunes*6 && i+1 < len(d.lines) && d.lines[i+1].kind == content
		if !soft {
			if !yield(p) {
				return
			}
			open = false
		}
	}
	if open {
		yield(p)
	}
}

// sentences splits every paragraph into sentences.
func (d *document) sentences() []span {
	var out []span
	for p := range d.paragraphs {
		out = split(d.text, p, out)
	}
	return out
}

// findDate takes the first full date of a "Published …" line or a line
// that is only a date, preferring publication over update.
func (d *document) findDate() {
	updated := ""
	for _, l := range d.lines {
		if l.kind != stamp {
			continue
		}
		s := d.text[l.start:l.end]
		date, ok := lineDate(s)
		if !ok {
			continue
		}
		if strings.HasPrefix(strings.ToLower(s), "updated") || strings.HasPrefix(strings.ToLower(s), "last updated") {
			if updated == "" {
				updated = date
			}
			continue
		}
		d.date = date
		return
	}
	d.date = updated
}

// findHeadline takes the first content line as headline when it is short,
// has no final period and a body paragraph follows it: the layout of a
// saved page that starts with its <h1>.
func (d *document) findHeadline() {
	first := -1
	for i, l := range d.lines {
		if l.kind == content {
			first = i
			break
		}
	}
	if first < 0 {
		return
	}
	l := d.lines[first]
	s := d.text[l.start:l.end]
	if l.runes > 150 || strings.HasSuffix(s, ".") || strings.Count(s, " ") < 2 {
		return
	}
	for _, n := range d.lines[first+1:] {
		if n.kind != content {
			continue
		}
		body := d.text[n.start:n.end]
		if n.runes > l.runes && strings.ContainsAny(body[len(body)-1:], ".!?\"”’)") {
			d.headline = s
		}
		return
	}
}

// findOutlet names the outlet from the chrome that carries its name: a
// share button with its domain ("Share this @example.com") or a copyright
// line ("© 2025 Example News. All rights reserved.").
func (d *document) findOutlet() {
	for _, l := range d.lines {
		if l.kind != chrome {
			continue
		}
		s := d.text[l.start:l.end]
		if i := strings.Index(s, "@"); i >= 0 && strings.HasPrefix(strings.ToLower(s), "share") {
			dom, _, _ := strings.Cut(s[i+1:], " ")
			dom = strings.TrimRight(dom, ".,;")
			if strings.Contains(dom, ".") {
				d.outlet = dom
				return
			}
		}
		for _, p := range []string{"copyright ©", "copyright (c)", "copyright", "©", "(c)"} {
			if len(s) < len(p) || !strings.EqualFold(s[:len(p)], p) {
				continue
			}
			f := strings.Fields(s[len(p):])
			if len(f) > 0 {
				if _, isYear := year(strings.Trim(f[0], ",")); isYear {
					f = f[1:]
				}
			}
			name := strings.Join(f, " ")
			if i := strings.IndexAny(name, ".|,"); i >= 0 {
				name = name[:i]
			}
			name = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(name), "All rights reserved"))
			if name != "" && utf8.RuneCountInString(name) <= 60 {
				d.outlet = name
				return
			}
			break
		}
	}
}
