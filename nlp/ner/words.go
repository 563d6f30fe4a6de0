package ner

import pc "github.com/actorgraph/actorgraph/nlp/perceptron"

// Word classes the recognizer knows from a short list rather than from
// training alone: GUM's few thousand sentences hold "Organisation" but
// not "Agency", "Island" but not "Peninsula". A class is a feature of
// the word, of its neighbours, of the word before a capitalized run and
// of the run's last word (the head of an organization's or a place's
// name). Titles before a person's name ("Dr.", "Senator") are left to
// training: as a class they lowered cross-validated F1 on GUM train (GUM
// counts some of them as names of their own).
const (
	classOrg   = 1 + iota // a word that ends or makes organization names
	classPlace            // a word that ends or makes place names
)

var wordClasses = func() map[uint64]uint64 {
	m := map[uint64]uint64{}
	add := func(c uint64, words ...string) {
		for _, w := range words {
			m[pc.String(w)] = c
		}
	}
	add(classOrg, "university", "college", "school", "academy", "institute", "institution", "ministry", "department",
		"agency", "office", "bureau", "council", "committee", "commission", "board", "authority", "party", "union",
		"association", "society", "foundation", "federation", "league", "club", "team", "company", "corporation",
		"corp", "corp.", "inc", "inc.", "ltd", "ltd.", "llc", "co.", "group", "bank", "airlines", "press", "times",
		"news", "post", "journal", "network", "organization", "organisation", "parliament", "senate", "congress",
		"court", "army", "navy", "police", "church", "hospital", "museum", "gallery", "orchestra", "band", "studio",
		"studios", "records", "games", "gaming", "fund", "trust", "centre", "center", "service", "services")
	add(classPlace, "river", "lake", "sea", "ocean", "bay", "gulf", "island", "islands", "isle", "mountain",
		"mountains", "mount", "mt.", "hill", "hills", "valley", "desert", "forest", "park", "street", "st", "road",
		"rd.", "avenue", "ave.", "boulevard", "square", "bridge", "tower", "castle", "palace", "mansion", "cathedral",
		"temple", "stadium", "airport", "station", "harbour", "harbor", "port", "beach", "coast", "peninsula",
		"canyon", "falls", "county", "province", "state", "city", "district", "region", "village", "town",
		"kingdom", "republic", "empire", "canal", "strait", "cape", "heights", "plaza")
	return m
}()

// wordClass is the class of a word from the hash of its lowercase form,
// 0 if none.
func wordClass(lower uint64) uint64 { return wordClasses[lower] }
