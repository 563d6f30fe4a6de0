package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/nlp/doc"
)

// psent is a sentence as the linguistic layer read it, with the
// extractor's entities laid over its tokens: the structure rules match
// dependency arcs between entity mentions.
type psent struct {
	idx  int
	s    *sentence
	d    *doc.Sentence
	text string // the article text the token offsets index
	kids [][]int
	// ent is the entity each token names (nil for none); kind how.
	ent  []*entity
	kind []mentionKind
	// lowers and lemmas are the tokens' forms and lemmas in lower case,
	// which every rule reads.
	lowers, lemmas []string
	// inQuote remembers quoted: 1 inside a quotation, -1 outside, 0
	// not asked yet.
	inQuote []int8
}

// findStructure runs the structure rules over the parses of the
// linguistic layer (prepare annotates the article). Sentences whose text
// the parse does not line up with are left to the token rules.
func (x *extractor) findStructure() {
	d := x.annot
	if d == nil {
		return // models missing from the build: the token rules stand alone
	}
	x.parsed = make([]*psent, len(x.sents))
	for i := range d.Sentences {
		if ps := x.overlay(i, d); ps != nil {
			x.parsed[i] = ps
			x.partyTagStates(ps)
			x.appositiveNames(ps)
		}
	}
	for _, r := range structureRules {
		x.rule = r.name
		for _, ps := range x.parsed {
			// headlines are read for names only (datelines: inDateline)
			if ps != nil && !ps.s.title {
				r.find(x, ps)
				x.matched = nil
			}
		}
	}
	x.rule = ""
}

// overlay lays sentence i's mentions over its parse, by byte offsets.
func (x *extractor) overlay(i int, d *doc.Document) *psent {
	ds := &d.Sentences[i]
	s := &x.sents[i]
	if d.Text[ds.Start:ds.End] != s.text {
		return nil
	}
	n := len(ds.Tokens)
	w := x.parseWords(i, ds)
	ps := &psent{idx: i, s: s, d: ds, text: d.Text, kids: w.kids,
		ent: make([]*entity, n), kind: make([]mentionKind, n), lowers: w.lowers, lemmas: w.lemmas}
	for _, m := range s.ments {
		lo := ds.Start + s.toks[m.start].start
		hi := ds.Start + s.toks[m.end-1].end
		for k, t := range ds.Tokens {
			if t.Start > hi {
				break // tokens come in text order: none further lies inside
			}
			// the longest mention holding a token wins: "Chinese Foreign
			// Ministry" over its demonym "Chinese"
			if t.Start >= lo && t.End <= hi && ps.ent[k] == nil {
				ps.ent[k], ps.kind[k] = m.ent, m.kind
			}
		}
	}
	return ps
}

// parseWords holds what overlay reads from a sentence's parse alone: the
// dependents of each token and the lower-case forms and lemmas.
type parseWords struct {
	kids           [][]int
	lowers, lemmas []string
}

// parseWords returns sentence i's parseWords, made on first use: overlay
// runs again for every sentence the token rules ask about (parseAt,
// dropLocatives), and only the mentions change between runs. Rules never
// write to these slices (they clip before appending to kids).
func (x *extractor) parseWords(i int, ds *doc.Sentence) *parseWords {
	if x.words == nil {
		x.words = make([]*parseWords, len(x.annot.Sentences))
	}
	if w := x.words[i]; w != nil {
		return w
	}
	n := len(ds.Tokens)
	w := &parseWords{kids: ds.Children(), lowers: make([]string, n), lemmas: make([]string, n)}
	for k, t := range ds.Tokens {
		w.lowers[k], w.lemmas[k] = strings.ToLower(t.Form), strings.ToLower(t.Lemma)
	}
	x.words[i] = w
	return w
}

// tok returns token k.
func (ps *psent) tok(k int) *doc.Token { return &ps.d.Tokens[k] }

// lower is token k's lower-case form.
func (ps *psent) lower(k int) string { return ps.lowers[k] }

// lemma is token k's lower-case lemma.
func (ps *psent) lemma(k int) string { return ps.lemmas[k] }

// rel is token k's relation to its head, without its subtype.
func (ps *psent) rel(k int) string {
	r, _, _ := strings.Cut(ps.d.Tokens[k].Deprel, ":")
	return r
}

// head is token k's head, -1 for the root.
func (ps *psent) head(k int) int { return ps.d.Tokens[k].Head }

// caseOf returns the lower-case preposition marking token k ("of" in
// "director of X"), or "".
func (ps *psent) caseOf(k int) string {
	for _, c := range ps.kids[k] {
		if ps.tok(c).Deprel == "case" && c < k {
			return ps.lower(c)
		}
	}
	return ""
}

// has reports whether token k has a dependent with relation rel.
func (ps *psent) has(k int, rel string) bool {
	for _, c := range ps.kids[k] {
		if ps.tok(c).Deprel == rel {
			return true
		}
	}
	return false
}

