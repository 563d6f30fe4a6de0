//go:build !amd64

package perceptron

// addRowsVec does nothing where there is no vector code: addRows adds
// every class.
func addRowsVec(s *float32, rows *[maxRows]*int16, k, n, dlo, dhi int, scale float32) int {
	return 0
}

// prefetchSlots does nothing here: the reads that follow load the slots.
func prefetchSlots(slots *uint64, mask uint64, keys *uint64, n int) {}

// prefetchFound does nothing here: the sums load the runs and rows.
func prefetchFound(runs *uint32, dense *int16, rowBytes int, found *uint32, n int) {}
