package extract

import (
	"hash/fnv"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/nlp/doc"
)

// minQuoteRunes is the shortest direct quote kept as a statement. Shorter
// quoted fragments ("real progress", "analyzed") are mostly scare quotes or
// single loaded words whose speaker the sentence seldom makes certain; a
// wrong statement costs more than a missing one. Thirty is also where the
// gold's convention starts counting quotes (../shared/eval/README.md: "any
// prefix of 30+ characters"), a whole sentence of speech included ("“The
// plan is dead,” X said."): a shorter quote is never a gold quote.
const minQuoteRunes = 30

// quoteSpan is a direct quote: one piece per sentence it runs through, each
// the token range [from, to) between its quotation marks.
type quoteSpan struct {
	pieces []quotePiece
}

type quotePiece struct{ sent, from, to int }

// markQuoted pairs quotation marks sentence by sentence, marks the tokens
// inside quotes and returns the quotes. An unclosed quote ends with its
// paragraph, as in a quote that runs on into the next paragraph and
// reopens there. Straight and curly marks may be mixed (“…").
//
// An article without any double quotation mark may quote with single ones
// (‘…’, the British style): then ‘ opens a quote and a ’ that is not inside
// a word closes it.
func markQuoted(sents []sentence) []quoteSpan {
	singleQuotes(sents)
	var quotes []quoteSpan
	var cur *quoteSpan
	open := false
	for si := range sents {
		s := &sents[si]
		if si > 0 && s.para != sents[si-1].para && open {
			open = false
			cur = nil
		}
		from := 0
		if open {
			cur.pieces = append(cur.pieces, quotePiece{sent: si, from: 0, to: len(s.toks)})
		}
		for k := range s.toks {
			t := &s.toks[k]
			if t.kind == tQuote {
				switch {
				case !open && t.text != "”" && t.text != "’":
					open = true
					quotes = append(quotes, quoteSpan{})
					cur = &quotes[len(quotes)-1]
					from = k + 1
					cur.pieces = append(cur.pieces, quotePiece{sent: si, from: from, to: len(s.toks)})
				case open && t.text != "“" && t.text != "‘":
					open = false
					cur.pieces[len(cur.pieces)-1].to = k
					cur = nil
				}
				continue
			}
			t.quoted = open
		}
	}
	return quotes
}

// singleQuotes turns single quotation marks into quote tokens: every one
// when the article has no double ones and opens at least one ‘ (the
// British style), else the pairs that open and close a quote inside one
// sentence, outside double quotes ("called it 'a surrender dressed up as
// modernisation'").
func singleQuotes(sents []sentence) {
	opens, doubles := false, false
	for si := range sents {
		for k := range sents[si].toks {
			switch sents[si].toks[k].text {
			case "“", "”", "\"":
				doubles = true
			case "‘":
				opens = true
			}
		}
	}
	if !doubles && opens {
		for si := range sents {
			for k := range sents[si].toks {
				if t := &sents[si].toks[k]; t.kind == tPunct && (t.text == "‘" || t.text == "’") {
					t.kind = tQuote
				}
			}
		}
		return
	}
	for si := range sents {
		pairSingleQuotes(&sents[si])
	}
	for si := range sents {
		pairSingleAcross(sents, si)
	}
}

// pairSingleAcross marks a single mark that opens a quote in sentence si
// and is closed in none of its words, and the mark that closes it in a
// later sentence of the paragraph, right after the quote's own comma or
// stop: "'Our fields are here. We will come back,' she said." The closer
// must follow that punctuation, which a plural possessive's mark ("the
// farmers' union") never does.
func pairSingleAcross(sents []sentence, si int) {
	s := &sents[si]
	k := len(s.toks) - 1
	for k >= 0 && !singleOpener(s, k) {
		if s.toks[k].kind == tQuote || singleCloser(s, k) {
			return
		}
		k--
	}
	if k < 0 {
		return
	}
	for ti := si + 1; ti < len(sents) && ti <= si+3 && sents[ti].para == s.para; ti++ {
		t := &sents[ti]
		for j := range t.toks {
			if t.toks[j].kind == tQuote {
				return
			}
			if singleCloser(t, j) {
				if j == 0 || !strings.Contains(",.?!", t.toks[j-1].text) || t.toks[j-1].kind != tPunct {
					return
				}
				s.toks[k].kind, t.toks[j].kind = tQuote, tQuote
				return
			}
		}
	}
}

// pairSingleQuotes marks as quote tokens the single marks of s that open
// a quote (after a space, before a word) and the first after each that
// closes it (after a word or its punctuation, before a space or a
// punctuation mark), with two words or more between and no double quote
// open around them. A possessive's mark ("the leaders' call") closes
// nothing that was not opened.
func pairSingleQuotes(s *sentence) {
	inDouble := false
	for k := 0; k < len(s.toks); k++ {
		t := &s.toks[k]
		if t.kind == tQuote {
			inDouble = !inDouble
			continue
		}
		if inDouble || !singleOpener(s, k) {
			continue
		}
		words := 0
		for j := k + 1; j < len(s.toks); j++ {
			u := &s.toks[j]
			if u.kind == tQuote {
				break
			}
			if u.kind == tWord {
				words++
			}
			if singleCloser(s, j) {
				if words >= 2 {
					t.kind, u.kind = tQuote, tQuote
					k = j
				}
				break
			}
		}
	}
}

// singleMarks are the single quotation marks, straight and curly.
var singleMarks = set("'", "‘", "’")

// singleOpener reports whether token k of s is a single mark that opens a
// quote: at the start or after a space or an opening bracket, and
// directly before a word.
func singleOpener(s *sentence, k int) bool {
	t := &s.toks[k]
	if t.kind != tPunct || !in(singleMarks, t.text) || t.text == "’" || k+1 >= len(s.toks) {
		return false
	}
	if t.start > 0 && !strings.ContainsRune(" (\u2014", rune(s.text[t.start-1])) {
		return false
	}
	next := &s.toks[k+1]
	return next.start == t.end && next.kind == tWord
}

// singleCloser reports whether token k of s is a single mark that closes
// a quote: right after the word or punctuation before it, and at the end
// or before a space or a punctuation mark.
func singleCloser(s *sentence, k int) bool {
	t := &s.toks[k]
	if t.kind != tPunct || !in(singleMarks, t.text) || t.text == "‘" || k == 0 || s.toks[k-1].end != t.start {
		return false
	}
	return t.end == len(s.text) || strings.ContainsRune(" ,.;:!?)\u2014", rune(s.text[t.end]))
}

// text returns the words of a quote, its pieces joined by spaces, without
// the comma or colon that closes it inside the marks.
func (q *quoteSpan) text(sents []sentence) string {
	var b strings.Builder
	for _, p := range q.pieces {
		if p.from >= p.to {
			continue
		}
		s := &sents[p.sent]
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s.text[s.toks[p.from].start:s.toks[p.to-1].end])
	}
	return strings.TrimRight(strings.TrimSpace(b.String()), ",:;")
}

// attribution is who said a quote and where.
type attribution struct {
	speaker *entity
	sent    int // the sentence that attributes it
	via     *entity
	viaLit  string
	verb    int // token index of the verb of saying
}

// findQuotes turns every direct quote into a Statement node said by its
// speaker.
func (x *extractor) findQuotes() {
	quotes := x.quotes
	var prev attribution
	prevSent := -1
	for qi := 0; qi < len(quotes); qi++ {
		q := &quotes[qi]
		if len(q.pieces) == 0 || x.namesWork(q) || x.reportedObject(q) {
			continue
		}
		a := x.attribute(q, prev, prevSent)
		if a.speaker != nil {
			prev, prevSent = a, q.pieces[len(q.pieces)-1].sent
			if a.speaker.typ == domain.Person {
				x.lastSpeaker, x.lastSpeakerSent = a.speaker, prevSent
				x.learnGender(a)
			}
		}
		text := q.text(x.sents)
		// "“We are ready,” she said, “but not at any price.”": one
		// statement, its halves joined.
		if a.speaker != nil && qi+1 < len(quotes) && x.resumes(q, &quotes[qi+1], a) {
			text = strings.TrimRight(text, ",") + " " + quotes[qi+1].text(x.sents)
			qi++
		}
		if a.speaker == nil {
			x.unattributed = append(x.unattributed, q)
			continue
		}
		if quoteRunes(text) < minQuoteRunes {
			continue
		}
		x.statement(a, text, q, &quotes[qi])
	}
}

// learnGender gives the person who speaks through attribution a the
// gender of the pronoun that names them there ("“…,” she said"), when no
// title or honorific has told it: a later "he" among the same people is
// someone else ("“…,” she said. He replied that …").
func (x *extractor) learnGender(a attribution) {
	toks := x.sents[a.sent].toks
	if a.speaker.genderSet || !isSpeechVerb(toks, a.verb) {
		return
	}
	k := pronounSubject(toks, a.verb)
	if k < 0 {
		k = a.verb + 1 // "…,” said she"
	}
	if g := lowerAt(toks, k); g == "he" || g == "she" {
		a.speaker.setGender(g)
	}
}

// namesWork reports whether quote q gives a name or a title, not words
// spoken: a work's title in capitals ("a memoir titled “A Life Spent
// Waiting for the Rains”"), or the quote after a word that names
// ("titled", "code-named", "banners reading") or a noun of a work or an
// inscription ("the documentary “…”", "the slogan, “…”").
func (x *extractor) namesWork(q *quoteSpan) bool {
	first := q.pieces[0]
	toks := x.sents[first.sent].toks
	k := first.from - 2 // the word before the opening mark
	if k >= 0 && toks[k].text == "," {
		k--
	}
	if k >= 0 && toks[k].kind == tWord && !toks[k].quoted && (in(namingWords, toks[k].lower) || in(workNouns, toks[k].lower)) {
		return true
	}
	return len(q.pieces) == 1 && titleCased(toks[first.from:first.to])
}

// namingWords introduce a name or an inscription, not speech.
var namingWords = set("titled", "entitled", "named", "code-named", "codenamed", "reading")

// workNouns are works and inscriptions whose title or words a quote right
// after them gives.
var workNouns = set("book", "memoir", "novel", "documentary", "film", "movie", "song", "album",
	"series", "slogan", "hashtag", "motto", "banner", "banners", "placard", "placards", "headline", "poem", "essay")

// titleCased reports whether toks read as a title: three words or more of
// four letters or longer, every one capitalized.
func titleCased(toks []token) bool {
	n := 0
	for i := range toks {
		t := &toks[i]
		if t.kind != tWord || utf8.RuneCountInString(t.text) < 4 {
			continue
		}
		if !t.cap {
			return false
		}
		n++
	}
	return n >= 3
}

// quoteRunes is the length of a quote's text without its closing
// punctuation.
func quoteRunes(text string) int {
	return utf8.RuneCountInString(strings.TrimRight(text, ".!?,;:"))
}

