package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/domain"
)

// eventRuleTests test the event rules (rules_event.go).
var eventRuleTests = []ruleTest{
	// "the two" of a clause that qualifies another: that clause's
	// subject and its "with" phrase
	{
		rule: "event-verb",
		text: "Trade Minister Ana Soler said she would raise the tariffs with Ivo Brandt when the two meet in Mombasa on April 9.",
		want: []string{
			"event:meeting-2025-04-09-mombasa participant person:ana-soler",
			"event:meeting-2025-04-09-mombasa participant person:ivo-brandt",
		},
	},
	// "would" in a clause a verb of saying in the past reports is the
	// future as seen then: a plan, with its place and day
	{
		rule: "event-verb",
		text: "Interior Minister Ivo Brandt met Governor Lena Ortiz in Kisumu on Monday. Brandt's spokeswoman said the two leaders would meet again in Eldoret on April 9 to sign the final text.",
		want: []string{
			"event:meeting-2025-04-09-eldoret participant person:ivo-brandt",
			"event:meeting-2025-04-09-eldoret participant person:lena-ortiz",
			"event:meeting-2025-04-09-eldoret held_in place:eldoret",
		},
	},
	// … unless a condition or a negation qualifies it
	{
		rule:    "event-verb",
		text:    "Interior Minister Ivo Brandt met Governor Lena Ortiz in Kisumu on Monday. Brandt's spokeswoman said the two leaders would meet again in Eldoret on April 9 if the governor dropped her demands.",
		notWant: []string{"eldoret"},
	},
	{
		rule:    "event-verb",
		text:    "Interior Minister Ivo Brandt met Governor Lena Ortiz in Kisumu on Monday. Brandt's spokeswoman said the two men would not meet again in Eldoret on April 9.",
		notWant: []string{"eldoret"},
	},
	// … nor a condition however it is opened (waitsOnCondition), a
	// "would have" or a "would rather"
	{
		rule:    "event-verb",
		text:    "Foreign Minister Lena Varga said on Tuesday that the two delegations would meet in Mwanza on April 14 once the border reopened.",
		notWant: []string{"mwanza"},
	},
	{
		rule:    "event-verb",
		text:    "A spokesman for Lena Varga said the envoys would meet in Kigoma on April 14 should the talks resume.",
		notWant: []string{"kigoma"},
	},
	{
		rule:    "event-visit",
		text:    "Foreign Minister Lena Varga said she would travel to Dodoma on April 14 as long as the roads were safe.",
		notWant: []string{"dodoma"},
	},
	{
		rule:    "event-verb",
		text:    "Foreign Minister Lena Varga said the two ministers would have met in Tabora on Monday.",
		notWant: []string{"tabora"},
	},
	{
		rule:    "event-verb",
		text:    "Interior Minister Ivo Brandt said he would rather meet Governor Lena Ortiz in Eldoret on April 9 than send an envoy.",
		notWant: []string{"eldoret"},
	},
	// … nor the alternative a sentence turns down, opened by "than",
	// "rather than" or "instead of" (forgoneAlternative)…
	{
		rule:    "event-verb",
		text:    "Senator Rufus Kamau said his opponent had lied and that he would sooner quit than meet Governor Alice Otieno in Kericho on April 9.",
		notWant: []string{"kericho"},
	},
	{
		rule:    "event-verb",
		text:    "Senator Rufus Kamau said he would fly to Nyeri instead of meeting Governor Alice Otieno in Kericho on April 9.",
		notWant: []string{"kericho"},
	},
	{
		rule:    "event-verb",
		text:    "Rather than meeting Governor Alice Otieno in Kericho on April 9, Senator Rufus Kamau will travel to Nyeri.",
		notWant: []string{"kericho"},
	},
	// … while the verb the alternative hangs on keeps its plan, and a
	// finite verb after "than" its report
	{
		rule: "event-verb",
		text: "Senator Rufus Kamau said he would meet Governor Alice Otieno in Kericho on April 9 rather than send an aide.",
		want: []string{"event:meeting-2025-04-09-kericho held_in place:kericho"},
	},
	{
		rule: "event-verb",
		text: "Senator Rufus Kamau met Governor Alice Otieno in Kericho on Monday instead of travelling to Nyeri.",
		want: []string{"event:meeting-2025-03-24-kericho participant person:alice-otieno"},
	},
	// a plan stated with "will", "is due to", "plans to" that waits on
	// a condition is no firm plan either (firmPlan)…
	{
		rule:    "event-verb",
		text:    "General Tomas Reyes and General Ada Okafor will meet in Mombasa on March 10 once a truce is agreed.",
		notWant: []string{"mombasa"},
	},
	{
		rule:    "event-visit",
		text:    "Foreign Minister Lena Varga will travel to Dodoma on May 3 as long as the airport reopens.",
		notWant: []string{"dodoma"},
	},
	{
		rule:    "event-verb",
		text:    "Interior Minister Ivo Brandt is due to meet Governor Lena Ortiz in Eldoret on Friday provided the ceasefire holds.",
		notWant: []string{"eldoret"},
	},
	{
		rule:    "event-visit",
		text:    "Trade Minister Ana Soler is set to fly to Arusha on May 3 should the border reopen.",
		notWant: []string{"arusha"},
	},
	{
		rule:    "event-verb",
		text:    "Trade Minister Ana Soler and Foreign Minister Ivo Brandt are due to hold talks in Arusha on May 3, as long as the border stays open.",
		notWant: []string{"arusha"},
	},
	// … but "once again" counts a time: the plan stands
	{
		rule: "event-verb",
		text: "Interior Minister Ivo Brandt will meet Governor Lena Ortiz once again in Eldoret on April 9.",
		want: []string{"event:meeting-2025-04-09-eldoret held_in place:eldoret"},
	},
	// … nor a meeting the next sentence calls off, whoever calls it off
	{
		rule:    "event-verb",
		text:    "Foreign Minister Lena Varga said on Monday the two presidents would meet in Moshi on April 14. On Thursday, Kenya postponed the meeting indefinitely.",
		notWant: []string{"moshi"},
	},
	// a trip reported as due, made "to meet" someone: the one met takes
	// part, on the day of the meeting when the trip has none
	{
		rule: "event-visit",
		text: "Trade Minister Ana Soler said she would travel to Arusha to meet her Tanzanian counterpart, Joseph Kamau, on April 3 to discuss the tariffs.",
		want: []string{
			"event:visit-2025-04-03-arusha participant person:ana-soler",
			"event:visit-2025-04-03-arusha participant person:joseph-kamau",
			"event:visit-2025-04-03-arusha held_in place:arusha",
		},
	},
	// a group that claimed responsibility, for nothing named, claimed
	// the attack the story reports
	{
		rule: "event-verb",
		text: "Gunmen ambushed an army convoy near Tarrow on Monday, killing four soldiers, officials said. The Amber Front claimed responsibility through its news agency late on Monday, saying its fighters had killed \"soldiers of the regime.\"",
		want: []string{"event:attack-2025-03-24-tarrow attacker org:amber-front"},
	},
	// the town of a venue the parser hung on the name of the body that
	// owns it
	{
		rule: "event-verb",
		text: "Governor Ivo Brandt, Governor Joseph Kamau and Governor Lena Ortiz rejected the plan on Monday. Water Minister Ana Soler will host Brandt, Kamau and Ortiz at the Bureau of Water Resources' regional office in Kisumu on April 9 to discuss the cuts, her spokesman said.",
		want: []string{
			"event:meeting-2025-04-09-kisumu participant person:ana-soler",
			"event:meeting-2025-04-09-kisumu participant person:lena-ortiz",
			"event:meeting-2025-04-09-kisumu held_in place:kisumu",
		},
	},
	// a visit due to a place named on the verb, not on what is visited
	{
		rule: "event-visit",
		text: "Social Affairs Minister Lena Ortiz is due to visit the evacuation centres in Tarrow on Friday, her ministry said.",
		want: []string{
			"event:visit-2025-03-28-tarrow participant person:lena-ortiz",
			"event:visit-2025-03-28-tarrow held_in place:tarrow",
		},
	},
	// a visit due on another day than the meeting its sentence tells
	// is an event of its own
	{
		rule: "event-visit",
		text: "Environment Minister Ana Soler met Ivo Brandt in Mombasa on Monday and is due to visit Kisumu on Friday, the ministry said.",
		want: []string{
			"event:visit-2025-03-28-kisumu participant person:ana-soler",
			"event:meeting-2025-03-24-mombasa participant person:ana-soler",
		},
	},
	// a visit made for talks is the talks: one event, with the visitor,
	// the one met and the place (the capital visited is no party; the
	// token rules place the talks where the trip goes, and the visit
	// joins them)
	{
		rule: "event-visit",
		text: "The court issued a warrant on Tuesday. The court's registrar, Ana Soler, is due to visit Nairobi on April 2 for talks with President Ivo Brandt on the handover of suspects, the court said.",
		want: []string{
			"event:talks-2025-04-02-nairobi participant person:ana-soler",
			"event:talks-2025-04-02-nairobi participant person:ivo-brandt",
			"event:talks-2025-04-02-nairobi held_in place:nairobi",
		},
		notWant: []string{"event:visit", "participant country:kenya"},
	},
	// the place and the "with" phrase the parser hung on how long the
	// meeting lasted are the meeting's
	{
		rule: "event-verb",
		text: "Kenyan Trade Minister Ana Soler and her Ugandan counterpart, Ivo Brandt, met for four hours in Kisumu with the African Union's trade commissioner, Joseph Kamau, who promised 40 million euros for Kenyan roads and ports.",
		want: []string{
			"event:meeting-t-kisumu held_in place:kisumu",
			"event:meeting-t-kisumu participant person:ana-soler",
			"event:meeting-t-kisumu participant person:joseph-kamau",
		},
	},
	// "called" a title's holder names or summons him when a noun, a quote
	// or another infinitive follows the name
	{
		rule:    "event-verb",
		text:    "Egyptian Foreign Minister Karim Nassar called the opposition leader, Hamid Osmani, a traitor in a speech on Tuesday.",
		notWant: []string{"phone_call"},
	},
	{
		rule:    "event-verb",
		text:    "Ugandan President Joseph Kato called the former minister, Peter Lumu, to testify before parliament on Wednesday.",
		notWant: []string{"phone_call"},
	},
	{
		rule: "event-noun",
		text: "In a telephone call on Monday, Kenyan President Ivo Brandt and Ethiopian Prime Minister Mara Lind agreed to reopen the border.",
		want: []string{
			"event:phone_call-2025-03-24-ivo-brandt-mara-lind participant person:ivo-brandt",
			"event:phone_call-2025-03-24-ivo-brandt-mara-lind participant person:mara-lind",
		},
	},
	{
		rule: "event-verb",
		text: "Norwegian Foreign Minister Ana Soler and Sudanese Foreign Minister Ali Sami praised the border protocol on Thursday. The two foreign ministers also met in Oslo on Friday, the ministry said.",
		want: []string{
			"event:meeting-2025-03-21-oslo participant person:ana-soler",
			"event:meeting-2025-03-21-oslo participant person:ali-sami",
		},
	},
	{
		rule: "event-verb",
		text: "Kenyan President Ivo Brandt and Ethiopian Prime Minister Mara Lind praised the border treaty on Monday. The two leaders met for two hours at the State House in Nairobi on Tuesday.",
		want: []string{
			"event:meeting-2025-03-25-nairobi participant person:ivo-brandt",
			"event:meeting-2025-03-25-nairobi participant person:mara-lind",
		},
	},
	{
		rule: "event-verb",
		text: "Ivo Brandt called Mara Lind to express his solidarity, his office said.",
		want: []string{
			"event:phone_call-t-ivo-brandt-mara-lind participant person:ivo-brandt",
			"event:phone_call-t-ivo-brandt-mara-lind participant person:mara-lind",
		},
	},
	{
		rule: "event-verb",
		text: "Norwegian Foreign Minister Ivo Brandt met his Kenyan counterpart, Ana Soler, in Mombasa on Monday.",
		want: []string{
			"event:meeting-2025-03-24-mombasa participant person:ivo-brandt",
			"event:meeting-2025-03-24-mombasa participant person:ana-soler",
			"event:meeting-2025-03-24-mombasa held_in place:mombasa",
		},
	},
	{
		rule: "event-verb",
		text: "Egyptian President Ali Sami visited Nairobi on Monday, where he met Kenyan Prime Minister Joseph Kamau.",
		want: []string{
			"event:meeting-2025-03-24-nairobi participant person:ali-sami",
			"event:meeting-2025-03-24-nairobi participant person:joseph-kamau",
			"event:meeting-2025-03-24-nairobi held_in place:nairobi",
		},
	},
	{
		rule: "event-verb",
		text: "Ana Soler arrived in Mombasa on Monday and met Joseph Kamau at the port.",
		want: []string{"event:meeting-2025-03-24-ana-soler-joseph-kamau held_in place:mombasa"},
	},
	{
		rule: "event-verb",
		text: "Kenya and Ethiopia are due to hold talks in Mombasa on November 3.",
		want: []string{
			`event:talks-2025-11-03-mombasa date "2025-11-03"`,
			"event:talks-2025-11-03-mombasa participant country:kenya",
		},
	},
	{
		// a donors' conference is a summit; a meeting on its sidelines
		// is held where it was (event-noun reads it before event-verb)
		rule: "event-noun",
		text: "Donors pledged $2 billion for Norland at a conference in Mombasa on Tuesday. Norland's envoy, Ana Soler, met Ivo Brandt on the sidelines.",
		want: []string{
			"event:summit-2025-03-25-mombasa held_in place:mombasa",
			"event:meeting-t-ana-soler-ivo-brandt held_in place:mombasa",
		},
	},
	{
		// the hosts a participle on the event noun names, of the
		// conference told before
		rule: "event-noun",
		text: "Donors pledged $2 billion for Norland at a conference in Mombasa on Tuesday. The one-day meeting, co-chaired by Kenya and Ethiopia, brought together envoys from 40 countries.",
		want: []string{
			"event:summit-2025-03-25-mombasa participant country:kenya",
			"event:summit-2025-03-25-mombasa participant country:ethiopia",
		},
		notWant: []string{"event:meeting"},
	},
	{
		rule:    "event-noun",
		text:    "Ana Soler told a news conference in Mombasa on Tuesday that the border would reopen.",
		notWant: []string{"event:summit"},
	},
	{
		// a conference a speaker addresses is no gathering of delegations
		rule:    "event-noun",
		text:    "Ana Soler, chief executive of Corvin Energy, said at an energy conference in Mombasa on Tuesday that demand would keep rising.",
		notWant: []string{"event:summit"},
	},
	{
		// nor a party's, whoever its subject
		rule:    "event-noun",
		text:    "Ministers met at the Sentinel Party conference in Mombasa on Tuesday.",
		notWant: []string{"event:summit"},
	},
	{
		// its modifier says it is one
		rule: "event-noun",
		text: "Kenya and Ethiopia agreed on a border commission at a peace conference in Mombasa on Tuesday.",
		want: []string{"event:summit-2025-03-25-mombasa held_in place:mombasa"},
	},
	{
		rule: "event-verb",
		text: "Ivo Brandt called Mara Lind on Monday to back the deal, his office said.",
		want: []string{"event:phone_call-2025-03-24-ivo-brandt-mara-lind participant person:mara-lind"},
	},
	{
		// a passive signing: the signatories of its agent phrase met
		rule: "event-verb",
		text: "The border accord was signed in Mombasa on Tuesday by Ivo Brandt and Mara Lind.",
		want: []string{
			"event:meeting-2025-03-25-mombasa participant person:ivo-brandt",
			"event:meeting-2025-03-25-mombasa participant person:mara-lind",
		},
	},
	{
		// a hearing: the witness, the committee and its chair
		rule: "event-hearing",
		text: "Water Agency chief Ana Soler testified before the Senate Energy Committee on Tuesday. Sen. Ivo Brandt, who chairs the committee, said the agency had failed.",
		want: []string{
			"event:meeting-2025-03-25-senate-energy-committee-ana-soler-ivo-brandt participant org:senate-energy-committee",
			"event:meeting-2025-03-25-senate-energy-committee-ana-soler-ivo-brandt participant person:ana-soler",
			"event:meeting-2025-03-25-senate-energy-committee-ana-soler-ivo-brandt participant person:ivo-brandt",
		},
	},
	{
		rule:    "event-hearing",
		text:    "Ana Soler testified before a grand jury in Mombasa on Tuesday.",
		notWant: []string{"event:"},
	},
	{
		// a visit due on a day; one told in the past or due in a month
		// is none
		rule: "event-visit",
		text: "Kenyan Foreign Minister Ivo Brandt is due to visit Mombasa on Saturday.",
		want: []string{
			"event:visit-2025-03-29-mombasa participant person:ivo-brandt",
			"event:visit-2025-03-29-mombasa held_in place:mombasa",
		},
	},
	{
		// a trip due on a day that is then called off, in its sentence
		// or as the next one's subject, is none; another's postponed
		// arrival calls off nothing
		rule:    "event-visit",
		text:    "Kenyan Foreign Minister Ivo Brandt was due to arrive in Mombasa on Saturday for talks, but the visit was called off after protests. Ethiopian Foreign Minister Mara Lind is due to arrive in Nairobi on Friday. Her trip was cancelled on Wednesday.",
		notWant: []string{"event:"},
	},
	{
		rule: "event-visit",
		text: "Kenyan Foreign Minister Ivo Brandt is due to arrive in Mombasa on Saturday for talks. Ethiopian Foreign Minister Mara Lind postponed her arrival in Nairobi.",
		want: []string{"event:visit-2025-03-29-mombasa participant person:ivo-brandt"},
	},
	{
		rule:    "event-visit",
		text:    "Kenyan Foreign Minister Ivo Brandt visited Mombasa on Saturday. Ethiopian Foreign Minister Mara Lind will visit Nairobi next month.",
		notWant: []string{"event:visit"},
	},
	{
		// "the ministers": the two ministers of the last talks
		rule: "event-verb",
		text: "Kenyan Foreign Minister Ivo Brandt and Ethiopian Foreign Minister Mara Lind held talks in Mombasa on Monday. The ministers agreed to meet again in Nairobi on April 8.",
		want: []string{
			"event:meeting-2025-04-08-nairobi participant person:ivo-brandt",
			"event:meeting-2025-04-08-nairobi participant person:mara-lind",
		},
	},
	{
		// the "where" clause the parser hung on the trip's day
		rule: "event-verb",
		text: "Kenyan President Ivo Brandt traveled to Kyiv on Monday, where he met Ukrainian President Mara Lind.",
		want: []string{"event:meeting-2025-03-24-kyiv held_in place:kyiv"},
	},
	{
		// "is expected to meet … on Friday": a plan (last Friday's
		// meeting held is none), its subject the passive's
		rule: "event-verb",
		text: "Kenyan President Ivo Brandt is expected to meet Ethiopian Prime Minister Mara Lind in Addis Ababa on Friday.",
		want: []string{
			"event:meeting-2025-03-28-addis-ababa participant person:ivo-brandt",
			"event:meeting-2025-03-28-addis-ababa participant person:mara-lind",
		},
		notWant: []string{"event:meeting-2025-03-21"},
	},
	{
		// "slated" and "poised" plan as "expected" does
		rule: "event-verb",
		text: "Kenyan President Ivo Brandt is slated to meet Ethiopian Prime Minister Mara Lind in Addis Ababa on Friday.",
		want: []string{
			"event:meeting-2025-03-28-addis-ababa participant person:ivo-brandt",
			"event:meeting-2025-03-28-addis-ababa participant person:mara-lind",
		},
		notWant: []string{"event:meeting-2025-03-21"},
	},
	{
		// the person told something in a call is on the line
		rule: "event-noun",
		text: "In a phone call on Monday, Kenyan President Ivo Brandt told Ethiopian Prime Minister Mara Lind that the border would reopen.",
		want: []string{"event:phone_call-2025-03-24-ivo-brandt-mara-lind participant person:mara-lind"},
	},
	{
		// ... but where the call names its other end, those urged are
		// whom the caller spoke of
		rule:    "event-noun",
		text:    "In a phone call with Ethiopian Prime Minister Mara Lind on Monday, Kenyan President Ivo Brandt urged Sudan and Chad to reopen the border.",
		want:    []string{"event:phone_call-2025-03-24-ivo-brandt-mara-lind participant person:mara-lind"},
		notWant: []string{"participant country:sudan", "participant country:chad"},
	},
	{
		// the name the parser left off "telephoned"
		rule: "event-verb",
		text: "Kenyan President Ivo Brandt telephoned Ethiopian Prime Minister Mara Lind on Monday.",
		want: []string{"event:phone_call-2025-03-24-ivo-brandt-mara-lind participant person:mara-lind"},
	},
	{
		// the speaker told a summit its own words name
		rule: "event-verb",
		text: "Kenyan President Ivo Brandt told the African Union summit in Addis Ababa on Monday that the region needed peace.",
		want: []string{"event:summit-2025-03-24-addis-ababa participant person:ivo-brandt"},
	},
	{
		// "due to meet" the parser reads as a purpose clause of "due"
		// is still the plan
		rule: "event-verb",
		text: "Wang Haoran is due to meet Marie-Claire Otieno in Mombasa on Friday.",
		want: []string{"event:meeting-2025-03-28-mombasa participant person:marie-claire-otieno"},
	},
	{
		// a meeting dated by a past year only is history the story recalls
		rule:    "event-verb",
		text:    "Kenyan President Ivo Brandt met Ethiopian Prime Minister Mara Lind in Mombasa in 2019, and the two have spoken often since. Kenya and Ethiopia held talks in Nairobi in 2018 that ended a border dispute.",
		notWant: []string{"event:"},
	},
	{
		// talks of a visit dated by a past year, and a summit one is
		// invited to, are no event of the token rules either
		rule:    "event-verb",
		text:    "Ethiopian Prime Minister Mara Lind visited Mombasa in 2019 for talks with Kenyan President Ivo Brandt.",
		notWant: []string{"event:"},
	},
	{
		rule:    "event-verb",
		text:    "Kenyan President Ivo Brandt invited Ethiopian Prime Minister Mara Lind to a summit in Nairobi on Friday.",
		notWant: []string{"event:"},
	},
	{
		// a plan its sentence calls off: no meeting
		rule:    "event-verb",
		text:    "Kenyan President Ivo Brandt and Ethiopian Prime Minister Mara Lind were expected to meet in Mombasa on Friday, but Lind cancelled her trip.",
		notWant: []string{"event:"},
	},
	{
		// ownTripCalledOff: flights the rain cancelled, or a trip
		// elsewhere another cancelled, call off no planned meeting
		rule: "event-verb",
		text: "Ugandan President Tomas Ridder and Kenyan President Ola Brandt will meet in Kampala on Friday after heavy rains cancelled flights. Peruvian President Ana Velez and Chilean President Luis Mora were due to meet in Lima on Thursday, after Chile's president cancelled a trip to Madrid last week.",
		want: []string{"event:meeting-2025-03-28-kampala held_in place:kampala", "event:meeting-2025-03-27-lima held_in place:lima"},
	},
	{
		// a summit whose own clause calls it off, whatever the parse
		// hangs the participle on: no summit, and its chair no party
		rule:    "event-noun",
		text:    "Kenyan and Ethiopian officials dined together in Mombasa on Friday, after a summit hosted by U.N. mediator Ana Soler had been postponed.",
		notWant: []string{"event:summit", "participant person:ana-soler"},
	},
	{
		// a plan in the past perfect lapsed: no meeting, held or due
		rule:    "event-verb",
		text:    "Kenyan President Ivo Brandt had been due to meet Ethiopian Prime Minister Mara Lind in Addis Ababa on Monday, but the meeting was cancelled.",
		notWant: []string{"event:meeting"},
	},
	{
		// a body's own sitting, fixed to a day, needs no place
		rule: "event-verb",
		text: "The Tarrow Central Bank held its main rate on Tuesday after a meeting of its Monetary Policy Committee. The committee will next meet on April 8.",
		want: []string{"event:meeting-2025-04-08-monetary-policy-committee participant org:monetary-policy-committee"},
	},
	{
		rule:    "event-verb",
		text:    "The Tarrow Central Bank held its main rate on Tuesday after a meeting of its Monetary Policy Committee. The committee will meet again in April.",
		notWant: []string{"event:meeting-2025-04"},
	},
	{
		// a plan fixed to a month may be moved: no event yet
		rule:    "event-verb",
		text:    "Kenya and Ethiopia are due to hold talks in Mombasa in November. The two ministers agreed to meet again in Nairobi in October.",
		notWant: []string{"event:"},
	},
	{
		rule:    "event-verb",
		text:    "Ivo Brandt hopes to meet Joseph Kamau in Mombasa on Monday.",
		notWant: []string{"event:"},
	},
	{
		rule:    "event-verb",
		text:    "Ivo Brandt did not meet Joseph Kamau in Mombasa on Monday.",
		notWant: []string{"event:"},
	},
	{
		rule: "event-verb",
		text: "Ana Soler said she had discussed the budget with Transport Secretary Ivo Brandt at the ministry's headquarters in Nairobi on Monday.",
		want: []string{
			"event:meeting-2025-03-24-nairobi participant person:ivo-brandt",
			"event:meeting-2025-03-24-nairobi held_in place:nairobi",
		},
	},
	{
		rule:    "event-verb",
		text:    "Ana Soler discussed the budget with reporters in Nairobi on Monday.",
		notWant: []string{"event:"},
	},
	{
		rule: "event-verb",
		text: "Kenyan President Joseph Kamau and Ethiopian Prime Minister Ivo Brandt signed the treaty at the State House in Nairobi on Monday.",
		want: []string{
			"event:meeting-2025-03-24-nairobi participant person:joseph-kamau",
			"event:meeting-2025-03-24-nairobi participant person:ivo-brandt",
		},
	},
	{
		rule:    "event-verb",
		text:    "Joseph Kamau signed the decree in Nairobi on Monday.",
		notWant: []string{"event:"},
	},
	{
		// the token rules ask the parse's mood too (hopedInParse)
		rule:    "event-verb",
		text:    "Kenya called for talks between Ethiopia and the Sentinel Front in Mombasa on Monday.",
		notWant: []string{"event:"},
	},
	{
		// the token rules ask the parse's mood too (hopedInParse)
		rule:    "event-verb",
		text:    "Ethiopia rejected talks with the Sentinel Front in Mombasa on Monday. Kenya will consider direct talks with Ethiopia in Nairobi.",
		notWant: []string{"event:"},
	},
	{
		// the token rules ask the parse's mood too (hopedInParse)
		rule:    "event-verb",
		text:    "Ivo Brandt refused to meet Joseph Kamau in Mombasa on Monday.",
		notWant: []string{"event:"},
	},
	{
		// the token rules ask the parse's mood too (hopedInParse)
		rule:    "event-verb",
		text:    "Ivo Brandt declined to speak by phone with Joseph Kamau on Monday.",
		notWant: []string{"event:"},
	},
	{
		rule:    "event-verb",
		text:    "Kenya met the demands of the union in Mombasa on Monday.",
		notWant: []string{"event:"},
	},
	{
		// the place and day the parser hung on the object's last noun
		// are the meeting's (placeHungLow)
		rule: "event-verb",
		text: "Trade Minister Ana Soler is due to meet the heads of the country's largest tea exporters in Kisumu on Friday.",
		want: []string{
			"event:meeting-2025-03-28-kisumu participant person:ana-soler",
			"event:meeting-2025-03-28-kisumu held_in place:kisumu",
		},
	},
	{
		// people met who are no title nor name: the meeting is told by
		// its place and day (dayPlace); what "meet" fulfils or runs into
		// is no one met
		rule: "event-verb",
		text: "Interior Minister Ivo Brandt met relatives of the victims in Mombasa on Monday.",
		want: []string{
			"event:meeting-2025-03-24-mombasa participant person:ivo-brandt",
			"event:meeting-2025-03-24-mombasa held_in place:mombasa",
		},
	},
	{
		rule:    "event-verb",
		text:    "The plan met stiff resistance in Mombasa on Monday.",
		notWant: []string{"event:"},
	},
	{
		// what "meet" runs into is no one met unless it is people
		// (peopleNoun): a welcome, a storm, rivals' form
		rule:    "event-verb",
		text:    "The council's housing scheme met a cool welcome in Nakuru on Thursday.",
		notWant: []string{"event:"},
	},
	{
		rule: "event-verb",
		text: "Governor Amina Wekesa met flood survivors in Garissa on Tuesday.",
		want: []string{"event:meeting-2025-03-25-garissa participant person:amina-wekesa"},
	},
	{
		// one of the people met is enough: "town and village mayors"
		rule: "event-verb",
		text: "Governor Lia Santos is due to meet the region's 14 town and village mayors in Tete on Friday.",
		want: []string{"event:meeting-2025-03-28-tete held_in place:tete"},
	},
	{
		rule: "event-verb",
		text: "Transport Minister Rui Costa met Duarte and Lemos in Beira on Monday to plan the tender.",
		want: []string{"event:meeting-2025-03-24-beira participant person:rui-costa"},
	},
	{
		// a scheme, a sale, a plan meets no one (meetsAsActor)
		rule:    "event-verb",
		text:    "The ferry service met with complaints in Kisumu on Tuesday.",
		notWant: []string{"event:"},
	},
	{
		// the place and day after an incident noun are the incident's,
		// not the meeting's (placeHungLow)
		rule:    "event-verb",
		text:    "Health Minister Lina Oduya on Thursday met survivors of the fire in Eldoret on Sunday.",
		notWant: []string{"held_in place:eldoret"},
	},
	{
		// the name after the comma that ends a title's phrase is its
		// holder, wherever the parser hung it (nameAfterTitlePhrase)
		rule: "event-verb",
		text: "The AU's commissioner for relations with Ethiopia, Mara Lind, held talks with Kenyan Foreign Minister Ivo Brandt in Mombasa on Monday, a ministry statement said.",
		want: []string{
			"event:talks-2025-03-24-mombasa participant person:mara-lind",
			"event:talks-2025-03-24-mombasa participant person:ivo-brandt",
		},
	},
	{
		// the name after the comma goes to the innermost title of the
		// phrase ("the chief of the navy"), not to the adviser who met
		// (nameAfterTitlePhrase)
		rule:    "event-verb",
		text:    "Kenyan Foreign Minister Ivo Brandt held talks in Mombasa on Monday with an adviser to the chief of Somalia's navy, Admiral Ravi Osei.",
		want:    []string{"event:talks-2025-03-24-mombasa participant person:ivo-brandt"},
		notWant: []string{"participant person:ravi-osei"},
	},
	{
		// a name that opens a possessive or says the sentence is no
		// holder of the title before the comma (holderAlone)
		rule:    "event-verb",
		text:    "Kenyan Foreign Minister Ivo Brandt held talks in Mombasa on Monday with the director of the regional ports authority in Lamu, Transport Minister Lena Okafor's spokesman said.",
		want:    []string{"event:talks-2025-03-24-mombasa participant person:ivo-brandt"},
		notWant: []string{"participant person:lena-okafor"},
	},
	{
		// nor does the subject of a verb of saying after the comma
		// (holderAlone)
		rule:    "event-verb",
		text:    "Kenyan Foreign Minister Ivo Brandt held talks in Lamu on Monday with the director of the regional ports authority, spokesman Tomas Reyes said on Tuesday.",
		want:    []string{"event:talks-2025-03-24-lamu participant person:ivo-brandt"},
		notWant: []string{"participant person:tomas-reyes"},
	},
	{
		// "the town of X" places the meeting in X (kindOfPlace)
		rule: "event-verb",
		text: "Interior Minister Ana Soler is due to meet Ivo Brandt on Friday in the Kenyan town of Kisumu.",
		want: []string{
			"event:meeting-2025-03-28-kisumu participant person:ana-soler",
			"event:meeting-2025-03-28-kisumu participant person:ivo-brandt",
			"event:meeting-2025-03-28-kisumu held_in place:kisumu",
		},
	},
	{
		rule:    "event-verb",
		text:    "Egyptian President Ali Sami visited Nairobi on Monday.",
		notWant: []string{"event:"},
	},
	{
		rule: "event-noun",
		text: "Ivo Brandt told reporters after a meeting with Ethiopian negotiators in Mombasa on Monday that progress was slow.",
		want: []string{
			"event:meeting-2025-03-24-mombasa participant person:ivo-brandt",
			"event:meeting-2025-03-24-mombasa participant country:ethiopia",
		},
	},
	{
		rule: "event-verb",
		text: "NAIROBI, Kenya (AP) — Mediators from the Sentinel Union held talks on Thursday with the army officers who seized power.",
		want: []string{
			"event:talks-2025-03-20-nairobi participant org:sentinel-union",
			"event:talks-2025-03-20-nairobi held_in place:nairobi",
		},
	},
	{
		rule: "event-verb",
		text: "The Sentinel Union ministers, who met Ivo Brandt on Monday at the Grand Meridian in Mombasa, were guarded.",
		want: []string{"event:meeting-2025-03-24-mombasa participant org:sentinel-union"},
	},
	{
		rule: "event-noun",
		text: "Kenyan officials had raised the case with their Ethiopian counterparts in a phone call last week.",
		want: []string{
			"event:phone_call-t-ethiopia-kenya participant country:kenya",
			"event:phone_call-t-ethiopia-kenya participant country:ethiopia",
		},
	},
	{
		rule: "event-noun",
		text: "Ivo Brandt took a softer line. He said he had raised the issue in a phone call with Joseph Kamau on Monday.",
		want: []string{"event:phone_call-2025-03-24-ivo-brandt-joseph-kamau participant person:ivo-brandt"},
	},
	{
		// a country named in a phrase of place is no party, for the
		// token rules too (dropLocatives)
		rule:    "event-noun",
		text:    "Aid to avert food shortages in Ethiopia was discussed by Kenya and Norway at talks in Mombasa on Monday.",
		want:    []string{"event:talks-2025-03-24-mombasa participant country:kenya"},
		notWant: []string{"event:talks-2025-03-24-mombasa participant country:ethiopia"},
	},
	{
		rule:    "event-noun",
		text:    "The planned summit between Kenya and Ethiopia in Mombasa was postponed.",
		notWant: []string{"event:"},
	},
	{
		// the token rules for attacks ask the parse for the attacker
		// the attack noun names (attackerInParse)
		rule: "event-verb",
		text: "An Amber Front attack on a police post in Tarrow killed 12 people on Monday.",
		want: []string{"event:attack-2025-03-24-tarrow-by-amber-front attacker org:amber-front"},
	},
	{
		rule: "event-verb",
		text: "Gunmen attacked a police post in Tarrow on Monday, killing four officers. The Amber Front claimed responsibility for the attack.",
		want: []string{"event:attack-2025-03-24-tarrow attacker org:amber-front"},
	},
	{
		rule:    "event-verb",
		text:    "Gunmen attacked a police post in Tarrow on Monday, killing four officers. The Amber Front denied that it had claimed the attack.",
		notWant: []string{"attacker org:amber-front"},
	},
	{
		// a habit is no event
		rule:    "event-verb",
		text:    "Kenyan and Ethiopian officials meet every year in Mombasa to review the border.",
		notWant: []string{"event:"},
	},
	{
		rule:    "event-verb",
		text:    "Kenya denied that its president had met Ivo Brandt in Mombasa on Monday.",
		notWant: []string{"event:"},
	},
	{
		// the token rules ask the parse's mood too (hopedInParse)
		rule:    "event-verb",
		text:    "Kenya denied reports that Ana Soler held talks with Ivo Brandt in Mombasa on Monday.",
		notWant: []string{"event:"},
	},
	{
		// the token rules for attacks ask the parse too (deniedInParse)
		rule:    "event-verb",
		text:    "Officials denied that the Amber Front had attacked a police post in Tarrow on Monday.",
		notWant: []string{"event:"},
	},
	{
		// the parser hangs the subject on the dateline
		rule: "event-noun",
		text: "NAIROBI, Kenya (AP) — Mediators from the Sentinel Union opened a new round of talks on Thursday with the army officers who seized power.",
		want: []string{"event:talks-2025-03-20-nairobi participant org:sentinel-union"},
	},
	{
		// the phrases hung on the measure of the talks
		rule: "event-noun",
		text: "The plan was announced after two days of talks at the agency's headquarters in Mombasa, between Ana Soler and Ivo Brandt.",
		want: []string{
			"event:talks-t-mombasa participant person:ana-soler",
			"event:talks-t-mombasa participant person:ivo-brandt",
		},
	},
	{
		rule: "event-verb",
		text: "Kenyan President Joseph Kamau met a rebel delegation led by its commander, Ivo Brandt, in Mombasa on Monday.",
		want: []string{"event:meeting-2025-03-24-mombasa participant person:ivo-brandt"},
	},
	{
		rule: "event-verb",
		text: "Kenyan President Joseph Kamau and Ethiopian Prime Minister Ivo Brandt met in Mombasa on Monday, joined by Ana Soler and Tomas Reyes, who led the negotiating teams.",
		want: []string{
			"event:meeting-2025-03-24-mombasa participant person:ana-soler",
			"event:meeting-2025-03-24-mombasa participant person:tomas-reyes",
		},
	},
	{
		// who hosted the meeting, in a participle clause, took part
		rule: "event-verb",
		text: "Kenyan President Joseph Kamau and Ivo Brandt, who leads the rebel council, met for two hours at the Tana hotel in Mombasa on Monday, hosted by the African Union's special envoy for the Horn, Ana Soler of Ghana.",
		want: []string{
			"event:meeting-2025-03-24-mombasa participant person:ana-soler",
			"event:meeting-2025-03-24-mombasa participant person:ivo-brandt",
		},
	},
	{
		// the host's participle read as a second verb
		rule: "event-verb",
		text: "Kenyan President Joseph Kamau and Ivo Brandt, who leads the rebel council, met for three hours at the Tana hotel inside the port zone in Mombasa, hosted by the African Union's special envoy for the Horn, Ana Soler of Ghana.",
		want: []string{"event:meeting-t-ana-soler-ivo-brandt-joseph-kamau participant person:ana-soler"},
	},
	{
		// the participle read as a second verb and its "by" phrase as
		// a plain oblique; the joined guest tells no second meeting apart
		rule: "event-verb",
		text: "Kenyan Foreign Minister Ivo Brandt and Ethiopian Foreign Minister Mara Lind held talks in Mombasa on Monday. Brandt and Lind met behind closed doors at the Tana palace, joined for part of the session by the African Union's envoy for the Horn, Tomas Reyes.",
		want: []string{
			"event:talks-2025-03-24-mombasa participant person:tomas-reyes",
		},
		notWant: []string{"event:meeting-"},
	},
	{
		// "with" hung on the venue's city rather than on the meeting
		rule: "event-verb",
		text: "Kenyan President Ivo Brandt chaired a security meeting at the interior ministry in Mombasa with Mara Lind on Monday.",
		want: []string{
			"event:meeting-2025-03-24-mombasa participant person:ivo-brandt",
			"event:meeting-2025-03-24-mombasa participant person:mara-lind",
		},
	},
	{
		// the second object hung on the verb as its conjunct
		rule: "event-verb",
		text: "Health Minister Ivo Brandt met Mara Lind and the council's chief executive, Tomas Reyes, at the ministry in Mombasa on Monday, and the meeting ended without a deal.",
		want: []string{
			"event:meeting-2025-03-24-mombasa participant person:mara-lind",
			"event:meeting-2025-03-24-mombasa participant person:tomas-reyes",
		},
	},
	{
		// the name hung on the title's "for" phrase as its conjunct
		rule: "event-verb",
		text: "The water ministers of Kenya and Uganda met on Monday at the bloc's headquarters in Mombasa, with the EAC's special envoy for Lake Victoria, Tomas Reyes, chairing the sessions.",
		want: []string{"event:meeting-2025-03-24-mombasa participant person:tomas-reyes"},
	},
	{
		// "both foreign ministers": the two ministers of the last talks,
		// not their host, each in a call of their own with the caller
		rule: "event-verb",
		text: "Kenyan Prime Minister Ivo Brandt hosted the talks between Ethiopian Foreign Minister Mara Lind and Sudanese Foreign Minister Ana Soler in Mombasa on Monday. The border has been closed since June. Traders have lost millions. Farmers want it reopened. Norwegian Prime Minister Tomas Reyes spoke by phone with both foreign ministers on Tuesday.",
		want: []string{
			"event:phone_call-2025-03-25-mara-lind-tomas-reyes participant person:mara-lind",
			"event:phone_call-2025-03-25-ana-soler-tomas-reyes participant person:ana-soler",
		},
		notWant: []string{"event:phone_call-2025-03-25-ana-soler-mara-lind-tomas-reyes", "event:phone_call-2025-03-25-mara-lind-tomas-reyes participant person:ivo-brandt", "event:phone_call-2025-03-25-ana-soler-tomas-reyes participant person:ivo-brandt"},
	},
	{
		// "both defence ministers" after a later signing of their
		// countries alone: the two of the last talks that had them
		rule: "event-verb",
		text: "Kenyan Prime Minister Ivo Brandt hosted the talks between Ethiopian Defence Minister Mara Lind and her Sudanese counterpart, Ana Soler, in Mombasa on Monday. The defence ministers of Ethiopia and Sudan signed a border accord in Nairobi on Tuesday. The border has been closed since June. Traders have lost millions. Farmers want it reopened. Norwegian Prime Minister Tomas Reyes spoke by phone with both defence ministers on Tuesday.",
		want: []string{
			"event:phone_call-2025-03-25-mara-lind-tomas-reyes participant person:mara-lind",
			"event:phone_call-2025-03-25-ana-soler-tomas-reyes participant person:ana-soler",
		},
	},
	{
		// "the three delegations": the three sides of the last talks
		rule: "event-verb",
		text: "Trade ministers of Egypt, Sudan and Uganda held talks in Mombasa on Monday. On Tuesday, Kenyan President Ivo Brandt hosted the three delegations for lunch at his residence in Mombasa.",
		want: []string{
			"event:meeting-2025-03-25-mombasa participant country:egypt",
			"event:meeting-2025-03-25-mombasa participant country:sudan",
			"event:meeting-2025-03-25-mombasa participant person:ivo-brandt",
		},
	},
	{
		// a count the last talks do not have names no sides
		rule:    "event-verb",
		text:    "Trade ministers of Egypt, Sudan and Uganda held talks in Mombasa on Monday. On Tuesday, Kenyan President Ivo Brandt hosted the two delegations for lunch at his residence in Mombasa.",
		notWant: []string{"event:meeting-2025-03-25-mombasa participant country:egypt"},
	},
	{
		// "held" read as a participle on its subject; the spokesman's
		// president named after "the two presidents" is not a third
		rule: "event-verb",
		text: "Kenyan President Ivo Brandt and Ethiopian President Mara Lind praised the border accord on Monday. The two presidents held talks over lunch in the old fort before the ceremony, Brandt's spokesman, Tomas Reyes, said.",
		want: []string{
			"event:talks-t-ivo-brandt-mara-lind participant person:ivo-brandt",
			"event:talks-t-ivo-brandt-mara-lind participant person:mara-lind",
		},
	},
	{
		// a trip stated as planned for a day is a visit
		rule: "event-visit",
		text: "Kenyan President Ivo Brandt arrived in Addis Ababa on Monday. Brandt flies on Wednesday to Mombasa, where he will open a new port terminal.",
		want: []string{
			"event:visit-2025-03-26-mombasa participant person:ivo-brandt",
			"event:visit-2025-03-26-mombasa held_in place:mombasa",
		},
	},
	{
		// a visit's "by" phrase hung on the verb that holds it, its day
		// in "the latest on …"
		rule: "event-visit",
		text: "The release followed months of work that included three visits to Mombasa by Ana Soler, the latest on March 12.",
		want: []string{
			"event:visit-2025-03-12-mombasa participant person:ana-soler",
			"event:visit-2025-03-12-mombasa held_in place:mombasa",
		},
	},
	{
		// a visit with no verb over it: the noun's own day
		rule: "event-visit",
		text: "Ana Soler's visit to Mombasa on Thursday was her first since June.",
		want: []string{"event:visit-2025-03-20-mombasa participant person:ana-soler"},
	},
	{
		// "called" a title whose holder is named after a comma, past a
		// rank, wherever the parser hung the name
		rule: "event-verb",
		text: "Kenyan President Ivo Brandt called Ethiopia's army chief, General Mara Lind, on Monday to back the deal, the presidency said.",
		want: []string{
			"event:phone_call-2025-03-24-ivo-brandt-mara-lind participant person:ivo-brandt",
			"event:phone_call-2025-03-24-ivo-brandt-mara-lind participant person:mara-lind",
		},
	},
	{
		// an arrival stated as planned for a day is a visit
		rule: "event-visit",
		text: "The agency's chief inspector, Ana Soler, is scheduled to arrive in Mombasa on Friday for a review of the port, the ministry said.",
		want: []string{
			"event:visit-2025-03-28-mombasa participant person:ana-soler",
			"event:visit-2025-03-28-mombasa held_in place:mombasa",
		},
	},
	{
		// two callers: one call among them, not split
		rule:    "event-verb",
		text:    "Kenyan President Ivo Brandt and Ethiopian Prime Minister Mara Lind spoke by phone with Sudanese President Ana Soler on Tuesday.",
		want:    []string{"event:phone_call-2025-03-25-ana-soler-ivo-brandt participant person:mara-lind"},
		notWant: []string{"event:phone_call-2025-03-25-ana-soler-mara-lind"},
	},
	{
		// the place hung on the object of the verb the talks precede
		rule: "event-noun",
		text: "Kenyan Oil Minister Ivo Brandt and Ethiopia's energy minister, Ana Soler, signed the accord at the finance ministry in Mombasa after talks that ran until Monday evening.",
		want: []string{"event:talks-2025-03-24-mombasa held_in place:mombasa", "event:talks-2025-03-24-mombasa participant person:ana-soler"},
	},
	{
		// "the U.S. capital": a country's name before "capital" is its
		// capital, not the country
		rule: "event-verb",
		text: "Leaders of a dozen African nations opened a two-day summit in the U.S. capital on Tuesday.",
		want: []string{"event:summit-2025-03-25-washington held_in place:washington"},
	},
	{
		// a month-day two months ahead in a clause with "will" is this
		// year's, not last year's
		rule: "event-noun",
		text: "The East African Community will discuss the fund at its leaders' meeting in Mombasa, Kenya, on May 17.",
		want: []string{"event:meeting-2025-05-17-mombasa held_in place:mombasa", "event:meeting-2025-05-17-mombasa participant org:east-african-community"},
	},
	{
		// "next" elsewhere in the clause does not move a past day a year on
		rule:    "event-noun",
		text:    "Talks between Egypt and Sudan in Cairo on February 3 ended without a deal, and the next round has not been scheduled.",
		want:    []string{"event:talks-2025-02-03-cairo held_in place:cairo"},
		notWant: []string{"event:talks-2026-02-03-cairo"},
	},
	{
		// a venue in "the Kenyan capital"
		rule: "event-verb",
		text: "Kenyan and Ethiopian officials met on Tuesday at the agency's headquarters in the Kenyan capital.",
		want: []string{"event:meeting-2025-03-25-nairobi held_in place:nairobi"},
	},
	{
		// "chaired" lemmatized as "chaire" is still a hold verb
		rule: "event-verb",
		text: "President Ivo Brandt, who chaired an emergency security meeting in Mombasa on Thursday with Prime Minister Ana Soler, vowed to rebuild the port.",
		want: []string{
			"event:meeting-2025-03-20-mombasa participant person:ivo-brandt",
			"event:meeting-2025-03-20-mombasa participant person:ana-soler",
		},
	},
	{
		rule: "event-visit",
		text: "Kenyan President Ivo Brandt cut short a visit to Ethiopia on Monday and flew home.",
		want: []string{"event:visit-2025-03-24-ethiopia participant person:ivo-brandt"},
	},
	{
		rule: "event-visit",
		text: "The two presidents signed a border treaty on the second day of Ana Soler's state visit to Kenya.",
		want: []string{"event:visit-t-kenya held_in country:kenya", "event:visit-t-kenya participant person:ana-soler"},
	},
	{
		// a visit only expected, or invited, is none
		rule:    "event-visit",
		text:    "Ivo Brandt is expected to visit Mombasa later this year. Kenya invited Ana Soler for a visit to Nairobi.",
		notWant: []string{"event:visit"},
	},
	{
		// the subject the parser read as a second clause of the dateline
		rule: "event-verb",
		text: "OSLO (Reuters) - The Norwegian Republic's biggest party, ANO, began formal coalition talks with the Pirate Party on Tuesday, a week after a vote that gave no bloc a clear majority, while the Farmers' League turned down an invitation to join.",
		want: []string{"event:talks-2025-03-25-oslo participant org:ano", "event:talks-2025-03-25-oslo participant org:pirate-party"},
	},
	{
		// the "with" phrase hung on the day
		rule: "event-verb",
		text: "Kenyan Interior Minister Ana Soler chaired an emergency security meeting in Mombasa on Tuesday afternoon with Ivo Brandt and the head of the coast guard.",
		want: []string{"event:meeting-2025-03-25-mombasa participant person:ana-soler", "event:meeting-2025-03-25-mombasa participant person:ivo-brandt"},
	},
	{
		rule: "event-verb",
		text: "Ana Soler discussed the new tariffs with Norwegian Trade Minister Ivo Brandt in a call on Monday, the ministry said.",
		want: []string{
			`event:phone_call-2025-03-24-ana-soler-ivo-brandt category "phone_call"`,
			"event:phone_call-2025-03-24-ana-soler-ivo-brandt participant person:ivo-brandt",
		},
	},
	{
		// "the summit" is the summit told before, not the meeting on
		// its sidelines told since
		rule:    "event-verb",
		text:    "Kenyan President Ivo Brandt opened a summit of East African leaders in Nairobi on Monday. Brandt and Ethiopian Prime Minister Mara Lind met on the sidelines on Tuesday. Somali Foreign Minister Ana Soler told the summit her country's ports would join the corridor.",
		want:    []string{"event:summit-2025-03-24-nairobi participant person:ana-soler"},
		notWant: []string{"event:meeting-2025-03-25-ivo-brandt-mara-lind participant person:ana-soler"},
	},
	{
		rule: "event-verb",
		text: "Ivo Brandt and Mara Lind met in Mombasa on Monday. Ana Soler, who attended the meeting, said the border would reopen.",
		want: []string{"event:meeting-2025-03-24-mombasa participant person:ana-soler"},
	},
	{
		// a country's envoy and one who attended, not an observer
		rule:    "event-verb",
		text:    "Kenyan President Ivo Brandt opened a two-day summit of regional leaders in Nairobi on Monday. Ethiopia was represented by Foreign Minister Mara Lind, and Sudanese Vice President Ali Sami attended for Khartoum. Norwegian envoy Ana Soler attended as an observer.",
		want:    []string{"event:summit-2025-03-24-nairobi participant person:mara-lind", "event:summit-2025-03-24-nairobi participant person:ali-sami"},
		notWant: []string{"event:summit-2025-03-24-nairobi participant person:ana-soler"},
	},
	{
		rule: "event-verb",
		text: "Kenyan and Ethiopian negotiators held talks in Mombasa on Monday. The Kenyan delegation was led by Ivo Brandt, and the Ethiopian team by Mara Lind.",
		want: []string{"event:talks-2025-03-24-mombasa participant person:ivo-brandt", "event:talks-2025-03-24-mombasa participant person:mara-lind"},
	},
	{
		// a lawyer who represents a company, a meeting to come
		rule:    "event-verb",
		text:    "Ivo Brandt and Mara Lind held talks in Mombasa on Monday. Ana Soler, a lawyer who represents the Corvin Group, said the talks were useful. Joseph Kamau will chair the next meeting.",
		notWant: []string{"participant person:ana-soler", "participant person:joseph-kamau", "participant org:corvin-group"},
	},
	{
		// the subject's clause ("the next prime minister") plans nothing
		rule:    "event-verb",
		text:    "President Ana Soler, who must appoint the next prime minister, received Ivo Brandt in Mombasa on Monday.",
		want:    []string{"event:meeting-2025-03-24-mombasa participant person:ivo-brandt"},
		notWant: []string{"event:meeting-2025-03-31"},
	},
	{
		// the purpose read as a complement; a call on a day
		rule: "event-verb",
		text: "Mara Lind called Ivo Brandt to congratulate him, his office said.",
		want: []string{"event:phone_call-t-ivo-brandt-mara-lind participant person:ivo-brandt"},
	},
	{
		rule:    "event-verb",
		text:    "Norwegian Prime Minister Mara Lind called Ivo Brandt on Sunday to wish him well, the Amber Party said in a statement. Mara Lind called on Joseph Kamau to resign on Sunday.",
		want:    []string{"event:phone_call-2025-03-23-ivo-brandt-mara-lind participant person:ivo-brandt"},
		notWant: []string{"participant person:joseph-kamau"},
	},
	{
		// a meeting on the summit's sidelines is held where the summit
		// is, on its day unless the sentence gives one
		rule: "event-verb",
		text: "Kenyan President Ivo Brandt opened a summit of East African leaders in Nairobi on Monday. Ethiopian Prime Minister Mara Lind met Ana Soler on the sidelines of the summit. Sudanese envoy Ali Sami met Joseph Kamau on the sidelines on Tuesday.",
		want: []string{
			"event:meeting-t-ana-soler-mara-lind held_in place:nairobi",
			`event:meeting-t-ana-soler-mara-lind date "2025-03-24"`,
			"event:meeting-2025-03-25-ali-sami-joseph-kamau held_in place:nairobi",
		},
		notWant: []string{"event:summit-2025-03-24-nairobi participant person:ana-soler"},
	},
	{
		rule:    "event-verb",
		text:    "Kenyan President Ivo Brandt opened a summit of East African leaders in Nairobi on Monday. Ethiopian Prime Minister Mara Lind met Ana Soler on the sidelines of the funeral of the former king.",
		notWant: []string{"event:meeting-t-ana-soler-mara-lind held_in"},
	},
	{
		// a contract's signing is no meeting of its signatories
		rule:    "event-verb",
		text:    "Kenyan Defence Minister Ana Soler and Corvin Shipyards chief Ivo Brandt signed the contract in Mombasa on Monday.",
		notWant: []string{"event:meeting"},
	},
	{
		// the host read with the demonym as the head of his title and
		// name, the delegation's head named after his rank in an
		// apposition
		rule: "event-verb",
		text: "Qatari President Ivo Brandt, the current chairman of the bloc, met a rebel delegation led by the group's chief negotiator, Colonel Ali Sami, at the palace in Doha on Monday.",
		want: []string{
			"event:meeting-2025-03-24-doha participant person:ivo-brandt",
			"event:meeting-2025-03-24-doha participant person:ali-sami",
		},
	},
	{
		rule: "event-verb",
		text: "Cambodian President Ivo Brandt, the bloc's current chairman, met a rebel delegation in Phnom Penh on Monday.",
		want: []string{"event:meeting-2025-03-24-phnom-penh participant person:ivo-brandt"},
	},
	{
		rule: "event-verb",
		text: "The president met a rebel delegation led by the group's chief negotiator, Colonel Ali Sami, at the palace in Abuja on Monday.",
		want: []string{"event:meeting-2025-03-24-abuja participant person:ali-sami"},
	},
	{
		// the head of his own country's delegation, or of a country's
		// named by its possessive; "the country's" may be any country
		rule: "event-verb",
		text: "Donors pledged $2 billion for Norland at a conference in Brussels on Monday. Ethiopian Foreign Minister Mara Lind led her country's delegation.",
		want: []string{"event:summit-2025-03-24-brussels participant person:mara-lind"},
	},
	{
		rule: "event-verb",
		text: "Kenyan and Ethiopian negotiators held talks in Mombasa on Monday. Ethiopia's delegation was led by Mara Lind.",
		want: []string{"event:talks-2025-03-24-mombasa participant person:mara-lind"},
	},
	{
		rule:    "event-verb",
		text:    "Donors pledged $2 billion for Norland at a conference in Brussels on Monday. Mara Lind led the country's delegation.",
		notWant: []string{"participant person:mara-lind"},
	},
	{
		// a country's envoy stands for the country, named or not; a
		// body's envoy is the body's only with a name
		rule: "event-verb",
		text: "Kenya's health minister, Ana Soler, met the Indian high commissioner in Nairobi on Monday and asked for compensation.",
		want: []string{"event:meeting-2025-03-24-nairobi participant country:india"},
	},
	{
		rule: "event-verb",
		text: "Kenya's health minister, Ana Soler, met Japan's ambassador in Nairobi on Monday.",
		want: []string{"event:meeting-2025-03-24-nairobi participant country:japan"},
	},
	{
		rule:    "event-verb",
		text:    "Kenya's health minister, Ana Soler, met the European Union envoy in Nairobi on Monday.",
		notWant: []string{"participant org:european-union"},
	},
	{
		// one who joins a session of the meeting takes part in it,
		// wherever the parser hung the "with" phrase; a day's joining
		// names no session
		rule: "event-verb",
		text: "Kenyan Trade Minister Ana Soler and her Ethiopian counterpart Mara Lind met in Nairobi on Tuesday to try to end a dispute over steel tariffs, with U.S. Trade Representative Ivo Brandt joining the afternoon session.",
		want: []string{"event:meeting-2025-03-25-nairobi participant person:ivo-brandt"},
	},
	{
		// the name flat on a title the parser made the head
		rule: "event-noun",
		text: "Ana Soler and Ivo Brandt met in Mombasa on Monday. Qatari Energy Minister Prince Ali Sami proposed a joint patrol at the start of the meeting, officials said.",
		want: []string{"event:meeting-2025-03-24-mombasa participant person:ali-sami"},
	},
	{
		rule:    "event-verb",
		text:    "Ana Soler and Mara Lind met in Nairobi on Tuesday, with Ivo Brandt joining the party on Friday.",
		notWant: []string{"participant person:ivo-brandt"},
	},
	{
		rule: "event-noun",
		text: "Ana Soler and Ivo Brandt met in Mombasa on Monday. Joseph Kamau proposed a joint patrol at the start of the meeting, officials said.",
		want: []string{"event:meeting-2025-03-24-mombasa participant person:joseph-kamau"},
	},
	// a plan whose sentence the parse reads wrongly ("the bloc's" taken
	// apart from the title, the name after the comma read as the
	// subject of "said"): the words name the two who are due to meet
	{
		rule: "event-plan",
		text: "Trade Minister Lars Eklund is due to meet the bloc's fisheries commissioner, Anja Weber, in Brussels on April 9, the ministry said.",
		want: []string{
			"event:meeting-2025-04-09-brussels participant person:lars-eklund",
			"event:meeting-2025-04-09-brussels participant person:anja-weber",
		},
	},
	{
		rule: "event-plan",
		text: "The union's bargaining team, led by Peter Odhiambo, was scheduled to meet a government delegation headed by Labour Secretary Ruth Wanjiru in Kisumu on April 2.",
		want: []string{
			"event:meeting-2025-04-02-kisumu participant person:peter-odhiambo",
			"event:meeting-2025-04-02-kisumu participant person:ruth-wanjiru",
		},
	},
	{
		rule: "event-plan",
		text: "The bloc named a new envoy last month. Its special envoy, Marc Duval, is due in Mombasa on Friday to meet Joseph Kamau, the bloc said.",
		want: []string{
			"event:meeting-2025-03-28-mombasa participant person:marc-duval",
			"event:meeting-2025-03-28-mombasa participant person:joseph-kamau",
		},
	},
	// … never someone the object only names ("the families of X")
	{
		rule:    "event-plan",
		text:    "Lena Ortiz is due to meet the families of Ivo Brandt in Kisumu on Friday, the ministry said.",
		notWant: []string{"participant person:ivo-brandt"},
	},
	// a verb of saying inside a name the clause mentions ("States" of
	// "United States") bounds no time phrase: the day after it dates
	// the event (speechVerbIn)
	{
		rule: "event-verb",
		text: "Trade Minister Ana Soler met United States envoy Ivo Brandt in Kisumu on Monday.",
		want: []string{`event:meeting-2025-03-24-kisumu date "2025-03-24"`},
	},
	{
		rule: "event-verb",
		text: "Lena Ortiz is scheduled to meet Marc Duval, the commander of United States Forces Africa, in Mombasa on Friday.",
		want: []string{"event:meeting-2025-03-28-mombasa participant person:marc-duval"},
	},
	// … a verb of saying outside a name still does: the day is the
	// saying's
	{
		rule:    "event-verb",
		text:    "Ana Soler met Ivo Brandt in Kisumu, the ministry said on Monday.",
		notWant: []string{`date "2025-03-24"`},
	},
	// talks held by phone or video are a call (nounCat, verbEvent; the
	// token rules leave them to the call rules: talksEvent)
	{
		rule:    "event-verb",
		text:    "Defense Minister Ana Soler held telephone talks with Ivo Brandt on Thursday. Trade Minister Lena Varga held phone talks on Monday with Tomas Berg.",
		want:    []string{"event:phone_call-2025-03-20-ana-soler-ivo-brandt participant person:ivo-brandt", "event:phone_call-2025-03-24-lena-varga-tomas-berg participant person:tomas-berg"},
		notWant: []string{`category "talks"`},
	},
	// … not talks the two hold in a place: there, they met
	{
		rule: "event-verb",
		text: "Rail chief Ana Soler and port chief Ivo Brandt held mobile phone talks in Kisumu on Tuesday on tariffs.",
		want: []string{"event:talks-2025-03-25-kisumu held_in place:kisumu"},
	},
	// whom a planned visit is made "to meet", read off the words
	// (namesMetAfter): named people joined by "and" or commas…
	{
		rule: "event-visit",
		text: "President Ana Soler will visit Kisumu on Friday to meet Governor Ivo Brandt, who leads the county, and then fly to Nairobi. Lena Varga will visit Mombasa on Saturday to meet Governor Tomas Berg and Mayor Joseph Kamau.",
		want: []string{
			"event:visit-2025-03-28-kisumu participant person:ivo-brandt",
			"event:visit-2025-03-29-mombasa participant person:tomas-berg",
			"event:visit-2025-03-29-mombasa participant person:joseph-kamau",
		},
	},
	// … not one the object only names as an owner or a relative's
	{
		rule:    "event-visit",
		text:    "President Ana Soler will visit Kisumu on Friday to meet Ivo Brandt's widow. Lena Varga will visit Mombasa on Saturday to meet the families of Tomas Berg.",
		notWant: []string{"participant person:ivo-brandt", "participant person:tomas-berg"},
	},
	// … nor the subject of a new clause after "and"
	{
		rule: "event-visit",
		text: "President Ana Soler will visit Kisumu on Friday to meet Governor Ivo Brandt, and aide Mira Otieno said the trip would focus on roads. Lena Varga will visit Mombasa on Saturday to meet Mayor Tomas Berg and Peter Wafula will stay behind.",
		want: []string{
			"event:visit-2025-03-28-kisumu participant person:ivo-brandt",
			"event:visit-2025-03-29-mombasa participant person:tomas-berg",
		},
		notWant: []string{"participant person:mira-otieno", "participant person:peter-wafula"},
	},
	// … nor past a relative clause set off by commas
	{
		rule: "event-visit",
		text: "President Ana Soler will visit Kisumu on Friday to meet Governor Ivo Brandt and Nadia Kiprono, whose agency runs the harbour, told reporters the talks were set.",
		want: []string{
			"event:visit-2025-03-28-kisumu participant person:ivo-brandt",
		},
		notWant: []string{"participant person:nadia-kiprono"},
	},
	// a run of proper nouns the parser split into two objects of "meet",
	// a body's title words and a person's name: the person is met
	// (nameRunObject)
	{
		rule:    "event-verb",
		text:    "Ivo Brandt said he would meet EU Enlargement Commissioner Lena Varga in Mombasa on Friday.",
		want:    []string{"event:meeting-2025-03-28-mombasa participant person:lena-varga"},
		notWant: []string{"participant country:european-union"},
	},
}

