package extract

import "testing"

// TestCountryInBodyName checks that the country an association's, a
// union's, a front's or a committee's name holds after "in" is a word of
// the name; and that a ministry's, an institute's, an international
// body's, a city's or a possessive's "in" is not.
func TestCountryInBodyName(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"The Association of Ferry Operators in Kenya, whose chairman, Otieno Wafula, opposed the levy, said it would sue.",
			[]string{"org:association-of-ferry-operators-in-kenya"}, []string{"org:association-of-ferry-operators"}},
		{"Troops repelled an attack by rebels of the Front for Renewal and Dignity in Ethiopia (FRDE) on Monday.",
			[]string{"org:front-for-renewal-and-dignity-in-ethiopia"}, []string{"org:front-for-renewal-and-dignity"}},
		{"The purchase needs approval from the Committee on Strategic Investment in the United States, which reviews such deals.",
			[]string{"org:committee-on-strategic-investment-in-the-united-states"}, []string{"org:committee-on-strategic-investment"}},
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
		{"The Association of Ferry Operators in Kenya's north said it would sue.",
			nil, []string{"org:association-of-ferry-operators-in-kenya"}},
	})
}