// statement states that a.speaker said text, the words of quotes qs.
func (x *extractor) statement(a attribution, text string, qs ...*quoteSpan) {
	sent := qs[0].pieces[0].sent
	id := statementID(a.speaker.id, text)
	x.nodes = append(x.nodes, domain.Node{ID: id, Type: domain.Statement, Name: label(text, 8)})
	x.addFact(a.speaker.id, domain.Said, id, false, sent, domain.Asserted)
	x.addFact(id, domain.Text, text, true, sent, domain.Asserted)
	x.statementAbout(id, a.speaker, qs...)
	if a.via != nil {
		x.addFact(id, domain.Via, a.via.id, false, sent, domain.Asserted)
	} else if a.viaLit != "" {
		x.addFact(id, domain.Via, a.viaLit, true, sent, domain.Asserted)
	}
}

// resumes reports whether quote n continues quote q after its
// attribution a in the same sentence: the quote, a comma, the speaker and
// verb, a comma, and the quote again.
func (x *extractor) resumes(q, n *quoteSpan, a attribution) bool {
	last, next := q.pieces[len(q.pieces)-1], n.pieces[0]
	if last.sent != next.sent || a.sent != last.sent || a.verb <= last.to || a.verb >= next.from {
		return false
	}
	toks := x.sents[last.sent].toks
	open := next.from - 1
	if open < 1 || toks[open-1].text != "," {
		return false
	}
	// only the attribution between the halves: no second clause
	for k := last.to + 1; k < open-1; k++ {
		if toks[k].kind == tQuote || toks[k].text == ";" || toks[k].lower == "and" || toks[k].lower == "but" {
			return false
		}
	}
	return open-1-last.to <= 12
}

// statementID is "statement:" and a short stable hash of speaker and words.
func statementID(speaker, text string) string {
	h := fnv.New64a()
	h.Write([]byte(speaker))
	h.Write([]byte{0})
	h.Write([]byte(text))
	return "statement:" + strconv.FormatUint(h.Sum64(), 16)
}

// label returns the first n words of text, with an ellipsis if cut.
func label(text string, n int) string {
	f := strings.Fields(text)
	if len(f) <= n {
		return text
	}
	return strings.Join(f[:n], " ") + "…"
}

// attribute finds the speaker of q: in its own sentences (after the quote,
// before it, or between its halves), else, for a quote standing alone, the
// speaker of the quote before it or the subject of the next sentence.
func (x *extractor) attribute(q *quoteSpan, prev attribution, prevSent int) attribution {
	first, last := q.pieces[0], q.pieces[len(q.pieces)-1]
	s0, sE := &x.sents[first.sent], &x.sents[last.sent]
	open := first.from - 1
	wordsBefore := hasWords(s0.toks[:max(open, 0)])
	var a attribution
	if wordsBefore {
		a = x.attributeBefore(s0, open, prev, prevSent)
		if a.speaker == nil {
			a = x.attributeAfter(sE, last.to)
		} else if a.speaker.typ == domain.Organization && a.sent == s0.idx {
			// "X, deputy minister of the body, …, calling it “…”", "A
			// spokesman for the body (ACR), X, said …": the holder of
			// the body's title the clause names speaks; "The body
			// dismissed it as “…”, its chairman, X, said": the one who
			// says it after the quote
			if p := bodysPerson(s0, a.speaker, a.verb); p != nil {
				a.speaker = p
			} else if after := x.attributeAfter(sE, last.to); after.speaker != nil && after.speaker.typ == domain.Person {
				a = after
			}
		}
	} else {
		a = x.attributeAfter(sE, last.to)
		if a.speaker == nil {
			a = x.attributeBefore(s0, open, prev, prevSent)
		}
	}
	if a.speaker != nil {
		return a
	}
	// A quote with no words of its own around it continues the last
	// speaker, in the same or the next paragraph.
	if !wordsBefore && !hasWords(sE.toks[min(last.to+1, len(sE.toks)):]) {
		// "Mensah told reporters:" closing the sentence before.
		if p := first.sent - 1; p >= 0 && endsWithColon(x.sents[p].toks) && !hasQuote(x.sents[p].toks) {
			if sp := x.lastSpeechSubject(&x.sents[p]); sp != nil {
				return attribution{speaker: sp, sent: p}
			}
		}
		if prev.speaker != nil && prevSent >= 0 && s0.para-x.sents[prevSent].para <= 1 {
			return attribution{speaker: prev.speaker, sent: first.sent}
		}
		// Or the attribution comes in the next paragraph: "That was the
		// message from X."
		if n := last.sent + 1; n < len(x.sents) && x.sents[n].para != sE.para && !hasQuote(x.sents[n].toks) {
			if sp := x.leadingSpeaker(&x.sents[n]); sp != nil {
				return attribution{speaker: sp, sent: n}
			}
		}
	}
	return attribution{}
}

// reportedObject reports whether quote q is the object of one party's
// act that another reports after it: "… asked him to “put the study
// first,” the government said", "…, who congratulated him on “a steady
// hand,” the ministry said", "… spoke by phone with Y and promised “…,”
// the ministry said"; or a verb phrase of that party's conjoined after
// the report (reportedConjunct). Whose words they are is unsure: no
// one's statement.
func (x *extractor) reportedObject(q *quoteSpan) bool {
	first, last := q.pieces[0], q.pieces[len(q.pieces)-1]
	s0 := &x.sents[first.sent]
	open := first.from - 1
	if reportedConjunct(s0.toks, open) {
		return true
	}
	if open < 1 || s0.toks[open-1].kind != tWord {
		return false
	}
	// "and promised “…”": a verb of saying conjoined to the party's
	// earlier act, which the attribution after the quote reports
	conjoined := lowerAt(s0.toks, open-2) == "and" && isSpeechVerb(s0.toks, open-1)
	if !conjoined && !in(reportedObjectPreps, s0.toks[open-1].text) {
		return false
	}
	return x.attributeAfter(&x.sents[last.sent], last.to).speaker != nil
}

// reportedConjunct reports whether the quote opening at token open is a
// verb phrase conjoined, after ", and", to a clause that a report set off
// by commas attributes: "X met the mayors on Friday, his spokesman said in
// a statement, and “urged them to …”", "X spoke with Y, according to a
// readout from his office, and “stressed that …”". The words are X's as
// the reporter gives them.
func reportedConjunct(toks []token, open int) bool {
	if open < 3 || lowerAt(toks, open-1) != "and" || toks[open-2].text != "," || !lowerQuoteStart(toks, open) {
		return false
	}
	for k := open - 3; k > 0; k-- {
		t := &toks[k]
		if t.quoted || t.kind == tQuote {
			return false
		}
		if t.text == "," {
			return false
		}
		if !isSpeechVerb(toks, k) {
			continue
		}
		// a report, "according to Y" or "Y said" with a few words after
		// its verb, set off from a clause before it by a comma
		according := toks[k].lower == "according"
		if !according && open-2-k > maxReportTail+1 {
			return false
		}
		for j := k - 1; j > 0; j-- {
			if toks[j].quoted || toks[j].kind == tQuote {
				return false
			}
			if toks[j].text == "," {
				return according || j < k-1
			}
		}
		return false
	}
	return false
}

// maxReportTail is how many words a report's verb may take after it in
// reportedConjunct ("in a statement on Monday"): more make a clause of
// its own ("said the plan was ready, and “…”").
const maxReportTail = 5

// lowerQuoteStart reports whether the quote opening at token open begins
// with a word in lower case, as a phrase of the sentence does.
func lowerQuoteStart(toks []token, open int) bool {
	return open+1 < len(toks) && toks[open+1].kind == tWord && !toks[open+1].cap
}

// reportedObjectPreps open a quote that is the object of another's act
// ("asked him to “…”", "congratulated her on “…”", "praised him for
// “…”"), in lower case.
var reportedObjectPreps = set("to", "on", "for")

func endsWithColon(toks []token) bool {
	return len(toks) > 0 && toks[len(toks)-1].text == ":"
}

// lastSpeechSubject returns the subject of the last verb of saying in s.
func (x *extractor) lastSpeechSubject(s *sentence) *entity {
	for v := len(s.toks) - 1; v >= 0; v-- {
		if isSpeechVerb(s.toks, v) {
			return x.subjectBefore(s, v, 0)
		}
	}
	return nil
}

// hasWords reports whether toks holds a word outside quotes.
func hasWords(toks []token) bool {
	for i := range toks {
		if (toks[i].kind == tWord || toks[i].kind == tNum) && !toks[i].quoted {
			return true
		}
	}
	return false
}

func hasQuote(toks []token) bool {
	for i := range toks {
		if toks[i].kind == tQuote {
			return true
		}
	}
	return false
}

// isSpeechVerb reports whether token k is a verb of saying; false past the
// end of the sentence (a mention that ends it has no verb after it).
func isSpeechVerb(toks []token, k int) bool {
	if k < 0 || k >= len(toks) {
		return false
	}
	t := &toks[k]
	if t.kind != tWord || t.quoted || !in(speechVerbs, t.lower) {
		return false
	}
	if t.lower == "according" {
		return lowerAt(toks, k+1) == "to"
	}
	if t.lower == "called" || t.lower == "calling" {
		// "called for a ceasefire" is not a quote's verb
		return lowerAt(toks, k+1) != "for" && lowerAt(toks, k+1) != "on"
	}
	return true
}

// attributeAfter reads the attribution after a quote closing at token
// close: "…,” Mensah said", "…,” said Palace spokesman Kofi Mensah",
// "…,” he added", "…,” Osei was quoted by the agency as saying".
func (x *extractor) attributeAfter(s *sentence, close int) attribution {
	toks := s.toks
	for v := close + 1; v < len(toks) && v <= close+maxLongAttribution; v++ {
		if toks[v].kind == tQuote {
			break
		}
		if !isSpeechVerb(toks, v) {
			continue
		}
		if v > close+12 {
			// past a dozen words only a speaker held off by what
			// describes them
			sp := longAttribution(s, close, v)
			if sp == nil {
				return attribution{}
			}
			a := attribution{speaker: sp, sent: s.idx, verb: v}
			x.findVia(s, v, &a)
			return a
		}
		var sp *entity
		if toks[v].lower == "according" {
			sp = x.speakerAfter(s, v+2)
		} else {
			// "…,” Amina Yusuf, 45, a teacher from Gondar, told": the
			// first person between the quote and the verb; else the
			// subject right before the verb ("he said", "the Palace
			// said"); else the name after it ("said Mensah").
			sp = firstSpeakerBetween(s, close+1, v)
			if sp == nil {
				sp = x.subjectBefore(s, v, close+1)
			}
			if w := lowerAt(toks, v+1); sp == nil && toks[v].lower == "quoted" && (w == "him" || w == "her") {
				// "…,” Owusu's office quoted her as saying"
				sp = x.pronoun(s, v+1)
			}
			if sp == nil && !in(tellForms, toks[v].lower) {
				// (after "told" comes the audience: "a diplomat told AFP")
				sp = x.speakerAfter(s, v+1)
			}
		}
		if sp == nil {
			return attribution{}
		}
		a := attribution{speaker: sp, sent: s.idx, verb: v}
		x.findVia(s, v, &a)
		return a
	}
	return attribution{}
}

