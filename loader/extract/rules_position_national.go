package extract

// regionalAmod reports whether government noun k has an adjective other
// than one that makes it the whole country's ("the federal government",
// "the central government", "the national government" are the country's
// as "the government" is; "the provincial government", "the new
// government", "the Kurdish regional government" are not).
func (ps *psent) regionalAmod(k int) bool {
	for _, c := range ps.kidsWith(k, "amod") {
		if !in(nationalGovernmentAdjs, ps.lower(c)) {
			return true
		}
	}
	return false
}

// nationalGovernmentAdjs make "the government" the whole country's.
var nationalGovernmentAdjs = set("federal", "central", "national")

// nationalAmod reports whether government noun k is the whole country's
// by an adjective: "the federal government".
func (ps *psent) nationalAmod(k int) bool {
	for _, c := range ps.kidsWith(k, "amod") {
		if in(nationalGovernmentAdjs, ps.lower(c)) {
			return true
		}
	}
	return false
}
