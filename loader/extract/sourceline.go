package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/domain"
)

// sourceLine is the line a news-monitoring service puts over an item to
// say where it comes from: an item code (two letters, ten digits), the
// outlet's home city, the outlet, then the language, time and date of the
// broadcast or issue:
//
//	LD2804174994 Moscow INTERFAX in English 1601 GMT 28 Apr 94
//	Tokyo NIHON KEIZAI SHIMBUN
//
// Unlike a wire dateline, which says where a story was filed ("DAYTON,
// Ohio (AP)" says nothing of where the agency sits), the line names the
// outlet with its own city: the outlet is based there.
type sourceLine struct {
	start      int // the first token of the line (the item code, or the city)
	place, org *entity
	sent       int
}

// sourceLanguages are the languages a source line names after "in".
var sourceLanguages = set(
	"english", "spanish", "french", "arabic", "russian", "chinese", "mandarin", "cantonese",
	"japanese", "german", "portuguese", "turkish", "italian", "persian", "farsi", "dari",
	"pashto", "urdu", "hindi", "bengali", "korean", "vietnamese", "thai", "indonesian",
	"malay", "swahili", "dutch", "swedish", "norwegian", "danish", "finnish", "polish",
	"czech", "slovak", "hungarian", "romanian", "bulgarian", "serbian", "croatian",
	"serbo-croatian", "slovene", "albanian", "macedonian", "greek", "hebrew", "ukrainian",
	"belarusian", "georgian", "armenian", "azeri", "kazakh", "uzbek", "lithuanian",
	"latvian", "estonian", "somali", "amharic", "burmese", "khmer", "lao", "tagalog",
	"kurdish",
)

// findSourceLines recognizes the source lines among an article's first
// sentences and names their city and outlet.
func (x *extractor) findSourceLines() {
	for i := 0; i < len(x.sents) && i < 4; i++ {
		s := &x.sents[i]
		sl, ok := x.sourceLineAt(s)
		if !ok {
			continue
		}
		s.source = sl
		x.orgs[domain.Fold(sl.org.name)] = sl.org
	}
}

// sourceLineAt reads the source line in s: after an item code or a
// document number anywhere in the sentence (a headline may come first),
// or as the whole sentence, a bare line, whose outlet sourceAfter reads
// as it says.
func (x *extractor) sourceLineAt(s *sentence) (*sourceLine, bool) {
	toks := s.toks
	for c := range toks {
		if itemCode(toks[c].text) {
			return x.sourceAfter(s, c, c+1, false)
		}
	}
	return x.sourceAfter(s, 0, 0, true)
}

// sourceAfter reads a city and an outlet from token k on; the line starts
// at token start. The outlet ends before "in" and a language, a number
// or the sentence's end. bare is a line with no item code: its outlet
// is two words in capitals or more, one agency's name in capitals
// (knownAgency), or a broadcaster's name in title case (titleOutletLen),
// and ends the sentence.
func (x *extractor) sourceAfter(s *sentence, start, k int, bare bool) (*sourceLine, bool) {
	toks := s.toks
	city, pe := x.sourceCity(s, k)
	if city == "" {
		return nil, false
	}
	oe := pe
	for oe < len(toks) && (outletWord(&toks[oe], bare) || bare && letterInOutlet(toks, pe, oe)) {
		oe++
	}
	if bare && oe == pe {
		oe = pe + titleOutletLen(toks[pe:])
	}
	// (an outlet's section in capitals and brackets may follow its name:
	// "Beijing CHINA DAILY (SCIENCE MEDICINE) in English")
	after := sectionAfter(toks, oe)
	switch {
	case oe == pe || bare && oe-pe < 2 && !knownAgency(toks[pe].lower):
		return nil, false
	case after+1 < len(toks) && toks[after].lower == "in" && in(sourceLanguages, toks[after+1].lower):
	case after == len(toks):
	case !bare && toks[after].kind == tNum:
	default:
		return nil, false
	}
	org := x.entity(domain.Organization, joinTokens(s.text, toks, pe, oe))
	place := x.entity(domain.Place, city)
	x.mention(s, k, pe, place, mName)
	x.mention(s, pe, oe, org, mName)
	return &sourceLine{start: start, place: place, org: org, sent: s.idx}, true
}

// sourceCity returns the gazetteer's name of the place the words from
// token k on name (one to three capitalized words a particle may join,
// the longest first)
// and the token after them; "" where none does. The entity is made only
// once the line is read whole.
func (x *extractor) sourceCity(s *sentence, k int) (string, int) {
	toks := s.toks
	for n := 3; n >= 1; n-- {
		e := k + n
		if e > len(toks) {
			continue
		}
		ok := true
		for i, t := range toks[k:e] {
			// (a particle may join a city's words: "Rio de Janeiro")
			inner := i > 0 && i < n-1 && in(cityParticles, t.lower)
			ok = ok && t.kind == tWord && (t.cap || inner) && !t.upper
		}
		if !ok {
			continue
		}
		for _, g := range x.lookupPlace(joinTokens(s.text, toks, k, e)) {
			if g.Type == domain.Place {
				return g.Name, e
			}
		}
	}
	return "", k
}

