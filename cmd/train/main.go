// Command train rebuilds the linguistic layer's models from the treebanks
// (see issue 11), deterministically: the same data gives the same bytes.
//
//	train -treebanks ../shared/treebanks -out nlp/models [-only ner,coref] [-eval]
//
// -eval prints the scores of the trained models on GUM dev and test.
package main

import (
	"bytes"
	"flag"
	"io"
	"log"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/loader/gazetteer"
	"github.com/actorgraph/actorgraph/nlp/conllu"
	// "github.com/actorgraph/actorgraph/nlp/coref"
	"github.com/actorgraph/actorgraph/nlp/ner"
)

func main() {
	treebanks := flag.String("treebanks", "../shared/treebanks", "directory of the treebanks (en_ewt, en_gum)")
	out := flag.String("out", "nlp/models", "directory to write the models to")
	only := flag.String("only", "ner,coref", "comma-separated models to train")
	eval := flag.Bool("eval", false, "print dev and test scores of the trained models")
	flag.Parse()
	log.SetFlags(0)
	steps := map[string]bool{}
	for _, s := range strings.Split(*only, ",") {
		steps[strings.TrimSpace(s)] = true
	}
	gum := func(split string) [][]conllu.Sentence {
		p := filepath.Join(*treebanks, "en_gum", "en_gum-cc-by-"+split+".conllu")
		f, err := os.Open(p)
		if err != nil {
			log.Fatal(err)
		}
		defer f.Close()
		ss, err := conllu.Read(f)
		if err != nil {
			log.Fatalf("%s: %v", p, err)
		}
		return conllu.Documents(ss)
	}
	train, dev, test := gum("train"), gum("dev"), gum("test")
	if steps["ner"] {
		lex := gazetteer.Default()
		t0 := time.Now()
		m := ner.Train(train, lex, ner.DefaultOptions())
		log.Printf("ner: trained in %v, %d features", time.Since(t0).Round(time.Millisecond), m.Features())
		save(filepath.Join(*out, "ner.model"), m)
		if *eval {
			log.Printf("ner, GUM dev (gold tags):\n%v", m.Evaluate(ner.Examples(dev), lex, nil))
			log.Printf("ner, GUM test (gold tags):\n%v", m.Evaluate(ner.Examples(test), lex, nil))
		}
	}
	/*	if steps["coref"] {
		t0 := time.Now()
		m := coref.Train(train, coref.DefaultOptions())
		log.Printf("coref: trained in %v", time.Since(t0).Round(time.Millisecond))
		save(filepath.Join(*out, "coref.model"), m)
		if *eval {
			log.Printf("coref, GUM dev (gold tags and parses):\n%v", m.Evaluate(dev))
			log.Printf("coref, GUM test (gold tags and parses):\n%v", m.Evaluate(test))
		}
	}*/
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
