package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestStatementAbout checks that a statement is about what its quoted
// words name, not its speaker nor what the attribution names.
func TestStatementAbout(t *testing.T) {
	tests := []struct {
		text    string
		want    []string // objects of the statement's about facts
		notWant []string
	}{
		{
			text: "Kenyan Foreign Minister Amina Odhiambo said: “We will never accept what Ethiopia is doing on our border.”",
			want: []string{"country:ethiopia"}, notWant: []string{"person:amina-odhiambo", "country:kenya"},
		},
		{
			text: "“Joseph Kamau has shown that he does not want peace with Egypt,” Ethiopian spokesman Yared Tekle told reporters in Nairobi.",
			want: []string{"person:joseph-kamau", "country:egypt"}, notWant: []string{"person:yared-tekle", "place:nairobi"},
		},
		{
			text:    "“We are ready to return to the table at any time,” Kenyan spokeswoman Lena Farah said in Nairobi.",
			notWant: []string{"person:lena-farah", "place:nairobi", "country:kenya"},
		},
	}
	for _, tt := range tests {
		_, facts := run(tt.text)
		var about []string
		for _, f := range facts {
			if subj, obj, ok := strings.Cut(f, " about "); ok && strings.HasPrefix(subj, "statement:") {
				about = append(about, obj)
			}
		}
		if !slices.ContainsFunc(facts, func(f string) bool { return strings.Contains(f, " said statement:") }) {
			t.Errorf("%q: no statement in %q", tt.text, facts)
			continue
		}
		for _, w := range tt.want {
			if !slices.Contains(about, w) {
				t.Errorf("%q: expected about %s, got %q", tt.text, w, about)
			}
		}
		for _, nw := range tt.notWant {
			if slices.Contains(about, nw) {
				t.Errorf("%q: unexpected about %s", tt.text, nw)
			}
		}
	}
}

// TestSeatsOfGovernment checks that a seat of government stays an
// organization of its own, and that nothing makes it part_of its country
// from the gazetteer alone: the text does not say so (the samples' gold
// writes no such edge, while it writes "Ukrainian Air Force" part_of
// Ukraine, which the text does state).
func TestSeatsOfGovernment(t *testing.T) {
	tests := []struct{ text, want, notWant string }{
		{"Kremlin spokesman Dmitry Peskov said the talks were difficult.", "person:dmitry-peskov spokesperson_for org:kremlin", "org:kremlin part_of"},
		{"White House spokeswoman Ana Soler said on Monday that the talks would go on.", "person:ana-soler spokesperson_for org:white-house", "org:white-house part_of"},
	}
	for _, tt := range tests {
		checkFacts(t, tt.text, []string{tt.want}, []string{tt.notWant})
	}
}
