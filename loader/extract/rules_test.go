package extract

import (
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/domain"
)

// ruleTest is an invented sentence and the facts a structure rule must
// state from it (want) and must not (notWant).
type ruleTest struct {
	rule    string
	text    string
	want    []string
	notWant []string
}

// ruleTests are every structure rule's tests: TestRuleRegistry checks
// that each rule has at least one.
var ruleTests = slices.Concat(roleRuleTests, roleReadTests, spokesRuleTests, geoRuleTests, killRuleTests, partRuleTests, positionRuleTests, quoteRuleTests, eventRuleTests)

// roleRuleTests test the role rules (rules.go).
var roleRuleTests = []ruleTest{
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
		rule: "role-apposition",
		text: "Ivo Brandt, the leader of the opposition Corvin Alliance, rejected the result on Sunday.",
		want: []string{"person:ivo-brandt head_of org:corvin-alliance"},
	},
	{
		rule:    "role-apposition",
		text:    "Lukas Brenner, chief executive of Halden Bank, declined to comment. Ana Soler, the central bank's governor, raised rates.",
		notWant: []string{"person:ana-soler head_of org:halden-bank"},
	},
	{
		rule: "role-apposition",
		text: "The Corvin Pilots Association opposed the bill on Tuesday. Its president, Ivo Brandt, said in a statement that the plan would fail.",
		want: []string{"person:ivo-brandt head_of org:corvin-pilots-association"},
	},
	{
		rule: "role-apposition",
		text: "The Corvin Islands Forum met in Suva on Monday. Losa Tuilagi, the forum's secretary general, said leaders had agreed to keep talking.",
		want: []string{"person:losa-tuilagi head_of org:corvin-islands-forum"},
	},
	{
		rule:    "role-apposition",
		text:    "Mara Lind, the Corvin Foundation's regional director for Mombasa, arrived in Nairobi on Tuesday.",
		want:    []string{"person:mara-lind member_of org:corvin-foundation"},
		notWant: []string{"person:mara-lind head_of"},
	},
	{
		rule: "role-verb",
		text: "Ghanaian President Kwame Mensah, who chairs the Corvin Council, spoke on Wednesday.",
		want: []string{"person:kwame-mensah head_of org:corvin-council"},
	},
	// pastTenure: a post the past tense says was left
	{
		rule:    "role-verb",
		text:    "Ana Soler, who led the Corvin Front until 2019, said the vote was rigged.",
		notWant: []string{"person:ana-soler head_of"},
	},
	{
		rule:    "role-verb",
		text:    "Ivo Brandt, who once worked at the Halden Institute, now teaches in Kisumu.",
		notWant: []string{"person:ivo-brandt member_of org:halden-institute"},
	},
	{
		rule: "role-verb",
		text: "Ana Soler, who has led the Corvin Front since 2019, said the vote was rigged.",
		want: []string{"person:ana-soler head_of org:corvin-front"},
	},
	{
		rule: "role-verb",
		text: "Sen. Ana Soler, R-Texas, who chairs the Corvin Committee, said the agency had known.",
		want: []string{"person:ana-soler head_of org:corvin-committee"},
	},
	{
		// "the company" is the one company named before
		rule: "role-apposition",
		text: "The mine is run by Corvin Copper. The company's chief executive, Ana Soler, said in a statement that it regretted the deaths.",
		want: []string{"person:ana-soler head_of org:corvin-copper"},
	},
	{
		// "Cabinet Secretary" is one title, no body named "Interior Cabinet"
		rule:    "role-premodifier",
		text:    "NAIROBI (Reuters) - Interior Cabinet Secretary Ana Soler said she would appeal the ruling.",
		notWant: []string{"person:ana-soler head_of"},
	},
	{
		// a high commissioner is an ambassador between Commonwealth
		// countries
		rule: "role-apposition",
		text: "Ethiopia summoned Kenya's high commissioner, Ana Soler, over the border clash.",
		want: []string{"person:ana-soler envoy_of country:kenya"},
	},
	{
		rule: "role-whose",
		text: "The Corvin Group, whose chief executive, Ana Soler, flew to Nairobi, denied the report.",
		want: []string{"person:ana-soler head_of org:corvin-group"},
	},
	{
		// the body an apposition before "whose" describes
		rule: "role-whose",
		text: "The loan came from Halden Bank, a lender based in Nairobi, whose spokesman, Ivo Brandt, declined to comment.",
		want: []string{"person:ivo-brandt spokesperson_for org:halden-bank"},
	},
	{
		// a person before "whose": the title is a kinship or a role of
		// that person, no body
		rule:    "role-whose",
		text:    "Ana Soler, whose lawyer, Ivo Brandt, spoke to reporters, denied the charges.",
		notWant: []string{"person:ivo-brandt member_of", "person:ivo-brandt head_of"},
	},
	{
		// a company's title: "its" names no country, whatever the
		// coreference model links it to
		rule:    "role-apposition",
		text:    "Corvin Motors, the largest employer in Kenya, said it would build two factories in Kisumu. Its vice chairman, Ivo Brandt, met officials on Friday.",
		notWant: []string{"person:ivo-brandt member_of country:kenya"},
	},
	{
		rule: "role-premodifier",
		text: "Defense Minister Ivo Petrov of Kenya arrived in Addis Ababa on Monday.",
		want: []string{"person:ivo-petrov minister_of country:kenya"},
	},
	{
		rule: "role-apposition",
		text: "Kenya's ambassador in Washington, Ruth Wanjiku, met State Department officials.",
		want: []string{"person:ruth-wanjiku envoy_of country:kenya"},
	},
	{
		rule: "role-apposition",
		text: "Kenya's ambassador to international organizations in Oslo, Peter Ochieng, said Nairobi supported the agreement.",
		want: []string{"person:peter-ochieng envoy_of country:kenya"},
	},
	{
		rule: "role-apposition",
		text: "The delegation was led by the Corvin Union's mediator, Ivo Brandt, a former president.",
		want: []string{"person:ivo-brandt envoy_of org:corvin-union"},
	},
	{
		rule: "role-apposition",
		text: "Ana Soler, a senior diplomat at the Corvin Union, said the talks would resume.",
		want: []string{"person:ana-soler member_of org:corvin-union"},
	},
	{
		rule:    "role-apposition",
		text:    "Ivo Petrov, the would-be mayor of Nairobi, conceded defeat.",
		notWant: []string{"person:ivo-petrov head_of"},
	},
	{
		rule:    "role-apposition",
		text:    "Lena Fischer, the head of research at Halden Bank, said rates would fall.",
		want:    []string{"person:lena-fischer member_of org:halden-bank"},
		notWant: []string{"person:lena-fischer head_of"},
	},
	{
		rule:    "role-apposition",
		text:    "Omar Said, Halden Bank's head of compliance, resigned on Friday.",
		want:    []string{"person:omar-said member_of org:halden-bank"},
		notWant: []string{"person:omar-said head_of"},
	},
	{
		rule: "role-as",
		text: "Halden Bank's board appointed Ana Soler as chief executive, the bank said on Monday.",
		want: []string{"person:ana-soler head_of org:halden-bank"},
	},
	{
		rule: "role-as",
		text: "Ana Soler was sworn in as president of the Corvin Foundation on Monday.",
		want: []string{"person:ana-soler head_of org:corvin-foundation"},
	},
	{
		rule: "role-premodifier",
		text: "Kamau special envoy Tomas Reyes flew to Nairobi on Monday for talks.",
		want: []string{"person:tomas-reyes envoy_of person:kamau"},
	},
	{
		rule: "role-counterpart",
		text: "Ana Soler is the foreign minister of Kenya. On Monday she met her Ethiopian counterpart, Ivo Brandt, in Nairobi.",
		want: []string{"person:ivo-brandt minister_of country:ethiopia"},
	},
	{
		rule:    "role-counterpart",
		text:    "Ana Soler met her Ethiopian counterpart, Ivo Brandt, in Nairobi on Monday.",
		notWant: []string{"person:ivo-brandt minister_of", "person:ivo-brandt president_of"},
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
		rule: "role-verb",
		text: "Ana Soler, who heads the Corvin Institute, said the plan was sound.",
		want: []string{"person:ana-soler head_of org:corvin-institute"},
	},
	{
		rule: "role-verb",
		text: "Tomas Rell, 63, who leads the opposition Sentinel Party, called the deal a betrayal.",
		want: []string{"person:tomas-rell head_of org:sentinel-party"},
	},
	{
		rule:    "role-apposition",
		text:    "Mara Lind, a Danish nurse, and Ivo Brandt, a Dutch engineer, both employees of the Corvin Institute, were freed on Monday.",
		want:    []string{"person:ivo-brandt member_of org:corvin-institute"},
		notWant: []string{`person:ivo-brandt title "employees"`},
	},
	{
		// the body a definite noun stands for may be named far back
		rule: "role-apposition",
		text: "The Pacific Trade Forum opened in Apia on Monday. Delegates discussed item 1 of the agenda. Delegates discussed item 2 of the agenda. Delegates discussed item 3 of the agenda. Delegates discussed item 4 of the agenda. Delegates discussed item 5 of the agenda. Delegates discussed item 6 of the agenda. Delegates discussed item 7 of the agenda. Delegates discussed item 8 of the agenda. Delegates discussed item 9 of the agenda. Delegates discussed item 10 of the agenda. Delegates discussed item 11 of the agenda. Delegates discussed item 12 of the agenda. Delegates discussed item 13 of the agenda. Delegates discussed item 14 of the agenda. Mara Lind, the forum's secretary general, said leaders had agreed.",
		want: []string{"person:mara-lind head_of org:pacific-trade-forum"},
	},
	{
		rule: "role-apposition",
		text: "Interior Minister Joseph Karanu defended the raid on Monday. His spokesman, Peter Odhiambo, said the ministry had acted on intelligence.",
		want: []string{"person:peter-odhiambo spokesperson_for person:joseph-karanu"},
	},
	{
		// the body's head noun before its complement; the name a conjunct
		// of the place that ends the title
		rule: "role-apposition",
		text: "Aid deliveries fell by half, according to the Corvin Office for Refugee Affairs.\nThe office's head of operations in Gaza, Ingrid Solheim, said fuel remained short.",
		want: []string{"person:ingrid-solheim member_of org:corvin-office-for-refugee-affairs"},
	},
	{
		// no country the gazetteer knows for the counterpart: not the
		// peer's either, though a bare title would guess it
		rule:    "role-counterpart",
		text:    "NAIROBI (Reuters) - Kenya signed a trade deal with Vesta on Monday.\nKenya's Minister of Industry and Trade, Ruth Achieng, and her Vestan counterpart, Trade Minister Ivo Brandt, signed the deal.",
		want:    []string{"person:ruth-achieng minister_of country:kenya"},
		notWant: []string{"person:ivo-brandt minister_of country:kenya"},
	},
	{
		rule:    "role-apposition",
		text:    "Maria Soto, the party's leader in the Senate, rejected the plan.",
		notWant: []string{"person:maria-soto head_of"},
	},
	{
		rule:    "role-apposition",
		text:    "Anna Berg, the Kenya director of the Corvin Institute, condemned the arrest.",
		want:    []string{"person:anna-berg member_of org:corvin-institute"},
		notWant: []string{"person:anna-berg head_of"},
	},
	{
		rule: "role-apposition",
		text: "Mara Lind, the Corvin Institute's humanitarian coordinator for Kenya, said food stocks would last a week.",
		want: []string{"person:mara-lind member_of org:corvin-institute"},
	},
	{
		rule: "role-appointed",
		text: "President Ana Soler of Kenya appointed Ivo Brandt as foreign minister on Tuesday.",
		want: []string{"person:ivo-brandt minister_of country:kenya"},
	},
	{
		rule:    "role-appointed",
		text:    "Ana Soler, the chairwoman of the Corvin Group, appointed Ivo Brandt as finance minister of the group's board.",
		notWant: []string{"person:ivo-brandt minister_of"},
	},
	{
		rule: "role-led-by",
		text: "The Sentinel Front, led by former army colonel Ivo Marden, rejected the plan.",
		want: []string{"person:ivo-marden head_of org:sentinel-front"},
	},
	{
		rule: "role-of",
		text: "The plan was sound, said Ana Soler of the Corvin Institute.",
		want: []string{"person:ana-soler member_of org:corvin-institute"},
	},
	{
		rule: "role-of",
		text: "In the field of optics, Mara Lind at the Corvin Institute has made progress.",
		want: []string{"person:mara-lind member_of org:corvin-institute"},
	},
	{
		rule:    "role-of",
		text:    "Karl Benning of NATO and Omar Tidi of the Corvin Institute were chosen for the panel.",
		want:    []string{"person:karl-benning member_of org:nato", "person:omar-tidi member_of org:corvin-institute"},
		notWant: []string{"person:karl-benning member_of org:corvin-institute", "person:omar-tidi member_of org:nato"},
	},
	{
		rule: "role-of",
		text: "Ana Soler and Ivo Brandt of the Corvin Institute signed the letter.",
		want: []string{"person:ana-soler member_of org:corvin-institute", "person:ivo-brandt member_of org:corvin-institute"},
	},
	{
		rule:    "role-of",
		text:    "The minister met Mara Lind at the Corvin Institute on Monday.",
		notWant: []string{"person:mara-lind member_of"},
	},
	{
		rule: "role-apposition",
		text: "The Corvin Group said on Monday that its spokesman, Tomas Reyes, would resign.",
		want: []string{"person:tomas-reyes spokesperson_for org:corvin-group"},
	},
	{
		rule:    "role-apposition",
		text:    "The United Nations monitoring mission, led by a former minister, said voting was calm.\n\nHalden Biologics said on Monday it had paused the trial. Its chief executive, Ivo Marden, said the company would review the data.",
		want:    []string{"person:ivo-marden head_of org:halden-biologics"},
		notWant: []string{"person:ivo-marden head_of org:united-nations"},
	},
	{
		rule: "role-apposition",
		text: "Ivo Brandt, a comptroller at the Corvin Group, said the plant was safe.",
		want: []string{"person:ivo-brandt member_of org:corvin-group"},
	},
	{
		rule: "role-verb",
		text: "Ivo Brandt, who runs the Corvin Institute, said the plan was sound.",
		want: []string{"person:ivo-brandt head_of org:corvin-institute"},
	},
	{
		rule: "role-verb",
		text: "Ana Soler teaches at Halden University.",
		want: []string{"person:ana-soler member_of org:halden-university"},
	},
	{
		rule: "role-verb",
		text: "\"The vaults are dry,\" said Ana Soler, who runs the Corvin Institute.",
		want: []string{"person:ana-soler head_of org:corvin-institute"},
	},
	{
		rule: "role-apposition",
		text: "Prices rose, said Ivo Brandt, grain economist with the Corvin Group in Amberton.",
		want: []string{"person:ivo-brandt member_of org:corvin-group"},
	},
	{
		rule:    "role-apposition",
		text:    "Ivo Brandt, chief of crop research for the Corvin Institute, said the harvest was poor.",
		want:    []string{"person:ivo-brandt member_of org:corvin-institute"},
		notWant: []string{"person:ivo-brandt head_of"},
	},
	{
		rule: "role-apposition",
		text: "Mara Lind, editor and columnist for the Halden Courier, wrote the piece.",
		want: []string{"person:mara-lind member_of org:halden-courier"},
	},
	{
		rule:    "role-apposition",
		text:    "Mara Lind, the honorary president of the Corvin Institute, opened the fair.",
		want:    []string{"person:mara-lind member_of org:corvin-institute"},
		notWant: []string{"person:mara-lind head_of"},
	},
	{
		rule: "role-of",
		text: "The plan was drawn up by Ana Soler, 52, of the Corvin Institute.",
		want: []string{"person:ana-soler member_of org:corvin-institute"},
	},
	{
		rule: "role-apposition",
		text: "Ivo Brandt, chairman of the largest opposition party, the Sentinel Party, said the vote was rigged.",
		want: []string{"person:ivo-brandt head_of org:sentinel-party"},
	},
	{
		rule: "role-apposition",
		text: "Prices rose, said Ana Soler, a soil chemist with the Corvin Group's research service.",
		want: []string{"person:ana-soler member_of org:corvin-group"},
	},
	{
		rule:    "role-apposition",
		text:    "The advertisement was paid for by Ivo Brandt, one of the directors of the Sentinel Party, last week.",
		want:    []string{"person:ivo-brandt member_of org:sentinel-party"},
		notWant: []string{"person:ivo-brandt head_of"},
	},
	{
		rule: "role-apposition",
		text: "Mara Lind, presidential candidate of the Sentinel Party, spoke in Amberton.",
		want: []string{"person:mara-lind member_of org:sentinel-party"},
	},
	{
		rule: "role-apposition",
		text: "Ivo Brandt, owner of the Corvin Group and the Halden Courier, was arrested.",
		want: []string{"person:ivo-brandt member_of org:corvin-group", "person:ivo-brandt member_of org:halden-courier"},
	},
	{
		rule: "role-apposition",
		text: "Ana Soler, a professor at Halden University and the Corvin Institute, said the test failed.",
		want: []string{"person:ana-soler member_of org:halden-university", "person:ana-soler member_of org:corvin-institute"},
	},
	{
		rule: "role-apposition",
		text: "The Corvin Group's technical manager, engineer Ivo Brandt, said the river was polluted.",
		want: []string{"person:ivo-brandt member_of org:corvin-group"},
	},
	{
		rule: "role-of",
		text: "The findings were disputed by Ana Soler of Nairobi's Corvin Institute on Monday.",
		want: []string{"person:ana-soler member_of org:corvin-institute"},
	},
	{
		rule: "role-apposition",
		text: "A Halden University law professor, Ana Soler helped draft the bill.",
		want: []string{"person:ana-soler member_of org:halden-university"},
	},
	{
		rule:    "role-apposition",
		text:    "After meeting the Halden University professor, Ana Soler drafted the bill.",
		notWant: []string{"person:ana-soler member_of"},
	},
	{
		rule: "role-of",
		text: "Ana Soler and Ivo Brandt of the Corvin Institute say the order was never given.",
		want: []string{"person:ana-soler member_of org:corvin-institute", "person:ivo-brandt member_of org:corvin-institute"},
	},
	{
		rule:    "role-apposition",
		text:    "Reporters met Ana Soler, leader of the striking miners and vice-president of the Corvin Union.",
		want:    []string{"person:ana-soler member_of org:corvin-union"},
		notWant: []string{"person:ana-soler head_of org:corvin-union"},
	},
	{
		rule: "role-of",
		text: "\"The wells are dry,\" Ivo Brandt, of the Corvin Group's water division, said on Monday.",
		want: []string{"person:ivo-brandt member_of org:corvin-group"},
	},
	{
		rule: "role-apposition",
		text: "The bill was first proposed by Mara Lind, D-Ohio, chairman of the Senate Farm Committee, last year.",
		want: []string{"person:mara-lind head_of org:senate-farm-committee"},
	},
	{
		rule: "role-apposition",
		text: "Prices fell, said Ana Soler, an economist with the Corvin Institute research group.",
		want: []string{"person:ana-soler member_of org:corvin-institute"},
	},
	{
		rule:    "role-premodifier",
		text:    "Her uncle, retired Corvin Club pitcher Ivo Brandt, was in court on Monday.",
		notWant: []string{"person:ivo-brandt member_of"},
	},
	{
		rule: "role-premodifier",
		text: "Most votes went to Sentinel Party (SP) candidate Mara Lind, the count showed.",
		want: []string{"person:mara-lind member_of org:sentinel-party"},
	},
	{
		rule: "role-rank",
		text: "The crew was rescued at dawn, said Halden Coast Guard Lt. Ana Soler.",
		want: []string{"person:ana-soler member_of org:halden-coast-guard"},
	},
	{
		rule: "role-report",
		text: "Ivo Brandt has covered the courts for the Halden Courier since 1998.",
		want: []string{"person:ivo-brandt member_of org:halden-courier"},
	},
	{
		rule:    "role-report",
		text:    "Ivo Brandt wrote a report for the Corvin Group last year.",
		notWant: []string{"person:ivo-brandt member_of"},
	},
	{
		rule: "role-possessive",
		text: "Ivo Brandt's Sentinel Party won the vote in Amberton.",
		want: []string{"person:ivo-brandt member_of org:sentinel-party"},
	},
	{
		rule:    "role-possessive",
		text:    "Ivo Brandt's Corvin Bank lost money last year.",
		notWant: []string{"person:ivo-brandt member_of"},
	},
	{
		rule: "role-verb",
		text: "\"Nobody told us,\" said Mara Lind, who is a pilot and works at the Corvin Group.",
		want: []string{"person:mara-lind member_of org:corvin-group"},
	},
	{
		rule: "role-led-by",
		text: "The Amber Foundation, headed by Ivo Brandt, found the plant unsafe.",
		want: []string{"person:ivo-brandt head_of org:amber-foundation"},
	},
	{
		rule: "role-led-by",
		text: "A report of the Halden Council led by Ana Soler was published on Monday.",
		want: []string{"person:ana-soler head_of org:halden-council"},
	},
	{
		rule:    "role-led-by",
		text:    "The Corvin Group was run by Ana Soler until 2004.",
		notWant: []string{"person:ana-soler head_of"},
	},
	{
		rule: "role-as",
		text: "Ivo Brandt became chairman of the Corvin Group in 2003.",
		want: []string{"person:ivo-brandt head_of org:corvin-group"},
	},
	{
		rule: "role-as",
		text: "Mara Lind was acting treasurer at the Corvin Institute when the funds vanished.",
		want: []string{"person:mara-lind member_of org:corvin-institute"},
	},
	{
		rule: "role-as",
		text: "Ana Soler has been named publisher of the Halden Courier.",
		want: []string{"person:ana-soler member_of org:halden-courier"},
	},
	{
		rule:    "role-as",
		text:    "Ana Soler served as treasurer of the Corvin Institute for a decade.",
		notWant: []string{"person:ana-soler member_of"},
	},
	{
		rule:    "role-as",
		text:    "Ivo Brandt is expected to become chairman of the Corvin Group.",
		notWant: []string{"person:ivo-brandt head_of"},
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

// TestTokenRoles tests the token rules of roles.go on invented sentences.
func TestTokenRoles(t *testing.T) {
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{
			// nearestOnlyCountry: the one country the sentence before names
			text: "Soldiers repelled an attack on the palace in Kenya on Tuesday. Two guards were killed, and the interior minister, Ivo Brandt, was wounded in the shoulder.",
			want: []string{"person:ivo-brandt minister_of country:kenya"},
		},
		{
			text:    "Soldiers from Kenya and Ethiopia repelled an attack on Tuesday. Two guards were killed, and the interior minister, Ivo Brandt, was wounded in the shoulder.",
			notWant: []string{"person:ivo-brandt minister_of"},
		},
		{
			// armedForces: "Army spokesman X", the armed forces named later
			text: "Army spokesman Brigadier General Ivo Brandt said six drones were shot down. The Corvin Armed Forces accepted the truce on Monday.",
			want: []string{"person:ivo-brandt spokesperson_for org:corvin-armed-forces"},
		},
		{
			text:    "Army spokesman Brigadier General Ivo Brandt said six drones were shot down. The Corvin Armed Forces and the Halden Army accepted the truce.",
			notWant: []string{"person:ivo-brandt spokesperson_for"},
		},
		{
			// ofBodyAfter: "the mayor of Kisumu" named before
			text: "Attackers wounded the mayor of Kisumu outside the town hall on Friday. Mayor Ivo Brandt, 61, is in a stable condition.",
			want: []string{"person:ivo-brandt head_of place:kisumu"},
		},
		{
			text:    "Attackers fired on the mayor of Kisumu and the mayor of Mombasa on Friday. Mayor Ivo Brandt, 61, is in a stable condition.",
			notWant: []string{"person:ivo-brandt head_of"},
		},
		{
			// headquartersBody: a bare head speaking at a body's headquarters
			text: "The Corvin National Bank held its rate, Governor Ana Soler told reporters at the bank's headquarters in Nairobi.",
			want: []string{"person:ana-soler head_of org:corvin-national-bank"},
		},
		{
			text:    "Secretary General Ana Soler, speaking between the Corvin Union headquarters and the Halden League headquarters, said ministers would meet.",
			notWant: []string{"person:ana-soler head_of"},
		},
		{
			// an envoy at a body's headquarters is not sent by it
			text:    "Envoy Ana Soler, speaking at the Corvin Union headquarters in Nairobi, said ministers would meet.",
			notWant: []string{"person:ana-soler envoy_of"},
		},
		{
			// selfNamedBody: "the junta" is the body it named itself
			text: "The junta, which calls itself the Corvin Council for Order, proposed a long transition. Tomas Reyes, a spokesman for the junta, said sanctions were illegal.",
			want: []string{"person:tomas-reyes spokesperson_for org:corvin-council-for-order"},
		},
		{
			text: "Ivo Brandt heads the Corvin Movement for Order, the name the junta has given itself. In a statement, junta spokesman Major Ana Soler said sanctions were illegal.",
			want: []string{"person:ana-soler spokesperson_for org:corvin-movement-for-order"},
		},
		{
			// a name the junta did not give itself
			text:    "The junta met the Corvin Council for Order on Monday. Tomas Reyes, a spokesman for the junta, said sanctions were illegal.",
			notWant: []string{"person:tomas-reyes spokesperson_for"},
		},
		{
			// titledBody: a bare title the article gave its body before
			text: "The Corvin Union's envoy arrived in Nairobi on Wednesday. Envoy Ivo Brandt, a former diplomat, met the president for three hours.",
			want: []string{"person:ivo-brandt envoy_of org:corvin-union"},
		},
		{
			// two bodies' envoys: whose is not said
			text:    "The Corvin Union's envoy and the Halden League's envoy arrived in Nairobi. Envoy Ivo Brandt, a former diplomat, met the president.",
			notWant: []string{"person:ivo-brandt envoy_of"},
		},
		{
			// a portfolio the lexicon does not know stands between the
			// demonym and the title: not a bare title for the article's
			// other country
			text:    "Reporters met Kenyan Atomic Energy Minister Ivo Brandt in Nairobi. Ethiopia has protested. Ethiopia wants talks.",
			want:    []string{"person:ivo-brandt minister_of country:kenya"},
			notWant: []string{"person:ivo-brandt minister_of country:ethiopia"},
		},
		{
			// "the finance minister, X": the cabinet of the one country
			// the sentence names
			text: "Kenyan President Ana Soler told the finance minister, Ivo Brandt, to cut spending.",
			want: []string{"person:ivo-brandt minister_of country:kenya"},
		},
		{
			// a title covering one region of a body: a member of it
			text:    "The World Health Organization sent aid. Medicines ran short, said Ana Soler, the WHO's regional director for Ethiopia.",
			want:    []string{"person:ana-soler member_of org:world-health-organization"},
			notWant: []string{"person:ana-soler head_of"},
		},
		{
			// two countries: whose minister is not said
			text:    "Kenyan President Ana Soler and Ethiopian President Tomas Reyes asked the finance minister, Ivo Brandt, to resign.",
			notWant: []string{"person:ivo-brandt minister_of"},
		},
	} {
		checkFacts(t, tt.text, tt.want, tt.notWant)
	}
}

// TestRoleBeforeComplement checks the token rule for a title before the
// name whose body is named after "of" ("the chairman of the Sentinel
// Front, Ivo Brandt"), whatever the parser makes of the sentence.
func TestRoleBeforeComplement(t *testing.T) {
	x := newExtractor(newFakeGaz(), makeArticle("a", "Police said the chairman of the Sentinel Front, Ivo Brandt, was detained."))
	x.prepare()
	x.findEntities()
	s := &x.sents[0]
	for i := range s.ments {
		m := &s.ments[i]
		if m.ent.typ != domain.Person {
			continue
		}
		r, ok := x.roleBefore(s, m)
		if !ok || r.obj == nil || r.obj.name != "Sentinel Front" || r.pred != domain.HeadOf {
			t.Fatalf("roleBefore(%s) = %+v, %v; want head_of Sentinel Front", m.ent.name, r, ok)
		}
		return
	}
	t.Fatal("no person found")
}
