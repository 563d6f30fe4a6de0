package resolvers_test

import (
	"context"
	"net/http/httptest"
	"sync/atomic"
	"testing"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/httpapi"
)

// countingStore counts the article reads the resolvers make.
type countingStore struct {
	*graph.Store
	articleReads atomic.Int64
}

func (c *countingStore) Article(ctx context.Context, id string) (domain.Article, error) {
	c.articleReads.Add(1)
	return c.Store.Article(ctx, id)
}

func TestEvidenceArticlesReadOncePerRequest(t *testing.T) {
	store := newSampleStore(t)
	cs := &countingStore{Store: store}
	srv := httptest.NewServer(httpapi.NewMux(cs, httpapi.Options{}))
	defer srv.Close()

	resp := do(t, srv, `{ actors(first: 50) { edges { node { name relations { predicate evidence { sentence article { id date } } } } } } }`, nil)
	if len(resp.Errors) > 0 {
		t.Fatal(resp.Errors)
	}
	articles, _ := store.Articles(context.Background())
	if n := cs.articleReads.Load(); n == 0 || n > int64(len(articles)) {
		t.Errorf("50 actors with relations and evidence read articles %d times, want at most once per article (%d)", n, len(articles))
	}
}

// TestEvidenceNamesItsArticle checks that every kind of evidence (of a
// relation, an event, a casualty figure, a statement) arrives with the
// article that states it: the evidence's date is its article's.
func TestEvidenceNamesItsArticle(t *testing.T) {
	type evidence struct {
		Date    *string
		Article struct {
			ID   string
			Date *string
		}
	}
	var data struct {
		Articles []struct {
			ID        string
			Relations []struct{ Evidence []evidence }
			Events    []struct {
				Evidence []evidence
				Figures  []struct{ Evidence evidence }
			}
			Statements []struct{ Evidence []evidence }
		}
	}
	query(t, `{ articles { id
  relations { evidence(first: 5) { date article { id date } } }
  events { evidence { date article { id date } } figures { evidence { date article { id date } } } }
  statements { evidence { date article { id date } } } } }`, nil, &data)
	kinds := map[string][]evidence{}
	for _, a := range data.Articles {
		for _, r := range a.Relations {
			kinds["relation"] = append(kinds["relation"], r.Evidence...)
		}
		for _, e := range a.Events {
			kinds["event"] = append(kinds["event"], e.Evidence...)
			for _, f := range e.Figures {
				kinds["figure"] = append(kinds["figure"], f.Evidence)
			}
		}
		for _, s := range a.Statements {
			kinds["statement"] = append(kinds["statement"], s.Evidence...)
		}
	}
	for _, kind := range []string{"relation", "event", "figure", "statement"} {
		if len(kinds[kind]) == 0 {
			t.Errorf("no %s evidence in the sample articles", kind)
		}
		for _, e := range kinds[kind] {
			if e.Article.ID == "" || deref(e.Date) != deref(e.Article.Date) {
				t.Errorf("%s evidence dated %q names article %q dated %q", kind, deref(e.Date), e.Article.ID, deref(e.Article.Date))
			}
		}
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