// possessedSpeech returns who owns the noun of speech at token k ("Alemu's
// remark", "the ministry's statement"): the person, organization or
// country named right before its possessive; nil otherwise.
func possessedSpeech(s *sentence, k int) *entity {
	toks := s.toks
	if k < 2 || toks[k].kind != tWord || toks[k].quoted || !in(speechNounForms, toks[k].lower) || toks[k-1].kind != tPoss {
		return nil
	}
	if m := mentionEndingAt(s, k-1); m != nil && !m.quoted && m.kind == mName {
		return speakerEntity(m.ent)
	}
	return nil
}

// speechNounForms are nouns of speech whose owner says the quote they
// introduce.
var speechNounForms = set("remark", "remarks", "comment", "comments", "statement", "claim", "words",
	"description", "warning", "assertion", "pledge", "promise", "accusation", "insistence", "argument")

// tellForms are the forms of "tell", whose object is the audience.
var tellForms = set("told", "tells", "tell", "telling")

// maxLongAttribution is how far after a quote its verb of saying may come
// when a relative clause or an apposition holds it off (longAttribution).
const maxLongAttribution = 30

// longAttribution returns the speaker of a quote closing at token close
// whose verb of saying at v comes more than a dozen words on: a person
// named right after the quote (after their title's capitalized words),
// then a comma opening a relative clause or an apposition that a comma
// closes right before the verb ("…,” Soler, who chairs the bloc and has
// led the talks since March, told"); nil otherwise.
func longAttribution(s *sentence, close, v int) *entity {
	toks := s.toks
	if toks[v-1].text != "," {
		return nil
	}
	for k := close + 1; k < v; k++ {
		if t := &toks[k]; t.kind == tQuote || t.quoted || t.text == ";" {
			return nil
		}
	}
	for i := range s.ments {
		m := &s.ments[i]
		if m.start <= close || m.start > close+5 || m.ent.typ != domain.Person || m.end+1 >= v {
			continue
		}
		for k := close + 1; k < m.start; k++ {
			if !isCapWord(&toks[k]) {
				return nil
			}
		}
		c := bodyOfEnd(toks, m.end)
		if toks[c].text != "," || !isClauseStart(toks, c+1) {
			return nil
		}
		return m.ent
	}
	return nil
}

// bodyOfEnd returns the end of the body a person's name is "of", right
// after it at token k ("Aino Virtanen of the Central Criminal Police
// (CCP), who leads the inquiry, told"): "of", "the", the body's name and
// an acronym in brackets; k itself when no such phrase follows.
func bodyOfEnd(toks []token, k int) int {
	if lowerAt(toks, k) != "of" {
		return k
	}
	j := k + 1
	if lowerAt(toks, j) == "the" {
		j++
	}
	if j >= len(toks) || !isCapWord(&toks[j]) {
		return k
	}
	e := runEnd(toks, j) // "the National Bureau of Investigation"

	if e+2 < len(toks) && toks[e].text == "(" && toks[e+1].upper && toks[e+2].text == ")" {
		e += 3
	}
	return min(e, len(toks)-1)
}

// attributeBefore reads the attribution before a quote opening at token
// open: "Mensah said: “…”", "Mensah warned of “…”", "calling the talks
// “…”", "…, adding the teams were “…”".
func (x *extractor) attributeBefore(s *sentence, open int, prev attribution, prevSent int) attribution {
	toks := s.toks
	for v := open - 1; v >= 0; v-- {
		if sp := possessedSpeech(s, v); sp != nil {
			// "responded to Alemu's remark that the talks were “…”"
			return attribution{speaker: sp, sent: s.idx, verb: v}
		}
		if !isSpeechVerb(toks, v) && !boundSpeech(toks, v, open) {
			continue
		}
		if appealedWordsQuote(toks, v, open) {
			// "X called on Y to retract his remark that “…”": the
			// words are the remark's, not the appeal's
			return attribution{}
		}
		var sp *entity
		switch {
		case toks[v].lower == "according":
			sp = x.speakerAfter(s, v+2)
		case passiveSpeech(toks, v):
			// "X was accused by Y of “…”": the agent, named right
			// after "by", speaks
			if lowerAt(toks, v+1) != "by" {
				return attribution{}
			}
			if m := mentionAt(s, v+2); m != nil && m.start == v+2 && !m.quoted && m.kind == mName {
				sp = speakerEntity(m.ent)
			}
			if sp == nil {
				return attribution{}
			}
		default:
			sp = x.subjectBefore(s, v, 0)
			if sp != nil && x.objectBeforeParticiple(s, sp, v) {
				// "… had suspended X, director of …, calling it “…”":
				// the participle is its clause's subject's, X the
				// object; a verb of saying before may name the speaker
				continue
			}
			if sp != nil && sp.typ != domain.Person {
				if p := x.relayingPerson(s, v); p != nil {
					sp = p
				}
			}
		}
		if sp == nil && (strings.HasSuffix(toks[v].lower, "ing") || lowerAt(toks, v-1) == "and" || lowerAt(toks, v-1) == "but") {
			// "…, adding …": the subject of the main clause, which said
			// the quote before this one or is its first person.
			if prev.speaker != nil && prevSent == s.idx {
				sp = prev.speaker
			} else if !otherClauseBefore(s.toks, v) {
				sp = firstPerson(s, v)
			}
		}
		if sp == nil && v >= 2 && toks[v-1].kind == tWord && !toks[v-1].cap && in(articles, toks[v-2].lower) {
			continue // "said in a clip shared online that": the main verb is before
		}
		if sp == nil || deniedBefore(toks, v) || x.reportedAt(s, v, sp) {
			// "X denied she had called it “…”"; "X said Y had called
			// it “…”": Y's words only as X reports them
			return attribution{}
		}
		a := attribution{speaker: sp, sent: s.idx, verb: v}
		x.findVia(s, v, &a)
		return a
	}
	return attribution{}
}

// objectBeforeParticiple reports whether the person sp, the name
// subjectBefore found for the participle at v, is named right after a
// verb of the sentence (past its title words) that does not go before
// its subject: "The ministry had suspended Peter Kamau, director of its
// procurement unit, calling the purchases “…”" — Kamau is the object of
// "suspended", and the participle belongs to the clause's subject.
// ("…, said X, calling it": X is the inverted subject of "said".)
func (x *extractor) objectBeforeParticiple(s *sentence, sp *entity, v int) bool {
	if sp.typ != domain.Person || !strings.HasSuffix(s.toks[v].lower, "ing") {
		return false
	}
	var m *mention
	for i := range s.ments {
		if s.ments[i].ent == sp && s.ments[i].end <= v && !s.ments[i].quoted {
			m = &s.ments[i]
		}
	}
	if m == nil {
		return false
	}
	j := m.start - 1
	for j >= 0 && s.toks[j].kind == tWord && isTitleWord(s.toks[j].lower) {
		j--
	}
	return j >= 0 && s.toks[j].kind == tWord && !s.toks[j].cap && !in(invertedSpeech, s.toks[j].lower) && x.parseTag(s, j) == "VERB"
}

// invertedSpeech are the verbs of saying that go before their subject
// ("…,” said X"); other verbs of saying take the name after them as
// their object ("accused X", "dismissed X", "told X").
var invertedSpeech = set("said", "says", "added", "adds", "wrote", "writes", "explained", "noted", "warned",
	"continued", "replied", "recalled", "stated", "insisted", "argued", "declared")

// otherClauseBefore reports whether a clause of its own opens between
// the start of the sentence and the participle or verb at v, after ",
// but", ", while" or ", whereas" ("X said …, but the council rejected it, saying
// “…”"): the subject of that clause, which the parse reads, speaks, not
// the sentence's first person.
func otherClauseBefore(toks []token, v int) bool {
	for k := v - 2; k > 0; k-- {
		if toks[k].quoted || toks[k].kind == tQuote {
			return false
		}
		if toks[k-1].text == "," && (toks[k].lower == "but" || toks[k].lower == "while" || toks[k].lower == "whereas") {
			// its subject a name or a noun phrase, not a verb of the
			// first clause's ("…, but declined to meet them, saying")
			return k+1 < v && (toks[k+1].cap || in(articles, toks[k+1].lower))
		}
	}
	return false
}

// relayingPerson returns the person who says, right before it, the
// clause whose verb of saying at v a body or a country is the subject of
// ("X, a spokeswoman for the ministry, said Beijing welcomed “…”"): the
// words are the person's, the state's stance reported; nil otherwise.
func (x *extractor) relayingPerson(s *sentence, v int) *entity {
	toks := s.toks
	for k := v - 1; k >= 0 && k >= v-5; k-- {
		t := &toks[k]
		if t.kind == tQuote || t.quoted || t.text == "," || t.text == ";" {
			return nil
		}
		if k < v-1 && (t.lower == "said" || t.lower == "says" || t.lower == "told") {
			if p := x.subjectBefore(s, k, 0); p != nil && p.typ == domain.Person {
				return p
			}
			return nil
		}
	}
	return nil
}

// boundSpeech reports whether token v is a verb that speaks the quote
// opening at token open only when the quote completes it a few words on,
// in the same clause: "rejected the offer as “…”", "called on Beijing to
// “…”", "called for “…”". Elsewhere these verbs govern no quote ("called
// for a ceasefire, and the minister said “…”").
func boundSpeech(toks []token, v, open int) bool {
	if v+1 >= open || toks[v].kind != tWord || toks[v].quoted {
		return false
	}
	if in(callForms, toks[v].lower) && lowerAt(toks, v+1) == "on" {
		return calledOnTo(toks, v, open)
	}
	if open-v > 8 {
		return false
	}
	for k := v + 1; k < open; k++ {
		if t := &toks[k]; t.kind == tQuote || t.text == "," || t.text == ";" || t.lower == "and" || t.lower == "but" {
			return false
		}
	}
	switch toks[v].lower {
	case "rejected", "rejects", "rejecting":
		return lowerAt(toks, open-1) == "as"
	case "called", "calling", "calls":
		return lowerAt(toks, v+1) == "for"
	}
	return false
}

var callForms = set("called", "calling", "calls")

// calledOnTo reports whether the quote opening at token open ends the
// infinitive of "called on X to …" at v, an appeal read as "urged X to
// …" is: "called on the ministry to open an inquiry “before …”", "called
// on Y to honour the deal and to avoid “…”". The "to" comes within a few
// words of "on"; no comma, semicolon, "but" or other "and" than one
// before a second "to" comes between.
func calledOnTo(toks []token, v, open int) bool {
	if open-v > 16 {
		return false
	}
	to := -1
	for k := v + 2; k < open; k++ {
		t := &toks[k]
		if t.kind == tQuote || t.quoted || t.text == "," || t.text == ";" || t.lower == "but" || t.lower == "and" && lowerAt(toks, k+1) != "to" {
			return false
		}
		if t.lower == "to" && to < 0 {
			to = k
		}
	}
	return to >= 0 && to <= v+7
}

