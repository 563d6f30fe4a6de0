package extract

// exchangePartner reports whether the organization named at token h is
// the other party of an exchange the sentence tells of, not a body it
// places: the object of "told" ("told Al Jazeera in Lima") or the "with"
// of talks, a meeting or an interview ("talks with the Norland Front in
// Oslo", "met with the Amber Party in Batumi", "in an interview with the
// BBC in Kigali"), or the "to" of speaking ("speaking to CNN in
// Kigali"). An "in" phrase after such a name says where the exchange
// took place, the body's venue of the moment, not where it sits.
func (ps *psent) exchangePartner(h int) bool {
	start, _ := ps.mentionSpan(h)
	j := start - 1
	if j >= 0 && in(determiners, ps.lower(j)) {
		j--
	}
	if j >= 0 && (in(tellForms, ps.lower(j)) || ps.lower(j) == "with" && j > 0 && exchangeWord(ps.lower(j-1))) {
		return true
	}
	// "speaking to CNN in Kigali", "told reporters after talking to the
	// BBC in Lagos"
	if j > 0 && ps.lower(j) == "to" && in(speakToForms, ps.lower(j-1)) {
		return true
	}
	// (where the parser hung the name on its verb or noun from afar:
	// "told the board's chairman and Al Jazeera in Lima")
	v := ps.head(h)
	if v < 0 {
		return false
	}
	r := ps.rel(h)
	if ps.lemma(v) == "tell" {
		return r == "obj" || r == "iobj"
	}
	if (r == "nmod" || r == "obl") && ps.caseOf(h) == "to" && (ps.lemma(v) == "speak" || ps.lemma(v) == "talk") {
		return true
	}
	return (r == "nmod" || r == "obl") && ps.caseOf(h) == "with" && exchangeWord(ps.lower(v))
}

// speakToForms say a speaker addressed the body after "to": "speaking to
// CNN", "spoke to the BBC".
var speakToForms = set("spoke", "speaking", "speaks", "speak", "talking", "talked", "talk")

// exchangeWord reports whether w is a talks noun or verb, or "interview(s)":
// "talks with", "met with", "in an interview with".
func exchangeWord(w string) bool {
	return in(talksNouns, w) || in(talksVerbs, w) || w == "interview" || w == "interviews"
}
