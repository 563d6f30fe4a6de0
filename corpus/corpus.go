// Package corpus generates synthetic wire-style news articles for scale
// tests and benchmarks: invented people with titles in real countries,
// talks, phone calls, attacks and quotes, 300 to 1,500 words each, written
// the way wire copy is, so that the extractor parses them as it parses real
// news. The same seed gives the same corpus, article by article, so that a
// benchmark run anywhere loads the same text.
//
// The people are invented (their name parts are checked against the
// gazetteer, so that none reads as a place); countries and cities are real
// names the gazetteer knows.
package corpus

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// country is a real country as the articles name it.
type country struct {
	name, demonym, city string // city: a large city other than the capital
	capital             string
}

// countries are real countries with their demonyms and a second city; the
// capital comes from the gazetteer.
var countries = []country{
	{name: "Ukraine", demonym: "Ukrainian", city: "Kharkiv"},
	{name: "Russia", demonym: "Russian", city: "St. Petersburg"},
	{name: "Poland", demonym: "Polish", city: "Krakow"},
	{name: "Germany", demonym: "German", city: "Hamburg"},
	{name: "France", demonym: "French", city: "Marseille"},
	{name: "Italy", demonym: "Italian", city: "Milan"},
	{name: "Spain", demonym: "Spanish", city: "Barcelona"},
	{name: "Turkey", demonym: "Turkish", city: "Istanbul"},
	{name: "Egypt", demonym: "Egyptian", city: "Alexandria"},
	{name: "Israel", demonym: "Israeli", city: "Haifa"},
	{name: "Lebanon", demonym: "Lebanese", city: "Tripoli"},
	{name: "Jordan", demonym: "Jordanian", city: "Zarqa"},
	{name: "Saudi Arabia", demonym: "Saudi", city: "Jeddah"},
	{name: "Qatar", demonym: "Qatari", city: "Al Rayyan"},
	{name: "Iran", demonym: "Iranian", city: "Isfahan"},
	{name: "Iraq", demonym: "Iraqi", city: "Mosul"},
	{name: "India", demonym: "Indian", city: "Mumbai"},
	{name: "Pakistan", demonym: "Pakistani", city: "Lahore"},
	{name: "China", demonym: "Chinese", city: "Shanghai"},
	{name: "Japan", demonym: "Japanese", city: "Osaka"},
	{name: "Brazil", demonym: "Brazilian", city: "Sao Paulo"},
	{name: "Argentina", demonym: "Argentine", city: "Cordoba"},
	{name: "Mexico", demonym: "Mexican", city: "Guadalajara"},
	{name: "Canada", demonym: "Canadian", city: "Toronto"},
	{name: "Kenya", demonym: "Kenyan", city: "Mombasa"},
	{name: "Nigeria", demonym: "Nigerian", city: "Lagos"},
	{name: "Ethiopia", demonym: "Ethiopian", city: "Dire Dawa"},
	{name: "Sudan", demonym: "Sudanese", city: "Omdurman"},
	{name: "South Africa", demonym: "South African", city: "Johannesburg"},
	{name: "Indonesia", demonym: "Indonesian", city: "Surabaya"},
	{name: "Vietnam", demonym: "Vietnamese", city: "Ho Chi Minh City"},
	{name: "Philippines", demonym: "Philippine", city: "Davao"},
	{name: "Australia", demonym: "Australian", city: "Sydney"},
	{name: "Norway", demonym: "Norwegian", city: "Bergen"},
	{name: "Sweden", demonym: "Swedish", city: "Gothenburg"},
	{name: "Finland", demonym: "Finnish", city: "Tampere"},
	{name: "Hungary", demonym: "Hungarian", city: "Debrecen"},
	{name: "Romania", demonym: "Romanian", city: "Cluj-Napoca"},
	{name: "Serbia", demonym: "Serbian", city: "Novi Sad"},
	{name: "Armenia", demonym: "Armenian", city: "Gyumri"},
	{name: "Azerbaijan", demonym: "Azerbaijani", city: "Ganja"},
	{name: "Georgia", demonym: "Georgian", city: "Batumi"},
	{name: "Kazakhstan", demonym: "Kazakh", city: "Almaty"},
	{name: "Colombia", demonym: "Colombian", city: "Medellin"},
	{name: "Chile", demonym: "Chilean", city: "Valparaiso"},
}

// An office is a title a person holds and the role it gives them.
type office struct {
	title string // as written before the name: "Foreign Minister"
	head  bool   // a head of state or government: speaks by phone with peers
}