// appealedWordsQuote reports whether the quote opening at token open is
// the content of a noun of speech ("his remark that “…”", "the comment
// “…”") in the infinitive of an appeal at v: "called on the president to
// apologise for his remark that “…”", "urged her to retract the claim
// “…”". Those words are the noun's owner's, not the appealing subject's.
func appealedWordsQuote(toks []token, v, open int) bool {
	if !in(appealVerbs, toks[v].lower) || open-v > 20 {
		return false
	}
	n := wordsNounBefore(toks, open)
	if n <= v+2 {
		return false
	}
	// the appeal's "to" within a few words of the verb, no clause of
	// its own between ("told reporters he wanted to clarify his remark
	// …" is the subject's own remark)
	for k := v + 1; k < n-1 && k <= v+7; k++ {
		if t := &toks[k]; t.kind == tQuote || t.quoted || t.text == ";" || t.lower == "that" || in(clauseSubjects, t.lower) {
			return false
		}
		if toks[k].lower == "to" {
			return true
		}
	}
	return false
}

// wordsNounBefore returns the token of a noun of words said whose
// content the quote opening at token open is, right before it after a
// possessive or a determiner ("his remark that “…”", "the comment: “…”");
// -1 for none.
func wordsNounBefore(toks []token, open int) int {
	n := open - 1
	if w := lowerAt(toks, n); w == "that" || w == ":" || w == "," {
		n--
	}
	if n < 1 || toks[n].kind != tWord || toks[n].quoted || !in(quotedWordsNouns, toks[n].lower) {
		return -1
	}
	if d := &toks[n-1]; d.kind != tPoss && !in(wordsOwnerDets, d.lower) {
		return -1
	}
	return n
}

// appealVerbs ask someone to do something: "called on X to", "urged X
// to", "asked X to", "told X to".
var appealVerbs = set("called", "calling", "calls", "urged", "urges", "urging", "asked", "asking", "asks",
	"told", "tells", "telling")

// quotedWordsNouns are nouns whose content a quote may be: "his remark
// that “…”", "the tweet “…”".
var quotedWordsNouns = setWith(speechNounForms, "claims", "statements", "descriptions", "tweet", "tweets",
	"post", "posts")

// wordsOwnerDets open the noun phrase of words someone said: "his
// remark", "the comment", "that claim".
var wordsOwnerDets = setWith(possessivePronouns, "the", "a", "this", "that", "these", "those", "my", "our", "your")

// deniedBefore reports whether the clause of the verb of saying at v is
// what a denial shortly before it denies: "X denied that she had
// described it as “…”", "X denies he called it “…”"; not "X denied the
// report and said …".
func deniedBefore(toks []token, v int) bool {
	for k := v - 1; k >= 0 && k >= v-6; k-- {
		switch toks[k].lower {
		case "denied", "denies", "deny", "denying":
			next := lowerAt(toks, k+1)
			return next == "that" || in(clauseSubjects, next)
		case "rejected", "rejects", "dismissed", "dismisses", "disputed", "disputes":
			// "X rejected claims that she had described it as “…”"
			return in(claimForms, lowerAt(toks, k+1)) && lowerAt(toks, k+2) == "that"
		}
	}
	return false
}

// claimForms are what a denial rejects: "rejected claims that …".
var claimForms = set("claims", "reports", "suggestions", "allegations", "accusations", "assertions")

// passiveSpeech reports whether the verb of saying at v is passive ("X was
// accused by Y of “…”"), where its subject is not who speaks; "X was
// quoted as saying" keeps its subject.
func passiveSpeech(toks []token, v int) bool {
	if toks[v].lower == "quoted" {
		return false
	}
	switch lowerAt(toks, v-1) {
	case "was", "were", "been", "is", "are", "be", "being":
		return strings.HasSuffix(toks[v].lower, "ed")
	}
	return false
}

// clauseSubjects are pronouns that open a clause as its subject.
var clauseSubjects = set("i", "we", "you", "he", "she", "it", "they")

// articles open a noun phrase.
var articles = set("a", "an", "the")

// gapWords may stand between a speaker and the verb: "Mensah on Tuesday
// said", "Osei was quoted", "Hamdok has since said".
var gapWords = set("on", "also", "has", "have", "had", "was", "is", "were", "later", "earlier",
	"then", "again", "previously", "recently", "already", "further", "since", "last", "this",
	"week", "morning", "evening", "night", "afternoon", "separately", "publicly", "reportedly",
	"repeatedly", "once", "even", "himself", "herself", "would", "will", "had", "in", "a", "an",
	"the", "statement", "late", "early", "been", "being", "yesterday", "today", "tonight",
	"just", "only", "still", "openly", "privately")

// subjectBefore returns the speaker that is the subject of the verb at v:
// the mention (or pronoun) right before it, across gap words, dates and
// commas around an apposition or relative clause ("Osei, who took part
// in the talks, told …"). It does not look before token floor.
func (x *extractor) subjectBefore(s *sentence, v, floor int) *entity {
	toks := s.toks
	k := v - 1
	for k >= floor {
		t := &toks[k]
		switch {
		case t.quoted || t.kind == tQuote:
			return nil
		case t.kind == tNum || in(calendarWords, t.lower) || (in(gapWords, t.lower) && !t.cap):
			k--
			continue
		case t.text == "," && k > 0 && personEndingAt(s, k) != nil && isAppositionName(s, personEndingAt(s, k)):
			// "Kamau's chief negotiator, Ola Brandt, told …": the name
			// set off by commas is the subject.
			return personEndingAt(s, k)
		case t.text == ",":
			// Skip back over ", who … ," or ", the Palace spokesman ,".
			j := k - 1
			for j >= floor && toks[j].text != "," && !toks[j].quoted && toks[j].kind != tQuote {
				j--
			}
			if j >= floor && toks[j].text == "," && j+1 < k && (isClauseStart(toks, j+1) || hasTitleWord(toks, j+1, k)) {
				// Several appositions in a row ("X, the director of the
				// Y (YY), the army's media wing, said"): go on back to
				// the comma a person's name ends at.
				if personEndingAt(s, j) == nil {
					if c := x.personBeforeComma(s, j, floor); c >= 0 {
						j = c
					}
				}
				k = j - 1
				continue
			}
			return nil
		case t.kind == tWord && in(personPronouns, t.lower):
			return x.pronoun(s, k)
		case t.kind == tWord && t.lower == "it":
			// "The union condemned what it called …": the body this
			// sentence named last
			return bodyBefore(s, k)
		case t.text == ")" && k >= 2 && toks[k-2].text == "(":
			k -= 3 // "(SF)": an acronym in brackets
			continue
		}
		break
	}
	if k < floor {
		return nil
	}
	m := mentionEndingAt(s, k+1)
	if m != nil && m.ent.typ == domain.Place && lowerAt(s.toks, m.start-1) == "in" && lowerAt(s.toks, m.start-2) == "embassy" {
		// "the Chinese embassy in Abuja said": the embassy, not the city
		k, m = m.start-2, nil
	}
	if m == nil {
		if c := governmentBefore(s, k); c != nil {
			return c
		}
		if k >= 1 && s.toks[k].lower == "embassy" && s.toks[k-1].lower == "the" {
			// "The embassy said": the one country whose embassy the
			// article named last
			return x.recentEmbassy(s, k-1)
		}
	}
	// "the Washington-based bank said", "the al Qaeda-linked group
	// said": what the description adds names no other party
	the := describedFrom(s.toks, k)
	if m == nil && the >= 0 && the < k-1 && !s.toks[k].cap && (in(bodyNouns, s.toks[k].lower) || in(orgCues, s.toks[k].lower)) {
		return x.describedSpeaker(s, the, k)
	}
	if m == nil && the >= 0 && !s.toks[k].cap && in(bodyNouns, s.toks[k].lower) {
		// "the group said": the one body named in the nearest sentence
		// that names any
		return x.recentBody(s, the)
	}
	if m == nil && the >= 0 && !s.toks[k].cap && in(orgCues, s.toks[k].lower) {
		// "the ministry said": the organization of that kind named last,
		// or the one named in apposition to the noun ("the mineworkers'
		// union, the Sindicato …")
		if e := x.recentOrg(s, the, s.toks[k].lower, 3); e != nil {
			return e
		}
		return x.recentAppositive(s.idx, s.toks[k].lower)
	}
	if m == nil && k >= 1 && s.toks[k-1].lower == "the" && !s.toks[k].cap {
		// "the spokesman said": the one person the article has given
		// that title so far ("the ombudsman said": or that style)
		if w := s.toks[k].lower; isTitleHead(w) || in(occupations, w) {
			return x.orJustBefore(x.recentTitled(s.idx, w), s, k)
		} else if in(honorifics, w) {
			return x.recentTitled(s.idx, w)
		}
	}
	if j := titlePhraseStart(s.toks, k); m == nil && j >= 0 {
		// "the foreign minister said": the one person the article named
		// right after those words
		return x.orJustBefore(x.recentTitledPhrase(s.idx, s.toks[j:k+1]), s, k)
	}
	if d := mentionEndingAt(s, k); m == nil && d != nil && d.kind == mDemonym && d.start >= 1 && s.toks[d.start-1].lower == "the" && !s.toks[k].cap && isTitleHead(s.toks[k].lower) {
		// "the Kenyan president said": the one person the article has
		// given that title and tied to that country
		return x.recentTitledOf(s.idx, s.toks[k].lower, d.ent)
	}
	if m == nil && capitalTitlePhrase(s.toks, k) {
		// "the Commission president said"
		return x.titledJustBefore(s, k)
	}
	if m == nil || m.quoted || m.kind == mDemonym {
		return nil
	}
	// "a spokesman for Prime Minister X said": X is an object.
	j := m.start - 1
	// (a mention is skipped only as the anchor of a title, "for Kenyan
	// President X", not as a title's complement, "ambassador to Japan X")
	for j >= 0 && (isTitleWord(s.toks[j].lower) || mentionEndingAt(s, j+1) != nil && s.toks[j].cap && j+1 < len(s.toks) && isTitleWord(s.toks[j+1].lower)) {
		if am := mentionEndingAt(s, j+1); am != nil && !isTitleWord(s.toks[j].lower) {
			j = am.start
		}
		j--
	}
	// "the Coastal Command of the Kenyan Army said": the branch speaks
	if lowerAt(s.toks, j) == "the" && lowerAt(s.toks, j-1) == "of" {
		if b := mentionEndingAt(s, j-1); b != nil && b.ent.parentOrg == m.ent.id {
			return speakerEntity(b.ent)
		}
	}
	// "Senator X of the Y Party said", "X of Y called it": the person
	// the body's name qualifies speaks
	o := j
	if lowerAt(s.toks, o) == "the" {
		o--
	}
	if lowerAt(s.toks, o) == "of" {
		if p := mentionEndingAt(s, o); p != nil && p.ent.typ == domain.Person && p.kind == mName && !p.quoted {
			return p.ent
		}
	}
	switch lowerAt(s.toks, j) {
	case "for", "of", "to", "by", "with", "from", "about":
		return nil
	}
	return speakerEntity(m.ent)
}

