package gazetteer

import (
	"github.com/actorgraph/actorgraph/domain"
)

// Kind says what name is known as, for the entity recognizer's features
// (it makes the gazetteer an nlp/ner Lexicon): "country", "bloc",
// "capital", "region", "city" (100,000 people or more), "town" (any
// other place: many are also surnames), "demonym", or "" when unknown. A place name that is also an ordinary word or given name
// (Entry.Ambiguous) is "ambiguous".
func (g *Gazetteer) Kind(name string) string {
	es := g.Lookup(name)
	if len(es) > 0 {
		e := es[0]
		switch {
		case e.Bloc:
			return "bloc"
		case e.Type == domain.Country:
			return "country"
		case e.Ambiguous:
			return "ambiguous"
		case e.Capital:
			return "capital"
		case e.Region:
			return "region"
		case e.Population >= 100000:
			return "city"
		}
		return "town"
	}
	d := g.data()
	var buf [96]byte
	if _, ok := d.demonyms[string(appendKey(buf[:0], name))]; ok {
		return "demonym"
	}
	return ""
}
