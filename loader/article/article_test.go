package article

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/domain"
)

// checkInvariants reports every way a parsed article breaks the offset
// contract of domain.Sentence.
func checkInvariants(t testing.TB, in string, a domain.Article) {
	t.Helper()
	runes := []rune(a.Text)
	prev := 0
	for i, s := range a.Sentences {
		if s.Index != i {
			t.Errorf("%q: sentence %d has Index %d", in, i, s.Index)
		}
		if s.Start < prev || s.End <= s.Start || s.End > len(runes) {
			t.Fatalf("%q: sentence %d: bad range [%d,%d) after %d (text %d runes)", in, i, s.Start, s.End, prev, len(runes))
		}
		if got := string(runes[s.Start:s.End]); got != s.Text {
			t.Errorf("%q: sentence %d: Text %q, but Text[%d:%d] is %q", in, i, s.Text, s.Start, s.End, got)
		}
		if strings.TrimSpace(s.Text) != s.Text || s.Text == "" {
			t.Errorf("%q: sentence %d not trimmed or empty: %q", in, i, s.Text)
		}
		prev = s.End
	}
}

func texts(a domain.Article) []string {
	var out []string
	for _, s := range a.Sentences {
		out = append(out, s.Text)
	}
	return out
}

var parseTests = []struct {
	name   string
	in     string
	date   string
	title  string   // "" means not checked
	outlet string   // "" means not checked
	sents  []string // nil means not checked
}{
	{
		name:  "header same line",
		in:    " date 2025-03-25 Talks resumed on Monday. Both sides met.\n",
		date:  "2025-03-25",
		sents: []string{"Talks resumed on Monday.", "Both sides met."},
	},
	{
		name:  "header next line",
		in:    "date 2025-03-25\nTalks resumed on Monday.\n\nBoth sides met.",
		date:  "2025-03-25",
		sents: []string{"Talks resumed on Monday.", "Both sides met."},
	},
	{
		name:  "header leading blank lines and tabs",
		in:    "\n\n  \tdate 2024-02-29\n\nA leap day story.",
		date:  "2024-02-29",
		sents: []string{"A leap day story."},
	},
	{
		name:  "header with colon",
		in:    "Date: 2025-01-02\nA story.",
		date:  "2025-01-02",
		sents: []string{"A story."},
	},
	{
		name:  "header glued to the body",
		in:    "date 2025-03-25Talks resumed.",
		date:  "2025-03-25",
		sents: []string{"Talks resumed."},
	},
	{
		name:  "header with a time",
		in:    "date 2025-03-25T08:00:00Z\nTalks resumed.",
		date:  "2025-03-25",
		sents: []string{"Talks resumed."},
	},
	{
		name:  "no header",
		in:    "Talks resumed on Monday. Both sides met.",
		date:  "",
		sents: []string{"Talks resumed on Monday.", "Both sides met."},
	},
	{
		name:  "body starting with the word date",
		in:    "Date palms line the road to the port. Farmers harvest them in autumn.",
		date:  "",
		sents: []string{"Date palms line the road to the port.", "Farmers harvest them in autumn."},
	},
	{
		name:  "published line gives the date",
		in:    "Published March 4, 2025, 10:12 AM\n\nThe minister resigned on Tuesday.",
		date:  "2025-03-04",
		sents: []string{"The minister resigned on Tuesday."},
	},
	{
		name:  "updated line when nothing is published",
		in:    "Updated: 7 Feb 2024 09:30 GMT\nThe minister resigned on Tuesday.",
		date:  "2024-02-07",
		sents: []string{"The minister resigned on Tuesday."},
	},
	{
		name:  "weekday alone gives no date",
		in:    "The minister resigned on Tuesday, March 4.",
		date:  "",
		sents: []string{"The minister resigned on Tuesday, March 4."},
	},
	{
		name: "wire page layout",
		in: "Ferries resume after storm as crews clear debris\nBY ANA LOPES\nApril 2, 2024 6:40 AM GMT+1 Updated 3 hours ago\n\n" +
			"PORTO, April 2 (Example Wire) - Ferries resumed on Tuesday, the operator said.\n\n" +
			"A ferry leaves port, April 1, 2024. EXAMPLEWIRE/Rui Costa Buy Licensing Rights, opens new tab\n" +
			"FILE - A pier near Porto, Jan. 3, 2020. (AP Photo/Lu Tan, File)\n" +
			"A crane at the dock. REUTERS/Bo Li\nSign up here.\nWriting by Ana Lopes; Editing by Rui Costa",
		date:  "2024-04-02",
		title: "Ferries resume after storm as crews clear debris",
		sents: []string{
			"Ferries resume after storm as crews clear debris",
			"PORTO, April 2 (Example Wire) - Ferries resumed on Tuesday, the operator said.",
		},
	},
	{
		name:  "timestamp line",
		in:    "Talks end without a deal\n\nSun 5 Jan 2025 09.12 GMT\n\nThe talks ended on Sunday.\nFirst published on Sat 4 Jan 2025 20.00 GMT",
		date:  "2025-01-05",
		sents: []string{"Talks end without a deal", "The talks ended on Sunday."},
	},
	{
		name:  "crlf and bom",
		in:    "\ufeffFirst paragraph here.\r\n\r\nSecond one.\rThird one.",
		sents: []string{"First paragraph here.", "Second one.", "Third one."},
	},
	{
		name: "site chrome",
		in: "SUBSCRIBE\nShare this @examplenews.org\nThe port reopened on Friday.\n\nAdvertisement\n\n" +
			"Ships queued outside.\n\nSign up for our newsletter\nRead more\nWe use cookies to improve your visit. Accept?\n" +
			"CONTACT US\nWe’re not around at the moment. Send us an email and someone will reply soon.\nSending\n" +
			"Log in with your account\nForgot your details?\n© 2025 Example News Group",
		sents:  []string{"The port reopened on Friday.", "Ships queued outside."},
		outlet: "examplenews.org",
	},
	{
		name:  "a story about cookies is not a cookie notice",
		in:    "Regulators said the new cookie consent rules take effect in May.\nThis website uses cookies. By continuing you agree to our cookie policy.",
		sents: []string{"Regulators said the new cookie consent rules take effect in May."},
	},
	{
		name:   "copyright names the outlet",
		in:     "The port reopened.\n\nCopyright © 2024 Harbour Daily Media. All rights reserved.",
		sents:  []string{"The port reopened."},
		outlet: "Harbour Daily Media",
	},
	{
		name: "wire copyright and coverage pointer",
		in: "The port reopened on Friday.\n\nFollow Example Wire's coverage of the Baltic at https://example.org/hub/baltic\n" +
			"Copyright 2026 Example Wire. All rights reserved. This material may not be republished without permission.",
		sents:  []string{"The port reopened on Friday."},
		outlet: "Example Wire",
	},
	{
		name:  "a story sentence about following and copyright stays",
		in:    "Copyright 2019 rules were tightened, the court said.\nFollow the money, the auditor told reporters at the hearing.",
		sents: []string{"Copyright 2019 rules were tightened, the court said.", "Follow the money, the auditor told reporters at the hearing."},
	},
	{
		name:  "shouting navigation and button rows",
		in:    "TOP STORIES\nThe port reopened.\nFacebook Twitter Email\nWATCH LIVE",
		sents: []string{"The port reopened."},
	},
	{
		name: "photo credits and captions",
		in: "The dam was repaired overnight.\n\n" +
			"Flood barrier in Rivertown\n" +
			"Workers stack sandbags near the river on Tuesday. Maria Kowalski / Reuters\n\n" +
			"Engineers expect the water to fall.\n\n" +
			"Image: Two Engineers Inspect The Dam At Dawn\n" +
			"An engineer at the dam on Monday.Pat Ortega / Getty Images\n\n" +
			"Residents returned home. (Photo: Lee Brandt)\n" +
			"A tractor in a flooded field. AP Photo/Sam Reyes, File\n" +
			"A boat on the river.\nJohn Appleseed / Northern Photo Agency\n" +
			"REUTERS/Tom Fielding\n" +
			"Officials said the dam held.",
		sents: []string{"The dam was repaired overnight.", "Engineers expect the water to fall.", "Officials said the dam held."},
	},
	{
		name: "subheads stay, each its own sentence",
		in: "The council met on Monday.\n\nMayor says budget is tight\n\nThe mayor spoke for an hour.\n" +
			"Opposition walks out\nThree members left the room.",
		sents: []string{"The council met on Monday.", "Mayor says budget is tight", "The mayor spoke for an hour.", "Opposition walks out", "Three members left the room."},
	},
	{
		name:  "headline",
		in:    "Council approves new harbour budget\n\nThe council met on Monday and approved the budget.",
		title: "Council approves new harbour budget",
	},
	{
		name:  "title from first sentence without dateline",
		in:    "BERLIN (AP) — The council met on Monday and approved the budget after a long and sometimes bitter debate that lasted well into the night.",
		title: "The council met on Monday and approved the budget after a long and sometimes bitter debate that lasted well into the…",
		sents: []string{"BERLIN (AP) — The council met on Monday and approved the budget after a long and sometimes bitter debate that lasted well into the night."},
	},
	{
		name:  "byline",
		in:    "By Jane Roe and Sam Poe, Example Wire\n\nThe council met.",
		sents: []string{"The council met."},
	},
	{
		name: "abbreviations",
		in: "Mr. Smith met Gen. Jones at 5 p.m. Eastern in St. Louis on Jan. 5 with Sen. Doe and Dr. Roe. " +
			"The U.S. envoy and the U.N. chief spoke. No. 2 on the list is Acme Inc. and its unit Foo Co. " +
			"Donald J. Trump and J.D. Vance arrived. They left.",
		sents: []string{
			"Mr. Smith met Gen. Jones at 5 p.m. Eastern in St. Louis on Jan. 5 with Sen. Doe and Dr. Roe.",
			"The U.S. envoy and the U.N. chief spoke.",
			"No. 2 on the list is Acme Inc. and its unit Foo Co. Donald J. Trump and J.D. Vance arrived.",
			"They left.",
		},
	},
	{
		name: "an engineer's style before a name",
		in:   "The firm's new head, Eng. Halima Wekesa, took over. Its chief engineer, Engr. Tobias Mwangi, stays. The plant was built by Tan Boon Eng. The firm said so.",
		sents: []string{
			"The firm's new head, Eng. Halima Wekesa, took over.", "Its chief engineer, Engr. Tobias Mwangi, stays.",
			"The plant was built by Tan Boon Eng.", "The firm said so.",
		},
	},
	{
		name: "a name's last word Eng before a sentence",
		in:   "The tender went to Goh Siew Eng. Officials welcomed it. The party picked Chua Mei Eng. Its rivals chose Lau. The dam was drawn by Teo Kian Eng. Engineers liked it. The utility's director, Eng. Amos Njoroge, resigned.",
		sents: []string{
			"The tender went to Goh Siew Eng.", "Officials welcomed it.", "The party picked Chua Mei Eng.", "Its rivals chose Lau.",
			"The dam was drawn by Teo Kian Eng.", "Engineers liked it.", "The utility's director, Eng. Amos Njoroge, resigned.",
		},
	},
	{
		name: "sentence ending in an initialism",
		in:   "Talks were held in the U.S. The talks went on. Troops left the U.K. “It is over,” she said. The E.U. Council met at 9 a.m. It ended.",
		sents: []string{
			"Talks were held in the U.S.", "The talks went on.", "Troops left the U.K.",
			"“It is over,” she said.", "The E.U. Council met at 9 a.m.", "It ended.",
		},
	},
	{
		name: "quotes and brackets",
		in: `“We will win.” He left. "Really?" she asked. He said "no." Then (quietly) he went. It was late (after 9.) The end! ‘Fine,’ he said... Then nothing.` +
			` The talks (in Riyadh.) Next.`,
		sents: []string{
			"“We will win.”", "He left.", `"Really?" she asked.`, `He said "no."`,
			"Then (quietly) he went.", "It was late (after 9.)", "The end!", "‘Fine,’ he said...", "Then nothing.",
			"The talks (in Riyadh.)", "Next.",
		},
	},
	{
		name:  "initial ends a sentence before a quote",
		in:    "She wrote on X. “Enough,” she added. Plan B. The end.",
		sents: []string{"She wrote on X.", "“Enough,” she added.", "Plan B.", "The end."},
	},
	{
		name:  "quoted question with attribution",
		in:    "“Why now?” Minister Ana Ruiz asked reporters. “Stop!” The crowd did not. “Who?” He left.",
		sents: []string{"“Why now?” Minister Ana Ruiz asked reporters.", "“Stop!”", "The crowd did not.", "“Who?”", "He left."},
	},
	{
		name:  "wire trailers",
		in:    "The bridge opened.\nReporting by Jane Roe in Lisbon; Editing by Sam Poe\nThe Example Wire contributed to this report.\n(Additional reporting by Kim Lee)",
		sents: []string{"The bridge opened."},
	},
	{
		// a contributor with a staff title says whom the writer works
		// for: the line stays
		name:  "a staff writer's contributor line stays",
		in:    "The bridge opened.\nExample Wire writer Dana Holt in Lisbon contributed to this report.\nThe Example Wire contributed to this report.",
		sents: []string{"The bridge opened.", "Example Wire writer Dana Holt in Lisbon contributed to this report."},
	},
	{
		// a generic premodifier, a possessive or a plural title names no
		// outlet the contributor works for: the line stays a credit
		name:  "a contributor line without an outlet's staff title is a credit",
		in:    "The ferry sailed.\nFreelance writer Orsa Lint contributed to this report.\nThe Harbin Ledger's Quito correspondent Tal Mosse contributed to this report.\nExample Wire writers Ivo Dask in Porto and Ena Wirl in Braga contributed to this report.\nStaff reporter Kemi Ablo contributed to this report.",
		sents: []string{"The ferry sailed."},
	},
	{
		name:  "numbers, urls, decimals",
		in:    "Inflation was 3.5 percent in 2024. See example.com for more. It rose 2.1 points.",
		sents: []string{"Inflation was 3.5 percent in 2024.", "See example.com for more.", "It rose 2.1 points."},
	},
	{
		name:  "dateline with abbreviations",
		in:    "ST. PETERSBURG, Fla. (AP) — Rain fell on Monday. It stopped in Dover, Del. The sun came out.",
		sents: []string{"ST. PETERSBURG, Fla. (AP) — Rain fell on Monday.", "It stopped in Dover, Del.", "The sun came out."},
	},
	{
		name:  "datelines stay in the text",
		in:    "KYIV, Ukraine (Reuters) - Drones hit the city overnight. Two people were hurt.\n\nWASHINGTON () The president spoke.",
		sents: []string{"KYIV, Ukraine (Reuters) - Drones hit the city overnight.", "Two people were hurt.", "WASHINGTON () The president spoke."},
	},
	{
		name:  "hard-wrapped text joins lines but not subheads",
		in:    "The talks started early on Monday and went on for\nmany hours without a break, officials said, and the\ndelegations left late at night.\n\nA new round\n\nAnother round is planned for next\nweek in the capital, the ministry said.",
		sents: []string{"The talks started early on Monday and went on for\nmany hours without a break, officials said, and the\ndelegations left late at night.", "A new round", "Another round is planned for next\nweek in the capital, the ministry said."},
	},
	{
		name:  "non-ascii offsets",
		in:    "Zelenskyy’s office — «très bien» — said so. Naïve café owners agreed. 日本は同意した。",
		sents: []string{"Zelenskyy’s office — «très bien» — said so.", "Naïve café owners agreed.", "日本は同意した。"},
	},
	{
		name:  "a dateline alone on its line stays, navigation shouts go",
		in:    "TOP STORIES\n\nPORT HADLEY (AP)\n\nRain fell on Monday.\n\nLIVE (VIDEO)",
		sents: []string{"PORT HADLEY (AP)", "Rain fell on Monday."},
	},
	{
		name:  "ornaments are not sentences",
		in:    "First part.\n\n* * *\n\n—\n\nSecond part.",
		sents: []string{"First part.", "Second part."},
	},
}

