package conllu

import (
	"strings"

	"github.com/actorgraph/actorgraph/nlp/doc"
)

// Doc converts a document's sentences to an annotated doc.Document with
// the gold annotation: the text is the words joined by their SpaceAfter,
// sentences separated by one space; heads become 0-based (-1 root); GUM's
// entity mentions become Chains (every mention, named or not, as written
// in the corpus), ordered by their first mention.
func Doc(sents []Sentence) doc.Document {
	var b strings.Builder
	d := doc.Document{}
	for _, s := range sents {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		ds := doc.Sentence{Start: b.Len()}
		for i, w := range s.Words {
			t := doc.Token{Form: w.Form, Start: b.Len(), SpaceAfter: w.SpaceAfter, Lemma: w.Lemma,
				UPOS: w.UPOS, XPOS: w.XPOS, Feats: w.Feats, Head: w.Head - 1, Deprel: w.Deprel}
			b.WriteString(w.Form)
			t.End = b.Len()
			if w.SpaceAfter && i+1 < len(s.Words) {
				b.WriteByte(' ')
			}
			ds.Tokens = append(ds.Tokens, t)
		}
		ds.End = ds.Tokens[len(ds.Tokens)-1].End
		d.Sentences = append(d.Sentences, ds)
	}
	d.Text = b.String()
	byChain := map[string]int{}
	for _, m := range Mentions(sents) {
		dm := doc.Mention{Sent: m.Sent, Start: m.Start, End: m.End, Head: SpanHead(sents[m.Sent].Words, m.Start, m.End)}
		i, ok := byChain[m.Chain]
		if !ok {
			i = len(d.Chains)
			byChain[m.Chain] = i
			d.Chains = append(d.Chains, nil)
		}
		d.Chains[i] = append(d.Chains[i], dm)
	}
	return d
}

// SpanHead returns the word of [start, end) whose head lies outside the
// span (the first such word), as a 0-based index.
func SpanHead(words []Word, start, end int) int {
	for i := start; i < end; i++ {
		h := words[i].Head - 1
		if h < start || h >= end {
			return i
		}
	}
	return start
}
