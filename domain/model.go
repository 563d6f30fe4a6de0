package domain

import (
	"fmt"
	"strings"

	"github.com/actorgraph/actorgraph/graph/names"
)

// NodeType is the kind of a node, as ONTOLOGY.md names it.
type NodeType string

// The node types of ONTOLOGY.md.
const (
	Person       NodeType = "Person"
	Organization NodeType = "Organization"
	Country      NodeType = "Country"
	Place        NodeType = "Place"
	Event        NodeType = "Event"
	Statement    NodeType = "Statement"
	Agreement    NodeType = "Agreement"
	ArticleNode  NodeType = "Article"
)

// NodeTypes lists every NodeType.
var NodeTypes = []NodeType{Person, Organization, Country, Place, Event, Statement, Agreement, ArticleNode}

// IsActor reports whether nodes of type t are named actors or places, the
// kinds that get mentioned_in edges and take part in relations.
func (t NodeType) IsActor() bool {
	switch t {
	case Person, Organization, Country, Place:
		return true
	}
	return false
}

// Hedging says how firmly an article states a fact.
type Hedging string

// Hedging statuses. The zero value means the article states the fact in its
// own voice.
const (
	Asserted    Hedging = ""
	Attributed  Hedging = "attributed"  // "according to Ukrainian officials"
	Disputed    Hedging = "disputed"    // "Russia accused Ukraine of …"
	Unconfirmed Hedging = "unconfirmed" // "reportedly", "could not be verified"
)

// Node is a vertex of the actor graph. ID is stable across loads: it is
// derived from the type and canonical name (see NodeID), or for events and
// statements from their content.
type Node struct {
	ID      string
	Type    NodeType
	Name    string   // canonical name, or a short label for events and statements
	Aliases []string // other spellings seen, without Name
}

// Article is a source document and its sentences.
type Article struct {
	ID        string // file name without extension, or URL
	Title     string
	Date      string // YYYY-MM-DD, or empty when unknown
	Source    string // file path or URL it was read from
	Outlet    string // publishing outlet, where known
	Text      string // the body the sentence offsets refer to
	Sentences []Sentence

	// Publication metadata, where the input gives it (a web page, a feed
	// item, an export row); empty for plain text files.
	URL      string // canonical URL of the article
	Byline   string // author(s) as the page names them
	Language string // ISO 639-1 code of the text's language ("en")
	// Story links copies of one story (wire copy syndicated by several
	// outlets): the id of the first stored article whose text is a near
	// duplicate of this one; "" for the first copy. Fingerprint is the
	// text's fingerprint that Story was found by, and FingerprintKeys its
	// look-up keys (see graph.Store.StoryCandidates); both opaque to the store, and
	// empty when none was taken.
	Story           string
	Fingerprint     string
	FingerprintKeys []string
}

// Sentence is one sentence of an article. Start and End are offsets in
// characters (Unicode code points) into Article.Text, End exclusive, so that
// Text == string([]rune(article.Text)[Start:End]).
type Sentence struct {
	Index int
	Start int
	End   int
	Text  string
}

// Fact is one statement of the graph: Subject Predicate Object, taken from
// one sentence of the article being loaded. Object is a node ID unless
// Literal is set, in which case it is the literal value.
type Fact struct {
	Subject   string
	Predicate Predicate
	Object    string
	Literal   bool
	Sentence  int // index into Article.Sentences
	Hedging   Hedging
}

// Extraction is everything the loader found in one article: the article,
// the nodes its facts refer to and the facts. It is written to the store as
// one transaction.
type Extraction struct {
	Article Article
	Nodes   []Node
	Facts   []Fact
}

// Evidence is where a fact is stated: an article's sentence and its offsets.
type Evidence struct {
	ArticleID string
	Date      string // the article's date, YYYY-MM-DD, or "" when unknown
	Sentence  int
	Start     int
	End       int
	Text      string
	Hedging   Hedging
	Outlet    string // the article's outlet, or "" when unknown
	URL       string // the article's URL, or "" when it has none
	Story     string // the article's story (see Article.Story); its id when not linked
}

// Relation is a fact as the read side sees it: one edge (or literal
// attribute) with every piece of evidence that states it.
type Relation struct {
	Subject   Node
	Predicate Predicate
	Object    Node   // zero when the object is a literal
	Literal   string // the literal object, when Object.ID is empty
	Title     string // for a role: the title as written ("special envoy")
	Evidence  []Evidence
}

// NodeID returns the stable ID of a named node: its type's prefix and a slug
// of its name ("person:dmitry-peskov"). Accents and case are folded so that
// spelling variants that differ only in those meet in one node.
func NodeID(t NodeType, name string) string {
	return IDPrefix(t) + ":" + Slug(name)
}

