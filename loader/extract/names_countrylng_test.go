package extract

import "testing"

// TestCountryLNG checks that a country's name and "LNG" that end a name
// run, no common noun after them, are a gas liquefier's company; and
// that before a noun, after a demonym or apart they are the country and
// its gas.
func TestCountryLNG(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Norway LNG will keep supplying the terminal until 2031, the ministry said.",
			[]string{"org:norway-lng"}, nil},
		{"The utility signed a contract with Kenya LNG that runs until 2030.",
			[]string{"org:kenya-lng"}, nil},
		{"Executives of Qatar LNG and the state energy group met in Doha on Monday.",
			[]string{"org:qatar-lng"}, nil},
		// near misses: a noun after the pair, a demonym, the gas apart
		{"Qatar LNG exports rose 4 percent in May, officials said.",
			[]string{"country:qatar"}, []string{"org:qatar-lng"}},
		{"Qatari LNG reached the port of Mombasa on Friday.",
			nil, []string{"org:qatari-lng"}},
		{"The tanker carried LNG from Norway to the terminal on Friday.",
			[]string{"country:norway"}, []string{"org:norway-lng"}},
	})
}
