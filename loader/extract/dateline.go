package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// stateAbbrevs are the abbreviations wire datelines give a US state or a
// Canadian province after the town ("GRESHAM, Ore. (AP) —"), keyed
// without their dots. States AP spells out are known by name.
var stateAbbrevs = map[string]string{
	"ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas", "calif": "California",
	"colo": "Colorado", "conn": "Connecticut", "del": "Delaware", "fla": "Florida",
	"ga": "Georgia", "ill": "Illinois", "ind": "Indiana", "kan": "Kansas", "kans": "Kansas",
	"ky": "Kentucky", "la": "Louisiana", "md": "Maryland", "mass": "Massachusetts",
	"mich": "Michigan", "minn": "Minnesota", "miss": "Mississippi", "mo": "Missouri",
	"mont": "Montana", "neb": "Nebraska", "nebr": "Nebraska", "nev": "Nevada",
	"nh": "New Hampshire", "nj": "New Jersey", "nm": "New Mexico", "ny": "New York",
	"nc": "North Carolina", "nd": "North Dakota", "okla": "Oklahoma", "ore": "Oregon",
	"pa": "Pennsylvania", "ri": "Rhode Island", "sc": "South Carolina", "sd": "South Dakota",
	"tenn": "Tennessee", "vt": "Vermont", "va": "Virginia", "wash": "Washington",
	"wva": "West Virginia", "wis": "Wisconsin", "wyo": "Wyoming",
}

// provinceAbbrevs are the abbreviations Canadian wire copy gives a
// province after a town ("Truro, N.S.", "HALIFAX, N.S. (CP) —"), keyed
// without their dots.
var provinceAbbrevs = map[string]string{
	"alta": "Alberta", "bc": "British Columbia", "man": "Manitoba", "nb": "New Brunswick",
	"nfld": "Newfoundland and Labrador", "nl": "Newfoundland and Labrador", "ns": "Nova Scotia",
	"ont": "Ontario", "que": "Quebec", "sask": "Saskatchewan", "pei": "Prince Edward Island",
}

// datelineRegion reads the region or country a dateline names after the
// town's comma at token j ("LARANTUKA, East Nusa Tenggara (ANTARA) -",
// "GRESHAM, Ore. (AP) —", "KARAGANDA, Kazakhstan (Reuters) -") and
// returns the gazetteer's entry for it, a country or a first-level
// subdivision with its country, and the end of its tokens. The region
// must be followed by the dateline's agency in brackets or its dash, so
// that a sentence that opens with a word in capitals and a list ("BREAD,
// Milk and ...") is none.
func (x *extractor) datelineRegion(s *sentence, j int) (gazetteer.Entry, int, bool) {
	toks := s.toks
	if j+1 >= len(toks) || toks[j].text != "," {
		return gazetteer.Entry{}, 0, false
	}
	e := j + 1
	for e < len(toks) && e < j+6 && toks[e].text != "(" && !isDash(toks[e].text) && toks[e].text != "," {
		if t := &toks[e]; !(t.kind == tWord && t.cap) && t.text != "." {
			return gazetteer.Entry{}, 0, false
		}
		e++
	}
	if e == j+1 || e >= len(toks) || e == j+6 {
		return gazetteer.Entry{}, 0, false
	}
	end := e
	// ", Dec 6": the filing date
	if e+2 < len(toks) && toks[e].text == "," && in(calendarWords, toks[e+1].lower) && toks[e+2].kind == tNum {
		e += 3
	}
	switch {
	case e < len(toks) && isDash(toks[e].text):
	case e+2 < len(toks) && toks[e].text == "(":
		a := agencyEnd(toks, e+1, len(toks))
		if a == e+1 || a >= len(toks) || toks[a].text != ")" ||
			!(a == e+2 && in(wireAgencies, toks[e+1].lower) || in(mediaWords, toks[a-1].lower)) {
			return gazetteer.Entry{}, 0, false
		}
	default:
		return gazetteer.Entry{}, 0, false
	}
	name := joinTokens(s.text, toks, j+1, end)
	key := strings.ToLower(strings.NewReplacer(".", "", " ", "").Replace(name))
	if full, ok := stateAbbrevs[key]; ok {
		name = full
	} else if full, ok := provinceAbbrevs[key]; ok {
		name = full
	}
	for _, r := range x.lookupPlace(name) {
		if r.Type == domain.Country && !r.Bloc || r.Region && r.Country != "" {
			return r, end, true
		}
	}
	// "East Nusa Tenggara": a province the gazetteer knows without its
	// compass point lies in that province's country
	if end-j > 2 && in(compassPoints, toks[j+1].lower) {
		for _, r := range x.lookupPlace(joinTokens(s.text, toks, j+2, end)) {
			if r.Region && r.Country != "" {
				return gazetteer.Entry{Name: name, Type: domain.Place, Country: r.Country, Region: true}, end, true
			}
		}
	}
	return gazetteer.Entry{}, 0, false
}
