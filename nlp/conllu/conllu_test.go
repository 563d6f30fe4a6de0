package conllu

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func TestReadTiny(t *testing.T) {
	f, err := os.Open("../testdata/tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := Read(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 4 {
		t.Fatalf("got %d sentences, want 4", len(sents))
	}
	docs := Documents(sents)
	if len(docs) != 2 {
		t.Fatalf("got %d documents, want 2", len(docs))
	}
	if w := sents[0].Words[5]; w.Form != "Monday" || w.SpaceAfter || w.Head != 3 || w.Deprel != "obl" {
		t.Errorf("word 6 of sentence 1 = %+v", w)
	}
	ms := Mentions(docs[0])
	want := []Mention{{Sent: 0, Start: 0, End: 2, Type: "person", Chain: "1"}, {Sent: 0, Start: 3, End: 4, Type: "place", Chain: "2"}, {Sent: 1, Start: 0, End: 1, Type: "person", Chain: "1"}}
	if len(ms) != len(want) {
		t.Fatalf("Mentions = %+v, want %+v", ms, want)
	}
	for i := range want {
		if ms[i] != want[i] {
			t.Errorf("mention %d = %+v, want %+v", i, ms[i], want[i])
		}
	}
	d := Doc(docs[1])
	if got := d.Text; got != "The Corvin Institute hired a new director. Ivo Brandt is the director of the institute." {
		t.Errorf("Doc text = %q", got)
	}
	if len(d.Chains) != 2 || len(d.Chains[0]) != 2 {
		t.Errorf("Doc chains = %+v", d.Chains)
	}
}

func TestReadErrors(t *testing.T) {
	for _, in := range []string{
		"1\tx\tx\tX\tX\t_\t0\troot\t_\n",       // 9 columns
		"a\tx\tx\tX\tX\t_\t0\troot\t_\t_\n",    // bad id
		"1\tx\tx\tX\tX\t_\tzero\troot\t_\t_\n", // bad head
	} {
		if _, err := Read(strings.NewReader(in)); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("Read(%q) error = %v, want one naming line 1", in, err)
		}
	}
}

func TestWriteRead(t *testing.T) {
	f, err := os.ReadFile("../testdata/tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	sents, err := Read(bytes.NewReader(f))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	for _, s := range sents {
		if err := Write(&b, s); err != nil {
			t.Fatal(err)
		}
	}
	again, err := Read(&b)
	if err != nil {
		t.Fatal(err)
	}
	for i := range sents {
		for j, w := range sents[i].Words {
			g := again[i].Words[j]
			if g.Form != w.Form || g.Head != w.Head || g.Deprel != w.Deprel || g.UPOS != w.UPOS {
				t.Errorf("sentence %d word %d: wrote %+v, read %+v", i, j, w, g)
			}
		}
	}
}

func FuzzRead(f *testing.F) {
	data, _ := os.ReadFile("../testdata/tiny.conllu")
	f.Add(string(data))
	f.Add("1\tx\tx\tX\tX\t_\t0\troot\t_\tEntity=(1-person-x)2)\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := Read(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, d := range Documents(sents) {
			for _, m := range Mentions(d) {
				if m.Start < 0 || m.End <= m.Start || m.End > len(d[m.Sent].Words) {
					t.Fatalf("bad mention %+v", m)
				}
			}
		}
	})
}
