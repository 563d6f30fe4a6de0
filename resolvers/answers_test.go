package resolvers_test

import (
	"encoding/json"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/httpapi"
)

// TestPathWitkoffToPutin checks that paths join two people through what
// the samples state: Witkoff said something about Putin. (None joins
// Peskov to Putin through the Kremlin as Russia: the articles never state
// that the Kremlin is part of Russia.)
func TestPathWitkoffToPutin(t *testing.T) {
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
	query(t, `{ paths(from: "Witkoff", to: "Putin", maxLength: 4) { length steps { predicate subject { name } object { name } } } }`, nil, &data)
	if len(data.Paths) == 0 {
		t.Fatal("no path from Steve Witkoff to Vladimir Putin")
	}
	var steps []string
	for _, s := range data.Paths[0].Steps {
		steps = append(steps, s.Subject.Name+" "+s.Predicate)
	}
	if data.Paths[0].Length != 2 || !slices.Contains(steps, "Steve Witkoff said") {
		t.Errorf("shortest path has %d steps, want 2 through what Witkoff said: %q", data.Paths[0].Length, steps)
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

// TestNamesFoldAlike checks that one normalization serves ids, look-ups
// and search: Støre's id and name are found by "Store", and Kyiv by its
// exonym "Kiev", which the samples never write.
func TestNamesFoldAlike(t *testing.T) {
	store := newSampleStore(t)
	srv := httptest.NewServer(httpapi.NewMux(store, httpapi.Options{Ingester: testIngester{store}}))
	defer srv.Close()
	text := "OSLO (Wire) — Norwegian Prime Minister Jonas Gahr Støre said on Monday that Norway would host the next round of talks.\n" +
		"“We are ready to offer Oslo as a venue for as long as it takes,” Støre told reporters."
	if resp := do(t, srv, ingestMutation, map[string]any{"in": map[string]any{"text": text, "date": "2031-04-08"}}); len(resp.Errors) > 0 {
		t.Fatalf("ingest: %+v", resp.Errors)
	}
	tests := []struct{ name, wantID string }{
		{"Jonas Gahr Støre", "person:jonas-gahr-store"},
		{"Jonas Gahr Store", "person:jonas-gahr-store"},
		{"Store", "person:jonas-gahr-store"},
		{"Støre", "person:jonas-gahr-store"},
		{"Kiev", "place:kyiv"},
		{"Kyiv", "place:kyiv"},
	}
	for _, tt := range tests {
		var data struct {
			Actor  *struct{ ID string }
			Search []struct{ ID string }
		}
		resp := do(t, srv, `query($n: String!) { actor(name: $n) { id } search(query: $n) { id } }`, map[string]any{"n": tt.name})
		if len(resp.Errors) > 0 {
			t.Fatalf("%q: %+v", tt.name, resp.Errors)
		}
		if err := json.Unmarshal(resp.Data, &data); err != nil {
			t.Fatal(err)
		}
		if data.Actor == nil || data.Actor.ID != tt.wantID {
			t.Errorf("actor(%q) = %+v, want %s", tt.name, data.Actor, tt.wantID)
		}
		if !slices.ContainsFunc(data.Search, func(a struct{ ID string }) bool { return a.ID == tt.wantID }) {
			t.Errorf("search(%q) = %+v, want %s among them", tt.name, data.Search, tt.wantID)
		}
	}
}

// TestTimelineUndatedLast checks the timeline's documented order on the
// samples: events by their own date, those without one last.
func TestTimelineUndatedLast(t *testing.T) {
	undated := 0
	for _, actor := range []string{"Russia", "Ukraine", "United States", "Vladimir Putin", "Volodymyr Zelenskyy", "Steve Witkoff"} {
		var data struct {
			Timeline []struct {
				Name string
				Date *string
			}
		}
		query(t, `query($a: String!) { timeline(actor: $a) { name date } }`, map[string]any{"a": actor}, &data)
		last, seenUndated := "", false
		for _, e := range data.Timeline {
			switch {
			case e.Date == nil:
				seenUndated = true
				undated++
			case seenUndated:
				t.Errorf("timeline(%q): %q dated %s comes after an undated event", actor, e.Name, *e.Date)
			case *e.Date < last:
				t.Errorf("timeline(%q): %q dated %s comes after %s", actor, e.Name, *e.Date, last)
			default:
				last = *e.Date
			}
		}
	}
	if undated == 0 {
		t.Error("no undated event on the samples: the test checks nothing")
	}
}
