package tagger

import (
	"sort"
	"strings"
)

// Lexicon gives lemmas and morphological features: exact (form, XPOS)
// entries seen in training where the rules would be wrong, then suffix
// rules per XPOS for lemmas and the most frequent features per XPOS.
type Lexicon struct {
	lemmas map[string]string // lower form + "\t" + XPOS → lemma
	rules  map[string]rule   // XPOS + "\t" + suffix → rule
	feats  map[string]string // lower form + "\t" + XPOS → feats
	byXPOS map[string]string // XPOS → most frequent feats
}

// rule rewrites a word's end: drop Cut bytes, add Add.
type rule struct {
	Cut int
	Add string
}

const maxSuffix = 5

// BuildLexicon learns a lexicon from examples. Ties are broken by string
// order, so the result depends only on the data.
func BuildLexicon(data []Example) *Lexicon {
	lx := &Lexicon{lemmas: map[string]string{}, rules: map[string]rule{}, feats: map[string]string{}, byXPOS: map[string]string{}}
	ruleCounts := map[string]map[rule]int{}
	lemmaCounts := map[string]map[string]int{}
	featCounts := map[string]map[string]int{}
	xposFeats := map[string]map[string]int{}
	inc := func(m map[string]map[string]int, k, v string) {
		if m[k] == nil {
			m[k] = map[string]int{}
		}
		m[k][v]++
	}
	for _, ex := range data {
		for i, f := range ex.Forms {
			x, l := ex.XPOS[i], ex.Lemmas[i]
			lower := strings.ToLower(f)
			inc(lemmaCounts, lower+"\t"+x, l)
			inc(featCounts, lower+"\t"+x, ex.Feats[i])
			inc(xposFeats, x, ex.Feats[i])
			if ex.UPOS[i] == "PROPN" {
				continue
			}
			r := makeRule(lower, strings.ToLower(l))
			for k := 0; k <= maxSuffix && k <= len(lower); k++ {
				key := x + "\t" + lower[len(lower)-k:]
				if ruleCounts[key] == nil {
					ruleCounts[key] = map[rule]int{}
				}
				ruleCounts[key][r]++
			}
		}
	}
	for k, rs := range ruleCounts {
		best, n := bestRule(rs)
		if n >= 2 || !strings.Contains(k, "\t") {
			lx.rules[k] = best
		}
	}
	for x, fs := range xposFeats {
		lx.byXPOS[x] = best(fs)
	}
	for k, ls := range lemmaCounts {
		l := best(ls)
		lower, x, _ := strings.Cut(k, "\t")
		if lx.ruleLemma(lower, x) != l {
			lx.lemmas[k] = l
		}
		if f := best(featCounts[k]); f != lx.byXPOS[x] {
			lx.feats[k] = f
		}
	}
	lx.addPastSiblings(lemmaCounts)
	return lx
}

func makeRule(form, lemma string) rule {
	p := 0
	for p < len(form) && p < len(lemma) && form[p] == lemma[p] {
		p++
	}
	return rule{Cut: len(form) - p, Add: lemma[p:]}
}

func bestRule(rs map[rule]int) (rule, int) {
	var b rule
	n := -1
	for r, k := range rs {
		if k > n || (k == n && (r.Cut < b.Cut || (r.Cut == b.Cut && r.Add < b.Add))) {
			b, n = r, k
		}
	}
	return b, n
}

func best(m map[string]int) string {
	b, n := "", -1
	for s, k := range m {
		if k > n || (k == n && s < b) {
			b, n = s, k
		}
	}
	return b
}

func (lx *Lexicon) ruleLemma(lower, xpos string) string {
	var buf [64]byte
	key := append(append(buf[:0], xpos...), '\t')
	for k := min(maxSuffix, len(lower)); k >= 0; k-- {
		key = append(key[:len(xpos)+1], lower[len(lower)-k:]...)
		// a map index by string(key) does not copy key
		if r, ok := lx.rules[string(key)]; ok && r.Cut <= len(lower) {
			return lower[:len(lower)-r.Cut] + r.Add
		}
	}
	return lower
}

// formKey writes the key of the lemma and feature tables, lower form
// then tab then XPOS, into buf.
func formKey(buf []byte, lower, xpos string) []byte {
	return append(append(append(buf[:0], lower...), '\t'), xpos...)
}

// Lemma returns the lemma of form tagged upos/xpos.
func (lx *Lexicon) Lemma(form, upos, xpos string) string {
	lower := strings.ToLower(form)
	if upos != "PROPN" {
		return lx.lowerLemma(lower, xpos)
	}
	var buf [64]byte
	if l, ok := lx.lemmas[string(formKey(buf[:0], lower, xpos))]; ok && !strings.EqualFold(l, form) {
		return l
	}
	return form
}

// lowerLemma is the lemma of a word other than a proper noun, whose
// lower case is lower, tagged xpos.
func (lx *Lexicon) lowerLemma(lower, xpos string) string {
	var buf [64]byte
	if l, ok := lx.lemmas[string(formKey(buf[:0], lower, xpos))]; ok {
		return l
	}
	return lx.ruleLemma(lower, xpos)
}

// pastSibling pairs the past tense and past participle tags, which
// irregular verbs often share a form for.
var pastSibling = map[string]string{"VBD": "VBN", "VBN": "VBD"}

// addPastSiblings gives a past form seen with only one of the two past
// tags its lemma under the other too, where the suffix rules would guess
// wrong: "shot" seen as a participle (shoot) is the past tense of the
// same verb, not "shet" by analogy with "got".
func (lx *Lexicon) addPastSiblings(lemmaCounts map[string]map[string]int) {
	keys := make([]string, 0, len(lemmaCounts))
	for k := range lemmaCounts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		lower, x, _ := strings.Cut(k, "\t")
		sib, ok := pastSibling[x]
		if !ok {
			continue
		}
		if _, seen := lemmaCounts[lower+"\t"+sib]; seen {
			continue
		}
		if l := best(lemmaCounts[k]); lx.ruleLemma(lower, sib) != l {
			lx.lemmas[lower+"\t"+sib] = l
		}
	}
}

// Feats returns the morphological features of form tagged xpos.
func (lx *Lexicon) Feats(form, xpos string) string {
	return lx.lowerFeats(strings.ToLower(form), xpos)
}

// lowerFeats is Feats of a word whose lower case is lower.
func (lx *Lexicon) lowerFeats(lower, xpos string) string {
	var buf [64]byte
	if f, ok := lx.feats[string(formKey(buf[:0], lower, xpos))]; ok {
		return f
	}
	return lx.byXPOS[xpos]
}
