package extract

import (
	"testing"

	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// TestPlaceHeadName checks that a name the recognizer took for a
// person's is a place where it ends in a capitalized word of a place or a
// work that no surname is ("Port", "Airbase", "City", "Point"), and that a person's name
// ending in a word that is also a surname, or a one-word name, keeps its
// reading, as does a name of two words whose head is a rare surname
// ("Lena Port").
func TestPlaceHeadName(t *testing.T) {
	for _, c := range []struct {
		text          string
		want, notWant []string
	}{
		{"The barge was towed to Oman's Hamad Al-Saadi Port on Thursday.",
			[]string{"place:hamad-al-saadi-port located_in country:oman"}, []string{"person:hamad-al-saadi-port"}},
		{"Drones struck Egypt's Yusuf Nabil Airbase before dawn, officials said.",
			[]string{"place:yusuf-nabil-airbase located_in country:egypt"}, []string{"person:yusuf-nabil-airbase"}},
		{"Marvola City, the provincial capital, was calm on Monday.",
			[]string{"place:marvola-city mentioned_in article:t"}, []string{"person:marvola-city"}},
		{"The smelter at Kerewai Point employs 800 people, the company said.",
			[]string{"place:kerewai-point mentioned_in article:t"}, []string{"person:kerewai-point"}},
		// near misses: a surname that is also a word of a place, a title
		{"Senator Marcus Tower of Texas said on Monday that the vote would wait.", []string{"person:marcus-tower mentioned_in article:t"}, []string{"place:marcus-tower"}},
		{"Lena Port said the ferry had left without her.", []string{"person:lena-port mentioned_in article:t"}, []string{"place:lena-port"}},
		{"Mrs. Lena Port, 54, said the ferry had left without her.", []string{"person:lena-port mentioned_in article:t"}, []string{"place:lena-port"}},
	} {
		checkFactsGaz(t, gazetteer.Default(), c.text, c.want, c.notWant)
	}
}
