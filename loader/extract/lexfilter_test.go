package extract

import (
	"strings"
	"testing"
)

// TestLexFiltersKnowTheirWords checks that every lexicon set with a filter
// lets each of its words through, also after extraction has run (a rule
// that added a word to a set as it ran would make its filter wrong), and
// that the sets the rules read most have filters.
func TestLexFiltersKnowTheirWords(t *testing.T) {
	if len(lexSets) < 100 || !lexReady {
		t.Fatalf("%d lexicon sets registered, ready %v", len(lexSets), lexReady)
	}
	for _, m := range []map[string]struct{}{triggerWords, heldTenure, businessKinds, namedHeads} {
		if lexFilter(m) == nil {
			t.Errorf("a set of %d words has no filter", len(m))
		}
	}
	if lexFilter(map[string]struct{}{"minister": {}}) != nil || lexFilter(nil) != nil {
		t.Error("a map made after initialization has a filter")
	}
	check := func(when string) {
		for _, m := range lexSets {
			f := lexFilter(m)
			if f == nil {
				t.Fatalf("%s: a registered set of %d words has no filter", when, len(m))
			}
			for w := range m {
				if !f.may(w) {
					t.Errorf("%s: the filter of a set of %d words turns %q away", when, len(m), w)
				}
			}
		}
	}
	check("at start")
	arts, _ := sampleArticles(t)
	for _, a := range arts {
		Article(a)
	}
	check("after the samples")
}

// TestInAgreesWithTheMap checks `in` bit for bit against a plain map
// look-up for every set, over every lexicon word and variants of it
// (other case, one byte more or less, a letter changed).
func TestInAgreesWithTheMap(t *testing.T) {
	words := map[string]bool{"": true, "a": true, "Z": true, "Vostrik": true, "the": true, "ministers": true}
	for _, m := range lexSets {
		for w := range m {
			words[w] = true
			words[strings.ToUpper(w)] = true
			words[w+"s"] = true
			words["x"+w] = true
			if w != "" {
				words[w[:len(w)-1]] = true
				words[w[:len(w)/2]+"q"+w[len(w)/2+1:]] = true
			}
		}
	}
	calls, turned := 0, 0
	for _, m := range lexSets {
		f := lexFilter(m)
		for w := range words {
			_, want := m[w]
			if got := in(m, w); got != want {
				t.Fatalf("in(set of %d words, %q) = %v, the map says %v", len(m), w, got, want)
			}
			calls++
			if !f.may(w) {
				turned++
			}
		}
	}
	// The filters must answer most misses by themselves (at least 80 %
	// of these words, nearly all of them absent from a given set).
	if turned < calls*8/10 {
		t.Errorf("the filters turned away %d of %d look-ups", turned, calls)
	}
}

// BenchmarkIn looks the words of a sentence up in a few of the sets the
// rules read most, by `in` and by the map alone.
func BenchmarkIn(b *testing.B) {
	toks := tokenize("The foreign minister of Veldoria said on Tuesday that the two governments would sign a new trade agreement in the capital next month.", nil)
	sets := []map[string]struct{}{triggerWords, namedHeads, speechVerbs, orgCues, placeKinds, heldTenure}
	n := 0
	b.Run("in", func(b *testing.B) {
		for b.Loop() {
			for _, m := range sets {
				for i := range toks {
					if in(m, toks[i].lower) {
						n++
					}
				}
			}
		}
	})
	b.Run("map", func(b *testing.B) {
		for b.Loop() {
			for _, m := range sets {
				for i := range toks {
					if _, ok := m[toks[i].lower]; ok {
						n++
					}
				}
			}
		}
	})
	_ = n
}
