package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// geoNameTests test the part_of facts geo.go states from names on
// invented sentences: the fact each must state, or must not.
var geoNameTests = []struct {
	text    string
	want    string
	notWant string
}{
	{text: "The Kenyan Electoral Commission said turnout was high.", want: "org:kenyan-electoral-commission part_of country:kenya"},
	{text: "Kenya's Ministry of Youth and Sports said the stadium would open.", want: "org:kenyas-ministry-of-youth-and-sports part_of country:kenya"},
	{text: "The Kenyan Sports Ministry said the stadium would open.", want: "org:kenyan-sports-ministry part_of country:kenya"},
	// a state-owned company whose name opens with its state's demonym
	{text: "Drones hit a depot run by the state-owned Kenyan Petroleum Corporation.", want: "org:kenyan-petroleum-corporation part_of country:kenya"},
	{text: "Drones hit a depot run by the privately owned Kenyan Petroleum Corporation.", notWant: "org:kenyan-petroleum-corporation part_of country:kenya"},
	// a name before a body's noun names the body, not a region
	{text: "An activist in Ethiopia's Gondar (Unity) political party was shot.", notWant: "place:gondar located_in country:ethiopia"},
	{text: "Shells hit Ethiopia's Gondar region overnight.", want: "place:gondar-region located_in country:ethiopia"},
	// a name before the country's edge qualifies the edge
	{text: "Shells hit Ethiopia's Gondar border overnight.", notWant: "place:gondar located_in country:ethiopia"},
	{text: "Shells hit Ethiopia's Gondar overnight.", want: "place:gondar located_in country:ethiopia"},
	// a body whose name ends with its country
	{text: "The governor of the Central Bank of Kenya, Ana Soler, spoke on Monday.", want: "org:central-bank-of-kenya part_of country:kenya"},
	{text: "The Armed Forces of Kenya said two soldiers died.", want: "org:armed-forces-of-kenya part_of country:kenya"},
	{text: "The National Bank of Kenya raised its fees.", notWant: "org:national-bank-of-kenya part_of country:kenya"},
	{text: "The Law Society of Kenya protested.", notWant: "org:law-society-of-kenya part_of country:kenya"},
	// lower-case words name a body after a demonym, not after a
	// possessive, which describes the country's body
	{text: "The Kenyan foreign ministry summoned the envoy on Monday.", want: "org:kenyan-foreign-ministry part_of country:kenya"},
	{text: "Kenya's foreign ministry summoned the envoy on Monday.", notWant: "org:kenyas-foreign-ministry part_of country:kenya"},
	{text: "Kenya's central bank held its rate on Monday.", notWant: "org:kenyas-central-bank part_of country:kenya"},
	// bodies of citizens, trades and sports named after their country
	{text: "The Norwegian Refugee Council said the camp was full.", notWant: "org:norwegian-refugee-council part_of country:norway"},
	{text: "The Kenyan Business Council said the tariff would cost jobs.", notWant: "org:kenyan-business-council part_of country:kenya"},
	{text: "The Australian Olympic Committee named its team on Monday.", notWant: "org:australian-olympic-committee part_of country:australia"},
	// a human rights commission watches its state, a ministry of human
	// rights is the state's
	{text: "The Kenyan Human Rights Commission called for an inquiry on Monday.", notWant: "org:kenyan-human-rights-commission part_of country:kenya"},
	{text: "Ethiopia's National Commission on Human Rights proposed a pause on Monday.", notWant: "org:ethiopias-national-commission-on-human-rights part_of country:ethiopia"},
	// (a regression row, not a test of civilCues: it passes without the
	// "rights" cue too, and keeps a ministry of human rights the state's)
	{text: "The Kenyan Ministry of Human Rights said it would respond.", want: "org:kenyan-ministry-of-human-rights part_of country:kenya"},
	{text: "Kenya's National Water Rights Council, a government body under the water ministry, said it would review 300 permits.", want: "org:kenyas-national-water-rights-council part_of country:kenya"},
	{text: "The Kenyan Children's Rights Council, an alliance of 25 parishes, said the new custody rules were unfair.", notWant: "org:kenyan-childrens-rights-council part_of country:kenya"},
	{text: "Kenya's National Human-Rights Commission said 9 detainees had been freed.", notWant: "org:kenyas-national-human-rights-commission part_of country:kenya"},
	// a ministry named "Ministry of" its portfolio, a portfolio office:
	// a country under the written name, by its own "in" phrase, the place
	// its sentence opens in, else the dateline's when the article names
	// no other country; never a country merely named; an office only a
	// country's that calls its ministry so
	{text: "In Mombasa, officials at the Ministry of Water Resources said the dam was safe.", want: "org:ministry-of-water-resources part_of country:kenya"},
	{text: "In Mombasa, Foreign Office spokesman Dario Quell said the talks would go on.", notWant: "org:foreign-office part_of country:kenya"},
	{text: "In Lahore, Foreign Office spokesman Tomas Reval said the border would stay shut.", want: "org:foreign-office part_of country:pakistan"},
	{text: "ISLAMABAD (Reuters) - India and Japan signed a rail deal on Monday, the Foreign Office said.", want: "org:foreign-office part_of country:pakistan"},
	{text: "CAIRO (Reuters) - Police held a Japanese diver on Monday.\n\nThe Foreign Office declined to comment.", notWant: "org:foreign-office part_of country:egypt"},
	{text: "NAIROBI (Reuters) - Cases rose on Monday.\n\nThe outbreak began on the border with Ethiopia. Nine cases were found, according to the Ministry of Health.", notWant: "org:ministry-of-health part_of country:kenya"},
	{text: "NAIROBI (Reuters) - Cases rose on Monday.\n\nThe outbreak began on the border with Ethiopia. Nine cases were found, according to the Ministry of Health.", notWant: "org:ministry-of-health part_of country:ethiopia"},
	{text: "OSLO (Reuters) - Floods in Sudan killed nine people on Monday.\n\nMore deaths were feared, according to the Ministry of Health.", notWant: "org:ministry-of-health part_of country:norway"},
	{text: "DOHA (Reuters) - Russia launched drones at Norway overnight, the Ministry of Defence said.", notWant: "org:ministry-of-defence part_of country:russia"},
	{text: "CAIRO (Reuters) - Norway pledged aid on Monday.\n\nThe Ministry of Energy in Addis Ababa said power cuts would end.", want: "org:ministry-of-energy part_of country:ethiopia"},
	{text: "OSLO (Reuters) - Fuel prices rose on Monday, according to the Ministry of Energy.", want: "org:ministry-of-energy part_of country:norway"},
	{text: "Officials at the Ministry of Health of Ethiopia said nine cases were found.", notWant: "org:ministry-of-health-of-ethiopia part_of country:kenya"},
	// works in the open named by a name, lower-case words and a noun of
	// works (the parser reads "copper mine" as a noun and a pronoun):
	// in the place of their "in" phrase; not a body the article names
	// elsewhere or one with a body's word
	{text: "Strikers blocked the closed Velka copper mine in central Kenya on Monday.", want: "place:velka located_in country:kenya"},
	// a name that only its "the" made a body's is read so too
	{text: "Police cleared a road outside the Surcavo tin mine in central Kenya on Friday.", want: "place:surcavo located_in country:kenya"},
	{text: "Farmers rallied on Sunday against the Merovka hydropower project in western Ethiopia.", want: "place:merovka located_in country:ethiopia"},
	// siteIn: a city the parser hangs on a verb or another noun is the
	// venue of a deal or a holder, not where the works lie
	{text: "Dravo Metals agreed on Tuesday to sell the Lusik gold mine in Johannesburg.", notWant: "place:lusik located_in place:johannesburg"},
	{text: "Shareholders in the Ondara nickel mine in Perth voted on Thursday to replace the board.", notWant: "place:ondara located_in place:perth"},
	// (the article names "Tarvo" as a body's name: the owner's, no
	// place)
	{text: "Tarvo said the turbines had arrived. Engineers inspected the Tarvo hydropower project in western Ethiopia.", notWant: "place:tarvo located_in country:ethiopia"},
	{text: "Orvel Holdings said output fell. Workers struck at the Orvel Holdings gold mine in western Kenya.", notWant: "org:orvel-holdings located_in country:kenya"},
	{text: "Banks funded the Corvin Mining project in western Kenya.", notWant: "place:corvin-mining located_in country:kenya"},
	// a name read as a person's is the owner's; a refinery, a project or
	// a complex bears its owner's name as often as its place's
	{text: "Workers at the Halvor Brandt gold mine in western Kenya went on strike.", notWant: "place:halvor-brandt located_in country:kenya"},
	{text: "Protesters gathered outside the Velmora refinery complex in western Kenya on Monday.", notWant: "place:velmora located_in country:kenya"},
	// a legislature by a name only one country's bears, where the
	// article names the country or files from it
	{text: "OSLO (Reuters) - Lawmakers in the Storting backed the plan 88 to 81 on Thursday.", want: "org:storting part_of country:norway"},
	{text: "Israel's cabinet met. The Knesset approved the budget on Monday.", want: "org:knesset part_of country:israel"},
	{text: "The Knesset approved the budget on Monday.", notWant: "org:knesset part_of country:israel"},
	// a bank the article gives a governor is its country's central bank:
	// the country its name ends with, or its context's
	{text: "Kenya's president dismissed the governor of the Bank of Kenya on Wednesday.", want: "org:bank-of-kenya part_of country:kenya"},
	{text: "NAIROBI (Reuters) - Rates held.\n\nAmani Bank Governor Ana Soler said the rate would hold.", want: "org:amani-bank part_of country:kenya"},
	{text: "NAIROBI (Reuters) - Rates held.\n\nThe board of the Amani Bank voted to hold the rate, its chairman Ana Soler told reporters.", notWant: "org:amani-bank part_of country:kenya"},
	{text: "NAIROBI (Reuters) - Rates held.\n\nThe governor of the Bank of East African States said rates would hold.", notWant: "org:bank-of-east-african-states part_of country:kenya"},
	// a name the gazetteer knows as a place is one, though it ends in a
	// body's word
	{text: "Israeli troops raided the town of Jenin in the West Bank on Monday.", want: "place:jenin located_in place:west-bank"},
}

