// Package resolvers answers GraphQL queries over the actor graph. Resolvers
// are thin: each one calls the graph.Store and converts the result; graph
// queries themselves live in package graph. The executable schema is
// generated into the generated subpackage (`make generate`).
package resolvers

import (
	"context"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/graph"
)

// Store is what the resolvers need of the graph; *graph.Store implements it.
type Store interface {
	Node(ctx context.Context, id string) (domain.Node, error)
	FindActor(ctx context.Context, name string) (domain.Node, error)
	Search(ctx context.Context, query string, limit int) ([]domain.Node, error)
	Relations(ctx context.Context, id string) ([]domain.Relation, error)
	Articles(ctx context.Context) ([]domain.Article, error)
	Article(ctx context.Context, id string) (domain.Article, error)
	Sentences(ctx context.Context, id string) ([]domain.Sentence, error)
	ArticleText(ctx context.Context, id string) (string, error)
	Event(ctx context.Context, id string) (graph.EventView, error)
	Statement(ctx context.Context, id string) (graph.StatementView, error)
	Mentions(ctx context.Context, id string) ([]domain.Article, error)
	Titles(ctx context.Context, id string) ([]string, error)
	Degree(ctx context.Context, id string) (int, error)
	ArticleNodes(ctx context.Context, id string, t domain.NodeType) ([]string, error)
	Actors(ctx context.Context, f graph.ActorFilter) ([]domain.Node, error)
	FilterRelations(ctx context.Context, f graph.RelationFilter) ([]domain.Relation, error)
	Neighborhood(ctx context.Context, seeds []string, opt graph.NeighborhoodOptions) (domain.Subgraph, error)
	Paths(ctx context.Context, from, to string, opt graph.PathOptions) ([]graph.Path, error)
	Timeline(ctx context.Context, actorID string, w graph.Window, categories []string) ([]graph.EventView, error)
	Statements(ctx context.Context, f graph.StatementFilter) ([]graph.StatementView, error)
	Stats(ctx context.Context) (graph.Stats, error)
	DeleteArticle(ctx context.Context, id string) (int, error)
	RecordReview(ctx context.Context, action graph.ReviewActionKind, target, by, note string) (graph.Review, error)
	Reviews(ctx context.Context, target string) ([]graph.Review, error)
	MergeActors(ctx context.Context, keep, drop, by, note string) (graph.Review, error)
	SplitAlias(ctx context.Context, id, alias, by, note string) (graph.Review, error)
	UndoReview(ctx context.Context, reviewID, by, note string) (graph.Review, error)
}

// Ingester extracts a submitted article and stores it. cmd/server wires it
// from the loader and the store, so that resolvers need not know how
// articles are read.
type Ingester interface {
	Ingest(ctx context.Context, s Submission) (graph.WriteResult, error)
}

// Submission is an article handed in through ingestArticle: exactly one of
// Text, HTML and URL, and the optional overrides.
type Submission struct {
	Text  string // plain text
	HTML  string // a saved web page
	URL   string // a page to fetch
	Title string
	Date  string // YYYY-MM-DD
	// Source is where it came from; for URL, the URL.
	Source string
}

// Resolver is the root resolver. It holds the store and the ingester and
// nothing else: no per-request state lives here.
type Resolver struct {
	Store    Store
	Ingester Ingester // nil: the graph is read-only and mutations fail
	changes  *changes
}

// MaxSearchResults bounds search's first argument.
const MaxSearchResults = 100

// optional turns an empty string into a GraphQL null.
func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
