// Package extract finds the facts of ONTOLOGY.md in a parsed article:
// entities with canonical names and aliases, roles, geography, events,
// statements and positions, each with its evidence. It is pure and
// deterministic: the same article always yields the same extraction.
//
// The pipeline, one file per step: tokens.go splits sentences into tokens;
// entities.go chunks capitalized spans into mentions of people,
// organizations, countries and places (resolve.go decides what a name
// refers to); roles.go reads titles around people; geo.go reads capitals,
// locations and membership; quotes.go finds direct quotes and who said
// them; positions.go reads stances on agreements; events.go gathers
// attacks, talks and calls; hedge.go marks how firmly a sentence states its
// facts. Everything a rule knows about the world beyond generic English
// words (lexicon.go) comes from the gazetteer, so that an article about
// any conflict, with any names, is read the same way.
//
// Choices worth knowing:
//   - Precision first: a name with no cue to its type, a quote whose speaker
//     is not certain, a title with no clear country, all give nothing.
//   - Quotes shorter than minQuoteRunes are not statements (scare quotes).
//   - "told reporters" is kept as a literal via ("reporters"); named
//     outlets and platforms are Organization nodes.
//   - "The Kremlin" and "the White House" are organizations, part_of the
//     country the gazetteer's table of seats (Seat) gives (seats.go); they
//     are not merged into it. The same table makes "Kremlin forces" the
//     country's, and "Brussels insisted" the bloc's.
//   - The headline and the lines before the dateline are read for names
//     only: their events and stances are headlinese the body restates.
//   - The dateline's agency ("(Reuters)") is an organization that reports
//     events and never takes part in them.
package extract

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
	"github.com/actorgraph/actorgraph/nlp/doc"
)

// places is the part of the gazetteer extraction consults.
// *gazetteer.Gazetteer implements it; tests use a small fake.
type places interface {
	Lookup(name string) []gazetteer.Entry
	Country(name string) (gazetteer.Entry, bool)
	Demonym(word string) (country string, ok bool)
	Adjective(country string) string
	Capital(country string) string
	Seat(name string) (country string, ok bool)
}

// Article extracts the facts of a parsed article, using the default
// gazetteer. The result's nodes and facts are sorted; every fact's subject
// and node object is one of the nodes, except the object of mentioned_in,
// which is domain.ArticleID(a.ID).
func Article(a domain.Article) domain.Extraction {
	x := newExtractor(gazetteer.Default(), a)
	x.cache = &defaultCache
	x.run()
	return x.result()
}

// extractWith extracts a with gazetteer g and a cache of its own.
func extractWith(g places, a domain.Article) domain.Extraction {
	x := newExtractor(g, a)
	x.run()
	return x.result()
}

// extractor holds the state of one article's extraction.
type extractor struct {
	gaz   places
	a     domain.Article
	sents []sentence
	ents  []*entity
	byID  map[string]*entity
	// persons maps a folded surname (and full name) to its person, for
	// resolving later surname-only mentions.
	persons map[string]*entity
	// orgs maps a folded organization name to its entity.
	orgs map[string]*entity
	// peoples are the folded names the article gives a people, an ethnic
	// group or a clan ("the Tebu and Awlad Suleiman communities"): no
	// actor's name anywhere in the article (findPeoples).
	peoples map[string]bool
	// dateline is the country of the dateline's place, if any, and
	// datelineEnd the end of the dateline in the first sentence's tokens.
	dateline     string
	datelineSent int // -1 without a dateline
	datelineEnd  int
	// datelineBody is the first token after the dateline and its agency
	// ("NAIROBI, Sept 3 (AP) —"), where the story proper starts.
	datelineBody int
	// agencies are the news agencies of the dateline: they report
	// events, they never take part in them.
	agencies []*entity
	facts    []domain.Fact
	// roles are the roles stated with their body, by every rule, for
	// withdrawGuesses.
	roles []role
	// foreign maps a person's id to the countries the text says they do
	// not serve ("her Korean counterpart, X" serves not the country of
	// the one whose counterpart X is), for withdrawGuesses.
	foreign map[string][]*entity
	cache   *lookupCache
	nodes   []domain.Node // statements and other nodes that are not entities
	// agreementIDs are the Agreement nodes already in nodes.
	agreementIDs map[string]struct{}
	// agreementByHead is the last agreement named with each head noun,
	// for "the roadmap" later.
	agreementByHead map[string]string
	// lastAgreement is the name of the last agreement named.
	lastAgreement string
	// lastSpeaker is the person who said the latest attributed quote, in
	// sentence lastSpeakerSent; pronouns may refer to them.
	quotes []quoteSpan
	// unattributed are the quotes the token rules found no speaker for,
	// left to the structure rule quote-verb.
	unattributed    []*quoteSpan
	lastSpeaker     *entity
	lastSpeakerSent int
	// prevEventDate is the date of the last dated event read, for "a
	// day earlier" in the next sentence.
	prevEventDate string
	// searchRaids is set once the article tells of raids by the police,
	// searches and arrests: "the raids" after that are those
	searchRaids bool
	// annot is the article as the linguistic layer read it (nil when its
	// models are missing).
	annot *doc.Document
	// parsed is each sentence as the linguistic layer read it (nil where
	// its parse does not line up with the sentence).
	parsed []*psent
	// words caches each sentence's parseWords (overlay).
	words []*parseWords
	// rule names the pass or structure rule stating facts now, and
	// matched the words and arcs it matched; every fact records both
	// (Explain).
	rule    string
	matched *Match
	why     []Explanation
	// titled records who has a title stated in which sentence.
	titled map[titledKey]bool
	// attacksBySent lists the attack events each sentence states.
	attacksBySent map[int][]string
	// weekAheadIDs are the plans for "next week" emitted with no date:
	// read back, they are still plans (sameReports)
	weekAheadIDs map[string]bool
	// measures are the measures the structure pass named, which "the
	// plan" later stands for (rules_position.go).
	measures measureMemory
	// events indexes the talks, meetings and calls the facts state, for
	// the structure rules to join a report to (rules_event.go)
	events eventIndex
}

