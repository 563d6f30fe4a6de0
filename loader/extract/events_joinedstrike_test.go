package extract

import "testing"

// joinedStrikeTests test "strike" as a stoppage of work when it is
// "national" or the object of joining, extending or prolonging
// (workStrikeCues, joinedStrike), and strikes from the air that spread
// or are joined against a target as attacks still.
var joinedStrikeTests = []struct {
	name, text    string
	want, notWant []string
}{
	{
		name:    "a strike the members extend is a stoppage",
		text:    "Dock workers in Kisumu voted on Tuesday to reject the pay offer, extending a strike that has closed the lake port for a week.",
		notWant: []string{"event:attack"},
	},
	{
		name:    "a strike nurses joined is a stoppage",
		text:    "About 4,000 nurses joined the strike in Kisumu on Tuesday, the Kenyan nurses' union said.",
		notWant: []string{"event:attack"},
	},
	{
		name:    "a national strike that grounded flights is a stoppage",
		text:    "The last national strike, in January, grounded flights at the airport in Nairobi and shut most schools.",
		notWant: []string{"event:attack"},
	},
	{
		name: "jets that joined the strikes on rebel positions attacked",
		text: "Kenyan jets joined the strikes on rebel positions near Kisumu on Tuesday, killing four fighters, the army said.",
		want: []string{"event:attack-2025-03-25-kisumu target place:kisumu"},
	},
	{
		name: "a country that extended its strikes to a town attacked it",
		text: "Ethiopia extended its strikes to Kisumu on Tuesday, killing six people, Kenyan officials said.",
		want: []string{"event:attack-2025-03-25-kisumu-by-ethiopia target place:kisumu"},
	},
}

func TestJoinedStrike(t *testing.T) {
	for _, tt := range joinedStrikeTests {
		t.Run(tt.name, func(t *testing.T) {
			checkFacts(t, tt.text, tt.want, tt.notWant)
		})
	}
}