// describedFrom returns the "the" that opens the noun at token k, right
// before it or before descriptive compounds ("the Washington-based bank",
// "the al Qaeda-linked group"); -1 for none.
func describedFrom(toks []token, k int) int {
	j := k - 1
	for j > 0 && j >= k-3 && isDescriptor(&toks[j]) {
		j--
		// the rest of the compound's name: "New York-based", "al
		// Qaeda-linked"
		for n := 0; n < 2 && j > 0 && toks[j].kind == tWord && (toks[j].cap || in(connectors, toks[j].lower) && toks[j].lower != "of" && toks[j].lower != "for"); n++ {
			j--
		}
	}
	if j >= 0 && toks[j].lower == "the" {
		return j
	}
	return -1
}

// describedSpeaker returns the body "the Washington-based bank" (tokens
// the..k) stands for: of the bodies of that kind named before it in this
// sentence or the few before ("the bank": a bank; "the group": any body
// but a news agency), the one whose seat agrees with the seat the
// description names, or else the one whose seat does not deny it. It is
// nil when the seat cannot choose between several: "The World Bank cut
// its forecast. The Bank of Ghana held its rate. … the Washington-based
// bank said" is the World Bank's, and nobody's had the description no
// seat to go by.
func (x *extractor) describedSpeaker(s *sentence, the, k int) *entity {
	noun, back := s.toks[k].lower, 3
	kind := func(o *entity) bool { return strings.EqualFold(headWord(o.name), noun) }
	if in(bodyNouns, noun) {
		back = 2
		kind = func(o *entity) bool { return !slices.Contains(x.agencies, o) }
	}
	seat := x.describedSeat(s, the, k)
	var agree, open []*entity
	for si := max(0, s.idx-back); si <= s.idx; si++ {
		for i := range x.sents[si].ments {
			m := &x.sents[si].ments[i]
			o := m.ent
			if si == s.idx && m.start >= the || m.quoted || o.typ != domain.Organization || !kind(o) ||
				slices.Contains(agree, o) || slices.Contains(open, o) {
				continue
			}
			switch x.seatAgrees(o, seat, s.idx) {
			case 1:
				agree = append(agree, o)
			case 0:
				open = append(open, o)
			}
		}
	}
	// (one whose seat agrees outranks those whose seat is unknown)
	if len(agree) == 1 {
		return agree[0]
	}
	if len(agree) == 0 && len(open) == 1 {
		return open[0]
	}
	return nil
}

// describedSeat returns the place a seat's description between tokens
// from and to names ("Washington-based", "New York-based"), as the
// gazetteer knows it; nil for none.
func (x *extractor) describedSeat(s *sentence, from, to int) *entity {
	for j := max(from, 0); j < to && j < len(s.toks); j++ {
		t := &s.toks[j]
		if !isDescriptor(t) || !strings.HasSuffix(t.lower, "-based") {
			continue
		}
		name := t.text[:strings.LastIndexByte(t.text, '-')]
		// the longest name the words before complete: "New York-based"
		i := j
		for i > max(from, 0) && j-i < 2 && isCapWord(&s.toks[i-1]) {
			i--
		}
		for ; i <= j; i++ {
			n := name
			for w := j - 1; w >= i; w-- {
				n = s.toks[w].text + " " + n
			}
			if c, ok := x.country(n); ok {
				return &entity{typ: domain.Country, name: c}
			}
			if len(x.lookupPlace(n)) > 0 {
				return &entity{typ: domain.Place, name: n}
			}
		}
	}
	return nil
}

// seatAgrees compares the seat of body o the article states before
// sentence si, or its name holds, with place p: 1 when one lies in the
// other, -1 when they lie apart, 0 when p is nil or nothing is known.
func (x *extractor) seatAgrees(o, p *entity, si int) int {
	if p == nil {
		return 0
	}
	verdict := 0
	for _, c := range x.seatsOf(o, si) {
		switch x.placesMeet(p, c) {
		case 1:
			return 1
		case -1:
			verdict = -1
		}
	}
	return verdict
}

// seatsOf returns the places the article says body o sits in before
// sentence si (based_in, located_in, part_of; "the Paris-based X"; "X,
// the Paris-based agency") and the countries its name names ("Bank of
// Ghana", "Kenyan Red Cross").
func (x *extractor) seatsOf(o *entity, si int) []*entity {
	var seats []*entity
	for _, f := range x.facts {
		if f.Subject == o.id && f.Sentence < si && (f.Predicate == domain.BasedIn || f.Predicate == domain.LocatedIn || f.Predicate == domain.PartOf) {
			if c := x.byID[f.Object]; c != nil {
				seats = append(seats, c)
			}
		}
	}
	for i := 0; i <= si && i < len(x.sents); i++ {
		s := &x.sents[i]
		for _, m := range s.ments {
			if m.ent != o {
				continue
			}
			if c := x.describedSeat(s, m.start-1, m.start); c != nil {
				seats = append(seats, c) // "the Paris-based International Energy Agency"
			}
			if lowerAt(s.toks, m.end) == "," && (lowerAt(s.toks, m.end+1) == "the" || lowerAt(s.toks, m.end+1) == "a") {
				if c := x.describedSeat(s, m.end+2, m.end+5); c != nil {
					seats = append(seats, c) // "X, the Paris-based agency,"
				}
			}
		}
	}
	for _, w := range strings.Fields(o.name) {
		c, ok := x.country(w)
		if !ok {
			c, ok = x.demonym(w)
		}
		if ok {
			seats = append(seats, &entity{typ: domain.Country, name: c}) // (no entity of the article)
		}
	}
	return seats
}

// placesMeet reports whether places a and b (places or countries) meet: 1
// when they are one or the gazetteer puts one in the other, -1 when it
// puts them in different countries, 0 when it cannot tell.
func (x *extractor) placesMeet(a, b *entity) int {
	if a.typ == b.typ && a.name == b.name {
		return 1
	}
	countries := func(e *entity) []string {
		if e.typ == domain.Country {
			return []string{e.name}
		}
		var cs []string
		for _, en := range x.lookupPlace(e.name) {
			cs = append(cs, en.Country)
		}
		return cs
	}
	ca, cb := countries(a), countries(b)
	if len(ca) == 0 || len(cb) == 0 {
		return 0
	}
	for _, c := range ca {
		if slices.Contains(cb, c) {
			if a.typ == domain.Country || b.typ == domain.Country {
				return 1 // "Accra-based" and the Bank of Ghana
			}
			return 0 // two towns of one country
		}
	}
	return -1
}

// isDescriptor reports whether t is a compound that describes a body by
// its seat, sponsor or owner: "Washington-based", "Qaeda-linked",
// "state-run", "Iran-backed".
func isDescriptor(t *token) bool {
	i := strings.LastIndexByte(t.lower, '-')
	return t.kind == tWord && i > 0 && in(descriptorEnds, t.lower[i+1:])
}

// descriptorEnds end the compounds isDescriptor reads (basedModifier and
// ledCompound in resolve.go test a few of them for their own callers).
var descriptorEnds = set("based", "linked", "backed", "led", "run", "owned", "aligned", "affiliated", "allied", "funded")

// governmentBefore returns the country whose government token k names:
// "the Kenyan government", "Kenya's military government", "China's
// foreign ministry"; nil otherwise.
func governmentBefore(s *sentence, k int) *entity {
	toks := s.toks
	ministry := toks[k].lower == "ministry"
	if toks[k].kind != tWord || toks[k].cap || !in(governmentNouns, toks[k].lower) && !ministry {
		return nil
	}
	j := k - 1
	for j >= 0 && j >= k-2 && toks[j].kind == tWord && !toks[j].cap && (in(governmentKinds, toks[j].lower) || ministry && in(ministryPortfolios, toks[j].lower)) {
		j--
	}
	if ministry && j == k-1 {
		return nil // "China's ministry" names no portfolio: which body is not said
	}
	if j >= 0 && toks[j].kind == tPoss {
		j--
	}
	if m := mentionEndingAt(s, j+1); m != nil && !m.quoted && m.ent.typ == domain.Country {
		return m.ent
	}
	return nil
}

// recentEmbassy returns the country whose embassy ("the Chinese
// embassy", "China's embassy in Abuja") sentence s names before token k,
// or else the nearest of the three sentences before that names one; nil
// for none, or for two countries' there.
func (x *extractor) recentEmbassy(s *sentence, k int) *entity {
	for si := s.idx; si >= 0 && si >= s.idx-3; si-- {
		var found *entity
		t := &x.sents[si]
		for j := range t.toks {
			if si == s.idx && j >= k {
				break
			}
			if t.toks[j].lower != "embassy" {
				continue
			}
			c := governmentBefore(t, j)
			if c == nil && (j > 0 && in(pronounOwners, t.toks[j-1].lower) || j > 1 && t.toks[j-1].is("own") && in(pronounOwners, t.toks[j-2].lower)) {
				return nil // "Sudan asked Kenya to protect its embassy": whose is not read here
			}
			if c != nil && found != nil && c != found {
				return nil
			}
			if c != nil {
				found = c
			}
		}
		if found != nil {
			return found
		}
	}
	return nil
}

// pronounOwners are the possessive pronouns a body's embassy or mission
// may be named with: "its embassy", "their embassies".
var pronounOwners = set("its", "their", "our")

// ministryPortfolios name a ministry in lower case after its country:
// "China's foreign ministry said", "the Kyrgyz defence ministry said" (the
// country speaks, as through its government).
var ministryPortfolios = set("foreign", "affairs", "defence", "defense", "interior", "finance", "trade", "economy",
	"justice", "health", "energy", "home", "communications", "information")

// governmentKinds qualify a government without naming another body:
// "Mali's military government", "the Kenyan interim government".
var governmentKinds = set("military", "interim", "transitional", "federal", "national", "caretaker", "new")

// personBeforeComma returns the comma, at most two commas back from the
// one at c, right after a person's name, each piece between them opening
// an apposition; -1 if there is none.
func (x *extractor) personBeforeComma(s *sentence, c, floor int) int {
	toks := s.toks
	for hops := 0; hops < 2; hops++ {
		j := c - 1
		for j >= floor && toks[j].text != "," && !toks[j].quoted && toks[j].kind != tQuote {
			j--
		}
		if j < floor || toks[j].text != "," || !isClauseStart(toks, j+1) {
			return -1
		}
		if personEndingAt(s, j) != nil {
			return j
		}
		c = j
	}
	return -1
}

// skipRanks returns where the ranks and honorifics right before token k
// start: "Gen." in ", Gen. Ali X".
func skipRanks(toks []token, k int) int {
	for k > 0 && toks[k-1].kind == tWord && in(honorifics, toks[k-1].lower) && !isTitleHead(toks[k-1].lower) {
		k--
	}
	return k
}

// personEndingAt returns the person whose mention ends at token end.
func personEndingAt(s *sentence, end int) *entity {
	if m := mentionEndingAt(s, end); m != nil && m.ent.typ == domain.Person && !m.quoted {
		return m.ent
	}
	return nil
}

