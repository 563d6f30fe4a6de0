package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/domain"
)

// renewalActs are the acts that keep a measure in force, by the noun
// that names the measure asked for: to ask a legislature to extend a
// state of emergency is to propose its extension.
var renewalActs = map[string]string{"extend": "extension", "renew": "renewal", "prolong": "extension"}

// requestLemmas ask another to act: "the government would ask Congress to
// extend …".
var requestLemmas = set("ask", "request")

// legislatureWords name a legislature in lower case or as a bare name:
// "asked lawmakers to …", "will ask Congress to …".
var legislatureWords = set("congress", "parliament", "legislature", "lawmakers", "legislators", "senate", "assembly")

// legislatureRenewal returns the infinitive of verb v when v asks a
// legislature to extend or renew a measure: "the government would ask
// Congress to extend the state of emergency by 60 days", "will ask
// Parliament to renew the state of exception" (v "ask", the infinitive
// "extend" or "renew", with a noun object); -1 otherwise. Asking a
// legislature to act on anything else ("asked lawmakers to exempt its
// land", "asked the Senate to review it") proposes no measure.
func (ps *psent) legislatureRenewal(v int) int {
	if ps.tok(v).UPOS != "VERB" || !in(requestLemmas, ps.lemma(v)) {
		return -1
	}
	o := ps.kidWith(v, "obj", "")
	if o < 0 {
		o = ps.kidWith(v, "iobj", "") // "ask Congress to …", read as the indirect object
	}
	if o < 0 || !ps.legislature(o) || !ps.askAsserted(v) {
		return -1
	}
	for _, c := range ps.kids[v] {
		if c < o || !ps.toInfinitive(c) || ps.tok(c).UPOS != "VERB" {
			continue
		}
		if _, ok := renewalActs[ps.lemma(c)]; !ok {
			continue
		}
		if m := ps.kidWith(c, "obj", ""); m >= 0 && ps.tok(m).UPOS == "NOUN" && ps.ent[m] == nil {
			return c
		}
	}
	return -1
}

// askReporters are the verbs whose clause states a request as made or
// meant: "X said the government would ask Congress …", "X announced
// she would ask …", "Y plans to ask …".
var askReporters = set("say", "tell", "add", "announce", "state", "declare", "confirm", "explain", "write", "insist",
	"note", "promise", "pledge", "vow", "plan", "intend", "decide")

// askHedges make a request others' guess: "Critics fear X will ask
// Congress …", "X is expected to ask …".
var askHedges = set("fear", "expect", "worry", "predict", "speculate", "suspect", "rumour", "rumor", "believe", "think",
	"anticipate", "guess", "assume", "likely", "doubt", "hope", "wonder")

// askMaybe are the modals that make a request a possibility only ("X
// could ask Congress to extend …, an aide said"); "would" reports a
// plan ("the government would ask Congress …").
var askMaybe = set("could", "might", "may")

// guessNouns name what others guess or fear of an act: "speculation
// that X will ask …".
var guessNouns = set("speculation", "rumour", "rumor", "expectation", "concern", "prospect", "possibility", "fear",
	"worry", "talk", "suggestion", "report", "claim", "guess", "suspicion", "hope", "likelihood", "risk")

// askAsserted reports whether asking verb v is stated as the asker's
// act: the sentence's own verb (through xcomp and conj, none a guess),
// a relative or adverbial clause, or the clause a verb of saying or
// planning reports. A request that
// others fear, expect or predict ("Critics fear the president will ask
// Congress to extend …") is no proposal.
func (ps *psent) askAsserted(v int) bool {
	k := v
	for depth := 0; depth < 6; depth++ {
		if slices.ContainsFunc(ps.kidsWith(k, "aux"), func(c int) bool { return in(askMaybe, ps.lower(c)) }) {
			return false // "X could ask Congress …", "said Y might ask …": a possibility
		}
		if ps.conditionOn(k) {
			return false // "Unless X asks Congress to extend …, the troops will leave": a condition
		}
		h := ps.head(k)
		if h < 0 {
			return true
		}
		switch ps.rel(k) {
		case "xcomp", "conj":
			if in(askHedges, ps.lemma(h)) {
				return false
			}
			k = h
		case "ccomp", "parataxis":
			return in(askReporters, ps.lemma(h))
		case "acl:relcl", "acl", "advcl":
			// "Ruiz, who asked Congress to extend …": told as done; a
			// noun's "that" clause ("speculation that X will ask …")
			// or a guess noun's clause is not
			return !in(askHedges, ps.lemma(h)) && !in(guessNouns, ps.lemma(h)) &&
				!slices.ContainsFunc(ps.kidsWith(k, "mark"), func(c int) bool { return ps.lower(c) == "that" })
		default:
			return false
		}
	}
	return false
}

// conditionOn reports whether a condition word (if, unless, whether,
// until) before verb v hangs on it, through no other verb: v's clause is
// a condition ("Unless X asks Congress …, the troops will leave", the
// word a mark, or a mis-tagged modifier of the subject after a
// dateline), not the clause of a verb inside it ("X, who fears unrest
// if the strikes go on, asked Congress …").
func (ps *psent) conditionOn(v int) bool {
	for c := 0; c < v; c++ {
		if !in(conditionMarks, ps.lower(c)) && ps.lower(c) != "until" {
			continue
		}
		h := ps.head(c)
		for n := 0; h >= 0 && h != v && n < 8 && ps.tok(h).UPOS != "VERB" && ps.tok(h).UPOS != "AUX"; n++ {
			h = ps.head(h)
		}
		if h == v {
			return true
		}
	}
	return false
}

// legislature reports whether noun phrase k names a legislature: a
// chamber's name ("the National Assembly", "Congress") or its lower-case
// word ("lawmakers", "the legislature").
func (ps *psent) legislature(k int) bool {
	if e := ps.ent[k]; e != nil {
		return e.typ == domain.Organization && (isChamber(e.name) || in(legislatureWords, strings.ToLower(e.name)))
	}
	return in(legislatureWords, ps.lower(k))
}

// askedRenewal states that the subject of asking verb v proposes the
// extension or renewal infinitive c asks for ("the government would ask
// Congress to extend the state of emergency in the valley": the
// country proposed the extension of the state of emergency in the
// valley), and notes it as the measure "the extension" and "the
// proposal" later name.
func (x *extractor) askedRenewal(ps *psent, v, c int) {
	actors, _ := x.stanceArgs(ps, v, false)
	if len(actors) == 0 {
		return
	}
	name := ps.phraseName(ps.kidWith(c, "obj", ""))
	if name == "" {
		return
	}
	noun := renewalActs[ps.lemma(c)]
	name = noun + " of " + name
	for _, p := range ps.kidsWith(c, "obl") {
		// "extend the state of emergency in the valley", the place hung
		// on the verb: where the measure holds is part of its name
		if ps.caseOf(p) == "in" && ps.tok(p).UPOS != "NUM" && !ps.isDay(p) && !in(spanUnits, ps.lemma(p)) {
			if where := ps.phraseName(p); where != "" {
				name += " in " + where
			}
			break
		}
	}
	x.measures.noteStance(ps.idx, name, []int{v, c}, noun, "proposal")
	x.measures.offer = nil
	x.statePositions(ps, actors, domain.Proposed, nil, name, []int{v, c})
}