func TestGeoNames(t *testing.T) {
	for _, tt := range geoNameTests {
		_, got := run(tt.text)
		if tt.want != "" && !slices.Contains(got, tt.want) {
			t.Errorf("%q: expected %s got %q", tt.text, tt.want, got)
		}
		if tt.notWant != "" && slices.Contains(got, tt.notWant) {
			t.Errorf("%q: did not expect %s, got %q", tt.text, tt.notWant, got)
		}
	}
}

// TestSeatInCapitalDistrict checks that a state body "in" a capital the
// gazetteer also knows as a district of its name sits in the city.
func TestSeatInCapitalDistrict(t *testing.T) {
	g := newFakeGaz()
	g.places["Nairobi"] = append(g.places["Nairobi"], gazetteer.Entry{Name: "Nairobi", Type: domain.Place, Country: "Kenya", Region: true})
	checkFactsWith(t, g, "A spokesman for the Ethiopian Embassy in Nairobi said the talks would go on.",
		[]string{"org:ethiopian-embassy based_in place:nairobi"}, nil, func(fact, nw string) bool { return strings.Contains(fact, nw) })
}

// TestListLine checks that a lone line that ends in a semicolon, an item
// of a list, is read for facts, where a headline is read for names only.
func TestListLine(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Corvin Depot, Tarrow Falls, Minn.;", true},
		{"Corvin Depot, Tarrow Falls, Minn", false},
	}
	const fact = "place:tarrow-falls located_in place:minnesota"
	for _, tt := range tests {
		a := makeArticle("t", tt.text)
		a.Title = tt.text
		ex := extractWith(newFakeGaz(), a)
		has := false
		for _, f := range ex.Facts {
			has = has || f.Subject+" "+string(f.Predicate)+" "+f.Object == fact
		}
		if has != tt.want {
			t.Errorf("%q: %s stated %v, want %v", tt.text, fact, has, tt.want)
		}
	}
}