func TestParse(t *testing.T) {
	for _, tt := range parseTests {
		a, err := Parse("t", "test", []byte(tt.in))
		if err != nil {
			t.Errorf("%s: Parse(%q): %v", tt.name, tt.in, err)
			continue
		}
		checkInvariants(t, tt.in, a)
		if a.Date != tt.date {
			t.Errorf("%s: Parse(%q).Date = %q, want %q", tt.name, tt.in, a.Date, tt.date)
		}
		if tt.title != "" && a.Title != tt.title {
			t.Errorf("%s: Parse(%q).Title = %q, want %q", tt.name, tt.in, a.Title, tt.title)
		}
		if tt.sents != nil && !slices.Equal(texts(a), tt.sents) {
			t.Errorf("%s: Parse(%q) sentences\n got %q\nwant %q", tt.name, tt.in, texts(a), tt.sents)
		}
		if tt.outlet != "" && a.Outlet != tt.outlet {
			t.Errorf("%s: Parse(%q).Outlet = %q, want %q", tt.name, tt.in, a.Outlet, tt.outlet)
		}
		if a.ID != "t" || a.Source != "test" {
			t.Errorf("%s: ID, Source = %q, %q", tt.name, a.ID, a.Source)
		}
	}
}

// TestParseText checks that a byte order mark and CRLF line ends keep
// their length in Article.Text, so that sentence offsets index the input
// as it was sent.
func TestParseText(t *testing.T) {
	tests := []struct{ in, text string }{
		{"\ufeffdate 2025-01-02\r\nOne.\r\n", " date 2025-01-02 \nOne. \n"},
		{"\ufeffOne day.\r\nTwo days.", " One day. \nTwo days."},
		{"One day.\rTwo days.\r\n\r\nThree days.", "One day.\nTwo days. \n \nThree days."},
	}
	for _, tt := range tests {
		a, err := Parse("t", "", []byte(tt.in))
		if err != nil {
			t.Fatalf("Parse(%q): %v", tt.in, err)
		}
		if a.Text != tt.text {
			t.Errorf("Parse(%q).Text = %q, want %q", tt.in, a.Text, tt.text)
		}
		sent := []rune(tt.in)
		for _, s := range a.Sentences {
			if got := string(sent[s.Start:s.End]); got != s.Text {
				t.Errorf("Parse(%q): input[%d:%d] = %q, want the sentence %q", tt.in, s.Start, s.End, got, s.Text)
			}
		}
	}
}

