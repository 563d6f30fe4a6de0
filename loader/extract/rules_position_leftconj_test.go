package extract

import (
	"testing"

	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// TestWithLeftConjunct tests withLeftConjunct (rules_position_leftconj.go):
// "A and B C" as a stance's subject, which the parser may read with A a
// compound of B's last word, gives both A and B the stance; a word before
// "and" that names no actor, or a name already read as one, adds nothing.
func TestWithLeftConjunct(t *testing.T) {
	const before = "Tonga proposed a regional fisheries patrol to guard the tuna stocks. "
	const patrol = "agreement:regional-fisheries-patrol-to-guard-tuna-stocks"
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text: "Fiji and Solomon Islands supported the plan, diplomats said.",
			want: []string{"country:fiji endorsed " + patrol, "country:solomon-islands endorsed " + patrol},
		},
		{
			text: "Samoa and Marshall Islands backed the plan on Tuesday.",
			want: []string{"country:samoa endorsed " + patrol, "country:marshall-islands endorsed " + patrol},
		},
		{
			// a regression row: the parser reads the coordination
			text: "The Fiji Fishing Association and Solomon Islands backed the plan.",
			want: []string{"country:solomon-islands endorsed " + patrol},
		},
		{
			text:    "The Fiji minister and Solomon Islands Prime Minister Peter Kenilorea backed the plan.",
			notWant: []string{"country:fiji endorsed", "country:solomon-islands endorsed"},
		},
	} {
		checkFactsGaz(t, gazetteer.Default(), before+tt.text, tt.want, tt.notWant)
	}
}
