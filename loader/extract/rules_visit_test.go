package extract

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// TestVisitedName: the object of a planned "visit" that the recognizer
// read as no place (a small town with no cue before it) is the place of
// the visit when the gazetteer knows it as a place; not a name the
// gazetteer marks as also a common word.
func TestVisitedName(t *testing.T) {
	gaz := newFakeGaz()
	gaz.places["Lodwar"] = []gazetteer.Entry{{Name: "Lodwar", Type: domain.Place, Country: "Kenya", Population: 15_000}}
	gaz.places["Kessa"] = []gazetteer.Entry{{Name: "Kessa", Type: domain.Place, Country: "Finland", Population: 30_000}}
	gaz.places["Marsabit"] = []gazetteer.Entry{{Name: "Marsabit", Type: domain.Place, Country: "Kenya", Population: 17_000, Ambiguous: true}}
	part := func(fact, nw string) bool { return strings.Contains(fact, nw) }
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text: "Health Minister Joyce Wambui announced the aid on Tuesday. She is due to visit Lodwar on Friday, her office said.",
			want: []string{
				"event:visit-2025-03-28-lodwar participant person:joyce-wambui",
				"event:visit-2025-03-28-lodwar held_in place:lodwar",
			},
		},
		{
			text:    "Health Minister Joyce Wambui announced the aid on Tuesday. She is due to visit Marsabit on Friday, her office said.",
			notWant: []string{"held_in place:marsabit"},
		},
		// not a name conjoined with another (firms as often as towns),
		// not a town abroad from the dateline, not a name the article
		// gives a company's acts
		{
			text:    "Trade Minister Joyce Wambui announced the aid on Tuesday. She will visit Lodwar and Halvex on Friday, her office said.",
			notWant: []string{"held_in place:lodwar"},
		},
		{
			text:    "NAIROBI, March 25 (Reuters) - Trade Minister Joyce Wambui is due to visit Kessa on Friday, her office said.",
			notWant: []string{"held_in place:kessa"},
		},
		{
			text:    "NAIROBI, March 25 (Reuters) - Trade Minister Joyce Wambui will visit the Lodwar on Friday. The Lodwar said on Monday that she was welcome.",
			notWant: []string{"held_in place:lodwar"},
		},
		{
			text: "NAIROBI, March 25 (Reuters) - Trade Minister Joyce Wambui will visit Lodwar on Friday, her office said.",
			want: []string{"event:visit-2025-03-28-lodwar held_in place:lodwar"},
		},
	} {
		checkFactsWith(t, gaz, tt.text, tt.want, tt.notWant, part)
	}
}