// outletWord reports whether t may be a word of an outlet's name: a
// capitalized word ("Kanal-6" is one) or a hyphen; in a bare line, a word
// in capitals.
func outletWord(t *token, bare bool) bool {
	if bare {
		return t.kind == tWord && t.upper
	}
	return t.kind == tWord && t.cap || t.text == "-"
}

// letterInOutlet reports whether token k of toks, in a bare line, is a
// one-letter word in capitals inside an outlet's name in capitals, an
// article or a conjunction of its language: "Athens I KATHIMERINI", "Rio
// de Janeiro O GLOBO", "Moscow METEOROLOGIYA I GIDROLOGIYA". A word in
// capitals must follow it. The outlet starts at token pe: a headline in
// capitals starts with "A" or "I" far more often than an outlet does
// ("Lima A NEW DAWN FOR PERU", "Havana I SAW THE STORM COMING"), so "A"
// opens none and "I" only a name of one word more ("I KATHIMERINI").
func letterInOutlet(toks []token, pe, k int) bool {
	t := &toks[k]
	if !(t.kind == tWord && len(t.text) == 1 && t.cap && k+1 < len(toks) && toks[k+1].kind == tWord && toks[k+1].upper) {
		return false
	}
	switch {
	case k == pe && t.text == "A":
		return false
	case k == pe && t.text == "I":
		return k+2 == len(toks) || !outletWord(&toks[k+2], true) && !(len(toks[k+2].text) == 1 && toks[k+2].cap)
	}
	return true
}

// sectionAfter returns the token after the section in brackets that
// follows an outlet's name ending before token k, words in capitals
// ("CHINA DAILY (SCIENCE MEDICINE)"); k itself where there is none.
func sectionAfter(toks []token, k int) int {
	if k >= len(toks) || toks[k].text != "(" {
		return k
	}
	j := k + 1
	for j < len(toks) && toks[j].kind == tWord && toks[j].upper {
		j++
	}
	if j == k+1 || j >= len(toks) || toks[j].text != ")" {
		return k
	}
	return j + 1
}

// cityParticles join the words of a city's name in lower case: "Rio de
// Janeiro", "Ciudad del Este".
var cityParticles = set("de", "do", "da", "del", "di", "dos", "das", "la", "al", "el")

// knownAgency reports whether w, a word in capitals alone after a city
// in a bare line, names a news agency or network known by one word
// ("Paris AFP", "Moscow ITAR-TASS"): any other ("Nairobi NOTES", "Nairobi
// NEWS") may be a headline's word.
func knownAgency(w string) bool {
	for _, p := range strings.Split(w, "-") {
		if in(wireAgencies, p) || in(mediaWords, p) && !in(newsNouns, p) {
			return true
		}
	}
	return false
}

// newsNouns are the words of mediaWords that are common nouns, not an
// agency's name: alone, they name no outlet.
var newsNouns = set("press", "news", "times", "post", "journal", "telegraph", "tribune", "herald",
	"courier", "gazette", "radio", "television", "tv", "network", "broadcasting", "magazine", "daily")

// broadcastWords end a broadcaster's name in title case (a part of
// newsNouns).
var broadcastWords = set("network", "television", "tv", "broadcasting")

// broadcastMedia name a broadcaster's medium inside its name (a part of
// newsNouns).
var broadcastMedia = set("radio", "television", "tv")

// titleOutletLen returns the number of words of a broadcaster's name in
// title case that make up the rest of a bare line (toks): two to six
// capitalized words, the last a broadcast word and a medium before it
// ("Havana Radio Reloj Network"); 0 where the rest is no such name
// ("Nairobi Hosts Regional Trade Network" is a headline).
func titleOutletLen(toks []token) int {
	n := len(toks)
	if n < 2 || n > 6 || !in(broadcastWords, toks[n-1].lower) {
		return 0
	}
	medium := false
	for i := range toks {
		if !outletWord(&toks[i], false) {
			return 0
		}
		medium = medium || i < n-1 && in(broadcastMedia, toks[i].lower)
	}
	if !medium {
		return 0
	}
	return n
}

// itemCode reports whether w is a monitoring service's item code, two
// capital letters and ten digits ("LD2804174994"), or a document number
// (docNumber).
func itemCode(w string) bool {
	if docNumber(w) {
		return true
	}
	if len(w) != 12 {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if i < 2 && (c < 'A' || c > 'Z') || i >= 2 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// sourceLineFacts states that each source line's outlet is based in its
// city.
func (x *extractor) sourceLineFacts() {
	rule := x.rule
	x.rule = "source-line"
	for i := range x.sents {
		if sl := x.sents[i].source; sl != nil {
			x.addFact(sl.org.id, domain.BasedIn, sl.place.id, false, sl.sent, domain.Asserted)
		}
	}
	x.rule = rule
}

// docNumber reports whether w is a monitoring service's document number:
// two digits, two digits or capitals, four digits and a capital
// ("94WD0125D", "944E0738B").
func docNumber(w string) bool {
	if len(w) != 9 {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		digit, capital := c >= '0' && c <= '9', c >= 'A' && c <= 'Z'
		switch {
		case i < 2 || i >= 4 && i < 8:
			if !digit {
				return false
			}
		case i < 4:
			if !digit && !capital {
				return false
			}
		default:
			if !capital {
				return false
			}
		}
	}
	return true
}
