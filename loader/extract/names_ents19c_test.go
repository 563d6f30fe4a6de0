package extract

import "testing"

func TestPlaceBeforeParticle(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		// a known place or country that a Romance particle and more
		// capitalized words go on from is one place
		{"Crowds gathered at the Kenya de la Costa market hall on Sunday.", []string{"place:kenya-de-la-costa"}, []string{"country:kenya"}},
		{"Police set up checkpoints across Addis Ababa de Miraflores on Sunday.", []string{"place:addis-ababa-de-miraflores"}, []string{"place:addis-ababa"}},
		// a one-word country without "the" may open a person's name, and
		// a body's word keeps a body
		{"Kenya de Almeida said the plan had failed.", nil, []string{"place:kenya-de-almeida"}},
		{"Shares of the Banco de Ostvale rose.", []string{"org:banco-de-ostvale"}, nil},
	})
}