// isAppositionName reports whether the person mention ending before the
// comma is itself set off by a comma after a title: "…'s envoy, Ola Brandt,".
func isAppositionName(s *sentence, e *entity) bool {
	for i := range s.ments {
		m := &s.ments[i]
		k := skipRanks(s.toks, m.start)
		// (and the name's own capitalized title: "Its leader, Rep. X,")
		for k > 0 && s.toks[k-1].cap && isTitleWord(s.toks[k-1].lower) {
			k = skipRanks(s.toks, k-1)
		}
		if m.ent != e || k < 2 || s.toks[k-1].text != "," {
			continue
		}
		// "…'s envoy, X," or "the envoy for Yemen, X,": a title ends the
		// piece before the comma, or opens its complement or the place
		// it is held in ("Its spokesman in Congress, X,")
		for j := k - 2; j >= 0 && j >= k-7 && s.toks[j].text != ","; j-- {
			if isTitleHead(s.toks[j].lower) || in(occupations, s.toks[j].lower) {
				return true
			}
			if j < k-2 && !in(complementPreps, s.toks[j].lower) && s.toks[j].lower != "in" && s.toks[j].kind == tWord && !s.toks[j].cap && !s.toks[j].is("the") && !isTitleWord(s.toks[j].lower) {
				break
			}
		}
	}
	return false
}

// firstSpeakerBetween returns the first person named in tokens [from, to)
// outside quotes, unless a preposition comes before the name: in "a
// spokesman for Prime Minister X said", X is not the speaker.
func firstSpeakerBetween(s *sentence, from, to int) *entity {
	for i := range s.ments {
		m := &s.ments[i]
		if m.start < from || m.end > to || m.quoted {
			continue
		}
		for k := from; k < m.start; k++ {
			switch s.toks[k].lower {
			case "for", "of", "to", "by", "with", "from", "about", "on":
				return nil
			}
		}
		if m.end < to && s.toks[m.end].kind == tPoss {
			continue // "Asante's spokesman said": the possessor does not speak
		}
		if relativeBetween(s.toks, from, m.start) {
			continue // "Asante's aide, who replaced X last year, said"
		}
		if m.ent.typ == domain.Person {
			return m.ent
		}
	}
	return nil
}

// recentOrg returns the organization named last before token k of s (in
// this or the back sentences before) whose name ends with the cue word:
// "the ministry" for "Lebanon's Health Ministry". Two candidates in the
// same sentence make it unclear.
func (x *extractor) recentOrg(s *sentence, k int, cue string, back int) *entity {
	return x.recentOrgWhere(s, k, back, func(o *entity) bool { return strings.EqualFold(headWord(o.name), cue) })
}

// recentOrgWhere returns the one organization that match accepts named
// before token k of sentence s, or else in the nearest of the back
// sentences before that names one; nil for none or several there.
func (x *extractor) recentOrgWhere(s *sentence, k, back int, match func(*entity) bool) *entity {
	return x.recentWhere(s, k, back, func(e *entity) bool { return e.typ == domain.Organization && match(e) })
}

// recentWhere returns the one entity that match accepts named before
// token k of sentence s, or else in the nearest of the back sentences
// before that names one; nil for none or several there.
func (x *extractor) recentWhere(s *sentence, k, back int, match func(*entity) bool) *entity {
	for si := s.idx; si >= 0 && si >= s.idx-back; si-- {
		var found *entity
		for i := range x.sents[si].ments {
			m := &x.sents[si].ments[i]
			if si == s.idx && m.start >= k || m.quoted || !match(m.ent) {
				continue
			}
			if found != nil && found != m.ent {
				return nil
			}
			found = m.ent
		}
		if found != nil {
			return found
		}
	}
	return nil
}

// headWord returns the noun that heads an organization's name: its last
// word, or the word before its first complement ("Department of
// Transportation", "Office for the Coordination of Humanitarian
// Affairs", "Mission in Colombia").
func headWord(name string) string {
	cut := len(name)
	for _, p := range nameComplements {
		if i := strings.Index(name, p); i > 0 && i < cut {
			cut = i
		}
	}
	return lastWord(name[:cut])
}

// nameComplements start the complement of an organization's head noun.
var nameComplements = []string{" of ", " for ", " on ", " in "}

// recentTitled returns the one person the article describes, by
// sentence si, with the title noun: a title it states ("Foreign Ministry
// spokesman") or a title noun the parse attaches to the name ("the
// ministry's spokesman, X"); nil when there is none or several.
func (x *extractor) recentTitled(si int, noun string) *entity {
	var found *entity
	add := func(e *entity) bool {
		if e == nil || e.typ != domain.Person {
			return true
		}
		if found != nil && found != e {
			return false
		}
		found = e
		return true
	}
	nouns := []string{noun}
	if noun == "judge" {
		nouns = append(nouns, "justice") // "Justice X … the judge said"
	}
	for _, f := range x.facts {
		if f.Predicate == domain.Title && f.Sentence <= si && slices.Contains(nouns, lastWord(f.Object)) && !add(x.byID[f.Subject]) {
			return nil
		}
	}
	for i := 0; x.annot != nil && i <= si && i < len(x.annot.Sentences); i++ {
		for _, n := range nouns {
			for _, k := range titledNames(&x.annot.Sentences[i], n) {
				if !add(x.entityAtToken(i, k)) {
					return nil
				}
			}
		}
	}
	for i := 0; i <= si && i < len(x.sents); i++ {
		// (the words alone, where the parse made the title and the name
		// two subjects)
		for _, e := range appositivePersons(&x.sents[i], noun) {
			if !add(e) {
				return nil
			}
		}
	}
	return found
}

// appositivePersons returns the people s names in apposition to the
// lower-case title noun, by the words alone: right after it and a comma
// ("Peru's ombudsman, Ana Soler, urged …"), or right before a comma and
// the article or possessor that opens it ("Ana Soler, the bloc's envoy
// on Laos, said …").
func appositivePersons(s *sentence, noun string) []*entity {
	toks := s.toks
	var out []*entity
	for k := range toks {
		if toks[k].lower != noun || toks[k].cap || toks[k].quoted || k+1 < len(toks) && toks[k+1].kind == tPoss {
			continue // (not "Ana Soler, the ombudsman's deputy")
		}
		// back over "the bloc's", "Kenya's special", "a senior" to the comma
		j := k - 1
		for j >= 0 && j >= k-5 && (toks[j].kind == tWord || toks[j].kind == tPoss) && !toks[j].quoted && (toks[j].kind == tPoss || in(articles, toks[j].lower) || !in(functionWords, toks[j].lower)) {
			j--
		}
		// forward: the noun's phrase opens the sentence or follows a
		// comma, starts with an article or a named possessor, and a
		// comma closes the name ("Peru's ombudsman, X, urged"; not
		// "After a meeting with the envoy, X told …" nor "Thanking the
		// mediator, X promised …")
		if k+2 < len(toks) && toks[k+1].text == "," && (j < 0 || toks[j].text == ",") && j+1 < k &&
			(in(articles, toks[j+1].lower) || toks[j+1].cap && j+2 < k && toks[j+2].kind == tPoss) {
			if m := mentionAt(s, k+2); m != nil && m.start == k+2 && m.end < len(toks) && toks[m.end].text == "," && !m.quoted && m.kind == mName && m.ent.typ == domain.Person {
				out = append(out, m.ent)
			}
		}
		if j < 1 || j == k-1 || toks[j].text != "," || !(in(articles, toks[j+1].lower) || toks[j+1].cap && j+2 < k && toks[j+2].kind == tPoss) {
			continue
		}
		if slices.ContainsFunc(toks[j+1:k], func(t token) bool { return in(pastMarkers, t.lower) }) {
			continue // a former holder ("X, a former envoy to …")
		}
		if p := personEndingAt(s, j); p != nil {
			out = append(out, p)
		}
	}
	return out
}

