package extract

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// positionRuleTests test the position rule (rules_position.go).
var positionRuleTests = []ruleTest{
	{
		// noteNamed: a law its participle alone names (lawParticiple),
		// no stance on it, is what "the bill" after it is
		rule: "position-verb",
		text: "Kenya's parliament began debating a bill granting the coastal region autonomy. Ivo Brandt urged lawmakers to approve the bill.",
		want: []string{"person:ivo-brandt endorsed agreement:bill-granting-coastal-region-autonomy"},
	},
	{
		rule: "position-verb",
		text: "The Kenyan government would send its bill allowing soldiers to patrol cities back to parliament next week. Ethiopia backed the bill.",
		want: []string{"country:ethiopia endorsed agreement:bill-allowing-soldiers-to-patrol-cities"},
	},
	{
		// a participle of reason is no name, and the bill is none
		// "the bill" later stands for
		rule:    "position-verb",
		text:    "The Kenyan government withdrew a bill citing its cost to the state. Ethiopia backed the bill.",
		notWant: []string{"agreement:bill-citing"},
	},
	{
		// laterObject: the relative "that" the parser read as a bare
		// adverbial where "hours later" took the object's place is the
		// clause's object, the label's measure
		rule: "position-verb",
		text: "Kenya proposed a joint patrol on Lake Turkana, a proposal that Ethiopia rejected hours later.",
		want: []string{"country:ethiopia rejected agreement:joint-patrol-on-lake-turkana"},
	},
	{
		rule: "position-verb",
		text: "Kenya proposed a fisheries commission on Monday, a plan that Ethiopia rejected days later.",
		want: []string{"country:ethiopia rejected agreement:fisheries-commission"},
	},
	{
		// a label the parse links to no measure before it (an obl of
		// the verb) names none through laterObject
		rule:    "position-verb",
		text:    "Kenya's Trade Minister Ana Soto put forward a salmon export quota, a proposal that Ethiopia welcomed days later.",
		want:    []string{"person:ana-soto proposed agreement:salmon-export-quota"},
		notWant: []string{"country:ethiopia endorsed"},
	},
	{
		// a clause with an object of its own: "that" is the day's
		rule:    "position-verb",
		text:    "Kenya proposed a fisheries commission on Monday, the day that Ethiopia rejected the border treaty.",
		want:    []string{"country:ethiopia rejected agreement:border-treaty"},
		notWant: []string{"country:ethiopia rejected agreement:fisheries-commission"},
	},
	{
		// titleHolder: a title noun's apposition that is itself a title
		// over the name ("Prime Minister X", the title parsed as the head)
		rule: "position-verb",
		text: "Kenya's President Osric Malvane and the head of the rival administration, Prime Minister Samir al-Tayeb, signed a fisheries accord.",
		want: []string{"person:samir-al-tayeb endorsed agreement:fisheries-accord"},
	},
	{
		// modifiesThing: an agreement word that modifies a thing's noun
		// ("the truce village") names no agreement; one before a measure
		// noun does
		rule:    "position-verb",
		text:    "Kenya proposed holding talks with Ethiopia at the truce village of Moyale.",
		notWant: []string{"country:kenya proposed agreement:ceasefire"},
	},
	{
		// the talks' partner names them (talksWith)
		rule: "position-verb",
		text: "Kenya proposed ceasefire talks with Ethiopia.",
		want: []string{"country:kenya proposed agreement:ceasefire-talks-with-ethiopia"},
	},
	{
		// demonymActors: a demonym the tagger read as a name, a
		// compound, is the country as an adjective is
		rule:    "position-verb",
		text:    "Norway proposed a levy on fishing boats. Qatari mediators welcomed the levy, and the Qatari opposition leader rejected it.",
		want:    []string{"country:qatar endorsed agreement:levy-on-fishing-boats"},
		notWant: []string{"country:qatar rejected"},
	},
	{
		// a demonym compound before another noun compound qualifies
		// that noun: a bank's or a lobby's officials are not the state
		rule:    "position-verb",
		text:    "Qatari bank officials on Thursday rejected the plan to cap mortgage rates.",
		notWant: []string{"country:qatar rejected"},
	},
	{
		rule:    "position-verb",
		text:    "Qatari dairy lobby officials on Thursday rejected the plan to close the northern harbour.",
		notWant: []string{"country:qatar rejected"},
	},
	{
		rule: "position-verb",
		text: "The Qatari government mediators on Thursday rejected the plan to close the northern harbour.",
		want: []string{"country:qatar rejected agreement:plan-to-close-northern-harbour"},
	},
	{
		// stanceLemmas: defending a measure endorses it; defending
		// people or a record takes no stance on one
		rule: "position-verb",
		text: "Norway proposed a levy on fishing boats. Fisheries minister Arvid Holm defended the levy on Monday.",
		want: []string{"person:arvid-holm endorsed agreement:levy-on-fishing-boats"},
	},
	{
		rule:    "position-verb",
		text:    "Norway proposed a levy on fishing boats. Kenya's minister, Tobias Wendt, defended the fishermen against the levy.",
		notWant: []string{"person:tobias-wendt endorsed", "country:kenya endorsed"},
	},
	{
		// measureClass: "the bill" is the law named before, and "the
		// law" the bill
		rule: "position-verb",
		text: "Kenya's parliament approved a law barring foreign donations to political parties. The bill was drafted by Senator Ilse Varga, who chairs the ethics committee.",
		want: []string{"person:ilse-varga proposed agreement:law-barring-foreign-donations-to-political-parties"},
	},
	{
		// answerTime: how soon a stance came is no part of the measure's
		// name; a span on the measure's own act is
		rule:    "position-verb",
		text:    "Norway proposed a levy on river barges on Monday. Japan rejected the levy within hours.",
		want:    []string{"country:japan rejected agreement:levy-on-river-barges"},
		notWant: []string{"country:japan rejected agreement:levy-within-hours"},
	},
	{
		rule:    "position-verb",
		text:    "The Lindmark Growers Union rejected the quarry plan within the hour.",
		want:    []string{"org:lindmark-growers-union rejected agreement:quarry-plan"},
		notWant: []string{"org:lindmark-growers-union rejected agreement:quarry-plan-within-hour"},
	},
	{
		rule: "position-verb",
		text: "Norway backed a plan to restore power to the valley within hours.",
		want: []string{"country:norway endorsed agreement:plan-to-restore-power-to-valley-within-hours"},
	},
	{
		// continuation: the act a measure is to do names it, and "the
		// plan" later is that measure
		rule: "position-verb",
		text: "Ruritania's President Osric Malvane on Thursday proposed a referendum to dissolve the upper house. The opposition leader, Teodor Brask, rejected the plan.",
		want: []string{"person:osric-malvane proposed agreement:referendum-to-dissolve-upper-house", "person:teodor-brask rejected agreement:referendum-to-dissolve-upper-house"},
	},
	{
		// trimName, whenPhrase: a name that runs long loses what says
		// when first, wherever it hangs, and keeps what the act is on
		rule: "position-verb",
		text: "Kenya and Ethiopia signed an agreement on Friday to triple the output of the Moyale-Isiolo-Nanyuki power line before the spring of 2029.",
		want: []string{"country:kenya endorsed agreement:agreement-to-triple-output-of-moyale-isiolo-nanyuki-power-line"},
	},
	{
		// actNamedMeasure, termOf: a concession is an agreement, named
		// by its act past how long it runs; "the concession" later is it
		rule: "position-verb",
		text: "Kenya awarded a 25-year concession to operate the Mombasa grain terminal on Monday. Ethiopia welcomed the concession.",
		want: []string{"country:ethiopia endorsed agreement:25-year-concession-to-operate-mombasa-grain-terminal"},
	},
	{
		// termOf: the subject's own end is no act of the measure; a bare
		// "any concession" is no measure
		rule:    "position-verb",
		text:    "Sudan rejected the five-year deal to protect its farmers from imports. Egypt rejected any concession to the rebels.",
		notWant: []string{"five-year-deal-to-protect", "country:egypt rejected"},
	},
	{
		// measureCompound, grantNouns: the renewal of a grant is a
		// measure, and "the licence renewal" later is the one named
		// before (containsWords, singular or plural)
		rule: "position-verb",
		text: "Kenya backed the renewal of fishing licences for Ethiopian boats on Lake Turkana. Sudan rejected the licence renewal.",
		want: []string{"country:kenya endorsed agreement:renewal-of-fishing-licences-for-ethiopian-boats-on-lake-turkana", "country:sudan rejected agreement:renewal-of-fishing-licences-for-ethiopian-boats-on-lake-turkana"},
	},
	{
		// measureCompound: the renewal of what is no grant is no measure
		rule:    "position-verb",
		text:    "Egypt welcomed the renewal of its friendship with Qatar. Norway condemned the renewal of attacks on its ships.",
		notWant: []string{"country:egypt endorsed", "country:norway rejected"},
	},
	{
		// headlineMeasure: "the agreement" in a body that named the
		// measure only by its act is the headline's pact
		rule: "position-verb",
		text: "Kenya, Ethiopia agree five-year maize supply pact\n\nNAIROBI, March 4 (Reuters) - Kenya agreed on Wednesday to sell Ethiopia at least 200,000 tonnes of maize a year for five years.\n\nThe agreement was signed in Nairobi by Kenyan Trade Minister Ivo Brandt after two days of talks.",
		want: []string{"person:ivo-brandt endorsed agreement:five-year-maize-supply-pact"},
	},
	{
		// adjunctAt, adjunctPhrase: a stock phrase of time, cause or
		// agency ends a measure's name, on the noun or on the verb
		rule: "position-verb",
		text: "Norway proposed a levy on airline tickets for the first time.",
		want: []string{"country:norway proposed agreement:levy-on-airline-tickets"},
	},
	{
		rule: "position-verb",
		text: "Kenya signed a fisheries accord with Ethiopia on behalf of its coastal towns.",
		want: []string{"country:ethiopia endorsed agreement:fisheries-accord"},
	},
	{
		rule: "position-verb",
		text: "Qatar signed a power-sharing deal with Egypt under a cloud of suspicion.",
		want: []string{"country:qatar endorsed agreement:power-sharing-deal"},
	},
	{
		// ownAct: an infinitive of the subject's own end names no
		// measure, on the verb or on a definite noun
		rule:    "position-verb",
		text:    "Sudan rejected the border treaty to defend its claims to the lake.",
		want:    []string{"country:sudan rejected agreement:border-treaty"},
		notWant: []string{"country:sudan rejected agreement:border-treaty-to-defend-claims-to-lake"},
	},
	{
		// headlineRef: a definite measure noun with a clause or a
		// participle of its own is another measure, not the headline's
		rule:    "position-verb",
		text:    "Thailand, Cambodia agree river transport deal\n\nBANGKOK, June 2 (Reuters) - Thai Senator Somchai Boonmee said on Monday he opposed the agreement struck between China and Japan.",
		notWant: []string{"person:somchai-boonmee rejected"},
	},
	{
		// reportingSpeaker: "Y said she …" after "X said …, and" is
		// Y's, where the parse left Y off the second "said"
		rule:    "position-verb",
		text:    "EU offers Kenya energy deal\n\nNAIROBI, June 2 (Reuters) - Kenyan President Daniel Kiprono said on Monday he would sign the deal only if Brussels raised its offer, and opposition leader Grace Achieng said she rejected the agreement.",
		notWant: []string{"person:daniel-kiprono rejected"},
	},
	{
		// statePositions: the token rules' "joint commission" is the
		// measure the parse names in full
		rule: "position-verb",
		text: "Kenya has proposed a joint commission to examine the shootings, which Ethiopia has not yet accepted.",
		want: []string{"country:kenya proposed agreement:joint-commission-to-examine-shootings"},
	},
	{
		// continuation: the infinitive the parser hung on the verb of a
		// proposed clause names its object
		rule: "position-verb",
		text: "Governor Elin Sorbe proposed that the two states build a new rail link to carry the ore to Ostra.",
		want: []string{"person:elin-sorbe proposed agreement:rail-link-to-carry-ore-to-ostra"},
	},
	{
		// continuation: the phrase right after the measure's, hung on
		// the verb, goes on naming it
		rule: "position-verb",
		text: "Senator Ilse Varga remained committed to the four-point plan for reopening the border crossings. Dorn Kessel proposed joint patrols of the lake under the supervision of the United Nations.",
		want: []string{"person:ilse-varga endorsed agreement:four-point-plan-for-reopening-border-crossings", "person:dorn-kessel proposed agreement:joint-patrols-of-lake-under-supervision-of-united-nations"},
	},
	{
		// mentionedBefore: "the package" no stance named before is the
		// package an earlier sentence names with modifiers of its own
		// (a referendum's matter, no stance's object)
		rule: "position-verb",
		text: "Voters in Ticino will decide in May on a package of reforms to the cantonal pension fund. The Green Party endorsed the package on Friday. The Ticino League rejected the package.",
		want: []string{"org:green-party endorsed agreement:package-of-reforms", "org:ticino-league rejected agreement:package-of-reforms"},
	},
	{
		// a plain "a package" between is what "the package" means
		rule:    "position-verb",
		text:    "The cabinet approved a 3 billion dollar flood relief package for farmers in April. Officers said a suspicious package was left outside the courthouse in Kisumu on Monday. Senator Ruth Okafor criticised the package on Tuesday.",
		notWant: []string{"person:ruth-okafor rejected"},
	},
	{
		// a package only judged ("the best package") names no measure
		rule:    "position-verb",
		text:    "\"We tabled the best package this harbour has ever had,\" said Lars Holm, chief negotiator for the Harbour Employers.",
		notWant: []string{"person:lars-holm proposed"},
	},
	{
		// mentionedBefore: "the package" again carries the reach on
		rule: "position-verb",
		text: "Voters in Vaud will decide in May on a package of reforms to the cantonal pension fund.\n\nThe package, drafted over two years, raises the retirement age. The cantonal parliament approved it in June.\n\n\"The people will decide,\" Councillor Marc Rochat told reporters. The Liberal Party has backed the package since March.",
		want: []string{"org:liberal-party endorsed agreement:package-of-reforms"},
	},
	{
		// mentionedBefore: a definite noun's own "with" phrase names
		// nothing ("discussed the measures with X" refers back itself)
		rule:    "position-verb",
		text:    "Britain froze the assets of three Russian shipping firms on Monday. Foreign Secretary Daniel Hale discussed the measures with Treasury Secretary Ann Wells on Monday. The Kremlin dismissed the measures.",
		notWant: []string{"org:kremlin rejected"},
	},
	{
		// measureNouns: an obligation and a formula are measures, named
		// where the story names them first
		rule: "position-verb",
		text: "Ghana will require cocoa exporters to process a third of their beans at home under a local processing obligation. The Ghana Cocoa Exporters Association rejected the obligation. Labour Minister Ama Owusu proposed a back-to-school formula for striking teachers on Monday. The National Association of Graduate Teachers backed the minister's formula.",
		want: []string{"org:ghana-cocoa-exporters-association rejected agreement:local-processing-obligation", "org:national-association-of-graduate-teachers endorsed agreement:back-to-school-formula-for-striking-teachers"},
	},
	{
		// mentionedBefore: a recount ordered (no stance) is "the
		// recount" a stance later takes
		rule: "position-verb",
		text: "A court in Cluj on Tuesday ordered a full recount of the ballots in the city's mayoral runoff. Mayor Ioan Petrescu backed the recount.",
		want: []string{"person:ioan-petrescu endorsed agreement:recount-of-ballots"},
	},
	{
		// decidedMeasure: "the decision" is the measure decided last,
		// agreed to, not the proposal made after it
		rule: "position-verb",
		text: "The Baltic Grain Union agreed on Monday to cut exports by 200,000 tonnes a month. The Nordic Millers Federation criticised the decision.",
		want: []string{"org:nordic-millers-federation rejected agreement:cut-exports-by-200-000-tonnes-month"},
	},
	{
		// decidedJustBefore: another subject's act between the measure
		// decided and "the decision" may be the decision meant, and one
		// decided two sentences back is too far
		rule:    "position-verb",
		text:    "The Lindor council agreed on Tuesday to raise bus fares by 10%. A judge in Harven ordered the release of two protesters. Mayor Petra Holm welcomed the decision. The Baltic Grain Union agreed to cut exports by 200,000 tonnes a month. Estonia's farm minister, Kalev Tamm, proposed a separate quota for small farms. The Nordic Millers Federation criticised the decision.",
		notWant: []string{"person:petra-holm endorsed", "org:nordic-millers-federation rejected"},
	},
	{
		// otherDoingSince, decisionOwnerWords, hedgedDecision: a clause
		// of another subject in the decision's own sentence, "the
		// decision by …", and a decision only possible name nothing
		rule:    "position-verb",
		text:    "Kenya will impose a 25% duty on sugar imported from Uganda. On Friday referee Tom Odhiambo sent off two players, and coach Moses Kato said he accepted the decision. Tanzania will impose a 15% duty on rice imported from Malawi. Opposition leader Grace Banda criticised the decision by the central bank to raise rates. Rwanda could impose a 30% duty on maize from Burundi if talks fail. Burundi's trade minister, Jean Ndayi, called the measure illegal.",
		notWant: []string{"person:moses-kato endorsed", "person:grace-banda rejected", "person:jean-ndayi rejected"},
	},
	{
		// noteDecided, decidedMeasure, measureDecided: a measure a
		// country imposes is "the decision" and "the measure" later;
		// closesRelative: the relative clause's noun welcomes it, not
		// the person named in the clause
		rule:    "position-verb",
		text:    "Kenya will impose a 25% duty on sugar imported from Uganda from July 1. The Kenya Sugar Growers Association, whose chairman, Peter Otieno, had lobbied for the duty for a year, welcomed the decision. Uganda's trade minister, Moses Kato, called the measure illegal.",
		want:    []string{"org:kenya-sugar-growers-association endorsed agreement:25-duty-on-sugar", "person:moses-kato rejected agreement:25-duty-on-sugar"},
		notWant: []string{"person:peter-otieno endorsed"},
	},
	{
		// noteDecided: a country's decision to act names the measure
		// "the decision" is later; a person's decision names none
		rule:    "position-verb",
		text:    "Zambia's opposition condemned a U.S. decision to renew Copperline Ltd's licence to mine cobalt in Zambia. Mines Minister Chanda Mwale welcomed the decision. Deputy minister Ruth Banda announced her decision to leave the governing party. The Patriotic Front welcomed the decision.",
		want:    []string{"person:chanda-mwale endorsed agreement:renew-copperline-ltds-licence"},
		notWant: []string{"org:patriotic-front endorsed"},
	},
	{
		// damningName: naming a measure with a damning word rejects
		// it, however the parser hangs a quoted name; "it" is the
		// measure named before
		rule: "position-verb",
		text: "Norway and Kenya signed a fisheries treaty in Oslo on Monday. Opposition leader Maren Solvik called the treaty \"a capitulation dressed up as friendship\" and said her party would fight it. Trade unionist Odd Lande called it a betrayal of coastal towns.",
		want: []string{"person:maren-solvik rejected agreement:fisheries-treaty", "person:odd-lande rejected agreement:fisheries-treaty"},
	},
	{
		// damningName: an epithet after "as", and a hyphened one
		rule: "position-verb",
		text: "The council of Tromso approved a plan to raise bus fares by 10 percent. Deputy mayor Siv Dahle described the plan as unfair to students, and Per Aune called the plan a non-starter.",
		want: []string{"person:siv-dahle rejected agreement:plan-to-raise-bus-fares-by-10-percent", "person:per-aune rejected agreement:plan-to-raise-bus-fares-by-10-percent"},
	},
	{
		// damningName: a name that does not damn takes no stance, and
		// damning what is no measure is no position
		rule:    "position-verb",
		text:    "The council of Tromso approved a plan to raise bus fares by 10 percent. Mayor Siv Dahle called the plan a sensible compromise. Police chief Per Aune called the protest outside the town hall illegal.",
		notWant: []string{"person:siv-dahle rejected", "person:per-aune rejected"},
	},
	{
		// damningName: a word with a favourable sense too ("a coup for
		// the bank's savers") damns nothing; a concession ("but
		// unavoidable") or backing what was damned in the same sentence
		// ("vote for them") cancels; what stands ("the old tax system")
		// is no measure
		rule:    "position-verb",
		text:    "Halden Bank and Orvik Telecom signed a merger agreement on Tuesday. Halden Bank chairman Sigrid Moe called the merger agreement a coup for the bank's savers. Finance Minister Eirik Vold called the fuel tax cuts unfair but unavoidable. Finance Minister Liv Aasen called the fuel tax cuts unfair, and said she would vote for them. Labour Minister Ana Lind described the old tax system as unjust and said the new law would end it.",
		notWant: []string{"person:sigrid-moe rejected", "person:eirik-vold rejected", "person:liv-aasen rejected", "person:ana-lind rejected"},
	},
	{
		// measureJustBefore: "it" a naming verb damns stands for what
		// the sentence before told (an attack), not a measure further
		// back
		rule:    "position-verb",
		text:    "Chile and Peru signed a water pact on Friday. Hours later, gunmen attacked a border post near Arica. Senator Tomas Vidal called it a betrayal.",
		notWant: []string{"person:tomas-vidal rejected"},
	},
	{
		// addendumTo, memberBody, pronounMeasure: an annex is named
		// with the measure it adds to; the member states of a body act
		// as the body; "the annex passed" names no new measure, and "it"
		// after "voted against" is the annex
		rule: "position-verb",
		text: "Member states of the Arctic Council adopted on Monday an annex to the fisheries treaty. The annex passed with 21 votes in favour. The United Nations supported the annex, while Egypt voted against it.",
		want: []string{"org:arctic-council endorsed agreement:annex-to-fisheries-treaty",
			"org:united-nations endorsed agreement:annex-to-fisheries-treaty", "country:egypt rejected agreement:annex-to-fisheries-treaty"},
		notWant: []string{"agreement:annex\n"},
	},
	{
		// memberBody: some of the members, counted or not, are not the
		// body
		rule:    "position-verb",
		text:    "Three member states of the Arctic Council opposed the plan to cut fishing quotas on Monday. Several members of the Halden Union backed the plan.",
		notWant: []string{"org:arctic-council endorsed", "org:arctic-council rejected", "org:halden-union endorsed"},
	},
	{
		// actNamedMeasure, reachedAgreement: an agreement in principle
		// reached with a party is named by its infinitive, and "the
		// agreement" later is that one
		rule: "position-noun",
		text: "Kenya reached an agreement in principle with a group of its creditors to restructure $4 billion of foreign debt. Norway welcomed the agreement.",
		want: []string{"country:kenya endorsed agreement:agreement-in-principle-to-restructure-4-billion-of-foreign-debt",
			"country:norway endorsed agreement:agreement-in-principle-to-restructure-4-billion-of-foreign-debt"},
	},
	{
		// actNamedMeasure: a "with" phrase naming the other party does
		// not keep an agreement from being named by its infinitive,
		// and "the deal" later is that agreement
		rule:    "position-verb",
		text:    "Kenya's parliament on Tuesday approved an agreement with Ethiopia to build a cross-border pipeline that would carry fuel to Moyale. The National Assembly of Kenya voted 120-40 to ratify the deal on Wednesday.",
		want:    []string{"org:national-assembly-of-kenya endorsed agreement:agreement-with-ethiopia-to-build-cross-border-pipeline"},
		notWant: []string{"agreement:agreement-with-ethiopia\n"},
	},
	{
		// adoptionNouns, adoptionLemmas: welcoming the vote or the
		// ratification welcomes the measure ratified; with nothing
		// adopted before, "the vote" names no measure
		rule: "position-verb",
		text: "The National Assembly of Kenya on Tuesday ratified the fisheries treaty with Norway by 120 votes to 40. Norway's fisheries minister, Ola Vatne, welcomed the vote. Egypt also welcomed the ratification.",
		want: []string{"person:ola-vatne endorsed agreement:fisheries-treaty", "country:egypt endorsed agreement:fisheries-treaty"},
	},
	{
		rule:    "position-verb",
		text:    "Kenyans chose a new parliament on Sunday. Norway's foreign minister, Ola Vatne, welcomed the vote.",
		notWant: []string{"person:ola-vatne endorsed"},
	},
	// adoptedInReach: no adoption of something else in between, and no
	// election for "the vote"
	{
		rule:    "position-verb",
		text:    "The Arctic Council voted on Monday to extend the fisheries patrol mission in the Barents Sea. Russia abstained. Norway's fisheries minister, Ola Vatne, welcomed the vote. Separately, the council approved a new list of observers. Egypt condemned the approval.",
		want:    []string{"person:ola-vatne endorsed agreement:extend-fisheries-patrol-mission-in-barents-sea"},
		notWant: []string{"country:egypt rejected"},
	},
	{
		rule:    "position-verb",
		text:    "Malawians voted on Tuesday in a presidential election. Parliament passed a media reform bill in March. Norway's foreign minister, Ola Vatne, welcomed the vote.",
		notWant: []string{"person:ola-vatne endorsed"},
	},
	{
		// actMeasure: an offered act whose object has a modifier is
		// named as the offer to do it
		rule: "position-verb",
		text: "Norway has offered to widen the Lamu coastal highway to carry more cargo, an offer Kenya has not answered.",
		want: []string{"country:norway proposed agreement:offer-to-widen-lamu-coastal-highway-to-carry-more-cargo"},
	},
	{
		// apposedBody: a description noun as the subject takes the
		// stance of the organization its apposition names
		rule: "position-verb",
		text: "Norway proposed a 60-day truce on Monday. Kenya's largest business group, the Mombasa Chamber of Commerce, backed the truce.",
		want: []string{"org:mombasa-chamber-of-commerce endorsed agreement:60-day-truce"},
	},
	{
		// actVerbs: reopening a crossing is an act agreed ("border
		// crossing" read as a noun and a participle keeps its word)
		rule: "position-verb",
		text: "Kenya and Ethiopia agreed on Tuesday to reopen the Moyale border crossing. Egypt welcomed the agreement.",
		want: []string{"country:kenya endorsed agreement:reopen-moyale-border-crossing", "country:egypt endorsed agreement:reopen-moyale-border-crossing"},
	},
	{
		// settingUpVerbs, setUpThing: what parties agree to open or
		// hold is named by the act, and "the deal" later is it; talks
		// agreed to are an event, no measure
		rule: "position-verb",
		text: "Kenya and Ethiopia agreed on Tuesday to open three new border clinics near Moyale. The Corvin Party rejected the deal. Norway and Egypt agreed to hold regular talks in Cairo.",
		want: []string{"country:kenya endorsed agreement:open-three-new-border-clinics-near-moyale",
			"country:ethiopia endorsed agreement:open-three-new-border-clinics-near-moyale",
			"org:corvin-party rejected agreement:open-three-new-border-clinics-near-moyale"},
		notWant: []string{"country:norway endorsed", "country:egypt endorsed"},
	},
	{
		// agreedAmongParties: a firm agreeing to build its own terminal
		// agrees to no measure; one country agreeing with another does
		rule:    "position-verb",
		text:    "Halden Freight agreed on Monday to build a new grain terminal at Mombasa. Kenya agreed with Ethiopia on Friday to open two new border posts near Moyale.",
		want:    []string{"country:kenya endorsed agreement:open-two-new-border-posts-near-moyale"},
		notWant: []string{"halden-freight endorsed", "agreement:build-new-grain-terminal"},
	},
	{
		// voteTally: how the vote went is no part of the measure's
		// name, and "the agreement" with its tally is the agreement
		// named before
		rule: "position-verb",
		text: "Kenya signed an agreement with Norway to build a fishing port at Lamu. The Halden Council approved the agreement 64-20, with two abstentions. Mara Lind, a lawmaker, voted against the agreement. The Corvin Party backed the government's grazing plan 70 to 51 on Thursday.",
		want: []string{"org:halden-council endorsed agreement:agreement-to-build-fishing-port-at-lamu",
			"person:mara-lind rejected agreement:agreement-to-build-fishing-port-at-lamu", "org:corvin-party endorsed agreement:grazing-plan"},
		notWant: []string{"64-20", "plan-70"},
	},
	{
		// groupSayer, unknownName: "it" said by a party whose name no
		// one recognized is that party, not the country a word of its
		// name names
		rule:    "position-verb",
		text:    "NAIROBI, Kenya (AP) — Opposition leader Ivo Brandt proposed a constitutional amendment that would remove the court's power to ban parties. Mara Lind's Kenya Unity party said on Monday it would not support the amendment, while the Corvin Union said it would back it.",
		want:    []string{"org:corvin-union endorsed agreement:constitutional-amendment-to-remove-courts-power-to-ban-parties"},
		notWant: []string{"country:kenya rejected"},
	},
	{
		// charterProposal: "the government's proposal" is not the
		// convention named last
		rule:    "position-verb",
		text:    "Kenya proposed to Ethiopia on Monday that the two countries begin talks on extending their 1998 fishing agreement. Ethiopia wants the lake border redrawn under the U.N. Convention on the Law of the Sea. The opposition Corvin Party backed the government's proposal.",
		notWant: []string{"org:corvin-party endorsed"},
	},
	{
		// ownMembers: "its deputies" said by a party are the party,
		// "her lawmakers" said by a person the person; "its members"
		// said by a person are no one's here, nor "his members" (a
		// pollster's)
		rule: "position-verb",
		text: "Ivo Brandt proposed a bill to ban lithium mining in the Rift Valley on Monday. The ruling Corvin Party said its deputies would vote it down. The leader of the Amber Party, Ana Soler, said her lawmakers would vote for it. Mara Lind, who heads the Sol Union, said its members would back the bill. Tomas Ek, a pollster, said his members would vote for it.",
		want: []string{"org:corvin-party rejected agreement:bill-to-ban-lithium-mining-in-rift-valley",
			"person:ana-soler endorsed agreement:bill-to-ban-lithium-mining-in-rift-valley"},
		notWant: []string{"person:mara-lind endorsed", "org:amber-party endorsed", "person:tomas-ek endorsed"},
	},
	{
		// communityDemonym, communityWord: two demonyms in a row name a
		// community, which proposes nothing as either country does
		// ("South Korean" is one country's)
		rule:    "position-verb",
		text:    "Kenya said it backed the Japanese American proposal for a joint memorial fund. A South Korean proposal for a 30-day truce was backed by Egypt.",
		want:    []string{"country:kenya endorsed agreement:joint-memorial-fund", "country:south-korea proposed agreement:30-day-ceasefire"},
		notWant: []string{"country:japan proposed", "country:united-states proposed"},
	},
	{
		// communityDemonym, communityWord: a joint proposal of two
		// demonyms is the countries', no community's
		rule: "position-verb",
		text: "Kenya said it backed a joint Qatari Egyptian proposal for a regional water fund.",
		want: []string{"country:egypt proposed agreement:regional-water-fund"},
	},
	{
		// reachedNamed, reachedOn: an agreement reached with words of
		// its own is named by them and by what it is on (past the
		// bracketed acronym), and both parties reach it; a day is not
		// what it is on
		rule: "position-noun",
		text: "Kenya has reached a staff-level agreement with the International Monetary Fund (IMF) on the third review of its loan programme, the two sides said on Wednesday. Ethiopia reached a debt relief agreement with Norway on Tuesday.",
		want: []string{"country:kenya endorsed agreement:staff-level-agreement-on-third-review-of-loan-programme",
			"org:international-monetary-fund endorsed agreement:staff-level-agreement-on-third-review-of-loan-programme",
			"country:ethiopia endorsed agreement:debt-relief-agreement", "country:norway endorsed agreement:debt-relief-agreement"},
		notWant: []string{"on-tuesday"},
	},
	{
		// reachedNamed: an agreement with no words of its own before it
		// nor an "on" phrase is not named by its "with" and "after"
		// phrases; a clause it is on still names it
		rule:    "position-noun",
		text:    "Kenya reached an agreement with the teachers' union on Friday after weeks of strikes. Ethiopia's government reached an agreement with the rebels in Addis Ababa on Sunday. Ethiopia also reached an interim agreement with Norway on rescheduling $2 billion of loans.",
		want:    []string{"country:ethiopia endorsed agreement:interim-agreement-on-rescheduling-2-billion-of-loans"},
		notWant: []string{"endorsed agreement:agreement-with"},
	},
	{
		// concludeLemmas, proposedAct: an agreement ratified with a
		// party is named by its act, also past the comma closing the
		// party's name in apposition
		rule: "position-verb",
		text: "Kenya's parliament voted on Monday to ratify an agreement with Norway's state fishing company, Nordfisk, to build a fish processing plant at Lamu. The Halden Council approved the agreement. Mara Lind, a lawmaker, voted against the agreement.",
		want: []string{"org:halden-council endorsed agreement:agreement-to-build-fish-processing-plant-at-lamu",
			"person:mara-lind rejected agreement:agreement-to-build-fish-processing-plant-at-lamu"},
	},
	{
		// stanceArgs, actTakers: "voted to impeach X" endorses the act
		rule: "position-verb",
		text: "The Halden Council voted on Monday to impeach President Tomas Reyes.",
		want: []string{"org:halden-council endorsed agreement:impeach-president-tomas-reyes"},
	},
	{
		// ownParty, conditioned: "her party" of a lawmaker whose party
		// the article names nowhere is the speaker (the chamber she
		// sits in is no party); "when it reaches the Senate" says when,
		// not whether, and a participle after a comma says why
		rule:    "position-verb",
		text:    "Kenya signed the Lake Turkana Water Treaty on Monday. Senator Ana Soler said her party would vote against the treaty when it reaches the Senate. Senator Ivo Brandt said his party would back the treaty, calling it a fair deal.",
		want:    []string{"person:ana-soler rejected agreement:lake-turkana-water-treaty", "person:ivo-brandt endorsed agreement:lake-turkana-water-treaty"},
		notWant: []string{"org:senate rejected", "org:senate endorsed"},
	},
	{
		// ownParty: the party the article names for the speaker
		rule:    "position-verb",
		text:    "Kenya signed the Lake Turkana Water Treaty on Monday. Ana Soler, who leads the Corvin Party, said her party would back the treaty when it reaches the Senate.",
		want:    []string{"org:corvin-party endorsed agreement:lake-turkana-water-treaty"},
		notWant: []string{"person:ana-soler endorsed"},
	},
	{
		// noteDecision: "the ruling" after a body blocked a measure is
		// the body's decision, which backs no takeover; "the decision"
		// after no block names nothing
		rule:    "position-verb",
		text:    "The Halden Commission on Monday blocked the planned takeover of Danish carrier Nordvik Air. Kenya welcomed the ruling.",
		want:    []string{"country:kenya endorsed agreement:halden-commission-decision"},
		notWant: []string{"country:kenya endorsed agreement:planned"},
	},
	{
		// another court ruled after the block: "the ruling" may be its
		rule:    "position-verb",
		text:    "The Halden Commission on Monday blocked the planned takeover of Danish carrier Nordvik Air. On Tuesday, the Corvin Court in Mombasa overturned a separate decision on state aid. The ruling was welcomed by Kenya.",
		notWant: []string{"country:kenya endorsed"},
	},
	{
		rule:    "position-verb",
		text:    "Kenya signed the Lake Turkana Water Treaty on Monday. Egypt welcomed the decision.",
		notWant: []string{"country:egypt endorsed"},
	},
	{
		// votesOf: who a measure passed with the votes of backs it
		rule: "position-verb",
		text: "The council adopted a resolution on maritime security on Monday. The resolution passed with the votes of Kenya and Egypt.",
		want: []string{"country:kenya endorsed agreement:resolution-on-maritime-security", "country:egypt endorsed agreement:resolution-on-maritime-security"},
	},
	{
		// stancePreps: "asked for a recount"
		rule: "position-verb",
		text: "Egypt asked for a recount in 40 districts on Monday.",
		want: []string{"country:egypt endorsed agreement:recount-in-40-districts"},
	},
	{
		// relativeHead: a relative clause the parser hung on the day
		// describes the verb's object before it
		rule: "position-verb",
		text: "Kenya proposed a 30-day ceasefire on Monday, which Egypt accepted.",
		want: []string{"country:egypt endorsed agreement:30-day-ceasefire"},
	},
	{
		// stanceActors: "voted 9-4 to approve", the tally read as the
		// vote's object and the infinitive as an adverbial clause
		rule: "position-verb",
		text: "The Halden Council voted 9-4 to approve the Lake Turkana Water Treaty on Monday.",
		want: []string{"org:halden-council endorsed agreement:lake-turkana-water-treaty"},
	},
	{
		// stanceArgs: "threw its weight behind X", the phrase hung on
		// "weight"
		rule: "position-verb",
		text: "Egypt threw its weight behind the Lake Turkana Water Treaty on Monday.",
		want: []string{"country:egypt endorsed agreement:lake-turkana-water-treaty"},
	},
	{
		// addendumTo: an amendment is named with the charter it amends
		rule: "position-verb",
		text: "Kenya proposed an amendment to the constitution that would extend term limits.",
		want: []string{"country:kenya proposed agreement:amendment-to-constitution"},
	},
	{
		// signingParty: the party an agreement is reached with is no
		// modifier, so the agreement is named by its infinitive
		rule: "position-noun",
		text: "Kenya reached an agreement with Egypt to share the Nile waters.",
		want: []string{"country:kenya endorsed agreement:agreement-to-share-nile-waters"},
	},
	{
		// bareReference: "the text" is the measure named before
		rule: "position-verb",
		text: "Kenya proposed a levy of 2% on shipping fuel. Egypt backed the text.",
		want: []string{"country:egypt endorsed agreement:levy-of-2-on-shipping-fuel"},
	},
	{
		// phraseName keeps the name a noun goes by ("carrier Nordvik
		// Air"); a copula's noun with a relative clause names no
		// measure of its own
		rule:    "position-verb",
		text:    "The Halden Commission on Monday blocked the planned takeover of Danish carrier Nordvik Air by Sweden's Brava Group. It is the second takeover the Halden Commission has blocked since 2019.",
		want:    []string{"org:halden-commission rejected agreement:planned-takeover-of-danish-carrier-nordvik-air-by-brava-group"},
		notWant: []string{"agreement:is-second-takeover"},
	},
	{
		// measureClass: "the sale" is the takeover named before
		rule: "position-verb",
		text: "The Halden Commission on Monday blocked the planned takeover of Danish carrier Nordvik Air by Sweden's Brava Group. Kenya's government had backed the sale.",
		want: []string{"country:kenya endorsed agreement:planned-takeover-of-danish-carrier-nordvik-air-by-brava-group"},
	},
	{
		// urged: "called on X to ratify" is the caller's stance, as
		// "urged X to ratify" is; "called X on Tuesday to back" is a
		// phone call
		rule:    "position-verb",
		text:    "Kenya and Ethiopia signed the Lake Turkana Water Treaty on Monday. Qatar called on Egypt to ratify the treaty. Israel called Kenya's president on Tuesday to back the deal.",
		want:    []string{"country:qatar endorsed agreement:lake-turkana-water-treaty"},
		notWant: []string{"country:israel endorsed", "country:egypt endorsed"},
	},
	{
		// stanceNouns: objections to a measure and its condemnation
		// reject it
		rule: "position-noun",
		text: "Kenya signed the Lake Turkana Water Treaty on Monday. Egypt voiced strong objections to the treaty, and Qatar's condemnation of the treaty followed.",
		want: []string{"country:egypt rejected agreement:lake-turkana-water-treaty", "country:qatar rejected agreement:lake-turkana-water-treaty"},
	},
	{
		// deniedStance, sufferedStance: "no objection" is none, and a
		// condemnation the subject faced is someone else's
		rule:    "position-noun",
		text:    "Kenya signed the Lake Turkana Water Treaty on Monday. Egypt said it had no objection to the treaty. Israel faced condemnation for the treaty on Tuesday.",
		notWant: []string{"country:egypt rejected", "country:israel rejected"},
	},
	{
		// isProposerMod, proposerOf: a country's name with a compound
		// between it and the proposal noun is the proposal's matter,
		// not its author
		rule:    "position-verb",
		text:    "Ethiopia said it would study the Qatar ceasefire proposal, which Egypt drafted.",
		notWant: []string{"agreement:ceasefire-proposal", "country:qatar proposed"},
	},
	{
		// agreements: a capitalized treaty after capitalized words no
		// one recognized is a proper name, named by them, and "the
		// treaty" later is that one
		rule: "position-verb",
		text: "Kenya signed the Lake Turkana Water Treaty on Monday. Egypt welcomed the treaty.",
		want: []string{"country:kenya endorsed agreement:lake-turkana-water-treaty", "country:egypt endorsed agreement:lake-turkana-water-treaty"},
	},
	{
		// proposedAct: the infinitive hung on the participle that
		// describes the plan names it
		rule: "position-verb",
		text: "Egypt opposed a plan proposed by Qatar in February to share the lake's fishing quotas.",
		want: []string{"country:qatar proposed agreement:plan-to-share-fishing-quotas", "country:egypt rejected agreement:plan-to-share-fishing-quotas"},
	},
	{
		// hyphenedHead: a hyphened compound the parser cut up ("a
		// vote-by-vote recount", the first "vote" the object) names
		// the noun it modifies
		rule: "position-verb",
		text: "Ana Soler demanded a vote-by-vote recount of 900 ballot boxes in the north. Ivo Brandt rejected the demand.",
		want: []string{"person:ana-soler endorsed agreement:vote-by-vote-recount-of-900-ballot-boxes-in-north", "person:ivo-brandt rejected agreement:vote-by-vote-recount-of-900-ballot-boxes-in-north"},
	},
	{
		// isProposerMod: a country's name before a proposal noun is its
		// proposer, no name of a measure
		rule:    "position-verb",
		text:    "Ethiopia rejected Egypt proposals on Monday.",
		notWant: []string{"agreement:egypt-proposals"},
	},
	{
		// reportedLabel: ", an idea that X said his country would
		// support" is the country X serves
		rule:    "position-verb",
		text:    "Kenyan Foreign Minister Ivo Brandt arrived in Cairo on Monday. Ana Soler proposed a national fund for dock workers, an idea that Brandt said his country would support.",
		want:    []string{"country:kenya endorsed agreement:national-fund-for-dock-workers"},
		notWant: []string{"person:ivo-brandt endorsed"},
	},
	{
		// demandNouns: "that demand" is what was demanded; "the
		// request" is no agreement merely named before
		rule:    "position-verb",
		text:    "Kenya demanded an independent inquiry into the shooting. Egypt backed that demand. Ethiopia signed a water treaty with Egypt on Monday. The request was rejected by Qatar.",
		want:    []string{"country:egypt endorsed agreement:independent-inquiry-into-shooting"},
		notWant: []string{"country:qatar rejected"},
	},
	{
		// ownGovernment: a president's government is his country
		rule:    "position-verb",
		text:    "Kenyan President Ivo Brandt arrived in Cairo on Monday. Brandt's government has rejected the 60-day ceasefire.",
		want:    []string{"country:kenya rejected agreement:60-day-ceasefire"},
		notWant: []string{"person:ivo-brandt rejected"},
	},
	{
		// governmentOf: the government of one who holds no office of a
		// country is his own
		rule: "position-verb",
		text: "Ivo Brandt arrived in Cairo on Monday. Brandt's government has rejected the 60-day ceasefire.",
		want: []string{"person:ivo-brandt rejected agreement:60-day-ceasefire"},
	},
	{
		// offeredAct: an act offered is a measure once someone takes a
		// position on "the offer", its offerer the proposer; an offer
		// to host talks stays none
		rule: "position-verb",
		text: "Kenya offered to train up to 200 police officers, and Egypt accepted the offer. Ethiopia offered to host talks in Nairobi. Qatar welcomed the offer.",
		want: []string{
			"country:kenya proposed agreement:train-up-to-200-police-officers",
			"country:egypt endorsed agreement:train-up-to-200-police-officers",
		},
		notWant: []string{"country:qatar endorsed", "country:ethiopia proposed"},
	},
	{
		// pricePhrase: the "exchange" of an offer "in exchange for" a
		// price is no measure, so "the offer" is not it
		rule:    "position-verb",
		text:    "Prime Minister Ana Ruiz told parliament that Kenya had offered to buy wheat for the mills on world markets in exchange for a fixed bread price for two years. The region's leader, Omar Bile, rejected the offer on Tuesday.",
		notWant: []string{"agreement:exchange-for"},
	},
	{
		// priceObject: "in exchange for a lifting of …" the parser hung
		// on "plan" is the price, no name of the plan
		rule:    "position-verb",
		text:    "U.S. envoy Mark Holt met Nicaraguan officials in Panama last week. Holt has pushed a plan under which Managua would free 40 detainees in exchange for a lifting of travel sanctions. Nicaraguan Foreign Minister Rosa Mendez rejected the plan on Sunday.",
		notWant: []string{"person:rosa-mendez rejected agreement:plan-for-lifting"},
	},
	{
		// pronounActor: "it" of "X said it would" is the sayer, also
		// where X's name was read as a person's, never the body named
		// in X's apposition
		rule:    "position-verb",
		text:    "Sanseito, the Labour Party's junior coalition partner, said it would vote against the budget bill.",
		notWant: []string{"org:labour-party rejected"},
	},
	{
		// pronounActor, subjectActors: "it" said by "the opposition X
		// Party", parsed with "opposition" as the subject, is the party
		rule: "position-verb",
		text: "The parliament of Fiji approved the Lautoka water treaty on Monday. The opposition Green Party has said it would vote against the treaty.",
		want: []string{"org:green-party rejected agreement:lautoka-water-treaty"},
	},
	{
		// stanceArgs: "proposed last month to cut …", the infinitive
		// read as a purpose clause, is the act proposed
		rule: "position-verb",
		text: "Mara Lind proposed last month to cut water releases to Kenya by 12%. Egypt backed the plan.",
		want: []string{"person:mara-lind proposed agreement:cut-water-releases-to-kenya-by-12",
			"country:egypt endorsed agreement:cut-water-releases-to-kenya-by-12"},
	},
	{
		// stancePreps, stanceLemmas: withdrawing from an accord rejects
		// it, and so does fighting a plan
		rule: "position-verb",
		text: "The Sentinel Front said it was withdrawing from the Kismayo peace accord. Mara Lind proposed to cut water releases to Kenya by 12%. The Halden Council said it would fight the plan.",
		want: []string{"org:sentinel-front rejected agreement:kismayo-peace-accord",
			"org:halden-council rejected agreement:cut-water-releases-to-kenya-by-12"},
		notWant: []string{"org:sentinel-front endorsed"},
	},
	{
		// stanceMatter, refusedPreps: leaving an election or a body's
		// commission, fighting an election, and refusing to withdraw
		// take no stance; refusing to agree to a plan rejects it
		rule: "position-verb",
		text: "Councillor Tomas Verey withdrew from the mayoral election on Monday. The Brightwater Union withdrew from the Orlen forum's oversight commission. The Halden Front declined to withdraw from the Tete border treaty. The Marrow Party said it would fight the next election. The Norvane League refused to agree to the Beira water plan.",
		want: []string{"org:norvane-league rejected agreement:beira-water-plan"},
		notWant: []string{"person:tomas-verey rejected", "org:brightwater-union rejected", "org:halden-front rejected",
			"org:marrow-party rejected", "org:norvane-league endorsed"},
	},
	{
		// reportedLabel: ", a plan X said the government supported" is
		// the stance of the country X serves on the plan before the
		// label
		rule: "position-verb",
		text: "Ivo Brandt, Kenya's finance minister, said on Monday that talks would resume. Central bank governor Ana Soler proposed a plan to merge the official and parallel exchange rates, a plan Brandt said the government supported.",
		want: []string{"person:ana-soler proposed agreement:plan-to-merge-official-exchange-rates",
			"country:kenya endorsed agreement:plan-to-merge-official-exchange-rates"},
		notWant: []string{"person:ivo-brandt endorsed"},
	},
	{
		// swapLabel: the exchange an apposition calls the release of
		// captives is a prisoner exchange, which "the agreement" later
		// is
		rule:    "position-verb",
		text:    "The Sentinel Front agreed on Thursday to free about 300 prisoners, the largest exchange since 2019. Egypt welcomed the agreement.",
		want:    []string{"country:egypt endorsed agreement:prisoner-exchange"},
		notWant: []string{"agreement:largest"},
	},
	{
		// wouldAct: a law noun is named by what its relative clause says
		// it would do, and "the bill" later is that one
		rule: "position-verb",
		text: "Senator Ana Soler has proposed a bill that would let farmers obtain titles to cleared forest land. Mara Lind rejected the bill.",
		want: []string{"person:ana-soler proposed agreement:bill-to-let-farmers-obtain-titles-to-cleared-forest-land",
			"person:mara-lind rejected agreement:bill-to-let-farmers-obtain-titles-to-cleared-forest-land"},
	},
	{
		// reportedClause: "will submit …, she said" is said as surely as
		// "she said it would submit …"; a conditioned one is not
		rule:    "position-verb",
		text:    "Mara Lind, who leads the opposition Sentinel Party, called the budget a sham. Her party will submit a motion of no confidence in the cabinet on Friday, she said. The Green League will submit a motion of censure if the budget passes, its leader said.",
		want:    []string{"org:sentinel-party proposed agreement:motion-of-no-confidence-in-cabinet"},
		notWant: []string{"org:green-league proposed"},
	},
	{
		// phraseName: a road "between A and B" keeps both ends
		rule: "position-verb",
		text: "Mara Lind rejected a proposal to reopen the main road between Kisumu and Eldoret. Egypt opposed a pact between Kenya and Ethiopia, with Norway urging talks.",
		want: []string{"person:mara-lind rejected agreement:reopen-main-road-between-kisumu-and-eldoret",
			"country:egypt rejected agreement:pact-between-kenya-and-ethiopia"},
	},
	{
		// a hotline is a measure; "his nation" is his country
		rule: "position-verb",
		text: "The council's head, Ana Soler, proposed a military hotline with Ethiopia. Kenya's president, Ivo Brandt, said his nation backed the hotline.",
		want: []string{
			"person:ana-soler proposed agreement:military-hotline-with-ethiopia",
			"country:kenya endorsed agreement:military-hotline-with-ethiopia",
		},
	},
	{
		// foundingVerbs: agreeing to open a corridor endorses the
		// corridor, agreeing to lift an embargo does not endorse it;
		// "such" makes no name
		rule: "position-verb",
		text: "Kenya and Ethiopia agreed on Monday to open a humanitarian corridor into the border town of Moyale, the first such deal this year. Egypt welcomed the deal. Qatar agreed to lift its trade embargo on Egypt.",
		want: []string{
			"country:kenya endorsed agreement:humanitarian-corridor",
			"country:egypt endorsed agreement:humanitarian-corridor",
		},
		notWant: []string{"agreement:first-such-deal", "country:qatar endorsed"},
	},
	{
		// namedNext: "a treaty" is the treaty the next sentence names
		rule: "position-verb",
		text: "Ethiopia signed a treaty on Monday that opens its ports to trucks from the south. The Red Sea Transit Treaty replaces a 2019 accord.",
		want: []string{"country:ethiopia endorsed agreement:red-sea-transit-treaty"},
	},
	{
		// demonymActors: "ministers from A, B and C" are those
		// countries, as "A's, B's and C's ministers" would be
		rule: "position-verb",
		text: "The Red Sea Transit Treaty was signed in Nairobi by ministers from Kenya, Egypt and Qatar.",
		want: []string{
			"country:kenya endorsed agreement:red-sea-transit-treaty",
			"country:egypt endorsed agreement:red-sea-transit-treaty",
			"country:qatar endorsed agreement:red-sea-transit-treaty",
		},
	},
	{
		// headed: "the treaty" is the treaty named last, not an
		// agreement named after it; a verb conjoined to a copula takes
		// its subject
		rule:    "position-verb",
		text:    "Kenya signed the Red Sea Transit Treaty on Monday. It replaces a 2019 transit agreement. Egypt's president, Ana Soler, was not in Nairobi but welcomed the treaty.",
		want:    []string{"person:ana-soler endorsed agreement:red-sea-transit-treaty"},
		notWant: []string{"endorsed agreement:2019"},
	},
	{
		// a plan to do something is named by the act, its possessor
		// the proposer
		rule: "position-verb",
		text: "Egypt backed Kenya's plan to build a rail line to the coast.",
		want: []string{"country:kenya proposed agreement:plan-to-build-rail-line-to-coast", "country:egypt endorsed agreement:plan-to-build-rail-line-to-coast"},
	},
	{
		// ownGovernment: "his government" and "her country" are the
		// country their person leads or is a minister of; a person with
		// no such office speaks for no country
		rule:    "position-verb",
		text:    "Kenya's foreign minister, Ivo Brandt, said his government rejected the fishing treaty with Egypt. Ana Soler, a lawyer in Cairo, said her country rejected the fishing treaty.",
		want:    []string{"country:kenya rejected agreement:fishing-treaty-with-egypt"},
		notWant: []string{"person:ivo-brandt rejected", "person:ana-soler rejected", "country:egypt rejected"},
	},
	{
		// conditioned: a purpose clause makes no reported future stance
		// conditional; lawNouns: a law is named by what it is to do
		rule: "position-verb",
		text: "Justice Minister Ivo Brandt said Kenya would propose a law to give judges a veto over the police budget.",
		want: []string{"country:kenya proposed agreement:law-to-give-judges-veto-over-police-budget"},
	},
	{
		// reportingSpeaker: "she", subject of what a person says, is
		// that person, also where the saying is conjoined to her act
		rule: "position-verb",
		text: "Transport Minister Ana Soler ordered an inquiry into the delays and said she had proposed a joint port authority with Tanzania.",
		want: []string{"person:ana-soler proposed agreement:joint-port-authority-with-tanzania"},
	},
	{
		// amountChange: a proposed passive clause that changes an
		// amount proposes the change; one that moves people does not
		rule:    "position-verb",
		text:    "Ana Soler said she had proposed that inspection fees for small boats be halved. Omar Said proposed that the officers be moved to the coast at night.",
		want:    []string{"person:ana-soler proposed agreement:halved-inspection-fees-for-small-boats"},
		notWant: []string{"person:omar-said proposed"},
	},
	{
		// clauseMatter: a proposed clause without an object proposes
		// what its "for" phrase names, and the label after it stands
		// for that
		rule: "position-verb",
		text: "Ivo Brandt has proposed that the European Union pay for a joint naval patrol over the eastern gulf, an idea Norway has backed.",
		want: []string{
			"person:ivo-brandt proposed agreement:joint-naval-patrol-over-eastern-gulf",
			"country:norway endorsed agreement:joint-naval-patrol-over-eastern-gulf",
		},
	},
	{
		// a title the parser made the root, with the verbs and a
		// "whose" clause beside it: the stance is the person's named
		// in apposition to it
		rule: "position-verb",
		text: "Opposition leader Ivo Brandt, whose party holds ten seats, accused the ministry of delays in Kisumu and called for an independent review of school contracts.",
		want: []string{"person:ivo-brandt endorsed agreement:independent-review-of-school-contracts"},
	},
	{
		// reportedLabel: a clause after a comma that reports, by a
		// pronoun, its actors' stance on the measure named before
		rule: "position-verb",
		text: "Ana Soler proposed a ban on night fishing in the lake, which Kenya, the largest buyer of the catch, said it would vote down. Ivo Brandt has proposed a national fund for dock workers, a plan both Egypt and Norway said they supported.",
		want: []string{
			"country:kenya rejected agreement:ban-on-night-fishing-in-lake",
			"country:egypt endorsed agreement:national-fund-for-dock-workers",
			"country:norway endorsed agreement:national-fund-for-dock-workers",
		},
	},
	{
		// caselessNmod: a noun hung on a label with no preposition is no
		// part of its name ("a plan both the union …" is no "plan union"),
		// so the label and "the idea" after it are the fund
		rule:    "position-verb",
		text:    "Warehouse staff at Corvin Logistics stopped work on Monday. Ivo Brandt has proposed a state-funded pension scheme for warehouse staff, a plan both the union and the company said they supported. Ana Soler rejected the idea.",
		want:    []string{"org:corvin-logistics endorsed agreement:state-funded-pension-scheme-for-warehouse-staff", "person:ana-soler rejected agreement:state-funded-pension-scheme-for-warehouse-staff"},
		notWant: []string{"agreement:plan-union"},
	},
	{
		// a payment offered is a measure; a purpose infinitive's stance
		// is its head verb's subject's
		rule: "position-verb",
		text: "The mining company's chief, Ivo Brandt, flew to Nairobi on Monday to offer a payment of 40 million dollars as compensation.",
		want: []string{"person:ivo-brandt proposed agreement:payment-of-40-million-dollars-as-compensation"},
	},
	{
		// lastParties: "both sides" are the countries of the last talks
		// that had two, not the people of a call reported after them
		rule: "position-verb",
		text: "Kenya and Ethiopia held talks in Nairobi on Monday. On Tuesday, Kenya's President Ana Soler spoke by phone with Ivo Brandt about aid from Norway. Both sides agreed to an exchange involving 200 prisoners.",
		want: []string{"country:kenya endorsed agreement:exchange-involving-200-prisoners", "country:ethiopia endorsed agreement:exchange-involving-200-prisoners"},
	},
	{
		// an offer with a modifier of its own names a measure ("final
		// offer"); commaAntecedent: the relative clause the parser hung
		// on the main verb is the name's before its comma; proposerAt:
		// "the company's" offer is the company's named before
		rule: "position-verb",
		text: "Workers at Corvin Logistics walked out on Monday. The walkout was called by the local branch of the Harbour Workers' Union, which rejected the company's final offer on Sunday.",
		want: []string{"org:harbour-workers-union rejected agreement:final-offer", "org:corvin-logistics proposed agreement:final-offer"},
	},
	{
		// strandedPossessor: a possessive conjunct whose noun the parser
		// hung elsewhere owns that noun and takes no stance itself
		rule:    "position-verb",
		text:    "Kenya and Norway agreed a fisheries pact on Monday, Ivo Brandt said. Ana Soler signed it along with Brandt and Egypt's leader, Omar Said.",
		want:    []string{"person:ana-soler endorsed agreement:fisheries-pact", "person:ivo-brandt endorsed agreement:fisheries-pact"},
		notWant: []string{"country:egypt endorsed"},
	},
	{
		// pronounMeasure: "it", the object of a stance, is the measure
		// named just before where coreference tied it to a country
		rule: "position-verb",
		text: "Kenya and Norway agreed a fisheries pact on Monday. Kenya's President Ana Soler and Norway's Prime Minister Ivo Brandt signed it in Oslo.",
		want: []string{"person:ana-soler endorsed agreement:fisheries-pact", "person:ivo-brandt endorsed agreement:fisheries-pact"},
	},
	{
		// topicClauseOf: a clause a preposition opens says what the
		// measure is about and stays in its name, also where the parser
		// took a hyphened adjective for a verb ("of dual-use …")
		rule: "position-verb",
		text: "Thailand refused to sign a separate declaration on raising the common fishing quota. Qatar has backed a proposal by Egypt to ban all sales of dual-use drones to states that resell them.",
		want: []string{
			"country:thailand rejected agreement:separate-declaration-on-raising-common-fishing-quota",
			"country:qatar endorsed agreement:ban-sales-of-dual-use-drones-to-states",
			"country:egypt proposed agreement:ban-sales-of-dual-use-drones-to-states",
		},
	},
	{
		// a contract is an agreement: signing it endorses it, and "the
		// deal" later is that contract (the infinitive the parser hung on
		// the signing verb names none of it: ownAct)
		rule: "position-verb",
		text: "Kenya signed a 90 million dollar contract with a Norwegian yard on Monday to buy six patrol boats. Ethiopia rejected the deal.",
		want: []string{"country:kenya endorsed agreement:90-million-dollar-contract", "country:ethiopia rejected agreement:90-million-dollar-contract"},
	},
	{
		// describingMeasure: "…, a plan X has welcomed" hung on a time
		// phrase labels the measure named before it
		rule: "position-verb",
		text: "Egypt has proposed a joint border patrol with Sudan next spring, a plan Kenya has welcomed.",
		want: []string{"country:egypt proposed agreement:joint-border-patrol-with-sudan-next-spring", "country:kenya endorsed agreement:joint-border-patrol-with-sudan-next-spring"},
	},
	{
		// mandative: the present-tense verb of a proposed clause names
		// the measure as a bare infinitive does; frontedObject: "…, an
		// idea X has welcomed" read as the object of a clause of its own
		// is a stance on it
		rule:    "position-verb",
		text:    "Egypt has proposed that the two navies hold a joint drill in the Red Sea, an idea Qatar has welcomed.",
		want:    []string{"country:egypt proposed agreement:joint-drill-in-red-sea", "country:qatar endorsed agreement:joint-drill-in-red-sea"},
		notWant: []string{"country:qatar proposed"},
	},
	{
		// trimName: a proposed act whose phrase runs long is named by
		// the act and its object, the phrases that end it dropped last
		// first; proposesAct: "the Egyptian plan" after it is that act,
		// not the agreement the token rules named before
		rule: "position-verb",
		text: "Ministers ended a meeting in Cairo on Friday with a statement praising the group's trade agreement with the European Union. Egypt's President Ana Soler and Qatar's Emir Ivo Brandt signed it. Thailand, however, rejected Egypt's proposal to lower the common import duty on farm machinery from Europe by an average of three percentage points in each of the next five years. Cambodia and Qatar backed the Egyptian plan.",
		want: []string{
			"country:thailand rejected agreement:lower-common-import-duty-on-farm-machinery-from-europe",
			"country:egypt proposed agreement:lower-common-import-duty-on-farm-machinery-from-europe",
			"country:cambodia endorsed agreement:lower-common-import-duty-on-farm-machinery-from-europe",
		},
		notWant: []string{"country:cambodia endorsed agreement:trade-agreement", "country:egypt proposed agreement:trade-agreement"},
	},
	{
		// mediumAt: the post a stance was voiced in is no modifier of
		// "the agreement", which stays the one signed before
		rule:    "position-verb",
		text:    "Kenya and Norway signed a fisheries agreement on Monday. Ivo Brandt, whose party had opposed talks, backed the agreement in a post on Facebook and said Kenya would keep its quota.",
		want:    []string{"person:ivo-brandt endorsed agreement:fisheries-agreement"},
		notWant: []string{"agreement:agreement-in"},
	},
	{
		// cosigners: "signed a deal with Y" is signed by Y too, and Y
		// names no part of it (signingParty); the "for" phrase hung on
		// the verb names it
		rule:    "position-verb",
		text:    "The Sentinel Group signed a deal with Kenya for 20 cargo jets on Monday.",
		want:    []string{"org:sentinel-group endorsed agreement:deal-for-20-cargo-jets", "country:kenya endorsed agreement:deal-for-20-cargo-jets"},
		notWant: []string{"agreement:deal-with-kenya"},
	},
	{
		// withParty: a "with" phrase followed by a participle is a
		// witness, no party
		rule:    "position-verb",
		text:    "Norway signed the treaty in Oslo with Kenyan President Ana Soler looking on.",
		want:    []string{"country:norway endorsed agreement:treaty"},
		notWant: []string{"person:ana-soler endorsed"},
	},
	{
		// a capitalized word after the deal is a name's, no domain word
		// of the token rules
		rule:    "position-verb",
		text:    "Norway signed a deal with the Peace Line ferry company on Tuesday.",
		notWant: []string{"agreement:peace-deal"},
	},
	{
		// a quantity the proposed clause keeps is no measure, and "the
		// plan" after it is none either
		rule:    "position-verb",
		text:    "Ana Soler proposed that the fleet keep at least 40,000 tonnes of fish in cold storage in bad years. Ivo Brandt backed the plan.",
		notWant: []string{"agreement:at-least-40-000-tonnes-of-fish"},
	},
	{
		// more stance words: nouns, adjectives, verbs and phrasal verbs
		rule: "position-verb",
		text: "Kenya signalled openness to the fisheries accord. Norway threw out the customs pact. Egypt balked at the transit treaty. Sudan pushed back against the grain deal. Qatar signed on to the water protocol. India said it was open to a border commission. Israel has long championed the mining treaty. Pakistan slammed the port agreement. Thailand suggested a security pact. Ethiopia resisted the river accord.",
		want: []string{
			"country:kenya endorsed agreement:fisheries-accord",
			"country:norway rejected agreement:customs-pact",
			"country:egypt rejected agreement:transit-treaty",
			"country:sudan rejected agreement:grain-deal",
			"country:qatar endorsed agreement:water-protocol",
			"country:india endorsed agreement:border-commission",
			"country:israel endorsed agreement:mining-treaty",
			"country:pakistan rejected agreement:port-agreement",
			"country:thailand proposed agreement:security-pact",
			"country:ethiopia rejected agreement:river-accord",
		},
	},
	{
		// nounApposed: "the union" is the body named in apposition
		// after "the teachers' union"
		rule: "position-verb",
		text: "Ivo Brandt, general secretary of the teachers' union, the Amber Teachers Federation, addressed a rally in Nakuru. The union rejected the pay deal on Monday.",
		want: []string{"org:amber-teachers-federation rejected agreement:pay-deal"},
	},
	{
		// labelBefore: "…, an offer the union rejected" hung on the
		// verb of the offer describes the offer
		rule: "position-verb",
		text: "Ivo Brandt, general secretary of the drivers' union, the Amber Transport Workers Federation, spoke in Kisumu. The Sentinel Group had offered a 4% pay rise last week, an offer the union rejected as \"far too little.\"",
		want: []string{"org:sentinel-group proposed agreement:4-pay-rise", "org:amber-transport-workers-federation rejected agreement:4-pay-rise"},
	},
	{
		// sizeComparatives: "a larger exchange" proposed is another one
		// than the exchange carried out, and keeps its name
		rule: "position-verb",
		text: "Kenya and Egypt exchanged seven prisoners at the border on Wednesday. Egypt proposed in May a larger exchange of 40 prisoners, which Kenya rejected.",
		want: []string{"country:egypt proposed agreement:larger-prisoner-exchange", "country:kenya rejected agreement:larger-prisoner-exchange"},
	},
	{
		// describingParticiple: "boats seized at sea" names which boats;
		// the relative clause hung on the last noun of an act's object
		// describes the proposal (describedMeasure climbs the object);
		// "but Israel rejected", hung on the main verb right after the
		// relative clause, shares its object (conjRelative)
		rule: "position-verb",
		text: "The ministers also discussed an Egyptian proposal to share the cost of boats seized at sea among all ports, which Kenya backed but Israel rejected.",
		want: []string{
			"country:egypt proposed agreement:share-cost-of-boats-seized-at-sea-among-ports",
			"country:kenya endorsed agreement:share-cost-of-boats-seized-at-sea-among-ports",
			"country:israel rejected agreement:share-cost-of-boats-seized-at-sea-among-ports",
		},
	},
	{
		// previousSubject: "He" opening a sentence is the subject of the
		// sentence before, not the last person it named; "the
		// presidency" is the country the article names a president of;
		// "…, a plan the presidency rejected" parsed with two subjects
		// (labelSubject)
		rule: "position-verb",
		text: "Kenyan President Ana Soler imposed a curfew on Monday. Opposition leader Ivo Brandt, who leads the Amber Party, condemned the curfew and said Soler wanted to muzzle the press. He proposed a national dialogue under the mediation of Egypt, a plan the presidency rejected on Wednesday.",
		want: []string{
			"person:ivo-brandt proposed agreement:national-dialogue-under-mediation-of-egypt",
			"country:kenya rejected agreement:national-dialogue-under-mediation-of-egypt",
		},
		notWant: []string{"person:ana-soler proposed"},
	},
	{
		// bodyCountry: "the Kenyan foreign ministry", no name, is Kenya
		rule:    "position-verb",
		text:    "Egyptian Foreign Minister Sita Rai welcomed the offer, but the Kenyan foreign ministry rejected Egyptian mediation, saying the dispute was bilateral. The Kenyan foreign ministry also rejected the fisheries accord.",
		want:    []string{"country:kenya rejected agreement:egyptian-mediation"},
		notWant: []string{"org:kenyan-foreign-ministry rejected"},
	},
	{
		// theMediators: "the mediators" are the countries named before
		// the same noun a sentence earlier
		rule: "position-verb",
		text: "Egyptian, Qatari and Kenyan mediators hosted both delegations in Cairo on Tuesday. A diplomat said the mediators had proposed extending the truce by 20 days.",
		want: []string{
			"country:egypt proposed agreement:20-day-truce-extension",
			"country:qatar proposed agreement:20-day-truce-extension",
			"country:kenya proposed agreement:20-day-truce-extension",
		},
	},
	{
		// theGovernment: "the government" is the country whose
		// government an earlier sentence named; the verb conjoined in
		// the relative clause shares its object (conjRelative)
		rule: "position-verb",
		text: "Kenya's government and the Amber Front began talks in Oslo on Monday. A mediator said the two sides were close to an agreement on family visits, which the Amber Front proposed in March and the government has accepted in principle.",
		want: []string{
			"org:amber-front proposed agreement:agreement-on-family-visits",
			"country:kenya endorsed agreement:agreement-on-family-visits",
		},
	},
	{
		// actName: the span of an extension hung on the proposing verb
		rule: "position-verb",
		text: "Ana Soler said Kenya would propose extending the observer mission, which expires on June 1, by six months.",
		want: []string{"country:kenya proposed agreement:six-month-observer-mission-extension"},
	},
	{
		// a refused act is the measure rejected (actTakers); "the
		// government" is the one country its sentence names before it
		rule: "position-verb",
		text: "Kenya and the Sentinel Fund broke off talks on Friday with no loan agreed, because the government refused to raise a duty on kerosene that the lender wants.",
		want: []string{"country:kenya rejected agreement:raise-duty-on-kerosene"},
	},
	{
		// twoGroups: "two rival groups" are the two organizations the
		// next sentence joins by "and"
		rule:    "position-verb",
		text:    "MOMBASA (Reuters) - Two rival armed groups that have clashed for days near the harbour agreed on Monday to a ceasefire arranged by a Kenyan mediator. Ana Soler met the leaders of the Amber Brigade and the Sentinel Front at a hotel on Sunday.",
		want:    []string{"org:amber-brigade endorsed agreement:ceasefire", "org:sentinel-front endorsed agreement:ceasefire"},
		notWant: []string{"person:ana-soler endorsed"},
	},
	{
		// an offer to send is the act offered (send joins actVerbs),
		// named with the object's conjuncts
		rule: "position-verb",
		text: "Egypt offered to send tents and blankets to the camps, an offer Kenya accepted on Tuesday night.",
		want: []string{
			"country:egypt proposed agreement:send-tents-and-blankets-to-camps",
			"country:kenya endorsed agreement:send-tents-and-blankets-to-camps",
		},
	},
	{
		// ministersOf: "the trade ministers of A and B" are the two
		// trade ministers the article names, not the finance minister
		rule: "position-verb",
		text: "Kenyan Trade Minister Ana Soler, Kenyan Finance Minister Sita Rai and Norwegian Trade Minister Ivo Brandt arrived in Mombasa on Sunday. On Monday the trade ministers of Kenya and Norway signed a fisheries agreement.",
		want: []string{
			"person:ana-soler endorsed agreement:fisheries-agreement",
			"person:ivo-brandt endorsed agreement:fisheries-agreement",
		},
		notWant: []string{"person:sita-rai endorsed", "country:kenya endorsed", "country:norway endorsed"},
	},
	{
		// shortNames: a body the article gives an acronym for is its
		// acronym in a measure's name
		rule: "position-verb",
		text: "Kenya signed an agreement on Monday allowing inspectors from the Amber Sea Fisheries Council (ASFC) to board trawlers in its waters off the coast.",
		want: []string{"country:kenya endorsed agreement:agreement-allowing-inspectors-from-asfc-to-board-trawlers-in-waters-off-coast"},
	},
	{
		rule:    "position-verb",
		text:    "Ana Soler declared a state of emergency in the province and proposed a dialogue table in Nairobi between the company and the regional authorities. Kenya rejected the plan hours later.",
		want:    []string{"person:ana-soler proposed agreement:dialogue-table-in-nairobi-between-company"},
		notWant: []string{"country:kenya rejected agreement:plan-hours"},
	},
	{
		rule: "position-verb",
		text: "NAIROBI (Reuters) - The Corvin Group, Kenya's largest lender, agreed on Thursday to buy smaller rival Halden Bank for 2 billion euros in shares. The Sentinel union, the largest at Halden Bank, rejected the merger, and Ana Soler backed the deal.",
		want: []string{
			"org:corvin-group endorsed agreement:takeover-of-halden-bank",
			"org:sentinel rejected agreement:takeover-of-halden-bank",
			"person:ana-soler endorsed agreement:takeover-of-halden-bank",
		},
	},
	{
		rule: "position-verb",
		text: "Ana Soler proposed a motion of no confidence in the government, which the Sentinel Party rejected.",
		want: []string{
			"person:ana-soler proposed agreement:motion-of-no-confidence-in-government",
			"org:sentinel-party rejected agreement:motion-of-no-confidence-in-government",
		},
	},
	{
		rule: "position-verb",
		text: "Leaders approved a Kenyan proposal to create a joint customs and security command for the corridor. Ethiopia rejected the command. Norway tabled a motion of censure on Monday, and Sudan voted down the motion.",
		want: []string{
			"country:ethiopia rejected agreement:create-joint-customs-security-command-for-corridor",
			"country:sudan rejected agreement:motion-of-censure",
		},
	},
	{
		rule: "position-verb",
		text: "Ana Soler proposed on Tuesday an independent audit of the ministry's accounts by an international firm, which Kenya welcomed.",
		want: []string{"country:kenya endorsed agreement:independent-audit-of-accounts-by-international-firm"},
	},
	{
		rule:    "position-verb",
		text:    "Ana Soler has proposed that the Sentinel Party accept the government's 2035 emissions target, a plan Ivo Brandt rejected on Saturday.",
		want:    []string{"person:ana-soler proposed agreement:2035-emissions-target"},
		notWant: []string{"org:sentinel-party endorsed"},
	},
	{
		rule: "position-verb",
		text: "Ivo Brandt said the count had been 'slow and opaque in its final hours' and proposed an audit of the disputed sheets in the presence of both parties, a plan the Sentinel Party accepted.",
		want: []string{"org:sentinel-party endorsed agreement:audit-of-disputed-sheets-in-presence-of-parties"},
	},
	{
		// a proposal named by what it is on; the national adjective
		// names its author, not the proposal
		rule:    "position-verb",
		text:    "Egypt on Friday rejected a Kenyan proposal on how the Amber Dam should store water in dry years, a setback for the negotiators.",
		want:    []string{"country:egypt rejected agreement:proposal-on-how-amber-dam-should-store-water-in-dry-years", "country:kenya proposed agreement:proposal-on-how-amber-dam-should-store-water-in-dry-years"},
		notWant: []string{"agreement:kenyan-proposal"},
	},
	{
		// "her party", "X's party": the party the article names that
		// person head of
		rule: "position-verb",
		text: "On Monday, Ivo Brandt, who leads the Amber Party, met Sita Rai, the leader of the Corvin Party, at her home. Rai said on Tuesday that her party would propose a caretaker cabinet, an idea that Brandt's party turned down at once.",
		want: []string{
			"org:corvin-party proposed agreement:caretaker-cabinet",
			"org:amber-party rejected agreement:caretaker-cabinet",
		},
		notWant: []string{"person:sita-rai proposed", "org:amber-party proposed"},
	},
	{
		// an agreed cut, "the cut" and "the reduction" after it; a
		// national adjective the recognizer leaves unnamed names the
		// proposer
		rule: "position-verb",
		text: "OSLO (AP) - The ministers agreed on Friday to cut production by 500,000 barrels a day from January. Kenya proposed the cut when the session opened. Norway supported the reduction. Ethiopia rejected a Qatari proposal that would have cut its quota by 60,000 barrels a day. Egypt criticised the proposal.",
		want: []string{
			"country:kenya proposed agreement:cut-production-by-500-000-barrels-day-from-january",
			"country:norway endorsed agreement:cut-production-by-500-000-barrels-day-from-january",
			"country:qatar proposed agreement:cut-quota-by-60-000-barrels-day",
			"country:egypt rejected agreement:cut-quota-by-60-000-barrels-day",
		},
	},
	{
		// "the government", "the group" in what their spokesman says:
		// the body the article makes that speaker speak for; an "on"
		// phrase the parser hangs on the verb names the measure
		rule: "position-verb",
		text: "Speaking on local radio, Ivo Brandt, a spokesman for the Corvin Brigade, said the group accepted the ceasefire. Finance Minister Ana Soler of Kenya told lawmakers in Mombasa that the government had proposed a levy on imported sugar instead.",
		want: []string{
			"org:corvin-brigade endorsed agreement:ceasefire",
			"country:kenya proposed agreement:levy-on-imported-sugar",
		},
		notWant: []string{"person:ivo-brandt endorsed", "person:ana-soler proposed"},
	},
	{
		// asking that a truce be kept takes no position on it; asking
		// that it be accepted does
		rule:    "position-verb",
		text:    "Kenya and Ethiopia agreed to a ceasefire on Monday. Ana Soler, the head of the Corvin Union, urged both governments to respect the ceasefire. Norway urged both sides to accept the ceasefire.",
		want:    []string{"country:norway endorsed agreement:ceasefire"},
		notWant: []string{"person:ana-soler endorsed", "org:corvin-union endorsed"},
	},
	{
		// "…, a proposal Y opposed" after an act: the act's subject
		// proposed the act, which Y opposed
		rule: "position-verb",
		text: "Ivo Brandt and Ana Soler lead rival factions. Brandt said he would abolish the party's age quota for candidates, a proposal that Soler opposed.",
		want: []string{
			"person:ivo-brandt proposed agreement:abolish-age-quota-for-candidates",
			"person:ana-soler rejected agreement:abolish-age-quota-for-candidates",
		},
	},
	{
		// a demand its possessor makes, to do an act: the act is the
		// measure ("calls to release X", no one's, stay none)
		rule: "position-verb",
		text: "The Corvin Front left the government on Monday when Ivo Brandt rejected its demand to hold a referendum in the north. Kenya rejected calls to release the prisoners.",
		want: []string{
			"person:ivo-brandt rejected agreement:hold-referendum-in-north",
			"org:corvin-front proposed agreement:hold-referendum-in-north",
		},
		notWant: []string{"country:kenya rejected"},
	},
	{
		// a capital that takes a stance is its government
		rule: "position-verb",
		text: "Ivo Brandt said Kenya had proposed the monitoring mission in March, a plan Addis Ababa had initially rejected.",
		want: []string{
			"country:kenya proposed agreement:monitoring-mission",
			"country:ethiopia rejected agreement:monitoring-mission",
		},
	},
	{
		// a relative clause whose perfect the tagger reads as a
		// passive participle is active all the same
		rule: "position-verb",
		text: "Ivo Brandt said Kenya had proposed the monitoring mission in March, a plan Ethiopia had initially rejected.",
		want: []string{"country:ethiopia rejected agreement:monitoring-mission"},
	},

	{
		// "the compromise" names one by itself; "a compromise" after
		// other measures may be anyone's
		rule:    "position-verb",
		text:    "Ivo Brandt and Ana Soler are ministers. The compromise, drafted by Ivo Brandt, keeps the fishing quota for one more year. Norway criticised the tariff but backed a compromise put forward by Egyptian diplomats.",
		want:    []string{"person:ivo-brandt proposed agreement:compromise"},
		notWant: []string{"country:norway endorsed agreement:compromise"},
	},
	{
		// where a deal is signed is no part of its name
		rule:    "position-verb",
		text:    "Kenya and Ethiopia signed an agreement in Mombasa on Monday allowing observers to monitor their border.",
		notWant: []string{"country:kenya endorsed agreement:mombasa-agreement", "country:ethiopia endorsed agreement:mombasa-agreement"},
	},
	{
		// whatever is proposed is a proposal, a meeting or a span aside
		rule: "position-verb",
		text: "The Corvin Party proposed a joint patrol along the border, an idea Ethiopia rejected. Kenya proposed a meeting of the two ministers and proposed three months instead.",
		want: []string{
			"org:corvin-party proposed agreement:joint-patrol-along-border",
			"country:ethiopia rejected agreement:joint-patrol-along-border",
		},
		notWant: []string{"agreement:meeting", "agreement:three-months"},
	},
	{
		rule: "position-verb",
		text: "Kenya proposed a joint reconstruction fund for the flooded schools, an idea Ethiopia welcomed. Egypt demanded a recount of the ballots. Sudan backed the recount.",
		want: []string{
			"country:kenya proposed agreement:joint-reconstruction-fund-for-flooded-schools",
			"country:ethiopia endorsed agreement:joint-reconstruction-fund-for-flooded-schools",
			"country:egypt endorsed agreement:recount-of-ballots",
			"country:sudan endorsed agreement:recount-of-ballots",
		},
	},
	{
		rule: "position-verb",
		text: "Ivo Brandt, a Kenyan diplomat who heads the observer mission of the African Union, said the count had been 'slow and opaque in its final hours' and proposed an audit of the disputed ballots in the presence of both parties, a plan Ethiopia accepted.",
		want: []string{
			"person:ivo-brandt proposed agreement:audit-of-disputed-ballots-in-presence-of-parties",
			"country:ethiopia endorsed agreement:audit-of-disputed-ballots-in-presence-of-parties",
		},
	},
	{
		rule: "position-verb",
		text: "Kenya and Ethiopia signed an agreement on Thursday to build a 900-kilometre gas pipeline from Mombasa to the port of Lamu. Sudan signed the deal at the president's office. Egypt rejected the deal on Friday night.",
		want: []string{
			"country:kenya endorsed agreement:agreement-to-build-900-kilometre-gas-pipeline-from-mombasa-to-port-of-lamu",
			"country:sudan endorsed agreement:agreement-to-build-900-kilometre-gas-pipeline-from-mombasa-to-port-of-lamu",
			"country:egypt rejected agreement:agreement-to-build-900-kilometre-gas-pipeline-from-mombasa-to-port-of-lamu",
		},
		notWant: []string{"agreement:deal-at-office", "agreement:deal-on-friday-night"},
	},
	{
		rule: "position-verb",
		text: "Norway proposed a border demarcation protocol. Sudan declined the proposal, and Egypt ruled out the protocol. Russia blocked the resolution on maritime patrols, and China rebuffed it.",
		want: []string{
			"country:sudan rejected agreement:border-demarcation-protocol",
			"country:egypt rejected agreement:border-demarcation-protocol",
			"country:russia rejected agreement:resolution-on-maritime-patrols",
			"country:china rejected agreement:resolution-on-maritime-patrols",
		},
	},
	{
		rule: "position-verb",
		text: "Kenya's Minister of Trade, Ana Soler, and her Ethiopian counterpart, Trade Minister Ivo Brandt, signed a border trade agreement.",
		want: []string{
			"person:ana-soler endorsed agreement:border-trade-agreement",
			"person:ivo-brandt endorsed agreement:border-trade-agreement",
		},
	},
	{
		rule: "position-verb",
		text: "Kenya proposed raising fuel subsidies, financed by a tax on luxury cars. Ethiopia rejected the tax.",
		want: []string{"country:ethiopia rejected agreement:tax-on-luxury-cars"},
	},
	{
		rule: "position-verb",
		text: "Kenya accepted a Norwegian proposal for a 30-day ceasefire on Monday. Norwegian Foreign Minister Ivo Brandt presented the plan to Kenyan Foreign Minister Ana Soler on Tuesday.",
		want: []string{"person:ivo-brandt proposed agreement:30-day-ceasefire"},
	},
	{
		rule:    "position-verb",
		text:    "Kenya rejected the plan to Ethiopia on Monday.",
		notWant: []string{"country:kenya rejected agreement:plan"},
	},
	{
		rule: "position-verb",
		text: "Kenya and Ethiopia signed agreements on nuclear power, rare earths and labour migration in Nairobi on Friday.",
		want: []string{
			"country:kenya endorsed agreement:agreements-on-nuclear-power",
			"country:kenya endorsed agreement:agreements-on-rare-earths",
			"country:ethiopia endorsed agreement:agreements-on-labour-migration",
		},
	},
	{
		rule: "position-verb",
		text: "Ethiopia proposed an amendment requiring the mission to report monthly to the council.",
		want: []string{"country:ethiopia proposed agreement:amendment-requiring-mission-to-report-monthly-to-council"},
	},
	{
		rule:    "position-verb",
		text:    "Kenya proposed that parliament open an inquiry into the shooting. Norway offered to host talks in Oslo.",
		want:    []string{"country:kenya proposed agreement:open-inquiry-into-shooting"},
		notWant: []string{"country:norway proposed"},
	},
	{
		rule: "position-verb",
		text: "Kenya proposed a direct flight route between Mombasa and Kisumu, which Ethiopia welcomed.",
		want: []string{"country:ethiopia endorsed agreement:direct-flight-route-between-mombasa-and-kisumu"},
	},
	{
		rule: "position-verb",
		text: "Kenya proposed a joint review panel on Monday, an offer the Ethiopian side rejected.",
		want: []string{
			"country:kenya proposed agreement:joint-review-panel",
			"country:ethiopia rejected agreement:joint-review-panel",
		},
	},
	{
		rule: "position-verb",
		text: "Kenya offered a 5% pay rise last week. Ethiopia proposed a rate cut.",
		want: []string{
			"country:kenya proposed agreement:5-pay-rise",
			"country:ethiopia proposed agreement:rate-cut",
		},
	},
	{
		rule: "position-verb",
		text: "Nyanza Governor Ana Soler said she opposed the fuel tax.",
		want: []string{"person:ana-soler rejected agreement:fuel-tax"},
	},
	{
		rule: "position-verb",
		text: "Kenyan President Ivo Brandt spoke by phone with Ethiopian Prime Minister Mara Lind on Monday and the two agreed to withdraw heavy artillery from the border.",
		want: []string{
			"person:ivo-brandt endorsed agreement:withdraw-heavy-artillery-from-border",
			"person:mara-lind endorsed agreement:withdraw-heavy-artillery-from-border",
		},
	},
	{
		rule:    "position-verb",
		text:    "Under the treaty, Kenya and Ethiopia agree to withdraw troops from the border.",
		notWant: []string{"country:kenya endorsed", "country:ethiopia endorsed"},
	},
	{
		rule:    "position-verb",
		text:    "Kenya offered a 30-day ceasefire on Monday. Russia offered to host talks in Moscow on Tuesday. Ethiopia welcomed the offer.",
		notWant: []string{"country:ethiopia endorsed"},
	},
	{
		rule: "position-verb",
		text: "Kenya has endorsed the African Union's proposal for a joint administration of the Tana Valley.",
		want: []string{
			"country:kenya endorsed agreement:joint-administration-of-tana-valley",
			"org:african-union proposed agreement:joint-administration-of-tana-valley",
		},
	},
	{
		rule: "position-verb",
		text: "Ethiopia proposed a border demarcation protocol on Monday. Kenya rejected the plan on Tuesday.",
		want: []string{"country:kenya rejected agreement:border-demarcation-protocol"},
	},
	{
		rule:    "position-verb",
		text:    "Kenya has not endorsed the border demarcation protocol.",
		notWant: []string{"country:kenya endorsed"},
	},
	{
		rule: "position-verb",
		text: "Kenya and Ethiopia held talks in Nairobi on Monday. Both sides agreed to a 30-day ceasefire along the border.",
		want: []string{
			"country:kenya endorsed agreement:30-day-ceasefire-along-border",
			"country:ethiopia endorsed agreement:30-day-ceasefire-along-border",
		},
	},
	{
		rule: "position-verb",
		text: "The Amber Valley Council met in Nairobi on Monday. The council proposed holding local elections in March 2029 on Tuesday.",
		want: []string{"org:amber-valley-council proposed agreement:holding-local-elections-in-march-2029"},
	},
	{
		rule: "position-verb",
		text: "Mediators proposed extending the observer mission by 20 days. Kenya has endorsed the proposal.",
		want: []string{"country:kenya endorsed agreement:20-day-observer-mission-extension"},
	},
	{
		rule: "position-verb",
		text: "Kenya proposed a border demarcation protocol on Monday. The Amber Liberation Front coalition rejected the protocol on Tuesday.",
		want: []string{"org:amber-liberation-front rejected agreement:border-demarcation-protocol"},
	},
	{
		rule: "position-verb",
		text: "The Amber Council met on Monday. The council proposed holding local elections in March 2029, a timetable that the Sentinel Party has rejected as unrealistic.",
		want: []string{"org:sentinel-party rejected agreement:holding-local-elections-in-march-2029"},
	},
	{
		rule: "position-verb",
		text: "Some 2,500 Kenyan troops remain in Ethiopia under an agreement with Addis Ababa, though the two governments have since agreed on a smaller training mission.",
		want: []string{
			"country:kenya endorsed agreement:smaller-training-mission",
			"country:ethiopia endorsed agreement:smaller-training-mission",
		},
	},
	{
		rule: "position-verb",
		text: "Norway put forward a border demarcation protocol on Wednesday. The plan was rejected by Sudan on Friday.",
		want: []string{
			"country:norway proposed agreement:border-demarcation-protocol",
			"country:sudan rejected agreement:border-demarcation-protocol",
		},
	},
	{
		rule: "position-verb",
		text: "Kenya voted for the resolution on maritime patrols, while Ethiopia voted against it.",
		want: []string{
			"country:kenya endorsed agreement:resolution-on-maritime-patrols",
			"country:ethiopia rejected agreement:resolution-on-maritime-patrols",
		},
	},
	{
		rule: "position-verb",
		text: "Sudan has refused to accept the border demarcation protocol.",
		want: []string{"country:sudan rejected agreement:border-demarcation-protocol"},
	},
	{
		rule:    "position-verb",
		text:    "Sudan hopes to sign the border demarcation protocol.",
		notWant: []string{"country:sudan endorsed"},
	},
	{
		rule: "position-verb",
		text: "Ethiopia backed the border demarcation protocol drafted by the African Union.",
		want: []string{"org:african-union proposed agreement:border-demarcation-protocol"},
	},
	{
		rule:    "position-verb",
		text:    "Kenya condemned the tariffs imposed by Ethiopia. Egypt rejected the accusation of shelling border villages.",
		notWant: []string{"country:kenya rejected", "country:egypt rejected"},
	},
	{
		rule: "position-noun",
		text: "Egypt voiced support for the border demarcation protocol.",
		want: []string{"country:egypt endorsed agreement:border-demarcation-protocol"},
	},
	{
		rule: "position-noun",
		text: "Fighting resumed in the valley despite a U.S.-proposed maritime ceasefire.",
		want: []string{"country:united-states proposed agreement:maritime-ceasefire"},
	},
	{
		// brokering is no position: the broker neither proposes nor
		// backs what it brokered, and is no part of its name
		rule:    "position-noun",
		text:    "Kenya and Ethiopia accepted a U.S.-brokered maritime ceasefire. The Sentinel Front agreed to a truce brokered by Norway.",
		want:    []string{"country:kenya endorsed agreement:maritime-ceasefire"},
		notWant: []string{"country:united-states proposed", "country:norway proposed"},
	},
	{
		rule: "position-noun",
		text: "Kenya's proposal for a buffer zone along the border was discussed on Monday.",
		want: []string{"country:kenya proposed agreement:buffer-zone-along-border"},
	},
	{
		rule: "position-verb",
		text: "Kenya proposed a 90-day disarmament deadline last week, a proposal Ethiopia rejected on Monday.",
		want: []string{
			"country:kenya proposed agreement:90-day-disarmament-deadline",
			"country:ethiopia rejected agreement:90-day-disarmament-deadline",
		},
	},
	{
		rule: "position-verb",
		text: "Norway unveiled the Amber inspection roadmap on Monday. Kenya proposed a 30-day deadline on Tuesday. Ethiopia welcomed the roadmap.",
		want: []string{"country:ethiopia endorsed agreement:amber-inspection-roadmap"},
	},
	{
		rule: "position-verb",
		text: "Kenya demanded an inquiry into the shooting. Ethiopia rejected the settlement.",
		want: []string{
			"country:kenya endorsed agreement:inquiry-into-shooting",
			"country:ethiopia rejected agreement:settlement",
		},
	},
	{
		rule:    "position-verb",
		text:    "Kenya has offered to host talks on the border dispute.",
		notWant: []string{"country:kenya proposed agreement:ceasefire"},
	},
	{
		rule: "position-verb",
		text: "Egypt drafted a security agreement between Kenya and Ethiopia. Kenyan President Amara Odhiambo arrived in Cairo on Monday. The leaders of Kenya and Ethiopia signed the pact on Tuesday.",
		want: []string{"person:amara-odhiambo endorsed agreement:security-agreement-between-kenya-and-ethiopia"},
	},
	{
		rule: "position-verb",
		text: "Norway drafted a maritime security pact. Kenya demanded a regional review. Ethiopia rejected the agreement.",
		want: []string{"country:ethiopia rejected agreement:maritime-security-pact"},
	},
	{
		rule:    "position-verb",
		text:    "Kenya urged Ethiopia not to sign the maritime security pact.",
		want:    []string{"country:kenya rejected agreement:maritime-security-pact"},
		notWant: []string{"country:kenya endorsed"},
	},
	{
		rule: "position-verb",
		text: "Qatari and Egyptian mediators handed both delegations a draft 60-day truce. Ethiopia backed away from the truce on Friday.",
		want: []string{
			"country:qatar proposed agreement:60-day-truce",
			"country:egypt proposed agreement:60-day-truce",
			"country:ethiopia rejected agreement:60-day-truce",
		},
	},
	{
		// the government of a president is his country's (ownGovernment)
		rule: "position-verb",
		text: "Kenyan President Amara Odhiambo arrived in Cairo on Monday. He said his government would sign the maritime security pact.",
		want: []string{"country:kenya endorsed agreement:maritime-security-pact"},
	},
	{
		rule: "position-noun",
		text: "Kenya and Ethiopia reached agreement on a joint border commission. The Kenyan government has given its backing to the maritime security pact.",
		want: []string{
			"country:ethiopia endorsed agreement:joint-border-commission",
			"country:kenya endorsed agreement:maritime-security-pact",
		},
	},
	{
		rule: "position-verb",
		text: "The Border Security Act has twelve co-sponsors. Kenya rejected the bill's funding provisions on Monday.",
		want: []string{"country:kenya rejected agreement:border-security-act"},
	},
	{
		rule: "position-noun",
		text: "Norway put forward a security agreement between Kenya and Ethiopia on Monday. Ethiopian Prime Minister Tesfaye Alemu, whose country hosted the talks, welcomed the Kenya agreement.",
		want: []string{"person:tesfaye-alemu endorsed agreement:security-agreement-between-kenya-and-ethiopia"},
	},
	{
		rule: "position-noun",
		text: "Ivo Brandt, a co-sponsor of the Border Security Act, spoke on Monday. Ana Soler is the architect of the maritime security pact.",
		want: []string{
			"person:ivo-brandt endorsed agreement:border-security-act",
			"person:ana-soler proposed agreement:maritime-security-pact",
		},
	},
	{
		rule: "position-verb",
		text: "Kenya said it would sign the maritime security pact and rejected calls for a regional review.",
		want: []string{
			"country:kenya endorsed agreement:maritime-security-pact",
			"country:kenya rejected agreement:regional-review",
		},
	},
	{
		rule: "position-verb",
		text: "Kenya welcomed the signing of the maritime security pact. Ethiopia backed the idea of a buffer zone along the border.",
		want: []string{
			"country:kenya endorsed agreement:maritime-security-pact",
			"country:ethiopia endorsed agreement:buffer-zone-along-border",
		},
	},
	{
		rule:    "position-verb",
		text:    "Kenya and Ethiopia agreed to a 10-day border truce. Mediators proposed extending the truce by 20 days in return for the release of 15 prisoners. Norway has endorsed the proposal.",
		want:    []string{"country:norway endorsed agreement:20-day-truce-extension"},
		notWant: []string{"country:norway endorsed agreement:10-day"},
	},
	{
		rule: "position-verb",
		text: "Nairobi accused Ethiopia of shelling border villages. Both governments said they remained committed to the 2024 border understanding.",
		want: []string{
			"country:kenya endorsed agreement:2024-border-understanding",
			"country:ethiopia endorsed agreement:2024-border-understanding",
		},
	},
	{
		rule: "position-verb",
		text: "Norway drafted a border delimitation protocol in May. Kenya said it had accepted the protocol text.",
		want: []string{"country:kenya endorsed agreement:border-delimitation-protocol"},
	},
	{
		rule: "position-verb",
		text: "Kenya said it had agreed to the maritime security pact put forward by Norway and Qatar.",
		want: []string{
			"country:norway proposed agreement:maritime-security-pact",
			"country:qatar proposed agreement:maritime-security-pact",
		},
	},
	{
		rule:    "position-verb",
		text:    "Ethiopia agreed to halt strikes on energy facilities for 30 days. Kenya agreed to hold talks in Nairobi.",
		want:    []string{"country:ethiopia endorsed agreement:halt-strikes-on-energy-facilities-for-30-days"},
		notWant: []string{"country:kenya endorsed"},
	},
	{
		rule:    "position-verb",
		text:    "Kenya said it would not accept the maritime security pact. Ethiopia has not yet signed the border treaty. Norway would not sign the border treaty if the troops stayed.",
		want:    []string{"country:kenya rejected agreement:maritime-security-pact"},
		notWant: []string{"country:ethiopia rejected", "country:ethiopia endorsed", "country:norway rejected", "country:norway endorsed"},
	},
	{
		rule:    "position-verb",
		text:    "Norway proposed a maritime security pact. The Amber Union, whose president, Ivo Brandt, spoke on Monday, backed that pact. Kenya's main opposition leader rejected the pact.",
		want:    []string{"org:amber-union endorsed agreement:maritime-security-pact"},
		notWant: []string{"person:ivo-brandt endorsed", "country:kenya rejected"},
	},
	{
		rule: "position-verb",
		text: "NAIROBI (Reuters) - Ethiopia's government and the Amber Liberation Front signed a peace deal in Nairobi on Friday.",
		want: []string{
			"country:ethiopia endorsed agreement:peace-deal",
			"org:amber-liberation-front endorsed agreement:peace-deal",
		},
	},
	{
		rule: "position-verb",
		text: "Ethiopia came out against the border demarcation protocol. Kenya is opposed to the maritime security pact.",
		want: []string{
			"country:ethiopia rejected agreement:border-demarcation-protocol",
			"country:kenya rejected agreement:maritime-security-pact",
		},
	},
	{
		rule: "position-noun",
		text: "Kenya voted in favour of the resolution on maritime patrols.",
		want: []string{"country:kenya endorsed agreement:resolution-on-maritime-patrols"},
	},
	{
		rule: "position-verb",
		text: "Kenya proposed a maritime security pact on Monday. Ethiopia signed a border demarcation protocol on Tuesday. Norway backed the Kenyan proposal.",
		want: []string{"country:norway endorsed agreement:maritime-security-pact"},
	},
	{
		rule:    "position-verb",
		text:    "Kenya denied that it had rejected the maritime security pact. Norway accused Ethiopia of rejecting the border demarcation protocol.",
		notWant: []string{"country:kenya rejected", "country:ethiopia rejected"},
	},
	{
		rule:    "position-verb",
		text:    "If Ethiopia rejects the maritime security pact, Kenya will seek new talks. Would Sudan accept the border demarcation protocol? Officials did not say whether Egypt would sign the border treaty.",
		notWant: []string{"country:ethiopia rejected", "country:sudan endorsed", "country:egypt endorsed"},
	},
	{
		rule: "position-verb",
		text: "Senator Ana Soler has proposed a bill that would let the navy hire retired pilots. The Coastal Defense Act has 12 co-sponsors. Norway proposed a 36-month transition before elections. Kenya rejected the timetable on Thursday.",
		want: []string{
			"person:ana-soler proposed agreement:coastal-defense-act",
			"country:kenya rejected agreement:36-month-transition-before-elections",
		},
	},
	{
		rule: "position-verb",
		text: "Kenya rejected a proposal by Ethiopia to extend the border truce by 20 days. Norway said it had accepted a Qatari offer to extend the maritime ceasefire for three months.",
		want: []string{
			"country:kenya rejected agreement:20-day-border-truce-extension",
			"country:ethiopia proposed agreement:20-day-border-truce-extension",
			"country:norway endorsed agreement:three-month-maritime-ceasefire-extension",
			"country:qatar proposed agreement:three-month-maritime-ceasefire-extension",
		},
	},
	{
		rule:    "position-verb",
		text:    "Norway proposed a maritime security pact on Monday. \"We reject this pact because it ignores our security,\" Ethiopian Foreign Minister Abebe Girma told reporters. \"They would sign it if we paid them,\" he said.",
		want:    []string{"country:ethiopia rejected agreement:maritime-security-pact"},
		notWant: []string{"country:ethiopia endorsed"},
	},
	{
		rule: "position-verb",
		text: "Kenya has approved a trial of an experimental malaria vaccine. Ethiopia endorsed the trial protocol on Monday.",
		want: []string{"country:ethiopia endorsed agreement:trial-of-experimental-malaria-vaccine"},
	},
	{
		rule:    "position-verb",
		text:    "Ethiopia welcomed the election of the new chairperson of the commission.",
		notWant: []string{"country:ethiopia endorsed"},
	},
	{
		rule: "position-verb",
		text: "Kenya rejected Ethiopia's demand that Norway freeze its naval patrols in the strait. Norway proposed a maritime security pact. Sudan backed the proposal that Norway made.",
		want: []string{
			"country:kenya rejected agreement:freeze-naval-patrols-in-strait",
			"country:ethiopia proposed agreement:freeze-naval-patrols-in-strait",
			"country:sudan endorsed agreement:maritime-security-pact",
		},
	},
	{
		rule: "position-verb",
		text: "Kenya and Ethiopia agreed on Wednesday on a roadmap to restore inspections at the Amber reactor. Norway welcomed the roadmap.",
		want: []string{
			"country:ethiopia endorsed agreement:roadmap-to-restore-inspections-at-amber-reactor",
			"country:norway endorsed agreement:roadmap-to-restore-inspections-at-amber-reactor",
		},
	},
	{
		rule: "position-verb",
		text: "NAIROBI (Reuters) — Ethiopia and the African Union (AU) agreed on Wednesday on a roadmap to restore inspections at the Amber reactor, but Norway said the plan fell short of what was needed. Kenya backed the AU roadmap.",
		want: []string{
			"country:ethiopia endorsed agreement:roadmap-to-restore-inspections-at-amber-reactor",
			"org:african-union endorsed agreement:roadmap-to-restore-inspections-at-amber-reactor",
		},
		notWant: []string{"org:african-union proposed"},
	},
	{
		rule:    "position-verb",
		text:    "Norway drafted a maritime security roadmap. Kenya's army chief, Gen. Ruto Wanjala, said the army accepted the roadmap. Ivo Brandt said the government rejected it.",
		want:    []string{"person:ruto-wanjala endorsed agreement:maritime-security-roadmap"},
		notWant: []string{"person:ivo-brandt rejected"},
	},
	{
		rule: "position-verb",
		text: "The junta, which calls itself the Amber Council for National Renewal, has proposed a 24-month transition before elections.",
		want: []string{"org:amber-council-for-national-renewal proposed agreement:24-month-transition-before-elections"},
	},
}

