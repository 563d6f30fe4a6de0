// Package gazetteer is the reference data of places: countries with their
// aliases, demonyms and capitals, first-level subdivisions and cities. The
// data is generated from open data sets into an embedded file (see gen/ and
// NOTICE).
//
// # Matching
//
// Names are matched exactly after a light normalization, the same for the
// data and the query: letters are lowercased and accent-folded ("Türkiye" =
// "turkiye"), dots and apostrophes are dropped ("U.S." = "US", "Sana'a" =
// "Sanaa"), and hyphens, commas and runs of spaces become one space
// ("Port-au-Prince" = "Port au Prince"). Matching is case-insensitive
// because the extractor only asks about capitalized spans, where "Turkey" is
// the country and not the bird. Abbreviations ("US", "UK", "UAE", "EU",
// "DRC") are the exception: they match only when the query is written in
// capitals, so "us" and "Us" are not the United States. A leading "the" is
// ignored when the name is not found with it ("the Netherlands").
//
// # Ranking
//
// Lookup returns every entry known under a name, countries first, then
// capitals, then other places by population (subdivisions and hand-added
// places have no population and come last).
//
// # Subdivisions
//
// First-level subdivisions come from ISO 3166-2 (Debian iso-codes), whose
// names are local romanizations. The generator derives English forms where
// it can: it strips type words ("Anhui Sheng" → "Anhui", "Dimashq" stays
// an alias), names an oblast after its seat city the way wire copy does
// ("Chernihivska oblast" → "Chernihiv Oblast", also "Chernihiv region", "Chernihiv oblast",
// "Chernihiv province"), and names a province or governorate whose local name is
// one of its seat's GeoNames names after that seat ("Ḩalab" → "Aleppo
// Province"). The seat's own name ("Chernihiv") finds the city first and the
// subdivision only through its "region"/"oblast" forms. English names from
// iso3166-2-db, matched by ISO 3166-2 code, become the canonical name where
// they differ from the local one ("Catalunya" → "Catalonia", "Nord-Kivu" →
// "North Kivu", "Tigrai" → "Tigray"), which stays an alias; they are left
// out where they would also name a country, a city of the same country or
// another subdivision. A few English names the data cannot give (Crimea,
// Tibet, Flanders) are in gen/supplement.tsv.
//
// # Ambiguity
//
// Entry.Ambiguous marks a place name that is also an ordinary English word
// or a common given name ("Mobile", "Reading", "Split", "Nice", "Victoria"
// in Canada): the extractor should ask for a stronger cue ("in X", "city of
// X") before taking it as a place. Countries, capitals and cities of a
// million people are never marked: in news prose those readings dominate.
// People named after places ("Paris Hilton") are not detectable from word
// lists: context has to decide.
package gazetteer

//go:generate sh gen/generate.sh

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/graph/names"
)

// Entry is a known country or place.
type Entry struct {
	Name       string          // canonical English name: "United States", "Kyiv"
	Type       domain.NodeType // domain.Country or domain.Place
	Country    string          // for a place: the canonical name of its country
	Capital    bool            // a place that is its country's capital
	Region     bool            // a first-level subdivision (state, province, oblast)
	Population int             // of a city (GeoNames); of a country: the sum over its listed cities, a ranking proxy; 0 for subdivisions

	// Ambiguous reports that the name looked up is, for this entry, also an
	// ordinary English word or a common given name ("Reading", "Split",
	// "Warren"): ask for a stronger cue before reading it as this place.
	Ambiguous bool
	// Bloc marks a supranational union typed as Country: the European Union.
	Bloc bool
}

// Gazetteer answers look-ups of place names. It is safe for concurrent use.
// Its zero value is ready to use and loads the embedded data on first use.
type Gazetteer struct {
	once sync.Once
	d    *data
}

// data is the parsed embedded file. It is never modified after load, which
// is what makes concurrent look-ups safe without locks.
type data struct {
	names      map[string][]Entry // folded name → entries, ranked
	codes      map[string][]Entry // folded abbreviation → its entries, then names[key]
	demonyms   map[string]string  // folded demonym → canonical country name
	capitals   map[string]string  // canonical country name → capital
	adjectives map[string]string  // canonical country name → its adjective
	seats      map[string]string  // folded seat of government → canonical country name
	// aliases are the common other names of countries and places, by
	// type and canonical name: the hand-kept exonyms and transliterations
	// of gen/supplement.tsv ("Kiev" for Kyiv), not every name the open
	// data lists.
	aliases map[aliasKey][]string
}

