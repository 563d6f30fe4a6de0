package extract

import (
	"github.com/actorgraph/actorgraph/domain"
)

// corefPerson returns the person a pronoun at token k of s refers to by
// the trained coreference model: the nearest earlier mention of its chain
// that the extractor knows as a person. Nil when the model links it to
// no named person.
func (x *extractor) corefPerson(s *sentence, k int) *entity {
	if x.annot == nil || s.idx >= len(x.annot.Sentences) {
		return nil
	}
	ds := &x.annot.Sentences[s.idx]
	at := ds.Start + s.toks[k].start
	tok := -1
	for i, t := range ds.Tokens {
		if t.Start == at {
			tok = i
			break
		}
	}
	if tok < 0 {
		return nil
	}
	for _, ch := range x.annot.Chains {
		pos := -1
		for i, m := range ch {
			if m.Sent == s.idx && m.Start <= tok && tok < m.End {
				pos = i
				break
			}
		}
		for i := pos - 1; i >= 0; i-- {
			m := ch[i]
			if e := x.entityAtToken(m.Sent, m.Head); e != nil && e.typ == domain.Person {
				return e
			}
		}
	}
	return nil
}

// entityAtToken returns the entity the token rules found at token tok of
// the parse of sentence si, or nil.
func (x *extractor) entityAtToken(si, tok int) *entity {
	if si < 0 || si >= len(x.sents) || si >= len(x.annot.Sentences) {
		return nil
	}
	s, ds := &x.sents[si], &x.annot.Sentences[si]
	if tok < 0 || tok >= len(ds.Tokens) {
		return nil
	}
	lo, hi := ds.Tokens[tok].Start-ds.Start, ds.Tokens[tok].End-ds.Start
	for _, m := range s.ments {
		if s.toks[m.start].start <= lo && hi <= s.toks[m.end-1].end {
			return m.ent
		}
	}
	return nil
}
