package extract

import "testing"

// TestResolutionStance tests resolutionStance and resolvedStance
// (rules_position_resolution.go): a body that adopts a resolution or a
// motion opposing or backing a measure takes that stance on the measure,
// not an endorsement of the resolution; filing one adopts nothing, and a
// resolution on a bare noun no measure named before gives nothing.
func TestResolutionStance(t *testing.T) {
	const before = "Kenya proposed a fuel tax on Monday. "
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text:    before + "The Turkana County Assembly passed a resolution opposing the fuel tax.",
			want:    []string{"org:turkana-county-assembly rejected agreement:fuel-tax"},
			notWant: []string{"endorsed agreement:resolution"},
		},
		{
			text:    before + "The Turkana County Assembly adopted a motion backing the fuel tax.",
			want:    []string{"org:turkana-county-assembly endorsed agreement:fuel-tax"},
			notWant: []string{"agreement:motion"},
		},
		{
			text:    "The Turkana County Assembly adopted a resolution rejecting the cut.",
			notWant: []string{"rejected", "endorsed"},
		},
		{
			// filing is no adoption
			text:    before + "Senator Ivo Brandt filed a resolution opposing the fuel tax.",
			notWant: []string{"person:ivo-brandt rejected"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}
