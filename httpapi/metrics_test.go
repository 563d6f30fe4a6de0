package httpapi_test

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/httpapi"
)

// scrape reads /metrics and checks it line by line against Prometheus's
// text format: every sample's family declared by a TYPE line before it,
// names and labels well formed, values numbers. It returns the samples by
// their name and labels as written.
func scrape(t *testing.T, base string) map[string]float64 {
	t.Helper()
	resp, err := http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/plain; version=0.0.4") {
		t.Fatalf("GET /metrics: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	sample := regexp.MustCompile(`^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{([a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\.)*")(,[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\.)*")*\})? (\S+)$`)
	typeLine := regexp.MustCompile(`^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$`)
	types := map[string]string{}
	out := map[string]float64{}
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		line := sc.Text()
		if m := typeLine.FindStringSubmatch(line); m != nil {
			if types[m[1]] != "" {
				t.Errorf("metrics: %s declared twice", m[1])
			}
			types[m[1]] = m[2]
			continue
		}
		if strings.HasPrefix(line, "# HELP ") {
			continue
		}
		m := sample.FindStringSubmatch(line)
		if m == nil {
			t.Errorf("metrics: malformed line %q", line)
			continue
		}
		family := m[1]
		if types[family] == "" {
			family = regexp.MustCompile(`_(bucket|sum|count)$`).ReplaceAllString(family, "")
			if types[family] != "histogram" {
				t.Errorf("metrics: %s has no TYPE before it", m[1])
			}
		}
		v, err := strconv.ParseFloat(m[len(m)-1], 64)
		if err != nil {
			t.Errorf("metrics: %q: value: %v", line, err)
		}
		key := line[:strings.LastIndexByte(line, ' ')]
		if _, dup := out[key]; dup {
			t.Errorf("metrics: %s twice", key)
		}
		out[key] = v
	}
	return out
}

func TestMetricsCountRequestsAndTheStore(t *testing.T) {
	srv, _ := writableServer(t)
	before := scrape(t, srv.URL)
	if before[`actorgraph_store_articles`] != 0 {
		t.Errorf("empty store: articles gauge %v", before[`actorgraph_store_articles`])
	}

	for range 3 {
		send(t, srv, `{ articles { id } }`, nil)
	}
	send(t, srv, `{ search(query: "x", first: 100000) { id } }`, nil)
	send(t, srv, `{ articles { id `, nil)
	send(t, srv, mutations[0], nil)
	_, out := send(t, srv, mutations[0], nil, "Authorization", "Bearer "+testToken)
	if len(out.Errors) != 0 {
		t.Fatal(out.Errors)
	}
	send(t, srv, mutations[0], nil, "Authorization", "Bearer "+testToken)
	http.Post(srv.URL+"/graphql", "text/plain", strings.NewReader("{ articles { id } }"))

	m := scrape(t, srv.URL)
	for key, want := range map[string]float64{
		`actorgraph_graphql_requests_total{operation="query",outcome="ok"}`:                  3,
		`actorgraph_graphql_requests_total{operation="query",outcome="BAD_USER_INPUT"}`:      1,
		`actorgraph_graphql_requests_total{operation="none",outcome="GRAPHQL_PARSE_FAILED"}`: 1,
		`actorgraph_graphql_requests_total{operation="none",outcome="BAD_REQUEST"}`:          1,
		`actorgraph_graphql_requests_total{operation="mutation",outcome="UNAUTHENTICATED"}`:  1,
		`actorgraph_graphql_requests_total{operation="mutation",outcome="ok"}`:               2,
		`actorgraph_graphql_request_duration_seconds_count{operation="query"}`:               4,
		`actorgraph_graphql_request_duration_seconds_bucket{operation="query",le="+Inf"}`:    4,
		`actorgraph_ingest_articles_total{outcome="ok"}`:                                     1,
		`actorgraph_ingest_articles_total{outcome="unchanged"}`:                              1,
		`actorgraph_ingest_articles_total{outcome="error"}`:                                  0,
		`actorgraph_store_articles`: 1,
		// the articles query answered twice from the response cache; the
		// first, the search, the unparsed query and the mutations missed
		`actorgraph_graphql_response_cache_total{result="hit"}`:  2,
		`actorgraph_graphql_response_cache_total{result="miss"}`: 6,
	} {
		if got, ok := m[key]; !ok || got != want {
			t.Errorf("%s = %v (present %v), want %v", key, got, ok, want)
		}
	}
	if m[`actorgraph_store_quads`] <= 0 || m[`actorgraph_ingest_quads_added_total`] <= 0 || m[`actorgraph_ingest_facts_total`] <= 0 {
		t.Errorf("quads %v, quads added %v, facts %v: want all > 0", m[`actorgraph_store_quads`], m[`actorgraph_ingest_quads_added_total`], m[`actorgraph_ingest_facts_total`])
	}
	// buckets are cumulative
	prev := -1.0
	for _, le := range []string{"0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "10", "+Inf"} {
		v, ok := m[`actorgraph_graphql_request_duration_seconds_bucket{operation="query",le="`+le+`"}`]
		if !ok || v < prev {
			t.Errorf("query latency bucket le=%s: %v (present %v), after %v", le, v, ok, prev)
		}
		prev = v
	}
}

func TestHealthzChecksTheStore(t *testing.T) {
	store, err := graph.Open(context.Background(), t.TempDir()+"/graph.db")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(httpapi.NewMux(store, httpapi.Options{}))
	defer srv.Close()
	get := func() (int, string) {
		resp, err := http.Get(srv.URL + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if status, body := get(); status != http.StatusOK || body != "ok\n" {
		t.Errorf("healthz of an open store: %d %q", status, body)
	}
	store.Close()
	if status, body := get(); status != http.StatusServiceUnavailable || strings.Contains(body, "graph.db") {
		t.Errorf("healthz of a closed store: %d %q, want 503 without details", status, body)
	}
	// /metrics still answers, without the store's gauges
	if m := scrape(t, srv.URL); len(m) == 0 {
		t.Error("no metrics with the store closed")
	} else if _, ok := m["actorgraph_store_quads"]; ok {
		t.Error("a closed store still reports its size")
	}
}
