package export

import (
	"bytes"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/domain"
)

// Invented actors. The strings are chosen to be awkward: quotes, markup
// characters, accents, Cyrillic, a control character, an empty alias list.
var (
	zoe = domain.GraphNode{Node: domain.Node{
		ID:      "person:zoe-ziggy-quellmark",
		Type:    domain.Person,
		Name:    `Zoë "Ziggy" Quellmark`,
		Aliases: []string{"Z. Quellmark", "Зоя Квельмарк"},
	}, Degree: 3}
	ministry = domain.GraphNode{Node: domain.Node{
		ID:   "org:ministry-of-fables-tales",
		Type: domain.Organization,
		Name: `Ministry of <Fables> & "Tales"`,
		// no aliases: nil, the way the store returns them
	}, Degree: 2}
	freedonia = domain.GraphNode{Node: domain.Node{
		ID:      "country:freedonia",
		Type:    domain.Country,
		Name:    "Freedonia",
		Aliases: []string{"Republic of Freedonia", "Free\x01donia"},
	}, Degree: 5}
	irina = domain.GraphNode{Node: domain.Node{
		ID:      "person:irina-vymyslova",
		Type:    domain.Person,
		Name:    "Ирина Вымыслова",
		Aliases: []string{"Irina Vymyslova"},
	}, Degree: 2}
)

const urlArticle = "https://news.example/story?id=7&lang=en"

var (
	// spokesperson has three pieces of evidence from two articles, given
	// out of order.
	spokesperson = domain.Edge{
		ID:         domain.EdgeID(zoe.ID, domain.SpokespersonFor, ministry.ID),
		Source:     zoe.ID,
		Target:     ministry.ID,
		Predicate:  domain.SpokespersonFor,
		Weight:     2,
		ArticleIDs: []string{"art-a", "art-b"},
		Evidence: []domain.Evidence{
			{ArticleID: "art-b", Date: "2025-03-25", Sentence: 4, Start: 310, End: 371, Hedging: domain.Attributed,
				Text: "According to aides, Quellmark speaks for the ministry."},
			{ArticleID: "art-a", Date: "2025-03-24", Sentence: 7, Start: 500, End: 560, Hedging: domain.Disputed,
				Text: "Rivals say Quellmark is \"no spokeswoman\" at all."},
			{ArticleID: "art-a", Date: "2025-03-24", Sentence: 2, Start: 40, End: 101,
				Text: "Ministry spokeswoman Zoë \"Ziggy\" Quellmark said <nothing> & left.\nThen she returned."},
		},
	}
	minister = domain.Edge{
		ID:         domain.EdgeID(irina.ID, domain.MinisterOf, freedonia.ID),
		Source:     irina.ID,
		Target:     freedonia.ID,
		Predicate:  domain.MinisterOf,
		Weight:     1,
		ArticleIDs: []string{urlArticle},
		Evidence: []domain.Evidence{
			{ArticleID: urlArticle, Sentence: 0, Start: 0, End: 44, Hedging: domain.Unconfirmed,
				Text: "Министр Ирина Вымыслова\x07 reportedly resigned."},
		},
	}
	// member is parallel to minister: same pair of nodes, another relation.
	member = domain.Edge{
		ID:         domain.EdgeID(irina.ID, domain.MemberOf, freedonia.ID),
		Source:     irina.ID,
		Target:     freedonia.ID,
		Predicate:  domain.MemberOf,
		Weight:     1,
		ArticleIDs: []string{"art-c"},
		Evidence: []domain.Evidence{
			{ArticleID: "art-c", Date: "2025-04-01", Sentence: 1, Start: 12, End: 60,
				Text: "Vymyslova, a Freedonian lawmaker, spoke."},
		},
	}
	partOf = domain.Edge{
		ID:         domain.EdgeID(ministry.ID, domain.PartOf, freedonia.ID),
		Source:     ministry.ID,
		Target:     freedonia.ID,
		Predicate:  domain.PartOf,
		Weight:     1,
		ArticleIDs: []string{"art-a"},
		Evidence: []domain.Evidence{
			{ArticleID: "art-a", Date: "2025-03-24", Sentence: 3, Start: 102, End: 150,
				Text: "The ministry is Freedonia's oldest."},
		},
	}
)

// fixture returns a small subgraph with its nodes and edges out of order,
// so that the writers' sorting is exercised.
func fixture() domain.Subgraph {
	return domain.Subgraph{
		Nodes: []domain.GraphNode{zoe, ministry, freedonia, irina},
		Edges: []domain.Edge{spokesperson, minister, member, partOf},
	}
}

