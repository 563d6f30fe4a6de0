package perceptron

import "testing"

// TestAddRowsEight runs TestAddRows's checks on the eight-wide path where
// the processor would take the sixteen-wide one.
func TestAddRowsEight(t *testing.T) {
	if !hasAVX512BW {
		t.Skip("TestAddRows takes the eight-wide path already")
	}
	hasAVX512BW = false
	defer func() { hasAVX512BW = true }()
	TestAddRows(t)
}
