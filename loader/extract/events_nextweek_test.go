package extract

import "testing"

// nextWeekTests test a planned meeting with a place and "next week"
// for its time (nextWeek, weekAhead): kept with no date; a plan with no
// place, or "next month", gives none.
var nextWeekTests = []struct {
	name, text    string
	want, notWant []string
}{
	{
		name: "one who will meet a minister in a town next week",
		text: "Governor Ana Soler said she would meet Finance Minister Ivo Brandt in Nairobi next week to ask for more funds.",
		want: []string{"event:meeting-t-nairobi held_in place:nairobi", "event:meeting-t-nairobi participant person:ivo-brandt"},
	},
	{
		name: "one who will travel to a town next week to meet a minister",
		text: "Governor Ana Soler said she would travel to Nairobi next week to meet Finance Minister Ivo Brandt.",
		want: []string{"event:visit-t-nairobi held_in place:nairobi", "event:visit-t-nairobi participant person:ivo-brandt"},
	},
	{
		name:    "a plan for next week with no place is none",
		text:    "Governor Ana Soler said she would meet Finance Minister Ivo Brandt next week to ask for more funds.",
		notWant: []string{"event:"},
	},
	{
		name:    "a plan for next month is none",
		text:    "Governor Ana Soler said she would meet Finance Minister Ivo Brandt in Nairobi next month to ask for more funds.",
		notWant: []string{"event:"},
	},
	{
		name:    "a body's ministers due to meet next week, told as an aside, name no parties",
		text:    "Kenya raised the matter with the regional bloc, whose foreign ministers are due to meet in Nairobi next week, officials said.",
		notWant: []string{"event:"},
	},
	{
		name:    "a meeting hoped for next week is none",
		text:    "Governor Ana Soler said she hoped to meet Finance Minister Ivo Brandt in Nairobi next week.",
		notWant: []string{"event:"},
	},
}

func TestNextWeek(t *testing.T) {
	for _, tt := range nextWeekTests {
		t.Run(tt.name, func(t *testing.T) {
			checkFacts(t, tt.text, tt.want, tt.notWant)
		})
	}
}
