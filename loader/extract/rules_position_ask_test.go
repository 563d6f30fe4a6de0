package extract

import "testing"

// TestLegislatureRenewal tests legislatureRenewal and askedRenewal
// (rules_position_ask.go): asking a legislature to extend or renew a
// measure proposes its extension or renewal, which "the extension" later
// names; asking it anything else, or asking another body, proposes
// nothing.
func TestLegislatureRenewal(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text: "Kenya will ask Parliament to extend the curfew in Turkana county by another 45 days. Ethiopia rejected the extension.",
			want: []string{
				"country:kenya proposed agreement:extension-of-curfew-in-turkana-county",
				"country:ethiopia rejected agreement:extension-of-curfew-in-turkana-county",
			},
		},
		{
			text: "Kenya said it would ask lawmakers to renew the fuel subsidy for another year.",
			want: []string{"country:kenya proposed agreement:renewal-of-fuel-subsidy"},
		},
		{
			// another act than extending or renewing: no measure
			text:    "Kenya asked Parliament to review the fuel subsidy.",
			notWant: []string{"country:kenya proposed"},
		},
		{
			// a court is no legislature
			text:    "Kenya asked the High Court to extend the curfew in Turkana county.",
			notWant: []string{"country:kenya proposed"},
		},
		{
			text:    "Kenya would not ask Parliament to extend the curfew in Turkana county.",
			notWant: []string{"country:kenya proposed"},
		},
		{
			text:    "If the strikes go on, Kenya will ask Parliament to extend the curfew in Turkana county.",
			notWant: []string{"country:kenya proposed"},
		},
		{
			// told in a relative clause: made
			text: "President Ana Wekesa, who asked Parliament to extend the curfew in Turkana county last week, met elders on Monday.",
			want: []string{"person:ana-wekesa proposed agreement:extension-of-curfew-in-turkana-county"},
		},
		{
			// others' guess of a request: no proposal
			text:    "Traders worry that Kenya will ask Parliament to prolong the fuel levy for two more years.",
			notWant: []string{"country:kenya proposed"},
		},
		{
			text:    "There are rumours that President Ana Wekesa will ask Parliament to prolong the fuel levy for two more years.",
			notWant: []string{"person:ana-wekesa proposed"},
		},
		{
			// a possibility, told by another: no proposal
			text:    "President Ana Wekesa could ask Parliament to prolong the curfew in Turkana county if the raids go on, a spokesman said.",
			notWant: []string{"person:ana-wekesa proposed"},
		},
		{
			text:    "Church leaders said President Ana Wekesa might ask Parliament to renew the fuel levy, which they oppose.",
			notWant: []string{"person:ana-wekesa proposed"},
		},
		{
			// a condition, the clause the parser made the root
			text:    "NAIROBI, May 5 (Reuters) - Unless President Ana Wekesa asks the National Assembly to prolong the curfew in Turkana, the soldiers will go home on Sunday.",
			notWant: []string{"person:ana-wekesa proposed"},
		},
		{
			text:    "Until President Ana Wekesa asks Parliament to renew the fuel levy, the pumps will stay shut.",
			notWant: []string{"person:ana-wekesa proposed"},
		},
		{
			text:    "Kenya is expected to ask lawmakers to renew the fuel subsidy next month.",
			notWant: []string{"country:kenya proposed"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}
