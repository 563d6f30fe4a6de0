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
		// the run the subject of the verb after it (a relative clause with
		// no "that"); a bare particle after a one-word country opens a
		// surname
		{"It was never the Kenya de Souza dreamed of, Mayor Lorna Tew said.", nil, []string{"place:kenya-de-souza"}},
		{"The singer went back to the Addis Ababa de la Vega had fled as a girl, her agent said.", nil, []string{"place:addis-ababa-de-la-vega"}},
		{"Fans from the Kenya de Boer and Omondi clubs cheered on Sunday.", []string{"country:kenya"}, []string{"place:kenya-de-boer"}},
		// a verb whose subject is outside the run keeps the place whole
		{"Officials in Addis Ababa de la Sierra said the rains came late.", []string{"place:addis-ababa-de-la-sierra"}, nil},
		// a run that opens its sentence or clause is the verb's subject
		// itself, no relative clause: the place stays whole
		{"The Kenya de la Costa Verde hosted the fair on Friday.", []string{"place:kenya-de-la-costa-verde"}, []string{"country:kenya"}},
		{"Addis Ababa de la Loma has run short of fuel, Mayor Ruth Kebede said.", []string{"place:addis-ababa-de-la-loma"}, []string{"place:addis-ababa"}},
		{"Fuel prices fell in May, and the Kenya de la Vista Alta voted on Sunday.", []string{"place:kenya-de-la-vista-alta"}, []string{"country:kenya"}},
	})
}