// TestBareMinistryPartUnstated checks that a ministry its portfolio
// alone names, given its country by the sentence's place, the dateline
// or the story's lead, is that country's for its roles but states no
// part_of: the text never says whose it is. A country the text writes
// with the ministry states it.
func TestBareMinistryPartUnstated(t *testing.T) {
	tests := []struct {
		name, text    string
		want, notWant []string
	}{
		{
			name:    "the place its sentence opens in",
			text:    "In Mombasa, Trade Ministry spokeswoman Lina Varo said exports had doubled.",
			want:    []string{"person:lina-varo spokesperson_for org:kenyas-trade-ministry"},
			notWant: []string{"org:kenyas-trade-ministry part_of country:kenya"},
		},
		{
			name:    "the dateline",
			text:    "NAIROBI (Reuters) - Tea exports rose by a fifth in March, the Trade Ministry said on Friday.",
			want:    []string{"org:kenyas-trade-ministry mentioned_in"},
			notWant: []string{"org:kenyas-trade-ministry part_of country:kenya"},
		},
		{
			name:    "the story's lead country",
			text:    "Kenya recalled its envoy to Norway on Tuesday after a row over fishing rights.\n\nForeign Ministry spokesman Omar Telli said talks had failed.",
			want:    []string{"person:omar-telli spokesperson_for org:kenyas-foreign-ministry"},
			notWant: []string{"org:kenyas-foreign-ministry part_of country:kenya"},
		},
		{
			name: "a possessive states the country",
			text: "Kenya's Trade Ministry said on Friday that tea exports rose by a fifth.",
			want: []string{"org:kenyas-trade-ministry part_of country:kenya"},
		},
		{
			name: "a demonym states the country",
			text: "The Kenyan Trade Ministry said on Friday that tea exports rose by a fifth.",
			want: []string{"org:kenyan-trade-ministry part_of country:kenya"},
		},
		{
			// (a bare department is Washington's naming)
			name:    "a bare department in another country's dateline",
			text:    "NAIROBI (Reuters) - Two foreign envoys were told to leave on Friday. The State Department said it would review its grants to the region.",
			want:    []string{"org:state-department mentioned_in"},
			notWant: []string{"org:state-department part_of country:kenya"},
		},
		{
			name: "a bare department in a Washington dateline",
			text: "WASHINGTON (Reuters) - The Interior Department said on Friday it would auction drilling leases off the gulf coast.",
			want: []string{"org:interior-department part_of country:united-states"},
		},
		{
			// (departmentCountry: governments made of departments)
			name: "a bare department in a Pretoria dateline is South Africa's",
			text: "PRETORIA (Reuters) - South Africa will raise fees for work permits, the Labour Department said on Thursday.",
			want: []string{"org:labour-department part_of country:south-africa"},
		},
		{
			name:    "… not when the story names Washington",
			text:    "PRETORIA (Reuters) - South Africa will raise fees for work permits. In Washington, the Labour Department said on Thursday it was watching.",
			notWant: []string{"org:labour-department part_of country:south-africa"},
		},
		{
			name:    "… nor a State Department",
			text:    "PRETORIA (Reuters) - South Africa recalled its envoy on Thursday. The State Department said it was following the dispute.",
			notWant: []string{"org:state-department part_of country:south-africa"},
		},
	}
	for _, tc := range tests {
		ex, _ := run(tc.text)
		got := factLines(ex, true)
		for _, w := range tc.want {
			if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, w) }) {
				t.Errorf("%s: %q: expected %s, got %q", tc.name, tc.text, w, got)
			}
		}
		for _, nw := range tc.notWant {
			if slices.Contains(got, nw) {
				t.Errorf("%s: %q: did not expect %s, got %q", tc.name, tc.text, nw, got)
			}
		}
	}
}

