package resolvers_test

import (
	"encoding/json"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/resolvers"
)

// queryErr runs a query that must fail and returns its first error's code.
func queryErr(t *testing.T, q string, vars map[string]any) string {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": q, "variables": vars})
	_, resp := post(t, body)
	if len(resp.Errors) == 0 {
		t.Fatalf("query %s succeeded, want an error", q)
	}
	code, _ := resp.Errors[0].Extensions["code"].(string)
	return code
}

func TestNodeByID(t *testing.T) {
	var data struct {
		Node *struct {
			Name string
			Type string
		}
	}
	query(t, `{ node(id: "person:dmitry-peskov") { name type ... on Actor { degree titles } } }`, nil, &data)
	if data.Node == nil || data.Node.Name != "Dmitry Peskov" || data.Node.Type != "PERSON" {
		t.Errorf("node(person:dmitry-peskov) = %+v", data.Node)
	}
	query(t, `{ node(id: "person:nobody-at-all") { name } }`, nil, &data)
	if data.Node != nil {
		t.Errorf("node of an unknown id = %+v, want null", data.Node)
	}
	query(t, `{ node(id: "002_9ec77467a9b90fea") { name type } }`, nil, &data)
	if data.Node == nil || data.Node.Type != "ARTICLE" {
		t.Errorf("node(article id) = %+v, want the ARTICLE", data.Node)
	}
}

func TestSearchByType(t *testing.T) {
	var data struct{ Search []struct{ Name, Type string } }
	query(t, `{ search(query: "r", types: [COUNTRY], first: 5) { name type } }`, nil, &data)
	if len(data.Search) == 0 || len(data.Search) > 5 {
		t.Fatalf("search(r, COUNTRY, 5) returned %d", len(data.Search))
	}
	for _, a := range data.Search {
		if a.Type != "COUNTRY" {
			t.Errorf("search with types [COUNTRY] returned %+v", a)
		}
	}
}

type pageInfo struct {
	HasNextPage     bool
	HasPreviousPage bool
	EndCursor       *string
}

func TestActorsPagination(t *testing.T) {
	type conn struct {
		Edges []struct {
			Cursor string
			Node   struct{ Name, Type string }
		}
		PageInfo   pageInfo
		TotalCount int
	}
	const q = `query($after: String) { actors(filter: {types: [PERSON]}, first: 3, after: $after) {
		edges { cursor node { name type } } pageInfo { hasNextPage hasPreviousPage endCursor } totalCount } }`
	var all []string
	var after any
	for pageNo := 0; pageNo < 20; pageNo++ {
		var data struct{ Actors conn }
		query(t, q, map[string]any{"after": after}, &data)
		c := data.Actors
		if len(c.Edges) > 3 {
			t.Fatalf("page of %d, want at most 3", len(c.Edges))
		}
		for _, e := range c.Edges {
			if e.Node.Type != "PERSON" {
				t.Errorf("actors(types: [PERSON]) returned %+v", e.Node)
			}
			all = append(all, e.Node.Name)
		}
		if (pageNo > 0) != c.PageInfo.HasPreviousPage {
			t.Errorf("page %d: hasPreviousPage = %v", pageNo, c.PageInfo.HasPreviousPage)
		}
		if !c.PageInfo.HasNextPage {
			if len(all) != c.TotalCount {
				t.Errorf("paged through %d actors, totalCount %d", len(all), c.TotalCount)
			}
			break
		}
		after = *c.PageInfo.EndCursor
	}
	if len(all) < 4 {
		t.Fatalf("only %d people in the sample graph: pagination untested", len(all))
	}
	if !sort.StringsAreSorted(all) || len(slices.Compact(slices.Clone(all))) != len(all) {
		t.Errorf("pages are not one sorted list without repeats: %q", all)
	}
	if code := queryErr(t, `{ actors(after: "garbage") { totalCount } }`, nil); code != resolvers.CodeBadUserInput {
		t.Errorf("bad cursor: code %q", code)
	}
	if code := queryErr(t, `{ actors(first: 100000) { totalCount } }`, nil); code != resolvers.CodeBadUserInput {
		t.Errorf("huge first: code %q", code)
	}
}

