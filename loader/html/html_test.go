package html

import (
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// readTests are the fixture pages: what each must give, or the error it
// must fail with. Every page was written for these tests, modelled on
// common news-site layouts.
var readTests = []struct {
	file    string
	url     string
	wantErr error
	// checks beyond the golden file, so that an -update cannot bless a
	// regression silently
	title, byline, site, canonical, date, lang string
	contains, omits                            []string
}{
	{file: "news-article.html", url: "https://www.harborpost.example/world/finland-kenya?ref=home",
		title: "Finland and Kenya agree first steps on grain corridor", byline: "Mara Quill", site: "Harbor Post",
		canonical: "https://www.harborpost.example/world/2031/03/04/finland-kenya-grain-corridor", date: "2031-03-04", lang: "en",
		contains: []string{"Lena Korhonen met Kenyan envoy David Otieno", "if funding is approved."},
		omits:    []string{"Accept all", "Storm closes ferry routes", "Share on Social", "All rights reserved", "dataLayer"}},
	{file: "jsonld-article.html",
		title: "Rotterdam dock workers strike over night-shift pay", byline: "Pia Lund", site: "Valley Times",
		canonical: "https://valleytimes.example/business/rotterdam-dock-strike?utm_source=feed", date: "2031-05-12", lang: "en",
		contains: []string{"Union spokeswoman Anouk Visser said", "moved through Antwerp."},
		omits:    []string{"Sign up for our morning briefing", "Ten ways to save", "Log in"}},
	{file: "broken.html", url: "https://northernledger.example/rail",
		canonical: "https://northernledger.example/rail",
		contains:  []string{"Heavy rain flooded the line between Leeds and York", "Replacement buses will run"}},
	{file: "latin1.html", lang: "en", contains: []string{"Owners of more than forty cafés in Lyon", "Renée Marchal"}},
	{file: "german.html", lang: "de", contains: []string{"Die Hafenarbeiter in Hamburg"}},
	{file: "index-page.html", wantErr: ErrNoArticle},
	{file: "unclosed-title.html", wantErr: ErrNoArticle}, // the whole page is the title's text
	{file: "paywall.html", wantErr: ErrNoArticle},
	{file: "cookie-wall.html", wantErr: ErrNoArticle},
}

func TestRead(t *testing.T) {
	for _, tt := range readTests {
		t.Run(tt.file, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			p, err := Read(raw, tt.url, "")
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("Read(%s) error = %v, want %v", tt.file, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Read(%s): %v", tt.file, err)
			}
			for _, c := range []struct{ name, got, want string }{
				{"title", p.Title, tt.title}, {"byline", p.Byline, tt.byline}, {"site", p.SiteName, tt.site},
				{"url", p.URL, tt.canonical}, {"date", p.Date, tt.date}, {"language", p.Language, tt.lang},
			} {
				if c.want != "" && c.got != c.want {
					t.Errorf("Read(%s).%s = %q, want %q", tt.file, c.name, c.got, c.want)
				}
			}
			for _, s := range tt.contains {
				if !strings.Contains(p.Text, s) {
					t.Errorf("Read(%s).Text lacks %q:\n%s", tt.file, s, p.Text)
				}
			}
			for _, s := range tt.omits {
				if strings.Contains(p.Text, s) {
					t.Errorf("Read(%s).Text has page chrome %q:\n%s", tt.file, s, p.Text)
				}
			}
			checkInvariants(t, p)
			golden(t, strings.TrimSuffix(tt.file, ".html")+".golden.json", p)
		})
	}
}

func golden(t *testing.T, name string, p Page) {
	t.Helper()
	got, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("%s differs from the page read:\n got: %s\nwant: %s", path, got, want)
	}
}

// checkInvariants holds for every page Read accepts.
func checkInvariants(t *testing.T, p Page) {
	t.Helper()
	if !utf8.ValidString(p.Text) {
		t.Errorf("text is not valid UTF-8")
	}
	if p.Text != strings.TrimSpace(p.Text) || strings.Contains(p.Text, "\n\n\n") || strings.Contains(p.Text, "\r") {
		t.Errorf("text is not trimmed to single blank lines: %q", p.Text)
	}
	if n := utf8.RuneCountInString(p.Text); n < MinChars {
		t.Errorf("text of %d characters accepted, fewer than %d", n, MinChars)
	}
	if p.Date != "" && len(p.Date) != 10 {
		t.Errorf("date %q is not YYYY-MM-DD", p.Date)
	}
	if p.URL != "" && !strings.HasPrefix(p.URL, "http") {
		t.Errorf("url %q is not http(s)", p.URL)
	}
}

func TestReadRefusesNonHTML(t *testing.T) {
	for _, in := range []string{"", "Plain text about the talks in Geneva.", "{\"json\": true}", "\x00\x01binary"} {
		if _, err := Read([]byte(in), "", ""); !errors.Is(err, ErrNotHTML) {
			t.Errorf("Read(%q) error = %v, want ErrNotHTML", in, err)
		}
	}
}

func TestFragmentText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Plain words &amp; more", "Plain words & more"},
		{"<p>One.</p><p>Two <b>bold</b>.</p>", "One.\n\nTwo bold."},
		{"<div>Line<br>next</div><script>x()</script>", "Line\nnext"},
		{"  <p>  spaced\u00a0out  </p>  ", "spaced out"},
	}
	for _, tt := range tests {
		got, err := FragmentText(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("FragmentText(%q) = %q, %v, want %q", tt.in, got, err, tt.want)
		}
	}
}

// FuzzRead feeds the fixture pages, and mutations of them, to Read: it
// must not panic, and what it accepts must keep the invariants.
func FuzzRead(f *testing.F) {
	for _, tt := range readTests {
		raw, err := os.ReadFile(filepath.Join("testdata", tt.file))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
	f.Add([]byte("<html><body><p>" + strings.Repeat("Words of a sentence. ", 20) + "</p></body></html>"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		p, err := Read(raw, "https://example.test/a", "")
		if err != nil {
			return
		}
		checkInvariants(t, p)
	})
}

func BenchmarkRead(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("testdata", "news-article.html"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		if _, err := Read(raw, "https://www.harborpost.example/world/x", "text/html"); err != nil {
			b.Fatal(err)
		}
	}
}