// TestHeadlinePartUnstated checks that the part a body's name gives
// ("Kenyan parliament", "Kenyan Navy") is stated where the text after the
// headline names the body, and not at all where only the headline does:
// headlinese names no body the text does.
func TestHeadlinePartUnstated(t *testing.T) {
	tests := []struct {
		name, title, body string
		want, notWant     []string
	}{
		{
			name:    "the headline alone names it",
			title:   "Kenyan parliament backs new fishing quotas",
			body:    "NAIROBI (Reuters) - Kenya's lawmakers voted 120-40 on Tuesday to cut fishing quotas on Lake Turkana.",
			notWant: []string{"org:kenyan-parliament part_of country:kenya"},
		},
		{
			name:    "a headline with a capitalized body",
			title:   "Kenyan Navy seizes two trawlers off Lamu",
			body:    "NAIROBI (Reuters) - Sailors boarded two foreign trawlers near Lamu on Tuesday, officials said.",
			notWant: []string{"org:kenyan-navy part_of country:kenya"},
		},
		{
			name:  "the text names it too",
			title: "Kenyan Navy seizes two trawlers off Lamu",
			body:  "NAIROBI (Reuters) - The Kenyan Navy boarded two foreign trawlers near Lamu on Tuesday, officials said.",
			want:  []string{"org:kenyan-navy part_of country:kenya"},
		},
	}
	for _, tc := range tests {
		a := makeArticle("t", tc.title+"\n\n"+tc.body)
		a.Title = tc.title
		got := factLines(extractWith(newFakeGaz(), a), false)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: expected %s, got %q", tc.name, w, got)
			}
		}
		for _, nw := range tc.notWant {
			if slices.Contains(got, nw) {
				t.Errorf("%s: did not expect %s, got %q", tc.name, nw, got)
			}
		}
	}
}
