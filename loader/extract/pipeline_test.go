package extract

import (
	"bytes"
	"os"
	"testing"

	"github.com/actorgraph/actorgraph/loader/gazetteer"
	"github.com/actorgraph/actorgraph/nlp"
	"github.com/actorgraph/actorgraph/nlp/conllu"
	"github.com/actorgraph/actorgraph/nlp/models"
)

// TestPipelineGolden pins what the linguistic layer reads in a few
// invented sentences (tags, lemmas, heads, labels, entities, chains): a
// retrain that changes them must be looked at (go test -update).
func TestPipelineGolden(t *testing.T) {
	text, err := os.ReadFile("testdata/nlp/sentences.txt")
	if err != nil {
		t.Fatal(err)
	}
	p, err := Pipeline()
	if err != nil {
		t.Fatal(err)
	}
	a := makeArticle("nlp", string(text))
	var got bytes.Buffer
	if err := conllu.WriteDocument(&got, Annotate(p, a), "nlp"); err != nil {
		t.Fatal(err)
	}
	const golden = "testdata/nlp/sentences.golden.conllu"
	if *update {
		if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Errorf("annotation differs from %s (rerun with -update after review):\n%s", golden, got.String())
	}
}

// TestPipelineLoadTwice checks that two loads of the models annotate
// alike, and that one pipeline gives the same annotation twice.
func TestPipelineLoadTwice(t *testing.T) {
	text, err := os.ReadFile("testdata/nlp/sentences.txt")
	if err != nil {
		t.Fatal(err)
	}
	a := makeArticle("nlp", string(text))
	var outs []string
	for range 2 {
		p, err := nlp.Load(models.FS, gazetteer.Default())
		if err != nil {
			t.Fatal(err)
		}
		for range 2 {
			var b bytes.Buffer
			if err := conllu.WriteDocument(&b, Annotate(p, a), "nlp"); err != nil {
				t.Fatal(err)
			}
			outs = append(outs, b.String())
		}
	}
	for i := 1; i < len(outs); i++ {
		if outs[i] != outs[0] {
			t.Errorf("annotation %d differs from the first:\n%s\nvs\n%s", i, outs[i], outs[0])
		}
	}
}
