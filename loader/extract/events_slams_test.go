package extract

import "testing"

// slamsIntoTests test "slammed into" with a weapon its subject as a
// strike (slamsInto), and "slammed" of criticism as none.
var slamsIntoTests = []struct {
	name, text    string
	want, notWant []string
}{
	{
		name: "missiles that slammed into a town struck it",
		text: "Ethiopian missiles slammed into the market town of Kisumu on Tuesday, killing four people, police said.",
		want: []string{"event:attack-2025-03-25-kisumu-by-ethiopia target place:kisumu", "event:attack-2025-03-25-kisumu-by-ethiopia killed \"4\""},
	},
	{
		name:    "one who slammed a plan for drones criticized it",
		text:    "Opposition leader Ana Soler slammed the government's purchase of drones from Ethiopia on Tuesday.",
		notWant: []string{"event:"},
	},
	{
		name:    "a country that slammed missile attacks on a town made none",
		text:    "Kenya slammed Ethiopia's missile attacks on Kisumu as a crime on Tuesday.",
		notWant: []string{"by-kenya"},
	},
	{
		name:    "a lorry that slammed into a crowd is no strike",
		text:    "A lorry slammed into a crowd in Kisumu on Tuesday, killing four people, police said.",
		notWant: []string{"event:attack"},
	},
	{
		name:    "a drone with no side that slammed into a hillside may have crashed",
		text:    "A camera drone carrying relief parcels slammed into a hillside near Kisumu on Tuesday after losing its signal, the operator said.",
		notWant: []string{"event:attack"},
	},
	{
		name:    "… as may a courier drone that slammed into a block",
		text:    "A courier drone slammed into an office block in Kisumu on Tuesday, breaking three windows, police said.",
		notWant: []string{"event:attack"},
	},
}

func TestSlamsInto(t *testing.T) {
	for _, tt := range slamsIntoTests {
		t.Run(tt.name, func(t *testing.T) {
			checkFacts(t, tt.text, tt.want, tt.notWant)
		})
	}
}
