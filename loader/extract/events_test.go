package extract

import (
	"testing"

	"github.com/actorgraph/actorgraph/domain"
)

// eventMergeTests test how events.go and talks.go read an event and join
// the reports of one event.
var eventMergeTests = []struct {
	name, text    string
	want, notWant []string
}{
	{
		name:    "a capital one is due to visit for talks is where they are held, not its government (talks.go, visitVerbForms)",
		text:    "Foreign Minister Ana Soler is due to visit Khartoum on April 2 for talks with President Ivo Brandt on the border, her ministry said.",
		want:    []string{"event:talks-2025-04-02-khartoum participant person:ivo-brandt", "event:talks-2025-04-02-khartoum held_in place:khartoum"},
		notWant: []string{"participant country:sudan"},
	},
	{
		name:    "talks a trip is made for are held where it goes, on the trip's own day, read ahead (tripPlaceBefore)",
		text:    "Trade Minister Ana Soler will open a market in Kisumu on March 27, and she is due to travel to Mombasa on Friday for talks with Ivo Brandt, her office in Nairobi said.",
		want:    []string{"event:talks-2025-03-28-mombasa participant person:ivo-brandt", "event:talks-2025-03-28-mombasa held_in place:mombasa"},
		notWant: []string{"held_in place:nairobi"},
	},
	{
		name: "… also a trip told by where its maker is due (tripPlaceBefore)",
		text: "The European Union's trade commissioner, Lena Varga, is due in Mombasa on April 9 for talks with Ivo Brandt, the EU delegation said.",
		want: []string{"event:talks-2025-04-09-mombasa held_in place:mombasa", "event:talks-2025-04-09-mombasa participant person:ivo-brandt"},
	},
	{
		name: "… however few words stand between the plan word and the talks: the trip's day makes it a plan read ahead (dayTrip)",
		text: "Joseph Kamau is due in Mombasa on Friday for talks with Ivo Brandt and will then fly home, his office said.",
		want: []string{"event:talks-2025-03-28-mombasa held_in place:mombasa", "event:talks-2025-03-28-mombasa participant person:ivo-brandt"},
	},
	{
		name:    "… but a trip with no day for talks is no event",
		text:    "Joseph Kamau is due in Mombasa next week for talks with Ivo Brandt.",
		notWant: []string{"event:talks"},
	},
	{
		name:    "… nor one its maker is not due to make, or was due to make",
		text:    "Joseph Kamau is not due in Mombasa on Friday for talks with Ivo Brandt. Lena Varga was due in Kisumu on Monday for talks with Tomas Berg.",
		notWant: []string{"event:talks"},
	},
	{
		name:    "… nor, when the trip's talks cannot be read (a second meeting word in the sentence), talks dated the story's day (dayTrip: the trip's reading or none)",
		text:    "Envoy Mirek Salo is due in Nakuru on Friday for talks with Governor Tessa Ondri, aides said, though Ondri has not confirmed the meeting.",
		notWant: []string{"event:talks", "event:meeting"},
	},
	{
		name: "the one due, named in an apposition before the comma, takes part in the talks (subjectPersonBefore)",
		text: "The bloc's mission chief for Kenya, Lena Varga, is due in Mombasa on Friday for talks with Ivo Brandt, a spokeswoman said.",
		want: []string{"event:talks-2025-03-28-mombasa participant person:lena-varga", "event:talks-2025-03-28-mombasa participant person:ivo-brandt"},
	},
	{
		name:    "talks placed in a town of their own are held there, not where the trip goes (tripPlaceBefore)",
		text:    "Trade Minister Ana Soler will travel to Kisumu on Friday for talks in Mombasa with Ivo Brandt, her office said.",
		want:    []string{"event:talks-2025-03-28-mombasa held_in place:mombasa", "event:talks-2025-03-28-mombasa participant person:ivo-brandt"},
		notWant: []string{"talks-2025-03-28-kisumu"},
	},
	{
		name:    "a trip its maker denies is no talks nor visit (tripDenied, denied)",
		text:    "Ana Soler on Monday dismissed rumours that she planned to travel to Mombasa on Friday for talks with Ivo Brandt.",
		notWant: []string{"event:"},
	},
	{
		name: "a trip one plans to make, or makes in the present tense, is read ahead (planBefore, presentTrips)",
		text: "Trade Minister Ana Soler plans to travel to Mombasa on Friday for talks with Ivo Brandt. Mara Lind flies to Kisumu on Saturday for talks with Tomas Berg, her office said.",
		want: []string{"event:talks-2025-03-28-mombasa held_in place:mombasa", "event:talks-2025-03-29-kisumu held_in place:kisumu"},
	},
	{
		name:    "raids in which people were arrested are searches, and so are the raids told after them",
		text:    "Kenyan police and customs agents arrested 12 people on Friday in raids on warehouses near Tarrow. Interior Minister Ana Soler met Ivo Brandt in Mombasa on Saturday to plan the raids on warehouses in Kisumu.",
		want:    []string{"event:meeting-2025-03-22-mombasa participant person:ana-soler"},
		notWant: []string{"event:attack"},
	},
	{
		name: "a party after 'met X and' keeps the title words before its name (titledPersonAhead)",
		text: "Interior Minister Ana Soler met Ivo Brandt and Northern Affairs Minister Joseph Kamau in Mombasa on Saturday.",
		want: []string{"event:meeting-2025-03-22-mombasa participant person:joseph-kamau"},
	},
	{
		name:    "a titled name a verb follows starts a clause, no party (titledClauseSubject)",
		text:    "Governor Ana Soler held talks with Ivo Brandt and Opposition leader Joseph Kamau criticised the meeting. Governor Ana Soler met Ivo Brandt and Opposition leader Joseph Kamau and Labour party chief Mary Wanjiru were not invited.",
		notWant: []string{"participant person:joseph-kamau", "participant person:mary-wanjiru", "participant org:labour"},
	},
	{
		name: "a police chief's rank before the name is his title too",
		text: "Governor Ana Soler met Ivo Brandt and police chief General Joseph Kamau in Mombasa on Saturday.",
		want: []string{"event:meeting-2025-03-22-mombasa participant person:joseph-kamau"},
	},
	{
		name:    "words that are no title's do not carry the list on",
		text:    "Governor Ana Soler met Ivo Brandt in Mombasa on Saturday and later thanked Interior Minister Joseph Kamau.",
		notWant: []string{"participant person:joseph-kamau"},
	},
	{
		name: "gunmen who raid are attackers, whoever arrests after them (searchRaid reads the raid's own subject)",
		text: "Police arrested four suspects on Monday, two days after gunmen raided a police post in Garissa and killed three officers.",
		want: []string{"event:attack-t-garissa killed \"3\""},
	},
	{
		name: "militants who raid attack though police detained men before the raid word",
		text: "Kenyan police detained six men on Friday after militants raided a checkpoint in Mandera.",
		want: []string{"event:attack-t-mandera target place:mandera"},
	},
	{
		name: "forces that arrest before fighters raid are not the raid's attackers",
		text: "Kenyan forces arrested five men on Monday after Sentinel Front fighters raided an army base in Mandera, killing 12 soldiers.",
		want: []string{"event:attack-t-mandera target place:mandera"},
	},
	{
		name: "a raid's 'by' agent decides as its subject does, whoever arrests",
		text: "Kenyan police detained nine men on Friday after raids on farms by militants in Mandera.",
		want: []string{"event:attack-t-mandera target place:mandera"},
	},
	{
		name: "raiders in a disguise are not what they pose as",
		text: "Gunmen disguised as police raided a market in Mandera on Friday. Fighters posing as security forces raided a clinic in Garissa.",
		want: []string{"event:attack-2025-03-21-mandera target place:mandera", "event:attack-t-garissa target place:garissa"},
	},
	{
		name:    "the leader of the next clause, hung by the parser on the party of a visit's talks, is no visitor (strandedSubject)",
		text:    "Kenyan President Ivo Brandt will travel to Addis Ababa on Friday for talks with the European Union, and Somali Prime Minister Hassan Warsame will hold talks with Sudan's army chief in Khartoum on Friday.",
		want:    []string{"event:visit-2025-03-28-addis-ababa participant person:ivo-brandt"},
		notWant: []string{"event:visit-2025-03-28-addis-ababa participant person:hassan-warsame"},
	},
	{
		name: "a visit for talks in one town is not talks its sentence places in another",
		text: "Kenyan President Ivo Brandt will travel to Kigali on Friday for talks with the African Union, and Ethiopian Prime Minister Mara Lind will hold talks with Somalia's army chief in Mogadishu on Friday.",
		want: []string{"event:visit-2025-03-28-kigali held_in place:kigali"},
	},
	{
		name:    "the raids told after a police raid are searches too",
		text:    "Kenyan police raided three warehouses near Tarrow on Friday. Interior Minister Ana Soler met Ivo Brandt in Mombasa on Saturday to plan the raids on warehouses in Kisumu.",
		notWant: []string{"event:attack"},
	},
	{
		name:    "talks that resumed this week are not dated by the day of the clause they are set in",
		text:    "Kenya and Ethiopia traded blame on the river for weeks. Kenya on Thursday rejected a proposal on the river, dealing a blow to talks that resumed in Mombasa this week after a two-year pause.",
		notWant: []string{"event:talks-2025-03-20"},
	},
	{
		name:    "a meeting at a venue whose town stands past the usual window is the talks held there",
		text:    "Kenya's largest party, the Amber Alliance, opened coalition talks with the Corvin Party in Mombasa on Tuesday. Amber Alliance leader Ivo Brandt met Corvin Party chairwoman Lena Ortiz and her deputy, Joseph Kamau, at the Corvin Party's headquarters in Mombasa for more than four hours.",
		want:    []string{"event:talks-2025-03-25-mombasa participant person:joseph-kamau"},
		notWant: []string{"event:meeting"},
	},
	{
		name:    "the meeting a call came before names none of the meeting's parties",
		text:    "The central bank's governor, Ana Soler, said inflation was too high. Kenyan President Ivo Brandt spoke by phone with Soler on Monday evening before the meeting, according to a person familiar with the matter.",
		want:    []string{"event:phone_call-2025-03-24-ana-soler-ivo-brandt participant person:ivo-brandt"},
		notWant: []string{"event:meeting"},
	},
	{
		name:    "a capital one is welcomed to is a destination, not its government at the talks",
		text:    "Kenyan President Ivo Brandt welcomed Ethiopian Prime Minister Mara Lind to Nairobi on Monday for talks on trade.",
		notWant: []string{"participant country:kenya"},
	},
	{
		name:    "a country that owns the title of the person met is no party",
		text:    "Ivo Brandt, Kenya's president, met Mara Lind, Ethiopia's prime minister, at the State House in Mombasa on Monday.",
		want:    []string{"event:meeting-2025-03-24-mombasa participant person:mara-lind"},
		notWant: []string{"event:meeting-2025-03-24-mombasa participant country:ethiopia"},
	},
	{
		name: "meetings held separately with two ministers are two meetings",
		text: "Ana Soler said the talks had begun in February, when she met Russian Foreign Minister Ivo Brandt and German Foreign Minister Joseph Kamau separately in Nairobi, on the sidelines of a forum.",
		want: []string{
			"event:meeting-t-nairobi-ana-soler-ivo-brandt participant person:ivo-brandt",
			"event:meeting-t-nairobi-ana-soler-joseph-kamau participant person:joseph-kamau",
		},
		notWant: []string{"event:meeting-t-nairobi-ana-soler-ivo-brandt participant person:joseph-kamau"},
	},
	{
		name: "a minister the parser left as the root meets each side separately",
		text: "The union's leader, Cho Dae-hyun, rejected the offer. The company's chief executive, Kwon Mi-ra, said the plant would stay shut. Labor Minister Yoon Jae-woo met Cho and Kwon separately in Mombasa on Thursday and urged both sides to resume bargaining.",
		want: []string{
			"event:meeting-2025-03-20-mombasa-cho-dae-hyun-yoon-jae-woo participant person:yoon-jae-woo",
			"event:meeting-2025-03-20-mombasa-kwon-mi-ra-yoon-jae-woo participant person:yoon-jae-woo",
		},
		notWant: []string{"event:meeting-2025-03-20-mombasa participant"},
	},
	{
		name:    "where talks are watched is not where they are held",
		text:    "Kenya and Ethiopia began talks on a border treaty on Monday. The talks are being watched closely in Brussels, which funds the border force.",
		want:    []string{"event:talks-2025-03-24-ethiopia-kenya participant country:kenya"},
		notWant: []string{"held_in place:brussels"},
	},
	{
		name: "talks between both sides are the sides of the event reported before",
		text: "Kenya's government and the Sentinel Front began exchanging 40 prisoners on Monday. The swap was agreed in January in talks in Mombasa between negotiators from both sides.",
		want: []string{
			"event:talks-2025-01-mombasa participant country:kenya",
			"event:talks-2025-01-mombasa participant org:sentinel-front",
		},
	},
	{
		name: "the negotiators a sentence names are parties to its placed talks in another clause",
		text: "Norwegian and Kenyan mediators handed Ethiopian and Sudanese negotiators a draft truce on Monday, as indirect talks in Mombasa entered their third day.",
		want: []string{
			"event:talks-2025-03-24-mombasa participant country:ethiopia",
			"event:talks-2025-03-24-mombasa participant country:sudan",
			"event:talks-2025-03-24-mombasa participant country:norway",
		},
	},
	{
		name:    "negotiators take no part in the sentence's other talks",
		text:    "Kenyan and Norwegian negotiators held talks on Monday in the Ethiopian capital, a day after Kenyan officials held separate talks in Mombasa with a team from Addis Ababa.",
		notWant: []string{"event:talks-2025-03-23-mombasa participant country:norway"},
	},
	{
		name:    "negotiators give unplaced talks no parties",
		text:    "Kenyan and Norwegian mediators met Ethiopian and Eritrean delegations on Monday, according to officials familiar with the talks.",
		notWant: []string{"event:talks-"},
	},
	{
		name: "the parties of talks named by 'between' after their place",
		text: "The roadmap was announced after two days of talks at the agency's headquarters in Nairobi, the Kenyan capital, between Ana Soler and Ivo Brandt.",
		want: []string{
			"event:talks-t-nairobi participant person:ana-soler",
			"event:talks-t-nairobi participant person:ivo-brandt",
		},
	},
	{
		name: "a summit and the summit opened at a venue named after its city are one",
		text: "African leaders gathered on Monday at a summit in Nairobi that Ethiopia boycotted. Kenyan President Ivo Brandt opened the summit at the Nairobi International Conference Centre with a call for unity.",
		want: []string{
			"event:summit-2025-03-24-nairobi held_in place:nairobi",
			"event:summit-2025-03-24-nairobi participant person:ivo-brandt",
		},
		notWant: []string{"event:summit-in-nairobi-international-conference-centre"},
	},
	{
		name:    "the spokesman who reports a call is no party to it",
		text:    "Kenyan President Ivo Brandt spoke by phone on Monday with Ethiopian Prime Minister Ana Soler about the border, Brandt's spokesman, Tom Otieno, said.",
		want:    []string{"event:phone_call-2025-03-24-ana-soler-ivo-brandt participant person:ana-soler"},
		notWant: []string{"event:phone_call-2025-03-24-ivo-brandt-tom-otieno"},
	},
	{
		name:    "a participle clause after the meeting places something else",
		text:    "Ana Soler proposed the plan at the start of the meeting at the agency's headquarters, citing weak demand in Ethiopia and rising costs.",
		notWant: []string{"event:meeting"},
	},
	{
		name:    "a country that qualifies the venue is not where the meeting was",
		text:    "Ana Soler met Ivo Brandt on Wednesday evening at the Kenya embassy in Mombasa, a diplomat said.",
		want:    []string{"event:meeting-2025-03-19-mombasa held_in place:mombasa"},
		notWant: []string{"event:meeting-2025-03-19-kenya"},
	},
	{
		name:    "the place a trip went to is no party to the meeting that follows",
		text:    "Kenyan President Ivo Brandt cut short a visit to Ethiopia and chaired an emergency meeting in Mombasa with Ana Soler on Monday.",
		want:    []string{"event:meeting-2025-03-24-mombasa participant person:ivo-brandt"},
		notWant: []string{"event:meeting-2025-03-24-mombasa participant country:ethiopia"},
	},
	{
		name: "the host of talks takes part in them",
		text: "Kenyan Prime Minister Ivo Brandt, whose country chairs AMBERFOR this year, hosted the talks between Ethiopian Foreign Minister Mara Lind and her Somali counterpart, Ana Soler, at the State House in Mombasa before the signing.",
		want: []string{"event:talks-t-mombasa participant person:ivo-brandt", "event:talks-t-mombasa participant person:mara-lind"},
	},
	{
		name:    "'the attack' with no day of its own is the attack told before, its target a place in the country first hit",
		text:    "Gunmen attacked a tea estate in Kenya on Monday, killing four workers. The attack on the estate near Kericho began at dawn and lasted an hour.",
		want:    []string{"event:attack-2025-03-24-kericho target place:kericho"},
		notWant: []string{"event:attack-2025-03-24-kenya", "event:attack-t-kericho"},
	},
	{
		name:    "a tally of attacks since a month is no attack",
		text:    "Gunmen attacked a farm in Garissa on Monday. The police said they had recorded 23 attacks on farms in Mandera since January.",
		want:    []string{"event:attack-2025-03-24-garissa target place:garissa"},
		notWant: []string{"event:attack-t-mandera", "event:attack-2025-03-24-mandera"},
	},
	{
		name:    "'the attack' with a toll of its own, in a comparison, is an older attack",
		text:    "Gunmen attacked a police post in Kenya on Monday, killing four officers. The attack was the worst since the attack on a market in Garissa that killed 30 people.",
		want:    []string{"event:attack-2025-03-24-kenya killed \"4\""},
		notWant: []string{"event:attack-2025-03-24-garissa", "event:attack-2025-03-24-kenya killed \"30\""},
	},
	{
		name:    "'since the attack on' compares an older attack, even on the same kind of target",
		text:    "Gunmen attacked a bus in Kenya on Monday, killing four people. It was the worst violence since the attack on a bus in Garissa.",
		want:    []string{"event:attack-2025-03-24-kenya target country:kenya"},
		notWant: []string{"event:attack-2025-03-24-garissa"},
	},
	{
		name:    "'the attack on' another thing hit than the one reported is another attack",
		text:    "Militants attacked a clinic in Kenya on Monday, killing six people. Families who lived through the attack on a school in Garissa held prayers.",
		want:    []string{"event:attack-2025-03-24-kenya target country:kenya"},
		notWant: []string{"event:attack-2025-03-24-garissa"},
	},
	{
		name: "a strike with a length is a military strike when forces carry it out",
		text: "Kenyan forces carried out a three-day strike on militant camps near Garissa on Monday, officials said.",
		want: []string{"event:attack-2025-03-24-garissa-by-kenya attacker country:kenya"},
	},
	{
		name:    "after an attack foiled, a later attack of its own in the sentence is still read",
		text:    "After police foiled an attack in Mandera last week, gunmen raided a farm in Garissa on Monday, killing five people.",
		want:    []string{"event:attack-2025-03-24-garissa killed \"5\""},
		notWant: []string{"event:attack-t-mandera", "event:attack-2025-03-24-mandera"},
	},
	{
		// (attributionAfter)
		name:    "who reports the talks after a comma closing the list of parties is no party",
		text:    "Ana Soler will hold talks on Friday with Ivo Brandt, the Harwell Institute said.",
		want:    []string{"event:talks-2025-03-28-ana-soler-ivo-brandt participant person:ivo-brandt"},
		notWant: []string{"participant org:harwell-institute"},
	},
	{
		name: "… but a party listed after a comma is one",
		text: "Ana Soler will hold talks on Friday with Ivo Brandt, Mara Lind and the Harwell Institute, her office said.",
		want: []string{"event:talks-2025-03-28-harwell-institute-ana-soler-ivo-brandt-mara-lind participant org:harwell-institute"},
	},
	{
		name: "… and so is one after a title in apposition",
		text: "Ana Soler will hold talks on Friday with Ivo Brandt, Kenya's foreign minister, and Mara Lind, her office said.",
		want: []string{"event:talks-2025-03-28-ana-soler-ivo-brandt-mara-lind participant person:mara-lind"},
	},
}

