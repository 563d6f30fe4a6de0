package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
)

// benchWorkloads are the queries of the scale benchmark (BENCHMARKS.md):
// what a journalist's front end asks of an archive.
// The lookup workload, an actor without its relations, is not among them:
// it shows the server's ceiling, what the HTTP, GraphQL and store layers
// cost when the answer is a few fields.
var benchWorkloads = []string{"actor", "neighborhood", "paths", "timeline"}

// mixQueries are what an explorer sends about the sample articles, in
// rotation: look-ups, searches, a neighborhood, a path, a list.
var mixQueries = []string{
	`{ actor(name: "Peskov") { id name aliases relations { predicate object { name } value } } }`,
	`{ search(query: "zelensk") { id name type } }`,
	`{ neighborhood(actor: "Peskov", depth: 2, limit: 200) { nodes { id label type degree } edges { id source target predicate weight } truncated } }`,
	`{ paths(from: "Karasin", to: "Witkoff", maxLength: 4) { length steps { predicate } } }`,
	`{ articles { id date title } }`,
	`{ statements(speaker: "Peskov") { totalCount edges { node { text } } } }`,
}

// benchQueries are the benchmark workloads' documents; $a and $b are
// people sampled from the store.
var benchQueries = map[string]string{
	// a name typed into a search box: which actor is it?
	"lookup": `query($a: String!) { actor(name: $a) { id name type aliases degree } }`,
	// an actor with every relation and its evidence: the look-up behind an
	// actor page
	"actor": `query($a: String!) { actor(name: $a) { id name type aliases degree
  relations { id predicate title value subject { id name } object { id name }
    evidence { article { id } date sentence sentenceIndex start end hedging } } } }`,
	// the depth-2 ego network a graph view draws
	"neighborhood": `query($a: String!) { neighborhood(actor: $a, depth: 2, limit: 200) {
  nodes { id label type degree } edges { id source target predicate weight } truncated } }`,
	// how two people are connected, in up to 3 steps
	"paths": `query($a: String!, $b: String!) { paths(from: $a, to: $b, maxLength: 3, first: 3) {
  length steps { predicate subject { id name } object { id name } } } }`,
	// the events a person took part in, in date order
	"timeline": `query($a: String!) { timeline(actor: $a) { id category date
  places { name } participants { name } evidence { article { id } sentence } } }`,
}

// graphQLWorkload is the named workload against a GraphQL endpoint; the
// benchmark workloads ask about sample's people.
func graphQLWorkload(name, url string, sample *actorSample) workload {
	wl := workload{name: name, url: url, contentType: "application/json", check: checkGraphQL}
	if name == "mix" {
		bodies := make([][]byte, len(mixQueries))
		for i, q := range mixQueries {
			bodies[i], _ = json.Marshal(map[string]string{"query": q})
		}
		wl.body = func(i int) []byte { return bodies[i%len(bodies)] }
		return wl
	}
	doc := benchQueries[name]
	n := len(sample.names)
	bodies := make([][]byte, n)
	for i, a := range sample.names {
		// paths pairs each person with one a fixed stride away, so that the
		// pairs differ from one run of the sample to the next
		b := sample.names[(i+n/2+1)%n]
		bodies[i], _ = json.Marshal(map[string]any{"query": doc, "variables": map[string]string{"a": a, "b": b}})
		if name != "paths" {
			bodies[i], _ = json.Marshal(map[string]any{"query": doc, "variables": map[string]string{"a": a}})
		}
	}
	wl.body = func(i int) []byte { return bodies[i%n] }
	return wl
}

// actorSample is a seeded random sample of the store's people that have
// relations.
type actorSample struct {
	names []string
	seen  int // people paged through
}

// actorPages bounds the paging through the people list: listing them is a
// query over the whole store, and a few thousand people are enough to draw
// a sample from.
const actorPages = 8

// sampleActors pages through the people of the store (up to actorPages
// pages of 500) and draws n of those with relations, seeded.
func sampleActors(ctx context.Context, client *http.Client, url string, n int, seed int64) (*actorSample, error) {
	const doc = `query($after: String) { actors(filter: {types: [PERSON]}, first: 500, after: $after) {
  edges { node { name degree } } pageInfo { hasNextPage endCursor } } }`
	var (
		candidates []string
		after      *string
		seen       int
	)
	for range actorPages {
		var page struct {
			Data struct {
				Actors struct {
					Edges []struct {
						Node struct {
							Name   string
							Degree int
						}
					}
					PageInfo struct {
						HasNextPage bool
						EndCursor   *string
					}
				}
			}
			Errors []struct{ Message string }
		}
		if err := postJSON(ctx, client, url, map[string]any{"query": doc, "variables": map[string]any{"after": after}}, &page); err != nil {
			return nil, fmt.Errorf("sample actors: %w", err)
		}
		if len(page.Errors) > 0 {
			return nil, fmt.Errorf("sample actors: %s", page.Errors[0].Message)
		}
		for _, e := range page.Data.Actors.Edges {
			seen++
			if e.Node.Degree > 0 {
				candidates = append(candidates, e.Node.Name)
			}
		}
		if !page.Data.Actors.PageInfo.HasNextPage {
			break
		}
		after = page.Data.Actors.PageInfo.EndCursor
	}
	if len(candidates) < 2 {
		return nil, fmt.Errorf("sample actors: the store has %d people with relations, need 2", len(candidates))
	}
	r := rand.New(rand.NewPCG(uint64(seed), 0))
	r.Shuffle(len(candidates), func(i, j int) { candidates[i], candidates[j] = candidates[j], candidates[i] })
	return &actorSample{names: candidates[:min(n, len(candidates))], seen: seen}, nil
}

// postJSON posts body as JSON and decodes the answer into out.
func postJSON(ctx context.Context, client *http.Client, url string, body, out any) error {
	b, err := json.Marshal(body)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: HTTP %d", url, resp.StatusCode)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}