type aliasKey struct {
	typ  domain.NodeType
	name string
}

//go:embed data.tsv.gz
var embedded []byte

// supplement is the generator's hand-kept list, read at run time for its
// common aliases.
//
//go:embed gen/supplement.tsv
var supplement []byte

var def Gazetteer

// Default returns the gazetteer built from the embedded data, loading it on
// first use.
func Default() *Gazetteer { return &def }

func (g *Gazetteer) data() *data {
	g.once.Do(func() {
		d, err := parse(embedded)
		if err != nil {
			// The file is embedded and covered by tests: a parse
			// error is a build defect, not a runtime condition.
			panic("gazetteer: embedded data: " + err.Error())
		}
		g.d = d
	})
	return g.d
}

// Lookup returns every entry known under name, as a canonical name or an
// alias, most likely first (countries, then capitals, then by population).
// The returned slice is shared: callers must not modify it. Lookup does not
// allocate.
func (g *Gazetteer) Lookup(name string) []Entry {
	d := g.data()
	var buf [96]byte
	k := appendKey(buf[:0], name)
	if len(k) == 0 {
		return nil
	}
	if allCaps(name) {
		if es, ok := d.codes[string(k)]; ok {
			return es
		}
	}
	if es, ok := d.names[string(k)]; ok {
		return es
	}
	if rest, ok := bytes.CutPrefix(k, []byte("the ")); ok {
		return d.names[string(rest)]
	}
	// The Arabic article is written "al" or "el": "Ksar al-Kebir" is
	// "Ksar El Kebir".
	var alt [96]byte
	if a, ok := swapArticle(alt[:0], k); ok {
		return d.names[string(a)]
	}
	return nil
}

// swapArticle appends key k to dst with every word "al" written "el" and
// every "el" written "al"; ok is false when k has neither.
func swapArticle(dst, k []byte) ([]byte, bool) {
	found := false
	for i := 0; i < len(k); {
		j := bytes.IndexByte(k[i:], ' ')
		if j < 0 {
			j = len(k)
		} else {
			j += i
		}
		w := k[i:j]
		switch {
		case string(w) == "al":
			dst, found = append(dst, "el"...), true
		case string(w) == "el":
			dst, found = append(dst, "al"...), true
		default:
			dst = append(dst, w...)
		}
		if j < len(k) {
			dst = append(dst, ' ')
		}
		i = j + 1
	}
	return dst, found
}

// Country returns the country known under name, a canonical name, alias or
// code ("U.S.", "USA", "America", "Türkiye").
func (g *Gazetteer) Country(name string) (Entry, bool) {
	for _, e := range g.Lookup(name) {
		if e.Type == domain.Country {
			return e, true
		}
	}
	return Entry{}, false
}

// Subdivision returns the most likely first-level subdivision known under
// name ("Chernihiv region", "Chernihivska oblast", "California", "Anhui").
func (g *Gazetteer) Subdivision(name string) (Entry, bool) {
	for _, e := range g.Lookup(name) {
		if e.Region {
			return e, true
		}
	}
	return Entry{}, false
}

// Demonym returns the canonical name of the country an adjective or demonym
// refers to: "Russian" → "Russia", "American" → "United States". Plurals
// ("Israelis") are known too, and so is a country's own name or code used
// as an adjective ("U.S. officials", "Myanmar junta"). A demonym shared by
// several countries goes to the most populous independent one ("Congolese"
// → Democratic Republic of the Congo). "European" is deliberately absent:
// it names the continent more often than the European Union.
func (g *Gazetteer) Demonym(word string) (country string, ok bool) {
	d := g.data()
	var buf [96]byte
	k := appendKey(buf[:0], word)
	if c, ok := d.demonyms[string(k)]; ok {
		return c, true
	}
	if e, ok := g.Country(word); ok {
		return e.Name, true
	}
	return "", false
}

// Adjective returns the adjective of a country known by its canonical
// name ("Georgia" → "Georgian", "Saudi Arabia" → "Saudi"), or "".
func (g *Gazetteer) Adjective(country string) string {
	return g.data().adjectives[country]
}

// adjectiveOf picks, from a country's demonyms, the one that forms its
// bodies' names: of the singulars (not another's plural), the shortest
// with an adjective's ending ("Saudi" over "Saudi Arabian", "Philippine"
// over "Filipino", "Turkish" over "Turk"), else the first.
func adjectiveOf(demonyms []string) string {
	singular := func(d string) bool {
		p, ok := strings.CutSuffix(d, "s")
		return !ok || !slices.Contains(demonyms, p)
	}
	best, first := "", ""
	for _, d := range demonyms {
		if !singular(d) {
			continue
		}
		if first == "" {
			first = d
		}
		if adjectiveEnding(d) && (best == "" || len(d) < len(best)) {
			best = d
		}
	}
	if best == "" {
		return first
	}
	return best
}

