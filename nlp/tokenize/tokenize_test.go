package tokenize

import (
	"strings"
	"testing"
)

func TestSentence(t *testing.T) {
	tests := []struct {
		in   string
		want string // words joined by |
	}{
		{"Kremlin spokesman Dmitry Peskov said talks were difficult.", "Kremlin|spokesman|Dmitry|Peskov|said|talks|were|difficult|."},
		{"The U.S. envoy didn't say.", "The|U.S.|envoy|did|n't|say|."},
		{"“We can’t accept it,” he said.", "“|We|ca|n’t|accept|it|,|”|he|said|."},
		{"Russia's long-term goals", "Russia|'s|long|-|term|goals"},
		{"the leaders' talks in Lake Charles, La., on Monday", "the|leaders|'|talks|in|Lake|Charles|,|La.|,|on|Monday"},
		{"He was re-elected with 1,000 votes (3.5%).", "He|was|re-elected|with|1,000|votes|(|3.5|%|)|."},
		{"Mr. Smith cannot wait...", "Mr.|Smith|can|not|wait|..."},
		{"its head, Eng. Halima Wekesa, and Supt. Ali Dube", "its|head|,|Eng.|Halima|Wekesa|,|and|Supt.|Ali|Dube"},
		{"The dam was drawn by Teo Kian Eng.", "The|dam|was|drawn|by|Teo|Kian|Eng|."},
		{"They're here; I'm not.", "They|'re|here|;|I|'m|not|."},
		{"He fell ill.", "He|fell|ill|."},
		{"$5 million", "$|5|million"},
	}
	for _, tt := range tests {
		toks := Sentence(tt.in, 0, len(tt.in))
		var got []string
		for _, tok := range toks {
			if tt.in[tok.Start:tok.End] != tok.Form {
				t.Errorf("%q: token %q has offsets %d:%d = %q", tt.in, tok.Form, tok.Start, tok.End, tt.in[tok.Start:tok.End])
			}
			got = append(got, tok.Form)
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("Sentence(%q) = %q, want %q", tt.in, g, tt.want)
		}
	}
}

// TestClitic checks clitic against lowering the whole word, in every
// case and with runes whose lower case is ASCII (İ, the Kelvin sign).
func TestClitic(t *testing.T) {
	reference := func(s string) int {
		low := strings.ToLower(s)
		for _, c := range clitics {
			if strings.HasSuffix(low, c) && len(low) > len(c) {
				return len(c)
			}
		}
		return 0
	}
	for _, s := range []string{
		"didn't", "DIDN'T", "Didn’t", "CAN’T", "n't", "Russia's", "RUSSIA'S", "'s", "’s", "they're",
		"THEY’RE", "I'M", "we'll", "He'D", "I've", "it’s", "is", "İ's", "\u212A's", "x\u212Aм", "s'", "ıʼs", "",
	} {
		if got, want := clitic(s), reference(s); got != want {
			t.Errorf("clitic(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestSpaceAfter(t *testing.T) {
	in := "Hi, there."
	toks := Sentence(in, 0, len(in))
	want := []bool{false, true, false, false}
	for i, tok := range toks {
		if tok.SpaceAfter != want[i] {
			t.Errorf("%q: SpaceAfter = %v, want %v", tok.Form, tok.SpaceAfter, want[i])
		}
	}
}

func FuzzSentence(f *testing.F) {
	f.Add("The U.S. envoy didn't say.")
	f.Add("“We can’t,” he said... (3.5%)")
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, tok := range Sentence(s, 0, len(s)) {
			if tok.Start < last || tok.End <= tok.Start || tok.End > len(s) || s[tok.Start:tok.End] != tok.Form {
				t.Fatalf("%q: bad token %+v after %d", s, tok, last)
			}
			last = tok.End
		}
	})
}
