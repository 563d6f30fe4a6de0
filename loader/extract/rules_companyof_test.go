package extract

import "testing"

func TestCompanyOfTown(t *testing.T) {
	tests := []struct {
		name, text    string
		want, notWant []string
	}{
		{
			name: "a legal form, of and a town no rule read, before a verb",
			text: "Velmar Bourg Co. of Ostravin is preparing to offer a new service, a company official said.",
			want: []string{"org:velmar-bourg-co based_in place:ostravin"},
		},
		{
			name: "the town before a comma",
			text: "The barge, leased from Kestrin Haulage Inc. of Tarrowby, had left the dock.",
			want: []string{"org:kestrin-haulage-inc based_in place:tarrowby"},
		},
		{
			name:    "a noun after the capitalized words: no town",
			text:    "Velmar Bourg Co. of Ostrava Valley Farms land was sold on Monday.",
			notWant: []string{"based_in"},
		},
		{
			name:    "a person's name after of is no town",
			text:    "He once worked for Kestrin Haulage Ltd. of Ana Soler fame.",
			notWant: []string{"based_in"},
		},
		{
			name:    "the company that buys after by: the of phrase names what it buys",
			text:    "The purchase by Velmar Bourg Inc. of Dunsmere, a family dairy, was completed on Friday.",
			notWant: []string{"based_in"},
		},
		{
			name:    "… as in a takeover",
			text:    "Regulators approved the takeover by Kestrin Haulage Ltd. of Arnsby, a rival hauler, on Monday.",
			notWant: []string{"based_in"},
		},
		{
			name:    "no legal form before of",
			text:    "The Velmar Trust of Tarrowby said it would appeal.",
			notWant: []string{"based_in"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFacts(t, tt.text, tt.want, tt.notWant) })
	}
}