// sentence is a sentence of the article with its tokens and mentions.
type sentence struct {
	idx      int
	text     string
	toks     []token
	para     int // paragraph number
	hedge    domain.Hedging
	headline bool
	// title marks the article's headline and the lines before its
	// dateline (subheads): headlinese, whose events and stances the body
	// states properly.
	title bool
	// source is the monitoring service's source line the sentence
	// carries, if any.
	source *sourceLine
	ments  []mention
	// at lines the tokens of atOf, the sentence's parse, up with toks
	// (see oldSpan).
	at   []aligned
	atOf *doc.Sentence
}

func newExtractor(g places, a domain.Article) *extractor {
	return &extractor{
		gaz:             g,
		a:               a,
		byID:            map[string]*entity{},
		persons:         map[string]*entity{},
		orgs:            map[string]*entity{},
		agreementIDs:    map[string]struct{}{},
		agreementByHead: map[string]string{},
		cache:           &lookupCache{},
	}
}

func (x *extractor) run() {
	x.prepare()
	x.findEntities()
	for _, p := range []struct {
		name string
		run  func()
	}{
		{"roles (token windows)", x.findRoles},
		{"geography (token windows)", x.findGeography},
		{"quotes (token windows)", x.findQuotes},
		{"positions (token windows)", x.findPositions},
		{"events (token windows)", x.findEvents},
		{"structure", x.findStructure},
		{"withdrawn guesses", x.withdrawGuesses},
		{"own proposals", x.dropOwnProposalEndorsements},
		{"mentions", x.mentionFacts},
		{"aliases", x.knownAliases},
	} {
		x.rule, x.matched = p.name, nil
		p.run()
	}
}

// prepare tokenizes the sentences, finds paragraphs, quotes and hedging.
func (x *extractor) prepare() {
	x.sents = make([]sentence, len(x.a.Sentences))
	breaks := paragraphBreaks(x.a)
	para := 0
	for i, s := range x.a.Sentences {
		if i > 0 && breaks[i] {
			para++
		}
		st := &x.sents[i]
		st.idx = i
		st.text = s.Text
		st.para = para
		// room for a token every four bytes: most sentences never grow it
		st.toks = tokenize(s.Text, make([]token, 0, len(s.Text)/4+1))
		st.headline = isHeadline(st.toks)
		st.hedge = hedging(st.toks)
	}
	x.quotes = markQuoted(x.sents)
	if p, err := Pipeline(); err == nil {
		x.annot = Annotate(p, x.a)
	}
}

// paragraphBreaks reports, for each sentence, whether a line break separates
// it from the previous one in the article text. Sentence offsets are in
// runes; they are walked once, in order.
func paragraphBreaks(a domain.Article) []bool {
	br := make([]bool, len(a.Sentences))
	if a.Text == "" {
		return br
	}
	byteAt, runeAt := 0, 0
	advance := func(target int) bool {
		for byteAt < len(a.Text) && runeAt < target {
			_, w := utf8.DecodeRuneInString(a.Text[byteAt:])
			byteAt += w
			runeAt++
		}
		return runeAt == target
	}
	prevEnd := -1
	for k, s := range a.Sentences {
		if s.Start < runeAt || s.End < s.Start || !advance(s.Start) {
			// Offsets out of order or past the text: no paragraphs.
			return make([]bool, len(a.Sentences))
		}
		if prevEnd >= 0 && strings.IndexByte(a.Text[prevEnd:byteAt], '\n') >= 0 {
			br[k] = true
		}
		advance(s.End)
		prevEnd = byteAt
	}
	return br
}

