package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// makeArticle builds a domain.Article from text: paragraphs are separated by
// blank lines, sentences end with ". ", "? " or "! " (after a closing quote
// too) unless the word before the period is an abbreviation or initial.
// It stands in for article.Parse in these tests.
func makeArticle(id, text string) domain.Article {
	a := domain.Article{ID: id, Text: text, Date: "2025-03-25"}
	runeAt := 0
	start, startRune := -1, 0
	emit := func(end, endRune int) {
		if start < 0 {
			return
		}
		s := strings.TrimRight(text[start:end], " \n")
		if s != "" {
			a.Sentences = append(a.Sentences, domain.Sentence{Index: len(a.Sentences), Start: startRune, End: startRune + utf8.RuneCountInString(s), Text: s})
		}
		start = -1
	}
	skip := 0 // closing quote marks already taken into the previous sentence
	for i, r := range text {
		if i < skip {
			runeAt++
			continue
		}
		if start < 0 && r != ' ' && r != '\n' {
			start, startRune = i, runeAt
		}
		runeAt++
		switch r {
		case '\n':
			emit(i, runeAt-1)
		case '.', '?', '!':
			j := i + 1
			for j < len(text) && (text[j] == '"' || strings.HasPrefix(text[j:], "”")) {
				_, w := utf8.DecodeRuneInString(text[j:])
				j += w
			}
			if j < len(text) && text[j] != ' ' && text[j] != '\n' {
				continue
			}
			if r == '.' {
				w := text[:i]
				if k := strings.LastIndexAny(w, " \n(“\""); k >= 0 {
					w = w[k+1:]
				}
				if dotted(w) {
					continue
				}
			}
			// include the closing quote marks in the sentence
			emit(j, runeAt+utf8.RuneCountInString(text[i+1:j]))
			skip = j
		}
	}
	emit(len(text), runeAt)
	// Recompute offsets exactly from the text to keep the invariant.
	for k := range a.Sentences {
		s := &a.Sentences[k]
		s.End = s.Start + utf8.RuneCountInString(s.Text)
	}
	return a
}

// fakeGaz is a small gazetteer for tests: a handful of countries, with
// demonyms, codes and capitals, and a few cities.
type fakeGaz struct {
	countries map[string]gazetteer.Entry // by name, alias or code
	demonyms  map[string]string
	places    map[string][]gazetteer.Entry
	capitals  map[string]string
	seats     map[string]string
}

func newFakeGaz() *fakeGaz {
	g := &fakeGaz{
		countries: map[string]gazetteer.Entry{},
		demonyms:  map[string]string{},
		places:    map[string][]gazetteer.Entry{},
		capitals:  map[string]string{},
		seats:     map[string]string{"Kremlin": "Russia", "White House": "United States", "Brussels": "European Union"},
	}
	add := func(name, capital string, aliases []string, demonyms ...string) {
		e := gazetteer.Entry{Name: name, Type: domain.Country}
		g.countries[name] = e
		for _, a := range aliases {
			g.countries[a] = e
		}
		for _, d := range demonyms {
			g.demonyms[d] = name
		}
		g.places[name] = append(g.places[name], e)
		if capital != "" {
			g.capitals[name] = capital
			g.places[capital] = append(g.places[capital], gazetteer.Entry{Name: capital, Type: domain.Place, Country: name, Capital: true, Population: 1_000_000})
		}
	}
	add("Kenya", "Nairobi", nil, "Kenyan")
	add("Ethiopia", "Addis Ababa", nil, "Ethiopian")
	add("India", "New Delhi", nil, "Indian")
	add("Pakistan", "Islamabad", nil, "Pakistani")
	add("Israel", "Jerusalem", nil, "Israeli")
	add("Egypt", "Cairo", nil, "Egyptian")
	add("Qatar", "Doha", nil, "Qatari")
	add("Thailand", "Bangkok", nil, "Thai")
	add("Cambodia", "Phnom Penh", nil, "Cambodian")
	add("United States", "Washington", []string{"US", "U.S.", "USA", "America"}, "American")
	add("Sudan", "Khartoum", nil, "Sudanese")
	add("Norway", "Oslo", nil, "Norwegian")
	add("Japan", "Tokyo", nil, "Japanese")
	add("South Korea", "Seoul", nil, "South Korean")
	add("China", "Beijing", nil, "Chinese")
	add("Russia", "Moscow", nil, "Russian")
	add("Belgium", "Brussels", nil, "Belgian")
	add("Kuwait", "Kuwait City", nil, "Kuwaiti")
	add("South Africa", "Pretoria", nil, "South African")
	add("Singapore", "Singapore", nil, "Singaporean") // a city-state
	add("European Union", "", []string{"EU"})
	for _, n := range []string{"European Union", "EU"} {
		e := g.countries[n]
		e.Bloc = true
		g.countries[n] = e
	}
	city := func(name, country string, pop int) {
		g.places[name] = append(g.places[name], gazetteer.Entry{Name: name, Type: domain.Place, Country: country, Population: pop})
	}
	city("Mombasa", "Kenya", 1_200_000)
	city("Lahore", "Pakistan", 11_000_000)
	city("Karachi", "Pakistan", 14_000_000)
	city("Kisumu", "Kenya", 400_000)
	city("Gondar", "Ethiopia", 300_000)
	city("Haifa", "Israel", 280_000)
	city("Siem Reap", "Cambodia", 240_000)
	city("Bergen", "Norway", 280_000)
	city("Voi", "Kenya", 45_000)
	// the real gazetteer folds "U.N." to a town named Un
	g.places["U.N."] = []gazetteer.Entry{{Name: "Un", Type: domain.Place, Country: "Kenya", Population: 20_000}}
	g.places["Nyanza"] = append(g.places["Nyanza"], gazetteer.Entry{Name: "Nyanza", Type: domain.Place, Country: "Kenya", Region: true})
	g.places["Rift Valley"] = []gazetteer.Entry{{Name: "Rift Valley", Type: domain.Place, Country: "Kenya", Region: true}}
	// a region whose own name is a common word, known by an alias with
	// its kind
	g.places["Coast Region"] = []gazetteer.Entry{{Name: "Coast", Type: domain.Place, Country: "Kenya", Region: true, Ambiguous: true}}
	// a town whose name is also a common word ("Tangier")
	g.places["Ruiru"] = []gazetteer.Entry{{Name: "Ruiru", Type: domain.Place, Country: "Kenya", Population: 300_000, Ambiguous: true}}
	// a place whose name ends in a body's word
	g.places["Oregon"] = []gazetteer.Entry{{Name: "Oregon", Type: domain.Place, Country: "United States", Region: true}}
	g.places["West Bank"] = []gazetteer.Entry{{Name: "West Bank", Type: domain.Place, Country: "Israel", Region: true}}
	return g
}

