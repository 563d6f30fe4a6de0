// Package gazetteer is the reference data of places: countries with their
// aliases, demonyms and capitals, first-level subdivisions and cities. The
// data is generated from open data sets into an embedded file (see gen/ and
// NOTICE).
package gazetteer

import "github.com/actorgraph/actorgraph/graph"

// Entry is a known country or place.
type Entry struct {
	Name       string         // canonical English name: "United States", "Kyiv"
	Type       graph.NodeType // graph.Country or graph.Place
	Country    string         // for a place: the canonical name of its country
	Capital    bool           // a place that is its country's capital
	Region     bool           // a first-level subdivision (state, province, oblast)
	Population int
}

// Gazetteer answers look-ups of place names. It is safe for concurrent use.
type Gazetteer struct{}

// Default returns the gazetteer built from the embedded data, loading it on
// first use.
func Default() *Gazetteer { return &Gazetteer{} }

// Lookup returns every entry known under name, as a canonical name or an
// alias, most likely first (countries, then capitals, then by population).
func (g *Gazetteer) Lookup(name string) []Entry { return nil }

// Country returns the country known under name, a canonical name, alias or
// code ("U.S.", "USA", "America", "Türkiye").
func (g *Gazetteer) Country(name string) (Entry, bool) { return Entry{}, false }

// Demonym returns the canonical name of the country an adjective or demonym
// refers to: "Russian" → "Russia", "American" → "United States".
func (g *Gazetteer) Demonym(word string) (country string, ok bool) { return "", false }

// Capital returns the canonical name of country's capital city, or "".
func (g *Gazetteer) Capital(country string) string { return "" }
