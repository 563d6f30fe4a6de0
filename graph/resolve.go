package graph

import (
	"context"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/domain"
	"github.com/cayleygraph/quad"
)

// resolve matches the people of ex against those already stored, so that
// an article that names someone by surname only, or by a spelling an
// earlier article listed as an alias, joins the existing node instead of
// creating a second one. A person matches when exactly one stored person
// carries the new node's name or one of its aliases as a key; an ambiguous
// surname ("Trump" when two Trumps are stored) is left alone, because a
// wrong merge puts words in the wrong mouth.
//
// Only new nodes are resolved: a stored node keeps its ID, so reloading an
// article is stable. Nodes and keys in pending (the articles written before
// ex in the same transaction, not yet applied; nil for none) count as
// stored.
func (s *Store) resolve(ctx context.Context, ex domain.Extraction, pending *pending) (domain.Extraction, error) {
	own := make(map[string]bool, len(ex.Nodes))
	for _, n := range ex.Nodes {
		own[n.ID] = true
	}
	remap := map[string]string{}
	for _, n := range ex.Nodes {
		if n.Type != domain.Person || s.hasNode(n.ID) || pending.hasNode(n.ID) {
			continue
		}
		cands := map[string]bool{}
		for _, name := range lookupNames(n) {
			ids, err := s.pendingNodesWithKey(ctx, domain.Slug(name), pending)
			if err != nil {
				return ex, err
			}
			for _, id := range ids {
				if !own[id] && strings.HasPrefix(id, domain.IDPrefix(domain.Person)+":") {
					cands[id] = true
				}
			}
		}
		if len(cands) == 0 {
			// no spelling matched: try the transliteration-folded forms,
			// which meet "Zelensky", "Zelenskyy" and "Zelenskiy"
			for _, name := range lookupNames(n) {
				ids, err := s.pendingNodesWithKey(ctx, LooseKey(name), pending)
				if err != nil {
					return ex, err
				}
				for _, id := range ids {
					if !own[id] && strings.HasPrefix(id, domain.IDPrefix(domain.Person)+":") {
						cands[id] = true
					}
				}
			}
		}
		if len(cands) == 1 {
			for id := range cands {
				remap[n.ID] = id
			}
		}
	}
	if len(remap) == 0 {
		return ex, nil
	}
	out := ex
	out.Nodes = make([]domain.Node, 0, len(ex.Nodes))
	for _, n := range ex.Nodes {
		if to, ok := remap[n.ID]; ok {
			n.ID = to
		}
		out.Nodes = append(out.Nodes, n)
	}
	out.Facts = make([]domain.Fact, len(ex.Facts))
	for i, f := range ex.Facts {
		if to, ok := remap[f.Subject]; ok {
			f.Subject = to
		}
		if to, ok := remap[f.Object]; ok && !f.Literal {
			f.Object = to
		}
		out.Facts[i] = f
	}
	return out, nil
}

// hasNode reports whether id names a stored node.
func (s *Store) hasNode(id string) bool {
	v := iri(id)
	if s.cache.hasNode(v) {
		return true
	}
	gen := s.cache.generation()
	if s.qs.ValueOf(v) == nil {
		return false
	}
	s.cache.putNode(gen, v)
	return true
}

// nodesWithKey returns the IDs of the stored nodes with the folded name
// key, sorted.
func (s *Store) nodesWithKey(ctx context.Context, key string) ([]string, error) {
	return s.pendingNodesWithKey(ctx, key, nil)
}

// pendingNodesWithKey returns the IDs of the nodes with the folded name
// key, stored or pending, sorted.
func (s *Store) pendingNodesWithKey(ctx context.Context, key string, pending *pending) ([]string, error) {
	if key == "" {
		return nil, nil
	}
	seen := map[string]bool{}
	if pending != nil {
		for _, id := range pending.keys[key] {
			seen[id] = true
		}
	}
	err := s.quadsWith(ctx, quad.Object, lit(key), func(q quad.Quad) error {
		if q.Predicate == pred(predKey) {
			seen[valueString(q.Subject)] = true
		}
		return nil
	})
	ids := make([]string, 0, len(seen))
	for id := range seen {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids, err
}

// lookupNames are the spellings by which a new person is matched against
// stored ones. A full name is matched by full names only: its surname alias
// would otherwise tie "Melania Trump" to a stored "Donald Trump".
func lookupNames(n domain.Node) []string {
	names := []string{n.Name}
	full := len(strings.Fields(n.Name)) > 1
	for _, a := range n.Aliases {
		if !full || len(strings.Fields(a)) > 1 {
			names = append(names, a)
		}
	}
	return names
}

// surname returns the last word of a multi-word person name, or "".
func surname(name string) string {
	f := strings.Fields(name)
	if len(f) < 2 {
		return ""
	}
	return f[len(f)-1]
}

// LooseKey folds a person's name further than Slug, so that common
// transliteration variants meet: doubled letters are collapsed and a
// word's final y, i, iy, yy or ij dropped ("Zelenskyy", "Zelenskiy" and
// "Zelensky" all give "~zelensk"; "Dmitri" and "Dmitry" give "~dmitr"). The
// "~" prefix keeps loose keys apart from exact ones in the same index.
func LooseKey(name string) string {
	words := strings.Split(domain.Slug(name), "-")
	for i, w := range words {
		var b strings.Builder
		var last rune
		for _, r := range w {
			if r != last {
				b.WriteRune(r)
			}
			last = r
		}
		w = b.String()
		for _, suf := range []string{"iy", "ij", "y", "i"} {
			if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
				w = strings.TrimSuffix(w, suf)
				break
			}
		}
		words[i] = w
	}
	k := strings.Join(words, "-")
	if k == "" {
		return ""
	}
	return "~" + k
}
