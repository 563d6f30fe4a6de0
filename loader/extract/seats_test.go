package extract

import (
	"slices"
	"testing"
)

// TestSeats checks that a seat of government named only inside a direct
// quote is no part of its country, and one named outside is, unless the
// article names other countries and not its own.
func TestSeats(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{`Ana Soler said the measures would "hit the Kremlin where it hurts."`, false},
		{`Ana Soler said the measures would "hit the Kremlin where it hurts." The Kremlin said they were illegal.`, true},
		{`Kenya and Ethiopia said the Kremlin had called.`, false},
		{`Kenya and Russia said the Kremlin had called.`, true},
	}
	for _, tt := range tests {
		_, got := run(tt.text)
		if has := slices.Contains(got, "org:kremlin part_of country:russia"); has != tt.want {
			t.Errorf("%q: part_of stated %v, want %v; got %q", tt.text, has, tt.want, got)
		}
	}
}
