// Package model holds the Go types the GraphQL schema binds to that are
// not graph types: the Node interface, the Date scalar, Path, Relation and
// Evidence.
package model

import (
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/actorgraph/actorgraph/domain"
)

// Node is any value the schema's Node interface resolves to: domain.Node
// (Actor), graph.EventView (Event), graph.StatementView (Statement) or
// domain.Article (Article). It is empty on purpose: the graph types know
// nothing of GraphQL, and the generated code switches on the concrete type.
type Node interface{}

// Path is a chain of relations, as the paths query returns it.
type Path struct {
	Steps []Relation
}

// Relation is a relation with what the schema shows of it read ahead by
// the resolver that lists it: its nodes, its literal value and the
// articles of its evidence. gqlgen runs every resolver field in a
// goroutine of its own, per object; read ahead, these fields are plain.
type Relation struct {
	domain.Relation
	SubjectNode Node
	ObjectNode  Node    // nil when the object is a literal
	Value       *string // see the schema's Relation.value
	// Articles holds the article of every piece of evidence, by id.
	Articles map[string]*domain.Article
}

// EvidenceFirst returns the relation's page of evidence (see
// domain.Relation.EvidencePage) with the pieces' articles.
func (r *Relation) EvidenceFirst(first *int) []Evidence {
	page := r.EvidencePage(first)
	out := make([]Evidence, len(page))
	for i, e := range page {
		out[i] = Evidence{Evidence: e, Article: r.Articles[e.ArticleID]}
	}
	return out
}

// Evidence is a piece of evidence with its article, read by the resolver
// that returns the piece: the schema's Evidence.article is a plain field.
type Evidence struct {
	domain.Evidence
	Article *domain.Article
}

// Length is the number of steps.
func (p Path) Length() int { return len(p.Steps) }

// InputError is a client mistake found while reading an argument; the
// error presenter shows its message with the BAD_USER_INPUT code.
type InputError struct{ Msg string }

func (e *InputError) Error() string { return e.Msg }

// IngestResult is what the ingestArticle mutation did.
type IngestResult struct {
	Article   domain.Article
	Facts     int
	Added     int
	Removed   int
	Unchanged bool
}

// MarshalDate writes a Date scalar.
func MarshalDate(s string) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) { io.WriteString(w, strconv.Quote(s)) })
}

// UnmarshalDate reads a Date scalar: YYYY-MM-DD or YYYY-MM, a real calendar
// date, so that a bound like "2025-02-30" is refused instead of silently
// compared as a string.
func UnmarshalDate(v any) (string, error) {
	s, ok := v.(string)
	if !ok {
		return "", &InputError{fmt.Sprintf("date must be a string YYYY-MM-DD or YYYY-MM, got %T", v)}
	}
	layout := "2006-01-02"
	if len(s) == len("2006-01") {
		layout = "2006-01"
	}
	if _, err := time.Parse(layout, s); err != nil {
		return "", &InputError{fmt.Sprintf("date %q is not YYYY-MM-DD or YYYY-MM", s)}
	}
	return s, nil
}
