package extract

import (
	"sync"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
	"github.com/actorgraph/actorgraph/nlp"
	"github.com/actorgraph/actorgraph/nlp/doc"
	"github.com/actorgraph/actorgraph/nlp/models"
)

var pipeline = sync.OnceValues(func() (*nlp.Pipeline, error) {
	return nlp.Load(models.FS, gazetteer.Default())
})

// Pipeline returns the linguistic layer with the embedded models, loaded
// once and shared.
func Pipeline() (*nlp.Pipeline, error) { return pipeline() }

// Annotate runs the linguistic layer over a parsed article's sentences.
func Annotate(p *nlp.Pipeline, a domain.Article) *doc.Document {
	return p.Annotate(a.Text, ByteSpans(a))
}

// ByteSpans converts the article's sentence offsets (code points) to
// byte offsets into a.Text.
func ByteSpans(a domain.Article) []nlp.Span {
	offsets := make([]int, 0, len(a.Text)+1) // byte offset of each code point
	for i := range a.Text {
		offsets = append(offsets, i)
	}
	offsets = append(offsets, len(a.Text))
	at := func(r int) int { return offsets[min(max(r, 0), len(offsets)-1)] }
	spans := make([]nlp.Span, len(a.Sentences))
	for i, s := range a.Sentences {
		spans[i] = nlp.Span{Start: at(s.Start), End: at(s.End)}
	}
	return spans
}