// recentAppositive returns the one organization the article names, by
// sentence si, in apposition to the noun ("the mineworkers' union, the
// Sindicato Unificado …" for "the union said"); nil for none or several.
func (x *extractor) recentAppositive(si int, noun string) *entity {
	var found *entity
	for i := 0; i <= si && i < len(x.sents); i++ {
		var es []*entity
		if x.annot != nil && i < len(x.annot.Sentences) {
			for _, k := range titledNames(&x.annot.Sentences[i], noun) {
				es = append(es, x.entityAtToken(i, k))
			}
		}
		// (the words alone, where the parse hung the name elsewhere)
		es = append(es, appositiveOrg(&x.sents[i], noun))
		for _, e := range es {
			if e == nil || e.typ != domain.Organization {
				continue
			}
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

// appositiveOrg returns the organization named right after the lower-case
// noun, a comma and an article in s ("the mineworkers' union, the
// Sindicato …"); nil for none.
func appositiveOrg(s *sentence, noun string) *entity {
	toks := s.toks
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].lower != noun || toks[k].cap || toks[k].quoted || toks[k+1].text != "," {
			continue
		}
		j := k + 2
		if in(articles, toks[j].lower) {
			j++
		}
		if m := mentionAt(s, j); m != nil && m.start == j && !m.quoted && m.kind == mName && m.ent.typ == domain.Organization {
			return m.ent
		}
	}
	return nil
}

// titlePhraseStart returns where the words of a title start when token
// k ends one and the lower-case words before it follow "the" ("the
// foreign minister", "the opposition leader"); -1 otherwise, or with one
// word only, which recentTitled reads.
func titlePhraseStart(toks []token, k int) int {
	if toks[k].kind != tWord || toks[k].cap || !isTitleHead(toks[k].lower) {
		return -1
	}
	j := k - 1
	for j >= 0 && j >= k-3 && toks[j].kind == tWord && !toks[j].cap && !toks[j].quoted && !in(articles, toks[j].lower) && !in(functionWords, toks[j].lower) {
		j--
	}
	if j < 0 || j == k-1 || toks[j].lower != "the" {
		return -1
	}
	return j + 1
}

// recentTitledPhrase returns the one person the article names, by
// sentence si, right after the title words ("Foreign Minister Ana Soler"
// for "the foreign minister"), or after them and a comma; nil for none or
// several.
func (x *extractor) recentTitledPhrase(si int, words []token) *entity {
	var found *entity
	for i := 0; i <= si; i++ {
		toks := x.sents[i].toks
		for j := 0; j+len(words) < len(toks); j++ {
			if !sameWords(toks[j:j+len(words)], words) {
				continue
			}
			at := j + len(words)
			if toks[at].text == "," {
				at++
			}
			m := mentionAt(&x.sents[i], at)
			if m == nil || m.start != at || m.quoted || m.ent.typ != domain.Person {
				continue
			}
			if found != nil && found != m.ent {
				return nil
			}
			found = m.ent
		}
	}
	return found
}

// titledJustBefore returns who "the minister", "the rebel leader" (a
// title noun at token k, before a verb of speech) stands for when the
// article's titles alone cannot tell: the one person named in the
// sentence before, or in this one before k, whose title ends with the
// noun or who holds the role the noun gives ("Ana Soler, the
// Foreign Minister, met X … 'It went well,' the minister said"), and
// whose title or body has every word before the noun (titleWordsFit);
// nil for none or several.
func (x *extractor) titledJustBefore(s *sentence, k int) *entity {
	noun := s.toks[k].lower
	mods := titleModifierWords(s.toks, k)
	var found *entity
	look := func(ps *sentence, to int) bool {
		for _, m := range ps.ments {
			if m.start >= to || m.quoted || m.ent.typ != domain.Person || m.ent == found {
				continue
			}
			if held, words, orgWords := x.titleEvidence(m.ent, noun, s.idx); !held || !titleWordsFit(mods, words, orgWords) {
				continue
			}
			if found != nil {
				return false
			}
			found = m.ent
		}
		return true
	}
	if s.idx == 0 || !look(&x.sents[s.idx-1], len(x.sents[s.idx-1].toks)) || !look(s, k) {
		return nil
	}
	return found
}

// orJustBefore returns e, the person a title at token k was read as,
// or, for none, the one titledJustBefore finds.
func (x *extractor) orJustBefore(e *entity, s *sentence, k int) *entity {
	if e != nil {
		return e
	}
	return x.titledJustBefore(s, k)
}

// titleEvidence reports whether the article has, by sentence si, given
// person e a title whose head is noun ("Foreign Minister", "Minister of
// Finance"), or, for a noun that names no office of its own ("leader",
// "head"), any title of the role it gives over an organization, not a
// place (a mayor is no "rebel leader"): "its chairman, X … the rebel
// leader said". It returns too the words of e's titles with the last
// word of the name of each organization e heads or belongs to ("the
// union leader" of the Harbour Workers Union, not of the African Union
// Commission), and all the words of those names (orgWords).
func (x *extractor) titleEvidence(e *entity, noun string, si int) (bool, []string, []string) {
	role, ok := titleHeads[noun]
	generic := ok && in(anyOfficeHeads, noun)
	held := false
	var words, orgWords []string
	addOrg := func(name string) {
		ws := strings.Fields(strings.ToLower(name))
		if len(ws) > 0 {
			words = append(words, ws[len(ws)-1])
		}
		orgWords = append(orgWords, ws...)
	}
	for _, f := range x.facts {
		if f.Sentence > si || !sameBearer(x.byID[f.Subject], e) {
			continue
		}
		org := x.byID[f.Object]
		if org != nil && org.typ != domain.Organization {
			org = nil
		}
		if f.Predicate == domain.Title && headWord(f.Object) == noun || generic && f.Predicate == role && org != nil {
			held = true
		}
		switch {
		case f.Predicate == domain.Title:
			words = append(words, strings.Fields(strings.ToLower(f.Object))...)
		case (f.Predicate == domain.HeadOf || f.Predicate == domain.MemberOf) && org != nil:
			addOrg(org.name)
		}
	}
	for i := 0; x.annot != nil && i <= si && i < len(x.annot.Sentences); i++ {
		ds := &x.annot.Sentences[i]
		for t, tok := range ds.Tokens {
			w := strings.ToLower(tok.Form)
			if r, ok := titleHeads[w]; !ok || w != noun && !(generic && r == role) {
				continue
			}
			for _, c := range titledNames(ds, w) {
				if !sameBearer(x.entityAtToken(i, c), e) {
					continue
				}
				org := x.titleBody(i, t)
				if w == noun || org != nil {
					held = true
					words = append(words, w)
				}
				if org != nil {
					addOrg(org.name)
				}
			}
		}
	}
	return held, words, orgWords
}

// titleBody returns the organization the title at token t of parsed
// sentence si is of: its "of" complement or its possessor ("chairman of
// the Liberation Front", "the Front's chairman"), or, for "its chairman",
// the one organization the sentence names before the title; nil if none.
func (x *extractor) titleBody(si, t int) *entity {
	ds := &x.annot.Sentences[si]
	for c, ct := range ds.Tokens {
		if ct.Head != t || !strings.HasPrefix(ct.Deprel, "nmod") {
			continue
		}
		if l := strings.ToLower(ct.Form); ct.Deprel == "nmod:poss" && (l == "its" || l == "their") {
			var one *entity
			for k := 0; k < t; k++ {
				if o := x.entityAtToken(si, k); o != nil && o.typ == domain.Organization && o != one {
					if one != nil {
						return nil
					}
					one = o
				}
			}
			return one
		}
		if o := x.entityAtToken(si, c); o != nil && o.typ == domain.Organization {
			return o
		}
	}
	return nil
}

// titleModifierWords returns the words between "the" and the title noun
// at token k ("rebel" of "the rebel leader", "Commission" of "the
// Commission president"); none for a bare "the minister".
func titleModifierWords(toks []token, k int) []string {
	j := k - 1
	for j >= 0 && j >= k-3 && toks[j].kind == tWord && toks[j].lower != "the" && !toks[j].quoted && !in(functionWords, toks[j].lower) {
		j--
	}
	if j < 0 || toks[j].lower != "the" {
		return nil
	}
	var mods []string
	for _, t := range toks[j+1 : k] {
		mods = append(mods, t.lower)
	}
	return mods
}

// titleWordsFit reports whether each of the words mods before a title
// noun is one of words (a person's titles and the last words of the
// names of their bodies) or, for a word of an armed group's kind
// ("rebel"), a name of theirs has a word of one in orgWords ("Liberation
// Front"): "the union leader" is no carmaker's chief executive, nor the
// African Union Commission's chairwoman; "the shadow minister" no
// Interior Minister.
func titleWordsFit(mods, words, orgWords []string) bool {
	for _, m := range mods {
		ok := slices.Contains(words, m)
		for _, w := range orgWords {
			ok = ok || in(armedGroupModifiers, m) && in(armedGroupNameWords, w)
		}
		if !ok {
			return false
		}
	}
	return true
}

// armedGroupModifiers call the head of an armed group by its kind ("the
// rebel leader"), which armedGroupNameWords in its name tell (not
// "Army" or "Forces", which a state's armed forces have: "the commander
// of the Sudanese Army" is no rebel leader).
var armedGroupModifiers = set("rebel", "militia", "insurgent", "guerrilla")
var armedGroupNameWords = set("front", "movement", "movements", "liberation", "militia", "rebels", "resistance")

// sameBearer reports whether a is person b, or b's full name of which b
// is the end ("Thomas Wani Lado" for a later "Wani Lado").
func sameBearer(a, b *entity) bool {
	return a != nil && b != nil && (a == b || a.typ == domain.Person && b.typ == domain.Person && strings.HasSuffix(a.name, " "+b.name))
}

// anyOfficeHeads name whoever heads a body, whatever the office is called.
var anyOfficeHeads = set("leader", "head", "chief")

// capitalTitlePhrase reports whether token k, a lower-case title noun,
// follows "the" and one or two capitalized words naming what the title
// is of ("the Commission president", "the Kenya Police chief").
func capitalTitlePhrase(toks []token, k int) bool {
	if toks[k].kind != tWord || toks[k].cap || !isTitleHead(toks[k].lower) {
		return false
	}
	for n := 1; n <= 2; n++ {
		j := k - n
		if j < 1 || toks[j].kind != tWord || !toks[j].cap || toks[j].quoted {
			return false
		}
		if toks[j-1].lower == "the" && !toks[j-1].quoted {
			return true
		}
	}
	return false
}

// sameWords reports whether a and b are the same words, ignoring case.
func sameWords(a, b []token) bool {
	for i := range a {
		if a[i].lower != b[i].lower {
			return false
		}
	}
	return true
}

// recentTitledOf returns the one person the article has given, by
// sentence si, a title ending with the noun and any fact tying them to
// the country ("Kenyan President X", president_of Kenya); nil for none or
// several.
func (x *extractor) recentTitledOf(si int, noun string, country *entity) *entity {
	var found *entity
	for _, f := range x.facts {
		if f.Predicate != domain.Title || f.Sentence > si || lastWord(f.Object) != noun {
			continue
		}
		p := x.byID[f.Subject]
		if p == nil || p.typ != domain.Person || p == found || !x.tiedTo(p, country) {
			continue
		}
		if found != nil {
			return nil
		}
		found = p
	}
	return found
}

// tiedTo reports whether a fact links person p to country c.
func (x *extractor) tiedTo(p, c *entity) bool {
	return slices.ContainsFunc(x.facts, func(f domain.Fact) bool { return f.Subject == p.id && f.Object == c.id })
}

// titledNames returns the tokens of ds that a title noun describes: its
// apposition ("spokesman, X") or the name it modifies ("spokesman X").
func titledNames(ds *doc.Sentence, noun string) []int {
	var out []int
	for t, tok := range ds.Tokens {
		if !strings.EqualFold(tok.Form, noun) {
			continue
		}
		for c, ct := range ds.Tokens {
			// (the name "flat" under a title the parser made its head:
			// "Justice Ana Soler")
			if ct.Head == t && (ct.Deprel == "appos" || ct.Deprel == "flat" && c == t+1) {
				out = append(out, c)
			}
		}
		if r := tok.Deprel; (r == "appos" || r == "nmod:desc" || r == "compound") && tok.Head > t {
			out = append(out, tok.Head)
		}
	}
	return out
}

// hasTitleWord reports whether tokens [from, to) hold a title word: an
// apposition without an article, "X, foreign policy adviser to Y, said".
// A rank before a word in lower case is an adjective ("threatened a
// general strike", "a major blow"), not a title.
func hasTitleWord(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		t := &toks[k]
		if t.kind != tWord || t.cap {
			continue
		}
		if isTitleHead(t.lower) || in(honorifics, t.lower) && !(k+1 < to && toks[k+1].kind == tWord && !toks[k+1].cap) {
			return true
		}
	}
	return false
}

// bodyNouns stand for an armed group or movement named before: "the group
// said", "the movement said".
var bodyNouns = set("group", "movement", "militia", "rebels", "organization", "organisation", "insurgents")

// recentBody returns the organization "the group" refers to: the only one
// (not a news agency) named before token k in this sentence, or else in
// the nearest of the two sentences before that names any.
func (x *extractor) recentBody(s *sentence, k int) *entity {
	for si := s.idx; si >= 0 && si >= s.idx-2; si-- {
		var found *entity
		n := 0
		for i := range x.sents[si].ments {
			m := &x.sents[si].ments[i]
			if si == s.idx && m.start >= k || m.ent.typ != domain.Organization || m.quoted || slices.Contains(x.agencies, m.ent) {
				continue
			}
			if found != m.ent {
				n++
				found = m.ent
			}
		}
		if n == 1 {
			return found
		}
		if n > 1 {
			return nil
		}
	}
	return nil
}

// isClauseStart reports whether token k opens an apposition or relative
// clause: "who", "which", "the", "a", a possessive name.
func isClauseStart(toks []token, k int) bool {
	switch toks[k].lower {
	case "who", "which", "whose", "the", "a", "an", "its", "his", "her", "their":
		return true
	}
	// "X, speaking to reporters in Oslo, said"
	if t := &toks[k]; t.kind == tWord && !t.cap && len(t.lower) > 5 && strings.HasSuffix(t.lower, "ing") {
		return true
	}
	return isCapWord(&toks[k]) || toks[k].kind == tNum // "Kamau, 45, said"
}

