package httpapi

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/graph"
)

// storeGenerations is a store's generation without the rest of a store.
type storeGenerations struct{ s *graph.Store }

func (g storeGenerations) Generation() (graph.Generation, bool) { return g.s.Generation() }

func newTestCache(t *testing.T, max int) (*responseCache, *graph.Store) {
	t.Helper()
	s, err := graph.Open(context.Background(), graph.Memory)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return newResponseCache(storeGenerations{s}, max, nil), s
}

// write stores an invented one-sentence article a1 with the given title.
func write(t *testing.T, s *graph.Store, title string) {
	t.Helper()
	text := "Norland spokeswoman Ilse Varga said talks would resume."
	varga := domain.Node{ID: domain.NodeID(domain.Person, "Ilse Varga"), Type: domain.Person, Name: "Ilse Varga"}
	ex := domain.Extraction{
		Article: domain.Article{ID: "a1", Title: title, Date: "2031-04-02", Source: "a1.txt", Text: text,
			Sentences: []domain.Sentence{{Index: 0, Start: 0, End: len(text), Text: text}}},
		Nodes: []domain.Node{varga},
		Facts: []domain.Fact{{Subject: varga.ID, Predicate: domain.MentionedIn, Object: domain.ArticleID("a1")}},
	}
	if _, err := s.WriteArticle(context.Background(), ex); err != nil {
		t.Fatal(err)
	}
}

// TestResponseCacheRefusesAnswersOlderThanAWrite: an answer computed
// while a write ended is not kept, and a write drops what was kept.
func TestResponseCacheRefusesAnswersOlderThanAWrite(t *testing.T) {
	c, s := newTestCache(t, 1<<20)
	e := cachedResponse{contentType: "application/json", body: []byte(`{"data":{}}`)}
	gen, _ := s.Generation()
	write(t, s, "First title") // a write, while the query ran
	c.put("q", gen, e)
	now, _ := s.Generation()
	if _, ok := c.get("q", now); ok {
		t.Error("an answer computed before a write was kept")
	}
	c.put("q", now, e)
	if _, ok := c.get("q", now); !ok {
		t.Fatal("a current answer was not kept")
	}
	write(t, s, "Second title")
	later, _ := s.Generation()
	if _, ok := c.get("q", later); ok {
		t.Error("an answer kept before a write was served after it")
	}
}

// TestResponseCacheStaysWithinItsSize puts many answers of many sizes: the
// bytes kept never exceed the bound, and answers over an eighth of it are
// not kept.
func TestResponseCacheStaysWithinItsSize(t *testing.T) {
	for _, max := range []int{1 << 10, 1 << 14, 1 << 20} {
		c, s := newTestCache(t, max)
		gen, _ := s.Generation()
		for i := range 2000 {
			body := []byte(strings.Repeat("x", i%(max/4)))
			key := fmt.Sprint("query ", i)
			c.put(key, gen, cachedResponse{contentType: "application/json", body: body})
			if c.answers.Size() > max {
				t.Fatalf("max %d: %d bytes kept after %d answers", max, c.answers.Size(), i+1)
			}
			_, kept := c.get(key, gen)
			if fits := len(key)+len(body)+len("application/json")+entryOverhead <= max/8; kept != fits {
				t.Fatalf("max %d: an answer of %d bytes kept %v, want %v", max, len(body), kept, fits)
			}
		}
		sum := 0
		for k, e := range c.answers.All() {
			sum += e.weight(k)
		}
		if sum != c.answers.Size() {
			t.Errorf("max %d: size %d, entries weigh %d", max, c.answers.Size(), sum)
		}
	}
}

func TestNormalizeQuery(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{`{ actor(name: "X") { id } }`, `{ actor ( name : "X" ) { id } }`, true},
		{"query  Q($a:String!,$n:Int=3)\n{\n  actor(name:$a){id,name} # why\n}", `query Q ( $ a : String ! $ n : Int = 3 ) { actor ( name : $ a ) { id name } }`, true},
		{`{ a(s: """block "quoted" text""") { ...F } }`, `{ a ( s : "block \"quoted\" text" ) { ... F } }`, true},
		{`{ a(f: 1.5e3, l: [1, 2]) }`, `{ a ( f : 1.5e3 l : [ 1 2 ] ) }`, true},
		{`{ actor(name: "unterminated) }`, "", false},
	}
	for _, tt := range tests {
		got, ok := normalizeQuery(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("normalizeQuery(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestCanonicalJSON(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{``, ``, true},
		{`null`, ``, true},
		{`{"b": 1, "a": {"d": [1.0, "x"], "c": null}}`, `{"a":{"c":null,"d":[1.0,"x"]},"b":1}`, true},
		{`{"a": 1} {"b": 2}`, ``, false},
		{`{"a": `, ``, false},
	}
	for _, tt := range tests {
		got, ok := canonicalJSON([]byte(tt.in))
		if got != tt.want || ok != tt.ok {
			t.Errorf("canonicalJSON(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
