package extract

import "testing"

// TestPastYearAntecedent tests pastYearName (rules_position_past.go): a
// measure named with a year before the article's (2025 in makeArticle)
// is background, which "the deal" or "the plan" after it never names,
// in the parse rules (noteNamedMeasure) and in the token rules
// (agreementNP.past); a stance taken on it where it is named still
// reads it, "the accord" after that stance names it, and a measure of a
// later year is no background.
func TestPastYearAntecedent(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text: "Thailand and Cambodia agreed on Monday to a ceasefire along their border. Norway, which brokered the 2011 peace accord that ended the war in the south, hosted the talks. " +
				"Japan welcomed the deal.",
			notWant: []string{"japan endorsed agreement:2011"},
		},
		{
			text:    "Kenya and Ethiopia signed a fishing agreement on Tuesday. Kenya condemned a fresh violation of the March 2019 truce. Sudan rejected the plan.",
			notWant: []string{"sudan rejected agreement:2019"},
		},
		{
			text:    "India condemned a breach of the 2021 border protocol on Friday. Russia backed the proposal.",
			notWant: []string{"russia endorsed agreement:2021"},
		},
		{
			text: "Egypt and Qatar said they remained committed to the 2018 maritime accord.",
			want: []string{"country:egypt endorsed agreement:2018-maritime-accord", "country:qatar endorsed agreement:2018-maritime-accord"},
		},
		{
			text: "China backed the 2018 maritime accord on Monday. South Korea rejected the accord.",
			want: []string{"country:china endorsed agreement:2018-maritime-accord", "country:south-korea rejected agreement:2018-maritime-accord"},
		},
		{
			// no other agreement named: "the agreement" is the past one
			text: "Cook Islands leader Tamati Rua said on Friday that the 2019 fisheries framework agreement, which both sides signed in March, still held. Opposition leader Sione Tali said he also backed the agreement.",
			want: []string{"person:sione-tali endorsed agreement:2019-fisheries-framework-agreement"},
		},
		{
			text: "Kuwait proposed a 2027 spending plan on Monday. Belgium welcomed the plan.",
			want: []string{"country:belgium endorsed agreement:2027-spending-plan"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}
