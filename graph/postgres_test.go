package graph

import (
	"context"
	"crypto/rand"
	"database/sql"
	"fmt"
	"github.com/actorgraph/actorgraph/domain"
	mrand "math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// testPostgresEnv names the variable that holds the URL of a PostgreSQL
// server the tests may create and drop schemas on.
const testPostgresEnv = "ACTORGRAPH_TEST_POSTGRES"

// openTestPostgres opens a store in a new schema of the server at dsn and
// drops the schema when the test ends, so that tests neither see nor
// disturb each other's quads. An unreachable server fails the test: whoever
// set the variable wants PostgreSQL tested.
func openTestPostgres(tb testing.TB, dsn string) *Store {
	tb.Helper()
	ctx := context.Background()
	admin, err := sql.Open("postgres", dsn)
	if err != nil {
		tb.Fatalf("%s: %v", testPostgresEnv, err)
	}
	schema := "actorgraph_test_" + strings.ToLower(rand.Text())
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		admin.Close()
		tb.Fatalf("create schema on %s: %v", redactDSN(dsn), err)
	}
	tb.Cleanup(func() {
		if _, err := admin.ExecContext(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			tb.Errorf("drop schema %s: %v", schema, err)
		}
		admin.Close()
	})
	s, err := Open(ctx, withSearchPath(tb, dsn, schema))
	if err != nil {
		tb.Fatalf("Open(postgres, schema %s): %v", schema, err)
	}
	tb.Cleanup(func() { s.Close() }) // runs before the schema is dropped
	return s
}

