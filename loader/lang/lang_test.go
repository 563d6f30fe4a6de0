package lang

import (
	"errors"
	"testing"
)

func TestCheck(t *testing.T) {
	tests := []struct {
		name, text, declared, want string
		notEnglish                 bool
	}{
		{"english", "Dock workers in Rotterdam walked off the job on Monday after talks over night-shift pay broke down, the union said.", "", "en", false},
		{"english declared en-GB", "The mayor opened a new footbridge over the river on Sunday after three years of construction work.", "en-GB", "en", false},
		{"german", "Die Hafenarbeiter in Hamburg haben am Montag die Arbeit niedergelegt, nachdem die Gespräche über die Bezahlung gescheitert waren.", "", "de", true},
		{"french", "Les dockers du port de Marseille ont cessé le travail lundi après l'échec des négociations sur les salaires de nuit.", "", "fr", true},
		{"spanish declared en", "El alcalde inauguró el domingo un nuevo puente peatonal sobre el río después de tres años de obras en la ciudad.", "en", "es", true},
		{"russian", "Портовые рабочие в Санкт-Петербурге в понедельник прекратили работу после срыва переговоров об оплате ночных смен.", "", "", true}, // too short to tell from Macedonian: refused by its script
		{"arabic, a script without case", "أعلنت الحكومة يوم الاثنين أن المحادثات مع النقابة ستستمر حتى نهاية الأسبوع المقبل في العاصمة.", "", "ar", true},
		{"short, declared de", "Kurz.", "de", "de", true},
		{"short, undeclared", "Short.", "", "", false},
		{"a source line, all names and numbers", "KT0412110626 Tarrow NORDVIK DAGBLAD in Norwegian 0915 GMT 4 Dec 26", "", "", false},
		{"a headline of names", "Halden Corvin Tarrow Amberton Lindqvist Maren Oskarsson Vestby", "", "", false},
	}
	for _, tt := range tests {
		got, err := Check(tt.text, tt.declared)
		if got != tt.want || errors.Is(err, ErrNotEnglish) != tt.notEnglish {
			t.Errorf("%s: Check = %q, %v; want %q, not English %v", tt.name, got, err, tt.want, tt.notEnglish)
		}
	}
}

func BenchmarkDetect(b *testing.B) {
	text := "Dock workers in Rotterdam walked off the job on Monday after talks over night-shift pay broke down, the Dutch transport union said. "
	for len(text) < 6000 {
		text += text
	}
	b.ReportAllocs()
	for b.Loop() {
		Detect(text)
	}
}

func TestEnglishFastPath(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Dock workers in Rotterdam walked off the job on Monday after talks over night-shift pay broke down, the Dutch transport union said, and the port said ships would wait.", true},
		{"Die Hafenarbeiter in Hamburg haben am Montag die Arbeit niedergelegt, nachdem die Gespräche über die Bezahlung der Nachtschicht gescheitert waren, sagte die Gewerkschaft.", false},
		{"Les dockers du port de Marseille ont cessé le travail lundi après l'échec des négociations sur les salaires de nuit, a indiqué le syndicat des transports.", false},
		{"El alcalde inauguró el domingo un nuevo puente peatonal sobre el río después de tres años de obras en la ciudad, dijo el ayuntamiento.", false},
		{"Short and to the point.", false}, // too few words to say: the detector decides
		{"In 1801, the painter Ana Soler was born in Tarrow.", true},
		{"De minister was gisteren in Den Haag voor overleg.", false}, // two shared words are not enough
	}
	for _, tt := range tests {
		if got := english(tt.text); got != tt.want {
			t.Errorf("english(%.30q…) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func BenchmarkCheck(b *testing.B) {
	text := "Dock workers in Rotterdam walked off the job on Monday after talks over night-shift pay broke down, the Dutch transport union said. "
	for len(text) < 6000 {
		text += text
	}
	b.ReportAllocs()
	for b.Loop() {
		Check(text, "")
	}
}

func TestCheckNamesTheLanguage(t *testing.T) {
	_, err := Check("Die Hafenarbeiter in Hamburg haben am Montag die Arbeit niedergelegt, nachdem die Gespräche über die Bezahlung gescheitert waren.", "")
	if err == nil || err.Error() != "language: the text reads as German (de): not English" {
		t.Errorf("Check(German) error = %v", err)
	}
}
