package extract

import (
	"testing"
)

// ruleTests hold, for each structure rule, an invented sentence and a
// fact the rule must state from it (and facts it must not).
var ruleTests = []struct {
	rule    string
	text    string
	want    []string
	notWant []string
}{
	{
		rule: "role-apposition",
		text: "Mara Lind, a professor at Halden University, said the plan was sound.",
		want: []string{"person:mara-lind member_of org:halden-university"},
	},
	{
		rule: "role-apposition",
		text: "The plan was sound, said Tomas Reyes, director of the Corvin Institute and a member of the Amber Society.",
		want: []string{"person:tomas-reyes head_of org:corvin-institute", "person:tomas-reyes member_of org:amber-society"},
	},
	{
		rule:    "role-apposition",
		text:    "Mara Lind, a former professor at Halden University, said the plan was sound.",
		notWant: []string{"person:mara-lind member_of"},
	},
	{
		rule: "role-copula",
		text: "Ivo Brandt is the director of the Corvin Institute.",
		want: []string{"person:ivo-brandt head_of org:corvin-institute"},
	},
	{
		rule: "role-premodifier",
		text: "Halden Bank spokesman Tomas Reyes said the plan was sound.",
		want: []string{"person:tomas-reyes spokesperson_for org:halden-bank"},
	},
	{
		rule: "role-relative",
		text: "Ana Soler, who heads the Corvin Institute, said the plan was sound.",
		want: []string{"person:ana-soler head_of org:corvin-institute"},
	},
	{
		rule: "role-of",
		text: "The plan was sound, said Ana Soler of the Corvin Institute.",
		want: []string{"person:ana-soler member_of org:corvin-institute"},
	},
	{
		rule: "role-verb",
		text: "Ana Soler teaches at Halden University.",
		want: []string{"person:ana-soler member_of org:halden-university"},
	},
	{
		rule: "geo-city-state",
		text: "The plant in Lake Tarrow, La., closed on Monday.",
		want: []string{"place:lake-tarrow located_in place:louisiana"},
	},
	{
		rule:    "geo-city-state",
		text:    "Nine people were wounded in the Tana Valley, Kenya's military said.",
		notWant: []string{"place:tana-valley located_in"},
	},
	{
		rule:    "geo-city-state",
		text:    "NAIROBI, Kenya (Reuters) - Talks resumed on Monday.",
		notWant: []string{"place:nairobi located_in"},
	},
	{
		rule: "geo-in",
		text: "The Corvin Hospital in Lake Tarrow, La., closed on Monday.",
		want: []string{"org:corvin-hospital based_in place:lake-tarrow"},
	},
	{
		rule: "geo-possessive",
		text: "Kenya's Tana Valley flooded on Monday.",
		want: []string{"place:tana-valley located_in country:kenya"},
	},
	{
		rule: "org-based",
		text: "The Nairobi-based Corvin Group said sales fell.",
		want: []string{"org:corvin-group based_in place:nairobi"},
	},
	{
		rule: "org-apposition",
		text: "Corvin Group, a Japanese company, said sales fell.",
		want: []string{"org:corvin-group based_in country:japan"},
	},
	{
		rule: "kill-verb",
		text: "Peter Voss was shot by Jon Hale in 1901.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale victim person:peter-voss", "event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule: "kill-verb",
		text: "Kenyan jets bombed Nairobi on Monday, and Peter Voss was killed in the strike.",
		want: []string{"event:attack-2025-03-24-nairobi-by-kenya victim person:peter-voss"},
	},
	{
		rule: "kill-noun",
		text: "Jon Hale, the assassin of Peter Voss, died in 1930.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale victim person:peter-voss"},
	},
}

func TestStructureRules(t *testing.T) {
	for _, tt := range ruleTests {
		t.Run(tt.rule, func(t *testing.T) {
			checkFacts(t, tt.text, tt.want, tt.notWant)
		})
	}
}

// TestRuleRegistry checks that every structure rule has an example and a
// test case, and that the test cases name only registered rules.
func TestRuleRegistry(t *testing.T) {
	names := map[string]bool{}
	for _, r := range structureRules {
		if r.example == "" {
			t.Errorf("rule %s has no example", r.name)
		}
		names[r.name] = true
	}
	tested := map[string]bool{}
	for _, tt := range ruleTests {
		if !names[tt.rule] {
			t.Errorf("test names unknown rule %q", tt.rule)
		}
		tested[tt.rule] = true
	}
	for n := range names {
		if !tested[n] {
			t.Errorf("rule %s has no test", n)
		}
	}
}

// TestPipelineLoads checks that the embedded models load: without them
// extraction would fall back to the token rules alone.
func TestPipelineLoads(t *testing.T) {
	if _, err := Pipeline(); err != nil {
		t.Fatal(err)
	}
}
