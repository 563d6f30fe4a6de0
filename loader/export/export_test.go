package export

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// collect reads a fixture with read and returns its records and per-record
// errors, in order.
func collect(t *testing.T, file string, read func(*os.File, func(Record, error) error) error) ([]Record, []error, error) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var recs []Record
	var errs []error
	err = read(f, func(r Record, err error) error {
		recs = append(recs, r)
		errs = append(errs, err)
		return nil
	})
	return recs, errs, err
}

func readJSONL(f *os.File, fn func(Record, error) error) error { return ReadJSONL(f, fn) }
func readCSV(f *os.File, fn func(Record, error) error) error   { return ReadCSV(f, fn) }

func TestReaders(t *testing.T) {
	tests := []struct {
		file    string
		read    func(*os.File, func(Record, error) error) error
		wantErr error // of the whole file
		want    []Record
		errs    []error // per record; nil entries for good ones
	}{
		{"articles.jsonl", readJSONL, nil, []Record{
			{Line: 1, URL: "https://coastline.example/2031/03/04/grain-corridor", Title: "Finland and Kenya agree first steps on grain corridor",
				Date: "2031-03-04T11:05:00Z", Outlet: "Coastline Daily", Author: "Tomas Vidal", Text: "Finland's Foreign Minister"},
			{Line: 2, URL: "https://andeswire.example/quake", Title: "Earthquake off Chile causes no damage", Date: "2031-02-27T23:06:40Z",
				Outlet: "Andes Wire", Author: "Lucia Soto, Marco Paz", Language: "en", Text: "<p>A magnitude 5.8 earthquake"},
			{Line: 3},
			{Line: 4, ID: "no-text-1", URL: "https://coastline.example/empty", Title: "A record without a body"},
			{Line: 6},
		}, []error{nil, nil, ErrBadRecord, nil, ErrBadRecord}},
		{"articles.csv", readCSV, nil, []Record{
			{Line: 2, ID: "hp-0304", URL: "https://www.harborpost.example/world/grain", Title: "Finland and Kenya agree first steps on grain corridor",
				Date: "2031-03-04", Outlet: "Harbor Post", Author: "Mara Quill", Text: "Finland's Foreign Minister"},
			{Line: 3, ID: "ad-0601", URL: "https://andeswire.example/quake", Title: "Earthquake off Chile causes no damage",
				Date: "Sat, 01 Mar 2031 07:10:00 GMT", Outlet: "Andes Wire", Author: "Lucia Soto", Text: "A magnitude 5.8"},
			{Line: 4, ID: "empty-1", URL: "https://harborpost.example/empty", Title: "No body here", Date: "2031-03-05", Outlet: "Harbor Post"},
		}, []error{nil, nil, nil}},
		{"semicolon.csv", readCSV, nil, []Record{
			{Line: 2, Title: "Earthquake off Chile causes no damage", Date: "2031-03-01", Outlet: "Andes Wire", Author: "Lucia Soto", Text: "A magnitude 5.8"},
		}, []error{nil}},
		{"no-text-column.csv", readCSV, ErrNoTextColumn, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			recs, errs, err := collect(t, tt.file, tt.read)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("%s: error %v, want %v", tt.file, err, tt.wantErr)
			}
			if len(recs) != len(tt.want) {
				t.Fatalf("%s: %d records, want %d: %+v", tt.file, len(recs), len(tt.want), recs)
			}
			for i, want := range tt.want {
				got := recs[i]
				if !errors.Is(errs[i], tt.errs[i]) || (tt.errs[i] == nil) != (errs[i] == nil) {
					t.Errorf("%s record %d: error %v, want %v", tt.file, i, errs[i], tt.errs[i])
				}
				// Text is compared by its start: the fixtures' texts are long
				if !strings.HasPrefix(got.Text, want.Text) || (want.Text == "") != (got.Text == "") {
					t.Errorf("%s record %d: text %.40q, want it to start with %q", tt.file, i, got.Text, want.Text)
				}
				got.Text, want.Text = "", ""
				if got != want {
					t.Errorf("%s record %d:\n got %+v\nwant %+v", tt.file, i, got, want)
				}
			}
		})
	}
}

func TestCheck(t *testing.T) {
	if err := (Record{Line: 4, Text: " \n"}).Check(); !errors.Is(err, ErrNoText) {
		t.Errorf("Check of a blank text = %v, want ErrNoText", err)
	}
	if err := (Record{Text: "Words."}).Check(); err != nil {
		t.Errorf("Check of a text = %v", err)
	}
}

func TestNorm(t *testing.T) {
	for in, want := range map[string]field{
		"Article Body": fText, "published_at": fDate, "pubDate": fDate, "Source-Name": fOutlet,
		"AUTHORS": fAuthor, "webUrl": fURL, "GUID": fID, "lang": fLanguage, "summary": fNone,
	} {
		if got := aliases[norm(in)]; got != want {
			t.Errorf("aliases[norm(%q)] = %v, want %v", in, got, want)
		}
	}
}

func TestReadJSONLStopsOnCallbackError(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	err := ReadJSONL(strings.NewReader("{\"text\":\"a\"}\n{\"text\":\"b\"}\n"), func(Record, error) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("ReadJSONL returned %v after %d records, want stop after 1", err, n)
	}
}

// FuzzReaders feeds the fixture exports, and mutations of them, to both
// readers: they must not panic, must number records in increasing order,
// and must trim every field.
func FuzzReaders(f *testing.F) {
	for _, name := range []string{"articles.jsonl", "articles.csv", "semicolon.csv", "no-text-column.csv"} {
		raw, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		for _, read := range []func(io.Reader, func(Record, error) error) error{ReadJSONL, ReadCSV} {
			last := 0
			_ = read(bytes.NewReader(raw), func(r Record, err error) error {
				if r.Line <= last {
					t.Fatalf("record %d after %d", r.Line, last)
				}
				last = r.Line
				for _, s := range []string{r.ID, r.URL, r.Title, r.Date, r.Outlet, r.Author, r.Language, r.Text} {
					if s != strings.TrimSpace(s) {
						t.Fatalf("untrimmed field %q", s)
					}
				}
				return nil
			})
		}
	})
}
