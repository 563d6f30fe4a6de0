package nlp_test

import (
	"bytes"
	"io"
	"os"
	"testing"

	"github.com/actorgraph/actorgraph/nlp/conllu"
	"github.com/actorgraph/actorgraph/nlp/doc"
	"github.com/actorgraph/actorgraph/nlp/parser"
	"github.com/actorgraph/actorgraph/nlp/tagger"
)

func tiny(t *testing.T) []conllu.Sentence {
	t.Helper()
	f, err := os.Open("testdata/tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := conllu.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// files collects what Save writes, by name.
type files map[string]*bytes.Buffer

func (fs files) create(name string) (io.WriteCloser, error) {
	b := &bytes.Buffer{}
	fs[name] = b
	return nopCloser{b}, nil
}

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }

// TestTrainSmoke trains the tagger and the parser on a few sentences:
// they must learn them, and training twice must give the same bytes.
func TestTrainSmoke(t *testing.T) {
	data := tiny(t)
	save := func() files {
		fs := files{}
		tg := tagger.Train(tagger.Examples(data), tagger.Options{Epochs: 10, Seed: 1})
		if err := tg.Save(fs.create); err != nil {
			t.Fatal(err)
		}
		ps := parser.Train(parser.Examples(data), parser.Options{Epochs: 15, Seed: 1, Explore: 0.9})
		if err := ps.Save(fs.create); err != nil {
			t.Fatal(err)
		}
		// the training sentences are learnt
		for _, s := range data {
			ds := doc.Sentence{}
			for _, w := range s.Words {
				ds.Tokens = append(ds.Tokens, doc.Token{Form: w.Form})
			}
			tg.Tag(&ds)
			ps.Annotate(&ds)
			for i, w := range s.Words {
				got := ds.Tokens[i]
				if got.XPOS != w.XPOS || got.Head != w.Head-1 || got.Deprel != w.Deprel {
					t.Errorf("%s word %q: got %s %d %s, want %s %d %s", s.SentID, w.Form, got.XPOS, got.Head+1, got.Deprel, w.XPOS, w.Head, w.Deprel)
				}
			}
		}
		return fs
	}
	a, b := save(), save()
	for name, buf := range a {
		if !bytes.Equal(buf.Bytes(), b[name].Bytes()) {
			t.Errorf("%s: two trainings on the same data differ", name)
		}
	}
}
