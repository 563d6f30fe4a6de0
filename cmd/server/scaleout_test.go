package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"
)

// TestTwoServersOneWriterOnPostgres serves one PostgreSQL schema from two
// servers, each with its read cache, and loads the sample articles into it
// with a third store (server load): both servers must answer with the new
// articles (stats, search) within a bound, without a restart. It runs
// against the throwaway server of scripts/pg-test.sh.
func TestTwoServersOneWriterOnPostgres(t *testing.T) {
	dsn := os.Getenv("ACTORGRAPH_TEST_POSTGRES")
	if dsn == "" {
		t.Skip("ACTORGRAPH_TEST_POSTGRES is not set (run through scripts/pg-test.sh)")
	}
	ctx := context.Background()
	admin, err := sql.Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	schema := "actorgraph_test_" + strings.ToLower(rand.Text())
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { // after the servers stop (cleanups run last first)
		admin.ExecContext(ctx, "DROP SCHEMA "+schema+" CASCADE")
		admin.Close()
	})
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	db := u.String()

	servers := []string{startServe(t, "-db", db, "-read-only"), startServe(t, "-db", db, "-read-only")}
	ask := func(base string) (articles, hits int) {
		t.Helper()
		body, _ := json.Marshal(map[string]string{"query": `{ stats { articles } search(query: "peskov") { id } }`})
		resp, err := http.Post(base+"/graphql", "application/json", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out struct {
			Data struct {
				Stats  struct{ Articles int }
				Search []struct{ ID string }
			}
			Errors []struct{ Message string }
		}
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || len(out.Errors) > 0 {
			t.Fatalf("%s: %v %v", base, err, out.Errors)
		}
		return out.Data.Stats.Articles, len(out.Data.Search)
	}
	for _, s := range servers {
		if a, h := ask(s); a != 0 || h != 0 {
			t.Fatalf("%s before the load: %d articles, %d hits", s, a, h)
		}
	}

	if err := run(ctx, []string{"load", "-db", db, articles}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadDir(articles)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range servers {
		deadline := time.Now().Add(10 * time.Second)
		for {
			a, h := ask(s)
			if a == len(want) && h > 0 {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s 10 s after the load: %d articles, %d hits for peskov; want %d and some", s, a, h, len(want))
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
}
