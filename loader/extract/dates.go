package extract

import (
	"strconv"
	"strings"
	"time"
)

// when resolves the date a clause gives its event at trigger k, and the
// weekday as written (which tells events apart in an undated article). A
// weekday is resolved against the article's date: the latest such day on or
// before it, or the next one after "will" or "next". An explicit "March 11"
// or "(Mar 24)" wins; "a day after" and "the day before" count from the
// date of the sentence's previous clause. A date separated from the trigger
// by a verb of saying dates the saying, not the event ("On Tuesday, X told
// reporters that the talks …").
func (x *extractor) when(s *sentence, c clause, k int, prevDate string) (date, day string) {
	toks := s.toks
	lo := c.lo
	if s.idx == x.datelineSent && lo < x.datelineBody {
		lo = x.datelineBody // "BRASÍLIA, Sept 22 (AFP)": the filing date
	}
	for i := k - 1; i >= c.lo; i-- {
		if speechVerbIn(s, i) {
			lo = i + 1
			break
		}
		// "X protested on Tuesday after shells hit Y": the day is the
		// protest's, the shelling came before it ("a day after", "hours
		// after" count from that day instead; "agreed on Monday after
		// hours of talks" dates the talks too)
		if toks[i].is("after") && i > lo && !in(timeUnits, lowerAt(toks, i-1)) && attackWord(toks[k].lower) {
			lo = i + 1
			break
		}
	}
	hi := c.hi
	for i := k + 1; i < c.hi; i++ {
		if speechVerbIn(s, i) {
			hi = i
			break
		}
	}
	for i := lo; i < hi; i++ {
		if _, ok := weekdayNum[toks[i].lower]; ok && toks[i].cap {
			day = toks[i].lower
			break
		}
	}
	ad, err := time.Parse("2006-01-02", x.a.Date)
	if err != nil {
		return "", day
	}
	future := false
	for i := lo; i < hi; i++ {
		if toks[i].lower == "will" || toks[i].lower == "next" {
			future = true
		}
	}
	month, monthAt := "", -1
	for i := lo; i < hi; i++ {
		if m, ok := monthNum[strings.TrimSuffix(toks[i].lower, ".")]; ok && toks[i].cap {
			if d, err := strconv.Atoi(lowerAt(toks, i+1)); err == nil && d >= 1 && d <= 31 {
				y := ad.Year()
				// "December 30" in an article of January is last year's,
				// unless the clause speaks of what will come. A month before
				// the article's stays this year's even then: "will" or "next"
				// anywhere in the clause ("the next round") does not make a
				// past day next year's.
				if m > int(ad.Month())+1 && !future {
					y--
				}
				// "March 3, 2019": the year written
				if lowerAt(toks, i+2) == "," {
					if n, err := strconv.Atoi(lowerAt(toks, i+3)); err == nil && n > 1900 && n < 2200 {
						y = n
					}
				}
				return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Format("2006-01-02"), day
			}
			// "in November": the month alone, in the year around the
			// article's date
			// the month nearest the trigger: "a plan floated in July
			// will hold its first meeting in November"
			if lowerAt(toks, i-1) == "in" && (monthAt < 0 || abs(i-k) < abs(monthAt-k)) {
				monthAt = i
				y := ad.Year()
				if n, err := strconv.Atoi(lowerAt(toks, i+1)); err == nil && n > 1900 && n < 2200 {
					y = n
				} else if !future && m > int(ad.Month())+1 {
					y--
				} else if future && m < int(ad.Month()) {
					y++
				}
				month = time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
			}
		}
		// "last month", "next month"
		if toks[i].lower == "month" && (lowerAt(toks, i-1) == "last" || lowerAt(toks, i-1) == "next") && monthAt < 0 {
			monthAt = i
			shift := -1
			if lowerAt(toks, i-1) == "next" {
				shift = 1
			}
			month = time.Date(ad.Year(), ad.Month()+time.Month(shift), 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
		}
	}
	if day != "" {
		diff := (int(ad.Weekday()) - weekdayNum[day] + 7) % 7
		d := ad.AddDate(0, 0, -diff)
		if future && diff != 0 {
			d = ad.AddDate(0, 0, 7-diff)
		}
		// "… talks in Brussels a day earlier": a day before the day named
		if sh := dayShiftAfter(toks, k, hi); sh != 0 {
			d = d.AddDate(0, 0, sh)
			day = "" // the weekday written is not the event's
		}
		return d.Format("2006-01-02"), day
	}
	if month != "" {
		return month, day
	}
	if prevDate != "" {
		for i := lo; i+2 < hi; i++ {
			// "a day after", "two days after": n days
			n := 0
			switch {
			case (toks[i].lower == "a" || toks[i].lower == "the") && toks[i+1].lower == "day":
				n = 1
			case toks[i+1].lower == "days" && numberWords[toks[i].lower] > 1 && numberWords[toks[i].lower] < 8:
				n = numberWords[toks[i].lower]
			}
			if n > 0 {
				shift := 0
				switch toks[i+2].lower {
				case "after", "later":
					shift = -n // "a day after X": this came first
					if toks[i+2].lower == "later" {
						shift = n
					} else if afterOpensAnaphor(toks, lo, i, k) {
						shift = 0
					}
				case "before", "earlier":
					shift = -n
				}
				if shift != 0 {
					if pd, err := time.Parse("2006-01-02", prevDate); err == nil {
						return pd.AddDate(0, 0, shift).Format("2006-01-02"), ""
					}
				}
			}
		}
	}
	return "", day
}

// afterOpensAnaphor reports whether "n days after" at token i, its
// "after" at a, opens its clause ("Two days after the attack, troops
// raided …", "…, and two days after that attack troops bombed …") and
// takes a definite noun that is the trigger k: the event told before,
// standing for this clause's later one, which the day before does not
// date. "Talks on Tuesday, two days after drones struck" and "…, two
// days after the attack on X" (the after-phrase follows the dated
// clause) count back from its day.
func afterOpensAnaphor(toks []token, lo, i, k int) bool {
	a := i + 2
	return (i == lo || lowerAt(toks, i-1) == "and" || lowerAt(toks, i-1) == "but") &&
		k > a+1 && k <= a+3 && in(definiteDets, lowerAt(toks, a+1))
}

// speechVerbIn reports whether token k of s is a verb of saying that
// bounds a clause's time phrases: not a word of a name the sentence
// mentions ("States" of "met the United States envoy … on Friday").
func speechVerbIn(s *sentence, k int) bool {
	return isSpeechVerb(s.toks, k) && mentionAt(s, k) == nil
}

var monthNum = map[string]int{"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12}

// monthMay reports whether "May" at token i is the month, not the
// modal: capitalized inside the sentence, before a day's number or after
// a word that opens a time phrase ("on May 4", "in May", "since May").
func monthMay(toks []token, i int) bool {
	if toks[i].lower != "may" || !toks[i].cap || i == 0 {
		return false
	}
	if _, err := strconv.Atoi(lowerAt(toks, i+1)); err == nil {
		return true
	}
	return in(monthOpeners, lowerAt(toks, i-1))
}

// monthOpeners open a time phrase a month's name may follow.
var monthOpeners = set("in", "on", "since", "until", "till", "by", "from", "early", "late", "mid", "last", "next", "this", "of", "before", "after", "through")

// dayDate reports whether date d names a day ("2006-01-02"), not only
// a month or a year.
func dayDate(d string) bool {
	return len(d) == len("2006-01-02")
}

var weekdayNum = map[string]int{"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6}

// dayShiftAfter reads "a day earlier" or "a day later" right after the
// trigger at k (within five words, before hi): -1, +1, or 0.
func dayShiftAfter(toks []token, k, hi int) int {
	for i := k + 1; i+2 < hi && i <= k+5; i++ {
		if (toks[i].lower == "a" || toks[i].lower == "one") && toks[i+1].lower == "day" {
			switch toks[i+2].lower {
			case "earlier", "before":
				return -1
			case "later":
				return 1
			}
		}
	}
	return 0
}

// timeUnits before "after" or "before" measure from a day: "a day after".
var timeUnits = set("day", "days", "hour", "hours", "week", "weeks", "month", "months", "minutes", "shortly", "soon", "just", "night", "morning")

// attackWord reports whether w names an attack or its weapon.
func attackWord(w string) bool {
	_, weapon := weaponWords[w]
	return weapon || in(attackNouns, w) || in(launchVerbs, w) || in(attackOnlyVerbs, w) || in(killVerbs, w)
}
