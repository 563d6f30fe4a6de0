package extract

import "testing"

// nounClauseTests test the place named before an attack trigger inside
// a clause that describes a noun (placeInNounClause): where the meeting
// was held or an agency is based, not where the attack struck; a place
// the attack's own clause opens with still is.
var nounClauseTests = []struct {
	name, text    string
	want, notWant []string
}{
	{
		name:    "a meeting held in a town, whose chair called the attack a crime",
		text:    "The talks, held at the ministry's offices in Nairobi, were chaired by Ana Soler, who called the attack a crime against the whole region.",
		notWant: []string{"event:attack"},
	},
	{
		name:    "an agency based in a town that counts the raids' dead",
		text:    "The aid agency, whose regional office is based in Nairobi, said cross-border raids had killed 80 herders this year.",
		notWant: []string{"event:attack"},
	},
	{
		name: "a town that opens the attack's own clause",
		text: "In Kisumu, Ethiopian drones hit a fuel depot on Tuesday, killing two guards, police said.",
		want: []string{"event:attack-2025-03-25-kisumu-by-ethiopia target place:kisumu"},
	},
	{
		name: "a town described by a clause of its own that opens the attack's clause",
		text: "In Kisumu, where the talks were held last year, gunmen attacked a bus station on Tuesday, killing three people.",
		want: []string{"event:attack-2025-03-25-kisumu target place:kisumu"},
	},
}

func TestNounClausePlace(t *testing.T) {
	for _, tt := range nounClauseTests {
		t.Run(tt.name, func(t *testing.T) {
			checkFacts(t, tt.text, tt.want, tt.notWant)
		})
	}
}
