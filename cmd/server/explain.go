package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/actorgraph/actorgraph/loader/article"
	"github.com/actorgraph/actorgraph/loader/extract"
)

// explainPaths prints, for every fact of the articles under paths, the
// rule that stated it and what the rule matched: the sentence, the words
// and the dependency arcs.
func explainPaths(paths []string, stdout io.Writer) error {
	files, err := articleFiles(paths)
	if err != nil {
		return err
	}
	for _, path := range files {
		raw, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("extract: %w", err)
		}
		id := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		a, err := article.Parse(id, path, raw)
		if err != nil {
			fmt.Fprintf(stdout, "# %s: %v\n\n", path, err)
			continue
		}
		ex, why := extract.Explain(a)
		fmt.Fprintf(stdout, "# article %s\n", id)
		names := map[string]string{}
		for _, n := range ex.Nodes {
			names[n.ID] = n.Name
		}
		for _, w := range why {
			writeExplanation(stdout, a, names, w)
		}
		fmt.Fprintln(stdout)
	}
	return nil
}

func writeExplanation(w io.Writer, a domain.Article, names map[string]string, e extract.Explanation) {
	f := e.Fact
	obj := f.Object
	if f.Literal {
		obj = fmt.Sprintf("%q", obj)
	} else if n, ok := names[obj]; ok {
		obj = n
	}
	subj := f.Subject
	if n, ok := names[subj]; ok {
		subj = n
	}
	fmt.Fprintf(w, "%s %s %s\n  rule: %s\n", subj, f.Predicate, obj, e.Rule)
	if len(e.Words) > 0 {
		fmt.Fprintf(w, "  words: %s\n  arcs: %s\n", strings.Join(e.Words, " "), strings.Join(e.Arcs, "; "))
	}
	if f.Sentence >= 0 && f.Sentence < len(a.Sentences) {
		fmt.Fprintf(w, "  sentence %d: %s\n", f.Sentence, a.Sentences[f.Sentence].Text)
	}
}

// articleFiles lists the .txt files under paths (files as given).
func articleFiles(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("extract: %w", err)
		}
		if !st.IsDir() {
			out = append(out, p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.HasSuffix(path, ".txt") {
				out = append(out, path)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("extract: %w", err)
		}
	}
	return out, nil
}
