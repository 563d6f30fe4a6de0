// Command evalnlp scores the linguistic layer's models on the treebanks'
// test splits (dev with -split dev) and prints the table BENCHMARKS.md
// keeps: tagging, lemmas, parsing, entities, coreference and speed.
//
//	go run ./cmd/evalnlp -treebanks ../shared/treebanks -models nlp/models
package main

import (
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"

	"github.com/actorgraph/actorgraph/loader/gazetteer"
	"github.com/actorgraph/actorgraph/nlp"
	"github.com/actorgraph/actorgraph/nlp/conllu"
	"github.com/actorgraph/actorgraph/nlp/coref"
	"github.com/actorgraph/actorgraph/nlp/doc"
	"github.com/actorgraph/actorgraph/nlp/ner"
	"github.com/actorgraph/actorgraph/nlp/parser"
	"github.com/actorgraph/actorgraph/nlp/perceptron"
	"github.com/actorgraph/actorgraph/nlp/tagger"
)

func main() {
	log.SetFlags(0)
	if err := run(os.Args[1:], os.Stdout); err != nil {
		log.Fatal("evalnlp: ", err)
	}
}

func run(args []string, stdout io.Writer) error {
	fl := flag.NewFlagSet("evalnlp", flag.ContinueOnError)
	tb := fl.String("treebanks", "../shared/treebanks", "folder of en_ewt and en_gum")
	models := fl.String("models", "nlp/models", "folder of the trained models")
	split := fl.String("split", "test", "test or dev")
	cpuprofile := fl.String("cpuprofile", "", "write a CPU profile of the run to this file")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	ewt, err := conllu.ReadFile(filepath.Join(*tb, "en_ewt", "en_ewt-ud-"+*split+".conllu"))
	if err != nil {
		return err
	}
	gum, err := conllu.ReadFile(filepath.Join(*tb, "en_gum", "en_gum-cc-by-"+*split+".conllu"))
	if err != nil {
		return err
	}
	var gumNews []conllu.Sentence
	for _, s := range gum {
		if strings.HasPrefix(s.DocID, "GUM_news_") || strings.HasPrefix(s.DocID, "GUM_interview_") {
			gumNews = append(gumNews, s)
		}
	}
	tg, err := tagger.Load(os.DirFS(*models))
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "| measure | %s |\n| --- | --- |\n", *split)
	r := scoreTagger(tg, ewt)
	fmt.Fprintf(stdout, "| UPOS accuracy, EWT | %.2f %% |\n| XPOS accuracy, EWT | %.2f %% |\n| lemma accuracy, EWT | %.2f %% |\n| features accuracy, EWT | %.2f %% |\n| tagging speed, one core | %.0fk words/s |\n",
		r.upos, r.xpos, r.lemma, r.feats, r.wps/1000)
	ps, err := parser.Load(os.DirFS(*models))
	if err != nil {
		return err
	}
	lex := gazetteer.Default()
	heap, loadTime, err := loadCost(*models, lex)
	if err != nil {
		return err
	}
	for _, set := range []struct {
		name  string
		sents []conllu.Sentence
	}{{"EWT", ewt}, {"GUM news+interview", gumNews}} {
		p := scoreParser(tg, ps, set.sents)
		fmt.Fprintf(stdout, "| UAS / LAS, %s, gold tokens | %.2f / %.2f |\n", set.name, p.uas, p.las)
		if set.name == "EWT" {
			fmt.Fprintf(stdout, "| tagging + parsing speed, one core | %.0fk words/s |\n", p.wps/1000)
		}
	}
	nm, cm, err := loadGUMModels(*models)
	if err != nil {
		return err
	}
	predict := func(s *doc.Sentence) {
		tg.Tag(s)
		ps.Annotate(s)
	}
	gumDocs := conllu.Documents(gum)
	es := nm.Evaluate(ner.Examples(gumDocs), lex, predict)
	fmt.Fprintf(stdout, "| entity span F1 (person, organization, place), GUM, predicted tags and parses | %.1f (P %.1f, R %.1f) |\n",
		100*es.All.F1(), 100*es.All.P(), 100*es.All.R())
	for _, t := range ner.Types {
		c := es.ByType[t]
		fmt.Fprintf(stdout, "| … %s | %.1f |\n", t, 100*c.F1())
	}
	cs := cm.Evaluate(gumDocs, func(d *doc.Document) {
		for i := range d.Sentences {
			predict(&d.Sentences[i])
		}
		nm.AnnotateDocument(d, lex)
	})
	fmt.Fprintf(stdout, "| pronoun antecedent accuracy, GUM, predicted tags, parses, entities | %.1f %% (%d pronouns) |\n",
		100*float64(cs.Lenient)/float64(max(cs.Anaphors, 1)), cs.Anaphors)
	fmt.Fprintf(stdout, "| models on disk | %.1f MB |\n| models loaded: memory (heap and mapped), load time | %.0f MB, %v |\n",
		float64(dirSize(*models))/1e6, float64(heap)/1e6, loadTime.Round(time.Millisecond))
	return nil
}

