package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// TestBodyNameRuns checks names that go on past a word the tokenizer
// takes for no name: a plural's apostrophe before a body's word, a common
// word that opens a body's name, an Arabic "wal-" word.
func TestBodyNameRuns(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"The Halden Dock Workers' Union rejected the offer on Monday.",
			[]string{"org:halden-dock-workers-union"}, []string{"org:halden-dock-workers"}},
		{"The Tarrow Nurses and Midwives' Association said its members would strike.",
			[]string{"org:tarrow-nurses-and-midwives-association"}, []string{"org:midwives-association"}},
		// a single quote that opens after the plural is no apostrophe
		{"Ana Soler called the workers 'the backbone of the Halden Union' on Monday.",
			nil, []string{"org:workers-union"}},
		{"The opposition People Power Party called for a vote on Friday.",
			[]string{"org:people-power-party"}, []string{"org:power-party"}},
		{"Fighters loyal to Harakat Ansar al-Din wal-Muslimin attacked a post near the border.",
			nil, []string{"org:harakat-ansar-al-din", "person:harakat-ansar-al-din"}},
		// stanceGroupNouns: a sentence's first word that names a group
		// by whom it is against opens no body's name
		{"Opponents of the Corvin Party said it would block the budget.",
			[]string{"org:corvin-party"}, []string{"org:opponents-of-the-corvin-party", "org:opponents-of-corvin-party"}},
		// so does a noun for a part or the people of what follows
		{"Shares of Corvin Holdings fell 4% on Monday.",
			[]string{"org:corvin-holdings"}, []string{"org:shares-of-corvin-holdings"}},
		{"Executives of Brelo Securities said the bonds were safe.",
			[]string{"org:brelo-securities"}, []string{"org:executives-of-brelo-securities"}},
	})
	got := mentionedIDs("Fighters loyal to Harakat Ansar al-Din wal-Muslimin attacked a post near the border.")
	if !slices.ContainsFunc(got, func(id string) bool { return strings.HasSuffix(id, ":harakat-ansar-al-din-wal-muslimin") }) {
		t.Errorf("no name ends with wal-Muslimin; got %q", got)
	}
}

// TestArabicArticleGroups checks that a lone name a lower-case Arabic
// article opens is a group where the words around it say so, and stays
// a person's surname where a full name introduced it.
func TestArabicArticleGroups(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Fighters of the Sahel Front, an al Qaeda affiliate, attacked a convoy on Monday.",
			[]string{"org:al-qaeda"}, []string{"person:al-qaeda"}},
		{"The gunmen were linked to al-Shabaab, the army said.",
			[]string{"org:al-shabaab"}, nil},
		{"Karim al-Tayeb met the envoy in Cairo. Later al-Tayeb said the talks had failed.",
			[]string{"person:karim-al-tayeb"}, []string{"org:al-tayeb"}},
		// a place's name, or no word that says a group: nothing is made of it
		{"The convoy reached al-Rawda on Monday.", nil, []string{"org:al-rawda"}},
	})
}

// TestPossessedBodyName checks that a body a country's possessive
// introduces is shown by its own name ("Chile's Socialist Party" is the
// Socialist Party), the written form staying its id and an alias.
func TestPossessedBodyName(t *testing.T) {
	ex, _ := run("Kenya's Corvin Steel Company signed the deal on Monday.")
	var names []string
	for _, n := range ex.Nodes {
		names = append(names, n.ID+" "+n.Name)
	}
	if want := "org:kenyas-corvin-steel-company Corvin Steel Company"; !slices.Contains(names, want) {
		t.Errorf("expected node %s; got %q", want, names)
	}
}

// TestPlaceCuesBelowFloor checks that a place the gazetteer knows, too
// small to be taken alone, or a capital, is the place where a route, a
// flight, a compass direction or a coast says so, and that a place the
// gazetteer does not know is one after "left" and before its country.
func TestPlaceCuesBelowFloor(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"The new railway runs from Mombasa to Voi.", []string{"place:voi", "place:mombasa"}, nil},
		{"Her flight to Voi was cancelled on Monday.", []string{"place:voi"}, nil},
		{"The bus overturned south of Voi on Monday.", []string{"place:voi"}, nil},
		{"The trucks drove from Nairobi to Addis Ababa in three days.", []string{"place:nairobi", "place:addis-ababa"}, []string{"country:ethiopia"}},
		{"The boat had left Tarvo, Kenya, on Tuesday night.", []string{"place:tarvo"}, nil},
		// no cue: a name too small to be taken alone stays out
		{"Ana Soler met Voi on Monday.", nil, []string{"place:voi"}},
		{"Police arrested José dos Santos in Nairobi on Monday.", []string{"person:jose-dos-santos"}, []string{"place:santos"}},
	})
}

