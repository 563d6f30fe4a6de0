package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The rules below recognise news-site layout, not particular sites: the
// labels of buttons and forms, the "Name / Agency" shape of photo credits,
// caption labels. They look at one line at a time; rules that need the
// neighbouring lines are in document.link.

// chromeExact are whole lines (lower-cased, without final punctuation)
// that are interface labels rather than prose.
var chromeExact = set(
	"contact", "contact us", "sending", "send", "submit", "cancel", "close",
	"ok", "menu", "search", "home", "skip to content", "skip to main content",
	"advertisement", "advertising", "ad", "sponsored", "sponsored content",
	"paid content", "read more", "read next", "more", "see more", "load more",
	"show more", "continue reading", "subscribe", "subscribe now", "sign in",
	"sign up", "sign out", "log in", "login", "log out", "logout", "register",
	"share", "share this", "share this article", "share this story", "tweet",
	"email", "e-mail", "print", "copy link", "link copied", "comments",
	"show comments", "view comments", "leave a comment", "related",
	"related articles", "related stories", "related content", "recommended",
	"most read", "most popular", "trending", "trending now", "top stories",
	"latest news", "latest", "loading", "please wait", "thank you",
	"thanks for signing up", "accept", "accept all", "reject all",
	"cookie settings", "manage cookies", "privacy policy", "terms of use",
	"terms of service", "terms and conditions", "all rights reserved",
	"back to top", "next article", "previous article", "next", "previous",
	"watch", "listen", "play", "play video", "video", "audio", "newsletter",
	"newsletters", "follow us", "you may also like", "photos", "gallery",
	"forgot your details", "forgot your password", "forgot password",
	"remember me", "password", "username", "email address", "your email",
	"name", "message", "facebook", "twitter", "x", "linkedin", "whatsapp",
	"telegram", "reddit", "pinterest", "instagram", "youtube", "feedback",
	"editor's picks", "editors' picks", "don't miss", "opinion", "live",
	"breaking", "breaking news", "listen to this article", "save",
	"bookmark", "add to favorites", "min read", "view gallery", "enlarge",
	"expand", "collapse", "toggle caption", "hide caption", "show caption",
)

// chromePrefix start lines of site chrome; they apply to short lines only,
// so that a body sentence that happens to start the same way survives.
var chromePrefix = []string{
	"share this", "share on ", "share via", "follow us", "follow @",
	"sign up for", "sign up to", "sign up now", "sign up here", "subscribe to", "subscribe for",
	"subscribe now", "log in with", "log in to", "login with", "sign in with",
	"sign in to", "forgot your", "read more", "read the full", "read also",
	"also read", "see also", "related:", "more:", "watch:", "listen:",
	"click here", "tap here", "download the", "download our", "get the app",
	"already a subscriber", "already have an account", "don't have an account",
	"do not have an account", "create an account", "create a free account",
	"we're not around", "we are not around", "we’re not around",
	"copyright ©", "copyright (c)", "©", "(c) 20", "all rights reserved",
	"this article was originally", "this story was originally",
	"story continues", "continue reading", "enable javascript",
	"please enable", "your browser does not", "we use cookies",
	"this site uses cookies", "this website uses cookies",
	"by continuing to", "by using this", "by clicking", "privacy policy",
	"advertisement", "sponsored by", "trending:", "most read:",
	"recommended:", "join our", "get our", "get the latest",
	"thanks for reading", "thank you for reading", "want more",
	"have a news tip", "got a tip", "send us a tip", "send us an email",
	"report an error", "report a correction", "view comments",
	"comments (", "updated ago", "listen to this",
}

