package extract

import (
	"github.com/actorgraph/actorgraph/domain"
)

// aliaser is the part of the gazetteer that knows the other names of a
// country or place. *gazetteer.Gazetteer implements it; a gazetteer that
// does not (the tests' fake) adds no aliases.
type aliaser interface {
	Aliases(t domain.NodeType, name string) []string
}

// knownAliases gives every country and place of the article the other
// names the gazetteer knows for it, exonyms and transliterations ("Kiev"
// for Kyiv, "Kharkov" for Kharkiv), so that any of them finds the node
// even when no article spelled it so.
func (x *extractor) knownAliases() {
	g, ok := x.gaz.(aliaser)
	if !ok {
		return
	}
	for _, e := range x.ents {
		if e.typ == domain.Country || e.typ == domain.Place {
			for _, a := range g.Aliases(e.typ, e.name) {
				e.addAlias(a)
			}
		}
	}
}
