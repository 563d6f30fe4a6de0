package extract

import (
	"testing"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// TestPlaceOwnSpelling: a place the gazetteer knows under another
// spelling keeps the gazetteer's id (articles meet) but is shown as the
// story writes it; an abbreviation, a word in capitals, a difference of
// accents only and a region the gazetteer names as its namesake city
// show the gazetteer's name.
func TestPlaceOwnSpelling(t *testing.T) {
	g := newFakeGaz()
	place := func(written, name string, region bool) {
		g.places[written] = append(g.places[written], gazetteer.Entry{Name: name, Type: domain.Place, Country: "Kenya", Population: 400_000, Region: region})
	}
	place("Velmora", "Velmorra", false)
	place("St. Ardent", "Saint Ardent", false)
	place("Koro Bakos", "Koro Bak’os", false)
	place("TIRRA", "Tirrah", false)
	place("Zurano", "Zuraño", false)
	place("Dunmore State", "Dunmore", true)
	place("Velmorra", "Velmorra", false)
	place("Hague", "The Hague", false)
	cases := []struct {
		text, id, shown string
	}{
		{"Traders in Velmora closed their stalls on Monday.", "place:velmorra", "Velmora"},
		{"A warehouse in St. Ardent burned down on Sunday.", "place:saint-ardent", "St. Ardent"},
		{"The market in Koro Bakos reopened on Friday.", "place:koro-bakos", "Koro Bakos"},
		// near misses: the gazetteer's name is shown
		{"Police in TIRRA made three arrests on Tuesday.", "place:tirrah", "Tirrah"},
		{"Buses to Zurano were cancelled on Monday.", "place:zurano", "Zuraño"},
		{"Voters in Dunmore State went to the polls on Saturday.", "place:dunmore", "Dunmore"},
		{"Lawyers for the families filed their case in the Hague on Monday.", "place:the-hague", "The Hague"}, // the article the story leaves out
		// the story writes the gazetteer's name too, before or after
		{"Traders in Velmora closed their stalls on Monday. The port of Velmorra stayed open.", "place:velmorra", "Velmorra"},
		{"The port of Velmorra stayed open on Monday. Traders in Velmora closed their stalls.", "place:velmorra", "Velmorra"},
	}
	for _, c := range cases {
		ex := extractWith(g, makeArticle("t", c.text))
		found := false
		for _, n := range ex.Nodes {
			if n.ID != c.id {
				continue
			}
			found = true
			if n.Name != c.shown {
				t.Errorf("%q: %s shown as %q, want %q", c.text, c.id, n.Name, c.shown)
			}
		}
		if !found {
			var ids []string
			for _, n := range ex.Nodes {
				ids = append(ids, n.ID+"="+n.Name)
			}
			t.Errorf("%q: no node %s; got %q", c.text, c.id, ids)
		}
	}
}

// TestOwnSpelling: the written forms shown as written, and the near
// misses that show the gazetteer's name.
func TestOwnSpelling(t *testing.T) {
	for _, c := range []struct {
		written, name string
		own           bool
	}{
		{"Velmora", "Velmorra", true},
		{"St. Ardent", "Saint Ardent", true},
		{"Koro Bakos", "Koro Bak’os", true},
		{"Wab.", "Wabora", false},            // an abbreviation
		{"TIRRA", "Tirrah", false},           // capitals
		{"Zurano", "Zuraño", false},          // accents only
		{"Dunmore State", "Dunmore", false},  // a namesake region
		{"Dunmore County", "Dunmore", false}, // a namesake region
		{"Koro Bak’os", "Koro Bakos", false}, // the gazetteer's without the apostrophe
		{"Velmorra Hills", "Velmorra", true}, // hills are no region
		{"Hague", "The Hague", false},        // the article the story leaves out
	} {
		if got := ownSpelling(c.written, c.name); got != c.own {
			t.Errorf("ownSpelling(%q, %q) = %v, want %v", c.written, c.name, got, c.own)
		}
	}
}
