// Package doc holds the annotated document that the linguistic layer
// produces and the extractor reads: tokens with offsets, tags, lemmas,
// features, a dependency tree per sentence, entity spans and coreference
// chains. It imports nothing of the project.
package doc

// Token is one syntactic word (Universal Dependencies' tokenization).
type Token struct {
	// Form is the word as written; Start and End are its byte offsets in
	// Document.Text (Text[Start:End] == Form, except for normalized
	// quotes, where Form is the UD form and the offsets are the original).
	Form       string
	Start, End int
	// SpaceAfter is whether white space follows the token in the text.
	SpaceAfter bool
	Lemma      string
	UPOS, XPOS string
	Feats      string
	// Head is the index in the sentence of the token's head, -1 for the
	// root; Deprel is the UD relation to it (nsubj, obj, nmod:poss, …).
	Head   int
	Deprel string
}

// Entity is a named-entity span of a sentence: tokens [Start, End).
// Type is person, organization, place (and event or time where found).
type Entity struct {
	Start, End int
	Type       string
}

// Sentence is one sentence: its byte span in the text, tokens and named
// entities.
type Sentence struct {
	Start, End int
	Tokens     []Token
	Entities   []Entity
}

// Mention is a span of tokens [Start, End) of sentence Sent with its head
// token Head (an index into the sentence).
type Mention struct {
	Sent, Start, End, Head int
}

// Document is an annotated text.
type Document struct {
	Text      string
	Sentences []Sentence
	// Chains are coreference chains, each in text order: the mentions in
	// one chain refer to the same entity.
	Chains [][]Mention
}

// Children returns, for each token of s, the indices of its dependents
// in order (nil for none). The lists share one array, each capped at its
// length, so that appending to one does not write into another.
func (s *Sentence) Children() [][]int {
	n := len(s.Tokens)
	out := make([][]int, n)
	// the number of each token's dependents, then where its list starts
	start := make([]int, n+1)
	for _, t := range s.Tokens {
		if t.Head >= 0 {
			start[t.Head+1]++
		}
	}
	for i := 1; i <= n; i++ {
		start[i] += start[i-1]
	}
	all := make([]int, start[n])
	for h := range out {
		if start[h] < start[h+1] {
			out[h] = all[start[h]:start[h]:start[h+1]]
		}
	}
	for i, t := range s.Tokens {
		if t.Head >= 0 {
			out[t.Head] = append(out[t.Head], i)
		}
	}
	return out
}

// Span returns the words of tokens [start, end) of s as they stand in
// text (with the original spacing).
func (s *Sentence) Span(text string, start, end int) string {
	if start >= end || start < 0 || end > len(s.Tokens) {
		return ""
	}
	return text[s.Tokens[start].Start:s.Tokens[end-1].End]
}