// TestCallSource checks that the token rule for phone calls takes the
// source of a report ("according to X's spokesman, Y") for no party.
func TestCallSource(t *testing.T) {
	_, got := run("Joseph Kamau spoke by phone with Ivo Brandt on Monday, according to Kamau's spokesman, Tom Otieno.")
	for _, g := range got {
		if strings.HasPrefix(g, "event:") && strings.HasSuffix(g, "participant person:tom-otieno") {
			t.Errorf("unexpected party: %s", g)
		}
	}
}

// TestUndatedPlannedTrip checks that in an article without a date a trip
// planned for a weekday is a visit (its day is all the text can fix),
// and that in a dated article a plan with no day stays out.
func TestUndatedPlannedTrip(t *testing.T) {
	text := "Kenyan President Ivo Brandt arrived in Addis Ababa. Brandt flies on Saturday to Mombasa, where he will open a new port terminal."
	a := makeArticle("t", text)
	a.Date = ""
	ex := extractWith(newFakeGaz(), a)
	found := false
	for _, f := range ex.Facts {
		if strings.HasPrefix(f.Subject, "event:visit") && f.Predicate == domain.HeldIn && f.Object == "place:mombasa" {
			found = true
		}
	}
	if !found {
		t.Errorf("%q (undated): no visit held in Mombasa", text)
	}
	_, got := run("Kenyan President Ivo Brandt arrived in Addis Ababa. Brandt flies to Mombasa, where he will open a new port terminal.")
	for _, g := range got {
		if strings.HasPrefix(g, "event:visit") {
			t.Errorf("unexpected %s", g)
		}
	}
}

