package resolvers_test

import (
	"slices"
	"strings"
	"testing"
)

// TestPeskovToPutin checks that the Kremlin's spokesman is connected to
// Russia's president through the seat of government (Kremlin part_of
// Russia) on the sample articles.
func TestPeskovToPutin(t *testing.T) {
	var data struct {
		Paths []struct {
			Length int
			Steps  []struct {
				Predicate string
				Subject   struct{ Name string }
				Object    *struct{ Name string }
			}
		}
	}
	query(t, `{ paths(from: "Peskov", to: "Putin", maxLength: 4) { length steps { predicate subject { name } object { name } } } }`, nil, &data)
	if len(data.Paths) == 0 {
		t.Fatal("no path from Dmitry Peskov to Vladimir Putin")
	}
	var steps []string
	for _, s := range data.Paths[0].Steps {
		steps = append(steps, s.Subject.Name+" "+s.Predicate)
	}
	if data.Paths[0].Length > 3 || !slices.Contains(steps, "Kremlin part_of") {
		t.Errorf("shortest path has %d steps, want 3 through the Kremlin: %q", data.Paths[0].Length, steps)
	}
}

// TestStatementsAbout checks that statements(about:) finds what the
// quotes name: Zelenskyy's quotes on the samples name Russia and Putin.
func TestStatementsAbout(t *testing.T) {
	tests := []struct{ about, speaker string }{
		{"Russia", "Volodymyr Zelenskyy"},
		{"Putin", ""},
	}
	for _, tt := range tests {
		var data struct {
			Statements struct {
				Edges []struct {
					Node struct {
						Text     string
						Speakers []struct{ Name string }
						About    []struct{ Name string }
					}
				}
			}
		}
		query(t, `query($about: String) { statements(about: $about, first: 50) { edges { node { text speakers { name } about { name } } } } }`,
			map[string]any{"about": tt.about}, &data)
		if len(data.Statements.Edges) == 0 {
			t.Errorf("statements(about: %q) found nothing", tt.about)
			continue
		}
		var speakers []string
		for _, e := range data.Statements.Edges {
			for _, s := range e.Node.Speakers {
				speakers = append(speakers, s.Name)
			}
			if !slices.ContainsFunc(e.Node.About, func(a struct{ Name string }) bool { return strings.Contains(a.Name, tt.about) }) {
				t.Errorf("statements(about: %q): %q is about %v", tt.about, e.Node.Text, e.Node.About)
			}
		}
		if tt.speaker != "" && !slices.Contains(speakers, tt.speaker) {
			t.Errorf("statements(about: %q): speakers %q, want %s among them", tt.about, speakers, tt.speaker)
		}
	}
}
