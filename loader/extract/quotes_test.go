package extract

import "testing"

// TestHeadWord checks the noun read as the head of an organization's
// name, in lower case.
func TestHeadWord(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"Corvin Bank", "bank"},
		{"Department of Transportation", "department"},
		{"U.N. Office for the Coordination of Humanitarian Affairs", "office"},
		{"UN Verification Mission in Colombia", "mission"},
		{"Commission on Human Rights", "commission"},
	} {
		if got := headWord(tt.name); got != tt.want {
			t.Errorf("headWord(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
