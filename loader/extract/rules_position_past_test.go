package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestPastSigning tests pastSigning (rules_position_past.go): a signing
// in a year before the article's (2025 in makeArticle), of an agreement
// introduced with "a", is background and gives no stance, nor is it what
// "the deal" after it names; a signing this year or on a day, a
// definite agreement's signing and a past proposal still give one. want
// and notWant are fact prefixes.
func TestPastSigning(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text:    "Norway and Japan signed a fisheries accord in 2019 that divided the cod quota, settling a long quarrel.",
			notWant: []string{"country:norway endorsed", "country:japan endorsed"},
		},
		{
			text:    "Kenya and Sudan signed a copper trade pact last year that covers smelting.",
			notWant: []string{"country:kenya endorsed", "country:sudan endorsed"},
		},
		{
			text:    "Qatar, which signed a naval accord with Belgium in March 2021, also rejected the deal.",
			notWant: []string{"country:qatar endorsed", "country:belgium endorsed", "country:qatar rejected agreement:naval-accord"},
		},
		{
			text:    "Kenya and Sudan initialled a border treaty in August 2023 but have yet to sign it.",
			notWant: []string{"country:kenya endorsed", "country:sudan endorsed"},
		},
		{
			text: "Kenya and Sudan initialled a border treaty on Monday.",
			want: []string{"country:kenya endorsed agreement:", "country:sudan endorsed agreement:"},
		},
		{
			text: "Norway and Japan signed a fisheries accord on Tuesday that divides the cod quota.",
			want: []string{"country:norway endorsed agreement:", "country:japan endorsed agreement:"},
		},
		{
			text: "Norway and Japan signed a fisheries accord in 2025 that divides the cod quota.",
			want: []string{"country:norway endorsed agreement:", "country:japan endorsed agreement:"},
		},
		{
			text: "Norway and Japan signed a fisheries accord in Oslo that divides the cod quota.",
			want: []string{"country:norway endorsed agreement:", "country:japan endorsed agreement:"},
		},
		{
			text: "Kenya ratified the Lamu fisheries accord in 2019.",
			want: []string{"country:kenya endorsed agreement:"},
		},
		{
			text: "Norway first proposed a fisheries accord with Japan in 2019.",
			want: []string{"country:norway proposed agreement:fisheries-accord"},
		},
	} {
		got := factLines(extractWith(newFakeGaz(), makeArticle("t", tt.text)), true)
		for _, w := range tt.want {
			if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, w) }) {
				t.Errorf("%q:\nexpected %s…\ngot %q", tt.text, w, got)
			}
		}
		for _, nw := range tt.notWant {
			for _, g := range got {
				if strings.HasPrefix(g, nw) {
					t.Errorf("%q:\nunexpected %s", tt.text, g)
				}
			}
		}
	}
}
