package extract

import (
	"fmt"
	"testing"
)

// TestReportedGovernment tests reportedGovernment
// (rules_position_government.go): "the government" a minister's reported
// clause names as its subject is the country the minister serves, in a
// story that names more than one country; an opposition leader's is not.
func TestReportedGovernment(t *testing.T) {
	const before = "Kenyan %s met Ethiopia's foreign minister in Mombasa on Monday. %s said the government would propose a fisheries commission for Lake Turkana."
	for _, tt := range []struct {
		who, speaker  string
		want, notWant []string
	}{
		{
			// a regression row: a named speaker's country is given
			// without reportedGovernment too
			who: "Trade Minister Ivo Brandt", speaker: "Brandt",
			want: []string{"country:kenya proposed agreement:fisheries-commission"},
		},
		{
			who: "Trade Minister Ivo Brandt", speaker: "He",
			want: []string{"country:kenya proposed agreement:fisheries-commission"},
		},
		{
			who: "opposition leader Otto Rask", speaker: "Rask",
			notWant: []string{"proposed"},
		},
	} {
		checkFacts(t, fmt.Sprintf(before, tt.who, tt.speaker), tt.want, tt.notWant)
	}
}
