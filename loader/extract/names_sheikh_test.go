package extract

import "testing"

// TestNameSheikh checks that "Sheikh" after a name's first words is a
// word of the name, inside it or at its end; and that after a place, a
// title or a conjunction it is still the style of the name after it.
func TestNameSheikh(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		// (a regression row: the recognizer keeps this one whole without
		// the rule)
		{"Interior Minister Warsame Sheikh Dhuhulow told reporters the road was open.",
			[]string{"person:warsame-sheikh-dhuhulow"}, []string{"person:warsame", "person:dhuhulow"}},
		{"Regional Governor Ismail Abdirahman Sheikh rejected the curfew on Tuesday.",
			[]string{"person:ismail-abdirahman-sheikh"}, []string{"person:ismail-abdirahman"}},
		{"\"The army is ready,\" Defense Minister Halane Sheikh Warfa told reporters in Kisumu.",
			[]string{"person:halane-sheikh-warfa"}, []string{"person:halane", "person:warfa"}},
		// near misses: a place, a title, a conjunction before it
		{"Nairobi Sheikh Abdalla Warfa opened the new mosque on Friday.",
			nil, []string{"person:nairobi-sheikh-abdalla-warfa"}},
		{"Emir Sheikh Hamad Khalifa met the envoy in Doha.",
			[]string{"person:hamad-khalifa"}, []string{"person:emir-sheikh-hamad-khalifa"}},
		{"Talks between Osman and Sheikh Hassan Dirie ended on Monday.",
			[]string{"person:hassan-dirie"}, []string{"person:osman-and-sheikh-hassan-dirie"}},
		// a word opened by the Arabic article or a sect's word before it
		{"Al-Hijra Sheikh Bashir Galad denied the report on Monday.",
			nil, []string{"person:al-hijra-sheikh-bashir-galad"}},
		{"Shia Sheikh Hadi Karbalai said the shrine would reopen on Monday.",
			nil, []string{"person:shia-sheikh-hadi-karbalai"}},
		{"The cleric told reporters that Salafi Sheikh Omar Bakri had left.",
			nil, []string{"person:salafi-sheikh-omar-bakri"}},
		// still whole after a lower-case word
		{"Village elder Yasin Sheikh Gedi said the well was dry.",
			[]string{"person:yasin-sheikh-gedi"}, nil},
	})
}
