package extract

// withLeftConjunct returns ks with the name before an "and" that the
// parser hung inside the first of ks's names, where the two are one
// coordination: "Fiji and Solomon Islands supported the plan", parsed
// with "Fiji" a compound of "Islands" and "Solomon" a conjunct of "Fiji".
func (ps *psent) withLeftConjunct(ks []int) []int {
	if len(ks) == 0 || ks[0] < 0 || ps.ent[ks[0]] == nil {
		return ks
	}
	k := ks[0]
	start, end := ps.mentionSpan(k)
	a := start - 1
	if a < 1 || ps.tok(a).UPOS != "CCONJ" || ps.lower(a) != "and" || ps.head(a) < start || ps.head(a) >= end {
		return ks
	}
	j := a - 1
	f := ps.ent[j]
	if f == nil || f == ps.ent[k] || !isActor(f) {
		return ks
	}
	fs, _ := ps.mentionSpan(j)
	h := j
	for ps.head(h) >= fs && ps.head(h) < a {
		h = ps.head(h) // the head of the first name's own words
	}
	if p := ps.head(h); p < start || p >= end {
		return ks // hung outside the second name: the parser's own reading stands
	}
	return append([]int{h}, ks...)
}
