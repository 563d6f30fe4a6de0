package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"
)

// Publication metadata and wire-copy links: the Article fields beyond
// title, date, source and outlet, how they are written and read, and how
// corroboration is counted by stories and outlets rather than by articles.

// addPublication adds the quads of a's publication metadata.
func addPublication(add func(s, p, o, label quad.Value), a Article, label quad.Value) {
	art := iri(ArticleID(a.ID))
	for p, v := range map[Predicate]string{ArticleURL: a.URL, ArticleByline: a.Byline, ArticleLanguage: a.Language, ArticleStory: a.Story} {
		if v != "" {
			add(art, pred(p), lit(v), label)
		}
	}
	if a.Fingerprint != "" {
		add(art, pred(ArticleFingerprint), lit(a.Fingerprint), label)
		for _, k := range a.FingerprintKeys {
			add(art, pred(ArticleFPKey), lit(k), label)
		}
	}
}

// readPublication sets the Article field that predicate p stores.
func readPublication(a *Article, p Predicate, v string) {
	switch p {
	case ArticleURL:
		a.URL = v
	case ArticleByline:
		a.Byline = v
	case ArticleLanguage:
		a.Language = v
	case ArticleStory:
		a.Story = v
	case ArticleFingerprint:
		a.Fingerprint = v
	case ArticleFPKey:
		a.FingerprintKeys = append(a.FingerprintKeys, v)
	}
}

// StoryCandidate is a stored article whose fingerprint shares a look-up
// key with the one looked up.
type StoryCandidate struct {
	ArticleID   string
	Fingerprint string
	Story       string // its story; its own id when not linked
}

// StoryCandidates returns the stored articles that have at least one of
// the fingerprint look-up keys, ordered by id: an index look-up per key,
// not a scan. The caller compares their fingerprints.
func (s *Store) StoryCandidates(ctx context.Context, keys []string) ([]StoryCandidate, error) {
	seen := map[string]bool{}
	var out []StoryCandidate
	for _, k := range keys {
		ids, err := s.subjects(ctx, ArticleFPKey, lit(k))
		if err != nil {
			return nil, fmt.Errorf("story candidates: %w", err)
		}
		for _, id := range ids {
			if seen[id] {
				continue
			}
			seen[id] = true
			a, err := s.Article(ctx, trimArticle(id))
			if err != nil {
				return nil, fmt.Errorf("story candidates: %w", err)
			}
			story := a.Story
			if story == "" {
				story = a.ID
			}
			out = append(out, StoryCandidate{ArticleID: a.ID, Fingerprint: a.Fingerprint, Story: story})
		}
	}
	slices.SortFunc(out, func(a, b StoryCandidate) int { return strings.Compare(a.ArticleID, b.ArticleID) })
	return out, nil
}

// StoryCount returns the number of distinct stories among the relation's
// evidence: ten outlets running one wire story count once.
func (r Relation) StoryCount() int {
	seen := map[string]bool{}
	for _, e := range r.Evidence {
		seen[evidenceStory(e)] = true
	}
	return len(seen)
}

// OutletCount returns the number of distinct outlets among the relation's
// evidence. Articles with no known outlet count one each: they cannot be
// told apart.
func (r Relation) OutletCount() int {
	seen := map[string]bool{}
	for _, e := range r.Evidence {
		k := "outlet:" + Fold(e.Outlet)
		if e.Outlet == "" {
			k = "article:" + e.ArticleID
		}
		seen[k] = true
	}
	return len(seen)
}

func evidenceStory(e Evidence) string {
	if e.Story != "" {
		return e.Story
	}
	return e.ArticleID
}

// OutletOrNil returns the evidence article's outlet, nil when unknown.
func (e Evidence) OutletOrNil() *string { return orNil(e.Outlet) }

// URLOrNil returns the evidence article's URL, nil when it has none.
func (e Evidence) URLOrNil() *string { return orNil(e.URL) }

// URLOrNil returns the article's URL, nil when it has none.
func (a Article) URLOrNil() *string { return orNil(a.URL) }

// BylineOrNil returns the article's byline, nil when it has none.
func (a Article) BylineOrNil() *string { return orNil(a.Byline) }

// LanguageOrNil returns the article's language, nil when unknown.
func (a Article) LanguageOrNil() *string { return orNil(a.Language) }

// StoryID returns the article's story: the first stored article of the
// same story, or the article's own id.
func (a Article) StoryID() string {
	if a.Story != "" {
		return a.Story
	}
	return a.ID
}
