// Command train rebuilds the models of the linguistic layer (nlp/) from
// the Universal Dependencies treebanks, deterministically: the same
// treebanks give the same model bytes.
//
//	go run ./cmd/train -treebanks ../shared/treebanks -out nlp/models [-only tagger|parser|ner|coref] [-eval]
//
// The tagger and the parser learn from EWT's and GUM's training splits;
// the entity recognizer and coreference from GUM's, whose entities and
// chains they need. -eval prints the GUM dev and test scores of the
// entity and coreference models (cmd/evalnlp prints every score).
package main

import (
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/actorgraph/actorgraph/nlp/conllu"
	"github.com/actorgraph/actorgraph/nlp/parser"
	"github.com/actorgraph/actorgraph/nlp/tagger"
)

func main() {
	log.SetFlags(0)
	if err := run(os.Args[1:]); err != nil {
		log.Fatal("train: ", err)
	}
}

func run(args []string) error {
	fl := flag.NewFlagSet("train", flag.ContinueOnError)
	tb := fl.String("treebanks", "../shared/treebanks", "folder of en_ewt and en_gum")
	out := fl.String("out", "nlp/models", "folder to write the models to")
	only := fl.String("only", "", "train only this model (tagger, parser, ner, coref)")
	epochs := fl.Int("parser-epochs", 12, "training epochs of the parser")
	eval := fl.Bool("eval", false, "print the GUM dev and test scores of the entity and coreference models")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	create := func(name string) (io.WriteCloser, error) { return os.Create(filepath.Join(*out, name)) }
	if *only == "" || *only == "tagger" || *only == "parser" {
		train, err := trainSet(*tb)
		if err != nil {
			return err
		}
		if *only == "" || *only == "tagger" {
			start := time.Now()
			m := tagger.Train(tagger.Examples(train), tagger.Options{Epochs: 8, Seed: 1, MinCount: 2})
			if err := m.Save(create); err != nil {
				return err
			}
			fmt.Fprintf(os.Stderr, "tagger: %d sentences, %v\n", len(train), time.Since(start).Round(time.Millisecond))
		}
		if *only == "" || *only == "parser" {
			start := time.Now()
			examples := parser.Examples(train)
			jackknife(train, examples, 5)
			fmt.Fprintf(os.Stderr, "parser: jackknifed tags, %v\n", time.Since(start).Round(time.Millisecond))
			m := parser.Train(examples, parser.Options{Epochs: *epochs, Seed: 1, Explore: 0.9, MinCount: 2})
			if err := m.Save(create); err != nil {
				return err
			}
			fmt.Fprintf(os.Stderr, "parser: %d sentences, %d features, %v\n", len(train), m.Features(), time.Since(start).Round(time.Millisecond))
		}
	}
	return trainGUM(*tb, *out, *only, *eval)
}

// jackknife replaces the gold tags of examples with tags predicted by
// taggers trained on the other folds, so that the parser learns from tags
// as wrong as the ones it will see.
func jackknife(train []conllu.Sentence, examples []parser.Example, folds int) {
	for f := 0; f < folds; f++ {
		var rest []conllu.Sentence
		for i, s := range train {
			if i%folds != f {
				rest = append(rest, s)
			}
		}
		tg := tagger.Train(tagger.Examples(rest), tagger.Options{Epochs: 5, Seed: uint64(f + 1), MinCount: 2})
		for i := f; i < len(train); i += folds {
			for k, c := range tg.TagForms(examples[i].Words) {
				_, examples[i].Tags[k] = tg.Class(c)
			}
		}
	}
}

// trainSet is EWT's and GUM's training splits.
func trainSet(dir string) ([]conllu.Sentence, error) {
	var all []conllu.Sentence
	for _, p := range []string{"en_ewt/en_ewt-ud-train.conllu", "en_gum/en_gum-cc-by-train.conllu"} {
		s, err := conllu.ReadFile(filepath.Join(dir, p))
		if err != nil {
			return nil, err
		}
		all = append(all, s...)
	}
	return all, nil
}