// TestCurrencyAcronym checks that an acronym before a currency's noun
// names no body.
func TestCurrencyAcronym(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"The company agreed to pay 244 billion CFA francs in 2025.", nil, []string{"org:cfa"}},
		{"The CFA said on Monday that it would appeal.", []string{"org:cfa"}, nil},
	})
}

// TestSelfNamedAndIslands checks a name a body gives itself ("calling
// itself X") and an island named before the word "island".
func TestSelfNamedAndIslands(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"A gang calling itself Grey Harbour said on Friday that it had seized the ledgers.", []string{"org:grey-harbour"}, []string{"person:grey-harbour"}},
		{"The plane was flying to Voi, on Tarvo island, when it went down.", []string{"place:tarvo"}, nil},
	})
}

// TestTwoCityDateline checks a dateline that names two cities ("OSLO/
// NAIROBI (Reuters) -"): both are places, and the story starts after it.
func TestTwoCityDateline(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"OSLO/NAIROBI (Reuters) - Kenya and Norway signed a trade pact on Monday.",
			[]string{"place:oslo", "place:nairobi", "org:reuters", "country:kenya", "country:norway"}, []string{"country:kenya-and-norway"}},
	})
}

// TestAgencyDateline checks a dateline that names only the agency that
// filed the story ("(Bloomberg) --"): the agency is an organization, and
// a bracket that names no known agency is none.
func TestAgencyDateline(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Kenya Doubles Grain Levy\n\n(Bloomberg) -- Kenya will double its grain levy from May 1, the finance ministry said on Tuesday.",
			[]string{"org:bloomberg", "country:kenya"}, nil},
		{"(Bloomberg) — Kenya will double its grain levy from May 1, the finance ministry said on Tuesday.", []string{"org:bloomberg"}, nil},
		{"(Tarvik) — Kenya will double its grain levy from May 1, the finance ministry said on Tuesday.", nil, []string{"org:tarvik"}},
	})
}

// TestPortfolioTitles checks that a minister's portfolio after the
// title's "of", "for" or "and" ("Minister of Water Resources and
// Irrigation", "Minister for Water Resources", "Minister of Water and
// Energy") goes with the title: it is no body's name, and the person's
// name after it keeps none of its words.
func TestPortfolioTitles(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Federal Minister for Water Resources Imran Qadir Baig said the treaty stood.",
			[]string{"person:imran-qadir-baig"}, []string{"org:federal", "person:resources-imran-qadir-baig"}},
		{"Kenya's Minister of Water Resources and Irrigation, Samir Adel, said the dam was a threat.",
			[]string{"person:samir-adel", "country:kenya"}, []string{"org:water-resources"}},
		{"Kenyan Minister of Water and Energy Tesfaye Bekele proposed a new plan on Monday.", []string{"person:tesfaye-bekele"}, nil},
		// a body's head, or a portfolio word a body's word follows: the
		// body's name ("Chairman of Mining Federation X")
		{"Chairman of Mining Federation Ada Nwosu said the royalty would hurt exports.",
			[]string{"person:ada-nwosu", "org:mining-federation"}, nil},
		{"Managing Director of Power Distribution Company Jonas Mbeki said the grid would recover.",
			[]string{"person:jonas-mbeki", "org:power-distribution-company"}, []string{"org:distribution-company"}},
		// a council's department head keeps the portfolio
		{"Director of Planning Lucy Tembo said the market would be rebuilt.", []string{"person:lucy-tembo"}, []string{"org:planning"}},
	})
}

