package article

import (
	"fmt"
	"strings"
)

// months maps English month names and their usual abbreviations to their
// number.
var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var weekdays = set(
	"monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed",
	"thursday", "thu", "thur", "thurs", "friday", "fri", "saturday", "sat",
	"sunday", "sun",
)

// dateWords may appear in a line that is only a timestamp.
var dateWords = set(
	"published", "updated", "posted", "last", "first", "on", "at", "date",
	"am", "pm", "a.m", "p.m", "gmt", "utc", "et", "est", "edt", "ct", "cst",
	"cdt", "pt", "pst", "pdt", "bst", "cet", "cest", "eet", "eest", "msk",
	"ist", "jst", "hkt", "sgt", "aest", "|", "-", "–", "—", "/", "•", "·",
	"ago", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs",
	"day", "days", "read", "time", "reading",
)

// stampPrefixes start a publication timestamp line.
var stampPrefixes = []string{
	"published", "updated", "last updated", "first published", "posted",
	"last modified", "modified", "date:",
}

// isDateLine recognises a publication timestamp: "Published 9:41 AM EDT,
// March 24, 2025", "Updated: Mon 24 Mar 2025", or a line that is only a
// date. Such lines are layout, not story, whether or not they parse.
func isDateLine(s, low string) bool {
	if strings.IndexAny(s, "0123456789") < 0 {
		return false // no day, no year
	}
	for _, p := range stampPrefixes {
		rest, ok := strings.CutPrefix(low, p)
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, ": ")
		rest = strings.TrimPrefix(rest, "on ")
		rest = strings.TrimPrefix(rest, "at ")
		if rest == "" {
			return false
		}
		if rest[0] >= '0' && rest[0] <= '9' {
			return true
		}
		w := strings.TrimRight(strings.Fields(rest)[0], ".,")
		return months[w] > 0 || weekdays[w]
	}
	if _, ok := lineDate(s); !ok {
		return false
	}
	for _, t := range tokens(low) {
		if i := strings.IndexByte(t, '+'); i >= 0 && !numeric(t) {
			t = t[:i] // "gmt+1", "+01:00"
		}
		if t == "" {
			continue
		}
		if !dateWords[t] && months[t] == 0 && !weekdays[t] && !numeric(t) {
			return false
		}
	}
	return true
}

// tokens splits a lower-cased line into words without commas and final
// periods.
func tokens(low string) []string {
	f := strings.FieldsFunc(low, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' })
	for i, w := range f {
		f[i] = strings.TrimRight(w, ".")
	}
	return f
}

// numeric reports a number, a time ("9:41", "10.15") or an ordinal day.
func numeric(t string) bool {
	t = strings.TrimRight(t, "stndrh")
	if t == "" || t[0] < '0' || t[0] > '9' {
		return false
	}
	for i := 0; i < len(t); i++ {
		if (t[i] < '0' || t[i] > '9') && t[i] != ':' && t[i] != '.' && t[i] != '-' && t[i] != '/' && t[i] != 't' && t[i] != 'z' {
			return false
		}
	}
	return true
}

// lineDate finds a full date (day, month and year) in s: ISO
// "2025-03-24", "March 24, 2025", "Mar. 24 2025" or "24 March 2025".
// Numeric forms like 03/04/2025 are ambiguous between US and European
// order and are not read.
func lineDate(s string) (string, bool) {
	t := tokens(strings.ToLower(s))
	for _, w := range t {
		if len(w) >= 10 && (len(w) == 10 || w[10] < '0' || w[10] > '9') {
			if d, ok := isoDate(w[:10]); ok {
				return d, true
			}
		}
	}
	for i, w := range t {
		m := months[w]
		if m == 0 {
			continue
		}
		if i+2 < len(t) {
			if d, ok := day(t[i+1]); ok {
				if y, ok := year(t[i+2]); ok && validDay(y, m, d) {
					return fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
				}
			}
		}
		if i >= 1 && i+1 < len(t) {
			if d, ok := day(t[i-1]); ok {
				if y, ok := year(t[i+1]); ok && validDay(y, m, d) {
					return fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
				}
			}
		}
	}
	return "", false
}

func day(w string) (int, bool) {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		w = strings.TrimSuffix(w, suf)
	}
	if len(w) > 2 {
		return 0, false
	}
	d, ok := atoi(w)
	return d, ok && d >= 1 && d <= 31
}

func year(w string) (int, bool) {
	if len(w) != 4 {
		return 0, false
	}
	return atoi(w)
}
