package extract

import "testing"

// TestLawParticiple tests lawParticiple (rules_position_measure.go): a
// law noun's participle of an enacting verb, right after it and with an
// object, stays in the law's name, whether the parser hung it on the
// noun or on the verb whose object the noun is, and whether the law is
// named by a stance's object or noted for "the bill" later; a participle
// of speech or reason, or one after a comma, does not.
func TestLawParticiple(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			text: "Hours later, the assembly began debating a constitutional bill granting the northern province autonomy. Deputy Marc Olier urged lawmakers to approve the bill.",
			want: []string{"person:marc-olier endorsed agreement:constitutional-bill-granting-northern-province-autonomy"},
		},
		{
			text: "Mayor Rosa Vidal backed a housing bill giving tenants a rent freeze.",
			want: []string{"person:rosa-vidal endorsed agreement:housing-bill-giving-tenants-rent-freeze"},
		},
		{
			text:    "Governor Ana Ruiz on Monday vetoed a tenancy bill citing its cost to the state.",
			want:    []string{"person:ana-ruiz rejected agreement:tenancy-bill"},
			notWant: []string{"person:ana-ruiz rejected agreement:tenancy-bill-citing"},
		},
		{
			text:    "Senator Luis Pardo rejected the electoral bill, saying it favoured the ruling party.",
			want:    []string{"person:luis-pardo rejected agreement:electoral-bill"},
			notWant: []string{"person:luis-pardo rejected agreement:electoral-bill-saying"},
		},
		{
			// a participle of what the stance's result did, not of what
			// the law does (outcomeParticiple): an outcome noun its object
			text:    "President Marta Kovac signed the new water law raising fears among farmers.",
			want:    []string{"person:marta-kovac endorsed agreement:water-law"},
			notWant: []string{"agreement:water-law-raising"},
		},
		{
			// … or a "her" that points back to who vetoed it
			text:    "Governor Nina Kell vetoed the state tax bill giving legislators a week to override her veto.",
			want:    []string{"person:nina-kell rejected agreement:state-tax-bill"},
			notWant: []string{"agreement:state-tax-bill-giving"},
		},
		{
			// (rv19g probes) the same nouns as what the law acts on are
			// its content: a reaction noun only with a stirring verb …
			text: "Senator Pia Lund opposed the bill banning protests near stadiums.",
			want: []string{"person:pia-lund rejected agreement:bill-banning-protests-near-stadiums"},
		},
		{
			// … and a "her" only on a noun of the stance
			text: "Mayor Dina Pratt signed a bill widening her council's spending powers.",
			want: []string{"person:dina-pratt endorsed agreement:bill-widening-her-councils-spending-powers"},
		},
		{
			// … but a "his" on the ruling it lets be overturned is one
			text:    "Governor Tom Reyes vetoed the rail bill allowing lawmakers to overturn his ruling within a week.",
			want:    []string{"person:tom-reyes rejected agreement:rail-bill"},
			notWant: []string{"agreement:rail-bill-allowing"},
		},
		{
			// what is done with the law after its participle ("back to
			// the senate") is no part of its name (lawActName)
			text: "The Kenyan cabinet sent its bill banning fireworks back to the senate for review. Ethiopia backed the bill.",
			want: []string{"country:ethiopia endorsed agreement:bill-banning-fireworks"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}