var errorTests = []struct {
	in   string
	want error
	msg  string // substring of the message; "" means not checked
}{
	{"", ErrEmpty, "article t: no article text"},
	{" \n\t\r\n ", ErrEmpty, ""},
	{"date 2025-03-25\n", ErrEmpty, ""},
	{"date 2025-03-25 \n\nAdvertisement\nRead more\n", ErrEmpty, ""},
	{" date 2025-13-45 Body.", ErrBadDate, `article t: date header "2025-13-45": not a date`},
	{"date 2025-02-29\nBody.", ErrBadDate, ""},
	{"date 25-03-2025\nBody.", ErrBadDate, ""},
	{"date 2025-3-5 Body.", ErrBadDate, ""},
	{"date 2025-03-25T99 Body.", ErrBadDate, ""},
	{"date 2025-03-32Body.", ErrBadDate, ""},
	{"Some text\x00with a NUL.", ErrBinary, "NUL byte at offset 9"},
	{"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f text", ErrBinary, ""},
	{"Bad \xff byte.", ErrInvalidUTF8, "byte offset 4"},
	{"<!DOCTYPE html><p>Hi</p>", ErrHTML, ""},
	{"  <html><body>Hi</body></html>", ErrHTML, ""},
	{"<div><p>One</p><p>Two</p><br></div>", ErrHTML, ""},
	{"\xff\xfe \x00\n\x00", ErrEmpty, ""}, // UTF-16 white space
	{"\xff\xfeA", ErrInvalidUTF8, ""},
}

