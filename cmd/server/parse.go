package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/actorgraph/actorgraph/loader/article"
	"github.com/actorgraph/actorgraph/loader/extract"
	"github.com/actorgraph/actorgraph/nlp/conllu"
)

// parseCmd prints what the extractor sees: each sentence of the articles
// as CoNLL-U, with tags, lemmas, the dependency tree, entities and
// coreference. "-" reads standard input.
func parseCmd(_ context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("parse", stderr)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return errors.New("parse: give article files, or - for standard input")
	}
	p, err := extract.Pipeline()
	if err != nil {
		return err
	}
	for _, path := range fs.Args() {
		var raw []byte
		if path == "-" {
			raw, err = io.ReadAll(stdin)
		} else {
			raw, err = os.ReadFile(path)
		}
		if err != nil {
			return fmt.Errorf("parse: %w", err)
		}
		id := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		if path == "-" {
			id = "stdin"
		}
		a, err := article.Parse(id, path, raw)
		if err != nil {
			return fmt.Errorf("parse: %s: %w", path, err)
		}
		fmt.Fprintf(stdout, "# newdoc id = %s\n", id)
		if err := conllu.WriteDocument(stdout, extract.Annotate(p, a), id); err != nil {
			return err
		}
	}
	return nil
}
