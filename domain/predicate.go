package domain

// Predicate names an edge or attribute of the graph. The names are those of
// ONTOLOGY.md and are part of the facts.csv contract: do not rename them.
type Predicate string

// Role predicates: a Person to the Country, Organization or Person they
// serve.
const (
	PresidentOf     Predicate = "president_of"
	VicePresidentOf Predicate = "vice_president_of"
	PrimeMinisterOf Predicate = "prime_minister_of"
	MinisterOf      Predicate = "minister_of"
	SpokespersonFor Predicate = "spokesperson_for"
	EnvoyOf         Predicate = "envoy_of"
	HeadOf          Predicate = "head_of"
	MemberOf        Predicate = "member_of"
	Title           Predicate = "title" // literal: a role's title as written
)

// Geography and structure.
const (
	LocatedIn Predicate = "located_in"
	CapitalOf Predicate = "capital_of"
	PartOf    Predicate = "part_of"
	BasedIn   Predicate = "based_in" // an Organization's headquarters or base
)

// Event predicates.
const (
	Category    Predicate = "category" // literal: talks, meeting, phone_call, …
	Participant Predicate = "participant"
	HeldIn      Predicate = "held_in"
	Date        Predicate = "date" // literal: YYYY-MM-DD or YYYY-MM
	Attacker    Predicate = "attacker"
	Target      Predicate = "target"
	Victim      Predicate = "victim"  // a named Person killed or wounded
	Weapon      Predicate = "weapon"  // literal
	Killed      Predicate = "killed"  // literal count
	Injured     Predicate = "injured" // literal count
)

// Statement and position predicates.
const (
	Said     Predicate = "said"
	Text     Predicate = "text" // literal: a Statement's words
	Via      Predicate = "via"
	About    Predicate = "about"
	Proposed Predicate = "proposed"
	Endorsed Predicate = "endorsed"
	Rejected Predicate = "rejected"
)

// Node metadata and mentions.
const (
	Type        Predicate = "type"  // literal: the node's NodeType
	Name        Predicate = "name"  // literal: the canonical name
	Alias       Predicate = "alias" // literal: another spelling seen
	MentionedIn Predicate = "mentioned_in"
)

// Article and sentence attributes, stored on article and sentence nodes.
const (
	ArticleTitle  Predicate = "article_title"
	ArticleDate   Predicate = "article_date"
	ArticleSource Predicate = "article_source"
	ArticleOutlet Predicate = "article_outlet"
	InArticle     Predicate = "in_article"     // sentence → article
	SentenceText  Predicate = "sentence_text"  // literal
	SentenceStart Predicate = "sentence_start" // literal rune offset
	SentenceEnd   Predicate = "sentence_end"   // literal rune offset
)

// Publication metadata and wire-copy links of an article (see Article).
const (
	ArticleURL         Predicate = "article_url"
	ArticleByline      Predicate = "article_byline"
	ArticleLanguage    Predicate = "article_language"
	ArticleStory       Predicate = "article_story"       // literal: the story's first article id
	ArticleFingerprint Predicate = "article_fingerprint" // literal: the text's fingerprint
	ArticleFPKey       Predicate = "article_fpkey"       // literal: a look-up key of the fingerprint
)

// FactPredicates lists the predicates of facts, ONTOLOGY.md's vocabulary
// without node metadata and mentions: what a query may filter relations
// by.
var FactPredicates = []Predicate{
	PresidentOf, VicePresidentOf, PrimeMinisterOf, MinisterOf, SpokespersonFor, EnvoyOf, HeadOf, MemberOf, Title,
	LocatedIn, CapitalOf, PartOf, BasedIn,
	Category, Participant, HeldIn, Date, Attacker, Target, Victim, Weapon, Killed, Injured,
	Said, Text, Via, About, Proposed, Endorsed, Rejected,
}

// RolePredicates lists the role predicates in ONTOLOGY.md order.
var RolePredicates = []Predicate{
	PresidentOf, VicePresidentOf, PrimeMinisterOf, MinisterOf,
	SpokespersonFor, EnvoyOf, HeadOf, MemberOf,
}

// IsRole reports whether p is one of RolePredicates.
func (p Predicate) IsRole() bool {
	for _, r := range RolePredicates {
		if p == r {
			return true
		}
	}
	return false
}

// IsMeta reports whether p describes a node itself (its type, names and
// mentions) or a sentence or article, rather than relating two actors.
func (p Predicate) IsMeta() bool {
	switch p {
	case Type, Name, Alias, MentionedIn, ArticleTitle, ArticleDate, ArticleSource,
		ArticleOutlet, InArticle, SentenceText, SentenceStart, SentenceEnd, ArticleHash,
		ArticleURL, ArticleByline, ArticleLanguage, ArticleStory, ArticleFingerprint, ArticleFPKey,
		ReviewAction, ReviewTarget, ReviewBy, ReviewAt, ReviewNote, ReviewOther, ReviewRemoved, ReviewAdded:
		return true
	}
	return false
}

// ArticleHash is the content hash of the file an article was loaded from,
// stored on the article node with the article's own label. A bulk load
// reads every stored hash once (graph.Store.ArticleHashes) and skips the files whose
// hash it finds, so that rerunning an interrupted load of 100k articles
// neither extracts nor writes again what is already stored. The quad is
// part of the article, so replacing or deleting the article replaces or
// deletes it too.
const ArticleHash Predicate = "article_hash"

// Review predicates of merges and splits.
const (
	ReviewOther   Predicate = "review_other"   // literal: the node merged away, or the alias split off
	ReviewRemoved Predicate = "review_removed" // literal: N-Quads the review removed
	ReviewAdded   Predicate = "review_added"   // literal: N-Quads the review added
)

// Review predicates: a journalist's decisions, kept as quads of review
// nodes under graph's review label, apart from every article's evidence, so that
// reloading or deleting articles never erases them.
const (
	ReviewAction Predicate = "review_action" // literal: a graph.ReviewActionKind
	ReviewTarget Predicate = "review_target" // literal: the fact's id (FactID)
	ReviewBy     Predicate = "review_by"     // literal: who decided
	ReviewAt     Predicate = "review_at"     // literal: when, RFC 3339 with nanoseconds
	ReviewNote   Predicate = "review_note"   // literal: why, optional
)
