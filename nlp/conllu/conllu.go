// Package conllu reads and writes sentences in the CoNLL-U format of
// Universal Dependencies (https://universaldependencies.org/format.html),
// including the MISC annotations the linguistic layer trains on: GUM's
// Entity= spans (with coreference chains) and SpaceAfter=No.
//
// Multiword token ranges (1-2) and empty nodes (1.1) are skipped: the layer
// works on syntactic words, which is what the basic tree is over.
package conllu

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Word is one syntactic word of a sentence. Head is 0 for the root and
// words are numbered from 1, as in the file.
type Word struct {
	ID     int
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int
	Deprel string
	Misc   string
	// SpaceAfter is false when MISC says SpaceAfter=No.
	SpaceAfter bool
}

// Sentence is one sentence with its comments' document and text.
type Sentence struct {
	// DocID is the last "# newdoc id" seen at or before this sentence.
	DocID string
	// SentID and Text come from "# sent_id" and "# text".
	SentID string
	Text   string
	Words  []Word
}

// Read reads every sentence of r. A malformed word line is an error that
// names its line number.
func Read(r io.Reader) ([]Sentence, error) {
	var (
		out  []Sentence
		cur  Sentence
		doc  string
		line int
	)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	flush := func() {
		if len(cur.Words) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{DocID: doc}
	}
	for sc.Scan() {
		line++
		t := sc.Text()
		switch {
		case t == "":
			flush()
		case strings.HasPrefix(t, "#"):
			k, v, ok := strings.Cut(strings.TrimPrefix(t, "#"), "=")
			if !ok {
				continue
			}
			switch strings.TrimSpace(k) {
			case "newdoc id":
				doc = strings.TrimSpace(v)
				cur.DocID = doc
			case "sent_id":
				cur.SentID = strings.TrimSpace(v)
			case "text":
				cur.Text = strings.TrimSpace(v)
			}
		default:
			w, skip, err := parseWord(t)
			if err != nil {
				return nil, fmt.Errorf("conllu: line %d: %w", line, err)
			}
			if !skip {
				cur.Words = append(cur.Words, w)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("conllu: line %d: %w", line, err)
	}
	flush()
	return out, nil
}

func parseWord(t string) (Word, bool, error) {
	c := strings.Split(t, "\t")
	if len(c) != 10 {
		return Word{}, false, fmt.Errorf("%d columns, want 10", len(c))
	}
	if strings.ContainsAny(c[0], "-.") {
		return Word{}, true, nil
	}
	id, err := strconv.Atoi(c[0])
	if err != nil {
		return Word{}, false, fmt.Errorf("bad id %q", c[0])
	}
	head := 0
	if c[6] != "_" {
		if head, err = strconv.Atoi(c[6]); err != nil {
			return Word{}, false, fmt.Errorf("bad head %q", c[6])
		}
	}
	w := Word{ID: id, Form: c[1], Lemma: c[2], UPOS: c[3], XPOS: c[4], Feats: c[5],
		Head: head, Deprel: c[7], Misc: c[9], SpaceAfter: true}
	for _, m := range strings.Split(c[9], "|") {
		if m == "SpaceAfter=No" {
			w.SpaceAfter = false
		}
	}
	return w, false, nil
}

// MiscValue returns the value of key in a MISC column ("" when absent).
func MiscValue(misc, key string) string {
	for _, m := range strings.Split(misc, "|") {
		if k, v, ok := strings.Cut(m, "="); ok && k == key {
			return v
		}
	}
	return ""
}

// Write writes s in CoNLL-U, with its sent_id and text comments.
func Write(w io.Writer, s Sentence) error {
	var b strings.Builder
	if s.SentID != "" {
		fmt.Fprintf(&b, "# sent_id = %s\n", s.SentID)
	}
	if s.Text != "" {
		fmt.Fprintf(&b, "# text = %s\n", s.Text)
	}
	for _, x := range s.Words {
		misc := x.Misc
		if misc == "" {
			misc = "_"
		}
		fmt.Fprintf(&b, "%d\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t_\t%s\n", x.ID, orDash(x.Form), orDash(x.Lemma),
			orDash(x.UPOS), orDash(x.XPOS), orDash(x.Feats), x.Head, orDash(x.Deprel), misc)
	}
	b.WriteByte('\n')
	_, err := io.WriteString(w, b.String())
	return err
}

func orDash(s string) string {
	if s == "" {
		return "_"
	}
	return s
}

// ReadFile reads every sentence of the file at path.
func ReadFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}
