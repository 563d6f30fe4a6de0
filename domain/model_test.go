package domain

import "testing"

func TestEvidencePage(t *testing.T) {
	r := Relation{Evidence: make([]Evidence, 5)}
	for i := range r.Evidence {
		r.Evidence[i].Sentence = i
	}
	n := func(v int) *int { return &v }
	for _, tc := range []struct {
		first *int
		want  int
	}{
		{nil, 5}, {n(2), 2}, {n(5), 5}, {n(9), 5}, {n(0), 0}, {n(-1), 0},
	} {
		got := r.EvidencePage(tc.first)
		if len(got) != tc.want || tc.want > 0 && got[0].Sentence != 0 {
			t.Errorf("EvidencePage(%v) = %d pieces from %v, want the first %d", tc.first, len(got), got, tc.want)
		}
	}
	if r.EvidenceCount() != 5 {
		t.Errorf("EvidenceCount() = %d, want 5", r.EvidenceCount())
	}
}

func TestEvidenceLabelRoundTrip(t *testing.T) {
	tests := []struct {
		article string
		n       int
		h       Hedging
	}{
		{"001_abc", 0, Asserted},
		{"001_abc", 12, Disputed},
		{"https://example.org/a#b?c=1", 3, Unconfirmed},
	}
	for _, tt := range tests {
		l := EvidenceLabel(tt.article, tt.n, tt.h)
		a, n, h, err := ParseEvidenceLabel(l)
		if err != nil || a != tt.article || n != tt.n || h != tt.h {
			t.Errorf("ParseEvidenceLabel(%q) = %q, %d, %q, %v; want %q, %d, %q", l, a, n, h, err, tt.article, tt.n, tt.h)
		}
	}
	for _, bad := range []string{"", "sent:", "sent:a#x", "article:a", "sent:#3"} {
		if _, _, _, err := ParseEvidenceLabel(bad); err == nil {
			t.Errorf("ParseEvidenceLabel(%q) succeeded, want error", bad)
		}
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Dmitry Peskov", "dmitry-peskov"},
		{"U.S.", "us"},
		{"Zelenskyy’s office", "zelenskyys-office"},
		{"Türkiye", "turkiye"},
		{"  Ritz-Carlton  ", "ritz-carlton"},
		{"30-day ceasefire", "30-day-ceasefire"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Slug(tt.in); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
