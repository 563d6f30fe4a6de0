// Package nlp is the linguistic layer: it turns an article's sentences
// into annotated tokens (UD tokenization with offsets, part-of-speech
// tags, lemmas, features, a labelled dependency tree, named entities and
// coreference chains) for the extractor to read. Each step is a package
// of its own, trained from the treebanks by cmd/train:
//
//	tokenize → tagger → parser → ner → coref
//
// The package imports nothing of the store or the API. A Pipeline is
// loaded once and is safe for concurrent use.
package nlp

import (
	"fmt"
	"io"
	"io/fs"
	"strings"

	"github.com/actorgraph/actorgraph/nlp/coref"
	"github.com/actorgraph/actorgraph/nlp/doc"
	"github.com/actorgraph/actorgraph/nlp/ner"
	"github.com/actorgraph/actorgraph/nlp/parser"
	"github.com/actorgraph/actorgraph/nlp/tagger"
	"github.com/actorgraph/actorgraph/nlp/tokenize"
)

// Pipeline runs the trained steps over a document.
type Pipeline struct {
	tagger *tagger.Model
	parser *parser.Model
	ner    *ner.Model
	coref  *coref.Model
	lex    ner.Lexicon
}

// Load reads the models from fsys. lex is the place and name lexicon the
// entity model was trained with.
func Load(fsys fs.FS, lex ner.Lexicon) (*Pipeline, error) {
	p := &Pipeline{lex: lex}
	var err error
	if p.tagger, err = tagger.Load(fsys); err != nil {
		return nil, fmt.Errorf("nlp: %w", err)
	}
	if p.parser, err = parser.Load(fsys); err != nil {
		return nil, fmt.Errorf("nlp: %w", err)
	}
	if err := loadFile(fsys, "ner.model", func(r io.Reader) (err error) { p.ner, err = ner.Load(r); return err }); err != nil {
		return nil, err
	}
	if err := loadFile(fsys, "coref.model", func(r io.Reader) (err error) { p.coref, err = coref.Load(r); return err }); err != nil {
		return nil, err
	}
	return p, nil
}

func loadFile(fsys fs.FS, name string, load func(io.Reader) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("nlp: %w", err)
	}
	defer f.Close()
	if err := load(f); err != nil {
		return fmt.Errorf("nlp: %s: %w", name, err)
	}
	return nil
}

// Span is a sentence's byte span in a text, End exclusive.
type Span struct{ Start, End int }

// Annotate tokenizes, tags and parses each sentence of text, then finds
// the named entities of the whole document (spans that read alike vote on
// one type) and links coreferent mentions.
func (p *Pipeline) Annotate(text string, sentences []Span) *doc.Document {
	d := &doc.Document{Text: text, Sentences: make([]doc.Sentence, 0, len(sentences))}
	// every sentence is tagged, then every one parsed, so that each
	// model's tables stay in the processor's cache through its pass
	// instead of the other's evicting them at every sentence
	for _, sp := range sentences {
		s := doc.Sentence{Start: sp.Start, End: sp.End, Tokens: tokenize.Sentence(text, sp.Start, sp.End)}
		if len(s.Tokens) > 0 {
			p.tagger.Tag(&s)
		}
		d.Sentences = append(d.Sentences, s)
	}
	for i := range d.Sentences {
		s := &d.Sentences[i]
		switch {
		case len(s.Tokens) == 0:
		case opensArticle(text, i, s.Start):
			p.parser.Annotate(s)
		default:
			p.parser.AnnotateInside(s)
		}
	}
	p.ner.AnnotateDocument(d, p.lex)
	p.coref.Resolve(d)
	return d
}

// leadSentences is how many sentences of a text may open it as a wire
// lead does: a headline, a byline and the dateline's sentence.
const leadSentences = 3

// opensArticle is whether sentence i, starting at byte start of text, is
// among the text's first leadSentences and opens a line, where a wire
// dateline may stand ("NAIROBI, March 3 (Reuters) - …"); a sentence
// further on with a dateline's shape ("UNHCR — the U.N. refugee agency —
// said …") is none.
func opensArticle(text string, i, start int) bool {
	if i >= leadSentences {
		return false
	}
	line := strings.LastIndexByte(text[:start], '\n') + 1
	return strings.TrimSpace(text[line:start]) == ""
}

// Parse tags and parses a tokenized sentence, taken as one that may open
// an article: a dateline opening it is parsed apart (parser.Annotate).
func (p *Pipeline) Parse(s *doc.Sentence) {
	if len(s.Tokens) == 0 {
		return
	}
	p.tagger.Tag(s)
	p.parser.Annotate(s)
}