// withSearchPath returns dsn with the server's search_path set to schema.
func withSearchPath(tb testing.TB, dsn, schema string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		tb.Fatalf("%s is not a URL: %v", testPostgresEnv, redactDSN(dsn))
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func TestRedactDSN(t *testing.T) {
	tests := []struct{ in, want string }{
		{"postgres://ag:s3cret@127.0.0.1:5432/ag?sslmode=disable", "postgres://ag:xxxxx@127.0.0.1:5432/ag?sslmode=disable"},
		{"postgresql://ag@db/ag", "postgresql://ag@db/ag"},
		{"postgres://db/ag?password=s3cret&sslmode=disable", "postgres://db/ag?password=xxxxx&sslmode=disable"},
		{"cockroach://root:s3cret@crdb:26257/ag", "cockroach://root:xxxxx@crdb:26257/ag"},
		{"postgres://ag:s3cret@db:notaport/ag", "postgres://(malformed)"},
	}
	for _, tt := range tests {
		if got := redactDSN(tt.in); got != tt.want {
			t.Errorf("redactDSN(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsSQL(t *testing.T) {
	tests := []struct {
		dsn  string
		want bool
	}{
		{"postgres://127.0.0.1/ag", true},
		{"postgresql://127.0.0.1/ag", true},
		{"POSTGRES://127.0.0.1/ag", true},
		{"cockroach://127.0.0.1:26257/ag", true},
		{"mysql://127.0.0.1/ag", false},
		{"data/postgres.db", false},
		{Memory, false},
	}
	for _, tt := range tests {
		if got := isSQL(tt.dsn); got != tt.want {
			t.Errorf("isSQL(%q) = %v, want %v", tt.dsn, got, tt.want)
		}
	}
}

// TestOpenPostgresErrorsHidePassword opens servers that cannot answer: the
// password must not appear in the error, which callers log.
func TestOpenPostgresErrorsHidePassword(t *testing.T) {
	ctx := context.Background()
	for _, dsn := range []string{
		"postgres://ag:s3cret@127.0.0.1:1/ag?sslmode=disable&connect_timeout=2",
		"postgres://ag:s3cret@127.0.0.1:notaport/ag",
		"postgresql://127.0.0.1:1/ag?password=s3cret&sslmode=disable&connect_timeout=2",
	} {
		s, err := Open(ctx, dsn)
		if err == nil {
			s.Close()
			t.Errorf("Open(%q) succeeded, want an error", redactDSN(dsn))
			continue
		}
		if strings.Contains(err.Error(), "s3cret") {
			t.Errorf("Open error shows the password: %v", err)
		}
	}
}

// TestPostgresReopen checks that tables are created on first use only: a
// second Open of the same schema sees what the first wrote, and Backend
// does not show the password.
func TestPostgresReopen(t *testing.T) {
	dsn := os.Getenv(testPostgresEnv)
	if dsn == "" {
		t.Skipf("%s is not set (run through scripts/pg-test.sh)", testPostgresEnv)
	}
	ctx := context.Background()
	first := openTestPostgres(t, dsn)
	if _, err := first.WriteArticle(ctx, sampleArticle("a1")); err != nil {
		t.Fatal(err)
	}
	// the schema openTestPostgres made, read back from the backend's URL
	u, err := url.Parse(first.Backend())
	if err != nil {
		t.Fatal(err)
	}
	schema := u.Query().Get("search_path")
	if pw, ok := u.User.Password(); ok && pw != "xxxxx" {
		t.Errorf("Backend() = %q shows the password", first.Backend())
	}
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	again, err := Open(ctx, withSearchPath(t, dsn, schema))
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer again.Close()
	arts, err := again.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 || arts[0].ID != "a1" {
		t.Errorf("Articles after reopen = %+v, want [a1]", arts)
	}
	if again.hasNode(domain.NodeID(domain.Person, "Nobody Here")) {
		t.Errorf("hasNode reports a node that was never written")
	}
}

// BenchmarkWriteArticle writes invented articles, one per iteration, into a
// store that grows as it goes, and reports articles written per second.
// Generating an extraction takes microseconds, against milliseconds for
// writing one, so it stays inside the timed loop.
func BenchmarkWriteArticle(b *testing.B) {
	for name := range backends(b) {
		b.Run(name, func(b *testing.B) {
			// a store of its own, so that earlier sub-benchmarks' sizes do
			// not differ between backends
			s := backends(b)[name]
			ctx := context.Background()
			gen := newArticleGen(1)
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				if _, err := s.WriteArticle(ctx, gen.next()); err != nil {
					b.Fatal(err)
				}
				n++
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}

// articleGen makes invented extractions shaped like wire stories: a dozen
// sentences, a handful of people, organisations and countries drawn from
// fixed pools (so that later articles meet actors stored by earlier ones),
// role facts, an attributed statement and a mention per actor.
type articleGen struct {
	rng       *mrand.Rand
	n         int
	people    []string
	orgs      []string
	countries []string
}

func newArticleGen(seed uint64) *articleGen {
	rng := mrand.New(mrand.NewPCG(seed, seed))
	syl := []string{"ka", "lo", "mir", "ve", "tan", "sor", "bel", "un", "dra", "el", "vi", "ros", "ta", "nek", "ul", "bra"}
	word := func(parts int) string {
		var w strings.Builder
		for range parts {
			w.WriteString(syl[rng.IntN(len(syl))])
		}
		s := w.String()
		return strings.ToUpper(s[:1]) + s[1:]
	}
	g := &articleGen{rng: rng}
	for range 400 {
		g.people = append(g.people, word(2)+" "+word(3))
	}
	for range 60 {
		g.orgs = append(g.orgs, word(2)+" "+[]string{"Council", "Ministry", "Alliance", "Bank", "Agency"}[rng.IntN(5)])
	}
	for range 30 {
		g.countries = append(g.countries, word(2)+"ia")
	}
	return g
}

func (g *articleGen) next() domain.Extraction {
	g.n++
	id := fmt.Sprintf("bench-%06d", g.n)
	art := domain.ArticleID(id)
	pick := func(pool []string, k int) []string {
		out := make([]string, 0, k)
		for _, i := range g.rng.Perm(len(pool))[:k] {
			out = append(out, pool[i])
		}
		return out
	}
	var nodes []domain.Node
	node := func(t domain.NodeType, name string) string {
		n := domain.Node{ID: domain.NodeID(t, name), Type: t, Name: name}
		if t == domain.Country {
			n.Aliases = []string{strings.TrimSuffix(name, "ia") + "ian"}
		}
		nodes = append(nodes, n)
		return n.ID
	}
	var people, orgs, countries []string
	for _, p := range pick(g.people, 5) {
		people = append(people, node(domain.Person, p))
	}
	for _, o := range pick(g.orgs, 2) {
		orgs = append(orgs, node(domain.Organization, o))
	}
	for _, c := range pick(g.countries, 3) {
		countries = append(countries, node(domain.Country, c))
	}

	const nSentences = 12
	var text strings.Builder
	sentences := make([]domain.Sentence, nSentences)
	for i := range sentences {
		s := fmt.Sprintf("Sentence %d of %s says something about %s and %s.", i, id, nodes[i%len(nodes)].Name, nodes[(i+3)%len(nodes)].Name)
		start := text.Len()
		text.WriteString(s + " ")
		sentences[i] = domain.Sentence{Index: i, Start: start, End: start + len(s), Text: s}
	}
	roles := []domain.Predicate{domain.PresidentOf, domain.MinisterOf, domain.SpokespersonFor, domain.EnvoyOf, domain.HeadOf}
	var facts []domain.Fact
	for i, p := range people {
		sen := g.rng.IntN(nSentences)
		facts = append(facts,
			domain.Fact{Subject: p, Predicate: roles[i%len(roles)], Object: countries[i%len(countries)], Sentence: sen},
			domain.Fact{Subject: p, Predicate: domain.Title, Object: "official", Literal: true, Sentence: sen},
			domain.Fact{Subject: p, Predicate: domain.MemberOf, Object: orgs[i%len(orgs)], Sentence: g.rng.IntN(nSentences), Hedging: domain.Attributed},
		)
	}
	for i, o := range orgs {
		facts = append(facts, domain.Fact{Subject: o, Predicate: domain.LocatedIn, Object: countries[i], Sentence: g.rng.IntN(nSentences)})
	}
	for i, n := range nodes {
		facts = append(facts, domain.Fact{Subject: n.ID, Predicate: domain.MentionedIn, Object: art, Sentence: i % nSentences})
	}
	return domain.Extraction{
		Article: domain.Article{ID: id, Title: "Invented report " + id, Date: "2031-05-01", Source: id + ".txt", Text: text.String(), Sentences: sentences},
		Nodes:   nodes,
		Facts:   facts,
	}
}

// TestArticleGenIsValid keeps the benchmark honest: its extractions must be
// ones WriteArticle accepts and stores.
func TestArticleGenIsValid(t *testing.T) {
	g := newArticleGen(1)
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "gen.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for range 3 {
		res, err := s.WriteArticle(context.Background(), g.next())
		if err != nil || res.Added == 0 {
			t.Fatalf("WriteArticle(generated) = %+v, %v", res, err)
		}
	}
}
