package doc

import (
	"fmt"
	"testing"
)

func TestChildren(t *testing.T) {
	tests := []struct {
		heads []int
		want  string
	}{
		{nil, "[]"},
		{[]int{-1}, "[[]]"},
		// "Envoys of Kesh met in Lorvat": met heads Envoys and in-Lorvat
		{[]int{3, 2, 0, -1, 5, 3}, "[[2] [] [1] [0 5] [] [4]]"},
		{[]int{1, -1, 1, 1, 1}, "[[] [0 2 3 4] [] [] []]"},
	}
	for _, tc := range tests {
		s := Sentence{}
		for _, h := range tc.heads {
			s.Tokens = append(s.Tokens, Token{Head: h})
		}
		if got := fmt.Sprint(s.Children()); got != tc.want {
			t.Errorf("Children of heads %v = %s, want %s", tc.heads, got, tc.want)
		}
	}
}

// TestChildrenAppend checks that appending to one token's list leaves
// the next token's alone.
func TestChildrenAppend(t *testing.T) {
	s := Sentence{Tokens: []Token{{Head: 1}, {Head: -1}, {Head: 3}, {Head: 1}}}
	kids := s.Children()
	_ = append(kids[1], 99)
	if fmt.Sprint(kids[3]) != "[2]" {
		t.Errorf("appending to token 1's dependents changed token 3's: %v", kids[3])
	}
}
