package article

import "testing"

func TestPublishedDate(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"2031-05-12", "2031-05-12", true},
		{"2031-05-12T06:00:00+02:00", "2031-05-12", true},
		{"2031-05-12 23:59:00", "2031-05-12", true},
		{"Mon, 12 May 2031 06:00:00 GMT", "2031-05-12", true},
		{"Mon, 12 May 2031 06:00:00 +0200", "2031-05-12", true},
		{"May 12, 2031", "2031-05-12", true},
		{"12 May 2031", "2031-05-12", true},
		{"2031-02-30", "", false},
		{"05/12/2031", "", false},
		{"", "", false},
		{"yesterday", "", false},
	}
	for _, tt := range tests {
		got, ok := PublishedDate(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("PublishedDate(%q) = %q, %v, want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