// mentionSpan returns the tokens [start, end) of the mention holding k.
func (ps *psent) mentionSpan(k int) (int, int) {
	e := ps.ent[k]
	if e == nil {
		// a name only the recognizer read (see personAt), or one word
		for _, r := range ps.d.Entities {
			if r.Start <= k && k < r.End {
				return r.Start, r.End
			}
		}
		return k, k + 1
	}
	start, end := k, k+1
	for start > 0 && ps.ent[start-1] == e {
		start--
	}
	for end < len(ps.ent) && ps.ent[end] == e {
		end++
	}
	return start, end
}

// mentionHead returns the token of k's mention whose head lies outside
// the mention: the word the rest of the sentence attaches to.
func (ps *psent) mentionHead(k int) int {
	return ps.spanHead(ps.mentionSpan(k))
}

// spanHead returns the token of [start, end) whose head lies outside it.
func (ps *psent) spanHead(start, end int) int {
	for i := start; i < end; i++ {
		if h := ps.head(i); h < start || h >= end {
			return i
		}
	}
	return start
}

// heads returns each mention's head token with its entity, in order.
func (ps *psent) heads() []int {
	var out []int
	for k := 0; k < len(ps.ent); {
		if ps.ent[k] == nil {
			k++
			continue
		}
		start, end := ps.mentionSpan(k)
		out = append(out, ps.spanHead(start, end))
		k = end
	}
	return out
}

// words returns the text of tokens [start, end).
func (ps *psent) words(start, end int) string {
	return ps.d.Span(ps.text, start, end)
}

// arc describes the arc from token k to its head, for explanations.
func (ps *psent) arc(k int) string {
	h := ps.head(k)
	if h < 0 {
		return ps.tok(k).Form + " ←root"
	}
	return ps.tok(h).Form + " -" + ps.tok(k).Deprel + "→ " + ps.tok(k).Form
}

// inDateline reports whether token k lies in the article's dateline
// ("SRINAGAR, India (Reuters) -"), whose place names say where the story
// was filed rather than state a fact.
func (x *extractor) inDateline(ps *psent, k int) bool {
	if ps.idx != x.datelineSent || x.datelineBody <= 0 {
		return false
	}
	if x.datelineBody >= len(ps.s.toks) {
		return true
	}
	return ps.tok(k).Start-ps.d.Start < ps.s.toks[x.datelineBody].start
}

// structureEntity returns the entity of type t named name for tokens
// [start, end) of ps, recording the mention in the token rules'
// sentence too; nil when the tokens do not line up.
func (x *extractor) structureEntity(ps *psent, t domain.NodeType, name string, start, end int) *entity {
	os, oe, ok := oldSpan(ps.s, ps.d, start, end)
	if !ok {
		return nil
	}
	e := x.entity(t, name)
	x.mention(ps.s, os, oe, e, mName)
	for k := start; k < end; k++ {
		ps.ent[k], ps.kind[k] = e, mName
	}
	return e
}

// appositiveNames makes an organization of a name in apposition to a noun
// that says what kind of body it is, where no rule or the recognizer read
// the name: "the U.N. mission in Congo, MONUSCO,", "the gangs'
// coalition, Viv Ansanm,".
func (x *extractor) appositiveNames(ps *psent) {
	for k := range ps.d.Tokens {
		h := ps.head(k)
		if ps.ent[k] != nil || ps.tok(k).Deprel != "appos" || h < 0 || h > k || ps.ent[h] != nil ||
			ps.tok(h).UPOS != "NOUN" || !in(kindOfBodyNouns, ps.lemma(h)) || ps.tok(k-1).Form != "," {
			continue
		}
		end := k + 1
		for end < len(ps.d.Tokens) && ps.ent[end] == nil && ps.tok(end).UPOS == "PROPN" && ps.head(end) == k && ps.tok(end).Deprel == "flat" {
			end++
		}
		if end < len(ps.d.Tokens) && ps.tok(end).Form != "," && ps.tok(end).Form != "." {
			continue // the name is closed by a comma
		}
		if !ps.capitalRun(k, end) {
			continue
		}
		x.structureEntity(ps, domain.Organization, ps.words(k, end), k, end)
	}
}

// capitalRun reports whether tokens [start, end) are proper nouns written
// with a capital, none a title, place or country word.
func (ps *psent) capitalRun(start, end int) bool {
	for j := start; j < end; j++ {
		if ps.tok(j).UPOS != "PROPN" || !startsUpper(ps.tok(j).Form) || isTitleWord(ps.lower(j)) {
			return false
		}
	}
	return true
}

// kindOfBodyNouns say what kind of body the name in apposition to them is.
var kindOfBodyNouns = set("mission", "coalition", "alliance", "militia", "group", "movement", "party", "agency",
	"organization", "organisation", "charity", "union", "force", "faction", "front", "network", "federation",
	"association", "committee", "commission", "council", "company", "firm", "bank", "broadcaster")
