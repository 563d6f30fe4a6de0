package extract

import (
	"slices"
	"testing"
)

// TestBodysPerson checks that a quote the token rules gave a body goes to
// the person the sentence names as the holder of the body's title
// ("X, deputy minister of the body, …, calling it “…”", "A spokesman for
// the body (ACR), X, said …") or who says it after the quote ("…, its
// chairman, X, said"), and that a body with no such person keeps it.
func TestBodysPerson(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Ivo Brandt, deputy minister of the South's Ministry of Water, dismissed the plan in a statement carried by the South's official Halden News Agency (HNA), calling it \"a gift to the rich at the expense of every farmer.\"",
			"person:ivo-brandt: a gift to the rich at the expense of every farmer."},
		{"A spokesman for the Corvin Regional Council (CRC), Ana Soler, said the region \"would never accept a dam that drowns its valleys and villages\" and asked for new talks.",
			"person:ana-soler: would never accept a dam that drowns its valleys and villages"},
		{"The Halden Farmers Union, the country's largest growers' group, dismissed the offer as \"a bucket of water on a burning barn and nothing more,\" its chairman, Ivo Brandt, said.",
			"person:ivo-brandt: a bucket of water on a burning barn and nothing more"},
		// near misses: the body speaks where no holder of its title is
		// named next to it
		{"The Halden Ministry of Water rejected the plan in a statement on Monday, calling it \"a gift to the rich at the expense of every farmer.\"",
			"org:halden-ministry-of-water: a gift to the rich at the expense of every farmer."},
		{"The Corvin Regional Council said the region \"would never accept a dam that drowns its valleys and villages\" a day after Ana Soler toured the site.",
			"org:corvin-regional-council: would never accept a dam that drowns its valleys and villages"},
	} {
		ex, _ := run(tt.text)
		if got := saidBy(ex); !slices.Contains(got, tt.want) {
			t.Errorf("%q:\nexpected %s\ngot %q", tt.text, tt.want, got)
		}
	}
}
