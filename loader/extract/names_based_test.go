package extract

import "testing"

// TestBasedNamesOrgs checks that a name the article says is "based in"
// a place, or calls "the CITY-based" body, is an organization over all
// its mentions, and that a person so described keeps a person.
func TestBasedNamesOrgs(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Ravenlyn, which is based in Halifax, welcomed the ruling on Tuesday. He said Ravenlyn hoped to start work next year.",
			[]string{"org:ravenlyn"}, []string{"person:ravenlyn"}},
		{"Dovetal Brask, which was based in Toronto, agreed to pay the fine on Monday.",
			[]string{"org:dovetal-brask"}, []string{"person:dovetal-brask"}},
		{"TK Ponto, the Dubai-based operator of the terminal, said it would invest more.",
			[]string{"org:tk-ponto"}, []string{"person:tk-ponto"}},
		{"Nkoro Bel Adjei, an Accra-based supplier, delivered the pipes late.",
			[]string{"org:nkoro-bel-adjei"}, []string{"person:nkoro-bel-adjei"}},
		{"Farmers sued Zelvaro, based in Toronto, over the spill on Monday.", []string{"org:zelvaro"}, []string{"person:zelvaro"}},
		{"Halvani Esko, headquartered in Lyon, said output would fall.", []string{"org:halvani-esko"}, []string{"person:halvani-esko"}},
		{"Unions accused Pemori Tukan Jaya, a Jakarta-based contractor, of unpaid wages.", []string{"org:pemori-tukan-jaya"}, []string{"person:pemori-tukan-jaya"}},
		// near misses: a person so described
		{"Tomas Brenner, a Berlin-based analyst, said the plan had failed.", []string{"person:tomas-brenner"}, []string{"org:tomas-brenner"}},
		{"Lena Okafor, who is based in Lagos, said the plan had failed.", []string{"person:lena-okafor"}, []string{"org:lena-okafor"}},
		{"Marta Kowalczyk, based in Warsaw, said she would appeal.", []string{"person:marta-kowalczyk"}, []string{"org:marta-kowalczyk"}},
		{"Yusuf Demir, a Lagos-based producer, said the film would open in May.", []string{"person:yusuf-demir"}, []string{"org:yusuf-demir"}},
		{"Ana Ruiz, based in Madrid for the paper, said the talks had stalled.", []string{"person:ana-ruiz"}, nil},
		{"Idris Talbi, the Rabat-based correspondent of the paper, said the vote was close.", []string{"person:idris-talbi"}, []string{"org:idris-talbi"}},
		// a sole trader: a "-based" trade after a person-shaped name (rv19f p05, p06, t03)
		{"Yaw Mensah, a Kumasi-based operator of minibuses, said fares would rise.", []string{"person:yaw-mensah"}, []string{"org:yaw-mensah"}},
		{"Police detained Tendai Moyo, a Bulawayo-based contractor, over the collapse.", []string{"person:tendai-moyo"}, []string{"org:tendai-moyo"}},
		{"Elena Vashti, the Bristol-based maker of handmade guitars, said orders had doubled.", []string{"person:elena-vashti"}, []string{"org:elena-vashti"}},
		// a one-word name said to be based somewhere that says "she" of itself
		{"Regulators fined Dravik, based in Oslo, on Monday. Dravik said she would appeal the ruling.", []string{"person:dravik"}, []string{"org:dravik"}},
		{"Molvane, which is based in Oslo, said he would appeal the ruling.", []string{"person:molvane"}, []string{"org:molvane"}},
		// another's "said he" past a comma that no second comma closes
		{"Trelvo, which is based in Oslo, builds ferries. Inspectors visited Trelvo, Marnik Yard and two firms in Tarrow whose foreman said he had seen cracks.",
			[]string{"org:trelvo"}, []string{"person:trelvo"}},
		// a surname repeated, a preposition's object, "based in part on" (rv19f p01, p02, p12)
		{"Obinna Eze, a trader at the port, said prices would rise. Eze, based in Onitsha, said demand was weak.",
			[]string{"person:obinna-eze"}, []string{"org:obinna-eze"}},
		{"Marvik Tools, the drill maker founded by Sigrun Haldor, which is based in Bergen, said it would hire 50 staff.",
			[]string{"person:sigrun-haldor"}, []string{"org:sigrun-haldor"}},
		{"The novel by Lucia Ferreyra, which is based in part on her letters, won a prize.",
			[]string{"person:lucia-ferreyra"}, []string{"org:lucia-ferreyra"}},
	})
}