func TestRelationsFilter(t *testing.T) {
	var data struct {
		Relations struct {
			Edges []struct {
				Node struct {
					ID           string
					Predicate    string
					Subject      struct{ Name string }
					Object       *struct{ Name string }
					Title        *string
					ArticleCount int
					FirstSeen    *string
					LastSeen     *string
					Confidence   float64
					Hedging      string
					Evidence     []struct{ Sentence string }
				}
			}
			TotalCount int
		}
	}
	query(t, `{ relations(filter: {predicates: ["spokesperson_for"], subject: "Peskov"}) { totalCount edges { node {
		id predicate subject { name } object { name } title articleCount firstSeen lastSeen confidence hedging evidence { sentence } } } } }`, nil, &data)
	if data.Relations.TotalCount != len(data.Relations.Edges) || len(data.Relations.Edges) == 0 {
		t.Fatalf("relations = %+v", data.Relations)
	}
	r := data.Relations.Edges[0].Node
	if r.Subject.Name != "Dmitry Peskov" || r.Object == nil || r.Object.Name != "Kremlin" {
		t.Errorf("relation = %s %s %v", r.Subject.Name, r.Predicate, r.Object)
	}
	if r.Title == nil || !strings.Contains(strings.ToLower(*r.Title), "spokes") {
		t.Errorf("title = %v, want the title as written", r.Title)
	}
	if r.ArticleCount < 2 || r.ArticleCount > len(r.Evidence) {
		t.Errorf("articleCount %d with %d evidence", r.ArticleCount, len(r.Evidence))
	}
	if r.FirstSeen == nil || r.LastSeen == nil || *r.FirstSeen > *r.LastSeen {
		t.Errorf("seen %v..%v", r.FirstSeen, r.LastSeen)
	}
	if r.Confidence <= 0 || r.Confidence >= 1 || r.Hedging == "" {
		t.Errorf("confidence %v hedging %q", r.Confidence, r.Hedging)
	}

	var none struct{ Relations struct{ TotalCount int } }
	query(t, `{ relations(filter: {predicates: ["spokesperson_for"], minArticles: 100}) { totalCount } }`, nil, &none)
	if none.Relations.TotalCount != 0 {
		t.Errorf("minArticles 100 matched %d", none.Relations.TotalCount)
	}
	query(t, `{ relations(filter: {since: "2030-01-01"}) { totalCount } }`, nil, &none)
	if none.Relations.TotalCount != 0 {
		t.Errorf("since 2030 matched %d relations of 2025 articles", none.Relations.TotalCount)
	}
	if code := queryErr(t, `{ relations(filter: {since: "2025-02-30"}) { totalCount } }`, nil); code != "GRAPHQL_VALIDATION_FAILED" && code != resolvers.CodeBadUserInput {
		t.Errorf("impossible date: code %q", code)
	}
	if code := queryErr(t, `{ relations(filter: {subject: "Nobody Whatsoever"}) { totalCount } }`, nil); code != resolvers.CodeNotFound {
		t.Errorf("unknown subject: code %q", code)
	}
}

type subgraph struct {
	Nodes []struct {
		ID     string
		Label  string
		Type   string
		Degree int
	}
	Edges []struct {
		ID         string
		Source     string
		Target     string
		Predicate  string
		Weight     int
		ArticleIds []string
	}
	Truncated bool
}

