package extract

import (
	"testing"

	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// TestRegionalAmod tests regionalAmod (rules_position_national.go): "the
// federal government" and "the central government" are the country the
// sentence names, as "the government" is, or where it names none the
// dateline's; a state's, a provincial, a former or an interim government
// is not read as the country.
func TestRegionalAmod(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text: "Brazil's soy growers protested after the federal government backed a moratorium on new farms in the Cerrado.",
			want: []string{"country:brazil endorsed agreement:moratorium-on-new-farms-in-cerrado"},
		},
		{
			text: "Austria's unions protested after the central government approved a pension reform.",
			want: []string{"country:austria endorsed agreement:pension-reform"},
		},
		{
			text:    "Brazil's soy growers protested after the state government backed a moratorium on new farms in the Cerrado.",
			notWant: []string{"country:brazil endorsed"},
		},
		{
			text:    "Brazil's soy growers protested after the former federal government backed a moratorium on new farms in the Cerrado.",
			notWant: []string{"country:brazil endorsed"},
		},
		{
			text:    "Austria's unions protested after the interim government approved a pension reform.",
			notWant: []string{"country:austria endorsed"},
		},
		{
			// no country in the sentence: the dateline's
			text: "SUVA, Fiji, May 3 (AAP) - Lau Premier Josefa Vuki has proposed a five-year ban on sand mining in the province, a plan the Lau Fishers Association has endorsed but the national government has rejected.",
			want: []string{"country:fiji rejected agreement:five-year-ban-on-sand-mining-in-province"},
		},
		{
			text:    "SUVA, Fiji, May 3 (AAP) - Lau Premier Josefa Vuki has proposed a five-year ban on sand mining in the province, a plan the Lau Fishers Association has endorsed but the provincial government has rejected.",
			notWant: []string{"country:fiji rejected"},
		},
		{
			// no dateline, no country named: nobody's
			text:    "Lau Premier Josefa Vuki has proposed a five-year ban on sand mining in the province, a plan the Lau Fishers Association has endorsed but the national government has rejected.",
			notWant: []string{" rejected "},
		},
	} {
		checkFactsGaz(t, gazetteer.Default(), tt.text, tt.want, tt.notWant)
	}
}
