package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/domain"
)

// blocAcronyms are the short names of unions of states that articles
// call "the bloc" after naming them once.
var blocAcronyms = set("ecowas", "sadc", "asean", "igad", "eac", "gcc", "au", "eu", "oas", "mercosur", "caricom", "comesa", "eccas", "apec", "brics", "opec")

// blocWords in a body's name make it a union of states: "Economic
// Community of West African States", "League of Arab States", "East
// African Community".
var blocWords = []string{" states", " nations", " countries", " community", "african union", "european union", "cooperation council"}

// isBlocBody reports whether e is a union of states: one the gazetteer
// types as a country (the European Union), or an organization whose
// name or alias says so.
func (x *extractor) isBlocBody(e *entity) bool {
	switch e.typ {
	case domain.Country:
		return x.isBloc(e)
	case domain.Organization:
		for _, n := range append([]string{e.name}, e.aliases...) {
			l := strings.ToLower(n)
			if in(blocAcronyms, strings.ReplaceAll(l, ".", "")) {
				return true
			}
			for _, w := range blocWords {
				if strings.Contains(l, w) {
					return true
				}
			}
		}
	}
	return false
}

// recentBloc returns the union of states "the bloc" stands for at token
// k of sentence s: the one named last before it, in this sentence or the
// nearest before that names one, however far back; nil when that
// sentence names several.
func (x *extractor) recentBloc(s *sentence, k int) *entity {
	return x.recentWhere(s, k, len(x.sents), x.isBlocBody)
}