func TestParseErrors(t *testing.T) {
	for _, tt := range errorTests {
		_, err := Parse("t", "", []byte(tt.in))
		if !errors.Is(err, tt.want) {
			t.Errorf("Parse(%q) = %v, want %v", tt.in, err, tt.want)
			continue
		}
		if tt.msg != "" && !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("Parse(%q) = %q, want it to contain %q", tt.in, err, tt.msg)
		}
	}
}

func TestParseHTMLMention(t *testing.T) {
	in := "Engineers said the <b> tag and a <p> tag were misused. Nothing else broke."
	if _, err := Parse("t", "", []byte(in)); err != nil {
		t.Errorf("Parse(%q): %v", in, err)
	}
}

func TestParseUTF16(t *testing.T) {
	in := []byte{0xFF, 0xFE}
	for _, r := range "Caf\u00e9 opens. It rains." {
		in = append(in, byte(r), byte(r>>8))
	}
	a, err := Parse("t", "", in)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := texts(a), []string{"Café opens.", "It rains."}; !slices.Equal(got, want) {
		t.Errorf("UTF-16: got %q, want %q", got, want)
	}
}

func TestMaxBytes(t *testing.T) {
	in := []byte(strings.Repeat("Words go here. ", 100))
	if _, err := ParseWith(Options{MaxBytes: 100}, "t", "", in); !errors.Is(err, ErrTooLarge) {
		t.Errorf("ParseWith(MaxBytes 100) on %d bytes = %v, want ErrTooLarge", len(in), err)
	}
	if _, err := ParseWith(Options{MaxBytes: -1}, "t", "", in); err != nil {
		t.Errorf("ParseWith(MaxBytes -1): %v", err)
	}
	big := make([]byte, DefaultMaxBytes+1)
	if _, err := Parse("t", "", big); !errors.Is(err, ErrTooLarge) {
		t.Errorf("Parse(%d bytes) = %v, want ErrTooLarge", len(big), err)
	}
}

