package extract

import "testing"

// TestBodyPeopleGroupName checks that a plural of a body's people before
// "of the" is cut off only when a body's own name follows (two or more
// words with a body word among them, or an acronym, whatever apposition
// follows): a single bare word after it is the group's name.
func TestBodyPeopleGroupName(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Soldiers of the Crescent, an Islamist militia, burned a village near Ostvale on Friday.",
			[]string{"org:soldiers-of-the-crescent"}, []string{"org:crescent"}},
		// an apposition after a body's own name describes that body
		{"Fighters of the Harvest Movement, an armed group formed last year, raided a depot near Tarrow.",
			[]string{"org:harvest-movement"}, []string{"org:fighters-of-the-harvest-movement"}},
		// near misses: a body's name of its own follows, cut as before
		{"Fighters of the Alliance for Renewal of Tarrow raided a depot on Friday.",
			[]string{"org:alliance-for-renewal-of-tarrow"}, []string{"org:fighters-of-the-alliance-for-renewal-of-tarrow"}},
	})
}
