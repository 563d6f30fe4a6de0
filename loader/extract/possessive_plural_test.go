package extract

import (
	"slices"
	"testing"
)

// TestTradePluralPossessiveInName checks that a plural in -men of a trade
// keeps its "'s" inside a body's name, as "People's" and "Women's" do
// ("the Baltic Seamen's Union" is one body, not "Baltic Seamen"), and
// that a place's or a person's possessive stays outside the name, as
// does a trade's before a lower-case word.
func TestTradePluralPossessiveInName(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"The Baltic Seamen's Union called a strike on Monday.", []string{"org:baltic-seamens-union"}, []string{"org:baltic-seamen"}},
		{"Edda Rask, president of the Tarvo Coastal Fishermen's Association, said the quota was unfair.", []string{"org:tarvo-coastal-fishermens-association"}, []string{"org:tarvo-coastal-fishermen"}},
		{"The Halden Craftsmen's Guild opened its hall on Friday.", []string{"org:halden-craftsmens-guild"}, nil},
		// a place's or a person's possessive is no part of a body's name
		{"Yemen's Foreign Ministry condemned the attack on Monday.", nil, []string{"org:yemens-foreign-ministry", "org:yemens"}},
		{"Bremen's harbour board met on Tuesday.", nil, []string{"org:bremens-harbour-board"}},
		// a trade's possessive before no body's head word stays outside
		{"The Fishermen's Spokesman Olav Tind said the port would close.", nil, []string{"org:fishermens"}},
		{"Firemen's Widows marched through Tarvo on Sunday.", nil, []string{"person:firemens-widows"}},
	})
}

// TestTradePluralPossessiveToken checks which words keep their "'s" as
// one token: a trade's plural in -men before a capitalized word only,
// never a place or a given name in -men.
func TestTradePluralPossessiveToken(t *testing.T) {
	for _, c := range []struct {
		text, word string
	}{
		{"the Halden Seamen's Union", "Seamen's"},
		{"the Tarvo Dairymen's Cooperative", "Dairymen's"},
		{"the Policemen's Benevolent Society", "Policemen's"},
		{"Tarvo Fishermen's boats were seized", "Fishermen"},
		{"the Fishermen's Ordeal", "Fishermen"},
		{"Policemen's Wives protested", "Policemen"},
		{"the Fishermen's Welfare Association", "Fishermen's"},
		{"Yemen's Foreign Ministry", "Yemen"},
		{"Xiamen's Port Authority", "Xiamen"},
		{"Carmen's Bakery", "Carmen"},
	} {
		var words []string
		for _, tok := range tokenize(c.text, nil) {
			words = append(words, tok.text)
		}
		if !slices.Contains(words, c.word) {
			t.Errorf("%q: expected token %q; got %q", c.text, c.word, words)
		}
	}
}