// speakerAfter returns the speaker named right after token k: the first
// person within a few words, else an organization or country ("said
// Palace spokesman Kofi Mensah", "according to the Ethiopian air
// force").
func (x *extractor) speakerAfter(s *sentence, k int) *entity {
	var other *entity
	for i := range s.ments {
		m := &s.ments[i]
		if m.start < k || m.start > k+6 || m.quoted || m.kind == mDemonym {
			continue
		}
		if m.start > k && in(venuePreps, lowerAt(s.toks, articleStart(s.toks, m.start)-1)) {
			continue // "“…,” the embassy said on X": where, not who
		}
		if m.end < len(s.toks) && s.toks[m.end].kind == tPoss {
			continue // "said Pacheco's lawyer, Julio Mendoza": the lawyer speaks
		}
		if relativeBetween(s.toks, k, m.start) {
			continue // "said Platt's deputy, who replaced Mary Lowe": not the speaker
		}
		if m.ent.typ == domain.Person {
			return m.ent
		}
		if other == nil && (m.ent.typ == domain.Organization || m.ent.typ == domain.Country) {
			other = m.ent
		}
	}
	// Only take the organization when no person follows it within the
	// window ("said Palace spokesman …" is about the person).
	return other
}

// relativeBetween reports whether a relative pronoun stands in tokens
// [from, to): a name past it is in a clause about someone before it.
func relativeBetween(toks []token, from, to int) bool {
	for k := max(from, 0); k < to && k < len(toks); k++ {
		if toks[k].kind == tWord && !toks[k].quoted && (in(relativePronouns, toks[k].lower) || toks[k].lower == "whose") {
			return true
		}
	}
	return false
}

// venuePreps put a name after a verb of saying as where or to whom the
// words were said, not who said them: "said on X", "said in Geneva",
// "said at the United Nations", "told to Reuters".
var venuePreps = set("on", "in", "at", "to", "with", "via", "during", "outside", "near", "inside")

// articleStart returns where the noun phrase of the name at token k
// starts: k, or the article right before it ("the United Nations").
func articleStart(toks []token, k int) int {
	if k > 0 && in(articles, toks[k-1].lower) {
		return k - 1
	}
	return k
}

// speakerEntity returns e if it can speak.
func speakerEntity(e *entity) *entity {
	switch e.typ {
	case domain.Person, domain.Organization, domain.Country:
		return e
	}
	return nil
}

// firstPerson returns the first person named outside quotes before token v.
func firstPerson(s *sentence, v int) *entity {
	for i := range s.ments {
		m := &s.ments[i]
		if m.start < v && !m.quoted && m.ent.typ == domain.Person {
			return m.ent
		}
	}
	return nil
}

// pronoun resolves "he" or "she" at token k of s to the most recent person
// the pronoun can stand for (a "she" is not a spokesman): the last speaker
// or the subject of the latest sentence, whichever is nearer. In a
// sentence, whoever speaks in it (the subject of its verb of saying) goes
// before the first person it names.
func (x *extractor) pronoun(s *sentence, k int) *entity {
	return x.pronounDepth(s, k, 0)
}

func (x *extractor) pronounDepth(s *sentence, k int, depth int) *entity {
	g := s.toks[k].lower
	if j := earlierSubjectPronoun(s.toks, k); j >= 0 && depth < 2 {
		// "He thanked Bekturov, who he said had offered …": the same
		// "he" as before, not the person named between them
		return x.pronounDepth(s, j, depth+1)
	}
	switch g { // "his office", "her minister"
	case "his", "him":
		g = "he"
	case "her":
		g = "she"
	}
	if p := x.sentencePersonDepth(s, k, g, depth); p != nil {
		return p
	}
	if p := x.titledSubject(s); p != nil && fits(p, g) {
		return p
	}
	var subj *entity
	subjSent := -1
	for i := s.idx - 1; i >= 0 && i >= s.idx-4; i-- {
		if p := x.sentencePersonDepth(&x.sents[i], len(x.sents[i].toks), g, depth); p != nil {
			subj, subjSent = p, i
			break
		}
	}
	if x.lastSpeaker != nil && x.lastSpeakerSent >= subjSent && s.idx-x.lastSpeakerSent <= 4 && fits(x.lastSpeaker, g) {
		return x.lastSpeaker
	}
	if subj == nil && depth == 0 {
		// no cue in the last sentences: the trained coreference model
		if p := x.corefPerson(s, k); p != nil && fits(p, g) {
			return p
		}
	}
	return subj
}

// titledSubject returns the person a sentence that opens with "the" and
// a title as its subject stands for ("The minister rejected the offer,
// which he called “…”"): the one person the article has given that
// title so far; nil otherwise. A pronoun later in that sentence is that
// person before anyone named in the sentences before.
func (x *extractor) titledSubject(s *sentence) *entity {
	toks := s.toks
	if len(toks) < 3 || !toks[0].is("the") {
		return nil
	}
	k := 1
	if toks[k].kind == tWord && !toks[k].cap && in(titleModifiers, toks[k].lower) && k+1 < len(toks) {
		k++ // "The foreign minister"
	}
	if t := &toks[k]; k+1 >= len(toks) || t.kind != tWord || t.cap || !isTitleHead(t.lower) || toks[k+1].kind != tWord || toks[k+1].cap {
		return nil
	}
	if k == 2 {
		return x.recentTitledPhrase(s.idx, toks[1:3])
	}
	return x.recentTitled(s.idx, toks[k].lower)
}

// earlierSubjectPronoun returns the first "he" or "she" of toks before
// the same pronoun at token k, outside quotes; -1 for none.
func earlierSubjectPronoun(toks []token, k int) int {
	g := toks[k].lower
	if g != "he" && g != "she" {
		return -1
	}
	for j := range k {
		if toks[j].lower == g && !toks[j].quoted {
			return j
		}
	}
	return -1
}

// bodyBefore returns the organization or country sentence s names last
// before token k, outside quotes; nil for none.
func bodyBefore(s *sentence, k int) *entity {
	var last *entity
	for i := range s.ments {
		m := &s.ments[i]
		if m.start < k && !m.quoted && m.kind == mName && (m.ent.typ == domain.Organization || m.ent.typ == domain.Country) {
			last = m.ent
		}
	}
	return last
}

// fits reports whether pronoun g ("he", "she") may stand for person e.
func fits(e *entity, g string) bool { return e.gender == "" || e.gender == g }

// sentencePersonDepth returns the person of s before token k a pronoun g
// can stand for: the subject of the last verb of saying before k, else
// the first person named whose gender fits, known genders first. depth
// counts the pronouns already followed (pronounDepth stops at two).
func (x *extractor) sentencePersonDepth(s *sentence, k int, g string, depth int) *entity {
	for v := min(k, len(s.toks)) - 1; v >= 0; v-- {
		if isSpeechVerb(s.toks, v) && !strings.HasSuffix(s.toks[v].lower, "ing") {
			if sp := x.subjectBeforeNoPronoun(s, v); sp != nil && sp.typ == domain.Person && fits(sp, g) {
				return sp
			}
			// "He told reporters … with General X": the same "he" as
			// before, not the person the sentence goes on to name
			if p := pronounSubject(s.toks, v); p >= 0 && s.toks[p].lower == g {
				if depth < 2 {
					return x.pronounDepth(s, p, depth+1)
				}
				return nil
			}
			break
		}
	}
	var unknown *entity
	for i := range s.ments {
		m := &s.ments[i]
		if m.start >= k || m.quoted || m.ent.typ != domain.Person {
			continue
		}
		if m.ent.gender == g {
			return m.ent
		}
		if m.ent.gender == "" && unknown == nil {
			unknown = m.ent
		}
	}
	return unknown
}

// pronounSubject returns the index of the pronoun ("he", "she") that is
// the subject of the verb at v, across gap words, or -1.
func pronounSubject(toks []token, v int) int {
	k := v - 1
	for k >= 0 && toks[k].kind == tWord && in(gapWords, toks[k].lower) && !toks[k].cap {
		k--
	}
	if k >= 0 && in(personPronouns, toks[k].lower) {
		return k
	}
	return -1
}

// subjectBeforeNoPronoun is subjectBefore for a verb whose subject must be
// named: a pronoun there gives nil rather than another look back.
func (x *extractor) subjectBeforeNoPronoun(s *sentence, v int) *entity {
	k := v - 1
	for k >= 0 && s.toks[k].kind == tWord && in(gapWords, s.toks[k].lower) && !s.toks[k].cap {
		k--
	}
	if k >= 0 && in(personPronouns, s.toks[k].lower) {
		return nil
	}
	return x.subjectBefore(s, v, 0)
}

// leadingSpeaker returns the person that opens sentence s and speaks in it:
// "Mensah said …" at the start of a paragraph after a lone quote.
func (x *extractor) leadingSpeaker(s *sentence) *entity {
	for v := range s.toks {
		if v > 8 {
			break
		}
		if isSpeechVerb(s.toks, v) {
			if sp := x.subjectBefore(s, v, 0); sp != nil && sp.typ == domain.Person {
				return sp
			}
			return nil
		}
	}
	return nil
}

// findVia records where the words were said: "said on X" and "told Fox
// News" give an outlet or platform; "told reporters" an audience literal;
// "in an interview with X" the outlet.
func (x *extractor) findVia(s *sentence, v int, a *attribution) {
	toks := s.toks
	verb := toks[v].lower
	told := in(tellForms, verb)
	lit := ""
	defer func() {
		if a.via == nil && lit != "" {
			a.viaLit = lit
		}
	}()
	for k := v + 1; k < len(toks) && k <= v+8; k++ {
		t := &toks[k]
		if t.quoted || t.kind == tQuote || t.lower == "that" || t.text == ":" {
			break
		}
		m := mentionAt(s, k)
		switch {
		case m != nil && m.start == k && m.ent.typ == domain.Organization && (told && k <= v+2 || lowerAt(toks, k-1) == "on" || lowerAt(toks, k-1) == "with" || told && in(mediaNouns, lowerAt(toks, k-1))):
			a.via = m.ent
			return
		case lit == "" && told && k == v+1 && !t.cap && in(audienceWords, t.lower):
			lit = t.lower
		case lit == "" && told && k <= v+3 && !t.cap && (in(audienceWords, t.lower) || in(mediaNouns, t.lower)):
			// "told Egyptian state TV": keep the phrase as written, unless
			// the outlet is named next ("told state television MRTV")
			from, to := v+1, k+1
			if w := lowerAt(toks, from); w == "a" || w == "an" || w == "the" {
				from++
			}
			// "told a press conference": the whole noun
			if w := lowerAt(toks, to); w == "conference" || w == "briefing" || w == "gathering" {
				to++
			}
			lit = joinTokens(s.text, toks, from, to)
		}
	}
}
