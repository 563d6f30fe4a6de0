package main

// Cayley holds the graph but not the articles' text, which the store keeps
// in a documents store beside the quads (graph/documents.go). The Gizmo
// scripts answer which sentence is the evidence of a fact, as its node id
// (sent:ARTICLE#N); before an answer is compared with GraphQL's, the text
// and offsets of those sentences are filled in from the documents, read
// through GraphQL's Article.sentences, the documents API the server uses.
// The comparison thus checks the graph queries (which article, which
// sentence, which hedging, which date) and not the documents twice. The
// Gizmo benchmark times the scripts alone, without that completion.

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/domain"
)

// sentenceText is a sentence of a stored article, as GraphQL gives it.
type sentenceText struct {
	Index, Start, End int
	Text              string
}

// articleSentences maps an article id to its sentences by index.
type articleSentences map[string]map[int]sentenceText

// fetchSentences reads, through GraphQL, the sentences of every article
// that evidence of answers names.
func fetchSentences(ctx context.Context, client *http.Client, url string, answers map[string][]json.RawMessage) (articleSentences, error) {
	ids := map[string]bool{}
	for name, list := range answers {
		for _, a := range list {
			var v any
			if err := json.Unmarshal(a, &v); err != nil {
				return nil, fmt.Errorf("graphql %s answer: %w", name, err)
			}
			walkObjects(v, func(o map[string]any) {
				if art, ok := o["article"].(map[string]any); ok {
					if id, ok := art["id"].(string); ok {
						ids[id] = true
					}
				}
			})
		}
	}
	sorted := make([]string, 0, len(ids))
	for id := range ids {
		sorted = append(sorted, id)
	}
	sort.Strings(sorted)
	out := articleSentences{}
	for _, id := range sorted {
		data, err := graphQLQuery(ctx, client, url, `query($id: ID!) { node(id: $id) { ... on Article { sentences { index start end text } } } }`,
			map[string]string{"id": domain.ArticleID(id)})
		if err != nil {
			return nil, fmt.Errorf("sentences of article %q: %w", id, err)
		}
		var d struct {
			Node *struct{ Sentences []sentenceText }
		}
		if err := json.Unmarshal(data, &d); err != nil || d.Node == nil {
			return nil, fmt.Errorf("sentences of article %q: no article (%v)", id, err)
		}
		out[id] = map[int]sentenceText{}
		for _, s := range d.Node.Sentences {
			out[id][s.Index] = s
		}
	}
	return out, nil
}

// completeSentences fills in a Gizmo answer the sentences its evidence
// names by node id: the sentence becomes its text and, where the script
// left start and end null, they become its offsets. A sentence the
// documents lack keeps its node id, which then differs from GraphQL's
// text.
func completeSentences(answer json.RawMessage, docs articleSentences) (json.RawMessage, error) {
	var v any
	if err := json.Unmarshal(answer, &v); err != nil {
		return nil, fmt.Errorf("gizmo answer: %w", err)
	}
	walkObjects(v, func(o map[string]any) {
		id, ok := o["sentence"].(string)
		if !ok || !strings.HasPrefix(id, "sent:") {
			return
		}
		article, n, _, err := domain.ParseEvidenceLabel(id)
		if err != nil {
			return
		}
		s, ok := docs[article][n]
		if !ok {
			return
		}
		o["sentence"] = s.Text
		for k, off := range map[string]int{"start": s.Start, "end": s.End} {
			if x, ok := o[k]; ok && x == nil {
				o[k] = off
			}
		}
	})
	return json.Marshal(v)
}

// walkObjects calls fn on every JSON object within v, outermost first.
func walkObjects(v any, fn func(map[string]any)) {
	switch v := v.(type) {
	case map[string]any:
		fn(v)
		for _, x := range v {
			walkObjects(x, fn)
		}
	case []any:
		for _, x := range v {
			walkObjects(x, fn)
		}
	}
}