var datelineTests = []struct {
	in    string
	place string
	rest  string // the text from the returned offset; "" means not a dateline
}{
	{"WASHINGTON (AP) — President Smith spoke.", "WASHINGTON", "President Smith spoke."},
	{"KYIV, Ukraine (Reuters) - Drones hit.", "KYIV, Ukraine", "Drones hit."},
	{"WASHINGTON () President Smith spoke.", "WASHINGTON", "President Smith spoke."},
	{"NEW YORK (AP) -- Stocks fell.", "NEW YORK", "Stocks fell."},
	{"MOSCOW, March 24 (Reuters) - The Kremlin said.", "MOSCOW", "The Kremlin said."},
	{"LONDON — Rain fell.", "LONDON", "Rain fell."},
	{"ST. PETERSBURG, Fla. (AP) — Rain fell.", "ST. PETERSBURG, Fla.", "Rain fell."},
	{"Kyiv (AFP) – Sirens sounded.", "Kyiv", "Sirens sounded."},
	{"UNITED NATIONS (AP) — The council voted.", "UNITED NATIONS", "The council voted."},
	{"Kyiv said it was ready.", "", ""},
	{"NATO Secretary General Mark Rutte said so.", "", ""},
	{"Putin (pictured) said so.", "", ""},
	{"Zelenskyy: Russia does not want peace", "", ""},
	{"US officials met.", "", ""},
	{"“WASHINGTON (AP) — quoted", "", ""},
	{"", "", ""},
	{"WASHINGTON (AP) —", "", ""},
}