var offices = []office{
	{"President", true},
	{"Prime Minister", true},
	{"Foreign Minister", false},
	{"Defence Minister", false},
	{"Energy Minister", false},
	{"Finance Minister", false},
	{"presidential spokesman", false},
	{"Foreign Ministry spokeswoman", false},
	{"special envoy", false},
	{"deputy foreign minister", false},
}

var givenNames = []string{
	"Anton", "Mira", "Tomas", "Elena", "Viktor", "Ilse", "Marek", "Sofia", "Karim", "Leila",
	"Daniel", "Nadia", "Pavel", "Ines", "Omar", "Hana", "Jonas", "Katya", "Ruben", "Amara",
	"Felix", "Lucia", "Idris", "Zofia", "Matteo", "Selin", "Yusuf", "Greta", "Andrei", "Noor",
	"Henrik", "Aylin", "Bruno", "Dalia", "Emil", "Farah", "Gustav", "Irina", "Jakub", "Kamala",
	"Lars", "Marta", "Nikolai", "Olga", "Piotr", "Rania", "Stefan", "Tamar", "Ulrich", "Vera",
}

// Surnames are invented from syllables, so that no real person is quoted.
var (
	syllablesA = []string{"Var", "Bel", "Kor", "Dan", "Mal", "Ser", "Tol", "Ves", "Hal", "Nor", "Brav", "Zel", "Rud", "Pav", "Lom", "Dor", "Grel", "Stan", "Mir", "Kess"}
	syllablesM = []string{"", "an", "el", "or", "is", "ov", "ub", "en"}
	syllablesB = []string{"ek", "ova", "anu", "etti", "ski", "ani", "oren", "ido", "asz", "elin", "ard", "ovic", "eira", "undt", "aro", "essa", "im", "ory", "ant", "oul"}
)

var weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

var topics = []string{
	"a ceasefire", "grain exports", "energy supplies", "a prisoner exchange", "border security",
	"sanctions relief", "a trade agreement", "humanitarian corridors", "water rights", "refugee returns",
	"nuclear safety", "debt relief", "maritime security", "arms control", "election monitoring",
}

var quotes = []string{
	"We are ready to continue the dialogue, but not at any price",
	"There is no alternative to negotiations, and both sides know it",
	"The talks were difficult, but we made real progress",
	"Our position has not changed and will not change",
	"We expect concrete steps, not more promises",
	"This agreement can save thousands of lives if it is respected",
	"Nobody should be under any illusion about the seriousness of the situation",
	"We have agreed to meet again in two weeks",
	"The door remains open, and we hope our partners walk through it",
	"Any attack on civilians is unacceptable and must be investigated",
	"We will defend our citizens with every means at our disposal",
	"It is too early to speak of a breakthrough",
	"The proposal is a serious basis for further work",
	"We cannot accept conditions that were written without us",
	"The next few days will show whether the other side is sincere",
}

var fillers = []string{
	"Negotiators have met several times this year without reaching a lasting deal.",
	"Analysts said the outcome would depend on how quickly both governments moved.",
	"The dispute has weighed on regional markets for months.",
	"Diplomats briefed on the discussions said the atmosphere had improved.",
	"Previous rounds ended without a joint statement.",
	"Aid groups have warned that conditions for civilians are worsening.",
	"The issue is expected to come up again at next month's summit.",
	"Officials declined to give details of the draft, which has not been published.",
	"Both sides have accused each other of delaying the process.",
	"Observers said the talks marked a modest step forward.",
	"The cost of the conflict has risen sharply since the spring.",
	"A final text would need the approval of both parliaments.",
	"Critics at home have said the government is giving up too much.",
	"Several technical questions remain open, according to people familiar with the matter.",
	"The delegations are due to exchange written proposals before the next meeting.",
	"Economists expect the agreement, if signed, to lower fuel prices.",
	"Opposition lawmakers have called for the talks to be suspended.",
	"The schedule of the next round has not been announced.",
}

var weapons = []string{"drone attack", "missile strike", "airstrike", "rocket attack"}

// person is an invented official.
type person struct {
	given, surname string
	country        int // index in countries
	office         office
}

func (p person) name() string { return p.given + " " + p.surname }

// Generator makes the articles of one corpus. It is safe for concurrent
// use: each article draws from a random source of its own.
type Generator struct {
	seed   uint64
	people []person
	byCtry [][]int // country index → indices of its people
}

