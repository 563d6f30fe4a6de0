package tagger

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strconv"
	"strings"

	pc "github.com/actorgraph/actorgraph/nlp/perceptron"
)

// Files a tagger is saved as.
const (
	WeightsFile = "tagger.weights"
	LexFile     = "tagger.lex"
)

// Save writes the model's two files with create.
func (m *Model) Save(create func(name string) (io.WriteCloser, error)) error {
	if err := pc.Save(create, WeightsFile, m.weights); err != nil {
		return fmt.Errorf("tagger: %w", err)
	}
	w, err := create(LexFile)
	if err != nil {
		return err
	}
	if err := m.writeLex(w); err != nil {
		w.Close()
		return fmt.Errorf("tagger: write lexicon: %w", err)
	}
	return w.Close()
}

func (m *Model) writeLex(w io.Writer) error {
	var lines []string
	for i, c := range m.classes {
		lines = append(lines, fmt.Sprintf("C\t%04d\t%s", i, c))
	}
	for f, c := range m.tagdict {
		lines = append(lines, fmt.Sprintf("D\t%s\t%d", f, c))
	}
	for f, a := range m.amb {
		lines = append(lines, "A\t"+f+"\t"+a)
	}
	for k, l := range m.lex.lemmas {
		lines = append(lines, "L\t"+k+"\t"+l)
	}
	for k, r := range m.lex.rules {
		lines = append(lines, fmt.Sprintf("R\t%s\t%d\t%s", k, r.Cut, r.Add))
	}
	for k, f := range m.lex.feats {
		lines = append(lines, "F\t"+k+"\t"+f)
	}
	for x, f := range m.lex.byXPOS {
		lines = append(lines, "X\t"+x+"\t"+f)
	}
	slices.Sort(lines)
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	for _, l := range lines {
		bw.WriteString(l)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Load reads a model saved by Save from fsys.
func Load(fsys fs.FS) (*Model, error) {
	weights, err := pc.Load(fsys, WeightsFile)
	if err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	f, err := fsys.Open(LexFile)
	if err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	defer f.Close()
	m := &Model{weights: weights, tagdict: map[string]int{}, amb: map[string]string{},
		lex: &Lexicon{lemmas: map[string]string{}, rules: map[string]rule{}, feats: map[string]string{}, byXPOS: map[string]string{}}}
	if err := m.readLex(f); err != nil {
		return nil, fmt.Errorf("tagger: %s: %w", LexFile, err)
	}
	m.initHashes()
	m.initKnown()
	return m, nil
}

func (m *Model) readLex(r io.Reader) error {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		f := strings.Split(sc.Text(), "\t")
		bad := fmt.Errorf("line %d: malformed", n)
		switch {
		case f[0] == "C" && len(f) == 3:
			m.classes = append(m.classes, f[2])
		case f[0] == "D" && len(f) == 3:
			c, err := strconv.Atoi(f[2])
			if err != nil {
				return bad
			}
			m.tagdict[f[1]] = c
		case f[0] == "A" && len(f) == 3:
			m.amb[f[1]] = f[2]
		case f[0] == "L" && len(f) == 4:
			m.lex.lemmas[f[1]+"\t"+f[2]] = f[3]
		case f[0] == "R" && len(f) == 5:
			cut, err := strconv.Atoi(f[3])
			if err != nil {
				return bad
			}
			m.lex.rules[f[1]+"\t"+f[2]] = rule{Cut: cut, Add: f[4]}
		case f[0] == "F" && len(f) == 4:
			m.lex.feats[f[1]+"\t"+f[2]] = f[3]
		case f[0] == "X" && len(f) == 3:
			m.lex.byXPOS[f[1]] = f[2]
		default:
			return bad
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	for _, c := range m.tagdict {
		if c >= len(m.classes) {
			return fmt.Errorf("tag dictionary names class %d of %d", c, len(m.classes))
		}
	}
	return nil
}