func TestDateline(t *testing.T) {
	for _, tt := range datelineTests {
		place, rest, ok := Dateline(tt.in)
		if ok != (tt.rest != "") {
			t.Errorf("Dateline(%q) ok = %v, want %v", tt.in, ok, !ok)
			continue
		}
		if !ok {
			continue
		}
		if place != tt.place || tt.in[rest:] != tt.rest {
			t.Errorf("Dateline(%q) = %q, %q; want %q, %q", tt.in, place, tt.in[rest:], tt.place, tt.rest)
		}
	}
}

func samples(t testing.TB) map[string][]byte {
	t.Helper()
	files, err := filepath.Glob("../../data/articles/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no sample articles: %v", err)
	}
	out := map[string][]byte{}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(f)] = raw
	}
	return out
}

// chromeWords are marks of site chrome and photo credits that no sentence
// of a news story should contain.
var chromeWords = []string{
	"CONTACT US", "Log in", "Forgot your", "Sending", "Share this",
	"not around right now", "Image:", "/ Reuters", "/ Getty", "/ AP",
	"AP Photo", "Photo:", "Advertisement", "newsletter", "cookies",
}

func TestSamples(t *testing.T) {
	for name, raw := range samples(t) {
		a, err := Parse(name, name, raw)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		checkInvariants(t, name, a)
		if len(a.Sentences) < 5 {
			t.Errorf("%s: only %d sentences", name, len(a.Sentences))
		}
		if a.Title == "" || utf8.RuneCountInString(a.Title) > 121 {
			t.Errorf("%s: bad title %q", name, a.Title)
		}
		for _, s := range a.Sentences {
			for _, w := range chromeWords {
				if strings.Contains(s.Text, w) {
					t.Errorf("%s: sentence %d contains %q: %q", name, s.Index, w, s.Text)
				}
			}
			if strings.Contains(s.Text, "\n") {
				t.Errorf("%s: sentence %d spans a line break: %q", name, s.Index, s.Text)
			}
		}
	}
}