// TestCabinetSecretaryTitle checks that "Cabinet" before a title head
// is a title word ("Interior Cabinet Secretary X"), no body, while a
// cabinet's own body keeps its name ("the Cabinet Office").
func TestCabinetSecretaryTitle(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Interior Cabinet Secretary Paul Wanyama visited Kisumu on Monday.", []string{"person:paul-wanyama"}, []string{"org:interior-cabinet"}},
		{"Health Cabinet Minister Ruth Chebet said the clinics would reopen.", []string{"person:ruth-chebet"}, []string{"org:health-cabinet"}},
		{"The Cabinet Office said on Monday that the report was late.", []string{"org:cabinet-office"}, nil},
	})
}

// TestBareCityHall checks that "City Hall" alone, the building of the
// story's city, is no place of its own, while a city's named hall is.
func TestBareCityHall(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"The mayor told reporters outside City Hall on Monday that the count was fair.", nil, []string{"place:city-hall", "org:city-hall"}},
		{"Protesters marched from Town Hall to the port on Monday.", nil, []string{"place:town-hall", "org:town-hall"}},
	})
}

// TestAgreementNames checks that a treaty's name with what it is on
// ("the U.N. Convention on the Law of the Sea") names no body and no
// place.
func TestAgreementNames(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Kenya claims the zone under the U.N. Convention on the Law of the Sea, the ministry said.",
			[]string{"country:kenya"}, []string{"org:un-convention", "place:law-of-the-sea", "org:sea", "place:sea"}},
		{"Kenya ratified the Convention on Biological Diversity in 1994.", []string{"country:kenya"}, []string{"person:biological-diversity", "org:biological-diversity"}},
	})
}

// TestListedFieldsInNames checks a body's name that lists its fields
// with commas before "and" ("the Senate Agriculture, Forestry and
// Fisheries Committee"), or ends its "of" complement with an honorific's
// word ("the High Court of Appeal and Justice"), and that a list of
// bodies or countries stays a list.
func TestListedFieldsInNames(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"He told the Senate Agriculture, Forestry and Fisheries Committee that the figures were false.",
			[]string{"org:senate-agriculture-forestry-and-fisheries-committee"}, []string{"org:senate-agriculture", "org:fisheries-committee"}},
		{"The statement was issued by the Foreign, Trade and Development Office in Kisumu.",
			[]string{"org:foreign-trade-and-development-office"}, []string{"org:foreign", "org:development-office"}},
		{"Ana Soler, head of the Federation of Teachers, Nurses and Hospital Employees, said the strike would go on.",
			[]string{"org:federation-of-teachers-nurses-and-hospital-employees"}, nil},
		{"Talks between the BBC, Reuters and Associated Press failed on Monday.", []string{"org:bbc", "org:associated-press"}, []string{"org:bbc-reuters-and-associated-press"}},
		{"He thanked the Kenya, Norway and Tarvo Revenue Authority on Monday.", []string{"country:kenya", "country:norway"}, nil},
		{"He would appeal to the High Court of Appeal and Justice in Kisumu.", []string{"org:high-court-of-appeal-and-justice"}, []string{"org:high-court-of-appeal"}},
	})
}

// TestCapitalizedArabicArticleGroups checks a group's name whose Arabic
// article is capitalized ("the Al-Shabaab group", "linked to
// Al-Qaeda"), and a person's name so spelled, which names no group.
func TestCapitalizedArabicArticleGroups(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"The Somalia-based Al-Shabaab group, which is linked to Al-Qaeda, claimed the attack on Monday.",
			[]string{"org:al-shabaab", "org:al-qaeda"}, nil},
		{"Al-Hadi told reporters on Monday that the talks had failed.", nil, []string{"org:al-hadi"}},
	})
}

// TestTitleStyles checks the styles that precede a name without being
// part of it: a legislator's whose chamber goes unnamed
// ("Assemblymember X"), a profession's ("Engineer X"), a chair's
// ("Moderator X") and a title of two ("Presidents X of A and Y of B").
func TestTitleStyles(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Its author, Assemblymember Darla Fenwick, called the veto a mistake.", []string{"person:darla-fenwick"}, []string{"person:assemblymember-darla-fenwick"}},
		{"Kenya's water commissioner, Engineer Tariq Mehmood, proposed a meeting in Kisumu.", []string{"person:tariq-mehmood"}, []string{"person:engineer-tariq-mehmood"}},
		{"The talks were chaired by Ellen Marsh. Moderator Marsh said both sides had agreed.", []string{"person:ellen-marsh"}, []string{"person:moderator-marsh"}},
		{"Presidents Carlos Ibarra of Kenya and Ana Duarte of Norway met in Kisumu.", []string{"person:carlos-ibarra", "person:ana-duarte"}, []string{"person:presidents-carlos-ibarra"}},
	})
}