func TestNeighborhoodForFrontEnds(t *testing.T) {
	var data struct{ Neighborhood subgraph }
	const q = `query($limit: Int) { neighborhood(actor: "Peskov", depth: 2, limit: $limit) {
		nodes { id label type degree } edges { id source target predicate weight articleIds } truncated } }`
	query(t, q, map[string]any{"limit": 500}, &data)
	g := data.Neighborhood
	ids := map[string]bool{}
	for _, n := range g.Nodes {
		ids[n.ID] = true
	}
	if !ids["person:dmitry-peskov"] || !ids["org:kremlin"] {
		t.Errorf("neighborhood lacks Peskov or the Kremlin: %v", ids)
	}
	for _, e := range g.Edges {
		if !ids[e.Source] || !ids[e.Target] {
			t.Errorf("edge %s dangles outside the node list", e.ID)
		}
		if e.Weight != len(e.ArticleIds) || e.Weight == 0 {
			t.Errorf("edge %s: weight %d, articles %q", e.ID, e.Weight, e.ArticleIds)
		}
	}
	var again struct{ Neighborhood subgraph }
	query(t, q, map[string]any{"limit": 500}, &again)
	if a, b := mustJSON(g), mustJSON(again.Neighborhood); a != b {
		t.Error("the same neighborhood query gave different answers")
	}
	var small struct{ Neighborhood subgraph }
	query(t, q, map[string]any{"limit": 2}, &small)
	if len(small.Neighborhood.Nodes) != 2 || !small.Neighborhood.Truncated {
		t.Errorf("limit 2: %d nodes, truncated %v", len(small.Neighborhood.Nodes), small.Neighborhood.Truncated)
	}
	if code := queryErr(t, `{ neighborhood(actor: "Peskov", depth: 7) { truncated } }`, nil); code != resolvers.CodeBadUserInput {
		t.Errorf("depth 7: code %q", code)
	}
	if code := queryErr(t, `{ neighborhood(actor: "Nobody Whatsoever") { truncated } }`, nil); code != resolvers.CodeNotFound {
		t.Errorf("unknown actor: code %q", code)
	}
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestPathsBetweenActors(t *testing.T) {
	var data struct {
		Paths []struct {
			Length int
			Steps  []struct {
				Predicate string
				Subject   struct{ ID string }
				Object    *struct{ ID string }
				Evidence  []struct{ Sentence string }
			}
		}
	}
	query(t, `{ paths(from: "Witkoff", to: "United States", maxLength: 4, first: 5) { length steps { predicate subject { id } object { id } evidence { sentence } } } }`, nil, &data)
	if len(data.Paths) == 0 {
		t.Fatal("no path from Witkoff to the United States")
	}
	prev := 0
	for _, p := range data.Paths {
		if p.Length != len(p.Steps) || p.Length < prev || p.Length > 4 {
			t.Errorf("path length %d with %d steps after %d", p.Length, len(p.Steps), prev)
		}
		prev = p.Length
		at := "person:steve-witkoff"
		for _, s := range p.Steps {
			switch {
			case s.Subject.ID == at && s.Object != nil:
				at = s.Object.ID
			case s.Object != nil && s.Object.ID == at:
				at = s.Subject.ID
			default:
				t.Fatalf("path breaks at %s", at)
			}
			if len(s.Evidence) == 0 {
				t.Errorf("step %s has no evidence", s.Predicate)
			}
		}
		if at != "country:united-states" {
			t.Errorf("path ends at %s", at)
		}
	}
	if code := queryErr(t, `{ paths(from: "Witkoff", to: "Putin", maxLength: 9) { length } }`, nil); code != resolvers.CodeBadUserInput {
		t.Errorf("maxLength 9: code %q", code)
	}
}

func TestTimelineStatementsArticleStats(t *testing.T) {
	var tl struct {
		Timeline []struct {
			Category string
			Date     *string
			Evidence []struct{ Article struct{ Date *string } }
		}
	}
	query(t, `{ timeline(actor: "Russia") { category date evidence { article { date } } } }`, nil, &tl)
	if len(tl.Timeline) == 0 {
		t.Fatal("Russia's timeline is empty")
	}
	// ordered by the event's own date, undated events last
	seenUndated := false
	last := ""
	for _, e := range tl.Timeline {
		if len(e.Evidence) == 0 {
			t.Fatalf("event %+v without evidence", e)
		}
		d := ""
		if e.Date != nil {
			d = *e.Date
		}
		if d == "" {
			seenUndated = true
			continue
		}
		if seenUndated {
			t.Errorf("event dated %s after an undated one", d)
		}
		if d < last {
			t.Errorf("timeline out of order: %s after %s", d, last)
		}
		last = d
	}

	var st struct {
		Statements struct {
			Edges []struct {
				Node struct {
					Text     string
					Speakers []struct{ Name string }
				}
			}
		}
	}
	query(t, `{ statements(speaker: "Peskov", contains: "NEGOTIATIONS") { edges { node { text speakers { name } } } } }`, nil, &st)
	if len(st.Statements.Edges) == 0 {
		t.Fatal("no statement of Peskov's about negotiations")
	}
	for _, e := range st.Statements.Edges {
		if !strings.Contains(strings.ToLower(e.Node.Text), "negotiations") {
			t.Errorf("statement %q does not contain the words", e.Node.Text)
		}
		if !slices.ContainsFunc(e.Node.Speakers, func(s struct{ Name string }) bool { return s.Name == "Dmitry Peskov" }) {
			t.Errorf("statement %q not said by Peskov: %+v", e.Node.Text, e.Node.Speakers)
		}
	}

	var art struct {
		Article *struct {
			Actors     []struct{ Name string }
			Relations  []struct{ Predicate string }
			Statements []struct{ Text string }
			Sentences  []struct {
				Index, Start, End int
				Text              string
			}
			Text string
		}
	}
	query(t, `{ article(id: "002_9ec77467a9b90fea") { actors { name } relations { predicate } statements { text } sentences { index start end text } text } }`, nil, &art)
	if art.Article == nil || len(art.Article.Actors) == 0 || len(art.Article.Relations) == 0 || len(art.Article.Statements) == 0 || len(art.Article.Sentences) < 2 {
		t.Fatalf("article 002 = %+v, want its actors, relations, statements and sentences", art.Article)
	}
	// the whole text, which the sentences' offsets (in characters) refer to
	body := []rune(art.Article.Text)
	for _, sen := range art.Article.Sentences {
		if sen.End > len(body) || string(body[sen.Start:sen.End]) != sen.Text {
			t.Errorf("sentence %d (%d–%d) %q is not at its offsets in the article's text", sen.Index, sen.Start, sen.End, sen.Text)
		}
	}

	var stats struct {
		Stats struct {
			Articles    int
			NodesByType []struct {
				Type  string
				Count int
			}
		}
	}
	query(t, `{ stats { articles nodesByType { type count } } }`, nil, &stats)
	if stats.Stats.Articles != 5 || len(stats.Stats.NodesByType) == 0 {
		t.Errorf("stats = %+v", stats.Stats)
	}
}

func TestIntrospectionDescribesEveryField(t *testing.T) {
	var data struct {
		Schema struct {
			Types []struct {
				Name        string
				Kind        string
				Description *string
				Fields      []struct {
					Name        string
					Description *string
				}
			}
		} `json:"__schema"`
	}
	query(t, `{ __schema { types { name kind description fields { name description } } } }`, nil, &data)
	for _, ty := range data.Schema.Types {
		if strings.HasPrefix(ty.Name, "__") || ty.Kind == "SCALAR" {
			continue
		}
		if ty.Description == nil || *ty.Description == "" {
			t.Errorf("type %s has no description", ty.Name)
		}
	}
}
