package extract

import "testing"

// "the State" alone is the state as such, no body's or place's name.
func TestBareStateNoName(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"The union said the ministry had handed the dockers' grievances over to the State.", nil, []string{"org:state", "place:state"}},
		{"Talks between the Regional Council and the State resumed in Valmora on Monday.", nil, []string{"org:state", "place:state"}},
		// a name with "State" in it is still a name
		{"Fighters loyal to Islamic State attacked the post near Valmora.", []string{"org:islamic-state"}, nil},
		{"The State Department said the envoy would visit Valmora.", []string{"org:state-department"}, nil},
		{"Belvara is the seat of North Ridge State, one of Tarsova's four federal member states.", nil, []string{"org:state", "place:state"}},
	})
}
