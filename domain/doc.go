// Package domain holds the types of the actor graph that every layer
// shares: nodes and their types, articles and sentences, facts and
// extractions, relations and their evidence, subgraphs for drawing, and the
// predicate vocabulary of ONTOLOGY.md, with the rules that name nodes
// (NodeID, Slug, Fold) and label evidence (EvidenceLabel).
//
// It imports no storage: the extractor (loader/extract) produces these
// types and the API reads them without linking Cayley, bbolt or a
// PostgreSQL driver, which only package graph, the store, imports.
// TestDependencies keeps it so.
package domain
