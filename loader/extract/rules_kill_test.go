package extract

import (
	"testing"

	"github.com/actorgraph/actorgraph/domain"
)

// killRuleTests test the attack rules (rules_kill.go).
var killRuleTests = []ruleTest{
	{
		rule: "kill-verb",
		text: "Gunmen shot dead Tomas Reyes, a local councillor, in the town of Tarrow on Sunday, police said.",
		want: []string{"event:attack-2025-03-23-tarrow victim person:tomas-reyes"},
	},
	{
		// the unnamed attackers are the subject of the clause the
		// killing hangs on ('gunmen', a plural the lemmatizer leaves)
		rule: "kill-verb",
		text: "The gunmen stormed the camp on Sunday, shooting dead a site supervisor, Tomas Reyes.",
		want: []string{"event:attack-t-tomas-reyes victim person:tomas-reyes"},
	},
	{
		// the same with "shot" read as a noun
		rule: "kill-verb",
		text: "The gunmen shot dead Tomas Reyes on Sunday.",
		want: []string{"event:attack-t-tomas-reyes victim person:tomas-reyes"},
	},
	{
		// a gunfight is an attack with no attacker named
		rule: "kill-verb",
		text: "Tomas Reyes was killed in a shootout with soldiers in Mombasa on Sunday.",
		want: []string{"event:attack-t-mombasa-tomas-reyes victim person:tomas-reyes", "event:attack-t-mombasa-tomas-reyes held_in place:mombasa"},
	},
	{
		// the apposition the parser hung on a noun inside the subject
		rule: "kill-verb",
		text: "A third man listed in the court papers, Tomas Reyes, was killed in a shootout with soldiers in Mombasa on Sunday.",
		want: []string{"event:attack-t-mombasa-tomas-reyes victim person:tomas-reyes"},
	},
	{
		// an assassination in a place of its own, no attacker named
		rule: "kill-verb",
		text: "Tomas Reyes, a judge, was assassinated in Mombasa on Sunday.",
		want: []string{"event:attack-t-mombasa-tomas-reyes victim person:tomas-reyes", "event:attack-t-mombasa-tomas-reyes held_in place:mombasa"},
	},
	{
		rule:    "kill-verb",
		text:    "Tomas Reyes was killed in a car crash on Sunday, police said.",
		notWant: []string{"event:"},
	},
	{
		// a police shooting in a place of its own is no attack
		rule:    "kill-verb",
		text:    "Lena Brook was shot by police in Mombasa on Sunday, her lawyer said.",
		notWant: []string{"victim person:lena-brook"},
	},
	{
		// nor is a strangling in a robbery
		rule:    "kill-verb",
		text:    "Lena Brook, a farmer, was strangled in a robbery in Mombasa on Sunday.",
		notWant: []string{"victim person:lena-brook"},
	},
	{
		rule: "kill-verb",
		text: "Police said Ivo Brandt stabbed his neighbour, Peter Voss, during an argument.",
		want: []string{"event:attack-t-peter-voss-by-ivo-brandt victim person:peter-voss", "event:attack-t-peter-voss-by-ivo-brandt attacker person:ivo-brandt"},
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
	{
		rule: "kill-verb",
		text: "Jon Hale, who killed Peter Voss in 1901, was an actor.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale victim person:peter-voss", "event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule: "kill-verb",
		text: "Peter Voss's assassin, Jon Hale, who was shot by Ivo Brandt two days later, died in 1901.",
		want: []string{"event:attack-t-jon-hale-by-ivo-brandt victim person:jon-hale"},
	},
	{
		rule: "attack-by",
		text: "A drone strike by the Sentinel Front killed at least 20 people in Nairobi on Sunday.",
		want: []string{"event:attack-2025-03-23-nairobi attacker org:sentinel-front"},
	},
	{
		rule: "kill-verb",
		text: "Officials said on Monday that Jon Hale fired the shots that killed Peter Voss in 1901.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule: "kill-verb",
		text: "A bullet fired by Ivo Brandt killed Tomas Reyes, the police said.",
		want: []string{"event:attack-t-tomas-reyes-by-ivo-brandt attacker person:ivo-brandt"},
	},
	{
		rule:    "kill-verb",
		text:    "The clients of the firm included Jon Hale, who shot Peter Voss, and Ivo Brandt.",
		want:    []string{"event:attack-t-peter-voss-by-jon-hale victim person:peter-voss"},
		notWant: []string{"event:attack-t-ivo-brandt"},
	},
	{
		rule: "kill-verb",
		text: "In 1901, Jon Hale was convicted of assassinating Governor Peter Voss.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule: "kill-verb",
		text: "The court reviewed the case of Jon Hale, convicted of murdering reporter Peter Voss.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule: "kill-verb",
		text: "Peter Voss was shot to death in the garden of his house by Jon Hale.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule:    "kill-noun",
		text:    "Sheriff Ivo Brandt charged Jon Hale with the murder of Peter Voss on Monday.",
		want:    []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
		notWant: []string{"by-ivo-brandt"},
	},
	{
		rule: "kill-noun",
		text: "Jon Hale is serving a life sentence in Halden for the murder of Peter Voss.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule: "kill-noun",
		text: "Jon Hale was imprisoned in 1990 for the murder of Peter Voss.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule: "kill-noun",
		text: "Jon Hale was tried for Peter Voss's murder.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule:    "kill-verb",
		text:    "Critics of the club included Jon Hale, who killed Peter Voss assassin Ivo Brandt, and Tomas Reyes.",
		want:    []string{"event:attack-t-ivo-brandt-by-jon-hale victim person:ivo-brandt", "event:attack-t-peter-voss-by-ivo-brandt attacker person:ivo-brandt"},
		notWant: []string{"by-tomas-reyes", "event:attack-t-peter-voss-by-jon-hale"},
	},
	{
		rule: "kill-noun",
		text: "In 1968, police announced the capture of Jon Hale, suspected of the assassination of civil rights leader Dr. Peter Voss.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale victim person:peter-voss", "event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule: "kill-verb",
		text: "Jon Hale pleaded guilty on Monday to killing Peter Voss.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule: "kill-verb",
		text: "Jon Hale believed he could end the war by killing Peter Voss.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule:    "kill-verb",
		text:    "Jon Hale tried to kill Peter Voss in 1901.",
		notWant: []string{"event:"},
	},
	{
		rule: "kill-verb",
		text: "Ivo Brandt said Jon Hale used the rifle to kill Peter Voss.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule: "kill-verb",
		text: "Ivo Brandt shot and mortally wounded Peter Voss in the yard.",
		want: []string{"event:attack-t-peter-voss-by-ivo-brandt attacker person:ivo-brandt"},
	},
	{
		rule: "kill-verb",
		// a wounded person is a victim too (ONTOLOGY.md: "killed or
		// wounded")
		text: "Ivo Brandt shot and wounded Peter Voss in the yard.",
		want: []string{"event:attack-t-peter-voss-by-ivo-brandt victim person:peter-voss"},
	},
	{
		rule: "kill-verb",
		text: "The report found that Jon Hale was the gunman who killed Peter Voss.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule: "kill-verb",
		text: "Jon Hale stood trial in Tarrow. He had killed Peter Voss with a knife.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule: "kill-verb",
		text: "Police said Jon Hale fatally shot Peter Voss outside the bank.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule:    "kill-verb",
		text:    "Jon Hale heard the shot that rang out near Peter Voss.",
		notWant: []string{"event:"},
	},
	{
		rule: "kill-noun",
		text: "Jon Hale confessed to the murder of Peter Voss in 1901.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule: "kill-verb",
		text: "Peter Voss was murdered outside his home on May 2, 1901, by Jon Hale.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule: "kill-verb",
		text: "In 1902, a jury found Jon Hale guilty of murdering Peter Voss.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule: "kill-verb",
		text: "Jon Hale, 44, a farmer from Tarrow, shot Peter Voss after a quarrel.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule: "kill-noun",
		text: "Jon Hale was arrested and convicted for the 1988 murder of Peter Voss.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule: "kill-noun",
		text: "Jon Hale, sentenced to life in prison for the murder of Peter Voss, began a hunger strike.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule: "kill-noun",
		text: "Ivo Brandt, a lawyer who represented Peter Voss's assassin, Jon Hale, died on Monday.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule: "kill-verb",
		text: "The committee reported that Jon Hale had shot Peter Voss.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule: "kill-verb",
		text: "Peter Voss was gunned down by Jon Hale in 1901.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule: "kill-verb",
		text: "Only Jon Hale was successful, shooting Peter Voss at the theatre.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule:    "kill-verb",
		text:    "Investigators found that Jon Hale, working alone, fired the bullets that killed Peter Voss and wounded Mayor Ivo Brandt.",
		want:    []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
		notWant: []string{"event:attack-t-ivo-brandt", "event:attack-t-peter-voss-by-jon-hale victim person:ivo-brandt"},
	},
	{
		rule:    "kill-verb",
		text:    "Jon Hale did not kill Peter Voss, and Ivo Brandt never shot him.",
		notWant: []string{"event:"},
	},
	{
		rule: "kill-verb",
		text: "Governor Peter Voss was stabbed to death by a band of rebels that included Jon Hale and Ivo Brandt.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale", "event:attack-t-peter-voss-by-ivo-brandt attacker person:ivo-brandt"},
	},
	{
		rule: "kill-verb",
		text: "The last King of Tarrow, Peter Voss, was killed on the orders of his cousin Jon Hale.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale", "event:attack-t-peter-voss-by-jon-hale victim person:peter-voss"},
	},
	{
		rule: "kill-verb",
		text: "Peter Voss was killed on Jon Hale's orders.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule: "kill-noun",
		text: "The inquiry into the murder of Peter Voss concluded that Jon Hale was the lone killer.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule:    "kill-noun",
		text:    "Jon Hale, a convicted killer, was questioned about the murder of Peter Voss.",
		notWant: []string{"by-jon-hale"},
	},
	{
		rule: "kill-noun",
		text: "The panel found that Jon Hale acted alone in the killing of Peter Voss.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule: "kill-noun",
		text: "Peter Voss died in 1901. Officials said Jon Hale took part in the Voss assassination.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule:    "kill-noun",
		text:    "Peter Voss died in 1901. Jon Hale did not take part in the killing of Peter Voss, Ivo Brandt took the blame in the killing of Voss, and Mara Lind testified at the Voss murder trial.",
		notWant: []string{"event:"},
	},
	{
		rule: "kill-verb",
		text: "The board, set up to examine the attack, concluded that Hale acted alone in killing Voss.",
		want: []string{"event:attack-t-voss-by-hale attacker person:hale"},
	},
	{
		rule: "kill-verb",
		text: "Few believed that Jon Hale, the man convicted of killing Peter Voss, had acted alone.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule: "kill-verb",
		text: "The jury decided that Jon Hale fired the rifle that killed Peter Voss.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule: "kill-noun",
		text: "Tarrow is known as the site of the murder in 1901 of Governor Peter Voss by the young anarchist Jon Hale.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule: "kill-verb",
		text: "Moore argued that Hale, acting alone, killed Voss.",
		want: []string{"event:attack-t-voss-by-hale attacker person:hale"},
	},
	{
		rule: "kill-verb",
		text: "Jon Hale bought a pistol in Tarrow and used it to shoot Peter Voss.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule: "kill-noun",
		text: "A jury found Jon Hale guilty of the murder of Peter Voss.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule:    "kill-verb",
		text:    "A 30-year-old farmer, Peter Voss, was shot dead in Tarrow on Monday, police said.",
		want:    []string{"event:attack-2025-03-24-tarrow victim person:peter-voss", "event:attack-2025-03-24-tarrow held_in place:tarrow"},
		notWant: []string{"event:attack-2025-03-24-tarrow target"},
	},
	{
		rule: "kill-verb",
		text: "Peter Voss, a baker, was shot dead in Tarrow.",
		want: []string{"event:attack-t-tarrow victim person:peter-voss"},
	},
	{
		rule: "kill-verb",
		text: "Gunmen attacked the village of Tarrow on Monday. A baker, Peter Voss, was stabbed by one of them.",
		want: []string{"event:attack-2025-03-24-tarrow victim person:peter-voss"},
	},
	{
		rule:    "kill-verb",
		text:    "Gunmen attacked the village of Tarrow on Monday. A baker, Peter Voss, was killed in a crash on Tuesday.",
		notWant: []string{"victim person:peter-voss"},
	},
	{
		rule: "kill-verb",
		text: "Jon Hale stabbed Peter Voss in Tarrow on Monday.",
		want: []string{"event:attack-t-tarrow-peter-voss-by-jon-hale held_in place:tarrow"},
	},
	{
		rule: "kill-verb",
		text: "Jon Hale fatally shot Voss nine years ago in Tarrow.",
		want: []string{"event:attack-t-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule: "kill-verb",
		text: "The report says that Mr Voss was shot by Jon Hale in 1901.",
		want: []string{"event:attack-t-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule: "kill-verb",
		text: "Jon Hale wept as he appeared in court in Tarrow and was charged with killing his neighbour, Peter Voss.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule:    "kill-verb",
		text:    "In 1901, the police announced the capture of Jon Hale, suspected of killing Peter Voss.",
		want:    []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
		notWant: []string{"event:attack-t-peter-voss attacker", "event:attack-t-peter-voss victim"},
	},
	{
		rule: "kill-noun",
		text: "Jon Hale was convicted on Monday of murder in the death of Peter Voss.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale"},
	},
	{
		rule:    "kill-noun",
		text:    "Jon Hale spoke at length about the death of Peter Voss in 1901.",
		notWant: []string{"event:"},
	},
	{
		rule:    "kill-verb",
		text:    "The cast includes Ivo Brandt as Jon Hale, who tried to kill Governor Peter Voss, and Mara Lind as Ana Soler.",
		notWant: []string{"event:"},
	},
	{
		rule:    "kill-verb",
		text:    "Its clients included Ivo Brandt, Tomas Reyes (who killed Peter Voss) and Mara Lind.",
		want:    []string{"event:attack-t-peter-voss-by-tomas-reyes attacker person:tomas-reyes"},
		notWant: []string{"event:attack-t-peter-voss-by-mara-lind"},
	},
	{
		rule: "kill-verb",
		text: "Jon Hale and Ivo Brandt, who shot Peter Voss, were arrested.",
		want: []string{"event:attack-t-peter-voss-by-jon-hale attacker person:jon-hale", "event:attack-t-peter-voss-by-ivo-brandt attacker person:ivo-brandt"},
	},
	{
		rule:    "kill-verb",
		text:    "Gunmen attacked the village of Tarrow on Monday. A baker, Peter Voss, was stabbed by police during a protest in the capital on Tuesday.",
		notWant: []string{"event:attack-2025-03-24-tarrow victim"},
	},
}

// TestKillHedging checks that a killing one is only accused of is
// disputed, and one found or confessed stays asserted.
func TestKillHedging(t *testing.T) {
	for _, tt := range []struct {
		text string
		want domain.Hedging
	}{
		{"Jon Hale was charged on Monday with the murder of Peter Voss.", domain.Disputed},
		{"Jon Hale, suspected of killing Peter Voss, was arrested in Tarrow.", domain.Disputed},
		{"Jon Hale was arrested and convicted for the murder of Peter Voss.", domain.Asserted},
		{"Jon Hale was convicted of killing Peter Voss.", domain.Asserted},
		{"Police arrested Jon Hale, who shot Peter Voss in 1901.", domain.Asserted},
		{"Jon Hale was arrested an hour after shooting Peter Voss.", domain.Asserted},
	} {
		ex, _ := run(tt.text)
		found := false
		for _, f := range ex.Facts {
			if f.Predicate == domain.Attacker && f.Object == "person:jon-hale" {
				found = true
				if f.Hedging != tt.want {
					t.Errorf("%q: attacker hedging %q, want %q", tt.text, f.Hedging, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no attacker person:jon-hale", tt.text)
		}
	}
}
