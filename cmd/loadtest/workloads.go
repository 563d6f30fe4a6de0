package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"strings"
)

// benchWorkloads are the queries of the scale benchmark (BENCHMARKS.md):
// what a journalist's front end asks of an archive.
// The lookup workload, an actor without its relations, is not among them:
// it shows the server's ceiling, what the HTTP, GraphQL and store layers
// cost when the answer is a few fields. Nor is actorpage, the actor
// workload with its relations and evidence paged.
var benchWorkloads = []string{"actor", "neighborhood", "paths", "timeline"}

// mixQueries are what an explorer sends, in rotation: look-ups, a
// search, a neighborhood, a path, a list, quotes. $a and $b are people
// sampled from the store, $q a word of $a's name: a mix about people the
// store does not hold would measure NOT_FOUND answers (on a generated
// store, 348 of 546 were).
var mixQueries = []string{
	`query($a: String!) { actor(name: $a) { id name aliases relations { predicate object { name } value } } }`,
	`query($q: String!) { search(query: $q) { id name type } }`,
	`query($a: String!) { neighborhood(actor: $a, depth: 2, limit: 200) { nodes { id label type degree } edges { id source target predicate weight } truncated } }`,
	`query($a: String!, $b: String!) { paths(from: $a, to: $b, maxLength: 4) { length steps { predicate } } }`,
	`{ articles { id date title } }`,
	`query($a: String!) { statements(speaker: $a) { totalCount edges { node { text } } } }`,
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
	// the first page of an actor page: 20 relations with 3 pieces of
	// evidence each, however many the actor has
	"actorpage": `query($a: String!) { actor(name: $a) { id name type aliases degree
  relations(first: 20) { id predicate title value subject { id name } object { id name } evidenceCount
    evidence(first: 3) { article { id } date sentence sentenceIndex start end hedging } } } }`,
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

// graphQLWorkload is the named workload against a GraphQL endpoint, about
// sample's people.
func graphQLWorkload(name, url string, sample *actorSample) workload {
	wl := workload{name: name, url: url, contentType: "application/json", check: checkGraphQL}
	n := len(sample.names)
	if name == "mix" {
		// every query of the rotation about every person of the sample
		bodies := make([][]byte, 0, n*len(mixQueries))
		for i, a := range sample.names {
			vars := map[string]string{"a": a, "b": sample.names[(i+n/2+1)%n], "q": searchWord(a)}
			for _, q := range mixQueries {
				bodies = append(bodies, graphQLBody(q, vars))
			}
		}
		wl.body = func(i int) []byte { return bodies[i%len(bodies)] }
		return wl
	}
	doc := benchQueries[name]
	bodies := make([][]byte, n)
	for i, a := range sample.names {
		vars := map[string]string{"a": a}
		if name == "paths" {
			// each person with one a fixed stride away, so that the pairs
			// differ from one run of the sample to the next
			vars["b"] = sample.names[(i+n/2+1)%n]
		}
		bodies[i] = graphQLBody(doc, vars)
	}
	wl.body = func(i int) []byte { return bodies[i%n] }
	return wl
}

// graphQLBody is a request body with the variables doc declares: GraphQL
// refuses variables a document does not declare.
func graphQLBody(doc string, vars map[string]string) []byte {
	used := map[string]string{}
	for k, v := range vars {
		if strings.Contains(doc, "$"+k+":") {
			used[k] = v
		}
	}
	body := map[string]any{"query": doc}
	if len(used) > 0 {
		body["variables"] = used
	}
	b, _ := json.Marshal(body)
	return b
}

// searchWord is what a user types to find a person: the last word of the
// name, lower-cased.
func searchWord(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return name
	}
	return strings.ToLower(f[len(f)-1])
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
