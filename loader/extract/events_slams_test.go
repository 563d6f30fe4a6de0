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
	{
		name:    "a drone of a country's civilian use that slammed into a tower may have crashed",
		text:    "An Ethiopian survey drone slammed into a water tower near Kisumu on Tuesday after its engine stalled, the operator said.",
		notWant: []string{"event:attack"},
	},
	{
		name:    "… as may a police drone, though it injured people",
		text:    "An Ethiopian police drone slammed into a bus in Kisumu on Tuesday, injuring three passengers, officials said.",
		notWant: []string{"event:attack"},
	},
	{
		name:    "… or a drone carrying medicine",
		text:    "A drone carrying medicine slammed into a clinic in Kisumu on Tuesday, injuring two nurses, officials said.",
		notWant: []string{"event:attack"},
	},
	{
		name: "rockets of a side no name gives that slammed into a depot, killing people, struck it",
		text: "The rebels' rockets slammed into a bus depot in Kisumu on Tuesday, killing five people, officials said.",
		want: []string{"event:attack-2025-03-25-kisumu killed \"5\""},
	},
	{
		name: "a country's cruise missiles struck",
		text: "Ethiopian cruise missiles slammed into a power plant in Kisumu on Tuesday, officials said.",
		want: []string{"event:attack-2025-03-25-kisumu-by-ethiopia target place:kisumu"},
	},
}

func TestSlamsInto(t *testing.T) {
	for _, tt := range slamsIntoTests {
		t.Run(tt.name, func(t *testing.T) {
			checkFacts(t, tt.text, tt.want, tt.notWant)
		})
	}
}
