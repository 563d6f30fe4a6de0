package extract

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

func TestSourceLine(t *testing.T) {
	tests := []struct {
		name, text    string
		want, notWant []string
	}{
		{
			name: "item code, headline before it",
			text: "Harbor Strike Ends After Nine Days KT0412110626 Oslo NORDVIK DAGBLAD in Norwegian 0915 GMT 4 Dec 26\n\nDock workers went back to work on Friday.",
			want: []string{"org:nordvik-dagblad based_in place:oslo"},
		},
		{
			name: "outlet in title case, city of two words",
			text: "PA0112170026 Phnom Penh Radio Mekong Network in Khmer 1700 GMT 1 Dec 26\n\nThe central bank raised its main rate on Monday.",
			want: []string{"org:radio-mekong-network based_in place:phnom-penh"},
		},
		{
			name: "bare line, outlet in capitals",
			text: "Nairobi KAMBA DAILY POST\n\nThe mayor of Nairobi opened a new bridge on Sunday.",
			want: []string{"org:kamba-daily-post based_in place:nairobi"},
		},
		{
			name: "document number before the city",
			text: "Ferry Fares Rise 95WK0417C Bangkok KHAO PHIM in Thai 12 Mar 95 p 3\n\nThe port authority raised its fees on Monday.",
			want: []string{"org:khao-phim based_in place:bangkok"},
		},
		{
			name: "bare line, a known agency alone in capitals",
			text: "Khartoum EFE\n\nThe city council approved a new budget on Monday.",
			want: []string{"org:efe based_in place:khartoum"},
		},
		{
			name: "bare line, a broadcaster in title case",
			text: "Kisumu Radio Ziwa Network\n\nThe mayor of Kisumu opened a new market on Sunday.",
			want: []string{"org:radio-ziwa-network based_in place:kisumu"},
		},
		{
			name: "bare line, a one-letter word inside the outlet's name in capitals",
			text: "Oslo O DIARIO DO PORTO\n\nThe harbour master closed two berths on Friday.",
			want: []string{"org:o-diario-do-porto based_in place:oslo"},
		},
		{
			name: "bare line, a one-letter conjunction between two words in capitals",
			text: "Moscow POLE I LES\n\nForesters planted a million saplings this spring.",
			want: []string{"org:pole-i-les based_in place:moscow"},
		},
		{
			name: "the outlet's section in capitals and brackets before the language",
			text: "95WK0503C Beijing HARBOR WEEKLY (TRADE SUPPLEMENT) in English 3 May 95 p 2\n\nContainer traffic rose in April.",
			want: []string{"org:harbor-weekly based_in place:beijing"},
		},
		{
			name:    "a bracket in lower case after the capitals is no section",
			text:    "Tokyo NIPPON KOGYO (morning edition) said prices rose.\n\nThe yen fell on Monday.",
			notWant: []string{"based_in place:tokyo"},
		},
		{
			name:    "a one-letter word before words in title case opens no outlet",
			text:    "Oslo O Diario Novo\n\nThe harbour master closed two berths on Friday.",
			notWant: []string{"based_in place:oslo"},
		},
		{
			name: "bare line, \"I\" and one word in capitals",
			text: "Moscow I NEDELYA\n\nForesters planted a million saplings this spring.",
			want: []string{"org:i-nedelya based_in place:moscow"},
		},
		{
			name:    "a headline in capitals that opens with \"A\" is no outlet",
			text:    "Oslo A HARBOUR IN DECLINE\n\nThe harbour master closed two berths on Friday.",
			notWant: []string{"based_in place:oslo"},
		},
		{
			name:    "… nor one that opens with \"I\" and runs on",
			text:    "Moscow I WATCHED THE FORESTS BURN\n\nForesters planted a million saplings this spring.",
			notWant: []string{"based_in place:moscow"},
		},
		{
			name:    "a headline in title case after a city is no outlet",
			text:    "Kisumu Opens New Fish Market\n\nThe mayor of Kisumu opened a new market on Sunday.",
			notWant: []string{"based_in place:kisumu"},
		},
		{
			name:    "a headline ending in a broadcast word names no broadcaster without its medium",
			text:    "Kisumu Hosts Regional Trade Network\n\nDelegates from six countries met on Monday.",
			notWant: []string{"based_in place:kisumu"},
		},
		{
			name:    "a wire dateline says where a story was filed, not where the agency sits",
			text:    "LAGOS, Nigeria (AP) — Fuel prices rose again on Tuesday, traders said.",
			notWant: []string{"org:ap based_in"},
		},
		{
			name:    "a common news word alone in capitals after a city is no outlet",
			text:    "Khartoum NEWS\n\nThe city council approved a new budget on Monday.",
			notWant: []string{"org:news based_in"},
		},
		{
			name:    "one word in capitals after a city is no outlet",
			text:    "Nairobi NOTES\n\nThe mayor of Nairobi opened a new bridge on Sunday.",
			notWant: []string{"org:notes based_in"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFacts(t, tt.text, tt.want, tt.notWant) })
	}
}

// TestSourceLineParticleCity: a particle in lower case may join the
// words of the line's city ("Rio de Janeiro"), which the gazetteer must
// know whole.
func TestSourceLineParticleCity(t *testing.T) {
	gaz := newFakeGaz()
	gaz.places["Villa de Lobos"] = []gazetteer.Entry{{Name: "Villa de Lobos", Type: domain.Place, Country: "Kenya", Population: 90_000}}
	refused := func(fact, nw string) bool { return strings.Contains(fact, nw) }
	tests := []struct {
		name, text    string
		want, notWant []string
	}{
		{
			name: "a city whose name a particle joins",
			text: "PY0305120095 Villa de Lobos JORNAL NOVO in Portuguese 3 May 95 p 4\n\nThe town raised bus fares on Monday.",
			want: []string{"org:jornal-novo based_in place:villa-de-lobos"},
		},
		{
			name:    "a particle ends no city's name",
			text:    "PY0305120095 Villa de LOBOS NOVO in Portuguese 3 May 95 p 4\n\nThe town raised bus fares on Monday.",
			notWant: []string{"based_in"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFactsWith(t, gaz, tt.text, tt.want, tt.notWant, refused) })
	}
}
