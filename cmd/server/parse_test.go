package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/nlp/conllu"
)

// TestParseCommand checks that server parse prints CoNLL-U that reads
// back, with the sentence's text, tags, a tree and entity marks.
func TestParseCommand(t *testing.T) {
	in := "Halden Bank spokesman Tomas Reyes said the talks in Nairobi were difficult. He left on Monday.\n"
	var out bytes.Buffer
	if err := parseCmd(context.Background(), []string{"-"}, strings.NewReader(in), &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	sents, err := conllu.Read(bytes.NewReader(out.Bytes()))
	if err != nil {
		t.Fatalf("output is not CoNLL-U: %v\n%s", err, out.String())
	}
	if len(sents) != 2 {
		t.Fatalf("got %d sentences, want 2:\n%s", len(sents), out.String())
	}
	roots := 0
	for _, w := range sents[0].Words {
		if w.UPOS == "" || w.XPOS == "" || w.Deprel == "" {
			t.Errorf("word %q lacks a tag or relation: %+v", w.Form, w)
		}
		if w.Head == 0 {
			roots++
		}
	}
	if roots != 1 {
		t.Errorf("sentence 1 has %d roots, want 1", roots)
	}
	if !strings.Contains(out.String(), "Entity=(") || !strings.Contains(out.String(), "TokenRange=") {
		t.Errorf("no entity or token range marks:\n%s", out.String())
	}
}

func TestParseCommandErrors(t *testing.T) {
	if err := parseCmd(context.Background(), nil, strings.NewReader(""), io.Discard, io.Discard); err == nil {
		t.Error("parse with no argument succeeded")
	}
	if err := parseCmd(context.Background(), []string{filepath.Join(t.TempDir(), "missing.txt")}, nil, io.Discard, io.Discard); err == nil {
		t.Error("parse of a missing file succeeded")
	}
}

// TestExtractExplain checks that extract -explain names, for a fact, the
// structure rule that stated it with its words and arcs.
func TestExtractExplain(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	text := "Mara Lind, a professor at Halden University, said the levees held.\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := run(context.Background(), []string{"extract", "-explain", path}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{"Mara Lind member_of Halden University", "rule: role-apposition", "arcs: ", "-appos→", "sentence 0: Mara Lind"} {
		if !strings.Contains(got, want) {
			t.Errorf("-explain output lacks %q:\n%s", want, got)
		}
	}
}
