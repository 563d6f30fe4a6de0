package extract

import "testing"

// TestOwnBodyAfterName checks that a lower-case body noun before a title
// ("union leader X") reads the article's body of that noun only when the
// name brings no body of its own through "of".
func TestOwnBodyAfterName(t *testing.T) {
	const before = "The plan was attacked by the Velmar Dockers Union on Friday. "
	// the name's own body: no head_of the article's earlier union
	checkFacts(t, before+"A note from union leader Tamsin Orrel of the Coastal Haulage Federation said drivers would stop work.",
		nil, []string{"person:tamsin-orrel head_of org:velmar-dockers-union"})
	// with no "of" body the article's union is still read
	checkFacts(t, before+"A note from union leader Tamsin Orrel said drivers would stop work.",
		[]string{"person:tamsin-orrel head_of org:velmar-dockers-union"}, nil)
}

// TestFellowOpensNoName checks that "Fellow" opening a sentence before a
// lower-case title is no name.
func TestFellowOpensNoName(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Fellow senator Corin Vask of the Harbour Unity Party said the vote was rushed.", []string{"person:corin-vask"}, []string{"org:fellow"}},
		{"Fellow delegates met in Ostvale on Monday.", nil, []string{"org:fellow"}},
	})
}
