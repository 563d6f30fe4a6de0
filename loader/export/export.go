// Package export reads articles from the exports of news APIs and
// scrapers: JSON Lines (one JSON object per line) and CSV with a header
// row.
//
// Field names are matched leniently: case, spaces, underscores and
// hyphens are ignored, and the usual names of each field are known (text,
// body, content, article_body, full_text, maintext; title, headline; date,
// published_at, pubDate, datePublished; outlet, source, source_name,
// publisher, site_name, domain; author, authors, byline, creator; url,
// link; id, guid, uuid; language, lang). A JSON value may be a string, a
// number (a Unix time for dates), a list of strings (authors) or an object
// with a "name" (NewsAPI's source). Records are returned as they are:
// deciding what a record without text means is the caller's job.
package export

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Errors of the readers; test with errors.Is.
var (
	// ErrNoText marks a record without article text.
	ErrNoText = errors.New("no text")
	// ErrNoTextColumn marks a CSV export whose header names no text column.
	ErrNoTextColumn = errors.New("no text column")
	// ErrBadRecord marks a line that is not a JSON object, or a CSV row
	// that cannot be read.
	ErrBadRecord = errors.New("bad record")
)

// MaxRecordBytes bounds one JSON line or CSV row.
const MaxRecordBytes = 8 << 20

// Record is one article of an export.
type Record struct {
	Line     int // the line of a JSON Lines file; the row of a CSV file, the header being row 1
	ID       string
	URL      string
	Title    string
	Date     string // as written; see article.PublishedDate
	Outlet   string
	Author   string
	Language string
	Text     string
}

// field names a Record field.
type field int

const (
	fNone field = iota
	fID
	fURL
	fTitle
	fDate
	fOutlet
	fAuthor
	fLanguage
	fText
)

// aliases maps normalised field names (see norm) to fields.
var aliases = map[string]field{}

func init() {
	for f, names := range map[field][]string{
		fID:       {"id", "guid", "uuid", "articleid", "docid", "documentid", "storyid"},
		fURL:      {"url", "link", "canonicalurl", "weburl", "permalink", "href", "articleurl"},
		fTitle:    {"title", "headline", "heading", "articletitle"},
		fDate:     {"date", "published", "publishedat", "publisheddate", "publishdate", "pubdate", "datepublished", "datepublish", "publicationdate", "firstpublished", "timestamp", "created", "createdat", "time"},
		fOutlet:   {"outlet", "source", "sourcename", "publisher", "publishername", "site", "sitename", "domain", "sourcedomain", "newspaper", "publication", "media", "feed"},
		fAuthor:   {"author", "authors", "byline", "creator", "creators", "writer", "writers"},
		fLanguage: {"language", "lang", "languagecode", "locale"},
		fText:     {"text", "body", "content", "articlebody", "fulltext", "maintext", "articletext", "story", "bodytext", "fullcontent"},
	} {
		for _, n := range names {
			aliases[n] = f
		}
	}
}

// norm folds a field name: lower case, letters and digits only.
func norm(name string) string {
	var b strings.Builder
	for _, r := range name {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func (r *Record) set(f field, v string) {
	v = strings.TrimSpace(v)
	if v == "" {
		return
	}
	p := map[field]*string{fID: &r.ID, fURL: &r.URL, fTitle: &r.Title, fDate: &r.Date, fOutlet: &r.Outlet,
		fAuthor: &r.Author, fLanguage: &r.Language, fText: &r.Text}[f]
	if p != nil && *p == "" { // the first of several aliases wins
		*p = v
	}
}

// Check returns ErrNoText if r has no text.
func (r Record) Check() error {
	if strings.TrimSpace(r.Text) == "" {
		return ErrNoText
	}
	return nil
}

// ReadJSONL reads a JSON Lines export and calls fn for each non-blank
// line, with the record or the error that line gave (ErrBadRecord for a
// line that is not a JSON object). It stops when fn returns an error, and
// returns it; it returns a read error of r as is.
func ReadJSONL(r io.Reader, fn func(Record, error) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), MaxRecordBytes)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if line == 1 {
			b = bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))
		}
		if len(b) == 0 {
			continue
		}
		rec, err := jsonRecord(b)
		rec.Line = line
		if err != nil {
			err = fmt.Errorf("line %d: %w: %v", line, ErrBadRecord, err)
		}
		if err := fn(rec, err); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return fmt.Errorf("line %d: %w: longer than %d bytes", line+1, ErrBadRecord, MaxRecordBytes)
		}
		return fmt.Errorf("line %d: %w", line+1, err)
	}
	return nil
}