// agencies are the picture agencies and wire services that appear after
// the slash of a photo credit. An unknown agency can still make a credit
// through the shape of the line (see creditTail).
var agencies = set(
	"reuters", "ap", "ap photo", "the associated press", "associated press",
	"afp", "afp via getty images", "getty", "getty images", "via getty images",
	"epa", "epa-efe", "efe", "bloomberg", "bloomberg via getty images",
	"sipa", "sipa usa", "sipa press", "nurphoto", "nurphoto via getty images",
	"anadolu", "anadolu agency", "anadolu via getty images", "xinhua",
	"tass", "sputnik", "ria novosti", "pool", "pool photo", "kremlin pool",
	"pool via reuters", "pool via ap", "via reuters", "via ap", "file",
	"file photo", "shutterstock", "rex", "rex/shutterstock", "alamy",
	"zuma", "zuma press", "zuma wire", "sopa images", "lightrocket",
	"redux", "polaris", "picture alliance", "dpa", "imago", "abaca",
	"abacapress", "handout", "courtesy", "ukrinform", "kyodo", "yonhap",
	"the new york times", "the washington post", "cnn", "nbc news", "bbc",
	"ansa", "ntb", "tt", "anp", "belga", "pa", "pa images", "pa wire",
	"wpa pool", "cq-roll call", "cq roll call", "ukrainian presidential press service",
	"presidential press service", "press service", "handout via reuters",
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// captionLabels start a line that describes a picture, a video or a chart
// rather than telling the story.
var captionLabels = []string{
	"image:", "image courtesy", "photo:", "photo by", "photos:", "picture:",
	"pictured:", "photograph:", "photograph by", "caption:", "credit:",
	"credits:", "video:", "watch:", "graphic:", "chart:", "source:",
	"image credit", "photo credit", "illustration:", "file photo:",
}

// classify decides what one non-empty trimmed line is. Long lines are
// body text whatever they contain: chrome is short.
func classify(s string) kind {
	if len(s) > 600 {
		return content
	}
	if !hasAlnum(s) {
		// Rules, bullets and ornaments ("* * *", "—") carry no sentence.
		return chrome
	}
	words := strings.Count(s, " ") + 1
	// Only the label rules look at long lines, and only at their start:
	// lower-casing all of a body paragraph would cost more than the rest
	// of the parse.
	low := s
	if words > 30 {
		low = s[:min(len(s), 32)]
	}
	low = strings.ToLower(low)
	if k := labelled(s, low, words); k != content {
		return k
	}
	if words <= 25 && isChrome(low) {
		return chrome
	}
	if words <= 5 && shouting(s) && !bareDateline(s) {
		// "TOP STORIES", "WATCH LIVE": navigation shouts; stories do not,
		// and wire subheads are in sentence case.
		return chrome
	}
	if words <= 30 && cookieNotice(low) {
		return chrome
	}
	if words <= 3 && isLinkLike(s) {
		return chrome
	}
	if words <= 25 && isTrailer(s, low) {
		return byline
	}
	if words <= 8 && isByline(s) {
		return byline
	}
	if words <= 16 && isDateLine(s, low) {
		return stamp
	}
	return content
}

func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// labelled recognises captions and credits.
func labelled(s, low string, words int) kind {
	for _, p := range captionLabels {
		if strings.HasPrefix(low, p) {
			return caption
		}
	}
	if strings.Contains(s, "AP Photo/") || strings.Contains(s, "AP Photo /") || parenLabel(s) || agencySlash(s) {
		return caption
	}
	if agencies[strings.TrimRight(low, ".")] {
		return credit // a bare "Reuters" or "Getty Images" under a picture
	}
	if head, ok := creditTail(s); ok {
		if words <= 6 && onlyName(head) {
			return credit
		}
		return caption
	}
	return content
}

// creditTail reports whether s ends in a photo credit, "Name / Agency" or
// "AGENCY/Name", and returns the part before the slash. A credit has no
// final punctuation, which is what keeps "1/2" or "and/or" in a sentence
// from matching.
func creditTail(s string) (head string, ok bool) {
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(".,;:!?\"”’'", last) {
		return "", false
	}
	i := strings.LastIndexAny(s, "/|")
	if i <= 0 || i == len(s)-1 {
		return "", false
	}
	head = strings.TrimSpace(s[:i])
	tail := strings.TrimSpace(s[i+1:])
	tw := strings.Fields(tail)
	if len(tw) == 0 || len(tw) > 5 || len(tail) > 50 {
		return "", false
	}
	for _, w := range tw {
		if !capitalised(w) && w != "via" && w != "for" && w != "and" && w != "de" {
			return "", false
		}
	}
	hw := strings.Fields(head)
	if len(hw) == 0 {
		return "", false
	}
	// "REUTERS/Gleb Garanich", "Pool/AFP": the agency before the slash.
	if agencies[strings.ToLower(strings.Trim(hw[len(hw)-1], ".,()"))] {
		return head, true
	}
	if agencies[strings.ToLower(strings.TrimSuffix(tail, ", File"))] {
		return head, true
	}
	// Unknown agency: demand a personal name, two or more capitalised
	// words, right before the slash. "Russia / Ukraine" stays text.
	n := 0
	for j := len(hw) - 1; j >= 0 && capitalised(strings.TrimLeft(hw[j], ".")); j-- {
		n++
	}
	if n >= 2 && len(tw) <= 4 {
		return head, true
	}
	return "", false
}

// onlyName reports whether s is nothing but capitalised words: a
// photographer's name without a caption before it.
func onlyName(s string) bool {
	for _, w := range strings.Fields(s) {
		if !capitalised(w) {
			return false
		}
	}
	return true
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isChrome(low string) bool {
	key := strings.TrimRight(low, ".:!?… ")
	key = strings.TrimLeft(key, "•·-–—*>» ")
	if chromeExact[key] {
		return true
	}
	if strings.Count(key, " ") < 8 && allChrome(key) {
		return true // "Facebook Twitter Email", a row of buttons
	}
	for _, p := range chromePrefix {
		if strings.HasPrefix(key, p) {
			return true
		}
	}
	// Newsletter boxes and contact forms are short and speak to the reader.
	if strings.Contains(key, "newsletter") && (strings.Contains(key, "sign up") || strings.Contains(key, "subscribe")) {
		return true
	}
	if strings.Contains(key, "send us an email") || strings.Contains(key, "get back to you") {
		return true
	}
	return copyrightLine(key) || pointsAway(key)
}

// copyrightLine reports a copyright notice written with the word, a year
// and the reservation, "Copyright 2026 Example Wire. All rights
// reserved.", as wire copy ends; "©" and "(c)" lines are chromePrefix's.
// The reservation is what tells it from a sentence that opens with the
// word ("Copyright 2019 rules were tightened, the court said").
func copyrightLine(key string) bool {
	rest, ok := strings.CutPrefix(key, "copyright ")
	if !ok || !strings.Contains(rest, "rights reserved") && !strings.Contains(rest, "may not be") {
		return false
	}
	f := strings.Fields(rest)
	_, isYear := year(strings.Trim(f[0], ","))
	return isYear
}

// readerPointers open a line that sends the reader elsewhere ("read
// more" lines are chromePrefix's whatever they end with).
var readerPointers = []string{"follow ", "find more ", "for more ", "more on ", "see more ", "visit ", "learn more "}

// pointsAway reports a line that sends the reader to a link it ends
// with, "Follow Example Wire's coverage of the region at https://…":
// a pointer to more coverage, not a sentence of the story.
func pointsAway(key string) bool {
	f := strings.Fields(key)
	if len(f) < 2 || !isLinkLike(f[len(f)-1]) {
		return false
	}
	for _, p := range readerPointers {
		if strings.HasPrefix(key, p) {
			return true
		}
	}
	return false
}

func cookieNotice(low string) bool {
	if !strings.Contains(low, "cookie") {
		return false
	}
	// The notice speaks to the reader about the site; a story about cookie
	// rules does not.
	for _, w := range []string{"we use", "uses cookies", "our site", "our website", "this site", "this website", "you accept", "you agree", "your consent", "accept all", "accept cookies", "cookie settings", "cookie policy", "cookie preferences"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// isLinkLike reports a line that is a URL, an e-mail address, a handle or
// hashtags: sharing widgets, not prose.
func isLinkLike(s string) bool {
	for _, w := range strings.Fields(s) {
		lw := strings.ToLower(w)
		if !(strings.HasPrefix(lw, "http://") || strings.HasPrefix(lw, "https://") ||
			strings.HasPrefix(lw, "www.") || strings.HasPrefix(w, "@") ||
			strings.HasPrefix(w, "#") || strings.Contains(w, "@") && strings.Contains(w, ".")) {
			return false
		}
	}
	return true
}

// isByline recognises "By Jane Roe", "By Jane Roe and John Doe, Reuters":
// "By" and capitalised words, connectors aside, no final period.
func isByline(s string) bool {
	rest, ok := strings.CutPrefix(s, "By ")
	if !ok {
		rest, ok = strings.CutPrefix(s, "BY ")
	}
	if !ok || strings.HasSuffix(s, ".") {
		return false
	}
	for _, w := range strings.Fields(rest) {
		w = strings.Trim(w, ",;|")
		switch w {
		case "", "and", "&", "in", "for", "|":
			continue
		}
		if !capitalised(w) {
			return false
		}
	}
	return true
}

// parenLabels open a bracketed credit inside a caption: "(Photo: …)".
var parenLabels = []string{"(photo:", "(photo by", "(photograph:", "(photograph by", "(credit:", "(image:", "(picture:", "(photo credit"}

// parenLabel reports whether s contains a bracketed credit.
func parenLabel(s string) bool {
	for i := 0; ; {
		j := strings.IndexByte(s[i:], '(')
		if j < 0 {
			return false
		}
		i += j
		for _, p := range parenLabels {
			if len(s)-i >= len(p) && strings.EqualFold(s[i:i+len(p)], p) {
				return true
			}
		}
		i++
	}
}

// trailerPrefixes start the production credits wire stories end with
// ("Reporting by …; Editing by …"): they name journalists, not actors.
var trailerPrefixes = []string{
	"reporting by", "additional reporting by", "writing by", "editing by",
	"compiled by", "produced by", "reported by", "(reporting by",
	"(additional reporting by", "our standards:", "fact check by",
}

// isTrailer recognises production credits and "X contributed to this
// report" lines. A line that gives the contributor a staff title after
// the outlet's name ("Associated Press writer X in Y contributed to this
// report") is no credit only: it says whom X works for, and stays in the
// text.
func isTrailer(s, low string) bool {
	for _, p := range trailerPrefixes {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	if staffTitled(s) {
		return false
	}
	return strings.HasSuffix(strings.TrimRight(low, ". )"), "contributed to this report") ||
		strings.HasSuffix(strings.TrimRight(low, ". )"), "contributed reporting")
}

// staffTitles name one of a news outlet's staff in a contributor's line.
var staffTitles = map[string]bool{"writer": true, "correspondent": true, "reporter": true}

// staffPremodifiers say what kind of writer someone is, not for whom
// they write ("Staff writer", "Freelance reporter").
var staffPremodifiers = map[string]bool{
	"staff": true, "freelance": true, "contributing": true, "special": true, "senior": true,
	"former": true, "chief": true, "foreign": true, "political": true, "local": true,
	"independent": true, "veteran": true, "our": true, "a": true, "the": true, "an": true,
}

// staffTitled reports whether the line opens with an outlet's name, in
// capitals and with nothing else before it, followed by one staff title
// and the contributor's name: "Associated Press writer X in Y contributed
// …". A generic premodifier ("Staff writer", "Freelance writer"), a
// possessive before the title ("The Courier's Ottawa correspondent") or
// a plural title naming several contributors, each with a place, gives no
// outlet this line can name, and the line stays a credit.
func staffTitled(s string) bool {
	words := strings.Fields(s)
	for i, w := range words {
		if !staffTitles[strings.ToLower(w)] {
			continue
		}
		if i == 0 || i+1 >= len(words) {
			return false
		}
		for _, b := range words[:i] {
			r, _ := utf8.DecodeRuneInString(b)
			if !unicode.IsUpper(r) || staffPremodifiers[strings.ToLower(b)] ||
				strings.ContainsAny(b, ",;:'’") {
				return false
			}
		}
		r, _ := utf8.DecodeRuneInString(words[i+1])
		return unicode.IsUpper(r)
	}
	return false
}

// agencySlash reports an upper-case agency credit inside a line,
// "REUTERS/Jane Doe" or "EPA-EFE/JOHN DOE", which some outlets put in the
// middle of a caption, before licensing links.
func agencySlash(s string) bool {
	for i := 0; ; {
		j := strings.IndexByte(s[i:], '/')
		if j < 0 {
			return false
		}
		i += j
		k := strings.LastIndexAny(s[:i], " (") + 1
		if w := s[k:i]; len(w) >= 2 && !strings.ContainsFunc(w, unicode.IsLower) && agencies[strings.ToLower(w)] && i+1 < len(s) && capitalised(s[i+1:]) {
			return true
		}
		i++
	}
}

// shouting reports an all-capitals line without final punctuation.
func shouting(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			letters++
		}
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return letters >= 2 && !strings.ContainsRune(".!?\"”’", last)
}

// allChrome reports a line of two or more words that are each a button
// label.
func allChrome(key string) bool {
	f := strings.FieldsFunc(key, func(r rune) bool { return r == ' ' || r == '|' || r == '/' || r == '·' || r == '•' })
	if len(f) < 2 {
		return false
	}
	for _, w := range f {
		if !chromeExact[w] {
			return false
		}
	}
	return true
}