// TestDescribedByApposition checks a name no rule resolved that an
// apposition says is an organization, and one whose apposition is a
// person's occupation.
func TestDescribedByApposition(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Sea-Rescue, a Norwegian charity based in Oslo, called for an inquiry.", []string{"org:sea-rescue"}, nil},
		{"Vantor, an Oslo-based drugmaker, said on Monday it would appeal.", []string{"org:vantor"}, nil},
		{"Soler, a university professor in Oslo, said the plan was sound.", nil, []string{"org:soler"}},
	})
}

func TestBusinessBefore(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"The Oslo law firm Grieve Holloway said on Monday that it would appeal.", []string{"org:grieve-holloway"}, []string{"person:grieve-holloway"}},
		{"Danish carrier Nordvind Tarrow cut its forecast.", []string{"org:nordvind-tarrow"}, nil},
		// a trade a person may have, and a business the person runs
		{"The publisher Ana Soler said sales rose.", []string{"person:ana-soler"}, []string{"org:ana-soler"}},
		{"Staff of the firm Ana Soler founded were told on Monday.", []string{"person:ana-soler"}, []string{"org:ana-soler"}},
	})
}

// TestArabicArticleShortForm checks that a family name with an Arabic
// article is known later without it ("Hassan al-Khatib ... Khatib"), and
// that a patronymic is no short form.
func TestArabicArticleShortForm(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Foreign Minister Omar al-Rashdan led the delegation. Rashdan rejected the plan on Monday.", []string{"person:omar-al-rashdan"}, []string{"person:rashdan"}},
		{"Interior Minister Karim el-Tawfiq arrived on Monday. Tawfiq met the envoy.", []string{"person:karim-el-tawfiq"}, []string{"person:tawfiq"}},
	})
	tests := []struct{ in, want string }{
		{"al-Khatib", "Khatib"},
		{"el-Sayed", "Sayed"},
		{"bin-Salman", ""},
		{"Khatib", ""},
		{"al-", ""},
	}
	for _, tc := range tests {
		if got := afterArabicArticle(tc.in); got != tc.want {
			t.Errorf("afterArabicArticle(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestNotNames checks that a storm's name and a party member's noun make
// no entity, and that the words before the noun are still read (here a
// capital, read as its government by the gazetteer rule).
func TestNotNames(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Hurricane Delphine crashed ashore near Sulphur on Thursday.", nil, []string{"person:hurricane-delphine", "place:hurricane-delphine", "org:hurricane-delphine"}},
		{"Tropical Storm Ana Lucia weakened over the Gulf on Friday.", nil, []string{"person:ana-lucia", "person:tropical-storm-ana-lucia"}},
		// the storm's name alone later is the storm too
		{"Hurricane Delphine crashed ashore on Thursday. Forecasters said Delphine had weakened by midday.", nil, []string{"person:delphine", "place:delphine"}},
		{"Senator Dana Morrow, a Nairobi Republican, proposed the bill.", []string{"person:dana-morrow", "country:kenya"}, []string{"person:nairobi-republican", "org:nairobi-republican"}},
		{"The committee's ranking Democrat, Senator Alma Reyes, said the bill went too far.", []string{"person:alma-reyes"}, []string{"person:democrat", "org:democrat"}},
		// a party's name is still a body
		{"The Republican Party chose Dana Morrow on Monday.", []string{"org:republican-party"}, nil},
	})
}

// TestBodyBeforeTitle checks that a body's acronym before a title that a
// modifier opens is not joined to the modifier ("WTO Deputy", "IMF
// Managing"), and that the person after the title is read.
func TestBodyBeforeTitle(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"The session was opened by WTO Deputy Director-General Tomas Brevik on Monday.", []string{"person:tomas-brevik"}, []string{"person:wto-deputy", "org:wto-deputy"}},
		{"The loan was approved after IMF Managing Director Karin Vold met the minister.", []string{"person:karin-vold"}, []string{"org:imf-managing", "person:imf-managing"}},
	})
	if runsIntoTitle([]token{{lower: "deputy", cap: true}}, 0, 1) {
		t.Error("runsIntoTitle: a one-word name with nothing after it")
	}
}

