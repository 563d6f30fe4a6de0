package dedup

import (
	"strings"
	"testing"
)

const wire = `Finland's Foreign Minister Lena Korhonen met Kenyan envoy David Otieno in Geneva on Tuesday to discuss a grain shipping corridor, the Finnish foreign ministry said.

"We have agreed on the first steps, and more talks will follow next month," Korhonen told reporters after the meeting.

Otieno said Kenya would send a technical team to Helsinki before the end of March.

The two countries signed a trade agreement last year that doubled shipments of fertilizer through the port of Mombasa.

Officials from both sides said the corridor could open by the summer if funding is approved.`

const other = `Dock workers in Rotterdam walked off the job on Monday after talks over night-shift pay broke down, the Dutch transport union said.

Union spokeswoman Anouk Visser said the strike would last at least three days unless the port operator returned to the table.

"Nobody wants ships waiting at anchor, but our members have waited two years for an offer," Visser said.

The port authority said 40 container ships were delayed and that perishable cargo would be moved through Antwerp.`

func sign(t *testing.T, text string) Signature {
	t.Helper()
	s, ok := Sign(text)
	if !ok {
		t.Fatalf("Sign(%.30q…): no signature", text)
	}
	return s
}

func TestNear(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		near bool
	}{
		{"same text", wire, wire, true},
		{"other spacing and quotes", wire, strings.NewReplacer("\n\n", "\n", `"`, "“").Replace(wire), true},
		{"a word changed", wire, strings.Replace(wire, "Tuesday", "Wednesday", 1), true},
		{"an outlet's dateline", wire, "GENEVA (Wire) — " + wire, true},
		{"an outlet's last line", wire, wire + "\n\nReporting by Wire staff; editing by the desk.", true},
		{"the last paragraph cut", wire, wire[:strings.LastIndex(wire, "\n\n")], true},
		{"another story", wire, other, false},
		{"the same story rewritten", wire, `Kenya and Finland began work on a corridor for grain shipments when their ministers met in Geneva this week. Korhonen, Finland's top diplomat, said talks would go on next month, and Kenyan envoy David Otieno promised technical experts would travel to Helsinki in March. A trade deal signed last year already doubled fertilizer shipments via Mombasa, officials noted, and the corridor might open in summer.`, false},
	}
	for _, tt := range tests {
		a, b := sign(t, tt.a), sign(t, tt.b)
		if got := Near(a, b); got != tt.near {
			t.Errorf("%s: Near = %v (similarity %.2f), want %v", tt.name, got, Similarity(a, b), tt.near)
		}
		shared := 0
		ka, kb := a.Keys(), b.Keys()
		for i := range ka {
			if ka[i] == kb[i] {
				shared++
			}
		}
		if tt.near && shared == 0 {
			t.Errorf("%s: near, but no look-up key shared", tt.name)
		}
		t.Logf("%s: similarity %.2f, %d keys shared", tt.name, Similarity(a, b), shared)
	}
	if _, ok := Sign("A short brief of ten words or so, not more."); ok {
		t.Error("a short text got a signature")
	}
}

func TestRoundTrip(t *testing.T) {
	s := sign(t, wire)
	got, err := Parse(s.String())
	if err != nil || got != s {
		t.Errorf("Parse(String()) = %v, %v", got, err)
	}
	for _, bad := range []string{"", "zz", s.String()[2:]} {
		if _, err := Parse(bad); err == nil {
			t.Errorf("Parse(%.10q) accepted", bad)
		}
	}
}

func TestIndex(t *testing.T) {
	x := NewIndex()
	if _, ok := x.Story(sign(t, wire)); ok {
		t.Fatal("an empty index found a story")
	}
	x.Add("hp-1", sign(t, wire))
	x.Add("vt-1", sign(t, other))
	if s, ok := x.Story(sign(t, "GENEVA (Wire) — "+wire)); !ok || s != "hp-1" {
		t.Errorf("Story(a copy of hp-1) = %q, %v, want hp-1", s, ok)
	}
	if s, ok := x.Story(sign(t, other+"\n\nReporting by staff.")); !ok || s != "vt-1" {
		t.Errorf("Story(a copy of vt-1) = %q, %v, want vt-1", s, ok)
	}
}

func BenchmarkSign(b *testing.B) {
	text := strings.Repeat(wire+"\n\n", 6) // about 4 KB, a long article
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Sign(text)
	}
}

// TestStockSentences: two different stories that share stock paragraphs
// (a background paragraph an outlet appends to every report on a topic)
// are not copies, though they share many shingles.
func TestStockSentences(t *testing.T) {
	stock := `Negotiators have met several times this year without reaching a lasting deal. A final text would need the approval of both parliaments.

Analysts said the outcome would depend on how quickly both governments moved, and on the price of fuel over the winter months.`
	a, b := sign(t, wire+"\n\n"+stock), sign(t, other+"\n\n"+stock)
	if Near(a, b) {
		t.Errorf("two stories with a stock paragraph are near: similarity %.2f", Similarity(a, b))
	}
	t.Logf("similarity %.2f", Similarity(a, b))
}