// adjectiveEnding reports whether a demonym ends as English adjectives of
// nationality do.
func adjectiveEnding(d string) bool {
	for _, e := range []string{"an", "ese", "ish", "i", "ic", "ine"} {
		if strings.HasSuffix(d, e) {
			return true
		}
	}
	return false
}

// Capital returns the canonical name of country's capital city, or "".
// country may be any name Country accepts.
func (g *Gazetteer) Capital(country string) string {
	d := g.data()
	if c, ok := d.capitals[country]; ok {
		return c
	}
	if e, ok := g.Country(country); ok {
		return d.capitals[e.Name]
	}
	return ""
}

// Aliases returns the common other names of the country or place of type
// t with the canonical name name, as gen/supplement.tsv keeps them: "Kiev"
// for Kyiv, "Bombay" for Mumbai, "Burma" for Myanmar. Nil when none is
// known.
func (g *Gazetteer) Aliases(t domain.NodeType, name string) []string {
	return slices.Clone(g.data().aliases[aliasKey{t, name}])
}

// Seat returns the canonical name of the country whose executive a seat of
// government stands for: "Kremlin" → "Russia", "Downing Street" → "United
// Kingdom", "Brussels" → "European Union" (the city as a government). The
// seat itself is an Organization or a Place; the country is what
// "Kremlin forces" or "Brussels insisted" mean. Seats come from
// gen/supplement.tsv.
func (g *Gazetteer) Seat(name string) (country string, ok bool) {
	d := g.data()
	var buf [96]byte
	k := appendKey(buf[:0], name)
	if c, ok := d.seats[string(k)]; ok {
		return c, true
	}
	if rest, ok := bytes.CutPrefix(k, []byte("the ")); ok {
		c, ok := d.seats[string(rest)]
		return c, ok
	}
	return "", false
}

// allCaps reports whether s has at least two letters and no lowercase one:
// the form in which abbreviations are matched.
func allCaps(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z':
			return false
		case 'A' <= c && c <= 'Z':
			n++
		case c >= 0x80:
			r, _ := utf8.DecodeRuneInString(s[i:])
			if unicode.IsLower(r) {
				return false
			}
		}
	}
	return n >= 2
}

// appendKey appends the normalized form of s to dst (see the package
// documentation): names.AppendFold, the normalization of node ids and
// search too. It allocates only when dst is too small.
func appendKey(dst []byte, s string) []byte { return names.AppendFold(dst, s) }

func key(s string) string { return string(appendKey(nil, s)) }

