package extract

import "testing"

// TestForSubject tests forSubject (rules_position_measure.go): an
// infinitive right after a measure noun's "for" phrase whose party is its
// subject says what the measure is, whichever word the parser hung it on:
// an agreement keeps its noun ("agreement for Kenya to export …"), a call
// or proposal is named by its act, as "a proposal by X to …" is, and "the
// deal" or "the proposal" later is that one. A "for" phrase of a span of
// time, of a bare common noun or of a place opens no such clause.
func TestForSubject(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text: "Norway and Kenya on Wednesday signed an agreement for Kenya to export 3 gigawatts of wind power to Norway. Ethiopia welcomed the deal.",
			want: []string{"country:norway endorsed agreement:agreement-for-kenya-to-export-3-gigawatts-of-wind-power-to-norway",
				"country:ethiopia endorsed agreement:agreement-for-kenya-to-export-3-gigawatts-of-wind-power-to-norway"},
		},
		{
			text: "Qatar said on Monday that Ethiopia supported Egypt's call for Sudan to open a new border crossing. Kenya also backed the proposal.",
			want: []string{"country:egypt proposed agreement:open-new-border-crossing",
				"country:ethiopia endorsed agreement:open-new-border-crossing",
				"country:kenya endorsed agreement:open-new-border-crossing"},
		},
		{
			// near misses: a span of time, a bare common noun, calm
			text: "Kenya rejected a truce for a week to let aid convoys reach Gondar. " +
				"Ethiopia backed a fund for farmers to buy seed. " +
				"Norway welcomed Egypt's call for calm to avoid bloodshed.",
			notWant: []string{"let-aid", "buy-seed", "avoid-bloodshed"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}