// writers are the three formats' writers, for tests that apply to all.
var writers = []struct {
	format Format
	write  func(*bytes.Buffer, domain.Subgraph) error
}{
	{FormatGraphML, func(b *bytes.Buffer, g domain.Subgraph) error { return GraphML(b, g) }},
	{FormatGEXF, func(b *bytes.Buffer, g domain.Subgraph) error { return GEXF(b, g) }},
	{FormatCytoscape, func(b *bytes.Buffer, g domain.Subgraph) error { return Cytoscape(b, g) }},
}

func TestParseFormat(t *testing.T) {
	tests := []struct {
		in      string
		want    Format
		wantErr bool
	}{
		{"graphml", FormatGraphML, false},
		{"gexf", FormatGEXF, false},
		{"cytoscape", FormatCytoscape, false},
		{"json", FormatCytoscape, false},
		{" GraphML ", FormatGraphML, false},
		{"GEXF", FormatGEXF, false},
		{"", 0, true},
		{"csv", 0, true},
		{"graphml.xml", 0, true},
	}
	for _, tt := range tests {
		got, err := ParseFormat(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("ParseFormat(%q) = %v, %v, want %v, error %t", tt.in, got, err, tt.want, tt.wantErr)
		}
		if err != nil && !errors.Is(err, ErrUnknownFormat) {
			t.Errorf("ParseFormat(%q) error %v does not wrap ErrUnknownFormat", tt.in, err)
		}
	}
}

func TestFormatMethods(t *testing.T) {
	tests := []struct {
		f                Format
		name, ctype, ext string
		reparses         bool
	}{
		{FormatGraphML, "graphml", "application/graphml+xml; charset=utf-8", ".graphml", true},
		{FormatGEXF, "gexf", "application/gexf+xml; charset=utf-8", ".gexf", true},
		{FormatCytoscape, "cytoscape", "application/json", ".json", true},
		{Format(0), "Format(0)", "", "", false},
		{Format(42), "Format(42)", "", "", false},
	}
	for _, tt := range tests {
		if got := tt.f.String(); got != tt.name {
			t.Errorf("%d.String() = %q, want %q", int(tt.f), got, tt.name)
		}
		if got := tt.f.ContentType(); got != tt.ctype {
			t.Errorf("%v.ContentType() = %q, want %q", tt.f, got, tt.ctype)
		}
		if got := tt.f.FileExtension(); got != tt.ext {
			t.Errorf("%v.FileExtension() = %q, want %q", tt.f, got, tt.ext)
		}
		if got, err := ParseFormat(tt.f.String()); tt.reparses && (err != nil || got != tt.f) {
			t.Errorf("ParseFormat(%v.String()) = %v, %v, want %v", tt.f, got, err, tt.f)
		}
	}
	for _, f := range Formats {
		if f.ContentType() == "" || f.FileExtension() == "" {
			t.Errorf("Formats lists %v, which has no content type or extension", f)
		}
	}
}

func TestWriteDispatches(t *testing.T) {
	g := fixture()
	for _, w := range writers {
		var direct, via bytes.Buffer
		if err := w.write(&direct, g); err != nil {
			t.Fatalf("%v: %v", w.format, err)
		}
		if err := Write(&via, w.format, g); err != nil {
			t.Fatalf("Write(%v): %v", w.format, err)
		}
		if !bytes.Equal(direct.Bytes(), via.Bytes()) {
			t.Errorf("Write(%v) differs from calling the writer directly", w.format)
		}
	}
	var b bytes.Buffer
	if err := Write(&b, Format(0), g); !errors.Is(err, ErrUnknownFormat) || b.Len() > 0 {
		t.Errorf("Write(Format(0)) = %v and %d bytes, want ErrUnknownFormat and nothing written", err, b.Len())
	}
}

