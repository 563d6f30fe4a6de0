package conllu

import (
	"strings"
)

// Mention is one entity mention of GUM's Entity= annotation: words
// [Start, End) of sentence Sent (0-based word indices), its entity type
// (person, organization, place, …) and its chain: mentions with the same
// Chain in one document corefer.
type Mention struct {
	Sent       int
	Start, End int
	Type       string
	Chain      string
	Identity   string
}

// Mentions returns the entity mentions of one document's sentences, in
// order of their start. Sent indexes doc.
func Mentions(doc []Sentence) []Mention {
	var out []Mention
	for si, s := range doc {
		open := map[string][]Mention{}
		for wi, w := range s.Words {
			v := MiscValue(w.Misc, "Entity")
			for v != "" {
				switch {
				case v[0] == '(':
					end := strings.IndexAny(v[1:], "()")
					body := v[1:]
					if end >= 0 {
						body = v[1 : 1+end]
					}
					m := parseOpening(body)
					m.Sent, m.Start = si, wi
					v = v[1+len(body):]
					if strings.HasPrefix(v, ")") {
						m.End = wi + 1
						out = append(out, m)
						v = v[1:]
					} else {
						open[m.Chain] = append(open[m.Chain], m)
					}
				default:
					end := strings.IndexByte(v, ')')
					if end < 0 {
						v = ""
						break
					}
					id := v[:end]
					v = v[end+1:]
					if st := open[id]; len(st) > 0 {
						m := st[len(st)-1]
						open[id] = st[:len(st)-1]
						m.End = wi + 1
						out = append(out, m)
					}
				}
			}
		}
	}
	sortMentions(out)
	return out
}

// parseOpening reads "id-type-infstat-salience-centering-minspan-link-identity".
func parseOpening(body string) Mention {
	f := strings.Split(body, "-")
	m := Mention{Chain: f[0]}
	if len(f) > 1 {
		m.Type = f[1]
	}
	if len(f) > 7 {
		m.Identity = strings.Join(f[7:], "-")
	}
	return m
}

func sortMentions(ms []Mention) {
	// insertion order is by end; sort by (sentence, start, -end) for readers
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && less(ms[j], ms[j-1]); j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

func less(a, b Mention) bool {
	if a.Sent != b.Sent {
		return a.Sent < b.Sent
	}
	if a.Start != b.Start {
		return a.Start < b.Start
	}
	return a.End > b.End
}

// Documents groups sentences by DocID, keeping their order.
func Documents(sents []Sentence) [][]Sentence {
	var out [][]Sentence
	for i, s := range sents {
		if i == 0 || s.DocID != sents[i-1].DocID {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], s)
	}
	return out
}
