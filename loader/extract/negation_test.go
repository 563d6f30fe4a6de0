package extract

import "testing"

// negationTests: a subject or object under "neither … nor", or a subject
// that is no one ("none of …", "no one from …", "nobody in …"), negates
// the predicate for every conjunct: no stance, no participant. The
// controls say the same with an affirmative conjunction.
var negationTests = []struct {
	name          string
	text          string
	want, notWant []string
}{
	{
		name:    "neither … nor subject voting against a bill",
		text:    "Neither the Blue Harbour Party nor the Northern Farmers League voted against the budget bill, officials said.",
		notWant: []string{" rejected "},
	},
	{
		name:    "neither … nor subject of a signing",
		text:    "Neither Kenya nor Ethiopia has signed the Nile River Treaty.",
		notWant: []string{" endorsed "},
	},
	{
		name:    "neither … nor object of a stance verb",
		text:    "Norway endorsed neither the Nairobi Accord nor the Mombasa Declaration.",
		notWant: []string{" endorsed "},
	},
	{
		name:    "neither … nor subject attending talks",
		text:    "Neither Tomas Reyvald nor Ilse Marquand attended the talks in Addis Ababa on Wednesday.",
		notWant: []string{" participant "},
	},
	{
		name:    "neither … nor subject of a meeting",
		text:    "Neither Foreign Minister Amara Okello nor her deputy, Joel Mutua, met Ethiopian President Dawit Mekonen in Nairobi on Tuesday.",
		notWant: []string{" participant "},
	},
	{
		name:    "no one from a body signed",
		text:    "No one from the Rift Valley Union signed the Nile River Treaty.",
		notWant: []string{" endorsed "},
	},
	{
		name:    "nobody in a body backed",
		text:    "Nobody in the Lake Victoria Council backed the Nile River Treaty.",
		notWant: []string{" endorsed "},
	},
	{
		name: "control: both … and subject of a signing",
		text: "Kenya and Ethiopia have signed the Nile River Treaty.",
		want: []string{"country:kenya endorsed agreement:nile-river-treaty", "country:ethiopia endorsed agreement:nile-river-treaty"},
	},
	{
		name: "control: neither … nor in another clause",
		text: "The Rift Valley Union, which has neither members nor funds in Ethiopia, signed the Nile River Treaty.",
		want: []string{"org:rift-valley-union endorsed agreement:nile-river-treaty"},
	},
	{
		name: "control: a negative subject does not reach a verb after a subordinator",
		text: "Nobody complained after Kenya signed the Tana River Accord on Monday.",
		want: []string{"country:kenya endorsed agreement:tana-river-accord"},
	},
	{
		name: "control: neither … nor subject does not reach a verb after a subordinator",
		text: "Neither India nor Pakistan complained as Japan signed the Tromso Fisheries Pact on Friday.",
		want: []string{"country:japan endorsed agreement:tromso-fisheries-pact"},
	},
	{
		name: "control: none other than names who did it",
		text: "None other than Prime Minister Eirik Vangsnes signed the Tromso Fisheries Pact on Friday.",
		want: []string{"person:eirik-vangsnes endorsed agreement:tromso-fisheries-pact"},
	},
	{
		name: "control: no one but names who did it",
		text: "No one but Japan signed the Tromso Fisheries Pact on Friday.",
		want: []string{"country:japan endorsed agreement:tromso-fisheries-pact"},
	},
}

func TestNeitherNorNegates(t *testing.T) {
	for _, tt := range negationTests {
		t.Run(tt.name, func(t *testing.T) {
			checkFacts(t, tt.text, tt.want, tt.notWant)
		})
	}
}
