package loader

import (
	"context"
	"errors"
	"os"
	"testing"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/loader/lang"
)

// TestSubmitPages: a page handed in (html) or fetched (url) becomes an
// article whose id is its URL, with the page's metadata, the caller's
// overrides, and sentences that index its extracted text.
func TestSubmitPages(t *testing.T) {
	raw, err := os.ReadFile(newsPage)
	if err != nil {
		t.Fatal(err)
	}
	web := fakeWeb{"https://harborpost.example/grain": newsPage, "https://harborpost.example/feed": rss}
	byURL, err := SubmitURL(context.Background(), web, "https://harborpost.example/grain#comments", Submission{})
	if err != nil {
		t.Fatal(err)
	}
	byHTML, err := SubmitHTML(raw, "", "", Submission{Title: "Grain corridor", Date: "2031-03-05"})
	if err != nil {
		t.Fatal(err)
	}
	noURL, err := SubmitHTML([]byte(`<html><body><article><p>`+
		"Finland's Foreign Minister Lena Korhonen met Kenyan envoy David Otieno in Geneva on Tuesday to discuss a grain shipping corridor, the Finnish foreign ministry said. "+
		"Otieno said Kenya would send a technical team to Helsinki before the end of March.</p></article></body></html>"), "", "", Submission{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name                   string
		a                      domain.Article
		id, title, date, story string
	}{
		{"url", byURL.Article, "https://harborpost.example/grain", "Finland and Kenya agree first steps on grain corridor", "2031-03-04", ""},
		{"html", byHTML.Article, "https://www.harborpost.example/world/2031/03/04/finland-kenya-grain-corridor", "Grain corridor", "2031-03-05", ""},
		{"html without a URL", noURL.Article, "ingest-", "", "", ""},
	}
	for _, tt := range tests {
		a := tt.a
		if tt.id == "ingest-" {
			if len(a.ID) != len("ingest-")+16 {
				t.Errorf("%s: id %q, want ingest- and a hash", tt.name, a.ID)
			}
		} else if a.ID != tt.id {
			t.Errorf("%s: id %q, want %q", tt.name, a.ID, tt.id)
		}
		if tt.title != "" && a.Title != tt.title || tt.date != "" && a.Date != tt.date {
			t.Errorf("%s: title %q date %q, want %q %q", tt.name, a.Title, a.Date, tt.title, tt.date)
		}
		text := []rune(a.Text)
		for _, s := range a.Sentences {
			if string(text[s.Start:s.End]) != s.Text {
				t.Errorf("%s: sentence %d: text[%d:%d] is not %q", tt.name, s.Index, s.Start, s.End, s.Text)
			}
		}
		if len(a.Sentences) == 0 || a.Language != "en" || a.Fingerprint == "" {
			t.Errorf("%s: %d sentences, language %q, fingerprint %q", tt.name, len(a.Sentences), a.Language, a.Fingerprint)
		}
	}
	if _, err := SubmitURL(context.Background(), web, "https://harborpost.example/feed", Submission{}); !errors.Is(err, ErrFeedURL) {
		t.Errorf("SubmitURL(a feed) = %v, want ErrFeedURL", err)
	}
	if _, err := SubmitURL(context.Background(), nil, "https://harborpost.example/grain", Submission{}); !errors.Is(err, ErrNoFetcher) {
		t.Errorf("SubmitURL without a fetcher = %v, want ErrNoFetcher", err)
	}
	german, _ := os.ReadFile(germanPage)
	if _, err := SubmitHTML(german, "", "", Submission{}); !errors.Is(err, lang.ErrNotEnglish) {
		t.Errorf("SubmitHTML(German) = %v, want ErrNotEnglish", err)
	}
	if _, err := Submit(Submission{Text: "Die Hafenarbeiter in Hamburg haben am Montag die Arbeit niedergelegt, nachdem die Gespräche über die Bezahlung der Nachtschicht gescheitert waren."}); !errors.Is(err, lang.ErrNotEnglish) {
		t.Errorf("Submit(German text) = %v, want ErrNotEnglish", err)
	}
}

// TestStoryOf links an article handed in alone to the stored copy.
func TestStoryOf(t *testing.T) {
	ctx := context.Background()
	w := newCapture(t)
	first, err := SubmitURL(ctx, fakeWeb{"https://harborpost.example/grain": newsPage}, "https://harborpost.example/grain", Submission{})
	if err != nil {
		t.Fatal(err)
	}
	if err := StoryOf(ctx, w, &first); err != nil || first.Article.Story != "" {
		t.Fatalf("StoryOf(the first copy) = %q, %v", first.Article.Story, err)
	}
	if _, err := w.WriteArticle(ctx, first); err != nil {
		t.Fatal(err)
	}
	copyEx, err := Submit(Submission{Text: "GENEVA (Wire) — Finland's Foreign Minister Lena Korhonen met Kenyan envoy David Otieno in Geneva on Tuesday to discuss a grain shipping corridor, the Finnish foreign ministry said.\n\n“We have agreed on the first steps, and more talks will follow next month,” Korhonen told reporters after the meeting.\n\nOtieno said Kenya would send a technical team to Helsinki before the end of March.\n\nThe two countries signed a trade agreement last year that doubled shipments of fertilizer through the port of Mombasa.\n\nOfficials from both sides said the corridor could open by the summer if funding is approved.", Source: "desk"})
	if err != nil {
		t.Fatal(err)
	}
	if err := StoryOf(ctx, w, &copyEx); err != nil || copyEx.Article.Story != "https://harborpost.example/grain" {
		t.Errorf("StoryOf(a wire copy as text) = %q, %v; want the page's story", copyEx.Article.Story, err)
	}
}
