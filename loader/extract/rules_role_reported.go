package extract

import "github.com/actorgraph/actorgraph/domain"

// roleReported: "Corvin Medical will close two plants, said Ana Soler,
// an assistant product manager", "Halden Bank will shut 40 branches,
// said Ivo Brandt, the chief executive": a title with no body of its
// own, in apposition to a speaker whose words follow the news they
// report, is held in the organization that clause is about, its named
// subject (reportedSubject), as if it stood before the title ("Corvin
// Medical assistant product manager"). Outside voices (analysts,
// lawyers, experts) comment on a body without working for it: none.
func roleReported(x *extractor, ps *psent) {
	for _, h := range ps.persons() {
		b := ps.reportedSubject(h)
		if b < 0 || ps.ent[b].typ != domain.Organization {
			continue
		}
		for _, t := range ps.kidsWith(h, "appos") {
			if t < h || ps.ent[t] != nil || !isTitleNoun(ps.lemma(t)) || in(outsideVoices, ps.lemma(t)) || stateTitle(ps.lemma(t)) {
				continue
			}
			if _, _, ok := x.titleRole(ps, t); ok {
				continue // a body of its own: "said X, a manager at Y"
			}
			if r, used, ok := x.titleRole(ps, t, b); ok && r.obj == ps.ent[b] {
				x.emitStructureRole(ps, x.personAt(ps, h), r, append(used, h))
			}
		}
	}
}

// stateTitle reports whether a title noun names an office of a state
// or its service ("the transport minister", "a lawmaker", "the
// ambassador"), which no company's news makes the company's.
func stateTitle(lemma string) bool {
	p, ok := titleHeads[lemma]
	return ok && p != domain.HeadOf && p != domain.MemberOf && p != domain.SpokespersonFor && p != domain.PresidentOf || in(legislatorTitles, lemma)
}

// outsideVoices are titles of people who speak about a body from
// outside it.
var outsideVoices = set("analyst", "economist", "expert", "professor", "lawyer", "attorney", "counsel",
	"consultant", "researcher", "scholar", "observer", "strategist", "critic", "adviser", "advisor")
