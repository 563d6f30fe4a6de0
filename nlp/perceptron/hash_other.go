//go:build !amd64

package perceptron

// hashKeys is hashKeysGo where there is no vector code.
func hashKeys(out, seed, a, b, c *uint64, n int) { hashKeysGo(out, seed, a, b, c, n) }
