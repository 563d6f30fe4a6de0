// Package loader turns article files into extractions ready for the store.
//
// The work is split by responsibility into subpackages: article parses a
// raw file into text and sentences, extract finds the facts in that text,
// and gazetteer holds the reference data (countries, demonyms, capitals,
// cities, subdivisions) that extraction consults. The readers of what
// newsrooms hold each have their own: html (a web page's article body and
// metadata, by readability), feed (RSS and Atom), export (JSON Lines and
// CSV from news APIs and scrapers), and fetch (URLs, with the limits a
// server needs). lang refuses what is not English; dedup fingerprints a
// text so that wire copies of one story are linked.
//
// This package turns load arguments into Docs (Expand), loads them in
// batches with resume (LoadDocs), and reports a broken article without
// stopping the rest.
package loader
