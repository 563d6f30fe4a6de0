package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// run extracts text with the test gazetteer and renders the facts as
// "subject predicate object" lines (literals quoted), without mentions.
func run(text string) (domain.Extraction, []string) {
	ex := extractWith(newFakeGaz(), makeArticle("t", text))
	return ex, factLines(ex, false)
}

// factLines writes the facts of ex as "subject predicate object", a
// literal object quoted; mentions keeps the mentioned_in facts.
func factLines(ex domain.Extraction, mentions bool) []string {
	var out []string
	for _, f := range ex.Facts {
		if f.Predicate == domain.MentionedIn && !mentions {
			continue
		}
		obj := f.Object
		if f.Literal {
			obj = fmt.Sprintf("%q", f.Object)
		}
		out = append(out, fmt.Sprintf("%s %s %s", f.Subject, f.Predicate, obj))
	}
	return out
}

// saidBy returns "speaker: text" for every statement of ex.
func saidBy(ex domain.Extraction) []string {
	text := map[string]string{}
	for _, f := range ex.Facts {
		if f.Predicate == domain.Text {
			text[f.Subject] = f.Object
		}
	}
	var out []string
	for _, f := range ex.Facts {
		if f.Predicate == domain.Said {
			out = append(out, f.Subject+": "+text[f.Object])
		}
	}
	return out
}

func mentioned(ex domain.Extraction) []string {
	var out []string
	for _, f := range ex.Facts {
		if f.Predicate == domain.MentionedIn {
			out = append(out, f.Subject)
		}
	}
	return out
}

var roleTests = []struct {
	name    string
	text    string
	want    []string
	notWant []string
}{
	{
		name:    "a generic body word stands for the one body of that name the article named",
		text:    "The Kenya Police Service said 87 people were arrested. Police spokeswoman Ana Soler said officers had fired in the air.",
		want:    []string{"person:ana-soler spokesperson_for org:kenya-police-service"},
		notWant: []string{"org:police"},
	},
	{
		name:    "a generic body word names no one when the article named no such body",
		text:    "Police spokeswoman Ana Soler said officers had fired in the air.",
		notWant: []string{"person:ana-soler spokesperson_for"},
	},
	{
		name: "an agency's administrator heads it",
		text: "CAA Administrator Ana Soler told senators the agency was short of staff.",
		want: []string{"person:ana-soler head_of org:caa"},
	},
	{
		name:    "an administrator at a hospital is one of its staff",
		text:    "Ana Soler, an administrator at Halden Hospital, said the wards were full.",
		want:    []string{"person:ana-soler member_of org:halden-hospital"},
		notWant: []string{"person:ana-soler head_of"},
	},
	{
		name: "a coordinator is a member",
		text: "Ana Soler, the Corvin Foundation's emergency coordinator, said the wards were full.",
		want: []string{"person:ana-soler member_of org:corvin-foundation"},
	},
	{
		name:    "an ousted president holds no office",
		text:    "NAIROBI (Reuters) - Kenya's army seized power on Monday. Ousted Kenyan President Ivo Brandt was held at his residence.",
		notWant: []string{"person:ivo-brandt president_of"},
	},
	{
		name: "a country has many ministers, one per portfolio",
		text: "NAIROBI (Reuters) - Kenya raised fuel taxes on Monday. Energy Secretary Tom Barrow said prices would fall, and Interior Minister Ana Soler said protests were banned.",
		want: []string{"person:tom-barrow minister_of country:kenya", "person:ana-soler minister_of country:kenya"},
	},
	{
		name:    "a cabinet secretary's portfolio names no body",
		text:    "NAIROBI (Reuters) - Kenya raised fuel taxes on Monday. Treasury Secretary Tom Barrow said prices would fall.",
		want:    []string{"person:tom-barrow minister_of country:kenya"},
		notWant: []string{"org:treasury"},
	},
	{
		name: "a bloc has no government to hold a bare title in",
		text: "BRUSSELS (Reuters) - The EU fined the Corvin Group on Monday. The EU said the company broke its rules, and the EU will collect the fine. Washington protested, and U.S. officials said the United States would respond. Commerce Secretary Tom Barrow called the fine unfair.",
		want: []string{"person:tom-barrow minister_of country:united-states"},
	},
	{
		name:    "a dateline that is only a venue gives a bare title no country",
		text:    "BRUSSELS (Reuters) - Kenya and Ethiopia resumed talks in Brussels, the Belgian capital, on Monday, and Kenya offered a truce. Interior Minister Ana Soler said protests were banned.",
		notWant: []string{"person:ana-soler minister_of country:belgium"},
	},
	{
		name:    "a party adjective before a title names no body",
		text:    "Democratic Gov. Ivo Brandt of Ohio signed the bill, and Republican Senator Mara Lind voted no.",
		want:    []string{`person:ivo-brandt title "Gov."`},
		notWant: []string{"org:democratic", "org:republican", "person:ivo-brandt head_of", "person:mara-lind member_of"},
	},
	{
		name:    "abbreviated titles are no part of the name",
		text:    "Kenyan Sen. Peter Voss and Gov. Ivo Brandt of Mombasa County met on Monday.",
		want:    []string{`person:peter-voss member_of country:kenya`, `person:ivo-brandt title "Gov."`},
		notWant: []string{"person:sen-peter-voss", "person:gov-ivo-brandt"},
	},
	{
		name:    "a chief of one branch is a member of the body",
		text:    "The Sentinel Front's humanitarian chief, Tomas Reyes, warned of famine in Nairobi on Monday.",
		want:    []string{`person:tomas-reyes member_of org:sentinel-front`},
		notWant: []string{"person:tomas-reyes head_of"},
	},
	{
		name:    "the next president is no president yet",
		text:    "Polls in Nairobi suggest that Tomas Reyes would be the next president of Kenya.",
		notWant: []string{"person:tomas-reyes president_of"},
	},
	{
		name: "a title only one country uses",
		text: "Secretary of State Ana Soler said on Monday that the talks in Geneva would go on.",
		want: []string{`person:ana-soler minister_of country:united-states`},
	},
	{
		name:    "a portfolio of any words before Minister",
		text:    "Kenyan Water Resources Minister Amara Wekesa visited the dam on Monday.",
		want:    []string{`person:amara-wekesa minister_of country:kenya`},
		notWant: []string{"person:water-resources"},
	},
	{
		name: "pre-modifier title with demonym",
		text: "Kenyan Foreign Minister Amara Wekesa met the delegation on Monday.",
		want: []string{
			`person:amara-wekesa minister_of country:kenya`,
			`person:amara-wekesa title "Foreign Minister"`,
		},
	},
	{
		name: "pre-modifier title with lower-case role and organization",
		text: "The talks stalled, Sentinel Party spokesman Tomas Reyes told the crowd.",
		want: []string{`person:tomas-reyes spokesperson_for org:sentinel-party`},
	},
	{
		name: "senior lawmaker",
		text: "Senior Egyptian lawmaker Nadia Fawzy said the vote would be held soon.",
		want: []string{`person:nadia-fawzy member_of country:egypt`, `person:nadia-fawzy title "lawmaker"`},
	},
	{
		name: "apposition with organization",
		text: "Farid Osei, the Sentinel Party spokesman, said the vote was fair.",
		want: []string{`person:farid-osei spokesperson_for org:sentinel-party`},
	},
	{
		name: "apposition with of",
		text: "Lina Sorensen, the president of Norway, arrived late.",
		want: []string{`person:lina-sorensen president_of country:norway`},
	},
	{
		name: "possessive envoy with comma",
		text: "Prime Minister Ravi Kandel's special envoy, Dev Mahato, arrived in Karachi on Sunday.",
		want: []string{`person:dev-mahato envoy_of person:ravi-kandel`, `person:dev-mahato title "special envoy"`},
	},
	{
		name: "apposition with possessive",
		text: "The plan was drafted by Dev Mahato, Kandel's envoy, after the talks. Ravi Kandel approved it.",
		want: []string{`person:dev-mahato envoy_of person:ravi-kandel`},
	},
	{
		name: "bare title takes the country of the same person's other title",
		text: "Thai Prime Minister Somchai Rattana spoke first. Later, Prime Minister Somchai Rattana left for Bangkok.",
		want: []string{`person:somchai-rattana prime_minister_of country:thailand`},
	},
	{
		name: "bare title takes the dateline's country",
		text: "NAIROBI, Kenya — President Joseph Kamau said on Tuesday that the border would reopen.",
		want: []string{`person:joseph-kamau president_of country:kenya`, `person:joseph-kamau title "President"`},
	},
	{
		name:    "one office, one holder",
		text:    "WASHINGTON (AP) — President Dana Hollis met President Ilya Varga on Monday. President Ilya Varga left.",
		want:    []string{`person:dana-hollis president_of country:united-states`, `person:ilya-varga title "President"`},
		notWant: []string{`person:ilya-varga president_of`},
	},
	{
		name: "a dateline's office held by another: the home country",
		text: "NAIROBI, Kenya — Kenyan President Joseph Kamau met President Dana Hollis on Monday. U.S. officials said the U.S. would help. American diplomats agreed.",
		want: []string{`person:joseph-kamau president_of country:kenya`, `person:dana-hollis president_of country:united-states`},
	},
	{
		name:    "bare title without any country is no role",
		text:    "President Lena Varga arrived on Tuesday and left on Wednesday.",
		notWant: []string{`person:lena-varga president_of`},
	},
	{
		name:    "former role is not a role",
		text:    "Former Pakistani ambassador Imran Qadir said the plan would fail.",
		notWant: []string{`person:imran-qadir envoy_of`, `person:imran-qadir title`},
	},
	{
		name:    "ex- prefix is not a role",
		text:    "The ex-president Marta Kowal spoke to Qatari officials.",
		notWant: []string{`person:marta-kowal president_of`},
	},
	{
		name: "vice president and secretary of state",
		text: "WASHINGTON (AP) — Vice President Dana Hollis and Secretary of State Mark Ellery met Indian officials.",
		want: []string{
			`person:dana-hollis vice_president_of country:united-states`,
			`person:mark-ellery minister_of country:united-states`,
			`person:mark-ellery title "Secretary of State"`,
		},
	},
	{
		name: "country code before a title",
		text: "U.S. special envoy Carl Benning landed in Doha.",
		want: []string{`person:carl-benning envoy_of country:united-states`},
	},
	{
		name:    "coordinated titles keep their own demonyms",
		text:    "Japanese Prime Minister Kenta Arai and South Korean President Min Ho-jin spoke on Monday.",
		want:    []string{`person:kenta-arai prime_minister_of country:japan`, `person:min-ho-jin president_of country:south-korea`},
		notWant: []string{`person:min-ho-jin president_of country:japan`},
	},
	{
		name: "acronym organization before a secretary's title",
		text: "AMU Executive Secretary Farah Duale Omar urged both sides to return.",
		want: []string{`person:farah-duale-omar head_of org:amu`},
	},
	{
		name: "title of an organization before a comma",
		text: "The Chairperson of the Sentinel Union Commission, Ama Kofi Diallo, said the bloc would help.",
		want: []string{`person:ama-kofi-diallo head_of org:sentinel-union-commission`},
	},
	{
		name: "envoy of an unnamed prime minister is the country's",
		text: "Odo Lemm, the Norwegian prime minister's envoy to the talks, said the text was unacceptable.",
		want: []string{`person:odo-lemm envoy_of country:norway`},
	},
	{
		name: "envoy of a named prime minister",
		text: "Norwegian Prime Minister Eva Lund spoke first. Odo Lemm, the Norwegian prime minister's envoy to the talks, said no.",
		want: []string{`person:odo-lemm envoy_of person:eva-lund`},
	},
	{
		name: "possessive title with a complement before a comma",
		text: "Norway's special representative for the dialogue, Karl Brenn, opened the session.",
		want: []string{`person:karl-brenn envoy_of country:norway`},
	},
	{
		name:    "envoy for a country is sent by the organization named before",
		text:    "The U.N. special envoy for Sudan, Lars Emmet, welcomed the exchange.",
		want:    []string{`person:lars-emmet envoy_of org:un`},
		notWant: []string{`person:lars-emmet envoy_of country:sudan`},
	},
	{
		name:    "ambassador to a country is the sender's envoy",
		text:    "U.S. Ambassador to Kenya Mara Ellis said on Monday that the talks had stalled.",
		want:    []string{`person:mara-ellis envoy_of country:united-states`},
		notWant: []string{`person:mara-ellis envoy_of country:kenya`},
	},
	{
		name: "charge d'affaires",
		text: "The ministry summoned India's chargé d'affaires, Ravi Jot, to lodge a protest.",
		want: []string{`person:ravi-jot envoy_of country:india`},
	},
	{
		name: "minister of state for an office",
		text: "Qatari Minister of State for Foreign Affairs Hamad Nuri told reporters the text was ready.",
		want: []string{`person:hamad-nuri minister_of country:qatar`},
	},
	{
		name: "deputy minister is a minister",
		text: "The meeting was attended by Kenya's deputy foreign minister, Lia Moraa, as an observer.",
		want: []string{`person:lia-moraa minister_of country:kenya`},
	},
	{
		name: "who chairs an organization",
		text: "Ali Nur, who chairs the Sentinel Council, said the vote would go ahead.",
		want: []string{`person:ali-nur head_of org:sentinel-council`},
	},
	{
		name: "who heads a committee named in lower case",
		text: "Sami Haddad, who heads the Kenyan prisoner committee, said 40 names were missing.",
		want: []string{`person:sami-haddad head_of org:kenyan-prisoner-committee`},
	},
	{
		name:    "government title without a country takes the dateline's",
		text:    "NAIROBI, Kenya — Government negotiator Fuad Banna denied the claim.",
		want:    []string{`person:fuad-banna envoy_of country:kenya`},
		notWant: []string{`org:government`},
	},
	{
		name: "a country's government spokeswoman speaks for the country",
		text: "Kenyan government spokeswoman Rita Omondi said the border would stay shut.",
		want: []string{`person:rita-omondi spokesperson_for country:kenya`},
	},
	{
		name: "the organization's spokesman, named before",
		text: "The Kenyan Coast Guard reported the collision. Commodore Lino Baya, the coast guard's spokesman, said the boat was damaged.",
		want: []string{`person:lino-baya spokesperson_for org:kenyan-coast-guard`},
	},
	{
		name:    "a country's possessive does not locate the place before it",
		text:    "Nine people were wounded in the Tana Valley, Kenya's military said.",
		notWant: []string{`place:tana-valley located_in`},
	},
	{
		name: "an organization's chief before a comma and a rank",
		text: "Kenya's Sovereign Council chief, Gen. Abel Moran, rejected the plan.",
		want: []string{`person:abel-moran head_of org:kenyas-sovereign-council`},
	},
	{
		name:    "a body described in lower case has no head",
		text:    "Kenya's army chief, Gen. Abel Moran, rejected the plan.",
		notWant: []string{`person:abel-moran head_of`},
	},
	{
		name: "two offices joined, a name with a particle inside",
		text: "Qatar's Prime Minister and Foreign Minister, Sheikh Hamad bin Nasser Al Kuwari, told reporters a deal was close.",
		want: []string{`person:hamad-bin-nasser-al-kuwari prime_minister_of country:qatar`},
	},
	{
		name: "envoy for a capitalized region before a comma",
		text: "China's special envoy for Asian affairs, Deng Lufei, has held several rounds of talks.",
		want: []string{`person:deng-lufei envoy_of country:china`},
	},
	{
		name: "a senior official of an organization before a comma",
		text: "A senior Sentinel Front official, Hassan Fadel, said the group would respond.",
		want: []string{`person:hassan-fadel member_of org:sentinel-front`},
	},
	{
		name: "high representative for a region",
		text: "The Sentinel Union's High Representative for the Red Sea, Ola Brandt, urged restraint.",
		want: []string{`person:ola-brandt envoy_of org:sentinel-union`},
	},
	{
		name:    "a regional office is not the country's",
		text:    "NAIROBI, Kenya — Gondar interim administration president Tadesse Werku said his forces would defend the region.",
		notWant: []string{`person:tadesse-werku president_of`},
	},
	{
		name: "spokesman for a coalition led by a country",
		text: "Brig. Gen. Fahad Nasser, spokesman for the Qatari-led coalition, confirmed the figures.",
		want: []string{`person:fahad-nasser spokesperson_for org:qatari-led-coalition`},
	},
	{
		name: "a seat of government's spokeswoman",
		text: "Kremlin spokeswoman Ana Petrova said the talks were useful.",
		want: []string{`person:ana-petrova spokesperson_for org:kremlin`},
	},
	{
		name:    "a counterpart's own title holds the counterpart's country",
		text:    "NAIROBI (Reuters) - Trade Minister Ana Soler spoke by phone on Monday with her Ethiopian counterpart, Commerce Minister Yonas Girma, officials said.",
		want:    []string{`person:yonas-girma minister_of country:ethiopia`},
		notWant: []string{`person:yonas-girma minister_of country:kenya`},
	},
	{
		name:    "a title's own country, read later, takes back the article's guess",
		text:    "NAIROBI (Reuters) - Kenya summoned Ethiopia's ambassador on Monday over the border clash.\n\nThe council's president for June, Ambassador Ana Soler of Norway, said the vote mattered.",
		want:    []string{`person:ana-soler envoy_of country:norway`},
		notWant: []string{`person:ana-soler envoy_of country:ethiopia`, `person:ana-soler envoy_of country:kenya`},
	},
	{
		name: "the premier of a province heads it",
		text: "NAIROBI (Reuters) - Nyanza Premier Ana Soler said she opposed the tariff.",
		want: []string{`person:ana-soler head_of place:nyanza`},
	},
	{
		name:    "'its' is the body named in apposition to the noun before",
		text:    "The U.N. mission in Kenya, UNMISK, condemned the shelling. Its head, Ana Soler, said peacekeepers had left Kisumu.",
		want:    []string{`person:ana-soler head_of org:unmisk`},
		notWant: []string{`person:ana-soler head_of org:u-n`},
	},
	{
		name: "administration head of a region",
		text: "Two people were hurt in the Gondar region, administration head Abebe Tadesse wrote on Telegram.",
		want: []string{`person:abebe-tadesse head_of org:gondar-regional-administration`},
	},
}