// isHeadline reports whether a sentence is a title-case headline, where
// capitals say nothing about names: no closing punctuation, at least four
// words, and no lower-case word longer than three letters.
func isHeadline(toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	switch toks[len(toks)-1].text {
	case ".", "!", "?", "”", "\"", ":":
		return false
	}
	words := 0
	for i := range toks {
		t := &toks[i]
		if t.kind != tWord {
			continue
		}
		words++
		if !t.cap && len(t.text) > 3 {
			return false
		}
	}
	return words >= 4
}

// addFact records a fact; duplicates are removed in result.
func (x *extractor) addFact(subj string, p domain.Predicate, obj string, literal bool, sent int, h domain.Hedging) {
	if subj == "" || obj == "" || sent < 0 || sent >= len(x.sents) {
		return
	}
	f := domain.Fact{Subject: subj, Predicate: p, Object: obj, Literal: literal, Sentence: sent, Hedging: h}
	x.facts = append(x.facts, f)
	if p == domain.Title {
		if x.titled == nil {
			x.titled = map[titledKey]bool{}
		}
		x.titled[titledKey{subj, sent}] = true
	}
	why := Explanation{Fact: f, Rule: x.rule}
	if x.matched != nil {
		why.Match = *x.matched
	}
	x.why = append(x.why, why)
}

// dropFacts takes back every fact drop reports, with its explanation,
// keeping the others in order.
func (x *extractor) dropFacts(drop func(domain.Fact) bool) {
	keep := 0
	for i, f := range x.facts {
		if drop(f) {
			continue
		}
		x.facts[keep], x.why[keep] = f, x.why[i]
		keep++
	}
	x.facts, x.why = x.facts[:keep], x.why[:keep]
}

// mentionFacts links every entity to the article with its first sentence.
func (x *extractor) mentionFacts() {
	art := domain.ArticleID(x.a.ID)
	for _, e := range x.ents {
		if e.first >= 0 {
			x.addFact(e.id, domain.MentionedIn, art, false, e.first, domain.Asserted)
		}
	}
}

// result assembles the extraction: nodes sorted by ID, facts deduplicated
// (the earliest sentence wins) and sorted.
func (x *extractor) result() domain.Extraction {
	nodes := make([]domain.Node, 0, len(x.ents)+len(x.nodes))
	used := map[string]bool{}
	for _, f := range x.facts {
		used[f.Subject] = true
		if !f.Literal {
			used[f.Object] = true
		}
	}
	for _, e := range x.ents {
		if !used[e.id] {
			continue // an entity no fact needs (all its mentions were dropped)
		}
		nodes = append(nodes, domain.Node{ID: e.id, Type: e.typ, Name: e.nodeName(), Aliases: e.aliasList()})
	}
	nodes = append(nodes, x.nodes...)
	slices.SortFunc(nodes, func(a, b domain.Node) int { return cmp.Compare(a.ID, b.ID) })
	nodes = slices.CompactFunc(nodes, func(a, b domain.Node) bool { return a.ID == b.ID })

	known := make(map[string]bool, len(nodes))
	for _, n := range nodes {
		known[n.ID] = true
	}
	art := domain.ArticleID(x.a.ID)
	// One fact per subject, predicate and object: the earliest sentence
	// that states it is its evidence.
	type key struct {
		s, o    string
		p       domain.Predicate
		literal bool
	}
	at := make(map[key]int, len(x.facts))
	facts := make([]domain.Fact, 0, len(x.facts))
	for _, f := range x.facts {
		if !known[f.Subject] || (!f.Literal && f.Object != art && !known[f.Object]) {
			continue
		}
		k := key{f.Subject, f.Object, f.Predicate, f.Literal}
		if i, ok := at[k]; ok {
			if f.Sentence < facts[i].Sentence {
				facts[i] = f
			}
			continue
		}
		at[k] = len(facts)
		facts = append(facts, f)
	}
	slices.SortFunc(facts, func(a, b domain.Fact) int {
		return cmp.Or(
			cmp.Compare(a.Sentence, b.Sentence),
			cmp.Compare(a.Subject, b.Subject),
			cmp.Compare(a.Predicate, b.Predicate),
			cmp.Compare(a.Object, b.Object),
			cmpBool(a.Literal, b.Literal),
		)
	})
	return domain.Extraction{Article: x.a, Nodes: nodes, Facts: facts}
}

func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case !a:
		return -1
	}
	return 1
}