// parse reads the generated file: one tab-separated line per country (C),
// subdivision (R), city or place (P) and seat of government (S); list fields are "|"-separated and
// a leading "~" marks an ambiguous name. See gen/main.go.
func parse(gz []byte) (*data, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	d := &data{
		names:      make(map[string][]Entry, 64000),
		codes:      map[string][]Entry{},
		demonyms:   map[string]string{},
		capitals:   map[string]string{},
		adjectives: map[string]string{},
		seats:      map[string]string{},
		aliases:    map[aliasKey][]string{},
	}
	countryName := map[string]string{} // ISO code → canonical name
	countryPop := map[string]int{}     // canonical name → population
	var codeKeys []string
	add := func(m map[string][]Entry, name string, e Entry) {
		e.Ambiguous = false
		if n, ok := strings.CutPrefix(name, "~"); ok {
			name, e.Ambiguous = n, true
		}
		k := key(name)
		if k == "" {
			return
		}
		for _, old := range m[k] {
			if old.Name == e.Name && old.Type == e.Type && old.Country == e.Country && old.Region == e.Region {
				return // an alias folding to a name already there
			}
		}
		m[k] = append(m[k], e)
	}
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		switch f[0] {
		case "C": // C cc name pop flags aliases codes demonyms capital
			if len(f) < 9 {
				return nil, errLine(line)
			}
			pop, _ := strconv.Atoi(f[3])
			e := Entry{Name: f[2], Type: domain.Country, Population: pop, Bloc: strings.Contains(f[4], "b")}
			countryName[f[1]] = e.Name
			countryPop[e.Name] = pop
			add(d.names, e.Name, e)
			for _, a := range list(f[5]) {
				add(d.names, a, e)
			}
			for _, c := range list(f[6]) {
				add(d.codes, c, e)
				codeKeys = append(codeKeys, key(c))
			}
			for _, dm := range list(f[7]) {
				d.demonyms[key(dm)] = e.Name
			}
			if a := adjectiveOf(list(f[7])); a != "" {
				d.adjectives[e.Name] = a
			}
			if f[8] != "" {
				d.capitals[e.Name] = f[8]
			}
		case "R": // R cc name flags aliases
			if len(f) < 5 {
				return nil, errLine(line)
			}
			e := Entry{Name: strings.TrimPrefix(f[2], "~"), Type: domain.Place, Country: countryName[f[1]], Region: true}
			add(d.names, f[2], e)
			for _, a := range list(f[4]) {
				add(d.names, a, e)
			}
		case "P": // P cc name pop flags aliases
			if len(f) < 6 {
				return nil, errLine(line)
			}
			pop, _ := strconv.Atoi(f[3])
			e := Entry{Name: strings.TrimPrefix(f[2], "~"), Type: domain.Place, Country: countryName[f[1]],
				Population: pop, Capital: strings.Contains(f[4], "c")}
			add(d.names, f[2], e)
			for _, a := range list(f[5]) {
				add(d.names, a, e)
			}
			if !strings.HasPrefix(f[2], "~") {
			}
		case "S": // S cc names
			if len(f) < 3 {
				return nil, errLine(line)
			}
			for _, n := range list(f[2]) {
				d.seats[key(n)] = countryName[f[1]]
			}
		default:
			return nil, errLine(line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	commonAliases(d.aliases, supplement, countryName)
	for _, es := range d.names {
		slices.SortStableFunc(es, func(a, b Entry) int { return compareEntries(a, b, countryPop) })
	}
	// An abbreviation written in capitals means the country first, then
	// whatever else carries that name ("USA" the code before Usa, Japan).
	for _, k := range codeKeys {
		es := d.codes[k]
		for _, e := range d.names[k] {
			if !slices.ContainsFunc(es, func(x Entry) bool { return x.Name == e.Name && x.Type == e.Type && x.Region == e.Region }) {
				es = append(es, e)
			}
		}
		d.codes[k] = es
	}
	return d, nil
}

// compareEntries ranks countries first, then capitals, then by population;
// ties go to cities before subdivisions, then to the subdivision of the
// more populous country (countryPop: "Pará" is Brazil's state before
// Suriname's district), then by name for a stable order.
func compareEntries(a, b Entry, countryPop map[string]int) int {
	rank := func(e Entry) int {
		switch {
		case e.Type == domain.Country:
			return 0
		case e.Capital:
			return 1
		}
		return 2
	}
	if ra, rb := rank(a), rank(b); ra != rb {
		return ra - rb
	}
	if a.Population != b.Population {
		if a.Population > b.Population {
			return -1
		}
		return 1
	}
	if a.Region != b.Region {
		if !a.Region {
			return -1
		}
		return 1
	}
	if pa, pb := countryPop[a.Country], countryPop[b.Country]; a.Region && b.Region && pa != pb {
		if pa > pb {
			return -1
		}
		return 1
	}
	if c := strings.Compare(a.Name, b.Name); c != 0 {
		return c
	}
	return strings.Compare(a.Country, b.Country)
}

func list(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

type parseError string

func (e parseError) Error() string { return string(e) }

func errLine(line string) error {
	if len(line) > 80 {
		line = line[:80]
	}
	return parseError("bad line: " + line)
}

// commonAliases reads the aliases of the supplement into m: a country's
// extra names (country-alias), a city's (city-alias) and a city's old
// spelling (city-name).
func commonAliases(m map[aliasKey][]string, supplement []byte, countryName map[string]string) {
	add := func(t domain.NodeType, name string, as ...string) {
		k := aliasKey{t, name}
		for _, a := range as {
			same := func(b string) bool { return key(b) == key(a) }
			if key(a) != "" && !same(name) && !slices.ContainsFunc(m[k], same) {
				m[k] = append(m[k], a)
			}
		}
	}
	for line := range strings.Lines(string(supplement)) {
		f := strings.Split(strings.TrimRight(line, "\r\n"), "\t")
		switch {
		case f[0] == "country-alias" && len(f) >= 3 && countryName[f[1]] != "":
			add(domain.Country, countryName[f[1]], list(f[2])...)
		case f[0] == "city-alias" && len(f) >= 4:
			add(domain.Place, f[2], list(f[3])...)
		case f[0] == "city-name" && len(f) >= 4:
			add(domain.Place, f[3], f[2])
		}
	}
}
