package main

import (
	"slices"
	"testing"
)

// testGen is a generator with a tiny English word list.
func testGen() *gen {
	g := newGen()
	g.words = map[string]bool{}
	for _, w := range []string{"northern", "district", "red", "sea", "capital", "administrative", "valley", "new"} {
		g.words[w] = true
	}
	g.givenNames = map[string]bool{}
	return g
}

func TestReadEnglishRegions(t *testing.T) {
	raw := []byte(`{"XA": {"regions": [
		{"iso": "NO", "name": "North Oska", "names": {"en": "North Oska", "fr": "Oska du Nord", "ru": "Северная Оска"}},
		{"iso": "TR", "name": "Trel", "names": {"en": "Trel/Trelo"}},
		{"iso": "", "name": "Nowhere", "names": {"en": "Nowhere"}}
	]}}`)
	got, err := readEnglishRegions(raw)
	if err != nil {
		t.Fatal(err)
	}
	if e := got["XA-NO"]; e == nil || !slices.Equal(e.english, []string{"North Oska"}) || !slices.Contains(e.all, "Oska du Nord") || slices.Contains(e.all, "Северная Оска") {
		t.Errorf("XA-NO = %+v, want English North Oska, Latin names only", e)
	}
	if e := got["XA-TR"]; e == nil || len(e.english) != 0 {
		t.Errorf("XA-TR = %+v, want no English name (slash)", e)
	}
	if len(got) != 2 {
		t.Errorf("got %d codes, want 2 (no empty code)", len(got))
	}
	if _, err := readEnglishRegions([]byte("[")); err == nil {
		t.Error("bad JSON: want an error")
	}
}

func TestEnglishBase(t *testing.T) {
	g := testGen()
	tests := []struct{ in, want string }{
		{"Tigray Region", "Tigray"},
		{"Kandahar Province", "Kandahar"},
		{"Catalonia", ""},         // no type word
		{"Flemish Region", ""},    // an adjective
		{"Northern District", ""}, // an English word
		{"Cordillera Administrative Region", ""},
		{"Nenets Autonomous Okrug", ""}, // kept whole: no base
	}
	for _, tt := range tests {
		if got := g.englishBase(tt.in); got != tt.want {
			t.Errorf("englishBase(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestGeneric(t *testing.T) {
	g := testGen()
	tests := []struct {
		in   string
		want bool
	}{
		{"Red Sea Governorate", true},
		{"Northern District", true},
		{"New Valley", true},
		{"North Kivu", false},
		{"Mount Lebanon", false},
	}
	for _, tt := range tests {
		if got := g.generic(tt.in); got != tt.want {
			t.Errorf("generic(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestTransliterated(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Syunik'", true},
		{"Ra’s al Khaymah", true},
		{"Sana'a", false},
		{"Tigray", false},
	}
	for _, tt := range tests {
		if got := transliterated(tt.in); got != tt.want {
			t.Errorf("transliterated(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestMisnumbered(t *testing.T) {
	g := testGen()
	regions := []*region{
		{cc: "XA", code: "XA-01", name: "Oskava"},
		{cc: "XA", code: "XA-02", name: "Trelburg"},
		{cc: "XB", code: "XB-01", name: "Pelmora"},
		{cc: "XB", code: "XB-02", name: "Dastrova"},
		{cc: "XB", code: "XB-03", name: "Ulmenka"},
		{cc: "XB", code: "XB-04", name: "Korvanik"},
	}
	er := func(names ...string) *englishRegion { return &englishRegion{english: names[:1], all: names} }
	byCode := map[string]*englishRegion{
		"XA-01": er("Oskava Region"),
		"XA-02": er("Trelburg Province"),
		// XB renumbered: each code names another subdivision.
		"XB-01": er("Dastrova Province"),
		"XB-02": er("Ulmenka Province"),
		"XB-03": er("Korvanik Province"),
		"XB-04": er("Korvanik North"),
	}
	got := g.misnumbered(regions, byCode)
	for _, code := range []string{"XB-01", "XB-02", "XB-03", "XB-04"} {
		if !got[code] {
			t.Errorf("%s not left out; want the whole renumbered country", code)
		}
	}
	for _, code := range []string{"XA-01", "XA-02"} {
		if got[code] {
			t.Errorf("%s left out; its English name is its own", code)
		}
	}
}

func TestAddEnglish(t *testing.T) {
	g := testGen()
	tests := []struct {
		name, kind string
		english    bool
		forms      []englishForm
		want       string
	}{
		// A different name: the English one, without its news kind word.
		{"Tigrai", "regional state", false, []englishForm{{"Tigray Region", "Tigray"}}, "Tigray"},
		{"Nord-Kivu", "province", false, []englishForm{{"North Kivu", ""}}, "North Kivu"},
		// Other kinds keep their word.
		{"Amurskaja oblast'", "administrative region", false, []englishForm{{"Amur Oblast", "Amur"}}, "Amur Oblast"},
		// The same name with a type word or accents only: unchanged.
		{"Aomori", "prefecture", false, []englishForm{{"Aomori Prefecture", ""}}, "Aomori"},
		{"Québec", "province", false, []englishForm{{"Quebec", ""}}, "Québec"},
		// A scholarly transliteration gives way to the plain spelling.
		{"Nangarhār", "province", false, []englishForm{{"Nangarhar Province", "Nangarhar"}}, "Nangarhar"},
		{"Syunik'", "region", false, []englishForm{{"Syunik Province", "Syunik"}}, "Syunik"},
		// Names already derived in English stay.
		{"Aleppo Province", "governorate", true, []englishForm{{"Aleppo Governorate", ""}}, "Aleppo Province"},
	}
	for _, tt := range tests {
		r := &region{cc: "XA", name: tt.name, kind: tt.kind, english: tt.english}
		g.addEnglish(r, tt.forms)
		if r.name != tt.want {
			t.Errorf("addEnglish(%q, %v) name = %q, want %q", tt.name, tt.forms, r.name, tt.want)
		}
		if r.name != tt.name && !slices.Contains(r.aliases, tt.name) {
			t.Errorf("addEnglish(%q): local name not kept as an alias: %v", tt.name, r.aliases)
		}
	}
}

func TestSeatByName(t *testing.T) {
	seat := &city{cc: "XA", name: "Oska", allAlts: map[string]bool{"oskagrad": true}}
	namesake := &city{cc: "XA", name: "Trel City", allAlts: map[string]bool{"trel": true}}
	seats := []*city{seat, namesake}
	if got := seatByName("oskagrad", seats); got != seat {
		t.Errorf("seatByName(oskagrad) = %v, want the seat whose local name it is", got)
	}
	// the city is named after the region, not the region after its seat
	if got := seatByName("trel", seats); got != nil {
		t.Errorf("seatByName(trel) = %v, want none", got)
	}
}