// IDPrefix returns the prefix of the node IDs of type t ("person"), the
// part of NodeID before the colon.
func IDPrefix(t NodeType) string {
	switch t {
	case Person:
		return "person"
	case Organization:
		return "org"
	case Country:
		return "country"
	case Place:
		return "place"
	case Event:
		return "event"
	case Statement:
		return "statement"
	case Agreement:
		return "agreement"
	case ArticleNode:
		return "article"
	}
	return strings.ToLower(string(t))
}

// ArticleID returns the node ID of the article with the given article id.
func ArticleID(id string) string { return "article:" + id }

// Slug folds name to lower-case ASCII letters and digits separated by single
// hyphens: "Zelenskyy’s Office" → "zelenskyys-office", "Jonas Gahr Støre"
// → "jonas-gahr-store". It is names.Slug, the one normalization of names.
func Slug(name string) string { return names.Slug(name) }

// Fold lower-cases s, folds accents and special Latin letters, drops dots
// and apostrophes and makes punctuation one space: the form in which names
// are compared. It is names.Fold, the one normalization of names.
func Fold(s string) string { return names.Fold(s) }

// EvidenceLabel returns the quad label that carries the evidence of a fact
// stated by sentence n of article articleID with the given hedging.
func EvidenceLabel(articleID string, n int, h Hedging) string {
	l := fmt.Sprintf("sent:%s#%d", articleID, n)
	if h != Asserted {
		l += "~" + string(h)
	}
	return l
}

// SentenceID returns the node ID of sentence n of article articleID.
func SentenceID(articleID string, n int) string { return EvidenceLabel(articleID, n, Asserted) }

// ParseEvidenceLabel is the inverse of EvidenceLabel.
func ParseEvidenceLabel(label string) (articleID string, n int, h Hedging, err error) {
	rest, ok := strings.CutPrefix(label, "sent:")
	i := strings.LastIndexByte(rest, '#')
	if !ok || i < 0 {
		return "", 0, "", fmt.Errorf("not an evidence label: %q", label)
	}
	articleID, tail := rest[:i], rest[i+1:]
	if num, hedge, found := strings.Cut(tail, "~"); found {
		tail, h = num, Hedging(hedge)
	}
	if _, err := fmt.Sscanf(tail, "%d", &n); err != nil || articleID == "" {
		return "", 0, "", fmt.Errorf("not an evidence label: %q", label)
	}
	return articleID, n, h, nil
}

// Subgraph is a part of the graph shaped for drawing: flat lists of nodes
// and edges with stable ids, as network front ends (Cytoscape.js, sigma.js,
// Gephi) consume them.
type Subgraph struct {
	Nodes     []GraphNode
	Edges     []Edge
	Truncated bool // a limit cut the subgraph short
}

// GraphNode is a node of a Subgraph with its number of edges in the whole
// graph.
type GraphNode struct {
	Node
	Degree int
}

// Edge is a relation between two nodes of a Subgraph, with its citations.
type Edge struct {
	ID         string // stable: derived from source, predicate and target
	Source     string // node ID
	Target     string // node ID
	Predicate  Predicate
	Weight     int        // number of distinct articles that state it
	ArticleIDs []string   // sorted
	Evidence   []Evidence // every sentence that states it
}

// EdgeID returns the stable id of the edge subject–predicate→object.
func EdgeID(subject string, p Predicate, object string) string {
	return "edge:" + subject + "|" + string(p) + "|" + object
}

// Accessors for readers that tell "unknown" from "empty" (the GraphQL API's
// nullable fields): the value, or nil when there is none. They take no
// context and do no I/O, so gqlgen resolves them inline instead of in a
// goroutine per field: on an actor with hundreds of pieces of evidence,
// those goroutines were most of the request's CPU.

// PredicateName returns the relation's predicate as a plain string.
func (r Relation) PredicateName() string { return string(r.Predicate) }

// PredicateName returns the edge's predicate as a plain string.
func (e Edge) PredicateName() string { return string(e.Predicate) }

// ValueOrNil returns the literal object of an attribute, nil for a
// relation between nodes.
func (r Relation) ValueOrNil() *string {
	if r.Object.ID != "" {
		return nil
	}
	v := r.Literal
	return &v
}

// TitleOrNil returns a role's title as written, nil when none is.
func (r Relation) TitleOrNil() *string { return orNil(r.Title) }

// FirstSeenOrNil returns the date of the earliest dated evidence, nil when
// none is dated.
func (r Relation) FirstSeenOrNil() *string { return orNil(r.FirstSeen()) }

// LastSeenOrNil returns the date of the latest dated evidence, nil when
// none is dated.
func (r Relation) LastSeenOrNil() *string { return orNil(r.LastSeen()) }

// DateOrNil returns the date of the evidence's article, nil when unknown.
func (e Evidence) DateOrNil() *string { return orNil(e.Date) }

func orNil(s string) *string {
	if s == "" {
		return nil
	}
	return &s
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
