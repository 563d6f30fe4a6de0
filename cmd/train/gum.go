package main

import (
	"bytes"
	"io"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/actorgraph/actorgraph/loader/gazetteer"
	"github.com/actorgraph/actorgraph/nlp/conllu"
	"github.com/actorgraph/actorgraph/nlp/coref"
	"github.com/actorgraph/actorgraph/nlp/doc"
	"github.com/actorgraph/actorgraph/nlp/ner"
	"github.com/actorgraph/actorgraph/nlp/parser"
	"github.com/actorgraph/actorgraph/nlp/tagger"
)

// trainGUM trains the models that learn from GUM alone (entities,
// coreference) when only is empty or names them.
func trainGUM(treebanks, out, only string, eval bool) error {
	if only != "" && only != "ner" && only != "coref" {
		return nil
	}
	gum := func(split string) [][]conllu.Sentence {
		ss, err := conllu.ReadFile(filepath.Join(treebanks, "en_gum", "en_gum-cc-by-"+split+".conllu"))
		if err != nil {
			log.Fatal(err)
		}
		return conllu.Documents(ss)
	}
	train, dev, test := gum("train"), gum("dev"), gum("test")
	lex := gazetteer.Default()
	if only == "" || only == "ner" {
		t0 := time.Now()
		m := ner.Train(train, lex, ner.DefaultOptions())
		log.Printf("ner: trained in %v, %d features", time.Since(t0).Round(time.Millisecond), m.Features())
		save(filepath.Join(out, "ner.model"), m)
		m = loadNER(filepath.Join(out, "ner.model"))
		if eval {
			log.Printf("ner, GUM dev (gold tags):\n%v", m.Evaluate(ner.Examples(dev), lex, nil))
			log.Printf("ner, GUM test (gold tags):\n%v", m.Evaluate(ner.Examples(test), lex, nil))
			if retag := retagger(out); retag != nil {
				log.Printf("ner, GUM dev (predicted tags and parses):\n%v", m.Evaluate(ner.Examples(dev), lex, retag))
				log.Printf("ner, GUM test (predicted tags and parses):\n%v", m.Evaluate(ner.Examples(test), lex, retag))
			}
		}
	}
	if only == "" || only == "coref" {
		t0 := time.Now()
		m := coref.Train(train, coref.DefaultOptions())
		log.Printf("coref: trained in %v, %d features", time.Since(t0).Round(time.Millisecond), m.Features())
		save(filepath.Join(out, "coref.model"), m)
		m = loadCoref(filepath.Join(out, "coref.model"))
		if eval {
			nm := loadNER(filepath.Join(out, "ner.model"))
			predicted := func(d *doc.Document) { nm.AnnotateDocument(d, lex) }
			log.Printf("coref, GUM dev (gold tags, parses, entities): %v", m.Evaluate(dev, nil))
			log.Printf("coref, GUM dev (gold tags and parses, predicted entities): %v", m.Evaluate(dev, predicted))
			log.Printf("coref, GUM test (gold tags, parses, entities): %v", m.Evaluate(test, nil))
			log.Printf("coref, GUM test (gold tags and parses, predicted entities): %v", m.Evaluate(test, predicted))
			if retag := retagger(out); retag != nil {
				pipeline := func(d *doc.Document) {
					for i := range d.Sentences {
						retag(&d.Sentences[i])
					}
					nm.AnnotateDocument(d, lex)
				}
				log.Printf("coref, GUM dev (predicted tags, parses, entities): %v", m.Evaluate(dev, pipeline))
				log.Printf("coref, GUM test (predicted tags, parses, entities): %v", m.Evaluate(test, pipeline))
			}
		}
	}
	return nil
}

func loadCoref(path string) *coref.Model {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	m, err := coref.Load(f)
	if err != nil {
		log.Fatalf("%s: %v", path, err)
	}
	return m
}

// save writes m to path, creating its directory.
func save(path string, m io.WriterTo) {
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		log.Fatalf("%s: %v", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%s: %d bytes", path, b.Len())
}

func loadNER(path string) *ner.Model {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	m, err := ner.Load(f)
	if err != nil {
		log.Fatalf("%s: %v", path, err)
	}
	return m
}

// retagger returns a function that replaces a sentence's tags, lemmas,
// features and parse by the trained tagger's and parser's in dir, or nil
// when they are not there.
func retagger(dir string) func(*doc.Sentence) {
	tg, err := tagger.Load(os.DirFS(dir))
	if err != nil {
		return nil
	}
	ps, err := parser.Load(os.DirFS(dir))
	if err != nil {
		return nil
	}
	return func(s *doc.Sentence) {
		for i := range s.Tokens {
			t := &s.Tokens[i]
			t.UPOS, t.XPOS, t.Lemma, t.Feats, t.Head, t.Deprel = "", "", "", "", 0, ""
		}
		tg.Tag(s)
		ps.Annotate(s)
	}
}
