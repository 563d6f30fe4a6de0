package extract

import (
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// TestOwnTitleBefore checks ownTitleBefore, the guard of roleApposition
// against an apposition arc the parser draws from a title across a clause
// to a name that carries a title of its own ("talks between Senegalese
// officials and the Front's wing, mediated by Guinea-Bissau's President
// X" gave X member_of Senegal through "officials"). Function-level: the
// parser draws that arc on some sentences only, so the guard is asked of
// the tokens directly. A title of the name's own that a comma opens
// ("The head of the mission, Special Representative X"; "Halden's chief
// negotiator, Vice Premier X") leaves the apposition standing.
func TestOwnTitleBefore(t *testing.T) {
	for _, tc := range []struct {
		text, title, name string
		want              bool
	}{
		{"The handover followed talks in Juba in April between Ugandan officials and the rebels' northern wing, mediated by Kenya's President Amani Kiwelu.", "officials", "Amani", true},
		{"The truce followed talks between Somali officials and the Front's armed wing, brokered by Ethiopia's Foreign Minister Dawit Alemu.", "officials", "Dawit", true},
		{"The head of the Corvin Mission, Special Representative Ida Brandt, welcomed the talks.", "head", "Ida", false},
		{"China's chief negotiator, Vice Premier Tao Lin, is due in Geneva on Monday.", "negotiator", "Tao", false},
		{"The union's chairman, Ola Brandt, rejected the offer.", "chairman", "Ola", false},
	} {
		x := newExtractor(gazetteer.Default(), makeArticle("t", tc.text))
		x.run()
		ps := x.parsed[0]
		if ps == nil {
			t.Fatalf("%q: no parse", tc.text)
		}
		forms := make([]string, len(ps.d.Tokens))
		for k := range ps.d.Tokens {
			forms[k] = ps.tok(k).Form
		}
		ti, hi := slices.Index(forms, tc.title), slices.Index(forms, tc.name)
		if ti < 0 || hi < 0 {
			t.Fatalf("%q: tokens %q/%q not found in %q", tc.text, tc.title, tc.name, forms)
		}
		if got := ps.ownTitleBefore(ti, hi); got != tc.want {
			t.Errorf("%q: ownTitleBefore(%s, %s) = %v, want %v", tc.text, tc.title, tc.name, got, tc.want)
		}
	}
}
