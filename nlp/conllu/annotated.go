package conllu

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/nlp/doc"
)

// WriteDocument writes an annotated document in CoNLL-U, one sentence
// after another, numbered from 1 with the prefix id. MISC carries each
// word's byte range in the text (TokenRange=start:end), SpaceAfter=No,
// and entities in GUM's bracket notation: "Entity=(e3-person" opens an
// entity on its first word, "e3)" closes it on its last, and mentions of
// one coreference chain share the number (c1, c2, … for chains, e1, e2,
// … for entities in no chain).
func WriteDocument(w io.Writer, d *doc.Document, id string) error {
	opens, closes := entityMarks(d)
	for si := range d.Sentences {
		s := &d.Sentences[si]
		out := Sentence{SentID: id + "-" + strconv.Itoa(si+1), Text: d.Text[s.Start:s.End]}
		for ti, t := range s.Tokens {
			misc := []string{fmt.Sprintf("TokenRange=%d:%d", t.Start, t.End)}
			if !t.SpaceAfter {
				misc = append(misc, "SpaceAfter=No")
			}
			key := [2]int{si, ti}
			if ent := opens[key] + closes[key]; ent != "" {
				misc = append(misc, "Entity="+ent)
			}
			out.Words = append(out.Words, Word{ID: ti + 1, Form: t.Form, Lemma: t.Lemma, UPOS: t.UPOS,
				XPOS: t.XPOS, Feats: t.Feats, Head: t.Head + 1, Deprel: t.Deprel, Misc: strings.Join(misc, "|")})
		}
		if err := Write(w, out); err != nil {
			return err
		}
	}
	return nil
}

// entityMarks returns the opening and closing brackets per (sentence,
// token): named entities with their type, and the mentions of coreference
// chains (typed when they coincide with an entity).
func entityMarks(d *doc.Document) (opens, closes map[[2]int]string) {
	opens, closes = map[[2]int]string{}, map[[2]int]string{}
	type span struct{ sent, start, end int }
	chainOf := map[span]string{}
	for ci, ch := range d.Chains {
		for _, m := range ch {
			chainOf[span{m.Sent, m.Start, m.End}] = "c" + strconv.Itoa(ci+1)
		}
	}
	typed := map[span]string{}
	n := 0
	mark := func(sp span, id, typ string) {
		label := id
		if typ != "" {
			label += "-" + typ
		}
		if sp.end-sp.start == 1 {
			opens[[2]int{sp.sent, sp.start}] += "(" + label + ")"
			return
		}
		opens[[2]int{sp.sent, sp.start}] += "(" + label
		closes[[2]int{sp.sent, sp.end - 1}] = id + ")" + closes[[2]int{sp.sent, sp.end - 1}]
	}
	for si, s := range d.Sentences {
		for _, e := range s.Entities {
			sp := span{si, e.Start, e.End}
			typed[sp] = e.Type
			id, ok := chainOf[sp]
			if !ok {
				n++
				id = "e" + strconv.Itoa(n)
			}
			mark(sp, id, e.Type)
		}
	}
	for ci, ch := range d.Chains {
		for _, m := range ch {
			sp := span{m.Sent, m.Start, m.End}
			if _, done := typed[sp]; !done {
				mark(sp, "c"+strconv.Itoa(ci+1), "")
			}
		}
	}
	return opens, closes
}
