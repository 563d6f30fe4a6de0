package extract

import "testing"

// daysAfterTests test "two days after" counting its days from the day
// of the sentence's clause before (when), as "a day after" does.
var daysAfterTests = []struct {
	name, text    string
	want, notWant []string
}{
	{
		name: "an attack two days before talks dated Tuesday came on Sunday",
		text: "Kenyan and Ethiopian ministers held talks in Mombasa on Tuesday, two days after Ethiopian drones struck a police post in Kisumu, killing three officers.",
		want: []string{"event:attack-2025-03-23-kisumu-by-ethiopia date \"2025-03-23\""},
	},
	{
		name: "… and one three days after came three days before",
		text: "Kenyan and Ethiopian ministers held talks in Mombasa on Tuesday, three days after Ethiopian drones struck a police post in Kisumu, killing three officers.",
		want: []string{"event:attack-2025-03-22-kisumu-by-ethiopia date \"2025-03-22\""},
	},
	{
		name:    "a count of days with no day before to count from dates nothing",
		text:    "Two days after Ethiopian drones struck a police post in Kisumu, killing three officers, the army withdrew.",
		notWant: []string{"date \"2025-03-25\"", "date \"2025-03-2"},
	},
	// "after" takes the attack told before: this clause's event came
	// later, not two days before Friday
	{
		name:    "two days after the raid, another attack: not dated before the raid",
		text:    "Militiamen raided a cattle market in Marsabit on Friday. Two days after the raid, soldiers shelled a rebel base near Moyale and killed four fighters.",
		notWant: []string{"date \"2025-03-19\""},
	},
	{
		name:    "… and three days after that raid, in the same sentence",
		text:    "Militiamen raided a cattle market in Marsabit on Friday, and three days after that raid soldiers shelled a rebel base near Moyale.",
		notWant: []string{"date \"2025-03-18\""},
	},
}

func TestDaysAfter(t *testing.T) {
	for _, tt := range daysAfterTests {
		t.Run(tt.name, func(t *testing.T) {
			checkFacts(t, tt.text, tt.want, tt.notWant)
		})
	}
}