func TestRoles(t *testing.T) {
	for _, tt := range roleTests {
		t.Run(tt.name, func(t *testing.T) {
			checkFacts(t, tt.text, tt.want, tt.notWant)
		})
	}
}

var entityTests = []struct {
	name    string
	text    string
	want    []string // mentioned entities
	notWant []string
}{
	{
		name:    "a town named before its state or country after a preposition of place",
		text:    "The prize went to Ana Soler, a nurse in Koru Springs, Kenya, for her work.\n\nTalks with Ivo Brandt, Kenya, were cancelled.\n\nThe gold went to Lars Holm, Norway, on Sunday.",
		want:    []string{"place:koru-springs", "person:ana-soler", "person:ivo-brandt", "person:lars-holm"},
		notWant: []string{"person:koru-springs", "place:ivo-brandt", "place:lars-holm"},
	},
	{
		name:    "a word that only modifies a title names no body",
		text:    "Deputy leader Sarah Kell said the party would decide on Friday.\n\nOutgoing President Juan Ortega conceded defeat on Sunday.",
		want:    []string{"person:sarah-kell", "person:juan-ortega"},
		notWant: []string{"org:deputy", "org:outgoing"},
	},
	{
		name:    "the name a body's title's 'of' gives is a body's",
		text:    "Lena Varga, a pharmacist and president of Vision Halden, opened the meeting on Monday.",
		want:    []string{"org:vision-halden"},
		notWant: []string{"person:vision-halden"},
	},
	{
		name:    "a name in apposition to a kind of body is the body's",
		text:    "The gangs' coalition, Tavo Kanpe, said it would fight any foreign soldiers.",
		want:    []string{"org:tavo-kanpe"},
		notWant: []string{"person:tavo-kanpe"},
	},
	{
		name:    "a priest's style is no part of his name",
		text:    "Father Tomas Orlen said the church had sheltered 400 people.",
		want:    []string{"person:tomas-orlen"},
		notWant: []string{"person:father"},
	},
	{
		name:    "a body's name goes on over 'to' after its cue word",
		text:    "The Committee to Protect Journalists condemned the arrest on Monday.",
		want:    []string{"org:committee-to-protect-journalists"},
		notWant: []string{"person:protect-journalists"},
	},
	{
		name:    "a region's or a people's adjective names no body",
		text:    "The Baltic states and the Nordic countries backed the plan. Tehran called the European deadline an ultimatum, and the Europeans said they would wait.",
		notWant: []string{"org:baltic", "org:nordic", "org:european"},
	},
	{
		name:    "demonym points to the country",
		text:    "Ethiopian forces shelled the town on Friday.",
		want:    []string{"country:ethiopia"},
		notWant: []string{"org:ethiopian-forces"},
	},
	{
		name:    "capitals as governments",
		text:    "Islamabad and New Delhi agreed to a pause in principle last week.",
		want:    []string{"country:pakistan", "country:india"},
		notWant: []string{"place:islamabad", "place:new-delhi"},
	},
	{
		name:    "an ethnic group is no entity",
		text:    "The army battled ethnic Karen fighters near the border, and ethnic Kachin rebels seized a base.",
		notWant: []string{"org:karen", "person:karen", "place:karen", "place:kachin", "org:kachin"},
	},
	{
		name:    "police ranks and a judge's style are no part of the name",
		text:    "Detective Inspector Ana Soler said the suspect had fled, and Justice Ivo Brandt adjourned the case.",
		want:    []string{"person:ana-soler", "person:ivo-brandt"},
		notWant: []string{"person:detective-inspector-ana-soler", "person:justice-ivo-brandt", "org:detective"},
	},
	{
		name: "the recognizer's whole name wins over one the token rules cut short",
		text: "Analysts at the Norwegian Institute of International Affairs said the damage was deliberate.",
		want: []string{"org:norwegian-institute-of-international-affairs"},
	},
	{
		name:    "a senator's party tag names the state, no organization",
		text:    "Sen. Ivo Brandt, R-Texas, said the bill would fail, and Sen. Ana Soler, D-N.J., objected.",
		want:    []string{"place:texas", "place:new-jersey"},
		notWant: []string{"org:d-nj", "org:d-n-j"},
	},
	{
		name:    "a noun saying what kind of body makes an organization of a name the recognizer read as a person",
		text:    "The charity Médecins du Monde said its clinic in Goma had closed, and Ana Soler, a partner at the law firm Harcourt Lisle, said the case would go to appeal.",
		want:    []string{"org:medecins-du-monde", "org:harcourt-lisle", "person:ana-soler"},
		notWant: []string{"person:medecins", "person:harcourt"},
	},
	{
		name:    "a name the parser hung on the verb beside its kind's noun is the body's",
		text:    "Ana Soler joined the law firm Harcourt Lisle in 2019, the newspaper reported on Monday.",
		want:    []string{"org:harcourt-lisle", "person:ana-soler"},
		notWant: []string{"person:harcourt-lisle"},
	},
	{
		name:    "a name ending in what a company trades in is a company's",
		text:    "Ana Soler joined Tarvel Copper in 2019 and left it for Corvin Semiconductors in 2023.",
		want:    []string{"org:tarvel-copper", "org:corvin-semiconductors"},
		notWant: []string{"person:tarvel-copper", "person:corvin-semiconductors"},
	},
	{
		name:    "a trade word before a minister is a portfolio",
		text:    "Atomic Energy Minister Ivo Brandt met executives of Tarvel Energy on Monday.",
		want:    []string{"org:tarvel-energy", "person:ivo-brandt"},
		notWant: []string{"org:atomic-energy"},
	},
	{
		name:    "a clause the parser hung on the noun that lacks nothing is no relative clause",
		text:    "Ana Soler said the insurer Paris Re had agreed to pay the fine on Monday.",
		want:    []string{"org:paris-re", "person:ana-soler"},
		notWant: []string{"person:paris-re"},
	},
	{
		name:    "the subject of a relative clause on the noun stays a person",
		text:    "The firm Ivo Brandt founded in 1998 was sold to a rival on Tuesday.",
		want:    []string{"person:ivo-brandt"},
		notWant: []string{"org:ivo-brandt"},
	},
	{
		name:    "an apposition, shares and a board belong to organizations",
		text:    "Wallace Pryce, a Tarrow company, said profits had fallen. Shares of Dunmore Whitcombe fell 4 percent, and Hollis Grange's board approved the merger.",
		want:    []string{"org:wallace-pryce", "org:dunmore-whitcombe", "org:hollis-grange"},
		notWant: []string{"person:wallace-pryce", "person:dunmore-whitcombe", "person:hollis-grange"},
	},
	{
		name:    "shares of a town's name are a company's",
		text:    "Shares of Bergen fell 4 percent on Monday after the lender warned on profits.",
		want:    []string{"org:bergen"},
		notWant: []string{"place:bergen"},
	},
	{
		name:    "a name a locative preposition gives a place stays a place",
		text:    "Shares of Bergen fell 4 percent on Monday, and the lender closed its branches in Bergen.",
		want:    []string{"place:bergen"},
		notWant: []string{"org:bergen"},
	},
	{
		name:    "a name before a title only a body gives, and a person's name after it, is the body's",
		text:    "Tamsin Veld executive Ana Soler said the plant would close, and Former Corvin Marr leader Ivo Brandt objected.",
		want:    []string{"org:tamsin-veld", "org:corvin-marr", "person:ana-soler", "person:ivo-brandt"},
		notWant: []string{"person:tamsin-veld", "person:former", "org:former"},
	},
	{
		name:    "the recognizer's company name wins over a demonym that opens it",
		text:    "Ana Soler, head of marketing at Norwegian Express, said the ferry operator would add two routes in June.",
		want:    []string{"org:norwegian-express"},
		notWant: []string{"country:norway"},
	},
	{
		name:    "a name before 'party' or 'executive' is a body's",
		text:    "Opposition leader Ana Soler, whose Corvina party leads the polls, spoke after police arrested a Corvinex executive in Bergen. Ivo Brandt signed a Tarvel executive order.",
		want:    []string{"org:corvina", "org:corvinex"},
		notWant: []string{"org:tarvel"},
	},
	{
		name:    "a name before ', where' or after 'through' is a place's",
		text:    "The road runs through Calder Vale to Tarvel Fork, where Ivo Brandt was born.",
		want:    []string{"place:tarvel-fork", "place:calder-vale", "person:ivo-brandt"},
		notWant: []string{"person:tarvel-fork", "person:calder-vale"},
	},
	{
		name:    "a name an honorific gives a person stays a person",
		text:    "Mr. Hollis Grange resigned on Monday, and Hollis Grange's board named a successor.",
		want:    []string{"person:hollis-grange"},
		notWant: []string{"org:hollis-grange"},
	},
	{
		name:    "acronyms of things name no body",
		text:    "Officers reviewed CCTV footage and a DNA test before the arrest.",
		notWant: []string{"org:cctv", "org:dna"},
	},
	{
		name:    "the Commission is the commission named before",
		text:    "The European Commission fined the Corvin Group. The Commission said the company had blocked rivals.",
		want:    []string{"org:european-commission"},
		notWant: []string{"org:commission"},
	},
	{
		name:    "a continent names no body",
		text:    "Officials from Africa CDC and the WHO's regional director for Africa met in Nairobi.",
		notWant: []string{"org:africa"},
	},
	{
		name: "a part of a capital is a place, not the government",
		text: "Ana Soler, the Corvin Police commander for east Nairobi, said the force had seized knives.",
		want: []string{"place:nairobi"},
	},
	{
		name:    "a dotted acronym is no town",
		text:    "Talks opened on Tuesday at the U.N. agency's headquarters in Nairobi between Kenya and the agency.",
		notWant: []string{"place:un"},
	},
	{
		name:    "venues are places",
		text:    "The treaty was signed at the Palace of Independence in Nairobi, and the results were announced at the Amber International Conference Centre in Mombasa.",
		want:    []string{"place:palace-of-independence", "place:amber-international-conference-centre"},
		notWant: []string{"org:palace-of-independence", "org:amber-international-conference-centre"},
	},
	{
		name:    "a dateline's short place name with its country",
		text:    "VOI, Kenya (AFP) - Floods hit the town on Monday, officials said.",
		want:    []string{"place:voi"},
		notWant: []string{"org:voi"},
	},
	{
		name:    "a sentence opening with a common word names no attacker",
		text:    "Shelling hit the town of Tarrow on Monday.",
		notWant: []string{"org:shelling"},
	},
	{
		name:    "a city named after its country",
		text:    "The next round will be held in Kuwait City on June 18.",
		want:    []string{"place:kuwait-city"},
		notWant: []string{"country:kuwait"},
	},
	{
		name:    "capital as a place",
		text:    "The talks were held in Islamabad on Sunday.",
		want:    []string{"place:islamabad"},
		notWant: []string{"country:pakistan"},
	},
	{
		name:    "capital as a target",
		text:    "A drone strike on Nairobi wounded four people.",
		want:    []string{"place:nairobi"},
		notWant: []string{"country:kenya"},
	},
	{
		name:    "possessive capital with a city noun is the city",
		text:    "Officials said Cairo's mayor closed the schools.",
		want:    []string{"place:cairo"},
		notWant: []string{"country:egypt"},
	},
	{
		name:    "possessive capital is its government",
		text:    "Officials studied Cairo's plan for a truce.",
		want:    []string{"country:egypt"},
		notWant: []string{"place:cairo"},
	},
	{
		name:    "titles are not names",
		text:    "Qatari Deputy Foreign Minister Hamad Al-Thani spoke to reporters.",
		want:    []string{"person:hamad-al-thani", "country:qatar"},
		notWant: []string{"person:qatari-deputy-foreign-minister-hamad-al-thani", "person:deputy-foreign-minister-hamad-al-thani"},
	},
	{
		name:    "surname resolves to the full name",
		text:    "Kenyan President Joseph Kamau visited Mombasa. Kamau said the port would grow.",
		want:    []string{"person:joseph-kamau", "place:mombasa"},
		notWant: []string{"person:kamau"},
	},
	{
		name:    "sentence-initial words and weekdays are not entities",
		text:    "Meanwhile the rain continued. Sunday brought more rain. Despite this, Monday was calm.",
		notWant: []string{"person:", "org:", "place:"},
	},
	{
		name: "organizations by cue and by platform",
		text: "The Norwegian Refugee Council said on Telegram that the Daily Ledger had it wrong.",
		want: []string{"org:norwegian-refugee-council", "org:telegram", "org:daily-ledger"},
	},
	{
		name:    "a name that says it is an organization",
		text:    "The border was quiet until Sunday, when Valmora said it had fired rockets at the camp.",
		want:    []string{"org:valmora"},
		notWant: []string{"person:valmora"},
	},
	{
		name: "state body in lower case after a demonym",
		text: "Two drones were downed, according to the Kenyan air force.",
		want: []string{"org:kenyan-air-force"},
	},
	{
		name:    "a city that seats a bloc stands for the bloc",
		text:    "Officials said Brussels insisted on the deal.",
		want:    []string{"country:european-union"},
		notWant: []string{"country:belgium", "place:brussels"},
	},
	{
		name: "the dateline's agency",
		text: "NAIROBI, Kenya (Reuters) — Officials met on Sunday.",
		want: []string{"org:reuters", "place:nairobi"},
	},
	{
		name:    "office names end before the person's name",
		text:    "Assistant Secretary of State for African Affairs Molly Phan spoke. The Inter-Services Public Relations said so.",
		want:    []string{"person:molly-phan"},
		notWant: []string{"person:african", "person:inter-services"},
	},
	{
		name:    "a body's singular and plural are one",
		text:    "Valmori rebels said they fired missiles. The Valmoris have held talks with the government.",
		want:    []string{"org:valmori"},
		notWant: []string{"org:valmoris"},
	},
	{
		name:    "an organization's name with 'in' that its acronym spells out",
		text:    "The committee will be chaired by the Sentinel Nations Interim Force in Kenya (SNIFIK), officials said. SNIFIK declined to comment.",
		want:    []string{"org:sentinel-nations-interim-force-in-kenya"},
		notWant: []string{"org:snifik"},
	},
	{
		name:    "the X border crossing is a place",
		text:    "Officials met at the Wagah border crossing on Monday.",
		want:    []string{"place:wagah"},
		notWant: []string{"org:wagah"},
	},
	{
		name:    "military ranks are not part of names",
		text:    "Commodore Lino Baya and Lt. Gen. Faris Odeh inspected the port. Brig. Gen. Sami Lahd stayed behind.",
		want:    []string{"person:lino-baya", "person:faris-odeh", "person:sami-lahd"},
		notWant: []string{"person:commodore", "person:lt", "person:gen", "person:brig"},
	},
	{
		name:    "a named sea or line holding a country's name is one place",
		text:    "Ships collided in the South China Sea, far from the Line of Control.",
		want:    []string{"place:south-china-sea", "place:line-of-control"},
		notWant: []string{"country:china", "org:"},
	},
	{
		name:    "a region word makes a place",
		text:    "Fighting spread across the Tigray region overnight.",
		want:    []string{"place:tigray-region"},
		notWant: []string{"person:tigray"},
	},
	{
		name: "two name particles and a month as a first name",
		text: "The river fell to its lowest level in years, said Jan van der Weide, an engineer in Nairobi.",
		want: []string{"person:jan-van-der-weide"},
	},
	{
		name:    "an article opens a name that goes on over 'and'",
		text:    "Tomas Reyes, the secretary of the National Security and Defense Council, led the delegation in Nairobi.",
		want:    []string{"org:national-security-and-defense-council"},
		notWant: []string{"org:defense-council"},
	},
	{
		name:    "a body's 'for' or 'of' complement goes on over 'and'",
		text:    "Ivo Brandt, who heads the Corvin Movement for Unity and Renewal, met officials of the Amber Centres for Water Safety and Supply on Monday.",
		want:    []string{"org:corvin-movement-for-unity-and-renewal", "org:amber-centres-for-water-safety-and-supply"},
		notWant: []string{"person:water-safety"},
	},
	{
		name:    "'and' before a possessor joins two phrases, not one name",
		text:    "Officials of the Corvin Ministry of Defence and Kenya's army met in Nairobi.",
		notWant: []string{"org:corvin-ministry-of-defence-and"},
	},
	{
		name:    "a name in apposition to a kind of body is that body",
		text:    "The U.N. mission in Kenya, MONAKEN, condemned the shelling.",
		want:    []string{"org:monaken"},
		notWant: []string{"person:monaken", "place:monaken"},
	},
	{
		name:    "a company's legal form ends its name",
		text:    "The rig was leased from Halden Bourg Co. of Nairobi, officials said on Monday.",
		want:    []string{"org:halden-bourg-co"},
		notWant: []string{"person:", "org:halden-bourg-co-of"},
	},
	{
		name:    "a day's short form opens a name that goes on",
		text:    "Sun Korvane Holdings, a Nairobi builder, won the contract.",
		want:    []string{"org:sun-korvane-holdings"},
		notWant: []string{"org:korvane-holdings"},
	},
	{
		name:    "a month before a number is a date, not a name",
		text:    "Nairobi April 25 KNA -- Officials reported heavy rain in the north of the country on Monday.",
		notWant: []string{"person:"},
	},
}

