package extract

import "github.com/actorgraph/actorgraph/domain"

// reportedGovernment returns the country that "the government" at noun k
// stands for in a clause a minister or leader reports: the one country
// the reporting person serves ("Interior Minister X said the government
// would ask Congress to …", "She added that the government would …").
// Nil for a government with a modifier of its own ("the provincial
// government", "the government of Y"), one not the clause's subject, or
// a speaker who serves no one country.
func (x *extractor) reportedGovernment(ps *psent, k int) *entity {
	if ps.ent[k] != nil || ps.lemma(k) != "government" || !ps.definite(k) || ps.rel(k) != "nsubj" {
		return nil
	}
	for _, c := range ps.kids[k] {
		if r := ps.rel(c); r != "det" && r != "punct" {
			return nil
		}
	}
	v := ps.head(k)
	say := -1
	if ps.rel(v) == "ccomp" && ps.head(v) >= 0 && in(speechLemmas, ps.lemma(ps.head(v))) {
		say = ps.head(v)
	} else {
		// "X, who oversees the police, said the government would …",
		// parsed with the speech verb an adverbial clause of the verb
		for _, c := range ps.kidsWith(v, "advcl") {
			if c < k && in(speechLemmas, ps.lemma(c)) {
				say = c
			}
		}
	}
	if say < 0 {
		return nil
	}
	s := ps.kidWith(say, "nsubj", "")
	if s < 0 && ps.rel(say) == "conj" {
		s = ps.kidWith(ps.head(say), "nsubj", "") // "X defended the raid and said the government would …"
	}
	if s < 0 {
		return nil
	}
	p := ps.ent[s]
	switch {
	case ps.isPerson(s):
	case ps.tok(s).UPOS == "PRON":
		p = x.corefAntecedent(ps.idx, s, domain.Person)
	default:
		return nil
	}
	return x.servedCountry(p)
}