// TestCapitalWhereOneIs checks a capital a person speaks or travels from
// or to: the city, not its government; a response from it is still the
// government's.
func TestCapitalWhereOneIs(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Ana Soler joined the talks by video link from Oslo on Monday.", []string{"place:oslo"}, []string{"country:norway"}},
		{"Ana Soler said by phone from Nairobi that the talks had failed.", []string{"place:nairobi"}, []string{"country:kenya"}},
		{"Tomas Rell criticised the plan in a statement from Cairo.", []string{"place:cairo"}, []string{"country:egypt"}},
		{"The coalition will send a delegation to Tokyo next week.", []string{"place:tokyo"}, []string{"country:japan"}},
		{"Tomas Rell flew on to Moscow after the meeting.", []string{"place:moscow"}, []string{"country:russia"}},
		{"The fine drew a swift response from Washington.", []string{"country:united-states"}, []string{"place:washington"}},
	})
}

// TestCalledOnCapital checks that "called on" a capital urges its
// government, not a platform "on" which something was said.
func TestCalledOnCapital(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"A spokesman said the ministry had called on Beijing to show restraint.", []string{"country:china"}, []string{"org:beijing"}},
		{"Ana Soler said on Telegram that the talks had failed.", []string{"org:telegram"}, nil},
	})
}

// TestPlaceListAfterCue checks that every capital of a list after a
// place or route cue is the city: "in Cairo and Doha", "from Mombasa to
// Kampala, Nairobi and Khartoum".
func TestPlaceListAfterCue(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"The corridor runs from the port of Tarvo to Cairo, Nairobi and Khartoum.", []string{"place:cairo", "place:nairobi", "place:khartoum"}, []string{"country:kenya", "country:sudan"}},
		{"Ana Soler held meetings in Oslo, Cairo and Nairobi last week.", []string{"place:oslo", "place:cairo", "place:nairobi"}, []string{"country:egypt", "country:kenya"}},
		// a capital after a comma that ends no list is left to the rules
		{"In Oslo, Cairo said the talks had failed.", []string{"place:oslo", "country:egypt"}, []string{"place:cairo"}},
	})
}

// TestAgreementIsNoPlace checks that an agreement's name a place opens
// is no place.
func TestAgreementIsNoPlace(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"The Lake Tarvo Water Treaty was signed in Oslo by ministers from Norway.", []string{"place:oslo", "country:norway"}, []string{"place:lake-tarvo-water-treaty"}},
		{"The Mount Elgon Access Accord took effect on Monday.", nil, []string{"place:mount-elgon-access-accord"}},
	})
}

// TestPortfolioAfterFor checks that a portfolio after a title's "for"
// is not read as the first word of the name after it.
func TestPortfolioAfterFor(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Assistant Secretary of State for Oceans Rachel Dunmore signed the treaty.", []string{"person:rachel-dunmore"}, []string{"person:oceans-rachel-dunmore"}},
		{"Norway's Minister for Fisheries Ana Soler met the envoy on Monday.", []string{"person:ana-soler"}, []string{"person:fisheries-ana-soler"}},
		// a name after "for" with no title before it is left whole
		{"The grant went to Ana Soler, who spoke for Youth Action Network on Monday.", []string{"org:youth-action-network"}, []string{"org:action-network"}},
	})
}

// TestPossessiveOffices checks a body named after its holder's title and
// "'s Office".
func TestPossessiveOffices(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Kenya's Attorney General's Office said on Monday that the handover was legal.", []string{"org:attorney-generals-office", "country:kenya"}, []string{"org:office"}},
		{"The Prosecutor General's Office of Norway said two people had died.", []string{"org:prosecutor-generals-office"}, []string{"org:office-of-norway"}},
		{"The Ombudsman's Office in Oslo received 40 complaints.", []string{"org:ombudsmans-office"}, nil},
		// a person's office is no body's name
		{"Ana Soler's office said she was ill.", []string{"person:ana-soler"}, []string{"org:ana-solers-office"}},
	})
}

