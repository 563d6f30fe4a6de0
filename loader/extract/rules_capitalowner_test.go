package extract

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// capitalOwnerTests test geo-capital-owner (rules_geo.go) with the real
// gazetteer, whose regions and towns the small test one lacks.
var capitalOwnerTests = []struct {
	name          string
	text          string
	want, notWant []string
}{
	{
		name: "whose capital, the region before the comma",
		text: "Fishing accounts for a third of jobs in Galicia, whose capital is Santiago de Compostela, and feeds the canneries.",
		want: []string{"place:santiago-de-compostela located_in place:galicia"},
	},
	{
		name: "its capital after a subject region",
		text: "Sonora, which borders Arizona, is one of Mexico's largest states. Its capital, Hermosillo, lies inland.",
		want: []string{"place:hermosillo located_in place:sonora"},
	},
	{
		name: "its capital of a country the gazetteer confirms",
		text: "Mali held a referendum on Sunday. Its capital, Bamako, was calm.",
		want: []string{"place:bamako capital_of country:mali"},
	},
	{
		name:    "two subjects before its",
		text:    "Sonora and Arizona signed a water pact on Monday. Its capital, Hermosillo, hosted the talks.",
		notWant: []string{"place:hermosillo located_in"},
	},
	{
		name:    "a subject that is no name before its",
		text:    "The governor of Sonora spoke in Phoenix on Monday. Its capital, Hermosillo, hosted the talks.",
		notWant: []string{"place:hermosillo located_in"},
	},
	{
		name:    "its after a town: the town has no capital",
		text:    "Porto is Portugal's second city and the home of its wine trade. Its capital, Lisbon, lies to the south.",
		notWant: []string{"place:lisbon located_in"},
	},
	{
		name:    "its after a place the gazetteer lists as a region and a town, said to be a city",
		text:    "Almaty is the busiest city in Kazakhstan and the seat of its central bank. Its capital, Astana, hosts the parliament.",
		notWant: []string{"place:astana located_in"},
	},
	{
		name:    "whose capital is a name that goes on past the place",
		text:    "Trade grew in Sonora, whose capital is Hermosillo Avenue in the old town.",
		notWant: []string{"place:hermosillo-avenue located_in"},
	},
	{
		name:    "a person's capital, a lawmaker's seat",
		text:    "Peter Lund, whose capital is tied up in Lima, said he would wait. The senator, whose seat is Arizona, voted no.",
		notWant: []string{"place:lima located_in person", "place:arizona located_in"},
	},
}

func TestCapitalOwner(t *testing.T) {
	g := gazetteer.Default()
	for _, tt := range capitalOwnerTests {
		t.Run(tt.name, func(t *testing.T) {
			checkFactsWith(t, g, tt.text, tt.want, tt.notWant, strings.HasPrefix)
		})
	}
}
