// Package article parses a raw article file into a graph.Article: its date
// header, title, body text without site boilerplate, and sentences with
// their character offsets.
package article

import (
	"errors"

	"github.com/actorgraph/actorgraph/graph"
)

// Parse reads the raw bytes of the article with the given id, read from
// source, and returns its text and sentences.
func Parse(id, source string, raw []byte) (graph.Article, error) {
	return graph.Article{}, errors.New("article.Parse: not implemented yet")
}