// TestReportedCaller checks that the token rule for phone calls puts on
// a call the company a speaker says made it, not the speaker.
func TestReportedCaller(t *testing.T) {
	text := "Corvin Pharmaceuticals Inc shipped the first doses to Kenya on Friday. Its chief executive, Ivo Brandt, said the company had discussed the order with Mara Lind in a phone call on Monday."
	_, got := run(text)
	found := false
	for _, g := range got {
		if !strings.HasPrefix(g, "event:phone_call") {
			continue
		}
		if strings.HasSuffix(g, "participant org:corvin-pharmaceuticals-inc") || strings.HasSuffix(g, "participant org:corvin-pharmaceuticals") {
			found = true
		}
		if strings.HasSuffix(g, "participant person:ivo-brandt") {
			t.Errorf("%q: unexpected %s", text, g)
		}
	}
	if !found {
		t.Errorf("%q: no call with the company, got %q", text, got)
	}
}

// TestCallWithListedPeople checks that the token rule for phone calls
// reads one call among the caller and the people one "with" lists ("spoke
// with A and B by phone"), and one call with each when a second "with",
// "separate" or a phrase of its own parts them.
func TestCallWithListedPeople(t *testing.T) {
	calls := func(text string) map[string][]string {
		_, got := run(text)
		out := map[string][]string{}
		for _, g := range got {
			if f := strings.Fields(g); strings.HasPrefix(g, "event:phone_call") && f[1] == "participant" {
				out[f[0]] = append(out[f[0]], f[2])
			}
		}
		return out
	}
	one := "Kenyan Interior Minister Ana Soler spoke with Governor Ivo Brandt and Mayor Mara Lind by phone on Tuesday morning, her office said."
	if got := calls(one); len(got) != 1 {
		t.Errorf("%q: want one call among three, got %v", one, got)
	}
	for _, two := range []string{
		"Kenyan Interior Minister Ana Soler spoke by phone with Governor Ivo Brandt and with Mayor Mara Lind on Tuesday, her office said.",
		"Kenyan Interior Minister Ana Soler held separate phone calls with Ivo Brandt and Mara Lind on Tuesday.",
	} {
		if got := calls(two); len(got) != 2 {
			t.Errorf("%q: want a call with each, got %v", two, got)
		}
	}
}

// TestTalksYearsAgo checks that talks a time phrase puts in a year before
// the article's, with no day, are the story's background, not an event;
// talks with their own day still are one.
func TestTalksYearsAgo(t *testing.T) {
	_, got := run("Norway, which hosted talks between Kenya and Ethiopia before the 2019 election, has brokered the release of four detainees since March.")
	for _, g := range got {
		if strings.HasPrefix(g, "event:") {
			t.Errorf("unexpected %s", g)
		}
	}
	_, got = run("Norway hosted talks between Kenya and Ethiopia in Oslo on Monday, the first since the 2019 election.")
	if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, "event:talks") }) {
		t.Errorf("no talks in %q", got)
	}
}
