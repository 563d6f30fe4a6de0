package tagger

import (
	"strings"
	"testing"
)

// TestAcronyms checks that an acronym spelling a function word is a
// proper noun among words in lower case, and that capitals set for
// emphasis keep their reading.
func TestAcronyms(t *testing.T) {
	m := load(t)
	tests := []struct {
		sentence string
		word     string
		want     string // UPOS
	}{
		{"Mara Lind , the WHO 's regional director , arrived on Tuesday .", "WHO", "PROPN"},
		{"Officials said US troops left the base .", "US", "PROPN"},
		{"I DO NOT agree with this at all .", "NOT", "PART"},
		{"WHO IS THERE ?", "WHO", "PRON"},
	}
	for _, tt := range tests {
		forms := strings.Fields(tt.sentence)
		classes := m.TagForms(forms)
		for i, f := range forms {
			if f != tt.word {
				continue
			}
			if upos, _ := m.Class(classes[i]); upos != tt.want {
				t.Errorf("%q: %s tagged %s, want %s", tt.sentence, f, upos, tt.want)
			}
		}
	}
}