// TestBareMinistryOfLeadCountry checks that a ministry named by its
// portfolio alone, in a paragraph that names no country and a story
// with no dateline, is the ministry of the country the story opens with.
func TestBareMinistryOfLeadCountry(t *testing.T) {
	text := "Kenya summoned Egypt's ambassador on Tuesday over the detention of two fishermen.\n\nForeign Ministry spokeswoman Ana Soler said the ambassador had been handed a letter of protest."
	checkMentionCases(t, []mentionCase{
		{text, []string{"org:kenyas-foreign-ministry"}, []string{"org:foreign-ministry"}},
	})
}

// TestPlatformAfterPossessive checks a platform named between a body's
// possessive and "account" or "channel".
func TestPlatformAfterPossessive(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Ana Soler said in a statement posted on the command's Korvo account that the drills were over.", []string{"org:korvo"}, nil},
		{"The video was shared on the ministry's Tarvik channel on Monday.", []string{"org:tarvik"}, nil},
	})
}

// TestTitleCaseDateline checks a dateline a web copy keeps in title case
// ("Mombasa (AFP) -"): its shape, a known place with a known agency or
// with its country, makes it one, and its country is a bare title's.
func TestTitleCaseDateline(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"a city and a known agency", "Mombasa (AFP) - President Wanjiru Otieno said on Tuesday that the port would reopen.", true},
		{"a city, its country and a date", "Mombasa, Kenya, Dec 6 (Reuters) — President Wanjiru Otieno said the port would reopen.", true},
		{"a city and its country with no agency", "Kisumu, Kenya — President Wanjiru Otieno said the port would reopen.", true},
		{"a city, a region the gazetteer lacks and an agency", "Kisumu, Ruwa (AP) — President Wanjiru Otieno said the port would reopen.", true},
		{"a city and a region the gazetteer lacks, with no agency", "Kisumu, Ruwa — President Wanjiru Otieno said the port would reopen.", false},
		{"a bracket that names no agency", "Mombasa (Kenya) - President Wanjiru Otieno said the port would reopen.", false},
		{"a city that opens a sentence", "Mombasa is where President Wanjiru Otieno said the port would reopen.", false},
	}
	const role = "person:wanjiru-otieno president_of country:kenya"
	for _, tc := range tests {
		_, got := run(tc.text)
		if slices.Contains(got, role) != tc.want {
			t.Errorf("%s: %q: %s present = %v, want %v; got %q", tc.name, tc.text, role, !tc.want, tc.want, got)
		}
	}
}

// TestNamesakeState checks that "X state", where the gazetteer knows a
// state "X State" apart from the city X, names the state, and that a
// state known by its bare name, or a city with no such state, keeps it.
func TestNamesakeState(t *testing.T) {
	g := newFakeGaz()
	g.places["Kisumu state"] = []gazetteer.Entry{{Name: "Kisumu State", Type: domain.Place, Country: "Kenya", Region: true}}
	tests := []gazCase{
		{"Gunmen raided a farm in Kisumu state on Monday.", "place:kisumu-state", "place:kisumu"},
		{"Gunmen raided a farm in Kisumu on Monday.", "place:kisumu", "place:kisumu-state"},
		{"Gunmen raided a farm in Mombasa state on Monday.", "place:mombasa", "place:mombasa-state"},
		{"Gunmen raided a farm in Nyanza state on Monday.", "place:nyanza", "place:nyanza-state"},
	}
	checkGazCases(t, g, tests)
}

