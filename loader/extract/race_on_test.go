//go:build race

package extract

// raceEnabled reports that the race detector is on: it slows the
// linguistic layer's arithmetic about tenfold, so timing guards skip.
const raceEnabled = true
