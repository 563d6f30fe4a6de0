package extract

import "testing"

// TestCountryInBodyName checks that the country an association's, a
// union's, a front's or a committee's name holds after "in" is a word of
// the name; and that a ministry's, an institute's, an international
// body's, a city's or a possessive's "in" is not.
func TestCountryInBodyName(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"The Association of Ferry Operators in Kenya, whose chairman, Otieno Wafula, opposed the levy, said it would sue. The Association of Ferry Operators in Kenya has 40 members.",
			[]string{"org:association-of-ferry-operators-in-kenya"}, []string{"org:association-of-ferry-operators"}},
		{"Troops repelled an attack by rebels of the Front for Renewal and Dignity in Ethiopia (FRDE) on Monday.",
			[]string{"org:front-for-renewal-and-dignity-in-ethiopia"}, []string{"org:front-for-renewal-and-dignity"}},
		{"Dockers joined the Confederation of Port Workers in Kenya (COPWOK) in the strike on Monday.",
			[]string{"org:confederation-of-port-workers-in-kenya"}, []string{"org:confederation-of-port-workers"}},
		// near misses: a ministry, an institute, an international body,
		// a city, a possessive
		{"The Ministry of Health in Kenya said cases rose.",
			[]string{"org:ministry-of-health"}, []string{"org:ministry-of-health-in-kenya"}},
		{"The Institute for Maritime Studies in South Africa said the port was congested.",
			nil, []string{"org:institute-for-maritime-studies-in-south-africa"}},
		{"Aid was delivered by the International Committee of the Red Cross in Sudan on Monday.",
			nil, []string{"org:international-committee-of-the-red-cross-in-sudan"}},
		{"The Association of Ferry Operators in Mombasa said it would sue.",
			nil, []string{"org:association-of-ferry-operators-in-mombasa"}},
		// "in <Country>" says where the body works unless the text shows
		// it is a word of the name: written once, or an acronym of the
		// words before "in", or the body named without it elsewhere
		{"Police in Nairobi detained 12 members of the Movement for Fair Elections in Kenya on Sunday, the party said.",
			[]string{"org:movement-for-fair-elections"}, []string{"org:movement-for-fair-elections-in-kenya"}},
		{"The Union of Nurses in Ethiopia called a strike on Monday.",
			[]string{"org:union-of-nurses"}, []string{"org:union-of-nurses-in-ethiopia"}},
		{"The Chamber of Quarries in Kenya (CQ) said exports fell.",
			nil, []string{"org:chamber-of-quarries-in-kenya"}},
		{"The Federation of Bakers in Ethiopia urged calm. The Federation of Bakers said prices would rise. The Federation of Bakers in Ethiopia met on Friday.",
			nil, []string{"org:federation-of-bakers-in-ethiopia"}},
		{"The Association of Ferry Operators in Kenya's north said it would sue.",
			nil, []string{"org:association-of-ferry-operators-in-kenya"}},
	})
}