// TestCodeNames checks that a letter-and-digit code is a body's name
// throughout an article that once calls it a group's ("the K41 rebels"),
// and a model number otherwise.
func TestCodeNames(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"The K41 rebels seized a town near Kisumu on Monday. Kenya accused Norway of backing K41.", []string{"org:k41"}, nil},
		{"A K41 transport plane landed in Kisumu with food on Monday.", nil, []string{"org:k41"}},
		{"The C-130 fighters flew over Kisumu on Monday.", nil, []string{"org:c-130"}},
		// a club of states is no armed group
		{"Kenya will chair the K12 group of coastal states next year. K12 ministers met in Kisumu on Monday.", nil, []string{"org:k12"}},
	})
	tests := []struct {
		w    string
		want bool
	}{
		{"M23", true}, {"E3", true}, {"G20", true}, {"AB12", true},
		{"C-130", false}, {"A320", false}, {"ABC1", false}, {"M", false}, {"23", false}, {"M2a", false},
	}
	for _, tc := range tests {
		if got := codeName(tc.w); got != tc.want {
			t.Errorf("codeName(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

// TestNumberInName checks that a capitalized number word goes on a body's
// name that ends in an organization word, and on no other name.
func TestNumberInName(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"The dam is run by Kenya Seven Rivers Corporation, officials said.", []string{"org:kenya-seven-rivers-corporation"}, []string{"org:seven-rivers-corporation"}},
		{"Officials said Kenya Two Lakes Power Company would build it.", []string{"org:kenya-two-lakes-power-company"}, nil},
		{"The envoy said on Monday that Kenya Three was no name.", nil, []string{"org:kenya-three"}},
	})
}

// TestCountryEndsBody checks that a country's name that ends a
// coalition's name stays in it, and that elsewhere it ends the name. The
// gazetteer knows a country's name as its adjective too ("Kenya police").
func TestCountryEndsBody(t *testing.T) {
	g := newFakeGaz()
	g.demonyms["Kenya"] = "Kenya"
	tests := []gazCase{
		{"Ana Soler, the leader of the Alliance Rivière Kenya, said on Monday it would fight.", "org:alliance-riviere-kenya", "org:alliance-riviere"},
		{"On Monday, supporters of the Front Populaire Kenya marched in Nairobi.", "org:front-populaire-kenya", "org:front-populaire"},
		// a country that is not the name's last word
		{"The Alliance Rivière Kenya Branch said on Monday it would fight.", "country:kenya", "org:alliance-riviere-kenya"},
	}
	checkGazCases(t, g, tests)
}

// gazCase is a text whose extraction with a test's own gazetteer
// mentions want and not notWant.
type gazCase struct{ text, want, notWant string }

// checkGazCases checks every case with gazetteer g.
func checkGazCases(t *testing.T, g *fakeGaz, cases []gazCase) {
	t.Helper()
	for _, tc := range cases {
		var got []string
		for _, f := range extractWith(g, makeArticle("t", tc.text)).Facts {
			if f.Predicate == domain.MentionedIn {
				got = append(got, f.Subject)
			}
		}
		if !slices.Contains(got, tc.want) || slices.Contains(got, tc.notWant) {
			t.Errorf("%q: want %s and not %s; got %q", tc.text, tc.want, tc.notWant, got)
		}
	}
}

// TestChamberHouseNames checks that "House of" and the word for a
// house's members names a legislature's house wherever the recognizer
// misses or mistypes it ("the 150-seat House of Representatives", "in
// the House of Delegates"), that a demonym before it says whose house it
// is and stays out of its name, and that "House" alone names no body.
func TestChamberHouseNames(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Only 71 members of the 150-seat House of Representatives backed Ana Soler on Monday.",
			[]string{"org:house-of-representatives"}, nil},
		{"The bill stalled in the House of Delegates on Tuesday.",
			[]string{"org:house-of-delegates"}, []string{"place:house-of-delegates"}},
		{"The Kenyan House of Lords will vote on the treaty next month.",
			[]string{"org:house-of-lords", "country:kenya"}, []string{"org:kenyan-house-of-lords"}},
		{"Protesters gathered outside Government House in Nairobi on Monday.",
			nil, []string{"org:government-house"}},
	})
	checkFacts(t, "The Kenyan House of Lords will vote on the treaty next month.",
		[]string{"org:house-of-lords part_of country:kenya"}, nil)
	// two countries' houses of one name are two houses, each its own
	// country's; the words before "of the" are no part of the name
	checkFacts(t, "The Indian House of Commons debated the levy on Friday, days after the Egyptian House of Commons rejected a similar levy.",
		[]string{"org:house-of-commons part_of country:india", "org:egyptian-house-of-commons part_of country:egypt"},
		[]string{"org:house-of-commons part_of country:egypt"})
	checkFacts(t, "Kenya's House of Lords rejected the plan, and the Ethiopian House of Lords backed it.",
		[]string{"org:ethiopian-house-of-lords part_of country:ethiopia", "org:kenyas-house-of-lords part_of country:kenya"},
		// (Kenya's house is its own node, not a bare "House of Lords"
		// the other country's could fold into)
		[]string{"org:kenyas-house-of-lords part_of country:ethiopia", "org:house-of-lords part_of country:kenya"})
	checkMentionCases(t, []mentionCase{
		{"Several of the Kenyan House of Delegates walked out on Monday.",
			[]string{"org:house-of-delegates"}, []string{"org:several-of-the-kenyan-house-of-delegates"}},
	})
	// a word that opens a name of its own keeps "of the House": a
	// charity's name, no chamber
	checkMentionCases(t, []mentionCase{
		{"Friends of the House of Lords, a Leeds charity, praised the volunteers on Tuesday.",
			[]string{"org:friends-of-the-house-of-lords"}, []string{"org:house-of-lords"}},
	})
}