func TestEntities(t *testing.T) {
	for _, tt := range entityTests {
		t.Run(tt.name, func(t *testing.T) {
			ex, _ := run(tt.text)
			got := mentioned(ex)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q: expected %s got %q", tt.text, w, got)
				}
			}
			for _, nw := range tt.notWant {
				for _, g := range got {
					if strings.HasPrefix(g, nw) {
						t.Errorf("%q: unexpected %s in %q", tt.text, g, got)
					}
				}
			}
		})
	}
}

// TestFeatureNamedAfterCountry checks, with the real gazetteer (whose
// other entries the small test one lacks), that a lake or a mountain
// named after a country is a place, not the country.
func TestFeatureNamedAfterCountry(t *testing.T) {
	text := "Climbers were stranded on Mount Kenya on Monday.\n\nFishermen on Lake Malawi reported the storm.\n\nTroops patrolled the Lake Chad basin."
	got := mentioned(extractWith(gazetteer.Default(), makeArticle("t", text)))
	for _, w := range []string{"place:mount-kenya", "place:lake-malawi", "place:lake-chad"} {
		if !slices.Contains(got, w) {
			t.Errorf("expected %s, got %q", w, got)
		}
	}
	for _, nw := range []string{"country:kenya", "country:malawi", "country:chad", "org:lake"} {
		if slices.Contains(got, nw) {
			t.Errorf("unexpected %s in %q", nw, got)
		}
	}
}

