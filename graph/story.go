package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/cayleygraph/quad"
)

// Publication metadata and wire-copy links: the Article fields beyond
// title, date, source and outlet, how they are written and read, and how
// corroboration is counted by stories and outlets rather than by articles.

// addPublication adds the quads of a's publication metadata.
func addPublication(add func(s, p, o, label quad.Value), a domain.Article, label quad.Value) {
	art := iri(domain.ArticleID(a.ID))
	for p, v := range map[domain.Predicate]string{domain.ArticleURL: a.URL, domain.ArticleByline: a.Byline, domain.ArticleLanguage: a.Language, domain.ArticleStory: a.Story} {
		if v != "" {
			add(art, pred(p), lit(v), label)
		}
	}
	if a.Fingerprint != "" {
		add(art, pred(domain.ArticleFingerprint), lit(a.Fingerprint), label)
		for _, k := range a.FingerprintKeys {
			add(art, pred(domain.ArticleFPKey), lit(k), label)
		}
	}
}

// readPublication sets the Article field that predicate p stores.
func readPublication(a *domain.Article, p domain.Predicate, v string) {
	switch p {
	case domain.ArticleURL:
		a.URL = v
	case domain.ArticleByline:
		a.Byline = v
	case domain.ArticleLanguage:
		a.Language = v
	case domain.ArticleStory:
		a.Story = v
	case domain.ArticleFingerprint:
		a.Fingerprint = v
	case domain.ArticleFPKey:
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
		ids, err := s.subjects(ctx, domain.ArticleFPKey, lit(k))
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
