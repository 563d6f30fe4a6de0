package extract

import "testing"

// A news agency or network known by name is an organization wherever it
// stands ("told X", "a copy seen by X", "X's correspondent"), not only in
// a dateline; a title, a person named so, or a given name in small
// letters keeps a person.
func TestOutletNames(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"\"We will not sign this,\" negotiator Kerem Dalyan told Anadolu after the vote.",
			[]string{"org:anadolu"}, []string{"person:anadolu"}},
		{"The farm ministry confirmed the ban in a statement to Bernama on Friday.",
			[]string{"org:bernama"}, []string{"person:bernama"}},
		{"Speaking to Kyodo, the trade minister said the deal was close.",
			[]string{"org:kyodo"}, []string{"person:kyodo"}},
		{"A draft seen by Al Jazeera gives the rebels two weeks to withdraw.",
			[]string{"org:al-jazeera"}, []string{"person:al-jazeera"}},
		{"Al Jazeera's Hadi Selman, reporting from Kassala, said the camp was full.",
			[]string{"org:al-jazeera", "person:hadi-selman"}, []string{"person:al-jazeera"}},
		// people: a given name, a title, a surname the article gave a person
		{"\"Nobody came to help us,\" Efe told the court.",
			[]string{"person:efe"}, []string{"org:efe"}},
		{"Senator Tass said the strike would end soon.",
			[]string{"person:tass"}, []string{"org:tass"}},
		{"Selin Anadolu, a teacher, joined the strikers. Anadolu said the pay was too low.",
			[]string{"person:selin-anadolu"}, []string{"org:anadolu"}},
		{"Ansa, a nurse of 20 years, said she would not go back.",
			[]string{"person:ansa"}, []string{"org:ansa"}},
		{"Antara, a 31-year-old seamstress in Dhubri, said the factory owed her two months of wages.",
			[]string{"person:antara"}, []string{"org:antara"}},
		{"Tass, the team's new striker, scored twice as Kalev beat Tulevik 2-1.",
			[]string{"person:tass"}, []string{"org:tass"}},
		// a person's apposition after an agency's word: an age, "who", an occupation
		{"Kyodo, 42, a ferry mechanic from Beppu, said the engines had failed twice.",
			[]string{"person:kyodo"}, []string{"org:kyodo"}},
		{"Bernama, who drives a taxi in Ipoh, said fuel had doubled in price.",
			[]string{"person:bernama"}, []string{"org:bernama"}},
		{"Anadolu, a local lawmaker, said the ward was full.",
			[]string{"person:anadolu"}, []string{"org:anadolu"}},
		// an outlet's apposition keeps the outlet
		{"Bernama, the national news agency, said the ferry had sunk.",
			[]string{"org:bernama"}, []string{"person:bernama"}},
	})
}