var quoteTests = []struct {
	name    string
	text    string
	want    []string // "speaker: text"
	via     []string // "via" facts, rendered
	notWant []string // speakers that must not be credited
}{
	{
		name: "a quote in single marks inside a sentence, in an article that quotes with double ones too",
		text: "\"We will keep talking,\" the minister said on Monday.\n\nTomas Rell said on Saturday that the plan was 'a surrender dressed up as reform'. He called his rival 'a leader who has lost the room.'",
		want: []string{"person:tomas-rell: a surrender dressed up as reform", "person:tomas-rell: a leader who has lost the room."},
	},
	{
		name:    "a possessive's mark opens no quote",
		text:    "\"We will keep talking,\" the minister said on Monday.\n\nThe farmers' union said the ministers' offer of 'fair prices' fell short.",
		notWant: []string{"org:", "person:"},
	},
	{
		name: "'the judge' is the one person the article called a judge or Justice",
		text: "Justice Ana Soler, sitting at the High Court in Nairobi, ruled on Monday.\n\n“The power to remove a foreigner is not a power to silence a critic,” the judge said in her ruling.",
		want: []string{"person:ana-soler: The power to remove a foreigner is not a power to silence a critic"},
	},
	{
		name:    "'what it called' is the body the sentence named",
		text:    "The Corvin Union condemned what it called “an attempt to overturn the constitutional order” and said it would send a delegation to Nairobi.",
		want:    []string{"org:corvin-union: an attempt to overturn the constitutional order"},
		notWant: []string{"country:kenya"},
	},
	{
		name:    "a denial governs the saying",
		text:    "Mara Lind denied that she had described the deal as “a complete surrender to the northern provinces.”",
		notWant: []string{"person:mara-lind"},
	},
	{
		name: "a denial of something else",
		text: "Mara Lind denied the report and said the deal was “a fair compromise for both of our nations.”",
		want: []string{"person:mara-lind: a fair compromise for both of our nations."},
	},
	{
		name: "attribution after the quote",
		text: "“We will not accept any deal that divides the country,” Kenyan President Joseph Kamau said on Monday.",
		want: []string{"person:joseph-kamau: We will not accept any deal that divides the country"},
	},
	{
		name: "attribution before the quote",
		text: "Sentinel Party spokesman Tomas Reyes warned: “The ceasefire is already breaking down in the north.”",
		want: []string{"person:tomas-reyes: The ceasefire is already breaking down in the north."},
	},
	{
		name: "split quote across sentences",
		text: "“The first convoy has reached the camp,” Egyptian Foreign Minister Salma Nour said on X. “More trucks will cross the border tomorrow morning.”",
		want: []string{
			"person:salma-nour: The first convoy has reached the camp",
			"person:salma-nour: More trucks will cross the border tomorrow morning.",
		},
		via: []string{`org:x`},
	},
	{
		name: "split quote around the attribution in one sentence",
		text: "“The first half of this statement is here,” Joseph Kamau, the Kenyan president, said, “and the second half of it follows.”",
		want: []string{
			"person:joseph-kamau: The first half of this statement is here and the second half of it follows.",
		},
	},
	{
		name: "pronoun attribution",
		text: "Police chief Otieno Wafula visited Kisumu on Friday. “The situation in the city is now fully under control,” he said.",
		want: []string{"person:otieno-wafula: The situation in the city is now fully under control"},
	},
	{
		name: "next-paragraph continuation",
		text: "“Our negotiators are ready to travel at any time,” Thai Prime Minister Somchai Rattana said.\n\n“We only need a date and a place from the other side.”",
		want: []string{
			"person:somchai-rattana: Our negotiators are ready to travel at any time",
			"person:somchai-rattana: We only need a date and a place from the other side.",
		},
	},
	{
		name: "attribution in the next paragraph",
		text: "The talks ended late.\n\n“Nobody in this room wanted the talks to fail today.”\n\nDev Mahato said that after the meeting.",
		want: []string{"person:dev-mahato: Nobody in this room wanted the talks to fail today."},
	},
	{
		name: "attribution ending with a colon before a quote paragraph",
		text: "Joseph Kamau spoke first.\n\nLater, Dev Mahato told reporters:\n\n“We will hold the next round of talks in Mombasa next month.”",
		want: []string{"person:dev-mahato: We will hold the next round of talks in Mombasa next month."},
	},
	{
		name: "single quotation marks in an article without double ones",
		text: "‘We have not received any offer from the other side,’ Kenyan President Joseph Kamau said on Monday. The officials’ plan was dropped.",
		want: []string{"person:joseph-kamau: We have not received any offer from the other side"},
	},
	{
		name: "age and apposition between speaker and verb",
		text: "“We lost everything we had in a single night of shelling,” Amina Yusuf, 45, a teacher from Gondar, told reporters.",
		want: []string{"person:amina-yusuf: We lost everything we had in a single night of shelling"},
	},
	{
		name: "told an outlet",
		text: "“I think the border will reopen before the end of the month,” Dev Mahato told Horizon News on Sunday.",
		want: []string{"person:dev-mahato: I think the border will reopen before the end of the month"},
		via:  []string{`org:horizon-news`},
	},
	{
		name: "told reporters",
		text: "Joseph Kamau spoke after the talks. “There is no agreement yet on the exchange of prisoners,” Kamau told reporters.",
		want: []string{"person:joseph-kamau: There is no agreement yet on the exchange of prisoners"},
		via:  []string{`"reporters"`},
	},
	{
		name:    "a quote under 30 characters is no statement, even a whole sentence closed by its attribution",
		text:    "Talks in Nairobi ended on Monday. “The plan is dead,” Dev Mahato said.",
		notWant: []string{"person:dev-mahato"},
	},
	{
		name: "a whole sentence of 30 characters or more, closed by its attribution",
		text: "Talks in Nairobi ended on Monday. “The plan is dead and buried now,” Dev Mahato said.",
		want: []string{"person:dev-mahato: The plan is dead and buried now"},
	},
	{
		name:    "a quoted fragment of 26 to 29 characters is no statement",
		text:    "Dev Mahato called the offer “a gift wrapped in a threat” on Monday.",
		notWant: []string{"person:dev-mahato"},
	},
	{
		name: "the spokesman said: the one spokesman named before",
		text: "The ministry's spokesman, Tomas Reyes, said talks would resume in Nairobi. “Both sides showed real flexibility in the last round,” the spokesman added.",
		want: []string{"person:tomas-reyes: Both sides showed real flexibility in the last round"},
	},
	{
		name:    "the spokesman said, with two spokesmen named before: no one",
		text:    "Kenyan government spokesman Tomas Reyes and Ethiopian government spokesman Ivo Brandt met in Nairobi. “Both sides showed real flexibility in the last round,” the spokesman added.",
		notWant: []string{"person:"},
	},
	{
		name:    "a one-word answer is not a statement",
		text:    "Talks in Nairobi ended on Monday. “No,” Dev Mahato said.",
		notWant: []string{"person:dev-mahato"},
	},
	{
		name:    "short scare quotes are not statements",
		text:    "Officials hope for “real progress” at the talks, Dev Mahato said.",
		notWant: []string{"person:dev-mahato"},
	},
	{
		name: "the ministry said",
		text: "The Kenyan Health Ministry reported new cases. “Hospitals in the north are running out of fuel and beds,” the ministry said.",
		want: []string{"org:kenyan-health-ministry: Hospitals in the north are running out of fuel and beds"},
	},
	{
		name:    "a spokesman for someone is not that someone",
		text:    "“We are ready to sign the agreement this week,” a spokesman for Prime Minister Faisal Qazmi said.",
		notWant: []string{"person:faisal-qazmi"},
	},
	{
		name:    "a she goes to the spokeswoman who spoke, not the last name",
		text:    "The ministry summoned the envoy, Ravi Jot, to lodge a protest, ministry spokeswoman Lena Farah said. “Kenya bears full responsibility for every life lost today,” she said.",
		want:    []string{"person:lena-farah: Kenya bears full responsibility for every life lost today"},
		notWant: []string{"person:ravi-jot"},
	},
	{
		name: "quoted object of accused",
		text: "Army spokesman Tomas Reyes accused Ethiopia of violating the airspace “hundreds of times since January.”",
		want: []string{"person:tomas-reyes: hundreds of times since January."},
	},
	{
		name: "quoted object of welcomed ... as",
		text: "Prime Minister Nabil Haddad welcomed it as “a serious basis for ending the bloodshed,” his office said.",
		want: []string{"person:nabil-haddad: a serious basis for ending the bloodshed"},
	},
	{
		name: "a capital blamed, the government speaks",
		text: "Nairobi blamed “criminal groups backed by foreign money,” an accusation Addis Ababa denied.",
		want: []string{"country:kenya: criminal groups backed by foreign money"},
	},
	{
		name: "split quote around a pronoun attribution is one statement",
		text: "Dev Mahato rejected the accusation. “We are not against dialogue,” he said, “but we will not accept a partition.”",
		want: []string{"person:dev-mahato: We are not against dialogue but we will not accept a partition."},
	},
	{
		name: "apposition name between title and verb",
		text: "Kamau's chief negotiator, Ola Brandt, told reporters that Nairobi would not attend “any meeting whose only purpose is a photograph.”",
		want: []string{"person:ola-brandt: any meeting whose only purpose is a photograph."},
	},
	{
		name: "speaker after several appositions",
		text: "Omar Lodhi, the director of Inter-Services Liaison Relations (ISLR), the army's media wing, said the troops had “responded effectively and proportionately.”",
		want: []string{"person:omar-lodhi: responded effectively and proportionately."},
	},
	{
		name: "family name first",
		text: "Spokesperson Zhou Haibin spoke on Monday. “Necessary control measures were taken,” Zhou said.",
		want: []string{"person:zhou-haibin: Necessary control measures were taken"},
	},
	{
		name: "but said, then a capitalized She added",
		text: "Foreign Office spokeswoman Lena Farah welcomed the talks but said Kashmir remained “the core issue between the two countries.” She added that Kenya was ready for “a comprehensive dialogue on all outstanding issues.”",
		want: []string{"person:lena-farah: the core issue between the two countries.", "person:lena-farah: a comprehensive dialogue on all outstanding issues."},
	},
	{
		name: "dismissed as, told a press conference",
		text: "Information Minister Yared Tekle dismissed the claims as “a fabrication to justify aggression” on Monday. “We have moved no troops at all,” Tekle told a press conference.",
		want: []string{"person:yared-tekle: a fabrication to justify aggression", "person:yared-tekle: We have moved no troops at all"},
		via:  []string{`"press conference"`},
	},
	{
		name: "a participle clause between speaker and verb",
		text: "Norwegian envoy Lise Berg, speaking to reporters in Oslo, said “the next round of talks will take place in Bergen.”",
		want: []string{"person:lise-berg: the next round of talks will take place in Bergen."},
	},
	{
		name: "an apposition without an article",
		text: "Omar Haddad, foreign policy adviser to Kenyan President Joseph Kamau, said the constitution “still contains territorial claims against Ethiopia.”",
		want: []string{"person:omar-haddad: still contains territorial claims against Ethiopia."},
	},
	{
		name: "the group said: the one body named before",
		text: "The Sentinel Front claimed the attack. “We will continue striking military targets until the occupation ends,” the group said in a statement.",
		want: []string{"org:sentinel-front: We will continue striking military targets until the occupation ends"},
	},
	{
		name:    "the group said, with two bodies named before: no one",
		text:    "The Sentinel Front and the Valmora Brigade clashed. “We will continue striking military targets until the occupation ends,” the group said.",
		notWant: []string{"org:"},
	},
	{
		name: "a judgment's quote after 'rejected … as' in a relative clause",
		text: "The ministry offered a 2% rise, an offer Tomas Rell rejected on Friday as “a betrayal of every nurse in the country.”",
		want: []string{"person:tomas-rell: a betrayal of every nurse in the country."},
	},
	{
		name: "'called on X to' whose quote closes the call",
		text: "Ana Soler, speaking at a rally in Kisumu, called on Nairobi to “end the blockade before the rains come.”",
		want: []string{"person:ana-soler: end the blockade before the rains come."},
	},
	{
		name: "a participle's quote is said by its clause's subject, a country",
		text: "Kenya rejected the proposal in a statement from Nairobi, saying it would let “foreign soldiers guard Kenyan markets.”",
		want: []string{"country:kenya: foreign soldiers guard Kenyan markets."},
	},
	{
		name: "a noun of speech: 'opened the talks with a call to “…”'",
		text: "Ana Soler opened the talks in Mombasa with a call to “stop treating our ports as fortresses.”",
		want: []string{"person:ana-soler: stop treating our ports as fortresses."},
	},
	{
		name: "a country's government speaks for the country",
		text: "Kenya's military government welcomed the vote on Monday and said it would “stand by its neighbours in every storm.”",
		want: []string{"country:kenya: stand by its neighbours in every storm."},
	},
	{
		name: "'it' as the subject a conjoined verb of saying takes is the body named before",
		text: "The Corvin Union says it remains in contact with the ministry and warns against “any attempt to break the strike by force.”",
		want: []string{"org:corvin-union: any attempt to break the strike by force."},
	},
	{
		name:    "a second 'he' in the sentence is the first one, not the person named between",
		text:    "Tomas Rell signed the accord in Nairobi on Monday.\n\nHe thanked Ana Soler, who he said had offered “a quiet room and endless patience” during the talks.",
		want:    []string{"person:tomas-rell: a quiet room and endless patience"},
		notWant: []string{"person:ana-soler"},
	},
	{
		name: "'the union' is the body named in apposition to the noun before",
		text: "The dockworkers' union, the Sindicato Portuario de Mombasa, called the strike on Monday.\n\nThe port authority offered a 2% rise, an offer the union rejected as “a joke played on men who work through the night.”",
		want: []string{"org:sindicato-portuario-de-mombasa: a joke played on men who work through the night."},
	},
	{
		name: "a title 'known as' a name speaks by that name",
		text: "The Sentinel Front claimed the ambush.\n\nIts spokesman, known as Tomas Rell, called the vote “a declaration of war against the villages.”",
		want: []string{"person:tomas-rell: a declaration of war against the villages."},
	},
	{
		name: "'the Kenyan government said' is Kenya's quote",
		text: "The Kenyan government said it was “deeply concerned by the reports of shelling near the border.”",
		want: []string{"country:kenya: deeply concerned by the reports of shelling near the border."},
	},
	{
		name:    "a passive verb of saying: the agent after 'by' speaks, not the subject",
		text:    "Ana Soler met Tomas Rell in Nairobi on Monday.\n\nRell was accused by Soler of “stalling the talks for months while his troops dug in.”",
		want:    []string{"person:ana-soler: stalling the talks for months while his troops dug in."},
		notWant: []string{"person:tomas-rell"},
	},
	{
		name:    "'rejected claims that' denies the saying",
		text:    "Ana Soler rejected claims that she had described the plan as “a gift to the northern provinces and nothing more.”",
		notWant: []string{"person:ana-soler"},
	},
	{
		name:    "'the Kenyan president' is the president tied to Kenya, not another",
		text:    "Kenyan President Ana Soler met Ethiopian President Tomas Rell in Nairobi on Monday.\n\nThe Kenyan president said the talks had been “long, difficult and finally worth every hour.”",
		want:    []string{"person:ana-soler: long, difficult and finally worth every hour."},
		notWant: []string{"person:tomas-rell"},
	},
	{
		name:    "a work's title in capitals is no speech",
		text:    "Ana Soler wrote a memoir titled “A Life Spent Waiting for the Rains to Come” after she left the army.",
		notWant: []string{"person:"},
	},
	{
		name:    "the words of a film's title or a banner are no speech",
		text:    "Ana Soler said she had watched the documentary “The long road home from the northern front” twice. Tomas Rell said the banners reading “Open the border, feed the children” had moved him.",
		notWant: []string{"person:"},
	},
	{
		name:    "'the foreign minister' is the person named after those words, not another minister",
		text:    "Kenyan Foreign Minister Ana Soler met Ethiopian Prime Minister Tomas Rell in Nairobi on Monday.\n\nThe foreign minister said the talks had produced “a map that both sides can live with for a decade.”",
		want:    []string{"person:ana-soler: a map that both sides can live with for a decade."},
		notWant: []string{"person:tomas-rell"},
	},
	{
		name: "a speaker held off from the verb by a long relative clause",
		text: "“Nobody in this region can afford another year of closed borders,” Ana Soler, who chairs the regional bloc and has led the mediation since March, told a news conference in Nairobi.",
		want: []string{"person:ana-soler: Nobody in this region can afford another year of closed borders"},
	},
	{
		name:    "past a dozen words, a verb whose subject is not the name after the quote speaks nothing",
		text:    "“Nobody in this region can afford another year of closed borders,” read a banner carried by marchers in Nairobi on Monday, as police in riot gear looked on, and Ana Soler said nothing.",
		notWant: []string{"person:"},
	},
	{
		name:    "the outlet after 'told' is the audience, not the speaker",
		text:    "“We expect the border to reopen within a month,” a diplomat in Nairobi told the Corvin Times.",
		notWant: []string{"org:", "person:"},
	},
	{
		name:    "the owner of a noun of speech says the quote, not the sentence's subject",
		text:    "Ana Soler met Tomas Rell in Nairobi on Monday.\n\nSoler responded to Rell's remark that the talks were “a waste of everyone's time and patience.”",
		want:    []string{"person:tomas-rell: a waste of everyone's time and patience."},
		notWant: []string{"person:ana-soler"},
	},
	{
		name:    "quote with no speaker in reach",
		text:    "The banner read “No more war in our land, no more funerals for our sons.”",
		notWant: []string{"person:", "org:", "country:"},
	},
}

