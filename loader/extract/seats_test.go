package extract

import (
	"slices"
	"testing"
)

// TestSeatsInQuotes checks that a seat of government named only inside
// a direct quote is no part of its country, and one named outside is.
func TestSeatsInQuotes(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{`Ana Soler said the measures would "hit the Kremlin where it hurts."`, false},
		{`Ana Soler said the measures would "hit the Kremlin where it hurts." The Kremlin said they were illegal.`, true},
	}
	for _, tt := range tests {
		_, got := run(tt.text)
		if has := slices.Contains(got, "org:kremlin part_of country:russia"); has != tt.want {
			t.Errorf("%q: part_of stated %v, want %v; got %q", tt.text, has, tt.want, got)
		}
	}
}
