package extract

import "testing"

// TestInterviewPartnerNotBased checks that a medium a speaker gave an
// interview to, or spoke to, is not based in the city of the "in" phrase
// after it: that is where the interview took place.
func TestInterviewPartnerNotBased(t *testing.T) {
	checkFacts(t, "The finance minister said in an interview with the Corvin Broadcasting Network in Nairobi on Monday that the budget was sound.",
		nil, []string{"org:corvin-broadcasting-network based_in"})
	checkFacts(t, "Speaking to the Halden Radio Service in Doha, the envoy said the talks would resume.",
		nil, []string{"org:halden-radio-service based_in"})
	// near miss: a body the name's phrase places keeps its seat
	checkFacts(t, "Ivo Lind, an editor at the Corvin Broadcasting Network in Nairobi, said the budget was sound.",
		[]string{"org:corvin-broadcasting-network based_in place:nairobi"}, nil)
}

// TestExchangePartnerFromParse checks exchangePartner's reading over the
// parse, where words stand between the verb and the partner's name: the
// partner spoken to or met with is still not based in the city of the
// "in" phrase after it.
func TestExchangePartnerFromParse(t *testing.T) {
	checkFacts(t, "Interior Minister Pia Holm spoke at length to the Velden Broadcasting Corporation in Doha about the crossing.",
		nil, []string{"org:velden-broadcasting-corporation based_in"})
	checkFacts(t, "Interior Minister Pia Holm met on Tuesday with the Velden Farmers Union in Doha to discuss the crossing.",
		nil, []string{"org:velden-farmers-union based_in"})
}
