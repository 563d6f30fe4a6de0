package bounded

import (
	"fmt"
	"testing"
)

func TestMapStaysWithinItsBound(t *testing.T) {
	tests := []struct{ max, share int }{{4, 4}, {40, 4}, {1000, 8}}
	for _, tc := range tests {
		m := New(tc.max, tc.share, func(_ string, v []byte) int { return len(v) })
		for i := range 500 {
			k := fmt.Sprint(i % 97) // keys come back: a replaced entry's weight goes
			if !m.Put(k, make([]byte, 1+i%(tc.max/tc.share))) {
				t.Fatalf("max %d: an entry within max/share was refused", tc.max)
			}
			held := 0
			for _, v := range m.All() {
				held += len(v)
			}
			if m.Size() > tc.max || held != m.Size() {
				t.Fatalf("max %d after %d puts: size %d, entries hold %d", tc.max, i+1, m.Size(), held)
			}
			if v, ok := m.Get(k); !ok || len(v) != 1+i%(tc.max/tc.share) {
				t.Fatalf("max %d: the entry just put is not there", tc.max)
			}
		}
		if m.Put("huge", make([]byte, tc.max/tc.share+1)) {
			t.Errorf("max %d: an entry heavier than max/share was kept", tc.max)
		}
		if _, ok := m.Get("huge"); ok {
			t.Errorf("max %d: the refused entry is there", tc.max)
		}
		m.Reset()
		if m.Size() != 0 {
			t.Errorf("max %d: size %d after Reset", tc.max, m.Size())
		}
		for k := range m.All() {
			t.Errorf("max %d: %q kept after Reset", tc.max, k)
		}
	}
}