// TestLandformAndWorksNames checks that a name ending in a landform's
// word ("Delta", "Shelf", "Falls") or a township's, a building's or a
// works' word ("Township", "Complex", "Guesthouse", "Tunnel") is
// a place, not a body or a person, also where a country's name is inside
// it ("the Niger Delta").
func TestLandformAndWorksNames(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Trawlers working the Corrib Shelf said on Monday that catches had fallen.", []string{"place:corrib-shelf"}, []string{"org:corrib-shelf"}},
		{"Oil spills in the Niger Delta have worsened, the report said.", []string{"place:niger-delta"}, []string{"country:niger"}},
		{"Residents of Varnell Township voted against the quarry on Tuesday.", []string{"place:varnell-township"}, []string{"person:varnell-township"}},
		{"The ministers met at the Lakemoor State Guesthouse before dinner.", []string{"place:lakemoor-state-guesthouse"}, []string{"org:lakemoor-state-guesthouse"}},
		{"Engineers inspected the Kessel Falls dam and the Tarvo Base Tunnel on Friday.", []string{"place:kessel-falls", "place:tarvo-base-tunnel"}, nil},
		// a title and a name before the word: a person's surname; a
		// complex is a site only after a works' word, else an enterprise
		{"Inspector Hal Gorge of the county police said the road would reopen.", []string{"person:hal-gorge"}, []string{"place:inspector-hal-gorge"}},
		{"The Volgorsk Agrarian Complex said on Friday that grain output rose.", []string{"org:volgorsk-agrarian-complex"}, []string{"place:volgorsk-agrarian-complex"}},
		{"Nurses at the Harlow Medical Complex said supplies ran short.", []string{"place:harlow-medical-complex"}, nil},
	})
}

// TestLandformNames checks that a river, a desert or a sea written by
// its one-word name ("the Danube", "the Gobi", "the Gulf") is a place,
// not a body, while a body named with the word keeps its name and the
// word before a noun it modifies ("its Adriatic coast") names none.
func TestLandformNames(t *testing.T) {
	checkMentionCases(t, []mentionCase{
		{"Barges on the Danube were halted by low water, the shipping office in Vienna said.", []string{"place:danube"}, []string{"org:danube"}},
		{"Herders crossing the Gobi lost a third of their goats, Olga Tserendorj said.", []string{"place:gobi"}, []string{"org:gobi", "person:gobi"}},
		{"Tankers leaving the Gulf were delayed on Monday, Marit Solvang said.", []string{"place:gulf"}, []string{"org:gulf"}},
		{"Gulf Meridian Shipping said its tankers were delayed.", []string{"org:gulf-meridian-shipping"}, []string{"place:gulf"}},
		{"Fishing boats from Koper, on Slovenia's short Adriatic coast, were turned back.", nil, []string{"place:adriatic"}},
		// a capitalized word that makes a name with it: no landform
		{"Veterans of the 1991 Gulf War marched in Kuwait City on Sunday, Anwar Haddad said.", nil, []string{"place:gulf"}},
	})
}
