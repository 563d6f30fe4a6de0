package extract

import "testing"

// A name the recognizer takes for a person is a place's when an
// apposition says what kind of place it is.
func TestPlaceApposedNames(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"The mediators will fly to Ostvale and then to Velmirsk Dolny, the main city of Drevnia, an aide said.",
			[]string{"place:velmirsk-dolny"}, []string{"person:velmirsk-dolny"}},
		{"Floods cut the road to Brelnitsa Gora, a mountain village on the northern border, officials said.",
			[]string{"place:brelnitsa-gora"}, []string{"person:brelnitsa-gora"}},
		{"The ferry reached Korvana Isle, a Drevnian island of about 40,000 people, late on Sunday.",
			[]string{"place:korvana-isle"}, []string{"person:korvana-isle"}},
		{"The consortium sent the joint venture a plan for a pipeline to Tevaro, a village on the south coast.",
			[]string{"place:tevaro"}, []string{"person:tevaro"}},
		// people's appositions: an office, an occupation, a possessive
		{"Talks were led by Velko Marand, the city's mayor, on Monday.",
			[]string{"person:velko-marand"}, []string{"place:velko-marand"}},
		{"Elders including Halvor Ristic, a village elder, met the envoy.",
			[]string{"person:halvor-ristic"}, []string{"place:halvor-ristic"}},
		{"The report quoted Dagny Ostrem, a port official, as saying the ship left.",
			[]string{"person:dagny-ostrem"}, []string{"place:dagny-ostrem"}},
		{"The bill was drafted by Ivo Brandtner, a state lawmaker from the north.",
			[]string{"person:ivo-brandtner"}, []string{"place:ivo-brandtner"}},
		{"Mira Tolvanen, a town councillor, said the bridge would reopen.",
			[]string{"person:mira-tolvanen"}, []string{"place:mira-tolvanen"}},
		// "of" and the rest of the apposition: a possessive, an office, a metaphor
		{"Oskar Lindqvar, the county of Brenmoor's chief engineer, said the dam would hold.",
			[]string{"person:oskar-lindqvar"}, []string{"place:oskar-lindqvar"}},
		{"The appeal was lodged by Sefa Okonta, the port of Varrow's harbour master, on Friday.",
			[]string{"person:sefa-okonta"}, []string{"place:sefa-okonta"}},
		{"Analysts praised Nela Varkonyi, an island of calm in a noisy parliament.",
			[]string{"person:nela-varkonyi"}, []string{"place:nela-varkonyi"}},
		{"Ilse Brandvik, the city of Varnholm finance director, said the accounts were sound.",
			[]string{"person:ilse-brandvik"}, []string{"place:ilse-brandvik"}},
		// a noun after the name, or a title in capitals: a person's
		{"The suit was brought by Corwin Pell, a village of Marlow Heights resident, on Tuesday.",
			[]string{"person:corwin-pell"}, []string{"place:corwin-pell"}},
		{"The motion was backed by Tilde Ravensworth, the city of Ashgrove Director of Parks, on Monday.",
			[]string{"person:tilde-ravensworth"}, []string{"place:tilde-ravensworth"}},
		{"Donors welcomed Anselm Fry, a port of Kestrel Bay veteran, to the board on Friday.",
			[]string{"person:anselm-fry"}, []string{"place:anselm-fry"}},
		{"Relief reached Osterby Mill, the main town of Vellandia, where the river burst its banks.",
			[]string{"place:osterby-mill"}, []string{"person:osterby-mill"}},
	})
}