// TestPlaceSubject: a capital after its preposition, which the parser
// reads as a second subject of the stance ("X, speaking from
// Port-au-Prince, welcomed …"), is where the speaker is: its country
// takes no position (placeSubject).
func TestPlaceSubject(t *testing.T) {
	g := newFakeGaz()
	haiti := gazetteer.Entry{Name: "Haiti", Type: domain.Country}
	g.countries["Haiti"] = haiti
	g.places["Haiti"] = append(g.places["Haiti"], haiti)
	g.capitals["Haiti"] = "Port-au-Prince"
	g.places["Port-au-Prince"] = append(g.places["Port-au-Prince"],
		gazetteer.Entry{Name: "Port-au-Prince", Type: domain.Place, Country: "Haiti", Capital: true, Population: 1_000_000})
	checkFactsWith(t, g, "The Arctic Council on Thursday approved a 400-strong fisheries patrol force for the Barents Sea. "+
		"Foreign Minister Ola Vatne, speaking from Port-au-Prince, welcomed the vote.",
		[]string{"person:ola-vatne endorsed agreement:400-strong-fisheries-patrol-force-for-barents-sea"},
		[]string{"country:haiti endorsed"},
		func(fact, nw string) bool { return strings.Contains(fact, nw) })
}

// TestBillLawOwnWord checks that "the bill" after a bill and a law of
// their own are named is the bill, and "the law" the law: the class
// they share is crossed only when the asked word names no measure of
// its own before (ownWordNamed).
func TestBillLawOwnWord(t *testing.T) {
	text := "MADRID (Reuters) - Spain's cabinet approved a bill to cap fees at private clinics on Tuesday. The bill would amend the 1994 health law, which patient groups call outdated. Senator Lucia Ferrer, who drafted the health law, said she opposed the bill. Patients' union leader Jordi Vidal backed the law."
	checkFactsWith(t, gazetteer.Default(), text,
		[]string{"person:lucia-ferrer rejected agreement:bill-to-cap-fees-at-private-clinics", "person:jordi-vidal endorsed agreement:health-law"},
		[]string{"person:lucia-ferrer rejected agreement:health-law", "person:jordi-vidal endorsed agreement:bill"}, strings.HasPrefix)
}
