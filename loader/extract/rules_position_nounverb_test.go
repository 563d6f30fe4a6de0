package extract

import (
	"testing"

	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// TestVerbReadAsNoun tests verbReadAsNoun (rules_position_nounverb.go): a
// present-tense stance verb the tagger read as a plural noun ("backs")
// is the verb where the parse gives it a subject and an object; without
// an object, or as a noun, it takes no stance.
func TestVerbReadAsNoun(t *testing.T) {
	const before = "Chile has proposed a marine reserve around the Juan Fernandez islands. "
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text: "Peru backs the plan.",
			want: []string{"country:peru endorsed agreement:marine-reserve-around-juan-fernandez-islands"},
		},
		{
			text: "Ecuador backs the plan and will send two patrol boats.",
			want: []string{"country:ecuador endorsed agreement:marine-reserve-around-juan-fernandez-islands"},
		},
		{
			text:    "Peru now backs away from the plan.",
			notWant: []string{"country:peru endorsed"},
		},
		{
			text:    "Peru's backs are against the wall over the plan.",
			notWant: []string{"country:peru endorsed"},
		},
	} {
		checkFactsGaz(t, gazetteer.Default(), before+tt.text, tt.want, tt.notWant)
	}
}
