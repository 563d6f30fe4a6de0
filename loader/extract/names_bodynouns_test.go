package extract

import "testing"

func TestBodyNounsInNames(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		// "Peace", "War" and "Mine" capitalized inside a sentence and
		// before a body's name are words of that name
		{"Delegates of the Peace Monitoring Council arrived in Ostvale on Sunday.", []string{"org:peace-monitoring-council"}, []string{"org:monitoring-council"}},
		{"The Ostvale Mine Workers Federation called a strike.", []string{"org:ostvale-mine-workers-federation"}, []string{"org:workers-federation"}},
		{"Funds went to the Secretariat of the War and Economic Crimes Court last year.", []string{"org:secretariat-of-the-war-and-economic-crimes-court"}, []string{"org:war-and-economic-crimes-court"}},
		// no body's name after them: no name
		{"Ana Soler said the Peace was fragile after the vote.", nil, []string{"org:peace"}},
		{"Tomas Rell said the Mine would reopen next year.", nil, []string{"org:mine", "place:mine"}},
		// a demonym or a country's name after the noun opens a name of its own
		{"Since the Cold War Egyptian Air Force pilots have flown old jets, Major Idris Tamba said.", []string{"org:egyptian-air-force"}, []string{"org:cold-war-egyptian-air-force"}},
		{"After the Cold War Kenya Navy crews trained in Ostvale, Captain Rosa Vey said.", []string{"org:kenya-navy"}, []string{"org:cold-war-kenya-navy"}},
	})
}