// loadGUMModels reads the entity and coreference models.
func loadGUMModels(dir string) (*ner.Model, *coref.Model, error) {
	f, err := os.Open(filepath.Join(dir, "ner.model"))
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	nm, err := ner.Load(f)
	if err != nil {
		return nil, nil, err
	}
	g, err := os.Open(filepath.Join(dir, "coref.model"))
	if err != nil {
		return nil, nil, err
	}
	defer g.Close()
	cm, err := coref.Load(g)
	return nm, cm, err
}

// loadCost loads the whole pipeline once more and returns the memory it
// holds (heap, and the model tables mapped outside it) and the time the
// load took.
func loadCost(dir string, lex ner.Lexicon) (uint64, time.Duration, error) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	mapped := perceptron.MappedBytes()
	start := time.Now()
	p, err := nlp.Load(os.DirFS(dir), lex)
	took := time.Since(start)
	if err != nil {
		return 0, 0, err
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(p)
	heap := after.HeapAlloc - min(before.HeapAlloc, after.HeapAlloc)
	return heap + uint64(max(perceptron.MappedBytes()-mapped, 0)), took, nil
}

func dirSize(dir string) int64 {
	var n int64
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if info, err := e.Info(); err == nil && !e.IsDir() && !strings.HasSuffix(e.Name(), ".go") {
			n += info.Size()
		}
	}
	return n
}

type parseScores struct{ uas, las, wps float64 }

// scoreParser parses gold tokens with predicted tags. LAS compares the
// universal part of the label, as the CoNLL 2018 shared task does; every
// word counts, punctuation included.
func scoreParser(tg *tagger.Model, ps *parser.Model, gold []conllu.Sentence) parseScores {
	var n, uas, las int
	var elapsed time.Duration
	for _, s := range gold {
		ds := doc.Sentence{}
		for _, w := range s.Words {
			ds.Tokens = append(ds.Tokens, doc.Token{Form: w.Form})
		}
		start := cpuTime()
		tg.Tag(&ds)
		ps.Annotate(&ds)
		elapsed += cpuTime() - start
		for i, w := range s.Words {
			t := ds.Tokens[i]
			n++
			if t.Head == w.Head-1 {
				uas++
				if universal(t.Deprel) == universal(w.Deprel) {
					las++
				}
			}
		}
	}
	pct := func(k int) float64 { return 100 * float64(k) / float64(n) }
	return parseScores{pct(uas), pct(las), float64(n) / elapsed.Seconds()}
}

func universal(l string) string {
	u, _, _ := strings.Cut(l, ":")
	return u
}

type tagScores struct{ upos, xpos, lemma, feats, wps float64 }

func scoreTagger(tg *tagger.Model, gold []conllu.Sentence) tagScores {
	var n, upos, xpos, lemma, feats int
	var elapsed time.Duration
	for _, s := range gold {
		ds := doc.Sentence{}
		for _, w := range s.Words {
			ds.Tokens = append(ds.Tokens, doc.Token{Form: w.Form})
		}
		start := cpuTime()
		tg.Tag(&ds)
		elapsed += cpuTime() - start
		for i, w := range s.Words {
			t := ds.Tokens[i]
			n++
			upos += b2i(t.UPOS == w.UPOS)
			xpos += b2i(t.XPOS == w.XPOS)
			lemma += b2i(t.Lemma == w.Lemma)
			feats += b2i(t.Feats == w.Feats)
		}
	}
	pct := func(k int) float64 { return 100 * float64(k) / float64(n) }
	return tagScores{pct(upos), pct(xpos), pct(lemma), pct(feats), float64(n) / elapsed.Seconds()}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// cpuTime is the CPU time the process has used: speed is words per
// CPU-second, which other work on a shared machine does not change much.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
