package names

import "testing"

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"U.S.", "us"},
		{"Türkiye", "turkiye"},
		{"Port-au-Prince", "port au prince"},
		{"  São   Tomé ", "sao tome"},
		{"Sana’a", "sanaa"},
		{"Washington, D.C.", "washington dc"},
		{"Łódź", "lodz"},
		{"Hồ Chí Minh", "ho chi minh"},
		{"Jonas Gahr Støre", "jonas gahr store"},
		{"Straße", "strasse"},
		{"Zelenskyy’s Office", "zelenskyys office"},
		{"Москва", "москва"},
		{"Kyiv—Kiev", "kyiv kiev"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Dmitry Peskov", "dmitry-peskov"},
		{"Jonas Gahr Støre", "jonas-gahr-store"},
		{"Zelenskyy’s Office", "zelenskyys-office"},
		{"U.S.", "us"},
		{"Élysée Palace", "elysee-palace"},
		{"Ministry of Defence (UK)", "ministry-of-defence-uk"},
		{"Москва", ""},
		{"Café 2025!", "cafe-2025"},
	}
	for _, tt := range tests {
		if got := Slug(tt.in); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"U.S.", "Jonas Gahr Støre", "Москва", "  a -- b  "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Fold(s)
		if Fold(k) != k {
			t.Errorf("Fold(%q) = %q is not a fixed point: Fold again gives %q", s, k, Fold(k))
		}
		if len(k) > 0 && (k[0] == ' ' || k[len(k)-1] == ' ') {
			t.Errorf("Fold(%q) = %q has outer spaces", s, k)
		}
	})
}