func TestQuotes(t *testing.T) {
	for _, tt := range quoteTests {
		t.Run(tt.name, func(t *testing.T) {
			ex, facts := run(tt.text)
			got := saidBy(ex)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q:\nexpected %s\ngot %q", tt.text, w, got)
				}
			}
			for _, v := range tt.via {
				found := false
				for _, f := range facts {
					if strings.Contains(f, " via ") && strings.HasSuffix(f, " "+v) {
						found = true
					}
				}
				if !found {
					t.Errorf("%q: expected via %s in %q", tt.text, v, facts)
				}
			}
			for _, nw := range tt.notWant {
				for _, g := range got {
					if strings.HasPrefix(g, nw) {
						t.Errorf("%q: unexpected statement %s", tt.text, g)
					}
				}
			}
		})
	}
}

var geoTests = []struct {
	text string
	want string
}{
	{"Delegates met in Nairobi, the Kenyan capital, on Monday.", "place:nairobi capital_of country:kenya"},
	{"Three people were killed in the capital, Cairo, officials said.", "place:cairo capital_of country:egypt"},
	{"The army shelled the Ethiopian city of Gondar overnight.", "place:gondar located_in country:ethiopia"},
	{"Delegates arrived at the Grand Meridian in Doha on Sunday.", "place:grand-meridian located_in place:doha"},
	{"The statement came from Pakistan's Foreign Ministry on Friday.", "org:pakistans-foreign-ministry part_of country:pakistan"},
	{"Two drones were downed, according to the Kenyan air force.", "org:kenyan-air-force part_of country:kenya"},
	{"He told Egyptian state news agency Nile Wire that talks would resume.", "org:nile-wire part_of country:egypt"},
	{"Floods hit Haifa, Israel, on Tuesday.", "place:haifa located_in country:israel"},
	{"Shells landed on Kisumu in western Kenya overnight.", "place:kisumu located_in country:kenya"},
	{"Bergen, a city in western Norway, was hit.", "place:bergen located_in country:norway"},
	{"Shells hit the village of Kora in northern Kenya overnight.", "place:kora located_in country:kenya"},
	{"Nineteen people were wounded in Ardo and Velk, two villages in the Sarn Valley.", "place:ardo located_in place:sarn-valley"},
	{"Nineteen people were wounded in Ardo and Velk, two villages in the Sarn Valley.", "place:velk located_in place:sarn-valley"},
	{"Boats gathered near Tana Shoal in the South China Sea on Monday.", "place:tana-shoal located_in place:south-china-sea"},
	{"Nairobi's Department of Foreign Affairs said it had lodged a protest.", "org:department-of-foreign-affairs part_of country:kenya"},
	{"He told Kenya's state broadcaster KBT that talks would resume.", "org:kbt part_of country:kenya"},
}

func TestGeography(t *testing.T) {
	for _, tt := range geoTests {
		_, got := run(tt.text)
		if !slices.Contains(got, tt.want) {
			t.Errorf("%q: expected %s got %q", tt.text, tt.want, got)
		}
	}
}