// sampleLayout is what the layout rules must make of the sample articles:
// subheads kept as sentences of their own, a caption's title dropped,
// header dates read.
var sampleLayout = []struct {
	file   string // name prefix
	date   string
	has    []string // whole sentences
	hasNot []string // whole sentences
	dateln string   // place of the first sentence's dateline, if any
	nSents int
	outlet string
}{
	{file: "000", date: "", has: []string{"Sunday brought another reality check to the White House’s optimism."}, hasNot: []string{"Russian drone strike in Kyiv"}, nSents: 25},
	{file: "001", date: "2025-03-25", has: []string{"Injuries rise in missile strike on Ukrainian city"}, nSents: 21},
	{file: "002", date: "2025-03-23", has: []string{"US envoy hopeful on talks", "Kremlin says talks only at beginning"}, nSents: 17},
	{file: "003", date: "", nSents: 10},
	{file: "004", date: "", has: []string{"Zelenskyy: Russia doesn’t want to end war in Ukraine", "Russia batters Kyiv with deadly strikes"}, dateln: "WASHINGTON", nSents: 19, outlet: "internewscast.com"},
}

func TestSampleLayout(t *testing.T) {
	got := map[string]domain.Article{}
	for name, raw := range samples(t) {
		a, err := Parse(name, name, raw)
		if err != nil {
			t.Fatal(err)
		}
		got[name[:3]] = a
	}
	for _, tt := range sampleLayout {
		a, ok := got[tt.file]
		if !ok {
			t.Errorf("sample %s missing", tt.file)
			continue
		}
		all := texts(a)
		if a.Date != tt.date {
			t.Errorf("%s: Date = %q, want %q", tt.file, a.Date, tt.date)
		}
		if len(all) != tt.nSents {
			t.Errorf("%s: %d sentences, want %d", tt.file, len(all), tt.nSents)
		}
		for _, s := range tt.has {
			if !slices.Contains(all, s) {
				t.Errorf("%s: no sentence %q", tt.file, s)
			}
		}
		for _, s := range tt.hasNot {
			if slices.Contains(all, s) {
				t.Errorf("%s: sentence %q should be gone", tt.file, s)
			}
		}
		if place, _, ok := Dateline(all[0]); place != tt.dateln || ok != (tt.dateln != "") {
			t.Errorf("%s: Dateline(%q) = %q, %v; want %q", tt.file, all[0], place, ok, tt.dateln)
		}
		if a.Outlet != tt.outlet {
			t.Errorf("%s: Outlet = %q, want %q", tt.file, a.Outlet, tt.outlet)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, tt := range parseTests {
		f.Add([]byte(tt.in))
	}
	for _, tt := range errorTests {
		f.Add([]byte(tt.in))
	}
	for _, tt := range datelineTests {
		f.Add([]byte(tt.in))
	}
	for _, raw := range samples(f) {
		f.Add(raw)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		a, err := Parse("fuzz", "", raw)
		if err != nil {
			return
		}
		checkInvariants(t, string(raw), a)
		if len(a.Sentences) == 0 {
			t.Errorf("%q: success without sentences", raw)
		}
		for _, s := range a.Sentences {
			Dateline(s.Text)
		}
	})
}

func BenchmarkParse(b *testing.B) {
	var all [][]byte
	n := 0
	for _, raw := range samples(b) {
		all = append(all, raw)
		n += len(raw)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, raw := range all {
			if _, err := Parse("bench", "", raw); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkSplit measures the sentence splitter alone, on the paragraphs
// of the sample articles.
func BenchmarkSplit(b *testing.B) {
	var docs []*document
	n := 0
	for _, raw := range samples(b) {
		docs = append(docs, scan(string(raw), 0))
		n += len(raw)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	var out []span
	for b.Loop() {
		for _, d := range docs {
			out = out[:0]
			for p := range d.paragraphs {
				out = split(d.text, p, out)
			}
		}
	}
}

// BenchmarkParseLarge checks that cost stays linear on one big input: all
// samples a hundred times over.
func BenchmarkParseLarge(b *testing.B) {
	var buf []byte
	for range 100 {
		for _, raw := range samples(b) {
			buf = append(buf, raw...)
			buf = append(buf, "\n\n"...)
		}
	}
	b.SetBytes(int64(len(buf)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("bench", "", buf); err != nil {
			b.Fatal(err)
		}
	}
}

func TestRuneCount(t *testing.T) {
	for _, s := range []string{"", "a", "abcdefgh", "abcdefghi", "Zelenskyy’s café — 日本", "€€€€€€€€€", "ab€cdefgh€ij😀"} {
		if got, want := runeCount(s), utf8.RuneCountInString(s); got != want {
			t.Errorf("runeCount(%q) = %d, want %d", s, got, want)
		}
	}
}

func FuzzDateline(f *testing.F) {
	for _, tt := range datelineTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		place, rest, ok := Dateline(s)
		if !ok {
			return
		}
		if place == "" || rest <= 0 || rest >= len(s) || !strings.Contains(s[:rest], place) {
			t.Errorf("Dateline(%q) = %q, %d, true", s, place, rest)
		}
	})
}
