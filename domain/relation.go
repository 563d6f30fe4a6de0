package domain

import "strconv"

// ArticleCount is the number of distinct articles that state r.
func (r Relation) ArticleCount() int {
	seen := map[string]bool{}
	for _, e := range r.Evidence {
		seen[e.ArticleID] = true
	}
	return len(seen)
}

// FirstSeen and LastSeen are the earliest and latest article dates among
// r's evidence, "" when no article is dated.
func (r Relation) FirstSeen() string {
	d := ""
	for _, e := range r.Evidence {
		if e.Date != "" && (d == "" || e.Date < d) {
			d = e.Date
		}
	}
	return d
}

// LastSeen: see FirstSeen.
func (r Relation) LastSeen() string {
	d := ""
	for _, e := range r.Evidence {
		if e.Date > d {
			d = e.Date
		}
	}
	return d
}

// hedgingWeight is how much one piece of evidence supports a fact.
var hedgingWeight = map[Hedging]float64{
	Asserted:    0.8,
	Attributed:  0.6,
	Unconfirmed: 0.4,
	Disputed:    0.3,
}

// Confidence is a score in [0, 1) of how well r is supported: each
// article's sentence counts by its hedging (asserted 0.8, attributed 0.6,
// unconfirmed 0.4, disputed 0.3), and independent articles combine as
// 1 − Π(1 − w). Sentences of one article count once, at their best.
func (r Relation) Confidence() float64 {
	best := map[string]float64{}
	for _, e := range r.Evidence {
		best[e.ArticleID] = max(best[e.ArticleID], hedgingWeight[e.Hedging])
	}
	miss := 1.0
	for _, w := range best {
		miss *= 1 - w
	}
	return 1 - miss
}

// Hedging is the firmest hedging among r's evidence: asserted if any
// article asserts it.
func (r Relation) Hedging() Hedging {
	best, bestW := Disputed, -1.0
	for _, e := range r.Evidence {
		if w := hedgingWeight[e.Hedging]; w > bestW {
			best, bestW = e.Hedging, w
		}
	}
	return best
}

// MaxEvidencePage bounds Relation.EvidencePage: a hub's relation can have
// thousands of pieces of evidence, and each is a dozen fields of answer.
const MaxEvidencePage = 1000

// EvidencePage returns the first pieces of r's evidence, in its order (by
// article and sentence): first of them (1 to MaxEvidencePage), or all when
// first is nil. The relation's counts and dates (ArticleCount, FirstSeen,
// Confidence…) are those of all its evidence, whatever the page.
func (r Relation) EvidencePage(first *int) []Evidence {
	if first == nil {
		return r.Evidence
	}
	return r.Evidence[:min(len(r.Evidence), max(*first, 0), MaxEvidencePage)]
}

// EvidenceCount is the number of pieces of evidence of r.
func (r Relation) EvidenceCount() int { return len(r.Evidence) }

// FactID is the stable id of a fact: subject, predicate and object (a
// literal object quoted, so it cannot collide with a node id). Relations,
// edges and reviews use it.
func FactID(subject string, p Predicate, object string, literal bool) string {
	if literal {
		object = strconv.Quote(object)
	}
	return EdgeID(subject, p, object)
}

// ID returns r's FactID.
func (r Relation) ID() string {
	if r.Object.ID == "" {
		return FactID(r.Subject.ID, r.Predicate, r.Literal, true)
	}
	return FactID(r.Subject.ID, r.Predicate, r.Object.ID, false)
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