func jsonRecord(b []byte) (Record, error) {
	if b[0] != '{' {
		return Record{}, errors.New("not a JSON object")
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		return Record{}, err
	}
	var rec Record
	// visit keys in a fixed order so that, of two aliases, the same one
	// wins every time: the exact name first, then the others sorted
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sortKeys(keys)
	for _, k := range keys {
		f := aliases[norm(k)]
		if f == fNone {
			continue
		}
		rec.set(f, jsonString(m[k], f))
	}
	return rec, nil
}

// sortKeys orders keys so that a field's own name ("text", "date") comes
// before its other aliases, and the others alphabetically.
func sortKeys(keys []string) {
	rank := func(k string) int {
		switch norm(k) {
		case "text", "title", "date", "outlet", "author", "url", "id", "language":
			return 0
		}
		return 1
	}
	slices.SortFunc(keys, func(a, b string) int {
		if d := rank(a) - rank(b); d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
}

// jsonString turns a JSON value into a field's text: strings as they are,
// numbers (for a date, a Unix time in seconds or milliseconds), lists
// joined with ", ", objects by their "name" (or "title", "url").
func jsonString(raw json.RawMessage, f field) string {
	var v any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return ""
	}
	return valueString(v, f)
}

func valueString(v any, f field) string {
	switch v := v.(type) {
	case string:
		return v
	case json.Number:
		if f == fDate {
			return unixDate(v.String())
		}
		return v.String()
	case []any:
		var parts []string
		for _, x := range v {
			if s := strings.TrimSpace(valueString(x, f)); s != "" {
				parts = append(parts, s)
			}
		}
		if f == fText {
			return strings.Join(parts, "\n\n")
		}
		return strings.Join(parts, ", ")
	case map[string]any:
		for _, k := range []string{"name", "title", "url", "value", "text"} {
			if x, ok := v[k]; ok {
				return valueString(x, f)
			}
		}
	}
	return ""
}

// unixDate turns a Unix time in seconds or milliseconds into an RFC 3339
// date-time; other numbers are returned as they are.
func unixDate(s string) string {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 {
		return s
	}
	if n > 1e11 {
		n /= 1000
	}
	return time.Unix(n, 0).UTC().Format(time.RFC3339)
}

// ReadCSV reads a CSV export with a header row and calls fn for each row,
// with the record or the error that row gave. The separator is a comma,
// or a semicolon or tab when the header has one of those and no comma. It
// returns an error wrapping ErrNoTextColumn, before reading any row, when
// no header names the text.
func ReadCSV(r io.Reader, fn func(Record, error) error) error {
	br := bufio.NewReader(r)
	first, err := br.Peek(4096)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return fmt.Errorf("csv: %w", err)
	}
	cr := csv.NewReader(br)
	cr.Comma = separator(first)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cr.ReuseRecord = false
	header, err := cr.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return fmt.Errorf("csv: %w: the file is empty", ErrNoTextColumn)
		}
		return fmt.Errorf("csv header: %w", err)
	}
	if len(header) > 0 {
		header[0] = strings.TrimPrefix(header[0], "\uFEFF")
	}
	cols := make([]field, len(header))
	hasText := false
	for i, h := range header {
		cols[i] = aliases[norm(h)]
		hasText = hasText || cols[i] == fText
	}
	if !hasText {
		return fmt.Errorf("csv: %w: the header %q names none of text, body, content, …", ErrNoTextColumn, strings.Join(header, string(cr.Comma)))
	}
	for row := 2; ; row++ {
		fields, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		rec := Record{Line: row}
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				return fmt.Errorf("csv row %d: %w", row, err)
			}
			if err := fn(rec, fmt.Errorf("row %d: %w: %v", row, ErrBadRecord, err)); err != nil {
				return err
			}
			continue
		}
		for i, v := range fields {
			if i < len(cols) && cols[i] != fNone {
				rec.set(cols[i], v)
			}
		}
		if err := fn(rec, nil); err != nil {
			return err
		}
	}
}

// separator guesses a CSV file's separator from its first line.
func separator(head []byte) rune {
	if i := bytes.IndexByte(head, '\n'); i >= 0 {
		head = head[:i]
	}
	if bytes.IndexByte(head, ',') >= 0 {
		return ','
	}
	if bytes.IndexByte(head, ';') >= 0 {
		return ';'
	}
	if bytes.IndexByte(head, '\t') >= 0 {
		return '\t'
	}
	return ','
}