func TestInvalidSubgraph(t *testing.T) {
	dangling := partOf
	dangling.Target = "country:atlantis"
	noID := partOf
	noID.ID = ""
	unnamed := freedonia
	unnamed.ID = ""
	tests := []struct {
		name string
		g    domain.Subgraph
		want string // in the error message
	}{
		{"dangling target", domain.Subgraph{Nodes: []domain.GraphNode{ministry, freedonia}, Edges: []domain.Edge{dangling}}, `"country:atlantis" is not in the subgraph`},
		{"dangling source", domain.Subgraph{Nodes: []domain.GraphNode{freedonia}, Edges: []domain.Edge{partOf}}, `"org:ministry-of-fables-tales" is not in the subgraph`},
		{"repeated node", domain.Subgraph{Nodes: []domain.GraphNode{freedonia, ministry, freedonia}}, `node id "country:freedonia" appears twice`},
		{"repeated edge", domain.Subgraph{Nodes: []domain.GraphNode{freedonia, ministry}, Edges: []domain.Edge{partOf, partOf}}, "appears twice"},
		{"edge without id", domain.Subgraph{Nodes: []domain.GraphNode{freedonia, ministry}, Edges: []domain.Edge{noID}}, "has no id"},
		{"node without id", domain.Subgraph{Nodes: []domain.GraphNode{unnamed}}, `node "Freedonia" has no id`},
	}
	for _, tt := range tests {
		for _, w := range writers {
			var b bytes.Buffer
			err := w.write(&b, tt.g)
			if !errors.Is(err, ErrInvalidSubgraph) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("%s: %v: error %v, want ErrInvalidSubgraph mentioning %q", tt.name, w.format, err, tt.want)
			}
			if !strings.HasPrefix(err.Error(), "export "+w.format.String()+": ") {
				t.Errorf("%s: %v: error %q lacks the writer's context", tt.name, w.format, err)
			}
			if b.Len() > 0 {
				t.Errorf("%s: %v: wrote %d bytes of an invalid subgraph", tt.name, w.format, b.Len())
			}
		}
	}
}

// TestEmpty checks that an empty subgraph is a valid, empty file.
func TestEmpty(t *testing.T) {
	for _, w := range writers {
		var b bytes.Buffer
		if err := w.write(&b, domain.Subgraph{}); err != nil {
			t.Errorf("%v of an empty subgraph: %v", w.format, err)
		}
		if b.Len() == 0 {
			t.Errorf("%v of an empty subgraph wrote nothing", w.format)
		}
	}
}

// TestDeterministic checks that the order of the input does not show in the
// output and that the input is left as it was.
func TestDeterministic(t *testing.T) {
	g := fixture()
	before := fixture()
	shuffled := fixture()
	slices.Reverse(shuffled.Nodes)
	slices.Reverse(shuffled.Edges)
	slices.Reverse(shuffled.Edges[0].Evidence)
	for _, w := range writers {
		var a, b bytes.Buffer
		if err := w.write(&a, g); err != nil {
			t.Fatal(err)
		}
		if err := w.write(&b, shuffled); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%v: output depends on the order of the input", w.format)
		}
	}
	if !reflect.DeepEqual(g, before) {
		t.Errorf("the writers modified their input subgraph")
	}
}

// failWriter fails every write, as a closed connection would.
type failWriter struct{}

var errWrite = errors.New("connection reset")

func (failWriter) Write([]byte) (int, error) { return 0, errWrite }

func TestWriteError(t *testing.T) {
	for _, f := range Formats {
		err := Write(failWriter{}, f, fixture())
		if !errors.Is(err, errWrite) || !strings.HasPrefix(err.Error(), "export "+f.String()+": ") {
			t.Errorf("Write(%v) to a failing writer = %v, want the write error wrapped with context", f, err)
		}
	}
}

func TestAppendEvidence(t *testing.T) {
	got := string(appendEvidence(nil, []domain.Evidence{
		{ArticleID: "a", Date: "2025-01-02", Sentence: 3, Text: "One\r\nline."},
		{ArticleID: "b", Sentence: 0, Hedging: domain.Attributed, Text: "Undated\u2028too."},
		{ArticleID: "c", Sentence: 1, Outlet: "Harbor Post", URL: "https://harborpost.example/c", Text: "Published."},
		{ArticleID: "https://x.example/d", Sentence: 2, Outlet: "X", URL: "https://x.example/d", Text: "Its URL is its id."},
		{ArticleID: "e", Sentence: 0, URL: "https://e.example/", Hedging: domain.Disputed, Text: "No outlet."},
	}))
	want := "2025-01-02 a#3: One  line.\nb#0 (attributed): Undated too.\n" +
		"c#1 [Harbor Post <https://harborpost.example/c>]: Published.\n" +
		"https://x.example/d#2 [X]: Its URL is its id.\n" +
		"e#0 [<https://e.example/>] (disputed): No outlet."
	if got != want {
		t.Errorf("appendEvidence = %q, want %q", got, want)
	}
}