func (g *fakeGaz) Lookup(name string) []gazetteer.Entry { return slices.Clone(g.places[name]) }

func (g *fakeGaz) Country(name string) (gazetteer.Entry, bool) {
	e, ok := g.countries[name]
	return e, ok
}

func (g *fakeGaz) Demonym(word string) (string, bool) {
	c, ok := g.demonyms[word]
	return c, ok
}

func (g *fakeGaz) Capital(country string) string { return g.capitals[country] }

// Adjective is the first demonym add gave the country.
func (g *fakeGaz) Adjective(country string) string {
	best := ""
	for d, c := range g.demonyms {
		if c == country && (best == "" || d < best) {
			best = d
		}
	}
	return best
}

// Seat knows a few seats of government, with or without "the".
func (g *fakeGaz) Seat(name string) (string, bool) {
	c, ok := g.seats[strings.TrimPrefix(name, "the ")]
	return c, ok
}

// checkFacts extracts text and checks that every fact of want is stated
// and that no fact holds one of notWant: a "subject predicate" start, or
// any part of a fact ("endorsed agreement:peace-deal", "victim
// person:x"). Mentions are no facts here.
func checkFacts(t *testing.T, text string, want, notWant []string) {
	t.Helper()
	checkFactsGaz(t, newFakeGaz(), text, want, notWant)
}

// checkFactsGaz is checkFacts with gazetteer gaz (gazetteer.Default() for
// the tests that need the real one's places).
func checkFactsGaz(t *testing.T, gaz places, text string, want, notWant []string) {
	t.Helper()
	checkFactsWith(t, gaz, text, want, notWant, func(fact, nw string) bool {
		return !strings.Contains(fact, " "+string(domain.MentionedIn)+" ") && strings.Contains(fact, nw)
	})
}

// checkFactsWith extracts text with gazetteer gaz and checks that every
// fact of want is stated, mentions included, and that no fact is one
// refused reports for an entry of notWant (the tests differ in how an
// entry refuses a fact: a part, a start, the whole fact).
func checkFactsWith(t *testing.T, gaz places, text string, want, notWant []string, refused func(fact, notWant string) bool) {
	t.Helper()
	got := factLines(extractWith(gaz, makeArticle("t", text)), true)
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("%q:\nexpected %s\ngot %q", text, w, got)
		}
	}
	for _, nw := range notWant {
		for _, g := range got {
			if refused(g, nw) {
				t.Errorf("%q:\nunexpected %s", text, g)
			}
		}
	}
}
