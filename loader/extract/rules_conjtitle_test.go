package extract

import "testing"

// TestConjoinedTitleBody tests that a second possessed title in a
// conjoined apposition keeps its own body and does not borrow the first
// conjunct's (roleApposition's "the parser's first conjunct" reading).
func TestConjoinedTitleBody(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			// two titles, two bodies, two names
			text:    "The Halvard Front's chairman, Kemi Adisa, and the Port Workers Union's chairman, Tunde Oke, met in Ibadan on Monday.",
			want:    []string{"person:kemi-adisa head_of org:halvard-front", "person:tunde-oke head_of org:port-workers-union"},
			notWant: []string{"person:tunde-oke head_of org:halvard-front"},
		},
		{
			text:    "The Varna Bank's finance director, Ines Kora, and the Tessel Mining Company's legal director, Tom Vale, resigned on Friday.",
			want:    []string{"person:ines-kora member_of org:varna-bank", "person:tom-vale member_of org:tessel-mining-company"},
			notWant: []string{"person:tom-vale member_of org:varna-bank"},
		},
		{
			// a pronoun possessor is no body of its own: "its" is the bank
			text: "The Varna Bank's finance director, Ines Kora, and its legal director, Tom Vale, resigned on Friday.",
			want: []string{"person:ines-kora member_of org:varna-bank", "person:tom-vale member_of org:varna-bank"},
		},
		{
			// one person, two titles of one body
			text: "The Halvard Front's chairman and spokesman, Kemi Adisa, spoke in Ibadan on Monday.",
			want: []string{"person:kemi-adisa head_of org:halvard-front"},
		},
		{
			// two names before two titles of one body: the first keeps
			// its title (the second gets none now, and none is added)
			text: "Kemi Adisa and Tunde Oke, the Halvard Front's chairman and deputy chairman, spoke in Ibadan on Monday.",
			want: []string{"person:kemi-adisa head_of org:halvard-front"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}