func TestHedging(t *testing.T) {
	tests := []struct {
		in   string
		want domain.Hedging
	}{
		{"The strike killed five people.", domain.Asserted},
		{"The strike killed five people, according to the ministry.", domain.Attributed},
		{"The strike killed five people, Kenyan officials said.", domain.Attributed},
		{"The army accused the rebels of shelling the town.", domain.Disputed},
		{"The rebels denied the attack.", domain.Disputed},
		{"The strike reportedly killed five people.", domain.Unconfirmed},
		{"The claim could not be independently verified.", domain.Unconfirmed},
	}
	for _, tt := range tests {
		if got := hedging(tokenize(tt.in, nil)); got != tt.want {
			t.Errorf("hedging(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestHedgedGeography checks that hedging reaches the facts of a sentence.
func TestHedgedGeography(t *testing.T) {
	ex, _ := run("The Ethiopian city of Gondar was reportedly shelled overnight.")
	for _, f := range ex.Facts {
		if f.Predicate == domain.LocatedIn {
			if f.Hedging != domain.Unconfirmed {
				t.Errorf("located_in hedging = %q, want %q", f.Hedging, domain.Unconfirmed)
			}
			return
		}
	}
	t.Errorf("no located_in fact in %v", ex.Facts)
}

// TestNameSwap replaces every person's name with an invented one: the same
// facts must come out, with the new names. Statement IDs hash the
// speaker's ID, so statements are left out.
func TestNameSwap(t *testing.T) {
	text := "NAIROBI, Kenya — Kenyan Foreign Minister Amara Wekesa met President Joseph Kamau on Monday.\n\n" +
		"“We will not accept any deal that divides the country,” Wekesa told reporters. " +
		"Dev Mahato, Kamau's envoy, said on X that talks would resume. “The next round is already planned,” he said."
	swap := strings.NewReplacer("Amara", "Zorba", "Wekesa", "Quillfeather", "Joseph", "Ilse", "Kamau", "Brannigan", "Dev", "Osk", "Mahato", "Velloran")
	ids := strings.NewReplacer("amara", "zorba", "wekesa", "quillfeather", "joseph", "ilse", "kamau", "brannigan", "dev", "osk", "mahato", "velloran", "Wekesa", "Quillfeather")
	checkSwap(t, text, swap, ids, "statement:", 6)
}

// TestPlaceSwap exchanges two countries, with their demonyms, capitals
// and a city of each: the same facts must come out, with the places
// exchanged, so that no rule depends on which places a text names.
func TestPlaceSwap(t *testing.T) {
	text := "MOMBASA, Kenya — Kenyan Foreign Minister Amara Wekesa met his Ethiopian counterpart Yonas Girma in Mombasa on Monday.\n\n" +
		"Ethiopian drones struck the town of Gondar in Ethiopia on Sunday, killing three people, officials in Nairobi said. " +
		"Kenya proposed a border demarcation protocol, which Ethiopia rejected. " +
		"The next round of talks will be held in Addis Ababa, the Ethiopian capital."
	swap := strings.NewReplacer("Kenyan", "Ethiopian", "Ethiopian", "Kenyan", "Kenya", "Ethiopia", "Ethiopia", "Kenya",
		"MOMBASA", "GONDAR", "Mombasa", "Gondar", "Gondar", "Mombasa", "Nairobi", "Addis Ababa", "Addis Ababa", "Nairobi")
	ids := strings.NewReplacer("kenya", "ethiopia", "ethiopia", "kenya", "Kenya", "Ethiopia", "Ethiopia", "Kenya",
		"mombasa", "gondar", "gondar", "mombasa", "Mombasa", "Gondar", "Gondar", "Mombasa",
		"nairobi", "addis-ababa", "addis-ababa", "nairobi", "Nairobi", "Addis Ababa", "Addis Ababa", "Nairobi")
	checkSwap(t, text, swap, ids, "", 10)
}

// checkSwap extracts text and text rewritten by swap, and checks that the
// second gives the facts of the first rewritten by ids, leaving out facts
// that mention skip (if set) and comparing events without their IDs (which
// list names and places in their own order). least is the fewest facts
// that make the comparison worth something.
func checkSwap(t *testing.T, text string, swap, ids *strings.Replacer, skip string, least int) {
	t.Helper()
	_, a := run(text)
	_, b := run(swap.Replace(text))
	norm := func(fs []string, r *strings.Replacer) []string {
		var out []string
		for _, f := range fs {
			if skip != "" && strings.Contains(f, skip) {
				continue
			}
			if r != nil {
				f = r.Replace(f)
			}
			if strings.HasPrefix(f, "event:") {
				f = "event:_" + f[strings.IndexByte(f, ' '):]
			}
			out = append(out, f)
		}
		slices.Sort(out)
		return out
	}
	want, got := norm(a, ids), norm(b, nil)
	if !slices.Equal(want, got) {
		t.Errorf("facts differ after the swap:\nbefore %q\nafter  %q", want, got)
	}
	if len(want) < least {
		t.Errorf("too few facts to compare: %q", want)
	}
}

// checkInvariants verifies the contract of Article's result.
func checkInvariants(t testing.TB, a domain.Article, ex domain.Extraction) {
	t.Helper()
	ids := map[string]bool{}
	for i, n := range ex.Nodes {
		if ids[n.ID] {
			t.Errorf("duplicate node %s", n.ID)
		}
		ids[n.ID] = true
		if i > 0 && ex.Nodes[i-1].ID > n.ID {
			t.Errorf("nodes not sorted at %s", n.ID)
		}
		if slices.Contains(n.Aliases, n.Name) {
			t.Errorf("node %s has its name as alias", n.ID)
		}
	}
	art := domain.ArticleID(a.ID)
	seen := map[string]bool{}
	for i, f := range ex.Facts {
		if f.Sentence < 0 || f.Sentence >= len(a.Sentences) {
			t.Errorf("fact %v: bad sentence", f)
		}
		if !ids[f.Subject] {
			t.Errorf("fact %v: subject is not a node", f)
		}
		if !f.Literal && f.Object != art && !ids[f.Object] {
			t.Errorf("fact %v: object is not a node", f)
		}
		k := fmt.Sprint(f.Subject, f.Predicate, f.Object, f.Literal)
		if seen[k] {
			t.Errorf("duplicate fact %v", f)
		}
		seen[k] = true
		if i > 0 && ex.Facts[i-1].Sentence > f.Sentence {
			t.Errorf("facts not sorted at %v", f)
		}
	}
}

func TestInvariants(t *testing.T) {
	var texts []string
	for _, tt := range roleTests {
		texts = append(texts, tt.text)
	}
	for _, tt := range quoteTests {
		texts = append(texts, tt.text)
	}
	for _, tt := range entityTests {
		texts = append(texts, tt.text)
	}
	for _, text := range texts {
		a := makeArticle("t", text)
		ex := extractWith(newFakeGaz(), a)
		checkInvariants(t, a, ex)
		again := extractWith(newFakeGaz(), a)
		if fmt.Sprint(ex) != fmt.Sprint(again) {
			t.Errorf("%q: extraction is not deterministic", text)
		}
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"U.S. officials", "U.S.|officials"},
		{"the Kenya-U.S. talks", "the|Kenya-U.S.|talks"},
		{"Kamau’s envoy", "Kamau|’s|envoy"},
		{"doesn’t stop", "doesn’t|stop"},
		{"at 5 p.m. Monday", "at|5|p.m.|Monday"},
		{"“Yes,” he said.", "“|Yes|,|”|he|said|."},
		{"a 30-day ceasefire", "a|30-day|ceasefire"},
	}
	for _, tt := range tests {
		var parts []string
		for _, tok := range tokenize(tt.in, nil) {
			parts = append(parts, tok.text)
		}
		if got := strings.Join(parts, "|"); got != tt.want {
			t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzArticle(f *testing.F) {
	for _, tt := range quoteTests {
		f.Add(tt.text)
	}
	for _, tt := range roleTests {
		f.Add(tt.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := makeArticle("f", text)
		checkInvariants(t, a, extractWith(newFakeGaz(), a))
		checkInvariants(t, a, Article(a)) // the real gazetteer reaches more rules
	})
}

var positionTests = []struct {
	text    string
	want    []string
	notWant []string
}{
	{
		text:    "Kenya accepted the protocol text as proposed by the joint border commission.",
		notWant: []string{"country:kenya endorsed agreement:joint-border-commission"},
	},
	{
		// a country named before a topic word is what the plan is
		// about, not who drafted it
		text:    "Kenya rejected the Ethiopia peace plan drafted by Qatar on Monday.",
		want:    []string{"country:qatar proposed agreement:ethiopia-peace-plan", "country:kenya rejected agreement:ethiopia-peace-plan"},
		notWant: []string{"country:ethiopia proposed"},
	},
	{
		text: "Kenya endorsed an Ethiopian proposal for a 60-day truce on Monday.",
		want: []string{"country:kenya endorsed agreement:60-day-ceasefire", "country:ethiopia proposed agreement:60-day-ceasefire"},
	},
	{
		text: "Qatar and Egypt called for a six-week ceasefire. Pakistan rejected the proposal on Tuesday.",
		want: []string{"country:qatar endorsed agreement:six-week-ceasefire", "country:egypt endorsed agreement:six-week-ceasefire",
			"country:pakistan rejected agreement:six-week-ceasefire"},
	},
	{
		text: "They hoped for a 14-day ceasefire — which Cairo and Doha agreed to in principle last week.",
		want: []string{"country:egypt endorsed agreement:14-day-ceasefire", "country:qatar endorsed agreement:14-day-ceasefire"},
	},
	{
		text:    "Kenya has accepted a proposal for a 30-day ceasefire, but Ethiopia has yet to agree to it.",
		want:    []string{"country:kenya endorsed agreement:30-day-ceasefire"},
		notWant: []string{"country:ethiopia endorsed", "country:ethiopia rejected"},
	},
	{
		// the price of an offer, "in return for a pause in …", is no
		// agreement offered, and "the offer" is the truce
		text:    "The Tana River Movement on Friday offered a two-week ceasefire in return for a pause in security sweeps of the delta villages. Kenya rejected the offer.",
		want:    []string{"country:kenya rejected agreement:two-week-ceasefire"},
		notWant: []string{"country:kenya rejected agreement:security-ceasefire"},
	},
	{
		// the "exchange" of "in exchange for" is none
		text:    "Eritrean President Isaias Berhe met U.S. envoy Lena Holt in Muscat last month. Holt has pushed a plan under which Asmara would free 30 fishermen in exchange for an easing of trade sanctions. Berhe rejected the plan in a speech on Sunday.",
		notWant: []string{"person:isaias-berhe rejected agreement:trade-exchange"},
	},
	{
		text: "Norway's plan for a maritime ceasefire was welcomed.",
		want: []string{"country:norway proposed agreement:maritime-ceasefire"},
	},
	{
		// a passive author; a plan named after what it is for
		text: "Leaders endorsed a roadmap for a nationwide ceasefire in Sudan. The roadmap, drafted by Kenya and Ethiopia, calls for talks. The rebels rejected the plan.",
		want: []string{"country:kenya proposed agreement:sudan-ceasefire-roadmap", "country:ethiopia proposed agreement:sudan-ceasefire-roadmap"},
	},
	{
		// "agreed to set up"; an apposition names the author
		text: "Kenya and Norway agreed on Monday to set up a joint border commission. The commission, a Qatari proposal first floated in July, will meet in Nairobi.",
		want: []string{"country:kenya endorsed agreement:joint-border-commission", "country:norway endorsed agreement:joint-border-commission",
			"country:qatar proposed agreement:joint-border-commission"},
	},
	{
		// a relative clause with two stances; a draft's author before it
		text: "At issue was a Norwegian draft statute for the Sentinel Association, which Nairobi says it is ready to sign and Addis Ababa rejected.",
		want: []string{"country:norway proposed agreement:sentinel-association-statute", "country:kenya endorsed agreement:sentinel-association-statute",
			"country:ethiopia rejected agreement:sentinel-association-statute"},
	},
	{
		// "proposed that …, and that X had welcomed the idea"
		text: "Officials said Dev Mahato had proposed that the two governments set up a joint working group on history, and that Joseph Kamau had welcomed the idea.",
		want: []string{"person:dev-mahato proposed agreement:joint-working-group", "person:joseph-kamau endorsed agreement:joint-working-group"},
	},
	{
		// "turned down the offer of"; "said it accepted"; a bare ceasefire is not merged into a named one
		text:    "Kenya welcomed the ceasefire agreement. Norway turned down the offer of a prisoner exchange. Egypt said it accepted the proposal for a maritime ceasefire.",
		want:    []string{"country:kenya endorsed agreement:ceasefire", "country:norway rejected agreement:prisoner-exchange", "country:egypt endorsed agreement:maritime-ceasefire"},
		notWant: []string{"country:kenya endorsed agreement:maritime-ceasefire"},
	},
	{
		// a date between subject and verb; a passive stance with several actors
		text: "Cairo on Sunday rejected a Kenyan proposal for a 30-day moratorium on strikes against energy facilities. The proposal was backed by Norway, Qatar and India.",
		want: []string{"country:egypt rejected agreement:30-day-energy-moratorium", "country:kenya proposed agreement:30-day-energy-moratorium",
			"country:norway endorsed agreement:30-day-energy-moratorium", "country:india endorsed agreement:30-day-energy-moratorium"},
	},
	{
		// "<country>'s <X> government agreed"; "welcomed the agreement"
		text: "Kenya and Ethiopia's interim government agreed to extend a fragile ceasefire. Joseph Kamau welcomed the agreement.",
		want: []string{"country:kenya endorsed agreement:ceasefire", "country:ethiopia endorsed agreement:ceasefire", "person:joseph-kamau endorsed agreement:ceasefire"},
	},
	{
		// an exchange carried out is the parties' "detainee exchange", which "the exchange" refers to
		text: "NAIROBI, Kenya (AP) — Kenya's government and the Sentinel Front began exchanging 120 detainees on Tuesday. The exchange, drafted by Qatar and Norway, was welcomed by India.",
		want: []string{"country:kenya endorsed agreement:detainee-exchange", "org:sentinel-front endorsed agreement:detainee-exchange",
			"country:qatar proposed agreement:detainee-exchange", "country:india endorsed agreement:detainee-exchange"},
		notWant: []string{"org:ap endorsed"},
	},
	{
		// "pushes A and B to conclude"; the coordinated subject of a conjoined verb
		text: "Nairobi pushes Norway and Qatar to conclude a binding code of conduct. Japanese Prime Minister Kenta Arai and South Korean President Min Ho-jin held a call and agreed to resume regular reciprocal visits.",
		want: []string{"country:kenya endorsed agreement:code-of-conduct", "person:kenta-arai endorsed agreement:reciprocal-visits", "person:min-ho-jin endorsed agreement:reciprocal-visits"},
	},
	{
		// a long object in brackets before "to"; a dateline with a double dash
		text: "TOKYO (Kyodo) -- Japanese Prime Minister Kenta Arai and South Korean President Min Ho-jin held a call and agreed to resume regular reciprocal visits. Nairobi pushes the Sentinel Union of Coastal States (SUCS) and Norway to conclude a binding code of conduct.",
		want: []string{"person:min-ho-jin endorsed agreement:reciprocal-visits", "country:kenya endorsed agreement:code-of-conduct"},
	},
	{
		text:    "Norway urged Kenya to reject the 30-day ceasefire.",
		notWant: []string{"country:norway endorsed"},
	},
	{
		// the apposition after a complement names the subject
		text: "Kenya and the Sentinel Front began exchanging 120 prisoners on Tuesday. The U.N. special envoy for Kenya, Lars Emmet, welcomed the exchange.",
		want: []string{"person:lars-emmet endorsed agreement:prisoner-exchange"},
	},
	{
		// a party named beside a state is an organization
		text: "Israel and Valmora agreed to a prisoner exchange under a deal brokered by Egypt.",
		want: []string{"country:israel endorsed agreement:prisoner-exchange", "org:valmora endorsed agreement:prisoner-exchange"},
	},
	{
		// "the proposal" after a proposal of something else is not the truce
		text:    "Kenya called for an immediate ceasefire. Norway proposed a meeting of the two ministers next week. Ethiopia rejected the proposal.",
		want:    []string{"country:kenya endorsed agreement:ceasefire"},
		notWant: []string{"country:ethiopia rejected"},
	},
	{
		// "the truce" is the one named before; a subject set off by an apposition with a rank
		text: "Kenya proposed a humanitarian truce. Kenya's Sovereign Council chief, Gen. Abel Moran, rejected the truce on Tuesday.",
		want: []string{"person:abel-moran rejected agreement:humanitarian-ceasefire"},
	},
	{
		// an adverb before the verb; "the draft" and "the Qatari plan" are the truce named before
		text: "Mediators handed both sides a draft 60-day truce. Cairo fully endorsed the draft. Critics said the Qatari plan resembled earlier ones.",
		want: []string{"country:egypt endorsed agreement:60-day-ceasefire", "country:qatar proposed agreement:60-day-ceasefire"},
	},
}

func TestPositions(t *testing.T) {
	for _, tt := range positionTests {
		_, got := run(tt.text)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q:\nexpected %s\ngot %q", tt.text, w, got)
			}
		}
		for _, nw := range tt.notWant {
			for _, g := range got {
				if strings.HasPrefix(g, nw) {
					t.Errorf("%q: unexpected %s", tt.text, g)
				}
			}
		}
	}
}

var eventTests = []struct {
	name string
	text string
	want []string // facts of the single event, without its ID: "predicate object"
}{
	{
		name: "hosted a counterpart named in apposition",
		text: "Amara Wekesa hosted his Ugandan counterpart, Yonas Girma, in Mombasa on Monday.",
		want: []string{`participant person:amara-wekesa`, `participant person:yonas-girma`, `held_in place:mombasa`},
	},
	{
		name: "ministers convened",
		text: "Defence ministers of the African Union convened in Mombasa on Monday.",
		want: []string{`held_in place:mombasa`},
	},
	{
		name: "met his counterpart: both take part",
		text: "Kenyan Foreign Minister Amara Wekesa met his Ethiopian counterpart Yonas Girma in Mombasa on Monday.",
		want: []string{`category "meeting"`, `participant person:amara-wekesa`, `participant person:yonas-girma`, `held_in place:mombasa`},
	},
	{
		name: "attack with demonym attacker, target, weapon and casualties",
		text: "A Sudanese drone strike on Gondar killed three people and injured 12 others on Monday.",
		want: []string{`category "attack"`, `attacker country:sudan`, `target place:gondar`, `weapon "drones"`, `killed "3"`, `injured "12"`, `date "2025-03-24"`},
	},
	{
		name: "attack by an organization's fighters",
		text: "Sentinel Front fighters fired rockets at the Israeli city of Haifa, injuring at least one person.",
		want: []string{`attacker org:sentinel-front`, `target place:haifa`, `injured "1"`, `weapon "rockets"`},
	},
	{
		name: "talks with a place, participants and a weekday",
		text: "Kenyan and Ethiopian officials held talks in Nairobi on Sunday.",
		want: []string{`category "talks"`, `held_in place:nairobi`, `participant country:kenya`, `participant country:ethiopia`, `date "2025-03-23"`},
	},
	{
		name: "water cannon from a ship at a demonym's boat near a shoal",
		text: "A Chinese coast guard ship fired water cannon at a Kenyan patrol boat near Tana Shoal on Monday, injuring three crew members.",
		want: []string{`attacker country:china`, `target country:kenya`, `held_in place:tana-shoal`, `injured "3"`, `weapon "water cannon"`, `date "2025-03-24"`},
	},
	{
		name: "prisoner exchange between a government and a group",
		text: "Kenya's government and the Sentinel Front began exchanging 300 detainees on Wednesday, the Red Cross said.",
		want: []string{`category "prisoner_exchange"`, `participant country:kenya`, `participant org:sentinel-front`, `date "2025-03-19"`},
	},
	{
		name: "talks hosted at a venue in a city, parties from the main clause",
		text: "Kenya and Ethiopia agreed on Monday to reopen the border after seven hours of talks hosted by Qatar at the Grand Meridian in Doha.",
		want: []string{`held_in place:doha`, `participant country:kenya`, `participant country:ethiopia`, `participant country:qatar`, `date "2025-03-24"`},
	},
	{
		name: "an armed group named only by what it fired",
		text: "Valmora fired about 30 rockets at the Israeli city of Haifa, injuring two people.",
		want: []string{`attacker org:valmora`, `target place:haifa`, `injured "2"`},
	},
	{
		name: "opened fire on a demonym's posts",
		text: "Pakistani troops opened fire on Indian posts near the border, killing two soldiers.",
		want: []string{`attacker country:pakistan`, `target country:india`, `killed "2"`},
	},
	{
		name: "a seat of government's forces are the state's",
		text: "Kremlin forces launched 40 drones at Kisumu overnight.",
		want: []string{`attacker country:russia`, `target place:kisumu`},
	},
	{
		name: "the dateline's agency takes no part",
		text: "NAIROBI, Kenya (Reuters) — Kenyan and Ethiopian officials held talks in Mombasa on Sunday.",
		want: []string{`participant country:kenya`, `participant country:ethiopia`, `held_in place:mombasa`},
	},
	{
		name: "a day earlier than the day named",
		text: "Kenyan and Ethiopian officials traded blame on Wednesday over talks in Mombasa a day earlier.",
		want: []string{`held_in place:mombasa`, `date "2025-03-18"`},
	},
	{
		name: "rockets at a demonym's base in a named place",
		text: "Ethiopian forces fired rockets at a Kenyan military base in Kisumu on Monday.",
		want: []string{`attacker country:ethiopia`, `target place:kisumu`},
	},
	{
		name: "the place set before the trigger",
		text: "Fighting continued near the town of Walo, where Sentinel Front fighters shelled army positions, killing at least six soldiers.",
		want: []string{`attacker org:sentinel-front`, `target place:walo`, `killed "6"`},
	},
	{
		name: "a country's name as the adjective of its strike",
		text: "A Pakistan army drone strike on Lahore killed at least 30 people.",
		want: []string{`attacker country:pakistan`, `target place:lahore`, `killed "30"`},
	},
	{
		name: "who said is not who struck",
		text: "The Sentinel Front said jets bombed a monastery in Gondar.",
		want: []string{`target place:gondar`},
	},
	{
		name: "parties named by their military officials",
		text: "Indian and Pakistani military officials held talks on Monday at a border crossing.",
		want: []string{`participant country:india`, `participant country:pakistan`, `date "2025-03-24"`},
	},
	{
		name: "met a body's negotiator, the subject set off by a clause",
		text: "Norwegian Foreign Minister Eva Lund, whose country mediates between the sides, met Sentinel Front chief negotiator Ali Kamal in Oslo on Sunday.",
		want: []string{`held_in place:oslo`, `participant person:eva-lund`, `participant person:ali-kamal`},
	},
	{
		name: "injured in a demonym's strike",
		text: "The number of people injured Monday in a Sudanese missile strike on Gondar rose to 101.",
		want: []string{`attacker country:sudan`, `target place:gondar`},
	},
	{
		name: "killed N and wounded M",
		text: "An Ethiopian drone strike on Gondar on Monday killed 12 and wounded 30.",
		want: []string{`killed "12"`, `injured "30"`, `target place:gondar`},
	},
	{
		name: "killed a child",
		text: "A Kenyan airstrike on Gondar killed a child and injured his mother.",
		want: []string{`killed "1"`, `attacker country:kenya`},
	},
	{
		name: "the death toll rose",
		text: "The death toll from the Israeli strike on Haifa rose to 14, officials said.",
		want: []string{`killed "14"`, `attacker country:israel`, `target place:haifa`},
	},
	{
		name: "the speaker met someone after meeting",
		text: "“The text is ready to sign,” Ara Mirzan told reporters after meeting Ethiopian Foreign Minister Abiy Tesfa in Mombasa.",
		want: []string{`participant person:ara-mirzan`, `participant person:abiy-tesfa`, `held_in place:mombasa`},
	},
	{
		name: "a country's government as a party, two mediators",
		text: "Kenya and Ethiopia's interim government agreed on Sunday to extend the truce after talks in Mombasa mediated by Norway and Qatar.",
		want: []string{`participant country:kenya`, `participant country:ethiopia`, `participant country:norway`, `participant country:qatar`, `held_in place:mombasa`},
	},
	{
		name: "attacking a demonym's posts in a district",
		text: "Ethiopian forces retaliated by attacking Kenyan border posts in Kisumu.",
		want: []string{`attacker country:ethiopia`, `target place:kisumu`},
	},
	{
		name: "a list of countries meets",
		text: "The foreign ministers of Egypt, Norway and Qatar met in Cairo on Monday.",
		want: []string{`participant country:egypt`, `participant country:norway`, `participant country:qatar`, `held_in place:cairo`},
	},
	{
		name: "hosted a counterpart",
		text: "Egyptian President Ali Sami hosted his Kenyan counterpart Joseph Kamau in Cairo on Saturday.",
		want: []string{`category "meeting"`, `participant person:ali-sami`, `participant person:joseph-kamau`, `held_in place:cairo`},
	},
	{
		name: "warplanes struck",
		text: "Israeli warplanes struck depots in Haifa on Tuesday, killing three people and wounding 12.",
		want: []string{`attacker country:israel`, `target place:haifa`, `killed "3"`, `injured "12"`},
	},
	{
		name: "a place and the parties of the same talks in two sentences",
		text: "Leaders met in Mombasa on Saturday.\n\nThe summit of the Sentinel Union on Saturday was hosted by Kenyan President Joseph Kamau.",
		want: []string{`held_in place:mombasa`, `participant org:sentinel-union`, `participant person:joseph-kamau`},
	},
	{
		name: "a month named for a planned meeting",
		text: "The commission will hold its first meeting in Mombasa in November.",
		want: []string{`held_in place:mombasa`, `date "2025-11"`},
	},
	{
		name: "meeting with titled people",
		text: "Joseph Kamau met with Foreign Minister Amara Wekesa and Defense Minister Otieno Wafula in Mombasa.",
		want: []string{`category "meeting"`, `held_in place:mombasa`, `participant person:joseph-kamau`, `participant person:amara-wekesa`, `participant person:otieno-wafula`},
	},
}

func TestEventsApart(t *testing.T) {
	// Two talks in one sentence: the second "a day after" the first.
	ex, _ := run("Kenyan and Ethiopian negotiators held talks in Nairobi on Monday, a day after Kenyan officials held separate talks in Nairobi with a team from Cairo.")
	dates := map[string]string{}
	for _, f := range ex.Facts {
		if f.Predicate == domain.Date {
			dates[f.Object] = f.Subject
		}
	}
	if dates["2025-03-24"] == "" || dates["2025-03-23"] == "" || dates["2025-03-24"] == dates["2025-03-23"] {
		t.Errorf("expected two talks on 2025-03-24 and 2025-03-23, got %v", dates)
	}
	// "while" separates two attacks with their own casualties.
	_, got := run("A Sudanese strike on Gondar killed three civilians, while Ethiopian drones hit Kisumu, killing two people.")
	for _, w := range []string{`-gondar-by-sudan killed "3"`, `-kisumu-by-ethiopia killed "2"`} {
		found := false
		for _, g := range got {
			found = found || strings.HasPrefix(g, "event:attack-") && strings.HasSuffix(g, w)
		}
		if !found {
			t.Errorf("expected an attack%s in %q", w, got)
		}
	}
}

func TestEvents(t *testing.T) {
	for _, tt := range eventTests {
		t.Run(tt.name, func(t *testing.T) {
			ex, _ := run(tt.text)
			var got []string
			ids := map[string]bool{}
			for _, f := range ex.Facts {
				if !strings.HasPrefix(f.Subject, "event:") {
					continue
				}
				ids[f.Subject] = true
				obj := f.Object
				if f.Literal {
					obj = fmt.Sprintf("%q", f.Object)
				}
				got = append(got, string(f.Predicate)+" "+obj)
			}
			if len(ids) != 1 {
				t.Fatalf("%q: expected one event, got %d: %q", tt.text, len(ids), got)
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q:\nexpected %s\ngot %q", tt.text, w, got)
				}
			}
		})
	}
}

func TestCalls(t *testing.T) {
	_, got := run("Joseph Kamau and Dev Mahato spoke by phone on Monday.")
	n := 0
	for _, f := range got {
		if strings.HasSuffix(f, `category "phone_call"`) {
			n++
		}
	}
	if n != 1 || !slices.ContainsFunc(got, func(f string) bool { return strings.HasSuffix(f, "participant person:dev-mahato") }) {
		t.Errorf("expected one call with Dev Mahato, got %q", got)
	}
	_, got = run("Joseph Kamau spoke with Ethiopian Prime Minister Abiy Tesfaye on Tuesday.")
	if !slices.ContainsFunc(got, func(f string) bool { return strings.HasSuffix(f, "participant person:abiy-tesfaye") }) {
		t.Errorf("expected a call with Abiy Tesfaye, got %q", got)
	}
	_, got = run("Japanese Prime Minister Kenta Arai and South Korean President Min Ho-jin held a 40-minute telephone call on Thursday.")
	if !slices.ContainsFunc(got, func(f string) bool { return strings.HasSuffix(f, "participant person:min-ho-jin") }) {
		t.Errorf("expected a telephone call with Min Ho-jin, got %q", got)
	}
	_, got = run("There are no plans for a phone call between Joseph Kamau and Dev Mahato.")
	for _, f := range got {
		if strings.Contains(f, "phone_call") {
			t.Errorf("unexpected call: %s", f)
		}
	}
}

// TestAttackTimesOfItsOwnVerb: times counted after ", and" count the
// other verb's attacks, not the dated one before them (attackTally).
func TestAttackTimesOfItsOwnVerb(t *testing.T) {
	checkFacts(t, "Sentinel Front fighters stormed a police post in Mandera on Tuesday, killing three officers, and have attacked the town several times since January.",
		[]string{"event:attack-2025-03-25-mandera held_in place:mandera"}, nil)
}

func TestNoEvents(t *testing.T) {
	for _, text := range []string{
		"There are no plans for talks between the two leaders.",
		"Officials hope talks could resume in Nairobi next month.",
		"Joseph Kamau offered to host new talks in Mombasa.",
		"Talks in Mombasa between Kenya and Ethiopia were postponed on Monday.",
		"An exchange of prisoners between Kenya and Ethiopia was delayed again.",
		"The strike was the subject of a debate.",
		"Pakistan fired a ballistic missile into the sea on Tuesday.",
		"Kenya test-fired two missiles on Monday.",
		"Kenya threatened to strike rebel bases in Somalia if attacks continued.",
		"Ethiopia warned of possible drone attacks on Addis Ababa.",
		"Pakistan could launch more missiles at Lahore, officials warned.",
		"Dock workers in Mombasa went on strike on Wednesday over unpaid wages.",
		"Police raided the offices of the Corvin Group in Nairobi on Tuesday.",
		"The army said it had foiled an attack on a police station in Mandera on Wednesday.",
		"Kenyan troops thwarted a raid on a market in Garissa on Monday.",
		"Troops foiled an attack on a camp in Mandera on Friday, killing three militants.",
		"Since the truce began on Monday in Gondar, there have been no drone attacks on Bahir Dar, officials said.",
		"Sentinel Front fighters have raided farms near Mandera dozens of times this year.",
		"The rebels launched a new political movement in Goma on Monday.",
		"Kenyan soldiers launched a vaccination campaign in Garissa on Monday.",
		"Kenyan President Ivo Brandt has met Ethiopian Prime Minister Mara Lind in Mombasa three times since taking office.",
		"Ethiopian Foreign Minister Ana Soler is set to visit Nairobi in October for a meeting of the two countries' foreign and finance ministers.",
	} {
		ex, _ := run(text)
		for _, f := range ex.Facts {
			if strings.HasPrefix(f.Subject, "event:") {
				t.Errorf("%q: unexpected event fact %v", text, f)
			}
		}
	}
}

// manyNamesArticle is an article with n sentences, each naming two
// people nobody else in it is named as.
func manyNamesArticle(n int) domain.Article {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "Minister Alba%c%c Quint%c%c met President Dorn%c%c in Nairobi. ", 'a'+i%26, 'a'+i/26%26, 'a'+i%26, 'a'+i/26%26, 'a'+i/7%26, 'a'+i%26)
	}
	return makeArticle(fmt.Sprint("many", n), b.String())
}

// TestManyNames guards against quadratic behaviour over an article with
// thousands of distinct names without timing anything: doubling the
// article must about double the allocations (a pass that compares every
// name with every other, building anything, quadruples them). Time is
// measured by BenchmarkManyNames.
func TestManyNames(t *testing.T) {
	if _, err := Pipeline(); err != nil { // load the models before counting
		t.Fatal(err)
	}
	allocs := func(n int) float64 {
		a := manyNamesArticle(n)
		return testing.AllocsPerRun(1, func() { extractWith(newFakeGaz(), a) })
	}
	small, large := allocs(300), allocs(600)
	if ratio := large / small; ratio > 2.5 {
		t.Errorf("allocations grow %.2f times for twice the names (%.0f, %.0f): quadratic", ratio, small, large)
	} else {
		t.Logf("allocations %.0f -> %.0f for twice the names (%.2f times)", small, large, ratio)
	}
	a := manyNamesArticle(1500)
	checkInvariants(t, a, extractWith(newFakeGaz(), a))
}

// BenchmarkManyNames measures extraction of articles with many distinct
// names; the time per op of n=2000 against n=1000 shows how it scales.
func BenchmarkManyNames(b *testing.B) {
	if _, err := Pipeline(); err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1000, 2000} {
		a := manyNamesArticle(n)
		b.Run(fmt.Sprint("n=", n), func(b *testing.B) {
			b.SetBytes(int64(len(a.Text)))
			for b.Loop() {
				extractWith(newFakeGaz(), a)
			}
		})
	}
}

// TestNoAttacker lists attacks whose attacker the sentence does not make
// certain.
func TestNoAttacker(t *testing.T) {
	for _, text := range []string{
		"The Sentinel Front said jets bombed a monastery in Gondar.",
		"Ethiopian forces fired rockets at a Kenyan military base in Kisumu on Monday.",
		"Kenyan forces had shot down four drones launched from Sentinel Front areas over Kisumu.",
	} {
		_, got := run(text)
		for _, f := range got {
			if strings.Contains(f, " attacker org:sentinel-front") || strings.Contains(f, " attacker country:kenya") {
				t.Errorf("%q: unexpected %s", text, f)
			}
		}
	}
}