func TestEventMerge(t *testing.T) {
	for _, tt := range eventMergeTests {
		t.Run(tt.name, func(t *testing.T) {
			checkFacts(t, tt.text, tt.want, tt.notWant)
		})
	}
}

// TestTownAndVenue checks that two reports of the same parties' meeting,
// one in a town the gazetteer knows and one at a venue it does not, are
// one meeting, and that other parties or two towns keep them apart.
func TestTownAndVenue(t *testing.T) {
	x := newExtractor(newFakeGaz(), makeArticle("a", "No text."))
	place := func(name string) *entity { return &entity{typ: domain.Place, name: name} }
	person := func(name string) *entity { return &entity{typ: domain.Person, name: name} }
	mombasa, nairobi, palace := place("Mombasa"), place("Nairobi"), place("Presidential Palace")
	brandt, lind, soler := person("Ivo Brandt"), person("Mara Lind"), person("Ana Soler")
	talks := &event{cat: "talks", heldIn: mombasa, date: "2025-03-21", participants: []*entity{brandt, lind}}
	for _, tt := range []struct {
		name string
		e    *event
		want bool
	}{
		{"the same parties at a venue", &event{cat: "meeting", heldIn: palace, participants: []*entity{lind, brandt}}, true},
		{"other parties at a venue", &event{cat: "meeting", heldIn: palace, participants: []*entity{brandt, soler}}, false},
		{"the same parties in another town", &event{cat: "meeting", heldIn: nairobi, participants: []*entity{brandt, lind}}, false},
		{"the same parties on another day", &event{cat: "meeting", heldIn: palace, date: "2025-03-20", participants: []*entity{brandt, lind}}, false},
	} {
		if got := x.sameEvent(talks, tt.e); got != tt.want {
			t.Errorf("%s: sameEvent = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestWorkStrike checks that a stoppage of work named with a word of its
// own before "strike" is no attack.
func TestWorkStrike(t *testing.T) {
	for _, text := range []string{
		"Some 900 crane operators in Mombasa stopped work on Friday in the first partial strike at the port operator since 2019.",
		"Teachers across Kenya began a nationwide strike in Nairobi on Monday over pay.",
		"Ferries stayed in Mombasa on Tuesday as crews began a 48-hour strike, stranding 2,000 passengers.",
		"A strike over unpaid wages shut the port of Mombasa on Tuesday.",
		"Bus drivers in Nairobi began a 24-hour strike on Friday.",
	} {
		checkFacts(t, text, nil, []string{"event:attack"})
	}
}
