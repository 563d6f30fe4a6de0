// Package loader turns article files into extractions ready for the store.
//
// The work is split by responsibility into subpackages: article parses a
// raw file into text and sentences, extract finds the facts in that text,
// and gazetteer holds the reference data (countries, demonyms, capitals,
// cities, subdivisions) that extraction consults. This package walks files
// and directories and reports a broken article without stopping the rest.
package loader
