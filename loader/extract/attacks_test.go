package extract

import "testing"

// attackTests test what the token rules of attacks.go read of an attack.
var attackTests = []struct {
	name, text    string
	want, notWant []string
}{
	{
		name: "those who open fire are the attackers; the town the clause is set in is where it happened",
		text: "In Tarrow, members of the Sentinel Guard opened fire on Monday night on protesters blocking the highway, killing a 22-year-old man.",
		want: []string{
			"event:attack-2025-03-24-tarrow-by-sentinel-guard attacker org:sentinel-guard",
			"event:attack-2025-03-24-tarrow-by-sentinel-guard held_in place:tarrow",
		},
		notWant: []string{"event:attack-2025-03-24-tarrow-by-sentinel-guard target"},
	},
	{
		name: "a town struck in the clause's setting stays the target, and is where it happened",
		text: "In Tarrow, a Sudanese drone hit a school on Monday.",
		want: []string{"event:attack-2025-03-24-tarrow-by-sudan target place:tarrow", "event:attack-2025-03-24-tarrow-by-sudan held_in place:tarrow"},
	},
	{
		name: "a village attacked is where the attack happened",
		text: "On Monday, fighters of the Amber Front attacked the village of Tarrow, killing nine people.",
		want: []string{"event:attack-2025-03-24-tarrow-by-amber-front held_in place:tarrow"},
	},
	{
		name: "a convoy ambushed in a province was ambushed there",
		text: "Insurgents ambushed an army convoy in Kenya's Tarrow province on Monday, killing four soldiers.",
		want: []string{"event:attack-2025-03-24-tarrow-province held_in place:tarrow-province"},
	},
	{
		name:    "a country hit is no place the attack was held in",
		text:    "Sudanese drones struck Kenya on Monday, the army said.",
		want:    []string{"event:attack-2025-03-24-kenya-by-sudan target country:kenya"},
		notWant: []string{"held_in country:kenya"},
	},
	{
		name:    "the weapon that opens the story is no one's name",
		text:    "NAIROBI, April 9 (Reuters) - Drones struck the main fuel depot in Nairobi on Thursday, the army said.",
		notWant: []string{"event:attack-2025-03-20-nairobi-by-drones"},
	},
	{
		name:    "the army whose centre reports an attack is not its attacker",
		text:    "Drones struck a fuel depot in Tarrow on Monday, killing two workers, the Kenyan military's operations centre said.",
		want:    []string{"event:attack-2025-03-24-tarrow target place:tarrow"},
		notWant: []string{"event:attack-2025-03-24-tarrow-by-kenya"},
	},
	{
		name:    "condemning the attack reports no other attack",
		text:    "Drones struck a fuel depot in Tarrow on Monday. The government, based in Mombasa, condemned the attack.",
		want:    []string{"event:attack-2025-03-24-tarrow target place:tarrow"},
		notWant: []string{"event:attack-t-mombasa"},
	},
	{
		name: "a shell that hits is an attack's weapon",
		text: "Ana Soler, a paramedic, was killed on Monday when a shell hit her ambulance in Tarrow.",
		want: []string{"event:attack-2025-03-24-tarrow victim person:ana-soler", `event:attack-2025-03-24-tarrow weapon "artillery"`},
	},
	{
		name: "a movement that fires is the attacker",
		text: "Kenya's Amber movement fired two missiles at a cargo ship near Tarrow on Monday.",
		want: []string{"event:attack-2025-03-24-tarrow-by-amber attacker org:amber"},
	},
	{
		name:    "an attack dated by a past year only is background",
		text:    "No attack in Mombasa had been so deadly since a truck bomb in 2019 killed more than 100 people near the port.",
		notWant: []string{"event:attack"},
	},
	{
		name:    "an attack dated only as last year is background",
		text:    "Officials said the raid resembled one that a militia carried out on a fuel depot in Tarrow last year.",
		notWant: []string{"event:attack"},
	},
	{
		name: "gunmen who shot dead laborers in a district raided it",
		text: "On Monday, gunmen shot dead two farm laborers in the Tarrow district.",
		want: []string{"event:attack-2025-03-24-tarrow-district target place:tarrow-district"},
	},
	{
		name: "police who shot dead strikers attacked them",
		text: "Kenyan police shot dead two striking workers in Tarrow on Tuesday.",
		want: []string{"event:attack-2025-03-25-tarrow-by-kenya attacker country:kenya", `event:attack-2025-03-25-tarrow-by-kenya killed "2"`},
	},
	{
		name: "a bomb that killed is an attack on the town it killed in",
		text: "A roadside bomb killed a district judge and two of his guards in the northern city of Tarrow on Monday, police said.",
		want: []string{"event:attack-2025-03-24-tarrow target place:tarrow"},
	},
	{
		name: "drones that struck a city attacked it",
		text: "The drones assembled from his parts had struck the city of Tarrow in January, killing four people.",
		want: []string{"event:attack-2025-01-tarrow target place:tarrow"},
	},
	{
		name:    "a bomb that was defused killed no one",
		text:    "Police defused a bomb that could have killed dozens in Tarrow on Monday.",
		notWant: []string{"event:attack"},
	},
	{
		name: "the group whose fighters carried out the attack is its attacker",
		text: "A roadside bomb killed two guards in Tarrow on Monday. The Amber Front, a banned separatist group, said in a message to reporters that its fighters had carried out the attack.",
		want: []string{"event:attack-2025-03-24-tarrow attacker org:amber-front"},
	},
	{
		name:    "a group that denies its fighters carried out the attack is no attacker",
		text:    "A roadside bomb killed two guards in Tarrow on Monday. The Amber Front denied that its fighters had carried out the attack.",
		notWant: []string{"attacker org:amber-front"},
	},
	{
		name: "an ambush near a town hit the town",
		text: "On Monday, gunmen ambushed a convoy carrying fuel to the mine near Tarrow, killing three soldiers, the army said.",
		want: []string{"event:attack-2025-03-24-tarrow target place:tarrow"},
	},
	{
		name:    "shells fired from a base near a town did not hit the town",
		text:    "The rebels said on Monday the shells came from an army base near Tarrow.",
		notWant: []string{"target place:tarrow"},
	},
	{
		name: "the group whose fighters ambushed a convoy is the attacker",
		text: "On Monday, fighters of the Amber Front, an armed group, ambushed a convoy near Tarrow, killing three soldiers.",
		want: []string{"event:attack-2025-03-24-tarrow-by-amber-front attacker org:amber-front"},
	},
	{
		name:    "a stabbing outside an office in a town happened in the town",
		text:    "On Tuesday a man stabbed a campaign volunteer, Lena Ortiz, outside a party office in Tarrow.",
		want:    []string{"event:attack-2025-03-25-tarrow held_in place:tarrow"},
		notWant: []string{"target place:tarrow"},
	},
	{
		name: "a reporter beaten by unidentified men in a town was attacked there",
		text: "Lena Ortiz was beaten by three unidentified men outside her office in Tarrow in January, suffering a broken arm.",
		want: []string{"event:attack-2025-01-tarrow held_in place:tarrow"},
	},
	{
		name:    "a stabbing that describes a murder already told is no other attack",
		text:    "A court in Tarrow on Friday found a driver guilty of murdering a shopkeeper who was stabbed near a market in Tarrow.",
		notWant: []string{"held_in place:tarrow"},
	},
	{
		name:    "a side beaten by a country lost a match",
		text:    "Kenya were beaten by Ethiopia in Tarrow on Monday.",
		notWant: []string{"event:attack"},
	},
	{
		name: "unnamed bombers or militants who kill report an attack where they struck",
		text: "A suicide bomber killed 14 people at a market in Tarrow on Monday.",
		want: []string{"event:attack-2025-03-24-tarrow category \"attack\""},
	},
	{
		name: "a bomb that exploded is an attack where it went off",
		text: "A bomb exploded at a bus station in Tarrow on Monday, killing six people.",
		want: []string{"event:attack-2025-03-24-tarrow category \"attack\""},
	},
	{
		name:    "a tank that exploded at a refinery is no attack",
		text:    "A gas tank exploded at a refinery in Tarrow on Monday, killing six people.",
		notWant: []string{"event:attack"},
	},
	{
		name:    "militants a participle describes were killed, they killed no one",
		text:    "Families in Tarrow buried four militants killed in last week's fighting on Monday.",
		notWant: []string{"event:attack"},
	},
	{
		name: "militants who killed at least a count of people did kill",
		text: "Militants killed at least 12 soldiers in Tarrow on Monday.",
		want: []string{"event:attack-2025-03-24-tarrow category \"attack\""},
	},
	{
		name:    "a bomb left from a past war that explodes is no attack",
		text:    "An old World War Two bomb exploded in a field near Tarrow on Monday, police said.",
		notWant: []string{"event:attack"},
	},
	{
		name:    "nor is an unexploded shell that goes off",
		text:    "An unexploded device detonated at a farm near Tarrow on Monday.",
		notWant: []string{"event:attack"},
	},
	{
		name:    "killed by a storm: no attack",
		text:    "Floods killed 14 people in Tarrow on Monday.",
		notWant: []string{"event:attack"},
	},
	{
		name:    "attacked in words: over or for what was done, the object's decision, a speaker's attack",
		text:    "Farmers attacked Tarrow on Monday over its water policy. Unions attacked Mombasa's decision to raise fuel taxes. The Kenyan trade minister attacked Nairobi on Monday. Traders attacked Kisumu for failing to repair the market.",
		notWant: []string{"event:attack"},
	},
	{
		name:    "where the convoy was heading is not where it was hit",
		text:    "Gunmen attacked a convoy heading to the town of Tarrow on Monday.",
		notWant: []string{"target place:tarrow", "held_in place:tarrow"},
	},
	{
		name: "a sniper who shot dead a soldier is the attacker",
		text: "In March an Ethiopian sniper shot dead a Kenyan soldier near Tarrow.",
		want: []string{"event:attack-2025-03-by-ethiopia attacker country:ethiopia"},
	},
	{
		name:    "an attack on a state's sovereignty is a figure of speech, no strike (attackOnIdea)",
		text:    "Kenya and Tarrow signed a port lease near Kisumu on Monday, a deal that Ethiopia denounced as an attack on its sovereignty.",
		notWant: []string{"event:attack"},
	},
	{
		name:    "nor is an assault on a freedom",
		text:    "Ana Soler called the arrests in Kisumu on Monday an assault on press freedom.",
		notWant: []string{"event:attack"},
	},
	{
		name: "an idea word that only modifies what was hit is no figure of speech",
		text: "Gunmen carried out an attack on the independence monument in Kisumu on Monday, killing two guards.",
		want: []string{"event:attack-2025-03-24-kisumu held_in place:kisumu"},
	},
	{
		name: "a shooting that killed is an attack, whatever the parser makes of \"shot\" (shotAndHit)",
		text: "Hours before the vote, gunmen on a motorcycle shot and killed a court clerk in Tarrow.",
		want: []string{"event:attack-t-tarrow held_in place:tarrow"},
	},
	{
		name: "so is one that wounded",
		text: "On Monday, a gunman shot and wounded two traffic wardens in Tarrow.",
		want: []string{"event:attack-2025-03-24-tarrow held_in place:tarrow"},
	},
	{
		name:    "an animal shot and killed is no attack (shotPeople)",
		text:    "On Monday a game warden shot and killed a wolf that had strayed into the village of Tarrow.",
		notWant: []string{"event:attack"},
	},
	{
		name:    "nor a shooting denied before it",
		text:    "Officials denied that the courier had been shot and killed by guards in Tarrow on Monday.",
		notWant: []string{"event:attack"},
	},
	{
		name:    "nor a shooting a past year dates, whatever day the clause gives",
		text:    "The guard was cleared on Monday, long after he shot and wounded a courier in Tarrow in 2019.",
		notWant: []string{"event:attack"},
	},
	{
		name:    "nor a killing by gunfire a past year dates",
		text:    "Ana Soler, whose brother was shot dead in Tarrow in 2018, spoke to reporters on Monday.",
		notWant: []string{"event:attack"},
	},
	{
		name: "people shot and wounded, the passive's subject, are an attack",
		text: "Two guards were shot and wounded in Tarrow on Monday.",
		want: []string{"event:attack-2025-03-24-tarrow held_in place:tarrow"},
	},
	{
		name:    "a film shot and edited is no attack",
		text:    "The documentary was shot and edited in Tarrow on Monday.",
		notWant: []string{"event:attack"},
	},
	{
		name:    "nor a shooting denied to all (noneShot)",
		text:    "Ana Soler said no one was shot and killed in Tarrow on Monday.",
		notWant: []string{"event:attack"},
	},
	{
		name:    "nor a killing by gunfire denied to all",
		text:    "Ana Soler said no one was shot dead in Tarrow on Monday.",
		notWant: []string{"event:attack"},
	},
	{
		// the parser hangs the second name on the first one's honorific
		// (honorificHead)
		name: "a conjunct after a name led by an honorific is a victim too",
		text: "Insurgents killed Sepoy Tariq Bhat and Havildar Mohan Rawat near Tarrow on Monday, the army said.",
		want: []string{"event:attack-2025-03-24-tarrow victim person:tariq-bhat", "event:attack-2025-03-24-tarrow victim person:mohan-rawat"},
	},
	{
		name: "… with or without an honorific of its own",
		text: "Militants killed Havildar Ravi Chauhan and Zahid Lone in an ambush near Tarrow on Monday, the army said.",
		want: []string{"event:attack-2025-03-24-tarrow victim person:ravi-chauhan", "event:attack-2025-03-24-tarrow victim person:zahid-lone"},
	},
	{
		// (the attribution's verb ends the search for what was hit)
		name:    "the town a general told reporters in is not where the attack struck",
		text:    "Gunmen opened fire on the outpost before dawn on Monday, General Ana Pell told reporters in Tarrow.",
		notWant: []string{"event:attack-2025-03-24-tarrow"},
	},
	{
		name:    "… a town the clause names before the attribution still is",
		text:    "Gunmen opened fire on an outpost in Tarrow on Monday, General Ana Pell told reporters in Kelmar.",
		want:    []string{"event:attack-2025-03-24-tarrow target place:tarrow"},
		notWant: []string{"event:attack-2025-03-24-kelmar"},
	},
	{
		name: "… and so is one named after an attribution that comes first",
		text: "General Ana Pell said gunmen opened fire on an outpost in Tarrow on Monday.",
		want: []string{"event:attack-2025-03-24-tarrow target place:tarrow"},
	},
	{
		// (nearPlaceBefore)
		name:    "the town an attacked post stood near, placed in a province after a comma, is the target",
		text:    "Gunmen attacked a police post guarding the Harlow-Benning oil pipeline near Tarrow, in the southern province of Kelmar, on Monday.",
		want:    []string{"event:attack-2025-03-24-tarrow target place:tarrow"},
		notWant: []string{"event:attack-2025-03-24-kelmar"},
	},
	{
		name:    "… not a town named near it after the province",
		text:    "Gunmen attacked a police post in the southern province of Kelmar on Monday, not far from the town near Tarrow.",
		want:    []string{"event:attack-2025-03-24-kelmar target place:kelmar"},
		notWant: []string{"event:attack-2025-03-24-tarrow"},
	},
	{
		name:    "… nor a town the post lies at a bearing from",
		text:    "Gunmen attacked a police post guarding the Harlow-Benning oil pipeline north of Tarrow, in the southern province of Kelmar, on Monday.",
		notWant: []string{"event:attack-2025-03-24-tarrow"},
	},
	{
		name:    "… nor the town the fire came from",
		text:    "Soldiers fired mortar rounds from their barracks near Tarrow, in the southern province of Kelmar, at insurgent hideouts on Monday.",
		notWant: []string{"event:attack-2025-03-24-tarrow", "target place:tarrow"},
	},
	{
		// (the from skip goes over the origin's "in" phrase)
		name:    "… nor the province the fire came from",
		text:    "Soldiers fired mortar rounds from their barracks near Tarrow, in the southern province of Kelmar, at insurgent hideouts on Monday.",
		notWant: []string{"target place:kelmar"},
	},
	{
		name: "… but a town the fire was aimed at, in a province after a comma, is",
		text: "Soldiers fired mortar rounds at insurgent hideouts outside Tarrow, in the southern province of Kelmar, on Monday.",
		want: []string{"event:attack-2025-03-24-tarrow target place:tarrow"},
	},
	{
		name:    "… nor the town what was hit was heading for",
		text:    "Gunmen ambushed a column of fuel tankers heading for a depot near Tarrow, in the southern province of Kelmar, on Monday.",
		notWant: []string{"event:attack-2025-03-24-tarrow", "target place:tarrow"},
	},
	{
		// (closingAttribution in nearPlace)
		name:    "the town a governor told reporters near is not where the attack struck",
		text:    "Rebels raided an army checkpoint overnight, killing three soldiers, the regional governor Ana Pell told reporters near Tarrow on Monday.",
		notWant: []string{"event:attack-2025-03-24-tarrow", "target place:tarrow"},
	},
	{
		name: "… but a town after an attribution set off by commas is",
		text: "Rebels raided a hamlet, a district official said, near Tarrow on Monday, killing eleven people.",
		want: []string{"event:attack-t-tarrow target place:tarrow"},
	},
	{
		// (closingAttribution in the target loop)
		name: "a speech verb inside what was attacked does not end the search for the town",
		text: "Insurgents stormed what officials described as a weapons depot in Tarrow on Monday.",
		want: []string{"event:attack-t-tarrow target place:tarrow"},
	},
	{
		// (namingVerb: a speech verb inside the object still ends the search)
		name:    "the town where someone in the object announced a truce is not the target",
		text:    "Bandits ambushed a minibus carrying elders who had announced a truce in Tarrow, killing four passengers, the police said on Monday.",
		notWant: []string{"event:attack-t-tarrow", "target place:tarrow"},
	},
	{
		name:    "… nor the town where someone in the object told reporters of threats",
		text:    "Raiders attacked the shop of a trader who had told journalists in Tarrow that he was afraid, the police said on Monday.",
		notWant: []string{"event:attack-t-tarrow", "target place:tarrow"},
	},
	{
		name:    "… nor the town near which someone in the object told reporters something",
		text:    "Rebels raided the house of an elder who once told reporters near Tarrow that he would stay, killing two guards.",
		notWant: []string{"event:attack-t-tarrow", "target place:tarrow"},
	},
	{
		name: "… but a town after a verb that names what was attacked is",
		text: "Insurgents shelled what the governor called a rebel camp in Tarrow on Monday.",
		want: []string{"event:attack-t-tarrow target place:tarrow"},
	},
}

func TestAttacks(t *testing.T) {
	for _, tt := range attackTests {
		t.Run(tt.name, func(t *testing.T) {
			checkFacts(t, tt.text, tt.want, tt.notWant)
		})
	}
}
