// Package graph is the actor graph's store: the Store that keeps the
// domain types (package domain: the nodes, facts and evidence that the
// loader produces and the API reads, in the predicate vocabulary of
// ONTOLOGY.md) in Cayley and answers the read side's queries over them.
//
// It is the only package of the project that imports Cayley.
//
// # How facts are stored
//
// Every fact is one quad whose label is the evidence that states it: a
// sentence of an article, optionally qualified by a hedging status
// ("sent:ARTICLE#N" or "sent:ARTICLE#N~attributed", see
// [domain.EvidenceLabel]). The same fact stated by three articles is
// therefore three quads that differ only in their label, which the read
// side folds into one [domain.Relation] with three pieces of
// [domain.Evidence]. Deleting an article removes the quads labelled
// with its sentences, so a fact disappears only with its last evidence.
//
// # Where texts are kept
//
// Quads are facts: an article's text and its sentences (rune offsets into
// the text) are kept beside the quad store, in a documents store (a bucket
// of the bolt file, a table of the PostgreSQL schema, a map in memory),
// which evidence labels point into. The article node carries one quad
// naming the version of its document. See documents.go; stores of the
// earlier format, with four quads per sentence, are converted by Migrate
// (legacy.go).
package graph