// New returns the generator of the corpus of seed. Its cast of officials
// is fixed by the seed: three holders of each office in each country, so
// that later articles meet people earlier ones introduced, as in a real
// archive. Beyond them, a long tail of governors, mayors and lawmakers
// (minor) grows with the corpus.
func New(seed uint64) *Generator {
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	g := &Generator{seed: seed, byCtry: make([][]int, len(countries))}
	gz := gazetteer.Default()
	seen := map[string]bool{}
	for c := range countries {
		for _, off := range offices {
			for range 3 { // successive holders of each office over the years
				var p person
				for try := 0; ; try++ {
					p = person{
						given:   givenNames[rng.IntN(len(givenNames))],
						surname: syllablesA[rng.IntN(len(syllablesA))] + syllablesM[rng.IntN(len(syllablesM))] + syllablesB[rng.IntN(len(syllablesB))],
						country: c,
						office:  off,
					}
					// a surname that is also a place would be read as one;
					// a shared one makes surname-only mentions ambiguous,
					// which real archives have too, so after a while allow it
					if len(gz.Lookup(p.surname)) == 0 && (!seen[p.surname] || try > 50) {
						break
					}
				}
				seen[p.surname] = true
				g.byCtry[c] = append(g.byCtry[c], len(g.people))
				g.people = append(g.people, p)
			}
		}
	}
	return g
}

// minorOffices are the titles of the long tail of people: those a few
// articles quote, unlike the officials of the fixed cast.
var minorOffices = []office{
	{"regional governor", false},
	{"mayor", false},
	{"lawmaker", false},
	{"ambassador", false},
	{"deputy foreign minister", false},
}

// minor returns the k-th person of the long tail: derived from the seed
// and k alone, so that any article can name them without a shared list.
// Article i draws k below i/4+50: the tail grows with the archive, each of
// its people quoted in a handful of articles, the early ones in more.
func (g *Generator) minor(k int) person {
	rng := rand.New(rand.NewPCG(g.seed^0x6d696e6f72, uint64(k)))
	gz := gazetteer.Default()
	for {
		p := person{
			given:   givenNames[rng.IntN(len(givenNames))],
			surname: syllablesA[rng.IntN(len(syllablesA))] + syllablesM[rng.IntN(len(syllablesM))] + syllablesB[rng.IntN(len(syllablesB))] + syllablesB[rng.IntN(len(syllablesB))],
			country: rng.IntN(len(countries)),
			office:  minorOffices[rng.IntN(len(minorOffices))],
		}
		if len(gz.Lookup(p.surname)) == 0 {
			return p
		}
	}
}

// Article is one generated article.
type Article struct {
	ID   string // file name without extension
	Text string // with a date header
}

// Article returns the i-th article of the corpus.
func (g *Generator) Article(i int) Article {
	rng := rand.New(rand.NewPCG(g.seed, uint64(i)+1))
	w := &writer{rng: rng, g: g, index: i}
	// dates run forward through three years, as an archive does
	day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(1096))
	w.date = day
	return Article{ID: fmt.Sprintf("wire-%06d", i), Text: w.article()}
}

// writer composes one article.
type writer struct {
	rng   *rand.Rand
	g     *Generator
	index int // the article's place in the corpus
	date  time.Time
	b     strings.Builder
}

func (w *writer) pick(list []string) string { return list[w.rng.IntN(len(list))] }

// official returns a person of country c, preferring heads of state or
// government when head is set.
func (w *writer) official(c int, head bool) person {
	ids := w.g.byCtry[c]
	for range 20 {
		p := w.g.people[ids[w.rng.IntN(len(ids))]]
		if p.office.head == head {
			return p
		}
	}
	return w.g.people[ids[0]]
}

// weekday names a day up to six days before the article's date, as wire
// copy does ("on Tuesday").
func (w *writer) weekday() string {
	return weekdays[(int(w.date.Weekday())+6-w.rng.IntN(4))%7]
}

func (w *writer) capital(c country) string {
	if c.capital != "" {
		return c.capital
	}
	if cap := gazetteer.Default().Capital(c.name); cap != "" {
		return cap
	}
	return c.city
}

