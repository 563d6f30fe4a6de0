package corpus

import (
	"regexp"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/loader/article"
	"github.com/actorgraph/actorgraph/loader/extract"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

func TestDeterministic(t *testing.T) {
	a, b := New(1), New(1)
	for _, i := range []int{0, 1, 999, 123456} {
		if x, y := a.Article(i), b.Article(i); x != y {
			t.Errorf("Article(%d) differs between two generators of seed 1", i)
		}
	}
	if New(1).Article(5).Text == New(2).Article(5).Text {
		t.Errorf("seeds 1 and 2 gave the same article 5")
	}
}

func TestLength(t *testing.T) {
	g := New(1)
	for i := range 200 {
		a := g.Article(i)
		if n := len(strings.Fields(a.Text)); n < 300 || n > 1700 {
			t.Errorf("%s: %d words, want about 300 to 1,500", a.ID, n)
		}
		if !strings.HasPrefix(a.Text, " date 20") {
			t.Errorf("%s: no date header: %.40q", a.ID, a.Text)
		}
	}
}

// TestPlacesAreKnown checks the country table against the gazetteer: every
// country, demonym and city must be one the extractor knows.
func TestPlacesAreKnown(t *testing.T) {
	gz := gazetteer.Default()
	for _, c := range countries {
		if _, ok := gz.Country(c.name); !ok {
			t.Errorf("country %q unknown to the gazetteer", c.name)
		}
		if got, ok := gz.Demonym(c.demonym); !ok || got != c.name {
			t.Errorf("Demonym(%q) = %q, %v; want %q", c.demonym, got, ok, c.name)
		}
		if len(gz.Lookup(c.city)) == 0 {
			t.Errorf("city %q of %s unknown to the gazetteer", c.city, c.name)
		}
	}
}

// TestExtractorReadsArticles runs the real extractor over generated
// articles: they are only worth benchmarking on if it finds in them the
// people, roles, quotes and events they were written with.
func TestExtractorReadsArticles(t *testing.T) {
	g := New(1)
	count := map[string]int{}
	const n = 30
	for i := range n {
		a := g.Article(i)
		parsed, err := article.Parse(a.ID, a.ID+".txt", []byte(a.Text))
		if err != nil {
			t.Fatalf("%s: %v", a.ID, err)
		}
		ex := extract.Article(parsed)
		for _, nd := range ex.Nodes {
			if nd.Type == domain.Person {
				count["people"]++
			}
		}
		for _, f := range ex.Facts {
			switch {
			case f.Predicate.IsRole():
				count["roles"]++
			case f.Predicate == domain.Said:
				count["quotes"]++
			case f.Predicate == domain.Category:
				count["events:"+f.Object]++
			}
		}
	}
	for _, k := range []string{"people", "roles", "quotes", "events:talks", "events:phone_call", "events:attack"} {
		if count[k] < n/3 {
			t.Errorf("%d %s in %d generated articles, want at least %d (all: %v)", count[k], k, n, n/3, count)
		}
	}
}

// TestLongTailGrowsWithTheArchive checks the people beyond the fixed cast:
// the further into the corpus, the more of them, each quoted a few times,
// as in a real archive (and unlike a cast that every article reuses, which
// makes every person a hub).
func TestLongTailGrowsWithTheArchive(t *testing.T) {
	g := New(1)
	titles := make([]string, len(minorOffices))
	for i, o := range minorOffices {
		titles[i] = regexp.QuoteMeta(o.title)
	}
	re := regexp.MustCompile(`(?:` + strings.Join(titles, "|") + `) ([A-Z]\w+ [A-Z]\w+) said on`)
	mentions := map[string]int{}
	distinctAt := map[int]int{}
	for i := range 2000 {
		for _, m := range re.FindAllStringSubmatch(g.Article(i).Text, -1) {
			mentions[m[1]]++
		}
		if i+1 == 200 || i+1 == 2000 {
			distinctAt[i+1] = len(mentions)
		}
	}
	if distinctAt[200] < 40 || distinctAt[2000] < 3*distinctAt[200] {
		t.Errorf("long-tail people: %d in 200 articles, %d in 2,000; want it to grow with the corpus", distinctAt[200], distinctAt[2000])
	}
	total := 0
	for _, n := range mentions {
		total += n
	}
	if avg := float64(total) / float64(len(mentions)); avg > 10 {
		t.Errorf("a long-tail person is quoted %.1f times on average; want a few", avg)
	}
}