func (w *writer) article() string {
	a, b := w.rng.IntN(len(countries)), w.rng.IntN(len(countries)-1)
	if b >= a {
		b++
	}
	ca, cb := countries[a], countries[b]
	host := w.capital(countries[[]int{a, b}[w.rng.IntN(2)]])
	topic := w.pick(topics)
	pa, pb := w.official(a, true), w.official(b, true)
	ma, mb := w.official(a, false), w.official(b, false)

	fmt.Fprintf(&w.b, " date %s\n", w.date.Format("2006-01-02"))
	fmt.Fprintf(&w.b, "%s and %s hold talks in %s on %s\n\n", ca.name, cb.name, host, topic)
	fmt.Fprintf(&w.b, "%s (Wire) — %s and %s officials held talks in %s on %s on %s, the first such meeting in months.\n\n",
		strings.ToUpper(host), ca.demonym, cb.demonym, host, w.weekday(), topic)

	var paras []string
	paras = append(paras,
		fmt.Sprintf("%s %s %s met %s %s %s in %s on %s.", ca.demonym, ma.office.title, ma.name(), cb.demonym, mb.office.title, mb.name(), host, w.weekday()),
		fmt.Sprintf("“%s,” %s told reporters after the meeting.", w.pick(quotes), ma.surname),
		fmt.Sprintf("%s %s %s spoke by phone with %s %s %s on %s, the %s government said.", ca.demonym, pa.office.title, pa.name(), cb.demonym, pb.office.title, pb.name(), w.weekday(), ca.demonym),
		fmt.Sprintf("“%s,” %s said in a statement.", w.pick(quotes), pb.surname),
	)
	if w.rng.IntN(2) == 0 {
		c := countries[[]int{a, b}[w.rng.IntN(2)]]
		att := countries[[]int{b, a}[w.rng.IntN(2)]]
		if att.name == c.name {
			att = countries[(a+b+1)%len(countries)]
		}
		paras = append(paras, fmt.Sprintf("On %s, a %s %s on %s killed %d people and wounded %d, officials said.",
			w.weekday(), att.demonym, w.pick(weapons), c.city, 2+w.rng.IntN(20), 3+w.rng.IntN(40)))
	}
	if w.rng.IntN(2) == 0 {
		s := w.official(b, false)
		paras = append(paras,
			fmt.Sprintf("%s %s %s said %s would not accept any deal on %s that ignored its interests.", cb.demonym, s.office.title, s.name(), cb.name, topic),
			fmt.Sprintf("“%s,” %s said.", w.pick(quotes), s.surname))
	}
	if w.rng.IntN(3) == 0 {
		c := w.rng.IntN(len(countries))
		e := w.official(c, false)
		paras = append(paras, fmt.Sprintf("%s %s %s, who arrived in %s on %s, said %s supported the talks.",
			countries[c].demonym, e.office.title, e.name(), host, w.weekday(), countries[c].name))
	}

	// the long tail: a governor, a mayor, a lawmaker who appears in a few
	// articles only, as most people in a real archive do
	for range w.rng.IntN(3) {
		m := w.g.minor(w.rng.IntN(w.index/4 + 50))
		c := countries[m.country]
		paras = append(paras, fmt.Sprintf("“%s,” %s %s %s said on %s.", w.pick(quotes), c.demonym, m.office.title, m.name(), w.weekday()))
	}

	words := 300 + w.rng.IntN(1201)
	body := strings.Join(paras, "\n\n")
	for n := len(strings.Fields(body)); n < words; {
		var para []string
		for range 2 + w.rng.IntN(3) {
			para = append(para, w.pick(fillers))
		}
		if w.rng.IntN(4) == 0 {
			p := w.official(a, w.rng.IntN(2) == 0)
			para = append(para, fmt.Sprintf("“%s,” %s %s said on %s.", w.pick(quotes), ca.demonym, p.office.title+" "+p.name(), w.weekday()))
		}
		// background goes after the news, as in wire copy
		p := strings.Join(para, " ")
		body += "\n\n" + p
		n += len(strings.Fields(p))
	}
	w.b.WriteString(body)
	w.b.WriteString("\n")
	return w.b.String()
}

// Write writes articles [0, n) of the corpus of seed into dir as
// ID.txt files, on every core, creating dir if needed. It stops early, with
// ctx's error, when ctx ends.
func Write(ctx context.Context, dir string, seed uint64, n int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("corpus: %w", err)
	}
	g := New(seed)
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		werr error
		next = make(chan int)
	)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				a := g.Article(i)
				if err := os.WriteFile(filepath.Join(dir, a.ID+".txt"), []byte(a.Text), 0o644); err != nil {
					mu.Lock()
					werr = fmt.Errorf("corpus: %w", err)
					mu.Unlock()
				}
			}
		}()
	}
	for i := range n {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	if werr == nil {
		werr = ctx.Err()
	}
	return werr
}
